// How kata runs an H2O (kata/judge/interleave.hpp): 300 runs a case (50 for the
// largest, 60 threads a run), each on a fresh H2O with one thread per letter of `water`, started in that order (a run's
// seed pauses some starts); every release callback may stall its thread before
// and after it records its letter. Many outputs are right, so a run is checked,
// not compared: cut into groups of three, every group must hold two H and one O.
// The answer is "HHO" once per molecule when every run passed; else the first
// wrong run: its first bad group (or where it stopped making progress), its
// number and seed.

template <class H2O>
struct Harness {
  string run(string water) {
    namespace il = kata::judge::interleave;
    const auto hydrogens = std::count(water.begin(), water.end(), 'H');
    const auto n = static_cast<std::ptrdiff_t>(water.size() / 3);
    if (water.size() % 3 != 0 || n < 1 || n > 20 || hydrogens != 2 * n ||
        water.find_first_not_of("HO") != string::npos)
      throw std::invalid_argument("water must hold 2n H and n O, 1 <= n <= 20");
    string molecules;
    for (std::ptrdiff_t i = 0; i < n; ++i) molecules += "HHO";
    vector<string> names;
    for (std::size_t i = 0; i < water.size(); ++i)
      names.push_back((water[i] == 'H' ? "hydrogen " : "oxygen ") + std::to_string(i + 1));
    il::Options options;
    vector<int> order(water.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = static_cast<int>(i);
    options.start_order = order;
    options.quiet_limit = std::chrono::milliseconds(500);
    const int runs = std::clamp(3000 / static_cast<int>(water.size()), 50, 300);
    auto wrong = il::first_wrong_run(
        runs, 1117, options,
        [&](il::Run& run) {
          auto h2o = std::make_shared<H2O>();
          vector<function<void()>> bodies;
          for (char atom : water)
            if (atom == 'H')
              bodies.push_back([h2o, say = il::say(run, "H")] { h2o->hydrogen(say); });
            else
              bodies.push_back([h2o, say = il::say(run, "O")] { h2o->oxygen(say); });
          return bodies;
        },
        names,
        [&](const string& printed) -> std::optional<string> {
          for (std::size_t at = 0; at + 3 <= printed.size(); at += 3) {
            const string group = printed.substr(at, 3);
            if (std::count(group.begin(), group.end(), 'H') != 2)
              return printed + ": molecule " + std::to_string(at / 3 + 1) + " is " + group;
          }
          if (printed.size() != water.size()) return printed + ": not every atom was released";
          return std::nullopt;
        });
    return wrong ? *wrong : molecules;
  }
};
