#!/usr/bin/env bash
# Times the identify stage (BlockingDisambiguator.assign) alone on a corpus read once, against a
# baseline measured in the same run (grouping the authorships by exact name in a HashMap); prints
# median wall and process CPU seconds and the ratios, then the largest block alone. CPU time is the
# fairer figure on a shared machine.
# Usage: bench/identity.sh [CORPUS_DIR] (default ../shared/data/paperlists); RUNS=5 by default.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="${1:-$root/../shared/data/paperlists}"
[[ -d $corpus ]] || { echo "bench/identity.sh: no corpus folder at $corpus" >&2; exit 2; }
cp_file="$(mktemp)"
trap 'rm -f "$cp_file"' EXIT
(cd "$root" && mvn -q -B -Dstyle.color=never -pl core test-compile dependency:build-classpath -Dmdep.outputFile="$cp_file") >/dev/null
exec java ${TALENTFLOW_JAVA_OPTS:--Xmx8g} -cp "$root/core/target/classes:$root/core/target/test-classes:$(cat "$cp_file")" \
  io.talentflow.bench.IdentityBench "$corpus" "${RUNS:-5}"
