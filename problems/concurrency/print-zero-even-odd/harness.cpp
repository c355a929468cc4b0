// How kata runs a ZeroEvenOdd (kata/judge/interleave.hpp): each run makes a fresh
// ZeroEvenOdd(n) and three threads, calling zero, even and odd, started in an
// order the run's seed picks; every printNumber call may stall its thread before
// and after it records the number. A thread that prints a number of another
// kind records "[x from even]" instead. Stalls are up to 50 µs. Runs: 300 for
// small n, fewer as n grows (about 12000 prints a case in all, at least 10). The answer is "0102...0n" when every run printed it; else the
// first wrong run: where it went wrong (or where it stopped making progress),
// its number and seed.

template <class ZeroEvenOdd>
struct Harness {
  string run(int n) {
    namespace il = kata::judge::interleave;
    if (n < 1 || n > 1000) throw std::invalid_argument("n must be in [1, 1000]");
    string expected;
    for (int i = 1; i <= n; ++i) expected += "0" + std::to_string(i);
    const int runs = std::clamp(6000 / n, 10, 300);
    il::Options options;
    options.max_stall = std::chrono::microseconds(50);
    options.quiet_limit = std::chrono::milliseconds(500);
    // printNumber for the thread of one kind: 0 zero, 1 odd, 2 even.
    auto printer = [](il::Run run, int kind) -> function<void(int)> {
      return [run, kind](int x) mutable {
        const bool fits = kind == 0 ? x == 0 : x > 0 && x % 2 == (kind == 1 ? 1 : 0);
        const char* who[] = {"zero", "odd", "even"};
        run.point();
        run.record(fits ? std::to_string(x) : "[" + std::to_string(x) + " from " + who[kind] + "]");
        run.point();
      };
    };
    auto wrong = il::first_wrong_run(
        runs, 1116, options,
        [&](il::Run& run) {
          auto zeo = std::make_shared<ZeroEvenOdd>(n);
          return vector<function<void()>>{
              [zeo, print = printer(run, 0)] { zeo->zero(print); },
              [zeo, print = printer(run, 2)] { zeo->even(print); },
              [zeo, print = printer(run, 1)] { zeo->odd(print); }};
        },
        {"the caller of zero", "the caller of even", "the caller of odd"},
        [&](const string& printed) { return il::differs(printed, expected); });
    return wrong ? *wrong : expected;
  }
};
