// The verbs of the kata command, one source file each: <verb>_verb() describes the
// verb's arguments and what it runs (verb.hpp); the work lives in the libraries.
#pragma once

#include <string>
#include <vector>

#include "context.hpp"
#include "verb.hpp"

namespace kata::cli {

Verb daily_verb();
Verb list_verb();
Verb show_verb();
Verb start_verb();
Verb test_verb();
Verb stress_verb();
Verb run_verb();
Verb selftest_verb();
// The practice habit: the log, stats, calendar, report and notes.
Verb log_verb();
Verb stats_verb();
Verb calendar_verb();
Verb report_verb();
Verb note_verb();
// Study aids: hints, the reference, earlier attempts.
Verb hint_verb();
Verb solution_verb();
Verb history_verb();
Verb diff_verb();
Verb drill_verb();
Verb interview_verb();
Verb checkin_verb();
// The edit-judge loop: a debugger on a case; how a solution's time grows.
Verb debug_verb();
Verb bench_verb();

// Every verb, in the order `kata` lists them.
std::vector<Verb> all_verbs();

// Arguments several verbs share, each declared once (arguments.cpp).
// The problem's slug or LeetCode number, as a required positional.
Arg& slug_argument(Verb& v, std::string* slug);
// --log: the practice log (default $KATA_LOG or notes/practice-log.jsonl).
Arg& log_option(Verb& v, std::string* log);
// A day as YYYY-MM-DD (--date, --since); anything else, an empty value included, is
// a usage error that names the option.
Arg& day_option(Verb& v, std::string names, std::string* day, std::string help);

}  // namespace kata::cli
