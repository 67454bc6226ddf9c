#!/usr/bin/env bash
# Runs the full test suite: unit tests of every module and the end-to-end
# tests that run the regiodash executable on the demo content.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh
exec swift test "$@"
