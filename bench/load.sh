#!/usr/bin/env bash
# Bounded load run of 'talentflow serve' on loopback: 200 concurrent clients send a fixed number of
# requests (REQUESTS, default 20000; stops by itself, at the latest after DEADLINE seconds) to the
# flows and person endpoints, round-robin over paths drawn from the store: flows and corridors of
# country pairs, person search by name and person detail by id. A warm-up pass over other paths
# (other people and names, flows since 2010) lets the JIT compile the server first; then two
# measured passes: cold (each path once, so every answer is computed) and steady (REQUESTS requests
# over the same paths, answered from the server's response cache); with wrk installed, the steady
# pass again and an uncached pass (a server started with --no-cache). Then two abuse passes: 20,000
# cosmetic variants of 6 person URLs (zero-padded and percent-encoded numbers, defaults spelled out,
# parameters reordered, stray '&'), with the server's live heap after a full collection before and
# after (the response cache is bounded in bytes: the heap must not grow by more than its bound); and
# a mixed pass, where 50 clients ask the endpoints that query the store (institutions and pipeline,
# every request a different one, so none is cached) while 20 others ask cheap ones (cached summary,
# flows, person pages), against the same cheap pass alone as the baseline (target: cheap p99 at most
# 100 ms under that load). Prints p50/p90/p99 latency, requests per second and errors for each.
# Usage: bench/load.sh [STORE] (default: a store built from ../shared/data/paperlists in a temp dir)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
clients="${CLIENTS:-200}"
requests="${REQUESTS:-20000}"
deadline="${DEADLINE:-300}"
work="$(mktemp -d)"
server=""
cleanup() { [[ -n $server ]] && kill "$server" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

store="${1:-}"
if [[ -z $store ]]; then
  store="$work/load.duckdb"
  "$root/talentflow" build --source "$root/../shared/data/paperlists" --store "$store" >/dev/null || [[ $? == 1 ]]
fi
"$root/talentflow" --help >/dev/null   # build the jar outside the timings

sql() { "$root/talentflow" sql --store "$store" --format csv "$1" | tail -n +2; }
# paths PEOPLE_OFFSET FLOWS_FILTER: flows of every country pair, 1500 people and 1500 names from the offset
paths() {
  sql "SELECT DISTINCT from_country, to_country FROM flows WHERE tier = 'all' AND field = 'all' AND from_country <> '' AND to_country <> '' ORDER BY 1, 2" |
    while IFS=, read -r from to; do
      echo "/api/flows?from=$from&to=$to$2"; echo "/api/flows?from=$from$2"; echo "/api/corridors/$from/$to?size=20$2"
    done
  sql "SELECT researcher_id FROM researchers ORDER BY hash(researcher_id) LIMIT 1500 OFFSET $1" | sed 's|^|/api/people/|'
  sql "SELECT DISTINCT split_part(name, ' ', -1) AS n FROM researchers WHERE length(n) >= 4 AND regexp_matches(n, '^[A-Za-z]+$') ORDER BY hash(n) LIMIT 1500 OFFSET $1" |
    sed 's|^|/api/people?size=20\&q=|'
}
shuffle() { awk 'BEGIN { srand(7) } { print rand() "\t" $0 }' | sort -k1,1 | cut -f2; }
paths 0 "" | shuffle > "$work/paths"
paths 1500 "&since=2010" | shuffle > "$work/warmup"

# serve [OPTION...]: starts the server on a free port; sets $server and $port
serve() {
  "$root/talentflow" serve --store "$store" --host 127.0.0.1 --port 0 "$@" > "$work/serve.log" 2>&1 &
  server=$!
  for _ in $(seq 600); do grep -q "^Serving" "$work/serve.log" && break; sleep 0.2; done
  port="$(sed -n 's|^Serving .* at http://127.0.0.1:\([0-9]*\)/.*|\1|p' "$work/serve.log")"
  [[ -n $port ]] || { cat "$work/serve.log" >&2; exit 2; }
}
# wrk_pass LABEL: 10 s of wrk over the paths, bounded in time
wrk_pass() {
  PATHS="$work/paths" wrk -t2 -c"$clients" -d10s --timeout 5s --latency -s "$root/bench/paths.lua" "http://127.0.0.1:$port" |
    awk '/Latency Distribution/ {d = 1} d && /%/ {printf "%s %s ", $1, $2} /requests in/ {n = $1; t = $4} /Requests\/sec/ {r = $2}
         /Non-2xx|Socket errors/ {e = e $0 " "} END {printf "\n'"$1"' with wrk (%d clients, 10 s): %s requests, %s requests/s, errors: %s\n", '"$clients"', n, r, (e == "" ? "0" : e)}' |
    sed "1s/^/$1 with wrk latency: /"
}

serve
echo "store: $store; $(nproc) cores; $clients clients, $requests requests over $(wc -l < "$work/paths") paths"
# the client's own collector pauses would count as latency: the serial collector pauses least for its small heap
load() { java -Xmx1g -XX:+UseSerialGC "$root/bench/LoadClient.java" "http://127.0.0.1:$port/" "$3" "$clients" "$1" "$deadline" | sed "s/^/$2: /"; }
load "$(wc -l < "$work/warmup")" "warm-up (other paths, not measured)" "$work/warmup" > /dev/null
load "$(wc -l < "$work/paths")" "cold (each path once, nothing cached)" "$work/paths"
load "$requests" "steady (every path seen before)" "$work/paths"
# wrk (Debian package), bounded in time: the same steady pass, then the same paths against a
# server that keeps no answers (serve --no-cache), warmed up first.
if command -v wrk >/dev/null; then
  wrk_pass steady
fi

# live_heap: the server's heap in use after a full collection, in MiB
live_heap() {
  jcmd "$server" GC.run >/dev/null
  jcmd "$server" GC.heap_info | awk '/heap/ && / used / {for (i = 1; i < NF; i++) if ($i == "used") {gsub(/[K,]/, "", $(i + 1)); print int($(i + 1) / 1024); exit}}'
}
# cosmetic variants of 6 person URLs: the same 6 answers written 20,000 ways
sql "SELECT researcher_id FROM researchers ORDER BY authorships DESC, researcher_id LIMIT 6" > "$work/six"
awk 'NR == FNR { id[n++] = $0; next } END {
  for (i = 0; i < 20000; i++) {
    j = int(i / 6); zeros = "000000"
    page = substr(zeros, 1, j % 7) (int(j / 490) % 2 ? "%31" : "1"); size = substr("++", 1, int(j / 2940) % 2) substr(zeros, 1, int(j / 7) % 7) "50"
    query = int(j / 49) % 2 ? "page=" page "&size=" size : "size=" size "&page=" page
    lead = substr("&&", 1, int(j / 980) % 3); tail = substr("&&&&", 1, int(j / 98) % 5)
    print "/api/people/" id[i % 6] "?" lead query tail
  } }' "$work/six" /dev/null > "$work/cosmetic"
