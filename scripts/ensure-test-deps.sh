#!/usr/bin/env bash
# Installs what the tests need beyond the build: PyPI's nbformat (the notebook download is
# validated against the Jupyter schema). Without pip, says so; the notebook test is then skipped.
set -euo pipefail

if python3 -c 'import nbformat' 2>/dev/null; then exit 0; fi
if python3 -m pip --version >/dev/null 2>&1; then
  echo "ensure-test-deps: installing nbformat with pip (validates the notebook downloads)" >&2
  python3 -m pip install -q nbformat || python3 -m pip install -q --user nbformat
else
  echo "ensure-test-deps: pip is not available; NotebookTests' schema check will be skipped" \
    "(install python3-pip, or pip install nbformat)" >&2
fi
