#!/usr/bin/env bash
# The whole test suite, real readers included: the README's test command and what CI runs.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-readers.sh
[ -d node_modules ] || npm ci --no-audit --no-fund
npx tsc --noEmit
npx vitest run "$@"
