#!/usr/bin/env python3
"""Layout check of a built site in a real browser (headless Chromium through playwright).

Opens every page at 390 px and 1280 px, with every <details> opened, and fails when
  - the document scrolls sideways,
  - a table (other than captured output in <pre>) is wider than the page's content column,
  - chart text (SVG <text>) renders smaller than MIN_TEXT_PX,
  - a chart (<svg>) is not inside a <figure> with its <figcaption>,
  - a chart's drawing is wider than the box that holds it (it would be clipped or scroll),
  - a heading level is skipped (an <h4> after an <h2>, or a page that does not start at <h1>),
  - a page carries more than one warning of a kind (data-kind),
  - reader prose (outside code listings and folded details) gives author advice (--runs, runs=,
    SITEGEN_),
  - a claim's cell (its row in the claims table, its card's reason) says a sentence twice, or a
    paragraph of it quotes the same figure twice,
  - at 1280 px with its folds as a reader finds them, a page is taller than its budget: HEIGHT_BASE
    plus so much per example, figure and claim card it shows (environments do not count: a page
    whose examples ran in three environments must not be three times as long), and never taller
    than a limit stated in PAGE_HEIGHT_LIMITS.
Listings (<pre>) may scroll sideways; charts may not: each is drawn to fit its column.

Usage: scripts/check-layout.py SITE_DIR
Exit codes: 0 ok, 1 layout problems, 2 usage, 3 playwright or chromium missing.
"""
import os
import sys

MIN_TEXT_PX = 9.5
# The height budget at 1280 px (issue 19: the CPU/I-O page, ten programs, six figures, four
# claims and four environments, within 12,000 px).
HEIGHT_BASE = 2000
HEIGHT_PER = {
    "section.example.charted": 600,  # code and output side by side, the rest folded
    "section.example:not(.charted), section.configurations": 2400,  # every line, timeline, run
    "figure.chart": 700,
    "aside.claim-card": 500,
    "table.claims tbody tr": 400,
}
PAGE_HEIGHT_LIMITS = {"experiments-cpu-io.html": 12000}
WIDTHS = (390, 1280)
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")

HEIGHT = r"""
(per) => {
  const counts = {};
  for (const selector of Object.keys(per)) counts[selector] = document.querySelectorAll(selector).length;
  return {height: document.documentElement.scrollHeight, counts};
}
"""

