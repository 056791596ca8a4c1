"""Readers: every format and every way a file can fail to be text. Fixtures are generated here."""

from __future__ import annotations

import contextlib
import io
import os
import re
import unicodedata
from pathlib import Path

import pytest
from docx import Document
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ingest import extract_file
from ingest.readers import ReadError, detect_legacy, read_bytes, read_file

VI = "Thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ về công tác dân vận."

# TCVN3 (ABC) bytes of "Cộng hoà xã hội chủ nghĩa Việt Nam / Độc lập - Tự do - Hạnh phúc / Số: 12/BC-UBND"
TCVN3 = "Céng hoµ x· héi chñ nghÜa ViÖt Nam\n§éc lËp - Tù do - H¹nh phóc\nSè: 12/BC-UBND\n".encode("latin-1")
TCVN3_AS_UNICODE = "Cộng hoà xã hội chủ nghĩa Việt Nam\nĐộc lập - Tự do - Hạnh phúc\nSố: 12/BC-UBND\n"
VNI_BODY = "QUYEÁT ÑÒNH\nThöïc hieän Chæ thò soá 33/CT-TTg ngaøy 26/11/2021 cuûa Thuû töôùng Chính phuû\n"
VNI_BODY_UNICODE = "QUYẾT ĐỊNH\nThực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ\n"
VNI = ("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam\nÑoäc laäp - Töï do - Haïnh phuùc\n" + VNI_BODY).encode(
    "cp1252"
)


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    p = tmp_path / name
    p.write_bytes(data)
    return p


def read_error(path: Path, **kw) -> ReadError:
    with pytest.raises(ReadError) as info:
        read_file(path, **kw)
    return info.value


# --- plain text -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (VI.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + VI.encode("utf-8"), "utf-8-sig"),
        (b"\xff\xfe" + VI.encode("utf-16-le"), "utf-16-le"),
        (b"\xfe\xff" + VI.encode("utf-16-be"), "utf-16-be"),
        (VI.encode("utf-16-le"), "utf-16-le"),  # no BOM: NULs in every other byte
    ],
)
def test_text_encodings(tmp_path: Path, data: bytes, encoding: str) -> None:
    r = read_file(write(tmp_path, "a.txt", data))
    assert r.text == VI
    assert r.meta["encoding"] == encoding
    assert r.format == "text"
    assert r.size == len(data)


def test_sha256_is_of_the_original_bytes(tmp_path: Path) -> None:
    import hashlib

    data = b"\xff\xfe" + VI.encode("utf-16-le")
    assert read_file(write(tmp_path, "a.txt", data)).sha256 == hashlib.sha256(data).hexdigest()


def test_nfd_text_is_left_for_normalisation(tmp_path: Path) -> None:
    nfd = unicodedata.normalize("NFD", VI)
    r = read_file(write(tmp_path, "a.md", nfd.encode("utf-8")))
    assert r.text == nfd  # readers decode; ingest.normalize composes


@pytest.mark.parametrize("data", [b"", b"   \n\r\n\t ", b"\xef\xbb\xbf", b"\xff\xfe"])
def test_empty(tmp_path: Path, data: bytes) -> None:
    err = read_error(write(tmp_path, "e.txt", data))
    assert err.kind == "empty"
    assert "empty" in str(err)


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" * 20,
        bytes(range(256)) * 8,
        b"\x01\x02\x03\x04\x05\x06text\x07\x08\x0e\x0f" * 50,
    ],
)
def test_binary(tmp_path: Path, data: bytes) -> None:
    err = read_error(write(tmp_path, "b.txt", data))
    assert err.kind == "binary"


def test_tcvn3_is_converted(tmp_path: Path) -> None:
    r = read_file(write(tmp_path, "old.txt", TCVN3))
    assert r.text == TCVN3_AS_UNICODE
    assert r.meta["converted_from"] == "TCVN3"


def test_tcvn3_saved_as_utf8_is_converted(tmp_path: Path) -> None:
    """A TCVN3 file someone re-saved as UTF-8 (its glyph characters now Unicode Latin-1)."""
    r = read_file(write(tmp_path, "old.txt", TCVN3.decode("latin-1").encode("utf-8")))
    assert r.text == TCVN3_AS_UNICODE


def test_vni_is_converted(tmp_path: Path) -> None:
    r = read_file(write(tmp_path, "vni.txt", VNI))
    assert r.text == "Cộng hòa xã hội chủ nghĩa Việt Nam\nĐộc lập - Tự do - Hạnh phúc\n" + VNI_BODY_UNICODE
    assert r.meta["converted_from"] == "VNI"


def test_legacy_text_that_does_not_convert_cleanly_is_refused(tmp_path: Path) -> None:
    garbled = VNI + "xyzä qwkø brtû zzï ghjå\n".encode("latin-1") * 3
    err = read_error(write(tmp_path, "vni.txt", garbled))
    assert err.kind == "legacy_encoding"
    assert str(err) == "legacy Vietnamese encoding VNI detected; convert to Unicode first"


def test_unicode_vietnamese_is_not_mistaken_for_legacy() -> None:
    text = (VI + " © 2024 · Điều 5 § 2 · Ðà Nẵng ") * 20
    assert detect_legacy(text) is None
    assert detect_legacy("Café au lait, naïve façade, Ørsted, Zürich." * 10) is None


