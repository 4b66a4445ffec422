#!/usr/bin/env bash
# Cold start to the first 200 from /api/v1/events, on the seed (H2 file, existing store), with the
# settings of run.sh: plain, with lazy initialisation, with a JDK 25 AOT cache, and with both.
# Each figure is the median of RUNS launches; the store is created once beforehand so that no
# launch migrates or seeds. Runs the extracted jar, the layout the image and the AOT cache use.
#
#   bench/startup.sh              # results in target/startup/results.md
#   RUNS=1 bench/startup.sh       # a quick look
#
# Needs: a JDK (the newest found is used; 25 for the AOT cache) and curl.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-3}
APP_PORT=18800
OUT=target/startup
BASE="http://127.0.0.1:$APP_PORT"

. bench/java.sh
JAVA=$(pick_java)
JAVA_VERSION=$("$JAVA" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.runtime.version/ {print $2}')

rm -rf "$OUT" && mkdir -p "$OUT"
[ -n "${SKIP_BUILD:-}" ] || ./mvnw -q -B -Dmaven.test.skip=true package
"$JAVA" -Djarmode=tools -jar "$(ls target/tradeline-*.jar | head -n 1)" extract --destination "$OUT/app" >/dev/null
JAR=$(ls "$OUT"/app/tradeline-*.jar | head -n 1)
DB="--spring.datasource.url=jdbc:h2:file:./$OUT/store/tradeline;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
COMMON=(--server.port=$APP_PORT --management.server.port=0 "$DB")

APP_PID=""
trap '[ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null; true' EXIT

# Milliseconds from launching the JVM to the first 200; JVM options first, then application arguments.
launch() {
  local log=$1 opts=$2; shift 2
  local started now
  started=$(date +%s%N)
  "$JAVA" $HEAP $opts -jar "$JAR" "${COMMON[@]}" "$@" >"$log" 2>&1 &
  APP_PID=$!
  until curl -sf -o /dev/null "$BASE/api/v1/events"; do
    kill -0 "$APP_PID" 2>/dev/null || { echo "startup: service died, see $log" >&2; tail -20 "$log" >&2; exit 1; }
    sleep 0.01
  done
  now=$(date +%s%N)
  kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""
  echo $(((now - started) / 1000000))
}
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
measure() {
  local name=$1 opts=$2; shift 2
  for i in $(seq 1 "$RUNS"); do launch "$OUT/$name-$i.log" "$opts" "$@"; done | median
}

launch "$OUT/create.log" "" >/dev/null
plain=$(measure plain "")
lazy=$(measure lazy "" --spring.main.lazy-initialization=true)
{
  echo "Machine: $(nproc) cores; Java $JAVA_VERSION; heap: $HEAP; median of $RUNS launches, seed on an existing H2 store"
  echo
  echo "| start-up | ms to first 200 |"
  echo "|---|---|"
  echo "| plain | $plain |"
  echo "| lazy initialisation | $lazy |"
} >"$OUT/results.md"
if "$JAVA" -XX:AOTCacheOutput=/dev/null -version >/dev/null 2>&1; then
  # Training as in the Dockerfile: start the context once and exit.
  "$JAVA" $HEAP -XX:AOTCacheOutput="$OUT/tradeline.aot" -Dspring.context.exit=onRefresh -jar "$JAR" \
    "${COMMON[@]}" >"$OUT/aot-train.log" 2>&1 || true
  aot=$(measure aot "-XX:AOTCache=$OUT/tradeline.aot")
  aot_lazy=$(measure aot-lazy "-XX:AOTCache=$OUT/tradeline.aot" --spring.main.lazy-initialization=true)
  { echo "| AOT cache | $aot |"; echo "| AOT cache and lazy initialisation | $aot_lazy |"; } >>"$OUT/results.md"
else
  echo "| AOT cache | needs JDK 25 ($JAVA_VERSION found) |" >>"$OUT/results.md"
fi
cat "$OUT/results.md"
