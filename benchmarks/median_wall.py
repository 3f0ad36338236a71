"""Prints "id median_s" per example: the median wall time over the measured runs of every
results.json given (sitegen's) or the median of every time in hyperfine --export-json files.

Usage: median_wall.py sitegen|hyperfine FILE...
"""
import json
import statistics
import sys

kind, files = sys.argv[1], sys.argv[2:]
times = {}
for path in files:
    data = json.load(open(path))
    if kind == "sitegen":
        for e in data["examples"]:
            times.setdefault(e["id"], []).extend(r["wall_s"] for r in e["runs"])
    else:
        for r in data["results"]:
            times.setdefault(r["command"], []).extend(r["times"])
for name in sorted(times):
    print(name, "%.6f" % statistics.median(times[name]), len(times[name]))
