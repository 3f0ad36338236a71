"""Reads the results.json files overhead.sh saved (MODE-ROUND.json) and prints, per example and
mode, the median wall time with min-max over all measured runs, and the ratio of medians against
the plain side ("none"). Also the median of per-round ratios, which cancels slow drifts in load,
and the ratio of median CPU (user+sys of the example's tree, from wait4), which other builds on
the machine disturb far less than wall time.

Usage: overhead_report.py FOLDER MODE...
"""
import glob
import json
import os
import statistics
import sys

folder, modes = sys.argv[1], sys.argv[2:]
walls = {}  # (mode, id) -> [wall]
cpus = {}  # (mode, id) -> [user+sys]
rounds = {}  # (mode, id) -> {round: median}
for mode in modes:
    for path in glob.glob(os.path.join(folder, mode + "-*.json")):
        rnd = path.rsplit("-", 1)[1].split(".")[0]
        for e in json.load(open(path))["examples"]:
            w = [r["wall_s"] for r in e["runs"]]
            walls.setdefault((mode, e["id"]), []).extend(w)
            cpus.setdefault((mode, e["id"]), []).extend(r["user_s"] + r["sys_s"] for r in e["runs"])
            rounds.setdefault((mode, e["id"]), {})[rnd] = statistics.median(w)
ids = sorted({i for _, i in walls})
print("%-24s %-6s %9s %19s %7s %9s %9s %5s" % (
    "example", "mode", "median s", "min-max s", "ratio", "rnd-ratio", "cpu-ratio", "runs"))
for i in ids:
    base = walls.get(("none", i))
    for mode in modes:
        w = walls.get((mode, i))
        if not w:
            continue
        med = statistics.median(w)
        ratio = rnd = cpu = float("nan")
        if base and mode != "none":
            ratio = med / statistics.median(base)
            per = [m / rounds[("none", i)][r] for r, m in rounds[(mode, i)].items()
                   if r in rounds[("none", i)]]
            rnd = statistics.median(per)
            cpu = statistics.median(cpus[(mode, i)]) / statistics.median(cpus[("none", i)])
        print("%-24s %-6s %9.4f %9.4f-%-9.4f %7.4f %9.4f %9.4f %5d" % (
            i, mode, med, min(w), max(w), ratio, rnd, cpu, len(w)))
