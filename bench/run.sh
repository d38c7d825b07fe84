#!/usr/bin/env bash
# Runs the JMH benchmarks (src/test/java/**/*Benchmark.java) against the compiled test classes.
# Usage: bench/run.sh [JMH options, e.g. ContactBenchmark -f 1 -wi 2 -i 3]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
exec java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" org.openjdk.jmh.Main "${@:-ContactBenchmark}"