def test_unknown_8bit_encoding_is_detected_only_when_confident(tmp_path: Path) -> None:
    data = ("Réunion annuelle: le comité a approuvé le budget. " * 30).encode("cp1252")
    r = read_file(write(tmp_path, "fr.txt", data))
    assert "comité a approuvé" in r.text
    assert r.meta.get("detected") is True


def test_size_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    p = write(tmp_path, "big.txt", VI.encode() * 100)
    err = read_error(p, max_bytes=1000)
    assert err.kind == "too_large"
    assert "limit" in str(err)
    monkeypatch.setenv("LEGALGRAPH_MAX_FILE_MB", "0.001")
    assert read_error(p).kind == "too_large"
    monkeypatch.setenv("LEGALGRAPH_MAX_FILE_MB", "1")
    assert read_file(p).text.startswith("Thực hiện")


def test_missing_file_and_directory(tmp_path: Path) -> None:
    assert read_error(tmp_path / "nope.txt").kind == "not_found"
    assert read_error(tmp_path).kind == "unsupported"


def test_unknown_suffix_is_sniffed(tmp_path: Path) -> None:
    assert read_file(write(tmp_path, "noext", VI.encode())).format == "text"
    assert read_file(write(tmp_path, "scan.bin", make_pdf(["Số: 5/BC-UBND"]))).format == "pdf"


# --- docx -------------------------------------------------------------------------------------


def make_docx(
    paragraphs: list[str], table: list[list[str]] | None = None, tail: list[str] | None = None
) -> bytes:
    doc = Document()
    if table:
        t = doc.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, cell in enumerate(row):
                lines = cell.split("\n")
                t.cell(r, c).text = lines[0]
                for extra in lines[1:]:
                    t.cell(r, c).add_paragraph(extra)
    for p in paragraphs:
        doc.add_paragraph(p)
    if tail:
        t = doc.add_table(rows=1, cols=2)
        t.cell(0, 0).text = tail[0]
        for extra in tail[1:-1]:
            t.cell(0, 0).add_paragraph(extra)
        t.cell(0, 1).text = tail[-1]
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def test_docx_paragraphs_and_tables_in_body_order(tmp_path: Path) -> None:
    data = make_docx(
        ["BÁO CÁO", "Kết quả thực hiện Chỉ thị số 33/CT-TTg", VI],
        table=[
            [
                "ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\nSố: 529/BC-UBND",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nAn Giang, ngày 24 tháng 5 năm 2024",
            ]
        ],
    )
    r = read_file(write(tmp_path, "r.docx", data))
    assert r.format == "docx"
    lines = [ln for ln in r.text.split("\n") if ln]
    assert lines[:4] == [
        "ỦY BAN NHÂN DÂN",
        "TỈNH AN GIANG",
        "Số: 529/BC-UBND",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    ]
    assert lines.index("BÁO CÁO") > lines.index("An Giang, ngày 24 tháng 5 năm 2024")
    assert lines[-1] == VI


def test_docx_footnotes_are_appended(tmp_path: Path) -> None:
    """Footnotes live in word/footnotes.xml; python-docx cannot write them, so add the part by hand."""
    import zipfile

    base = make_docx(["Nội dung chính."])
    notes = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:id="1"><w:p><w:r><w:t>Kế hoạch số 664/KH-UBND ngày 18/10/2022.</w:t></w:r></w:p></w:footnote>'
        "</w:footnotes>"
    )
    src, out = zipfile.ZipFile(io.BytesIO(base)), io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for item in src.infolist():
            blob = src.read(item.filename)
            if item.filename == "[Content_Types].xml":
                blob = blob.replace(
                    b"</Types>",
                    b'<Override PartName="/word/footnotes.xml" ContentType="application/'
                    b'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>',
                )
            if item.filename == "word/_rels/document.xml.rels":
                blob = blob.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rIdFn" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                    b'relationships/footnotes" Target="footnotes.xml"/></Relationships>',
                )
            z.writestr(item, blob)
        z.writestr("word/footnotes.xml", notes)
    r = read_file(write(tmp_path, "fn.docx", out.getvalue()))
    assert r.text.endswith("¹ Kế hoạch số 664/KH-UBND ngày 18/10/2022.")
    assert r.meta["footnotes"] == 1


_WNS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)


def _docx_with_xml(paragraphs: list[str], numbering: str | None = None) -> bytes:
    """A .docx whose body paragraphs are the raw WordprocessingML given (and, optionally, whose
    numbering.xml gets the given abstractNum/num definitions)."""
    from docx.oxml import parse_xml

    doc = Document()
    for xml in paragraphs:
        doc.element.body.sectPr.addprevious(parse_xml(xml.replace("<w:p>", f"<w:p {_WNS}>", 1)))
    if numbering:
        root = doc.part.numbering_part.element
        for el in parse_xml(f"<w:numbering {_WNS}>{numbering}</w:numbering>"):
            root.append(el)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def _wp(text: str, level: int | None = None, num: int = 7) -> str:
    ppr = f'<w:pPr><w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num}"/></w:numPr></w:pPr>'
    return f"<w:p>{ppr if level is not None else ''}<w:r><w:t>{text}</w:t></w:r></w:p>"


