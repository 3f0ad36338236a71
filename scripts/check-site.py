#!/usr/bin/env python3
"""Checks a built seed site: both examples ran and every worker line is on the page and in
results.json with its arrival time. Usage: check-site.py SITE_DIR"""
import html
import json
import sys
from pathlib import Path

site = Path(sys.argv[1])
results = json.loads((site / "results.json").read_text())
page = html.unescape((site / "examples.html").read_text())
expected = {
    "threading-example": "Done with multithreading",
    "multiprocessing-example": "Done with multiprocessing",
}
problems = []
for example in results["examples"]:
    if example["id"] not in expected:
        continue
    want = [f"Square: {i * i}" for i in range(5)] + [f"Cube: {i ** 3}" for i in range(5)]
    want.append(expected.pop(example["id"]))
    texts = [line["text"] for line in example["lines"]]
    for text in want:
        if text not in texts:
            problems.append(f"{example['id']}: '{text}' missing from results.json")
        if text not in page:
            problems.append(f"{example['id']}: '{text}' missing from examples.html")
    if any(not isinstance(line.get("t_s"), (int, float)) for line in example["lines"]):
        problems.append(f"{example['id']}: a line has no arrival time")
    if example["outcome"]["kind"] != "exited" or example["outcome"].get("code") != 0:
        problems.append(f"{example['id']}: outcome {example['outcome']}")
for missing in expected:
    problems.append(f"{missing}: not in results.json")
for problem in problems:
    print("check-site:", problem)
if problems:
    sys.exit(1)
print(f"check-site: {len(results['examples'])} examples, all worker lines present with times")
