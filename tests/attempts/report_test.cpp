// Sanitizer reports: cut to the attempt's lines, and named by line in the parent (the
// children do not symbolize).
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
  CHECK_THAT(trimmed, Catch::Contains("Write of size 1 by thread T4:\n    at Foo::first (") &&
                          Catch::Contains("a.cpp:13:19)"));
  CHECK_THAT(trimmed,
             Catch::Contains("Previous read of size 1 by thread T5:\n    at Foo::second (") &&
                 Catch::Contains("a.cpp:17:17)"));
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
  const std::string module = "(attempts_test+0x" + hex.str() + ")";
  // TSan names a frame's function and leaves out its line; ASan and UBSan, told not
  // to symbolize, give only the address.
  const std::string tsan_frame =
      "    #0 (anonymous namespace)::marked_function(int) " + module + " (BuildId: 0123abcd)";
  const std::string asan_frame = "    #0 0x55d2c1e4ca0e  " + module + " (BuildId: 0123abcd)";
  const std::string library = "    #1 <null> <null> (libstdc++.so.6+0xd44a2) (BuildId: 289e)";
  const std::string tsan =
      "WARNING: ThreadSanitizer: data race (pid=2)\n" + tsan_frame + "\n" + library + "\n";
  const std::string asan =
      "==7==ERROR: AddressSanitizer: heap-buffer-overflow\n" + asan_frame + "\n" + library + "\n";
  const std::string nothing_to_name = "no frames here\n";

  // This test's own file (the symbolizer runs as a process of its own).
  const auto self = std::filesystem::read_symlink("/proc/self/exe");
  const auto named = attempt::symbolize_reports({tsan, asan, nothing_to_name}, self, symbolizer);
  REQUIRE(named.size() == 3);
  for (const std::string& report : {named[0], named[1]}) {
    CHECK_THAT(report, Catch::Contains("marked_function") && Catch::Contains("report_test.cpp:"));
    CHECK_THAT(report, Catch::Contains(module));
    CHECK_THAT(report, !Catch::Contains("BuildId: 0123abcd"));  // the bare frame was replaced
    CHECK_THAT(report, Catch::Contains(library));               // a library's frame is kept
  }
  CHECK(named[0].rfind("WARNING: ThreadSanitizer: data race (pid=2)\n    #0 (anonymous", 0) == 0);
  // ASan's frame in ASan's words, which the trimming reads: "#N 0x.. in function place".
  CHECK(named[1].rfind("==7==ERROR: AddressSanitizer: heap-buffer-overflow\n"
                       "    #0 0x55d2c1e4ca0e in (anonymous namespace)::marked_function(int) ",
                       0) == 0);
  CHECK(named[2] == nothing_to_name);
  const std::string trimmed = attempt::trim_sanitizer_report(named[1], __FILE__);
  CHECK_THAT(trimmed, Catch::Contains("at (anonymous namespace)::marked_function (") &&
                          Catch::Contains("report_test.cpp:"));

  SECTION("a runner the symbolizer cannot read leaves the reports as they were") {
    const auto same = attempt::symbolize_reports({tsan, asan}, "/nonexistent/runner", symbolizer);
    CHECK(same == std::vector<std::string>{tsan, asan});
  }
}
