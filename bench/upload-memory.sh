#!/usr/bin/env bash
# The whole server in a 512 MB heap while N (default 4; the issue's case is 16) 12-megapixel uploads
# run at once, over HTTP. Prints each upload's status and time, the heap's peak (largest heap before
# a GC, from the GC log) and after, and the peak RSS (sampled every 0.2 s); fails on an
# OutOfMemoryError, on any answer but 201 or 503, or on a 503 without Retry-After.
set -euo pipefail
cd "$(dirname "$0")/.."
uploads=${1:-4}
# SERVER: java arguments that start the server instead of building and running target/cardinal.jar (e.g.
# "-cp old/classes:$(cat target/bench.classpath) red.cardinal.CardinalApplication"); target/bench.classpath must exist
if [ -z "${SERVER:-}" ]; then
  ./mvnw -q -B package -DskipTests
  ./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
fi
server_command=${SERVER:-"-jar target/cardinal.jar"}
work=$(mktemp -d)
port=${PORT:-18088}
# shellcheck disable=SC2086
java -Xmx512m -Xlog:gc:file="$work/gc.log" $server_command --server.port=$port --server.address=127.0.0.1 \
  --cardinal.data-dir="$work" --cardinal.demo.enabled=false > "$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$work"' EXIT
until curl -s -o /dev/null "http://127.0.0.1:$port/"; do kill -0 $server; sleep 0.5; done
cat > "$work/Camera.java" <<'JAVA'
public class Camera {
  public static void main(String[] a) throws Exception {
    java.nio.file.Files.write(java.nio.file.Path.of(a[0]), red.cardinal.media.ImagePipelineBenchmark.cameraJpeg());
  }
}
JAVA
java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" "$work/Camera.java" "$work/camera.jpg"
curl -s -X POST "http://127.0.0.1:$port/api/v1/accounts" -H 'Content-Type: application/json' \
  -d '{"email":"bench@example.com","password":"a long bench passphrase"}' > /dev/null
token=$(curl -s -X POST "http://127.0.0.1:$port/api/v1/tokens" -H 'Content-Type: application/json' \
  -d '{"email":"bench@example.com","password":"a long bench passphrase"}' | sed 's/.*"token":"\([^"]*\)".*/\1/')
echo "RSS before: $(( $(ps -o rss= -p $server) / 1024 )) MB"
( peak=0; while kill -0 $server 2>/dev/null; do r=$(ps -o rss= -p $server || echo 0); [ "$r" -gt "$peak" ] && peak=$r && echo $peak > "$work/rss.peak"; sleep 0.2; done ) &
sampler=$!
pids=()
for i in $(seq 1 "$uploads"); do
  curl -s -o /dev/null -D "$work/headers$i" -w "upload $i: %{http_code} in %{time_total} s\n" -X POST \
    "http://127.0.0.1:$port/api/v1/media" -H "Authorization: Bearer $token" \
    -F "file=@$work/camera.jpg;type=image/jpeg" > "$work/upload$i" &
  pids+=($!)
done
wait "${pids[@]}" || true
kill $sampler 2>/dev/null || true
cat "$work"/upload*
jcmd $server GC.heap_info | sed -n 2p
echo "heap peak (largest before a GC): $(grep -o '[0-9]*M->' "$work/gc.log" | sed 's/M->//' | sort -n | tail -1) MB"
echo "RSS peak: $(( $(cat "$work/rss.peak") / 1024 )) MB, after: $(( $(ps -o rss= -p $server) / 1024 )) MB"
created=$(cat "$work"/upload* | grep -c ': 201 in' || true)
busy=$(cat "$work"/upload* | grep -c ': 503 in' || true)
echo "$created created, $busy busy (503), $(grep -c OutOfMemoryError "$work/server.log" || true) OutOfMemoryError in the log"
! grep -q OutOfMemoryError "$work/server.log"
[ $((created + busy)) -eq "$uploads" ]
for i in $(seq 1 "$uploads"); do
  if grep -q ': 503 in' "$work/upload$i"; then grep -qi '^retry-after: [0-9]' "$work/headers$i"; fi
done
