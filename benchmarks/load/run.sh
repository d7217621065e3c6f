#!/usr/bin/env bash
# Load test: the guarded_server example's handlers served guarded and unguarded under wrk on
# 127.0.0.1, in alternating rounds of the same run, so that the machine's other load falls on both
# alike. After a warm-up of each, every round runs both (in the opposite order each round, so a
# drift in the machine's load does not favour one) and prints, for each, the throughput and the
# server's CPU time per request (user + system, from /proc), then the ratios guarded/unguarded:
# of throughputs, and of requests per CPU second. The second is the steadier on a shared machine:
# other processes' load lowers the throughput of whichever run they coincide with, but changes
# the server's own CPU time per request much less. Ends with the median of the rounds' ratios.
# Usage: [GUARDED_SERVER=path] benchmarks/load/run.sh [BUILD_DIR] [ROUND_SECONDS] [CONNECTIONS] [ROUNDS]
#   BUILD_DIR defaults to build/release (configured here if missing, Release, examples on);
#   ROUND_SECONDS to 5 (each of guarded and unguarded, per round), CONNECTIONS to 32, ROUNDS to 3.
#   GUARDED_SERVER names an already built guarded_server and skips the build.
#   Needs wrk (Debian package `wrk`, which scripts/deps.sh installs) and Linux's /proc.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build/release}
duration=${2:-5}
connections=${3:-32}
rounds=${4:-3}
path=/hello

command -v wrk >/dev/null || { echo "load: wrk is missing (apt-get install wrk)" >&2; exit 2; }
source benchmarks/load/server.sh
server_bin=$(guarded_server_of "$build")

load_average() { cut -d' ' -f1-3 /proc/loadavg; }

# With two or more cores, the server and wrk each keep one (taskset, from util-linux): neither
# migrates, and the two runs of a round see the same placement.
pin_server='' pin_client=''
if command -v taskset >/dev/null && [ "$(nproc)" -ge 2 ]; then
  pin_server='taskset -c 0' pin_client='taskset -c 1'
fi

ticks=$(getconf CLK_TCK)

run_one() {  # $1: guarded|unguarded, $2: seconds; prints requests/s and CPU µs per request
  local log port pid out requests rps cpu
  log=$(mktemp)
  $pin_server "$server_bin" --serve "$1" 1 >"$log" &
  pid=$!
  port=$(server_port "$log" "$pid")
  [ -n "$port" ] || { kill "$pid"; rm -f "$log"; echo "load: the server did not start" >&2; exit 1; }
  # One wrk thread and one server thread: the machine's two cores, one each.
  out=$($pin_client wrk -t1 -c"$connections" -d"${2}s" "http://127.0.0.1:$port$path")
  # utime and stime, fields 14 and 15 of /proc/PID/stat (the name, field 2, has no spaces here).
  cpu=$(awk '{ print $14 + $15 }' "/proc/$pid/stat")
  kill -INT "$pid"
  wait "$pid" || true
  rm -f "$log"
  requests=$(sed -n 's/^ *\([0-9]*\) requests in.*/\1/p' <<<"$out")
  rps=$(sed -n 's/^Requests\/sec: *\([0-9.]*\).*/\1/p' <<<"$out")
  [ -n "$rps" ] && [ -n "$requests" ] && [ "$requests" -gt 0 ] ||
    { echo "load: wrk reported no throughput" >&2; exit 1; }
  awk -v r="$rps" -v n="$requests" -v c="$cpu" -v t="$ticks" \
    'BEGIN { printf "%s %.3f\n", r, c / t * 1e6 / n }'
}

echo "load: GET $path, $connections connections, 1 wrk thread, 1 server thread${pin_server:+ (pinned to cores 0 and 1)};" \
     "$rounds rounds of ${duration}s each way after a warm-up; load average $(load_average)" >&2
run_one unguarded 2 >/dev/null
run_one guarded 2 >/dev/null

ratios=()
cpu_ratios=()
for round in $(seq "$rounds"); do
  if [ $((round % 2)) -eq 1 ]; then
    u=$(run_one unguarded "$duration")
    g=$(run_one guarded "$duration")
  else
    g=$(run_one guarded "$duration")
    u=$(run_one unguarded "$duration")
  fi
  read -r unguarded unguarded_cpu <<<"$u"
  read -r guarded guarded_cpu <<<"$g"
  ratio=$(awk -v g="$guarded" -v u="$unguarded" 'BEGIN { printf "%.3f", g / u }')
  cpu_ratio=$(awk -v g="$guarded_cpu" -v u="$unguarded_cpu" 'BEGIN { printf "%.3f", u / g }')
  ratios+=("$ratio")
  cpu_ratios+=("$cpu_ratio")
  printf 'round %d: unguarded %6.0f req/s %6.2f µs CPU/req, guarded %6.0f req/s %6.2f µs CPU/req;' \
         "$round" "$unguarded" "$unguarded_cpu" "$guarded" "$guarded_cpu"
  printf ' ratios: throughput %s, requests per CPU second %s (load average %s)\n' \
         "$ratio" "$cpu_ratio" "$(load_average)"
done
median() {  # $1: what; the values on stdin, one a line
  sort -n | awk -v what="$1" '{ r[NR] = $1 } END {
    m = NR % 2 ? r[(NR + 1) / 2] : (r[NR / 2] + r[NR / 2 + 1]) / 2
    printf "median ratio guarded/unguarded, %s, over %d rounds: %.3f (min %.3f, max %.3f)\n",
           what, NR, m, r[1], r[NR]
  }'
}
printf '%s\n' "${ratios[@]}" | median "throughput"
printf '%s\n' "${cpu_ratios[@]}" | median "requests per CPU second"
