#!/bin/sh
# Warm edit-to-verdict for an attempt at Search Insert Position, against compiling
# the same file by hand with `g++ -std=c++20 -O2` and `#include <bits/stdc++.h>`.
#
#   bench/attempt_latency.sh [BUILD_DIR] [ROUNDS]     (defaults: build, 7)
#
# Each round edits the attempt (a new comment: a new hash, so kata must compile it
# again), runs `kata test search-insert-position --file ...` and reads the verdict;
# then compiles the hand version (the same edit, plus a main() so it links). Rounds
# interleave the two so a busy machine slows both alike. Prints the median of each
# and their ratio; the target is a ratio of at most 1/3.
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
rounds=${2:-7}
kata="$build/kata"
[ -x "$kata" ] || { echo "no kata binary in $build (build it first)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
attempt="$work/attempt.cpp"
hand="$work/hand.cpp"
solution="$root/problems/binary-search/search-insert-position/solution.cpp"
export KATA_LOG="$work/log.jsonl"

now() { date +%s.%N; }

write_round() {
  cp "$solution" "$attempt"
  echo "// edit $1 $$" >> "$attempt"
  { echo '#include <bits/stdc++.h>'; echo 'using namespace std;'; cat "$attempt"
    echo 'int main() { vector<int> v{1, 3, 5, 6}; return Solution().searchInsert(v, 5) == 2 ? 0 : 1; }'
  } > "$hand"
}

# Warm-up: the PCH and kata's own pages are in memory, as after any earlier test.
write_round warmup
"$kata" test search-insert-position --file "$attempt" > /dev/null
g++ -std=c++20 -O2 "$hand" -o "$work/hand" 

kata_times=""
hand_times=""
i=0
while [ "$i" -lt "$rounds" ]; do
  i=$((i + 1))
  write_round "$i"
  t0=$(now)
  verdict=$("$kata" test search-insert-position --file "$attempt" | tail -n 1 | awk '{print $1}')
  t1=$(now)
  [ "$verdict" = "AC" ] || { echo "unexpected verdict: $verdict" >&2; exit 1; }
  g++ -std=c++20 -O2 "$hand" -o "$work/hand"
  t2=$(now)
  kata_times="$kata_times $(awk "BEGIN {print $t1 - $t0}")"
  hand_times="$hand_times $(awk "BEGIN {print $t2 - $t1}")"
done

median() { echo "$@" | tr ' ' '\n' | grep . | sort -g | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
k=$(median $kata_times)
h=$(median $hand_times)
printf 'kata test (edit -> verdict): median %.3f s over %d rounds\n' "$k" "$rounds"
printf 'g++ -O2 with bits/stdc++.h:  median %.3f s\n' "$h"
printf 'ratio: %.2f (target <= 0.33)\n' "$(awk "BEGIN {print $k / $h}")"
