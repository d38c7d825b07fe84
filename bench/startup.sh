#!/usr/bin/env bash
# Start-up (DESIGN.md: under 2 s on 2 cores): milliseconds from launching the JVM to the first 200 of
# /demo, which needs the migrations run and the demo card made. For each JDK (JAVA17, JAVA25) and
# each way of starting it:
#   jar    java -jar target/cardinal.jar, as the README says
#   cds    the jar extracted (java -Djarmode=tools … extract) with a class-data archive from a
#          training run (-XX:ArchiveClassesAtExit; JDK 17 and later)
#   aot    the same with JDK 25's ahead-of-time cache (-XX:AOTCacheOutput, then -XX:AOTCache)
# "first" starts on an empty data directory (migrations from nothing, the demo card drawn and
# stored); "again" starts on the one the first left (what a restart or an upgrade costs).
# Each figure is wall ms / CPU ms (user + system of the app's process, all its threads: the JIT's
# compiler threads use about as much as the main thread). On a shared machine the CPU time is the
# steadier figure: wall time waits for whatever else runs, CPU time grows only a little with it.
# Medians of RUNS (default 3). Run it on a quiet machine: anything else running shows in the figures.
# Every start has the heap settings the README gives (JAVA_OPTS to change them).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
read -r -a heap <<< "${JAVA_OPTS:-$README_JAVA_OPTS}"
[ -f target/cardinal.jar ] || ./mvnw -q -B package -DskipTests
RUNS=${RUNS:-3}
JAVA17=${JAVA17:-$(ls -d /usr/lib/jvm/java-17-openjdk-* 2>/dev/null | head -1)}
JAVA25=${JAVA25:-$(ls -d /usr/lib/jvm/temurin-25-jdk-* 2>/dev/null | head -1)}
PORT=18095
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# ms JAVA_HOME DATA_DIR JAR [jvm options...]: launches the app and prints WALL/CPU: the ms to the
# first 200 of /demo and the CPU ms the process had used by then
ms() {
  local java=$1/bin/java data=$2 jar=$3
  shift 3
  local start end pid
  start=$(date +%s%N)
  "$java" "${heap[@]}" "$@" -jar "$jar" --server.port=$PORT --server.address=127.0.0.1 --cardinal.data-dir="$data" \
    > "$data.log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$PORT/demo"; do
    kill -0 "$pid" 2>/dev/null || { echo "the app stopped: $data.log" >&2; tail -20 "$data.log" >&2; exit 1; }
    sleep 0.02
  done
  end=$(date +%s%N)
  local stat
  read -r -a stat < "/proc/$pid/stat"
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  # fields 14 and 15: utime and stime in clock ticks (the command name, java, has no spaces)
  echo "$(((end - start) / 1000000))/$(((stat[13] + stat[14]) * 1000 / $(getconf CLK_TCK)))"
}

# median of WALL/CPU pairs, each part on its own
median() {
  local pairs
  pairs=$(cat)
  echo "$(cut -d/ -f1 <<< "$pairs" | sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}')/$(cut -d/ -f2 <<< "$pairs" | sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}')"
}

# row LABEL JAVA_HOME JAR [jvm options...]: RUNS first starts and RUNS restarts
row() {
  local label=$1 java=$2 jar=$3
  shift 3
  local first=() again=() i
  for i in $(seq 1 "$RUNS"); do
    rm -rf "$work/data"
    first+=("$(ms "$java" "$work/data" "$jar" "$@")")
    again+=("$(ms "$java" "$work/data" "$jar" "$@")")
  done
  printf '%-8s first %12s ms   again %12s ms   (wall/CPU; runs: %s / %s)\n' "$label" \
    "$(printf '%s\n' "${first[@]}" | median)" "$(printf '%s\n' "${again[@]}" | median)" "${first[*]}" "${again[*]}"
}

# train JAVA_HOME OPTION=FILE: one training run of the extracted jar that writes the archive: a first
# start (migrations, the demo card), a few requests, then a normal stop (the archive is written at exit)
train() {
  rm -rf "$work/train"
  "$1/bin/java" "${heap[@]}" "$2" -jar "$work/app/cardinal.jar" --server.port=$PORT --server.address=127.0.0.1 \
    --cardinal.data-dir="$work/train" > "$work/train.log" 2>&1 &
  local pid=$! path
  until curl -sf -o /dev/null "http://127.0.0.1:$PORT/demo"; do
    kill -0 "$pid" 2>/dev/null || { echo "the training run stopped: $work/train.log" >&2; exit 1; }
    sleep 0.1
  done
  for path in /demo /demo.vcf /demo/qr.svg /login /signup /v3/api-docs; do
    curl -s -o /dev/null "http://127.0.0.1:$PORT$path"
  done
  kill "$pid"
  wait "$pid" 2>/dev/null || true
}

java -Djarmode=tools -jar target/cardinal.jar extract --destination "$work/app" > /dev/null
echo "cores: $(nproc), load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for java in "$JAVA17" "$JAVA25"; do
  [ -n "$java" ] && [ -x "$java/bin/java" ] || continue
  version=$("$java/bin/java" -version 2>&1 | head -1)
  echo "$version"
  row "  jar" "$java" target/cardinal.jar
  train "$java" -XX:ArchiveClassesAtExit="$work/cardinal.jsa"
  row "  cds" "$java" "$work/app/cardinal.jar" -XX:SharedArchiveFile="$work/cardinal.jsa"
  if "$java/bin/java" -XX:AOTMode=off -version > /dev/null 2>&1; then
    train "$java" -XX:AOTCacheOutput="$work/cardinal.aot"
    row "  aot" "$java" "$work/app/cardinal.jar" -XX:AOTCache="$work/cardinal.aot"
  fi
  rm -f "$work/cardinal.jsa" "$work/cardinal.aot"
done
