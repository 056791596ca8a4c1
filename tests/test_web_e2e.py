"""End-to-end tests of the web explorer in headless Chromium (Debian's /usr/bin/chromium driven by
Playwright; never a downloaded browser) against the real API served by uvicorn on a free loopback
port, over an embedded store holding the four examples. Screenshots go to tests/artifacts/.

Chromium comes from `tools/browser/setup.sh` (run by `make test`); if it is missing these tests fail
and say how to install it — they never skip."""

from __future__ import annotations

import csv
import io
import os
import re
import shutil
import socket
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.request import urlopen

import pytest

from api.app import create_app
from graph.embedded import EmbeddedStore
from tests.test_web_routes import AN_GIANG_2024, CT16, CT33, ND04, ingest_examples, web_settings

pytestmark = pytest.mark.browser

CHROMIUM = os.environ.get("LEGALGRAPH_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
]  # fmt: skip
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
TIMEOUT_MS = 30_000  # two shared cores: be patient, but not forever


@contextmanager
def chromium_context(**options) -> Iterator:
    """A Playwright browser context on Debian's Chromium with a fresh profile directory."""
    if not (os.path.isfile(CHROMIUM) and os.access(CHROMIUM, os.X_OK)):
        pytest.fail(
            f"headless Chromium not found at {CHROMIUM}: run `bash tools/browser/setup.sh` "
            "(installs Debian's chromium) or set LEGALGRAPH_CHROMIUM",
            pytrace=False,
        )
    from playwright.sync_api import sync_playwright

    profile = tempfile.mkdtemp(prefix="legalgraph-chromium-")
    try:
        with sync_playwright() as pw:
            context = pw.chromium.launch_persistent_context(
                profile,
                executable_path=CHROMIUM,
                headless=True,
                args=CHROMIUM_ARGS,
                accept_downloads=True,
                locale="vi-VN",
                viewport={"width": 1280, "height": 900},
                **options,
            )
            context.set_default_timeout(TIMEOUT_MS)
            try:
                yield context
            finally:
                context.close()
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def screenshot(page, name: str, full_page: bool = False) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=full_page)
    assert path.stat().st_size > 5_000, f"screenshot {path} looks empty"
    return path


@contextmanager
def serve(app) -> Iterator[str]:
    """Serve `app` with uvicorn in a background thread on a free loopback port; yields the base URL."""
    import uvicorn

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            pytest.fail("uvicorn did not start", pytrace=False)
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


@pytest.fixture(scope="module")
def base_url(tmp_path_factory) -> Iterator[str]:
    data_dir = ingest_examples(tmp_path_factory.mktemp("web-e2e") / "data")
    store = EmbeddedStore(data_dir)
    try:
        with serve(create_app(web_settings(data_dir), store=store)) as url:
            with urlopen(f"{url}/health", timeout=10) as r:
                assert r.status == 200
            yield url
    finally:
        store.close()


@pytest.fixture(scope="module")
def context(base_url):
    with chromium_context(base_url=base_url) as ctx:
        yield ctx


@pytest.fixture
def page(context):
    """A fresh tab that fails the test on any JavaScript error or failed API request."""
    page = context.new_page()
    problems: list[str] = []
    page.on("pageerror", lambda exc: problems.append(f"page error: {exc}"))
    page.on(
        "console",
        lambda msg: problems.append(f"console {msg.type}: {msg.text}") if msg.type == "error" else None,
    )
    page.on("response", lambda r: problems.append(f"HTTP {r.status} {r.url}") if r.status >= 400 else None)
    yield page
    page.close()
    assert not problems, problems


def visible_text(page) -> str:
    return page.locator("main").inner_text()


