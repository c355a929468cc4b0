// How kata runs a Foo, for every case: 300 runs, each on a fresh Foo, each under a
// seed of its own (kata/judge/interleave.hpp). A run starts three threads in the
// case's order, thread i calling the method numbered nums[i]; each print callback
// is a point where the seed may stall its thread, before and after it records its
// word. The answer is what every run printed, "firstsecondthird"; the first run
// that printed anything else, or stopped making progress (a deadlock, a lost
// wake-up), gives the answer instead: what it printed and how to replay it.

template <class Foo>
struct Harness {
  static constexpr int kRuns = 300;

  string run(vector<int> nums) {
    namespace il = kata::judge::interleave;
    if (nums.size() != 3 || std::is_permutation(nums.begin(), nums.end(), vector<int>{1, 2, 3}.begin()) == false)
      throw std::invalid_argument("nums must be a permutation of [1, 2, 3]");
    il::Options options;
    options.start_order = vector<int>{0, 1, 2};  // thread i is the i-th of the case
    options.quiet_limit = std::chrono::milliseconds(1000);
    const string expected = "firstsecondthird";
    auto finding = il::explore(kRuns, 1114, options, [&](il::Run& run, il::Outcome& out) {
      // Shared with the threads, which outlive this run if they are stuck.
      auto foo = std::make_shared<Foo>();
      auto print = [run](const char* word) mutable {
        return [run, word]() mutable {
          run.point();
          run.record(word);
          run.point();
        };
      };
      vector<function<void()>> bodies;
      for (int which : nums)
        bodies.push_back([foo, which, first = print("first"), second = print("second"),
                          third = print("third")] {
          if (which == 1) foo->first(first);
          if (which == 2) foo->second(second);
          if (which == 3) foo->third(third);
        });
      out = run.run(std::move(bodies));
      string printed;
      for (const auto& e : out.events) printed += e.what;
      std::optional<string> why;
      if (!out.finished) {
        string stuck;
        for (int t : out.stuck)
          stuck += string(stuck.empty() ? "" : ", ") + "the caller of " +
                   (nums[t] == 1 ? "first" : nums[t] == 2 ? "second" : "third");
        why = printed + " (then no progress for 1 s: " + stuck + " never returned)";
      } else if (printed != expected) {
        why = printed;
      }
      return why;
    });
    if (!finding) return expected;
    return finding->why + " in run " + std::to_string(finding->run + 1) + " of " +
           std::to_string(kRuns) + " (seed " + std::to_string(finding->seed) + ")";
  }
};
