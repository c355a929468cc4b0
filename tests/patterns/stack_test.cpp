#include <catch2/catch.hpp>

#include <algorithm>
#include <climits>  // INT_MAX, INT_MIN
#include <cstdlib>  // std::abs
#include <functional>
#include <numeric>  // std::gcd
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include <kata/patterns/stack.hpp>

#include "lcg.hpp"

using kata::patterns::AggregateStack;
using kata::patterns::BracketSet;
using kata::patterns::brackets_balanced;
using kata::patterns::fold_nested;
using kata::patterns::MaxStack;
using kata::patterns::MinStack;

using kata::patterns::test::Lcg;

namespace {

// Keeps only the brackets of `pairs`, then deletes adjacent matching pairs until none
// is left: balanced exactly when nothing remains.
bool balanced_by_deleting_pairs(const std::string& s, BracketSet pairs) {
  std::string t;
  for (char c : s)
    if (pairs.opens.find(c) != std::string_view::npos || pairs.closes.find(c) != std::string_view::npos)
      t.push_back(c);
  for (bool changed = true; changed;) {
    changed = false;
    for (std::size_t k = 0; k < pairs.opens.size(); ++k) {
      const std::string pair{pairs.opens[k], pairs.closes[k]};
      for (auto at = t.find(pair); at != std::string::npos; at = t.find(pair)) {
        t.erase(at, 2);
        changed = true;
      }
    }
  }
  return t.empty();
}

// Half the time a random string over `alphabet`; otherwise a balanced string of the
// pairs, in which one character is sometimes replaced by one of `alphabet`.
std::string random_brackets(Lcg& next, const std::string& alphabet, BracketSet pairs) {
  std::string s;
  if (next(0, 1) == 0) {
    const int n = next(0, 12);
    for (int i = 0; i < n; ++i) s.push_back(alphabet[static_cast<std::size_t>(next(0, static_cast<int>(alphabet.size()) - 1))]);
    return s;
  }
  std::string waiting;  // closers still owed
  const int opens = next(0, 6);
  for (int made = 0; made < opens || !waiting.empty();) {
    if (made < opens && (waiting.empty() || next(0, 1) == 0)) {
      const auto k = static_cast<std::size_t>(next(0, static_cast<int>(pairs.opens.size()) - 1));
      s.push_back(pairs.opens[k]);
      waiting.push_back(pairs.closes[k]);
      ++made;
    } else {
      s.push_back(waiting.back());
      waiting.pop_back();
    }
  }
  if (!s.empty() && next(0, 2) == 0)
    s[static_cast<std::size_t>(next(0, static_cast<int>(s.size()) - 1))] =
        alphabet[static_cast<std::size_t>(next(0, static_cast<int>(alphabet.size()) - 1))];
  return s;
}

// Decode String's rule by plain recursion: k[...] repeats its inside k times.
std::string expand_recursively(const std::string& s, std::size_t& at) {
  std::string out;
  while (at < s.size() && s[at] != ']') {
    if (s[at] >= '0' && s[at] <= '9') {
      int k = 0;
      while (s[at] != '[') k = k * 10 + (s[at++] - '0');
      ++at;  // '['
      const std::string inside = expand_recursively(s, at);
      ++at;  // ']'
      for (int i = 0; i < k; ++i) out += inside;
    } else {
      out.push_back(s[at++]);
    }
  }
  return out;
}

struct Text {
  std::string text;
  int repeat = 0;  // the number read since the last bracket, waiting for its '['
};

std::string expand_by_folding(const std::string& s) {
  return fold_nested(
             s, '[', ']', Text{},
             [](Text& t, char c) {
               if (c >= '0' && c <= '9')
                 t.repeat = t.repeat * 10 + (c - '0');
               else
                 t.text.push_back(c);
             },
             [](Text& outer, Text&& inner) {
               for (int i = 0; i < outer.repeat; ++i) outer.text += inner.text;
               outer.repeat = 0;
             })
      .text;
}

}  // namespace

TEST_CASE("Brackets are balanced when each closer closes the last open bracket", "[stack]") {
  CHECK(brackets_balanced("()"));
  CHECK(brackets_balanced("()[]{}"));
  CHECK(brackets_balanced("([]){[()]}"));
  CHECK(brackets_balanced(""));
  CHECK_FALSE(brackets_balanced("(]"));
  CHECK_FALSE(brackets_balanced("([)]"));  // right counts, wrong order
  CHECK_FALSE(brackets_balanced("(("));    // left open
  CHECK_FALSE(brackets_balanced("))(("));  // a closer before any opener
  CHECK_FALSE(brackets_balanced("]"));
  SECTION("other characters are skipped") {
    CHECK(brackets_balanced("f(a[i], {1, 2})"));
    CHECK_FALSE(brackets_balanced("f(a[i)]"));
  }
  SECTION("the pairs are configurable") {
    const BracketSet angles{"<(", ">)"};
    CHECK(brackets_balanced("<(<>)>", angles));
    CHECK_FALSE(brackets_balanced("<(>)", angles));
    CHECK(brackets_balanced("[<>", angles));  // '[' is no bracket here
    CHECK_FALSE(brackets_balanced("[<>"));    // but it is one by default
  }
}

TEST_CASE("brackets_balanced agrees with deleting matched pairs", "[stack]") {
  Lcg next{20};
  const BracketSet standard{}, two{"(<", ")>"};
  for (int round = 0; round < 600; ++round) {
    INFO("round " << round);
    const std::string s = random_brackets(next, "()[]{}", standard);
    INFO(s);
    CHECK(brackets_balanced(s) == balanced_by_deleting_pairs(s, standard));
    const std::string t = random_brackets(next, "()<>x[", two);
    INFO(t);
    CHECK(brackets_balanced(t, two) == balanced_by_deleting_pairs(t, two));
  }
}