def test_search_document_evidence_and_report(page, base_url):
    page.goto("/")
    page.wait_for_selector("dl.stats")
    assert page.locator("html").get_attribute("lang") == "vi"
    # keyboard only: the skip link comes first, the search box has a label, Enter searches
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"
    page.get_by_label("Tìm văn bản (có hoặc không dấu)").fill("chi thi 33")
    page.keyboard.press("Enter")
    result = page.locator(".results a", has_text="Chỉ thị 33/CT-TTg")
    result.wait_for()
    assert page.evaluate("document.activeElement.textContent") == "Chỉ thị 33/CT-TTg"  # first result focused
    screenshot(page, "web-search")
    page.keyboard.press("Enter")

    page.wait_for_selector("h1:text-is('Chỉ thị 33/CT-TTg')")
    assert page.url.endswith(f"#/documents/{CT33}")
    meta = page.locator("dl.meta").inner_text()
    assert "Thủ tướng Chính phủ" in meta and "2021-11-26" in meta
    assert "sửa lỗi gõ" in page.locator("section.flags").inner_text()  # the "repaired" flag, explained
    an_giang = page.locator("article.group[data-group='an-giang']")
    assert an_giang.locator("h3").inner_text().startswith("An Giang")
    assert "Báo cáo 529/BC-UBND" in an_giang.inner_text() and "thực hiện" in an_giang.inner_text()
    quotes = an_giang.locator(".evidence blockquote")
    assert quotes.count() >= 3
    first = quotes.first
    assert "quán triệt triển khai Chỉ thị số 33/CT-TTg" in first.inner_text()
    assert first.locator("mark").inner_text() == "Chỉ thị số 33/CT-TTg"  # the reference inside its sentence
    cited_by = page.locator("section", has=page.locator("h2", has_text="Văn bản trích dẫn văn bản này"))
    assert "Báo cáo 529/BC-UBND" in cited_by.inner_text()

    # the chain graph: drawn, and it grows when a node is expanded (keyboard: its button)
    page.wait_for_function("Number(document.querySelector('#chain')?.dataset.nodes) >= 2")
    before = int(page.locator("#chain").get_attribute("data-nodes"))
    button = page.locator(f".chain-nodes button[data-node='{AN_GIANG_2024}']")
    button.focus()
    page.keyboard.press("Enter")
    page.wait_for_function(f"Number(document.querySelector('#chain').dataset.nodes) > {before}")
    assert button.is_disabled()
    assert page.locator("#chain canvas").count() >= 1
    # and with the mouse: a click on a node's disc expands it too
    chain = page.locator("#chain")
    chain.scroll_into_view_if_needed()
    x, y = page.evaluate(
        "id => { const p = document.querySelector('#chain').cy.getElementById(id).renderedPosition(); return [p.x, p.y]; }",
        ND04,
    )
    box = chain.bounding_box()
    page.mouse.click(box["x"] + x, box["y"] + y)
    expect_disabled = page.locator(f".chain-nodes button[data-node='{ND04}']")
    page.wait_for_function(f"document.querySelector(\".chain-nodes button[data-node='{ND04}']\").disabled")
    assert expect_disabled.inner_text() == "đã mở rộng"
    screenshot(page, "web-document", full_page=True)

    # evidence → the report, scrolled to the highlighted reference
    first_link = an_giang.locator("a.offsets").first
    assert first_link.get_attribute("href") == f"#/reports/{AN_GIANG_2024}?at=2148"
    first_link.click()
    page.wait_for_selector("h1:text-is('Báo cáo 529/BC-UBND')")
    focused = page.locator("mark.ref.focus")
    focused.wait_for()
    assert focused.get_attribute("data-start") == "2148"
    assert focused.locator("a").inner_text() == "Chỉ thị số 33/CT-TTg"
    assert focused.locator("a").get_attribute("href") == f"#/documents/{CT33}"
    assert focused.locator(".label").inner_text() == "thực hiện"
    assert page.evaluate("document.activeElement.textContent") == "Chỉ thị số 33/CT-TTg"
    meta = page.locator("dl.meta").inner_text()
    assert "Ủy ban nhân dân tỉnh An Giang" in meta and "Lê Văn Phước" in meta and "2024-05-24" in meta
    assert "null" not in visible_text(page) and "undefined" not in visible_text(page)
    screenshot(page, "web-report")

    # every highlight sits at the offset the API reports for it
    refs = page.evaluate(f"fetch('/reports/{AN_GIANG_2024}/references').then(r => r.json())")["references"]
    marks = page.eval_on_selector_all(
        ".report-text mark.ref", "ms => ms.map(m => [Number(m.dataset.start), m.firstChild.textContent])"
    )
    assert len(marks) >= 40
    expected = {(r["start"], r["text"]) for r in refs}
    assert {(start, text) for start, text in marks} <= expected

    # and the link leads back to the document
    focused.locator("a").click()
    page.wait_for_selector("h1:text-is('Chỉ thị 33/CT-TTg')")


def test_report_with_warnings_and_unnumbered_report(page):
    page.goto("/#/reports/bc-vp-876-2021-quang-ngai")
    page.wait_for_selector("h1:text-is('Báo cáo 876/BC-VP')")
    warnings = page.locator("section.flags")
    assert "date mismatch" in warnings.inner_text()
    assert "Quảng Ngãi" in page.locator("dl.meta").inner_text()
    assert page.locator("mark.ref a").count() >= 20
    page.goto("/#/matrix")  # an unnumbered report is named by its title in the matrix
    cell = page.locator(f"tr[data-document='{CT16}'] td[data-province='bac-giang']")
    assert cell.inner_text().startswith("Kết quả 05 năm thực hiện Kết luận số 114-KL/TW")
    cell.locator("a").first.focus()
    page.keyboard.press("Enter")
    page.wait_for_selector("h1:has-text('Kết quả 05 năm thực hiện')")
    assert "unnumbered draft" in page.locator("section.flags").inner_text()
    assert "null" not in visible_text(page)


