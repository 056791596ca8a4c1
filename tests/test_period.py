"""The reporting period in ISO 8601 (ingest.metadata.period.iso_period)."""

from __future__ import annotations

import pytest

from ingest.metadata.period import iso_period
from ingest.pipeline import extract_text


@pytest.mark.parametrize(
    ("phrase", "own_date", "iso"),
    [
        ("năm 2023", "2024-05-24", "2023"),
        ("6 tháng đầu năm 2021", None, "2021-01/2021-06"),
        ("6 tháng cuối năm 2021", None, "2021-07/2021-12"),
        ("sáu tháng đầu năm 2021", None, "2021-01/2021-06"),
        ("9 tháng năm 2024", None, "2024-01/2024-09"),
        ("quý III năm 2025", None, "2025-07/2025-09"),
        ("quý I/2024", None, "2024-01/2024-03"),
        ("tháng 5/2024", None, "2024-05"),
        ("giai đoạn 2021 - 2025", None, "2021/2025"),
        ("năm học 2023-2024", None, "2023/2024"),
        ("05 năm", "2020-07", "2015/2020"),
        ("05 năm", None, None),  # five years of what: the report's date is needed
        ("13 tháng năm 2024", None, None),  # no such span
        ("tháng 13/2024", None, None),
        ("giai đoạn 2025 - 2021", None, None),
        (None, "2020-07", None),
    ],
)
def test_iso_period(phrase, own_date, iso):
    assert iso_period(phrase, own_date) == iso


def test_the_document_carries_both_forms():
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\n\nSố: 876/BC-UBND\n\nQuảng Ngãi, ngày 07 tháng 6 năm 2021\n\n"
        "BÁO CÁO\nKết quả thực hiện công tác dân vận chính quyền 6 tháng đầu năm 2021\n\n"
        "Thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ, …\n"
    )
    doc = extract_text(text).document
    assert (doc.period, doc.period_iso) == ("6 tháng đầu năm 2021", "2021-01/2021-06")
    assert doc.to_dict()["period_iso"] == "2021-01/2021-06"


def test_a_count_of_years_ending_the_title_is_the_period():
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\n\nSố: 88/BC-UBND\n\nQuảng Ngãi, ngày 07 tháng 6 năm 2021\n\n"
        "BÁO CÁO\nTổng kết thực hiện Chỉ thị số 05-CT/TW trong 05 năm\n\nNội dung.\n"
    )
    doc = extract_text(text).document
    assert (doc.period, doc.period_iso) == ("05 năm", "2016/2021")


@pytest.mark.parametrize(
    "title, period, iso",
    [
        # r7: the report's own half-year written without its year before the tasks' one
        (
            "Kết quả thực hiện chương trình nước sạch 6 tháng đầu năm và nhiệm vụ 6 tháng cuối năm 2019",
            "6 tháng đầu năm 2019",
            "2019-01/2019-06",
        ),
        (
            "Tình hình an ninh quý II, phương hướng nhiệm vụ quý III năm 2022",
            "quý II năm 2022",
            "2022-04/2022-06",
        ),
        # the report's period carries its year: unchanged
        (
            "Công tác dân vận 6 tháng đầu năm 2021, nhiệm vụ 6 tháng cuối năm 2021",
            "6 tháng đầu năm 2021",
            None,
        ),
        # no period of the same kind before the task word: the tasks' period, as before
        ("Công tác tuyên giáo và nhiệm vụ 6 tháng cuối năm 2020", "6 tháng cuối năm 2020", "2020-07/2020-12"),
    ],
)
def test_a_yearless_period_before_the_tasks_takes_their_year(
    title: str, period: str, iso: str | None
) -> None:
    text = f"ỦY BAN NHÂN DÂN\nHUYỆN ĐÔNG ANH\nSố: 45/BC-UBND\nĐông Anh, ngày 20 tháng 6 năm 2019\nBÁO CÁO\n{title}\n"
    d = extract_text(text + "Thực hiện chỉ đạo của huyện, Ủy ban nhân dân huyện báo cáo như sau.").document
    assert d.period == period
    if iso:
        assert d.period_iso == iso
