// Progress in numbers.
#include "kata/practice/stats.hpp"

#include <algorithm>
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

}  // namespace kata::practice
