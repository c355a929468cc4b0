// How kata runs a FooBar (kata/judge/interleave.hpp): each run makes a fresh
// FooBar(n) and two threads, one calling foo and one bar, started in an order
// the run's seed picks; every print callback may stall its thread before and
// after it records its word (for up to 50 µs). Runs: 300 for small n, fewer as n
// grows (about 12000 prints a case in all, at least 10 runs: a long run has many
// chances to go wrong). The answer is "foobar" n times
// when every run printed it; else the first wrong run: what it printed (or where
// it stopped making progress), its number and seed.

template <class FooBar>
struct Harness {
  string run(int n) {
    namespace il = kata::judge::interleave;
    if (n < 1 || n > 1000) throw std::invalid_argument("n must be in [1, 1000]");
    string expected;
    for (int i = 0; i < n; ++i) expected += "foobar";
    const int runs = std::clamp(6000 / n, 10, 300);
    il::Options options;
    options.max_stall = std::chrono::microseconds(50);
    options.quiet_limit = std::chrono::milliseconds(500);
    auto wrong = il::first_wrong_run(
        runs, 1115, options,
        [&](il::Run& run) {
          auto foobar = std::make_shared<FooBar>(n);
          return vector<function<void()>>{
              [foobar, say = il::say(run, "foo")] { foobar->foo(say); },
              [foobar, say = il::say(run, "bar")] { foobar->bar(say); }};
        },
        {"the caller of foo", "the caller of bar"},
        [&](const string& printed) { return il::differs(printed, expected); });
    return wrong ? *wrong : expected;
  }
};
