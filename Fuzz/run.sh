#!/usr/bin/env bash
# Builds a libFuzzer binary for a pure parser (compiled straight from Sources/, no package, no
# cmark) and runs it for RUNS inputs. A crash leaves its input as Fuzz/out/TARGET-crash-*.
#
#   Fuzz/run.sh TARGET [RUNS]     one parser, RUNS inputs (default 1,000,000)
#   Fuzz/run.sh all [RUNS]        every parser in turn
#   Fuzz/run.sh --list            the targets
#
# A harness is one file, Fuzz/<Name>Fuzzer.swift, that defines LLVMFuzzerTestOneInput and names
# itself and the sources it needs in two comment lines:
#   // fuzz-target: fence-info
#   // fuzz-sources: Sources/SitegenCore/Parse/FenceInfoParser.swift Sources/…/FenceInfo.swift
# and optionally the longest input to try (default 512 bytes), e.g. for a whole fence, and the
# packages the sources import (built from SwiftPM's checkout; only Yams so far):
#   // fuzz-max-len: 1024
#   // fuzz-packages: Yams
# Inputs in Fuzz/seeds/TARGET/ (optional) start the corpus, e.g. a crash once fixed;
# Fuzz/dicts/TARGET.dict (optional) lists the grammar's words for libFuzzer's -dict.
# Fuzzing is CPU-heavy: on a shared machine run it as `nice -n 19 Fuzz/run.sh …` (one job).
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=Fuzz/out

# Every `fuzz-target:` name with its harness file.
targets() {
  grep -H -m1 '^// fuzz-target:' Fuzz/*.swift | sed -E 's#^(.*):// fuzz-target: *([^ ]+) *$#\2 \1#' | sort
}
harness_for() { targets | awk -v t="$1" '$1 == t { print $2 }'; }

if [ $# -lt 1 ] || [ "$1" = "--list" ] || [ "$1" = "-h" ] || [ "$1" = "--help" ]; then
  echo "usage: Fuzz/run.sh TARGET|all [RUNS]; targets:" >&2
  targets | awk '{ print "  " $1 "  (" $2 ")" }' >&2
  [ $# -ge 1 ] && [ "$1" = "--list" ] && exit 0
  exit 64
fi
TARGET="$1"
RUNS="${2:-1000000}"
case "$RUNS" in *[!0-9]* | "") echo "run.sh: RUNS must be a number, not '$RUNS'" >&2; exit 64 ;; esac
if [ "$TARGET" = all ]; then
  SELECTED=$(targets | awk '{ print $1 }')
else
  if [ -z "$(harness_for "$TARGET")" ]; then
    echo "run.sh: unknown target '$TARGET'; known: $(targets | awk '{ print $1 }' | tr '\n' ' ')" >&2
    exit 64
  fi
  SELECTED="$TARGET"
fi
mkdir -p "$OUT"

# A package dependency the parser imports (`// fuzz-packages: Yams`), built once into
# $OUT/packages/NAME from SwiftPM's checkout with the fuzzer's coverage; prints the compiler flags
# that import and link it. Only Yams (Swift over the C libyaml, CYaml) is known.
build_package() {
  local dir="$OUT/packages/$1"
  case "$1" in
    Yams)
      local checkout=.build/checkouts/Yams/Sources
      if [ ! -d "$checkout" ]; then
        swift package resolve >&2 || true
      fi
      if [ ! -d "$checkout" ]; then
        echo "run.sh: no Yams checkout in .build/checkouts; run 'swift package resolve'" >&2
        exit 64
      fi
      if [ ! -f "$dir/Yams.o" ]; then
        mkdir -p "$dir"
        for c in "$checkout"/CYaml/src/*.c; do
          clang -O1 -fsanitize=fuzzer-no-link -DYAML_DECLARE_STATIC -I"$checkout/CYaml/include" \
            -c "$c" -o "$dir/$(basename "$c" .c).o" >&2
        done
        swiftc -sanitize=fuzzer -parse-as-library -O -wmo -module-name Yams -D SWIFT_PACKAGE \
          -I"$checkout/CYaml/include" -Xcc -DYAML_DECLARE_STATIC \
          -emit-module -emit-module-path "$dir/Yams.swiftmodule" \
          -c "$checkout"/Yams/*.swift -o "$dir/Yams.o.partial" >&2
        mv "$dir/Yams.o.partial" "$dir/Yams.o"
      fi
      printf '%s\n' -I"$dir" -I"$checkout/CYaml/include" -Xcc -DYAML_DECLARE_STATIC "$dir"/*.o
      ;;
    *)
      echo "run.sh: fuzz-packages: unknown package '$1' (known: Yams)" >&2
      exit 64
      ;;
  esac
}

for target in $SELECTED; do
  harness=$(harness_for "$target")
  sources=$(sed -n 's#^// fuzz-sources: *##p' "$harness" | head -1)
  if [ -z "$sources" ]; then
    echo "run.sh: $harness has no '// fuzz-sources:' line" >&2
    exit 64
  fi
  max_len=$(sed -n 's#^// fuzz-max-len: *\([0-9][0-9]*\) *$#\1#p' "$harness" | head -1)
  packages=$(sed -n 's#^// fuzz-packages: *##p' "$harness" | head -1)
  package_flags=()
  for package in $packages; do
    mapfile -t flags < <(build_package "$package")
    package_flags+=("${flags[@]}")
  done
  binary="$OUT/$target"
  # shellcheck disable=SC2086 # the sources are a list of paths
  swiftc -sanitize=fuzzer -parse-as-library -O -module-name SitegenFuzz \
    "${package_flags[@]}" $sources "$harness" -o "$binary"
  corpus="$OUT/$target-corpus"
  log="$OUT/$target.log"
  mkdir -p "$corpus"
  echo "fuzz: $target for $RUNS runs (log: $log)"
  status=0
  # Fuzz/seeds/TARGET/ (optional, committed) holds inputs worth starting from, e.g. past crashes.
  seeds=()
  [ -d "Fuzz/seeds/$target" ] && seeds=("Fuzz/seeds/$target")
  # Fuzz/dicts/TARGET.dict (optional): the grammar's words, which mutations then splice in.
  dict=()
  [ -f "Fuzz/dicts/$target.dict" ] && dict=("-dict=Fuzz/dicts/$target.dict")
  SWIFT_BACKTRACE=enable=no "$binary" -runs="$RUNS" -max_len="${max_len:-512}" -artifact_prefix="$OUT/$target-" \
    "${dict[@]}" "$corpus" "${seeds[@]}" >"$log" 2>&1 || status=$?
  grep -E '^(#[0-9]+ +DONE|Done [0-9]+ runs|==[0-9]+==ERROR|SUMMARY)' "$log" || true
  if [ "$status" -ne 0 ]; then
    echo "fuzz: $target failed (exit $status); the input is in $OUT/$target-crash-*" >&2
    exit 1
  fi
done
