#!/usr/bin/env bash
# Card-page throughput and p99 at 64 connections on loopback, against nginx serving the same bytes
# as a static file (DESIGN.md: at least half of nginx, p99 under 10 ms). Both are measured with and
# without gzip (nginx with gzip_static, the app from its page cache or compressing itself).
# Requires wrk and nginx (apt-get install -y wrk nginx).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
[ -f target/cardinal.jar ] || ./mvnw -q -B package -DskipTests
SECONDS_EACH=${SECONDS_EACH:-20}

measure() {   # measure URL [header]: prints "<requests/s> <p99>"
  local out
  out=$(wrk -t2 -c64 -d${SECONDS_EACH}s --latency -H "User-Agent: $UA" ${2:+-H "$2"} "$1")
  echo "$(awk '/Requests\/sec/ {print $2}' <<< "$out") $(awk '$1 == "99%" {print $2}' <<< "$out")"
}

start_app 18093 --cardinal.analytics.enabled=true ${APP_ARGS:-}
static=$(mktemp -d)
curl -sf -H "User-Agent: $UA" -o "$static/demo.html" http://127.0.0.1:18093/demo
gzip -9 -k "$static/demo.html"
cat > "$static/nginx.conf" <<CONF
worker_processes auto;
pid $static/nginx.pid;
error_log $static/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  gzip_static on;
  server {
    listen 127.0.0.1:18094;
    root $static;
    location = /demo { default_type text/html; try_files /demo.html =404; }
  }
}
CONF
nginx -c "$static/nginx.conf"
trap 'nginx -c "$static/nginx.conf" -s stop; rm -rf "$static"' EXIT

warm_up http://127.0.0.1:18093/demo
app_plain=$(measure http://127.0.0.1:18093/demo)
app_gzip=$(measure http://127.0.0.1:18093/demo "Accept-Encoding: gzip")
rss=$(rss_mb)
stop_app
wrk -t2 -c64 -d5s http://127.0.0.1:18094/demo > /dev/null
nginx_plain=$(measure http://127.0.0.1:18094/demo)
nginx_gzip=$(measure http://127.0.0.1:18094/demo "Accept-Encoding: gzip")

echo "page: $(wc -c < "$static/demo.html") bytes, $(wc -c < "$static/demo.html.gz") gzipped; app RSS after the load: $rss MB (java ${JAVA_OPTS:-$README_JAVA_OPTS})"
report() {
  awk -v what="$1" -v a="$2" -v ap="$3" -v n="$4" -v np="$5" \
    'BEGIN {printf "%-6s app %8.0f req/s p99 %-9s nginx %8.0f req/s p99 %-9s app/nginx %.2f\n", what, a, ap, n, np, a / n}'
}
report plain $app_plain $nginx_plain
report gzip $app_gzip $nginx_gzip
