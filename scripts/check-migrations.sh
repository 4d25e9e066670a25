#!/usr/bin/env bash
# Fails when db/schema changed without a generated migration: drizzle-kit generate must find
# nothing new to write.
set -euo pipefail
cd "$(dirname "$0")/.."
before=$(ls db/migrations/*.sql | wc -l)
npx drizzle-kit generate --name schema_check >/dev/null
after=$(ls db/migrations/*.sql | wc -l)
if [ "$after" != "$before" ]; then
  git checkout -- db/migrations/meta 2>/dev/null || true
  git clean -fq db/migrations 2>/dev/null || true
  echo "db/schema har ändrats utan migrering: kör 'npm run db:generate' och checka in filen." >&2
  exit 1
fi
echo "Migreringarna matchar db/schema."
