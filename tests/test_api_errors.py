"""Failure answers: a dead store gives 503 with Retry-After, a crash gives a bare 500 problem (logged,
no internals), validation errors are problem+json 422, and the request log has one line per request."""

from __future__ import annotations

import logging

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from graph.embedded import EmbeddedStore
from tests.test_api_support import DeadStore, corpus_contributions, make_settings


class CrashingStore(EmbeddedStore):
    """A real store with one broken method (a bug, not an outage)."""

    def stats(self):
        raise RuntimeError("secret internals: /var/lib/db password=hunter2")


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    st = EmbeddedStore(tmp_path_factory.mktemp("api-errors"))
    st.write_many(corpus_contributions())
    yield st
    st.close()


def test_dead_store_answers_503_with_retry_after():
    c = TestClient(create_app(make_settings(), store=DeadStore()), raise_server_exceptions=False)
    r = c.get("/health")
    assert r.status_code == 503 and r.json()["ok"] is False and r.headers["retry-after"]
    for path in ("/stats", "/documents", "/documents/x", "/provinces", "/resolve?ref=33/CT-TTg"):
        r = c.get(path)
        assert r.status_code == 503, path
        assert r.headers["content-type"] == "application/problem+json" and r.headers["retry-after"]
        assert r.json()["type"] == "https://legalgraph.dev/problems/store-unavailable"


def test_unreachable_configured_store_starts_and_answers_503(tmp_path):
    settings = make_settings(
        store="neo4j", neo4j_uri="bolt://127.0.0.1:1", neo4j_user="neo4j", neo4j_password="x"
    )
    with TestClient(create_app(settings), raise_server_exceptions=False) as c:
        assert c.get("/health").status_code == 503
        r = c.get("/stats")
        assert r.status_code == 503 and r.headers["retry-after"]


def test_crash_is_a_bare_500_problem_and_is_logged(caplog, tmp_path):
    c = TestClient(create_app(make_settings(), store=CrashingStore(tmp_path)), raise_server_exceptions=False)
    with caplog.at_level(logging.ERROR, logger="legalgraph.api"):
        r = c.get("/stats")
    assert r.status_code == 500 and r.headers["content-type"] == "application/problem+json"
    assert "secret" not in r.text and "Traceback" not in r.text
    assert r.json()["type"] == "https://legalgraph.dev/problems/internal-error"
    assert any("secret internals" in (rec.exc_text or "") or rec.exc_info for rec in caplog.records)


@pytest.mark.parametrize(
    "path",
    [
        "/documents?limit=-1",
        "/documents?year=1066",
        "/resolve",
        "/resolve?ref=",
        "/documents/x/chain?depth=0",
        "/documents/x/implementers?level=city",
        "/documents/x/citations?direction=sideways",
        "/reports/x/text?format=pdf",
    ],
)
def test_bad_parameters_are_422_problems(store, path):
    c = TestClient(create_app(make_settings(), store=store))
    r = c.get(path)
    assert r.status_code == 422 and r.headers["content-type"] == "application/problem+json"
    body = r.json()
    assert body["type"] == "https://legalgraph.dev/problems/invalid-request"
    assert body["instance"] == path.split("?")[0] and body["errors"] and body["detail"]


def test_one_log_line_per_request_with_timing(caplog, store):
    c = TestClient(create_app(make_settings(), store=store))
    with caplog.at_level(logging.INFO, logger="legalgraph.api.access"):
        c.get("/stats")
        c.get("/documents/none")
    lines = [r.getMessage() for r in caplog.records if r.name == "legalgraph.api.access"]
    assert len(lines) == 2
    assert lines[0].startswith("GET /stats 200 ") and lines[0].endswith("ms")
    assert lines[1].startswith("GET /documents/none 404 ")


def test_openapi_documents_every_answer(store):
    schema = TestClient(create_app(make_settings(), store=store)).get("/openapi.json").json()
    for path, ops in schema["paths"].items():
        for method, op in ops.items():
            assert "422" in op["responses"] and "503" in op["responses"], (method, path)
            ok = op["responses"].get("200") or op["responses"].get("201") or op["responses"].get("204")
            assert ok is not None, (method, path)
            if "application/json" in ok.get("content", {}):
                assert ok["content"]["application/json"]["schema"], (method, path)
            assert "application/problem+json" in op["responses"]["422"]["content"]
    assert schema["paths"]["/reports"]["post"]["security"]
