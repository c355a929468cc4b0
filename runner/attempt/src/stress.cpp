// Stress: generator + brute force in this process, the attempt in its child; then shrinking.
#include "kata/attempt/stress.hpp"

#include "toolchain.hpp"  // read_file

#include <unistd.h>  // getpid

#include <algorithm>
#include <array>
#include <chrono>
#include <fstream>
#include <limits>
#include <map>
#include <random>
#include <set>
#include <sstream>
#include <stdexcept>

namespace kata::attempt {

using namespace judge;  // the attempt room works in the judge's terms

namespace fs = std::filesystem;

namespace {

// One SplitMix64 step over (seed, k): neighbouring k give unrelated numbers.
std::uint64_t mix(std::uint64_t seed, std::uint64_t k) {
  std::uint64_t z = seed * 0x9E3779B97F4A7C15ULL + k + 1;
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

}  // namespace

std::uint64_t random_seed() {
  std::random_device device;
  std::uint64_t entropy = (static_cast<std::uint64_t>(device()) << 32) ^ device();
  auto now = static_cast<std::uint64_t>(
      std::chrono::high_resolution_clock::now().time_since_epoch().count());
  return mix(entropy, now) % kSeedSpan;
}

int stress_size(std::uint64_t input_seed, int sizes) {
  auto n = static_cast<std::uint64_t>(std::max(1, sizes));
  return 1 + static_cast<int>(input_seed % n);
}

std::uint64_t stress_seed(std::uint64_t seed, int k, int sizes) {
  if (k == 0) return seed;  // a failing input's seed, given back, makes it input 0
  auto n = static_cast<std::uint64_t>(std::max(1, sizes));
  std::uint64_t mixed = mix(seed, static_cast<std::uint64_t>(k)) % kSeedSpan;
  // Input k's size continues input 0's: 1 + (seed + k) mod n. Rounding down to a
  // multiple of n and adding the residue stays below kSeedSpan + n: no overflow.
  std::uint64_t residue = (seed % n + static_cast<std::uint64_t>(k) % n) % n;
  return mixed - mixed % n + residue;
}

namespace {

constexpr std::size_t kNoArray = std::numeric_limits<std::size_t>::max();

struct Stresser {
  const ProblemMeta& meta;
  const Reference& ref;
  const StressOptions& opts;
  Build build;
  int evaluations = 0;
  std::vector<std::size_t>
      min_len;  // per top-level argument: the shortest array the generator makes

  std::optional<Json> brute(const Json& input) const {
    try {
      Outcome out = ref.brute(input, call_options(meta));
      return meta.answer_arg >= 0 ? std::move(out.args_after.at(0)) : std::move(out.answer);
    } catch (...) {
      return std::nullopt;
    }
  }

  std::optional<Json> generate(std::uint64_t seed, int size) const {
    try {
      kata::gen::Random rng(seed);
      return ref.generate(rng, size);
    } catch (...) {
      return std::nullopt;
    }
  }

  // The first input the attempt fails, judged in batches of at most opts.batch (in
  // order, only those the brute force accepts): the case, its result, and its index
  // in `inputs`. `judged` counts the inputs judged up to and including it (all of
  // them when none fails).
  struct Failure {
    Case c;
    CaseResult result;
    std::size_t index = 0;
  };
  std::optional<Failure> first_failure(const std::vector<Json>& inputs,
                                       const std::string& name_prefix, int* judged = nullptr) {
    std::size_t chunk = static_cast<std::size_t>(std::max(1, opts.batch));
    for (std::size_t start = 0; start < inputs.size(); start += chunk) {
      std::vector<Case> cases;
      std::vector<std::size_t> index_of;  // aligned with cases
      for (std::size_t i = start; i < inputs.size() && i < start + chunk; ++i) {
        auto expected = brute(inputs[i]);
        if (!expected) continue;
        Case c;
        c.name = name_prefix + std::to_string(i);
        c.input = inputs[i];
        c.expected = std::move(*expected);
        cases.push_back(std::move(c));
        index_of.push_back(i);
      }
      if (cases.empty()) continue;
      evaluations += static_cast<int>(cases.size());
      auto results = run_cases(build, meta, cases, ref.checker, opts.attempt);
      for (auto& r : results) {
        if (r.verdict == Verdict::AC || r.verdict == Verdict::ERR) continue;
        for (std::size_t k = 0; k < cases.size(); ++k)
          if (cases[k].name == r.name) {
            if (judged) *judged += static_cast<int>(k) + 1;
            return Failure{std::move(cases[k]), std::move(r), index_of[k]};
          }
      }
      if (judged) *judged += static_cast<int>(cases.size());
    }
    return std::nullopt;
  }

