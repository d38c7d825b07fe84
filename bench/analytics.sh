#!/usr/bin/env bash
# Issue 8's analytics budget: 10 million events across 10 000 cards, one card's 90-day dashboard under 50 ms.
# Usage: bench/analytics.sh [h2|postgres]   (postgres starts an embedded PostgreSQL 18; takes a few minutes each)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
java -Xmx2g -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" red.cardinal.analytics.AnalyticsBenchmark "${1:-h2}"
