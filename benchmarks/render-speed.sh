#!/bin/sh
# Render speed without execution (issue 5): generated corpora of 1k/5k/10k pages built by the
# release binary run directly, interleaved in rounds. Prints median (min–max) wall, pages/s, the
# ratio to 5,000 pages/s, linearity and peak RSS. Modes: fresh (new folder), rebuild (one page
# edited, so the previous site is rendered again and replaced), unchanged (nothing changed).
# Usage: benchmarks/render-speed.sh [rounds] [sizes]   (default 5 rounds, "1000 5000 10000")
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
swift build -c release --product sitegen >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }
bin=.build/release/sitegen
rows="$work/rows.txt"
: >"$rows"
# The previous run's outputs are deleted at the end, after the timings: on ext4 without a journal,
# creating files is slow for minutes after many were deleted (see README).
trash="$work/trash-$$"
mkdir -p "$trash"
for old in "$work"/fresh-* "$work"/site-* "$work"/.site-*; do [ -e "$old" ] && mv "$old" "$trash/"; done
for n in $sizes; do "$bin" --content "benchmarks/.work/corpus-$n" --output "$work/site-$n" 2>/dev/null; done
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
i=1
while [ "$i" -le "$rounds" ]; do
    for n in $sizes; do
        for mode in fresh rebuild unchanged; do
            out="$work/site-$n"
            [ "$mode" = fresh ] && out="$work/fresh-$n-$i"
            # rebuild: one page edited, so the whole site is rendered again and replaced;
            # unchanged: nothing changed, which the build manifest lets sitegen skip.
            [ "$mode" = rebuild ] && echo "Edited in round $i." >>"benchmarks/.work/corpus-$n/index.md"
            /usr/bin/time -f "%e %M %U %S" -o "$work/time.txt" \
                "$bin" --content "benchmarks/.work/corpus-$n" --output "$out" 2>/dev/null
            echo "sitegen $n $mode $(cat "$work/time.txt")" >>"$rows"
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
