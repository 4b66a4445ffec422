# Sourced by the bench scripts: pick_java prints the newest JDK's java found — an explicit
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
