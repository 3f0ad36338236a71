#!/bin/sh
# The cost of line tagging + /proc sampling: builds the same content with and without them,
# interleaved round by round, and prints each example's ratio of median wall times.
# Usage: benchmarks/overhead.sh [content-folder] [rounds]
#   (defaults: the seed's examples page, content/examples.md, alone; 5 rounds)
#   benchmarks/overhead-content/ holds CPU-bound cases (2 processes, 2 threads, 1 process).
# Environment:
#   MODES  the sides, interleaved in this order (default "all none"): all = tagging + sampling,
#          trace = the Python side channel alone, sample = the /proc sampler alone, none = plain.
#          Passed to sitegen as the hidden SITEGEN_INSTRUMENT. Ratios are against "none".
#   RUNS   measured runs per example per build (default 5; 1 warm-up run each).
set -eu
cd "$(dirname "$0")/.."
rounds=${2:-5}
modes=${MODES:-all none}
runs=${RUNS:-5}
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
echo "load before: $(cat /proc/loadavg)" >&2
i=1
while [ "$i" -le "$rounds" ]; do
    for mode in $modes; do
        SITEGEN_INSTRUMENT=$mode "$bin" --content "$content" --output "$work/site-$mode" \
            --runs "$runs" --warmup 1 2>/dev/null
        cp "$work/site-$mode/results.json" "$work/$mode-$i.json"
    done
    echo "round $i/$rounds done; load $(cut -d' ' -f1-3 /proc/loadavg)" >&2
    i=$((i + 1))
done
echo "load after: $(cat /proc/loadavg)" >&2
python3 benchmarks/overhead_report.py "$work" $modes
