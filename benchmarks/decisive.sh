#!/bin/sh
# N cold builds (--rerun) of the CPU-bound experiments (the five CPU examples of
# content/experiments-cpu-io.md and their charts) in the old mode (each example's runs in a
# block, decisions on the ±2σ spread of single runs) and the new one (interleaved rounds, 95 %
# confidence intervals, adaptive rounds), alternating old/new in one session (ABBA order, so
# neither mode always runs first). Prints per mode how many builds reached a decisive and
# correct verdict (holds) on each CPU claim, the median build time and the rounds used.
# Usage: benchmarks/decisive.sh [N] (default 5). PIN="taskset -c 0" runs every build on one core.
set -eu
cd "$(dirname "$0")/.."
n=${1:-5}
root=$(pwd)
work=$root/benchmarks/.work/decisive
rm -rf "$work"
mkdir -p "$work"
swift build -c release --product sitegen >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }
bin=$root/.build/release/sitegen
python3 benchmarks/decisive_content.py content/experiments-cpu-io.md "$work/content" >/dev/null
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores available)"

build() { # mode index
    mode=$1
    i=$2
    flags=""
    [ "$mode" = old ] && flags="--decision spread --schedule blocks"
    start=$(python3 -c 'import time; print(time.monotonic())')
    # shellcheck disable=SC2086
    ${PIN:-} "$bin" build --content "$work/content" --output "$work/site-$mode-$i" \
        --cache "$work/cache-$mode" --rerun $flags >"$work/$mode-$i.log" 2>&1 ||
        { echo "build $mode $i failed:" >&2; tail -5 "$work/$mode-$i.log" >&2; exit 1; }
    end=$(python3 -c 'import time; print(time.monotonic())')
    mkdir -p "$work/$mode-$i"
    cp "$work/site-$mode-$i/results.json" "$work/$mode-$i/results.json"
    python3 -c "print($end - $start)" >"$work/$mode-$i.time"
    echo "build $i $mode: $(cut -c1-6 "$work/$mode-$i.time") s, load $(cut -d' ' -f1 /proc/loadavg)"
    rm -rf "$work/site-$mode-$i"
}

i=1
while [ "$i" -le "$n" ]; do
    if [ $((i % 2)) -eq 1 ]; then build old "$i"; build new "$i"; else build new "$i"; build old "$i"; fi
    i=$((i + 1))
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 benchmarks/decisive_report.py "$work"
