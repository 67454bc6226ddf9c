#!/usr/bin/env bash
# Regenerates the search's stemmers (Sources/RegioDashSite/Assets/SnowballScript.swift
# holds them) from Snowball v2.2.0 — the release Debian's libstemmer 2.2.0 is
# built from, which the index is stemmed with — and checks them against
# libstemmer word for word. Needs gcc, libstemmer-dev, node, terser, and the
# word lists wamerican and wdutch (apt), and a copy of Snowball's repository:
#
#   SNOWBALL_GIT=path/to/snowball.git scripts/snowball/regenerate.sh
#
# build.py joins base-stemmer.js and the generated stemmer into one script
# that defines window.regiodashStem, drops what is unused, and patches one
# thing: Dutch's "R1 at least 3 in" counts UTF-8 bytes, as the C library
# does (Snowball fixed the JavaScript after 2.2.0). Prints the number of
# words whose stems differ from libstemmer's: it must be 0.
set -euo pipefail
shopt -s globstar
here=$(cd "$(dirname "$0")" && pwd)
export SNOWBALL_WORK=${SNOWBALL_WORK:-$(mktemp -d)}
mkdir -p "$SNOWBALL_WORK/build" "$SNOWBALL_WORK/test" "$SNOWBALL_WORK/src"
cp "$here/build.py" "$SNOWBALL_WORK/build/"
cp "$here/cstem.c" "$here/jsstem.js" "$here/run.sh" "$here/words.py" "$here/nl-tricky.txt" "$here/en-tricky.txt" "$SNOWBALL_WORK/test/"
git --git-dir="$SNOWBALL_GIT" archive v2.2.0 | tar -x -C "$SNOWBALL_WORK/src"
(cd "$SNOWBALL_WORK/src" && make snowball >/dev/null \
  && ./snowball algorithms/dutch.sbl -js -o ../dutch-stemmer && ./snowball algorithms/english.sbl -js -o ../english-stemmer)
python3 "$SNOWBALL_WORK/build/build.py"
cd "$SNOWBALL_WORK/test"
gcc -O2 -Wall -o cstem cstem.c -lstemmer
python3 words.py "$here"/../../content/**/*.md /usr/share/dict/dutch | sort -u - nl-tricky.txt > nl.txt
python3 words.py /usr/share/dict/american-english | sort -u - en-tricky.txt > en.txt
./run.sh dutch ../stem-nl.js nl.txt
./run.sh english ../stem-en.js en.txt
echo "regenerate: $SNOWBALL_WORK/stem-nl.js and stem-en.js; paste them into SnowballScript.swift"
