#!/usr/bin/env bash
# Runs every test: typecheck, lint, unit and integration, end-to-end in real Chromium.
source "$(dirname "$0")/scripts/env.sh"
if [ ! -x /usr/bin/chromium ]; then
  echo "» Cài Chromium của Debian cho kiểm thử trình duyệt …"
  if [ "$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium >/dev/null
  else sudo apt-get update -qq && sudo apt-get install -y -qq chromium >/dev/null; fi
fi
npm run build:mini-app
npm run build:console
rm -rf test-results
status=0
npm test || status=$?
node scripts/test-summary.mjs test-results/unit.json test-results/e2e.json
exit $status
