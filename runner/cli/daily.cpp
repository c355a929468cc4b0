// kata daily: today's problem.
#include <chrono>
#include <fstream>
#include <sstream>

#include <fmt/format.h>

#include "verbs.hpp"

namespace kata::cli {
namespace {

struct DailyOptions {
  std::string date;  // YYYY-MM-DD; default today (local time)
  bool json = false;
};

std::optional<std::chrono::sys_days> parse_date(const std::string& s) {
  int y, m, d;
  char dash1, dash2;
  std::istringstream in(s);
  if (!(in >> y >> dash1 >> m >> dash2 >> d) || dash1 != '-' || dash2 != '-' || !in.eof())
    return std::nullopt;
  std::chrono::year_month_day ymd{std::chrono::year{y}, std::chrono::month{static_cast<unsigned>(m)},
                                  std::chrono::day{static_cast<unsigned>(d)}};
  if (!ymd.ok()) return std::nullopt;
  return std::chrono::sys_days{ymd};
}

std::chrono::sys_days today_local() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  localtime_r(&t, &tm);
  return std::chrono::sys_days{std::chrono::year{tm.tm_year + 1900} /
                               std::chrono::month{static_cast<unsigned>(tm.tm_mon + 1)} /
                               std::chrono::day{static_cast<unsigned>(tm.tm_mday)}};
}

int run_daily(const DailyOptions& o, Context& ctx) {
  std::chrono::sys_days day = today_local();
  if (!o.date.empty()) {
    auto d = parse_date(o.date);
    if (!d) {
      fmt::print(stderr, "kata: --date wants YYYY-MM-DD, got \"{}\"\n", o.date);
      return kUsage;
    }
    day = *d;
  }
  const auto& catalog = ctx.catalog();
  ctx.report_catalog_errors();
  if (catalog.problems.empty()) {
    fmt::print(stderr, "kata: the catalog is empty\n");
    return kFailed;
  }
  // Walk the catalog one problem a day, so each pattern comes round in turn.
  auto n = static_cast<long long>(catalog.problems.size());
  long long index = ((day.time_since_epoch().count() % n) + n) % n;
  const auto& p = catalog.problems[static_cast<std::size_t>(index)];
  std::chrono::year_month_day ymd{day};
  std::string date = fmt::format("{:04}-{:02}-{:02}", static_cast<int>(ymd.year()),
                                 static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  if (o.json) {
    fmt::print("{}\n", judge::Json{{"date", date},
                                   {"slug", p.meta.slug},
                                   {"id", p.meta.id},
                                   {"title", p.meta.title},
                                   {"pattern", p.meta.pattern},
                                   {"difficulty", p.meta.difficulty},
                                   {"reason", "new"},
                                   {"next", "kata show " + p.meta.slug}}
                           .dump(2));
    return kOk;
  }
  auto style = ctx.style_out();
  std::ifstream in(p.statement_file());
  std::stringstream statement;
  statement << in.rdbuf();
  fmt::print("{}  today's problem\n\n", style.paint(date, "2"));
  fmt::print("{}  {}  {}\n", style.paint(fmt::format("{}. {}", p.meta.id, p.meta.title), "1"),
             p.meta.difficulty, style.paint(p.meta.pattern, "36"));
  fmt::print("{}\n\n{}\n", style.paint(p.meta.url, "2"), statement.str());
  fmt::print("{} {}\n", style.paint("signature:", "2"), judge::signature_line(p.meta.method));
  fmt::print("\nnext: {}\n", style.paint("./kata test " + p.meta.slug + " --reference", "1"));
  return kOk;
}

}  // namespace

void setup_daily(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<DailyOptions>();
  auto* sub = app.add_subcommand("daily", "Today's problem and the command to start it");
  sub->add_option("--date", o->date, "Pick for this day instead (YYYY-MM-DD)");
  sub->add_flag("--json", o->json, "The pick as JSON");
  sub->callback([o, &ctx] { ctx.exit_code = run_daily(*o, ctx); });
}

}  // namespace kata::cli
