#!/usr/bin/env bash
# Installs what the tests need beyond the build, from PyPI: nbformat (the notebook download is
# validated against the Jupyter schema) and check-jsonschema (results.json is validated against
# docs/results.schema.json). Without pip, says so; those tests are then skipped, saying why.
set -euo pipefail

install() {
  python3 -m pip install -q "$1" 2>/dev/null || python3 -m pip install -q --user "$1" \
    || python3 -m pip install -q --user --break-system-packages "$1"
}

if ! python3 -m pip --version >/dev/null 2>&1; then
  echo "ensure-test-deps: pip is not available; the notebook and results.json schema checks" \
    "will be skipped (install python3-pip, then pip install nbformat check-jsonschema)" >&2
  exit 0
fi
if ! python3 -c 'import nbformat' 2>/dev/null; then
  echo "ensure-test-deps: installing nbformat with pip (validates the notebook downloads)" >&2
  install nbformat
fi
if ! command -v check-jsonschema >/dev/null 2>&1 && [ ! -x "$HOME/.local/bin/check-jsonschema" ]
then
  echo "ensure-test-deps: installing check-jsonschema with pip (validates results.json)" >&2
  install check-jsonschema
fi
