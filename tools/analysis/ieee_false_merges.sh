#!/usr/bin/env bash
# What the false merges of `eval ids` against raw IEEE ids are (docs/METHODS.md, "Evaluation"):
# clusters a corpus with every id removed and sorts the pairs of ICRA/IROS authorships that share a
# cluster but not an IEEE id by how the two ids' profiles compare.
# Usage: tools/analysis/ieee_false_merges.sh [CORPUS_DIR] (default ../shared/data/paperlists)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
corpus="${1:-$root/../shared/data/paperlists}"
cp_file="$(mktemp)"
trap 'rm -f "$cp_file"' EXIT
(cd "$root" && mvn -q -B -Dstyle.color=never -pl core test-compile dependency:build-classpath -Dmdep.outputFile="$cp_file") >/dev/null
exec java ${TALENTFLOW_JAVA_OPTS:--Xmx8g} -cp "$root/core/target/classes:$root/core/target/test-classes:$(cat "$cp_file")" \
  io.talentflow.analysis.IeeeFalseMerges "$corpus"
