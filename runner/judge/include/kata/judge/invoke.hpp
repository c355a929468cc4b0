// The one driver: a case's JSON input through a bound solution (bind.hpp) to an Outcome.
//
// call() checks the input's shape (the arity, a design case's two lists), gives the
// case a NodeArena that outlives the calls and the encoding of their answers, runs
// the bound code and collects its time. It is the same function in kata's process
// (references and brute forces, wrapped as an Invoker) and in an attempt's sandboxed
// runner (attempt_child.cpp), so every verb decodes, calls and times a case alike.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <kata/judge/bind.hpp>
#include <kata/judge/convert.hpp>

namespace kata::judge {

// What the judge wants back besides the return value.
struct CallOptions {
  std::vector<int> report_args;  // arguments to encode again after the call, in this order
};

struct Outcome {
  Json answer;                   // the return value (null for void)
  std::vector<Json> args_after;  // aligned with CallOptions::report_args
  double seconds = 0;            // CPU time spent inside the solution's calls
};

// Throws InputError when the input does not fit, OutputError for unencodable
// results, and lets the solution's own exceptions through.
Outcome call(const bind::Entry& entry, const Json& input, const CallOptions& opts);

// A solution as the judge holds it: anything that maps a case's input to an Outcome.
// Tests wrap one to count or spy on calls.
using Invoker = std::function<Outcome(const Json& input, const CallOptions&)>;

Invoker invoker(bind::Function f);
Invoker invoker(bind::Design d);

// The method's signature as the binding deduced it, for checks against problem.json.
struct Signature {
  std::string returns;
  std::vector<std::string> params;
};

}  // namespace kata::judge
