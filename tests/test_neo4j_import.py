"""The CSV export through the REAL `neo4j-admin database import full`, then served by a real Neo4j.

The four sample reports are ingested into an EmbeddedStore, exported with `export_csv`, imported
with tools/neo4j/import.sh (org.neo4j.cli.AdminTool from the cached Neo4j 5.26 jars) into a fresh
home, and a server started on that home must hold exactly what the store exported: labels, every
node's properties, every relationship with its properties (MENTIONS evidence included) and the
store's citation chain. Two extra documents with awkward values (quotes, commas, new lines, empty
strings, backslashes, padding, quotes inside array elements and ids) ride along to prove the quoting.
The printed `neo4j_admin_command` is run too (via tools/neo4j/neo4j-admin on PATH) and must import
the same numbers. Never skips: a missing Java 17 / Maven / network fails.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from graph.embedded import EmbeddedStore
from graph.export import IMPORT_COMMAND_FILE, export_csv, neo4j_admin_command
from legalgraph.cli import main
from tests import neo4j_server

pytestmark = pytest.mark.neo4j

REPO = Path(__file__).resolve().parent.parent
TOOLS = REPO / "tools" / "neo4j"
EXAMPLES = sorted((REPO / "examples").glob("*.txt"))
DOC_RELS = "CITES|IMPLEMENTS|REPORTS_ON|RESPONDS_TO|GUIDES|AMENDS|REPLACES|BASED_ON"
IMPORTED = re.compile(r"Imported:\s+(\d+) nodes\s+(\d+) relationships\s+(\d+) properties")


def _run(args: list[str], what: str, **kw: Any) -> str:
    proc = subprocess.run(args, capture_output=True, text=True, timeout=300, cwd=REPO, **kw)
    out = proc.stdout + proc.stderr
    if proc.returncode != 0:
        pytest.fail(f"{what} failed (exit {proc.returncode}):\n{neo4j_server.tail(out)}", pytrace=False)
    return out


ODD_KEY = 'ZZ:"odd",key;1'
ODD_NODES = [
    (
        "Document",
        ODD_KEY,
        {
            "key": ODD_KEY,
            "id": "zz-odd",
            "doc_type": "Công văn, khác",
            "number_symbol": '1/"CV"',
            "year": 0,
            "title": 'Nói "xin chào", rồi\nxuống dòng\r\nvà \\ gạch chéo',
            "name": "",
            "issuer": "  có khoảng trắng  ",
            "resolved": False,
            "is_report": False,
            "flags": ["a", "b c", 'đ"q', "x,y"],
            "dates_seen": ["2020-01-01"],
            "labels": ["Document"],
        },
    ),
    (
        "Report",
        "ZZ:report",
        {
            "key": "ZZ:report",
            "id": "zz-report",
            "doc_type": "Báo cáo",
            "year": 2020,
            "resolved": True,
            "is_report": True,
            "flags": [],
            "dates_seen": [],
            "source": "C:\\dir\\a b.txt",
            "labels": ["Document", "Report"],
        },
    ),
]
ODD_EDGES = [
    (
        "MENTIONS",
        "ZZ:report",
        ODD_KEY,
        {
            "count": 1,
            "evidence": [
                {"sentence": 'Theo "Công văn",\nsố 1', "start": 0, "end": 3, "text": "a,b", "pinpoint": None}
            ],
        },
    ),
    ("CITES", "ZZ:report", ODD_KEY, {"count": 1}),
    ("ISSUED_BY", ODD_KEY, "ban-can-su-dang-chinh-phu", {}),
]


class WithOddValues:
    """The embedded store's export plus ODD_NODES / ODD_EDGES (what `export_csv` reads: iter_*)."""

    def __init__(self, store: EmbeddedStore) -> None:
        self.store = store

    def iter_nodes(self):
        yield from self.store.iter_nodes()
        yield from ODD_NODES

    def iter_edges(self):
        yield from self.store.iter_edges()
        yield from ODD_EDGES

    def chain(self, *args: Any, **kw: Any) -> list[dict[str, Any]]:
        return self.store.chain(*args, **kw)


def _expected_props(props: dict[str, Any]) -> dict[str, Any]:
    """What Neo4j should hold for a store property map: no None, no empty list (the importer
    cannot write an empty array), `labels` become labels, nested values are JSON strings."""
    out = {}
    for k, v in props.items():
        if k == "labels" or v is None or v == []:
            continue
        out[k] = json.dumps(v, ensure_ascii=False) if isinstance(v, dict) else v
    return out


