// The progress report as one HTML page with inline SVG.
#include "kata/practice/report.hpp"

#include "kata/practice/interview.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>

#include <fmt/format.h>

#include <kata/practice/calendar.hpp>
#include <kata/practice/review.hpp>
#include <kata/practice/stats.hpp>

namespace kata::practice {

namespace {

// The heatmap's five shades, light to dark, as on a contribution graph.
constexpr std::array<std::string_view, 5> kShades = {"#ebedf0", "#9be9a8", "#40c463", "#30a14e",
                                                     "#216e39"};

constexpr std::string_view kStyle = R"(
body { font-family: system-ui, sans-serif; margin: 24px auto; max-width: 960px; color: #1f2328;
       background: #ffffff; }
h1 { font-size: 22px; margin-bottom: 4px; }
h2 { font-size: 17px; margin-top: 28px; border-bottom: 1px solid #d0d7de; padding-bottom: 4px; }
.summary { color: #57606a; }
.summary b { color: #1f2328; }
table { border-collapse: collapse; font-size: 13px; }
th, td { padding: 3px 10px; text-align: left; border-bottom: 1px solid #eaeef2; }
td.num, th.num { text-align: right; }
.AC { color: #1a7f37; font-weight: bold; }
.fail { color: #cf222e; font-weight: bold; }
svg text { font-size: 10px; fill: #57606a; }
.skipped { color: #9a6700; font-family: monospace; font-size: 12px; }
)";


std::string heatmap_svg(const Heatmap& h) {
  constexpr int cell = 11, step = 13, left = 30, top = 16;
  const int width = left + h.weeks * step + 4, height = top + 7 * step + 4;
  std::string out = fmt::format(
      "<svg width=\"{}\" height=\"{}\" role=\"img\" "
      "aria-label=\"attempts per day\">\n",
      width, height);
  constexpr std::array<std::string_view, 7> rows = {"Mon", "", "Wed", "", "Fri", "", "Sun"};
  for (int r = 0; r < 7; ++r)
    if (!rows[r].empty())
      out += fmt::format("<text x=\"0\" y=\"{}\">{}</text>\n", top + r * step + 9, rows[r]);
  unsigned last_month = 0;
  for (int w = 0; w < h.weeks; ++w) {
    Day monday = h.first + std::chrono::weeks{w};
    unsigned m = static_cast<unsigned>(std::chrono::year_month_day{monday}.month());
    if (m != last_month && w + 2 < h.weeks)
      out += fmt::format("<text x=\"{}\" y=\"10\">{}</text>\n", left + w * step, month_abbreviation(m));
    last_month = m;
    for (int r = 0; r < 7; ++r) {
      Day d = monday + std::chrono::days{r};
      if (d > h.today) break;
      int n = h.count(d);
      out += fmt::format(
          "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"2\" fill=\"{}\">"
          "<title>{}: {} attempt{}</title></rect>\n",
          left + w * step, top + r * step, cell, cell, kShades[shade_level(n)], format_day(d), n,
          n == 1 ? "" : "s");
    }
  }
  return out + "</svg>\n";
}

std::string mastery_svg(const Stats& s) {
  constexpr int label = 190, bar = 300, row = 34, top = 8;
  const int height = top + static_cast<int>(s.patterns.size()) * row + 8;
  std::string out = fmt::format(
      "<svg width=\"{}\" height=\"{}\" role=\"img\" "
      "aria-label=\"mastery per pattern\">\n",
      label + bar + 150, height);
  int y = top;
  for (const auto& p : s.patterns) {
    double solved = p.in_catalog ? static_cast<double>(p.solved) / p.in_catalog : 0.0;
    out += fmt::format("<text x=\"0\" y=\"{}\" style=\"font-size:12px;fill:#1f2328\">{}</text>\n",
                       y + 12, html_escape(p.pattern));
    out += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"10\" fill=\"#eaeef2\"/>\n",
                       label, y + 2, bar);
    out += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{:.1f}\" height=\"10\" fill=\"#0969da\"/>\n",
                       label, y + 2, bar * std::min(solved, 1.0));
    out += fmt::format("<text x=\"{}\" y=\"{}\">solved {} / {}</text>\n", label + bar + 8, y + 11,
                       p.solved, p.in_catalog);
    out += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"10\" fill=\"#eaeef2\"/>\n",
                       label, y + 16, bar);
    out += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{:.1f}\" height=\"10\" fill=\"#2da44e\"/>\n",
                       label, y + 16, bar * p.mean_recall);
    out += fmt::format("<text x=\"{}\" y=\"{}\">{}</text>\n", label + bar + 8, y + 25,
                       p.seen ? "recall " + format_percent(p.mean_recall) : std::string("not tried yet"));
    y += row;
  }
  return out + "</svg>\n";
}

std::string forecast_svg(const std::vector<int>& due, Day today) {
  constexpr int step = 22, bar = 16, chart = 120, left = 24, top = 14;
  int most = 1;
  for (int n : due) most = std::max(most, n);
  const int width = left + static_cast<int>(due.size()) * step + 8, height = top + chart + 30;
  std::string out = fmt::format(
      "<svg width=\"{}\" height=\"{}\" role=\"img\" "
      "aria-label=\"reviews due in the next 30 days\">\n",
      width, height);
  out += fmt::format("<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#d0d7de\"/>\n", left,
                     top + chart, width - 4, top + chart);
  out += fmt::format("<text x=\"0\" y=\"{}\">{}</text>\n", top + 4, most);
  out += fmt::format("<text x=\"0\" y=\"{}\">0</text>\n", top + chart);
  for (std::size_t i = 0; i < due.size(); ++i) {
    int x = left + static_cast<int>(i) * step;
    int h = due[i] * chart / most;
    Day d = today + std::chrono::days{static_cast<int>(i)};
    if (h > 0)
      out += fmt::format(
          "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\">"
          "<title>{}: {} review{}{}</title></rect>\n",
          x, top + chart - h, bar, h, i == 0 ? "#bf8700" : "#8250df", format_day(d), due[i],
          due[i] == 1 ? "" : "s", i == 0 ? " (today, overdue included)" : "");
    if (i % 7 == 0)
      out += fmt::format("<text x=\"{}\" y=\"{}\">{}</text>\n", x, top + chart + 14,
                         format_day(d).substr(5));
  }
  return out + "</svg>\n";
}

std::string stats_table(const Stats& s) {
  std::string out =
      "<table>\n<tr><th>pattern</th><th class=\"num\">seen</th><th class=\"num\">solved</th>"
      "<th class=\"num\">AC rate</th><th class=\"num\">time to AC (median)</th>"
      "<th class=\"num\">due now</th><th class=\"num\">due this week</th></tr>\n";
  auto row = [&](const PatternStats& p, bool bold) {
    out += fmt::format(
        "<tr{}><td>{}</td><td class=\"num\">{} / {}</td><td class=\"num\">{}</td>"
        "<td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td>"
        "<td class=\"num\">{}</td></tr>\n",
        bold ? " style=\"font-weight:bold\"" : "", html_escape(p.pattern), p.seen, p.in_catalog,
        p.solved, p.attempts ? format_percent(p.ac_rate()) : "-",
        p.median_seconds ? format_duration(*p.median_seconds) : "-", p.due_now, p.due_week);
  };
  for (const auto& p : s.patterns) row(p, false);
  row(s.total, true);
  return out + "</table>\n";
}

// Each study list against its whole length: solved (blue) and seen (light) of the
// list's problems, whether kata has them yet or not.
std::string lists_table(const Stats& s) {
  constexpr int bar = 200;
  std::string out =
      "<table>\n<tr><th>list</th><th>progress</th><th class=\"num\">in kata</th>"
      "<th class=\"num\">seen</th><th class=\"num\">solved</th><th class=\"num\">due now</th></tr>\n";
  for (const auto& l : s.lists) {
    auto width = [&](int n) { return l.on_list ? bar * static_cast<double>(n) / l.on_list : 0.0; };
    out += fmt::format(
        "<tr><td>{} ({})</td><td><svg width=\"{}\" height=\"12\" role=\"img\" "
        "aria-label=\"{} solved of {}\"><rect width=\"{}\" height=\"12\" fill=\"#eaeef2\"/>"
        "<rect width=\"{:.1f}\" height=\"12\" fill=\"#b6e3ff\"/>"
        "<rect width=\"{:.1f}\" height=\"12\" fill=\"#0969da\"/></svg></td>"
        "<td class=\"num\">{} / {}</td><td class=\"num\">{}</td><td class=\"num\">{} / {}</td>"
        "<td class=\"num\">{}</td></tr>\n",
        html_escape(l.title), html_escape(l.name), bar, l.solved, l.on_list, bar, width(l.seen),
        width(l.solved), l.in_catalog, l.on_list, l.seen, l.solved, l.on_list, l.due_now);
  }
  return out + "</table>\n";
}

std::string recent_table(const std::vector<Record>& records, Day today) {
  std::string out =
      "<table>\n<tr><th>time</th><th>problem</th><th>pattern</th><th>verdict</th>"
      "<th class=\"num\">cases</th><th class=\"num\">time to solve</th></tr>\n";
  int shown = 0;
  const std::vector<bool> first_ac = first_ac_of_session(records);
  for (const Record* r : newest_first(records)) {
    auto day = record_day(*r);
    if (r->event != Event::attempt || !day || *day > today) continue;
    if (++shown > 20) break;
    out += fmt::format(
        "<tr><td>{}</td><td>{}</td><td>{}</td><td class=\"{}\">{}</td><td class=\"num\">{}/{}</td>"
        "<td class=\"num\">{}</td></tr>\n",
        html_escape(local_minute(*r)), html_escape(r->problem), html_escape(r->pattern),
        r->verdict == judge::Verdict::AC ? "AC" : "fail", judge::to_string(r->verdict), r->passed, r->total,
        first_ac[static_cast<std::size_t>(r - records.data())] && r->seconds
            ? format_duration(*r->seconds)
            : "-");
  }
  if (shown == 0) out += "<tr><td colspan=\"6\">no attempts yet</td></tr>\n";
  return out + "</table>\n";
}

// Mock interviews (interview.hpp), newest first: each problem's line of its report.
std::string interviews_table(const std::vector<Record>& records, const judge::Catalog& catalog) {
  auto all = interviews(records);
  std::string out =
      "<table>\n<tr><th>interview</th><th>problem</th><th>verdict</th><th class=\"num\">cases</th>"
      "<th class=\"num\">tries</th><th class=\"num\">to AC</th><th>next review</th></tr>\n";
  for (auto it = all.rbegin(); it != all.rend(); ++it) {
    const auto report = interview_report(records, catalog, *it);
    for (const auto& row : report.rows)
      out += fmt::format(
          "<tr><td>{}</td><td>{}</td><td class=\"{}\">{}</td><td class=\"num\">{}</td>"
          "<td class=\"num\">{}</td><td class=\"num\">{}</td><td>{}</td></tr>\n",
          html_escape(it->id.substr(0, 16)), html_escape(row.title.empty() ? row.slug : row.title),
          row.last == judge::Verdict::AC ? "AC" : "fail",
          row.last ? judge::to_string(*row.last) : "-",
          row.last ? fmt::format("{}/{}", row.passed, row.total) : "-", row.tries,
          row.seconds_to_ac ? format_duration(*row.seconds_to_ac) : "-",
          row.next_review ? format_day(*row.next_review) : "-");
  }
  return out + "</table>\n";
}

// Each problem's last bench (kata bench), by slug: the class fitted to the
// attempt (or the reference), the stated one, and whether that is slower.
std::string benches_table(const std::vector<Record>& records) {
  std::map<std::string, const Record*> last;
  for (const auto& r : records)
    if (r.event == Event::bench) last[r.problem] = &r;
  std::string out =
      "<table>\n<tr><th>problem</th><th>benched</th><th>grows like</th><th>stated</th>"
      "<th>when</th></tr>\n";
  for (const auto& [slug, r] : last) {
    const bool slower = !r->reference && slower_than_stated(r->fitted, r->stated);
    out += fmt::format("<tr><td>{}</td><td>{}</td><td class=\"{}\">{}</td><td>{}</td><td>{}</td></tr>\n",
                       html_escape(slug), r->reference ? "the reference" : "your attempt",
                       slower ? "fail" : "AC", r->fitted.empty() ? "cannot tell" : html_escape(r->fitted),
                       r->stated.empty() ? "-" : html_escape(r->stated),
                       html_escape(r->time.substr(0, 10)));
  }
  return out + "</table>\n";
}

}  // namespace

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string render_report(const std::vector<Record>& records, const judge::Catalog& catalog,
                          Day today, const std::vector<std::string>& skipped_lines) {
  const Stats stats = compute_stats(records, catalog, today);
  const Heatmap h = heatmap(records, today);
  const Reviews reviews = replay(records, today + std::chrono::days{1}, &catalog);
  const std::vector<int> due = review_forecast(reviews, today, 30);
  int due_30 = 0;
  for (int n : due) due_30 += n;

  std::string out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
  out += fmt::format("<title>kata: practice report, {}</title>\n", format_day(today));
  out += "<style>" + std::string(kStyle) + "</style>\n</head>\n<body>\n";
  out += fmt::format("<h1>Practice report</h1>\n<p class=\"summary\">as of {}</p>\n", format_day(today));
  out += fmt::format(
      "<p class=\"summary\">streak <b>{} day{}</b> (longest {}) &middot; solved <b>{} / {}</b> "
      "&middot; <b>{}</b> attempt{} on {} day{} &middot; reviews due now <b>{}</b>, this week {}</p>\n",
      stats.streaks.current, stats.streaks.current == 1 ? "" : "s", stats.streaks.longest,
      stats.total.solved, stats.total.in_catalog, stats.total.attempts,
      stats.total.attempts == 1 ? "" : "s", stats.streaks.active_days,
      stats.streaks.active_days == 1 ? "" : "s", stats.total.due_now, stats.total.due_week);

  out += fmt::format("<h2>The last 52 weeks</h2>\n<p class=\"summary\">{} attempt{} since {}</p>\n",
                     h.total, h.total == 1 ? "" : "s", format_day(h.first));
  out += heatmap_svg(h);
  out += "<h2>Mastery per pattern</h2>\n";
  out += "<p class=\"summary\">blue: problems solved of those in the catalog; green: the mean "
         "probability of recalling the ones tried, today</p>\n";
  out += mastery_svg(stats);
  out += stats_table(stats);
  if (!stats.lists.empty()) {
    out += "<h2>Study lists</h2>\n";
    out += "<p class=\"summary\">each list against its whole length: solved (dark), seen (light); "
           "\"in kata\" is how many of its problems the catalog has yet</p>\n";
    out += lists_table(stats);
  }
  out += fmt::format("<h2>Reviews in the next 30 days</h2>\n<p class=\"summary\">{} review{}; "
                     "today's bar includes the overdue ones</p>\n",
                     due_30, due_30 == 1 ? "" : "s");
  out += forecast_svg(due, today);
  out += "<h2>Recent attempts</h2>\n";
  out += recent_table(records, today);
  if (!interviews(records).empty()) {
    out += "<h2>Mock interviews</h2>\n";
    out += interviews_table(records, catalog);
  }
  if (std::any_of(records.begin(), records.end(),
                  [](const Record& r) { return r.event == Event::bench; })) {
    out += "<h2>How solutions grow (kata bench)</h2>\n";
    out += benches_table(records);
  }
  if (!skipped_lines.empty()) {
    out += "<h2>Skipped log lines</h2>\n";
    for (const auto& s : skipped_lines) out += "<div class=\"skipped\">" + html_escape(s) + "</div>\n";
  }
  out += "</body>\n</html>\n";
  return out;
}

}  // namespace kata::practice
