// kata report: the practice report as one self-contained HTML page
// (see kata/practice/report.hpp).
#include <cstdio>
#include <fstream>

#include <fmt/format.h>

#include <kata/practice/notes.hpp>
#include <kata/practice/report.hpp>

#include "practice_io.hpp"
#include "verbs.hpp"

namespace kata::cli {
namespace {

struct ReportOptions {
  std::string out;   // default <home>/notes/report.html; "-" for stdout
  std::string date;  // as of this day; default today
  std::string log;
};

int run_report(const ReportOptions& o, Context& ctx) {
  auto day = date_option(o.date);
  if (!day) return kUsage;
  const auto& catalog = ctx.catalog();
  ctx.report_catalog_errors();
  auto read = read_log_reporting(log_path(o.log), ctx.catalog());
  if (!read) return kUsage;
  std::string html = practice::render_report(read->records, catalog, *day, read->problems);
  if (o.out == "-") {
    fmt::print("{}", html);
    return kOk;
  }
  namespace fs = std::filesystem;
  fs::path out =
      o.out.empty() ? practice::notes_dir(judge::default_home()) / "report.html" : fs::path(o.out);
  std::error_code ec;
  if (out.has_parent_path()) fs::create_directories(out.parent_path(), ec);
  // Written beside, then renamed over: a browser reloading never sees half a page.
  fs::path tmp = out;
  tmp += ".tmp";
  {
    std::ofstream f(tmp, std::ios::binary | std::ios::trunc);
    f << html;
    f.flush();
    if (!f) {
      fmt::print(stderr, "kata: cannot write the report to {}\n", tmp.string());
      fs::remove(tmp, ec);
      return kFailed;
    }
  }
  fs::rename(tmp, out, ec);
  if (ec) {
    fmt::print(stderr, "kata: cannot write the report to {}: {}\n", out.string(), ec.message());
    fs::remove(tmp, ec);
    return kFailed;
  }
  fmt::print("{}\n", out.string());
  return kOk;
}

}  // namespace

Verb report_verb() {
  auto o = std::make_shared<ReportOptions>();
  Verb v("report", "Progress as one HTML page: heatmap, mastery, reviews ahead");
  v.option("--out", &o->out, "Where to write it (default notes/report.html; - for stdout)");
  day_option(v, "--date", &o->date, "As of this day instead of today (YYYY-MM-DD)");
  log_option(v, &o->log);
  v.run = [o](Context& ctx) { return run_report(*o, ctx); };
  return v;
}

}  // namespace kata::cli
