#!/bin/sh
# Warm edit-to-verdict for an attempt at Search Insert Position, against compiling
# the same file by hand with `g++ -std=c++20 -O2` and `#include <bits/stdc++.h>`.
#
#   bench/attempt_latency.sh [BUILD_DIR] [ROUNDS]     (defaults: build, 7)
#
# Each round edits the attempt (a new comment: a new hash, so kata must compile it
# again), runs `kata test search-insert-position --file ...` (the fast and the
# sanitized build, as every attempt is judged) and `kata test --fast ...` (the fast
# build alone), each after its own edit, and reads the verdicts; then compiles the
# hand version (the same edit, plus a main() so it links). Rounds interleave the
# three so a busy machine slows all alike. Prints the medians and the ratios; the
# targets: with the sanitizers at most 1.2 s and half a hand compile, without them
# a third of one.
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
fast_times=""
hand_times=""
i=0
while [ "$i" -lt "$rounds" ]; do
  i=$((i + 1))
  write_round "$i"
  t0=$(now)
  verdict=$("$kata" test search-insert-position --file "$attempt" | tail -n 1 | awk '{print $1}')
  t1=$(now)
  [ "$verdict" = "AC" ] || { echo "unexpected verdict: $verdict" >&2; exit 1; }
  write_round "$i-fast"
  t2=$(now)
  verdict=$("$kata" test search-insert-position --fast --file "$attempt" | tail -n 1 | awk '{print $1}')
  t3=$(now)
  [ "$verdict" = "AC" ] || { echo "unexpected verdict (--fast): $verdict" >&2; exit 1; }
  g++ -std=c++20 -O2 "$hand" -o "$work/hand"
  t4=$(now)
  kata_times="$kata_times $(awk "BEGIN {print $t1 - $t0}")"
  fast_times="$fast_times $(awk "BEGIN {print $t3 - $t2}")"
  hand_times="$hand_times $(awk "BEGIN {print $t4 - $t3}")"
done

median() { echo "$@" | tr ' ' '\n' | grep . | sort -g | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
k=$(median $kata_times)
f=$(median $fast_times)
h=$(median $hand_times)
printf 'kata test (edit -> verdict, sanitized too): median %.3f s over %d rounds (target <= 1.2 s)\n' "$k" "$rounds"
printf 'kata test --fast (edit -> verdict):        median %.3f s\n' "$f"
printf 'g++ -O2 with bits/stdc++.h:                 median %.3f s\n' "$h"
printf 'ratio, sanitized: %.2f (target <= 0.5); --fast: %.2f (target <= 0.33)\n' \
  "$(awk "BEGIN {print $k / $h}")" "$(awk "BEGIN {print $f / $h}")"
