// The verbs in kata's order, and the arguments several of them share (verbs.hpp).
#include <kata/practice/day.hpp>

#include "verbs.hpp"

namespace kata::cli {

std::vector<Verb> all_verbs() {
  std::vector<Verb> v;
  for (auto make :
       {daily_verb,    list_verb,   show_verb,      start_verb,    test_verb,     debug_verb,
        bench_verb,    stress_verb, run_verb,       selftest_verb, log_verb,      stats_verb,
        calendar_verb, report_verb, note_verb,      hint_verb,     solution_verb, history_verb,
        diff_verb,     drill_verb,  interview_verb, checkin_verb})
    v.push_back(make());
  return v;
}

Arg& slug_argument(Verb& v, std::string* slug) {
  return v.positional("slug", slug, "The problem's slug or LeetCode number");
}

Arg& log_option(Verb& v, std::string* log) {
  return v.option("--log", log,
                  "The practice log (default: $KATA_LOG or notes/practice-log.jsonl)");
}

Arg& day_option(Verb& v, std::string names, std::string* day, std::string help) {
  return v.option(std::move(names), day, std::move(help))
      .checked("YYYY-MM-DD", [](const std::string& s) -> std::string {
        return practice::parse_day(s) ? "" : "wants a date as YYYY-MM-DD, got \"" + s + "\"";
      });
}

}  // namespace kata::cli