def test_matrix_cells_gaps_units_period_and_csv(page):
    page.goto("/#/matrix")
    table = page.locator("table.matrix")
    table.wait_for()
    assert page.get_by_role("navigation").locator("[aria-current='page']").inner_text() == "Ma trận thực hiện"
    assert table.locator("thead th[data-province]").count() == 63
    row = table.locator(f"tr[data-document='{CT33}']")
    hit = row.locator("td[data-province='an-giang']")
    assert "hit" in hit.get_attribute("class") and "Báo cáo 529/BC-UBND" in hit.inner_text()
    gap = row.locator("td[data-province='quang-ngai']")
    assert (
        "gap" in gap.get_attribute("class")
        and gap.get_attribute("title") == "Quảng Ngãi chưa báo cáo trong kỳ"
    )
    assert row.locator("td.count").inner_text() == "1/63"
    nd04 = table.locator(f"tr[data-document='{ND04}']")
    assert "Báo cáo 876/BC-VP" in nd04.locator("td[data-province='quang-ngai']").inner_text()
    screenshot(page, "web-matrix-old")

    # post-2025 units, only the provinces with reports, from 2024 on
    page.get_by_label("Đơn vị hành chính").select_option("new")
    page.get_by_label("Báo cáo từ ngày").fill("2024-01-01")
    page.get_by_label("Ẩn tỉnh không có báo cáo nào").check()
    page.get_by_role("button", name="Lọc").click()
    page.wait_for_url(re.compile(r"#/matrix\?era=new&since=2024-01-01&hide_empty=1$"))
    page.wait_for_selector("table.matrix caption:has-text('34 tỉnh')")
    headers = table.locator("thead th[data-province]").all_inner_texts()
    assert headers == ["An Giang"]  # the only unit with a report dated 2024 or later
    assert table.locator(f"tr[data-document='{ND04}'] td.count").inner_text() == "1/34"
    assert (
        "Báo cáo 529/BC-UBND"
        in table.locator(f"tr[data-document='{CT16}'] td[data-province='an-giang']").inner_text()
    )
    screenshot(page, "web-matrix-new-2024")

    # the CSV the page offers is the same matrix
    with page.expect_download() as download:
        page.get_by_role("link", name="Tải CSV").click()
    assert download.value.suggested_filename == "legalgraph-matrix-new-2024-01-01.csv"
    content = Path(download.value.path()).read_bytes()
    assert content.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))
    assert len(rows[0]) == 6 + 34 and "Bắc Ninh" in rows[0] and "Bắc Giang" not in rows[0]
    by_id = {r[0]: dict(zip(rows[0], r, strict=True)) for r in rows[1:]}
    assert by_id[CT33]["An Giang"] == "Báo cáo 529/BC-UBND (2024-05-24)"
    assert by_id[ND04]["Quảng Ngãi"] == "" and by_id[ND04]["An Giang"].startswith("Báo cáo 529/BC-UBND")
    page_rows = table.locator("tbody tr").evaluate_all("rs => rs.map(r => r.dataset.document)")
    assert page_rows == [r[0] for r in rows[1:]]


def test_unknown_document_shows_an_error_not_a_blank_page(context):
    page = context.new_page()
    try:
        page.goto("/#/documents/no-such-document")
        alert = page.get_by_role("alert")
        alert.wait_for()
        assert "Không tải được" in alert.inner_text() and "no-such-document" in alert.inner_text()
    finally:
        page.close()


def test_document_lists_implementing_bodies(page):
    page.goto(f"/#/documents/{ND04}")
    page.wait_for_selector("h1:text-is('Nghị định 04/2015/NĐ-CP')")
    bodies = page.locator("ul.bodies")
    assert (
        "Ủy ban nhân dân tỉnh An Giang"
        in bodies.locator("li[data-body='uy-ban-nhan-dan-an-giang']").inner_text()
    )
    quang_ngai = bodies.locator("li", has_text="Văn phòng Ủy ban nhân dân tỉnh Quảng Ngãi")
    assert "Báo cáo 876/BC-VP" in quang_ngai.inner_text()
    groups = page.locator("article.group h3").all_inner_texts()
    assert groups == ["An Giang", "Quảng Ngãi"]
