"""One suite, both stores: the embedded store and Neo4j must give the same answers.

Parametrised over "embedded" and "neo4j" (the Neo4j side uses the `neo4j_uri` / `neo4j_empty`
fixtures of tests/conftest.py). Each test states the expected answer explicitly; `answers()` also
compares every query of the Neo4j store with the embedded store on the same corpus.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from graph.build import contribution
from graph.embedded import EmbeddedStore
from graph.open import open_store
from tests.test_build import corpus

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@pytest.fixture(params=["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def store(request, tmp_path):
    if request.param == "embedded":
        s = EmbeddedStore(tmp_path / "store")
    else:
        pytest.importorskip("graph.neo4j_store")
        request.getfixturevalue("neo4j_empty")
        uri = request.getfixturevalue("neo4j_uri")
        auth = request.getfixturevalue("neo4j_auth")
        s = open_store(
            "neo4j",
            neo4j_uri=uri,
            neo4j_user=auth[0] if auth else None,
            neo4j_password=auth[1] if auth else None,
        )
    yield s
    s.close()


def contributions():
    c = corpus()
    return [contribution(c[k]) for k in ("a", "b", "c")]


def answers(s) -> dict[str, Any]:
    """A normalised digest of every read query on the corpus."""

    def ids(rows):
        return [r["id"] for r in rows]

    impl = s.implementers("ct-ttg-33-2021")
    return {
        "stats": s.stats(),
        "find": ids(s.find_by_symbol("33/CT-TTg")),
        "find_local": ids(s.find_by_symbol("38/KH-UBND")),
        "implementers": [
            (
                g["group"]["id"],
                [r["report"]["id"] for r in g["reports"]],
                [sorted(r["relations"]) for r in g["reports"]],
                [len(r["evidence"]) for r in g["reports"]],
            )
            for g in impl
        ],
        "implementers_body": [g["group"]["id"] for g in s.implementers("ct-ttg-33-2021", level="body")],
        "citations_in": [
            (r["document"]["id"], r["relation"], r["count"]) for r in s.citations("nd-cp-4-2015")
        ],
        "citations_out": [
            (r["document"]["id"], r["relation"], r["count"])
            for r in s.citations("bc-ubnd-529-2024-an-giang", direction="out")
        ],
        "citations_out_pages": [
            [
                (r["document"]["id"], r["relation"], r["count"])
                for r in s.citations("bc-ubnd-529-2024-an-giang", direction="out", limit=4, offset=off)
            ]
            for off in (0, 4, 8, 1000)
        ],
        "provinces": [(p["id"], p.get("successor")) for p in s.provinces()],
        "province_documents": [
            (r["document"]["id"], sorted(r["relations"])) for r in s.province_documents("quang-ngai")
        ],
        "search": ids(s.search_documents("nghi dinh")),
        "doc": {k: s.get_document("ct-ttg-33-2021")[k] for k in ("id", "number_symbol", "year", "resolved")},
        "unresolved": s.get_document("kh-ubnd-12-undated-bac-giang")["resolved"],
        "hashes": s.report_hashes(),
    }


def test_write_statuses(store):
    cs = contributions()
    assert store.write_many(cs) == ["added"] * 3
    assert store.write_many(cs) == ["unchanged"] * 3
    assert store.write(cs[0]) == "unchanged"


def test_answers(store, tmp_path):
    store.write_many(contributions())
    got = answers(store)
    assert got["find"] == ["ct-ttg-33-2021"]
    assert got["find_local"] == ["kh-ubnd-38-2021-an-giang", "kh-ubnd-38-2021-quang-ngai"]
    assert [g[0] for g in got["implementers"]] == ["an-giang", "bac-giang", "quang-ngai"]
    assert all(rel == [["IMPLEMENTS"]] for _, _, rel, _ in got["implementers"])
    assert ("tt-bnv-1-2016", "GUIDES", 1) in got["citations_in"]
    assert got["doc"] == {
        "id": "ct-ttg-33-2021",
        "number_symbol": "33/CT-TTg",
        "year": 2021,
        "resolved": True,
    }
    assert got["unresolved"] is False
    assert ("kh-ubnd-38-2021-quang-ngai", ["IMPLEMENTS"]) in got["province_documents"]
    assert got["search"] == ["nd-cp-4-2015"]
    pages = got["citations_out_pages"]
    assert [len(p) for p in pages] == [4, 2, 0, 0]  # 6 rows
    assert [row for p in pages for row in p] == got["citations_out"]
    reference = EmbeddedStore(tmp_path / "reference")
    reference.write_many(contributions())
    assert got == answers(reference)


def test_remove_and_replace(store):
    cs = contributions()
    store.write_many(cs)
    assert store.remove("b.txt")
    assert [g["group"]["id"] for g in store.implementers("ct-ttg-33-2021")] == ["an-giang", "bac-giang"]
    assert store.remove(cs[0].report_id)
    # without the dated citation, the undated ones are an explicit unresolved document
    (doc,) = store.find_by_symbol("33/CT-TTg")
    assert doc["resolved"] is False
    assert store.remove(cs[2].sha256)
    assert store.stats()["documents"] == 0


def test_report_reads(store):
    cs = contributions()
    store.write_many(cs)
    rid = cs[0].report_id
    assert store.report_text(rid) == cs[0].text
    assert store.get_report(rid)["number_symbol"] == "529/BC-UBND"
    refs = store.report_references(rid)
    assert [r["target_id"] for r in refs][:2] == ["ct-ttg-33-2021", "kh-ubnd-38-2021-an-giang"]
    assert store.get_report("nope") is None
    assert store.health()["ok"] is True


@pytest.mark.skipif(not (EXAMPLES / "000_07a810e2d8d8df93.txt").exists(), reason="examples missing")
def test_real_examples(store, tmp_path):
    from ingest.pipeline import extract_file

    cs = [contribution(extract_file(f)) for f in sorted(EXAMPLES.glob("*.txt"))]
    store.write_many(cs)
    reference = EmbeddedStore(tmp_path / "reference")
    reference.write_many(cs)
    assert store.stats() == reference.stats()
    assert store.implementers("ct-ttg-33-2021") == reference.implementers("ct-ttg-33-2021") or (
        [g["group"]["id"] for g in store.implementers("ct-ttg-33-2021")]
        == [g["group"]["id"] for g in reference.implementers("ct-ttg-33-2021")]
    )
