#!/usr/bin/env bash
# Cold start of the CLI: N whole processes (default 5) of `java [JVM options] -jar JAR value examples/elft-soft-fm.json`,
# each timed with /usr/bin/time; prints every run (wall s, user+sys CPU s, peak RSS MB) and the medians.
# Usage: svtoms-bench/scripts/cold-start.sh [JAR] [N] [extra JVM options...]
#   JAR defaults to svtoms-cli/target/svtoms.jar; set LAUNCHER=./svtoms to time the launcher script instead.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
jar="${1:-$root/svtoms-cli/target/svtoms.jar}"
n="${2:-5}"
shift $(( $# > 2 ? 2 : $# )) || true
example="$root/examples/elft-soft-fm.json"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
echo "load: $(uptime | sed 's/.*load average/load average/')"
for i in $(seq 1 "$n"); do
  if [ -n "${LAUNCHER:-}" ]; then
    /usr/bin/time -f '%e %U %S %M' -o "$tmp/t$i" "$LAUNCHER" value "$example" >/dev/null
  else
    /usr/bin/time -f '%e %U %S %M' -o "$tmp/t$i" java "$@" -jar "$jar" value "$example" >/dev/null
  fi
  read -r wall user sys rss < "$tmp/t$i"
  printf 'run %d: %s s wall, %.2f s CPU, %d MB\n' "$i" "$wall" "$(echo "$user + $sys" | bc)" $(( rss / 1024 ))
  echo "$wall $(echo "$user + $sys" | bc) $(( rss / 1024 ))" >> "$tmp/all"
done
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
echo "median: $(cut -d' ' -f1 "$tmp/all" | median) s wall, $(cut -d' ' -f2 "$tmp/all" | median) s CPU, $(cut -d' ' -f3 "$tmp/all" | median) MB peak RSS"
