#!/bin/sh
# Render speed without execution (issues 5 and 22): generated corpora of 1k/5k/10k pages built by
# the release binary run directly, interleaved in rounds. Prints median (min–max) wall, CPU (user
# + sys), pages/s against the 12,000 pages/s target, linearity and peak RSS. Modes: fresh (new
# folder), rebuild (one page edited, so the previous site is rendered again and replaced),
# unchanged (nothing changed).
# Usage: benchmarks/render-speed.sh [rounds] [sizes]   (default 5 rounds, "1000 5000 10000")
#   BASELINE=/path/to/sitegen  also times that binary, interleaved with this one in every round
#                              (each in its own output and cache folders), and prints both side
#                              by side with the ratio of their medians.
#   SITEGEN=/path/to/sitegen   times that binary instead of building this clone's.
set -eu
cd "$(dirname "$0")/.."
rounds=${1:-5}
sizes=${2:-"1000 5000 10000"}
work=benchmarks/.work/render-speed
mkdir -p "$work"
for n in $sizes; do
    [ -d "benchmarks/.work/corpus-$n" ] ||
        python3 benchmarks/gen-corpus.py "$n" "benchmarks/.work/corpus-$n" --flavour sitegen
done
bin=${SITEGEN:-}
if [ -z "$bin" ]; then
    swift build -c release --product sitegen >"$work/build.log" 2>&1 ||
        { cat "$work/build.log" >&2; exit 1; }
    bin=.build/release/sitegen
fi
tools="sitegen"
if [ -n "${BASELINE:-}" ]; then
    [ -x "$BASELINE" ] || { echo "render-speed: BASELINE=$BASELINE is not an executable" >&2; exit 64; }
    tools="baseline sitegen"
fi
binary() { if [ "$1" = baseline ]; then echo "$BASELINE"; else echo "$bin"; fi; }
rows="$work/rows.txt"
: >"$rows"
# The previous run's outputs are deleted at the end, after the timings: on ext4 without a journal,
# creating files is slow for minutes after many were deleted (see README).
trash="$work/trash-$$"
mkdir -p "$trash"
for old in "$work"/fresh-* "$work"/site-* "$work"/.site-* "$work"/cache-*; do
    [ -e "$old" ] && mv "$old" "$trash/"
done
for n in $sizes; do
    for tool in $tools; do
        "$(binary "$tool")" --content "benchmarks/.work/corpus-$n" --cache "$work/cache-$tool" \
            --output "$work/site-$tool-$n" 2>/dev/null
    done
done
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
i=1
while [ "$i" -le "$rounds" ]; do
    for n in $sizes; do
        for mode in fresh rebuild unchanged; do
            for tool in $tools; do
                out="$work/site-$tool-$n"
                [ "$mode" = fresh ] && out="$work/fresh-$tool-$n-$i"
                # rebuild: one page edited, so the whole site is rendered again and replaced;
                # unchanged: nothing changed, which the build manifest lets sitegen skip.
                # One edit per round and size, before the first tool: both rebuild over it, and
                # then neither sees a change in the unchanged mode.
                [ "$mode" = rebuild ] && [ "$tool" = "${tools%% *}" ] &&
                    echo "Edited in round $i." >>"benchmarks/.work/corpus-$n/index.md"
                /usr/bin/time -f "%e %M %U %S" -o "$work/time.txt" \
                    "$(binary "$tool")" --content "benchmarks/.work/corpus-$n" \
                    --cache "$work/cache-$tool" --output "$out" 2>/dev/null
                echo "$tool $n $mode $(cat "$work/time.txt")" >>"$rows"
            done
        done
    done
    echo "round $i/$rounds done" >&2
    i=$((i + 1))
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 benchmarks/speed_stats.py render "$rows"
rm -rf "$work"/trash-*
echo "(previous outputs deleted now; on ext4 without a journal, creating files stays slower for" \
    "about 5 minutes after a mass deletion: wait before timing fresh builds again)" >&2
