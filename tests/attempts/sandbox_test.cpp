// The sandbox on its own: limits, the watchdog, the channel, and no strays.
#include <signal.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>
#include <vector>

#include <catch2/catch.hpp>

#include <kata/attempt/sandbox.hpp>

namespace sb = kata::attempt::sandbox;

namespace {

sb::Exit shell(const std::string& script, std::chrono::milliseconds budget = std::chrono::seconds(10),
               sb::Limits limits = {}) {
  sb::Spec spec;
  spec.argv = {"/bin/sh", "-c", script};
  spec.limits = limits;
  spec.channel = true;
  return sb::run(spec, sb::Clock::now() + budget);
}

}  // namespace

TEST_CASE("A program that exits is reported with its status and output", "[sandbox]") {
  auto ex = shell("echo hello; echo oops >&2; exit 3");
  CHECK(ex.exited);
  CHECK(ex.code == 3);
  CHECK_FALSE(ex.timed_out);
  CHECK(ex.output == "hello\noops\n");
}

TEST_CASE("A signal is reported by name", "[sandbox]") {
  auto ex = shell("kill -SEGV $$");
  CHECK_FALSE(ex.exited);
  CHECK(ex.signal == SIGSEGV);
  CHECK(sb::signal_name(ex.signal) == "SIGSEGV");
  CHECK(sb::signal_name(SIGABRT) == "SIGABRT");
}

TEST_CASE("The watchdog kills a sleeping program", "[sandbox]") {
  auto ex = shell("sleep 100", std::chrono::milliseconds(300));
  CHECK(ex.timed_out);
  CHECK(ex.signal == SIGKILL);
}

TEST_CASE("stdin is empty", "[sandbox]") {
  auto ex = shell("if read line; then echo got; else echo eof; fi");
  CHECK(ex.output == "eof\n");
}

TEST_CASE("A flood of output ends at the output limit", "[sandbox]") {
  sb::Limits l;
  l.output_bytes = 1 << 20;
  auto ex = shell("yes flood", std::chrono::seconds(10), l);
  CHECK(ex.signal == SIGXFSZ);
  CHECK(ex.output_size <= (1u << 20));
  CHECK(ex.output.rfind("flood\n", 0) == 0);
}

TEST_CASE("The channel delivers lines while the program runs", "[sandbox]") {
  sb::Spec spec;
  spec.argv = {"/bin/sh", "-c", "echo one >&3; echo two >&3; printf three >&3"};
  spec.channel = true;
  std::vector<std::string> lines;
  auto ex = sb::run(spec, sb::Clock::now() + std::chrono::seconds(10),
                    [&](std::string_view l, const sb::LineInfo&) {
                      lines.emplace_back(l);
                      return sb::LineReply{sb::Clock::now() + std::chrono::seconds(10)};
                    });
  CHECK(ex.exited);
  CHECK(lines == std::vector<std::string>{"one", "two"});  // an unfinished line is not a line
}

TEST_CASE("Each line tells how much the program had printed when it was read", "[sandbox]") {
  // When it was read, not written: the parent may read a line late, after more
  // output, so the figure bounds what was printed before the line (run_cases.cpp
  // asks the runner for the exact figure and uses this one to bound it).
  sb::Spec spec;
  spec.argv = {"/bin/sh", "-c", "printf abc; echo one >&3; printf de >&2; echo two >&3"};
  spec.channel = true;
  std::vector<std::size_t> at;
  auto ex = sb::run(spec, sb::Clock::now() + std::chrono::seconds(10),
                    [&](std::string_view, const sb::LineInfo& info) {
                      at.push_back(info.output_bytes);
                      return sb::LineReply{sb::Clock::now() + std::chrono::seconds(10)};
                    });
  CHECK(ex.exited);
  REQUIRE(at.size() == 2);
  CHECK(at[0] >= 3);
  CHECK(at[0] <= at[1]);
  CHECK(at[1] == 5);
  CHECK(ex.output == "abcde");
}

TEST_CASE("A line the handler rejects ends the program at once, and no line after it is read",
          "[sandbox]") {
  sb::Spec spec;
  spec.argv = {"/bin/sh", "-c", "echo good >&3; echo bad >&3; echo later >&3; sleep 1000"};
  spec.channel = true;
  std::vector<std::string> lines;
  auto started = sb::Clock::now();
  auto ex = sb::run(spec, started + std::chrono::seconds(30),
                    [&](std::string_view l, const sb::LineInfo&) {
                      lines.emplace_back(l);
                      return sb::LineReply{sb::Clock::now() + std::chrono::seconds(30), true,
                                           l == "bad"};
                    });
  CHECK(ex.stopped);
  CHECK_FALSE(ex.timed_out);
  CHECK(ex.signal == SIGKILL);
  CHECK(lines == std::vector<std::string>{"good", "bad"});
  CHECK(sb::Clock::now() - started < std::chrono::seconds(20));  // not the sleep, not the deadline
}

