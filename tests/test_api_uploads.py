"""Writes through the API: uploads (JSON and multipart), replacement, removal, the API key, and
bad files answered with the right problem while the store stays exactly as it was."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from tests.test_api_support import ASCII_KEY, EXAMPLES, embedded_store, make_settings

KEY = {"X-API-Key": ASCII_KEY}
EXAMPLE = EXAMPLES / "000_07a810e2d8d8df93.txt"
VNI = (
    "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam. Ñoäc laäp - Töï do - Haïnh phuùc. Baùo caùo keát quaû "
    "thöïc hieän coâng taùc daân vaän cuûa cô quan haønh chính nhaø nöôùc. "
) * 20  # VNI bytes read as Latin-1


@pytest.fixture
def store(tmp_path):
    st = embedded_store(tmp_path / "store")
    yield st
    st.close()


@pytest.fixture
def client(store):
    with TestClient(
        create_app(make_settings(max_upload_mb=1), store=store), raise_server_exceptions=False
    ) as c:
        yield c


def snapshot(client) -> tuple[dict, list]:
    return client.get("/stats").json(), client.get("/documents", params={"limit": 200}).json()["items"]


def test_upload_file_then_same_again_then_replace_then_delete(client):
    before = client.get("/stats").json()
    data = EXAMPLE.read_bytes()
    r = client.post("/reports", files={"file": ("an-giang-529.txt", data, "text/plain")}, headers=KEY)
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["status"] == "added" and body["report"]["source"] == "upload:an-giang-529.txt"
    assert "33/CT-TTg" in {ref.get("number_symbol") for ref in body["references"]}
    report_id = body["report"]["id"]
    assert client.get("/stats").json()["reports"] == before["reports"] + 1

    again = client.post("/reports", files={"file": ("an-giang-529.txt", data, "text/plain")}, headers=KEY)
    assert again.status_code == 200 and again.json()["status"] == "unchanged"

    edited = data.replace("Chỉ thị số 33/CT-TTg".encode(), "Chỉ thị 33/CT-TTg".encode(), 1)
    replaced = client.post(
        "/reports", files={"file": ("an-giang-529.txt", edited, "text/plain")}, headers=KEY
    )
    assert replaced.status_code == 201 and replaced.json()["status"] == "replaced"
    assert client.get("/stats").json()["reports"] == before["reports"] + 1

    new_id = replaced.json()["report"]["id"]
    assert client.delete(f"/reports/{new_id}", headers=KEY).status_code == 204
    assert client.get(f"/reports/{new_id}").status_code == 404
    assert client.delete(f"/reports/{new_id}", headers=KEY).status_code == 404
    assert client.get("/stats").json()["reports"] == before["reports"]
    assert report_id


def test_upload_json_text_and_html_view_escapes_it(client):
    text = (
        "Thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ, "
        "UBND tỉnh An Giang báo cáo <script>alert(1)</script> như sau."
    )
    r = client.post("/reports", json={"text": text, "source": "note-1"}, headers=KEY)
    assert r.status_code == 201, r.text
    report_id = r.json()["report"]["id"]
    html = client.get(f"/reports/{report_id}/text", params={"format": "html"}).text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "<script>" not in html
    assert "<mark" in html and "/documents/" in html


@pytest.mark.parametrize(
    ("files", "status", "kind"),
    [
        ({"file": ("empty.txt", b"", "text/plain")}, 422, "empty-document"),
        ({"file": ("blank.txt", b"   \n\n  ", "text/plain")}, 422, "empty"),
        ({"file": ("blob.bin", bytes(range(256)) * 40, "application/octet-stream")}, 415, "binary"),
        ({"file": ("scan.pdf", b"%PDF-1.4 not really a pdf", "application/pdf")}, 422, None),
        ({"file": ("huge.txt", b"a" * (1024 * 1024 + 10), "text/plain")}, 413, "payload-too-large"),
    ],
)
def test_bad_files_are_problems_and_leave_the_store_unchanged(client, files, status, kind):
    client.post("/reports", files={"file": ("ok.txt", EXAMPLE.read_bytes(), "text/plain")}, headers=KEY)
    before = snapshot(client)
    r = client.post("/reports", files=files, headers=KEY)
    assert r.status_code == status, r.text
    assert r.headers["content-type"] == "application/problem+json"
    problem = r.json()
    assert problem["status"] == status and problem["detail"] and problem["instance"] == "/reports"
    if kind:
        assert problem["type"].endswith("/" + kind), problem
    assert snapshot(client) == before


def test_legacy_encoded_upload_is_converted_not_garbled(client):
    r = client.post("/reports", files={"file": ("vni.txt", VNI.encode("latin-1"), "text/plain")}, headers=KEY)
    if r.status_code != 201:  # a reader that refuses a legacy encoding must say so as a problem
        assert r.status_code in (415, 422) and r.json()["type"].endswith("legacy-encoding"), r.text
        return
    text = client.get(f"/reports/{r.json()['report']['id']}/text").text
    assert "Cộng hòa xã hội chủ nghĩa Việt Nam" in text and "Coäng" not in text


def test_huge_json_and_wrong_media_type(client):
    before = snapshot(client)
    assert client.post("/reports", json={"text": "x" * (2 * 1024 * 1024)}, headers=KEY).status_code == 413
    r = client.post("/reports", content=b"hello", headers={**KEY, "Content-Type": "text/plain"})
    assert r.status_code == 415
    for body in (b"{", b"[]", b'{"text": 5}', b'{"text": ""}'):
        r = client.post("/reports", content=body, headers={**KEY, "Content-Type": "application/json"})
        assert r.status_code == 422, body
    assert snapshot(client) == before


def test_oversized_upload_is_refused_while_streaming(client):
    """No Content-Length: the limit is enforced on the bytes as they arrive."""
    sent = 0

    def chunks():
        nonlocal sent
        for _ in range(100):
            sent += 64 * 1024
            yield b"a" * (64 * 1024)

    boundary = "xyz"
    head = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.txt"\r\n'
        "Content-Type: text/plain\r\n\r\n"
    ).encode()

    def body():
        yield head
        yield from chunks()
        yield f"\r\n--{boundary}--\r\n".encode()

    r = client.post(
        "/reports",
        content=body(),
        headers={**KEY, "Content-Type": f"multipart/form-data; boundary={boundary}"},
    )
    assert r.status_code == 413
    assert client.get("/stats").json()["reports"] == 0


def test_write_keys(store):
    no_key = TestClient(create_app(make_settings(api_key=None), store=store))
    r = no_key.post("/reports", json={"text": "Chỉ thị số 33/CT-TTg"}, headers=KEY)
    assert r.status_code == 403 and r.json()["type"].endswith("/writes-disabled")
    keyed = TestClient(create_app(make_settings(api_key="clé-secrète"), store=store))
    assert keyed.post("/reports", json={"text": "Chỉ thị số 33/CT-TTg"}).status_code == 401
    ok = keyed.post(
        "/reports", json={"text": "Chỉ thị số 33/CT-TTg"}, headers={"X-API-Key": "clé-secrète".encode()}
    )
    assert ok.status_code == 201, ok.text


def test_reads_closed_by_configuration(store):
    c = TestClient(create_app(make_settings(read_api_key_required=True), store=store))
    assert c.get("/stats").status_code == 401
    assert c.get("/documents").status_code == 401
    assert c.get("/stats", headers=KEY).status_code == 200
    assert c.get("/health").status_code == 200  # probes stay open
    assert "ApiKey" in str(c.get("/openapi.json").json()["paths"]["/documents"]["get"].get("security"))


def test_same_symbol_in_two_provinces_resolves_to_both_with_why(client):
    for province, day in (("An Giang", "10/3/2021"), ("Quảng Ngãi", "12/4/2021")):
        text = (
            f"ỦY BAN NHÂN DÂN TỈNH {province.upper()}\n\nSố: 15/BC-UBND\n\n{province}, ngày 2 tháng 6 năm 2021\n\n"
            f"BÁO CÁO\n\nThực hiện Kế hoạch số 38/KH-UBND ngày {day} của Ủy ban nhân dân tỉnh, "
            "các sở đã triển khai.\n"
        )
        assert (
            client.post("/reports", json={"text": text, "source": province}, headers=KEY).status_code == 201
        )
    body = client.get("/resolve", params={"ref": "ke hoach 38/kh-ubnd"}).json()
    assert body["ambiguous"] is True and len(body["candidates"]) == 2, body
    assert {c["document"]["province"] for c in body["candidates"]} == {"an-giang", "quang-ngai"}
    assert all("province" in c["why"] for c in body["candidates"])


def test_cached_answers_follow_writes(client):
    client.post("/reports", files={"file": ("ag.txt", EXAMPLE.read_bytes(), "text/plain")}, headers=KEY)
    doc_id = client.get("/resolve", params={"ref": "33/CT-TTg"}).json()["candidates"][0]["document"]["id"]
    before = client.get(f"/documents/{doc_id}/implementers").json()
    text = (
        "ỦY BAN NHÂN DÂN TỈNH KON TUM\n\nSố: 77/BC-UBND\n\nKon Tum, ngày 3 tháng 3 năm 2023\n\nBÁO CÁO\n\n"
        "Kết quả thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ\n\n"
        "Thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ, tỉnh đã ban hành kế hoạch.\n"
    )
    r = client.post("/reports", json={"text": text, "source": "kon-tum-77"}, headers=KEY)
    after = client.get(f"/documents/{doc_id}/implementers").json()
    names = {g["group"]["name"] for g in after["groups"]} - {g["group"]["name"] for g in before["groups"]}
    assert names == {"Kon Tum"}, after
    kon_tum = next(g for g in after["groups"] if g["group"]["name"] == "Kon Tum")
    assert kon_tum["successor"]["id"] == "quang-ngai"
    client.delete(f"/reports/{r.json()['report']['id']}", headers=KEY)
    assert client.get(f"/documents/{doc_id}/implementers").json() == before
