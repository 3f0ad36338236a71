#!/bin/sh
# The preview loop: `sitegen serve` on the seed site with a warm execution cache (one normal
# build first, same cache); a prose line is appended to a page N times and each edit is timed
# from the file write to the moment a waiting client sees the reload signal (serve_loop.py).
# Then the same with `strace -f -e trace=execve` around the server: a prose edit must run no
# example (no execve after the server's own). Usage: benchmarks/serve-loop.sh [edits] (10)
set -eu
cd "$(dirname "$0")/.."
edits=${1:-10}
root=$(pwd)
work=$root/benchmarks/.work/serve-loop
cache=$root/benchmarks/.work/serve-loop-cache # kept between runs: the warm cache
mkdir -p "$work"
rm -rf "$work/content" "$work/site"
cp -r content "$work/content"
swift build -c release --product sitegen >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }
bin=$root/.build/release/sitegen
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

echo "warming the cache: sitegen build --cache $cache (examples run only if not cached)"
t=$(date +%s)
"$bin" build --content "$work/content" --output "$work/site" --cache "$cache" 2>"$work/warm.log"
echo "  $(($(date +%s) - t)) s; $(tail -1 "$work/warm.log")"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

port=$(free_port)
"$bin" serve --content "$work/content" --cache "$cache" --port "$port" 2>"$work/serve.log" &
pid=$!
python3 benchmarks/serve_loop.py "$port" "$work/content/summary.md" "$edits"
kill -INT "$pid"
wait "$pid" || true
echo "server's own rebuild times (stderr):"
grep -o 'rebuilt in [0-9]* ms: .*' "$work/serve.log" | sed 's/^/  /' | tail -n "$edits"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

echo "strace -f -e trace=execve: 3 prose edits with the server traced"
cp content/summary.md "$work/content/summary.md"
port=$(free_port)
strace -f -qq -e trace=execve -o "$work/execve.txt" \
    "$bin" serve --content "$work/content" --cache "$cache" --port "$port" 2>"$work/serve-strace.log" &
pid=$!
python3 benchmarks/serve_loop.py "$port" "$work/content/summary.md" 3 | tail -1
kill -INT "$(pgrep -P "$pid" -x sitegen || echo "$pid")" 2>/dev/null || kill -INT "$pid"
wait "$pid" || true
count=$(grep -c 'execve(' "$work/execve.txt" || true)
echo "  execve calls in the traced server, start-up and 3 rebuilds included: $count"
grep 'execve(' "$work/execve.txt" | sed 's/^/    /' | cut -c1-150
if [ "$count" -le 1 ]; then echo "  OK: only sitegen itself was executed; no example ran"; else echo "  a process was started (above)"; fi
