"""Verdicts of the three seed CPU claims from each build's results.json, per decision mode.

The verdict reported is the one sitegen's claim engine wrote into results.json (the claim fences
of the content, decided in the build's mode); when a results.json has no claims, it falls back
to recomputing them from the speed-ups as below.

Usage: decisive_report.py WORK_DIR
WORK_DIR holds MODE-N/results.json and MODE-N.time (the build's wall seconds) for MODE in
old, new. The verdicts follow the claims' comparisons (content of the seed, issue 10):
  processes-parallel-cpu   holds if speedup(cpu-processes over cpu-sequential) > 1.3
  processes-better-cpu     holds if speedup(cpu-processes over cpu-threads) > 1.3
  gil-threads-cpu          holds if speedup(cpu-threads over cpu-sequential) < 1.3
"shown" (the whole interval on the claimed side) → holds; the opposite shown → fails; else
inconclusive. The intervals are the ones sitegen's EffectDecision computes:
  old: hyperfine's ratio of means ± 2 propagated standard deviations (the spread rule);
  new: 95 % t interval on the log of per-round ratios when the runs carry rounds (paired),
       else a 95 % percentile bootstrap of the ratio of medians (20,000 resamples).
The busy-machine rule of the seed's claims (Analyze/ClaimChecks) is applied as there: when the
1-minute load before the build exceeded the available cores − 0.5, a verdict that rests on a
missing speedup is inconclusive, except gil-threads-cpu when its control (processes over
sequential > 1.3) was shown; fewer than 2 available cores make every verdict inconclusive. The
raw verdict (before that rule) is printed beside it.
With CHECK_CORES=1 in the environment, a check of the experiment itself is added, the one a
claim fence could state as `check cores(cpu-sequential) >= 0.8`: when the sequential baseline did
not get (most of) a core, the machine starved the experiment and every verdict is inconclusive.
"""
import glob
import json
import math
import os
import statistics
import sys

import numpy as np
from scipy import stats

THRESHOLD = 1.3
CLAIMS = [
    ("processes-parallel-cpu", "cpu-processes", "cpu-sequential", ">"),
    ("processes-better-cpu", "cpu-processes", "cpu-threads", ">"),
    ("gil-threads-cpu", "cpu-threads", "cpu-sequential", "<"),
]


def spread(a_runs, b_runs):
    """Speedup of A over B: mean(B)/mean(A) ± 2σ propagated (SpeedRatio)."""
    a = [r["wall_s"] for r in a_runs]
    b = [r["wall_s"] for r in b_runs]
    ma, mb = statistics.mean(a), statistics.mean(b)
    sa, sb = statistics.stdev(a), statistics.stdev(b)
    ratio = mb / ma
    sigma = ratio * math.hypot(sa / ma, sb / mb)
    return ratio, ratio - 2 * sigma, ratio + 2 * sigma, "spread ±2σ"


def interval(a_runs, b_runs):
    rounds_a = {r["round"]: r["wall_s"] for r in a_runs if r.get("round")}
    rounds_b = {r["round"]: r["wall_s"] for r in b_runs if r.get("round")}
    shared = sorted(set(rounds_a) & set(rounds_b))
    if len(shared) >= 2 and len(rounds_a) == len(a_runs):
        d = np.log([rounds_b[k] / rounds_a[k] for k in shared])
        se = d.std(ddof=1) / math.sqrt(len(d))
        t = stats.t.ppf(0.975, len(d) - 1)
        m = d.mean()
        return math.exp(m), math.exp(m - t * se), math.exp(m + t * se), f"paired t, {len(d)} rounds"
    a = np.array([r["wall_s"] for r in a_runs])
    b = np.array([r["wall_s"] for r in b_runs])
    rng = np.random.default_rng(0x5EED)
    ia = rng.integers(0, len(a), (20000, len(a)))
    ib = rng.integers(0, len(b), (20000, len(b)))
    ratios = np.median(b[ib], axis=1) / np.median(a[ia], axis=1)
    lo, hi = np.quantile(ratios, [0.025, 0.975])
    return float(np.median(b) / np.median(a)), float(lo), float(hi), "bootstrap"


def verdict(low, high, op):
    if op == ">":
        return "holds" if low > THRESHOLD else "fails" if high <= THRESHOLD else "inconclusive"
    return "holds" if high < THRESHOLD else "fails" if low >= THRESHOLD else "inconclusive"


