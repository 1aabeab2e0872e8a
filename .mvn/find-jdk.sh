# Sourced by ./mvnw: Samspill needs a JDK 21 or newer, while many machines default to an older `java`.
# Keeps a suitable JAVA_HOME; otherwise picks the newest JDK 21+ from the usual install folders.
samspill_java_major() {
  "$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9][0-9]*\).*/\1/p' | head -n 1
}
samspill_find_jdk() {
  if [ -n "${JAVA_HOME-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    major=$(samspill_java_major "$JAVA_HOME")
    [ "${major:-0}" -ge 21 ] && return 0
  fi
  if command -v java >/dev/null 2>&1; then
    home=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
    major=$(samspill_java_major "$home")
    if [ "${major:-0}" -ge 21 ]; then JAVA_HOME=$home; export JAVA_HOME; return 0; fi
  fi
  best=""; best_major=0
  for candidate in /usr/lib/jvm/* /opt/java/* /opt/jdk* /Library/Java/JavaVirtualMachines/*/Contents/Home "$HOME"/.sdkman/candidates/java/*; do
    [ -x "$candidate/bin/javac" ] || continue
    major=$(samspill_java_major "$candidate")
    if [ "${major:-0}" -ge 21 ] && [ "$major" -gt "$best_major" ]; then best=$candidate; best_major=$major; fi
  done
  if [ -n "$best" ]; then JAVA_HOME=$best; export JAVA_HOME; return 0; fi
  echo "Samspill needs a JDK 21 or newer. Install one, or set JAVA_HOME to it." >&2
  exit 1
}
samspill_find_jdk
