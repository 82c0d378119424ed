#!/usr/bin/env bash
# The suite must pass on a loaded machine: runs a command (default: `npm test`, three times in a row) beside
# `stress-ng --cpu 2` (Debian's stress-ng, installed here when missing, as root), and stops the hog after.
# Usage: test/support/under-load.sh [command...]   e.g. test/support/under-load.sh npx jest test/serve
set -euo pipefail
if ! command -v stress-ng >/dev/null; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "under-load: stress-ng is missing (run: sudo apt-get install -y stress-ng)" >&2
    exit 1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends stress-ng >/dev/null
fi
stress-ng --cpu 2 --timeout 7200 --quiet &
hog=$!
trap 'kill "$hog" 2>/dev/null || true' EXIT
if [ $# -gt 0 ]; then
  "$@"
else
  for run in 1 2 3; do
    echo "under-load: npm test, run $run of 3" >&2
    npm test
  done
fi
