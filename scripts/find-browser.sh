#!/usr/bin/env bash
# Prints the path of a Chromium for the browser tests, installing Debian's when it can.
# Order: $CHROME_PATH, Playwright's own download, a system Chromium/Chrome, then apt-get (as root).
set -uo pipefail

if [ -n "${CHROME_PATH:-}" ] && [ -x "$CHROME_PATH" ]; then echo "$CHROME_PATH"; exit 0; fi

own=$(node -e 'try{const p=require("playwright-core").chromium.executablePath();if(require("fs").existsSync(p))console.log(p)}catch{}' 2>/dev/null)
if [ -n "$own" ]; then echo "$own"; exit 0; fi

for c in /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome /usr/bin/google-chrome-stable; do
  if [ -x "$c" ]; then echo "$c"; exit 0; fi
done

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "No Chromium found: installing Debian's chromium with apt-get…" >&2
  if (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-noto-core) >&2; then
    if [ -x /usr/bin/chromium ]; then echo /usr/bin/chromium; exit 0; fi
  fi
fi

echo "No Chromium found: run 'npx playwright install chromium' (or install your system's chromium package), or set CHROME_PATH to a Chrome or Chromium executable, then run 'npm test' again." >&2
exit 1
