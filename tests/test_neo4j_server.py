"""The real Neo4j server the tests use: Bolt round trips, schema, full-text on Vietnamese, Browser."""

from __future__ import annotations

import json
import os
import subprocess
import urllib.request

import pytest
from neo4j import GraphDatabase
from neo4j.exceptions import AuthError, ConstraintError, ServiceUnavailable

from tests import neo4j_server

DOCS = [
    {
        "id": "ct-33-ct-ttg-2021",
        "symbol": "33/CT-TTg",
        "title": "Chỉ thị về tăng cường phòng, chống tham nhũng",
    },
    {"id": "nd-04-2015-nd-cp", "symbol": "04/2015/NĐ-CP", "title": "Nghị định về thực hiện dân chủ ở cơ sở"},
    {"id": "kl-114-kl-tw", "symbol": "114-KL/TW", "title": "Kết luận của Bộ Chính trị về Đảng bộ"},
]


def _fulltext(driver, analyzer: str) -> None:
    driver.execute_query(
        "CREATE FULLTEXT INDEX doc_text IF NOT EXISTS FOR (d:Document) ON EACH [d.title, d.symbol] "
        "OPTIONS {indexConfig: {`fulltext.analyzer`: $analyzer, `fulltext.eventually_consistent`: false}}",
        analyzer=analyzer,
    )
    driver.execute_query("CALL db.awaitIndexes(60)")


def _search(driver, text: str) -> list[str]:
    records, _, _ = driver.execute_query(
        "CALL db.index.fulltext.queryNodes('doc_text', $q) YIELD node RETURN node.id AS id ORDER BY id",
        q=text,
        routing_="r",
    )
    return [r["id"] for r in records]


def test_round_trip_constraint_unwind_merge_and_routed_read(neo4j_empty):
    driver = neo4j_empty
    driver.execute_query(
        "CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE"
    )
    _fulltext(driver, "standard-folding")

    merge = (
        "UNWIND $rows AS row MERGE (d:Document {id: row.id}) "
        "SET d.symbol = row.symbol, d.title = row.title RETURN count(d) AS n"
    )
    records, summary, _ = driver.execute_query(merge, rows=DOCS)
    assert records[0]["n"] == 3
    assert summary.counters.nodes_created == 3
    # Same batch again: MERGE matches, nothing new.
    _, summary, _ = driver.execute_query(merge, rows=DOCS)
    assert summary.counters.nodes_created == 0

    records, _, _ = driver.execute_query(
        "MATCH (d:Document) RETURN d.id AS id, d.symbol AS symbol, d.title AS title ORDER BY id", routing_="r"
    )
    assert [dict(r) for r in records] == sorted(DOCS, key=lambda d: d["id"])

    with pytest.raises(ConstraintError):
        driver.execute_query("CREATE (:Document {id: 'nd-04-2015-nd-cp'})")

    constraints, _, _ = driver.execute_query("SHOW CONSTRAINTS YIELD name, type RETURN name, type")
    assert [(r["name"], r["type"]) for r in constraints] == [("document_id", "UNIQUENESS")]
    assert _search(driver, "chi thi") == ["ct-33-ct-ttg-2021"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("chi thi", ["ct-33-ct-ttg-2021"]),  # "Chỉ thị": tone marks and hook above
        ("Chỉ thị", ["ct-33-ct-ttg-2021"]),  # the accented query folds the same way
        ("nghi dinh", ["nd-04-2015-nd-cp"]),  # "Nghị định": đ → d
        ("dang bo", ["kl-114-kl-tw"]),  # capital Đ → d
        ("ket luan", ["kl-114-kl-tw"]),
        ("tham nhung", ["ct-33-ct-ttg-2021"]),
    ],
)
def test_standard_folding_analyzer_folds_vietnamese(neo4j_empty, query, expected):
    driver = neo4j_empty
    driver.execute_query("UNWIND $rows AS row CREATE (d:Document) SET d = row", rows=DOCS)
    _fulltext(driver, "standard-folding")
    assert _search(driver, query) == expected


def test_standard_analyzer_does_not_fold_diacritics(neo4j_empty):
    """Why the schema must use standard-folding: the default analyzer keeps "thị" ≠ "thi"."""
    driver = neo4j_empty
    driver.execute_query("UNWIND $rows AS row CREATE (d:Document) SET d = row", rows=DOCS)
    _fulltext(driver, "standard-no-stop-words")
    assert _search(driver, "chi thi") == []
    assert _search(driver, "Chỉ thị") == ["ct-33-ct-ttg-2021"]


def test_folding_analyzers_are_available(neo4j_driver):
    records, _, _ = neo4j_driver.execute_query(
        "CALL db.index.fulltext.listAvailableAnalyzers() YIELD analyzer RETURN collect(analyzer) AS names"
    )
    assert {"standard-folding", "standard-no-stop-words"} <= set(records[0]["names"])


