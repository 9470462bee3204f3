#!/usr/bin/env bash
# npm run db:migration -- <name>
# Writes prisma/migrations/<UTC timestamp>_<name>/migration.sql: the SQL that turns the schema as
# last committed (or as of $BASE) into prisma/schema.prisma. Offline, no database needed (see
# ../shared/STACK.md). Review the SQL before committing; hand-written parts (expression indexes,
# functions) go into the same file.
set -euo pipefail
name="${1:?usage: npm run db:migration -- <name>}"
[[ "$name" =~ ^[a-z0-9_]+$ ]] || { echo "name: lower-case letters, digits and _ only" >&2; exit 2; }
base="${BASE:-HEAD}"
old="$(mktemp --suffix=.prisma)"
trap 'rm -f "$old"' EXIT
git show "$base:prisma/schema.prisma" >"$old"
sql="$(PRISMA_QUERY_ENGINE_LIBRARY=/dev/null npx prisma migrate diff --from-schema-datamodel "$old" --to-schema-datamodel prisma/schema.prisma --script)"
if [[ "$sql" == *"empty migration"* ]]; then
  echo "prisma/schema.prisma does not differ from $base: nothing to write" >&2
  exit 1
fi
dir="prisma/migrations/$(date -u +%Y%m%d%H%M%S)_${name}"
mkdir -p "$dir"
printf '%s\n' "$sql" >"$dir/migration.sql"
echo "wrote $dir/migration.sql"
