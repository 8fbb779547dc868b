#!/usr/bin/env bash
# `npm run test:quick`: the unit tests and the smoke browser test (tests/e2e/smoke.spec.ts, requests
# against the production build), meant to answer in about a minute (53 s measured on this 2-core
# machine at load 1.7, 69–93 s under load; see README.md). It leaves out the unit tests that open
# files in LibreOffice, librsvg or poppler (tests/unit/*-libreoffice.test.ts and the renderer tests that
# use tests/unit/outside-programs.ts): they take over a minute on their own here. `npm test` runs
# everything. If .next was not built from these sources, scripts/ensure-build.ts builds first (about
# 2–3 minutes more) and says so.
set -euo pipefail
# shellcheck source=scripts/test-env.sh
source "$(dirname "$0")/test-env.sh"

status=0
build_start=$(date +%s)
node_modules/.bin/tsx scripts/ensure-build.ts
build_time=$(($(date +%s) - build_start))

unit_start=$(date +%s)
slow=(--exclude "tests/unit/*-libreoffice.test.ts" --exclude tests/unit/export-renderers.test.ts
  --exclude tests/unit/bridge-export-renderers.test.ts)
# Most files share one module graph (--no-isolate): importing the dataset and the export libraries once,
# not once per file, is what makes this fast (import time went from 77 s to 9 s here). The files that
# mock modules, stub the environment or keep module state get their own, as `npm test` gives every file.
isolated=$(grep -lE "vi\.(mock|doMock|stubEnv|resetModules)|process\.env\.[A-Z_]+ *=" tests/unit/*.test.ts tests/unit/*.test.tsx || true)
shared=()
for f in $isolated; do shared+=(--exclude "$f"); done
node_modules/.bin/vitest run --no-isolate "${slow[@]}" "${shared[@]}" "$@" || status=1
# shellcheck disable=SC2086
[ -z "$isolated" ] || node_modules/.bin/vitest run $isolated "$@" || status=1
unit_time=$(($(date +%s) - unit_start))

e2e_start=$(date +%s)
node_modules/.bin/playwright test --grep @smoke || status=1
e2e_time=$(($(date +%s) - e2e_start))

echo "test:quick times: unit ${unit_time}s, build check ${build_time}s, smoke ${e2e_time}s"
echo "test:quick took $(($(date +%s) - start))s"
exit $status
