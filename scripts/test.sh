#!/usr/bin/env bash
# Runs the whole test suite: once in a normal Debug build, once under AddressSanitizer and
# UndefinedBehaviorSanitizer; then the core's tests without the SSE2 code paths, the
# ThreadSanitizer run, a 10 s ASan load run and 20 s of each libFuzzer target (RELIABILITY.md).
# Installs missing Debian packages first.
# Usage: scripts/test.sh [normal|asan|portable|tsan|load|fuzz]   (all of them when no argument is given)
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
# One guard shared by a Beast server on 4 threads and 4 client threads, under ThreadSanitizer; the
# guarded_server example under wrk in an ASan build (scripts/load-asan.sh 60 for the full run).
tsan() { echo "== respolicy: ThreadSanitizer run, 10 s"; scripts/tsan.sh 10; }
load() { echo "== respolicy: ASan load run, 10 s"; scripts/load-asan.sh 10; }
# The core's tests with __SSE2__ undefined: the fallbacks that targets without SSE2 run.
portable() {
  echo "== respolicy: portable build (no SSE2 code paths) and the core's tests"
  cmake --preset portable >/dev/null
  cmake --build --preset portable --target respolicy_tests -j "$jobs"
  build/portable/tests/respolicy_tests
}
# Each fuzz target for 20 s on its seed corpus (scripts/fuzz.sh 600 for the 10-minute runs).
fuzz() { scripts/fuzz.sh 20; }

# Runs one step and prints its wall time: CI has 30 minutes on 2 cores for all of them.
step() {
  local start=$SECONDS
  "$@"
  echo "== respolicy: $* took $((SECONDS - start)) s"
}

case "${1:-all}" in
  normal) run dev ;;
  asan) run asan ;;
  portable) portable ;;
  tsan) tsan ;;
  load) load ;;
  fuzz) fuzz ;;
  all)
    step run dev; step run asan; step portable; step tsan; step load; step fuzz
    echo "== respolicy: the whole suite took $SECONDS s" ;;
  *) echo "usage: scripts/test.sh [normal|asan|portable|tsan|load|fuzz]" >&2; exit 2 ;;
esac