TEST_CASE("A line with no end in sight ends the program", "[sandbox]") {
  sb::Spec spec;
  spec.argv = {"/bin/sh", "-c", "yes x | tr -d '\\n' >&3"};
  spec.channel = true;
  spec.max_line_bytes = 1 << 20;
  int lines = 0;
  auto ex = sb::run(spec, sb::Clock::now() + std::chrono::seconds(30),
                    [&](std::string_view, const sb::LineInfo&) {
                      ++lines;
                      return sb::LineReply{sb::Clock::now() + std::chrono::seconds(30)};
                    });
  CHECK(ex.line_too_long);
  CHECK(lines == 0);
  CHECK(sb::children_of_self().empty());
}

TEST_CASE("Only lines that make progress restart the per-line CPU watchdog", "[sandbox]") {
  // A busy loop that writes a line every few ms: were every line progress, it would
  // never end; the handler says none is, so the CPU watchdog ends it.
  sb::Spec spec;
  spec.argv = {"/bin/sh", "-c", "while :; do echo x >&3; done"};
  spec.channel = true;
  spec.cpu_per_line = std::chrono::milliseconds(300);
  auto ex = sb::run(spec, sb::Clock::now() + std::chrono::seconds(60),
                    [&](std::string_view, const sb::LineInfo&) {
                      return sb::LineReply{sb::Clock::now() + std::chrono::seconds(60), false};
                    });
  CHECK(ex.timed_out);
  CHECK(ex.cpu_exceeded);
}

TEST_CASE("Nothing a program spawned outlives it, even outside its process group", "[sandbox]") {
  auto ex = shell("sleep 1000 & setsid sh -c 'sleep 1000 & sleep 1000' & sleep 0.2; exit 0");
  CHECK(ex.exited);
  CHECK(ex.strays_killed >= 1);
  CHECK(sb::processes_in_group(ex.pid).empty());
  CHECK(sb::children_of_self().empty());
}

TEST_CASE("The memory limit makes allocation fail, not the machine", "[sandbox]") {
  sb::Limits l;
  l.data_bytes = 64u << 20;
  // awk builds an ever longer string until malloc fails.
  auto ex = shell("awk 'BEGIN { s = \"x\"; while (1) s = s s }'", std::chrono::seconds(20), l);
  CHECK_FALSE(ex.timed_out);
  CHECK(!(ex.exited && ex.code == 0));
  CHECK(ex.max_rss_kb < 200 * 1024);
}

TEST_CASE("The parent's CPU budget stops a busy program; no CPU rlimit blurs its clock", "[sandbox]") {
  sb::Spec spec;
  spec.argv = {"/bin/sh", "-c", "while :; do :; done"};
  spec.cpu_total = std::chrono::milliseconds(300);
  auto ex = sb::run(spec, sb::Clock::now() + std::chrono::seconds(30));
  CHECK(ex.timed_out);
  CHECK(ex.cpu_exceeded);
  CHECK(ex.signal == SIGKILL);
  // An RLIMIT_CPU would make the child's process CPU clock tick-grained (sandbox.hpp).
  CHECK(shell("ulimit -t").output == "unlimited\n");
}

TEST_CASE("Runs on several threads never take each other's children for strays", "[sandbox]") {
  // Each run reaps the children born after its own; a run on another thread must
  // not kill those that are still running (kata compiles references on every core).
  std::vector<sb::Exit> exits(4);
  {
    std::vector<std::thread> threads;
    for (std::size_t i = 0; i < exits.size(); ++i)
      threads.emplace_back([&exits, i] {
        std::this_thread::sleep_for(std::chrono::milliseconds(50 * static_cast<int>(i)));
        exits[i] = shell("sleep 0.3; exit 7");
      });
    for (auto& t : threads) t.join();
  }
  for (const auto& ex : exits) {
    CHECK(ex.exited);
    CHECK(ex.code == 7);
  }
}

namespace {

sb::Exit isolated(const std::string& script, const std::string& writable = "",
                  std::vector<std::string> inputs = {}) {
  sb::Spec spec;
  spec.argv = {"/bin/sh", "-c", script};
  spec.isolate = true;
  spec.writable = writable;
  spec.inputs = std::move(inputs);
  return sb::run(spec, sb::Clock::now() + std::chrono::seconds(20));
}

}  // namespace

// Where the machine refuses namespaces, each of these checks that the program
// still runs, as it would without them, and says isolation is off.
TEST_CASE("An isolated program runs as an unprivileged user in a view of its own", "[sandbox]") {
  auto ex = isolated("id -u; cat /proc/sys/kernel/hostname; ls /; ls /proc | grep -c '^[0-9]'");
  REQUIRE(ex.exited);
  CHECK(ex.code == 0);
  if (!sb::isolation().available) {
    WARN("isolation is off here: " << sb::isolation().why_not);
    CHECK_FALSE(ex.isolated);
    return;
  }
  CHECK(ex.isolated);
  CHECK(ex.setup_error.empty());
  std::istringstream out(ex.output);
  std::string uid, host;
  out >> uid >> host;
  CHECK(uid == "1000");
  CHECK(host == "kata");
  // Only what a runner needs: no /etc, /home, /root, /work, nor the build tree.
  for (const char* absent : {"\netc\n", "\nhome\n", "\nroot\n", "\nwork\n", "\nvar\n"})
    CHECK_THAT(ex.output, !Catch::Contains(absent));
  CHECK_THAT(ex.output, Catch::Contains("\nusr\n"));
  CHECK_THAT(ex.output, Catch::Contains("\nproc\n"));
  // Its /proc shows its own pid namespace: init, sh and the commands of the pipe.
  int processes = std::atoi(ex.output.substr(ex.output.rfind('\n', ex.output.size() - 2)).c_str());
  CHECK(processes >= 2);
  CHECK(processes <= 5);
}

