#!/usr/bin/env bash
# Load test: the guarded_server example's handlers served guarded and unguarded, one after the
# other in the same run, each under wrk on 127.0.0.1; prints both throughputs and their ratio.
# Usage: [GUARDED_SERVER=path] benchmarks/load/run.sh [BUILD_DIR] [DURATION_SECONDS] [CONNECTIONS]
#   BUILD_DIR defaults to build/release (configured here if missing, Release, examples on).
#   Needs wrk (Debian package `wrk`, which scripts/deps.sh installs).
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build/release}
duration=${2:-10}
connections=${3:-32}
path=/hello

command -v wrk >/dev/null || { echo "load: wrk is missing (apt-get install wrk)" >&2; exit 2; }
server_bin=${GUARDED_SERVER:-}  # an already built guarded_server, to skip the build
if [ -z "$server_bin" ]; then
  if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DRESPOLICY_BUILD_TESTS=OFF >/dev/null
  fi
  cmake --build "$build" --target guarded_server >/dev/null
  server_bin="$build/examples/guarded_server/guarded_server"
fi

run_one() {  # $1: guarded|unguarded; prints requests/s
  local log port pid rps
  log=$(mktemp)
  "$server_bin" --serve "$1" 1 >"$log" &
  pid=$!
  for _ in $(seq 50); do
    port=$(sed -n 's/^listening on 127\.0\.0\.1:\([0-9]*\).*/\1/p' "$log")
    [ -n "$port" ] && break
    sleep 0.1
  done
  [ -n "$port" ] || { kill "$pid"; echo "load: the server did not start" >&2; exit 1; }
  # One wrk thread and one server thread: the machine's two cores, one each.
  rps=$(wrk -t1 -c"$connections" -d"${duration}s" "http://127.0.0.1:$port$path" |
        sed -n 's/^Requests\/sec: *\([0-9.]*\).*/\1/p')
  kill -INT "$pid"
  wait "$pid" || true
  if [ "$1" = guarded ]; then sed -n 's/^guard: /  guard: /p' "$log" >&2; fi
  rm -f "$log"
  echo "$rps"
}

echo "load: GET $path for ${duration}s, $connections connections, 1 wrk thread, 1 server thread" >&2
# Warm-up, then the two measured runs back to back.
run_one unguarded >/dev/null
unguarded=$(run_one unguarded)
guarded=$(run_one guarded)
printf 'unguarded: %10.0f requests/s\n' "$unguarded"
printf 'guarded:   %10.0f requests/s\n' "$guarded"
awk -v g="$guarded" -v u="$unguarded" 'BEGIN { printf "ratio guarded/unguarded: %.3f\n", g / u }'
