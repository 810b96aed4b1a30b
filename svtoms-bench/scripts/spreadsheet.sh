#!/usr/bin/env bash
# The spreadsheet comparison through the real CLI, as whole processes: LibreOffice headless recalculating a flat
# ODS that values LINES generated lines with a formula per figure (spreadsheet/make_fods.py), against
# `svtoms value request.json --lines lines.csv --format csv` on the same lines. Prints each run's wall and CPU
# time (/usr/bin/time -v), the medians, LibreOffice ÷ svtoms, the load average before and after each run, and
# the totals (gross, net, present value) of both, which must be equal to the penny (checked; exit 1 if not).
# --format csv writes each line's figures rounded on its own and no totals row (the sum of rounded lines is not
# the rounded exact total), so svtoms' totals are read from one more run with --format table (its
# "all value types together" row, the exact sums rounded), timed and shown too.
#
# Usage: svtoms-bench/scripts/spreadsheet.sh [LINES] [ROUNDS]      (defaults: 100000 lines, 3 rounds)
# Needs LibreOffice (apt-get install -y libreoffice-calc-nogui), python3, and
#   mvn -B -ntp -q package -DskipTests -pl svtoms-cli,svtoms-bench -am
# Environment: LAUNCHER (default: java -jar svtoms-cli/target/svtoms.jar; e.g. LAUNCHER=./svtoms),
# OUT (default svtoms-bench/target/spreadsheet).
#
# The two inputs hold the same lines: PortfolioCsv (the spreadsheet's layout, with each line's proxy, its price
# year and default deadweight for the formulas) and BulkFiles (the CLI's --lines layout) generate the same
# portfolio for the same seed; the script checks that their common columns are identical. LibreOffice's user
# profile is created by one untimed conversion of a one-line sheet before the timed runs.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
lines="${1:-100000}"
rounds="${2:-3}"
jar="$root/svtoms-cli/target/svtoms.jar"
bench="$root/svtoms-bench/target/benchmarks.jar"
reference="$root/svtoms-catalog/src/main/resources/io/github/svtoms/catalog/default/reference.json"
out="${OUT:-$root/svtoms-bench/target/spreadsheet}"
if [ -n "${LAUNCHER:-}" ]; then read -r -a svtoms <<< "$LAUNCHER"; else svtoms=(java -jar "$jar"); fi
command -v soffice > /dev/null || { echo "soffice not found: apt-get install -y libreoffice-calc-nogui" >&2; exit 2; }
for f in "$jar" "$bench"; do
  [ -f "$f" ] || { echo "missing $f: mvn -B -ntp -q package -DskipTests -pl svtoms-cli,svtoms-bench -am" >&2; exit 2; }
done
data="$out/$lines"
mkdir -p "$data/lo"
if [ ! -f "$data/portfolio.fods" ]; then
  echo "generating $lines lines in $data ..."
  java -cp "$bench" io.github.svtoms.bench.BulkFiles "$data" "$lines"
  java -cp "$bench" io.github.svtoms.bench.PortfolioCsv "$data/portfolio.csv" "$lines"
  python3 "$root/svtoms-bench/spreadsheet/make_fods.py" "$data/portfolio.csv" "$reference" "$data/portfolio.fods"
fi
# the same lines in both layouts: id, measure, quantity, start year, duration, deadweight, displacement,
# attribution, drop-off
if ! cmp -s <(tail -n +2 "$data/lines.csv") <(tail -n +2 "$data/portfolio.csv" | cut -d, -f1-9); then
  echo "lines.csv and portfolio.csv hold different lines" >&2; exit 1
fi
profile="$out/lo-profile"
if [ ! -d "$profile" ]; then
  head -2 "$data/portfolio.csv" > "$out/one.csv"
  python3 "$root/svtoms-bench/spreadsheet/make_fods.py" "$out/one.csv" "$reference" "$out/one.fods"
  soffice -env:UserInstallation="file://$profile" --headless --convert-to csv --outdir "$out" "$out/one.fods" > /dev/null 2>&1
fi
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), $(soffice --version | head -1)"
echo "input: $lines lines; $(du -h "$data/portfolio.fods" | cut -f1) flat ODS, $(du -h "$data/lines.csv" | cut -f1) CSV"

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
seconds() { awk '{print $NF}' | awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }'; }

