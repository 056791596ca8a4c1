"""`legalgraph ingest / remove / query / export` end to end on the sample corpus."""

from __future__ import annotations

import json
import shutil
import socket
from pathlib import Path

import networkx as nx
import pytest

from graph.embedded import EmbeddedStore
from legalgraph.cli import main

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@pytest.fixture
def corpus(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    for f in sorted(EXAMPLES.glob("*.txt")):
        shutil.copy(f, d / f.name)
    return d


@pytest.fixture
def data(tmp_path, corpus):
    data = tmp_path / "data"
    assert main(["ingest", str(corpus), "--data-dir", str(data), "--quiet"]) == 0
    return data


def run_json(capsys, *argv):
    capsys.readouterr()
    code = main([*argv, "--format", "json"])
    out = capsys.readouterr().out
    return code, (json.loads(out) if out.strip() else None)


def test_ingest_is_idempotent(tmp_path, corpus, data, capsys):
    capsys.readouterr()
    assert main(["ingest", str(corpus), "--data-dir", str(data), "--quiet"]) == 0
    assert "0 added, 0 replaced, 4 unchanged, 0 failed" in capsys.readouterr().err
    code, stats = run_json(capsys, "query", "stats", "--data-dir", str(data))
    assert code == 0 and stats["reports"] == 4 and stats["mentions"] > 100


def test_implementers_of_a_free_text_reference(data, capsys):
    code, out = run_json(capsys, "query", "implementers", "Chỉ thị 33/CT-TTg", "--data-dir", str(data))
    assert code == 0
    assert out["document"]["id"] == "ct-ttg-33-2021"
    groups = [g["group"]["name"] for g in out["groups"]]
    assert "An Giang" in groups
    ag = next(g for g in out["groups"] if g["group"]["name"] == "An Giang")
    assert ag["reports"][0]["evidence"][0]["sentence"]
    code, out = run_json(
        capsys,
        "query",
        "implementers",
        "Nghị định số 04/2015/NĐ-CP",
        "--data-dir",
        str(data),
        "--level",
        "body",
    )
    assert code == 0 and out["groups"]


def test_implementers_of_a_party_resolution_named_by_its_congress(data, capsys):
    code, out = run_json(
        capsys, "query", "implementers", "Nghị quyết Đại hội XIII của Đảng", "--data-dir", str(data)
    )
    assert code == 0
    assert out["document"]["id"] == "named-nghi-quyet-dai-hoi-dai-bieu-toan-quoc-lan-thu-xiii-cua-dang"
    assert sorted(g["group"]["name"] for g in out["groups"]) == ["An Giang", "Quảng Ngãi"]


@pytest.mark.parametrize(
    "ref", ["chi thi 33 ct-ttg", "CHỈ THỊ SỐ 33/CT-TTG", "Chỉ thị 33", "ct-ttg-33-2021", "Kết luận số 114"]
)
def test_queries_read_a_reference_as_get_resolve_does(data, capsys, ref):
    """The CLI and `GET /resolve` share graph.lookup: no diacritics, upper case, short forms and ids."""
    code, out = run_json(capsys, "query", "document", ref, "--data-dir", str(data))
    assert code == 0
    assert out["id"] == ("kl-tw-114-xi" if ref.startswith("Kết") else "ct-ttg-33-2021")


def test_other_queries(data, capsys):
    for argv in (
        ["query", "document", "ct-ttg-33-2021"],
        ["query", "citations", "Chỉ thị 33/CT-TTg"],
        ["query", "chain", "ct-ttg-33-2021", "--direction", "down"],
        ["query", "provinces"],
        ["query", "province-documents", "An Giang"],
        ["query", "search", "chi thi"],
    ):
        code, out = run_json(capsys, *argv, "--data-dir", str(data))
        assert code == 0 and out, argv
    assert main(["query", "stats", "--data-dir", str(data)]) == 0
    assert "reports: 4" in capsys.readouterr().out


def test_citations_page(data, capsys):
    args = ("query", "citations", "nd-cp-4-2015", "--data-dir", str(data))
    code, whole = run_json(capsys, *args)
    assert code == 0 and len(whole) >= 2
    code, page = run_json(capsys, *args, "--limit", "1", "--offset", "1")
    assert code == 0 and page == whole[1:2]
    assert main([*args, "--limit", "0"]) == 2
    assert "--limit must be at least 1" in capsys.readouterr().err


def test_unknown_reference_exits_1(data, capsys):
    assert main(["query", "implementers", "Chỉ thị 999/CT-TTg", "--data-dir", str(data)]) == 1
    assert "no document matches" in capsys.readouterr().err


def test_remove(data, corpus, capsys):
    src = str(corpus / "004_23d2312379ba0d2a.txt")
    assert main(["remove", src, "--data-dir", str(data)]) == 0
    assert EmbeddedStore(data).stats()["reports"] == 3
    assert main(["remove", src, "--data-dir", str(data)]) == 1


def test_bad_file_is_reported_and_skipped(tmp_path, corpus, capsys):
    (corpus / "broken.pdf").write_bytes(b"%PDF-1.4 this is not really a pdf")
    data = tmp_path / "d2"
    assert main(["ingest", str(corpus), "--data-dir", str(data), "--quiet"]) == 1
    err = capsys.readouterr().err
    assert "broken.pdf" in err and "4 added" in err and "1 failed" in err


def test_parallel_extraction_gives_the_same_graph(tmp_path, corpus, data):
    par = tmp_path / "par"
    assert (
        main(["ingest", str(corpus), "--data-dir", str(par), "--workers", "2", "--quiet", "--batch", "2"])
        == 0
    )
    a, b = EmbeddedStore(data), EmbeddedStore(par)
    assert list(a.iter_nodes()) == list(b.iter_nodes())
    assert list(a.iter_edges()) == list(b.iter_edges())


def test_exports(tmp_path, data, capsys):
    store = EmbeddedStore(data)
    n_nodes = sum(1 for _ in store.iter_nodes())
    n_edges = sum(1 for _ in store.iter_edges())
    gml = tmp_path / "g.graphml"
    assert main(["export", "--format", "graphml", "--out", str(gml), "--data-dir", str(data)]) == 0
    g = nx.read_graphml(gml)
    assert g.number_of_nodes() == n_nodes and g.number_of_edges() == n_edges
    assert g.nodes["CT-TTg:33:2021"]["number_symbol"] == "33/CT-TTg"
    out = tmp_path / "csv"
    assert main(["export", "--format", "csv", "--out", str(out), "--data-dir", str(data)]) == 0
    assert "neo4j-admin database import full" in capsys.readouterr().err
    header = (out / "documents.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header.startswith("key:ID(Document),id,") and header.endswith(":LABEL")
    rel_header = (out / "document_relationships.csv").read_text(encoding="utf-8").splitlines()[0]
    assert rel_header.startswith(":START_ID(Document),:END_ID(Document),:TYPE")
    cy = tmp_path / "g.cypher"
    assert main(["export", "--format", "cypher", "--out", str(cy), "--data-dir", str(data)]) == 0
    text = cy.read_text(encoding="utf-8")
    assert "MERGE (n:Document {key: row.key})" in text and "[r:IMPLEMENTS]" in text


def test_export_of_data_csv_cannot_hold_is_one_line_and_exit_1(tmp_path, capsys):
    """A flag with the importer's array delimiter in it: a clear error, exit 1, nothing written."""
    from dataclasses import replace

    from tests.test_neo4j_store import CT33, report

    store = EmbeddedStore(tmp_path / "data")
    store.write(report(1, cited=(replace(CT33, flags=["odd;flag"]),)))
    store.close()
    out = tmp_path / "csv"
    assert main(["export", "--format", "csv", "--out", str(out), "--data-dir", str(tmp_path / "data")]) == 1
    err = capsys.readouterr().err
    assert "odd;flag" in err and "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert not out.exists() or not any(out.iterdir())


def test_dead_neo4j_is_one_line_and_exit_3(capsys):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    code = main(["query", "stats", "--store", "neo4j", "--neo4j-uri", f"bolt://127.0.0.1:{port}"])
    err = capsys.readouterr().err.strip()
    assert code == 3 and err.startswith("legalgraph: store unavailable:") and "\n" not in err