  void learn_lengths() {
    for (int j = 0; j < 20; ++j) {
      auto in = generate(mix(0x51ee, static_cast<std::uint64_t>(j)), 1);
      if (!in || !in->is_array()) continue;
      if (min_len.size() < in->size()) min_len.resize(in->size(), kNoArray - 1);
      for (std::size_t a = 0; a < in->size(); ++a) {
        if (min_len[a] == kNoArray) continue;
        if (!(*in)[a].is_array())
          min_len[a] = kNoArray;
        else
          min_len[a] = std::min(min_len[a], (*in)[a].size());
      }
    }
  }

  // Every input made from `in` by deleting one chunk, biggest chunks first.
  std::vector<Json> deletions(const Json& in) const {
    std::vector<Json> out;
    if (!in.is_array()) return out;
    // Chunk sizes: every size for short arrays (a failure may need an even cut),
    // halves, quarters, ... for long ones; biggest first.
    auto chunks = [](std::size_t len, std::size_t floor, auto&& emit) {
      if (len <= floor) return;
      std::vector<std::size_t> sizes;
      if (len <= 16)
        for (std::size_t size = len - floor; size >= 1; --size) sizes.push_back(size);
      else
        for (std::size_t size = len / 2; size >= 1; size /= 2) sizes.push_back(size);
      for (std::size_t size : sizes)
        for (std::size_t at = 0; at + size <= len; at += (len <= 16 ? 1 : size))
          if (len - size >= floor) emit(at, size);
    };
    if (meta.kind == ProblemMeta::Kind::design) {
      if (in.size() != 2 || !in[0].is_array() || !in[1].is_array() || in[0].size() != in[1].size())
        return out;
      std::size_t calls = in[0].size() - 1;  // the constructor stays
      chunks(calls, 0, [&](std::size_t at, std::size_t size) {
        Json c = in;
        for (int list = 0; list < 2; ++list) {
          auto& v = c[static_cast<std::size_t>(list)].get_ref<Json::array_t&>();
          v.erase(v.begin() + static_cast<long>(at + 1),
                  v.begin() + static_cast<long>(at + 1 + size));
        }
        out.push_back(std::move(c));
      });
      return out;
    }
    // Top-level array arguments, grouped by length: parallel arrays shrink together.
    std::map<std::size_t, std::vector<std::size_t>> groups;
    for (std::size_t a = 0; a < in.size(); ++a)
      if (in[a].is_array() && a < min_len.size() && min_len[a] != kNoArray)
        groups[in[a].size()].push_back(a);
    for (const auto& [len, args] : groups) {
      std::size_t floor = 0;
      for (auto a : args) floor = std::max(floor, min_len[a]);
      chunks(len, floor, [&](std::size_t at, std::size_t size) {
        Json c = in;
        for (auto a : args) {
          auto& v = c[a].get_ref<Json::array_t&>();
          v.erase(v.begin() + static_cast<long>(at), v.begin() + static_cast<long>(at + size));
        }
        out.push_back(std::move(c));
      });
    }
    return out;
  }

