#!/usr/bin/env bash
# Write throughput on the embedded H2 database: cards created through the API by wrk at a few
# connections, with every commit written to the file before the answer (the default, WRITE_DELAY=0)
# against H2's own default (commits written within 500 ms, so a kill -9 loses up to half a second
# of acknowledged writes). Each round is a fresh server; rounds alternate. Requires wrk and curl.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
[ -f target/cardinal.jar ] || ./mvnw -q -B package -DskipTests
SECONDS_EACH=${SECONDS_EACH:-20}
CONNECTIONS=${CONNECTIONS:-4}
ROUNDS=${ROUNDS:-3}
H2='jdbc:h2:file:${cardinal.data-dir}/cardinal;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=FALSE;LOCK_TIMEOUT=10000'

round() {   # round NAME WRITE_DELAY: prints "NAME <cards/s> <p99>"
  # one account makes every card: lift the per-account cap for the bench
  start_app 18095 --spring.datasource.url="$H2;WRITE_DELAY=$2" --cardinal.cards.max-per-account=10000000
  local base=http://127.0.0.1:18095 credentials='{"email": "bench@example.com", "password": "a long passphrase", "name": "bench"}'
  curl -sf -o /dev/null -H 'Content-Type: application/json' -d "$credentials" $base/api/v1/accounts
  TOKEN=$(curl -sf -H 'Content-Type: application/json' -d "$credentials" $base/api/v1/tokens | sed 's/.*"token":"\([^"]*\)".*/\1/')
  export TOKEN
  wrk -t2 -c"$CONNECTIONS" -d30s -s bench/writes.lua $base > /dev/null   # warm-up
  local out
  out=$(wrk -t2 -c"$CONNECTIONS" -d${SECONDS_EACH}s --latency -s bench/writes.lua $base)
  grep -q 'non-2xx or errors: 0' <<< "$out" || { echo "$1: failed writes" >&2; echo "$out" >&2; }
  echo "$1 $(awk '/Requests\/sec/ {print $2}' <<< "$out") $(awk '$1 == "99%" {print $2}' <<< "$out")"
  stop_app
}

for r in $(seq 1 "$ROUNDS"); do
  round "durable(WRITE_DELAY=0)" 0
  round "h2-default(WRITE_DELAY=500)" 500
done
