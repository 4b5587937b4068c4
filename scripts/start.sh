#!/usr/bin/env bash
# Starts the app for local use: installs dependencies when they are missing or stale, then serves it.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
exec node node_modules/vite/bin/vite.js --host 127.0.0.1