TEST_CASE("An aggregate stack keeps the minimum of what it holds", "[stack]") {
  MinStack<int> s;
  CHECK(s.empty());
  s.push(-2);
  s.push(0);
  s.push(-3);
  CHECK(s.size() == 3);
  CHECK(s.aggregate() == -3);
  s.pop();
  CHECK(s.top() == 0);
  CHECK(s.aggregate() == -2);
  SECTION("a repeated minimum survives the pop of one copy") {
    s.push(-2);
    s.pop();
    CHECK(s.aggregate() == -2);
    s.pop();
    s.pop();
    CHECK(s.empty());
  }
  SECTION("values at the ends of int") {
    s.push(INT_MIN);
    s.push(INT_MAX);
    CHECK(s.aggregate() == INT_MIN);
    CHECK(s.top() == INT_MAX);
  }
  SECTION("the maximum, and any associative combine") {
    MaxStack<int> m;
    for (int x : {3, 1, 4, 1, 5}) m.push(x);
    CHECK(m.aggregate() == 5);
    m.pop();
    CHECK(m.aggregate() == 4);
    AggregateStack<std::string, std::plus<>> text;  // associative, not commutative
    text.push("ab");
    text.push("c");
    text.push("de");
    CHECK(text.aggregate() == "abcde");
    text.pop();
    CHECK(text.aggregate() == "abc");
  }
}

TEST_CASE("AggregateStack agrees with scanning a plain stack", "[stack]") {
  Lcg next{155};
  auto gcd = [](long long a, long long b) { return std::gcd(a, b); };
  for (int round = 0; round < 200; ++round) {
    INFO("round " << round);
    MinStack<int> mins;
    MaxStack<int> maxes;
    AggregateStack<long long, std::plus<>> sums;
    AggregateStack<long long, decltype(gcd)> gcds(gcd);
    std::vector<int> plain;
    for (int step = 0; step < 60; ++step) {
      if (plain.empty() || next(0, 2) != 0) {
        const int x = next(0, 1) ? next(-3, 3) : next(-1000, 1000);  // many repeats, some spread
        mins.push(x);
        maxes.push(x);
        sums.push(x);
        gcds.push(std::abs(x));
        plain.push_back(x);
      } else {
        mins.pop();
        maxes.pop();
        sums.pop();
        gcds.pop();
        plain.pop_back();
      }
      REQUIRE(mins.size() == plain.size());
      if (plain.empty()) {
        CHECK(mins.empty());
        continue;
      }
      long long sum = 0, g = 0;
      for (int x : plain) sum += x, g = std::gcd(g, static_cast<long long>(std::abs(x)));
      CHECK(mins.top() == plain.back());
      CHECK(mins.aggregate() == *std::min_element(plain.begin(), plain.end()));
      CHECK(maxes.aggregate() == *std::max_element(plain.begin(), plain.end()));
      CHECK(sums.aggregate() == sum);
      CHECK(gcds.aggregate() == g);
    }
  }
}

TEST_CASE("fold_nested hands each finished level to the one around it", "[stack]") {
  CHECK(expand_by_folding("3[a]2[bc]") == "aaabcbc");
  CHECK(expand_by_folding("3[a2[c]]") == "accaccacc");
  CHECK(expand_by_folding("2[abc]3[cd]ef") == "abcabccdcdcdef");
  CHECK(expand_by_folding("xyz") == "xyz");
  CHECK(expand_by_folding("10[a]") == "aaaaaaaaaa");
  SECTION("the deepest level seen") {
    struct Depth {
      int deepest = 0;
    };
    auto deepest = [](std::string_view s) {
      return fold_nested(s, '(', ')', Depth{}, [](Depth&, char) {},
                         [](Depth& outer, Depth&& inner) {
                           outer.deepest = std::max(outer.deepest, inner.deepest + 1);
                         })
          .deepest;
    };
    CHECK(deepest("") == 0);
    CHECK(deepest("a(b)c") == 1);
    CHECK(deepest("(()(()))()") == 3);
  }
  SECTION("unbalanced text is refused") {
    CHECK_THROWS_AS(expand_by_folding("2[a"), std::invalid_argument);
    CHECK_THROWS_AS(expand_by_folding("a]"), std::invalid_argument);
    CHECK_THROWS_AS(expand_by_folding("2[a]]3[b"), std::invalid_argument);
  }
}

TEST_CASE("fold_nested decodes like plain recursion", "[stack]") {
  Lcg next{394};
  for (int round = 0; round < 400; ++round) {
    // A random well-formed encoding: letters and k[...] groups, k in 1..12, depth <= 4.
    std::string s;
    int depth = 0;
    bool just_opened = false;  // a group is never empty
    for (int step = 0; step < 14 || depth > 0; ++step) {
      const int choice = next(0, 5);
      if (step < 14 && depth < 4 && choice == 0) {
        s += std::to_string(next(1, 12)) + "[";
        ++depth;
        just_opened = true;
      } else if (depth > 0 && !just_opened && (choice == 1 || step >= 14)) {
        s += "]";
        --depth;
      } else {
        s.push_back(static_cast<char>('a' + next(0, 3)));
        just_opened = false;
      }
    }
    INFO(s);
    std::size_t at = 0;
    CHECK(expand_by_folding(s) == expand_recursively(s, at));
  }
}
