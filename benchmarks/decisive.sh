#!/bin/sh
# The seed's three CPU claims under four conditions, the old rule and the new side by side, on the
# same measured builds (issue 18). Per condition, N cold builds (--rerun) of the CPU-bound part of
# content/experiments-cpu-io.md measure the examples and decide the NEW claim fences (where each
# worker's time went: running, waiting for a core, blocked); the same cache is then re-rendered
# with --no-exec under the OLD fences (benchmarks/decisive-old-claims.md: the claims as they were
# before issue 18, cores busy and speed-ups), so both rules read the very same runs.
#   quiet        nothing else running (on a shared machine: whatever else runs)
#   busy-loop    a busy loop pinned to CPU 1 for the whole build
#   one-core     the whole build pinned to CPU 0 (taskset -c 0)
#   free-thread  $FT_PYTHON (default ~/.cache/free-threaded-python/bin/python3.13t), when present
# On the quiet condition the OLD fences are also measured cold (--rerun) N times, interleaved: the
# build-time baseline ("today's" claims, whose adaptive rounds stop on their own clauses).
# Prints one table: holds / inconclusive / fails per claim and rule, the median build time
# (min–max) against the baseline, and one build's per-worker split per condition.
# Usage: benchmarks/decisive.sh [N] (default 5). CONDITIONS="quiet one-core" runs some only.
set -eu
cd "$(dirname "$0")/.."
n=${1:-5}
root=$(pwd)
work=$root/benchmarks/.work/decisive
rm -rf "$work"
mkdir -p "$work"
swift build -c release --product sitegen >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }
bin=$root/.build/release/sitegen
python3 benchmarks/decisive_content.py content/experiments-cpu-io.md "$work/new" >/dev/null
mkdir -p "$work/old" "$work/baseline"
cp benchmarks/decisive-old-claims.md "$work/old/index.md"
cp benchmarks/decisive-old-claims.md "$work/baseline/index.md"
ft=${FT_PYTHON:-$HOME/.cache/free-threaded-python/bin/python3.13t}
conditions=${CONDITIONS:-quiet busy-loop one-core free-thread}
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores available)"

loop=""
trap '[ -n "$loop" ] && kill "$loop" 2>/dev/null' EXIT

now() { python3 -c 'import time; print(time.monotonic())'; }

# sitegen build CONTENT OUT CACHE FLAGS… under the condition's wrapper and environment.
run() {
    condition=$1
    shift
    case $condition in
    one-core) taskset -c 0 "$bin" build "$@" ;;
    free-thread) SITEGEN_PYTHON=$ft "$bin" build "$@" ;;
    *) "$bin" build "$@" ;;
    esac
}

# One measured build of CONTENT (new or old) in CONDITION, number I; then, for new, the old
# fences re-rendered from its cache.
build() {
    condition=$1
    content=$2
    i=$3
    out=$work/$condition-$content-$i
    cache=$work/cache-$condition-$content-$i
    start=$(now)
    run "$condition" --content "$work/$content" --output "$out" --cache "$cache" --rerun \
        >"$out.log" 2>&1 || { echo "build $condition $content $i failed:" >&2; tail -5 "$out.log" >&2; exit 1; }
    end=$(now)
    python3 -c "print($end - $start)" >"$out.time"
    echo "  $condition $content $i: $(cut -c1-6 "$out.time") s, load $(cut -d' ' -f1 /proc/loadavg)"
    if [ "$content" = new ]; then
        run "$condition" --content "$work/old" --output "$work/$condition-old-$i" --cache "$cache" \
            --no-exec >"$work/$condition-old-$i.log" 2>&1 ||
            { echo "re-render $condition old $i failed:" >&2; tail -5 "$work/$condition-old-$i.log" >&2; exit 1; }
    fi
}

for condition in $conditions; do
    if [ "$condition" = free-thread ] && [ ! -x "$ft" ]; then
        echo "free-thread: skipped ($ft not found; ../shared/tools/free-threaded-python.sh builds one)"
        echo "skipped: $ft not found" >"$work/free-thread.skipped"
        continue
    fi
    echo "$condition:"
    if [ "$condition" = busy-loop ]; then
        taskset -c 1 sh -c 'while :; do :; done' &
        loop=$!
    fi
    i=1
    while [ "$i" -le "$n" ]; do
        if [ "$condition" = quiet ]; then
            # ABBA: neither the baseline nor the new fences always runs first.
            if [ $((i % 2)) -eq 1 ]; then build quiet baseline "$i"; build quiet new "$i"
            else build quiet new "$i"; build quiet baseline "$i"; fi
        else
            build "$condition" new "$i"
        fi
        i=$((i + 1))
    done
    if [ -n "$loop" ]; then kill "$loop"; loop=""; fi
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 benchmarks/decisive_report.py "$work" $conditions
