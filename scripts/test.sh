#!/usr/bin/env bash
# Runs the full test suite (Swift Testing): unit tests of every module and
# the end-to-end tests that run the built regiodash executable. Quietly: one
# progress line (redrawn on a terminal), then the failures in full, and last,
# alone on its line, "N passed, N failed, N skipped" (tests; a test with
# arguments counts once). Everything the build and the tests print goes to
# .build/test.log.
#
#   scripts/test.sh [swift test options]      (e.g. --filter UsageTests)
#
# Exits with swift test's status: non-zero when the build or any test fails.
set -uo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh || exit
log=.build/test.log
mkdir -p .build
echo "test: building and running the tests (the full log goes to $log)"

# Swift Testing's event lines: a symbol, "Test", the test's name, what became of it.
count='
  /^[^ ]+ Test run / { next }
  /^[^ ]+ Test .* passed after [0-9.]+ seconds/ { passed++; counted(); next }
  /^[^ ]+ Test .* failed after [0-9.]+ seconds/ { failed++; counted(); next }
  /^[^ ]+ Test .* skipped/ && !/ started\.$/ { skipped++; counted(); next }
'
live=0
[ -t 1 ] && live=1
# XCTest is off: the tests are Swift Testing, and XCTest would only add "Executed 0 tests".
swift test --disable-xctest "$@" 2>&1 | tee "$log" | awk -v live="$live" "$count"'
  function counted() {
    if (live) { printf "\r\033[Ktest: %d passed, %d failed, %d skipped", passed, failed, skipped; fflush() }
  }
  END { if (live && passed + failed + skipped > 0) printf "\r\033[K" }
'
status=${PIPESTATUS[0]}

# Each issue in full: its line and the lines that continue it, up to the next event.
awk '
  /^[^ ]+ (Test|Suite) / { show = ($0 ~ /recorded an issue/); if (show) print "" }
  show { print }
' "$log"
if ! grep -aq '^[^ ]* Test run with' "$log"; then
  echo
  echo "test: the tests did not run to the end (swift test exited with $status):"
  if grep -aq 'error:' "$log"; then
    grep -a 'error:' "$log" | sort -u | head -40
  else
    tail -n 30 "$log"
  fi
elif [ "$status" -ne 0 ] && ! grep -aq '^[^ ]* Test .* failed after' "$log"; then
  echo "test: swift test exited with $status though no test failed; see $log"
fi
awk "$count"'
  function counted() {}
  END { printf "%d passed, %d failed, %d skipped\n", passed, failed, skipped }
' "$log"
exit "$status"