def test_docx_automatic_list_numbers_are_shown_as_word_shows_them(tmp_path: Path) -> None:
    """Labels of Word's automatic numbering live in numbering.xml, not in the runs: the reader puts
    "I.", "1.", "a)" before the paragraph, counting per list and restarting deeper levels; a bullet is
    decoration and gets no label (holdout21)."""
    levels = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/></w:lvl>'
        for i, (fmt, text) in enumerate((("upperRoman", "%1."), ("decimal", "%2."), ("lowerLetter", "%3)")))
    )
    numbering = (
        f'<w:abstractNum w:abstractNumId="70">{levels}</w:abstractNum>'
        '<w:abstractNum w:abstractNumId="71"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
        '<w:lvlText w:val="-"/></w:lvl></w:abstractNum>'
        '<w:num w:numId="7"><w:abstractNumId w:val="70"/></w:num>'
        '<w:num w:numId="8"><w:abstractNumId w:val="71"/></w:num>'
    )
    body = [
        _wp("MỤC ĐÍCH, YÊU CẦU", 0),
        _wp("Mục đích", 1),
        _wp("Yêu cầu", 1),
        _wp("Rà soát quy chế theo Nghị định số 45/2020/NĐ-CP.", 2),
        _wp("Số hóa hồ sơ.", 2),
        _wp("NHIỆM VỤ", 0),
        _wp("Hoàn thiện thể chế", 1),
        _wp("Một đoạn không đánh số."),
        _wp("Kế hoạch số 12/KH-UBND;", 0, num=8),
    ]
    text = read_file(write(tmp_path, "n.docx", _docx_with_xml(body, numbering))).text
    assert [ln for ln in text.split("\n") if ln] == [
        "I. MỤC ĐÍCH, YÊU CẦU",
        "1. Mục đích",
        "2. Yêu cầu",
        "a) Rà soát quy chế theo Nghị định số 45/2020/NĐ-CP.",
        "b) Số hóa hồ sơ.",
        "II. NHIỆM VỤ",
        "1. Hoàn thiện thể chế",
        "Một đoạn không đánh số.",
        "Kế hoạch số 12/KH-UBND;",
    ]


def test_docx_list_numbers_carried_by_a_paragraph_style(tmp_path: Path) -> None:
    """A list attached to a paragraph style (Word's "List Number", a heading style with numbering) numbers
    every paragraph of that style, also of a style based on it (holdout21)."""
    from docx.oxml import parse_xml

    doc = Document()
    levels = (
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>'
    )
    root = doc.part.numbering_part.element
    for el in parse_xml(
        f'<w:numbering {_WNS}><w:abstractNum w:abstractNumId="80">{levels}</w:abstractNum>'
        '<w:num w:numId="9"><w:abstractNumId w:val="80"/></w:num></w:numbering>'
    ):
        root.append(el)
    styles = doc.styles.element
    styles.append(
        parse_xml(
            f'<w:style {_WNS} w:type="paragraph" w:styleId="MucLon"><w:name w:val="Muc lon"/>'
            '<w:pPr><w:numPr><w:numId w:val="9"/></w:numPr></w:pPr></w:style>'
        )
    )
    styles.append(
        parse_xml(
            f'<w:style {_WNS} w:type="paragraph" w:styleId="MucNho"><w:name w:val="Muc nho"/>'
            '<w:basedOn w:val="MucLon"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>'
        )
    )
    for text, style in (("KẾT QUẢ", "Muc lon"), ("Về tuyên truyền", "Muc nho"), ("Về kiểm tra", "Muc nho")):
        doc.add_paragraph(text, style=style)
    doc.add_paragraph("KIẾN NGHỊ", style="Muc lon")
    buf = io.BytesIO()
    doc.save(buf)
    text = read_file(write(tmp_path, "s.docx", buf.getvalue())).text
    assert [ln for ln in text.split("\n") if ln] == [
        "I. KẾT QUẢ",
        "1. Về tuyên truyền",
        "2. Về kiểm tra",
        "II. KIẾN NGHỊ",
    ]


def test_docx_text_box_is_read_once_as_blocks(tmp_path: Path) -> None:
    """Word saves a text box twice — a drawing (mc:Choice) and its VML fallback (mc:Fallback): the box is
    read once, after its anchoring paragraph, its paragraphs and cells as blocks of their own, not run
    into the paragraph (holdout21)."""
    box = (
        "<w:txbxContent><w:tbl><w:tr><w:tc><w:p><w:r><w:t>BỘ NỘI VỤ</w:t></w:r></w:p></w:tc>"
        "<w:tc><w:p><w:r><w:t>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</w:t></w:r></w:p></w:tc></w:tr>"
        "<w:tr><w:tc><w:p><w:r><w:t>Số: 15/BNV-VP</w:t></w:r></w:p></w:tc>"
        "<w:tc><w:p><w:r><w:t>Hà Nội, ngày 02 tháng 3 năm 2025</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
        "</w:txbxContent>"
    )
    anchor = (
        '<w:p><w:r><w:t>Trước hộp. </w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps">'
        f'<w:drawing><wps:txbx xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">{box}'
        "</wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>"
        f"{box}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>"
    )
    text = read_file(write(tmp_path, "b.docx", _docx_with_xml([anchor, _wp("Kính gửi: Các sở.")]))).text
    assert [ln for ln in text.split("\n") if ln] == [
        "Trước hộp.",
        "BỘ NỘI VỤ",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Số: 15/BNV-VP",
        "Hà Nội, ngày 02 tháng 3 năm 2025",
        "Kính gửi: Các sở.",
    ]


