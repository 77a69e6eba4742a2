#!/bin/sh
# Calibration figures of docs/SYNTH.md. Real corpus: measure.sh STORE (persons: IEEE ids on ICRA and IROS).
# Synthetic world: measure.sh STORE WORLD_DIR (persons: the truth; the store built from WORLD_DIR/corpus).
set -e
store=$1
here=$(dirname "$0")
if [ -z "$2" ]; then
  label="CREATE TEMP VIEW labelled AS SELECT a.*, i.id AS person FROM authorships a JOIN author_ids i USING (authorship_id)
         WHERE i.scheme = 'ieee' AND a.venue IN ('icra', 'iros');"
else
  corpus=$(cd "$2/corpus" && pwd)
  label="CREATE TEMP VIEW labelled AS SELECT a.*, t.truth_id AS person FROM authorships a
         JOIN read_csv('$2/truth/authorships.csv', all_varchar = true) t
         ON a.source_file = '$corpus/' || t.source_file AND a.paper_id = t.paper_id AND a.author_position = t.author_position::INT;"
fi
for q in names activity coauthors; do
  echo "== $q"
  "$here/../../talentflow" sql --store "$store" "$label $(cat "$here/$q.sql")"
done
# ICRA and IROS print one affiliation per author: dual years are counted on the pipeline's researchers, on both sides.
echo "== dual"
"$here/../../talentflow" sql --store "$store" "CREATE TEMP VIEW labelled AS SELECT a.*, researcher_id AS person FROM authorships a; $(cat "$here/dual.sql")"
