// A verb of the kata command, as data: its name, its help, its arguments bound to
// the fields of its options, and what it runs.
//
// Each verb's file builds one Verb (verbs.hpp) from this header alone; only
// command_line.cpp turns Verbs into a CLI11 parser. CLI11 is header-only and its
// option templates cost seconds of compile time in every file that adds an option:
// kept in one file, touching a verb recompiles that verb and nothing of CLI11.
//
//   Verb list_verb() {
//     auto o = std::make_shared<ListOptions>();
//     Verb v("list", "List the problems, by pattern");
//     v.option("--pattern", &o->patterns, "Only this pattern (repeatable)");
//     v.flag("--json", &o->json, "...");
//     v.run = [o](Context& ctx) { return run_list(*o, ctx); };
//     return v;
//   }
//
// The targets point into the options object, which the `run` closure keeps alive.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace kata::cli {

class Context;

// One flag, option or positional argument.
struct Arg {
  using Target = std::variant<bool*, int*, std::optional<int>*, std::uint64_t*, std::string*,
                              std::vector<std::string>*>;

  std::string names;  // "--json", "-j,--jobs", or "slug" for a positional
  std::string help;
  Target target;
  bool required = false;
  std::optional<std::pair<long long, long long>> range;  // inclusive bounds of a number
  bool existing_file = false;                            // the value names a readable file
  // A check of the value's text: "" when it is fine, else what is wrong with it.
  std::function<std::string(const std::string&)> check;
  std::string check_name;             // what the check wants, for --help ("YYYY-MM-DD")
  std::vector<std::string> excludes;  // names of this verb's arguments it cannot go with

  Arg& mandatory() {
    required = true;
    return *this;
  }
  Arg& between(long long lo, long long hi) {
    range = {lo, hi};
    return *this;
  }
  Arg& file_must_exist() {
    existing_file = true;
    return *this;
  }
  Arg& checked(std::string name, std::function<std::string(const std::string&)> fn) {
    check_name = std::move(name);
    check = std::move(fn);
    return *this;
  }
  Arg& not_with(std::string other) {
    excludes.push_back(std::move(other));
    return *this;
  }
};

struct Verb {
  Verb(std::string name_, std::string help_) : name(std::move(name_)), help(std::move(help_)) {}

  std::string name;
  std::string help;
  std::vector<Arg> args;
  std::function<int(Context&)> run;  // the exit status (context.hpp's Exit)

  Arg& flag(std::string names, bool* target, std::string help_) {
    return add(std::move(names), target, std::move(help_));
  }
  Arg& option(std::string names, Arg::Target target, std::string help_) {
    return add(std::move(names), target, std::move(help_));
  }
  // A required positional argument.
  Arg& positional(std::string name_, std::string* target, std::string help_) {
    return add(std::move(name_), target, std::move(help_)).mandatory();
  }

 private:
  Arg& add(std::string names, Arg::Target target, std::string help_) {
    Arg a;
    a.names = std::move(names);
    a.help = std::move(help_);
    a.target = target;
    args.push_back(std::move(a));
    return args.back();
  }
};

}  // namespace kata::cli
