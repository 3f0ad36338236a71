#!/usr/bin/env python3
"""Summarises timing rows `tool size mode wall_s rss_kb [user_s sys_s]` (one per line, from render-speed.sh and
peers.sh): median (min–max) wall per tool, size and mode, pages/s, and ratios.
Usage: speed_stats.py render ROWS   |   speed_stats.py peers ROWS"""
import statistics
import sys
from collections import defaultdict

TARGET_PAGES_PER_S = 5000
RSS_BUDGET_MB = 300


def load(path):
    rows = defaultdict(list)
    with open(path) as handle:
        for line in handle:
            if not line.strip():
                continue
            tool, size, mode, wall, rss, *cpu = line.split()
            rows[(tool, int(size), mode)].append((float(wall), int(rss), sum(map(float, cpu))))
    return rows


def spread(values):
    return f"{statistics.median(values):.3f} s ({min(values):.3f}–{max(values):.3f})"


def render(rows):
    modes = sorted({mode for _, _, mode in rows})
    for mode in modes:
        print(f"sitegen, {mode} (median (min–max) wall of {len(next(iter(rows.values())))} rounds):")
        sizes = sorted(size for tool, size, m in rows if m == mode)
        for size in sizes:
            samples = rows[("sitegen", size, mode)]
            walls = [sample[0] for sample in samples]
            rss = max(sample[1] for sample in samples) / 1024
            rate = size / statistics.median(walls)
            cpu = statistics.median(sample[2] for sample in samples)
            print(f"  {size:6d} pages  {spread(walls)}  CPU {cpu:.2f} s  {rate:7.0f} pages/s"
                  f"  ×{rate / TARGET_PAGES_PER_S:.2f} of {TARGET_PAGES_PER_S} pages/s"
                  f"  peak RSS {rss:.0f} MB ({'within' if rss <= RSS_BUDGET_MB else 'OVER'}"
                  f" {RSS_BUDGET_MB} MB)")
        small, large = sizes[0], sizes[-1]
        per_page = lambda size: statistics.median(
            [sample[0] for sample in rows[("sitegen", size, mode)]]) / size
        print(f"  linearity: time per page at {large} / at {small} = "
              f"{per_page(large) / per_page(small):.2f} (1.00 = linear)")


def peers(rows):
    tools = sorted({tool for tool, _, _ in rows})
    sizes = sorted({size for _, size, _ in rows})
    for size in sizes:
        print(f"{size} pages (median (min–max) wall, pages/s):")
        for mode in sorted({m for _, s, m in rows if s == size}):
            base = rows.get(("sitegen", size, mode))
            for tool in tools:
                if (tool, size, mode) not in rows:
                    continue
                walls = [sample[0] for sample in rows[(tool, size, mode)]]
                line = (f"  {mode:8s} {tool:8s} {spread(walls)}"
                        f"  {size / statistics.median(walls):7.0f} pages/s")
                if base and tool != "sitegen":
                    ratio = statistics.median(walls) / statistics.median([sample[0] for sample in base])
                    line += (f"  sitegen {ratio:.1f}× faster" if ratio >= 1
                             else f"  sitegen {1 / ratio:.1f}× slower")
                print(line)


def main():
    kind, path = sys.argv[1], sys.argv[2]
    rows = load(path)
    (render if kind == "render" else peers)(rows)


if __name__ == "__main__":
    main()
