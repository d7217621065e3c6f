#!/usr/bin/env bash
# ASan load run: the guarded_server example, built with AddressSanitizer and UndefinedBehavior-
# Sanitizer (LeakSanitizer at exit), serves its handlers guarded on 127.0.0.1 under wrk for
# SECONDS over benchmarks/load/mix.lua (responses that pass, that the guard repairs, reports and
# blocks), then is stopped with SIGINT. Fails (non-zero exit) unless:
#   - wrk had no socket error (connect, read, write, timeout all 0; non-2xx statuses are expected);
#   - the server's stderr has no AddressSanitizer, LeakSanitizer or UBSan report, and it exited 0;
#   - the counts agree exactly: guard checks == requests the server read == responses written +
#     writes failed; every response wrk counted was written (written >= wrk's requests), and the
#     requests wrk left unanswered when it stopped are at most one per connection;
#   - every fate of the mix occurred (passed, repaired, reported, blocked), and the guard counted
#     at least as many of each as wrk received of the matching status (204, 405 + 503, 500).
# Usage: scripts/load-asan.sh [SECONDS=60] [CONNECTIONS=32] [SERVER_THREADS=1]
#   Builds in build/load-asan (override with LOAD_ASAN_BUILD=dir); logs go to <build>/load-run/.
#   Installs wrk and the build tools through scripts/deps.sh when they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."
source benchmarks/load/server.sh
scripts/deps.sh

seconds=${1:-60}
connections=${2:-32}
threads=${3:-1}
build=${LOAD_ASAN_BUILD:-build/load-asan}
logs=$build/load-run
command -v wrk >/dev/null || { echo "load-asan: wrk is missing (apt-get install wrk)" >&2; exit 2; }

start=$(date +%s)
# The asan preset's flags (CMakePresets.json), with the examples on and nothing else.
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DRESPOLICY_DEVELOPER_MODE=ON \
  -DCMAKE_CXX_FLAGS="-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all" \
  -DRESPOLICY_BUILD_EXAMPLES=ON -DRESPOLICY_BUILD_BEAST=ON -DRESPOLICY_BUILD_TESTS=OFF \
  -DRESPOLICY_BUILD_TOOLS=OFF -DRESPOLICY_BUILD_CATCH2=OFF -DRESPOLICY_BUILD_GTEST=OFF \
  -DRESPOLICY_INSTALL=OFF >/dev/null
if ! cmake --build "$build" --target guarded_server -j "$(nproc 2>/dev/null || echo 2)" \
  >"$build/load-build.log" 2>&1; then
  tail -n 40 "$build/load-build.log" >&2
  echo "load-asan: the build failed ($build/load-build.log)" >&2
  exit 1
fi
built=$(date +%s)
server_bin=$build/examples/guarded_server/guarded_server

mkdir -p "$logs"
rm -f "$logs"/server.out "$logs"/server.err "$logs"/wrk.out
export ASAN_OPTIONS=detect_leaks=1:halt_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
"$server_bin" --serve guarded "$threads" >"$logs/server.out" 2>"$logs/server.err" &
pid=$!
port=$(server_port "$logs/server.out" "$pid" 100)
if [ -z "$port" ]; then
  kill -INT "$pid" 2>/dev/null || true
  echo "load-asan: the server did not start" >&2
  cat "$logs/server.err" >&2
  exit 1
fi

echo "load-asan: wrk -t1 -c$connections -d${seconds}s over benchmarks/load/mix.lua," \
  "server threads: $threads, started $(date -u '+%Y-%m-%d %H:%M:%S UTC'), load: $(cut -d' ' -f1-3 /proc/loadavg)"
wrk_status=0
wrk -t1 -c"$connections" -d"${seconds}s" --timeout 5s -s benchmarks/load/mix.lua \
  "http://127.0.0.1:$port/" >"$logs/wrk.out" 2>&1 || wrk_status=$?
