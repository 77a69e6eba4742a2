#!/usr/bin/env bash
# What the organisation registry costs a build (issue 16: at most 1.3 times the build without it).
# Times 'talentflow build' over SOURCE with a ROR dump against the same build without one (the
# project's own organisation table alone), interleaved so that a shared machine's load falls on both:
#   without: no dump found (run from an empty folder, the universities list given by path)
#   with:    --ror DUMP (default: the shared sample, 50,045 organisations)
# Prints the median wall time and user CPU of each over RUNS runs and the ratios with/without.
# Usage: bench/registry.sh [SOURCE [DUMP]]; RUNS=3 by default.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source_dir="$(realpath "${1:-$root/../shared/data/paperlists}")"
dump="$(realpath "${2:-$root/../shared/data/ror/ror-sample-v2.zip}")"
runs="${RUNS:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/elsewhere"
universities="$(realpath -m "$root/../shared/data/hipo/world_universities_and_domains.json")"
[[ -f "$universities" ]] && export TALENTFLOW_UNIVERSITIES="$universities"

"$root/talentflow" --help >/dev/null   # build the jar outside the timings
echo "source: $source_dir; dump: $dump; $(nproc) cores; $runs interleaved runs each"

# timed NAME COMMAND... -> appends "wall user" seconds of one run to $work/NAME
timed() {
  local name=$1 code=0; shift
  /usr/bin/time -f '%e %U' -o "$work/time" "$@" >/dev/null 2>"$work/$name.err" || code=$?
  if ((code > 1)); then cat "$work/$name.err" >&2; exit "$code"; fi
  cat "$work/time" >>"$work/$name"
}
for ((i = 0; i < runs; i++)); do
  timed without env -C "$work/elsewhere" "$root/talentflow" build --source "$source_dir" --store "$work/without.duckdb"
  timed with "$root/talentflow" build --source "$source_dir" --ror "$dump" --store "$work/with.duckdb"
done
grep -q "no ROR dump found" "$work/without.err" || { echo "the 'without' build found a dump" >&2; exit 1; }
grep -q "no ROR dump found" "$work/with.err" && { echo "the 'with' build found no dump" >&2; exit 1; }
median_of() { cut -d' ' -f"$2" "$work/$1" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
for name in without with; do
  printf '%-8s median wall %6.2f s, user CPU %6.2f s\n' "$name" "$(median_of "$name" 1)" "$(median_of "$name" 2)"
done
printf 'ratio with/without: wall %.2f, user CPU %.2f (target <= 1.3)\n' \
  "$(echo "$(median_of with 1) / $(median_of without 1)" | bc -l)" "$(echo "$(median_of with 2) / $(median_of without 2)" | bc -l)"
