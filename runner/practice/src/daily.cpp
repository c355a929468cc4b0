// The daily pick.
#include "kata/practice/daily.hpp"

#include "kata/practice/aids.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

#include <fmt/format.h>

namespace kata::practice {

namespace {

int difficulty_rank(const std::string& d) {
  if (d == "Easy") return 0;
  if (d == "Medium") return 1;
  if (d == "Hard") return 2;
  return 3;
}


std::string last_seen(const Card& c, Day date) {
  int ago = days_between(c.last().day, date);
  return fmt::format("last seen {} ({} day{} ago), {}", format_day(c.last().day), ago,
                     ago == 1 ? "" : "s", describe(c.last()));
}

// The order of rules 1 and 3: lowest recall, then longest overdue, then slug.
bool more_urgent(const Card& a, const Card& b, Day date) {
  double ra = a.recall(date), rb = b.recall(date);
  if (ra != rb) return ra < rb;
  if (a.due() != b.due()) return a.due() < b.due();
  return a.slug < b.slug;
}

}  // namespace

std::string_view to_string(Pick::Kind k) {
  switch (k) {
    case Pick::Kind::review: return "review";
    case Pick::Kind::fresh: return "new";
    case Pick::Kind::early: return "early-review";
  }
  return "?";
}

std::vector<const judge::Problem*> candidates(const judge::Catalog& catalog,
                                              const judge::ProblemList* list) {
  std::vector<const judge::Problem*> out;
  if (!list) {
    for (const auto& p : catalog.problems) out.push_back(&p);
    return out;
  }
  for (const auto& e : list->entries())
    if (const judge::Problem* p = catalog.find_id(e.id)) out.push_back(p);
  return out;
}

namespace {

// Rule 2 on a list: the first problem of the list's order without a card.
std::optional<Pick> next_on_list(const judge::Catalog& catalog,
                                 const std::vector<const judge::Problem*>& problems,
                                 const Reviews& reviews, const judge::ProblemList& list,
                                 Pick pick) {
  int tried = 0;
  for (const judge::Problem* p : problems) tried += reviews.find(p->meta.slug) ? 1 : 0;
  const auto entries = list.entries();
  int position = 0;
  for (const auto& section : list.sections) {
    for (const auto& e : section.problems) {
      ++position;
      const judge::Problem* p = catalog.find_id(e.id);
      if (!p || reviews.find(p->meta.slug)) continue;
      pick.kind = Pick::Kind::fresh;
      pick.problem = p;
      pick.why = fmt::format("new problem: the next untried one on {}, in the list's order "
                             "({}, number {} of {}; tried so far: {} of the {} kata has)",
                             list.title, section.title, position, entries.size(), tried,
                             problems.size());
      return pick;
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<Pick> pick_daily(const std::vector<Record>& records, const judge::Catalog& catalog,
                               Day date, const judge::ProblemList* list) {
  const std::vector<const judge::Problem*> problems = candidates(catalog, list);
  if (problems.empty()) return std::nullopt;
  Reviews reviews = replay(records, date, &catalog);

  Pick pick;
  pick.date = date;
  pick.list = list;

  // Cards of the candidates only, in their order.
  std::vector<const Card*> cards;
  for (const judge::Problem* p : problems)
    if (const Card* c = reviews.find(p->meta.slug)) cards.push_back(c);

  const Card* due = nullptr;
  for (const Card* c : cards) {
    if (c->due() > date) continue;
    ++pick.reviews_due;
    if (!due || more_urgent(*c, *due, date)) due = c;
  }
  if (due) {
    pick.kind = Pick::Kind::review;
    pick.problem = catalog.find(due->slug);
    pick.card = *due;
    pick.recall = due->recall(date);
    int late = due->overdue(date);
    pick.why = fmt::format("due review: {}; {}, recall now {}", last_seen(*due, date),
                           late == 0 ? std::string("due today")
                                     : fmt::format("due since {}", format_day(due->due())),
                           format_percent(pick.recall));
    return pick;
  }

  if (list) {
    if (auto next = next_on_list(catalog, problems, reviews, *list, pick)) return next;
  }

  // Rule 2: per pattern, how many problems were tried and how well they are recalled.
  struct PatternState {
    int tried = 0, in_catalog = 0;
    double recall_sum = 0;
    double recognised = 1;  // kata drill: the share named right (never drilled: 1)
    const judge::Problem* first_new = nullptr;
    double mean_recall() const { return tried ? recall_sum / tried : 0.0; }
  };
  std::map<std::string, PatternState> patterns;
  for (const judge::Problem* p : problems) {
    auto& ps = patterns[p->meta.pattern];
    ++ps.in_catalog;
    if (const Card* c = reviews.find(p->meta.slug)) {
      ++ps.tried;
      ps.recall_sum += c->recall(date);
      continue;
    }
    auto key = [](const judge::Problem* q) {
      return std::tuple(difficulty_rank(q->meta.difficulty), q->meta.id, q->meta.slug);
    };
    if (!ps.first_new || key(p) < key(ps.first_new)) ps.first_new = p;
  }
  for (const auto& [name, drilled] : recognition(records, date))
    if (auto it = patterns.find(name); it != patterns.end() && drilled.first > 0)
      it->second.recognised = static_cast<double>(drilled.second) / drilled.first;
  const std::string* best = nullptr;
  auto pattern_key = [&](const std::string& name) {
    const auto& ps = patterns.at(name);
    return std::tuple(ps.tried, ps.recognised, ps.mean_recall(), name);
  };
  for (const auto& [name, ps] : patterns)
    if (ps.first_new && (!best || pattern_key(name) < pattern_key(*best))) best = &name;

  if (best) {
    const auto& ps = patterns.at(*best);
    bool tie = false;  // another pattern as little practised, but stronger
    for (const auto& [name, other] : patterns)
      if (&name != best && other.first_new && other.tried == ps.tried) tie = true;
    pick.kind = Pick::Kind::fresh;
    pick.problem = ps.first_new;
    std::string how = fmt::format("{} of {} tried", ps.tried, ps.in_catalog);
    if (ps.tried) how += ", mean recall " + format_percent(ps.mean_recall());
    if (ps.recognised < 1) how += ", named in drills " + format_percent(ps.recognised);
    pick.why = fmt::format("new problem: {} is {} ({})", *best,
                           !tie ? "your least-practised pattern"
                           : ps.tried ? "the weakest of your least-practised patterns"
                                      : "one of your least-practised patterns",
                           how);
    return pick;
  }

  // Rule 3: everything tried, nothing due.
  const Card* early = nullptr;
  for (const Card* c : cards)
    if (!early || more_urgent(*c, *early, date)) early = c;
  pick.kind = Pick::Kind::early;
  pick.problem = catalog.find(early->slug);
  pick.card = *early;
  pick.recall = early->recall(date);
  pick.why = fmt::format("early review: nothing is due and every problem{} has been tried; "
                         "this one is recalled least ({}), {}; due {}",
                         list ? " of " + list->title : std::string(), format_percent(pick.recall),
                         last_seen(*early, date), format_day(early->due()));
  return pick;
}

}  // namespace kata::practice
