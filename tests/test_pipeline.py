"""Pipeline: normalisation and offsets, hashes, version, every reader end to end, streaming errors."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from pathlib import Path

import pytest

import ingest
from graph.identity import reference_keys
from ingest.pipeline import ExtractError, extract_file, extract_text, extractor_version, iter_extract
from tests.test_readers import TCVN3, make_docx, make_html, make_pdf

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
SAMPLE = next(EXAMPLES.glob("000_*.txt"))


def test_public_api_is_reexported() -> None:
    assert ingest.extract_text is extract_text
    assert ingest.extract_file is extract_file
    assert ingest.iter_extract is iter_extract
    assert ingest.ExtractionResult.__name__ == "ExtractionResult"
    assert ingest.normalize_text("\ufeffTe\u0302\u0301") == "Tế"
    with pytest.raises(AttributeError):
        _ = ingest.no_such_name


def test_escaped_line_breaks_of_a_scraped_page_are_read_as_breaks() -> None:
    """A page scraped with its breaks left as the characters "\\r\\n" (real-text audit r68): the
    breaks are read as breaks, padded to the same length, so names and numbers split by them are found."""
    raw = (
        "\\r\\n ỦY BAN NHÂN DÂN\\r\\n | \\r\\n Số:\\r\\n 12/2021/QĐ-UBND \\r\\n | Sóc Trăng, ngày\\r\\n"
        " 3 tháng 5 năm 2021\\r\\n\\r\\nQUY ĐỊNH VỀ MỨC THU PHÍ THAM QUAN\\r\\n\\r\\nCăn cứ Luật Tổ chức"
        " chính\\r\\nquyền địa phương ngày 19 tháng 6 năm 2015;\\r\\n\\r\\nCăn cứ Nghị định số\\r\\n"
        "120/2016/NĐ-CP ngày 23 tháng 8 năm 2016 của Chính phủ;"
    )
    result = extract_text(raw)
    assert len(result.text) == len(raw)
    found = {r.number_symbol: r for r in result.references}
    assert found["77/2015/QH13"].relation == "based_on"
    assert found["120/2016/NĐ-CP"].date == "2016-08-23"
    assert result.document.issuer == "Ủy ban nhân dân tỉnh Sóc Trăng"
    assert ingest.normalize_text("a\\nb") == "a\\nb", "a lone escaped break is left as written"


def test_nfd_input_gives_offsets_into_nfc_text() -> None:
    raw = SAMPLE.read_text(encoding="utf-8")
    nfd = unicodedata.normalize("NFD", raw)
    assert nfd != raw
    a, b = extract_text(raw), extract_text("\ufeff" + nfd)
    assert b.text == a.text == unicodedata.normalize("NFC", raw)
    assert b.references, "the recogniser finds references in the sample"
    for ref in b.references:
        assert b.text[ref.start : ref.end] == ref.text
    assert [(r.start, r.end, r.number_symbol) for r in b.references] == [
        (r.start, r.end, r.number_symbol) for r in a.references
    ]
    assert b.document.to_dict() == a.document.to_dict()


def test_text_keeps_noise_characters() -> None:
    raw = "Số: 1/BC-UBND\n\nNghị định số 04/2015/NÐ-CP\u00a0ngày 09/01/2015"
    assert extract_text(raw).text == raw  # "Ð" and NBSP are the recogniser's business


def test_hashes_and_version(tmp_path: Path) -> None:
    raw = "Thực hiện Chỉ thị số 33/CT-TTg."
    assert extract_text(raw).sha256 == hashlib.sha256(raw.encode("utf-8")).hexdigest()
    data = b"\xff\xfe" + raw.encode("utf-16-le")
    p = tmp_path / "u16.txt"
    p.write_bytes(data)
    r = extract_file(p)
    assert r.sha256 == hashlib.sha256(data).hexdigest()
    assert r.text == raw and r.source == str(p)
    assert re.fullmatch(r"legalgraph-\d+\.\d+\.\d+\S*\+[0-9a-f]{10}", extractor_version())
    assert r.extractor_version == extractor_version()


def test_to_dict_shape() -> None:
    d = extract_file(SAMPLE).to_dict()
    assert list(d) == ["source", "sha256", "extractor_version", "document", "references"]
    assert "text" in extract_file(SAMPLE).to_dict(with_text=True)


def test_docx_end_to_end(tmp_path: Path) -> None:
    data = make_docx(
        [
            "BÁO CÁO",
            "Kết quả 05 năm thực hiện Kết luận số 114-KL/TW của Ban Bí thư",
            "Thực hiện Công văn số 2748/BNV-CTTN ngày 17/5/2024 của Bộ Nội vụ, Sở Nội vụ báo cáo như sau:",
            "Nội dung báo cáo.",
        ],
        table=[
            [
                "UBND TỈNH AN GIANG\nSỞ NỘI VỤ\nSố: 15/BC-SNV",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nAn Giang, ngày 24 tháng 5 năm 2024",
            ]
        ],
        tail=["Nơi nhận:", "- Bộ Nội vụ (b/c);", "- Lưu: VT.", "GIÁM ĐỐC\n\nTrần Văn Ba"],
    )
    p = tmp_path / "r.docx"
    p.write_bytes(data)
    r = extract_file(p)
    d = r.document
    assert (d.number_symbol, d.date, d.doc_type) == ("15/BC-SNV", "2024-05-24", "Báo cáo")
    assert d.issuer == "Sở Nội vụ tỉnh An Giang"
    assert d.province == "An Giang"
    assert d.recipients == ["Bộ Nội vụ"]
    assert d.signer is not None and (d.signer.name, d.signer.capacity) == ("Trần Văn Ba", "GIÁM ĐỐC")
    assert [r.references[i].number_symbol for i in d.subjects] == ["114-KL/TW"]
    assert [r.references[i].number_symbol for i in d.responds_to] == ["2748/BNV-CTTN"]


def test_pdf_end_to_end(tmp_path: Path) -> None:
    p = tmp_path / "k.pdf"
    p.write_bytes(
        make_pdf(
            [
                "Số: 38/KH-UBND",
                "Quảng Ngãi, ngày 04 tháng 3 năm 2021",
                "",
                "KẾ HOẠCH",
                "Thực hiện Chỉ thị số 26/CT-TTg ngày 05/9/2016 của Thủ tướng Chính phủ",
            ]
        )
    )
    r = extract_file(p)
    assert (r.document.number_symbol, r.document.date, r.document.doc_type) == (
        "38/KH-UBND",
        "2021-03-04",
        "Kế hoạch",
    )
    assert "26/CT-TTg" in {ref.number_symbol for ref in r.references}


def test_html_end_to_end_uses_page_metadata(tmp_path: Path) -> None:
    p = tmp_path / "a.html"
    p.write_bytes(make_html())
    r = extract_file(p)
    d = r.document
    assert d.kind == "article"
    assert d.title == "Đẩy mạnh công tác dân vận chính quyền năm 2023"
    assert d.date == "2023-12-14"
    assert d.province == "An Giang"
    assert "33/CT-TTg" in {ref.number_symbol for ref in r.references}


def test_tcvn3_file_is_extracted_with_a_warning(tmp_path: Path) -> None:
    p = tmp_path / "old.txt"
    p.write_bytes(
        TCVN3 + "\n\nB¸O C¸O\n\nKÕt qu¶ thùc hiÖn ChØ thÞ sè 33/CT-TTg n¨m 2023\n".encode("latin-1")
    )
    r = extract_file(p)
    assert r.document.number_symbol == "12/BC-UBND"
    assert r.document.doc_type == "Báo cáo"
    assert r.document.title == "Kết quả thực hiện Chỉ thị số 33/CT-TTg năm 2023"
    assert "converted from legacy encoding TCVN3" in r.document.warnings


def test_iter_extract_streams_and_reports_errors(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(make_pdf([], text_layer=False))
    consumed: list[str] = []

    def paths():
        for p in (SAMPLE, empty, scan, tmp_path / "missing.txt", SAMPLE):
            consumed.append(p.name)
            yield p

    it = iter_extract(paths())
    first = next(it)
    assert consumed == [SAMPLE.name]  # lazy: one file at a time
    rest = list(it)
    assert first.document.number_symbol == "529/BC-UBND"
    errors = [x for x in rest if isinstance(x, ExtractError)]
    assert [(Path(e.source).name, e.kind) for e in errors] == [
        ("empty.txt", "empty"),
        ("scan.pdf", "no_text"),
        ("missing.txt", "not_found"),
    ]
    assert errors[1].message == "no text layer (scanned PDF?)"
    assert errors[1].to_dict()["error"] == "no_text"
    assert not isinstance(rest[-1], ExtractError)


def test_a_bug_in_one_file_does_not_stop_the_batch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import ingest.pipeline as pipeline

    real = pipeline.find_references

    def flaky(text: str):
        if "BOOM" in text:
            raise RuntimeError("recogniser exploded")
        return real(text)

    monkeypatch.setattr(pipeline, "find_references", flaky)
    bad = tmp_path / "bad.txt"
    bad.write_text("BOOM", encoding="utf-8")
    out = list(iter_extract([bad, SAMPLE]))
    assert isinstance(out[0], ExtractError) and out[0].kind == "internal"
    assert "RuntimeError: recogniser exploded" in out[0].message
    assert out[1].document.number_symbol == "529/BC-UBND"


def test_extract_file_raises_read_error(tmp_path: Path) -> None:
    with pytest.raises(ingest.ReadError) as info:
        extract_file(tmp_path / "nope.docx")
    assert info.value.kind == "not_found"


FORMAL_HTML = """<html><head><meta charset="utf-8"><title>Báo cáo 529/BC-UBND năm 2024 - Cổng thông tin</title></head>
<body><div class="menu"><a href="/">Trang chủ</a> <a href="/vb">Văn bản</a></div><div class="content">
<table><tr><td><b>ỦY BAN NHÂN DÂN<br>TỈNH AN GIANG</b><br>-------</td>
<td><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b></td></tr>
<tr><td>Số: 529/BC-UBND</td><td><i>An Giang, ngày 24 tháng 5 năm 2024</i></td></tr></table>
<p align="center"><b>BÁO CÁO</b></p>
<p align="center"><b>Kết quả thực hiện công tác dân vận năm 2023</b></p>
<p>Thực hiện Công văn số 2748/BNV-CTTN ngày 17/5/2024 của Bộ Nội vụ về triển khai thực hiện công tác dân vận của
cơ quan hành chính nhà nước và chính quyền các cấp, Ủy ban nhân dân tỉnh An Giang báo cáo kết quả như sau:</p>
<p>Tỉnh An Giang nằm ở phía Tây Nam Tổ quốc, thuộc vùng đồng bằng sông Cửu Long có sông Tiền và sông Hậu chảy qua.</p>
<table><tr><td><b><i>Nơi nhận:</i></b><br>- Bộ Nội vụ (để b/c);<br>- Lưu VT.</td>
<td><b>TM. ỦY BAN NHÂN DÂN<br>KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH<br><br>Lê Văn Phước</b></td></tr></table>
</div><div class="footer">Bản quyền thuộc Cổng thông tin. Lượt truy cập 123</div></body></html>"""


def test_formal_document_published_as_html(tmp_path: Path) -> None:
    """Header and signature tables keep their lines; the page title is not glued onto a formal document."""
    p = tmp_path / "bc.html"
    p.write_text(FORMAL_HTML, encoding="utf-8")
    r = extract_file(p)
    d = r.document
    assert r.text.startswith("ỦY BAN NHÂN DÂN\nTỈNH AN GIANG")
    assert (d.kind, d.number_symbol, d.date, d.issuer) == (
        "report",
        "529/BC-UBND",
        "2024-05-24",
        "Ủy ban nhân dân tỉnh An Giang",
    )
    assert d.title == "Kết quả thực hiện công tác dân vận năm 2023"
    assert d.recipients == ["Bộ Nội vụ"]
    assert d.signer is not None and d.signer.name == "Lê Văn Phước"
    assert [r.references[i].number_symbol for i in d.responds_to] == ["2748/BNV-CTTN"]
    assert "Lượt truy cập" not in r.text


def test_two_column_pdf_with_centred_heading(tmp_path: Path) -> None:
    """pdfminer emits the left header column, then the right one, and a wide title line before the
    centred heading: the metadata must not depend on that order."""
    p = tmp_path / "bc.pdf"
    p.write_bytes(
        make_pdf(
            [
                (40, 800, "ỦY BAN NHÂN DÂN"),
                (300, 800, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                (50, 786, "TỈNH AN GIANG"),
                (320, 786, "Độc lập - Tự do - Hạnh phúc"),
                (45, 760, "Số: 529/BC-UBND"),
                (310, 760, "An Giang, ngày 24 tháng 5 năm 2024"),
                (250, 720, "BÁO CÁO"),
                (60, 705, "Kết quả thực hiện công tác dân vận năm 2023"),
                (
                    40,
                    680,
                    "Thực hiện Công văn số 2748/BNV-CTTN ngày 17/5/2024 của Bộ Nội vụ, UBND tỉnh báo cáo như sau:",
                ),
                (40, 600, "Nơi nhận:"),
                (330, 600, "TM. ỦY BAN NHÂN DÂN"),
                (40, 588, "- Bộ Nội vụ (để b/c);"),
                (340, 588, "KT. CHỦ TỊCH"),
                (40, 576, "- Lưu VT."),
                (340, 576, "PHÓ CHỦ TỊCH"),
                (340, 530, "Lê Văn Phước"),
            ]
        )
    )
    r = extract_file(p)
    d = r.document
    assert (d.number_symbol, d.date, d.doc_type, d.issuer) == (
        "529/BC-UBND",
        "2024-05-24",
        "Báo cáo",
        "Ủy ban nhân dân tỉnh An Giang",
    )
    assert d.title == "Kết quả thực hiện công tác dân vận năm 2023"
    assert d.period == "năm 2023"
    assert d.recipients == ["Bộ Nội vụ"]
    assert d.signer is not None
    assert (d.signer.name, d.signer.capacity) == (
        "Lê Văn Phước",
        "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH",
    )
    assert [r.references[i].number_symbol for i in d.responds_to] == ["2748/BNV-CTTN"]


def test_a_ministrys_place_lends_no_province_to_local_codes() -> None:
    text = (
        "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\n-------\nSố: 77/BC-LĐTBXH\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Hà Nội, ngày 28 tháng 10 năm 2024\n\nBÁO CÁO\nTình hình trợ giúp xã hội\n\n"
        "Một số tỉnh đã ban hành văn bản (Quyết định số 38/2024/QĐ-UBND); Tỉnh Yên Bái "
        "(Quyết định số 40/2024/QĐ-UBND ngày 30/9/2024) ban hành quy định.\n"
    )
    result = extract_text(text)
    assert result.document.province is None  # the ministry's report is not about Hà Nội
    assert [(r.number_symbol, r.issuer) for r in result.references if r.issuer_code == "UBND"] == [
        ("38/2024/QĐ-UBND", None),
        ("40/2024/QĐ-UBND", "Ủy ban nhân dân tỉnh Yên Bái"),
    ]


def test_the_body_that_spoke_through_a_reference_is_its_issuer() -> None:
    """ "Sau khi nghe Ban cán sự đảng UBND tỉnh báo cáo tại Tờ trình số …", "ý kiến của Thành phố Hồ Chí
    Minh tại Văn bản số …", "Xét đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số …" (holdout8): the city
    scopes the UBND code; a body is the issuer without its office holder's title; a code that names its
    issuer keeps it."""
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\nSố: 12/TB-UBND\nNghệ An, ngày 18 tháng 9 năm 2024\n\n"
        "Sau khi nghe Ban cán sự đảng Ủy ban nhân dân tỉnh báo cáo tại Tờ trình số 214-TTr/BCSĐ ngày "
        "28/02/2024, ý kiến của Thành phố Hồ Chí Minh tại Văn bản số 5129/UBND-ĐT ngày 28/8/2024 và của "
        "Bộ Tài chính tại Công văn số 88/BTC-NSNN; xét đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số "
        "215/TTr-SNV ngày 20/7/2024, Chủ tịch kết luận.\n"
    )
    issuers = {r.number_symbol: r.issuer for r in extract_text(text).references}
    assert issuers["214-TTr/BCSĐ"] == "Ban cán sự đảng Ủy ban nhân dân tỉnh Nghệ An"
    assert "Hồ Chí Minh" in (issuers["5129/UBND-ĐT"] or "")
    assert issuers["88/BTC-NSNN"] == "Bộ Tài chính"
    assert "Sở Nội vụ" in (issuers["215/TTr-SNV"] or "")


def test_the_body_of_an_office_holder_named_before_tai_is_the_issuer() -> None:
    """ "Theo đề nghị của Trưởng Ban Pháp chế HĐND tỉnh tại Tờ trình số …", "Xét đề nghị của Trưởng phòng
    Nội vụ, tại Tờ trình số …" and "thẩm định của Phòng Tư pháp tại văn bản số …": the head's body (the
    Ban, the Phòng) is the issuer, as the Sở of "Giám đốc Sở X tại" is, also over a comma before "tại"
    (real-text audit r64)."""
    text = (
        "Theo đề nghị của Trưởng Ban Pháp chế HĐND tỉnh tại Tờ trình số 45/TTr-BPC ngày 3/4/2024; xét đề "
        "nghị của Trưởng phòng Nội vụ, tại Tờ trình số 18/TTr-NV ngày 5/4/2024 và báo cáo thẩm định của "
        "Phòng Tư pháp tại văn bản số 9/BC-TP ngày 4/4/2024.\n"
    )
    issuers = {r.number_symbol: r.issuer for r in extract_text(text).references}
    assert issuers == {
        "45/TTr-BPC": "Ban Pháp chế Hội đồng nhân dân tỉnh",
        "18/TTr-NV": "Phòng Nội vụ",
        "9/BC-TP": "Phòng Tư pháp",
    }


def test_a_short_form_takes_the_body_that_directed_through_it() -> None:
    """ "chỉ đạo của Chủ tịch UBND tỉnh tại Chỉ thị số 06 ngày …" with no full citation of it: the body
    whose direction the short form carries issued it, as for a full reference (real-text audit r65)."""
    (r,) = extract_text(
        "Các sở tiếp tục thực hiện chỉ đạo của Bộ Y tế tại Chỉ thị số 11 ngày 8/5/2022 về phòng dịch."
    ).references
    assert (r.kind, r.date, r.issuer) == ("short", "2022-05-08", "Bộ Y tế")


def test_a_clause_set_in_a_named_city_scopes_its_local_codes() -> None:
    """ "Tại Hà Nội, …; tại TP Hồ Chí Minh, Sở Tư pháp có Công văn số …/STP-BTTP" (holdout8): the Sở of the
    city the clause opens with, not of the province the rest of the text is about."""
    text = (
        "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\nSố: 12/BC-UBND\nHà Nội, ngày 30 tháng 6 năm 2025\n\n"
        "Tại Hà Nội, Sở Tư pháp có Công văn số 310/STP-BTTP ngày 20/6/2025; tại TP Hồ Chí Minh, Sở Tư pháp có "
        "Công văn số 4512/STP-BTTP ngày 25/6/2025 hướng dẫn chuyển đổi.\n"
    )
    issuers = {r.number_symbol: r.issuer for r in extract_text(text).references}
    assert "Hồ Chí Minh" in (issuers["4512/STP-BTTP"] or "")
    assert "Hà Nội" in (issuers["310/STP-BTTP"] or "")


def test_head_of_an_inspectorate_names_its_body() -> None:
    """ "Theo đề nghị của Chánh Thanh tra tỉnh tại Tờ trình số …": the Thanh tra tỉnh proposed it (the
    title holds the body's name); "Chánh Văn phòng UBND tỉnh" still names the Văn phòng."""
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH HẢI DƯƠNG\n-------\nSố: 12/2024/QĐ-UBND\nHải Dương, ngày 05 tháng 3 năm 2024\n\n"
        "QUYẾT ĐỊNH\nBan hành Quy chế tiếp công dân\n\n"
        "Theo đề nghị của Chánh Thanh tra tỉnh tại Tờ trình số 88/TTr-TTr ngày 20 tháng 02 năm 2024; ý kiến "
        "của Chánh Văn phòng UBND tỉnh tại Văn bản số 41/VP-NC ngày 22/02/2024.\n"
    )
    refs = {r.number_symbol: r for r in extract_text(text).references}
    assert refs["88/TTr-TTr"].issuer == "Thanh tra tỉnh Hải Dương"
    assert refs["41/VP-NC"].issuer.startswith("Văn phòng")


