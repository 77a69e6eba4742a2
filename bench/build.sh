#!/usr/bin/env bash
# Times 'talentflow build' on a corpus against two baselines measured in the same run:
#   decompress: gzip -dc of every file (the floor: reading and decompressing the same bytes)
#   parse:      a plain single-threaded Python script that only parses the JSON files
# Prints the median wall time of each over RUNS runs and the ratios build/decompress and build/parse.
# Usage: bench/build.sh [CORPUS_DIR] (default ../shared/data/paperlists); RUNS=3 by default.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="${1:-$root/../shared/data/paperlists}"
runs="${RUNS:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$root/talentflow" --help >/dev/null   # build the jar outside the timings
mapfile -t files < <(find "$corpus" -type f -name '*.json*' | sort)
echo "corpus: $corpus (${#files[@]} files, $(du -sh "$corpus" | cut -f1)); $(nproc) cores; $runs runs each"

source "$root/bench/lib.sh"

decompress() { for f in "${files[@]}"; do gzip -dc "$f"; done >/dev/null; }
parse() { python3 -c 'import gzip, json, sys
for f in sys.argv[1:]:
    with (gzip.open(f) if f.endswith(".gz") else open(f, "rb")) as h: json.load(h)' "${files[@]}"; }
build() { "$root/talentflow" build --source "$corpus" --store "$work/bench.duckdb"; }

declare -A times
for name in decompress parse build; do
  times[$name]=$(median_seconds "$runs" "$name")
  printf '%-10s median %6.2f s\n' "$name" "${times[$name]}"
done
printf 'ratio build/decompress %.2f (target <= 6)\n' "$(echo "${times[build]} / ${times[decompress]}" | bc -l)"
printf 'ratio build/parse      %.2f (target < 1)\n' "$(echo "${times[build]} / ${times[parse]}" | bc -l)"
{ /usr/bin/time -f "build peak RSS %M KiB" "$root/talentflow" build --source "$corpus" --store "$work/bench.duckdb" >/dev/null 2>"$work/time.log" || true; } ; tail -1 "$work/time.log"