timed() {  # name command...
  local name="$1"; shift
  local before after wall cpu rss
  before="$(cut -d' ' -f1-3 /proc/loadavg)"
  /usr/bin/time -v -o "$out/$name.time" "$@" 2> "$out/$name.err" || { cat "$out/$name.err" >&2; exit 1; }
  after="$(cut -d' ' -f1-3 /proc/loadavg)"
  wall="$(grep 'Elapsed (wall clock)' "$out/$name.time" | seconds)"
  cpu="$(echo "$(grep 'User time' "$out/$name.time" | awk '{print $NF}') + $(grep 'System time' "$out/$name.time" | awk '{print $NF}')" | bc -l)"
  rss="$(grep 'Maximum resident' "$out/$name.time" | awk '{print $NF}')"
  printf '  %-12s %7.2f s wall, %7.2f s CPU, %5d MB peak RSS (load %s -> %s)\n' "$name" "$wall" "$cpu" $(( rss / 1024 )) "$before" "$after"
  echo "$wall $cpu" >> "$out/$name.times"
}

rm -f "$out/libreoffice.times" "$out/svtoms.times" "$out/svtoms-table.times"
for r in $(seq 1 "$rounds"); do
  echo "round $r"
  rm -f "$data/lo/portfolio.csv"
  timed libreoffice soffice -env:UserInstallation="file://$profile" --headless --convert-to csv --outdir "$data/lo" \
      "$data/portfolio.fods"
  timed svtoms sh -c '"$@" > "'"$data/svtoms.csv"'"' sh "${svtoms[@]}" value "$data/request.json" --lines "$data/lines.csv" --format csv
done
timed svtoms-table sh -c '"$@" > "'"$data/svtoms-table.txt"'"' sh "${svtoms[@]}" value "$data/request.json" --lines "$data/lines.csv" --format table
lo_w="$(cut -d' ' -f1 "$out/libreoffice.times" | median)"; lo_c="$(cut -d' ' -f2 "$out/libreoffice.times" | median)"
sv_w="$(cut -d' ' -f1 "$out/svtoms.times" | median)"; sv_c="$(cut -d' ' -f2 "$out/svtoms.times" | median)"
printf 'median of %d: LibreOffice %.2f s wall (%.2f s CPU), svtoms %.2f s wall (%.2f s CPU): LibreOffice / svtoms = %.1fx wall, %.1fx CPU\n' \
    "$rounds" "$lo_w" "$lo_c" "$sv_w" "$sv_c" "$(echo "$lo_w / $sv_w" | bc -l)" "$(echo "$lo_c / $sv_c" | bc -l)" | tee "$out/summary.txt"
python3 - "$data/lo/portfolio.csv" "$data/svtoms.csv" "$data/svtoms-table.txt" "$lines" <<'PY' | tee -a "$out/summary.txt"
import csv, re, sys
from decimal import Decimal, ROUND_HALF_EVEN
lo_file, sv_csv, sv_table, n = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
# LibreOffice: the Totals sheet, rows figure,total: gross, net, presentValue
lo = {}
for row in csv.reader(open(lo_file, encoding='utf-8')):
    if len(row) >= 2 and row[0] in ('gross', 'net', 'presentValue'):
        lo[row[0]] = Decimal(row[1].replace(',', '')).quantize(Decimal('0.01'), rounding=ROUND_HALF_EVEN)
with open(sv_csv, encoding='utf-8', newline='') as f:
    count = sum(1 for _ in csv.DictReader(f))
assert count == n, f"svtoms --format csv wrote {count} lines, expected {n}"
total = next(l for l in open(sv_table, encoding='utf-8') if l.startswith('all value types together'))
sv = [Decimal(a.replace(',', '')) for a in re.findall(r'£([0-9,]+\.[0-9]{2})', total)][:3]
ok = len(lo) == 3 and len(sv) == 3
for (label, lv), v in zip(lo.items(), sv):
    same = lv == v
    ok &= same
    print(f"{label:13s} svtoms {v:>20,}  LibreOffice {lv:>20,}  {'equal' if same else 'DIFFERENT'}")
print(f"svtoms --format csv: {count} lines written")
sys.exit(0 if ok else 1)
PY
