# Sourced by the bench scripts.

# The documented JVM settings for a small instance (bench/README.md, "JVM settings"); HEAP=...
# overrides them. SweeperThreshold and TrimNativeHeapInterval need JDK 22 or later.
HEAP=${HEAP:-"-Xms32m -Xmx160m -Xss512k -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -XX:G1ReservePercent=20 -XX:InitiatingHeapOccupancyPercent=30 -XX:-G1UseAdaptiveIHOP -XX:ReservedCodeCacheSize=64m -XX:SweeperThreshold=50 -XX:MetaspaceSize=128m -XX:TrimNativeHeapInterval=5000"}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}

# bench_mvnw ARGS...: ./mvnw on the JDK the benchmark runs ($JAVA), so that the Spring AOT context
# the build generates matches it (generated on JDK 17, it has no virtual threads).
bench_mvnw() { JAVA_HOME="$(dirname "$(dirname "$JAVA")")" ./mvnw "$@"; }

# pick_java prints the newest JDK's java found — an explicit
# BENCH_JAVA_HOME, then the system JDK folder, then the one on the PATH.
pick_java() {
  local best="" best_version=0 candidate version
  for candidate in "${BENCH_JAVA_HOME:-}/bin/java" /usr/lib/jvm/*/bin/java "$(command -v java)"; do
    [ -x "$candidate" ] || continue
    version=$("$candidate" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
    if [ "${version%%.*}" -gt "$best_version" ]; then best=$candidate; best_version=${version%%.*}; fi
  done
  echo "$best"
}

# require_tools SCRIPT TOOL...: stops with the Debian packages to install when a tool is missing.
require_tools() {
  local script=$1 tool; shift
  for tool in "$@"; do
    command -v "$tool" >/dev/null || { echo "$script: $tool is missing (apt-get install ${*//sha256sum/})" >&2; exit 1; }
  done
}

# bootstrap_admin: a fresh first admin token in ADMIN; only its SHA-256 reaches the service
# (README, "The first admin token").
bootstrap_admin() {
  ADMIN="tl_$(openssl rand -base64 32 | tr '+/' '-_' | tr -d '=')"
  export TRADELINE_BOOTSTRAP_ADMIN_TOKEN_SHA256="$(printf '%s' "$ADMIN" | sha256sum | cut -d' ' -f1)"
}

# start_postgres LOG PORT DIR DATABASE...: PostgreSQL from the embedded-postgres test binaries
# ($JAVA, $TEST_CP) on a loopback port, until the script's cleanup kills it (its pid joins pids).
start_postgres() {
  local log=$1 port=$2 dir=$3; shift 3
  "$JAVA" -cp "$TEST_CP" org.tradeline.support.BenchPostgres serve "$port" "$dir" "$@" >"$log" 2>&1 &
  pids+=($!)
  until grep -q READY "$log"; do sleep 0.5; done
}
