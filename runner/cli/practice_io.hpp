// What the practice verbs (daily, log, stats, calendar, report) share: where the
// log is, reading it with its skipped lines reported, and the day of --date.
#pragma once

#include <cstdio>
#include <optional>
#include <string>

#include <fmt/core.h>

#include <kata/judge/catalog.hpp>
#include <kata/practice/day.hpp>
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
    fmt::print(stderr, "kata: cannot read the practice log {}: {}\n", log.string(), read.unreadable);
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

}  // namespace kata::cli
