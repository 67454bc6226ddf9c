#!/usr/bin/env bash
# Installs the system packages regiodash builds against, only when missing:
# libcmark-dev (CommonMark), libstemmer-dev (Snowball's stemmers) and pkg-config. Debian/Ubuntu (apt-get) or
# macOS (Homebrew). Quiet and idempotent: a second run takes no time.
set -euo pipefail

# libstemmer has no pkg-config file: its header stands for it.
if pkg-config --exists libcmark 2>/dev/null && { [ -f /usr/include/libstemmer.h ] || [ -f /usr/local/include/libstemmer.h ]; }; then
  exit 0
fi
if command -v apt-get >/dev/null 2>&1; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "bootstrap: installing libcmark-dev, libstemmer-dev and pkg-config" >&2
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends libcmark-dev libstemmer-dev pkg-config >/dev/null
elif command -v brew >/dev/null 2>&1; then
  brew install cmark snowball pkg-config
else
  echo "bootstrap: install libcmark (the CommonMark C library) and libstemmer (Snowball), with headers, and pkg-config, then run again" >&2
  exit 1
fi
