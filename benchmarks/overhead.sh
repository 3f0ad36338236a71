#!/bin/sh
# The cost of line tagging + /proc sampling: builds the same content with and without them
# (hidden flag --no-instrument), interleaved, and prints each example's ratio of median wall times.
# Usage: benchmarks/overhead.sh [content-folder] [rounds]
#   (defaults: the seed's examples page, content/examples.md, alone; 5 rounds)
set -eu
cd "$(dirname "$0")/.."
rounds=${2:-5}
swift build -c release --product sitegen >/dev/null
bin=.build/release/sitegen
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ -n "${1:-}" ]; then
    content=$1
else
    content=$work/content
    mkdir -p "$content"
    cp content/examples.md "$content/index.md"
fi
i=1
while [ "$i" -le "$rounds" ]; do
    for mode in on off; do
        flag=""
        [ "$mode" = off ] && flag=--no-instrument
        "$bin" --content "$content" --output "$work/site-$mode" --runs 5 --warmup 1 $flag 2>/dev/null
        cp "$work/site-$mode/results.json" "$work/$mode-$i.json"
    done
    echo "round $i/$rounds done" >&2
    i=$((i + 1))
done
python3 benchmarks/median_wall.py sitegen "$work"/on-*.json >"$work/on.txt"
python3 benchmarks/median_wall.py sitegen "$work"/off-*.json >"$work/off.txt"
echo "example  median-wall-instrumented  median-wall-plain  ratio  (runs each)"
join "$work/on.txt" "$work/off.txt" | awk '{ printf "%s  %.4f s  %.4f s  %.4f  (%d)\n", $1, $2, $4, $2 / $4, $3 }'
