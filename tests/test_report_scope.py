"""Which document a reference means, decided with the whole report: the year after a symbol that is the
report's own period, the province a later step names for an issuer, the province a clause or a list
item names in a national summary. Each is checked on the key the graph stores (graph.identity)."""

from __future__ import annotations

from graph.identity import annotate_keys
from ingest import extract_text

NATIONAL_HEADER = """BỘ NỘI VỤ
Số: 12/BC-BNV
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 20 tháng 10 năm 2024

BÁO CÁO
Tổng hợp tình hình thực hiện chính sách trợ giúp xã hội của các địa phương
"""


def keys(text: str) -> list[tuple[str, str | None]]:
    result = extract_text(text)
    annotate_keys(result)
    return [(r.text, (r.resolved or {}).get("key")) for r in result.references]


def test_year_after_a_symbol_that_is_the_reports_period_is_not_the_documents():
    text = """ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG
SỞ NỘI VỤ
Số: 412/BC-SNV
Lâm Đồng, ngày 12 tháng 12 năm 2022

BÁO CÁO
Kết quả thực hiện Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ năm 2022

Sở Nội vụ báo cáo kết quả thực hiện Nghị quyết số 76/NQ-CP như sau: các cơ quan đã ban hành kế hoạch.
Trên đây là báo cáo kết quả thực hiện Nghị quyết số 76/NQ-CP năm 2022 của Sở Nội vụ tỉnh Lâm Đồng./.
"""
    result = extract_text(text)
    annotate_keys(result)
    last = result.references[-1]
    assert last.year is None and any("report's period" in w for w in last.warnings)
    assert {(r.resolved or {}).get("key") for r in result.references} == {"NQ-CP:76:2021"}


def test_a_year_after_a_symbol_stays_when_it_is_not_the_reports_period():
    text = """ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG
Số: 412/BC-UBND
Lâm Đồng, ngày 12 tháng 12 năm 2024

Thực hiện Kế hoạch số 38/KH-UBND ngày 04/3/2021 và Kế hoạch số 38/KH-UBND năm 2022 của UBND tỉnh.
"""
    assert [k for _, k in keys(text)] == ["KH-UBND:38:2021:lam-dong", "KH-UBND:38:2022:lam-dong"]


def test_an_issuer_named_before_ban_hanh_scopes_a_local_symbol_in_a_national_report():
    text = NATIONAL_HEADER + (
        "UBND tỉnh Quảng Ngãi ban hành Quyết định số 12/2023/QĐ-UBND ngày 15/3/2023 quy định phân cấp; "
        "Quyết định số 12/2023/QĐ-UBND của tỉnh Quảng Ngãi có nội dung chưa phù hợp.\n"
    )
    assert {k for _, k in keys(text)} == {"QĐ-UBND:12:2023:quang-ngai"}


def test_a_list_items_province_or_its_clauses_scopes_local_symbols_in_a_national_report():
    text = NATIONAL_HEADER + (
        "- Tỉnh Bắc Kạn: HĐND tỉnh ban hành Nghị quyết số 08/2024/NQ-HĐND ngày 12/7/2024 quy định mức "
        "trợ giúp xã hội.\n"
        "- Tỉnh Quảng Nam: Nghị quyết số 08/2024/NQ-HĐND ngày 19/7/2024 của HĐND tỉnh Quảng Nam.\n"
        "Phát biểu tại hội nghị, đại diện tỉnh Sóc Trăng cho biết tỉnh đã ban hành Kế hoạch số "
        "52/KH-UBND ngày 03/4/2024 triển khai thực hiện.\n"
    )
    assert [k for _, k in keys(text)] == [
        "NQ-HĐND:8:2024:bac-kan",
        "NQ-HĐND:8:2024:quang-nam",
        "KH-UBND:52:2024:soc-trang",
    ]


def test_in_a_provincial_report_a_local_symbol_stays_the_reports_province():
    text = """ỦY BAN NHÂN DÂN TỈNH AN GIANG
Số: 529/BC-UBND
An Giang, ngày 24 tháng 5 năm 2024

Đoàn công tác đã làm việc với tỉnh Đồng Tháp, sau đó UBND tỉnh ban hành Kế hoạch số 153/KH-UBND ngày 03/3/2024.
"""
    assert [k for _, k in keys(text)] == ["KH-UBND:153:2024:an-giang"]