def test_neo4j_empty_gives_a_clean_database(neo4j_empty):
    driver = neo4j_empty
    nodes, _, _ = driver.execute_query("MATCH (n) RETURN count(n) AS n")
    constraints, _, _ = driver.execute_query("SHOW CONSTRAINTS")
    indexes, _, _ = driver.execute_query("SHOW INDEXES YIELD type RETURN collect(type) AS types")
    assert nodes[0]["n"] == 0
    assert constraints == []
    assert sorted(indexes[0]["types"]) == ["LOOKUP", "LOOKUP"]
    # Leave schema and data behind; the next test using neo4j_empty must not see them.
    driver.execute_query("CREATE CONSTRAINT leftover FOR (x:Leftover) REQUIRE x.id IS UNIQUE")
    driver.execute_query("CREATE INDEX leftover_name FOR (x:Leftover) ON (x.name)")
    driver.execute_query("CREATE (:Leftover {id: 1})-[:R]->(:Leftover {id: 2})")


def test_neo4j_empty_wiped_the_previous_test(neo4j_empty):
    nodes, _, _ = neo4j_empty.execute_query("MATCH (n) RETURN count(n) AS n")
    names, _, _ = neo4j_empty.execute_query(
        "SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name"
    )
    assert nodes[0]["n"] == 0
    assert names == []


def test_routing_scheme_works_against_the_single_server(neo4j_uri, neo4j_auth, neo4j_empty):
    routed = neo4j_uri.replace("bolt://", "neo4j://", 1)
    with GraphDatabase.driver(routed, auth=neo4j_auth) as driver:
        driver.execute_query("CREATE (:Province {name: 'Hà Nội'})", routing_="w")
        records, _, _ = driver.execute_query("MATCH (p:Province) RETURN p.name AS name", routing_="r")
    assert [r["name"] for r in records] == ["Hà Nội"]


def test_dead_bolt_uri_is_unreachable(dead_bolt_uri):
    with (
        GraphDatabase.driver(dead_bolt_uri, connection_timeout=2) as driver,
        pytest.raises(ServiceUnavailable),
    ):
        driver.verify_connectivity()


def test_http_discovery_and_browser(neo4j_http_url, neo4j_uri):
    with urllib.request.urlopen(neo4j_http_url + "/", timeout=30) as response:
        discovery = json.load(response)
    assert discovery["neo4j_version"].startswith("5.26.")
    assert discovery["neo4j_edition"] == "community"
    assert discovery["bolt_direct"] == neo4j_uri
    with urllib.request.urlopen(neo4j_http_url + "/browser/", timeout=30) as response:
        page = response.read().decode("utf-8")
    assert response.status == 200
    assert "Neo4j Browser" in page


def test_launcher_rejects_bad_arguments_clearly():
    result = subprocess.run(
        ["bash", str(neo4j_server.RUN_SH), "--home", "/tmp/unused", "--bolt-port", "nope"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2
    assert "--bolt-port must be a port number" in result.stderr
    assert "Exception" not in result.stderr


def test_start_failure_raises_with_the_output_tail(tmp_path):
    with pytest.raises(neo4j_server.Neo4jStartError) as info:
        neo4j_server.start(tmp_path / "home", extra_args=("--pagecache", "lots"), timeout=60)
    message = str(info.value)
    assert "exited with code 2" in message
    assert "--pagecache must be a size like 128m" in message


def test_run_sh_without_setup_says_what_to_do(tmp_path):
    result = subprocess.run(
        ["bash", str(neo4j_server.RUN_SH), "--home", str(tmp_path / "home")],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "LEGALGRAPH_CACHE": str(tmp_path / "empty-cache")},
    )
    assert result.returncode == 1
    assert "run: bash tools/neo4j/setup.sh" in result.stderr
    assert not (tmp_path / "home").exists()


def test_server_with_auth_requires_the_password_and_exits_when_stdin_closes(tmp_path):
    server = neo4j_server.start(tmp_path / "home", extra_args=("--auth-password", "legalgraph-test"))
    try:
        with GraphDatabase.driver(server.bolt_uri, auth=("neo4j", "legalgraph-test")) as driver:
            records, _, _ = driver.execute_query("RETURN 1 + 1 AS two")
            assert records[0]["two"] == 2
        wrong = GraphDatabase.driver(server.bolt_uri, auth=("neo4j", "wrong-password"))
        with wrong, pytest.raises(AuthError):
            wrong.verify_connectivity()
        # What happens when the test run is SIGKILLed: its end of the pipe closes, the server stops.
        server.process.stdin.close()
        assert server.process.wait(60) == 0
        assert "NEO4J STOPPING" in server.log_path.read_text()
    finally:
        server.stop()
