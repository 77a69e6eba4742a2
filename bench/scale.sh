#!/usr/bin/env bash
# How the local engine scales: builds synthetic worlds of about 1M and 10M authorships with a 4 GiB
# heap (the issue's memory target) and prints, for each, the wall time, the peak heap in use (the
# largest heap occupancy before a collection, from the GC log) and the process's peak RSS, then
# the time ratio 10M/1M (target <= 12; linear scaling would be 10).
# Usage: bench/scale.sh [SIZES...] — sizes in researchers (default 66000 660000: about 1M and 10M
# authorships). WORK=/path keeps the worlds there (default: a temp folder, removed at the end).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if (($#)); then sizes=("$@"); else sizes=(66000 660000); fi
work="${WORK:-$(mktemp -d)}"
[[ -n "${WORK:-}" ]] || trap 'rm -rf "$work"' EXIT
heap="${HEAP:-4g}"

"$root/talentflow" --help >/dev/null   # build the jar outside the timings
jar="$root/app/target/talentflow.jar"
echo "$(nproc) cores; heap -Xmx$heap; worlds in $work"

source "$root/bench/lib.sh"

# peak_heap GC_LOG -> the largest heap occupancy before a collection, in MiB
peak_heap() { grep -oE '[0-9]+M->[0-9]+M' "$1" | cut -dM -f1 | sort -n | tail -1; }

declare -A times
for size in "${sizes[@]}"; do
  world="$work/world-$size"
  [[ -d "$world/corpus" ]] || java -Xmx1g -XX:+UseParallelGC -jar "$jar" synth --researchers "$size" --out "$world" >/dev/null 2>&1
  authorships=$(wc -l <"$world/truth/authorships.csv")
  times[$size]=$(seconds /usr/bin/time -f '%M' -o "$work/rss-$size" java "-Xmx$heap" -XX:+UseParallelGC \
    "-Xlog:gc:file=$work/gc-$size.log" -jar "$jar" build --source "$world/corpus" --store "$work/store-$size.duckdb")
  printf '%8d researchers, %10d authorships: %8.1f s, peak heap %5d MiB, peak RSS %5d MiB\n' "$size" "$((authorships - 1))" \
    "${times[$size]}" "$(peak_heap "$work/gc-$size.log")" "$(($(cat "$work/rss-$size") / 1024))"
  rm -f "$work/store-$size.duckdb"
done
if ((${#sizes[@]} == 2)); then
  printf 'time ratio %s/%s researchers: %.2f (target <= 12)\n' "${sizes[1]}" "${sizes[0]}" \
    "$(echo "${times[${sizes[1]}]} / ${times[${sizes[0]}]}" | bc -l)"
fi
