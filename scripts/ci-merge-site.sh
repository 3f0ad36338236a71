#!/usr/bin/env bash
# The merge job of the CI matrix: builds the site from every cell's results.json, running
# nothing, and checks it. Called by .github/workflows/site.yml.
#
#   scripts/ci-merge-site.sh OUT_DIR RESULTS.json…
set -euo pipefail
if [ $# -lt 2 ]; then
  echo "usage: scripts/ci-merge-site.sh OUT_DIR RESULTS.json…" >&2
  exit 2
fi
mkdir -p "$(dirname "$1")"
out="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
shift
files=()
for file in "$@"; do files+=("$(cd "$(dirname "$file")" && pwd)/$(basename "$file")"); done
cd "$(dirname "$0")/.."
configuration="${SITEGEN_CONFIGURATION:-release}"
swift build -c "$configuration" --product sitegen
".build/$configuration/sitegen" merge "${files[@]}" --content content --output "$out" \
  --cache "${SITEGEN_CACHE:-.sitegen-cache}"
python3 scripts/check-site.py "$out"
