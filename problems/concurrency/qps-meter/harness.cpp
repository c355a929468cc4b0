// How kata runs a QpsMeter (kata/judge/interleave.hpp): each run makes
// QpsMeter() and as many threads as the largest phase has lists, started in
// an order the run's seed picks. The phases are kept apart by a barrier: in
// phase p, thread i calls hit(t) (a "hit" phase) or qps(t) (a "qps" phase)
// for each t of times[p][i], in order, and every thread waits at the
// barrier until all of them are done, before the next phase starts. Each
// call may stall its thread before and after it (up to 50 µs), so the hits
// of different threads land in many orders: a thread's hit(5) may come after
// another's hit(1005). Runs: 200 for a few calls, fewer for more (about 4000
// calls a case, at least 4).
//
// The log has "hit(t)" as each hit returns and "qps(t) = x" as each query
// returns x; a phase's entries all come before the next phase's. A run is
// right when every query returned the number of hits logged before it (all
// of them from earlier phases) whose time lies in (t - 1000, t].
//
// The answer, when every run was right: the queries' answers, phase by
// phase, each phase's lists in order, "[3,3,2]". Else the first wrong run:
// the query that was wrong, the log up to it, the run's number and seed.

template <class QpsMeter>
struct Harness {
  string run(vector<string> phases, vector<vector<vector<long long>>> times) {
    namespace il = kata::judge::interleave;
    int threads = 1;
    long long hits = 0, queries = 0, latest = 0;
    bool valid = !phases.empty() && phases.size() <= 100 &&
                 phases.size() == times.size();
    for (std::size_t p = 0; valid && p < phases.size(); ++p) {
      const bool hit = phases[p] == "hit";
      valid = (hit || phases[p] == "qps") && !times[p].empty() &&
              times[p].size() <= 16;
      long long most = latest;  // the latest time of this phase
      for (const auto& list : times[p])
        for (std::size_t i = 0; valid && i < list.size(); ++i) {
          valid = list[i] >= latest && list[i] <= 1'000'000'000 &&
                  (i == 0 || list[i] >= list[i - 1]);
          most = std::max(most, list[i]);
          ++(hit ? hits : queries);
        }
      latest = most;
      threads = std::max(threads, static_cast<int>(times[p].size()));
    }
    if (!valid || hits > 10000 || queries > 1000)
      throw std::invalid_argument(
          "1 to 100 phases, each \"hit\" or \"qps\" with 1 to 16 lists of "
          "times; times in [0, 10^9], never decreasing within a list, none "
          "earlier than a time of an earlier phase; at most 10^4 hits and "
          "10^3 queries");
    // The right answers: the hits of the earlier phases in each window.
    vector<long long> before;  // hit times of the phases so far, sorted
    string answer = "[";
    for (std::size_t p = 0; p < phases.size(); ++p) {
      if (phases[p] == "hit") {
        for (const auto& list : times[p])
          before.insert(before.end(), list.begin(), list.end());
        std::sort(before.begin(), before.end());
        continue;
      }
      for (const auto& list : times[p])
        for (const long long t : list)
          answer += (answer.size() > 1 ? "," : "") +
                    std::to_string(in_window(before, t));
    }
    answer += "]";

    const int runs =
        std::clamp(static_cast<int>(4000 / (hits + queries + 1)), 4, 200);
    il::Options options;
    options.max_stall = std::chrono::microseconds(50);
    options.quiet_limit = std::chrono::milliseconds(500);
    auto shared_phases = std::make_shared<const vector<string>>(phases);
    auto shared_times =
        std::make_shared<const vector<vector<vector<long long>>>>(times);
    auto wrong = il::first_invalid_run(
        runs, 9003, options,
        [&](il::Run& run) {
          auto meter = std::make_shared<QpsMeter>();
          auto between = std::make_shared<std::barrier<>>(threads);
          vector<function<void()>> bodies;
          // Each body holds what it uses by value: a thread left blocked by a
          // stuck run may outlive this function.
          for (int i = 0; i < threads; ++i)
            bodies.push_back([run, meter, between, ph = shared_phases,
                              ts = shared_times, i]() mutable {
              for (std::size_t p = 0; p < ph->size(); ++p) {
                const bool hit = (*ph)[p] == "hit";
                if (static_cast<std::size_t>(i) < (*ts)[p].size())
                  for (const long long t : (*ts)[p][i]) {
                    const string call =
                        (hit ? "hit(" : "qps(") + std::to_string(t) + ")";
                    try {
                      run.point();
                      if (hit) {
                        meter->hit(t);
                        run.record(call);
                      } else {
                        run.record(call + " = " +
                                   std::to_string(meter->qps(t)));
                      }
                      run.point();
                    } catch (const std::exception& e) {
                      run.record(call + " threw: " + e.what());
                      between->arrive_and_drop();  // the others go on
                      return;
                    } catch (...) {
                      run.record(call + " threw an exception");
                      between->arrive_and_drop();
                      return;
                    }
                  }
                between->arrive_and_wait();
              }
            });
          return bodies;
        },
        names(threads),
        [&](const vector<il::Event>& log) {
          return broken_rule(log, hits, queries);
        },
        ", ");
    return wrong ? *wrong : answer;
  }