def test_joint_local_issuer_code_names_each_body_of_the_province() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG\n\nSố: 12/BC-UBND\nBắc Giang, ngày 5 tháng 6 năm 2020\n\nBÁO CÁO\n"
        "Kết quả\n\nTriển khai Kế hoạch số 50-KH/BDVTU-BCSĐUBND năm 2018.\n"
    )
    (joint,) = extract_text(text).references
    assert joint.issuer == "Ban Dân vận Tỉnh ủy và Ban cán sự đảng Ủy ban nhân dân tỉnh Bắc Giang"


def test_wrong_issuer_codes_the_text_proves_are_repaired_and_recorded() -> None:
    text = (
        "Tỉnh ủy Bắc Giang ban hành Nghị quyết số 110-NQ/TW ngày 11/7/2016 về dân vận. Thực hiện tốt việc "
        "gửi văn bản điện tử theo Quyết định số 28/2018/QĐ-CP của Chính phủ và Quyết định số 211/QĐ-CP "
        "năm 1962. Tiếp tục thực hiện Nghị quyết số 110-NQ/TU ngày 11/7/2016 của Tỉnh ủy."
    )
    nq, qd, old, again = extract_text(text).references
    assert (nq.number_symbol, nq.issuer_code) == ("110-NQ/TU", "TU")
    assert [(x.kind, x.original, x.repaired) for x in nq.repairs] == [
        ("wrong_issuer_code", "110-NQ/TW", "110-NQ/TU")
    ]
    assert (qd.number_symbol, qd.issuer_code, qd.issuer) == ("28/2018/QĐ-TTg", "TTg", "Chính phủ")
    assert qd.repairs[-1].original == "28/2018/QĐ-CP"
    assert (old.number_symbol, old.repairs) == ("211/QĐ-CP", [])  # before 2009 the pair existed
    assert (again.number_symbol, again.repairs) == ("110-NQ/TU", [])


