// Stress: generator + brute force in this process, the attempt in its child; then shrinking.
#include "kata/attempt/stress.hpp"

#include "toolchain.hpp"  // read_file

#include <unistd.h>  // getpid

#include <algorithm>
#include <fstream>
#include <limits>
#include <map>
#include <sstream>
#include <stdexcept>

namespace kata::attempt {

using namespace judge;  // the attempt room works in the judge's terms

namespace fs = std::filesystem;

std::uint64_t stress_seed(std::uint64_t seed, int k) {
  // One SplitMix64 step over (seed, k): neighbouring k give unrelated seeds.
  std::uint64_t z = seed * 0x9E3779B97F4A7C15ULL + static_cast<std::uint64_t>(k) + 1;
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
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

  // Judges the inputs the brute force accepts, in order, in children of at most
  // opts.batch cases; the first that the attempt gets wrong, with its result.
  // The first input the attempt fails, judged in batches: the case, its result,
  // and its index in `inputs`.
  struct Failure {
    Case c;
    CaseResult result;
    std::size_t index = 0;
  };
  std::optional<Failure> first_failure(const std::vector<Json>& inputs,
                                       const std::string& name_prefix) {
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
          if (cases[k].name == r.name)
            return Failure{std::move(cases[k]), std::move(r), index_of[k]};
      }
    }
    return std::nullopt;
  }

  void learn_lengths() {
    for (int j = 0; j < 20; ++j) {
      auto in = generate(stress_seed(0x51ee, j), 1);
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

  const int small = std::max(1, meta.gen_small);
  std::optional<Stresser::Failure> failure;
  int failing_size = 0;
  std::uint64_t failing_seed = 0;
  for (int k = 0; k < opts.iterations && !failure;) {
    std::vector<Json> inputs;
    std::vector<std::pair<std::uint64_t, int>> origin;
    for (int end = std::min(opts.iterations, k + std::max(1, opts.batch)); k < end; ++k) {
      std::uint64_t seed = stress_seed(opts.seed, k);
      int size = 1 + k % small;
      if (auto in = s.generate(seed, size)) {
        inputs.push_back(std::move(*in));
        origin.emplace_back(seed, size);
      }
    }
    result.inputs_run += static_cast<int>(inputs.size());
    failure = s.first_failure(inputs, "input-");
    if (failure) std::tie(failing_seed, failing_size) = origin[failure->index];
  }
  if (!failure) return result;
  failure->c.name = "stress-seed-" + std::to_string(failing_seed);
  result.original = failure->c;

  // 1. Smaller sizes from the generator, smallest first.
  for (int size = 1; size < failing_size && s.evaluations < opts.shrink_evaluations; ++size) {
    std::vector<Json> inputs;
    for (int j = 0; j < 24; ++j)
      if (auto in =
              s.generate(stress_seed(failing_seed ^ static_cast<std::uint64_t>(size), j), size))
        inputs.push_back(std::move(*in));
    if (auto f = s.first_failure(inputs, "smaller-")) {
      failure = std::move(f);
      ++result.shrink_rounds;
      break;
    }
  }
  // 2. Delete chunks of arrays (or design calls) while it still fails.
  s.learn_lengths();
  while (s.evaluations < opts.shrink_evaluations) {
    auto candidates = s.deletions(failure->c.input);
    if (candidates.empty()) break;
    auto f = s.first_failure(candidates, "smaller-");
    if (!f) break;
    failure = std::move(f);
    ++result.shrink_rounds;
  }
  failure->c.name = "stress-seed-" + std::to_string(failing_seed);
  failure->result.name = failure->c.name;
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
