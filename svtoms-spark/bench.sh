#!/usr/bin/env bash
# The Spark benchmark (not part of `mvn verify`): values LINES generated lines in local mode and with the
# library's streaming engine on one thread, and prints lines per second per core of each (SparkBench).
#
# Usage: svtoms-spark/bench.sh [LINES] [CORES]      (defaults: 10000000 lines, every core)
# Environment: JAVA_OPTS (default -Xmx2g).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/svtoms-spark/classpath.sh" > /dev/null
cp="$(cat "$root/svtoms-spark/target/classpath.txt")"
# shellcheck disable=SC2046
opts="${JAVA_OPTS:--Xmx2g}"
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1); load before: $(cut -d' ' -f1-3 /proc/loadavg)"
# shellcheck disable=SC2086
java $opts -Dlog4j2.configurationFile="$root/svtoms-spark/src/test/resources/log4j2.properties" $(cat "$root/svtoms-spark/target/jvm-options.txt") -cp "$root/svtoms-spark/target/test-classes:$root/svtoms-spark/target/classes:$cp" \
    io.github.svtoms.spark.SparkBench "${1:-10000000}" "${2:-$(nproc)}" 2> "$root/svtoms-spark/target/bench.err"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
