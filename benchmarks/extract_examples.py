"""Writes each runnable Python block of a Markdown file to OUT/<id>.py; prints the ids.

Usage: extract_examples.py PAGE.md OUT
"""
import os
import re
import sys

page, out = sys.argv[1], sys.argv[2]
os.makedirs(out, exist_ok=True)
text = open(page, encoding="utf-8").read()
for n, m in enumerate(re.finditer(r"^```(python run[^\n]*)\n(.*?)^```", text, re.M | re.S)):
    found = re.search(r"\bid=(\S+)", m.group(1))
    name = found.group(1) if found else f"example-{n + 1}"
    with open(os.path.join(out, name + ".py"), "w", encoding="utf-8") as f:
        f.write(m.group(2))
    print(name)
