#!/usr/bin/env bash
# `npm test`: type-check, lint, UI-string completeness, unit + integration tests on a real
# database (PGlite in memory; PostgreSQL when TEST_DATABASE_URL is set), then browser e2e
# against `npm start`. Set SKIP_E2E=1 to stop before the browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf test-reports && mkdir -p test-reports
step() { printf '\n\033[1m== %s\033[0m\n' "$1"; }

step "type-check (tsc --noEmit)"
npx tsc --noEmit
step "lint (eslint, Next.js rules)"
npx eslint --max-warnings=0 .
step "dependency bands (dependency-cruiser: no cycles between lib/ folders, pure lib/core)"
npx depcruise lib components app --config .dependency-cruiser.cjs --output-type err
step "UI strings in every language"
npx tsx scripts/check-i18n.ts
step "unit and integration tests (vitest)"
npx vitest run --reporter=default --reporter=json --outputFile.json=test-reports/vitest.json
if [ "${SKIP_E2E:-0}" != "1" ]; then
  step "end-to-end tests (Playwright, Chromium)"
  npx playwright test
fi
node scripts/summarize-tests.mjs
