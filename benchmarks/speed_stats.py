#!/usr/bin/env python3
"""Summarises timing rows `tool size mode wall_s rss_kb [user_s sys_s]` (one per line, from render-speed.sh and
peers.sh): median (min–max) wall per tool, size and mode, pages/s, and ratios.
Usage: speed_stats.py render ROWS   |   speed_stats.py peers ROWS"""
import statistics
import sys
from collections import defaultdict

# Issue 22: cmark's own pace on the 2-core machine, and the memory budget at 10,000 pages.
TARGET_PAGES_PER_S = 12000
RSS_BUDGET_MB = 200


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
    """One block per mode; with a baseline (render-speed.sh BASELINE=), its line above this
    build's at each size, and the ratio of medians (wall and CPU) below them."""
    modes = sorted({mode for _, _, mode in rows})
    tools = [tool for tool in ("baseline", "sitegen") if any(key[0] == tool for key in rows)]
    for mode in modes:
        print(f"{mode} (median (min–max) wall of {len(next(iter(rows.values())))} rounds, "
              f"median CPU user+sys, peak RSS of the process):")
        sizes = sorted({size for _, size, m in rows if m == mode})
        for size in sizes:
            medians = {}
            for tool in tools:
                samples = rows.get((tool, size, mode))
                if not samples:
                    continue
                walls = [sample[0] for sample in samples]
                rss = max(sample[1] for sample in samples) / 1024
                rate = size / statistics.median(walls)
                cpu = statistics.median(sample[2] for sample in samples)
                medians[tool] = (statistics.median(walls), cpu)
                print(f"  {tool:8s} {size:6d} pages  {spread(walls)}  CPU {cpu:.2f} s"
                      f"  {rate:7.0f} pages/s ×{rate / TARGET_PAGES_PER_S:.2f} of"
                      f" {TARGET_PAGES_PER_S}  peak RSS {rss:.0f} MB"
                      f" ({'within' if rss <= RSS_BUDGET_MB else 'OVER'} {RSS_BUDGET_MB} MB)")
            if len(medians) == 2:
                (old_wall, old_cpu), (new_wall, new_cpu) = medians["baseline"], medians["sitegen"]
                print(f"  {'':8s} {size:6d} pages  baseline / this: wall ×{old_wall / new_wall:.2f},"
                      f" CPU ×{old_cpu / max(new_cpu, 1e-9):.2f}")
        for tool in tools:
            small, large = sizes[0], sizes[-1]
            if (tool, small, mode) not in rows or (tool, large, mode) not in rows:
                continue
            per_page = lambda size: statistics.median(
                [sample[0] for sample in rows[(tool, size, mode)]]) / size
            print(f"  {tool:8s} linearity: time per page at {large} / at {small} = "
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
