#!/usr/bin/env bash
# Playwright end-to-end tests in Debian's Chromium against a production build with a fresh
# small demo municipality, and Norrvik beside it to prove that neither sees the other's data.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ]; then
  echo "Installerar Debians Chromium för webbläsartesterna …"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

export NEXT_TELEMETRY_DISABLED=1
export DATABASE_PATH="${E2E_DATABASE_PATH:-data/e2e.db}"
export NEXTAUTH_SECRET="${NEXTAUTH_SECRET:-e2e-secret-for-tests-only-0123456789abcdef}"
# One free port, chosen once: Playwright's workers re-read the config and must agree on it.
export E2E_PORT="${E2E_PORT:-$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")}"
export NEXTAUTH_URL="http://127.0.0.1:${E2E_PORT}"
# The stand-in for Kolada (recorded answers on a loopback port) that the app's Kolada address points at.
export KOLADA_FIXTURE_PORT="${KOLADA_FIXTURE_PORT:-$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")}"

npx tsx db/seed/cli.ts --preset small --db "$DATABASE_PATH" --seed 1 --second-municipality >/dev/null
npx next build >/dev/null
npx playwright test "$@"
