#!/usr/bin/env bash
# Runs every benchmark once (not timed tests). Each uses a temporary PGlite database, or
# PostgreSQL when DATABASE_URL is set: `DATABASE_URL=postgresql://… npm run bench`.
set -euo pipefail
cd "$(dirname "$0")/.."
for bench in termbase-lookup check-text campaigns variants dashboard xliff; do
  printf '\n== bench/%s.ts\n' "$bench"
  npx tsx "bench/$bench.ts"
done
