#!/usr/bin/env bash
# What each career rule does (docs/METHODS.md, "Careers and moves"): builds a corpus once, rebuilds
# every career with all rules and with each rule switched off, and prints moves and classes; with
# --synth DIR (a world written by talentflow synth) also the scores of eval synth, with --truth FILE
# the cases of a career truth (careers/dev.tsv) passed.
# Usage: tools/analysis/career_rules.sh [--truth FILE] PATH...   or   tools/analysis/career_rules.sh --synth DIR
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cp_file="$(mktemp)"
trap 'rm -f "$cp_file"' EXIT
(cd "$root" && mvn -q -B -Dstyle.color=never -pl core test-compile dependency:build-classpath -Dmdep.outputFile="$cp_file") >/dev/null
exec java ${TALENTFLOW_JAVA_OPTS:--Xmx8g} -Dtalentflow.universities="$root/../shared/data/hipo/world_universities_and_domains.json" \
  -cp "$root/core/target/classes:$root/core/target/test-classes:$(cat "$cp_file")" io.talentflow.analysis.CareerRulesAnalysis "$@"
