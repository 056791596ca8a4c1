# Shared by setup.sh and run.sh (sourced, not executed): where the Neo4j jars live and which Java runs them.
# shellcheck shell=bash

NEO4J_TOOLS_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
NEO4J_POM="$NEO4J_TOOLS_DIR/pom.xml"
NEO4J_VERSION="$(sed -n 's:.*<neo4j.version>\(.*\)</neo4j.version>.*:\1:p' "$NEO4J_POM")"
NEO4J_BROWSER_VERSION="$(sed -n 's:.*<neo4j.browser.version>\(.*\)</neo4j.browser.version>.*:\1:p' "$NEO4J_POM")"
LEGALGRAPH_CACHE="${LEGALGRAPH_CACHE:-$HOME/.cache/legalgraph}"
NEO4J_CACHE="$LEGALGRAPH_CACHE/neo4j-$NEO4J_VERSION"
NEO4J_LIB="$NEO4J_CACHE/lib"
# Written last by setup.sh; its content names the artifacts so a pom change invalidates it.
NEO4J_MARKER="$NEO4J_CACHE/.complete"
NEO4J_MARKER_CONTENT="neo4j=$NEO4J_VERSION browser=$NEO4J_BROWSER_VERSION"

die() {
    echo "neo4j: ERROR: $*" >&2
    exit 1
}

[ -n "$NEO4J_VERSION" ] || die "cannot read <neo4j.version> from $NEO4J_POM"

# Neo4j 5.26 needs Java 17 (it does not run on newer JDKs such as the Temurin 25 also installed).
# Order: $JAVA17_HOME, update-alternatives, /usr/lib/jvm/*17*. Prints the java binary path.
find_java17() {
    local candidates=() c
    [ -n "${JAVA17_HOME:-}" ] && candidates+=("$JAVA17_HOME/bin/java")
    if command -v update-alternatives >/dev/null 2>&1; then
        while IFS= read -r c; do candidates+=("$c"); done < <(update-alternatives --list java 2>/dev/null | grep -- '-17' || true)
    fi
    for c in /usr/lib/jvm/*17*/bin/java; do candidates+=("$c"); done
    for c in "${candidates[@]}"; do
        if [ -x "$c" ] && "$c" -version 2>&1 | head -1 | grep -q '"17[."]'; then
            echo "$c"
            return 0
        fi
    done
    return 1
}

neo4j_cache_complete() {
    [ -f "$NEO4J_MARKER" ] && [ "$(cat "$NEO4J_MARKER")" = "$NEO4J_MARKER_CONTENT" ]
}

# Compiles Launcher.java once per content hash into the cache (saves ~5 s per start over a
# single-file source launch) and prints the class directory; prints nothing when there is no javac,
# in which case callers fall back to `java ... Launcher.java`.
compile_launcher() {
    local java="$1" javac hash dir tmp
    javac="$(dirname "$(readlink -f "$java")")/javac"
    [ -x "$javac" ] || return 0
    hash="$(sha256sum "$NEO4J_TOOLS_DIR/Launcher.java" | cut -c1-16)"
    dir="$NEO4J_CACHE/launcher-$hash"
    if [ ! -f "$dir/Launcher.class" ]; then
        tmp="$(mktemp -d "$NEO4J_CACHE/launcher.tmp.XXXXXX")"
        if ! "$javac" -nowarn -encoding UTF-8 -cp "$NEO4J_LIB/*" -d "$tmp" "$NEO4J_TOOLS_DIR/Launcher.java" >&2; then
            rm -rf "$tmp"
            die "Launcher.java does not compile against Neo4j $NEO4J_VERSION"
        fi
        # Another run may have finished first; either copy is identical.
        mv -T "$tmp" "$dir" 2>/dev/null || rm -rf "$tmp"
    fi
    echo "$dir"
}
