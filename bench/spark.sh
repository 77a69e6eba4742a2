#!/usr/bin/env bash
# Runs the Spark job in local mode on 2 cores over a corpus and the local engine over the same corpus,
# loads the job's Parquet tables with 'talentflow build --from-parquet', and compares every store table.
# Prints the wall time of each step and, per table, whether the two stores hold the same rows.
# Usage: bench/spark.sh [CORPUS_DIR]            (default ../shared/data/paperlists)
#        bench/spark.sh --synth N               (the corpus of a synthetic world of N researchers, 'talentflow synth')
# Exits 1 when a table differs.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
source "$root/bench/lib.sh"

if [[ ${1:-} == --synth ]]; then
  # 431,000 researchers give about 1M authorships, 4,310,000 about 10M (docs/SYNTH.md)
  "$root/talentflow" synth --researchers "${2:?--synth needs a number of researchers}" --out "$work/synth" >/dev/null
  corpus="$work/synth/corpus"
else
  corpus="${1:-$root/../shared/data/paperlists}"
fi
# both engines place with the same universities list
universities="${TALENTFLOW_UNIVERSITIES:-$root/../shared/data/hipo/world_universities_and_domains.json}"
[[ -f $universities ]] || universities=""
export TALENTFLOW_UNIVERSITIES="$universities"

echo "building the CLI and the job jar..." >&2
(cd "$root" && mvn -q -B -Dstyle.color=never -Dmaven.test.skip=true -pl spark -am package \
  dependency:build-classpath -Dmdep.outputFile="$work/classpath" -Dmdep.includeScope=compile) >"$work/mvn.log" 2>&1 \
  || { cat "$work/mvn.log" >&2; exit 2; }
classpath="$root/spark/target/talentflow-spark-job.jar:$(cat "$work/classpath")"
# what spark-submit adds on Java 17 (org.apache.spark.launcher.JavaModuleOptions)
opens=$(printf -- '--add-opens=java.base/%s=ALL-UNNAMED ' java.lang java.lang.invoke java.lang.reflect java.io java.net java.nio \
  java.util java.util.concurrent java.util.concurrent.atomic jdk.internal.ref sun.nio.ch sun.nio.cs sun.security.action sun.util.calendar)

spark_job() {
  # shellcheck disable=SC2086
  SPARK_LOCAL_IP=127.0.0.1 java -Xmx8g $opens -Djdk.reflect.useDirectMethodHandle=false -Dio.netty.tryReflectionSetAccessible=true \
    -Dspark.master='local[2]' -Dspark.ui.enabled=false -Dspark.driver.host=127.0.0.1 -Dspark.driver.bindAddress=127.0.0.1 \
    -cp "$classpath" io.talentflow.spark.SparkBuild \
    --source "$corpus" --out "$work/parquet" ${universities:+--universities "$universities"}
}
local_build() { "$root/talentflow" build --source "$corpus" --store "$work/local.duckdb"; }
load() { "$root/talentflow" build --from-parquet "$work/parquet" --store "$work/spark.duckdb"; }

echo "corpus: $corpus ($(find "$corpus" -type f | wc -l) files); $(nproc) cores; Spark local[2]"
for step in local_build spark_job load; do
  printf '%-12s %7.1f s\n' "$step" "$(seconds "$step")"
done

different=0
for table in $("$root/talentflow" sql --store "$work/local.duckdb" --format csv \
    "SELECT table_name FROM information_schema.tables ORDER BY 1" | tail -n +2); do
  for engine in local spark; do
    "$root/talentflow" export "$table" --store "$work/$engine.duckdb" --out "$work/$engine.csv" >/dev/null
    sort "$work/$engine.csv" >"$work/$engine.sorted"
  done
  if cmp -s "$work/local.sorted" "$work/spark.sorted"; then
    printf '%-14s equal     (%d rows)\n' "$table" "$(($(wc -l <"$work/local.sorted") - 1))"
  else
    printf '%-14s DIFFERENT (local %d rows, spark %d rows)\n' "$table" "$(wc -l <"$work/local.sorted")" "$(wc -l <"$work/spark.sorted")"
    different=1
  fi
done
exit "$different"
