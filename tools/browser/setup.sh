#!/usr/bin/env bash
# Headless Chromium for the end-to-end tests (Debian's chromium package; no browser download).
# Idempotent: does nothing when /usr/bin/chromium exists. Needs root (apt-get) the first time.
set -euo pipefail
CHROMIUM="${LEGALGRAPH_CHROMIUM:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then
  echo "chromium: $("$CHROMIUM" --version 2>/dev/null || echo present) at $CHROMIUM"
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "chromium is missing: run 'sudo apt-get install -y chromium' (Debian) or set LEGALGRAPH_CHROMIUM" >&2
  exit 1
fi
echo "installing Debian's chromium (once)..."
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium >/dev/null
"$CHROMIUM" --version
