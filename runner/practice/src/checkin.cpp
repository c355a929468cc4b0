// The check-in: see kata/practice/checkin.hpp.
#include "kata/practice/checkin.hpp"

#include <fmt/format.h>

#include "kata/practice/report.hpp"  // html_escape
#include "kata/practice/review.hpp"  // format_duration
#include "kata/practice/stats.hpp"

namespace kata::practice {

Checkin checkin(const std::vector<Record>& records, const judge::Catalog& catalog, Day day) {
  Checkin c;
  c.day = day;
  for (const auto& r : records) {
    if (r.event != Event::attempt || r.verdict == judge::Verdict::ERR || record_day(r) != day)
      continue;
    const judge::Problem* p = catalog.find(r.problem);
    CheckinProblem* line = nullptr;
    for (auto& existing : c.problems)
      if (p ? existing.id == p->meta.id : existing.title == r.problem) line = &existing;
    if (!line) {
      CheckinProblem fresh;
      fresh.id = p ? p->meta.id : 0;
      fresh.title = p ? p->meta.title : r.problem;
      fresh.difficulty = p ? p->meta.difficulty : r.difficulty;
      c.problems.push_back(fresh);
      line = &c.problems.back();
    }
    ++line->tries;
    if (line->verdict == judge::Verdict::AC) continue;  // the first AC stands
    line->verdict = r.verdict;
    if (r.verdict == judge::Verdict::AC) line->seconds = r.seconds;
  }
  c.streak = streaks(attempts_per_day(records, day), day).current;
  for (const auto& l : compute_stats(records, catalog, day).lists)
    if (l.solved > 0) c.lists.push_back(fmt::format("{}: {}/{}", l.title, l.solved, l.on_list));
  return c;
}

namespace {

std::string problem_line(const CheckinProblem& p) {
  std::string name = p.id ? fmt::format("{}. {}", p.id, p.title) : p.title;
  if (!p.difficulty.empty()) name += " (" + p.difficulty + ")";
  std::string how = fmt::format("{}, {} {}", judge::to_string(p.verdict), p.tries,
                                p.tries == 1 ? "try" : "tries");
  if (p.seconds) how += ", " + format_duration(*p.seconds);
  return name + ": " + how;
}

std::string footer(const Checkin& c) {
  std::string out = fmt::format("Streak: {} day{}", c.streak, c.streak == 1 ? "" : "s");
  for (const auto& l : c.lists) out += " · " + l;
  return out;
}

}  // namespace

std::string checkin_text(const Checkin& c, bool markdown) {
  std::string title = format_day(c.day) + " · kata check-in";
  std::string out = (markdown ? "**" + title + "**" : title) + "\n";
  if (c.problems.empty()) out += markdown ? "- no practice this day\n" : "- no practice this day\n";
  for (const auto& p : c.problems) out += "- " + problem_line(p) + "\n";
  return out + footer(c) + "\n";
}

std::string checkin_svg(const Checkin& c) {
  std::vector<std::string> lines;
  for (const auto& p : c.problems) lines.push_back(problem_line(p));
  if (lines.empty()) lines.push_back("no practice this day");
  const int width = 560, line_height = 22;
  const int height = 64 + line_height * static_cast<int>(lines.size()) + 36;
  std::string out = fmt::format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{}\" height=\"{}\" viewBox=\"0 0 {} {}\" "
      "font-family=\"sans-serif\">\n<rect width=\"{}\" height=\"{}\" rx=\"12\" fill=\"#f6f8fa\" "
      "stroke=\"#d0d7de\"/>\n",
      width, height, width, height, width, height);
  out += fmt::format(
      "<text x=\"20\" y=\"36\" font-size=\"18\" font-weight=\"bold\" "
      "fill=\"#24292f\">{} · kata check-in</text>\n",
      format_day(c.day));
  int y = 64;
  for (std::size_t i = 0; i < lines.size(); ++i, y += line_height) {
    const bool ac = i < c.problems.size() && c.problems[i].verdict == judge::Verdict::AC;
    out += fmt::format("<text x=\"20\" y=\"{}\" font-size=\"14\" fill=\"{}\">{}</text>\n", y,
                       ac                   ? "#1a7f37"
                       : c.problems.empty() ? "#57606a"
                                            : "#cf222e",
                       html_escape(lines[i]));
  }
  out += fmt::format("<text x=\"20\" y=\"{}\" font-size=\"13\" fill=\"#57606a\">{}</text>\n",
                     y + 14, html_escape(footer(c)));
  return out + "</svg>\n";
}

}  // namespace kata::practice