def test_docx_tracked_changes_fields_and_hyperlinks(tmp_path: Path) -> None:
    """Tracked changes read as accepted (w:ins in, w:delText out); a field's shown result is read, not
    its instruction; a hyperlink's text is read (holdout21)."""
    para = (
        '<w:p><w:r><w:t xml:space="preserve">Thực hiện </w:t></w:r>'
        '<w:del w:id="1" w:author="A"><w:r><w:delText>Nghị định số 04/2015/NĐ-CP</w:delText></w:r></w:del>'
        '<w:ins w:id="2" w:author="A"><w:r><w:t>Nghị định số 59/2023/NĐ-CP</w:t></w:r></w:ins>'
        '<w:r><w:t xml:space="preserve"> và </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> HYPERLINK "https://example.org/06" </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>Quyết định số 06/QĐ-TTg</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve">, </w:t></w:r>'
        "<w:hyperlink><w:r><w:t>Chỉ thị số 05/CT-TTg</w:t></w:r></w:hyperlink></w:p>"
    )
    text = read_file(write(tmp_path, "t.docx", _docx_with_xml([para]))).text
    assert text == "Thực hiện Nghị định số 59/2023/NĐ-CP và Quyết định số 06/QĐ-TTg, Chỉ thị số 05/CT-TTg"


def _tcvn3(text: str) -> str:
    """Unicode Vietnamese as a TCVN3 typist's .docx holds it (the code points as Latin-1 characters);
    upper-case toned vowels have no TCVN3 code and are written in lower case (the H fonts)."""
    import json

    table = json.loads((Path(__file__).parent.parent / "ingest/data/tcvn3.json").read_text(encoding="utf-8"))
    back = {v: k for k, v in table["map"].items()}
    return "".join(back.get(ch, back.get(ch.lower(), ch)) for ch in text)


def _docx_bytes(doc) -> bytes:
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def test_docx_runs_in_tcvn3_fonts_are_converted_run_by_run(tmp_path: Path) -> None:
    """An old header typed in .VnTimeH over a body that mixes Unicode runs and .VnTime runs."""
    doc = Document()
    head = doc.add_paragraph().add_run(_tcvn3("sở tài chính tỉnh lạng sơn"))
    head.font.name = ".VnTimeH"
    body = doc.add_paragraph()
    body.add_run("Căn cứ ")  # Unicode, in the default font
    legacy = body.add_run(_tcvn3("Thông tư số 56/2023/TT-BTC ngày 18/8/2023 của Bộ Tài chính"))
    legacy.font.name = ".VnTime"
    body.add_run(" về quản lý kinh phí.")
    r = read_file(write(tmp_path, "mixed.docx", _docx_bytes(doc)))
    assert r.text == (
        "SỞ TÀI CHÍNH TỈNH LẠNG SƠN\n\n"
        "Căn cứ Thông tư số 56/2023/TT-BTC ngày 18/8/2023 của Bộ Tài chính về quản lý kinh phí."
    )
    assert r.meta["converted_from"] == "TCVN3"
    [ref] = extract_file(write(tmp_path, "mixed2.docx", _docx_bytes(doc))).references
    assert (ref.number_symbol, ref.date, ref.relation) == ("56/2023/TT-BTC", "2023-08-18", "based_on")


def test_docx_legacy_font_inherited_from_the_paragraph_style(tmp_path: Path) -> None:
    doc = Document()
    doc.styles["Normal"].font.name = ".VnTime"
    doc.add_paragraph(_tcvn3("Triển khai Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương Đảng khóa XII."))
    unicode_run = doc.add_paragraph().add_run("Đã báo cáo Thường trực Tỉnh ủy.")
    unicode_run.font.name = "Times New Roman"  # a run's own font wins over its style's
    r = read_file(write(tmp_path, "styled.docx", _docx_bytes(doc)))
    assert r.text == (
        "Triển khai Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương Đảng khóa XII.\n\n"
        "Đã báo cáo Thường trực Tỉnh ủy."
    )


def test_docx_in_vni_fonts_is_converted(tmp_path: Path) -> None:
    doc = Document()
    run = doc.add_paragraph().add_run(VNI_BODY)
    run.font.name = "VNI-Times"
    r = read_file(write(tmp_path, "vni.docx", _docx_bytes(doc)))
    assert r.text == VNI_BODY_UNICODE.strip()
    assert r.meta["converted_from"] == "VNI"


def test_docx_unicode_text_in_an_old_font_is_left_alone(tmp_path: Path) -> None:
    """A run formatted with .VnTime but typed in Unicode (it shows garbled in Word, yet the text is right)."""
    doc = Document()
    run = doc.add_paragraph().add_run(VI)
    run.font.name = ".VnTime"
    r = read_file(write(tmp_path, "u.docx", _docx_bytes(doc)))
    assert r.text == VI
    assert "converted_from" not in r.meta


