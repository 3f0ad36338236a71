#!/usr/bin/env bash
# Builds the site as CI publishes it: prerequisites, sitegen, every page into OUT_DIR, checked.
# Called by .github/workflows/site.yml and by .ci/run, so both build the same way.
#
#   scripts/ci-build-site.sh OUT_DIR
#
# Environment: SITEGEN_CONFIGURATION (release, or debug to reuse `swift test`'s build),
# SITEGEN_CACHE (the execution cache, default .sitegen-cache), SITEGEN_ARGS (extra flags, e.g.
# --no-exec to render a committed cache without running anything).
set -euo pipefail
if [ $# -ne 1 ]; then
  echo "usage: scripts/ci-build-site.sh OUT_DIR" >&2
  exit 2
fi
mkdir -p "$(dirname "$1")"
out="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
cd "$(dirname "$0")/.."

configuration="${SITEGEN_CONFIGURATION:-release}"
scripts/ensure-deps.sh
swift build -c "$configuration" --product sitegen
# shellcheck disable=SC2086 # SITEGEN_ARGS is a list of flags
".build/$configuration/sitegen" --content content --output "$out" \
  --cache "${SITEGEN_CACHE:-.sitegen-cache}" ${SITEGEN_ARGS:-}
python3 scripts/check-site.py "$out"
