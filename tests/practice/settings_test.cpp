// The practiser's settings, notes/kata.json (settings.hpp).
#include <catch2/catch.hpp>

#include <kata/practice/settings.hpp>

#include "practice_fixtures.hpp"

using namespace kata::practice;
using namespace kata::practice::test;
using Catch::Matchers::Contains;

TEST_CASE("Settings: the default list, and where it was set", "[settings]") {
  auto r = parse_settings("{\n  \"list\": \"hot-100\"\n}\n", "notes/kata.json");
  CHECK(r.problems.empty());
  CHECK(r.settings.list == "hot-100");
  CHECK(r.settings.where == "notes/kata.json:2");
  CHECK(parse_settings("{}", "f").settings.list.empty());
}

TEST_CASE("Settings: each problem is named with its line, and the rest still counts", "[settings]") {
  auto bad = parse_settings("{\n  \"list\": \"hot-100\",\n}\n", "notes/kata.json");
  REQUIRE(bad.problems.size() == 1);
  CHECK_THAT(bad.problems[0], Contains("notes/kata.json:3:"));
  CHECK_THAT(bad.problems[0], Contains("invalid JSON"));
  CHECK(bad.settings.list.empty());

  auto typo = parse_settings("{\"list\": \"seed\",\n \"lists\": \"hot-100\"}", "k.json");
  REQUIRE(typo.problems.size() == 1);
  CHECK_THAT(typo.problems[0], Contains("k.json:2:11: unknown setting \"lists\""));
  CHECK(typo.settings.list == "seed");

  auto type = parse_settings("{\"list\": 100}", "k.json");
  REQUIRE(type.problems.size() == 1);
  CHECK_THAT(type.problems[0], Contains("k.json:1:10: \"list\" must be a list's name"));
  CHECK(type.settings.list.empty());

  auto array = parse_settings("[\"hot-100\"]", "k.json");
  REQUIRE(array.problems.size() == 1);
  CHECK_THAT(array.problems[0], Contains("one JSON object"));
}

TEST_CASE("Settings: a missing file is no settings; a folder is named", "[settings]") {
  TempDir dir;
  auto none = read_settings(dir / "notes/kata.json");
  CHECK(none.problems.empty());
  CHECK(none.settings.list.empty());
  std::filesystem::create_directories(dir / "notes/kata.json");
  auto folder = read_settings(dir / "notes/kata.json");
  REQUIRE(folder.problems.size() == 1);
  CHECK_THAT(folder.problems[0], Contains("kata.json"));
  CHECK(settings_path(dir.path()) == dir.path() / "notes" / "kata.json");
}