  static vector<string> names(int threads) {
    vector<string> out;
    for (int t = 0; t < threads; ++t)
      out.push_back("thread " + std::to_string(t + 1));
    return out;
  }

  // How many of the sorted times lie in (now - 1000, now].
  static long long in_window(const vector<long long>& sorted, long long now) {
    return std::upper_bound(sorted.begin(), sorted.end(), now) -
           std::upper_bound(sorted.begin(), sorted.end(), now - 1000);
  }

  // The number written in s at `at` (an optional minus, then digits), moving
  // `at` past it.
  static long long number(const string& s, std::size_t& at) {
    const bool minus = at < s.size() && s[at] == '-';
    long long value = 0;
    for (at += minus; at < s.size() && s[at] >= '0' && s[at] <= '9' &&
                      value < 1'000'000'000'000'000;
         ++at)
      value = value * 10 + (s[at] - '0');
    return minus ? -value : value;
  }

  // Why a finished run's log breaks a rule, or nullopt.
  static std::optional<string> broken_rule(
      const vector<kata::judge::interleave::Event>& log, long long hits,
      long long queries) {
    auto at = [&](std::size_t i, const string& rule) {
      return kata::judge::interleave::at_entry(log, i, rule);
    };
    vector<long long> seen;  // the hits logged so far
    bool sorted = true;
    long long asked = 0;
    for (std::size_t i = 0; i < log.size(); ++i) {
      // "hit(t)" or "qps(t) = x"; anything else is a call that threw.
      const string& e = log[i].what;
      const bool hit = e.rfind("hit(", 0) == 0;
      if (!hit && e.rfind("qps(", 0) != 0) return at(i, e);
      std::size_t end = 4;
      const long long t = number(e, end);
      if (hit && e.compare(end, string::npos, ")") == 0) {
        seen.push_back(t);
        sorted = false;
        continue;
      }
      if (hit || e.compare(end, 4, ") = ") != 0) return at(i, e);
      end += 4;
      const long long got = number(e, end);
      if (end != e.size()) return at(i, e);
      if (!sorted) std::sort(seen.begin(), seen.end()), sorted = true;
      const long long right = in_window(seen, t);
      ++asked;
      if (got != right)
        return at(i, "qps(" + std::to_string(t) + ") returned " +
                         std::to_string(got) + ", but the window (" +
                         std::to_string(t - 1000) + ", " + std::to_string(t) +
                         "] holds " + std::to_string(right) +
                         " of the hits logged before it");
    }
    if (static_cast<long long>(seen.size()) != hits || asked != queries)
      return "the log has " + std::to_string(seen.size()) + " hits and " +
             std::to_string(asked) + " queries, not " + std::to_string(hits) +
             " and " + std::to_string(queries);
    return std::nullopt;
  }
};