def test_two_codes_for_one_number_are_kept_without_proof() -> None:
    # no stated issuer naming one of the codes' bodies, or different dates: nothing is repaired
    text = (
        "Thực hiện Nghị quyết số 110-NQ/TW ngày 11/7/2016 và Nghị quyết số 110-NQ/TU ngày 11/7/2016. "
        "Tỉnh ủy Bắc Giang ban hành Kết luận số 12-KL/TW ngày 01/3/2020; Kết luận số 12-KL/TU ngày 02/3/2020."
    )
    symbols = [(r.number_symbol, r.repairs) for r in extract_text(text).references]
    assert symbols == [("110-NQ/TW", []), ("110-NQ/TU", []), ("12-KL/TW", []), ("12-KL/TU", [])]


def test_a_code_one_letter_short_of_the_stated_issuers_is_repaired() -> None:
    text = (
        "Thực hiện Quy định số 232-QĐ/W ngày 20/01/2025 của Ban Chấp hành Trung ương về thi hành Điều lệ "
        "Đảng và Kế hoạch số 7-KH/XY ngày 02/02/2025 của Tỉnh ủy."
    )
    qd, kh = extract_text(text).references
    assert (qd.number_symbol, qd.issuer_code) == ("232-QĐ/TW", "TW")
    assert [(x.kind, x.original, x.repaired) for x in qd.repairs] == [
        ("dropped_letter", "232-QĐ/W", "232-QĐ/TW")
    ]
    assert (kh.number_symbol, kh.repairs) == ("7-KH/XY", [])  # not one letter short of TU: as written


