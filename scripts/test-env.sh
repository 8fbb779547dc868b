#!/usr/bin/env bash
# Sourced by scripts/test.sh and scripts/test-quick.sh, so that both start the same way: in the
# repository's root, with plain output and no telemetry, the start time in $start, and the browser the
# e2e tests drive in CHROME_PATH (scripts/find-browser.sh says why when there is none, and the run stops).
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export NO_COLOR=1 NEXT_TELEMETRY_DISABLED=1
# shellcheck disable=SC2034 # read by the script that sources this one
start=$(date +%s)

CHROME_PATH=$(bash scripts/find-browser.sh) || exit 1
export CHROME_PATH
