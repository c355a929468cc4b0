// Mock interviews: see kata/practice/interview.hpp.
#include "kata/practice/interview.hpp"

#include <algorithm>
#include <map>
#include <random>
#include <set>
#include <tuple>

#include <fmt/format.h>

#include "kata/practice/aids.hpp"

namespace kata::practice {

std::vector<Interview> interviews(const std::vector<Record>& records) {
  std::vector<Interview> out;
  std::map<std::string, std::size_t> by_id;
  for (const auto& r : records) {
    if (r.event != Event::interview) continue;
    auto [it, fresh] = by_id.try_emplace(r.interview, out.size());
    if (fresh) {
      Interview i;
      i.id = r.interview;
      i.started = parse_time(r.interview).value_or(0);
      out.push_back(i);
    }
    Interview& i = out[it->second];
    if (r.ended) {
      i.ended = true;
      continue;
    }
    i.minutes = r.minutes;
    i.deadline = i.started + static_cast<std::int64_t>(r.minutes) * 60;
    if (std::find(i.problems.begin(), i.problems.end(), r.problem) == i.problems.end())
      i.problems.push_back(r.problem);
  }
  return out;
}

std::optional<Interview> open_interview(const std::vector<Record>& records) {
  auto all = interviews(records);
  for (auto it = all.rbegin(); it != all.rend(); ++it)
    if (!it->ended) return *it;
  return std::nullopt;
}

std::vector<const judge::Problem*> interview_problems(const judge::Catalog& catalog,
                                                      const std::vector<Record>& records, Day day,
                                                      int count, const judge::ProblemList* list,
                                                      std::uint64_t seed) {
  std::set<std::string> seen;
  for (const auto& r : records)
    if (r.event != Event::drill) seen.insert(r.problem);  // a drill shows no more than a title
  const Reviews reviews = replay(records, day, &catalog);
  const auto named = recognition(records, day);
  struct Pattern {
    double recall_sum = 0;
    int tried = 0;
    double named = 1;
    std::vector<const judge::Problem*> medium, hard;
  };
  std::map<std::string, Pattern> patterns;
  std::set<int> on_list;
  if (list)
    for (const auto& e : list->entries()) on_list.insert(e.id);
  for (const auto& p : catalog.problems) {
    auto& pat = patterns[p.meta.pattern];
    if (const Card* c = reviews.find(p.meta.slug)) {
      pat.recall_sum += c->recall(day);
      ++pat.tried;
    }
    if (seen.count(p.meta.slug) || (list && !on_list.count(p.meta.id))) continue;
    if (p.meta.difficulty == "Medium") pat.medium.push_back(&p);
    if (p.meta.difficulty == "Hard") pat.hard.push_back(&p);
  }
  for (const auto& [name, drilled] : named)
    if (auto it = patterns.find(name); it != patterns.end() && drilled.first > 0)
      it->second.named = static_cast<double>(drilled.second) / drilled.first;
  std::vector<std::pair<std::string, Pattern*>> order;
  for (auto& [name, pat] : patterns) order.emplace_back(name, &pat);
  auto weakness = [](const std::pair<std::string, Pattern*>& p) {
    const Pattern& x = *p.second;
    return std::tuple(x.tried ? x.recall_sum / x.tried : 0.0, x.named, p.first);
  };
  std::sort(order.begin(), order.end(),
            [&](const auto& a, const auto& b) { return weakness(a) < weakness(b); });
  std::mt19937_64 random(seed);
  std::vector<const judge::Problem*> out;
  for (const auto& [name, pat] : order) {
    if (static_cast<int>(out.size()) >= count) break;
    // The first a Medium; then a Medium or a Hard.
    std::vector<const judge::Problem*> pool = pat->medium;
    if (!out.empty()) pool.insert(pool.end(), pat->hard.begin(), pat->hard.end());
    if (pool.empty()) continue;
    out.push_back(pool[static_cast<std::size_t>(random() % pool.size())]);
  }
  return out;
}

InterviewReport interview_report(const std::vector<Record>& records, const judge::Catalog& catalog,
                                 const Interview& interview) {
  InterviewReport report;
  report.interview = interview;
  std::int64_t until = interview.deadline;
  for (const auto& r : records)
    if (r.event == Event::interview && r.interview == interview.id && r.ended)
      if (auto t = parse_time(r.time)) until = std::min(until, *t);
  const Day day = local_day(interview.started);
  const Reviews reviews = replay(records, day + std::chrono::days{1}, &catalog);
  for (const auto& slug : interview.problems) {
    InterviewRow row;
    row.slug = slug;
    if (const judge::Problem* p = catalog.find(slug)) {
      row.title = p->meta.title;
      row.difficulty = p->meta.difficulty;
      row.pattern = p->meta.pattern;
    }
    for (const auto& r : records) {
      if (r.event != Event::attempt || r.problem != slug) continue;
      auto t = parse_time(r.time);
      if (!t || *t < interview.started || *t > until) continue;
      ++row.tries;
      row.last = r.verdict;
      row.passed = r.passed;
      row.total = r.total;
      if (r.verdict == judge::Verdict::AC && !row.seconds_to_ac)
        row.seconds_to_ac = static_cast<double>(*t - interview.started);
    }
    if (row.seconds_to_ac) ++report.solved;
    if (const Card* c = reviews.find(slug); c && c->last().day == day) {
      row.rating = c->last().rating;
      row.next_review = c->due();
    }
    report.rows.push_back(row);
  }
  return report;
}

void record_interview_start(const std::filesystem::path& log, const judge::ProblemMeta& meta,
                            const std::string& id, int minutes) {
  Record r = new_record(Event::interview, meta);
  r.time = id;  // the start records are the interview's own instant
  r.interview = id;
  r.minutes = minutes;
  append(log, r);
}

void record_interview_end(const std::filesystem::path& log, const judge::ProblemMeta& meta,
                          const std::string& id) {
  Record r = new_record(Event::interview, meta);
  r.interview = id;
  r.ended = true;
  append(log, r);
}

std::string render_interview(const InterviewReport& report) {
  const Interview& i = report.interview;
  std::string out = fmt::format("Interview of {}, {} minutes: {} of {} solved\n",
                                i.id.substr(0, 16).replace(10, 1, " "), i.minutes, report.solved,
                                report.rows.size());
  for (const auto& row : report.rows) {
    std::string verdict = row.last ? fmt::format("{:<3} {:>7}", judge::to_string(*row.last),
                                                 fmt::format("{}/{}", row.passed, row.total))
                                   : fmt::format("{:<11}", "not tried");
    std::string ac = row.seconds_to_ac ? "AC after " + format_duration(*row.seconds_to_ac) : "";
    std::string next = row.rating ? fmt::format("{}, next review {}", to_string(*row.rating),
                                                format_day(*row.next_review))
                                  : "no review scheduled";
    out += fmt::format("  {:<34} {:<6}  {}  {} {}  {:<17} {}\n",
                       fmt::format("{}", row.title.empty() ? row.slug : row.title).substr(0, 34),
                       row.difficulty, verdict, row.tries, row.tries == 1 ? "try  " : "tries", ac,
                       next);
  }
  return out;
}

}  // namespace kata::practice
