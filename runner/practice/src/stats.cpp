// Progress in numbers.
#include "kata/practice/stats.hpp"

#include <algorithm>
#include <cmath>
#include <set>

namespace kata::practice {

namespace {

std::optional<double> median(std::vector<double> v) {
  if (v.empty()) return std::nullopt;
  std::sort(v.begin(), v.end());
  std::size_t n = v.size();
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

// The per-pattern tallies before they are summed up.
struct Tally {
  PatternStats stats;
  std::set<std::string> seen, solved;
  std::vector<double> seconds;
  double recall_sum = 0;
  int cards = 0;

  void finish() {
    stats.seen = static_cast<int>(seen.size());
    stats.solved = static_cast<int>(solved.size());
    stats.median_seconds = median(seconds);
    stats.mean_recall = cards ? recall_sum / cards : 0.0;
  }
};

}  // namespace

std::map<Day, int> attempts_per_day(const std::vector<Record>& records, Day until) {
  std::map<Day, int> out;
  for (const auto& r : records) {
    if (r.event != Event::attempt) continue;
    if (auto d = record_day(r); d && *d <= until) ++out[*d];
  }
  return out;
}

Streaks streaks(const std::map<Day, int>& per_day, Day today) {
  Streaks s;
  int run = 0;
  std::optional<Day> prev;
  for (const auto& [day, n] : per_day) {
    if (n <= 0 || day > today) continue;
    ++s.active_days;
    run = prev && days_between(*prev, day) == 1 ? run + 1 : 1;
    prev = day;
    if (run > s.longest) {
      s.longest = run;
      s.longest_end = day;
    }
  }
  // The run that ends on the last active day is current if that day is today or
  // yesterday: today is not over yet.
  if (prev && days_between(*prev, today) <= 1) s.current = run;
  return s;
}

std::vector<int> review_forecast(const Reviews& reviews, Day today, int days) {
  std::vector<int> out(static_cast<std::size_t>(std::max(days, 0)), 0);
  for (const auto& [slug, card] : reviews.cards) {
    int in = std::max(0, days_between(today, card.due()));
    if (in < days) ++out[static_cast<std::size_t>(in)];
  }
  return out;
}

std::map<std::string, Progress> progress_by_problem(const std::vector<Record>& records,
                                                    const judge::Catalog& catalog, Day today) {
  std::map<std::string, Progress> out;
  for (const auto& r : records) {
    auto day = record_day(r);
    if (!day || *day > today) continue;
    if (r.event == Event::drill || r.event == Event::interview || r.event == Event::bench)
      continue;  // not practice itself
    Progress& p = out[r.problem];
    p.seen = true;
    if (r.event != Event::attempt || r.verdict == judge::Verdict::ERR) continue;
    p.tried = true;
    p.solved = p.solved || r.verdict == judge::Verdict::AC;
  }
  for (const auto& [slug, card] : replay(records, today + std::chrono::days{1}, &catalog).cards)
    if (days_between(today, card.due()) <= 0) out[slug].due = true;
  return out;
}

std::vector<bool> first_ac_of_session(const std::vector<Record>& records) {
  std::vector<bool> out(records.size(), false);
  std::set<std::pair<std::string, Day>> solved;  // sessions with an AC so far
  for (std::size_t i = 0; i < records.size(); ++i) {
    const Record& r = records[i];
    if (r.event != Event::attempt || r.verdict != judge::Verdict::AC) continue;
    auto day = record_day(r);
    if (day && solved.emplace(r.problem, *day).second) out[i] = true;
  }
  return out;
}

Stats compute_stats(const std::vector<Record>& records, const judge::Catalog& catalog, Day today) {
  Stats out;
  out.day = today;
  std::vector<std::string> order;
  std::map<std::string, Tally> tallies;
  auto tally = [&](const std::string& pattern) -> Tally& {
    auto [it, fresh] = tallies.try_emplace(pattern);
    if (fresh) {
      it->second.stats.pattern = pattern;
      order.push_back(pattern);
    }
    return it->second;
  };
  for (const auto& p : catalog.problems) ++tally(p.meta.pattern).stats.in_catalog;

  Tally all;
  all.stats.pattern = "all";
  all.stats.in_catalog = static_cast<int>(catalog.problems.size());
  const std::vector<bool> first_ac = first_ac_of_session(records);
  for (std::size_t i = 0; i < records.size(); ++i) {
    const Record& r = records[i];
    auto day = record_day(r);
    if (!day || *day > today) continue;
    const judge::Problem* p = catalog.find(r.problem);
    Tally& t = tally(p ? p->meta.pattern : (r.pattern.empty() ? "(unknown)" : r.pattern));
    if (r.event == Event::interview || r.event == Event::bench) continue;  // its attempts count, as attempts
    if (r.event == Event::drill) {  // a statement read and its pattern named: not practised
      for (Tally* x : {&t, &all}) {
        ++x->stats.drills;
        x->stats.recognised += r.right ? 1 : 0;
      }
      continue;
    }
    for (Tally* x : {&t, &all}) {
      x->seen.insert(r.problem);
      if (r.event != Event::attempt || r.verdict == judge::Verdict::ERR) continue;
      ++x->stats.attempts;
      if (r.verdict != judge::Verdict::AC) continue;
      ++x->stats.accepted;
      x->solved.insert(r.problem);
      if (first_ac[i] && r.seconds) x->seconds.push_back(*r.seconds);
    }
  }

  Reviews reviews = replay(records, today + std::chrono::days{1}, &catalog);
  for (const auto& [slug, card] : reviews.cards) {
    Tally& t = tally(card.pattern.empty() ? "(unknown)" : card.pattern);
    int until_due = days_between(today, card.due());
    for (Tally* x : {&t, &all}) {
      if (until_due <= 0) ++x->stats.due_now;
      if (until_due < 7) ++x->stats.due_week;
      x->recall_sum += card.recall(today);
      ++x->cards;
    }
  }

  for (const auto& name : order) {
    Tally& t = tallies.at(name);
    t.finish();
    out.patterns.push_back(t.stats);
  }
  all.finish();
  out.total = all.stats;
  const auto progress = progress_by_problem(records, catalog, today);
  for (const auto& list : catalog.lists) {
    ListStats ls{list.name, list.title};
    for (const auto& e : list.entries()) {
      ++ls.on_list;
      const judge::Problem* p = catalog.find_id(e.id);
      if (!p) continue;
      ++ls.in_catalog;
      auto it = progress.find(p->meta.slug);
      if (it == progress.end()) continue;
      ls.seen += it->second.seen;
      ls.solved += it->second.solved;
      ls.due_now += it->second.due;
    }
    out.lists.push_back(ls);
  }
  out.streaks = streaks(attempts_per_day(records, today), today);
  std::map<std::string, const Record*> last_bench;
  for (const auto& r : records) {
    auto day = record_day(r);
    if (r.event == Event::bench && !r.reference && day && *day <= today) last_bench[r.problem] = &r;
  }
  for (const auto& [slug, r] : last_bench)
    if (slower_than_stated(r->fitted, r->stated)) out.slower.push_back({slug, r->fitted, r->stated});
  return out;
}

namespace {

judge::Json pattern_json(const PatternStats& p) {
  return {{"pattern", p.pattern},
          {"in_catalog", p.in_catalog},
          {"seen", p.seen},
          {"solved", p.solved},
          {"attempts", p.attempts},
          {"accepted", p.accepted},
          {"ac_rate", p.attempts ? judge::Json(std::round(p.ac_rate() * 1000) / 1000) : judge::Json()},
          {"median_seconds_to_ac", p.median_seconds ? judge::Json(*p.median_seconds) : judge::Json()},
          {"due_now", p.due_now},
          {"due_this_week", p.due_week},
          {"mean_recall", std::round(p.mean_recall * 1000) / 1000},
          {"drills", p.drills},
          {"named_in_drills", p.recognised}};
}

judge::Json list_json(const ListStats& l) {
  return {{"list", l.name},       {"title", l.title}, {"on_list", l.on_list},
          {"in_catalog", l.in_catalog}, {"seen", l.seen},   {"solved", l.solved},
          {"due_now", l.due_now}};
}

}  // namespace

Progress progress_of(const std::map<std::string, Progress>& progress, const std::string& slug) {
  auto it = progress.find(slug);
  return it == progress.end() ? Progress{} : it->second;
}

judge::Json stats_json(const Stats& s, const std::vector<std::string>& skipped_lines) {
  judge::Json patterns = judge::Json::array();
  for (const auto& p : s.patterns) patterns.push_back(pattern_json(p));
  judge::Json lists = judge::Json::array();
  for (const auto& l : s.lists) lists.push_back(list_json(l));
  judge::Json slower = judge::Json::array();
  for (const auto& x : s.slower)
    slower.push_back({{"problem", x.problem}, {"fitted", x.fitted}, {"stated", x.stated}});
  const judge::Json streak = {
      {"current", s.streaks.current},
      {"longest", s.streaks.longest},
      {"longest_end", s.streaks.longest_end ? judge::Json(format_day(*s.streaks.longest_end))
                                            : judge::Json()},
      {"active_days", s.streaks.active_days}};
  return {{"date", format_day(s.day)},
          {"patterns", patterns},
          {"lists", lists},
          {"slower_than_stated", slower},
          {"total", pattern_json(s.total)},
          {"streak", streak},
          {"skipped_lines", skipped_lines}};
}

std::string status_name(const Progress& p) {
  return p.solved ? "solved" : p.tried ? "tried" : p.seen ? "started" : "new";
}

judge::Json problems_json(const judge::Catalog& catalog,
                          const std::map<std::string, Progress>& progress,
                          const std::vector<std::string>& patterns) {
  judge::Json list = judge::Json::array();
  for (const auto& p : catalog.problems) {
    if (!patterns.empty() &&
        std::find(patterns.begin(), patterns.end(), p.meta.pattern) == patterns.end())
      continue;
    const auto pr = progress_of(progress, p.meta.slug);
    list.push_back({{"id", p.meta.id},
                    {"slug", p.meta.slug},
                    {"title", p.meta.title},
                    {"pattern", p.meta.pattern},
                    {"difficulty", p.meta.difficulty},
                    {"status", status_name(pr)},
                    {"due", pr.due}});
  }
  return {{"problems", list}};
}

judge::Json study_list_json(const judge::ProblemList& list, const judge::Catalog& catalog,
                            const std::map<std::string, Progress>& progress) {
  judge::Json problems = judge::Json::array();
  std::size_t have = 0, total = 0;
  for (const auto& s : list.sections)
    for (const auto& e : s.problems) {
      const judge::Problem* p = catalog.find_id(e.id);
      ++total;
      have += p != nullptr;
      const auto pr = p ? progress_of(progress, p->meta.slug) : Progress{};
      problems.push_back({{"id", e.id},
                          {"title", e.title},
                          {"section", s.title},
                          {"slug", p ? judge::Json(p->meta.slug) : judge::Json()},
                          {"pattern", p ? judge::Json(p->meta.pattern) : judge::Json()},
                          {"status", p ? judge::Json(status_name(pr)) : judge::Json()},
                          {"due", p ? judge::Json(pr.due) : judge::Json()}});
    }
  return {{"list", list.name},
          {"title", list.title},
          {"in_kata", have},
          {"total", total},
          {"problems", problems}};
}

}  // namespace kata::practice
