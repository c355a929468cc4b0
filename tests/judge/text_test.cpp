// Text for an 80-column terminal: widths, clipping, wrapping, Markdown made to fit.
#include <catch2/catch.hpp>

#include <sstream>
#include <string>

#include <kata/judge/text.hpp>

using namespace kata::judge;

namespace {

std::size_t widest_line(const std::string& text) {
  std::istringstream in(text);
  std::size_t most = 0;
  for (std::string line; std::getline(in, line);) most = std::max(most, display_width(line));
  return most;
}

}  // namespace

TEST_CASE("A terminal column is a character, two for a wide one, none for colour", "[text]") {
  CHECK(display_width("") == 0);
  CHECK(display_width("abc") == 3);
  CHECK(display_width("37 µs") == 5);
  CHECK(display_width("n²") == 2);
  CHECK(display_width("剑指 Offer") == 10);
  CHECK(display_width("\033[1;32mAC\033[0m") == 2);
  CHECK(display_width("e\xcc\x81") == 1);  // e and a combining acute accent
  CHECK(display_width("\xff\xfe") == 2);   // not UTF-8: a column a byte, never a crash
  CHECK(display_width("\xe4\xb8") == 2);   // a cut-off character
}

TEST_CASE("clip cuts to the width and says so", "[text]") {
  CHECK(clip("letter-combinations", 30) == "letter-combinations");
  CHECK(clip("letter-combinations", 10) == "letter-co…");
  CHECK(display_width(clip("letter-combinations", 10)) == 10);
  CHECK(clip("剑指剑指剑指", 5) == "剑指…");
  CHECK(clip("abc", 0).empty());
}

TEST_CASE("wrap breaks at spaces, keeps code spans whole and hangs list items", "[text]") {
  CHECK(wrap("aaa bbb ccc", 7) == "aaa bbb\nccc\n");
  CHECK(wrap("one\ntwo", 80) == "one\ntwo\n");
  CHECK(wrap("see `a b c` now", 8) == "see\n`a b c`\nnow\n");
  CHECK(wrap("1. first second third", 12, "   ") == "1. first\n   second\n   third\n");
  CHECK(wrap("averyveryverylongword x", 5) == "averyveryverylongword\nx\n");
}

TEST_CASE("fit_markdown re-flows prose, unlinks links, turns wide tables into blocks", "[text]") {
  const std::string md =
      "# 146. LRU Cache\n"
      "\n"
      "[LeetCode 146](https://leetcode.com/problems/lru-cache/) · "
      "[leetcode.cn](https://leetcode.cn/problems/lru-cache/) · Medium · design\n"
      "\n"
      "Build a cache of fixed size that forgets the entry used longest ago when it runs out\n"
      "of room, which is a sentence long enough to need wrapping at fifty columns.\n"
      "\n"
      "1. A hash map finds a key in constant time but knows nothing about order; a list\n"
      "   keeps order.\n"
      "\n"
      "```\n"
      "calls:  LRUCache(2) put(1,1) put(2,2) get(1) put(3,3) get(2) put(4,4) get(1) get(3)\n"
      "```\n"
      "\n"
      "| graph | answer | why |\n"
      "|---|---|---|\n"
      "| `[[1,2],[2,3],[5],[0],[5],[],[]]` | `[2,4,5,6]` | 5 and 6 are terminal; 2 and 4 lead "
      "to them |\n";
  const std::string out = fit_markdown(md, 50);
  // The link line: the links' text, then their addresses on lines of their own.
  CHECK_THAT(out, Catch::Contains("LeetCode 146 · leetcode.cn · Medium · design\n"));
  CHECK_THAT(out, Catch::Contains("\n  https://leetcode.com/problems/lru-cache/\n"));
  CHECK_THAT(out, Catch::Contains("\n  https://leetcode.cn/problems/lru-cache/\n"));
  CHECK_THAT(out, !Catch::Contains("]("));
  // A list item's lines hang under its text.
  CHECK_THAT(out, Catch::Contains("1. A hash map finds a key in constant time but\n   knows"));
  // Code is left as written, even when it is wider.
  CHECK_THAT(
      out, Catch::Contains("calls:  LRUCache(2) put(1,1) put(2,2) get(1) put(3,3) get(2) put(4,4) "
                           "get(1) get(3)\n"));
  // The table, too wide, becomes one block per row, each cell under its column's name.
  CHECK_THAT(out, Catch::Contains("- graph: `[[1,2],[2,3],[5],[0],[5],[],[]]`\n  answer: "
                                  "`[2,4,5,6]`\n  why: 5 and 6 are terminal;"));
  // Everything but the code fits.
  std::istringstream in(out);
  bool in_code = false;
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("```", 0) == 0) in_code = !in_code;
    if (!in_code) CHECK(display_width(line) <= 50);
  }
  // A table that fits stays a table.
  const std::string small = "| a | b |\n|---|---|\n| 1 | 2 |\n";
  CHECK(fit_markdown(small, 40) == small);
  CHECK(widest_line(fit_markdown("word " + std::string(30, 'x'), 20)) ==
        30);  // a long word stays whole
}

TEST_CASE("break_at_commas breaks a long signature after commas, aligned after its '('", "[text]") {
  CHECK(break_at_commas("int f(int a, int b)") == "int f(int a, int b)\n");
  CHECK(break_at_commas("int f(int a, int b, int c)", 16) ==
        "int f(int a,\n      int b,\n      int c)\n");
  CHECK(break_at_commas("  void put(int key, int value)", 24) ==
        "  void put(int key,\n           int value)\n");
  // A piece too wide to line up after the '(' moves the rest four past the indent.
  CHECK(break_at_commas("  Task<vector<long long>> fanOut(vector<int> jobs, int workers, "
                        "function<Task<long long>(int)> work)",
                        60) ==
        "  Task<vector<long long>> fanOut(vector<int> jobs,\n"
        "      int workers, function<Task<long long>(int)> work)\n");
}
