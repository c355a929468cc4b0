// What every verb shares: the catalog (loaded once, on first use), output style,
// and the helpers that turn a slug into a problem or a helpful error.
#pragma once

#include <cstdio>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <kata/judge/catalog.hpp>
#include <kata/judge/judge.hpp>
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

// "35. Search Insert Position  Easy  binary-search" (the pattern hidden when
// blind), with its line end; a title too long for 80 columns puts the
// difficulty and the pattern on a line of their own.
std::string problem_heading(const judge::ProblemMeta& m, bool blind, const judge::Style& style);

// The attempt to judge: --file's path, else practice/SLUG.cpp; nullopt, after
// saying so on stderr (and how to start one), when it is not a readable file.
std::optional<std::filesystem::path> attempt_file(const judge::Problem& p, const std::string& file);

// The cases a solution is judged on (kata test, kata debug): the problem's, what
// `kata stress` saved for it when `saved` (an attempt's, not the reference's), then
// `extra` files. A broken case is kept (an ERR
// for it alone) and named on stderr; nullopt, after the message, when a file
// cannot be read or parsed.
std::optional<std::vector<judge::Case>> judged_cases(const judge::Problem& p, bool saved,
                                                     const std::vector<std::string>& extra);

// Keeps only the case named `name`; false (after listing the names on stderr)
// when there is none.
bool keep_only_case(const judge::Problem& p, const std::string& name,
                    std::vector<judge::Case>& cases);

// Generated cases get their inputs and answers from the reference (compiled once,
// when needed); it is returned, or nullptr when the cases need none. Without a
// reference the cases that need one become ERR, and why is said on stderr.
const judge::Reference* prepare_generated(const judge::Problem& p, std::vector<judge::Case>& cases);

}  // namespace kata::cli
