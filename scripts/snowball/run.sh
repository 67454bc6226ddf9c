#!/bin/sh
# usage: run.sh ALGO SCRIPT.js WORDLIST  -> prints compared/differ counts
set -e
cd "${SNOWBALL_WORK:-/tmp/snowball-js}/test"
./cstem "$1" < "$3" > c.out
node jsstem.js "$2" < "$3" > js.out
n=$(wc -l < "$3"); [ "$(wc -l < c.out)" = "$n" ] && [ "$(wc -l < js.out)" = "$n" ] || { echo "line count mismatch"; exit 1; }
d=$(paste -d'\t' "$3" c.out js.out | awk -F'\t' '$2!=$3' | tee diff.out | wc -l)
echo "$1 $(basename $2) $(basename $3): compared $n, differ $d"
