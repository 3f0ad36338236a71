#!/usr/bin/env python3
"""Check that every sentence and code line of a Markdown document appears in a built site.

Usage: check-coverage.py DOCUMENT SITE_DIR

DOCUMENT is the source Markdown document. SITE_DIR is a folder of generated
HTML pages (searched recursively for *.html / *.htm).

The document is reduced to plain text (heading markers, list markers,
emphasis, backticks, links and trailing colons on headings removed) and split
into sentences; fenced code blocks are collected separately, line by line.
Each HTML page is reduced to text (tags stripped, entities unescaped,
whitespace collapsed, typographic punctuation folded back to ASCII, since the
renderer uses cmark's smart punctuation). Every sentence and every non-empty
code line must then be a substring of the text of the pages.

Prints "coverage: N sentences, M code lines, all present" and exits 0, or
lists each missing item and exits 1. Exits 2 on usage or input errors.
"""

import html
import os
import re
import sys

# --------------------------------------------------------------------------
# Normalisation shared by both sides
# --------------------------------------------------------------------------

_PUNCT = {
    "\u2018": "'",  # left single quote
    "\u2019": "'",  # right single quote / apostrophe
    "\u201a": "'",
    "\u201b": "'",
    "\u2032": "'",
    "\u201c": '"',  # left double quote
    "\u201d": '"',  # right double quote
    "\u201e": '"',
    "\u201f": '"',
    "\u2033": '"',
    "\u2013": "--",  # en dash (cmark smart: --)
    "\u2014": "---",  # em dash (cmark smart: ---)
    "\u2026": "...",  # ellipsis
}
_PUNCT_RE = re.compile("|".join(map(re.escape, _PUNCT)))


def normalise(text):
    """Fold typographic punctuation to ASCII and collapse whitespace."""
    text = _PUNCT_RE.sub(lambda m: _PUNCT[m.group(0)], text)
    return " ".join(text.split())


# --------------------------------------------------------------------------
# Markdown side
# --------------------------------------------------------------------------

FENCE_RE = re.compile(r"^ {0,3}(`{3,}|~{3,})(.*)$")
HEADING_RE = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
LIST_RE = re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])(?:\s+|$)")
QUOTE_RE = re.compile(r"^\s*(?:>\s?)+")
RULE_RE = re.compile(r"^ {0,3}([-*_])(?:\s*\1){2,}\s*$")
CODE_SPAN_RE = re.compile(r"(`+)(.+?)\1", re.S)

ABBREVIATIONS = {"e.g.", "i.e.", "vs.", "etc.", "cf.", "mr.", "mrs.", "dr.", "st.", "no.", "approx."}


def strip_inline(text):
    """Remove inline Markdown syntax from one block of text (code spans kept literally)."""
    out = []
    pos = 0
    for m in CODE_SPAN_RE.finditer(text):
        out.append(_strip_inline_plain(text[pos:m.start()]))
        out.append(m.group(2).strip() if m.group(2).strip() else m.group(2))
        pos = m.end()
    out.append(_strip_inline_plain(text[pos:]))
    return "".join(out)


