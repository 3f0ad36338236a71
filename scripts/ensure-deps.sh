#!/usr/bin/env bash
# Installs what building sitegen needs when it is missing: cmark's library and headers
# (Debian libcmark-dev, Homebrew cmark) and pkg-config, and pypy3 when sitegen.yml uses it.
# Checks swift and python3.
set -euo pipefail

need_cmark() { ! pkg-config --exists libcmark 2>/dev/null; }

if ! command -v swift >/dev/null 2>&1; then
  echo "ensure-deps: swift is not on PATH — install a Swift 6 toolchain (https://swift.org/install)" >&2
  exit 1
fi
if ! command -v python3 >/dev/null 2>&1; then
  echo "ensure-deps: python3 is not on PATH — the examples need it (apt-get install python3)" >&2
  exit 1
fi

if need_cmark || ! command -v pkg-config >/dev/null 2>&1; then
  if command -v apt-get >/dev/null 2>&1; then
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    echo "ensure-deps: installing libcmark-dev and pkg-config with apt-get" >&2
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq libcmark-dev pkg-config >/dev/null
  elif command -v brew >/dev/null 2>&1; then
    echo "ensure-deps: installing cmark and pkg-config with Homebrew" >&2
    brew install cmark pkg-config
  else
    echo "ensure-deps: cmark is missing; install libcmark-dev (Debian/Ubuntu) or cmark (Homebrew)" >&2
    exit 1
  fi
fi
if need_cmark; then
  echo "ensure-deps: pkg-config still cannot find libcmark after installing it" >&2
  exit 1
fi

# The seed's sitegen.yml has a PyPy environment: install Debian's pypy3 (Homebrew's pypy3) when
# the configuration names it and it is missing.
if grep -qE '^[[:space:]]*python:[[:space:]]*pypy3' "$(dirname "$0")/../sitegen.yml" 2>/dev/null && ! command -v pypy3 >/dev/null 2>&1; then
  if command -v apt-get >/dev/null 2>&1; then
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    echo "ensure-deps: installing pypy3 with apt-get (sitegen.yml has a PyPy environment)" >&2
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq pypy3 >/dev/null
  elif command -v brew >/dev/null 2>&1; then
    echo "ensure-deps: installing pypy3 with Homebrew (sitegen.yml has a PyPy environment)" >&2
    brew install pypy3
  else
    echo "ensure-deps: sitegen.yml has a PyPy environment but pypy3 is missing; install it" >&2
    exit 1
  fi
fi
