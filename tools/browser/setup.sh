#!/usr/bin/env bash
# Headless Chromium for the end-to-end tests (tests/test_web_e2e.py, tests/test_neo4j_browser.py):
# Debian's chromium package, driven by the Python playwright package of .venv. Never downloads a
# browser (no `playwright install`). Idempotent: installs only when the binary is missing (needs
# root for apt-get), then checks that it starts headless and that playwright is importable.
set -euo pipefail
CHROMIUM="${LEGALGRAPH_CHROMIUM:-/usr/bin/chromium}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PYTHON="${PYTHON:-$ROOT/.venv/bin/python}"

# DejaVu fonts: Vietnamese glyphs in screenshots and in the PDFs tests/holdout3/make_files.py writes.
FONT=/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf
if [ ! -x "$CHROMIUM" ] || [ ! -f "$FONT" ]; then
  if [ "$CHROMIUM" != /usr/bin/chromium ]; then
    echo "LEGALGRAPH_CHROMIUM=$CHROMIUM is not an executable" >&2
    exit 1
  fi
  if [ "$(id -u)" -ne 0 ]; then
    echo "chromium is missing: run 'sudo apt-get install -y chromium' (Debian) or set LEGALGRAPH_CHROMIUM" >&2
    exit 1
  fi
  echo "installing Debian's chromium and DejaVu fonts (once)..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
fi

# Debian's wrapper script may print a harmless shell warning on stderr; keep only the version line.
echo "chromium: $("$CHROMIUM" --version 2>/dev/null) at $CHROMIUM"

profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
if ! timeout 60 "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --disable-quic \
    --user-data-dir="$profile" --dump-dom 'data:text/html,<p>ok</p>' 2>/dev/null | grep -q '<p>ok</p>'; then
  echo "chromium at $CHROMIUM does not run headless (try: $CHROMIUM --headless --no-sandbox --dump-dom about:blank)" >&2
  exit 1
fi
echo "chromium: headless start ok"

if [ -x "$PYTHON" ]; then
  if ! "$PYTHON" -c "import playwright.sync_api" 2>/dev/null; then
    echo "the playwright package is missing from $PYTHON: pip install -e '.[dev]'" >&2
    exit 1
  fi
  echo "playwright: $("$PYTHON" -c 'from importlib.metadata import version; print(version("playwright"))')"
fi
