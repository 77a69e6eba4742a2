#!/usr/bin/env bash
# Times 'talentflow report' on a built store against a baseline measured in the same run:
#   baseline: 'talentflow sql "SELECT count(*) FROM authorships"' (JVM start, store open, one query)
# Prints the median wall time of each over RUNS runs and the ratio report/baseline.
# Usage: bench/report.sh STORE (default talentflow.duckdb); RUNS=3 by default. Target: report <= 3 s.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
store="${1:-talentflow.duckdb}"
runs="${RUNS:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$root/talentflow" --help >/dev/null   # build the jar outside the timings
echo "store: $store ($(du -h "$store" | cut -f1)); $(nproc) cores; $runs runs each"

source "$root/bench/lib.sh"

time_baseline() { "$root/talentflow" sql --store "$store" "SELECT count(*) FROM authorships"; }
time_report() { "$root/talentflow" report --store "$store" --out "$work/out"; }

declare -A times
for name in baseline report; do
  times[$name]=$(median_seconds "$runs" time_"$name")
  printf '%-9s median %6.2f s\n' "$name" "${times[$name]}"
done
printf 'ratio report/baseline %.2f; report %.2f s (target <= 3 s)\n' "$(echo "${times[report]} / ${times[baseline]}" | bc -l)" "${times[report]}"