@pytest.fixture(scope="module")
def imported(tmp_path_factory):
    """(store, driver, import output) for the samples imported by import.sh and served by Neo4j."""
    _run(["bash", str(TOOLS / "setup.sh")], "tools/neo4j/setup.sh")
    tmp = tmp_path_factory.mktemp("neo4j-import")
    data = tmp / "store"
    assert main(["ingest", *map(str, EXAMPLES), "--data-dir", str(data), "--quiet"]) == 0
    store = WithOddValues(EmbeddedStore(data))
    csv_dir = tmp / "csv"
    export_csv(store, csv_dir)
    home = tmp / "home"
    # C1 only, as for the test server: about 8 s instead of 12 s per import on the loaded 2-core box
    env = {
        **os.environ,
        "NEO4J_JAVA_OPTS": os.environ.get("NEO4J_JAVA_OPTS", neo4j_server.FAST_START_JAVA_OPTS),
    }
    output = _run(
        ["bash", str(TOOLS / "import.sh"), str(csv_dir), str(home)], "tools/neo4j/import.sh", env=env
    )
    try:
        server = neo4j_server.start(
            home, timeout=float(os.environ.get("LEGALGRAPH_NEO4J_START_TIMEOUT", "120"))
        )
    except neo4j_server.Neo4jStartError as exc:
        pytest.fail(f"Neo4j did not start on the imported home: {exc}", pytrace=False)
    from neo4j import GraphDatabase

    driver = GraphDatabase.driver(server.bolt_uri)
    try:
        yield {
            "store": store,
            "driver": driver,
            "output": output,
            "csv": csv_dir,
            "tmp": tmp,
            "uri": server.bolt_uri,
        }
    finally:
        driver.close()
        server.stop()


def _q(driver, query: str, **params: Any) -> list[dict[str, Any]]:
    records, _, _ = driver.execute_query(query, params)
    return [r.data() for r in records]


def test_import_report_is_clean(imported):
    report = Path(imported["tmp"] / "home" / "logs" / "import.report")
    assert not report.exists() or report.read_text(encoding="utf-8").strip() == ""
    store = imported["store"]
    nodes = sum(1 for _ in store.iter_nodes()) + 1  # + the LegalgraphMeta marker
    edges = sum(1 for _ in store.iter_edges())
    m = IMPORTED.search(imported["output"])
    assert m and (int(m[1]), int(m[2])) == (nodes, edges)


def test_label_and_type_counts(imported):
    store, driver = imported["store"], imported["driver"]
    want_labels: Counter[str] = Counter()
    for label, _key, props in store.iter_nodes():
        want_labels.update(props.get("labels") or [label])
    want_labels["LegalgraphMeta"] = 1
    got = _q(driver, "MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n")
    assert {r["label"]: r["n"] for r in got} == dict(want_labels)
    assert want_labels["Report"] == 4 + 1 and want_labels["Province"] == 4
    want_types = Counter(t for t, *_ in store.iter_edges())
    got = _q(driver, "MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n")
    assert {r["type"]: r["n"] for r in got} == dict(want_types)


def test_every_node_and_its_properties(imported):
    store, driver = imported["store"], imported["driver"]
    want = {}
    for label, key, props in store.iter_nodes():
        space = "Document" if label == "Report" else label
        want[(space, key)] = (sorted(props.get("labels") or [label]), _expected_props(props))
    got = {}
    for r in _q(driver, "MATCH (n) WHERE NOT n:LegalgraphMeta RETURN labels(n) AS labels, n {.*} AS props"):
        space = next(x for x in ("Document", "Body", "Province") if x in r["labels"])
        got[(space, r["props"]["key"])] = (sorted(r["labels"]), r["props"])
    assert got == want


def test_document_properties(imported):
    [doc] = _q(imported["driver"], "MATCH (d:Document {key: $key}) RETURN d {.*} AS d", key="CT-TTg:33:2021")
    doc = doc["d"]
    assert doc["number_symbol"] == "33/CT-TTg" and doc["doc_type"] == "Chỉ thị"
    assert doc["year"] == 2021 and isinstance(doc["year"], int) and doc["resolved"] is True
    assert doc["flags"] == ["repaired"] and doc["dates_seen"] == ["2021-11-26"]
    [prov] = _q(imported["driver"], "MATCH (p:Province {key: 'bac-ninh'}) RETURN p.predecessors AS p")
    assert prov["p"] == ["bac-giang"]
    [odd] = _q(imported["driver"], "MATCH (d:Document {key: $key}) RETURN d {.*} AS d", key=ODD_KEY)
    assert odd["d"] == _expected_props(ODD_NODES[0][2])
    assert odd["d"]["name"] == "" and odd["d"]["flags"] == ["a", "b c", 'đ"q', "x,y"]


