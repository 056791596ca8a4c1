"""Plain HTTP tests of what the browsing tools fetch: the explorer's files at `/` and `/web/*`, the
implementation matrix (`/matrix`, `/matrix.csv`), the Neo4j Browser guide (`/guide`) and style sheet
(`/cypher/style.grass`). The store is an embedded store in a temp dir holding the four examples."""

from __future__ import annotations

import csv
import io
import re
from html.parser import HTMLParser
from pathlib import Path
from types import SimpleNamespace

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from graph.build import contribution
from graph.embedded import EmbeddedStore
from ingest.pipeline import extract_file

EXAMPLES = sorted((Path(__file__).resolve().parent.parent / "examples").glob("*.txt"))
AN_GIANG_2024 = "bc-ubnd-529-2024-an-giang"  # examples/000: Báo cáo 529/BC-UBND, 24/5/2024
QUANG_NGAI_2021 = "bc-vp-876-2021-quang-ngai"  # examples/002: Báo cáo 876/BC-VP, 7/6/2021
CT33 = "ct-ttg-33-2021"
CT16 = "ct-ttg-16-2016"
ND04 = "nd-cp-4-2015"


def ingest_examples(data_dir: Path) -> Path:
    """The four example reports ingested into an embedded store at `data_dir` (graph API: extract,
    build each report's contribution, write them in one batch)."""
    assert len(EXAMPLES) == 4, EXAMPLES
    store = EmbeddedStore(data_dir)
    try:
        statuses = store.write_many([contribution(extract_file(str(path))) for path in EXAMPLES])
    finally:
        store.close()
    assert statuses == ["added"] * 4, statuses
    return data_dir


def web_settings(data_dir: Path) -> SimpleNamespace:
    return SimpleNamespace(
        store="embedded",
        data_dir=str(data_dir),
        neo4j_uri=None,
        neo4j_user=None,
        neo4j_password=None,
        neo4j_database=None,
        api_key="",
        read_api_key_required=False,
        max_upload_mb=5,
        cors_origins=[],
    )


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    data_dir = ingest_examples(tmp_path_factory.mktemp("web") / "data")
    store = EmbeddedStore(data_dir)
    with TestClient(create_app(web_settings(data_dir), store=store), raise_server_exceptions=False) as c:
        yield c
    store.close()


