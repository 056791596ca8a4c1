#!/usr/bin/env bash
# Run a real Neo4j 5.26 Community server in the foreground (Ctrl-C stops it cleanly).
#   tools/neo4j/run.sh [--bolt-port N] [--http-port M] [--home DIR] [other Launcher options]
# Defaults: bolt 7687, http 7474 (Browser at http://127.0.0.1:7474/browser/), home .neo4j/ in the
# repo (git-ignored), auth disabled. `tools/neo4j/run.sh --help` lists every option.
# Environment: NEO4J_HEAP (default 512m), NEO4J_JAVA_OPTS (extra JVM flags, split on spaces; the
# test helper uses -XX:TieredStopAtLevel=1 for a faster start), JAVA17_HOME, LEGALGRAPH_CACHE.
set -euo pipefail
# shellcheck source=tools/neo4j/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

neo4j_cache_complete || die "Neo4j jars are not set up; run: bash tools/neo4j/setup.sh (or make neo4j-setup)"
JAVA17="$(find_java17)" || die "Java 17 not found (set JAVA17_HOME)"

classes="$(compile_launcher "$JAVA17")"
if [ -n "$classes" ]; then
    main=(-cp "$classes:$NEO4J_LIB/*" Launcher)
else
    main=(-cp "$NEO4J_LIB/*" "$NEO4J_TOOLS_DIR/Launcher.java")
fi

args=("$@")
has_home=false
for a in "$@"; do [ "$a" = "--home" ] && has_home=true; done
$has_home || args+=(--home "$(cd "$NEO4J_TOOLS_DIR/../.." && pwd)/.neo4j")

# exec: the caller's PID is the JVM, so signals reach Neo4j's shutdown hook directly.
exec "$JAVA17" \
    -Xms128m -Xmx"${NEO4J_HEAP:-512m}" ${NEO4J_JAVA_OPTS:-} \
    -XX:+UseG1GC -XX:-OmitStackTraceInFastThrow -XX:+DisableExplicitGC \
    -Djdk.nio.maxCachedBufferSize=1024 \
    -Dio.netty.tryReflectionSetAccessible=true \
    -Dlog4j2.disable.jmx=true \
    --add-opens=java.base/java.nio=ALL-UNNAMED \
    --add-opens=java.base/java.io=ALL-UNNAMED \
    --add-opens=java.base/java.lang=ALL-UNNAMED \
    --add-opens=java.base/sun.nio.ch=ALL-UNNAMED \
    "${main[@]}" "${args[@]}"
