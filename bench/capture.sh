#!/usr/bin/env bash
# Card-page throughput with analytics capture on and off (issue 8: within 10 %), with wrk on loopback.
# Requires wrk (apt-get install -y wrk).
#
# Throughput on a small machine swings from run to run (wrk shares the cores, the JIT takes minutes
# to settle), so each run warms up until the JIT is quiet, the two settings alternate (ROUNDS times
# each, a fresh server and database every time), and besides requests/s the script reports the
# server's own CPU time per request (the java process over the measured window, flush thread and
# rollups included), which depends less on what else the machine is doing.
#
# VISITORS=many makes each request another visitor (bench/visitors.lua: its own X-Forwarded-For), so
# every view is an event of its own, as when many people open a card; by default all requests come
# from one visitor, whose same view within a second analytics writes once, with how many times.
#
#   bench/capture.sh            # 3 rounds, 20 s each
#   ROUNDS=5 SECONDS_EACH=30 bench/capture.sh
#   VISITORS=many bench/capture.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
ROUNDS=${ROUNDS:-3}
SECONDS_EACH=${SECONDS_EACH:-20}
[ -f target/cardinal.jar ] || ./mvnw -q -B package -DskipTests

run() {   # run true|false: prints "<requests/s> <server CPU ms per request>"
  local before after out requests seconds
  start_app 18092 --cardinal.analytics.enabled="$1"
  warm_up http://127.0.0.1:18092/demo
  before=$(cpu_ticks /proc/$APP_PID)
  out=$(wrk -t2 -c64 -d${SECONDS_EACH}s -H "User-Agent: $UA" $([ "${VISITORS:-one}" = many ] && echo -s bench/visitors.lua) http://127.0.0.1:18092/demo)
  after=$(cpu_ticks /proc/$APP_PID)
  stop_app
  requests=$(awk '/requests in/ {print $1}' <<< "$out")
  seconds=$(awk '/requests in/ {sub(/s,/, "", $4); print $4}' <<< "$out")
  awk -v r="$requests" -v s="$seconds" -v t=$((after - before)) -v hz="$(getconf CLK_TCK)" \
    'BEGIN {printf "%.0f %.3f\n", r / s, 1000 * t / hz / r}'
}

offs=() ons=()
for round in $(seq 1 "$ROUNDS"); do
  off=$(run false); offs+=("$off")
  on=$(run true); ons+=("$on")
  echo "round $round: off ${off% *} req/s ${off#* } ms CPU/req | on ${on% *} req/s ${on#* } ms CPU/req"
done

median() { sort -n | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
off_rps=$(printf '%s\n' "${offs[@]}" | awk '{print $1}' | median)
on_rps=$(printf '%s\n' "${ons[@]}" | awk '{print $1}' | median)
off_cpu=$(printf '%s\n' "${offs[@]}" | awk '{print $2}' | median)
on_cpu=$(printf '%s\n' "${ons[@]}" | awk '{print $2}' | median)
echo "median of $ROUNDS: capture off $off_rps req/s, $off_cpu ms CPU/req; capture on $on_rps req/s, $on_cpu ms CPU/req"
awk -v a="$off_rps" -v b="$on_rps" -v c="$off_cpu" -v d="$on_cpu" \
  'BEGIN {printf "throughput %.1f %% lower with capture on; CPU per request %.1f %% higher\n", 100 * (a - b) / a, 100 * (d - c) / c}'