def busy_rule(claim, raw, machine, control):
    """The seed's rule: load can hide a speedup, so a missing one on a busy machine proves nothing."""
    cores = machine.get("cores_available") or machine.get("cores") or 0
    if cores < 2:
        return "inconclusive"
    busy = (machine.get("load_before") or 0) > cores - 0.5
    if not busy:
        return raw
    if claim == "gil-threads-cpu":
        return raw if raw != "holds" or control == "holds" else "inconclusive"
    return "inconclusive" if raw == "fails" else raw


def main(work):
    rows = {}
    for mode in ("old", "new"):
        for path in sorted(glob.glob(os.path.join(work, f"{mode}-*", "results.json"))):
            n = path.split(os.sep)[-2].split("-")[1]
            doc = json.load(open(path, encoding="utf-8"))
            by_id = {e["id"]: e for e in doc["examples"]}
            seconds = float(open(os.path.join(work, f"{mode}-{n}.time")).read().split()[0])
            build = {"time": seconds, "claims": {}, "rounds": None, "reason": ""}
            group = by_id.get("cpu-sequential", {}).get("measurement_group")
            build["rounds"] = group["rounds"] if group else len(by_id["cpu-sequential"]["runs"])
            build["reason"] = group["reason"] if group else "blocks"
            build["cores"] = {
                e["id"].removeprefix("cpu-"): (e.get("stats") or {}).get("cores_busy", {}).get("median")
                for e in doc["examples"]
            }
            raw = {}
            for claim, a, b, op in CLAIMS:
                rule = spread if mode == "old" else interval
                est, low, high, how = rule(by_id[a]["runs"], by_id[b]["runs"])
                raw[claim] = (verdict(low, high, op), est, low, high, how)
            build["load"] = doc["machine"].get("load_before")
            baseline = (by_id["cpu-sequential"].get("stats") or {}).get("cores_busy", {}).get("median")
            starved = os.environ.get("CHECK_CORES") == "1" and baseline is not None and baseline < 0.8
            # The verdicts sitegen's claim engine gave (the page's): the content's claim fences,
            # decided in this build's mode (--decision). The recomputed speed-up is shown beside.
            engine = {c["id"]: c for c in doc.get("claims", [])}
            for claim, (v, est, low, high, how) in raw.items():
                if claim in engine:
                    final = engine[claim]["verdict"]
                    how = f"{how}; engine: {engine[claim]['reason'][:140]}"
                else:
                    final = busy_rule(claim, v, doc["machine"], raw["processes-parallel-cpu"][0])
                    if starved:
                        final = "inconclusive"
                build["claims"][claim] = (final, est, low, high, f"{how}; speed-up alone {v}")
            rows.setdefault(mode, []).append((n, build))
    for mode, builds in rows.items():
        label = "old (blocks + spread)" if mode == "old" else "new (rounds + 95 % CI + adaptive)"
        print(f"\n{label}: {len(builds)} builds")
        for n, build in builds:
            print(
                f"  build {n}: {build['time']:.1f} s, load before {build['load']}, "
                f"{build['rounds']} rounds ({build['reason'][:90]})"
            )
            cores = ", ".join(f"{k} {v:.2f}" for k, v in build["cores"].items() if v is not None)
            print(f"    cores busy (median of runs): {cores}")
            for claim, (v, est, low, high, how) in build["claims"].items():
                print(f"    {claim:24s} {v:12s} {est:.2f}× [{low:.2f}, {high:.2f}] {how}")
        print("  decisive and correct (holds) per claim:")
        for claim, *_ in CLAIMS:
            verdicts = [b["claims"][claim][0] for _, b in builds]
            print(
                f"    {claim:24s} holds {verdicts.count('holds')}/{len(builds)}, "
                f"fails {verdicts.count('fails')}, inconclusive {verdicts.count('inconclusive')}"
            )
        all3 = sum(all(c[0] == "holds" for c in b["claims"].values()) for _, b in builds)
        print(f"    all three hold in {all3}/{len(builds)} builds")
        times = [b["time"] for _, b in builds]
        print(f"  median build time {statistics.median(times):.1f} s (min {min(times):.1f}, max {max(times):.1f})")
        print(f"  rounds used: {[b['rounds'] for _, b in builds]}")
    if "old" in rows and "new" in rows:
        old = statistics.median(b["time"] for _, b in rows["old"])
        new = statistics.median(b["time"] for _, b in rows["new"])
        print(f"\nnew / old median build time: {new / old:.2f} (target ≤ 1.20)")


if __name__ == "__main__":
    main(sys.argv[1])
