"""One table for benchmarks/decisive.sh: the seed's three CPU claims per condition, the old rule
(the claim fences before issue 18, re-rendered with --no-exec from the same cache) beside the new
one (where each worker's time went), the build times against the baseline, and one build's
per-worker split per condition.

Usage: decisive_report.py WORK_DIR CONDITION...
WORK_DIR holds, per condition C and build i: C-new-i/results.json (measured, new fences),
C-old-i/results.json (the same runs, old fences), C-new-i.time (the measured build's wall
seconds); and quiet-baseline-i.time (the old fences measured cold on the quiet machine).
The verdicts are the ones sitegen's claim engine wrote into results.json.
"""
import glob
import json
import os
import statistics
import sys

CLAIMS = ["gil-threads-cpu", "processes-parallel-cpu", "processes-better-cpu"]
SPLIT = ["cpu-sequential", "cpu-threads", "cpu-processes"]
VERDICTS = ["holds", "inconclusive", "fails", "not-applicable"]


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def seconds(path):
    with open(path, encoding="utf-8") as f:
        return float(f.read().split()[0])


def builds(work, condition, rule):
    """(i, results.json) of every build of `condition` under `rule` (new, old), in order."""
    found = []
    for path in glob.glob(os.path.join(work, f"{condition}-{rule}-*", "results.json")):
        i = int(path.split(os.sep)[-2].rsplit("-", 1)[1])
        found.append((i, load(path)))
    return sorted(found, key=lambda pair: pair[0])


def counts(docs, claim):
    verdicts = []
    for _, doc in docs:
        by_id = {c["id"]: c for c in doc.get("claims", [])}
        verdicts.append(by_id[claim]["verdict"] if claim in by_id else "missing")
    shown = [f"{verdicts.count(v)} {v}" for v in VERDICTS if verdicts.count(v)]
    if verdicts.count("missing"):
        shown.append(f"{verdicts.count('missing')} missing")
    return ", ".join(shown) or "no build"


def times(work, condition, content):
    paths = glob.glob(os.path.join(work, f"{condition}-{content}-*.time"))
    return [seconds(p) for p in paths]


def spread(values):
    if not values:
        return "–"
    return f"{statistics.median(values):.1f} s ({min(values):.1f}–{max(values):.1f})"


def split(doc):
    """Each example's median run (by wall time): every worker's running / waiting / blocked."""
    lines = []
    by_id = {e["id"]: e for e in doc["examples"]}
    for example in SPLIT:
        entry = by_id.get(example)
        if not entry:
            continue
        runs = sorted(entry["runs"], key=lambda r: r["wall_s"])
        stats = entry.get("stats") or {}
        undisturbed = stats.get("undisturbed_runs")
        count = f"{len(runs)} runs" + (f", {undisturbed} undisturbed" if undisturbed is not None else "")
        if not runs:
            continue
        run = runs[len(runs) // 2]
        lines.append(f"    {example} ({count}; median run {run['wall_s']:.2f} s, "
                     f"cores busy {run.get('cores_median') or 0:.2f}):")
        for worker in run.get("workers") or []:
            life = worker["lifetime_ns"] or 1
            role = " (waits for its children)" if worker["waits_for_children"] else ""
            lines.append(
                f"      {worker['process']}/{worker['thread']}{role}: "
                f"{life / 1e6:.0f} ms, ran {100 * worker['running_ns'] / life:.0f} %, "
                f"waited for a core {100 * worker['waiting_ns'] / life:.0f} %, "
                f"blocked {100 * worker['blocked_ns'] / life:.0f} %  [{worker['source']}]")
    return lines


def main(work, conditions):
    baseline = times(work, "quiet", "baseline")
    width = max(len(c) for c in CLAIMS)
    header = f"{'condition':12s} {'claim':{width}s}  {'old rule (fences before issue 18)':36s} new rule (where the time went)"
    print("\n" + header)
    print("-" * len(header))
    details = []
    for condition in conditions:
        skipped = os.path.join(work, f"{condition}.skipped")
        if os.path.exists(skipped):
            with open(skipped, encoding="utf-8") as f:
                print(f"{condition:12s} {f.read().strip()}")
            continue
        new = builds(work, condition, "new")
        old = builds(work, condition, "old")
        for index, claim in enumerate(CLAIMS):
            label = condition if index == 0 else ""
            print(f"{label:12s} {claim:{width}s}  {counts(old, claim):36s} {counts(new, claim)}")
        measured = times(work, condition, "new")
        ratio = ""
        if measured and baseline:
            ratio = f", {statistics.median(measured) / statistics.median(baseline):.2f}× the baseline"
        print(f"{'':12s} {'build time':{width}s}  {spread(measured)}{ratio}")
        if new:
            first, doc = new[0]
            details.append(f"\n{condition}, build {first}: load before {doc['machine'].get('load_before')}")
            for claim in doc.get("claims", []):
                if claim["id"] in CLAIMS:
                    details.append(f"    {claim['id']}: {claim['verdict']}: {claim['reason'][:400]}")
            details.extend(split(doc))
    print(f"{'baseline':12s} {'build time':{width}s}  {spread(baseline)} "
          "(quiet: the old fences measured cold by the same sitegen)")
    print("\n".join(details))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
