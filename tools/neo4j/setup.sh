#!/usr/bin/env bash
# Fetch the Neo4j server + Browser + neo4j-admin jars from Maven Central into a cache outside the repo:
#   ${LEGALGRAPH_CACHE:-~/.cache/legalgraph}/neo4j-<version>/lib
# Idempotent: returns at once when the cache is complete. Fails loudly when Maven or Java 17 is missing
# or Maven cannot fetch (tests that need Neo4j must fail, not skip, in that case).
set -euo pipefail
# shellcheck source=tools/neo4j/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

JAVA17="$(find_java17)" || die "Java 17 not found (set JAVA17_HOME, or apt-get install openjdk-17-jdk-headless)"

if neo4j_cache_complete; then
    compile_launcher "$JAVA17" >/dev/null
    echo "neo4j: $NEO4J_VERSION already set up in $NEO4J_LIB ($(ls "$NEO4J_LIB" | wc -l) jars); java: $JAVA17"
    exit 0
fi

command -v mvn >/dev/null 2>&1 || die "mvn not found (apt-get install maven)"
mkdir -p "$NEO4J_CACHE"
# One fetch at a time per cache (parallel `make test` runs); the winner's result serves the others.
exec 9>"$NEO4J_CACHE/.setup.lock"
flock 9
if neo4j_cache_complete; then
    compile_launcher "$JAVA17" >/dev/null
    echo "neo4j: $NEO4J_VERSION was set up by a parallel run in $NEO4J_LIB"
    exit 0
fi
echo "neo4j: fetching Neo4j $NEO4J_VERSION and Neo4j Browser $NEO4J_BROWSER_VERSION from Maven Central into $NEO4J_LIB"
tmp="$(mktemp -d "$NEO4J_CACHE/lib.tmp.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
# Maven itself runs on Java 17 too, so a JAVA_HOME pointing at a newer JDK cannot break the fetch.
# -q leaves only errors; sed strips the colour resets Maven 3.8 prints even in batch mode.
if ! JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$JAVA17")")")" \
    mvn -B -q -f "$NEO4J_POM" dependency:copy-dependencies \
        -DincludeScope=runtime -DoutputDirectory="$tmp" 2>&1 | sed 's/\x1b\[[0-9;]*m//g'; then
    die "Maven could not fetch the Neo4j jars (is Maven Central reachable? see the output above)"
fi
for jar in "neo4j-$NEO4J_VERSION.jar" "neo4j-record-storage-engine-$NEO4J_VERSION.jar" \
    "neo4j-bolt-$NEO4J_VERSION.jar" "neo4j-server-$NEO4J_VERSION.jar" "neo4j-browser-$NEO4J_BROWSER_VERSION.jar" \
    "neo4j-command-line-$NEO4J_VERSION.jar" "neo4j-import-tool-$NEO4J_VERSION.jar"; do
    [ -f "$tmp/$jar" ] || die "Maven finished but $jar is missing from the download"
done
rm -rf "$NEO4J_LIB"
mv "$tmp" "$NEO4J_LIB"
trap - EXIT
echo "$NEO4J_MARKER_CONTENT" > "$NEO4J_MARKER"
compile_launcher "$JAVA17" >/dev/null
echo "neo4j: done: $(ls "$NEO4J_LIB" | wc -l) jars, $(du -sh "$NEO4J_LIB" | cut -f1) in $NEO4J_LIB; java: $JAVA17"
