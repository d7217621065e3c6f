#!/usr/bin/env bash
# Instructions per validate() call, counted by valgrind's callgrind: the program calls validate()
# 1001 times and once, and the difference is divided by 1000, so start-up costs cancel out.
# Unlike times, the counts do not move with machine load. With the Beast adapter built, the same
# for the guard: bench_guard's handlers called and their responses serialized (count_guard),
# unguarded and in repair mode; the difference is the guard's own cost per call.
# Usage: benchmarks/callgrind.sh [BUILD_DIR]   (default build/release; configured if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/release}
command -v valgrind >/dev/null || { echo "callgrind: valgrind is missing (apt-get install valgrind)" >&2; exit 2; }
if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DRESPOLICY_BUILD_BENCHMARKS=ON \
        -DRESPOLICY_BUILD_TESTS=OFF >/dev/null
fi
cmake --build "$build" --target count_validate >/dev/null
count() {  # $1: program, then its arguments before the number of calls; prints instructions per call
  local bin="$build/benchmarks/$1" many one
  shift
  many=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bin" "$@" 1001 2>&1 |
    sed -n 's/.*Collected : *\([0-9]*\).*/\1/p')
  one=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bin" "$@" 1 2>&1 |
    sed -n 's/.*Collected : *\([0-9]*\).*/\1/p')
  echo $(( (many - one) / 1000 ))
}
printf '%-14s %s\n' response "instructions per validate() call"
for response in typical no-content not-modified not-allowed unsatisfiable unavailable violations; do
  printf '%-14s %d\n' "$response" "$(count count_validate "$response")"
done
if grep -q '^RESPOLICY_BUILD_BEAST:BOOL=ON' "$build/CMakeCache.txt"; then
  cmake --build "$build" --target count_guard >/dev/null
  printf '\n%-14s %-16s %-16s %s\n' handler "unguarded call" "repair mode" "the guard's own"
  for handler in typical 204-body; do
    plain=$(count count_guard "$handler" unguarded)
    guarded=$(count count_guard "$handler" repair)
    printf '%-14s %-16d %-16d %d\n' "$handler" "$plain" "$guarded" $(( guarded - plain ))
  done
fi
