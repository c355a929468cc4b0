// kata checkin: a day's practice in a few lines for a study group, or as a card.
#include <fstream>

#include <fmt/core.h>

#include <kata/practice/checkin.hpp>

#include "practice_io.hpp"
#include "verbs.hpp"

namespace kata::cli {
namespace {

struct CheckinOptions {
  std::string date;
  bool markdown = false;
  std::string svg;
  std::string log;
};

int run_checkin(const CheckinOptions& o, Context& ctx) {
  auto day = date_option(o.date);
  if (!day) return kUsage;
  auto read = read_log_reporting(log_path(o.log), ctx.catalog());
  if (!read) return kUsage;
  const auto c = practice::checkin(read->records, ctx.catalog(), *day);
  if (!o.svg.empty()) {
    std::ofstream out(o.svg, std::ios::trunc);
    out << practice::checkin_svg(c);
    if (!out) {
      fmt::print(stderr, "kata: cannot write {}\n", o.svg);
      return kUsage;
    }
    fmt::print(stderr, "kata: the card is in {}\n", o.svg);
  }
  fmt::print("{}", practice::checkin_text(c, o.markdown));
  return kOk;
}

}  // namespace

Verb checkin_verb() {
  auto o = std::make_shared<CheckinOptions>();
  Verb v("checkin", "A day's practice in a few lines, to paste into a study group's chat");
  day_option(v, "--date", &o->date, "That day instead of today (YYYY-MM-DD)");
  v.flag("--markdown", &o->markdown, "As Markdown");
  v.option("--svg", &o->svg, "Also write it as a card image (SVG) to this file");
  log_option(v, &o->log);
  v.run = [o](Context& ctx) { return run_checkin(*o, ctx); };
  return v;
}

}  // namespace kata::cli
