#!/usr/bin/env bash
# Builds regiodash (release) and the site from content/ into site/.
# Extra arguments go to `regiodash build` (e.g. --drafts, --output DIR).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh
swift build -c release --product regiodash
exec .build/release/regiodash build "$@"
