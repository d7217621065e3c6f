#!/usr/bin/env bash
# Builds the libFuzzer targets of fuzz/ with clang 14 (AddressSanitizer and
# UndefinedBehaviorSanitizer, the whole library instrumented) and runs each for SECONDS on a copy
# of its seed corpus (fuzz/corpus/TARGET, never written to). Prints per target the runs, exec/s,
# coverage (cov, ft) and corpus size; exits non-zero on any crash, leak, timeout or failed
# property, with the path of the input that caused it. Installs missing Debian packages first.
# Usage: scripts/fuzz.sh [SECONDS] [TARGET...]   (20 s each, every target, by default)
#   RESPOLICY_FUZZ_BUILD   build directory (build/fuzz)
#   RESPOLICY_FUZZ_JOBS    parallel compile jobs (2)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh

seconds=${1:-20}
if [ $# -gt 0 ]; then shift; fi
all_targets=(fuzz_grammar fuzz_validate fuzz_wire_reader fuzz_probe fuzz_guard)
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=("${all_targets[@]}")
case "$seconds" in
  '' | *[!0-9]*) echo "usage: scripts/fuzz.sh [SECONDS] [TARGET...]" >&2; exit 2 ;;
esac
for t in "${targets[@]}"; do
  [ -d "fuzz/corpus/$t" ] || { echo "fuzz.sh: no target $t (fuzz/corpus/$t)" >&2; exit 2; }
done

build=${RESPOLICY_FUZZ_BUILD:-build/fuzz}
jobs=${RESPOLICY_FUZZ_JOBS:-2}
# fuzzer-no-link instruments the library for coverage; the targets link libFuzzer itself
# (fuzz/CMakeLists.txt). -O1 keeps the runs fast; without NDEBUG the library's asserts stay on.
flags="-O1 -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all"
flags+=" -fno-omit-frame-pointer"
echo "== respolicy: fuzz build ($build)"
cmake -S . -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_BUILD_TYPE=Debug \
  -DCMAKE_CXX_FLAGS="$flags" -DRESPOLICY_BUILD_FUZZERS=ON -DRESPOLICY_BUILD_TESTS=OFF \
  -DRESPOLICY_BUILD_EXAMPLES=OFF -DRESPOLICY_BUILD_CATCH2=OFF -DRESPOLICY_BUILD_GTEST=OFF \
  -DRESPOLICY_INSTALL=OFF >/dev/null
cmake --build "$build" -j "$jobs" --target "${targets[@]}"

# A 16 MB quarantine (use-after-free of recent frees is still caught) and no fill of fresh
# allocations: the default 256 MB cycles through new pages and makes the runs 3-4 times slower.
asan_options=detect_leaks=1:quarantine_size_mb=16:max_malloc_fill_size=0

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$build/artifacts" "$build/logs"
failed=()
for t in "${targets[@]}"; do
  mkdir -p "$work/$t" "$build/artifacts/$t"
  cp fuzz/corpus/"$t"/* "$work/$t/"
  log="$build/logs/$t.log"
  echo "== $t: ${seconds} s"
  rc=0
  ASAN_OPTIONS=${ASAN_OPTIONS:-$asan_options} UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1} \
    "$build/fuzz/$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="$build/artifacts/$t/" "$work/$t" >"$log" 2>&1 ||
    rc=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
  last=$(grep -E '^#[0-9]+.*cov: ' "$log" | tail -n 1 || true)
  cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")
  ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last")
  corpus=$(find "$work/$t" -type f | wc -l)
  echo "$t: runs ${runs:-?}, ${speed:-?} exec/s, cov ${cov:-?}, ft ${ft:-?}," \
    "corpus ${corpus} inputs (${seconds} s, exit ${rc})"
  if [ "$rc" -ne 0 ]; then
    failed+=("$t")
    tail -n 60 "$log"
    crash=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | tail -n 1)
    echo "$t: FAILED; input: ${crash:-none written} (replay: $build/fuzz/$t ${crash:-FILE});" \
      "log: $log"
  fi
done
if [ ${#failed[@]} -ne 0 ]; then
  echo "fuzz.sh: failed: ${failed[*]}" >&2
  exit 1
fi
echo "fuzz.sh: every target ran ${seconds} s without a finding"
