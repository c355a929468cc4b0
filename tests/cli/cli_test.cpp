// The kata binary end to end: exit statuses (0 pass, 1 fail, 2 usage or file
// error), the JSON shapes other tools rely on, and the messages people read.
#include <catch2/catch.hpp>

#include <sys/wait.h>
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

using Json = nlohmann::json;
using Catch::Matchers::Contains;

namespace {

struct Run {
  int status = -1;
  std::string out, err;
};

std::string slurp(const std::string& path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

Run kata(const std::string& args) {
  char err_file[] = "/tmp/kata-cli-test-XXXXXX";
  int fd = mkstemp(err_file);
  REQUIRE(fd >= 0);
  close(fd);
  std::string cmd = std::string("NO_COLOR=1 ") + KATA_BINARY + " " + args + " 2>" + err_file;
  Run r;
  FILE* p = popen(cmd.c_str(), "r");
  REQUIRE(p);
  char buf[4096];
  std::size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) r.out.append(buf, n);
  int raw = pclose(p);
  r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  r.err = slurp(err_file);
  std::remove(err_file);
  return r;
}

std::string fixture(const char* name) { return std::string(KATA_FIXTURES) + "/" + name; }

}  // namespace

TEST_CASE("kata alone lists the verbs", "[cli]") {
  auto r = kata("");
  CHECK(r.status == 0);
  for (const char* verb : {"daily", "list", "show", "test", "selftest"})
    CHECK_THAT(r.out, Contains(std::string("  ") + verb));
}

TEST_CASE("Every verb has --help", "[cli]") {
  for (const char* verb : {"daily", "list", "show", "test"}) {
    auto r = kata(std::string(verb) + " --help");
    INFO(verb);
    CHECK(r.status == 0);
    CHECK_THAT(r.out, Contains("Usage"));
  }
}

TEST_CASE("An unknown flag is a usage error", "[cli]") {
  CHECK(kata("list --bogus").status == 2);
  CHECK(kata("test").status == 2);
}

TEST_CASE("kata list --json lists problems with their fields", "[cli]") {
  auto r = kata("list --json");
  REQUIRE(r.status == 0);
  auto j = Json::parse(r.out);
  REQUIRE(j["problems"].is_array());
  REQUIRE_FALSE(j["problems"].empty());
  bool found = false;
  for (const auto& p : j["problems"]) {
    for (const char* k : {"id", "slug", "title", "pattern", "difficulty"}) CHECK(p.contains(k));
    if (p["slug"] == "search-insert-position") {
      found = true;
      CHECK(p["id"] == 35);
      CHECK(p["pattern"] == "binary-search");
    }
  }
  CHECK(found);
  auto only = Json::parse(kata("list --pattern binary-search --json").out);
  for (const auto& p : only["problems"]) CHECK(p["pattern"] == "binary-search");
  CHECK(kata("list --pattern no-such-pattern").status == 2);
}

TEST_CASE("kata show --json gives the method's parameters", "[cli]") {
  auto r = kata("show search-insert-position --json");
  REQUIRE(r.status == 0);
  auto j = Json::parse(r.out);
  CHECK(j["id"] == 35);
  CHECK(j["slug"] == "search-insert-position");
  CHECK(j["kind"] == "function");
  CHECK(j["difficulty"] == "Easy");
  CHECK(j["params"] == Json::parse(R"([{"name":"nums","type":"vector<int>&"},
                                      {"name":"target","type":"int"}])"));
  auto design = Json::parse(kata("show lru-cache --json").out);
  CHECK(design["kind"] == "design");
  CHECK(design["params"][0]["name"] == "capacity");
  CHECK(design["methods"].size() == 2);
  CHECK_FALSE(j.contains("input"));
  // With an input builder: the method's real parameters, and what a case gives.
  auto built = Json::parse(kata("show linked-list-cycle-ii --json").out);
  CHECK(built["params"] == Json::parse(R"([{"name":"head","type":"ListNode*"}])"));
  CHECK(built["input"] == Json::parse(R"([{"name":"head","type":"ListNode*"},
                                          {"name":"pos","type":"int"}])"));
}

