#!/usr/bin/env bash
# Runs the spark-submit main class (ValueLinesJob) in local mode without a Spark installation, e.g.
#   svtoms-spark/run-local.sh --request examples/spark/settings.json --lines examples/spark/lines.csv --out target/spark-out
# Environment: MASTER (default local[2]), JAVA_OPTS (default -Xmx1g).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/svtoms-spark/classpath.sh" > /dev/null
cp="$(cat "$root/svtoms-spark/target/classpath.txt")"
# shellcheck disable=SC2046,SC2086
exec java ${JAVA_OPTS:--Xmx1g} $(cat "$root/svtoms-spark/target/jvm-options.txt") -Dspark.master="${MASTER:-local[2]}" \
    -Dspark.ui.enabled=false -Dlog4j2.configurationFile="$root/svtoms-spark/src/test/resources/log4j2.properties" -cp "$root/svtoms-spark/target/classes:$cp" io.github.svtoms.spark.ValueLinesJob "$@"