def test_docx_legacy_text_without_a_telling_font_is_detected_as_a_whole(tmp_path: Path) -> None:
    """TCVN3 text whose runs name no legacy font (the fonts were replaced): the whole text is checked."""
    doc = Document()
    for line in TCVN3.decode("latin-1").splitlines():
        doc.add_paragraph(line)
    r = read_file(write(tmp_path, "lost.docx", _docx_bytes(doc)))
    assert r.text == TCVN3_AS_UNICODE.strip().replace("\n", "\n\n")
    assert r.meta["converted_from"] == "TCVN3"


def test_corrupt_docx(tmp_path: Path) -> None:
    err = read_error(write(tmp_path, "x.docx", b"PK\x03\x04 not really a zip" * 10))
    assert err.kind == "corrupt"
    err = read_error(write(tmp_path, "y.docx", VI.encode()))
    assert err.kind == "corrupt"


# --- pdf --------------------------------------------------------------------------------------


def make_pdf(
    lines: list[str | tuple[int, int, str]], *, text_layer: bool = True, fonts: list[str] | None = None
) -> bytes:
    """A one-page PDF whose text layer holds `lines` (Unicode via a ToUnicode CMap, Identity-H
    codes = code points), or a drawing only ("scanned") when `text_layer` is False. A line given as
    (x, y, text) is placed there (two-column layouts); plain strings go one under the other.
    `fonts` names each line's font (BaseFont; default Arial)."""
    placed = [ln if isinstance(ln, tuple) else (40, 800 - 16 * i, ln) for i, ln in enumerate(lines)]
    lines = [t for _, _, t in placed]
    names = fonts or ["Arial"] * len(lines)
    distinct = list(dict.fromkeys(names)) or ["Arial"]
    if text_layer:
        ops = []
        for (x, y, line), name in zip(placed, names, strict=True):
            hexs = "".join(f"{ord(c):04X}" for c in line)
            ops.append(f"BT /F{distinct.index(name) + 1} 10 Tf {x} {y} Td <{hexs}> Tj ET")
        content = "\n".join(ops).encode()
        chars = sorted({c for line in lines for c in line})
        bfchar = "\n".join(f"<{ord(c):04X}> <{ord(c):04X}>" for c in chars)
        cmap = (
            "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
            "/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
            "1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
            f"{len(chars)} beginbfchar\n{bfchar}\nendbfchar\n"
            "endcmap CMapName currentdict /CMap defineresource pop end end"
        ).encode()
        extra = 8  # object number of the first font after the first (two objects a font)
        refs = " ".join(f"/F{i + 1} {4 if i == 0 else extra + 2 * (i - 1)} 0 R" for i in range(len(distinct)))
        resources = f"<< /Font << {refs} >> >>".encode()
    else:
        content = b"0.5 g 40 400 500 400 re f 0 G 40 300 m 540 300 l S"
        cmap = b""
        resources = b"<< >>"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources "
        + resources
        + b" /Contents 5 0 R >>",
        _type0(distinct[0], 6),
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        _cid_font(distinct[0]),
        b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream",
    ]
    for i, name in enumerate(distinct[1:]):  # further fonts: a Type0 and its CIDFont each
        objs += [_type0(name, 8 + 2 * i + 1), _cid_font(name)]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objs, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def _type0(name: str, descendant: int) -> bytes:
    return (
        f"<< /Type /Font /Subtype /Type0 /BaseFont /{name} /Encoding /Identity-H /DescendantFonts"
        f" [{descendant} 0 R] /ToUnicode 7 0 R >>"
    ).encode()


def _cid_font(name: str) -> bytes:
    return (
        f"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /{name} /CIDSystemInfo << /Registry (Adobe)"
        " /Ordering (Identity) /Supplement 0 >> /DW 600"
        f" /FontDescriptor << /Type /FontDescriptor /FontName /{name} /Flags 32 /FontBBox [0 -200 1000 800]"
        " /ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 >> >>"
    ).encode()


def test_pdf_text_layer(tmp_path: Path) -> None:
    lines = [
        "Số: 38/KH-UBND",
        "Quảng Ngãi, ngày 04 tháng 3 năm 2021",
        "KẾ HOẠCH",
        "Thực hiện Chỉ thị số 30/CT-",
        "TTg của Thủ tướng",
    ]
    r = read_file(write(tmp_path, "k.pdf", make_pdf(lines)))
    assert r.format == "pdf"
    got = [ln.strip() for ln in unicodedata.normalize("NFC", r.text).splitlines() if ln.strip()]
    assert got == lines
    assert r.meta["pages"] == 1


