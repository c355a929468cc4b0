// The review model: when to come back to a problem, FSRS-style, rated from the
// attempts themselves rather than from buttons pressed.
//
// Glossary
//   card       one problem as the scheduler sees it (its sessions and memory state)
//   session    all judged attempts at one problem on one local day, with the hints
//              and reveals of that day; one review
//   rating     G in {1 again, 2 hard, 3 good, 4 easy}, derived from a session
//   D          difficulty of the card for this person, in [1, 10]
//   S          stability: days until recall probability falls to 90%
//   R          retrievability: the probability of recall t days after the last session
//
// Rating a session (kata asks nothing; the attempts say how it went)
//   Failed tries are WA, TLE, MLE and RE before the day's first AC. CE is a typo,
//   not a lapse of memory, and ERR is the judge's fault: neither counts, and ERR
//   attempts are left out of the session altogether. The time is the first AC's
//   `seconds` (since `kata start`), believed when 0 < seconds <= 6 h. The target
//   time T comes from the problem's difficulty: Easy 15 min, Medium 30, Hard 45
//   (30 when unknown).
//
//     the reference read that day (kata solution)         -> 1 again
//     no AC that day                                      -> 1 again
//     AC with a hint used that day (kata hint)            -> 2 hard
//     AC after >= 3 failed tries, or time > 2 T           -> 2 hard
//     AC after 1-2 failed tries and time > T              -> 2 hard
//     AC at the first try and time known and <= T / 2     -> 4 easy
//     any other AC                                        -> 3 good
//
//   The first row that holds decides. A day with a reveal and no attempt is a
//   session too (again: the problem comes back the next day); a day with hints
//   and no attempt is not (nothing was judged).
//
// The formulas (FSRS-4.5, with its published default parameters w0..w16)
//   R(t, S)   = (1 + F t / S)^C,  F = 19/81, C = -0.5, so R(S, S) = 0.9
//   first session:  S0(G) = w[G-1],  D0(G) = w4 - (G - 3) w5
//   later sessions, t = whole days since the previous session, R = R(t, S):
//     D' = w7 D0(3) + (1 - w7) (D - w6 (G - 3)), clamped to [1, 10]
//     G > 1:  S' = S (e^w8 (11 - D) S^-w9 (e^(w10 (1 - R)) - 1) h e + 1),
//             h = w15 when G = 2 else 1,  e = w16 when G = 4 else 1
//     G = 1:  S' = min(S, w11 D^-w12 ((S + 1)^w13 - 1) e^(w14 (1 - R)))
//   interval at 90% desired retention: I = S days, rounded, within [1, 365];
//   after "again", I = 1 whatever S (a lapse is relearnt the next day);
//   due = the day of the last session + I.
//
// Days are local days (day.hpp): a session is a day, so t >= 1 between sessions.
// The parameters were fitted to flashcards, not to coding problems; they give
// sensible first intervals (again/hard: 1 day, good: 4, easy: 14) and grow from
// there. Re-fitting them to a person's log is left for later.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <kata/judge/catalog.hpp>
#include <kata/practice/day.hpp>
#include <kata/practice/log.hpp>

namespace kata::practice {

enum class Rating { again = 1, hard = 2, good = 3, easy = 4 };
std::string_view to_string(Rating g);  // "again", "hard", "good", "easy"

struct Memory {
  double difficulty = 0;  // D
  double stability = 0;   // S, days
};

namespace fsrs {

inline constexpr double kFactor = 19.0 / 81.0;
inline constexpr double kDecay = -0.5;
inline constexpr double kRetention = 0.9;

double retrievability(double days, double stability);
Memory first(Rating g);
Memory next(const Memory& m, double days, Rating g);
int interval_days(double stability);

}  // namespace fsrs

// Target seconds to solve by the problem's difficulty ("Easy", "Medium", "Hard").
double target_seconds(std::string_view difficulty);
// The table above.
Rating rate(bool solved, int failed_before, std::optional<double> seconds,
            std::string_view difficulty, bool hinted = false, bool revealed = false,
            bool slower = false);
// A bench's fitted class worse than the stated one (growth.hpp's names: "n²" is
// worse than "n"); false when either is empty or not a class.
bool slower_than_stated(const std::string& fitted, const std::string& stated);
// Counts as a failed try before an AC.
bool is_failed_try(judge::Verdict verdict);

struct Session {
  Day day;
  int attempts = 0;       // judged attempts that day, ERR left out
  int failed_before = 0;  // failed tries before the first AC (all of them without one)
  bool solved = false;
  std::optional<double> seconds;  // to the first AC, when believed
  bool hinted = false;            // kata hint showed a rung that day
  bool revealed = false;          // kata solution showed the reference that day
  bool slower = false;  // kata bench read the attempt, that day, as growing faster than the stated cost
  Rating rating = Rating::again;
  Memory after;           // the memory state this session left
  int interval = 1;       // days until the next review, from `after`
};

// One problem's reviews, oldest session first. Only problems with at least one
// session have a card.
struct Card {
  std::string slug, pattern, difficulty;
  std::vector<Session> sessions;
  const Session& last() const { return sessions.back(); }
  const Memory& memory() const { return sessions.back().after; }
  Day due() const { return last().day + std::chrono::days{last().interval}; }
  double recall(Day on) const;  // R on that day
  int overdue(Day on) const { return days_between(due(), on); }  // > 0: late
};

struct Reviews {
  std::map<std::string, Card> cards;  // by slug
  const Card* find(const std::string& slug) const;
};

// Replays every attempt, hint and reveal whose local day is before `until` (exclusive), in day
// order (records of one day in file order). The problem's difficulty and pattern
// come from the catalog when it knows the slug, else from the record.
Reviews replay(const std::vector<Record>& records, Day until, const judge::Catalog* catalog);

// "AC after 2 failed tries in 34 min (hard)", "not solved, 3 failed tries (again)".
std::string describe(const Session& s);
// 754 -> "12m 34s", 45 -> "45s", 4000 -> "1h 6m".
std::string format_duration(double seconds);
// 0.874 -> "87%": a recall or a rate as shown to the person.
std::string format_percent(double fraction);

}  // namespace kata::practice