TEST_CASE("An isolated program cannot reach kata: no signal, no memory, no network", "[sandbox]") {
  if (!sb::isolation().available) {  // without it, the kill below would end this test
    WARN("isolation is off here: " << sb::isolation().why_not);
    return;
  }
  const std::string self = std::to_string(::getpid());
  auto ex = isolated("kill -9 " + self + " 2>/dev/null; echo kill $?; cat /proc/" + self +
                     "/mem >/dev/null 2>&1; echo mem $?; tail -n +3 /proc/net/dev | cut -d: -f1");
  REQUIRE(ex.exited);
  CHECK_THAT(ex.output, Catch::Contains("kill 1"));
  CHECK_THAT(ex.output, Catch::Contains("mem 1"));
  // Network interfaces: only its own loopback.
  CHECK_THAT(ex.output, Catch::EndsWith("lo\n"));
  CHECK(ex.output.find("eth") == std::string::npos);
}

TEST_CASE("Inputs come as open fds; the writable directory is the only way out", "[sandbox]") {
  auto dir = std::filesystem::temp_directory_path() / ("kata-sandbox-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir / "out");
  {
    std::ofstream(dir / "input.txt") << "the input\n";
  }
  auto ex = isolated("cat /proc/self/fd/4; echo report > /out/written; echo x > " + dir.string() +
                         "/escaped 2>/dev/null; echo escaped $?",
                     (dir / "out").string(), {(dir / "input.txt").string()});
  REQUIRE(ex.exited);
  CHECK_THAT(ex.output, Catch::StartsWith("the input\n"));
  if (sb::isolation().available) {
    std::ifstream written(dir / "out" / "written");
    std::string text;
    std::getline(written, text);
    CHECK(text == "report");
    CHECK_FALSE(std::filesystem::exists(dir / "escaped"));
    CHECK_THAT(ex.output, Catch::Contains("escaped 1") || Catch::Contains("escaped 2"));
  }
  std::filesystem::remove_all(dir);
}

TEST_CASE("What a program's workers hold counts against its memory limit", "[sandbox]") {
  sb::Spec spec;
  // The shell stays small; the awk it starts doubles a string to 256 MiB (mawk:
  // Debian's awk, named directly: the /etc/alternatives link is not in the view).
  spec.argv = {"/bin/sh", "-c",
               "mawk 'BEGIN { s = \"x\"; while (length(s) < 268435456) s = s s; print length(s) }'"
               "; echo done"};
  spec.isolate = true;
  spec.limits.resident_bytes = 96u << 20;
  auto ex = sb::run(spec, sb::Clock::now() + std::chrono::seconds(30));
  CHECK(ex.memory_exceeded);
  CHECK(ex.peak_resident_kb >= 90 * 1024);
  CHECK_THAT(ex.output, !Catch::Contains("268435456"));
  auto groups = sb::control_groups();
  if (!groups.available) {
    WARN("no control groups here (" << groups.why_not << "): the parent added up the processes");
    CHECK_FALSE(ex.in_cgroup);
    return;
  }
  CHECK(ex.in_cgroup);
  // Nothing of the run's group is left.
  const std::string prefix = "kata-" + std::to_string(::getpid()) + "-";
  for (const auto& e : std::filesystem::directory_iterator(groups.parent))
    CHECK(e.path().filename().string().rfind(prefix, 0) != 0);
}

TEST_CASE("A run's group caps its tasks as the kernel counts them", "[sandbox]") {
  auto groups = sb::control_groups();
  sb::Spec spec;
  // 40 sleepers from one shell: more than a cap of 16 allows.
  spec.argv = {"/bin/sh", "-c",
               "n=0; while [ $n -lt 40 ]; do sleep 5 & n=$((n+1)); done 2>/dev/null; echo started $n"};
  spec.isolate = true;
  spec.max_tasks = 16;
  auto ex = sb::run(spec, sb::Clock::now() + std::chrono::seconds(30));
  if (!sb::isolation().available) {
    WARN("isolation is off here: " << sb::isolation().why_not);
    return;
  }
  // The shell cannot start the 40 (fork fails; dash gives up with an error).
  CHECK_THAT(ex.output, !Catch::Contains("started 40"));
  CHECK(ex.in_cgroup == groups.available);
}
