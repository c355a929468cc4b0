// Sanitizer reports: cut to the attempt's lines, and named by line when the child's
// own symbolizer left them bare.
#include <catch2/catch.hpp>

#include <dlfcn.h>

#include <cstdint>
#include <filesystem>
#include <sstream>

#include <kata/attempt/attempt.hpp>

using namespace kata;

TEST_CASE("A ThreadSanitizer report is cut to both accesses at the attempt's lines",
          "[attempts][report]") {
  // As clang 19's runtime writes it: the first frame of each module carries its
  // build ID after the module.
  const std::string report =
      "==================\n"
      "WARNING: ThreadSanitizer: data race (pid=2)\n"
      "  Write of size 1 at 0x7208000001b0 by thread T4:\n"
      "    #0 Foo::first(std::function<void ()>) /home/me/a.cpp:13:19 (runner+0x1024ba) "
      "(BuildId: daaea2dfe1744bb468eeb536a8a1e91e4f162ee9)\n"
      "    #1 kata_harness::Harness<Foo>::run() /k/harness.cpp:34:36 (runner+0x1024ba)\n"
      "  Previous read of size 1 at 0x7208000001b0 by thread T5:\n"
      "    #0 std::function<void ()>::operator()() const /usr/include/c++/12/bits/"
      "std_function.h:591:9 (runner+0xfdf52) (BuildId: daaea2dfe1744bb468eeb536a8a1e91e4f162ee9)\n"
      "    #1 Foo::second(std::function<void ()>) /home/me/a.cpp:17:17 (runner+0x10254f)\n"
      "  Location is heap block of size 3 at 0x7208000001b0 allocated by main thread:\n"
      "    #0 operator new(unsigned long) <null> (runner+0x9a1b2) (BuildId: daaea2df)\n"
      "SUMMARY: ThreadSanitizer: data race /home/me/a.cpp:13:19 in Foo::first\n";
  const std::string trimmed = attempt::trim_sanitizer_report(report, "/home/me/a.cpp");
  CHECK(trimmed.rfind("sanitizer: ThreadSanitizer: data race", 0) == 0);
  CHECK_THAT(trimmed, Catch::Contains("Write of size 1 by thread T4:\n    at Foo::first (")
                          && Catch::Contains("a.cpp:13:19)"));
  CHECK_THAT(trimmed, Catch::Contains("Previous read of size 1 by thread T5:\n    at Foo::second (")
                          && Catch::Contains("a.cpp:17:17)"));
  CHECK_THAT(trimmed, !Catch::Contains("BuildId") && !Catch::Contains("runner+0x") &&
                          !Catch::Contains("operator new"));
}

namespace {

// A function of this test whose address the test symbolizes; its body keeps it out
// of line.
[[gnu::noinline]] int marked_function(int x) {
  static volatile int sink;
  sink = x;  // the line the test expects
  return sink * 3;
}

}  // namespace

TEST_CASE("A report's bare frames of the runner are named by line in the parent",
          "[attempts][report]") {
  const std::string symbolizer = attempt::Toolchain::configured().symbolizer;
  if (symbolizer.empty()) {
    WARN("no symbolizer configured: nothing to name lines with");
    return;
  }
  REQUIRE(marked_function(2) == 6);
  Dl_info info{};
  REQUIRE(dladdr(reinterpret_cast<void*>(&marked_function), &info) != 0);
  const auto offset = reinterpret_cast<std::uintptr_t>(&marked_function) -
                      reinterpret_cast<std::uintptr_t>(info.dli_fbase) + 4;
  std::ostringstream hex;
  hex << std::hex << offset;
  const std::string bare = "    #0 (anonymous namespace)::marked_function(int) (attempts_test+0x" +
                           hex.str() + ") (BuildId: 0123abcd)";
  const std::string library = "    #1 <null> <null> (libstdc++.so.6+0xd44a2) (BuildId: 289e)";
  const std::string report = "WARNING: ThreadSanitizer: data race (pid=2)\n" + bare + "\n" +
                             library + "\n";

  // This test's own file (the symbolizer runs as a process of its own).
  const auto self = std::filesystem::read_symlink("/proc/self/exe");
  const std::string named = attempt::symbolize_report(report, self, symbolizer);
  CHECK_THAT(named, Catch::Contains("marked_function") && Catch::Contains("report_test.cpp:"));
  CHECK_THAT(named, Catch::Contains("(attempts_test+0x" + hex.str() + ")"));
  CHECK_THAT(named, !Catch::Contains("BuildId: 0123abcd"));  // the bare frame was replaced
  CHECK_THAT(named, Catch::Contains(library));                // a library's frame is kept
  CHECK(named.rfind("WARNING: ThreadSanitizer: data race (pid=2)\n", 0) == 0);

  SECTION("a runner the symbolizer cannot read leaves the report as it was") {
    CHECK(attempt::symbolize_report(report, "/nonexistent/runner", symbolizer) == report);
  }
}
