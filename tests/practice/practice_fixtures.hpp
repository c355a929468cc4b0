// What the practice tests share: a small in-memory catalog, records made in one
// line, and temporary files that clean up after themselves.
#pragma once

#include <unistd.h>  // getpid

#include <cstdlib>  // setenv
#include <ctime>    // tzset

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include <kata/judge/catalog.hpp>
#include <kata/practice/day.hpp>
#include <kata/practice/log.hpp>

namespace kata::practice::test {

// A record's day is computed in the reader's zone (day.hpp), so the tests read in
// one fixed zone, UTC+8, where the fixtures' noon +08:00 records are noon: the
// same days on every machine. A POSIX TZ rule needs no tz database. Tests that
// are about zones set their own with ZoneForTest and restore this one.
inline void set_zone(const char* tz) {
  ::setenv("TZ", tz, 1);
  ::tzset();
}
inline constexpr const char* kTestZone = "CST-8";
inline const bool kZoneSet = (set_zone(kTestZone), true);

// A number of days: 3_d.
inline std::chrono::days operator""_d(unsigned long long n) {
  return std::chrono::days{static_cast<int>(n)};
}

struct ZoneForTest {
  explicit ZoneForTest(const char* tz) { set_zone(tz); }
  ~ZoneForTest() { set_zone(kTestZone); }
  ZoneForTest(const ZoneForTest&) = delete;
  ZoneForTest& operator=(const ZoneForTest&) = delete;
};

inline judge::Problem problem(const std::string& slug, const std::string& pattern,
                              const std::string& difficulty, int id) {
  judge::Problem p;
  p.meta.slug = slug;
  p.meta.pattern = pattern;
  p.meta.difficulty = difficulty;
  p.meta.id = id;
  p.meta.title = slug;
  p.meta.url = "https://leetcode.com/problems/" + slug + "/";
  return p;
}

// Five problems in three patterns. Within binary-search the Easy one has the larger
// id, so "Easy first" and "id first" disagree there.
inline judge::Catalog small_catalog() {
  judge::Catalog c;
  c.problems = {problem("bs-easy", "binary-search", "Easy", 35),
                problem("bs-medium", "binary-search", "Medium", 33),
                problem("lru", "design", "Medium", 146),
                problem("tp-easy", "two-pointers", "Easy", 167),
                problem("tp-medium", "two-pointers", "Medium", 15)};
  return c;
}

inline Day day(const char* ymd) { return *parse_day(ymd); }

// An attempt at noon on `ymd` (local time, +08:00).
inline Record attempt(const std::string& slug, Day d, const std::string& verdict,
                      std::optional<double> seconds = std::nullopt,
                      const std::string& clock = "12:00:00", const std::string& offset = "+08:00") {
  Record r;
  r.event = practice::Event::attempt;
  r.time = format_day(d) + "T" + clock + offset;
  r.problem = slug;
  r.verdict = *judge::verdict_from_string(verdict);
  r.passed = verdict == "AC" ? 10 : 3;
  r.total = 10;
  r.seconds = seconds;
  r.hash = "h";
  return r;
}

inline Record start(const std::string& slug, Day d) {
  Record r;
  r.event = practice::Event::start;
  r.time = format_day(d) + "T09:00:00+08:00";
  r.problem = slug;
  return r;
}

// A fresh folder under the temp dir, removed with everything in it at the end.
class TempDir {
 public:
  TempDir() {
    static std::atomic<int> n{0};
    path_ = std::filesystem::temp_directory_path() /
            ("kata-practice-test-" + std::to_string(::getpid()) + "-" + std::to_string(n++));
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

 private:
  std::filesystem::path path_;
};

inline std::string slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline void write_file(const std::filesystem::path& p, const std::string& text) {
  std::filesystem::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << text;
}

}  // namespace kata::practice::test
