"""Writes a content folder with only the CPU-bound part of the CPU/IO experiment page.

Usage: decisive_content.py PAGE.md OUT_DIR
Keeps the page from its front matter to the heading "## I/O-bound work" (the five CPU examples,
their comparison chart and cores-busy chart); links to other pages become plain text.
"""
import os
import re
import sys

page, out = sys.argv[1], sys.argv[2]
text = open(page, encoding="utf-8").read()
cut = text.find("\n## I/O-bound work")
if cut < 0:
    sys.exit(f"{page}: no '## I/O-bound work' heading to cut at")
body = text[:cut] + "\n"
# [text](other.html#x) → text, so the one-page site has no dangling links; claim badges stay.
body = re.sub(r"\[([^\]]+)\]\((?!claim:)[^)]*\)", r"\1", body)
os.makedirs(out, exist_ok=True)
with open(os.path.join(out, "index.md"), "w", encoding="utf-8") as f:
    f.write(body)
print(os.path.join(out, "index.md"))
