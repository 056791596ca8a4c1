"""Relation cues on real sentence shapes (ingest/relations.py, ingest/data/relation_cues.json)."""

from __future__ import annotations

import pytest

from ingest.references import find_references


def _rel(text: str, symbol: str) -> str:
    refs = [r for r in find_references(text) if r.number_symbol == symbol]
    assert refs, f"{symbol} not found"
    return refs[0].relation


@pytest.mark.parametrize(
    ("text", "symbol", "relation"),
    [
        # a cue in the previous reference's subject governs its own object, not the next item
        (
            "Triển khai thực hiện Quyết định số 290-QĐ/TW ngày 25/02/2010 của Bộ Chính trị về việc ban hành "
            "Quy chế công tác dân vận và Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư.",
            "114-KL/TW",
            "implements",
        ),
        (
            "UBND tỉnh ban hành Kế hoạch số 104/KH-UBND ngày 01/6/2016 về triển khai thực hiện Chỉ thị số "
            "16/CT-TTg của Thủ tướng Chính phủ và công tác dân vận, Quyết định số 274/QĐ-UBND ngày 26/5/2017 "
            "về tiêu chí đánh giá.",
            "274/QĐ-UBND",
            "mentions",
        ),
        # noun-phrase "quy định tại" names; "theo quy định tại" implements
        ("Ngoài chính sách quy định tại Nghị định số 108/2014/NĐ-CP.", "108/2014/NĐ-CP", "mentions"),
        ("Thực hiện theo quy định tại Nghị định số 112/2011/NĐ-CP.", "112/2011/NĐ-CP", "implements"),
        # evidence in parentheses
        (
            "Các tỉnh đã xây dựng đề án (theo Báo cáo số 219/BC-UBND ngày 28/9/2023).",
            "219/BC-UBND",
            "mentions",
        ),
        (
            "Quy chế làm việc (ban hành kèm theo Quyết định số 05-QĐ/ĐUK ngày 15/10/2020).",
            "05-QĐ/ĐUK",
            "mentions",
        ),
        # proposals and drafts are not the document's own act
        (
            "Sở Tư pháp tham mưu sửa đổi Quyết định số 37/2022/QĐ-UBND trong quý III.",
            "37/2022/QĐ-UBND",
            "mentions",
        ),
        (
            "Hội nghị thông tin về dự thảo Nghị định thay thế Nghị định 47/2020/NĐ-CP.",
            "47/2020/NĐ-CP",
            "mentions",
        ),
        # "hướng dẫn thực hiện X" with no guiding document: X is implemented
        (
            "Ban Tổ chức hướng dẫn thực hiện Hướng dẫn số 12-HD/BTCTW ngày 06/6/2022.",
            "12-HD/BTCTW",
            "implements",
        ),
        # a list under one guides cue
        (
            "Thông tư số 13/2019/TT-BNV hướng dẫn Nghị định số 112/2011/NĐ-CP và Nghị định số 34/2019/NĐ-CP.",
            "34/2019/NĐ-CP",
            "guides",
        ),
        # "Xét Tờ trình": the resolution answers the submission
        (
            "Xét Tờ trình số 4120/TTr-UBND ngày 05/7/2021 của Ủy ban nhân dân tỉnh;",
            "4120/TTr-UBND",
            "responds_to",
        ),
        ("Rà soát các Quyết định: số 15/2022/QĐ-UBND, số 16/2022/QĐ-UBND.", "15/2022/QĐ-UBND", "mentions"),
    ],
)
def test_relation(text: str, symbol: str, relation: str) -> None:
    assert _rel(text, symbol) == relation


def test_guides_list_names_the_guiding_document() -> None:
    text = "Thông tư số 13/2019/TT-BNV hướng dẫn Nghị định số 112/2011/NĐ-CP và Nghị định số 34/2019/NĐ-CP."
    refs = find_references(text)
    assert [r.relation for r in refs] == ["mentions", "guides", "guides"]
    assert refs[1].relation_source == 0 and refs[2].relation_source == 0


def test_dated_list_item_keeps_basis() -> None:
    text = "Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22/6/2015 và Luật số 63/2020/QH14 ngày 18/6/2020;"
    assert _rel(text, "63/2020/QH14") == "based_on"
