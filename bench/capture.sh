#!/usr/bin/env bash
# Card-page throughput with analytics capture on and off (issue 8: within 10 %), with wrk on loopback.
# Requires wrk (apt-get install -y wrk). Prints requests/s for both and the difference.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B package -DskipTests
ua='Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148'
run() {
  local enabled=$1 port=$2 work
  work=$(mktemp -d)
  java -Xmx512m -jar target/cardinal.jar --server.port=$port --server.address=127.0.0.1 --cardinal.data-dir="$work" \
    --cardinal.analytics.enabled=$enabled > "$work/server.log" 2>&1 &
  local pid=$!
  until curl -s -o /dev/null "http://127.0.0.1:$port/demo"; do sleep 0.5; done
  wrk -t2 -c64 -d10s -H "User-Agent: $ua" "http://127.0.0.1:$port/demo" > /dev/null   # warm-up
  wrk -t2 -c64 -d20s --latency -H "User-Agent: $ua" "http://127.0.0.1:$port/demo" | tee "$work/wrk.txt" >&2
  grep 'Requests/sec' "$work/wrk.txt" | awk '{print $2}'
  kill $pid; wait $pid 2>/dev/null || true
  rm -rf "$work"
}
off=$(run false 18091)
on=$(run true 18092)
echo "capture off: $off req/s, capture on: $on req/s, difference: $(awk "BEGIN {printf \"%.1f\", 100 * ($off - $on) / $off}") %"