def test_pdf_centred_type_line_stays_above_the_wrapped_title(tmp_path: Path) -> None:
    """pdfminer lists "QUYẾT ĐỊNH" after the wider title lines below it; the reader puts it back on
    top, so the title is the title (not its last line) and the type line opens it."""
    header = [
        (60, 780, "ỦY BAN NHÂN DÂN"),
        (330, 780, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        (60, 766, "TỈNH AN GIANG"),
        (350, 766, "Độc lập - Tự do - Hạnh phúc"),
        (60, 752, "Số: 12/2024/QĐ-UBND"),
        (340, 752, "An Giang, ngày 16 tháng 5 năm 2024"),
    ]
    title = [
        (270, 717, "QUYẾT ĐỊNH"),
        (40, 697, "Ban hành Quy chế công tác văn thư, lưu trữ của các cơ quan, tổ chức, đơn vị"),
        (170, 680, "thuộc Ủy ban nhân dân tỉnh An Giang"),
    ]
    body = [(40, 640, "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ;")]
    path = write(tmp_path, "qd.pdf", make_pdf(header + title + body))
    text = unicodedata.normalize("NFC", read_file(path).text)
    order = [text.index(t) for _, _, t in title + body]
    assert order == sorted(order)
    columns_kept = text.index("Số: 12/2024/QĐ-UBND") < text.index("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    assert columns_kept
    doc = extract_file(path).document
    assert doc.doc_type == "Quyết định"
    assert (
        doc.title
        == "Ban hành Quy chế công tác văn thư, lưu trữ của các cơ quan, tổ chức, đơn vị thuộc Ủy ban nhân dân tỉnh An Giang"
    )


def test_pdf_centred_title_line_in_a_box_of_its_own_goes_on_the_title(tmp_path: Path) -> None:
    """A title as wide as the text column whose short last line, centred on the same axis, pdfminer
    puts in a box of its own: one paragraph (the issuer clause "của Ủy ban nhân dân tỉnh" whole)."""
    first = "Về việc ban hành Quyết định sửa đổi Quy định kèm theo Quyết định số 36/2019/QĐ-UBND của Ủy"
    last = "ban nhân dân tỉnh"
    width = len(first)  # make_pdf's glyphs are all 6 pt wide: lines of this many characters are full
    body = (
        "Thực hiện Luật Ban hành văn bản quy phạm pháp luật năm 2015 và Nghị định số 34/2016/NĐ-CP "
        "của Chính phủ, Sở Tư pháp kính trình Ủy ban nhân dân tỉnh dự thảo Quyết định như sau: …"
    )
    lines = [
        (60, 780, "SỞ TƯ PHÁP"),
        (330, 780, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        (60, 766, "Số: 2184/TTr-STP"),
        (340, 766, "Đồng Nai, ngày 14 tháng 10 năm 2024"),
        (270, 730, "TỜ TRÌNH"),
        (40, 710, first),
        (40 + 3 * (width - len(last)), 693, last),  # centred under the first line
        (40, 660, "Kính gửi: Ủy ban nhân dân tỉnh Đồng Nai."),
        (40, 630, body[:width]),
        (40, 614, body[width:]),
    ]
    path = write(tmp_path, "ttr.pdf", make_pdf(lines))
    text = unicodedata.normalize("NFC", read_file(path).text)
    assert re.search(r"của Ủy +ban nhân dân tỉnh\n", text), text
    assert extract_file(path).document.title.endswith("của Ủy ban nhân dân tỉnh")


def test_pdf_without_text_layer(tmp_path: Path) -> None:
    err = read_error(write(tmp_path, "scan.pdf", make_pdf([], text_layer=False)))
    assert err.kind == "no_text"
    assert str(err) == "no text layer (scanned PDF?)"


def test_corrupt_pdf(tmp_path: Path) -> None:
    err = read_error(write(tmp_path, "bad.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage" * 3))
    assert err.kind in {"corrupt", "no_text"}


# --- html -------------------------------------------------------------------------------------

PARAS = [
    "Năm 2023, Ủy ban nhân dân tỉnh An Giang tiếp tục triển khai thực hiện Chỉ thị số 33/CT-TTg ngày "
    "26/11/2021 của Thủ tướng Chính phủ về tăng cường và đổi mới công tác dân vận của cơ quan hành chính.",
    "Các sở, ban, ngành và Ủy ban nhân dân cấp huyện đã ban hành kế hoạch cụ thể, phân công trách nhiệm rõ "
    "ràng cho từng cơ quan, đơn vị, gắn với việc thực hiện quy chế dân chủ ở cơ sở và cải cách hành chính.",
    "Kết quả kiểm tra cho thấy phần lớn các địa phương thực hiện nghiêm túc việc công khai thủ tục hành chính, "
    "tiếp công dân định kỳ và giải quyết kịp thời phản ánh, kiến nghị của người dân, doanh nghiệp trên địa bàn.",
]


def make_html() -> bytes:
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>Đẩy mạnh công tác dân vận chính quyền năm 2023</title>
<meta property="og:title" content="Đẩy mạnh công tác dân vận chính quyền năm 2023">
<meta property="article:published_time" content="2023-12-14T04:57:00+07:00">
</head><body>
<nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/gt">Giới thiệu</a></li><li><a href="/tt">Tin tức</a></li></ul></nav>
<div class="sidebar"><h3>Liên kết website</h3><ul><li><a href="http://x.gov.vn">Cổng thông tin điện tử Chính phủ</a></li></ul></div>
<article><h1>Đẩy mạnh công tác dân vận chính quyền năm 2023</h1>
<p class="date">14/12/2023</p>{body}</article>
<footer><p>Bản quyền thuộc Sở Nội vụ tỉnh An Giang. Lượt truy cập: 1234567. Đang online: 12</p></footer>
</body></html>""".encode()


def test_html_main_text_and_metadata(tmp_path: Path) -> None:
    r = read_file(write(tmp_path, "page.html", make_html()))
    assert r.format == "html"
    assert r.meta["title"] == "Đẩy mạnh công tác dân vận chính quyền năm 2023"
    assert r.meta["date"] == "2023-12-14"
    assert r.text.startswith("Đẩy mạnh công tác dân vận chính quyền năm 2023")
    for p in PARAS:
        assert p in r.text
    for boiler in ("Lượt truy cập", "Trang chủ", "Liên kết website", "Bản quyền"):
        assert boiler not in r.text


def test_html_without_a_declared_charset_is_read_as_utf8_and_dates_are_not_guessed(tmp_path: Path) -> None:
    """lxml reads undeclared bytes as Latin-1 ("Thá»±c hiá»n"); and a symbol in the text
    ("04/2015/NĐ-CP") is no publication date."""
    paras = "".join(f"<p>{p}</p>" for p in PARAS)
    page = f"<html><body><article><p>Thực hiện Nghị định số 04/2015/NĐ-CP.</p>{paras}</article></body></html>"
    r = read_file(write(tmp_path, "bare.html", page.encode("utf-8")))
    assert r.text.startswith("Thực hiện Nghị định số 04/2015/NĐ-CP.")
    assert "date" not in r.meta


def test_html_drops_boxes_of_related_links_inside_the_article(tmp_path: Path) -> None:
    """ "Xem thêm: <a>…</a>" and a "Tin liên quan:" box between two paragraphs of the article link to other
    pages (holdout19): their headlines are no sentences of the article and are cut; a paragraph that
    merely starts with the same words, or cites a document inside a link, stays."""
    paras = "".join(f"<p>{p}</p>" for p in PARAS)
    page = f"""<html><head><meta charset="utf-8"><title>Tin</title></head><body><article>
<p>Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị, tỉnh đã ban hành kế hoạch năm 2024.</p>
<p><strong>Xem thêm:</strong> <a href="/a">Sơ kết Kết luận 01-KL/TW: nhiều mô hình hay</a></p>
<div class="box"><b>Tin liên quan:</b><ul><li><a href="/b">Toàn văn Nghị quyết 68-NQ/TW</a></li></ul></div>
<p><a href="/c"><b>&gt;&gt; Xem thêm: Kế hoạch số 32/KH-UBND ngày 02/4/2018</b></a></p>
<p>Xem thêm các quy định tại <a href="/d">Nghị định số 30/2020/NĐ-CP</a> về công tác văn thư của cơ quan.</p>
{paras}</article></body></html>"""
    text = read_file(write(tmp_path, "related.html", page.encode("utf-8"))).text
    assert "Chỉ thị số 05-CT/TW" in text and "Nghị định số 30/2020/NĐ-CP về công tác văn thư" in text
    for link in ("01-KL/TW", "Tin liên quan", "68-NQ/TW", "32/KH-UBND"):
        assert link not in text
    assert PARAS[0] in text


@pytest.mark.parametrize(
    ("stamp", "published"),
    [
        ("Thứ Hai, 12/05/2025 - 15:30", "2025-05-12T15:30"),
        ("12/05/2025 15:30 GMT+7", "2025-05-12T15:30"),
        ("Ngày đăng: 22/01/2025 | 08:45", "2025-01-22T08:45"),
        ("Cập nhật lúc 09:12, 20/03/2025", "2025-03-20T09:12"),
        ("Ngày trả lời: 12/09/2024", None),  # no time: nothing to add to the page's date
    ],
)
def test_html_page_timestamp_is_read_from_the_markup(
    tmp_path: Path, stamp: str, published: str | None
) -> None:
    """The publication time a page prints next to the headline is often cut with the byline from the main
    text (holdout19); the reader gives it as meta "published". A date in the header bar or a sidebar without
    a time ("Thứ Hai, ngày 12/05/2025", "Quyết định … ngày 20/01/2025") is not it."""
    paras = "".join(f"<p>{p}</p>" for p in PARAS)
    page = f"""<html><head><meta charset="utf-8"><title>Tin</title></head><body>
<div class="top">Thứ Hai, ngày 12/05/2025</div><aside><a href="/v">Quyết định số 215/QĐ-UBND ngày 20/01/2025</a></aside>
<div class="detail"><h1>Tin hoạt động</h1><div class="time">{stamp}</div><article>{paras}</article></div>
</body></html>"""
    assert read_file(write(tmp_path, "stamp.html", page.encode("utf-8"))).meta.get("published") == published


def test_html_layout_cells_holding_paragraphs_keep_them_apart(tmp_path: Path) -> None:
    """An old CMS lays the page out with nested tables (holdout19): the cell of the middle column holds
    rows for the headline, the timestamp and a cell of <P> paragraphs. Each stays a line of its own (read
    as one paragraph, the headline ran into its timestamp and the article into one line)."""
    paras = "".join(f"<P align='justify'>{p}</P>" for p in PARAS)
    page = f"""<HTML><HEAD><META http-equiv="Content-Type" content="text/html; charset=utf-8"></HEAD><BODY>
<TABLE><TR><TD width="200">Trang chủ</TD><TD><TABLE>
<TR><TD><FONT size="4"><B>Hội nghị triển khai Luật Tiếp cận thông tin</B></FONT></TD></TR>
<TR><TD><FONT size="2">Ngày 10/04/2018 - 14:05</FONT></TD></TR>
<TR><TD><FONT face="Times New Roman">{paras}</FONT></TD></TR></TABLE></TD></TR></TABLE></BODY></HTML>"""
    lines = read_file(write(tmp_path, "old.html", page.encode("utf-8"))).text.splitlines()
    assert "Hội nghị triển khai Luật Tiếp cận thông tin" in lines
    assert "Ngày 10/04/2018 - 14:05" in lines
    assert [p for p in PARAS if p in lines] == PARAS


def test_html_without_text(tmp_path: Path) -> None:
    err = read_error(
        write(tmp_path, "empty.htm", b"<html><head><title></title></head><body>   </body></html>")
    )
    assert err.kind in {"no_text", "empty"}


def test_unreadable_and_special_files(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert read_error(fifo).kind == "unsupported"  # never blocks on a FIFO
    locked = write(tmp_path, "locked.txt", VI.encode())
    locked.chmod(0)
    try:
        if os.access(locked, os.R_OK):
            pytest.skip("running as root: permissions are not enforced")
        assert read_error(locked).kind == "unreadable"
    finally:
        locked.chmod(0o644)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=3000), st.sampled_from([".txt", ".md", ".docx", ".pdf", ".html", ".bin"]))
def test_any_bytes_give_text_or_a_read_error(data: bytes, suffix: str) -> None:
    try:
        r = read_bytes(data, suffix=suffix)
    except ReadError as exc:
        assert exc.kind and exc.message
    else:
        assert r.text.strip()


@settings(max_examples=60, deadline=None)
@given(st.binary(min_size=1, max_size=400))
def test_damaged_documents_give_a_read_error(junk: bytes) -> None:
    for data, suffix in (
        (make_pdf(["Số: 1/BC-UBND"])[:200] + junk, ".pdf"),
        (make_docx(["x"])[:300] + junk, ".docx"),
    ):
        with contextlib.suppress(ReadError):  # anything else (a crash) fails the test
            read_bytes(data, suffix=suffix)


def test_old_word_files_are_refused_clearly(tmp_path: Path) -> None:
    err = read_error(write(tmp_path, "old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600))
    assert err.kind == "unsupported"
    assert ".docx" in str(err)


def test_pdf_text_layer_in_tcvn3_fonts_is_converted(tmp_path: Path) -> None:
    """A PDF printed from a .VnTime document: its text layer holds the TCVN3 code points."""
    lines = [
        _tcvn3(x)
        for x in ("Số: 27/KH-UBND", "Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị,")
    ]
    r = read_file(write(tmp_path, "old.pdf", make_pdf(lines)))
    assert r.text == "Số: 27/KH-UBND\n\nThực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị,"
    assert r.meta["converted_from"] == "TCVN3"


def test_pdf_text_layer_in_damaged_legacy_encoding_is_refused(tmp_path: Path) -> None:
    garbled = VNI.decode("cp1252") + "xyzä qwkø brtû zzï ghjå\n" * 3
    err = read_error(write(tmp_path, "vni.pdf", make_pdf(garbled.splitlines())))
    assert err.kind == "legacy_encoding"


def test_pdf_lines_in_legacy_fonts_are_converted_by_font(tmp_path: Path) -> None:
    """A PDF mixing Unicode lines with lines set in .VnTimeH and .VnTime (a subset font): each line
    converts by its font, though the Unicode text around would hide the legacy part from detection."""
    legacy_head = "ủy ban nhân dân huyện tân yên"  # typed in lower case: .VnTimeH draws capitals
    legacy_body = "Thực hiện Kế hoạch số 112/KH-UBND ngày 20/4/2020 của UBND tỉnh,"
    unicode_body = [
        "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;",
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
        "Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015;",
    ]
    lines = [_tcvn3(legacy_head), *unicode_body, _tcvn3(legacy_body)]
    fonts = [".VnTimeH", "TimesNewRoman", "TimesNewRoman", "TimesNewRoman", "BCDEFG+.VnTime"]
    r = read_file(write(tmp_path, "mixed.pdf", make_pdf(lines, fonts=fonts)))
    text = r.text.replace("\n", " ")
    for line in ["ỦY BAN NHÂN DÂN HUYỆN TÂN YÊN", *unicode_body, legacy_body]:
        assert line in text
    assert r.meta["converted_from"] == "TCVN3"


def test_pdf_with_a_font_name_that_is_no_name_is_still_read(tmp_path: Path) -> None:
    """A damaged PDF whose FontDescriptor gives FontName as a string, not a name (pdfminer then hands
    the font name over as bytes): the legacy-font check passes it by, the text is read."""
    pdf = make_pdf(["Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị,"])
    damaged = pdf.replace(b"/FontName /Arial", b"/FontName (Arial)")
    assert damaged != pdf
    r = read_file(write(tmp_path, "odd.pdf", damaged))
    assert r.text == "Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị,"
