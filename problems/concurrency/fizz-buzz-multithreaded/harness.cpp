// How kata runs a FizzBuzz (kata/judge/interleave.hpp): each run makes a fresh
// FizzBuzz(n) and four threads, calling fizz, buzz, fizzbuzz and number, started
// in an order the run's seed picks; every print callback may stall its thread
// before and after it records its token (for up to 50 µs). A number printed by
// printNumber that is the fizz, buzz or fizzbuzz thread's records "[x from
// number]" instead. Runs: 300 for small n, fewer as n grows (about 3000 tokens a
// case in all, at least 20). The answer is the series, its tokens joined by
// commas ("1,2,fizz,4,buzz"), when every run printed it; else the first wrong
// run: where it went wrong (or where it stopped making progress), its number
// and seed.

template <class FizzBuzz>
struct Harness {
  string run(int n) {
    namespace il = kata::judge::interleave;
    if (n < 1 || n > 50) throw std::invalid_argument("n must be in [1, 50]");
    string expected;
    for (int i = 1; i <= n; ++i)
      expected += (i > 1 ? "," : "") + (i % 15 == 0  ? string("fizzbuzz")
                                        : i % 3 == 0 ? string("fizz")
                                        : i % 5 == 0 ? string("buzz")
                                                     : std::to_string(i));
    const int runs = std::clamp(3000 / n, 20, 300);
    il::Options options;
    options.max_stall = std::chrono::microseconds(50);
    options.quiet_limit = std::chrono::milliseconds(500);
    auto wrong = il::first_wrong_run(
        runs, 1195, options,
        [&](il::Run& run) {
          auto fb = std::make_shared<FizzBuzz>(n);
          auto word = [&](const char* w) { return il::say(run, w); };
          // The Run by value: a thread left blocked by a stuck run may still
          // call printNumber after this function has returned.
          function<void(int)> number = [run](int x) {
            const bool mine = x % 3 != 0 && x % 5 != 0;
            il::say(run, mine ? std::to_string(x)
                              : "[" + std::to_string(x) + " from number]")();
          };
          return vector<function<void()>>{
              [fb, print = word("fizz")] { fb->fizz(print); },
              [fb, print = word("buzz")] { fb->buzz(print); },
              [fb, print = word("fizzbuzz")] { fb->fizzbuzz(print); },
              [fb, print = number] { fb->number(print); }};
        },
        {"the caller of fizz", "the caller of buzz", "the caller of fizzbuzz",
         "the caller of number"},
        [&](const string& printed) { return il::differs(printed, expected); },
        ",");
    return wrong ? *wrong : expected;
  }
};
