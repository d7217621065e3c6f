#!/usr/bin/env bash
# ThreadSanitizer run: builds tests/tsan (respolicy_tsan_guard) with -fsanitize=thread in
# build/tsan and runs it: one respolicy::beast guard shared by a Beast server whose io_context runs
# on several threads, driven by several client threads on 127.0.0.1 with a mix of requests the
# guard passes, repairs, reports and blocks; the program checks every response and the exact
# counts. Fails (non-zero exit) on any "WARNING: ThreadSanitizer", a non-zero exit of the program,
# or a missing "result: ok".
# Usage: scripts/tsan.sh [SECONDS=10] [SERVER_THREADS=4] [CLIENT_THREADS=4]
#   Builds in build/tsan (override with TSAN_BUILD=dir); the run's output goes to <build>/tsan-run.log.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh

seconds=${1:-10}
server_threads=${2:-4}
client_threads=${3:-4}
build=${TSAN_BUILD:-build/tsan}

start=$(date +%s)
# Debug at -O1 (ThreadSanitizer's recommendation; assertions stay on). -Wno-tsan: GCC warns that
# ThreadSanitizer does not model std::atomic_thread_fence, which Boost.Asio uses (fenced_block
# around handler calls, already ordered by the scheduler's mutex, which it does model; the acquire
# fence of its reference counts). An unmodelled fence can only make ThreadSanitizer report a race
# that is not one, never hide a real one, so the warning is silenced here and any report is read.
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DRESPOLICY_DEVELOPER_MODE=ON \
  -DCMAKE_CXX_FLAGS="-fsanitize=thread -O1 -fno-omit-frame-pointer -Wno-tsan" \
  -DRESPOLICY_BUILD_TSAN_TEST=ON -DRESPOLICY_BUILD_BEAST=ON -DRESPOLICY_BUILD_TESTS=OFF \
  -DRESPOLICY_BUILD_EXAMPLES=OFF -DRESPOLICY_BUILD_TOOLS=OFF -DRESPOLICY_BUILD_CATCH2=OFF \
  -DRESPOLICY_BUILD_GTEST=OFF -DRESPOLICY_INSTALL=OFF >/dev/null
if ! cmake --build "$build" --target respolicy_tsan_guard -j "$(nproc 2>/dev/null || echo 2)" \
  >"$build/tsan-build.log" 2>&1; then
  tail -n 40 "$build/tsan-build.log" >&2
  echo "tsan: the build failed ($build/tsan-build.log)" >&2
  exit 1
fi
built=$(date +%s)

# Every report is printed (no halt on the first); the exit status is 66 when there was any.
export TSAN_OPTIONS="halt_on_error=0 exitcode=66 second_deadlock_stack=1 history_size=4"
log=$build/tsan-run.log
echo "tsan: started $(date -u '+%Y-%m-%d %H:%M:%S UTC'), load: $(cut -d' ' -f1-3 /proc/loadavg)"
status=0
timeout $((seconds + 120)) "$build/tests/tsan/respolicy_tsan_guard" "$seconds" "$server_threads" \
  "$client_threads" >"$log" 2>&1 || status=$?
finished=$(date +%s)
cat "$log"

failures=0
fail() { echo "tsan: FAIL: $*" >&2; failures=$((failures + 1)); }
reports=$(grep -c 'WARNING: ThreadSanitizer' "$log" || true)
[ "$reports" -eq 0 ] || fail "$reports ThreadSanitizer reports (in $log)"
grep -q 'FATAL: ThreadSanitizer' "$log" && fail "ThreadSanitizer could not run (see $log)"
[ "$status" -eq 0 ] || fail "respolicy_tsan_guard exited with $status"
grep -q '^result: ok$' "$log" || fail "the program's checks did not pass"
echo "tsan: build $((built - start)) s, run $((finished - built)) s, $reports ThreadSanitizer reports"
if [ "$failures" -ne 0 ]; then
  echo "tsan: FAILED" >&2
  exit 1
fi
echo "tsan: ok; load at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