TEST_CASE("kata show prints the statement", "[cli]") {
  auto r = kata("show 35");
  CHECK(r.status == 0);
  CHECK_THAT(r.out, Contains("Search Insert Position"));
  CHECK_THAT(r.out, Contains("## Constraints"));
  CHECK_THAT(r.out, Contains("int searchInsert(vector<int>& nums, int target)"));
  CHECK_THAT(r.out, Contains("https://leetcode.com/problems/search-insert-position/"));
  CHECK_THAT(r.out, Contains("https://leetcode.cn/problems/search-insert-position/"));
  CHECK_THAT(r.out, Contains("LeetCode Hot 100"));  // the lists it is on
}

TEST_CASE("kata list --list shows a study list in its order", "[cli]") {
  // (What a list has that kata lacks: tests/practice/verbs_test.cpp, on a list of its own.)
  auto r = kata("list --list hot-100");
  CHECK(r.status == 0);
  CHECK_THAT(r.out, Contains("100 of 100 in kata"));  // the Hot 100 is complete
  CHECK_THAT(r.out, Contains("Binary search"));
  CHECK_THAT(r.out, Contains("search-insert-position"));
  // The list's order, not the catalog's: Two Sum's section comes before Binary search.
  CHECK(r.out.find("Hashing") < r.out.find("Binary search"));
  auto all = kata("list");
  CHECK_THAT(all.out, Contains("hot-100"));
  CHECK_THAT(all.out, Contains("kata list --list NAME"));
  auto wrong = kata("list --list hot-1000");
  CHECK(wrong.status == 2);
  CHECK_THAT(wrong.err, Contains("the lists are: hot-100, seed"));
  auto json = kata("list --list seed --json");
  CHECK(json.status == 0);
  CHECK_THAT(json.out, Contains("\"total\": 15"));
}

TEST_CASE("A mistyped slug suggests the nearest ones", "[cli]") {
  auto r = kata("show search-insert-positon");
  CHECK(r.status == 2);
  CHECK_THAT(r.err, Contains("did you mean search-insert-position"));
  CHECK(kata("test lru-cash --reference").status == 2);
}

TEST_CASE("kata test --reference --json judges extra case files", "[cli]") {
  auto r = kata("test search-insert-position --reference --cases " + fixture("extra-cases.json") +
                " --json");
  REQUIRE(r.status == 0);
  auto j = Json::parse(r.out);
  CHECK(j["problem"] == "search-insert-position");
  CHECK(j["verdict"] == "AC");
  CHECK(j["passed"] == j["total"]);
  bool saw_extra = false;
  for (const auto& c : j["cases"]) {
    for (const char* k : {"name", "verdict", "time_ms", "expected", "got", "message"})
      CHECK(c.contains(k));
    if (c["name"] == "extra-2") saw_extra = true;
  }
  CHECK(saw_extra);
}

TEST_CASE("A wrong expected answer fails with status 1 and shows the difference", "[cli]") {
  auto r = kata("test 35 --reference --cases " + fixture("wrong-expected.json"));
  CHECK(r.status == 1);
  CHECK_THAT(r.out, Contains("WA"));
  CHECK_THAT(r.out, Contains("deliberately-wrong"));
  CHECK_THAT(r.out, Contains("expected 1, got 2"));
  auto j = Json::parse(kata("test 35 --reference --json --cases " + fixture("wrong-expected.json")).out);
  CHECK(j["verdict"] == "WA");
  CHECK(j["passed"].get<int>() + 1 == j["total"].get<int>());
}

TEST_CASE("A malformed case file is a file error naming file, line and column", "[cli]") {
  auto r = kata("test 35 --reference --cases " + fixture("malformed.json"));
  CHECK(r.status == 2);
  CHECK_THAT(r.err, Contains("malformed.json:3:27: invalid JSON"));
}

