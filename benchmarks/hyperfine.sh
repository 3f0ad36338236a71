#!/bin/sh
# Agreement with hyperfine: times the seed's runnable examples with hyperfine and with sitegen,
# interleaved in one session, and prints the ratio of median wall times (sitegen / hyperfine).
# Usage: benchmarks/hyperfine.sh [rounds]   (default 3; 5 measured runs per tool per round)
set -eu
cd "$(dirname "$0")/.."
rounds=${1:-3}
if ! command -v hyperfine >/dev/null 2>&1; then
    echo "installing hyperfine (Debian package)" >&2
    apt-get install -y hyperfine >/dev/null || { sudo apt-get update && sudo apt-get install -y hyperfine; }
fi
swift build -c release --product sitegen >/dev/null
bin=.build/release/sitegen
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/content"
cp content/examples.md "$work/content/index.md"
ids=$(python3 benchmarks/extract_examples.py content/examples.md "$work/code")
# sitegen resolves the pyenv shim to this interpreter and runs it with -u, PYTHONUNBUFFERED=1.
python=$(python3 -c 'import sys; print(sys.executable)')
i=1
while [ "$i" -le "$rounds" ]; do
    for id in $ids; do
        (cd "$work/code" && PYTHONUNBUFFERED=1 PYTHONIOENCODING=utf-8 hyperfine -N --output=pipe \
            --warmup 1 --runs 5 --command-name "$id" --export-json "$work/hf-$id-$i.json" \
            "$python -u $work/code/$id.py" >/dev/null)
    done
    "$bin" --content "$work/content" --output "$work/site" --runs 5 --warmup 1 2>/dev/null
    cp "$work/site/results.json" "$work/sg-$i.json"
    echo "round $i/$rounds done" >&2
    i=$((i + 1))
done
python3 benchmarks/median_wall.py hyperfine "$work"/hf-*.json >"$work/hf.txt"
python3 benchmarks/median_wall.py sitegen "$work"/sg-*.json >"$work/sg.txt"
echo "example  median-wall-sitegen  median-wall-hyperfine  ratio  (runs each)"
join "$work/sg.txt" "$work/hf.txt" | awk '{ printf "%s  %.4f s  %.4f s  %.4f  (%d)\n", $1, $2, $4, $2 / $4, $3 }'
