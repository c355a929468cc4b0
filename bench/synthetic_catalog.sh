#!/bin/sh
# Grows the catalog of a kata checkout to N problems (default 300) by copying
# problem folders under new slugs ("-copy-K") and ids (50001 and up; no real
# problem has one), the rest of each problem.json unchanged. For measuring what a
# 300-problem catalog costs (bench/build_time.sh, bench/ci_time.sh); never run it
# on a checkout you mean to keep.
#
#   bench/synthetic_catalog.sh CHECKOUT [N] [KATA]
#
# Each copy is linked from its pattern's note, as a real problem is; with KATA (a
# built kata binary), the index in patterns/README.md is regenerated for the grown
# catalog too, so that the catalog's own tests pass on it.
set -eu
cd "$1"
target=${2:-300}
kata=${3:-}
n=$(find problems -name problem.json | wc -l)
copy=0
while [ "$n" -lt "$target" ]; do
  copy=$((copy + 1))
  for json in $(find problems -mindepth 3 -maxdepth 3 -name problem.json -not -path '*-copy-*' | sort); do
    [ "$n" -ge "$target" ] && break
    dir=$(dirname "$json")
    slug=$(basename "$dir")
    new="$dir-copy-$copy"
    cp -r "$dir" "$new"
    sed -i -e "s/\"slug\": \"$slug\"/\"slug\": \"$slug-copy-$copy\"/" \
           -e "s/\"id\": [0-9]*/\"id\": $((50000 + n))/" "$new/problem.json"
    pattern=$(basename "$(dirname "$dir")")
    echo "- [copy $copy of $slug](../../problems/$pattern/$slug-copy-$copy/)" >> "patterns/$pattern/README.md"
    n=$((n + 1))
  done
done
if [ -n "$kata" ]; then
  KATA_HOME=$(pwd) "$kata" list --markdown > index.md.tmp
  awk -v index_file=index.md.tmp '
    /<!-- index:end -->/ { while ((getline line < index_file) > 0) print line; skip = 0 }
    !skip { print }
    /<!-- index:begin -->/ { skip = 1 }' patterns/README.md > README.md.tmp
  mv README.md.tmp patterns/README.md
  rm -f index.md.tmp
fi
echo "$n"
