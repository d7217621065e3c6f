#!/usr/bin/env bash
# Load test: the guarded_server example's handlers served guarded and unguarded under wrk on
# 127.0.0.1, both at the same time, in rounds. In each round the two servers share one core and
# each gets its own wrk on the other core, so whatever the machine does during the round (other
# load, a change of clock speed) falls on both alike; the scheduler gives the two servers equal
# CPU time, so the ratio of the requests they served is the ratio of their costs per request.
# Each round prints both throughputs, each server's share of its core and the ratios
# guarded/unguarded: of throughputs, and of requests per CPU second (the same unless the shares
# differ). The rounds alternate which server and which wrk start first. Ends with the medians.
#
# Served one after the other instead, the two runs of a round see different machines: on a shared
# machine rounds of 5 s disagreed by up to 15 % with the same server on both sides, against 1 %
# at the same time (BENCHMARKS.md).
#
# Usage: [GUARDED_SERVER=path] [LOAD_SAME=1] benchmarks/load/run.sh [BUILD_DIR] [ROUND_SECONDS]
#                                                                  [CONNECTIONS] [ROUNDS]
#   BUILD_DIR defaults to build/release (configured here if missing, Release, examples on);
#   ROUND_SECONDS to 5, CONNECTIONS (per wrk) to 32, ROUNDS to 5.
#   GUARDED_SERVER names an already built guarded_server and skips the build.
#   LOAD_SAME=1 serves the unguarded handlers on both sides: the method's own error, which a
#   ratio must exceed to mean anything.
#   LOAD_OTHER=checked serves the unguarded handlers through respolicy::beast::checked_stream on
#   the other side (default: guarded, the handlers wrapped in respolicy::beast::guard).
#   Needs wrk (Debian package `wrk`, which scripts/deps.sh installs), two cores, taskset
#   (util-linux) and Linux's /proc.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build/release}
duration=${2:-5}
connections=${3:-32}
rounds=${4:-5}
path=/hello

command -v wrk >/dev/null || { echo "load: wrk is missing (apt-get install wrk)" >&2; exit 2; }
command -v taskset >/dev/null || { echo "load: taskset is missing (apt-get install util-linux)" >&2; exit 2; }
[ "$(nproc)" -ge 2 ] || { echo "load: needs two cores, one for the servers and one for wrk" >&2; exit 2; }
source benchmarks/load/server.sh
server_bin=$(guarded_server_of "$build")
second=${LOAD_OTHER:-guarded}
case $second in guarded|checked) ;; *) echo "load: LOAD_OTHER is guarded or checked" >&2; exit 2;; esac
[ "${LOAD_SAME:-0}" = 1 ] && second=unguarded

load_average() { cut -d' ' -f1-3 /proc/loadavg; }
ticks=$(getconf CLK_TCK)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

requests_of() {  # $1: wrk's output file; prints the requests it completed
  local n
  n=$(sed -n 's/^ *\([0-9]*\) requests in.*/\1/p' "$1")
  [ -n "$n" ] && [ "$n" -gt 0 ] || { echo "load: wrk reported no throughput" >&2; exit 1; }
  echo "$n"
}

cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }  # utime + stime of process $1

round() {  # $1: seconds, $2: 1 to start the unguarded side first; prints the round's figures
  # Side a serves unguarded, side b the other; `order` is the order they start in.
  local -A mode=([a]=unguarded [b]=$second) pid port cpu requests
  local order=(a b) side waiting=()
  [ "$2" = 1 ] || order=(b a)
  for side in "${order[@]}"; do
    taskset -c 0 "$server_bin" --serve "${mode[$side]}" 1 >"$work/$side.log" &
    pid[$side]=$!
  done
  for side in a b; do
    port[$side]=$(server_port "$work/$side.log" "${pid[$side]}")
    [ -n "${port[$side]}" ] || { echo "load: the server did not start" >&2; exit 1; }
  done
  for side in "${order[@]}"; do
    taskset -c 1 wrk -t1 -c"$connections" -d"${1}s" "http://127.0.0.1:${port[$side]}$path" \
      >"$work/$side.wrk" &
    waiting+=($!)
  done
  wait "${waiting[@]}"
  for side in a b; do cpu[$side]=$(cpu_ticks "${pid[$side]}"); done
  kill -INT "${pid[a]}" "${pid[b]}"
  wait "${pid[a]}" "${pid[b]}" || true
  for side in a b; do requests[$side]=$(requests_of "$work/$side.wrk"); done
  awk -v a="${requests[a]}" -v b="${requests[b]}" -v ac="${cpu[a]}" -v bc="${cpu[b]}" \
      -v t="$ticks" -v s="$1" \
    'BEGIN { printf "%d %d %.3f %.3f %.3f %.3f\n", a / s, b / s, ac / t / s, bc / t / s,
             b / a, (b / bc) / (a / ac) }'
}

echo "load: GET $path, both servers at once on core 0 (1 thread each), a wrk on core 1 for" \
     "each ($connections connections); $rounds rounds of ${duration}s after a warm-up;" \
     "unguarded against $second; load average $(load_average)" >&2
round 1 1 >/dev/null

ratios=()
cpu_ratios=()
for r in $(seq "$rounds"); do
  read -r a b a_share b_share ratio cpu_ratio <<<"$(round "$duration" $((r % 2)))"
  ratios+=("$ratio")
  cpu_ratios+=("$cpu_ratio")
  printf 'round %d: unguarded %6d req/s (%.2f of a core), %s %6d req/s (%.2f of a core);' \
         "$r" "$a" "$a_share" "$second" "$b" "$b_share"
  printf ' ratios: throughput %s, requests per CPU second %s (load average %s)\n' \
         "$ratio" "$cpu_ratio" "$(load_average)"
  awk -v x="$a_share" -v y="$b_share" 'BEGIN { exit !(x + y < 0.95) }' &&
    echo "load: the servers used less than their core: wrk, not the servers, set the pace" >&2
done
median() {  # $1: what; the values on stdin, one a line
  sort -n | awk -v what="$1" -v side="$second" '{ r[NR] = $1 } END {
    m = NR % 2 ? r[(NR + 1) / 2] : (r[NR / 2] + r[NR / 2 + 1]) / 2
    printf "median ratio %s/unguarded, %s, over %d rounds: %.3f (min %.3f, max %.3f)\n",
           side, what, NR, m, r[1], r[NR]
  }'
}
printf '%s\n' "${ratios[@]}" | median "throughput"
printf '%s\n' "${cpu_ratios[@]}" | median "requests per CPU second"
