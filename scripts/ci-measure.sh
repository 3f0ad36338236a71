#!/usr/bin/env bash
# One cell of the CI matrix: measures every example with one interpreter and writes its
# results.json (sitegen measure), for the merge job. Called by .github/workflows/site.yml.
#
#   scripts/ci-measure.sh ENV_ID "LABEL" PYTHON OUT_JSON [--shard K/N]
#
# The environment is written to a configuration of its own (id, label, python), so each cell
# is one environment of the merged site, with its own machine card.
set -euo pipefail
if [ $# -lt 4 ]; then
  echo "usage: scripts/ci-measure.sh ENV_ID LABEL PYTHON OUT_JSON [--shard K/N]" >&2
  exit 2
fi
id="$1" label="$2" python="$3" out="$4"
shift 4
cd "$(dirname "$0")/.."
configuration="${SITEGEN_CONFIGURATION:-release}"
swift build -c "$configuration" --product sitegen
config="$(mktemp --suffix=.yml)"
trap 'rm -f "$config"' EXIT
cat > "$config" <<YAML
environments:
  - id: $id
    label: "$label"
    python: $python
YAML
".build/$configuration/sitegen" measure --content content --config "$config" \
  --cache "${SITEGEN_CACHE:-.sitegen-cache}" --output "$out" "$@"
