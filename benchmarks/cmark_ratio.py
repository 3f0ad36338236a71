#!/usr/bin/env python3
"""sitegen against cmark alone on the same corpus, interleaved in rounds (driver of
cmark-ratio.sh). Each round runs cmark-pages (every page parsed and rendered by libcmark in one
process) and one full sitegen build (one page edited first, so every page is parsed, rendered
and written over the previous site), in alternating order. CPU = user + sys of the process from
wait4 (microseconds), wall = CLOCK_MONOTONIC around it.

The ratio the guard checks is of CPU time: a busy machine stretches both tools' wall times
unequally (sitegen uses two cores, cmark-pages one, and a neighbour may take one of them), but
the CPU each needs for the same pages stays put; what the guard is for, work added to the
per-page path, shows in CPU time whatever the load.

Usage: cmark_ratio.py SITEGEN CMARK_PAGES CORPUS WORK ROUNDS MAX_RATIO
Prints the per-round figures and the median ratio; exits 1 when it is above MAX_RATIO."""
import os
import statistics
import subprocess
import sys
import time


def timed(argv, stdout):
    """(wall s, CPU s) of one run; fails loudly when it does not exit 0."""
    start = time.monotonic()
    process = subprocess.Popen(argv, stdout=stdout, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.monotonic() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    errors = process.stderr.read().decode(errors="replace")
    process.stderr.close()
    if process.returncode != 0:
        sys.exit(f"cmark-ratio: {' '.join(argv)} exited {process.returncode}:\n{errors}")
    return wall, usage.ru_utime + usage.ru_stime


def spread(values, digits=3):
    return (f"{statistics.median(values):.{digits}f} "
            f"({min(values):.{digits}f}–{max(values):.{digits}f})")


def main():
    sitegen, cmark, corpus, work, rounds, limit = sys.argv[1:7]
    rounds, limit = int(rounds), float(limit)
    pages = sum(1 for name in os.listdir(corpus) if name.endswith(".md"))
    output, cache = os.path.join(work, "site"), os.path.join(work, "cache")
    edited = os.path.join(corpus, "index.md")
    original = open(edited, encoding="utf-8").read()
    build = [sitegen, "build", "--content", corpus, "--cache", cache, "--output", output]
    devnull = open(os.devnull, "wb")

    def sitegen_round(label):
        # One page edited: the manifest cannot skip the build, so every page is rendered again.
        with open(edited, "w", encoding="utf-8") as handle:
            handle.write(original + f"\nEdited for {label}.\n")
        return timed(build, devnull)

    try:
        # Warm-up, not counted: the page cache, the first site (later builds recycle it).
        timed([cmark, corpus], devnull)
        sitegen_round("warm-up 1")
        sitegen_round("warm-up 2")
        print(f"{pages} pages, {rounds} rounds, load average before: "
              f"{open('/proc/loadavg').read().split()[0]}")
        rows = []
        for index in range(rounds):
            if index % 2 == 0:
                c = timed([cmark, corpus], devnull)
                s = sitegen_round(f"round {index + 1}")
            else:
                s = sitegen_round(f"round {index + 1}")
                c = timed([cmark, corpus], devnull)
            rows.append((s, c))
            print(f"  round {index + 1}: sitegen wall {s[0]:.3f} s CPU {s[1]:.3f} s | cmark wall"
                  f" {c[0]:.3f} s CPU {c[1]:.3f} s | CPU ratio {s[1] / c[1]:.2f}")
    finally:
        with open(edited, "w", encoding="utf-8") as handle:
            handle.write(original)
    cpu_ratios = [s[1] / c[1] for s, c in rows]
    wall_ratios = [s[0] / c[0] for s, c in rows]
    print(f"load average after: {open('/proc/loadavg').read().split()[0]}")
    print(f"sitegen: wall {spread([s[0] for s, _ in rows])} s, CPU {spread([s[1] for s, _ in rows])} s,"
          f" {pages / statistics.median([s[0] for s, _ in rows]):.0f} pages/s")
    print(f"cmark:   wall {spread([c[0] for _, c in rows])} s, CPU {spread([c[1] for _, c in rows])} s,"
          f" {pages / statistics.median([c[0] for _, c in rows]):.0f} pages/s")
    print(f"wall ratio (sitegen / cmark, for information): median {spread(wall_ratios, 2)}")
    ratio = statistics.median(cpu_ratios)
    verdict = "within" if ratio <= limit else "OVER"
    print(f"CPU ratio (sitegen / cmark): median {spread(cpu_ratios, 2)}: {verdict} the limit of"
          f" {limit:.1f}×")
    if ratio > limit:
        print(f"cmark-ratio: sitegen needs {ratio:.2f}× the CPU of cmark alone for the same pages,"
              f" more than {limit:.1f}×: something added work to the per-page path (profile it:"
              f" benchmarks/README.md, 'Render speed')", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
