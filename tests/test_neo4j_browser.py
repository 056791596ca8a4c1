"""Neo4j Browser over the examples: the guide's queries run against the real graph (and name only
labels, types and properties that exist), and headless Chromium opens Browser (served by the test
Neo4j server's HTTP connector), connects, loads our style sheet and guide from the API with `:style`
and `:play`, and runs queries from the guide. Screenshots go to tests/artifacts/."""

from __future__ import annotations

import html
import re
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from api.app import create_app
from graph.build import contribution
from graph.embedded import EmbeddedStore
from ingest.pipeline import extract_file
from tests.test_web_e2e import chromium_context, screenshot, serve
from tests.test_web_routes import EXAMPLES, web_settings

GUIDE = Path(__file__).resolve().parent.parent / "cypher" / "guide" / "legalgraph.html"
PARAMS = {"symbol": "33/CT-TTg", "province": "an-giang"}
# GQL status codes: the query names a label / relationship type / property key the graph lacks
UNKNOWN = {"01N50": "label", "01N51": "relationship type", "01N52": "property key"}


def names_unknown(status) -> bool:
    """A status saying the query names something the graph lacks; relation types of the model that
    the examples happen not to state (AMENDS, ...) do not count."""
    from graph.neo4j_store import DOC_RELATION_TYPES

    if status.gql_status not in UNKNOWN:
        return False
    named = re.search(r"`(\w+)`", status.status_description or "")
    return not (status.gql_status == "01N51" and named and named.group(1) in DOC_RELATION_TYPES)


def guide_queries() -> list[str]:
    text = GUIDE.read_text(encoding="utf-8")
    blocks = re.findall(r'<pre mode="cypher"[^>]*class="[^"]*runnable[^"]*">(.*?)</pre>', text, re.S)
    return [html.unescape(b).strip() for b in blocks]


@pytest.fixture(scope="module")
def graph(neo4j_uri, neo4j_auth, neo4j_driver):
    """The four examples written into the (shared) test server by Neo4jStore."""
    from graph.neo4j_store import Neo4jStore

    neo4j_driver.execute_query("MATCH (n) DETACH DELETE n")
    store = Neo4jStore(neo4j_uri, *(neo4j_auth or (None, None)))
    try:
        assert store.write_many([contribution(extract_file(str(p))) for p in EXAMPLES]) == ["added"] * 4
    finally:
        store.close()
    return neo4j_driver


def test_guide_queries_run_on_the_real_graph(graph):
    queries = [q for q in guide_queries() if not q.startswith(":")]
    assert len(queries) >= 10
    rows_of = {}
    for query in queries:
        records, summary, _ = graph.execute_query(query, PARAMS)
        unknown = [
            (x.gql_status, x.status_description) for x in summary.gql_status_objects if names_unknown(x)
        ]
        assert not unknown, f"the guide names something the model lacks:\n{query}\n{unknown}"
        rows_of[query] = [r.data() for r in records]
    empty = [q for q, rows in rows_of.items() if not rows]
    assert not empty, f"guide queries with no answer on the examples: {empty}"
    by_province = next(rows for q, rows in rows_of.items() if "AS province" in q and "collect(DISTINCT" in q)
    assert {r["province"] for r in by_province} == {"An Giang"}
    assert by_province[0]["reports"] == ["529/BC-UBND"] and by_province[0]["relations"] == ["IMPLEMENTS"]
    gaps = next(rows for q, rows in rows_of.items() if "not_reported" in q)
    assert {r["not_reported"] for r in gaps} == {"Bắc Giang", "Bắc Ninh", "Quảng Ngãi"}
    evidence = next(rows for q, rows in rows_of.items() if "AS as_written" in q and "start" in q)
    assert any(r["as_written"] == "Chỉ thị số 33/CT-TTg" and r["start"] == 2148 for r in evidence)


