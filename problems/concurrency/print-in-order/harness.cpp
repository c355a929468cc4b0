// How kata runs a Foo (kata/judge/interleave.hpp): 300 runs a case, each on a fresh
// Foo under a seed of its own. A run starts three threads in the case's order,
// thread i calling the method numbered nums[i]; each print callback may stall its
// thread before and after it records its word. The answer is "firstsecondthird"
// when every run printed it; else the first wrong run: what it printed (or where
// it stopped making progress: a deadlock, a lost wake-up), its number and seed.

template <class Foo>
struct Harness {
  static constexpr int kRuns = 300;

  string run(vector<int> nums) {
    namespace il = kata::judge::interleave;
    vector<int> sorted = nums;
    std::sort(sorted.begin(), sorted.end());
    if (sorted != vector<int>{1, 2, 3})
      throw std::invalid_argument("nums must be a permutation of [1, 2, 3]");
    const string expected = "firstsecondthird";
    const char* method[] = {"", "first", "second", "third"};
    vector<string> names;
    for (int which : nums) names.push_back(string("the caller of ") + method[which]);
    il::Options options;
    options.start_order = vector<int>{0, 1, 2};  // thread i is the case's i-th
    options.quiet_limit = std::chrono::milliseconds(500);
    auto wrong = il::first_wrong_run(
        kRuns, 1114, options,
        [&](il::Run& run) {
          // Shared with the threads, which outlive the run if it is stuck.
          auto foo = std::make_shared<Foo>();
          vector<function<void()>> bodies;
          for (int which : nums)
            bodies.push_back([foo, which, first = il::say(run, "first"),
                              second = il::say(run, "second"), third = il::say(run, "third")] {
              if (which == 1) foo->first(first);
              if (which == 2) foo->second(second);
              if (which == 3) foo->third(third);
            });
          return bodies;
        },
        names,
        [&](const string& printed) -> std::optional<string> {
          if (printed == expected) return std::nullopt;
          return printed;
        });
    return wrong ? *wrong : expected;
  }
};
