#!/bin/sh
# The CI guard of the render path (issue 22): the same generated corpus rendered by sitegen (a
# full build after one page was edited) and by cmark alone (cmark-pages.c, libcmark in one
# process), interleaved in rounds; prints the median ratio of CPU time (sitegen / cmark) and
# fails when it is above MAX_RATIO (see benchmarks/README.md, "The CI guard", for the value).
# Usage: benchmarks/cmark-ratio.sh [pages] [rounds]   (default 2000 pages, 7 rounds)
#   SITEGEN=/path/to/sitegen  that binary instead of this clone's release build
#   MAX_RATIO=N               the limit (default below)
set -eu
cd "$(dirname "$0")/.."
pages=${1:-2000}
rounds=${2:-7}
max_ratio=${MAX_RATIO:-6.0}
work=benchmarks/.work/cmark-ratio
corpus=benchmarks/.work/corpus-$pages
mkdir -p "$work"
[ -d "$corpus" ] || python3 benchmarks/gen-corpus.py "$pages" "$corpus" --flavour sitegen
bin=${SITEGEN:-}
if [ -z "$bin" ]; then
    swift build -c release --product sitegen >"$work/build.log" 2>&1 ||
        { cat "$work/build.log" >&2; exit 1; }
    bin=.build/release/sitegen
fi
# cmark alone, built here against the same libcmark sitegen links (pkg-config libcmark).
cc -O2 benchmarks/cmark-pages.c $(pkg-config --cflags --libs libcmark) -o "$work/cmark-pages"
python3 benchmarks/cmark_ratio.py "$bin" "$work/cmark-pages" "$corpus" "$work" "$rounds" \
    "$max_ratio"