def test_stated_issuers_are_written_out_as_full_body_names() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG\n\nSố: 12/BC-UBND\nBắc Giang, ngày 5 tháng 6 năm 2020\n\nBÁO CÁO\n"
        "Kết quả\n\nThực hiện Kế hoạch số 5/KH-UBND ngày 1/2/2020 của UBND tỉnh; Quyết định số 9/QĐ-UBND "
        "ngày 2/2/2020 của Chủ tịch UBND tỉnh; Công văn 8/BNV-CQĐP ngày 3/3/2020 của BNV; Kế hoạch số "
        "363/KH-TTCP ngày 20/3/2019 của Thanh tra; Kết luận số 1-KL/TW ngày 4/4/2020 của Ban Bí thư; "
        "Quyết định 10/QĐ-UBND ngày 5/5/2020 của UBND huyện Yên Thế. BCĐ thực hiện QCDC tỉnh ban hành "
        "Kế hoạch số 43-KH/BCĐ về kiểm tra.\n"
    )
    assert [r.issuer for r in extract_text(text).references] == [
        "Ủy ban nhân dân tỉnh Bắc Giang",  # the citing report's province
        "Chủ tịch Ủy ban nhân dân tỉnh Bắc Giang",  # the office holder's title kept
        "Bộ Nội vụ",
        "Thanh tra Chính phủ",  # what the code TTCP names
        "Ban Bí thư Trung ương Đảng",
        "Ủy ban nhân dân huyện Yên Thế",  # not in the gazetteer: abbreviation expanded only
        "Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở tỉnh Bắc Giang",
    ]
    # no province to complete a provincial body with: as written, abbreviations expanded
    (ref,) = extract_text("Thực hiện Kế hoạch số 5/KH-UBND ngày 1/2/2020 của UBND tỉnh.").references
    assert ref.issuer == "Ủy ban nhân dân tỉnh"


