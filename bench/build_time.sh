#!/bin/sh
# How long a person waits for builds (issue 13), on a fresh clone with the packages
# installed, on this machine:
#
#   bench/build_time.sh [--skip-300]
#
#   first      the build the first `./kata daily` waits for (configure included)
#   first-test the first `./kata test SLUG --reference` after it: the problem's
#              module, and the modules' precompiled header, which kata makes on
#              first use (not the build)
#   solution   edit that solution.cpp (a comment added: kata's module cache goes by
#              content, so a bare touch costs nothing), then the same test again
#   verb       touch one verb file, then `./kata list`
#   header     touch one judge header, then `./kata list`
#   first-300  the first `./kata daily` with a synthetic catalog of 300 problems,
#              made in the clone by bench/synthetic_catalog.sh
#
# Each figure is the wall time of the command, build and run together. The clone
# is made from this repository's HEAD (commit first what you want measured).
#
#   bench/build_time.sh --against COMMIT [ROUNDS]
#
# compares only the first build, HEAD's and COMMIT's, from fresh clones, taking
# turns (COMMIT, HEAD, COMMIT, ...; ROUNDS pairs, default 2): this machine's speed
# drifts by a third from one day to the next, so a figure is only comparable with
# one measured beside it.
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
skip_300=false
[ "${1:-}" = "--skip-300" ] && skip_300=true
against=""
if [ "${1:-}" = "--against" ]; then
  against=$(git -C "$root" rev-parse --short "${2:?--against needs a commit}")
  rounds=${3:-2}
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export KATA_LOG="$work/log.jsonl"

seconds() {  # seconds COMMAND...: runs it quietly, prints its wall time
  start=$(date +%s.%N)
  "$@" >"$work/out.txt" 2>&1 || { cat "$work/out.txt" >&2; echo "failed: $*" >&2; exit 1; }
  end=$(date +%s.%N)
  echo "$end - $start" | awk '{ split($0, a, " - "); printf "%.1f", a[1] - a[2] }'
}

first_build() {  # first_build COMMIT: the first `./kata daily` of a fresh clone at COMMIT
  rm -rf "$work/kata" "$KATA_LOG"
  git clone -q "$root" "$work/kata"
  git -C "$work/kata" checkout -q "$1"
  (cd "$work/kata" && seconds ./kata daily)
}
if [ -n "$against" ]; then
  head=$(git -C "$root" rev-parse --short HEAD)
  for round in $(seq "$rounds"); do
    echo "first      $(first_build "$against") s   ($against)"
    echo "first      $(first_build "$head") s   ($head, HEAD)"
  done
  exit 0
fi

git clone -q "$root" "$work/kata"
cd "$work/kata"
problems=$(find problems -name problem.json | wc -l)
echo "first      $(seconds ./kata daily) s   ($problems problems)"
echo "first-test $(seconds ./kata test search-insert-position --reference) s"
echo "// edited" >>problems/binary-search/search-insert-position/solution.cpp
echo "solution   $(seconds ./kata test search-insert-position --reference) s"
touch runner/cli/list.cpp
echo "verb       $(seconds ./kata list) s"
touch runner/judge/include/kata/judge/judge.hpp
echo "header     $(seconds ./kata list) s"

$skip_300 && exit 0
git clone -q "$root" "$work/kata300"
cd "$work/kata300"
n=$("$root/bench/synthetic_catalog.sh" . 300)  # no index: the build is all it measures
echo "first-300  $(seconds ./kata daily) s   ($n problems)"
