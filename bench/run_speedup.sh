#!/bin/sh
# Speed-up of `kata run` over the whole catalog on this machine: -j 2 against -j 1.
# Seven rounds, each runs -j 1 then -j 2; the best time of each is kept. The
# machine is shared and its speed drifts over seconds: alternating the two keeps a
# slow spell from landing on one side only, and the best run is the least disturbed.
# Usage: bench/run_speedup.sh [path/to/kata]
set -eu
kata=${1:-build/kata}
once() {
  t0=$(date +%s.%N)
  "$kata" run "$@" >/dev/null 2>&1 || { echo "run_speedup: kata run $* failed" >&2; exit 1; }
  t1=$(date +%s.%N)
  awk -v a="$t0" -v z="$t1" 'BEGIN { print z - a }'
}
min() { awk -v a="$1" -v b="$2" 'BEGIN { print (a == "" || b < a) ? b : a }'; }
b1=""
b2=""
for _ in 1 2 3 4 5 6 7; do
  b1=$(min "$b1" "$(once -j 1)")
  b2=$(min "$b2" "$(once -j 2)")
done
awk -v a="$b1" -v b="$b2" 'BEGIN {
  printf "kata run, whole catalog: -j 1 %.2f s, -j 2 %.2f s, speed-up %.2f (target >= 1.8)\n", a, b, a / b }'