# The responses to wrk's last requests may still be in flight, and the server reads EOF on the
# connections wrk closed: give it a moment, then stop it as an operator would.
sleep 1
kill -INT "$pid"
server_status=0
for _ in $(seq 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
if kill -0 "$pid" 2>/dev/null; then
  echo "load-asan: the server did not exit within 30 s of SIGINT" >&2
  kill -KILL "$pid"
fi
wait "$pid" || server_status=$?
finished=$(date +%s)

cat "$logs/wrk.out"
grep -E '^(traffic|guard):' "$logs/server.out" || true

failures=0
fail() { echo "load-asan: FAIL: $*" >&2; failures=$((failures + 1)); }
field() { sed -n "s/^$1.* $2=\([0-9]*\).*/\1/p" "$3"; }   # $1 line prefix, $2 key, $3 file

[ "$wrk_status" -eq 0 ] || fail "wrk exited with $wrk_status"
[ "$server_status" -eq 0 ] || fail "the server exited with $server_status"
if grep -qE 'Sanitizer|runtime error|^SUMMARY:' "$logs/server.err"; then
  fail "sanitizer reports in the server's stderr ($logs/server.err):"
  head -n 60 "$logs/server.err" >&2
elif [ -s "$logs/server.err" ]; then
  fail "unexpected output on the server's stderr ($logs/server.err):"
  head -n 20 "$logs/server.err" >&2
fi

wrk_requests=$(field wrk-mix requests "$logs/wrk.out")
if [ -z "$wrk_requests" ]; then
  fail "no wrk-mix summary line in $logs/wrk.out"
  exit 1
fi
wrk_responses=$(field wrk-mix responses "$logs/wrk.out")
socket_errors=
for e in connect read write timeout; do
  n=$(field wrk-mix "$e" "$logs/wrk.out")
  socket_errors+="${socket_errors:+, }$e $n"
  [ "$n" = 0 ] || fail "wrk: $n $e errors"
done
[ "$wrk_requests" -gt 0 ] || fail "wrk completed no request"
[ "$wrk_responses" = "$wrk_requests" ] || fail "wrk's response() saw $wrk_responses, its summary $wrk_requests"
status_count() {  # responses wrk received with status $1
  sed -n 's/^wrk-mix: .*statuses=\(.*\)$/\1/p' "$logs/wrk.out" | tr ',' '\n' |
    sed -n "s/^$1=\([0-9]*\)$/\1/p" | grep . || echo 0
}

traffic=$(grep '^traffic:' "$logs/server.out" || true)
guard=$(grep '^guard:' "$logs/server.out" || true)
if [ -z "$traffic" ] || [ -z "$guard" ]; then
  fail "the server printed no counts at exit"
  exit 1
fi
read_=$(sed -n 's/.* \([0-9]*\) requests read.*/\1/p' <<<"$traffic")
written=$(sed -n 's/.* \([0-9]*\) responses written.*/\1/p' <<<"$traffic")
write_failed=$(sed -n 's/.* \([0-9]*\) writes failed.*/\1/p' <<<"$traffic")
checked=$(sed -n 's/.* \([0-9]*\) checked.*/\1/p' <<<"$guard")
repaired=$(sed -n 's/.* \([0-9]*\) repaired.*/\1/p' <<<"$guard")
blocked=$(sed -n 's/.* \([0-9]*\) blocked.*/\1/p' <<<"$guard")
reported=$(sed -n 's/.* \([0-9]*\) reported.*/\1/p' <<<"$guard")
passed=$((checked - repaired - blocked - reported))

[ "$checked" -eq "$read_" ] || fail "guard checked $checked responses, the server read $read_ requests"
[ "$read_" -eq $((written + write_failed)) ] ||
  fail "requests read $read_ != responses written $written + writes failed $write_failed"
[ "$written" -ge "$wrk_requests" ] || fail "wrk completed $wrk_requests requests, the server wrote $written"
[ $((read_ - wrk_requests)) -le "$connections" ] ||
  fail "$((read_ - wrk_requests)) requests unanswered on wrk's side, more than one per connection"
for fate in passed repaired reported blocked; do
  [ "${!fate}" -gt 0 ] || fail "no response was $fate: the mix did not exercise the guard"
done
[ "$repaired" -ge "$(status_count 204)" ] || fail "wrk received more 204s than the guard repaired"
[ "$blocked" -ge "$(status_count 500)" ] || fail "wrk received more 500s than the guard blocked"
[ "$reported" -ge $(($(status_count 405) + $(status_count 503))) ] ||
  fail "wrk received more 405s and 503s than the guard reported"

echo "load-asan: build $((built - start)) s, run $((finished - built)) s;" \
  "wrk: $wrk_requests responses, socket errors: $socket_errors;" \
  "server: $read_ read, $written written, $write_failed writes failed;" \
  "guard: $checked checked ($passed passed, $repaired repaired, $reported reported, $blocked blocked)"
if [ "$failures" -ne 0 ]; then
  echo "load-asan: FAILED ($failures checks)" >&2
  exit 1
fi
echo "load-asan: ok (no sanitizer report, clean exit, counts agree); load at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