def _connect(page, neo4j_uri: str, auth) -> None:
    page.get_by_test_id("connect").wait_for()
    host = urlsplit(neo4j_uri)
    page.locator("select").first.select_option("bolt://")
    page.get_by_label("Connect URL").fill(f"{host.hostname}:{host.port}")
    if auth:
        page.get_by_label("Authentication type").select_option(label="Username / Password")
        page.get_by_label("Username").fill(auth[0])
        page.get_by_label("Password").fill(auth[1])
    else:
        page.get_by_label("Authentication type").select_option(label="No authentication")
    page.get_by_test_id("connect").click()


def _run(page, command: str) -> None:
    page.get_by_test_id("activeEditor").click()
    page.keyboard.type(command)
    page.keyboard.press("Control+Enter")


@pytest.mark.browser
def test_browser_connects_styles_plays_the_guide_and_runs_a_query(
    graph, neo4j_uri, neo4j_auth, neo4j_http_url
):
    empty = tempfile.mkdtemp(prefix="legalgraph-api-")
    store = EmbeddedStore(empty)  # the API only serves /guide and /cypher/style.grass here
    with serve(create_app(web_settings(Path(empty)), store=store)) as api, chromium_context() as context:
        api = api.replace("127.0.0.1", "localhost")  # Browser's remote-content allowlist has localhost
        page = context.new_page()
        # Browser is a large app and each step waits on Neo4j: on a busy 2-core machine a step has
        # taken over Playwright's default 30 s (a guide query, while other servers were writing)
        page.set_default_timeout(90_000)
        page.goto(f"{neo4j_http_url}/browser/")
        _connect(page, neo4j_uri, neo4j_auth)
        page.get_by_text("You are connected as user", exact=False).or_(
            page.get_by_text("Connected to Neo4j", exact=False)
        ).first.wait_for()

        _run(page, f":style {api}/cypher/style.grass")
        page.locator("[data-testid='frame']", has_text="node.Document").first.wait_for()

        _run(
            page,
            "MATCH (d:Document {number_symbol: '33/CT-TTg'})<-[e:IMPLEMENTS]-(r:Report)"
            "-[i:ISSUED_BY]->(b:Body) RETURN d, e, r, i, b",
        )
        svg = page.locator("svg").filter(has=page.locator("g.node")).first
        svg.wait_for()
        page.wait_for_function(
            "[...document.querySelectorAll('svg g.node text')].map(t => t.textContent).join(' ').includes('Chỉ thị')"
        )
        captions = " ".join(svg.locator("g.node text").all_text_contents())
        assert "Chỉ thị" in captions and "Báo cáo" in captions and "UBND" in captions, (
            captions
        )  # styled captions
        rel_captions = " ".join(svg.locator("g.relationship text").all_text_contents())
        assert "IMPLEMENTS" in rel_captions and "ISSUED_BY" in rel_captions, rel_captions
        screenshot(page, "neo4j-browser-query")

        _run(page, f":play {api}/guide")
        guide = page.get_by_test_id("carousel")  # the guide's slides (the only carousel on the page)
        guide.get_by_text("Ai thực hiện văn bản nào").wait_for()
        guide.get_by_test_id("nextSlide").click()
        guide.get_by_text("Which provinces report on a directive?").first.wait_for()
        screenshot(page, "neo4j-browser-guide")
        # the slide's queries run as they are: set the parameter, then ask who reports on 33/CT-TTg
        for runnable in (
            guide.locator("pre.runnable", has_text=":param symbol"),
            guide.locator("pre.runnable", has_text="AS province").first,
        ):
            runnable.click()
            page.get_by_test_id("activeEditor").click()
            page.keyboard.press("Control+Enter")
        answer = page.locator("[data-testid='frame']", has_text="529/BC-UBND").first
        answer.wait_for()
        assert "An Giang" in answer.inner_text() and "IMPLEMENTS" in answer.inner_text()
        screenshot(page, "neo4j-browser-guide-query")
