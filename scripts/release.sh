#!/usr/bin/env bash
# Builds the release binary: one stripped executable with the Swift standard
# library and Foundation linked in (--static-swift-stdlib) and libcmark
# linked in where the static trick below works (on a fresh clone in CI it
# did not: there the binary still loads libcmark.so, from the libcmark0.30
# package; CI checks only that no Swift library is loaded), so it runs on a Debian or Ubuntu machine (glibc as new as
# the build machine's, and libcurl4, which the standard images have) with no
# Swift toolchain and no libcmark installed.
#
#   scripts/release.sh [OUTPUT_FOLDER]      (default dist/)
#
# Writes OUTPUT_FOLDER/regiodash-linux-<arch> and its checksum,
# regiodash-linux-<arch>.sha256 (the format `sha256sum -c` reads), and prints
# the size. Installs the packages it links against when they are missing:
# libcmark-dev, libstemmer-dev and pkg-config (scripts/bootstrap.sh) and libcurl's development
# files (Foundation's networking part, which the preview server's library
# pulls in, links against libcurl). The build has its own scratch folder,
# .build-release-static, so it never throws away the development build.
set -euo pipefail
cd "$(dirname "$0")/.."
output=${1:-dist}
scratch=.build-release-static

scripts/bootstrap.sh
if ! pkg-config --exists libcurl 2>/dev/null; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "release: installing libcurl4-openssl-dev" >&2
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends libcurl4-openssl-dev >/dev/null
fi

# libcmark statically: SwiftPM reads libcmark.pc itself and passes its libdir
# first, so a copy of it whose libdir holds only libcmark.a makes the linker's
# -lcmark pick the archive over the shared library.
system_pc="$(pkg-config --variable=pcfiledir libcmark)/libcmark.pc"
cmark_archive="$(pkg-config --variable=libdir libcmark)/libcmark.a"
[ -f "$cmark_archive" ] || { echo "release: $cmark_archive is missing (libcmark-dev installs it)" >&2; exit 1; }
static="$PWD/$scratch/static-cmark"
mkdir -p "$static/lib" "$static/pkgconfig"
ln -sf "$cmark_archive" "$static/lib/libcmark.a"
sed "s|^libdir=.*|libdir=$static/lib|" "$system_pc" > "$static/pkgconfig/libcmark.pc"

# libstemmer has no .pc file: the same folder, given to the linker first, holds its archive.
stemmer_archive="$(dirname "$cmark_archive")/libstemmer.a"
[ -f "$stemmer_archive" ] || { echo "release: $stemmer_archive is missing (libstemmer-dev installs it)" >&2; exit 1; }
ln -sf "$stemmer_archive" "$static/lib/libstemmer.a"

PKG_CONFIG_PATH="$static/pkgconfig" swift build -c release --product regiodash --scratch-path "$scratch" \
  --static-swift-stdlib -Xlinker -L"$static/lib" -Xlinker -s

name="regiodash-linux-$(uname -m)"
mkdir -p "$output"
cp "$scratch/release/regiodash" "$output/$name"
(cd "$output" && sha256sum "$name" > "$name.sha256")
size=$(stat -c %s "$output/$name")
awk -v s="$size" -v f="$output/$name" 'BEGIN { printf "release: %s, %.1f MB (%d bytes)\n", f, s / 1048576, s }'