  // Every input made from `in` by moving one integer value toward 0 ("JSON values"
  // in stress.hpp), most promising first: every value moved all the way, then every
  // value moved half the way, a quarter, ..., one step; smaller magnitudes before
  // larger ones at each step, since a smaller value moving down makes room for the
  // next one.
  std::vector<Json> value_moves(const Json& in) const {
    std::set<long long> values;
    for_each_integer(in, [&](long long v) { values.insert(v); });
    // Each nonzero value and the nearest value toward 0 it may reach: one past its
    // neighbour (or past 0), so its order against every other value and its sign hold.
    struct Room {
      long long from, to;
    };
    std::vector<Room> rooms;
    for (auto it = values.begin(); it != values.end(); ++it) {
      long long v = *it;
      if (v > 0) {
        long long below = it == values.begin() ? 0 : std::max(0LL, *std::prev(it));
        if (below + 1 < v) rooms.push_back({v, below + 1});
      } else if (v < 0) {
        long long above = std::next(it) == values.end() ? 0 : std::min(0LL, *std::next(it));
        if (above - 1 > v) rooms.push_back({v, above - 1});
      }
    }
    auto magnitude = [](long long v) { return v < 0 ? -static_cast<unsigned long long>(v)
                                                    : static_cast<unsigned long long>(v); };
    std::stable_sort(rooms.begin(), rooms.end(), [&](const Room& a, const Room& b) {
      return magnitude(a.from) < magnitude(b.from);
    });
    std::vector<Json> out;
    for (int halvings = 0; halvings < 64; ++halvings) {
      bool any = false;
      for (const auto& room : rooms) {
        // from and to share a sign: their difference cannot overflow.
        unsigned long long distance = magnitude(room.from - room.to);
        unsigned long long step = distance >> halvings;
        if (step == 0) continue;
        any = true;
        long long to = room.from > 0 ? room.from - static_cast<long long>(step)
                                     : room.from + static_cast<long long>(step);
        Json c = in;
        replace_integer(c, room.from, to);
        out.push_back(std::move(c));
      }
      if (!any) break;
    }
    return out;
  }