def test_footnote_items_take_their_issuer_from_the_sentence_carrying_the_mark() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG\n\nSố: 12/BC-UBND\nBắc Giang, ngày 5 tháng 6 năm 2020\n\nBÁO CÁO\n"
        "Kết quả\n\nChủ tịch UBND tỉnh ban hành nhiều văn bản chỉ đạo công tác tiếp công dân⁶. Tỉnh ủy "
        "quan tâm lãnh đạo⁷.\n\n⁶ Chỉ thị số 02/CT-UBND ngày 05/01/2018 về tiếp công dân; Kế hoạch số "
        "5/KH-SNV ngày 01/02/2018; Công văn số 9/UBND-TCD ngày 2/2/2018 của UBND huyện Yên Thế.\n"
        "⁷ Kết luận số 3-KL/TU ngày 01/3/2019.\n"
    )
    refs = {r.number_symbol: r.issuer for r in extract_text(text).references}
    assert refs["02/CT-UBND"] == "Chủ tịch Ủy ban nhân dân tỉnh Bắc Giang"  # said in the marked sentence
    assert refs["5/KH-SNV"] != "Chủ tịch Ủy ban nhân dân tỉnh Bắc Giang"  # another body's code
    assert refs["9/UBND-TCD"] == "Ủy ban nhân dân huyện Yên Thế"  # the item states its own issuer
    assert refs["3-KL/TU"] == "Tỉnh ủy Bắc Giang"  # the sentence says no one issued anything


