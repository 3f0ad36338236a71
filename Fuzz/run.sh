#!/usr/bin/env bash
# Builds a libFuzzer binary for each pure parser (compiled straight from Sources/, no package,
# no cmark) and runs it for RUNS inputs (default 2,000,000). Usage: Fuzz/run.sh [RUNS] [TARGET…]
# Targets: fence-info, front-matter. A crash leaves its input as Fuzz/out/crash-*.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-2000000}"
shift || true
TARGETS=("$@")
[ ${#TARGETS[@]} -eq 0 ] && TARGETS=(fence-info front-matter)
OUT=Fuzz/out
mkdir -p "$OUT"

sources_for() {
  case "$1" in
    fence-info) echo Sources/SitegenCore/Parse/FenceInfoParser.swift Sources/SitegenCore/Model/FenceInfo.swift Fuzz/FenceInfoFuzzer.swift ;;
    front-matter) echo Sources/SitegenCore/Load/FrontMatter.swift Sources/SitegenCore/Parse/Substring+Whitespace.swift Fuzz/FrontMatterFuzzer.swift ;;
    *) echo "run.sh: unknown target '$1' (fence-info, front-matter)" >&2; exit 64 ;;
  esac
}

for target in "${TARGETS[@]}"; do
  binary="$OUT/$target"
  # shellcheck disable=SC2046
  swiftc -sanitize=fuzzer -parse-as-library -O -module-name SitegenFuzz \
    $(sources_for "$target") -o "$binary"
  corpus="$OUT/$target-corpus"
  log="$OUT/$target.log"
  mkdir -p "$corpus"
  echo "fuzz: $target for $RUNS runs (log: $log)"
  status=0
  SWIFT_BACKTRACE=enable=no "$binary" -runs="$RUNS" -max_len=512 -artifact_prefix="$OUT/$target-" "$corpus" >"$log" 2>&1 \
    || status=$?
  grep -E '^(#[0-9]+ +DONE|Done [0-9]+ runs|==[0-9]+==ERROR|SUMMARY)' "$log" || true
  if [ "$status" -ne 0 ]; then
    echo "fuzz: $target failed (exit $status); the input is in $OUT/$target-crash-*" >&2
    exit 1
  fi
done
