#!/usr/bin/env bash
# Bulk-load a `legalgraph export --format csv` directory with the REAL `neo4j-admin database import full`
# (tools/neo4j/neo4j-admin: org.neo4j.cli.AdminTool from the cached Neo4j jars, no tarball needed):
#   tools/neo4j/import.sh CSV_DIR HOME [DATABASE] [more import options, e.g. --overwrite-destination]
# HOME is a server home as `run.sh --home` uses it: the store lands in HOME/data/databases/DATABASE,
# so `tools/neo4j/run.sh --home HOME` afterwards serves the imported graph. DATABASE defaults to neo4j
# (the only database the launcher serves). No server may be running on HOME, and the database must
# not exist yet (or pass --overwrite-destination). The importer's report is HOME/logs/import.report.
# Node files are the *.csv whose header has an :ID column, relationship files those with :START_ID.
# Environment: NEO4J_IMPORT_MEMORY (--max-off-heap-memory, default 256m), NEO4J_ADMIN_HEAP (default
# 512m), NEO4J_JAVA_OPTS, JAVA17_HOME, LEGALGRAPH_CACHE.
set -euo pipefail
# shellcheck source=tools/neo4j/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

usage() {
    echo "usage: tools/neo4j/import.sh CSV_DIR HOME [DATABASE] [neo4j-admin import options...]" >&2
    exit 2
}
[ $# -ge 2 ] || usage
case "$1" in -h|--help) usage ;; esac
csv_dir="$1"
home="$2"
shift 2
database=neo4j
if [ $# -gt 0 ] && [ "${1#-}" = "$1" ]; then
    database="$1"
    shift
fi

[ -d "$csv_dir" ] || die "CSV directory $csv_dir does not exist"
csv_dir="$(cd "$csv_dir" && pwd)"
nodes=()
rels=()
for f in "$csv_dir"/*.csv; do
    [ -f "$f" ] || continue
    header="$(head -n 1 "$f")"
    case "$header" in
        *:START_ID*) rels+=("--relationships=$f") ;;
        *:ID*) nodes+=("--nodes=$f") ;;
        *) die "$f has neither an :ID nor a :START_ID column in its header; is $csv_dir a legalgraph CSV export?" ;;
    esac
done
[ ${#nodes[@]} -gt 0 ] || die "no node files (*.csv with an :ID column) in $csv_dir"

overwrite=false
for a in "$@"; do case "$a" in --overwrite-destination|--overwrite-destination=true) overwrite=true ;; esac; done
if ! $overwrite && [ -n "$(ls -A "$home/data/databases/$database" 2>/dev/null)" ]; then
    die "database $database already exists in $home (stop its server; pass --overwrite-destination to replace it)"
fi
mkdir -p "$home/logs"
home="$(cd "$home" && pwd)"
report="$home/logs/import.report"

# Progress bars (rows of dots) are dropped; everything else, errors included, is shown.
set +e
NEO4J_HOME="$home" "$NEO4J_TOOLS_DIR/neo4j-admin" database import full \
    "${nodes[@]}" "${rels[@]}" \
    --multiline-fields=true --array-delimiter=';' \
    --max-off-heap-memory="${NEO4J_IMPORT_MEMORY:-256m}" --report-file="$report" \
    "$@" "$database" 2>&1 | grep -Ev '^[-.]{10} '
status=${PIPESTATUS[0]}
set -e
[ "$status" -eq 0 ] || die "neo4j-admin database import full failed (exit $status; see above and $report)"
echo "neo4j: imported $csv_dir into $home/data/databases/$database; serve it with: tools/neo4j/run.sh --home $home"
