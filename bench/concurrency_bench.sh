#!/bin/sh
# How hard the concurrency judge has to look, and how long it takes (issue 22):
#
#   bench/concurrency_bench.sh [BASES]     (default 5; needs ./kata built)
#
# For each buggy fixture of a concurrency kata (tests/attempts/fixtures/SLUG/ wa_*
# and tle_*), judged BASES times, each time with its seeds moved by another base
# ($KATA_INTERLEAVE_BASE = 1 .. BASES): in which run its first failing case failed
# ("in run K of N"), as the median and the largest K, and how many times it was
# not caught at all (a buggy fixture judged AC). Then, for each concurrency
# problem, the wall time of `kata test SLUG --reference` and of each correct
# fixture (both the perturbed runs and the ThreadSanitizer runs; runners cached
# by a first, untimed judging).
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
bases=${1:-5}
kata="$root/build/kata"
[ -x "$kata" ] || { echo "build kata first (./kata list)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export KATA_LOG="$work/log.jsonl"  # never the practice log

seconds() {  # seconds COMMAND...: its wall time; its output in $work/out
  start=$(date +%s.%N)
  "$@" >"$work/out" 2>&1 || true
  end=$(date +%s.%N)
  echo "$start $end" | awk '{ printf "%.1f", $2 - $1 }'
}

slugs=$(cd "$root/problems/concurrency" && ls)
echo "runs until a buggy fixture fails (over $bases bases of the seeds)"
for slug in $slugs; do
  dir="$root/tests/attempts/fixtures/$slug"
  [ -d "$dir" ] || continue
  for f in "$dir"/wa_*.cpp "$dir"/tle_*.cpp; do
    [ -f "$f" ] || continue
    found="" missed=0
    for b in $(seq "$bases"); do
      KATA_INTERLEAVE_BASE=$b "$kata" test "$slug" --file "$f" --json >"$work/out" 2>&1 || true
      k=$(grep -o 'in run [0-9]* of [0-9]*' "$work/out" | head -n 1 | awk '{ print $3 }')
      if [ -n "$k" ]; then found="$found $k"; else missed=$((missed + 1)); fi
    done
    stats=$(echo "$found" | tr ' ' '\n' | grep . | sort -n | awk '
      { v[NR] = $1 } END { if (NR == 0) { print "-", "-"; exit }
        m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; print m, v[NR] }')
    printf '  %-34s %-36s median %5s  max %5s  missed %d of %d\n' "$slug" \
      "$(basename "$f" .cpp)" $stats "$missed" "$bases"
  done
done

echo "kata test, wall time (runners cached)"
for slug in $slugs; do
  "$kata" test "$slug" --reference >/dev/null 2>&1 || true
  printf '  %-34s %-36s %6s s\n' "$slug" "--reference" "$(seconds "$kata" test "$slug" --reference)"
  for f in "$root/tests/attempts/fixtures/$slug"/ac_*.cpp; do
    [ -f "$f" ] || continue
    "$kata" test "$slug" --file "$f" >/dev/null 2>&1 || true
    printf '  %-34s %-36s %6s s\n' "$slug" "$(basename "$f" .cpp)" \
      "$(seconds "$kata" test "$slug" --file "$f")"
  done
done
