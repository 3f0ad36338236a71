#!/bin/sh
# The execution cache's targets (issue 5): warm rebuild, one edited example, cold-build overhead,
# measured in interleaved rounds with the release binary run directly.
# Usage: benchmarks/rebuild.sh [rounds]   (default 5)
set -eu
cd "$(dirname "$0")/.."
swift build -c release --product sitegen >/dev/null
exec python3 benchmarks/rebuild.py .build/release/sitegen "${1:-5}"
