#!/bin/sh
# What isolation costs a `kata test` (the namespaces, the view of the files, the
# probe): the same cached attempt judged with and without it (KATA_SANDBOX=none),
# alternating, ROUNDS times each; prints the medians and their difference
# (target: under 50 ms).
#
#   bench/sandbox_cost.sh [BUILD_DIR] [ROUNDS]     (defaults: build, 15)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
rounds=${2:-15}
kata="$build/kata"
[ -x "$kata" ] || { echo "no kata binary in $build (build it first)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export KATA_LOG="$work/log.jsonl"
attempt="$work/attempt.cpp"
cp "$root/problems/binary-search/search-insert-position/solution.cpp" "$attempt"
"$kata" test search-insert-position --file "$attempt" > /dev/null  # builds both runners once

ms() { # ms ENV...: one judged run's wall time in ms
  start=$(date +%s%N)
  env "$@" "$kata" test search-insert-position --file "$attempt" > /dev/null 2>&1
  echo $(( ($(date +%s%N) - start) / 1000000 ))
}
on=""
off=""
i=0
while [ "$i" -lt "$rounds" ]; do
  on="$on $(ms KATA_SANDBOX=)"
  off="$off $(ms KATA_SANDBOX=none)"
  i=$((i + 1))
done
median() { echo "$@" | tr ' ' '\n' | grep . | sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
a=$(median $on)
b=$(median $off)
echo "kata test, cached runners (two children: fast and sanitized), median of $rounds:"
echo "  isolated $a ms, not isolated $b ms: isolation costs $((a - b)) ms (target < 50)"
