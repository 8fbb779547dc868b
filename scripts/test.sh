#!/usr/bin/env bash
# `npm test`: unit tests (two open the PowerPoint decks and the CSV files in LibreOffice, which
# scripts/find-office.sh installs when it can), a production build (which validates the data) unless the
# one in .next was made from these sources (scripts/ensure-build.ts), then the browser tests.
set -euo pipefail
# shellcheck source=scripts/test-env.sh
source "$(dirname "$0")/test-env.sh"
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
t=$(date +%s)
node_modules/.bin/vitest run --reporter=default --reporter=json --outputFile="$results/unit.json" || status=1
unit_time=$(($(date +%s) - t))

t=$(date +%s)
node_modules/.bin/tsx scripts/ensure-build.ts
build_time=$(($(date +%s) - t))

t=$(date +%s)
PLAYWRIGHT_JSON_OUTPUT_NAME="$results/e2e.json" node_modules/.bin/playwright test || status=1
e2e_time=$(($(date +%s) - t))

node scripts/summarize-tests.mjs "$results/unit.json" "$results/e2e.json"
# Wall-clock seconds per group; "build" is only the check when .next is current.
echo "times: unit ${unit_time}s, build ${build_time}s, e2e ${e2e_time}s, total $(($(date +%s) - start))s"
exit $status
