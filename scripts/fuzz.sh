#!/usr/bin/env bash
# Fuzzes every content loader with libFuzzer and AddressSanitizer (release
# build, inputs up to 4 KB, 10 s per input at most):
#   scripts/fuzz.sh [SECONDS]      (default 60 seconds per target)
# Targets: FuzzCSV (data.csv), FuzzFrontMatter (narratives: front matter,
# YAML, Markdown), FuzzYAML (site.yaml, region.yaml), FuzzCertificates
# (kvo), FuzzMarkdown (the Markdown renderer and its unsafe-link removal). Seeds come from content/ and Fuzz/Regressions/<target>/; the
# growing corpus stays in .build-fuzz/corpus. A crash is saved under
# .build-fuzz/crashes/ and fails the run: copy it to Fuzz/Regressions/<target>/
# and add a regression test.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
scratch=.build-fuzz
targets=(${FUZZ_TARGETS:-FuzzCSV FuzzFrontMatter FuzzYAML FuzzCertificates FuzzMarkdown})

scripts/bootstrap.sh
for target in "${targets[@]}"; do
  # Release: three times the executions per second of a debug build, same checks.
  swift build -c release --scratch-path "$scratch" --sanitize fuzzer -Xswiftc -sanitize=fuzzer,address \
    --product "$target" >/dev/null
done

seed() {  # seed TARGET FILES...
  local dir="$scratch/corpus/$1"; shift
  mkdir -p "$dir"
  for file in "$@"; do [ -f "$file" ] && cp "$file" "$dir/seed-$(echo "$file" | tr '/' '_')"; done
  if [ -d "Fuzz/Regressions/${dir##*/}" ]; then cp Fuzz/Regressions/"${dir##*/}"/* "$dir"/ 2>/dev/null || true; fi
}
seed FuzzCSV content/themes/*/data.csv
seed FuzzFrontMatter content/themes/*/*/*.md content/themes/*/theme.md content/pages/*.md
seed FuzzYAML content/site.yaml content/region.yaml
seed FuzzCertificates content/themes/kvo/certificates.csv
seed FuzzMarkdown content/themes/*/*/*.md content/themes/*/theme.md content/pages/*.md

declare -A dictionary=([FuzzCSV]=csv [FuzzFrontMatter]=yaml [FuzzYAML]=yaml [FuzzCertificates]=csv [FuzzMarkdown]=markdown)
mkdir -p "$scratch/crashes" "$scratch/logs"
status=0
printf '%-18s %12s %10s %8s %8s  %s\n' target runs "exec/s" cov features result
for target in "${targets[@]}"; do
  log="$scratch/logs/$target.log"
  set +e
  "$scratch/release/$target" "$scratch/corpus/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -max_len=4096 \
    -dict="Fuzz/Dictionaries/${dictionary[$target]}.dict" -artifact_prefix="$scratch/crashes/$target-" \
    -print_final_stats=1 >"$log" 2>&1
  code=$?
  set -e
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
  speed=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
  coverage=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*' || echo 0)
  features=$(grep -o 'ft: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*' || echo 0)
  result=ok
  if [ "$code" -ne 0 ]; then result="CRASH (see $log)"; status=1; fi
  printf '%-18s %12s %10s %8s %8s  %s\n' "$target" "$runs" "$speed" "$coverage" "$features" "$result"
done
exit $status
