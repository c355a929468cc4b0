// How kata runs a TokenBucket (kata/judge/interleave.hpp): each run makes
// TokenBucket(rate, burst) and as many threads as the largest k of the case,
// started in an order the run's seed picks. The rounds are kept apart by a
// barrier: in round i the first k_i threads each call allow(now_i) once, and
// every thread waits at the barrier until all of them have returned, before
// the next round starts. Each call may stall its thread before and after it
// (up to 50 µs). Runs: 200 for a few calls, fewer for more (about 4000 calls
// a case, at least 4).
//
// The log has "allow(now) true" or "allow(now) false" for each call as it
// returns; a round's entries all come before the next round's. A run is
// right when every round let through exactly as many calls as a right
// bucket does (the smaller of k and the whole tokens it holds: with one time
// for the whole round, that number does not depend on the order of the
// calls), and when the promise holds on every window of the log: the calls
// that returned true with times in [t1, t2] are at most
// burst + rate * (t2 - t1) / 10^6.
//
// The answer, when every run was right: the number of trues in each round,
// "[3,1,3]". Else the first wrong run: the rule it broke, the log up to it,
// its number and seed.

template <class TokenBucket>
struct Harness {
  static constexpr long long kToken = 1'000'000;  // millionths in a token

  string run(long long rate, long long burst,
             vector<vector<long long>> rounds) {
    namespace il = kata::judge::interleave;
    long long calls = 0;
    int threads = 1;
    bool valid = rate >= 1 && rate <= 1'000'000 && burst >= 1 &&
                 burst <= 1'000'000 && !rounds.empty() && rounds.size() <= 1000;
    for (std::size_t i = 0; valid && i < rounds.size(); ++i) {
      const auto& r = rounds[i];
      valid = r.size() == 2 && r[0] >= 0 && r[0] <= 1'000'000'000'000 &&
              (i == 0 || r[0] >= rounds[i - 1][0]) && r[1] >= 1 && r[1] <= 16;
      if (!valid) break;
      calls += r[1];
      threads = std::max(threads, static_cast<int>(r[1]));
    }
    if (!valid || calls > 10000)
      throw std::invalid_argument(
          "rate and burst in [1, 10^6]; 1 to 1000 rounds [now, k], now in "
          "[0, 10^12] and never below the previous round's, k in [1, 16]; "
          "at most 10^4 calls in all");
    // A right bucket, round by round: what it holds once refilled, in
    // millionths, and how many of the round's calls it lets through.
    vector<long long> held, passes;
    long long credit = burst * kToken, last = 0;
    for (const auto& r : rounds) {
      credit = std::min(burst * kToken, credit + rate * (r[0] - last));
      last = r[0];
      held.push_back(credit);
      passes.push_back(std::min(r[1], credit / kToken));
      credit -= passes.back() * kToken;
    }
    string answer = "[";
    for (std::size_t i = 0; i < passes.size(); ++i)
      answer += (i ? "," : "") + std::to_string(passes[i]);
    answer += "]";

    const int runs = std::clamp(int(4000 / calls), 4, 200);
    il::Options options;
    options.max_stall = std::chrono::microseconds(50);
    options.quiet_limit = std::chrono::milliseconds(500);
    auto shared_rounds =
        std::make_shared<const vector<vector<long long>>>(std::move(rounds));
    auto wrong = il::first_invalid_run(
        runs, 9002, options,
        [&](il::Run& run) {
          auto bucket = std::make_shared<TokenBucket>(rate, burst);
          auto between = std::make_shared<std::barrier<>>(threads);
          vector<function<void()>> bodies;
          // Each body holds what it uses by value: a thread left blocked by a
          // stuck run may outlive this function.
          for (int t = 0; t < threads; ++t)
            bodies.push_back(
                [run, bucket, between, rs = shared_rounds, t]() mutable {
                  for (const auto& r : *rs) {
                    if (t < r[1]) {
                      string said;
                      bool threw = true;
                      try {
                        run.point();
                        said = bucket->allow(r[0]) ? " true" : " false";
                        threw = false;
                      } catch (const std::exception& e) {
                        said = string(" threw: ") + e.what();
                      } catch (...) {
                        said = " threw an exception";
                      }
                      run.record("allow(" + std::to_string(r[0]) + ")" + said);
                      if (threw) {
                        between->arrive_and_drop();  // the others go on
                        return;
                      }
                      run.point();
                    }
                    between->arrive_and_wait();
                  }
                });
          return bodies;
        },
        names(threads),
        [&](const vector<il::Event>& log) {
          return broken_rule(log, rate, burst, *shared_rounds, held, passes);
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

  // Millionths of a token as a number of tokens: "3.5", "1", "0.999999".
  static string tokens(long long millionths) {
    string whole = std::to_string(millionths / kToken);
    string part = std::to_string(kToken + millionths % kToken).substr(1);
    while (!part.empty() && part.back() == '0') part.pop_back();
    return part.empty() ? whole : whole + "." + part;
  }

  // Why a finished run's log breaks a rule, or nullopt.
  static std::optional<string> broken_rule(
      const vector<kata::judge::interleave::Event>& log, long long rate,
      long long burst, const vector<vector<long long>>& rounds,
      const vector<long long>& held, const vector<long long>& passes) {
    auto at = [&](std::size_t i, const string& rule) {
      return kata::judge::interleave::at_entry(log, i, rule);
    };
    // The promise, checked as each round ends, over windows [t1, t2] with t2
    // the round's time and t1 the time of a round so far: the trues in
    // [t1, t2] number total - before(t1), and must stay within
    // burst + rate * (t2 - t1) / 10^6. So (total - before(t1)) * 10^6 -
    // rate * (t2 - t1) <= burst * 10^6, and the window most at risk starts
    // at the t1 with the least before(t1) * 10^6 - rate * t1: one minimum,
    // kept as we go.
    long long total = 0;  // trues so far
    long long least = 0, least_time = -1, least_before = 0;
    std::size_t next = 0;  // the log's next entry
    for (std::size_t i = 0; i < rounds.size(); ++i) {
      const long long now = rounds[i][0], k = rounds[i][1];
      const string call = "allow(" + std::to_string(now) + ")";
      if (i == 0 || now > rounds[i - 1][0]) {
        const long long key = total * kToken - rate * now;
        if (least_time < 0 || key < least)
          least = key, least_time = now, least_before = total;
      }
      long long trues = 0;
      for (long long c = 0; c < k; ++c, ++next) {
        if (next >= log.size())
          return "round " + std::to_string(i + 1) + " made fewer than " +
                 std::to_string(k) + " calls";
        const string& e = log[next].what;
        if (e == call + " true")
          ++trues;
        else if (e != call + " false")
          return at(next, e);  // a call threw (or the log is not ours)
      }
      total += trues;
      const std::size_t end = next - 1;  // the round's last entry
      if ((total - least_before) * kToken - rate * (now - least_time) >
          burst * kToken)
        return at(end, std::to_string(total - least_before) +
                           " calls with times in [" +
                           std::to_string(least_time) + ", " +
                           std::to_string(now) +
                           "] returned true, more than burst + rate * (" +
                           std::to_string(now) + " - " +
                           std::to_string(least_time) + ") / 10^6 = " +
                           tokens(burst * kToken + rate * (now - least_time)));
      if (trues != passes[i])
        return at(end, "round " + std::to_string(i + 1) + ", " +
                           std::to_string(k) + (k == 1 ? " call" : " calls") +
                           " of " + call + ": " + std::to_string(trues) +
                           " returned true, not " + std::to_string(passes[i]) +
                           " (a right bucket holds " + tokens(held[i]) +
                           (held[i] == kToken ? " token" : " tokens") +
                           " then)");
    }
    if (next != log.size()) return at(next, "a call no round made");
    return std::nullopt;
  }
};