def _strip_inline_plain(text):
    text = re.sub(r"!\[([^\]]*)\]\([^)]*\)", r"\1", text)  # images -> alt text
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)  # inline links -> text
    text = re.sub(r"\[([^\]]*)\]\[[^\]]*\]", r"\1", text)  # reference links -> text
    text = re.sub(r"<(https?://[^>]+)>", r"\1", text)  # autolinks
    text = re.sub(r"</?[A-Za-z][^>]*>", "", text)  # raw inline HTML tags
    text = re.sub(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1", r"\2", text)  # strong
    text = re.sub(r"\*(?=\S)(.+?)(?<=\S)\*", r"\1", text)  # emphasis *x*
    text = re.sub(r"(?<!\w)_(?=\S)(.+?)(?<=\S)_(?!\w)", r"\1", text)  # emphasis _x_
    text = re.sub(r"~~(.+?)~~", r"\1", text)  # strikethrough
    text = re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", text)  # backslash escapes
    return html.unescape(text)


def split_sentences(text):
    """Split plain text into sentences, not breaking after common abbreviations."""
    pieces = re.split(r"(?<=[.!?])\s+(?=[\"'(\[]?[A-Z0-9])", text)
    sentences = []
    for piece in pieces:
        if sentences and sentences[-1].split()[-1].lower() in ABBREVIATIONS:
            sentences[-1] += " " + piece
        else:
            sentences.append(piece)
    return [s.strip() for s in sentences if s.strip()]


def parse_document(source):
    """Return (sentences, code_lines) from a Markdown document."""
    sentences = []
    code_lines = []
    blocks = []  # (kind, text): kind is "heading" or "text"
    current = None  # list of lines of the paragraph / list item being built

    def flush():
        nonlocal current
        if current:
            blocks.append(("text", " ".join(current)))
        current = None

    lines = source.splitlines()
    i = 0
    # Skip front matter if the document has any.
    if lines and lines[0].strip() == "---":
        for j in range(1, len(lines)):
            if lines[j].strip() in ("---", "..."):
                i = j + 1
                break

    while i < len(lines):
        line = lines[i]
        fence = FENCE_RE.match(QUOTE_RE.sub("", line) if line.lstrip().startswith(">") else line)
        if fence and not (fence.group(1)[0] == "`" and "`" in fence.group(2)):
            flush()
            marker = fence.group(1)
            i += 1
            while i < len(lines):
                body = lines[i]
                close = FENCE_RE.match(body)
                if close and close.group(1)[0] == marker[0] and len(close.group(1)) >= len(marker) \
                        and not close.group(2).strip():
                    break
                if body.strip():
                    code_lines.append(body)
                i += 1
            i += 1  # skip closing fence
            continue

        stripped = QUOTE_RE.sub("", line)
        if not stripped.strip():
            flush()
        elif RULE_RE.match(stripped):
            flush()
        elif HEADING_RE.match(stripped):
            flush()
            text = HEADING_RE.match(stripped).group(2) or ""
            text = text.rstrip()
            if text.endswith(":"):
                text = text[:-1].rstrip()
            if text:
                blocks.append(("heading", text))
        elif LIST_RE.match(stripped):
            flush()
            item = LIST_RE.sub("", stripped, count=1)
            current = [item.strip()] if item.strip() else None
        else:
            if current is None:
                current = []
            current.append(stripped.strip())
        i += 1
    flush()

    for kind, text in blocks:
        plain = normalise(strip_inline(text))
        if not plain:
            continue
        if kind == "heading":
            sentences.append(plain)
        else:
            sentences.extend(split_sentences(plain))
    return sentences, code_lines


# --------------------------------------------------------------------------
# HTML side
# --------------------------------------------------------------------------

BLOCK_TAGS = (
    "address|article|aside|blockquote|body|br|caption|dd|details|div|dl|dt|figcaption|figure|"
    "footer|form|h[1-6]|head|header|hr|html|li|main|nav|ol|p|pre|section|summary|table|tbody|"
    "td|tfoot|th|thead|title|tr|ul"
)
BLOCK_TAG_RE = re.compile(r"</?(?:%s)\b[^>]*>" % BLOCK_TAGS, re.I)
ANY_TAG_RE = re.compile(r"</?[A-Za-z][^>]*>")


def html_to_text(markup):
    markup = re.sub(r"<!--.*?-->", "", markup, flags=re.S)
    markup = re.sub(r"<(script|style|template)\b.*?</\1\s*>", " ", markup, flags=re.S | re.I)
    markup = BLOCK_TAG_RE.sub(" ", markup)  # block boundaries become spaces
    markup = ANY_TAG_RE.sub("", markup)  # inline tags (strong, code, span, a) vanish
    return normalise(html.unescape(markup))


def load_site(site_dir):
    pages = []
    for root, dirs, files in os.walk(site_dir):
        dirs.sort()
        for name in sorted(files):
            if name.lower().endswith((".html", ".htm")):
                path = os.path.join(root, name)
                with open(path, encoding="utf-8", errors="replace") as f:
                    pages.append((path, html_to_text(f.read())))
    return pages


# --------------------------------------------------------------------------


def main(argv):
    if len(argv) != 3:
        print("usage: check-coverage.py DOCUMENT SITE_DIR", file=sys.stderr)
        return 2
    document, site_dir = argv[1], argv[2]
    try:
        with open(document, encoding="utf-8") as f:
            source = f.read()
    except OSError as e:
        print("error: cannot read %s: %s" % (document, e), file=sys.stderr)
        return 2
    if not os.path.isdir(site_dir):
        print("error: %s is not a directory" % site_dir, file=sys.stderr)
        return 2

    sentences, code_lines = parse_document(source)
    pages = load_site(site_dir)
    if not pages:
        print("error: no HTML pages found in %s" % site_dir, file=sys.stderr)
        return 2
    corpus = "\x00".join(text for _, text in pages)

    missing_sentences = [s for s in sentences if s not in corpus]
    missing_code = [c for c in code_lines if normalise(c) not in corpus]

    if not missing_sentences and not missing_code:
        print("coverage: %d sentences, %d code lines, all present" % (len(sentences), len(code_lines)))
        return 0
    for s in missing_sentences:
        print("missing sentence: %s" % s)
    for c in missing_code:
        print("missing code line: %s" % c.strip())
    print("coverage: %d of %d sentences missing, %d of %d code lines missing (%d pages checked)" % (
        len(missing_sentences), len(sentences), len(missing_code), len(code_lines), len(pages)))
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
