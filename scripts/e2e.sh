#!/usr/bin/env bash
# Playwright end-to-end tests in Debian's Chromium against a production build with a fresh
# small demo municipality, and Norrvik beside it to prove that neither sees the other's data.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ]; then
  echo "Installerar Debians Chromium för webbläsartesterna …"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

# e2e/reverse-proxy.spec.ts runs the recommended nginx setup in front of the app, with a
# certificate that openssl makes for the run. Debian's packages start their service when
# installed; a policy-rc.d that refuses keeps nginx from taking port 80 here.
if [ ! -x /usr/sbin/nginx ] || ! command -v openssl >/dev/null; then
  echo "Installerar Debians nginx och openssl för testet bakom omvänd proxy …"
  own_policy=""
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d && own_policy=1
  fi
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nginx openssl >/dev/null
  if [ -n "$own_policy" ]; then rm -f /usr/sbin/policy-rc.d; fi
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
