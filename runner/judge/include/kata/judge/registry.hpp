// A problem's own code, bound for the judge: what a reference module registers.
//
// Each problem folder's solution.cpp, brute.cpp, gen.cpp (and checker.cpp and
// builder.cpp when the problem has them) are compiled into a shared module of their
// own, inside namespaces of their own, by kata on first use (references.hpp). The
// module's generated unit ends in `kata_register_reference(Registry&)`, which adds
// one Reference here. Nothing registers itself at static-init time.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <string>

#include <kata/gen.hpp>
#include <kata/judge/invoke.hpp>
#include <kata/judge/compare.hpp>

namespace kata::judge {

using Generator = std::function<Json(kata::gen::Random&, int size)>;

struct Reference {
  std::string slug;
  Invoker solve;      // the reference solution, at optimal cost
  Invoker brute;      // the brute-force oracle, obviously right and slow
  Generator generate;  // random inputs; `size` as in problem.json's "generator"
  Checker checker;    // set when the problem's comparator is "checker"
  // The reference's real signature, deduced from its method, for checking problem.json.
  // Empty for design problems.
  std::optional<Signature> signature;
  // For a problem with an input builder (builder.cpp): the types its arguments()
  // takes, which are the case's input, for checking problem.json's "input".
  std::vector<std::string> input_types;
};

class Registry {
 public:
  void add(Reference r) { entries_[r.slug] = std::move(r); }
  const Reference* find(const std::string& slug) const {
    auto it = entries_.find(slug);
    return it == entries_.end() ? nullptr : &it->second;
  }
  const std::map<std::string, Reference>& all() const { return entries_; }

 private:
  std::map<std::string, Reference> entries_;
};

}  // namespace kata::judge
