#!/bin/sh
# Speed-up of `kata run` over the whole catalog on this machine: -j 2 against -j 1.
# Best of 5 wall-clock runs each (the machine is shared: the best run is the least disturbed). Usage: bench/run_speedup.sh [path/to/kata]
set -eu
kata=${1:-build/kata}
best() {
  b=""
  for _ in 1 2 3 4 5; do
    t0=$(date +%s.%N)
    "$kata" run "$@" >/dev/null 2>&1 || { echo "run_speedup: kata run $* failed" >&2; exit 1; }
    t1=$(date +%s.%N)
    b=$(awk -v a="$t0" -v z="$t1" -v b="$b" 'BEGIN { t = z - a; if (b == "" || t < b) b = t; print b }')
  done
  echo "$b"
}
t1=$(best -j 1)
t2=$(best -j 2)
awk -v a="$t1" -v b="$t2" 'BEGIN {
  printf "kata run, whole catalog: -j 1 %.2f s, -j 2 %.2f s, speed-up %.2f (target >= 1.8)\n", a, b, a / b }'