# ---- the explorer's files ------------------------------------------------------------------------
class _Assets(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.refs: list[str] = []
        self.labels: set[str] = set()
        self.inputs: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "script" and a.get("src"):
            self.refs.append(a["src"] or "")
        if tag == "link" and a.get("rel") == "stylesheet":
            self.refs.append(a.get("href") or "")
        if tag == "label" and a.get("for"):
            self.labels.add(a["for"] or "")
        if tag == "input" and a.get("id"):
            self.inputs.add(a["id"] or "")


def test_index_is_vietnamese_html_with_its_assets(client):
    r = client.get("/")
    assert r.status_code == 200
    assert r.headers["content-type"] == "text/html; charset=utf-8"
    assert '<html lang="vi">' in r.text and '<meta charset="utf-8">' in r.text
    assert "Tìm văn bản (có hoặc không dấu)" in r.text  # UTF-8 on the wire, NFC as written
    page = _Assets()
    page.feed(r.text)
    assert page.inputs and page.inputs <= page.labels, "every input has a <label for=…>"
    assert set(page.refs) == {"/web/app.css", "/web/vendor/cytoscape.min.js", "/web/app.js"}
    kinds = {
        "/web/app.css": "text/css",
        "/web/app.js": "javascript",
        "/web/vendor/cytoscape.min.js": "javascript",
    }
    for ref in page.refs:
        asset = client.get(ref)
        assert asset.status_code == 200, ref
        assert kinds[ref] in asset.headers["content-type"], (ref, asset.headers["content-type"])
        assert len(asset.content) > 500


def test_explorer_calls_only_routes_that_exist(client):
    """Every API path the explorer fetches is a route of the app (catches renamed endpoints)."""
    js = client.get("/web/app.js").text
    called = set(re.findall(r"""(?:api|fetch)\(["`](/[a-z.]+)""", js))
    assert {"/stats", "/resolve", "/documents", "/reports", "/matrix"} <= called
    paths = {path.split("/{")[0] for path in client.app.openapi()["paths"]}
    assert called <= paths, called - paths


def test_unknown_web_file_is_404(client):
    assert client.get("/web/nope.js").status_code == 404
    assert client.get("/web/../pyproject.toml").status_code == 404


# ---- matrix --------------------------------------------------------------------------------------
def cell_reports(m: dict, doc: str, province: str) -> set[str] | None:
    for c in m["cells"]:
        if c["document_id"] == doc and c["province_id"] == province:
            return {r["id"] for r in c["reports"]}
    return None


def test_matrix_old_units(client):
    r = client.get("/matrix")
    assert r.status_code == 200, r.text
    m = r.json()
    assert m["era"] == "old" and len(m["provinces"]) == 63
    names = {p["name"] for p in m["provinces"]}
    assert {"An Giang", "Bắc Giang", "Quảng Ngãi", "Kiên Giang", "Hà Nội"} <= names
    docs = [d["id"] for d in m["documents"]]
    assert {CT33, CT16, ND04} <= set(docs)
    assert cell_reports(m, CT33, "an-giang") == {AN_GIANG_2024}
    assert cell_reports(m, ND04, "quang-ngai") == {QUANG_NGAI_2021}
    assert cell_reports(m, ND04, "an-giang") == {AN_GIANG_2024}
    assert cell_reports(m, CT33, "quang-ngai") is None  # a gap: Quảng Ngãi has not reported on 33/CT-TTg
    bac_giang = cell_reports(m, CT16, "bac-giang")
    assert bac_giang and len(bac_giang) == 1  # the unnumbered 2020 Sở Nội vụ report
    assert m["gaps"] == len(docs) * 63 - len(m["cells"])
    # most reported first
    reporting = [len({c["province_id"] for c in m["cells"] if c["document_id"] == d}) for d in docs]
    assert reporting == sorted(reporting, reverse=True)


def test_matrix_new_units_count_old_reports_under_the_successor(client):
    m = client.get("/matrix", params={"era": "new"}).json()
    assert m["era"] == "new" and len(m["provinces"]) == 34
    ids = {p["id"] for p in m["provinces"]}
    assert "bac-giang" not in ids and "bac-ninh" in ids  # Bắc Giang became part of Bắc Ninh
    assert cell_reports(m, CT16, "bac-ninh") == cell_reports(client.get("/matrix").json(), CT16, "bac-giang")
    assert cell_reports(m, CT33, "an-giang") == {AN_GIANG_2024}


def test_matrix_period_keeps_rows_and_turns_older_reports_into_gaps(client):
    everything = client.get("/matrix", params={"limit": 200}).json()
    recent = client.get("/matrix", params={"since": "2024-01-01", "until": "", "limit": 200}).json()
    assert recent["since"] == "2024-01-01" and recent["until"] is None
    assert [d["id"] for d in recent["documents"]][:1] != [] and len(recent["documents"]) == len(
        everything["documents"]
    )
    assert {c["province_id"] for c in recent["cells"]} == {"an-giang"}
    assert cell_reports(recent, CT16, "an-giang") == {AN_GIANG_2024}
    assert cell_reports(recent, ND04, "quang-ngai") is None  # reported in 2021: outside the period
    assert recent["gaps"] > everything["gaps"]
    old = client.get("/matrix", params={"until": "2021-12-31", "limit": 200}).json()
    assert cell_reports(old, CT33, "an-giang") is None and cell_reports(old, ND04, "quang-ngai") == {
        QUANG_NGAI_2021
    }


def test_matrix_doc_type_filter_ignores_diacritics(client):
    with_marks = client.get("/matrix", params={"doc_type": "Chỉ thị"}).json()
    without = client.get("/matrix", params={"doc_type": "chi thi"}).json()
    assert with_marks["documents"] and {d["doc_type"] for d in with_marks["documents"]} == {"Chỉ thị"}
    assert [d["id"] for d in with_marks["documents"]] == [d["id"] for d in without["documents"]]
    assert CT33 in {d["id"] for d in with_marks["documents"]} and ND04 not in {
        d["id"] for d in with_marks["documents"]
    }


@pytest.mark.parametrize("params", [{"era": "1975"}, {"since": "26/11/2021"}, {"limit": "0"}, {"limit": "x"}])
def test_matrix_bad_parameters_are_problems(client, params):
    for path in ("/matrix", "/matrix.csv"):
        r = client.get(path, params=params)
        assert r.status_code == 422, (path, params, r.text)
        assert r.headers["content-type"].startswith("application/problem+json")


def test_matrix_csv(client):
    r = client.get("/matrix.csv", params={"era": "old"})
    assert r.status_code == 200
    assert r.headers["content-type"] == "text/csv; charset=utf-8"
    assert 'filename="legalgraph-matrix-old.csv"' in r.headers["content-disposition"]
    assert r.content.startswith(b"\xef\xbb\xbf")  # BOM: spreadsheets read the Vietnamese as UTF-8
    rows = list(csv.reader(io.StringIO(r.content.decode("utf-8-sig"))))
    header, body = rows[0], rows[1:]
    assert header[:6] == ["document_id", "doc_type", "number_symbol", "title", "reporting", "gaps"]
    assert len(header) == 6 + 63 and "An Giang" in header and "Quảng Ngãi" in header
    m = client.get("/matrix").json()
    assert [row[0] for row in body] == [d["id"] for d in m["documents"]]
    by_id = {row[0]: dict(zip(header, row, strict=True)) for row in body}
    ct33 = by_id[CT33]
    assert ct33["doc_type"] == "Chỉ thị" and ct33["number_symbol"] == "33/CT-TTg"
    assert ct33["An Giang"] == "Báo cáo 529/BC-UBND (2024-05-24)"
    assert ct33["Quảng Ngãi"] == "" and ct33["Bắc Giang"] == ""
    assert (ct33["reporting"], ct33["gaps"]) == ("1", "62")
    nd04 = by_id[ND04]
    assert nd04["Quảng Ngãi"] == "Báo cáo 876/BC-VP (2021-06-07)" and nd04["reporting"] == "2"
    # an unnumbered report is named by its title, not an internal id
    assert by_id[CT16]["Bắc Giang"].startswith("Kết quả 05 năm thực hiện Kết luận số 114-KL/TW")
    non_empty = sum(1 for row in body for value in row[6:] if value)
    assert non_empty == len(m["cells"])


def test_matrix_csv_new_units_and_period(client):
    r = client.get("/matrix.csv", params={"era": "new", "since": "2024-01-01"})
    assert 'filename="legalgraph-matrix-new-2024-01-01.csv"' in r.headers["content-disposition"]
    rows = list(csv.reader(io.StringIO(r.content.decode("utf-8-sig"))))
    assert len(rows[0]) == 6 + 34 and "Bắc Giang" not in rows[0] and "Bắc Ninh" in rows[0]
    by_id = {row[0]: dict(zip(rows[0], row, strict=True)) for row in rows[1:]}
    assert by_id[CT16]["Bắc Ninh"] == ""  # the 2020 Bắc Giang report is outside the period
    assert by_id[CT16]["An Giang"] == "Báo cáo 529/BC-UBND (2024-05-24)"


# ---- Neo4j Browser assets ------------------------------------------------------------------------
def test_guide_is_playable(client):
    r = client.get("/guide")
    assert r.status_code == 200
    assert r.headers["content-type"] == "text/html; charset=utf-8"
    assert r.headers["access-control-allow-origin"] == "*"  # Browser fetches :play URLs cross-origin
    html = r.text
    assert html.lstrip().startswith('<article class="guide"') and "<carousel" in html
    slides = re.findall(r"<slide\b.*?</slide>", html, re.S)
    assert len(slides) >= 6
    queries = re.findall(r'<pre mode="cypher"[^>]*class="[^"]*runnable[^"]*">(.*?)</pre>', html, re.S)
    text = " ".join(queries)
    for topic in ("IMPLEMENTS", "REPORTS_ON", "resolved: false", "flags", "SUCCEEDED_BY", ":param"):
        assert topic in text, topic
    for slide_title in (
        "Which provinces report on a directive",
        "A province's implementation record",
        "Citation chains",
        "Unresolved references",
        "Data-quality flags",
    ):
        assert slide_title in html.replace("&#39;", "'"), slide_title


def grass_rules(text: str) -> dict[str, dict[str, str]]:
    """The rules Neo4j Browser reads from a .grass file: a port of its parser (parseGrassCSS in
    neo4j-browser's grassUtils), which knows no comments; quotes only protect braces and vanish."""
    rules: dict[str, str] = {}
    keyword = props = ""
    in_string = in_props = in_binding = False
    for c in text:
        if c == "{" and not in_string:
            in_binding, in_props = (True, in_props) if in_props else (in_binding, True)
            continue
        if c == "}" and not in_string:
            if in_binding:
                in_binding = False
            else:
                in_props = False
                rules[keyword], keyword, props = props, "", ""
            continue
        if c in "'\"":
            in_string = not in_string
            continue
        if in_props:
            props += c
        elif not c.isspace():
            keyword += c
    parsed: dict[str, dict[str, str]] = {}
    for selector, body in rules.items():
        parsed[selector] = {}
        for decl in body.split(";"):
            parts = decl.split(":")
            if len(parts) == 2:
                parsed[selector][parts[0].strip()] = parts[1].strip()
    return parsed


def test_style_sheet(client):
    r = client.get("/cypher/style.grass")
    assert r.status_code == 200 and r.headers["access-control-allow-origin"] == "*"
    rules = grass_rules(r.text)
    labels = {"Document", "Report", "Body", "Province", "ReportText"}
    types = {
        "IMPLEMENTS",
        "REPORTS_ON",
        "RESPONDS_TO",
        "GUIDES",
        "AMENDS",
        "REPLACES",
        "BASED_ON",
        "MENTIONS",
        "ISSUED_BY",
        "LOCATED_IN",
        "SENT_TO",
        "SUCCEEDED_BY",
    }
    assert set(rules) == {"node", "relationship"} | {f"node.{x}" for x in labels} | {
        f"relationship.{t}" for t in types
    }
    for label in ("Document", "Report", "Body", "Province"):
        rule = rules[f"node.{label}"]
        assert re.fullmatch(r"#[0-9A-Fa-f]{6}", rule["color"]) and rule["diameter"].endswith("px")
        assert rule["caption"], label
    assert len({rules[f"node.{x}"]["color"] for x in ("Document", "Report", "Body", "Province")}) == 4
    assert (
        "{number_symbol}" in rules["node.Document"]["caption"]
        and "{doc_type}" in rules["node.Document"]["caption"]
    )
    assert rules["node.Province"]["caption"] == "{name}" and rules["node.Body"]["caption"] == "{short_name}"
    assert rules["node.Document"]["caption"] == "{doc_type} {number_symbol}"
    for rel in types:
        assert rules[f"relationship.{rel}"]["caption"] in ("<type>", "{relation}"), rel
        assert re.fullmatch(r"#[0-9A-Fa-f]{6}", rules[f"relationship.{rel}"]["color"]), rel


@pytest.mark.parametrize("path", ["/guide", "/cypher/style.grass"])
def test_browser_assets_answer_the_cors_preflight(client, path):
    """Neo4j Browser fetches :play and :style URLs with extra headers: Chromium asks first."""
    r = client.options(
        path,
        headers={
            "Origin": "http://localhost:7474",
            "Access-Control-Request-Method": "GET",
            "Access-Control-Request-Headers": "x-ajax-browser-auth",
        },
    )
    assert r.status_code == 204
    assert r.headers["access-control-allow-origin"] == "*"
    assert "GET" in r.headers["access-control-allow-methods"]
    assert r.headers["access-control-allow-headers"] == "x-ajax-browser-auth"


def test_matrix_follows_reports_written_behind_the_apis_back(tmp_path):
    """The matrix is cached per set of stored reports: a report written by another process (here:
    straight into the store, so the API's own write hooks do not run) shows up at once."""
    store = EmbeddedStore(tmp_path)
    store.write_many([contribution(extract_file(str(EXAMPLES[1])))])  # Quảng Ngãi only
    with TestClient(create_app(web_settings(tmp_path), store=store)) as c:
        before = c.get("/matrix").json()
        assert cell_reports(before, ND04, "quang-ngai") == {QUANG_NGAI_2021}
        assert cell_reports(before, ND04, "an-giang") is None
        assert c.get("/matrix").json() == before
        store.write_many([contribution(extract_file(str(EXAMPLES[0])))])  # An Giang 2024
        after = c.get("/matrix").json()
        assert cell_reports(after, ND04, "an-giang") == {AN_GIANG_2024}
        assert "Báo cáo 529/BC-UBND (2024-05-24)" in c.get("/matrix.csv").content.decode("utf-8-sig")
    store.close()
