#!/usr/bin/env bash
# Every test: types, lint, formatting, migrations in step with the schema, unit tests, and the browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

step() { printf '\n== %s\n' "$1"; }
step "Typkontroll";          npx tsc --noEmit
step "Lint";                 npx eslint --max-warnings=0 .
step "Formatering";          npx prettier --check .
step "Migreringar";          bash scripts/check-migrations.sh
step "Enhetstester";         npx vitest run
step "Webbläsartester";      bash scripts/e2e.sh
