"""graph.build: ExtractionResult → Contribution (hand-made results, and the real pipeline on examples/)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from graph.build import contribution
from ingest.models import DocumentMeta, ExtractionResult, Reference

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def ref(text: str, ns: str | None, **kw) -> Reference:
    """A reference as the extractor would give it (offsets are filled by `result`)."""
    return Reference(start=0, end=0, text=text, doc_type=kw.pop("doc_type", None), number_symbol=ns, **kw)


def result(
    source: str,
    refs: list[Reference],
    *,
    number_symbol: str | None = None,
    date: str | None = None,
    province: str | None = None,
    issuer: str | None = None,
    title: str | None = None,
    recipients: tuple[str, ...] = (),
    responds_to: tuple[int, ...] = (),
    salt: str = "",
) -> ExtractionResult:
    """A report whose text is one sentence per reference, offsets pointing at the references."""
    parts = [f"{title or 'Báo cáo'}.\n"]
    pos = len(parts[0])
    for r in refs:
        sentence = f"Thực hiện {r.text} của cơ quan."
        r.start = pos + len("Thực hiện ")
        r.end = r.start + len(r.text)
        r.sentence = (pos, pos + len(sentence))
        parts.append(sentence + " ")
        pos += len(sentence) + 1
    text = "".join(parts) + salt
    meta = DocumentMeta(
        doc_type="Báo cáo",
        number_symbol=number_symbol,
        date=date,
        province=province,
        issuer=issuer,
        title=title,
        recipients=list(recipients),
        responds_to=list(responds_to),
        kind="report",
    )
    sha = hashlib.sha256((source + text + repr(meta)).encode()).hexdigest()
    return ExtractionResult(
        source=source, sha256=sha, text=text, document=meta, references=refs, extractor_version="test-1"
    )


def test_report_cites_central_and_local_documents():
    r = result(
        "ag.txt",
        [
            ref(
                "Chỉ thị số 33/CT-TTg ngày 26/11/2021",
                "33/CT-TTg",
                date="2021-11-26",
                year=2021,
                doc_type="Chỉ thị",
                relation="implements",
                issuer="Thủ tướng Chính phủ",
            ),
            ref("Kế hoạch số 38/KH-UBND ngày 04/3/2021", "38/KH-UBND", date="2021-03-04", year=2021),
            ref("Chỉ thị số 33/CT-TTg", "33/CT-TTg"),
        ],
        number_symbol="529/BC-UBND",
        date="2024-05-24",
        province="An Giang",
        issuer="Ủy ban nhân dân tỉnh An Giang",
        recipients=("Bộ Nội vụ", "Sở Nội vụ"),
    )
    c = contribution(r)
    assert c.report_key == "BC-UBND:529:2024:an-giang"
    assert c.report.is_report and c.report.province == "an-giang"
    assert [d.key for d in c.documents] == ["CT-TTg:33:2021", "KH-UBND:38:2021:an-giang"]
    # the undated second mention of 33/CT-TTg is the same document (never split one)
    assert [m.target_key for m in c.mentions] == [
        "CT-TTg:33:2021",
        "KH-UBND:38:2021:an-giang",
        "CT-TTg:33:2021",
    ]
    assert c.mentions[0].sentence.startswith("Thực hiện Chỉ thị số 33/CT-TTg")
    assert [(x.source_key, x.type, x.target_key) for x in c.relations] == [
        ("BC-UBND:529:2024:an-giang", "IMPLEMENTS", "CT-TTg:33:2021")
    ]
    assert ("CT-TTg:33:2021", "thu-tuong-chinh-phu") in c.issued_by
    assert ("KH-UBND:38:2021:an-giang", "uy-ban-nhan-dan:an-giang") in c.issued_by
    assert ("so-noi-vu:an-giang", "an-giang") in c.located_in
    assert sorted(b for _, b in c.sent_to) == ["bo-noi-vu", "so-noi-vu:an-giang"]
    assert [p.key for p in c.provinces] == ["an-giang"]


def test_doc_to_doc_relation_direction_and_responds_to():
    r = result(
        "qn.txt",
        [
            ref("Công văn số 1315/SNV-XDCQ ngày 10/6/2021", "1315/SNV-XDCQ", date="2021-06-10", year=2021),
            ref("Thông tư 01/2016/TT-BNV", "01/2016/TT-BNV", year=2016),
            ref("Nghị định 04/2015/NĐ-CP", "04/2015/NĐ-CP", year=2015, relation="guides", relation_source=1),
        ],
        number_symbol="876/BC-VP",
        date="2021-06-07",
        province="Quảng Ngãi",
        responds_to=(0,),
    )
    c = contribution(r)
    rels = {(x.source_key, x.type, x.target_key) for x in c.relations}
    assert ("TT-BNV:1:2016", "GUIDES", "NĐ-CP:4:2015") in rels  # the circular guides the decree
    assert ("BC-VP:876:2021:quang-ngai", "RESPONDS_TO", "SNV-XDCQ:1315:2021:quang-ngai") in rels


def test_unnumbered_draft_gets_a_hash_key_and_keeps_unresolved_references():
    r = result("draft.txt", [ref("Kế hoạch số 12/KH-UBND", "12/KH-UBND")], date="2020-07")
    c = contribution(r)
    assert c.report_key.startswith("report:")
    (doc,) = c.documents
    assert doc.resolved is False  # local symbol, no province: explicit unresolved node, not dropped
    assert doc.key.startswith("unresolved:")


@pytest.mark.skipif(not (EXAMPLES / "000_07a810e2d8d8df93.txt").exists(), reason="examples missing")
def test_real_example_through_the_pipeline():
    ingest = pytest.importorskip("ingest.pipeline")
    res = ingest.extract_file(EXAMPLES / "000_07a810e2d8d8df93.txt")
    c = contribution(res)
    assert c.sha256 == res.sha256 and len(c.mentions) == len(res.references)
    for m in c.mentions:
        assert res.text[m.start : m.end] == m.text
        assert m.sentence_start <= m.start and m.end <= m.sentence_start + len(m.sentence)
    if res.references:
        assert any(d.key == "CT-TTg:33:2021" for d in c.documents)


@pytest.mark.skipif(not (EXAMPLES / "000_07a810e2d8d8df93.txt").exists(), reason="examples missing")
def test_a_body_node_is_named_for_the_body_its_code_names_not_for_one_mentions_words():
    from ingest.pipeline import extract_file

    names = {b.key: b.name for b in contribution(extract_file(EXAMPLES / "000_07a810e2d8d8df93.txt")).bodies}
    # a joint code (BDVTU-BCSĐUBND) and "Ban Thường vụ Tỉnh ủy" (code TU) in the text
    assert names["ban-dan-van-tinh-uy:an-giang"] == "Ban Dân vận Tỉnh ủy An Giang"
    assert names["tinh-uy:an-giang"] == "Tỉnh ủy An Giang"
    assert names["uy-ban-nhan-dan:an-giang"] == "Ủy ban nhân dân tỉnh An Giang"
    assert names["ban-dan-van-trung-uong"] == "Ban Dân vận Trung ương"  # not the joint "… và Ban cán sự …"
    assert names["trung-uong-dang"] == "Trung ương Đảng"  # TW is shared by the Party's central organs


def corpus() -> dict[str, ExtractionResult]:
    """Three small reports from three provinces sharing a central directive (the store tests' corpus).

    A (An Giang) cites 33/CT-TTg with its date; B (Quảng Ngãi) and C (Bắc Giang draft) cite it
    undated, so only the corpus can pin them to 2021. Each also cites its own province's 38/KH-UBND.
    """
    a = result(
        "a.txt",
        [
            ref(
                "Chỉ thị số 33/CT-TTg ngày 26/11/2021",
                "33/CT-TTg",
                date="2021-11-26",
                year=2021,
                doc_type="Chỉ thị",
                relation="implements",
                subject="tăng cường công tác dân vận",
            ),
            ref(
                "Kế hoạch số 38/KH-UBND ngày 04/3/2021",
                "38/KH-UBND",
                date="2021-03-04",
                year=2021,
                doc_type="Kế hoạch",
                relation="implements",
            ),
            ref("Nghị định số 04/2015/NĐ-CP", "04/2015/NĐ-CP", year=2015, doc_type="Nghị định"),
            ref("Thông tư số 01/2016/TT-BNV", "01/2016/TT-BNV", year=2016, doc_type="Thông tư"),
            ref(
                "Nghị định số 04/2015/NĐ-CP",
                "04/2015/NĐ-CP",
                year=2015,
                doc_type="Nghị định",
                relation="guides",
                relation_source=3,
            ),
        ],
        number_symbol="529/BC-UBND",
        date="2024-05-24",
        province="An Giang",
        issuer="Ủy ban nhân dân tỉnh An Giang",
        title="Kết quả thực hiện công tác dân vận năm 2023",
        recipients=("Bộ Nội vụ",),
    )
    b = result(
        "b.txt",
        [
            ref("Chỉ thị số 33/CT-TTg", "33/CT-TTg", doc_type="Chỉ thị", relation="implements"),
            ref(
                "Kế hoạch số 38/KH-UBND ngày 04/3/2021",
                "38/KH-UBND",
                date="2021-03-04",
                year=2021,
                doc_type="Kế hoạch",
                relation="implements",
            ),
            ref(
                "Nghị định số 04/2015/NĐ-CP",
                "04/2015/NĐ-CP",
                year=2015,
                doc_type="Nghị định",
                relation="based_on",
            ),
        ],
        number_symbol="876/BC-VP",
        date="2021-06-07",
        province="Quảng Ngãi",
        issuer="Văn phòng UBND tỉnh Quảng Ngãi",
        title="Thực hiện công tác dân vận chính quyền 6 tháng đầu năm 2021",
    )
    c = result(
        "c.txt",
        [
            ref("Chỉ thị số 33/CT-TTg", "33/CT-TTg", doc_type="Chỉ thị", relation="implements"),
            ref("Kế hoạch số 12/KH-UBND", "12/KH-UBND", doc_type="Kế hoạch"),
        ],
        date="2020-07",
        province="Bắc Giang",
        issuer="Sở Nội vụ tỉnh Bắc Giang",
        title="Báo cáo công tác dân vận chính quyền",
    )
    return {"a": a, "b": b, "c": c}