def test_every_relationship_and_mentions_evidence(imported):
    store, driver = imported["store"], imported["driver"]
    want = Counter()
    evidence = {}
    for typ, s, t, props in store.iter_edges():
        want[(typ, s, t, json.dumps(_expected_props(props), sort_keys=True, ensure_ascii=False))] += 1
        if typ == "MENTIONS":
            evidence[(s, t)] = props["evidence"]
    got = Counter()
    rows = _q(driver, "MATCH (a)-[r]->(b) RETURN type(r) AS type, a.key AS s, b.key AS t, r {.*} AS props")
    for r in rows:
        props = dict(r["props"])
        if "evidence" in props:
            assert json.loads(props["evidence"]) == evidence[(r["s"], r["t"])]
            props["evidence"] = json.loads(props["evidence"])
        got[(r["type"], r["s"], r["t"], json.dumps(props, sort_keys=True, ensure_ascii=False))] += 1
    assert got == want
    # one mention read back as Cypher sees it: the sentence and offsets of the reference
    [m] = _q(
        driver,
        "MATCH (:Report {key: 'BC-UBND:529:2024:an-giang'})-[m:MENTIONS]->(:Document {key: 'CT-TTg:33:2021'}) "
        "RETURN m.count AS count, m.evidence AS evidence",
    )
    ev = json.loads(m["evidence"])
    assert m["count"] == len(ev) >= 1
    assert "33/CT-TTg" in ev[0]["text"] and ev[0]["text"] in ev[0]["sentence"]


def test_the_store_refuses_an_imported_export(imported):
    """The import is a copy for Browser and Cypher, without the merged views and aggregates the
    Neo4j store keeps: opening it as a store fails with a clear error and leaves it untouched."""
    from graph.neo4j_store import Neo4jStore
    from graph.store import StoreError

    driver = imported["driver"]
    assert _q(driver, "MATCH (m:LegalgraphMeta) RETURN m {.*} AS m") == [
        {"m": {"key": "legalgraph", "origin": "csv-export"}}
    ]
    with pytest.raises(StoreError, match="bulk-imported from `legalgraph export --format csv`"):
        Neo4jStore(imported["uri"])
    assert _q(driver, "SHOW CONSTRAINTS YIELD name RETURN name") == []  # the schema was not applied
    assert main(["query", "stats", "--store", "neo4j", "--neo4j-uri", imported["uri"]]) == 1


def test_citation_chain(imported):
    """The store's chain up from a report (depth 3) = the paths Cypher walks in the imported graph."""
    store, driver = imported["store"], imported["driver"]
    start = "bc-ubnd-529-2024-an-giang"
    want = {
        (tuple(n["id"] for n in p["nodes"]), tuple(p["relations"]))
        for p in store.chain(start, "up", depth=3, limit=10_000)
    }
    rows = _q(
        driver,
        f"MATCH p = (:Document {{id: $id}})-[:{DOC_RELS}*1..3]->(:Document) "
        "RETURN [n IN nodes(p) | n.id] AS ids, [r IN relationships(p) | type(r)] AS types",
        id=start,
    )
    hops: dict[tuple[str, ...], list[set[str]]] = {}
    for r in rows:
        ids = tuple(r["ids"])
        if len(set(ids)) < len(ids):
            continue
        seen = hops.setdefault(ids, [set() for _ in r["types"]])
        for s, t in zip(seen, r["types"], strict=True):
            s.add(t)
    got = {
        (ids, tuple(min(ts - {"CITES"}) if ts - {"CITES"} else "CITES" for ts in types))
        for ids, types in hops.items()
    }
    assert len(want) > 10 and any(len(ids) == 3 for ids, _ in want)
    assert got == want


def test_printed_command_imports_the_same(imported, tmp_path):
    """The command `legalgraph export` prints (and writes next to the files) runs as printed."""
    command = (imported["csv"] / IMPORT_COMMAND_FILE).read_text(encoding="utf-8").strip()
    assert command == neo4j_admin_command(imported["csv"])
    env = {
        **os.environ,
        "PATH": f"{TOOLS}{os.pathsep}{os.environ['PATH']}",
        "NEO4J_HOME": str(tmp_path / "home"),
        "NEO4J_JAVA_OPTS": os.environ.get("NEO4J_JAVA_OPTS", neo4j_server.FAST_START_JAVA_OPTS),
    }
    args = [
        *shlex.split(command),
        "--max-off-heap-memory=256m",
        f"--report-file={tmp_path / 'import.report'}",
    ]
    output = _run(args, "the printed neo4j-admin command", env=env)
    assert IMPORTED.search(output).groups() == IMPORTED.search(imported["output"]).groups()
