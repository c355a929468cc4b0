// Task<T>: laziness, values, exceptions, references, deep chains; block_on.
#include <catch2/catch.hpp>

#include <stdexcept>
#include <string>

#include <kata/sched.hpp>

#include "scale.hpp"

namespace ks = kata::sched;

namespace {

ks::Task<int> answer() { co_return 42; }
ks::Task<std::string> greet(std::string name) { co_return "hello " + name; }
ks::Task<int> fails() {
  throw std::runtime_error("boom");
  co_return 0;
}
ks::Task<int> add_children() {
  int a = co_await answer();
  int b = co_await answer();
  co_return a + b;
}
ks::Task<int&> ref_to(int& x) { co_return x; }
ks::Task<void> touch(int* out) {
  *out = 7;
  co_return;
}
ks::Task<int> one() { co_return 1; }
ks::Task<long> sum_chain(long n) {
  long s = 0;
  for (long i = 0; i < n; ++i) s += co_await one();
  co_return s;
}
ks::Task<int> catch_child() {
  try {
    co_await fails();
  } catch (const std::runtime_error& e) {
    co_return std::string(e.what()) == "boom" ? 1 : 2;
  }
  co_return 0;
}

}  // namespace

TEST_CASE("A task does not start until it is awaited", "[task]") {
  int x = 0;
  {
    ks::Task<void> t = touch(&x);
    CHECK(x == 0);
  }  // destroyed without running
  CHECK(x == 0);
  ks::Scheduler s(1);
  s.block_on(touch(&x));
  CHECK(x == 7);
}

TEST_CASE("block_on returns the task's value", "[task]") {
  ks::Scheduler s(2);
  CHECK(s.block_on(answer()) == 42);
  CHECK(s.block_on(greet("kata")) == "hello kata");
  CHECK(s.block_on(add_children()) == 84);
}

TEST_CASE("block_on rethrows the task's exception", "[task]") {
  ks::Scheduler s(2);
  CHECK_THROWS_AS(s.block_on(fails()), std::runtime_error);
  CHECK(s.block_on(catch_child()) == 1);
}

TEST_CASE("A task may return a reference", "[task]") {
  ks::Scheduler s(1);
  int x = 3;
  int& r = s.block_on(ref_to(x));
  CHECK(&r == &x);
}

TEST_CASE("A long chain of synchronously completing awaits does not grow the stack", "[task]") {
  ks::Scheduler s(1);
  // GCC makes symmetric transfer a tail call only when optimizing; the
  // sanitizer builds are -O0 (asan) and keep the chain short.
  const long n = ks::test::kSanitized ? 10'000 : 1'000'000;
  CHECK(s.block_on(sum_chain(n)) == n);
}
