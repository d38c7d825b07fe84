#!/usr/bin/env bash
# Four 12-megapixel uploads at once in a 512 MB heap: fails with OutOfMemoryError if they do not fit.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
exec java -Xmx512m -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" red.cardinal.media.ImagePipelineBenchmark
