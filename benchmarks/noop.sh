#!/bin/sh
# A warm no-op rebuild of the seed site (content/ + sitegen.yml: 13 pages, 47 examples, three or
# four environments) with nothing changed: the release binary, N timed runs after 5 warm-ups,
# median (min–max) wall and the median CPU (user + system) of one run.
# The first build runs every example not in the cache (several minutes); the cache is kept in
# benchmarks/.work/noop-cache between runs. SEED_CACHE=FOLDER copies a warm cache in first
# (e.g. the .sitegen-cache of another clone); it is never written to.
# Usage: benchmarks/noop.sh [rounds]   (default 30)
set -eu
cd "$(dirname "$0")/.."
rounds=${1:-30}
root=$(pwd)
work=$root/benchmarks/.work/noop
cache=$root/benchmarks/.work/noop-cache
mkdir -p "$work"
if [ ! -d "$cache" ] && [ -n "${SEED_CACHE:-}" ]; then
    echo "copying the warm cache $SEED_CACHE to $cache"
    cp -r "$SEED_CACHE" "$cache"
fi
swift build -c release --product sitegen >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }
bin=$root/.build/release/sitegen
echo "first build (runs what the cache does not hold):"
t=$(date +%s)
"$bin" --content content --output "$work/site" --cache "$cache" 2>"$work/first.log" ||
    { tail -5 "$work/first.log" >&2; exit 1; }
echo "  $(($(date +%s) - t)) s; $(tail -1 "$work/first.log")"
"$bin" --content content --output "$work/site" --cache "$cache" 2>"$work/check.log"
grep -q "is up to date" "$work/check.log" ||
    { echo "noop: the second build was not a no-op: $(tail -1 "$work/check.log")" >&2; exit 1; }
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 benchmarks/noop_time.py "$rounds" "$bin" --content content --output "$work/site" --cache "$cache"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
