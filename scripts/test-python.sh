#!/usr/bin/env bash
# The Python side channel's own tests (Tests/python/test_sitecustomize.py) with pytest, as part of
# `make test`. Uses python3's pytest when it has one; otherwise installs pytest into a throw-away
# venv under .build/ (Debian's python3 refuses `pip install --user`). Usage:
#   scripts/test-python.sh [TEST_DIR]        (default Tests/python)
# pytest's exit status 5 ("no tests collected") is a failure here: it means nothing was tested.
set -euo pipefail
cd "$(dirname "$0")/.."
tests="${1:-Tests/python}"
python=python3
if ! python3 -m pytest --version >/dev/null 2>&1; then
  venv=.build/venv-pytest
  if [ ! -x "$venv/bin/pytest" ]; then
    echo "test-python: pytest is missing; installing it into $venv" >&2
    python3 -m venv "$venv" >&2 || {
      echo "test-python: python3 -m venv failed — apt-get install python3-venv (or pip install pytest)" >&2
      exit 1
    }
    "$venv/bin/pip" install --quiet --disable-pip-version-check pytest >&2
  fi
  python="$venv/bin/python"
fi
status=0
# No .pytest_cache in the checkout.
"$python" -m pytest -q -p no:cacheprovider "$tests" || status=$?
if [ "$status" -eq 5 ]; then
  echo "test-python: pytest collected no tests in $tests — the Python side channel was NOT tested" >&2
  exit 1
fi
exit "$status"
