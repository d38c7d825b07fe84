#!/usr/bin/env bash
# The whole server in a 512 MB heap while four 12-megapixel uploads run at once, over HTTP.
# Prints each upload's status and time, then the heap after them; fails if any upload fails.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B package -DskipTests
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
work=$(mktemp -d)
port=18088
java -Xmx512m -jar target/cardinal.jar --server.port=$port --server.address=127.0.0.1 --cardinal.data-dir="$work" \
  --cardinal.demo.enabled=false > "$work/server.log" 2>&1 &
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
for i in 1 2 3 4; do
  curl -s -o /dev/null -w "upload $i: %{http_code} in %{time_total} s\n" -X POST "http://127.0.0.1:$port/api/v1/media" \
    -H "Authorization: Bearer $token" -F "file=@$work/camera.jpg;type=image/jpeg" > "$work/upload$i" &
done
wait $(jobs -p | grep -v "^$server$") 2>/dev/null || true
cat "$work"/upload?
jcmd $server GC.heap_info | sed -n 2p
echo "RSS: $(( $(ps -o rss= -p $server) / 1024 )) MB"
! grep -q OutOfMemoryError "$work/server.log"
[ "$(cat "$work"/upload? | grep -c ': 201 in')" -eq 4 ]
