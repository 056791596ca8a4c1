"""Session fixtures for a real Neo4j server.

- `neo4j_uri`: env NEO4J_URI (+ NEO4J_USER / NEO4J_PASSWORD) if set; otherwise a server started once,
  lazily, on free ports with a fresh temp home (tests/neo4j_server.py) and stopped at session end.
  If it cannot start the test FAILS with the server's last output lines — never skips. Start-up
  timeout: env LEGALGRAPH_NEO4J_START_TIMEOUT (seconds, default 120).
  Careful: `neo4j_empty` wipes the database behind NEO4J_URI — never point it at data you keep.
- `neo4j_auth`: the (user, password) tuple for the driver, or None when auth is disabled.
- `neo4j_driver` (session) and `neo4j_empty` (per test: no nodes, relationships, constraints or
  indexes besides the built-in token lookup indexes) — both give a `neo4j.Driver`.
- `neo4j_http_url`: base URL of the HTTP connector; Neo4j Browser is at `<url>/browser/`.
- `dead_bolt_uri`: a bolt:// URI with nothing listening, for "Neo4j is down" tests.

Tests using any of these are marked `neo4j` automatically (`pytest -m "not neo4j"` skips them).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import urlsplit

import pytest

from tests import neo4j_server

NEO4J_FIXTURES = {
    "neo4j_uri",
    "neo4j_auth",
    "neo4j_driver",
    "neo4j_empty",
    "neo4j_http_url",
    "neo4j_endpoint",
}


@dataclass(frozen=True)
class Neo4jEndpoint:
    uri: str
    http_url: str | None
    auth: tuple[str, str] | None


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if NEO4J_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.neo4j)


@pytest.fixture(scope="session")
def neo4j_endpoint() -> Iterator[Neo4jEndpoint]:
    uri = os.environ.get("NEO4J_URI")
    if uri:
        user, password = os.environ.get("NEO4J_USER"), os.environ.get("NEO4J_PASSWORD")
        auth = (user or "neo4j", password) if password else None
        http_url = os.environ.get("NEO4J_HTTP_URL") or f"http://{urlsplit(uri).hostname}:7474"
        yield Neo4jEndpoint(uri, http_url, auth)
        return
    timeout = os.environ.get("LEGALGRAPH_NEO4J_START_TIMEOUT", "120")
    if not timeout.replace(".", "", 1).isdigit():
        pytest.fail(
            f"LEGALGRAPH_NEO4J_START_TIMEOUT must be a number of seconds, got {timeout!r}", pytrace=False
        )
    try:
        server = neo4j_server.start(timeout=float(timeout))
    except neo4j_server.Neo4jStartError as exc:
        error = f"{exc}\n(If the jars are missing: make neo4j-setup, i.e. bash tools/neo4j/setup.sh.)"
    else:
        error = None
    if error:  # outside the except block, so the report is not a chained traceback
        pytest.fail(error, pytrace=False)
    try:
        yield Neo4jEndpoint(server.bolt_uri, server.http_url, None)
    finally:
        server.stop()


@pytest.fixture(scope="session")
def neo4j_uri(neo4j_endpoint: Neo4jEndpoint) -> str:
    return neo4j_endpoint.uri


@pytest.fixture(scope="session")
def neo4j_auth(neo4j_endpoint: Neo4jEndpoint) -> tuple[str, str] | None:
    return neo4j_endpoint.auth


@pytest.fixture(scope="session")
def neo4j_http_url(neo4j_endpoint: Neo4jEndpoint) -> str:
    if not neo4j_endpoint.http_url:
        pytest.fail("the Neo4j server has no HTTP connector", pytrace=False)
    return neo4j_endpoint.http_url


@pytest.fixture(scope="session")
def neo4j_driver(neo4j_endpoint: Neo4jEndpoint):
    from neo4j import GraphDatabase

    driver = GraphDatabase.driver(neo4j_endpoint.uri, auth=neo4j_endpoint.auth)
    try:
        driver.verify_connectivity()
    except Exception as exc:
        driver.close()
        pytest.fail(f"cannot connect to Neo4j at {neo4j_endpoint.uri}: {exc}", pytrace=False)
    yield driver
    driver.close()


@pytest.fixture
def neo4j_empty(neo4j_driver):
    """The session driver, on a database wiped of data, constraints and (non-lookup) indexes."""
    with neo4j_driver.session() as session:  # CALL ... IN TRANSACTIONS needs an auto-commit transaction
        session.run("MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()
    constraints, _, _ = neo4j_driver.execute_query("SHOW CONSTRAINTS YIELD name")
    for record in constraints:
        neo4j_driver.execute_query("DROP CONSTRAINT $name IF EXISTS", name=record["name"])
    indexes, _, _ = neo4j_driver.execute_query(
        "SHOW INDEXES YIELD name, type, owningConstraint WHERE type <> 'LOOKUP' AND owningConstraint IS NULL"
    )
    for record in indexes:
        neo4j_driver.execute_query("DROP INDEX $name IF EXISTS", name=record["name"])
    return neo4j_driver


@pytest.fixture
def dead_bolt_uri() -> str:
    return neo4j_server.dead_bolt_uri()
