#!/usr/bin/env bash
# Instructions per request of the guarded_server example, guarded and unguarded: each serves
# wrk's GET requests under valgrind's callgrind twice, for 1 second and for a few, and the
# difference of the two runs' instruction counts (user space) is divided by the difference of the
# requests they read, so that start-up and shutdown cancel out. The difference between guarded and
# unguarded is what the guard costs per request. Unlike throughputs, these counts barely move with
# machine load.
# Usage: [GUARDED_SERVER=path] benchmarks/load/callgrind.sh [BUILD_DIR] [SECONDS] [PATH]
#   BUILD_DIR defaults to build/release (configured here if missing), SECONDS to 4, PATH to
#   /hello. Needs valgrind and wrk (Debian packages `valgrind` and `wrk`).
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build/release}
seconds=${2:-4}
path=${3:-/hello}

for tool in valgrind wrk; do
  command -v "$tool" >/dev/null || { echo "load/callgrind: $tool is missing (apt-get install $tool)" >&2; exit 2; }
done
source benchmarks/load/server.sh
server_bin=$(guarded_server_of "$build")

count() {  # $1: guarded|unguarded, $2: seconds; prints requests and instructions
  local log out port pid requests
  log=$(mktemp)
  out=$(mktemp)
  valgrind --tool=callgrind --callgrind-out-file=/dev/null "$server_bin" --serve "$1" 1 \
    >"$log" 2>"$out" &
  pid=$!
  port=$(server_port "$log" "$pid" 200)  # valgrind starts slowly
  [ -n "$port" ] || { kill "$pid"; rm -f "$log" "$out"; echo "load/callgrind: the server did not start" >&2; exit 1; }
  wrk -t1 -c4 -d"${2}s" "http://127.0.0.1:$port$path" >/dev/null
  kill -INT "$pid"
  wait "$pid" || true
  requests=$(sed -n 's/^traffic: \([0-9]*\) requests read.*/\1/p' "$log")
  echo "$requests $(sed -n 's/.*Collected : *\([0-9]*\).*/\1/p' "$out")"
  rm -f "$log" "$out"
}

per_request() {  # $1: guarded|unguarded; prints instructions per request and requests
  local short_r short_i long_r long_i
  read -r short_r short_i <<<"$(count "$1" 1)"
  read -r long_r long_i <<<"$(count "$1" "$seconds")"
  [ "$long_r" -gt "$short_r" ] || { echo "load/callgrind: no more requests in the longer run" >&2; exit 1; }
  awk -v a="$short_r" -v b="$long_r" -v x="$short_i" -v y="$long_i" \
    'BEGIN { printf "%.0f %d\n", (y - x) / (b - a), b - a }'
}

read -r unguarded u_requests <<<"$(per_request unguarded)"
read -r guarded g_requests <<<"$(per_request guarded)"
echo "GET $path under callgrind, instructions per request: unguarded $unguarded ($u_requests" \
     "requests), guarded $guarded ($g_requests requests)"
awk -v u="$unguarded" -v g="$guarded" 'BEGIN {
  printf "the guard: %d instructions per request, %.1f %% of the unguarded request\n", g - u,
         (g - u) / u * 100
}'
