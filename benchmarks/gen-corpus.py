#!/usr/bin/env python3
"""Writes a corpus of N Markdown pages (~4 KB of prose, lists and two ordinary code blocks each)
for render-speed benchmarks. Usage: gen-corpus.py N OUT_DIR [--flavour sitegen|hugo|mkdocs]"""
import argparse
import random
from pathlib import Path

WORDS = ("process thread memory interpreter lock parallel queue worker scheduler core cache "
         "pipe socket signal timer buffer kernel system example measure result value").split()

PY = '''import threading

def work(n):
    total = 0
    for i in range(n):
        total += i * i  # square
    return total

threads = [threading.Thread(target=work, args=(1000,)) for _ in range(4)]
for t in threads:
    t.start()
'''
SH = '''#!/bin/sh
for f in *.md; do
  echo "page: $f"  # list pages
done
'''


def paragraph(rng, words=60):
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def page(rng, index, flavour):
    parts = []
    if flavour == "hugo":
        parts.append(f'---\ntitle: "Page {index}"\nweight: {index}\n---\n')
    else:
        parts.append(f"---\ntitle: Page {index}\norder: {index}\n---\n")
    parts.append(f"# Page {index}\n")
    for section in range(3):
        parts.append(f"## Section {section} of page {index}\n")
        parts.append(paragraph(rng) + " *" + rng.choice(WORDS) + "* and **" + rng.choice(WORDS) + "**.\n")
        parts.append("\n".join(f"- {paragraph(rng, 8)} `{rng.choice(WORDS)}`" for _ in range(4)) + "\n")
        parts.append(paragraph(rng, 80) + "\n")
        if section == 0:
            parts.append("```python\n" + PY + "```\n")
        if section == 1:
            parts.append("```sh\n" + SH + "```\n")
    return "\n".join(parts)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("count", type=int)
    parser.add_argument("out")
    parser.add_argument("--flavour", default="sitegen", choices=["sitegen", "hugo", "mkdocs"])
    args = parser.parse_args()
    rng = random.Random(42)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for index in range(1, args.count + 1):
        name = "index.md" if index == 1 and args.flavour == "sitegen" else f"page-{index:05d}.md"
        (out / name).write_text(page(rng, index, args.flavour))


if __name__ == "__main__":
    main()