def test_a_bare_unit_in_a_stated_issuer_is_the_citing_documents_own_unit() -> None:
    text = (
        "HUYỆN ỦY TÂN KỲ\n\nSố: 12-BC/HU\nTân Kỳ, ngày 5 tháng 6 năm 2024\n\nBÁO CÁO\nKết quả\n\n"
        "Ban Thường vụ Huyện ủy ban hành Kế hoạch số 135-KH/HU ngày 25/7/2024; UBND huyện ban hành Kế hoạch "
        "số 40/KH-UBND ngày 26/7/2024; Đảng ủy xã ban hành Kế hoạch số 3-KH/ĐU ngày 27/7/2024.\n"
    )
    assert [r.issuer for r in extract_text(text).references] == [
        "Ban Thường vụ Huyện ủy Tân Kỳ",
        "Ủy ban nhân dân huyện Tân Kỳ",
        "Đảng ủy xã",  # which commune is not said: as written
    ]


def test_a_central_body_name_cut_at_its_conjunction_is_completed_when_only_one_body_fits() -> None:
    text = (
        "Thực hiện Thông tư số 32/2020/TT-BGDĐT ngày 15/9/2020 của Bộ trưởng Bộ Giáo dục và các văn bản "
        "hướng dẫn; Công văn số 5/BTC-NSNN ngày 2/1/2024 của Bộ Tài và Sở."
    )
    tt, cv = extract_text(text).references
    assert tt.issuer == "Bộ trưởng Bộ Giáo dục và Đào tạo"
    assert cv.issuer == "Bộ Tài chính"  # "Bộ Tài" could be two ministries; the code BTC says which
    from ingest.issuer_text import _cut_central_name

    assert _cut_central_name("Bộ Tài") is None  # without a code: never guessed


