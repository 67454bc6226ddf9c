#!/usr/bin/env bash
# Benchmarks regiodash (the release binary users install) against Hugo on the same narratives.
#
#   scripts/bench.sh [MUNICIPALITIES] [YEARS]      (default 342 10: a national edition)
#
# Prints, for the demo and for a generated region: full build wall time and
# peak memory (/usr/bin/time), pages and Markdown megabytes per second, a
# no-change rebuild, a one-narrative-edit rebuild and a one-CSV-row-edit
# rebuild; the search's index size, bytes loaded per query and query time
# in headless Chromium; Hugo (Debian's) building the same narratives as plain pages,
# with the ratio; and a region SCALE times as large (default 3, 0 skips it),
# its full build beside the first one's. Every figure is the median of RUNS runs (default 3). All
# content and output is on tmpfs (/dev/shm), in fresh folders: creating and
# deleting large trees on this disk distorts timings.
set -euo pipefail
cd "$(dirname "$0")/.."
municipalities=${1:-342}
years=${2:-10}
runs=${RUNS:-3}

scripts/bootstrap.sh
missing=()
[ -x /usr/bin/time ] || missing+=(time)
command -v hugo >/dev/null || missing+=(hugo)
command -v cpio >/dev/null || missing+=(cpio)
if ((${#missing[@]})); then
  echo "bench: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null
fi
work=$(mktemp -d /dev/shm/regiodash-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
# The binary users run: on Linux the one scripts/install.sh installs
# (scripts/release.sh: the Swift libraries linked in, which also starts in
# half the time), elsewhere a plain release build.
if [ "$(uname -s)" = Linux ]; then
  scripts/release.sh "$work/dist" >/dev/null
  bin="$work/dist/regiodash-linux-$(uname -m)"
else
  swift build -c release --product regiodash >/dev/null
  bin=$PWD/.build/release/regiodash
fi

# timed COMMAND...: runs it and appends "wall-seconds peak-KB" to $work/times.
timed() {
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>&1
  cat "$work/time" >> "$work/times"
}
# median COLUMN: the median of a column of $work/times, which it then clears.
median() {
  local value
  value=$(awk -v c="$1" '{ print $c }' "$work/times" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
  echo "$value"
}
reset() { : > "$work/times"; }
ms() { awk -v s="$1" 'BEGIN { printf "%d ms", s * 1000 + 0.5 }'; }
mb() { awk -v k="$1" 'BEGIN { printf "%d MB", k / 1024 + 0.5 }'; }

echo "regiodash benchmark: $(nproc) cores, $(date -u +%Y-%m-%d), median of $runs runs"
echo

cp -r content "$work/demo"
reset
for run in $(seq 1 "$runs"); do timed "$bin" build --content "$work/demo" --output "$work/demo-out-$run"; done
demo_wall=$(median 1)
printf '%-46s %9s  (%d pages, including process start)\n' "demo: full build" "$(ms "$demo_wall")" \
  "$(find "$work/demo-out-1" -name '*.html' | wc -l)"

"$bin" sample --municipalities "$municipalities" --years "$years" --output "$work/content" >/dev/null
narratives=$(find "$work/content/themes" -name '[0-9][0-9][0-9][0-9].md' | wc -l)
markdown=$(find "$work/content/themes" -name '[0-9][0-9][0-9][0-9].md' -printf '%s\n' | awk '{ s += $1 } END { print s }')
echo
echo "sample: $municipalities municipalities x $years years: $narratives narratives, $((markdown / 1048576)) MB of Markdown"

# Hugo on the same narratives, as plain pages with a minimal layout.
mkdir -p "$work/hugo/content" "$work/hugo/layouts/_default"
printf 'baseURL = "https://example.org/"\ntitle = "Bench"\ndisableKinds = ["taxonomy", "term", "RSS"]\n' > "$work/hugo/hugo.toml"
printf '<!DOCTYPE html><html lang="nl"><head><title>{{ .Title }}</title></head><body><main>{{ .Content }}</main></body></html>\n' \
  > "$work/hugo/layouts/_default/single.html"
printf '<!DOCTYPE html><html lang="nl"><head><title>{{ .Title }}</title></head><body><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></body></html>\n' \
  > "$work/hugo/layouts/_default/list.html"
(cd "$work/content/themes" && find . -name '[0-9][0-9][0-9][0-9].md' | cpio -pdm --quiet "$work/hugo/content")

# The full builds of regiodash and Hugo alternate, so both meet the same
# conditions (this machine's speed varies by a fifth from minute to minute).
: > "$work/hugo-times"
reset
for run in $(seq 1 "$runs"); do
  timed "$bin" build --content "$work/content" --output "$work/out-$run"
  /usr/bin/time -f "%e %M" -o "$work/time" hugo --quiet --source "$work/hugo" -d "$work/hugo-out-$run" >/dev/null 2>&1
  cat "$work/time" >> "$work/hugo-times"
done
full_wall=$(median 1); full_peak=$(median 2)
# The ratio of each pair of neighbouring runs, and their median.
ratio=$(paste -d' ' "$work/times" "$work/hugo-times" | awk '{ print $1 / $3 }' | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
cp "$work/hugo-times" "$work/times"
hugo_wall=$(median 1); hugo_peak=$(median 2)
hugo_pages=$(find "$work/hugo-out-1" -name '*.html' | wc -l)
site="$work/out-1"
pages=$(find "$site" -name '*.html' | wc -l)

# The search on the sample: its index beside the Markdown, and for a fixed
# list of queries, each on a freshly opened page in headless Chromium, the
# bytes of index loaded and the time to the results.
../shared/tools/sitecheck/install.sh >/dev/null
search=$(python3 scripts/check-search.py "$site" --measure --markdown "$markdown" \
  ondermijning meldingen "schouw wijk" '"training voor medewerkers"' capaciteitsknelpunten \
  jaarverslag "politie zorgpartners" ondernemers deskundigheid xyzzy)

reset
for run in $(seq 1 "$runs"); do timed "$bin" build --content "$work/content" --output "$site"; done
nochange=$(median 1)
reset
for run in $(seq 1 "$runs"); do
  echo "Een zin erbij ($run)." >> "$(find "$work/content/themes/cyber" -name 2020.md | sort | sed -n "${run}p")"
  timed "$bin" build --content "$work/content" --output "$site"
done
narrative=$(median 1)
reset
for run in $(seq 1 "$runs"); do
  sed -i "2s/,Voorbeeldgegevens,/$run,Voorbeeldgegevens,/" "$work/content/themes/undermining/data.csv"
  timed "$bin" build --content "$work/content" --output "$site"
done
csvrow=$(median 1)

# SCALE times the municipalities (default 3; 0 skips it): full builds of the
# two samples take turns, and the ratios are taken pair by pair.
scale=${SCALE:-3}
if ((scale > 0)); then
  "$bin" sample --municipalities $((municipalities * scale)) --years "$years" --output "$work/large" >/dev/null
  : > "$work/small-times"
  reset
  for run in $(seq 1 "$runs"); do
    timed "$bin" build --content "$work/large" --output "$work/large-out-$run"
    /usr/bin/time -f "%e %M" -o "$work/time" "$bin" build --content "$work/content" --output "$work/small-out-$run" >/dev/null 2>&1
    cat "$work/time" >> "$work/small-times"
    rm -rf "$work/large-out-$run" "$work/small-out-$run"
  done
  large_ratio=$(paste -d' ' "$work/times" "$work/small-times" | awk '{ print $1 / $3 }' | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
  large_memory=$(paste -d' ' "$work/times" "$work/small-times" | awk '{ print $2 / $4 }' | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
  large_wall=$(median 1)
fi

echo
printf '%-46s %9s  peak %s, %d pages\n' "regiodash full build" "$(ms "$full_wall")" "$(mb "$full_peak")" "$pages"
awk -v p="$pages" -v b="$markdown" -v w="$full_wall" \
  'BEGIN { printf "%-46s %9.0f pages/s, %.1f MB of Markdown/s\n", "  throughput", p / w, b / 1048576 / w }'
printf '%-46s %9s\n' "regiodash no-change rebuild" "$(ms "$nochange")"
awk -v e="$narrative" -v f="$full_wall" -v l="$(ms "$narrative")" \
  'BEGIN { printf "%-46s %9s  (%.1f%% of the full build)\n", "regiodash one-narrative-edit rebuild", l, 100 * e / f }'
awk -v e="$csvrow" -v f="$full_wall" -v l="$(ms "$csvrow")" \
  'BEGIN { printf "%-46s %9s  (%.1f%% of the full build)\n", "regiodash one-CSV-row-edit rebuild", l, 100 * e / f }'
printf '%-46s %9s  peak %s, %d pages\n' "hugo $(hugo version | grep -o 'v[0-9.]*' | head -1), same narratives" \
  "$(ms "$hugo_wall")" "$(mb "$hugo_peak")" "$hugo_pages"
awk -v r="$ratio" -v rp="$full_peak" -v hp="$hugo_peak" \
  'BEGIN { printf "%-46s %9.2f  (median of the runs side by side; peak memory %.2f)\n", "regiodash / hugo", r, rp / hp }'
echo "$search"
if ((scale > 0)); then
  awk -v n="$((municipalities * scale))" -v y="$years" -v l="$(ms "$large_wall")" -v r="$large_ratio" -v m="$large_memory" \
    -v small="$municipalities x $years" \
    'BEGIN { printf "%-46s %9s  (%.2fx the time, %.2fx the peak memory of %s, side by side)\n", \
             "regiodash full build, " n " x " y, l, r, m, small }'
fi
