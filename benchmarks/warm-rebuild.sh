#!/bin/sh
# Warm rebuild with nothing changed: the seed's two runnable examples (content/examples.md) built
# by sitegen and by sphinx-gallery (PyPI, throw-away venv under benchmarks/.work/venv), each built
# once cold, then rebuilt with nothing changed, interleaved in rounds. Prints median (min–max)
# wall and the ratio. Usage: benchmarks/warm-rebuild.sh [rounds]   (default 5)
set -eu
cd "$(dirname "$0")/.."
rounds=${1:-5}
root=$(pwd)
work=$root/benchmarks/.work/warm-rebuild
venv=$root/benchmarks/.work/venv
rm -rf "$work"
mkdir -p "$work/content" "$work/sphinx/examples"
if [ ! -x "$venv/bin/sphinx-build" ] || ! "$venv/bin/python" -c 'import sphinx_gallery, matplotlib' 2>/dev/null; then
    echo "installing sphinx + sphinx-gallery + matplotlib in $venv" >&2
    [ -x "$venv/bin/python" ] || python3 -m venv "$venv"
    "$venv/bin/pip" install -q sphinx sphinx-gallery matplotlib
fi
swift build -c release --product sitegen >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }
bin=$root/.build/release/sitegen

cp content/examples.md "$work/content/index.md"
# sphinx-gallery: one gallery of the same two scripts, run in-process, no image scrapers.
for id in $(python3 benchmarks/extract_examples.py content/examples.md "$work/code"); do
    { printf '"""\n%s\n%s\n"""\n' "$id" "$(echo "$id" | sed 's/./=/g')"; cat "$work/code/$id.py"; } \
        >"$work/sphinx/examples/plot_$(echo "$id" | tr - _).py"
done
printf 'Examples\n========\n' >"$work/sphinx/examples/README.txt"
cat >"$work/sphinx/conf.py" <<'PY'
project = "seed"
extensions = ["sphinx_gallery.gen_gallery"]
sphinx_gallery_conf = {
    "examples_dirs": "examples",
    "gallery_dirs": "auto_examples",
    "filename_pattern": ".*",
    "image_scrapers": (),
}
PY
printf 'Seed\n====\n\n.. toctree::\n\n   auto_examples/index\n' >"$work/sphinx/index.rst"

sg() { "$bin" --content "$work/content" --output "$work/site" 2>/dev/null; }
sphinx() { "$venv/bin/sphinx-build" -q -b html "$work/sphinx" "$work/sphinx-out" >/dev/null 2>&1; }
ms() { echo $(($(date +%s%N) / 1000000)); }
echo "cold builds (examples run):"
t=$(ms); sg; echo "  sitegen        $(($(ms) - t)) ms"
t=$(ms); sphinx; echo "  sphinx-gallery $(($(ms) - t)) ms"
rows="$work/rows.txt"
: >"$rows"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
i=1
while [ "$i" -le "$rounds" ]; do
    t=$(ms); sg; echo "sitegen 2 warm $(($(ms) - t))" >>"$rows"
    t=$(ms); sphinx; echo "sphinx-gallery 2 warm $(($(ms) - t))" >>"$rows"
    i=$((i + 1))
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
awk '{ printf "%s %s %s %.3f 0\n", $1, $2, $3, $4 / 1000 }' "$rows" >"$rows.s"
python3 benchmarks/speed_stats.py peers "$rows.s" | sed 's/^2 pages (\(.*\), pages\/s)/seed site, 2 examples (\1)/; s/ *[0-9]* pages\/s//'
