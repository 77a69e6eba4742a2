#!/usr/bin/env bash
# Times 'talentflow resolve' on one core (taskset -c 0: JIT and GC share that core) over the
# affiliation strings of a corpus, against a baseline measured in the same run (cut | wc over the
# same strings). JVM start-up and table loading (resolve over empty input) are subtracted.
#   cold:   each distinct string once (no cache hit)
#   corpus: every string in corpus order (repeats hit the cache)
#   warm:   the distinct strings a second and third time (cache hits only)
# Then the same strings in process, in corpus order with the cache and distinct (core/src/test/java/io/talentflow/geo/ResolveBenchmark.java),
# after JIT warm-up: best and median of 7 rounds, which is the figure to compare across changes
# (the command timings include JIT warm-up and suffer most from other load on the machine).
# Usage: bench/resolve.sh [STRINGS_FILE | STORE.duckdb]   (one string per line; a store gives the
# affiliation texts of its placements table; default: a store built from ../shared/data/paperlists)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
input="${1:-}"
"$root/talentflow" --help >/dev/null   # build the jar outside the timings

if [[ -z $input || $input == *.duckdb ]]; then
  store="${input:-$work/corpus.duckdb}"
  [[ -f $store ]] || "$root/talentflow" build --source "$root/../shared/data/paperlists" --store "$store" >/dev/null 2>&1
  "$root/talentflow" sql --store "$store" --format csv \
      "SELECT affiliation FROM placements WHERE affiliation <> '' ORDER BY authorship_id, affiliation_index" |
    python3 -c 'import csv, sys
rows = csv.reader(sys.stdin); next(rows)
for r in rows: print(r[0].replace("\r", " ").replace("\n", " ").replace("\t", " "))' > "$work/corpus.txt"
else
  cp "$input" "$work/corpus.txt"
fi
sort -u "$work/corpus.txt" > "$work/cold.txt"
cat "$work/cold.txt" "$work/cold.txt" "$work/cold.txt" > "$work/thrice.txt"
: > "$work/empty.txt"

seconds() { # file command... -> wall seconds of command < file
  local file=$1 start end; shift
  start=$(date +%s.%N); taskset -c 0 "$@" < "$file" >/dev/null; end=$(date +%s.%N)
  echo "$end - $start" | bc -l
}
lines() { wc -l < "$1"; }
resolve() { seconds "$1" "$root/talentflow" resolve; }

base=$(seconds "$work/corpus.txt" sh -c 'cut -f1 | wc -l')
empty=$(resolve "$work/empty.txt")
cold=$(resolve "$work/cold.txt")
corpus=$(resolve "$work/corpus.txt")
thrice=$(resolve "$work/thrice.txt")
n_cold=$(lines "$work/cold.txt"); n_corpus=$(lines "$work/corpus.txt")
rate() { echo "$1 / ($2)" | bc -l; }
echo "strings: $n_corpus in corpus order, $n_cold distinct; start-up and tables $(printf %.2f "$empty") s (subtracted)"
printf 'baseline cut|wc  %10.0f strings/s\n' "$(rate "$n_corpus" "$base")"
printf 'cold             %10.0f strings/s per core\n' "$(rate "$n_cold" "$cold - $empty")"
printf 'corpus (cached)  %10.0f strings/s per core\n' "$(rate "$n_corpus" "$corpus - $empty")"
printf 'warm (hits)      %10.0f strings/s per core\n' "$(rate "2 * $n_cold" "$thrice - $cold")"
printf 'ratio corpus/baseline time %.1f\n' "$(echo "($corpus - $empty) / $base" | bc -l)"
(cd "$root" && mvn -q -B -pl core test-compile) >/dev/null
hipo="$root/../shared/data/hipo/world_universities_and_domains.json"
taskset -c 0 java -cp "$root/app/target/talentflow.jar:$root/core/target/test-classes" io.talentflow.geo.ResolveBenchmark \
  "$work/corpus.txt" "$hipo"
