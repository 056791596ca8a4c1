"""`export_csv` without a server: what it refuses, and that a refusal leaves no half-written export.
(The round trip through the real neo4j-admin import is tests/test_neo4j_import.py.)"""

from __future__ import annotations

import re
import shlex
from typing import Any

import pytest

from graph.export import IMPORT_COMMAND_FILE, ExportError, export_csv, neo4j_admin_command

DOC = {
    "id": "ct-ttg-33-2021",
    "doc_type": "Chỉ thị",
    "number_symbol": "33/CT-TTg",
    "year": 2021,
    "resolved": True,
    "is_report": False,
    "flags": ["repaired"],
    "dates_seen": ["2021-11-26"],
}


class Rows:
    """A store as export_csv reads it: just iter_nodes / iter_edges over given rows."""

    def __init__(self, nodes: list[tuple[str, str, dict[str, Any]]], edges: list[tuple[str, str, str, dict]]):
        self.nodes, self.edges = nodes, edges

    def iter_nodes(self):
        yield from self.nodes

    def iter_edges(self):
        yield from self.edges


def test_rows_and_command_file(tmp_path):
    nodes = [
        ("Document", "CT-TTg:33:2021", {**DOC, "title": 'a "b", c', "name": ""}),
        ("Report", "R:1", {**DOC, "id": "r-1", "is_report": True, "flags": [], "title": None}),
        ("Body", "thu-tuong", {"id": "thu-tuong", "name": "Thủ tướng"}),
        ("Province", "bac-ninh", {"id": "bac-ninh", "name": "Bắc Ninh", "predecessors": ["bac-giang"]}),
    ]
    edges = [
        ("IMPLEMENTS", "R:1", "CT-TTg:33:2021", {"count": 2}),
        ("ISSUED_BY", "CT-TTg:33:2021", "thu-tuong", {}),
    ]
    assert export_csv(Rows(nodes, edges), tmp_path) == {"nodes": 4, "edges": 2}
    docs = (tmp_path / "documents.csv").read_text(encoding="utf-8").splitlines()
    assert docs[1].endswith(',"a ""b"", c","",true,false,repaired,2021-11-26,,Document')
    assert docs[2].endswith(",,,true,true,,2021-11-26,,Document;Report")  # None and [] are no value
    assert (
        (tmp_path / "provinces.csv")
        .read_text(encoding="utf-8")
        .splitlines()[1]
        .endswith(",bac-giang,Province")
    )
    assert (tmp_path / "issued_by.csv").read_text(encoding="utf-8").splitlines() == [
        ":START_ID(Document),:END_ID(Body),:TYPE",
        "CT-TTg:33:2021,thu-tuong,ISSUED_BY",
    ]
    assert (tmp_path / "legalgraph_meta.csv").read_text(encoding="utf-8").splitlines() == [
        "key:ID(LegalgraphMeta),origin,:LABEL",
        "legalgraph,csv-export,LegalgraphMeta",
    ]  # marks an export
    command = (tmp_path / IMPORT_COMMAND_FILE).read_text(encoding="utf-8").strip()
    assert command == neo4j_admin_command(tmp_path)
    assert f"--nodes={tmp_path.resolve() / 'legalgraph_meta.csv'}" in shlex.split(command)
    assert not list(tmp_path.glob(".*.tmp"))


def test_paths_with_spaces_are_quoted(tmp_path):
    out = tmp_path / "my export"
    args = shlex.split(neo4j_admin_command(out))
    assert args[:4] == ["neo4j-admin", "database", "import", "full"]
    assert f"--nodes={out.resolve() / 'documents.csv'}" in args and args[-1] == "neo4j"


@pytest.mark.parametrize(
    ("nodes", "edges", "message"),
    [
        (
            [("Document", "A", {**DOC, "flags": ["x;y"]})],
            [],
            "cannot be written to a ';'-delimited CSV array",
        ),
        ([("Document", "A", DOC), ("Report", "A", DOC)], [], "two Document nodes have the key 'A'"),
        ([("Document", "A", DOC)], [("CITES", "A", "B", {"count": 1})], "no Document node 'B' was exported"),
        ([("Document", "A", DOC)], [("LIKES", "A", "A", {})], "type the CSV export does not know: 'LIKES'"),
        ([("Document", "A", {**DOC, "year": "2021"})], [], "year '2021' is not an integer"),
        ([("Thing", "A", {})], [], "label the CSV export does not know"),
    ],
)
def test_bad_data_is_a_clear_error_and_leaves_the_old_export(tmp_path, nodes, edges, message):
    good = Rows([("Document", "A", DOC)], [])
    export_csv(good, tmp_path)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    with pytest.raises(ExportError, match=re.escape(message)):
        export_csv(Rows(nodes, edges), tmp_path)
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


def test_export_error_is_a_value_error():
    assert issubclass(ExportError, ValueError)  # callers catching ValueError still catch it
