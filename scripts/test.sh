#!/usr/bin/env bash
# `npm test`: unit tests (two open the PowerPoint decks and the CSV files in LibreOffice, which
# scripts/find-office.sh installs when it can), a production build (which validates the data) unless the
# one in .next was made from these sources (scripts/ensure-build.ts), then the browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
export NO_COLOR=1 NEXT_TELEMETRY_DISABLED=1

CHROME_PATH=$(bash scripts/find-browser.sh) || exit 1
export CHROME_PATH
echo "Browser for the e2e tests: $CHROME_PATH"

# LibreOffice opens the PowerPoint decks (Impress), the CSV files (Calc) and, with rsvg-convert, the SVG
# exports (Draw) in unit tests; without them they fail, saying how to install them.
if SOFFICE_PATH=$(bash scripts/find-office.sh); then
  export SOFFICE_PATH
  echo "LibreOffice for the PowerPoint test: $SOFFICE_PATH"
fi

results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT

status=0
node_modules/.bin/vitest run --reporter=default --reporter=json --outputFile="$results/unit.json" || status=1

node_modules/.bin/tsx scripts/ensure-build.ts
PLAYWRIGHT_JSON_OUTPUT_NAME="$results/e2e.json" node_modules/.bin/playwright test || status=1

node scripts/summarize-tests.mjs "$results/unit.json" "$results/e2e.json"
exit $status
