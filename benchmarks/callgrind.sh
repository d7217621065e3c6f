#!/usr/bin/env bash
# Instructions per validate() call, counted by valgrind's callgrind: the program calls validate()
# 1001 times and once, and the difference is divided by 1000, so start-up costs cancel out.
# Unlike times, the counts do not move with machine load.
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
bin="$build/benchmarks/count_validate"
count() {  # $1: response, $2: calls; prints the instructions executed
  valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bin" "$1" "$2" 2>&1 |
    sed -n 's/.*Collected : *\([0-9]*\).*/\1/p'
}
printf '%-14s %s\n' response "instructions per validate() call"
for response in typical no-content not-modified not-allowed unsatisfiable unavailable violations; do
  many=$(count "$response" 1001)
  one=$(count "$response" 1)
  printf '%-14s %d\n' "$response" $(( (many - one) / 1000 ))
done
