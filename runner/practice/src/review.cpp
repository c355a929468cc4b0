// The review model: sessions rated from attempts, FSRS-4.5 memory updates.
#include "kata/practice/review.hpp"

#include <algorithm>
#include <array>
#include <cmath>  // std::pow, std::exp, std::lround

#include <fmt/format.h>

#include <kata/judge/growth.hpp>

namespace kata::practice {

namespace {

// FSRS-4.5 default parameters w0..w16.
constexpr std::array<double, 17> w = {0.4872, 1.4003, 3.7145, 13.8206, 5.1618, 1.2298,
                                      0.8975, 0.031,  1.6474, 0.1367,  1.0461, 2.1072,
                                      0.0793, 0.3246, 1.587,  0.2272,  2.8755};

constexpr double kMaxBelievedSeconds = 6 * 3600;  // a `kata start` left open overnight says nothing
constexpr int kMaxInterval = 365;

double clamp_difficulty(double d) { return std::clamp(d, 1.0, 10.0); }

double initial_difficulty(Rating g) {
  return w[4] - (static_cast<int>(g) - 3) * w[5];
}

}  // namespace

std::string_view to_string(Rating g) {
  switch (g) {
    case Rating::again: return "again";
    case Rating::hard: return "hard";
    case Rating::good: return "good";
    case Rating::easy: return "easy";
  }
  return "?";
}

namespace fsrs {

double retrievability(double days, double stability) {
  if (stability <= 0) return 0;
  return std::pow(1 + kFactor * std::max(0.0, days) / stability, kDecay);
}

Memory first(Rating g) {
  return {clamp_difficulty(initial_difficulty(g)), w[static_cast<int>(g) - 1]};
}

Memory next(const Memory& m, double days, Rating g) {
  const double r = retrievability(days, m.stability);
  const int gi = static_cast<int>(g);
  Memory out;
  // Difficulty moves against the rating, then reverts a little toward D0(good) so
  // that a run of hard days cannot pin it at 10 ("ease hell").
  out.difficulty = clamp_difficulty(w[7] * initial_difficulty(Rating::good) +
                                    (1 - w[7]) * (m.difficulty - w[6] * (gi - 3)));
  if (g == Rating::again) {
    double forgot = w[11] * std::pow(m.difficulty, -w[12]) *
                    (std::pow(m.stability + 1, w[13]) - 1) * std::exp(w[14] * (1 - r));
    out.stability = std::min(m.stability, forgot);
  } else {
    double hard = g == Rating::hard ? w[15] : 1.0;
    double easy = g == Rating::easy ? w[16] : 1.0;
    double grow = std::exp(w[8]) * (11 - m.difficulty) * std::pow(m.stability, -w[9]) *
                  (std::exp(w[10] * (1 - r)) - 1) * hard * easy;
    out.stability = m.stability * (grow + 1);
  }
  out.stability = std::max(out.stability, 0.01);
  return out;
}

int interval_days(double stability) {
  // I(r, S) = S / F * (r^(1/C) - 1), which is S itself at r = 0.9.
  double days = stability / kFactor * (std::pow(kRetention, 1 / kDecay) - 1);
  return static_cast<int>(std::clamp<long>(std::lround(days), 1, kMaxInterval));
}

}  // namespace fsrs

double target_seconds(std::string_view difficulty) {
  if (difficulty == "Easy") return 15 * 60;
  if (difficulty == "Hard") return 45 * 60;
  return 30 * 60;
}

bool is_failed_try(judge::Verdict v) {
  using judge::Verdict;
  return v == Verdict::WA || v == Verdict::TLE || v == Verdict::MLE || v == Verdict::RE;
}

bool slower_than_stated(const std::string& fitted, const std::string& stated) {
  using judge::growth::Class;
  auto find = [](const std::string& name) -> std::optional<Class> {
    for (Class c : {Class::constant, Class::log_n, Class::n, Class::n_log_n, Class::n_squared,
                    Class::n_cubed, Class::exponential})
      if (judge::growth::name(c) == name) return c;
    return std::nullopt;
  };
  auto f = find(fitted), s = find(stated);
  return f && s && judge::growth::order(*f) > judge::growth::order(*s);
}

Rating rate(bool solved, int failed_before, std::optional<double> seconds,
            std::string_view difficulty, bool hinted, bool revealed, bool slower) {
  if (!solved || revealed) return Rating::again;
  if (hinted || slower) return Rating::hard;
  const double t = target_seconds(difficulty);
  if (failed_before >= 3 || (seconds && *seconds > 2 * t)) return Rating::hard;
  if (failed_before >= 1 && seconds && *seconds > t) return Rating::hard;
  if (failed_before == 0 && seconds && *seconds <= t / 2) return Rating::easy;
  return Rating::good;
}

double Card::recall(Day on) const {
  return fsrs::retrievability(days_between(last().day, on), memory().stability);
}

const Card* Reviews::find(const std::string& slug) const {
  auto it = cards.find(slug);
  return it == cards.end() ? nullptr : &it->second;
}

Reviews replay(const std::vector<Record>& records, Day until, const judge::Catalog* catalog) {
  // Group each problem's attempts by day; std::map keeps days in order, and the
  // vector keeps one day's attempts in file order.
  struct DayRecords {
    std::vector<const Record*> attempts;
    bool hinted = false, revealed = false, slower = false;
  };
  struct Seen {
    std::string pattern, difficulty;
    std::map<Day, DayRecords> days;
  };
  std::map<std::string, Seen> by_problem;
  for (const auto& r : records) {
    if (r.event == Event::start || r.event == Event::drill || r.event == Event::interview)
      continue;
    if (r.event == Event::bench && (r.reference || !slower_than_stated(r.fitted, r.stated)))
      continue;  // only a bench that found the attempt slower than stated weighs
    if (r.event == Event::attempt && r.verdict == judge::Verdict::ERR) continue;
    auto day = record_day(r);
    if (!day || *day >= until) continue;
    auto& s = by_problem[r.problem];
    if (!r.pattern.empty()) s.pattern = r.pattern;
    if (!r.difficulty.empty()) s.difficulty = r.difficulty;
    auto& d = s.days[*day];
    if (r.event == Event::attempt) d.attempts.push_back(&r);
    d.hinted = d.hinted || r.event == Event::hint;
    d.revealed = d.revealed || r.event == Event::reveal;
    d.slower = d.slower || r.event == Event::bench;
  }

  Reviews out;
  for (auto& [slug, seen] : by_problem) {
    Card card;
    card.slug = slug;
    card.pattern = seen.pattern;
    card.difficulty = seen.difficulty;
    if (const judge::Problem* p = catalog ? catalog->find(slug) : nullptr) {
      card.pattern = p->meta.pattern;
      card.difficulty = p->meta.difficulty;
    }
    for (const auto& [day, what] : seen.days) {
      // Hints alone judge nothing: no session. A reveal is one (again).
      if (what.attempts.empty() && !what.revealed) continue;
      Session s;
      s.day = day;
      s.attempts = static_cast<int>(what.attempts.size());
      s.hinted = what.hinted;
      s.revealed = what.revealed;
      s.slower = what.slower;
      for (const Record* a : what.attempts) {
        if (a->verdict == judge::Verdict::AC) {
          s.solved = true;
          if (a->seconds && *a->seconds > 0 && *a->seconds <= kMaxBelievedSeconds)
            s.seconds = a->seconds;
          break;
        }
        if (is_failed_try(a->verdict)) ++s.failed_before;
      }
      s.rating = rate(s.solved, s.failed_before, s.seconds, card.difficulty, s.hinted, s.revealed,
                      s.slower);
      if (card.sessions.empty()) {
        s.after = fsrs::first(s.rating);
      } else {
        const Session& prev = card.sessions.back();
        s.after = fsrs::next(prev.after, days_between(prev.day, day), s.rating);
      }
      // A lapse comes back the next day, whatever its stability (a relearning step).
      s.interval = s.rating == Rating::again ? 1 : fsrs::interval_days(s.after.stability);
      card.sessions.push_back(s);
    }
    if (!card.sessions.empty()) out.cards.emplace(slug, std::move(card));
  }
  return out;
}

std::string format_duration(double seconds) {
  long s = std::lround(std::max(0.0, seconds));
  if (s < 60) return fmt::format("{}s", s);
  if (s < 3600) return s % 60 ? fmt::format("{}m {}s", s / 60, s % 60) : fmt::format("{}m", s / 60);
  return fmt::format("{}h {}m", s / 3600, (s % 3600) / 60);
}

std::string describe(const Session& s) {
  std::string tries = s.failed_before == 1 ? "1 failed try" : fmt::format("{} failed tries", s.failed_before);
  std::string out;
  if (s.solved) {
    out = s.failed_before ? "AC after " + tries : "AC at the first try";
    if (s.seconds) out += " in " + format_duration(*s.seconds);
  } else {
    out = s.attempts ? "not solved" : "not tried";
    if (s.failed_before) out += ", " + tries;
  }
  if (s.revealed)
    out += ", solution read";
  else if (s.hinted)
    out += ", with hints";
  if (s.slower) out += ", slower than stated (kata bench)";
  return out + " (" + std::string(to_string(s.rating)) + ")";
}

std::string format_percent(double fraction) {
  return fmt::format("{}%", std::lround(fraction * 100));
}

}  // namespace kata::practice
