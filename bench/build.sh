#!/usr/bin/env bash
# Times 'talentflow build' over both shared folders against a build over the first one alone, and
# against decompressing the same files, all measured in the same run:
#   decompress: gzip -dc of every file of both folders (the floor: reading the same bytes)
#   small:      talentflow build over SMALL_DIR (paperlists/, 246 files)
#   both:       talentflow build over SMALL_DIR and LARGE_DIR (paperlists-large/: older snapshots of the large files)
# Prints the median wall time of each over RUNS runs, the authorships of each build, the ratios
# both/small (target <= 2.2: build time grows at most linearly with authorships) and
# both/decompress (goal <= 6), and the peak RSS of a build over both (with ./talentflow's default
# heap, -Xmx8g, unless TALENTFLOW_JAVA_OPTS says otherwise).
# Usage: bench/build.sh [SMALL_DIR [LARGE_DIR]]; RUNS=3 by default.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
small="${1:-$root/../shared/data/paperlists}"
large="${2:-$root/../shared/data/paperlists-large}"
runs="${RUNS:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$root/talentflow" --help >/dev/null   # build the jar outside the timings
mapfile -t files < <(find "$small" "$large" -type f -name '*.json*' | sort)
echo "corpus: $small + $large (${#files[@]} files, $(du -shc "$small" "$large" | tail -1 | cut -f1)); $(nproc) cores; $runs runs each"

source "$root/bench/lib.sh"

decompress() { for f in "${files[@]}"; do gzip -dc "$f"; done >/dev/null; }
small() { "$root/talentflow" build --source "$small" --store "$work/small.duckdb"; }
both() { "$root/talentflow" build --source "$small" "$large" --store "$work/both.duckdb"; }

declare -A times
for name in decompress small both; do
  times[$name]=$(median_seconds "$runs" "$name")
  printf '%-10s median %6.2f s\n' "$name" "${times[$name]}"
done
authorships() { "$root/talentflow" sql --store "$1" "SELECT count(*) FROM authorships" --format csv | tail -1; }
printf 'authorships: small %s, both %s (ratio %.2f)\n' "$(authorships "$work/small.duckdb")" "$(authorships "$work/both.duckdb")" \
  "$(echo "$(authorships "$work/both.duckdb") / $(authorships "$work/small.duckdb")" | bc -l)"
printf 'ratio both/small      %.2f (target <= 2.2)\n' "$(echo "${times[both]} / ${times[small]}" | bc -l)"
printf 'ratio both/decompress %.2f (goal <= 6)\n' "$(echo "${times[both]} / ${times[decompress]}" | bc -l)"
{ /usr/bin/time -f "both: peak RSS %M KiB (java options: ${TALENTFLOW_JAVA_OPTS:-the default, -Xmx8g})" "$root/talentflow" build \
    --source "$small" "$large" --store "$work/both.duckdb" >/dev/null 2>"$work/time.log" || true; } ; tail -1 "$work/time.log"
