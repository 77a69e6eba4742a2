#!/usr/bin/env bash
# How a paper's cost grows with its number of authors (physics papers in OpenAlex have 3,000-5,000).
# For each N, builds a corpus holding one paper of N authors and, as the baseline measured in the
# same run, the same N authors with the same affiliations spread over papers of 5 authors. A quarter
# of the authors are at "Google" alone (a multinational: placed only by borrowing the country of
# co-authors of the same company), a quarter at "Google Research, Zurich, Switzerland", the rest at
# two universities, so that placement, co-author evidence and clustering all meet the whole paper.
# Prints the median wall time of RUNS builds of each, the read and identify stage times of the
# last, the peak RSS, and the ratio one-paper/baseline: a cost linear in the authors keeps it near
# 1 at every N (it was 26.6 s for one paper of 10,000 authors before it was made linear). Then the
# build stages alone (no JVM start, no store; bench/WidePipeline.java) in one warm JVM, both ways.
# Usage: bench/wide.sh [N...] (default 5000 20000 100000); RUNS=3 by default; heap HEAP (default 2g).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if (($#)); then sizes=("$@"); else sizes=(5000 20000 100000); fi
runs="${RUNS:-3}"
heap="${HEAP:-2g}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$root/talentflow" --help >/dev/null   # build the jar outside the timings
jar="$root/app/target/talentflow.jar"
echo "$(nproc) cores; heap -Xmx$heap; $runs runs each"
source "$root/bench/lib.sh"

# corpus N PAPER_SIZE DIR: one paperlists file of N authors in papers of PAPER_SIZE (N for one paper)
corpus() {
  mkdir -p "$3"
  python3 - "$1" "$2" "$3/icml2020.json" <<'PY'
import json, sys
n, size, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
given = ["Wei", "Anna", "Jose", "Maria", "John", "Yuki", "Omar", "Sara", "Ivan", "Lena", "Paul", "Aisha", "Tom", "Nina", "Raj",
         "Elena", "Kim", "Hugo", "Chen", "Ines"]
syllables = ["ka", "lo", "mi", "ren", "sa", "to", "vu", "ber", "dan", "fe", "gor", "hal", "jin", "kor", "lun", "mor", "nas", "pel", "qui", "ros"]
def family(i):
    return "".join(syllables[(i // 20 ** k) % 20] for k in range(3)).capitalize()
affiliations = ["Google", "Google Research, Zurich, Switzerland", "University of Tokyo, Tokyo, Japan", "Peking University, Beijing, China"]
names = [given[i % 20] + " " + family(i // 20) for i in range(n)]
affs = [affiliations[i % 4] for i in range(n)]
papers = [{"id": "p%d" % start, "title": "Paper %d" % start, "status": "Poster",
           "author": ";".join(names[start:start + size]), "aff": ";".join(affs[start:start + size])} for start in range(0, n, size)]
json.dump(papers, open(out, "w"))
PY
}
# stage LOG NAME -> seconds of a build stage from its progress line ("identify  done in 0.4 s")
stage() { sed -n "s/^$2 *done in \([0-9.]*\) s.*/\1/p" "$1" | tail -1; }
build() { java "-Xmx$heap" -XX:+UseParallelGC -jar "$jar" build --source "$1" --store "$work/s.duckdb"; }
measure() {
  local dir=$1 seconds
  seconds=$(median_seconds "$runs" build "$dir")
  /usr/bin/time -f '%M' -o "$work/rss" java "-Xmx$heap" -XX:+UseParallelGC -jar "$jar" build --source "$dir" --store "$work/s.duckdb" \
    >/dev/null 2>"$work/log" || (($? == 1))
  printf '%8.2f s (read %s s, identify %s s), peak RSS %5d MiB' "$seconds" "$(stage "$work/log" read)" "$(stage "$work/log" identify)" \
    "$(($(cat "$work/rss") / 1024))"
  echo "$seconds" > "$work/last"
}
for n in "${sizes[@]}"; do
  corpus "$n" "$n" "$work/wide-$n"
  corpus "$n" 5 "$work/narrow-$n"
  printf 'one paper of %7d authors:   %s\n' "$n" "$(measure "$work/wide-$n")"; wide=$(cat "$work/last")
  printf '%7d papers of 5 authors:   %s\n' "$((n / 5))" "$(measure "$work/narrow-$n")"; narrow=$(cat "$work/last")
  printf 'ratio one paper / papers of 5 at %d authors: %.2f (linear: about 1)\n' "$n" "$(echo "$wide / $narrow" | bc -l)"
  printf 'stages alone, one paper:       %s\n' "$(java "-Xmx$heap" -XX:+UseParallelGC -cp "$jar" "$root/bench/WidePipeline.java" "$work/wide-$n" "$runs")"
  printf 'stages alone, papers of 5:     %s\n' "$(java "-Xmx$heap" -XX:+UseParallelGC -cp "$jar" "$root/bench/WidePipeline.java" "$work/narrow-$n" "$runs")"
done
