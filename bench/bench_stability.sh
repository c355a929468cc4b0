#!/bin/sh
# How long a `kata bench` takes and how stable its verdict is: RUNS benches of
# planted quadratic attempts against their linear references (the fixtures of
# tests/attempts, the seed changed each run so the inputs differ), and of a
# two-size problem's reference, printing each run's wall time and fitted classes,
# then the tally of classes per problem.
#
#   bench/bench_stability.sh [BUILD_DIR] [RUNS]     (defaults: build, 10)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
runs=${2:-10}
kata="$build/kata"
[ -x "$kata" ] || { echo "no kata binary in $build (build it first)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export KATA_LOG="$work/log.jsonl"

field() { # field JSON KEY: the class of "attempt" or "reference" (null: cannot tell)
  python3 -c 'import json,sys; j=json.load(open(sys.argv[1])); print(j[sys.argv[2]]["class"])' "$1" "$2"
}
for slug in product-of-array-except-self maximum-subarray; do
  fixture="$root/tests/attempts/fixtures/$slug/bench_quadratic.cpp"
  i=1
  while [ "$i" -le "$runs" ]; do
    start=$(date +%s%N)
    "$kata" bench "$slug" --file "$fixture" --seed "$i" --json > "$work/out.json" 2>/dev/null
    ms=$(( ($(date +%s%N) - start) / 1000000 ))
    echo "$slug run $i: ${ms} ms  attempt $(field "$work/out.json" attempt)  reference $(field "$work/out.json" reference)"
    i=$((i + 1))
  done
done | tee "$work/runs.txt"
# A problem of two sizes (Edit Distance, O(m * n)), its reference alone: both words
# grow with n in the bench's inputs, so the class should be n².
i=1
while [ "$i" -le "$runs" ]; do
  start=$(date +%s%N)
  "$kata" bench edit-distance --reference --seed "$i" --json > "$work/out.json" 2>/dev/null
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  echo "edit-distance run $i: ${ms} ms  reference $(field "$work/out.json" reference)"
  i=$((i + 1))
done | tee -a "$work/runs.txt"
echo "tally (problem, attempt class, reference class: runs):"
sed 's/ run [0-9]*: [0-9]* ms / /' "$work/runs.txt" | sort | uniq -c
