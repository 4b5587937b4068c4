#!/usr/bin/env bash
# Every check, from a fresh machine: installs what is missing (Debian chromium, a CJK font, node_modules), then
# build, bundle budget, the documented nginx config (installs Debian nginx if missing), Lighthouse, typecheck, lint,
# format and the flow check (side by side), unit and component tests, and browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."

export CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
export NPM_CONFIG_AUDIT=false NPM_CONFIG_FUND=false NPM_CONFIG_UPDATE_NOTIFIER=false
T0=$SECONDS
step() { printf '\n=== %s (t=%ss)\n' "$1" "$((SECONDS - T0))"; }

# Runs independent commands side by side (the machine has two cores); prints each one's output and time in order,
# and fails if any of them failed.
side_by_side() {
  local dir i=0 failed=0 rc secs
  dir=$(mktemp -d)
  for cmd in "$@"; do
    (
      s=$SECONDS
      if bash -c "$cmd" >"$dir/$i.log" 2>&1; then rc=0; else rc=$?; fi
      echo "$rc $((SECONDS - s))" >"$dir/$i.rc"
    ) &
    i=$((i + 1))
  done
  wait
  i=0
  for cmd in "$@"; do
    read -r rc secs <"$dir/$i.rc"
    printf -- '--- %s (%ss, exit %s)\n' "$cmd" "$secs" "$rc"
    cat "$dir/$i.log"
    [ "$rc" -eq 0 ] || failed=1
    i=$((i + 1))
  done
  rm -rf "$dir"
  return "$failed"
}

step "node $(node -v)"
step "chromium and its headless shell (Debian) and a CJK font"
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
if [ ! -x "$CHROMIUM_PATH" ] || ! fc-list 2>/dev/null | grep -qi 'wenquanyi\|wqy'; then
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends chromium fonts-wqy-microhei >/dev/null
  UPDATED=1
fi
# The headless shell runs the browser tests (playwright.config.ts); Lighthouse and the screens use the full browser.
# It is optional: without it the browser tests run in the full browser, the same checks about twice as slowly.
if [ ! -x /usr/bin/chromium-headless-shell ]; then
  export DEBIAN_FRONTEND=noninteractive
  { [ -n "${UPDATED:-}" ] || $SUDO apt-get update -qq; } >/dev/null 2>&1 &&
    $SUDO apt-get install -y -qq --no-install-recommends chromium-headless-shell >/dev/null 2>&1 ||
    echo "chromium-headless-shell could not be installed: the browser tests run in the full browser"
fi
"$CHROMIUM_PATH" --version 2>/dev/null || true
/usr/bin/chromium-headless-shell --version 2>/dev/null || true

step "npm ci";            npm ci --no-audit --no-fund
step "build";             npm run --silent build
step "bundle size";       npm run --silent size
step "nginx (Debian) with the documented config"
if [ ! -x /usr/sbin/nginx ] && ! command -v nginx >/dev/null; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  # Only the binary is wanted: keep the package from starting a system nginx on port 80.
  POLICY=/usr/sbin/policy-rc.d
  [ -e "$POLICY" ] || { printf '#!/bin/sh\nexit 101\n' | $SUDO tee "$POLICY" >/dev/null; $SUDO chmod +x "$POLICY"; ADDED_POLICY=1; }
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends nginx-light >/dev/null 2>&1 ||
    $SUDO apt-get install -y -qq --no-install-recommends nginx >/dev/null
  [ -z "${ADDED_POLICY:-}" ] || $SUDO rm -f "$POLICY"
fi
npm run --silent nginx:check
# Lighthouse before the heavy stages: straight after the unit tests the same build scored 0.77-0.90 a run on this
# machine (medians of five 0.84-0.85), rested 0.93-0.94; the score should tell the app's start, not the machine's.
step "lighthouse";        npm run --silent lighthouse
# The flow check here; the content report is built and checked by the unit tests (tests/flow/contentReport.test.ts),
# so it is not built a second time to be written out (`npm run flows:report` writes it for people to read).
step "typecheck, lint, format and flows (side by side)"
side_by_side "npm run --silent typecheck" "npm run --silent lint" "npm run --silent format" "npm run --silent flows:check"
# Vitest uses one worker less than the cores by default: one worker on this two-core machine.
step "unit + component";  npx vitest run --maxWorkers=2 --reporter=default --reporter=json --outputFile.json=reports/vitest.json
step "e2e (Chromium)";    PLAYWRIGHT_JSON_OUTPUT_NAME=reports/playwright.json npx playwright test --reporter=list,json
step "summary";           node scripts/test-summary.mjs
step "done"
