#!/bin/sh
# How long CI takes (`bash .ci/run` on a fresh clone of HEAD) with the catalog grown
# to 300 problems by bench/synthetic_catalog.sh: the figure that must stay under
# 45 minutes as the catalog grows (CI's limit is 90). Run it on an idle machine;
# it takes about as long as it measures. Commit first what you want measured.
#
#   bench/ci_time.sh [N]     (default 300 problems)
#
# Needs this checkout's build/kata (to write the grown catalog's index).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
git clone -q "$root" "$work/kata"
[ -x "$root/build/kata" ] || { echo "ci_time: build kata first (./kata selftest)" >&2; exit 2; }
n=$("$root/bench/synthetic_catalog.sh" "$work/kata" "${1:-300}" "$root/build/kata")
cd "$work/kata"
start=$(date +%s)
CI=true bash .ci/run > "$work/ci.log" 2>&1 || { tail -n 60 "$work/ci.log" >&2; echo "ci_time: .ci/run failed" >&2; exit 1; }
end=$(date +%s)
grep -E "tests passed|Total Test time" "$work/ci.log" || true
echo "CI with $n problems: $((end - start)) s ($(( (end - start) / 60 )) min; target under 45 min)"
