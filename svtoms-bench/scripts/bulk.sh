#!/usr/bin/env bash
# End to end: `svtoms value REQUEST --lines FILE` on generated lines, as whole processes under -Xmx256m.
# For each case prints wall time, lines per second, CPU time and peak resident memory (/usr/bin/time -v), the
# median of ROUNDS runs, and the load average before and after. The CSV and JSON Lines inputs hold the same
# portfolio, so their CSV outputs must be identical (checked).
#
# Usage: svtoms-bench/scripts/bulk.sh [LINES] [ROUNDS]      (defaults: 1000000 lines, 3 rounds)
# Needs svtoms-cli/target/svtoms.jar and svtoms-bench/target/benchmarks.jar:
#   mvn -B -ntp -q package -DskipTests -pl svtoms-cli,svtoms-bench -am
# Environment: JAVA_OPTS (default -Xmx256m), OUT (default svtoms-bench/target/bulk).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
lines="${1:-1000000}"
rounds="${2:-3}"
jar="$root/svtoms-cli/target/svtoms.jar"
bench="$root/svtoms-bench/target/benchmarks.jar"
out="${OUT:-$root/svtoms-bench/target/bulk}"
opts="${JAVA_OPTS:--Xmx256m}"
for f in "$jar" "$bench"; do
  [ -f "$f" ] || { echo "missing $f: mvn -B -ntp -q package -DskipTests -pl svtoms-cli,svtoms-bench -am" >&2; exit 2; }
done
data="$out/$lines"
if [ ! -f "$data/lines.jsonl" ]; then
  echo "generating $lines lines in $data ..."
  java -cp "$bench" io.github.svtoms.bench.BulkFiles "$data" "$lines"
fi
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1)"
echo "input: $(du -h "$data/lines.csv" | cut -f1) CSV, $(du -h "$data/lines.jsonl" | cut -f1) JSON Lines; JVM options: $opts"

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

run_case() {  # name input format output
  local name="$1" input="$2" format="$3" result="$4"
  : > "$out/$name.times"
  for r in $(seq 1 "$rounds"); do
    local before after
    before="$(cut -d' ' -f1-3 /proc/loadavg)"
    # shellcheck disable=SC2086
    /usr/bin/time -v -o "$out/$name.time" java $opts -jar "$jar" value "$data/request.json" --lines "$input" \
        --format "$format" > "$result" 2> "$out/$name.err" || { cat "$out/$name.err" >&2; exit 1; }
    after="$(cut -d' ' -f1-3 /proc/loadavg)"
    local wall user sys rss
    wall="$(grep 'Elapsed (wall clock)' "$out/$name.time" | awk '{print $NF}' | awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }')"
    user="$(grep 'User time' "$out/$name.time" | awk '{print $NF}')"
    sys="$(grep 'System time' "$out/$name.time" | awk '{print $NF}')"
    rss="$(grep 'Maximum resident' "$out/$name.time" | awk '{print $NF}')"
    printf '  %-14s run %d: %6.2f s wall, %8.0f lines/s, %6.2f s CPU, %4d MB peak RSS (load %s -> %s)\n' "$name" "$r" \
        "$wall" "$(echo "$lines / $wall" | bc -l)" "$(echo "$user + $sys" | bc -l)" $(( rss / 1024 )) "$before" "$after"
    echo "$wall $(echo "$user + $sys" | bc -l) $rss" >> "$out/$name.times"
  done
  local w c m
  w="$(cut -d' ' -f1 "$out/$name.times" | median)"
  c="$(cut -d' ' -f2 "$out/$name.times" | median)"
  m="$(cut -d' ' -f3 "$out/$name.times" | sort -n | tail -1)"
  printf '%-14s median %6.2f s wall = %8.0f lines/s; %6.2f s CPU; peak RSS %d MB (largest of %d runs)\n' "$name" "$w" \
      "$(echo "$lines / $w" | bc -l)" "$c" $(( m / 1024 )) "$rounds" | tee -a "$out/summary.txt"
  echo "$w" > "$out/$name.median"
}

: > "$out/summary.txt"
echo "load before: $(uptime | sed 's/.*load average/load average/')" | tee -a "$out/summary.txt"
run_case csv-to-csv "$data/lines.csv" csv "$out/csv-to-csv.csv"
run_case jsonl-to-csv "$data/lines.jsonl" csv "$out/jsonl-to-csv.csv"
run_case jsonl-to-jsonl "$data/lines.jsonl" jsonl "$out/jsonl-to-jsonl.jsonl"
echo "load after: $(uptime | sed 's/.*load average/load average/')" | tee -a "$out/summary.txt"
if cmp -s "$out/csv-to-csv.csv" "$out/jsonl-to-csv.csv"; then
  echo "CSV and JSON Lines inputs give the same CSV output ($(($(wc -l < "$out/csv-to-csv.csv") - 1)) rows)" | tee -a "$out/summary.txt"
else
  echo "DIFFERENT outputs from CSV and JSON Lines" | tee -a "$out/summary.txt"; exit 1
fi
printf 'JSON Lines / CSV time: %.2f (target <= 1.5)\n' "$(echo "$(cat "$out/jsonl-to-csv.median") / $(cat "$out/csv-to-csv.median")" | bc -l)" \
    | tee -a "$out/summary.txt"
