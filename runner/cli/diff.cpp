// kata diff: the current attempt against the last accepted one kept in history.
#include <fstream>
#include <sstream>

#include <fmt/core.h>

#include <kata/attempt/attempt.hpp>
#include <kata/practice/aids.hpp>

#include "practice_io.hpp"
#include "verbs.hpp"

namespace kata::cli {
namespace {

struct DiffOptions {
  std::string slug;
  std::string log;
};

int run_diff(const DiffOptions& o, Context& ctx) {
  const auto* p = ctx.problem_or_suggest(o.slug);
  if (!p) return kUsage;
  auto read = read_log_reporting(log_path(o.log), ctx.catalog());
  if (!read) return kUsage;
  auto past = practice::past_attempts(
      judge::attempt_path(p->meta.slug), practice::history_dir(judge::practice_dir(), p->meta.slug),
      read->records, [](const std::filesystem::path& f) { return attempt::hash_file(f); });
  if (past.empty() || past.back().saved != "current") {
    fmt::print(stderr, "kata: no attempt at {} to compare: `kata start {}`\n", p->meta.title,
               p->meta.slug);
    return kUsage;
  }
  const auto current = past.back();
  past.pop_back();
  const practice::PastAttempt* earlier = nullptr;
  for (auto it = past.rbegin(); it != past.rend() && !earlier; ++it)
    if (it->accepted) earlier = &*it;
  if (!earlier) {
    fmt::print(stderr, "kata: no earlier accepted attempt at {} in {}\n", p->meta.title,
               attempt::display_path(practice::history_dir(judge::practice_dir(), p->meta.slug)));
    return kUsage;
  }
  if (!current.accepted)
    fmt::print(stderr, "(your current attempt is {} yet)\n",
               current.last ? "not accepted" : "not judged");
  const std::string diff = practice::unified_diff(
      practice::file_text(earlier->file), practice::file_text(current.file),
      attempt::display_path(earlier->file), attempt::display_path(current.file));
  if (diff.empty()) {
    fmt::print("The same as your accepted attempt of {}.\n", earlier->saved);
    return kOk;
  }
  auto style = ctx.style_out();
  std::istringstream lines(diff);
  for (std::string line; std::getline(lines, line);) {
    const char* color = line.rfind("@@", 0) == 0                                 ? "36"
                        : line.rfind("---", 0) == 0 || line.rfind("+++", 0) == 0 ? "1"
                        : line[0] == '+'                                         ? "32"
                        : line[0] == '-'                                         ? "31"
                                                                                 : "";
    fmt::print("{}\n", *color ? style.paint(line, color) : line);
  }
  return kOk;
}

}  // namespace

Verb diff_verb() {
  auto o = std::make_shared<DiffOptions>();
  Verb v("diff", "Your current attempt against the last accepted one in its history");
  slug_argument(v, &o->slug);
  log_option(v, &o->log);
  v.run = [o](Context& ctx) { return run_diff(*o, ctx); };
  return v;
}

}  // namespace kata::cli
