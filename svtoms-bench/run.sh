#!/usr/bin/env bash
# Runs the svtoms benchmark suite and prints a summary table of ratios measured in the same run.
#   ./run.sh           full run (about 12 minutes on 2 cores; see README-performance.md)
#   ./run.sh --quick   smoke run, under a minute: short JMH runs on the small portfolio, no spreadsheet
# Needs: JDK 17+, python3; for the spreadsheet comparison LibreOffice (soffice) — skipped when absent.
# Results go to target/bench-results/.
set -euo pipefail
cd "$(dirname "$0")"
QUICK=0
if [[ "${1:-}" == "--quick" ]]; then QUICK=1; fi
JAR=target/benchmarks.jar
if [[ ! -f "$JAR" ]]; then
  (cd .. && mvn -B -ntp -q package -DskipTests -pl svtoms-bench -am)
fi
OUT=target/bench-results
rm -rf "$OUT" && mkdir -p "$OUT"
JAVA=${JAVA:-java}
REFERENCE=../svtoms-catalog/src/main/resources/io/github/svtoms/catalog/default/reference.json

now_ms() { date +%s%3N; }

if [[ $QUICK == 1 ]]; then
  JMH_OPTS=(-f 1 -wi 1 -w 1 -i 1 -r 1)
  VAL_PARAMS=(-p lines=1000)
  COLD_RUNS=2
  STREAM_LINES=100000
  CPU_ARGS=(2 1000)
else
  JMH_OPTS=()
  VAL_PARAMS=()
  COLD_RUNS=11
  STREAM_LINES=10000000
  CPU_ARGS=(5 1000 100000)
fi

echo "== JMH: valuation, catalogue load (warm), KPI selection"
"$JAVA" -jar "$JAR" "ValuationBenchmark|CatalogueBenchmark|KpiBenchmark" "${JMH_OPTS[@]}" "${VAL_PARAMS[@]}" \
  -rf json -rff "$OUT/jmh.json" > "$OUT/jmh.log" 2>&1 || { tail -50 "$OUT/jmh.log"; exit 1; }
grep -E '^(Benchmark|CatalogueBenchmark|KpiBenchmark|ValuationBenchmark)' "$OUT/jmh.log"

echo "== Valuation in thread CPU time, interleaved (less disturbed by other load on the cores)"
"$JAVA" -Xms1g -Xmx1g -cp "$JAR" io.github.svtoms.bench.CpuTimeComparison "${CPU_ARGS[@]}" | tee "$OUT/cpu.txt"

echo "== Cold catalogue load: $COLD_RUNS fresh JVMs each"
: > "$OUT/cold.txt"
for i in $(seq "$COLD_RUNS"); do
  for mode in svtoms raw; do
    t0=$(now_ms)
    line=$("$JAVA" -cp "$JAR" io.github.svtoms.bench.ColdLoad "$mode")
    t1=$(now_ms)
    echo "$mode $((t1 - t0)) $(echo "$line" | awk '{print $4}')" >> "$OUT/cold.txt"
  done
done

echo "== Streaming: $STREAM_LINES lines x 5 years under -Xmx256m"
"$JAVA" -Xmx256m -cp "$JAR" io.github.svtoms.bench.StreamingRun "$STREAM_LINES" | tee "$OUT/streaming.txt"

if [[ $QUICK == 0 ]]; then
  if command -v soffice > /dev/null; then
    echo "== Spreadsheet: 100,000 lines, LibreOffice headless vs svtoms (whole processes)"
    S="$OUT/spreadsheet"
    mkdir -p "$S/lo"
    "$JAVA" -cp "$JAR" io.github.svtoms.bench.PortfolioCsv "$S/portfolio.csv" 100000
    python3 spreadsheet/make_fods.py "$S/portfolio.csv" "$REFERENCE" "$S/portfolio.fods"
    t0=$(now_ms)
    soffice --headless --convert-to csv --outdir "$S/lo" "$S/portfolio.fods" > "$S/soffice.log" 2>&1
    t1=$(now_ms)
    "$JAVA" -cp "$JAR" io.github.svtoms.bench.ValueCsv "$S/portfolio.csv" > "$S/svtoms.csv"
    t2=$(now_ms)
    echo "libreoffice_ms $((t1 - t0))" > "$S/times.txt"
    echo "svtoms_ms $((t2 - t1))" >> "$S/times.txt"
    cat "$S/times.txt" "$S/lo/portfolio.csv" "$S/svtoms.csv"
  else
    echo "== Spreadsheet: soffice not found; skipped (spreadsheet/make_fods.py still writes the .fods)"
  fi
fi

python3 summarise.py "$OUT"