TEST_CASE("A case that does not fit the signature is ERR and the rest still run", "[cli]") {
  auto r = kata("test 35 --reference --json --cases " + fixture("bad-case.json"));
  CHECK(r.status == 1);
  auto j = Json::parse(r.out);
  CHECK(j["verdict"] == "ERR");
  int err = 0, ac = 0;
  for (const auto& c : j["cases"]) {
    if (c["verdict"] == "ERR") {
      ++err;
      CHECK_THAT(c["message"].get<std::string>(), Contains("out of range for int"));
    }
    if (c["verdict"] == "AC") ++ac;
  }
  CHECK(err == 1);
  CHECK(ac >= 12);
}

TEST_CASE("kata daily shows a problem and the command to start", "[cli]") {
  auto a = kata("daily --date 2026-11-28");
  REQUIRE(a.status == 0);
  CHECK_THAT(a.out, Contains("next:"));
  CHECK(a.out == kata("daily --date 2026-11-28").out);  // same date, same pick
  CHECK(kata("daily --date 2026-13-01").status == 2);
}

TEST_CASE("kata stress --seed takes any 64-bit number and nothing else; the default is random",
          "[cli]") {
  for (const char* bad : {"abc", "=-1", "=18446744073709551616", "=12x"}) {
    INFO(bad);
    auto r = kata(std::string("stress search-insert-position --seed") +
                  (bad[0] == '=' ? bad : std::string(" ") + bad));
    CHECK(r.status == 2);
    CHECK_THAT(r.err, Contains("--seed"));
  }
  auto help = kata("stress --help");
  CHECK(help.status == 0);
  // Help is broken into lines to fit 80 columns: read it as one line of words.
  std::string words;
  for (char c : help.out)
    if (c != '\n' && c != ' ') words += c;
    else if (!words.empty() && words.back() != ' ') words += ' ';
  CHECK_THAT(words, Contains("random seed each run, printed first"));
  std::istringstream lines(help.out);
  for (std::string line; std::getline(lines, line);) CHECK(line.size() <= 80);
}

// Terminal columns, computed here on its own (an oracle for kata's text.hpp): a
// column a character, two for the East Asian wide ranges kata's text uses.
std::size_t columns(const std::string& s) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    std::size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : 4;
    std::uint32_t cp = len == 1 ? c : c & (0x3F >> (len - 1));
    for (std::size_t k = 1; k < len && i + k < s.size(); ++k)
      cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    n += (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) ||
                 (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
                 (cp >= 0xFF00 && cp <= 0xFF60)
             ? 2
             : 1;
    i += len;
  }
  return n;
}

TEST_CASE("What kata lays out fits 80 columns: help, lists, every statement", "[cli][width]") {
  // A line that is one word (an address) cannot be broken and may be longer.
  auto check_width = [](const std::string& what, const std::string& text) {
    std::istringstream lines(text);
    for (std::string line; std::getline(lines, line);) {
      const auto first = line.find_first_not_of(' ');
      const bool one_word = first == std::string::npos || line.find(' ', first) == std::string::npos;
      if (one_word) continue;
      INFO(what << ": " << line);
      CHECK(columns(line) <= 80);
    }
  };
  std::vector<std::string> runs = {"", "list", "list --list hot-100"};
  for (const char* verb : {"daily", "list", "show", "start", "test", "debug", "bench", "stress",
                           "run", "selftest", "log", "stats", "calendar", "report", "note", "hint",
                           "solution", "history", "diff", "drill", "interview", "checkin"})
    runs.push_back(std::string(verb) + " --help");
  for (const auto& args : runs) check_width("kata " + args, kata(args).out);
  const auto problems = Json::parse(kata("list --json").out)["problems"];
  REQUIRE(problems.size() > 100);
  for (const auto& p : problems) {
    const std::string slug = p["slug"];
    check_width("kata show " + slug, kata("show " + slug).out);
  }
}
