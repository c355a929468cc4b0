// What every verb shares: the catalog (loaded once, on first use), output style,
// and the helpers that turn a slug into a problem or a helpful error.
#pragma once

#include <cstdio>
#include <optional>
#include <string>

#include <kata/judge/catalog.hpp>
#include <kata/judge/report.hpp>

namespace kata::cli {

// Exit statuses shared by every verb.
enum Exit : int { kOk = 0, kFailed = 1, kUsage = 2 };

class Context {
 public:
  explicit Context(judge::ColorMode color = judge::ColorMode::automatic) : color_(color) {}
  const judge::Catalog& catalog();
  // How to print to stdout: colour as --color says.
  judge::Style style_out() const { return judge::Style::detect(stdout, color_); }
  // The problem for a slug or LeetCode id; otherwise prints the nearest slugs to
  // stderr and returns nullptr.
  const judge::Problem* problem_or_suggest(const std::string& slug);
  // The study list of that name; otherwise prints "kata: <where>no list ..." with
  // the lists there are to stderr and returns nullptr. `where` is "file:line: " or "".
  const judge::ProblemList* list_or_explain(const std::string& name, const std::string& where = "");
  // Prints catalog loading errors to stderr, once.
  void report_catalog_errors();
  // Before an attempt runs: one warning on stderr if this machine does not let
  // kata isolate it (sandbox::isolation()), saying why.
  void warn_if_not_isolated();

 private:
  judge::ColorMode color_;
  std::optional<judge::Catalog> catalog_;
  bool errors_reported_ = false;
};

}  // namespace kata::cli
