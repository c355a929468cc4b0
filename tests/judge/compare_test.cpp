// Comparators: exact, float tolerance, any order, any order deep, and multiplicity.
#include <catch2/catch.hpp>

#include <kata/judge/compare.hpp>

using namespace kata::judge;
using Catch::Matchers::Contains;
using Kind = Comparator::Kind;

namespace {
bool same(const char* want, const char* got, Comparator how) {
  return !compare(Json::parse(want), Json::parse(got), how).has_value();
}
Comparator of(Kind k) {
  Comparator c;
  c.kind = k;
  return c;
}
}  // namespace

TEST_CASE("Exact compares values and order", "[compare]") {
  auto exact = of(Kind::exact);
  CHECK(same("[1,2,3]", "[1,2,3]", exact));
  CHECK_FALSE(same("[1,2,3]", "[1,3,2]", exact));
  CHECK_FALSE(same("1", "1.0", exact));
  CHECK_FALSE(same("[1]", "[1,1]", exact));
  CHECK(same("null", "null", exact));
  CHECK(same(R"("abc")", R"("abc")", exact));
}

TEST_CASE("A difference names the first place the answers part", "[compare]") {
  auto d = compare(Json::parse("[[1,2],[3,4]]"), Json::parse("[[1,2],[3,5]]"), of(Kind::exact));
  REQUIRE(d);
  CHECK(d->path == "[1][1]");
  CHECK_THAT(d->what, Contains("expected 4, got 5"));
  auto shorter = compare(Json::parse("[1,2,3]"), Json::parse("[1,2]"), of(Kind::exact));
  REQUIRE(shorter);
  CHECK_THAT(shorter->what, Contains("expected 3 items, got 2"));
  CHECK_THAT(shorter->what, Contains("first missing: 3"));
}

TEST_CASE("Float compares within an absolute or relative tolerance", "[compare]") {
  Comparator abs = of(Kind::float_tolerance);
  CHECK(same("2.0", "2.000001", abs));
  CHECK_FALSE(same("2.0", "2.001", abs));
  CHECK(same("[1.5,[2.25]]", "[1.500001,[2.250001]]", abs));
  CHECK(same("3", "3.000001", abs));
  Comparator rel = abs;
  rel.relative = true;
  CHECK(same("1000000.0", "1000001.0", rel));
  CHECK_FALSE(same("1000000.0", "1000001.0", abs));
  rel.tolerance = 1e-9;
  CHECK_FALSE(same("1000000.0", "1000001.0", rel));
}

TEST_CASE("Any order accepts the outer list in any order", "[compare]") {
  auto any = of(Kind::any_order);
  CHECK(same("[[1,2],[2,1]]", "[[2,1],[1,2]]", any));
  CHECK_FALSE(same("[[1,2],[2,1]]", "[[1,2],[1,2]]", any));  // inner order still counts
  CHECK_FALSE(same("[[1,2]]", "[[2,1]]", any));
  CHECK(same("[]", "[]", any));
}

TEST_CASE("Multiplicity counts: a duplicated row never stands in for a missing one",
          "[compare]") {
  CHECK_FALSE(same("[[1,2],[1,2]]", "[[1,2],[2,1]]", of(Kind::any_order)));
  CHECK_FALSE(same("[[1,2],[2,1]]", "[[1,2],[1,2]]", of(Kind::any_order)));
  CHECK_FALSE(same("[1,1,2]", "[1,2,2]", of(Kind::any_order)));
  CHECK_FALSE(same("[[1],[1],[2]]", "[[1],[2],[2]]", of(Kind::any_order_deep)));
  CHECK_FALSE(same("[[1,1,2]]", "[[1,2,2]]", of(Kind::any_order_deep)));
  CHECK_FALSE(same("[[1],[2]]", "[[1],[2],[2]]", of(Kind::any_order_deep)));
  auto d = compare(Json::parse("[[1],[2]]"), Json::parse("[[1],[1]]"), of(Kind::any_order));
  REQUIRE(d);
  CHECK_THAT(d->what, Contains("missing [2]"));
}

TEST_CASE("Any order deep accepts outer and inner lists in any order", "[compare]") {
  auto deep = of(Kind::any_order_deep);
  CHECK(same("[[],[1],[2],[1,2]]", "[[2,1],[],[2],[1]]", deep));
  CHECK(same("[[-1,0,1],[-1,-1,2]]", "[[2,-1,-1],[1,0,-1]]", deep));
  CHECK_FALSE(same("[[1,2],[3]]", "[[1,2],[4]]", deep));
}
