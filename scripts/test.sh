#!/usr/bin/env bash
# Runs the whole test suite: once in a normal Debug build, once under AddressSanitizer and
# UndefinedBehaviorSanitizer. Installs missing Debian packages first.
# Usage: scripts/test.sh [normal|asan]   (both when no argument is given)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh

jobs=$(nproc 2>/dev/null || echo 2)
run() {
  local preset=$1
  echo "== respolicy: $preset build and tests"
  cmake --preset "$preset" >/dev/null
  cmake --build --preset "$preset" -j "$jobs"
  ctest --preset "$preset" -j "$jobs"
}

case "${1:-all}" in
  normal) run dev ;;
  asan) run asan ;;
  all) run dev; run asan ;;
  *) echo "usage: scripts/test.sh [normal|asan]" >&2; exit 2 ;;
esac