def test_a_body_named_before_a_shared_code_is_its_issuer() -> None:
    """ "Theo đề nghị của Bộ Chỉ huy Quân sự tỉnh tại Tờ trình số …/TTr-BCH" (real-text audit r37): the
    military command and the disaster committee both number their documents "BCH"; the body the
    sentence names is the issuer, and a bare "BCH" reference still gets the code's body."""
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH THANH HÓA\nSố: 45/QĐ-UBND\nThanh Hóa, ngày 10 tháng 02 năm 2025\n\n"
        "QUYẾT ĐỊNH\nVề việc phê duyệt kế hoạch huấn luyện dân quân\n\n"
        "Xét đề nghị của Bộ Chỉ huy Quân sự tỉnh tại Tờ trình số 31/TTr-BCH ngày 03/02/2025; thực hiện "
        "Kế hoạch số 7/KH-BCH ngày 06/01/2025.\n"
    )
    issuers = {r.number_symbol: r.issuer for r in extract_text(text).references}
    assert issuers["31/TTr-BCH"] == "Bộ Chỉ huy Quân sự tỉnh Thanh Hóa"
    assert (issuers["7/KH-BCH"] or "").startswith("Ban Chỉ huy phòng, chống thiên tai")


def test_an_issuer_spelt_with_the_old_tone_placement_is_read() -> None:
    """ "Uỷ ban nhân dân tỉnh đã ban hành Kế hoạch số …", "Tỉnh uỷ ban hành …" (real-text audit r37): the old
    placement of the tone mark is the same body as "Ủy ban", "Tỉnh ủy"."""
    text = (
        "Ngày 04/3/2024, Uỷ ban nhân dân tỉnh đã ban hành Kế hoạch số 51/KH-UBND về diễn tập khu vực phòng "
        "thủ; Ban Thường vụ Tỉnh uỷ ban hành Chỉ thị số 08-CT/TU về công tác quân sự địa phương.\n"
    )
    issuers = {r.number_symbol: r.issuer for r in extract_text(text).references}
    assert issuers["51/KH-UBND"] == "Ủy ban nhân dân tỉnh"
    assert issuers["08-CT/TU"] == "Ban Thường vụ Tỉnh ủy"


