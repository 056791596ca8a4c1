"""Every endpoint through HTTP against a store holding the ingested example reports; the answers
are checked, not just the status codes. Runs against the embedded store and against Neo4j."""

from __future__ import annotations

import unicodedata

import pytest
from fastapi.testclient import TestClient
from unidecode import unidecode

from api.app import create_app
from tests.test_api_support import ASCII_KEY, corpus_contributions, embedded_store, make_settings


def fold(s: str | None) -> str:
    return unidecode(unicodedata.normalize("NFC", s or "")).casefold()


@pytest.fixture(scope="module", params=["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def store(request, tmp_path_factory):
    contributions = corpus_contributions()
    if request.param == "embedded":
        st = embedded_store(tmp_path_factory.mktemp("api-embedded"))
    else:
        from graph.neo4j_store import Neo4jStore

        uri = request.getfixturevalue("neo4j_uri")
        auth = request.getfixturevalue("neo4j_auth")
        driver = request.getfixturevalue("neo4j_driver")
        driver.execute_query("MATCH (n) DETACH DELETE n")
        st = Neo4jStore(uri, *(auth or (None, None)))
    st.write_many(contributions)
    yield st
    st.close()


@pytest.fixture(scope="module")
def client(store):
    with TestClient(create_app(make_settings(), store=store), raise_server_exceptions=False) as c:
        yield c


def resolve_one(client, ref: str) -> dict:
    r = client.get("/resolve", params={"ref": ref})
    assert r.status_code == 200, r.text
    cands = r.json()["candidates"]
    assert cands, f"nothing resolves {ref!r}"
    return cands[0]["document"]


def group_names(body: dict) -> set[str]:
    return {fold(g["group"].get("name")) for g in body["groups"]}


def test_health_and_stats(client):
    assert client.get("/health").json()["ok"] is True
    stats = client.get("/stats").json()
    assert stats["reports"] == 4  # the four examples
    assert stats["documents"] >= 3 and stats["mentions"] >= stats["reports"]


@pytest.mark.parametrize(
    "ref", ["Chỉ thị 33/CT-TTg", "chi thi 33 ct-ttg", "CHỈ THỊ SỐ 33/CT-TTG", "33/CT-TTg"]
)
def test_resolve_is_tolerant(client, ref):
    body = client.get("/resolve", params={"ref": ref}).json()
    symbols = {c["document"]["number_symbol"] for c in body["candidates"]}
    assert symbols == {"33/CT-TTg"}, body
    assert not body["ambiguous"] and body["candidates"][0]["why"]


def test_resolve_short_forms_and_names(client):
    short = client.get("/resolve", params={"ref": "Kết luận số 114"}).json()
    assert "114-KL/TW" in {c["document"]["number_symbol"] for c in short["candidates"]}
    assert all(c["why"] for c in short["candidates"])
    named = client.get("/resolve", params={"ref": "luat tiep cong dan"}).json()
    assert named["candidates"], named
    congress = client.get("/resolve", params={"ref": "Nghị quyết Đại hội XIII của Đảng"}).json()
    (only,) = congress["candidates"]  # a name alone stands for its document's key
    assert only["document"]["id"] == "named-nghi-quyet-dai-hoi-dai-bieu-toan-quoc-lan-thu-xiii-cua-dang"


def test_resolve_takes_an_id_and_says_when_the_year_asked_matches_none(client):
    (by_id,) = client.get("/resolve", params={"ref": "ct-ttg-33-2021"}).json()["candidates"]
    assert by_id["document"]["number_symbol"] == "33/CT-TTg" and by_id["why"] == "document id"
    other_year = client.get("/resolve", params={"ref": "Chỉ thị 33/CT-TTg năm 2019"}).json()["candidates"]
    assert [c["document"]["id"] for c in other_year] == ["ct-ttg-33-2021"]
    assert "none is of 2019" in other_year[0]["why"]


def test_resolve_unknown_gives_no_candidates(client):
    body = client.get("/resolve", params={"ref": "Nghị định số 999/2099/NĐ-CP"}).json()
    assert body["candidates"] == [] and body["ambiguous"] is False


def test_implementers_of_decree_04_are_an_giang_and_quang_ngai_with_evidence(client):
    doc = resolve_one(client, "Nghị định số 04/2015/NĐ-CP")
    body = client.get(f"/documents/{doc['id']}/implementers").json()
    assert body["document"]["number_symbol"] == "04/2015/NĐ-CP"
    names = group_names(body)
    assert any("an giang" in n for n in names) and any("quang ngai" in n for n in names), names
    for group in body["groups"]:
        for rep in group["reports"]:
            assert rep["evidence"], rep
            text = client.get(f"/reports/{rep['report']['id']}/text").text
            for ev in rep["evidence"]:
                assert "04/2015/NĐ-CP" in ev["sentence"]
                assert text[ev["start"] : ev["end"]] == ev["text"]
                assert ev["report_id"] == rep["report"]["id"]


def test_who_implements_directive_33_is_an_giang(client):
    doc = resolve_one(client, "Chỉ thị 33/CT-TTg")
    body = client.get(f"/documents/{doc['id']}/implementers", params={"level": "province"}).json()
    assert [n for n in group_names(body)] and all("an giang" in n for n in group_names(body))


def test_conclusion_114_reported_by_bac_giang_with_its_successor(client):
    doc = resolve_one(client, "Kết luận số 114-KL/TW")
    body = client.get(f"/documents/{doc['id']}/implementers").json()
    groups = [g for g in body["groups"] if "bac giang" in fold(g["group"].get("name"))]
    assert groups, body
    assert groups[0]["successor"] and "bac ninh" in fold(
        groups[0]["successor"]["name"] or groups[0]["successor"]["id"]
    )


def test_implementers_by_body_and_date_window(client):
    doc = resolve_one(client, "Nghị định số 04/2015/NĐ-CP")
    by_body = client.get(f"/documents/{doc['id']}/implementers", params={"level": "body"}).json()
    assert by_body["level"] == "body" and len(by_body["groups"]) >= 2
    late = client.get(f"/documents/{doc['id']}/implementers", params={"since": "2024-01-01"}).json()
    dates = [r["report"].get("date") for g in late["groups"] for r in g["reports"]]
    assert dates and all(d >= "2024" for d in dates if d)
    assert (
        client.get(f"/documents/{doc['id']}/implementers", params={"since": "yesterday"}).status_code == 422
    )


def test_document_detail_counts_and_unknown_id(client):
    doc = resolve_one(client, "Nghị định số 04/2015/NĐ-CP")
    detail = client.get(f"/documents/{doc['id']}").json()
    assert detail["number_symbol"] == "04/2015/NĐ-CP" and detail["cited_by"] >= 2
    r = client.get("/documents/no-such-document")
    assert r.status_code == 404 and r.headers["content-type"] == "application/problem+json"
    assert r.json()["type"] == "https://legalgraph.dev/problems/not-found"


def test_search_pages_cover_everything_once_in_order(client):
    everything = client.get("/documents", params={"limit": 200}).json()["items"]
    seen, cursor = [], None
    while True:
        params = {"limit": 2, **({"cursor": cursor} if cursor else {})}
        page = client.get("/documents", params=params).json()
        seen += [d["id"] for d in page["items"]]
        cursor = page["next_cursor"]
        if not cursor:
            break
    assert seen == [d["id"] for d in everything] == sorted(seen)
    assert len(set(seen)) == len(seen)


def test_search_filters(client):
    items = client.get("/documents", params={"q": "ct-ttg", "limit": 200}).json()["items"]
    assert any(d["number_symbol"] == "33/CT-TTg" for d in items)
    by_type = client.get("/documents", params={"doc_type": "Nghị định", "limit": 200}).json()["items"]
    assert by_type and all(d["doc_type"] == "Nghị định" for d in by_type)
    by_year = client.get("/documents", params={"year": 2015, "limit": 200}).json()["items"]
    assert by_year and all(d["year"] == 2015 for d in by_year)


def test_bad_cursor_and_limit_are_problems(client):
    for params in ({"cursor": "@@@"}, {"limit": 0}, {"limit": 10_000}, {"year": "abc"}):
        r = client.get("/documents", params=params)
        assert r.status_code == 422, params
        body = r.json()
        assert r.headers["content-type"] == "application/problem+json"
        assert set(body) >= {"type", "title", "status", "detail", "instance"} and body["status"] == 422


def test_citations_and_chain(client):
    doc = resolve_one(client, "Nghị định số 04/2015/NĐ-CP")
    cited_in = client.get(f"/documents/{doc['id']}/citations", params={"direction": "in"}).json()["items"]
    assert len({c["document"]["id"] for c in cited_in}) >= 2
    report_id = cited_in[0]["document"]["id"]
    out = client.get(f"/documents/{report_id}/citations", params={"direction": "out"}).json()["items"]
    assert doc["id"] in {c["document"]["id"] for c in out}
    chain = client.get(f"/documents/{report_id}/chain", params={"direction": "up", "depth": 2}).json()
    assert any(p["nodes"][-1]["id"] == doc["id"] for p in chain["paths"])
    assert all(len(p["relations"]) == len(p["nodes"]) - 1 <= 2 for p in chain["paths"])
    assert client.get(f"/documents/{report_id}/chain", params={"depth": 7}).status_code == 422


def test_citations_come_a_page_at_a_time(client):
    doc = resolve_one(client, "Nghị định số 04/2015/NĐ-CP")
    cited_in = client.get(f"/documents/{doc['id']}/citations", params={"direction": "in"}).json()["items"]
    report_id = cited_in[0]["document"]["id"]
    whole = client.get(f"/documents/{report_id}/citations", params={"direction": "out"}).json()
    assert whole["next_offset"] is None and len(whole["items"]) >= 3
    pages, offset = [], 0
    while offset is not None:
        body = client.get(
            f"/documents/{report_id}/citations", params={"direction": "out", "limit": 2, "offset": offset}
        ).json()
        assert body["offset"] == offset and len(body["items"]) <= 2
        pages += body["items"]
        offset = body["next_offset"]
    assert pages == whole["items"]
    assert client.get(f"/documents/{report_id}/citations", params={"limit": 0}).status_code == 422
    assert client.get(f"/documents/{report_id}/citations", params={"offset": -1}).status_code == 422


def test_provinces_show_the_2025_mapping(client):
    provinces = {p["id"]: p for p in client.get("/provinces").json()}
    bac_giang = next(p for p in provinces.values() if fold(p["name"]) == "bac giang")
    assert bac_giang["successor"] and "bac ninh" in fold(
        bac_giang["successor"].get("name") or bac_giang["successor"]["id"]
    )
    old = client.get(f"/provinces/{bac_giang['id']}/documents").json()
    new = client.get(f"/provinces/{bac_giang['successor']['id']}/documents").json()
    old_symbols = {i["document"]["number_symbol"] for i in old["items"]}
    new_symbols = {i["document"]["number_symbol"] for i in new["items"]}
    assert "114-KL/TW" in old_symbols and old_symbols <= new_symbols
    assert bac_giang["id"] in {u["id"] for u in new["units"]}
    assert client.get("/provinces/atlantis/documents").status_code == 404


def test_report_endpoints(client):
    doc = resolve_one(client, "Chỉ thị 33/CT-TTg")
    rep = client.get(f"/documents/{doc['id']}/implementers").json()["groups"][0]["reports"][0]["report"]
    meta = client.get(f"/reports/{rep['id']}").json()
    assert meta["id"] == rep["id"] and meta.get("sha256")
    refs = client.get(f"/reports/{rep['id']}/references").json()["references"]
    assert [r["start"] for r in refs] == sorted(r["start"] for r in refs)
    assert "33/CT-TTg" in {r.get("number_symbol") for r in refs}
    text = client.get(f"/reports/{rep['id']}/text")
    assert text.headers["content-type"].startswith("text/plain")
    assert all(text.text[r["start"] : r["end"]] == r["text"] for r in refs)
    html = client.get(f"/reports/{rep['id']}/text", params={"format": "html"})
    assert html.headers["content-type"].startswith("text/html")
    assert f'href="/documents/{doc["id"]}"' in html.text and "<mark" in html.text
    assert "<script>" not in html.text.split("<body>", 1)[1]
    assert client.get("/reports/nope").status_code == 404
    assert client.get("/reports/nope/text").status_code == 404


def test_unknown_route_and_method_are_problems(client):
    r = client.get("/nowhere")
    assert r.status_code == 404 and r.headers["content-type"] == "application/problem+json"
    r = client.put("/reports/x")
    assert r.status_code == 405 and {"GET", "DELETE"} <= set(r.headers["allow"].replace(" ", "").split(","))


def test_cors_preflight(client):
    r = client.options(
        "/documents", headers={"Origin": "http://localhost:5173", "Access-Control-Request-Method": "GET"}
    )
    assert r.headers.get("access-control-allow-origin") == "http://localhost:5173"


def test_writes_need_the_key(client):
    assert client.post("/reports", json={"text": "x"}).status_code == 401
    assert client.post("/reports", json={"text": "x"}, headers={"X-API-Key": "wrong"}).status_code == 401
    assert client.delete("/reports/whatever", headers={"X-API-Key": "wrong"}).status_code == 401
    assert client.delete("/reports/whatever", headers={"X-API-Key": ASCII_KEY}).status_code == 404