echo "cosmetic: $(sort -u "$work/cosmetic" | wc -l) distinct URLs for 6 person pages"
before=$(live_heap)
load 20000 "cosmetic variants" "$work/cosmetic"
echo "cosmetic variants: live heap ${before} MiB before, $(live_heap) MiB after (response cache bound: 64 MiB)"

# expensive: every request a different query (countries, years, order, page; origins, classes, top)
sql "SELECT DISTINCT country FROM stocks WHERE country <> '' ORDER BY 1" > "$work/countries"
awk '{ for (since = 1995; since <= 2024; since++) for (order = 0; order < 2; order++)
         printf "/api/institutions?country=%s&since=%d&order=%s&size=20\n", $1, since, order ? "arrivals" : "researchers"
       for (top = 1; top <= 30; top++) printf "/api/pipeline?origin=%s&top=%d\n", $1, top }' "$work/countries" | shuffle > "$work/expensive"
grep -E -m 2000 '^/api/(flows|people/)' "$work/paths" > "$work/cheap"; for _ in $(seq 200); do echo /api/summary; done >> "$work/cheap"
shuf --random-source=<(yes) "$work/cheap" -o "$work/cheap"
clients=20 load 10000 "cheap alone (baseline, 20 clients)" "$work/cheap"
clients=50 deadline=30 load 1000000 "expensive (50 clients, 30 s)" "$work/expensive" > "$work/expensive.log" &
expensive=$!
sleep 3
clients=20 load 10000 "cheap (20 clients) while 50 clients ask expensive ones" "$work/cheap"
wait "$expensive"; cat "$work/expensive.log"

if command -v wrk >/dev/null; then
  kill "$server"; wait "$server" 2>/dev/null || true
  serve --no-cache
  load "$(wc -l < "$work/warmup")" "warm-up" "$work/warmup" > /dev/null
  wrk_pass uncached
fi
