"""Unit and issuer codes written with lower-case letters: "787/BGDĐT-GDTrH", "79/KH-BCA-c06",
"05/CTrPH-UBND-MTTQ" (tests/holdout6), and what stays cut: lower-case words after a symbol."""

from __future__ import annotations

import pytest

from ingest.references import find_references


def found(text: str) -> list[tuple[str, str | None]]:
    return [(r.text, r.number_symbol) for r in find_references(text)]


@pytest.mark.parametrize(
    ("text", "span", "symbol"),
    [
        # one lower-case letter inside an upper-case unit code (Vụ/Phòng Giáo dục Trung học)
        (
            "Thực hiện Công văn số 787/BGDĐT-GDTrH ngày 01/3/2024 của Bộ Giáo dục và Đào tạo.",
            "Công văn số 787/BGDĐT-GDTrH",
            "787/BGDĐT-GDTrH",
        ),
        ("theo Công văn số 58/SGDĐT-GDTrH ngày 12/01/2024", "Công văn số 58/SGDĐT-GDTrH", "58/SGDĐT-GDTrH"),
        (
            "Kế hoạch số 15/KH-SGDĐT-GDTrH2 ngày 2/2/2024",
            "Kế hoạch số 15/KH-SGDĐT-GDTrH2",
            "15/KH-SGDĐT-GDTrH2",
        ),
        # a unit code typed in lower case: the symbol runs on, its case is repaired
        (
            "Thực hiện Kế hoạch số 79/KH-BCA-c06 ngày 01/3/2024 của Bộ Công an",
            "Kế hoạch số 79/KH-BCA-c06",
            "79/KH-BCA-C06",
        ),
        ("Hướng dẫn số 12/HD-CAT-pc06 ngày 5/3/2024", "Hướng dẫn số 12/HD-CAT-pc06", "12/HD-CAT-PC06"),
        # "CTrPH" (chương trình phối hợp) is a type code of Chương trình
        (
            "lồng ghép với Chương trình phối hợp số 05/CTrPH-UBND-MTTQ ngày 10/3/2022 giữa UBND tỉnh và Ban "
            "Thường trực",
            "Chương trình phối hợp số 05/CTrPH-UBND-MTTQ",
            "05/CTrPH-UBND-MTTQ",
        ),
    ],
)
def test_lower_case_letters_in_unit_codes(text: str, span: str, symbol: str) -> None:
    assert found(text) == [(span, symbol)]


def test_lower_case_unit_code_is_a_case_repair() -> None:
    (r,) = find_references("Thực hiện Kế hoạch số 79/KH-BCA-c06 ngày 01/3/2024 của Bộ Công an")
    assert [(x.kind, x.original, x.repaired) for x in r.repairs] == [("case", "c06", "C06")]
    assert r.doc_type == "Kế hoạch"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # lower-case words after a symbol are not codes: the symbol ends before them
        ("theo Kế hoạch 12/KH-UBND-km ngày 2/2/2024", [("Kế hoạch 12/KH-UBND", "12/KH-UBND")]),
        ("theo Công văn 15/UBND-VX-Hà Nội", [("Công văn 15/UBND-VX", "15/UBND-VX")]),
        ("Quyết định số 5/QĐ-UBND-Phòng Tư pháp", [("Quyết định số 5/QĐ-UBND", "5/QĐ-UBND")]),
        ("Quyết định số 6/QĐ-UBND-vx", [("Quyết định số 6/QĐ-UBND", "6/QĐ-UBND")]),
        # more than one lower-case letter, or lower case at the start, is no unit code
        ("Kế hoạch số 7/KH-SGDĐT-GDtrh", [("Kế hoạch số 7/KH-SGDĐT", "7/KH-SGDĐT")]),
        ("Kế hoạch số 8/KH-SGDĐT-GdTrH", [("Kế hoạch số 8/KH-SGDĐT", "8/KH-SGDĐT")]),
        # a measure is not a symbol
        ("xả thải 25 m3/ngày đêm", []),
    ],
)
def test_lower_case_words_still_end_a_symbol(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


def test_vkstc_is_the_supreme_procuracy() -> None:
    (r,) = find_references("báo cáo định kỳ theo Quyết định số 379/QĐ-VKSTC ngày 12/9/2023.")
    assert r.number_symbol == "379/QĐ-VKSTC" and r.issuer == "Viện kiểm sát nhân dân tối cao"
