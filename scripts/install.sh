#!/usr/bin/env bash
# Builds regiodash and puts it on your PATH: into ~/.local/bin, or
# PREFIX/bin when PREFIX is set.
#
#   scripts/install.sh                     # ~/.local/bin/regiodash
#   PREFIX=/usr/local scripts/install.sh   # /usr/local/bin/regiodash (may need sudo)
#
# On Linux it installs the release binary of scripts/release.sh (the Swift
# libraries linked in, so it keeps working when the toolchain is updated or
# removed); on macOS, where the Swift libraries are part of the system, a
# plain release build. The first build compiles for 2-3 minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
bin="${PREFIX:-$HOME/.local}/bin"

if [ "$(uname -s)" = Linux ]; then
  scripts/release.sh
  built="dist/regiodash-linux-$(uname -m)"
else
  scripts/bootstrap.sh
  swift build -c release --product regiodash
  built=".build/release/regiodash"
fi

mkdir -p "$bin"
install -m 0755 "$built" "$bin/regiodash"
echo "install: $bin/regiodash ($("$bin/regiodash" --version))"
case ":$PATH:" in
  *":$bin:"*) ;;
  *) echo "install: $bin is not on your PATH; add it, e.g. echo 'export PATH=\"$bin:\$PATH\"' >> ~/.profile" ;;
esac
