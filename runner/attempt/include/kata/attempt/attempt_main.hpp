// What an attempt's runner is compiled against: the binding, and the case loop its main() hands it
// to.
//
// An attempt is compiled into a small executable (attempt.hpp has the whole design).
// Its one translation unit is generated: the attempt's own file, then
//
//   int main(int argc, char** argv) {
//     static const kata::bind::Function fn =
//         kata::bind::function<&Solution::searchInsert>({"nums", "target"});
//     return kata::attempt::child_main(argc, argv, kata::bind::Entry{&fn, nullptr});
//   }
#pragma once

#include <kata/judge/bind.hpp>

namespace kata::attempt {

// The runner's main loop (defined in libkata_judge.a, attempt_child.cpp): reads the
// cases, runs each through the one driver (invoke.hpp), writes one result a line.
int child_main(int argc, char** argv, const bind::Entry& entry);

}  // namespace kata::attempt