  // The integers of a JSON value, at any depth (booleans and floating-point numbers
  // are not integers; unsigned ones beyond long long are left alone).
  template <class F>
  static void for_each_integer(const Json& j, F&& f) {
    if (j.is_array() || j.is_object()) {
      for (const auto& e : j) for_each_integer(e, f);
    } else if (j.is_number_integer()) {
      if (j.is_number_unsigned() &&
          j.get<std::uint64_t>() > static_cast<std::uint64_t>(std::numeric_limits<long long>::max()))
        return;
      f(j.get<long long>());
    }
  }
  static void replace_integer(Json& j, long long from, long long to) {
    if (j.is_array() || j.is_object()) {
      for (auto& e : j) replace_integer(e, from, to);
    } else if (j.is_number_integer() && !(j.is_number_unsigned() && j.get<std::uint64_t>() >
                                              static_cast<std::uint64_t>(
                                                  std::numeric_limits<long long>::max()))) {
      if (j.get<long long>() == from) j = to;
    }
  }
};

}  // namespace

StressResult stress(const ProblemMeta& meta, const Reference& ref, const fs::path& attempt,
                    const StressOptions& opts) {
  StressResult result;
  if (!ref.generate) {
    result.error = meta.slug + " has no generator (gen.cpp)";
    return result;
  }
  if (!ref.brute) {
    result.error = meta.slug + " has no brute force (brute.cpp)";
    return result;
  }
  Stresser s{meta, ref, opts, {}, 0, {}};
  // With the sanitizers on (the default), every input runs in the sanitized runner: a
  // report is a failure like a wrong answer (the inputs are small, the cost is slight).
  BuildKind kind = opts.attempt.sanitize ? BuildKind::sanitized : BuildKind::fast;
  s.build = result.build = build_attempt(meta, attempt, kind, opts.attempt.toolchain);
  if (!s.build.ok) return result;

  const int sizes = std::max(1, meta.gen_small);
  std::optional<Stresser::Failure> failure;
  int failing_size = 0;
  for (int k = 0; k < opts.iterations && !failure;) {
    std::vector<Json> inputs;
    std::vector<std::pair<std::uint64_t, int>> origin;  // aligned with inputs
    for (int end = std::min(opts.iterations, k + std::max(1, opts.batch)); k < end; ++k) {
      std::uint64_t seed = stress_seed(opts.seed, k, sizes);
      int size = stress_size(seed, sizes);
      if (auto in = s.generate(seed, size)) {
        inputs.push_back(std::move(*in));
        origin.emplace_back(seed, size);
      }
    }
    failure = s.first_failure(inputs, "input-", &result.inputs_run);
    if (failure) std::tie(result.failing_seed, failing_size) = origin[failure->index];
  }
  if (!failure) return result;
  const std::string name = "stress-seed-" + std::to_string(result.failing_seed);
  failure->c.name = name;
  result.original = failure->c;

  // From here on, everything depends on the failing input and its seed alone (not on
  // the inputs before it), so `--seed <failing_seed>` shrinks to the same case.
  s.evaluations = 0;
  auto within_budget = [&] { return s.evaluations < opts.shrink_evaluations; };
  // 1. Smaller sizes from the generator, smallest first.
  for (int size = 1; size < failing_size && within_budget(); ++size) {
    std::vector<Json> inputs;
    for (int j = 0; j < 24; ++j)
      if (auto in = s.generate(
              mix(result.failing_seed ^ static_cast<std::uint64_t>(size), static_cast<std::uint64_t>(j)),
              size))
        inputs.push_back(std::move(*in));
    if (auto f = s.first_failure(inputs, "smaller-")) {
      failure = std::move(f);
      ++result.shrink_rounds;
      break;
    }
  }
  // 2 and 3. Delete chunks of arrays (or design calls), move values toward 0: each
  // while it still fails, taking turns until neither finds a smaller failing input.
  s.learn_lengths();
  const std::array<std::vector<Json> (Stresser::*)(const Json&) const, 2> steps{
      &Stresser::deletions, &Stresser::value_moves};
  // Steps in a row that found nothing new (a step that did is done: 1).
  for (int step = 0, idle = 0; idle < 2 && within_budget(); step = 1 - step) {
    bool moved = false;
    while (within_budget()) {
      auto candidates = (s.*steps[static_cast<std::size_t>(step)])(failure->c.input);
      if (candidates.empty()) break;
      auto f = s.first_failure(candidates, "smaller-");
      if (!f) break;
      failure = std::move(f);
      ++result.shrink_rounds;
      moved = true;
    }
    idle = moved ? 1 : idle + 1;
  }
  failure->c.name = name;
  failure->result.name = name;
  result.shrunk = failure->c;
  result.verdict = failure->result;
  result.candidates_judged = s.evaluations;
  return result;
}

std::string save_case(const fs::path& file, const Case& c) {
  Json doc = {{"cases", Json::array()}};
  std::error_code ec;
  if (fs::exists(file, ec)) {
    std::optional<Json> existing = json_from_text(toolchain::read_file(file));
    if (!existing || !existing->is_object() || !existing->contains("cases") ||
        !(*existing)["cases"].is_array())
      throw std::runtime_error(file.string() +
                               " is not a case file ({\"cases\": [...]}); not touched");
    doc = std::move(*existing);
  }
  auto& cases = doc["cases"];
  for (const auto& old : cases)
    if (old.is_object() && old.contains("input") && old["input"] == c.input)
      return old.value("name", std::string());
  auto taken = [&](const std::string& name) {
    return std::any_of(cases.begin(), cases.end(), [&](const Json& old) {
      return old.is_object() && old.value("name", "") == name;
    });
  };
  std::string name = c.name;
  for (int n = 2; taken(name); ++n) name = c.name + "-" + std::to_string(n);
  Json entry = {{"name", name}, {"input", c.input}};
  if (c.expected) entry["expected"] = *c.expected;
  cases.push_back(std::move(entry));
  if (file.has_parent_path()) fs::create_directories(file.parent_path());
  fs::path tmp = file;
  tmp += ".tmp." + std::to_string(::getpid());
  {
    std::ofstream out(tmp, std::ios::trunc);
    // One case a line: diffs of the file stay readable.
    out << "{\n  \"cases\": [\n";
    for (std::size_t i = 0; i < cases.size(); ++i)
      out << "    " << json_to_text(cases[i]) << (i + 1 < cases.size() ? ",\n" : "\n");
    out << "  ]\n}\n";
    if (!out) throw std::runtime_error("cannot write " + tmp.string());
  }
  fs::rename(tmp, file);
  return name;
}

}  // namespace kata::attempt
