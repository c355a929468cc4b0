// How kata runs a Channel (kata/judge/interleave.hpp): each run makes
// Channel(capacity), `producers` threads, `receivers` threads and a closer,
// started in an order the run's seed picks. Producer p sends p * each, ...,
// p * each + each - 1 and stops at its first false; a receiver receives until
// nullopt. The closer closes the channel once every producer has returned (as
// Go code closes after a WaitGroup), or, when close_after >= 0, as soon as that
// many values have been received (producers may be blocked in send then); then
// it sends once more, which must return false. Every send and receive may
// stall its thread before and after it (up to 50 µs). Runs: 300 for a few
// values, fewer for more (about 6000 values a case, at least 10).
//
// The log has "+x" when send(x) returned true, "x refused" when it returned
// false, "-x" when receive returned x, "close" just before close() is called,
// and "late send: true/false". A run is right when every value sent is
// received exactly once and no other value is; no send returns false before
// the close; the late send returns false; each receiver gets each producer's
// values in the order they were sent (first in, first out); every thread
// returns; and the channel never holds more than its capacity, checked by a
// balance: +1 as each send returns true, -1 as each receive is called. At any
// moment the channel holds at least that many, so a balance above the capacity
// proves an overfill, and a right channel never shows one.
//
// The answer, when every run was right: "all N values received once; the late
// send returned false" (with close_after: "every value sent was received once;
// ..."). Else the first wrong run: the rule, the log up to it, run and seed.

template <class Channel>
struct Harness {
  string run(int capacity, int producers, int each, int receivers,
             int close_after) {
    namespace il = kata::judge::interleave;
    if (capacity < 1 || capacity > 100 || producers < 1 || producers > 8 ||
        each < 0 || each > 1000 || receivers < 1 || receivers > 8 ||
        close_after < -1 || close_after > producers * each)
      throw std::invalid_argument(
          "capacity in [1, 100], producers in [1, 8], each in [0, 1000], "
          "receivers in [1, 8], "
          "close_after -1 or in [0, producers * each]");
    const int total = producers * each;
    const string late = "; the late send returned false";
    const string ok =
        close_after < 0
            ? "all " + std::to_string(total) + " values received once" + late
            : "every value sent was received once" + late;
    const int runs = std::clamp(6000 / (total + receivers + 1), 10, 300);
    il::Options options;
    options.max_stall = std::chrono::microseconds(50);
    options.quiet_limit = std::chrono::milliseconds(500);
    auto wrong = il::first_invalid_run(
        runs, 9001, options,
        [&](il::Run& run) {
          auto ch = std::make_shared<Channel>(capacity);
          // Shared by the threads, by value in each (a thread left blocked by a
          // stuck run may outlive this function).
          struct Shared {
            std::atomic<int> producers_done{0}, received{0}, balance{0};
          };
          auto shared = std::make_shared<Shared>();
          vector<function<void()>> bodies;
          for (int p = 0; p < producers; ++p)
            bodies.push_back([run, ch, shared, p, each, capacity]() mutable {
              for (int x = p * each; x < (p + 1) * each; ++x) {
                run.point();
                if (!ch->send(x)) {
                  run.record(std::to_string(x) + " refused");
                  break;
                }
                if (const int b = shared->balance.fetch_add(1) + 1;
                    b > capacity)
                  run.record("over " + std::to_string(b));
                run.record("+" + std::to_string(x));
                run.point();
              }
              shared->producers_done.fetch_add(1);
            });
          for (int r = 0; r < receivers; ++r)
            bodies.push_back([run, ch, shared]() mutable {
              while (true) {
                run.point();
                shared->balance.fetch_sub(1);
                const optional<int> x = ch->receive();
                if (!x) break;
                run.record("-" + std::to_string(*x));
                shared->received.fetch_add(1);
                run.point();
              }
            });
          bodies.push_back([run, ch, shared, producers, close_after]() mutable {
            // Waits without points: if the others stop, the run is stuck.
            while (close_after < 0 ? shared->producers_done.load() < producers
                                   : shared->received.load() < close_after)
              std::this_thread::sleep_for(std::chrono::microseconds(20));
            run.point();
            run.record("close");
            ch->close();
            run.point();
            run.record(ch->send(-1) ? "late send: true" : "late send: false");
          });
          return bodies;
        },
        names(producers, receivers),
        [&](const vector<il::Event>& log) {
          return broken_rule(log, producers, each, close_after);
        },
        ", ");
    return wrong ? *wrong : ok;
  }

  static vector<string> names(int producers, int receivers) {
    vector<string> out;
    for (int t = 0; t < producers; ++t)
      out.push_back("producer " + std::to_string(t));
    for (int t = 0; t < receivers; ++t)
      out.push_back("receiver " + std::to_string(t));
    out.push_back("the closer");
    return out;
  }

  // Why a finished run's log breaks a rule, or nullopt.
  static std::optional<string> broken_rule(
      const vector<kata::judge::interleave::Event>& log, int producers,
      int each, int close_after) {
    auto at = [&](std::size_t i, const string& rule) {
      return kata::judge::interleave::at_entry(log, i, rule);
    };
    const int total = producers * each;
    vector<char> sent(static_cast<std::size_t>(total), 0), received(sent);
    // The last value of each producer each receiver got (receivers are threads
    // `producers` and up), for first in, first out.
    std::map<std::pair<int, int>, int> last;
    bool closed = false;
    for (std::size_t i = 0; i < log.size(); ++i) {
      const string& e = log[i].what;
      if (e == "close") {
        closed = true;
      } else if (e == "late send: true") {
        return at(i, "send after close returned true");
      } else if (e == "late send: false") {
      } else if (e.rfind("over ", 0) == 0) {
        return at(i, "the channel held more than its capacity: " + e.substr(5) +
                         " sends had returned true beyond the receives called");
      } else if (e.size() > 8 && e.compare(e.size() - 8, 8, " refused") == 0) {
        if (!closed)
          return at(i, "send(" + e.substr(0, e.size() - 8) +
                           ") returned false while the channel was open");
      } else if (!e.empty() && (e[0] == '+' || e[0] == '-')) {
        const int x = std::stoi(e.substr(1));
        if (x < 0 || x >= total)
          return at(i, "receive returned " + std::to_string(x) +
                           ", which nobody sent");
        if (e[0] == '+') {
          sent[static_cast<std::size_t>(x)] = 1;
          continue;
        }
        if (received[static_cast<std::size_t>(x)]++)
          return at(i,
                    "receive returned " + std::to_string(x) + " a second time");
        auto& previous = last[{log[i].thread, x / each}];
        if (previous > x)
          return at(i, "a receiver got " + std::to_string(x) + " after " +
                           std::to_string(previous) +
                           ", which the same producer sent later");
        previous = x;
      } else {
        return at(i, e);  // a thread threw
      }
    }
    for (int x = 0; x < total; ++x) {
      if (received[static_cast<std::size_t>(x)] &&
          !sent[static_cast<std::size_t>(x)])
        return "receive returned " + std::to_string(x) +
               ", whose send returned false";
      if (sent[static_cast<std::size_t>(x)] &&
          !received[static_cast<std::size_t>(x)])
        return "send(" + std::to_string(x) +
               ") returned true, but no receiver got it before nullopt";
      if (close_after < 0 && !sent[static_cast<std::size_t>(x)])
        return "send(" + std::to_string(x) + ") was never made";
    }
    return std::nullopt;
  }
};
