// How kata runs a DiningPhilosophers (kata/judge/interleave.hpp): each run makes
// one object and five threads, philosopher p's thread calling wantsToEat(p, ...)
// n times in a row, started in an order the run's seed picks. Every callback may
// stall its thread before and after it logs its action (up to 50 µs), the way a
// real pick or eat takes time. The log is LeetCode's: [p, fork, action], fork 1
// left, 2 right, 0 for eating; action 1 pick up, 2 put down, 3 eat. Philosopher
// p's right fork is fork p and his left fork is fork (p + 1) % 5, his left
// neighbour's right one.
//
// A run is right when, read in order, its log never has a fork picked up while
// another philosopher holds it (or twice by one), an eat without both forks, a
// fork put down that is not held, and at the end every fork is down and every
// philosopher ate exactly n times. Runs: 300 for n = 1, fewer as n grows (about
// 1500 meals a case in all, at least 20). The answer is "each of the 5
// philosophers ate n times" ("1 time") when every run was right; else the first wrong
// run: the rule it broke, at which entry of its log, the entries before it,
// and its number and seed.

template <class DiningPhilosophers>
struct Harness {
  string run(int n) {
    namespace il = kata::judge::interleave;
    if (n < 1 || n > 60) throw std::invalid_argument("n must be in [1, 60]");
    const string ok = "each of the 5 philosophers ate " + std::to_string(n) +
                      (n == 1 ? " time" : " times");
    const int runs = std::clamp(300 / n, 20, 300);
    il::Options options;
    options.max_stall = std::chrono::microseconds(50);
    options.quiet_limit = std::chrono::milliseconds(500);
    // A callback logs "[p,fork,action]" (by value: a thread left blocked by a
    // stuck run may still call it after this function has returned).
    auto logs = [](const il::Run& run, int p, int fork, int action) {
      return il::say(run, "[" + std::to_string(p) + "," +
                              std::to_string(fork) + "," +
                              std::to_string(action) + "]");
    };
    auto wrong = il::first_invalid_run(
        runs, 1226, options,
        [&](il::Run& run) {
          auto table = std::make_shared<DiningPhilosophers>();
          vector<function<void()>> bodies;
          for (int p = 0; p < 5; ++p)
            bodies.push_back([table, n, p, pl = logs(run, p, 1, 1),
                              pr = logs(run, p, 2, 1), eat = logs(run, p, 0, 3),
                              ul = logs(run, p, 1, 2),
                              ur = logs(run, p, 2, 2)] {
              for (int i = 0; i < n; ++i)
                table->wantsToEat(p, pl, pr, eat, ul, ur);
            });
          return bodies;
        },
        {"philosopher 0", "philosopher 1", "philosopher 2", "philosopher 3",
         "philosopher 4"},
        [&](const vector<il::Event>& log) { return broken_rule(log, n); },
        ", ");
    return wrong ? *wrong : ok;
  }

  // Why the log breaks a rule, or nullopt.
  static std::optional<string> broken_rule(
      const vector<kata::judge::interleave::Event>& log, int n) {
    int holder[5] = {-1, -1, -1, -1, -1};
    int meals[5] = {};
    const char* side[] = {"", "left", "right"};
    auto at = [&](std::size_t i, const string& rule) {
      return kata::judge::interleave::at_entry(log, i, rule);
    };
    for (std::size_t i = 0; i < log.size(); ++i) {
      const string& e = log[i].what;
      if (e.size() != 7 || e[0] != '[')
        return at(i, "philosopher " + std::to_string(log[i].thread) + " " + e);
      const int p = e[1] - '0', f = e[3] - '0', action = e[5] - '0';
      const int fork = f == 2 ? p : (p + 1) % 5;
      const string who = "philosopher " + std::to_string(p);
      if (action == 1) {
        if (holder[fork] == p)
          return at(i, who + " picked up his " + side[f] + " fork (fork " +
                           std::to_string(fork) + ") twice");
        if (holder[fork] >= 0)
          return at(i, who + " picked up his " + side[f] + " fork (fork " +
                           std::to_string(fork) + ") while philosopher " +
                           std::to_string(holder[fork]) + " held it");
        holder[fork] = p;
      } else if (action == 2) {
        if (holder[fork] != p)
          return at(i, who + " put down his " + side[f] + " fork (fork " +
                           std::to_string(fork) + "), which he did not hold");
        holder[fork] = -1;
      } else {
        const bool right = holder[p] == p, left = holder[(p + 1) % 5] == p;
        if (!left || !right)
          return at(i, who + " ate " +
                           (left    ? "holding only his left fork"
                            : right ? "holding only his right fork"
                                    : "holding neither fork"));
        ++meals[p];
      }
    }
    for (int f = 0; f < 5; ++f)
      if (holder[f] >= 0)
        return "philosopher " + std::to_string(holder[f]) +
               " still held fork " + std::to_string(f) +
               " when every call had returned";
    for (int p = 0; p < 5; ++p)
      if (meals[p] != n)
        return "philosopher " + std::to_string(p) + " ate " +
               std::to_string(meals[p]) + " times, not " + std::to_string(n);
    return std::nullopt;
  }
};