PROBE = r"""
(minText) => {
  const problems = [];
  document.querySelectorAll('table.claims td.why, .claim-card .claim-reason').forEach(cell => {
    const where = cell.closest('tr, aside');
    const name = where ? (where.id || 'a claim') : 'a claim';
    const seen = new Set();
    cell.querySelectorAll('p, li').forEach(block => {
      const text = block.textContent.replace(/\s+/g, ' ').trim();
      for (const sentence of text.split(/(?<=[.;])\s+(?=[A-Z])/)) {
        const key = sentence.replace(/^[^:]{1,40}:\s+/, '').trim();
        if (key.length < 25) continue;
        if (seen.has(key)) problems.push(`${name} says a sentence twice: "${key.slice(0, 80)}"`);
        seen.add(key);
      }
      const figures = text.match(/\d+\.\d+ ?(?:×|%|s\b|ms\b|cores?\b)(?: ± \d+\.\d+)?/g) || [];
      const counted = {};
      for (const figure of figures) counted[figure] = (counted[figure] || 0) + 1;
      for (const [figure, count] of Object.entries(counted)) {
        if (count > 1 && /±|CI/.test(text)) {
          const repeated = text.split(figure).length - 1;
          if (repeated > 2) problems.push(`${name} quotes ${figure} ${repeated} times in one paragraph`);
        }
      }
    });
  });
  document.querySelectorAll('details').forEach(d => d.open = true);
  const doc = document.documentElement;
  if (doc.scrollWidth > window.innerWidth + 1) {
    let widest = null;
    document.querySelectorAll('body *').forEach(e => {
      const r = e.getBoundingClientRect();
      if (r.right > window.innerWidth + 1 && !e.closest('pre, .chart-scroll') &&
          (!widest || r.right > widest.r)) widest = {r: r.right, e};
    });
    problems.push(`the page scrolls sideways (${doc.scrollWidth} px wide)` +
      (widest ? `: <${widest.e.tagName.toLowerCase()} class="${widest.e.className.baseVal ?? widest.e.className}">` : ''));
  }
  const main = document.querySelector('main') || document.body;
  const right = main.getBoundingClientRect().right;
  document.querySelectorAll('table').forEach(t => {
    if (t.closest('pre')) return;
    const r = t.getBoundingClientRect();
    if (r.width === 0) return;
    if (r.right > right + 1 || t.scrollWidth > t.clientWidth + 1) {
      const caption = t.caption ? t.caption.textContent.slice(0, 60) : (t.className || 'table');
      problems.push(`a table overflows by ${Math.round(r.right - right)} px: ${caption}`);
    }
  });
  document.querySelectorAll('svg').forEach(svg => {
    const figure = svg.closest('figure');
    if (!figure || !figure.querySelector(':scope > figcaption')) {
      const title = svg.querySelector('title');
      problems.push(`a chart is not a captioned figure: ${title ? title.textContent : 'svg'}`);
    }
  });
  document.querySelectorAll('svg.chart').forEach(svg => {
    const box = svg.getBoundingClientRect();
    const view = svg.viewBox.baseVal;
    if (box.width === 0 || !view || view.width === 0) return;
    const scale = box.width / view.width;
    let smallest = Infinity, sample = '';
    svg.querySelectorAll('text').forEach(t => {
      const px = parseFloat(getComputedStyle(t).fontSize) * scale;
      if (px < smallest) { smallest = px; sample = t.textContent; }
    });
    if (smallest < minText) {
      const title = svg.querySelector('title');
      problems.push(`chart text renders at ${smallest.toFixed(1)} px ("${sample}") in ` +
        (title ? title.textContent : 'a chart'));
    }
  });
  document.querySelectorAll('svg.chart').forEach(svg => {
    const box = svg.getBoundingClientRect();
    if (box.width === 0) return;
    const holder = svg.closest('.chart-scroll') || svg.parentElement;
    const room = holder.getBoundingClientRect();
    if (box.width > holder.clientWidth + 1 || box.right > room.right + 1) {
      const title = svg.querySelector('title');
      problems.push(`a chart is drawn ${Math.round(box.width)} px wide in a ${holder.clientWidth} px box: ` +
        (title ? title.textContent : 'svg'));
    }
  });
  let level = 0;
  document.querySelectorAll('h1, h2, h3, h4, h5, h6').forEach(h => {
    const next = parseInt(h.tagName.slice(1), 10);
    if (next > level + 1) {
      problems.push(`heading level skipped: <${h.tagName.toLowerCase()}> "${h.textContent.trim().slice(0, 50)}" after ` +
        (level ? `<h${level}>` : 'no heading'));
    }
    level = next;
  });
  const kinds = {};
  document.querySelectorAll('[data-kind]').forEach(e => { kinds[e.dataset.kind] = (kinds[e.dataset.kind] || 0) + 1; });
  for (const [kind, count] of Object.entries(kinds)) {
    if (count > 1) problems.push(`${count} warnings of the kind "${kind}" on one page (at most one, naming the examples)`);
  }
  const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest('pre, code, details, svg')) continue;
    for (const jargon of ['--runs', 'runs=', 'SITEGEN_']) {
      if (node.textContent.includes(jargon)) {
        problems.push(`reader prose gives author advice (${jargon}): "${node.textContent.trim().slice(0, 80)}"`);
      }
    }
  }
  return problems;
}
"""


def main(argv):
    if len(argv) != 2 or not os.path.isdir(argv[1]):
        print("usage: scripts/check-layout.py SITE_DIR", file=sys.stderr)
        return 2
    site = os.path.abspath(argv[1])
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        print("check-layout: python3 cannot import playwright (pip install playwright)", file=sys.stderr)
        return 3
    if not os.access(CHROMIUM, os.X_OK):
        print(f"check-layout: no Chromium at {CHROMIUM} (apt-get install chromium, or set CHROMIUM)",
              file=sys.stderr)
        return 3
    pages = sorted(name for name in os.listdir(site) if name.endswith(".html"))
    failures = 0
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        for width in WIDTHS:
            context = browser.new_context(viewport={"width": width, "height": 900})
            page = context.new_page()
            for name in pages:
                page.goto(f"file://{site}/{name}")
                if width == 1280:
                    measured = page.evaluate(HEIGHT, HEIGHT_PER)
                    budget = HEIGHT_BASE + sum(
                        HEIGHT_PER[selector] * count for selector, count in measured["counts"].items())
                    limit = min(budget, PAGE_HEIGHT_LIMITS.get(name, budget))
                    if measured["height"] > limit:
                        shown = ", ".join(f"{count} × {selector}"
                                          for selector, count in measured["counts"].items() if count)
                        print(f"{name} at {width} px: the page is {measured['height']} px tall, over its "
                              f"budget of {limit} px ({shown or 'prose only'}; "
                              f"{'stated limit' if limit == PAGE_HEIGHT_LIMITS.get(name) else 'budget'})",
                              file=sys.stderr)
                        failures += 1
                    elif os.environ.get("CHECK_LAYOUT_HEIGHTS"):
                        print(f"{name}: {measured['height']} px of {limit} px", file=sys.stderr)
                for problem in page.evaluate(PROBE, MIN_TEXT_PX):
                    print(f"{name} at {width} px: {problem}", file=sys.stderr)
                    failures += 1
            context.close()
        browser.close()
    if failures:
        print(f"check-layout: {failures} problem(s) in {len(pages)} pages", file=sys.stderr)
        return 1
    print(f"check-layout: {len(pages)} pages fit at {' and '.join(map(str, WIDTHS))} px")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
