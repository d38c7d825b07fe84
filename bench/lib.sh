# Shared by the HTTP benchmarks: start the jar on a fresh data directory, warm it up until the JIT
# is done, read a process's CPU time. Source it; needs wrk and curl.

# what README.md's "Run it" gives java: keep the two in step
README_JAVA_OPTS='-Xmx512m'

UA='Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148'

# start_app PORT [app options...]: starts target/cardinal.jar, waits for the demo card, sets APP_PID and APP_DIR
start_app() {
  local port=$1
  shift
  APP_DIR=$(mktemp -d)
  # JAVA_OPTS: the heap settings the README gives unless told otherwise
  ${APP_CPUS:+taskset -c $APP_CPUS} java ${JAVA_OPTS:-$README_JAVA_OPTS} -jar target/cardinal.jar --server.port="$port" --server.address=127.0.0.1 \
    --cardinal.data-dir="$APP_DIR" "$@" > "$APP_DIR/server.log" 2>&1 &
  APP_PID=$!
  # the demo card is made just after the server starts listening: wait for it, not for any answer
  until curl -sf -o /dev/null "http://127.0.0.1:$port/demo"; do sleep 0.5; done
}

# rss_mb: the app's resident memory now, in MB
rss_mb() { echo $(($(awk '/^VmRSS/ {print $2}' /proc/"$APP_PID"/status) / 1024)); }

stop_app() {
  kill "$APP_PID"
  wait "$APP_PID" 2>/dev/null || true
  rm -rf "$APP_DIR"
}

# utime + stime of a process or thread (/proc/PID or /proc/PID/task/TID), in clock ticks; the name in
# parentheses may hold spaces ("C2 CompilerThre"), so fields are counted after it
cpu_ticks() { sed 's/.*) //' "$1/stat" | awk '{print $12 + $13}'; }

c2_ticks() {
  local sum=0 t
  for t in /proc/"$APP_PID"/task/*; do
    if grep -q '^C2 Compiler' "$t/comm" 2>/dev/null; then sum=$((sum + $(cpu_ticks "$t"))); fi
  done
  echo $sum
}

# warm_up URL: load in 10 s rounds, at least MIN_WARM_UP rounds (default 18: three minutes), then until
# the C2 compiler used under 2 % of a core in a round (at most 30 rounds in all). On two cores shared
# with wrk the JIT takes minutes to settle, longer when background work (analytics rollups) brings
# new code; measuring earlier measures the JIT.
warm_up() {
  local url=$1 round before after
  for round in $(seq 1 30); do
    before=$(c2_ticks)
    ${WRK_CPUS:+taskset -c $WRK_CPUS} wrk -t2 -c64 -d10s -H "User-Agent: $UA" "$url" > /dev/null
    after=$(c2_ticks)
    if [ "$round" -ge "${MIN_WARM_UP:-18}" ] && [ $((after - before)) -lt $(($(getconf CLK_TCK) / 5)) ]; then
      echo "warmed up after $round rounds" >&2
      return
    fi
  done
  echo "JIT still busy after 30 rounds" >&2
}
