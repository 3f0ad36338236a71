#!/usr/bin/env bash
# Takes headless Chromium screenshots of the home page and the examples page: desktop light,
# desktop dark and a 360 px phone, from file://. (The site has no JavaScript; Blink's
# scriptEnabled=false setting also stops headless screenshots, so it is not used here.)
# Usage: scripts/screenshots.sh SITE_DIR OUT_DIR   (needs Debian's `chromium`)
set -euo pipefail
site=$(cd "${1:?usage: screenshots.sh SITE_DIR OUT_DIR}" && pwd)
out=${2:?usage: screenshots.sh SITE_DIR OUT_DIR}
mkdir -p "$out"
out=$(cd "$out" && pwd)

browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -z "$browser" ]; then
  echo "screenshots: no chromium on PATH — apt-get install chromium" >&2
  exit 1
fi

profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT

# shot NAME PAGE WIDTH HEIGHT SCHEME(light|dark)
shot() {
  local name=$1 page=$2 width=$3 height=$4 scheme=$5 flags=()
  # Blink's preferredColorScheme: 0 is dark, 1 is light.
  if [ "$scheme" = dark ]; then
    flags=(--force-dark-mode --blink-settings=preferredColorScheme=0)
  else
    flags=(--blink-settings=preferredColorScheme=1)
  fi
  rm -f "$out/$name.png"
  timeout 120 "$browser" --headless=new --no-sandbox --disable-gpu --hide-scrollbars --no-first-run \
    --user-data-dir="$profile" --force-device-scale-factor=1 "${flags[@]}" \
    --window-size="$width,$height" --screenshot="$out/$name.png" "file://$site/$page" \
    >/dev/null 2>&1 || true
  if [ ! -s "$out/$name.png" ]; then
    echo "screenshots: chromium wrote no $name.png" >&2
    exit 1
  fi
  echo "screenshots: $out/$name.png ($page, ${width}x$height, $scheme)"
}

for page in index examples; do
  shot "$page-desktop-light" "$page.html" 1280 1600 light
  shot "$page-desktop-dark" "$page.html" 1280 1600 dark
  shot "$page-phone-light" "$page.html" 360 1400 light
done
shot "examples-phone-dark" "examples.html" 360 1400 dark
