#!/usr/bin/env bash
# Compiles svtoms-spark (and the modules it needs) and writes, for running it outside Maven:
#   svtoms-spark/target/classpath.txt   the class path with Spark (provided) and the svtoms modules' classes
#   svtoms-spark/target/jvm-options.txt the --add-opens options Spark needs on JDK 17 (from the pom)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mvn -B -ntp -o -q -pl svtoms-spark -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$root/svtoms-spark/target/classpath.txt" >&2
sed -n 's:.*<spark.jvm.options>\(.*\)</spark.jvm.options>.*:\1:p' svtoms-spark/pom.xml > svtoms-spark/target/jvm-options.txt
echo "$root/svtoms-spark/target/classpath.txt"
