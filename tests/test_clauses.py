"""The clause after a reference (date, issuer, subject) in table rows: a cell boundary (tab) ends it."""

from __future__ import annotations

from ingest import extract_text

ROW = (
    "KẾ HOẠCH\n"
    "TT\tNội dung\tCăn cứ\tCơ quan chủ trì\tThời gian\n"
    "1\tTriển khai\tQuyết định số 1234/QĐ-TTg ngày 23/6/2022\tSở Nội vụ\tTháng 10/2023\n"
)


def test_a_bare_issuer_is_not_read_from_the_next_cell():
    (ref,) = extract_text(ROW).references
    assert ref.date == "2022-06-23"
    assert ref.issuer == "Thủ tướng Chính phủ"  # from the code, not the next column's "Sở Nội vụ"


def test_a_bare_issuer_in_the_same_cell_is_still_read():
    text = "1\tTriển khai\tQuyết định số 58/QĐ-UBND ngày 12/01/2024 UBND tỉnh Nghệ An\tSở Nội vụ\n"
    (ref,) = extract_text(text).references
    assert ref.issuer is not None and ref.issuer.startswith(
        ("UBND tỉnh Nghệ An", "Ủy ban nhân dân tỉnh Nghệ An")
    )
