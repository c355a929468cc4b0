// Study aids: see kata/practice/aids.hpp.
#include "kata/practice/aids.hpp"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>
#include <tuple>

#include <fmt/format.h>

#include <kata/practice/review.hpp>

namespace kata::practice {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> lines_of(const fs::path& file) {
  std::ifstream in(file);
  std::vector<std::string> out;
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

// A statement's link line: LeetCode's pages, or the line that says the problem is
// kata's own (problems/README.md).
bool is_link_line(const std::string& line) {
  return line.rfind("[LeetCode", 0) == 0 || line.rfind("kata's own problem", 0) == 0;
}

std::string trimmed(std::string s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\n')) s.pop_back();
  std::size_t start = s.find_first_not_of(" \n");
  return start == std::string::npos ? "" : s.substr(start);
}

bool heading(const std::string& line) {
  return line.rfind("## ", 0) == 0;
}

// The numbered items under "## Hints": "1. text" with its indented continuation.
std::vector<std::string> readme_hints(const fs::path& readme) {
  std::vector<std::string> hints;
  bool in_hints = false;
  for (const auto& line : lines_of(readme)) {
    if (heading(line)) {
      in_hints = line == "## Hints";
      continue;
    }
    if (!in_hints) continue;
    std::size_t dot = line.find(". ");
    bool item = dot != std::string::npos && dot > 0 && dot <= 3 &&
                std::all_of(line.begin(), line.begin() + static_cast<long>(dot),
                            [](char c) { return c >= '0' && c <= '9'; });
    if (item)
      hints.push_back(line.substr(dot + 2));
    else if (!hints.empty() && !line.empty() && line[0] == ' ')
      hints.back() += " " + trimmed(line);
  }
  return hints;
}

// The note's title ("# Binary search") and the first paragraph of a section.
std::string note_title(const std::vector<std::string>& note) {
  for (const auto& line : note)
    if (line.rfind("# ", 0) == 0) return line.substr(2);
  return "";
}

std::string first_paragraph(const std::vector<std::string>& note, const std::string& section) {
  std::string out;
  bool in = false;
  for (const auto& line : note) {
    if (heading(line)) {
      if (in) break;
      in = line.rfind("## " + section, 0) == 0;
      continue;
    }
    if (!in) continue;
    if (line.empty()) {
      if (!out.empty()) break;
      continue;
    }
    out += (out.empty() ? "" : " ") + trimmed(line);
  }
  return out;
}

// The first ```cpp block, else the text of the "The template(s)" section.
std::string template_lines(const std::vector<std::string>& note, bool& code) {
  code = true;
  std::string block;
  bool in = false;
  for (const auto& line : note) {
    if (!in && line == "```cpp") {
      in = true;
      continue;
    }
    if (in && line == "```") return block;
    if (in) block += line + "\n";
  }
  code = false;
  std::string section;
  bool in_section = false;
  for (const auto& line : note) {
    if (heading(line)) {
      if (in_section) break;
      in_section = line.rfind("## The template", 0) == 0;
      continue;
    }
    if (in_section) section += line + "\n";
  }
  return trimmed(section) + (section.empty() ? "" : "\n");
}

fs::path pattern_note(const judge::Problem& p, const fs::path& home) {
  fs::path dir = home / "patterns" / p.meta.pattern;
  std::error_code ec;
  return fs::exists(dir / "README.md", ec) ? dir / "README.md" : dir;
}

}  // namespace

const std::vector<std::string>& technique_words() {
  static const std::vector<std::string> words = {"binary search",
                                                 "binary-search",
                                                 "two pointers",
                                                 "two-pointers",
                                                 "two-pointer",
                                                 "two pointer",
                                                 "sliding window",
                                                 "sliding-window",
                                                 "dynamic programming",
                                                 "dynamic-programming",
                                                 "DP",
                                                 "memoization",
                                                 "memoisation",
                                                 "monotonic stack",
                                                 "monotonic-stack",
                                                 "monotonic queue",
                                                 "union-find",
                                                 "union find",
                                                 "disjoint set",
                                                 "topological sort",
                                                 "topological-sort",
                                                 "topological order",
                                                 "prefix sum",
                                                 "prefix sums",
                                                 "prefix-sum",
                                                 "backtracking",
                                                 "backtrack",
                                                 "breadth-first",
                                                 "BFS",
                                                 "depth-first",
                                                 "DFS",
                                                 "greedy",
                                                 "bit manipulation",
                                                 "bit-manipulation",
                                                 "priority queue",
                                                 "min-heap",
                                                 "max-heap",
                                                 "hash map",
                                                 "hash set",
                                                 "hashing"};
  return words;
}

namespace {

bool word_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// Replaces every whole-word, case-insensitive (all-capital words: exact) match.
void redact(std::string& text, const std::string& word) {
  const bool exact =
      std::all_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
  for (std::size_t at = 0; at + word.size() <= text.size();) {
    bool match = true;
    for (std::size_t k = 0; k < word.size() && match; ++k)
      match = exact ? text[at + k] == word[k] : lower(text[at + k]) == lower(word[k]);
    if (match && (at == 0 || !word_char(text[at - 1])) &&
        (at + word.size() == text.size() || !word_char(text[at + word.size()]))) {
      text.replace(at, word.size(), "(...)");
      at += 5;
    } else {
      ++at;
    }
  }
}

}  // namespace

std::string statement_body(const std::string& statement) {
  std::string body;
  bool in_body = false;
  for (const auto& line : split_lines(statement)) {
    if (in_body) body += line + "\n";
    in_body = in_body || is_link_line(line);
  }
  if (!in_body) return statement;
  while (!body.empty() && body.front() == '\n') body.erase(0, 1);
  return body;
}

std::string blind_statement(const std::string& statement, const std::string& pattern) {
  // The title and link lines are the problem's name (which may itself name a
  // technique: Sliding Window Maximum); only the pattern goes from them. The
  // text after them is redacted.
  std::string head, body;
  bool in_hints = false, in_body = false;
  for (const auto& line : split_lines(statement)) {
    if (heading(line)) in_hints = line == "## Hints";
    if (in_hints) continue;
    if (in_body) {
      body += line + "\n";
      continue;
    }
    std::string kept = line;
    // The link line: "[LeetCode 35](...) · [leetcode.cn](...) · Easy · binary-search",
    // or for kata's own problems "kata's own problem (...) · Medium · concurrency".
    const std::string tail = " · " + pattern;
    if (is_link_line(kept)) {
      in_body = true;
      if (kept.size() >= tail.size() &&
          kept.compare(kept.size() - tail.size(), tail.size(), tail) == 0)
        kept.resize(kept.size() - tail.size());
    }
    head += kept + "\n";
  }
  for (const auto& w : technique_words()) redact(body, w);
  std::string spaced = pattern;
  std::replace(spaced.begin(), spaced.end(), '-', ' ');
  const auto& words = technique_words();
  if (std::find(words.begin(), words.end(), pattern) != words.end()) {
    redact(body, pattern);
    redact(body, spaced);
  }
  std::string out = head + body;
  while (out.size() >= 2 && out[out.size() - 1] == '\n' && out[out.size() - 2] == '\n')
    out.pop_back();
  return out;
}

bool still_blind(const std::vector<Record>& records, const std::string& slug, Day day) {
  for (const auto& r : records) {
    if (r.problem != slug || record_day(r) != day) continue;
    if (r.event == Event::hint || r.event == Event::reveal) return false;
    if (r.event == Event::attempt && r.verdict == judge::Verdict::AC) return false;
  }
  return true;
}

std::map<std::string, std::pair<int, int>> recognition(const std::vector<Record>& records,
                                                       Day until) {
  std::map<std::string, std::pair<int, int>> out;
  for (const auto& r : records) {
    if (r.event != Event::drill) continue;
    if (auto d = record_day(r); !d || *d >= until) continue;
    auto& [asked, right] = out[r.pattern];
    ++asked;
    right += r.right ? 1 : 0;
  }
  return out;
}

std::vector<const judge::Problem*> drill_problems(const judge::Catalog& catalog,
                                                  const std::vector<Record>& records, Day day,
                                                  int n, std::uint64_t seed) {
  std::mt19937_64 random(seed);
  // A draw in [0, bound): the same for the same seed on every standard library
  // (std::uniform_int_distribution's algorithm is the library's own).
  auto draw = [&](std::size_t bound) { return static_cast<std::size_t>(random() % bound); };
  const Reviews reviews = replay(records, day, &catalog);
  const auto named = recognition(records, day);
  struct Candidate {
    std::vector<const judge::Problem*> due, others;
    double recognised = 0.5;  // never drilled: half right
    std::uint64_t tie = 0;
  };
  std::map<std::string, Candidate> by_pattern;
  for (const auto& p : catalog.problems) {
    auto& c = by_pattern[p.meta.pattern];
    const Card* card = reviews.find(p.meta.slug);
    (card && card->due() <= day ? c.due : c.others).push_back(&p);
  }
  std::vector<std::pair<const std::string*, Candidate*>> order;
  for (auto& [name, c] : by_pattern) {
    if (auto it = named.find(name); it != named.end() && it->second.first > 0)
      c.recognised = static_cast<double>(it->second.second) / it->second.first;
    c.tie = random();
    order.emplace_back(&name, &c);
  }
  std::sort(order.begin(), order.end(), [](const auto& a, const auto& b) {
    return std::tuple(a.second->due.empty(), a.second->recognised, a.second->tie) <
           std::tuple(b.second->due.empty(), b.second->recognised, b.second->tie);
  });
  std::vector<const judge::Problem*> out;
  for (const auto& [name, c] : order) {
    if (static_cast<int>(out.size()) >= n) break;
    const auto& from = c->due.empty() ? c->others : c->due;
    out.push_back(from[draw(from.size())]);
  }
  for (std::size_t i = out.size(); i > 1; --i) std::swap(out[i - 1], out[draw(i)]);
  return out;
}

std::optional<std::string> named_pattern(const std::string& answer,
                                         const std::vector<std::string>& patterns) {
  auto norm = [](std::string s) {
    std::string out;
    for (char c : s) {
      if (c == '-' || c == '_') c = ' ';
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
      out += c;
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
  };
  const std::string a = norm(answer);
  if (a.empty()) return std::nullopt;
  if (std::all_of(a.begin(), a.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    std::size_t k = a.size() <= 4 ? std::stoul(a) : 0;
    if (k >= 1 && k <= patterns.size()) return patterns[k - 1];
    return std::nullopt;
  }
  for (const auto& p : patterns)
    if (norm(p) == a) return p;
  return std::nullopt;
}

std::vector<Rung> hint_ladder(const judge::Problem& p, const fs::path& home) {
  std::vector<Rung> ladder;
  auto hints = readme_hints(p.statement_file());
  for (std::size_t i = 0; i < hints.size(); ++i)
    ladder.push_back({fmt::format("Hint {} of {}", i + 1, hints.size()), hints[i]});
  fs::path note_file = pattern_note(p, home);
  auto note = lines_of(note_file);
  std::string title = note_title(note);
  std::string when = first_paragraph(note, "When to reach for it");
  // A paragraph that leads into a list ("Signs that this is the case:") ends
  // before that sentence.
  if (!when.empty() && when.back() == ':')
    if (std::size_t stop = when.rfind(". "); stop != std::string::npos) when.resize(stop + 1);
  ladder.push_back({"The pattern", (title.empty() ? p.meta.pattern : title) + " (" +
                                       p.meta.pattern + ")" + (when.empty() ? "" : ": " + when)});
  bool code = false;
  if (std::string t = template_lines(note, code); !t.empty())
    ladder.push_back({"The pattern's template", t, code});
  return ladder;
}

int rungs_shown(const std::vector<Record>& records, const std::string& slug, Day day) {
  int n = 0;
  for (const auto& r : records)
    if (r.event == Event::hint && r.problem == slug && record_day(r) == day) ++n;
  return n;
}

std::string file_text(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

Reference reference_of(const judge::Problem& p, const fs::path& home) {
  Reference r;
  r.source = file_text(p.solution_file());
  r.cost = judge::read_complexity(p.solution_file());
  r.note = pattern_note(p, home);
  return r;
}

fs::path history_dir(const fs::path& practice_dir, const std::string& slug) {
  return practice_dir / "history" / slug;
}

std::string file_stamp(const std::string& local_iso) {
  std::string s = local_iso.substr(0, std::min<std::size_t>(19, local_iso.size()));
  std::replace(s.begin(), s.end(), ':', '-');
  return s;
}

fs::path keep_in_history(const fs::path& attempt, const fs::path& history,
                         const std::string& stamp) {
  std::error_code ec;
  fs::create_directories(history, ec);
  if (ec) throw std::runtime_error("cannot make " + history.string() + ": " + ec.message());
  for (int n = 1; n < 1000; ++n) {
    fs::path to = history / (stamp + (n == 1 ? "" : "-" + std::to_string(n)) + ".cpp");
    // A hard link claims the name atomically (it fails if the name is taken), then
    // the attempt's own name goes: the file is never in neither place.
    if (fs::create_hard_link(attempt, to, ec); ec) {
      if (ec == std::errc::file_exists) continue;
      throw std::runtime_error("cannot keep " + attempt.string() + " as " + to.string() + ": " +
                               ec.message());
    }
    fs::remove(attempt, ec);
    return to;
  }
  throw std::runtime_error("cannot keep " + attempt.string() + ": too many attempts at " + stamp);
}

std::vector<PastAttempt> past_attempts(const fs::path& attempt, const fs::path& history,
                                       const std::vector<Record>& records,
                                       const std::function<std::string(const fs::path&)>& hash_of) {
  std::vector<PastAttempt> out;
  std::error_code ec;
  std::vector<fs::path> kept;
  for (const auto& e : fs::directory_iterator(history, ec))
    if (e.path().extension() == ".cpp") kept.push_back(e.path());
  // The names are times, then "-2", "-3", ... for later ones in the same second:
  // oldest first.
  auto order = [](const fs::path& f) {
    std::string stem = f.stem().string();
    std::size_t dash = stem.size() > 19 ? stem.find('-', 19) : std::string::npos;
    int n = dash == std::string::npos ? 1 : std::atoi(stem.c_str() + dash + 1);
    return std::make_pair(stem.substr(0, 19), n);
  };
  std::sort(kept.begin(), kept.end(),
            [&](const fs::path& a, const fs::path& b) { return order(a) < order(b); });
  for (const auto& f : kept) {
    PastAttempt a;
    a.file = f;
    std::string stem = f.stem().string();  // 2026-12-04T21-07-12[-2]
    a.saved = stem.size() >= 19 ? stem.substr(0, 10) + " " + stem.substr(11, 8) : stem;
    std::replace(a.saved.begin() + std::min<long>(11, static_cast<long>(a.saved.size())),
                 a.saved.end(), '-', ':');
    out.push_back(a);
  }
  if (fs::exists(attempt, ec)) {
    PastAttempt a;
    a.file = attempt;
    a.saved = "current";
    out.push_back(a);
  }
  for (auto& a : out) {
    a.hash = hash_of(a.file);
    for (const auto& r : records) {
      if (r.event != Event::attempt || r.hash != a.hash) continue;
      a.last = &r;
      a.accepted = a.accepted || r.verdict == judge::Verdict::AC;
    }
  }
  return out;
}

std::string unified_diff(const std::string& old_text, const std::string& new_text,
                         const std::string& old_name, const std::string& new_name) {
  const auto a = split_lines(old_text), b = split_lines(new_text);
  const std::size_t n = a.size(), m = b.size();
  // lcs[i][j]: the longest common subsequence of a[i..] and b[j..] (attempts are
  // a few hundred lines: the table is small).
  std::vector<std::vector<int>> lcs(n + 1, std::vector<int>(m + 1, 0));
  for (std::size_t i = n; i-- > 0;)
    for (std::size_t j = m; j-- > 0;)
      lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
  struct Op {
    char kind;         // ' ', '-', '+'
    std::size_t i, j;  // positions in a and b before this line
  };
  std::vector<Op> ops;
  std::size_t i = 0, j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] == b[j]) {
      ops.push_back({' ', i++, j++});
    } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
      ops.push_back({'-', i++, j});  // removals first, as diff -u shows them
    } else {
      ops.push_back({'+', i, j++});
    }
  }
  std::vector<std::size_t> changes;
  for (std::size_t k = 0; k < ops.size(); ++k)
    if (ops[k].kind != ' ') changes.push_back(k);
  if (changes.empty()) return "";
  std::string out = "--- " + old_name + "\n+++ " + new_name + "\n";
  constexpr std::size_t kContext = 3;
  for (std::size_t c = 0; c < changes.size();) {
    // A hunk: the changes no more than 2 * kContext unchanged lines apart, with
    // kContext lines of context on each side.
    std::size_t last = c;
    while (last + 1 < changes.size() && changes[last + 1] - changes[last] <= 2 * kContext + 1)
      ++last;
    std::size_t begin = changes[c] >= kContext ? changes[c] - kContext : 0;
    std::size_t end = std::min(ops.size(), changes[last] + kContext + 1);
    std::size_t old_count = 0, new_count = 0;
    for (std::size_t t = begin; t < end; ++t) {
      old_count += ops[t].kind != '+';
      new_count += ops[t].kind != '-';
    }
    // Line numbers from 1; an empty side names the line before it (diff -u's way).
    out += fmt::format("@@ -{},{} +{},{} @@\n", ops[begin].i + (old_count ? 1 : 0), old_count,
                       ops[begin].j + (new_count ? 1 : 0), new_count);
    for (std::size_t t = begin; t < end; ++t)
      out += ops[t].kind + (ops[t].kind == '+' ? b[ops[t].j] : a[ops[t].i]) + "\n";
    c = last + 1;
  }
  return out;
}

}  // namespace kata::practice