def test_a_repeated_reference_takes_the_issuer_the_text_states_for_it() -> None:
    """One document, one issuer: the repeats of a symbol whose issuer the text states once take it, as a
    short form takes its antecedent's; a symbol stated with two issuers or two dates keeps its repeats
    as they are (two documents may share a local symbol)."""
    text = (
        "Thực hiện Kết luận số 78-KL/TW ngày 10/3/2024 của Ban Bí thư về công tác dân vận, Sở đã ban hành "
        "kế hoạch. Việc quán triệt Kết luận số 78-KL/TW được tổ chức ở mọi cấp.\n"
        "Kế hoạch số 9/KH-SNV ngày 02/01/2023 của Sở Nội vụ tỉnh Hòa Bình; Kế hoạch số 9/KH-SNV ngày "
        "05/01/2024 của Sở Nội vụ tỉnh Sơn La; tổng kết Kế hoạch số 9/KH-SNV chưa xong.\n"
    )
    refs = extract_text(text).references
    kl = [r.issuer for r in refs if r.number_symbol == "78-KL/TW"]
    assert kl == ["Ban Bí thư Trung ương Đảng"] * 2
    kh = [r.issuer for r in refs if r.number_symbol == "9/KH-SNV"]
    assert kh[2] is None  # two dates, two provinces: which plan is meant is not said


def test_a_local_code_is_of_the_other_province_its_own_subject_names() -> None:
    """A law site's list of related documents under a provincial text (real-text audits r52, r53): a local
    code with no stated issuer is of the province its subject names ("… trên địa bàn tỉnh Hà Tĩnh", "…
    huyện Kỳ Sơn, tỉnh Nghệ An"), not of the citing one; its own province's district, or a subject naming
    no province, leaves the citing province's body; the symbol is keyed to the province named."""
    from graph.identity import reference_keys

    text = (
        "- 1 Quyết định 31/2023/QĐ-UBND quy định hạn mức giao đất ở trên địa bàn tỉnh Hà Tĩnh\n"
        "- 2 Quyết định 412/QĐ-UBND năm 2022 phê duyệt kế hoạch sử dụng đất huyện Kỳ Sơn, tỉnh Nghệ An\n"
        "- 3 Kế hoạch 77/KH-UBND năm 2022 về cấp giấy chứng nhận ở huyện Tân Kỳ\n"
        "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
        "TỈNH QUẢNG BÌNH | Độc lập - Tự do - Hạnh phúc |\n"
        "Số: 15/2024/QĐ-UBND | Quảng Bình, ngày 02 tháng 5 năm 2024 |\n\n"
        "QUYẾT ĐỊNH\n\nQUY ĐỊNH HẠN MỨC GIAO ĐẤT Ở TRÊN ĐỊA BÀN TỈNH QUẢNG BÌNH\n\n"
        "Căn cứ Quyết định số 20/2020/QĐ-UBND ngày 03/4/2020 về hạn mức đất ở trên địa bàn tỉnh Quảng Bình;\n"
    )
    res = extract_text(text, "x.txt")
    assert res.document.province == "Quảng Bình"
    by_symbol = {r.number_symbol: r for r in res.references}
    assert by_symbol["31/2023/QĐ-UBND"].issuer == "Ủy ban nhân dân tỉnh Hà Tĩnh"
    assert by_symbol["412/QĐ-UBND"].issuer == "Ủy ban nhân dân tỉnh Nghệ An"
    assert by_symbol["77/KH-UBND"].issuer == "Ủy ban nhân dân tỉnh Quảng Bình"
    assert by_symbol["20/2020/QĐ-UBND"].issuer == "Ủy ban nhân dân tỉnh Quảng Bình"
    keys = {r.number_symbol: k.key for r, k in zip(res.references, reference_keys(res), strict=True)}
    assert "ha-tinh" in keys["31/2023/QĐ-UBND"] and "nghe-an" in keys["412/QĐ-UBND"]
    assert "quang-binh" in keys["20/2020/QĐ-UBND"]


def test_a_repeated_local_symbol_keeps_the_province_its_first_mention_states() -> None:
    """The repeat of "Quyết định số 25/2022/QĐ-UBND … của UBND tỉnh Bình Thuận" in a report of Lâm Đồng is
    Bình Thuận's decision, not one of Lâm Đồng the local code would name (and one document, one key)."""
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\n\nSố: 7/BC-UBND\nLâm Đồng, ngày 5 tháng 9 năm 2025\n\nBÁO CÁO\nViệc làm\n\n"
        "Các tỉnh đã ban hành Quyết định số 25/2022/QĐ-UBND ngày 18/8/2022 của UBND tỉnh Bình Thuận về mức cho "
        "vay. Mức cho vay theo Quyết định số 25/2022/QĐ-UBND chưa thống nhất.\n"
    )
    result = extract_text(text)
    refs = [r for r in result.references if r.number_symbol == "25/2022/QĐ-UBND"]
    assert [r.issuer for r in refs] == ["Ủy ban nhân dân tỉnh Bình Thuận"] * 2
    assert len({k.key for k in reference_keys(result) if "QĐ-UBND" in k.key}) == 1
