#!/usr/bin/env bash
# Times organisation linking on one core (taskset -c 0: JIT and GC share that core) over the S2AFF
# dev strings (../shared/data/ror/affiliations-ror-dev.tsv) with the ROR sample, against baselines
# measured in the same run on the same strings: cut | wc, and country placement ('talentflow resolve',
# the other per-string stage of a build). JVM start-up and table loading are subtracted (each command
# over empty input). Then linking in process (core/src/test/java/io/talentflow/org/LinkBenchmark.java)
# after JIT warm-up: best and median of the rounds, cold (each distinct string once) and warm (cache
# hits), and in corpus order when a corpus is given. Target: 20,000 strings/s per core, cold.
# Usage: bench/link.sh [ROUNDS] [CORPUS_FILE]   (CORPUS_FILE: one affiliation string per line, e.g.
# the placements of a store, in corpus order: see bench/resolve.sh for how to export them)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
rounds="${1:-15}"
corpus="${2:-}"
data="$root/../shared/data"
"$root/talentflow" --help >/dev/null   # build the jar outside the timings
cut -f1 "$data/ror/affiliations-ror-dev.tsv" | grep -v '^#' | sort -u > "$work/dev.txt"
: > "$work/empty.txt"

seconds() { # file command... -> wall seconds of command < file
  local file=$1 start end; shift
  start=$(date +%s.%N); taskset -c 0 "$@" < "$file" >/dev/null 2>&1; end=$(date +%s.%N)
  echo "$end - $start" | bc -l
}
n=$(wc -l < "$work/dev.txt")
rate() { echo "$1 / ($2)" | bc -l; }
base=$(seconds "$work/dev.txt" sh -c 'cut -f1 | wc -l')
resolve_empty=$(seconds "$work/empty.txt" "$root/talentflow" resolve)
resolve=$(seconds "$work/dev.txt" "$root/talentflow" resolve)
link_empty=$(seconds "$work/empty.txt" "$root/talentflow" link --ror "$data/ror/ror-sample-v2.zip")
link=$(seconds "$work/dev.txt" "$root/talentflow" link --ror "$data/ror/ror-sample-v2.zip")
echo "strings: $n distinct dev strings; start-up and tables: resolve $(printf %.2f "$resolve_empty") s, link $(printf %.2f "$link_empty") s (subtracted)"
printf 'baseline cut|wc        %10.0f strings/s\n' "$(rate "$n" "$base")"
printf 'baseline resolve, cold %10.0f strings/s per core\n' "$(rate "$n" "$resolve - $resolve_empty")"
printf 'link, cold             %10.0f strings/s per core (command, JIT cold)\n' "$(rate "$n" "$link - $link_empty")"
printf 'ratio link/resolve time %.1f\n' "$(echo "($link - $link_empty) / ($resolve - $resolve_empty)" | bc -l)"
(cd "$root" && mvn -q -B -pl core test-compile) >/dev/null
taskset -c 0 java -Xmx3g -cp "$root/app/target/talentflow.jar:$root/core/target/test-classes" io.talentflow.org.LinkBenchmark \
  "$work/dev.txt" "$data/ror/ror-sample-v2.zip" "$data/hipo/world_universities_and_domains.json" "$rounds" ${corpus:+"$corpus"}
