#!/bin/sh
# Speed-up of `kata run` over the whole catalog on this machine: -j 2 against -j 1.
# Eleven rounds, each runs -j 1 then -j 2. The machine is shared and its speed
# drifts over seconds: alternating the two keeps a slow spell from landing on one
# side only. The speed-up is taken from the best time of each side (the least
# disturbed run); the medians are printed too, to show how noisy the machine was.
# Usage: bench/run_speedup.sh [path/to/kata]
set -eu
kata=${1:-build/kata}
rounds=11
once() {
  t0=$(date +%s.%N)
  "$kata" run "$@" >/dev/null 2>&1 || { echo "run_speedup: kata run $* failed" >&2; exit 1; }
  t1=$(date +%s.%N)
  awk -v a="$t0" -v z="$t1" 'BEGIN { print z - a }'
}
t1=""
t2=""
i=0
while [ "$i" -lt "$rounds" ]; do
  t1="$t1 $(once -j 1)"
  t2="$t2 $(once -j 2)"
  i=$((i + 1))
done
summary() { echo "$1" | tr ' ' '\n' | grep . | sort -g | awk '{ v[NR] = $1 } END { print v[1], v[int((NR + 1) / 2)] }'; }
set -- $(summary "$t1") $(summary "$t2")
awk -v b1="$1" -v m1="$2" -v b2="$3" -v m2="$4" 'BEGIN {
  printf "kata run, whole catalog: -j 1 %.2f s, -j 2 %.2f s, speed-up %.2f (target >= 1.8)\n", b1, b2, b1 / b2
  printf "  medians: -j 1 %.2f s, -j 2 %.2f s, speed-up %.2f\n", m1, m2, m1 / m2 }'
