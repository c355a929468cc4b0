// What the practice verbs (daily, log, stats, calendar, report) share: where the
// log is, reading it with its skipped lines reported, and the day of --date.
#pragma once

#include <cstdio>
#include <optional>
#include <string>

#include <fmt/core.h>

#include <kata/judge/catalog.hpp>
#include <kata/practice/day.hpp>
#include <kata/practice/interview.hpp>
#include <kata/practice/log.hpp>

namespace kata::cli {

// --log when given, else $KATA_LOG, else <home>/notes/practice-log.jsonl.
inline std::filesystem::path log_path(const std::string& option) {
  if (!option.empty()) return option;
  return practice::default_log_path(judge::default_home());
}

// Reads the log, keeping the catalog's problems; each skipped line goes to stderr as
// "kata: file:line: skipped: why". nullopt (after saying why on stderr) when the
// log cannot be read at all: the verb stops rather than show an empty history.
inline std::optional<practice::LogRead> read_log_reporting(const std::filesystem::path& log,
                                                           const judge::Catalog& catalog) {
  practice::LogRead read = practice::read_log(log, &catalog);
  if (!read.unreadable.empty()) {
    fmt::print(stderr, "kata: cannot read the practice log {}: {}\n", log.string(),
               read.unreadable);
    return std::nullopt;
  }
  for (const auto& p : read.problems) fmt::print(stderr, "kata: {}\n", p);
  return read;
}

// The day of --date, or today when the option is empty; nullopt (after a message
// to stderr) when it is not a YYYY-MM-DD date.
inline std::optional<practice::Day> date_option(const std::string& option) {
  if (option.empty()) return practice::today_local();
  if (auto d = practice::parse_day(option)) return d;
  fmt::print(stderr, "kata: --date wants a date as YYYY-MM-DD, got \"{}\"\n", option);
  return std::nullopt;
}

// The mock interview running now (interview.hpp), if any. One whose time is up is
// ended here and its report printed on stderr: the next command notices.
inline std::optional<practice::Interview> running_interview(const std::filesystem::path& log,
                                                            const judge::Catalog& catalog) {
  auto open = practice::open_interview(practice::read_log(log, &catalog).records);
  if (!open) return std::nullopt;
  auto now = practice::parse_time(practice::now_local_iso());
  if (now && *now < open->deadline) return open;
  try {
    for (const auto& slug : open->problems)
      if (const auto* p = catalog.find(slug))
        practice::record_interview_end(log, p->meta, open->id);
  } catch (const std::exception& e) {
    fmt::print(stderr, "kata: warning: the interview's end was not logged: {}\n", e.what());
  }
  fmt::print(stderr, "kata: the interview's time is up.\n{}\n",
             practice::render_interview(practice::interview_report(
                 practice::read_log(log, &catalog).records, catalog, *open)));
  return std::nullopt;
}

}  // namespace kata::cli
