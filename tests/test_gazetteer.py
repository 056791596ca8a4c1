"""The reference data (provinces, laws, bodies) and the gazetteer matching over it."""

from __future__ import annotations

import re
import time
import unicodedata
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ingest import gazetteer as g
from ingest.pipeline import extract_text

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def example(prefix: str) -> str:
    (path,) = EXAMPLES.glob(f"{prefix}_*.txt")
    return unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))


# ---- provinces.json ---------------------------------------------------------------------------------------


def test_63_units_before_and_34_after_1_july_2025():
    units = g.provinces()
    assert len([p for p in units if p["era"] in ("pre-2025", "both")]) == 63
    assert len([p for p in units if p["era"] in ("post-2025", "both")]) == 34
    assert len({p["key"] for p in units}) == len(units)
    post = [p for p in units if p["era"] != "pre-2025"]
    assert Counter(p["kind_post_2025"] for p in post) == {"tỉnh": 28, "thành phố trực thuộc trung ương": 6}
    assert len([p for p in units if p.get("code_2004")]) == 63


def test_every_old_unit_maps_to_exactly_one_new_unit():
    units = g.provinces()
    new_units = [p for p in units if p["era"] != "pre-2025"]
    covered = Counter(k for p in new_units for k in p["predecessors"])
    old_keys = {p["key"] for p in units if p["era"] != "post-2025"}
    assert set(covered) == old_keys and set(covered.values()) == {1}
    for p in units:
        if p["era"] == "pre-2025":
            assert g.successor(p["key"])["key"] in {n["key"] for n in new_units}
            assert p["key"] in g.successor(p["key"])["predecessors"]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("bac-giang", "bac-ninh"),
        ("kien-giang", "an-giang"),
        ("kon-tum", "quang-ngai"),
        ("ba-ria-vung-tau", "ho-chi-minh"),
        ("binh-duong", "ho-chi-minh"),
        ("thua-thien-hue", "hue"),
        ("ha-giang", "tuyen-quang"),
        ("hoa-binh", "phu-tho"),
        ("nam-dinh", "ninh-binh"),
        ("dak-nong", "lam-dong"),
        ("tra-vinh", "vinh-long"),
        ("bac-lieu", "ca-mau"),
        ("an-giang", "an-giang"),
        ("ha-noi", "ha-noi"),
        ("hue", "hue"),
    ],
)
def test_successor(old, new):
    assert g.successor(old)["key"] == new


def test_merged_units_and_unchanged_units():
    assert g.province("phu-tho")["predecessors"] == ["vinh-phuc", "phu-tho", "hoa-binh"]
    assert g.province("can-tho")["predecessors"] == ["soc-trang", "hau-giang", "can-tho"]
    assert g.province("hue")["predecessors"] == ["thua-thien-hue"]
    assert g.province("cao-bang")["era"] == "both" and g.province("cao-bang")["predecessors"] == ["cao-bang"]
    assert g.province("thua-thien-hue")["era"] == "pre-2025"
    assert g.province("hue")["era"] == "post-2025"
    with pytest.raises(KeyError, match="unknown province"):
        g.successor("atlantis")


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("An Giang", "an-giang"),
        ("tỉnh An Giang", "an-giang"),
        ("TỈNH AN GIANG", "an-giang"),
        ("an giang", "an-giang"),
        ("Thanh pho Ho Chi Minh", "ho-chi-minh"),
        ("TP. Hồ Chí Minh", "ho-chi-minh"),
        ("TP.HCM", "ho-chi-minh"),
        ("Hồ Chí Minh", "ho-chi-minh"),
        ("Thừa Thiên Huế", "thua-thien-hue"),
        ("Thừa Thiên - Huế", "thua-thien-hue"),
        ("thành phố Huế", "hue"),
        ("Bà Rịa – Vũng Tàu", "ba-ria-vung-tau"),
        ("Khánh Hoà", "khanh-hoa"),
        ("Thanh Hoá", "thanh-hoa"),
        ("Đăk Lăk", "dak-lak"),
        ("Dak Lak", "dak-lak"),
        ("ba-ria-vung-tau", "ba-ria-vung-tau"),
        ("Bắc Cạn", "bac-kan"),
        ("Ðồng Tháp", "dong-thap"),
    ],
)
def test_province_by_name_is_tolerant(name, key):
    assert g.province_by_name(name)["key"] == key


@pytest.mark.parametrize("name", ["", "   ", "Atlantis", "tỉnh", "Long Xuyên", None])
def test_province_by_name_unknown(name):
    assert g.province_by_name(name) is None


def test_find_provinces_in_text():
    text = (
        "Phía Đông giáp tỉnh Đồng Tháp; phía Nam giáp tỉnh Kiên Giang, thành phố Cần Thơ và TP.HCM; "
        "học tập tư tưởng Hồ Chí Minh; đồng chí Nguyễn Bình Định; huyện An Phú; sông Đồng Nai; "
        "Khánh Hoà và Thừa Thiên Huế. Tại Kon Tum; Báo Bắc Giang."
    )
    found = [(text[s:e], p["key"]) for s, e, p in g.find_provinces(text)]
    assert found == [
        ("Đồng Tháp", "dong-thap"),
        ("Kiên Giang", "kien-giang"),
        ("Cần Thơ", "can-tho"),
        ("TP.HCM", "ho-chi-minh"),
        ("Khánh Hoà", "khanh-hoa"),
        ("Thừa Thiên Huế", "thua-thien-hue"),
        ("Kon Tum", "kon-tum"),
    ]


def test_find_provinces_in_examples():
    counts = Counter(p["key"] for *_, p in g.find_provinces(example("000")))
    assert counts["an-giang"] >= 15 and set(counts) == {"an-giang", "dong-thap", "kien-giang", "can-tho"}
    assert {p["key"] for *_, p in g.find_provinces(example("003"))} == {"bac-giang"}
    assert {p["key"] for *_, p in g.find_provinces(example("002"))} == {"quang-ngai"}
    # "Nguyễn Bình Định" (the author of the web article) is a person, not the province
    assert {p["key"] for *_, p in g.find_provinces(example("004"))} == {"an-giang"}


# ---- laws.json ---------------------------------------------------------------------------------------------

SYMBOL = re.compile(r"^\d+/(\d{4})/(QH\d+|PL-UBTVQH\d+|UBTVQH\d+)$")


def test_laws_data_is_consistent():
    laws = g.laws()
    assert len(laws) >= 40
    names = Counter(g.fold(s) for law in laws for s in (law["name"], *law["aliases"]))
    assert [n for n, c in names.items() if c > 1] == []
    symbols = Counter(v["number_symbol"] for law in laws for v in law["versions"] if v["number_symbol"])
    assert [s for s, c in symbols.items() if c > 1] == []
    for law in laws:
        years = [v["year"] for v in law["versions"]]
        assert years == sorted(years), law["name"]
        for v in law["versions"]:
            if v["number_symbol"]:
                m = SYMBOL.match(v["number_symbol"])
                assert m and int(m.group(1)) == v["year"], v
            for k in ("date", "effective", "until"):
                if v.get(k):
                    assert re.fullmatch(r"\d{4}-\d\d-\d\d", v[k]), (law["name"], k)
            if v.get("date") and v.get("effective"):
                assert v["date"] <= v["effective"]
            if v.get("effective") and v.get("until"):
                assert v["effective"] < v["until"]


@pytest.mark.parametrize(
    ("name", "symbols"),
    [
        ("Luật Khiếu nại", ["02/2011/QH13"]),
        ("Luật Tố cáo", ["03/2011/QH13", "25/2018/QH14"]),
        ("Luật Tiếp công dân", ["42/2013/QH13"]),
        ("Luật Tổ chức chính quyền địa phương", ["77/2015/QH13", "65/2025/QH15", "72/2025/QH15"]),
        (
            "Luật Tổ chức Chính phủ",
            [None, "32/2001/QH10", "76/2015/QH13", "63/2025/QH15"],
        ),  # 1992: no n/yyyy symbol
        ("Luật Doanh nghiệp", ["13/1999/QH10", "60/2005/QH11", "68/2014/QH13", "59/2020/QH14"]),
        ("Luật Đầu tư", ["59/2005/QH11", "67/2014/QH13", "61/2020/QH14", "143/2025/QH15"]),
        ("Pháp lệnh Ưu đãi người có công với cách mạng", ["26/2005/PL-UBTVQH11", "02/2020/UBTVQH14"]),
        ("Luật Ban hành văn bản quy phạm pháp luật", [None, "17/2008/QH12", "80/2015/QH13", "64/2025/QH15"]),
        ("Pháp lệnh thực hiện dân chủ ở xã, phường, thị trấn", ["34/2007/PL-UBTVQH11"]),
        (
            "Luật Đất đai",
            [None, None, "13/2003/QH11", "45/2013/QH13", "31/2024/QH15"],
        ),  # 1987 and 1993 (24-L/CTN): no n/yyyy symbol
        ("Luật Đầu tư công", ["49/2014/QH13", "39/2019/QH14", "58/2024/QH15"]),
        ("Luật Bảo hiểm xã hội", ["71/2006/QH11", "58/2014/QH13", "41/2024/QH15"]),
        ("Luật Khám bệnh, chữa bệnh", ["40/2009/QH12", "15/2023/QH15"]),
        ("Luật Công chứng", ["82/2006/QH11", "53/2014/QH13", "46/2024/QH15"]),
        ("Luật Việc làm", ["38/2013/QH13", "74/2025/QH15"]),
        ("Luật Thuế thu nhập cá nhân", ["04/2007/QH12", "109/2025/QH15"]),
        ("Luật Thi hành án dân sự", ["26/2008/QH12", "106/2025/QH15"]),
        ("Bộ luật Hàng hải Việt Nam", [None, "95/2015/QH13"]),  # the 2005 code's number is not verified here
        ("Luật Đường sắt", [None, "06/2017/QH14", "95/2025/QH15"]),
    ],
)
def test_law_versions(name, symbols):
    (law,) = [law for law in g.laws() if law["name"] == name]
    assert [v["number_symbol"] for v in law["versions"]] == symbols


def test_find_law_names_longest_case_insensitive_with_year():
    text = (
        "Căn cứ Hiến pháp năm 2013; Luật Khiếu nại, Luật Tố cáo và Luật tiếp dân; "
        "triển khai LUẬT ĐẤT ĐAI 2013 và Pháp lệnh thực hiện dân chủ ở xã, phường, thị trấn; "
        "Luật Tổ chức chính quyền địa phương năm 2015."
    )
    found = [(m.surface, m.law["name"], m.year) for m in g.find_law_names(text)]
    assert found == [
        ("Hiến pháp năm 2013", "Hiến pháp", 2013),
        ("Luật Khiếu nại", "Luật Khiếu nại", None),
        ("Luật Tố cáo", "Luật Tố cáo", None),
        ("Luật tiếp dân", "Luật Tiếp công dân", None),
        ("LUẬT ĐẤT ĐAI 2013", "Luật Đất đai", 2013),
        (
            "Pháp lệnh thực hiện dân chủ ở xã, phường, thị trấn",
            "Pháp lệnh thực hiện dân chủ ở xã, phường, thị trấn",
            None,
        ),
        ("Luật Tổ chức chính quyền địa phương năm 2015", "Luật Tổ chức chính quyền địa phương", 2015),
    ]
    for m in g.find_law_names(text):
        assert text[m.start : m.end] == m.surface


@pytest.mark.parametrize(
    "text",
    [
        "theo quy định của Luật và Pháp lệnh",
        "Bộ luật",
        "pháp luật xử lý vi phạm hành chính",
        "Luật Tiếp công dânx",
        "xLuật Tố cáo",
        "dự thảo luật",
    ],
)
def test_no_generic_or_unbounded_law_matches(text):
    assert g.find_law_names(text) == []


def test_law_names_across_line_breaks_and_noise():
    text = "thực hiện Luật\nTiếp công dân, Luật\u00a0Khiếu nại và Luật Tố cáo"
    assert [m.law["name"] for m in g.find_law_names(text)] == [
        "Luật Tiếp công dân",
        "Luật Khiếu nại",
        "Luật Tố cáo",
    ]
    # offsets stay exact when the text holds characters whose casefold is longer ("ß")
    text = "Straße ß Luật Tố cáo năm 2018"
    (m,) = g.find_law_names(text)
    assert text[m.start : m.end] == "Luật Tố cáo năm 2018" and m.year == 2018


def test_find_law_names_in_examples():
    names = Counter(m.law["name"] for m in g.find_law_names(example("003")))
    assert names["Luật Tiếp công dân"] == 4 and names["Luật Khiếu nại"] == 4 and names["Luật Tố cáo"] == 4
    assert names["Hiến pháp"] == 1
    assert {m.law["name"] for m in g.find_law_names(example("002"))} == {
        "Luật Tổ chức chính quyền địa phương"
    }
    assert g.find_law_names(example("004")) == []


def _law(name):
    (law,) = [law for law in g.laws() if law["name"] == name]
    return law


AMENDING = "Luật sửa đổi, bổ sung một số điều của "
AMENDING_TCCP = AMENDING + "Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương"
AMENDING_CBCC = AMENDING + "Luật Cán bộ, công chức và Luật Viên chức"
AMENDING_BHVB = AMENDING + "Luật Ban hành văn bản quy phạm pháp luật"
AMENDING_QH = AMENDING + "37 luật có liên quan đến quy hoạch"
AMENDING_XLVPHC = AMENDING + "Luật Xử lý vi phạm hành chính"  # quoted preambles of 2021-2022 (holdout25)


@pytest.mark.parametrize(
    ("name", "date", "year", "symbol"),
    [
        ("Luật Tố cáo", "2018-12-31", None, "03/2011/QH13"),
        ("Luật Tố cáo", "2019-01-01", None, "25/2018/QH14"),
        ("Luật Tố cáo", "2020-07", None, "25/2018/QH14"),
        ("Luật Tố cáo", "2024-05-24", 2011, "03/2011/QH13"),
        ("Luật Đất đai", "2024-05-24", None, "45/2013/QH13"),
        ("Luật Đất đai", "2024-09-01", None, "31/2024/QH15"),
        ("Luật Đất đai", None, 2013, "45/2013/QH13"),
        ("Luật Tiếp công dân", None, None, "42/2013/QH13"),
        ("Luật Cán bộ, công chức", "2021-06-07", 2019, "22/2008/QH12"),  # amended in 2019
        ("Luật Tổ chức chính quyền địa phương", "2025-08-01", None, "72/2025/QH15"),
        ("Luật Tổ chức chính quyền địa phương", "2025-02-28", None, "77/2015/QH13"),
        ("Luật Tổ chức chính quyền địa phương", "2025-04-15", None, "65/2025/QH15"),
        ("Luật Tổ chức Chính phủ", "2018-12-10", 2001, "32/2001/QH10"),  # "ngày 25 tháng 12 năm 2001"
        ("Luật Tổ chức Chính phủ", "2010-05-01", None, "32/2001/QH10"),
        ("Luật Doanh nghiệp", None, 2005, "60/2005/QH11"),
        ("Luật Đầu tư", "2007-05-18", None, "59/2005/QH11"),
        ("Luật Đầu tư", "2015-07-01", None, "67/2014/QH13"),
        ("Pháp lệnh Ưu đãi người có công với cách mạng", "2020-11-27", None, "26/2005/PL-UBTVQH11"),
        ("Pháp lệnh Ưu đãi người có công với cách mạng", "2021-07-01", None, "02/2020/UBTVQH14"),
        (AMENDING_TCCP, "2022-07-15", 2019, "47/2019/QH14"),
        (AMENDING_TCCP, "2022-07-15", None, "47/2019/QH14"),
        (AMENDING_CBCC, "2020-11-27", None, "52/2019/QH14"),
        (AMENDING_BHVB, "2022-07-15", 2020, "63/2020/QH14"),
        (AMENDING_BHVB, "2022-07-15", None, "63/2020/QH14"),
        (AMENDING_QH, "2021-01-01", None, "35/2018/QH14"),
        (AMENDING_XLVPHC, "2022-03-15", 2020, "67/2020/QH14"),
        (AMENDING_XLVPHC, "2022-03-15", None, "67/2020/QH14"),
        ("Luật Khám bệnh, chữa bệnh", "2023-12-31", None, "40/2009/QH12"),
        ("Luật Khám bệnh, chữa bệnh", "2024-12-27", None, "15/2023/QH15"),
        ("Luật Khám bệnh, chữa bệnh", "2024-12-27", 2009, "40/2009/QH12"),
        ("Luật Công chứng", "2025-03-01", None, "53/2014/QH13"),
        ("Luật Công chứng", "2025-07-01", None, "46/2024/QH15"),
        (
            "Luật Kinh doanh bất động sản",
            "2024-08-01",
            None,
            "29/2023/QH15",
        ),  # brought forward by 43/2024/QH15
        ("Luật Kinh doanh bất động sản", "2024-07-31", None, "66/2014/QH13"),
        ("Luật Thuế thu nhập doanh nghiệp", "2025-09-30", None, "14/2008/QH12"),
        ("Luật Thuế thu nhập doanh nghiệp", "2025-10-01", None, "67/2025/QH15"),
        ("Luật Khoáng sản", "2025-06-30", None, "60/2010/QH12"),
        ("Luật Thuế thu nhập cá nhân", "2026-06-30", None, "04/2007/QH12"),
        ("Luật Thuế thu nhập cá nhân", "2026-07-01", None, "109/2025/QH15"),
        ("Luật Quản lý thuế", "2026-06-30", None, "38/2019/QH14"),
        ("Luật Quản lý thuế", "2026-07-01", None, "108/2025/QH15"),
        ("Luật Quản lý thuế", None, 2006, "78/2006/QH11"),
        ("Bộ luật Tố tụng hình sự", None, 2003, "19/2003/QH11"),
        ("Bộ luật Tố tụng hình sự", "2017-12-31", None, "19/2003/QH11"),
        ("Luật Giáo dục", "2019-12-31", None, "38/2005/QH11"),
        ("Luật Lưu trữ", "2025-07-01", None, "33/2024/QH15"),
    ],
)
def test_choose_version(name, date, year, symbol):
    assert g.choose_version(_law(name), date, year)["number_symbol"] == symbol


def test_amending_laws_cited_by_name_are_one_law():
    text = (
        "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền "
        "địa phương ngày 22 tháng 11 năm 2019; Luật sửa đổi bổ sung một số điều của Luật Cán bộ, công chức\n"
        "và Luật Viên chức năm 2019; LUẬT SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA 37 LUẬT CÓ LIÊN QUAN ĐẾN QUY HOẠCH; "
        "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ; Luật Viên chức."
    )
    found = [(m.surface, m.law["name"], m.year) for m in g.find_law_names(text)]
    assert found == [
        (
            "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương",
            AMENDING_TCCP,
            None,
        ),
        (
            "Luật sửa đổi bổ sung một số điều của Luật Cán bộ, công chức\nvà Luật Viên chức năm 2019",
            AMENDING_CBCC,
            2019,
        ),
        ("LUẬT SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA 37 LUẬT CÓ LIÊN QUAN ĐẾN QUY HOẠCH", AMENDING_QH, None),
        # an amending law not in the gazetteer: only the amended law's name matches (ingest.named spans the rest)
        ("Luật Tổ chức Chính phủ", "Luật Tổ chức Chính phủ", None),
        ("Luật Viên chức", "Luật Viên chức", None),
    ]


def test_amending_laws_in_extraction():
    """The extractor gives an amending law cited by name the amending law's own number."""
    from ingest import extract_text

    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH THÁI BÌNH\nSố: 10/QĐ-UBND\nThái Bình, ngày 15 tháng 7 năm 2022\n\nQUYẾT ĐỊNH\n"
        "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật ngày 18 tháng 6 "
        "năm 2020;\nCăn cứ Luật sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật Viên chức;\n"
    )
    refs = [(r.kind, r.text, r.number_symbol) for r in extract_text(text).references if r.doc_type == "Luật"]
    assert refs == [
        ("named", AMENDING_BHVB, "63/2020/QH14"),
        ("named", AMENDING_CBCC, "52/2019/QH14"),
    ]


def test_the_2019_amendment_of_the_weapons_law_by_its_name() -> None:
    """50/2019/QH14, cited by its official name (real-text audit r23)."""
    from ingest import extract_text

    text = (
        "Sở Tư pháp giới thiệu Luật sửa đổi, bổ sung một số điều của Luật Quản lý, sử dụng vũ khí, vật liệu "
        "nổ và công cụ hỗ trợ cho cán bộ các phường."
    )
    assert [(r.kind, r.number_symbol) for r in extract_text(text).references] == [("named", "50/2019/QH14")]


def test_new_laws_by_name_alias_and_acronym():
    text = (
        "triển khai thi hành Luật Khám bệnh, chữa bệnh năm 2023 và Luật KBCB; Luật Thuế GTGT năm 2008, "
        "Luật Phòng, chống tác hại của rượu, bia; Bộ luật Hàng hải; Luật Quy hoạch đô thị và nông thôn, "
        "Luật Quy hoạch đô thị năm 2009 và Luật Quy hoạch."
    )
    found = [(m.surface, m.law["name"], m.year) for m in g.find_law_names(text)]
    assert found == [
        ("Luật Khám bệnh, chữa bệnh năm 2023", "Luật Khám bệnh, chữa bệnh", 2023),
        ("Luật KBCB", "Luật Khám bệnh, chữa bệnh", None),
        ("Luật Thuế GTGT năm 2008", "Luật Thuế giá trị gia tăng", 2008),
        ("Luật Phòng, chống tác hại của rượu, bia", "Luật Phòng, chống tác hại của rượu, bia", None),
        ("Bộ luật Hàng hải", "Bộ luật Hàng hải Việt Nam", None),
        ("Luật Quy hoạch đô thị và nông thôn", "Luật Quy hoạch đô thị và nông thôn", None),
        ("Luật Quy hoạch đô thị năm 2009", "Luật Quy hoạch đô thị", 2009),
        ("Luật Quy hoạch", "Luật Quy hoạch", None),
    ]


def test_the_police_abbreviation_antt_names_the_grassroots_security_law():
    """ "kiện toàn Tổ bảo vệ an ninh, trật tự ở cơ sở theo Luật Lực lượng tham gia bảo vệ ANTT ở cơ sở"
    (holdout24): the police's own abbreviation inside the name (laws.json alias)."""
    text = "kiện toàn Tổ theo Luật Lực lượng tham gia bảo vệ ANTT ở cơ sở và Quyết định số 12/QĐ-UBND."
    found = [(m.surface, m.law["name"]) for m in g.find_law_names(text)]
    assert found == [
        (
            "Luật Lực lượng tham gia bảo vệ ANTT ở cơ sở",
            "Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở",
        )
    ]


@pytest.mark.parametrize(
    "text",
    ["Đã xử lý kỷ luật viên chức vi phạm", "thi hành KỶ LUẬT công đoàn viên", "kỷ luật cán bộ, công chức"],
)
def test_discipline_is_not_a_law(text):
    assert g.find_law_names(text) == []


def test_new_law_in_extraction():
    from ingest import extract_text

    text = (
        "SỞ Y TẾ\nSố: 12/BC-SYT\nHà Tĩnh, ngày 10 tháng 12 năm 2024\n\nBÁO CÁO\n"
        "Kết quả triển khai thi hành Luật Khám bệnh, chữa bệnh\n"
        "Luật Khám bệnh, chữa bệnh số 15/2023/QH15 thay thế Luật Khám bệnh, chữa bệnh năm 2009.\n"
    )
    refs = [(r.kind, r.text, r.number_symbol) for r in extract_text(text).references if r.doc_type == "Luật"]
    assert refs == [
        ("named", "Luật Khám bệnh, chữa bệnh", "15/2023/QH15"),
        ("full", "Luật Khám bệnh, chữa bệnh số 15/2023/QH15", "15/2023/QH15"),
        ("named", "Luật Khám bệnh, chữa bệnh năm 2009", "40/2009/QH12"),
    ]


def test_choose_version_undeterminable():
    assert g.choose_version(_law("Luật Tố cáo"), None, None) is None  # two versions, no date
    assert g.choose_version(_law("Luật Tiếp công dân"), "2010-01-01", None) is None  # not yet in force
    assert g.choose_version(_law("Luật Thực hiện dân chủ ở cơ sở"), "2021-06-07", None) is None
    assert (
        g.choose_version(_law("Luật Tổ chức Tòa án nhân dân"), "2024-08-01", None)["number_symbol"]
        == "62/2014/QH13"
    )
    assert (
        g.choose_version(_law("Luật Tổ chức Tòa án nhân dân"), "2025-01-01", None)["number_symbol"]
        == "34/2024/QH15"
    )
    assert g.choose_version(_law("Hiến pháp"), "2013-12-15", None)["year"] == 1992
    assert g.choose_version(_law("Hiến pháp"), "2021-06-07", None)["year"] == 2013
    # the 2020 amendment lapsed with the 2015 law on 1/4/2025; the 2025 amendment 87/2025/QH15 is in force from
    # 1/7/2025 (gazetteer audit gz6): in between, no version
    assert g.choose_version(_law(AMENDING_BHVB), "2025-05-01", None) is None
    assert g.choose_version(_law(AMENDING_BHVB), "2025-08-01", None)["number_symbol"] == "87/2025/QH15"
    assert g.choose_version(_law(AMENDING_BHVB), "2026-03-01", None)["number_symbol"] == "87/2025/QH15"
    assert g.choose_version(_law(AMENDING_BHVB), None, 2025)["number_symbol"] == "87/2025/QH15"
    assert (
        g.choose_version(_law(AMENDING_TCCP), "2025-05-01", None) is None
    )  # lapsed with both laws on 1/3/2025
    # Luật Thanh tra 84/2025/QH15 in force 1/7/2025; Luật Ngân sách nhà nước 89/2025/QH15: passed on 25/6/2025,
    # in force 1/1/2026 (recorded in holdout13), so the 2015 law through 2025 and never the old number after
    assert g.choose_version(_law("Luật Thanh tra"), "2025-06-30", None)["number_symbol"] == "11/2022/QH15"
    assert g.choose_version(_law("Luật Thanh tra"), "2025-08-01", None)["number_symbol"] == "84/2025/QH15"
    law = _law("Luật Ngân sách nhà nước")
    assert g.choose_version(law, "2024-12-31", None)["number_symbol"] == "83/2015/QH13"
    assert g.choose_version(law, "2025-08-01", None)["number_symbol"] == "83/2015/QH13"
    assert g.choose_version(law, "2026-08-01", None)["number_symbol"] == "89/2025/QH15"
    # replaced by a law of its own name: no version after the successor entered into force
    assert g.choose_version(_law("Luật Phòng, chống bệnh truyền nhiễm"), "2026-07-01", None) is None


def test_law_matching_is_linear():
    base = example("000") + example("002") + example("003") + example("004")
    small, big = base * 4, base * 32
    g.find_law_names(small)  # build automata

    def rate(text: str) -> float:
        best = min(_timed(g.find_law_names, text) for _ in range(5))
        return len(text.encode()) / best / 1e6

    r_small, r_big = rate(small), rate(big)
    # CPU time, so a loaded machine does not count; the absolute speed is measured by the benchmarks
    assert r_big > r_small / 4  # linear: 8x the text costs about 8x the time, not 64x


def _timed(fn, arg) -> float:
    t = time.process_time()
    fn(arg)
    return time.process_time() - t


# ---- bodies.json -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "key"),
    [
        ("TTg", "thu-tuong-chinh-phu"),
        ("TTG", "thu-tuong-chinh-phu"),
        ("CP", "chinh-phu"),
        ("QH", "quoc-hoi"),
        ("UBTVQH", "uy-ban-thuong-vu-quoc-hoi"),
        ("TW", "ban-chap-hanh-trung-uong"),
        ("BNV", "bo-noi-vu"),
        ("BKHĐT", "bo-ke-hoach-va-dau-tu"),
        ("BKHÐT", "bo-ke-hoach-va-dau-tu"),
        ("VPCP", "van-phong-chinh-phu"),
        ("TTCP", "thanh-tra-chinh-phu"),
        ("BDVTW", "ban-dan-van-trung-uong"),
        ("BCSĐCP", "ban-can-su-dang-chinh-phu"),
        ("UBND", "ubnd"),
        ("HĐND", "hdnd"),
        ("SNV", "so-noi-vu"),
        ("BDVTU", "ban-dan-van-tinh-uy"),
        ("ĐUK", "dang-uy-khoi"),
    ],
)
def test_body_by_code(code, key):
    assert g.body_by_code(code)["key"] == key


def test_body_data_is_consistent():
    data = g.bodies()
    keys = [b["key"] for b in data["central"]]
    assert len(keys) == len(set(keys))
    for b in data["central"]:
        assert b["short_name"] and b["name"]
        if "merged_into" in b:
            assert b["merged_into"] in keys
    assert g.body_by_code("BKHĐT")["merged_into"] == "bo-tai-chinh"
    assert g.body_by_code("BTNMT")["merged_into"] == "bo-nong-nghiep-va-moi-truong"
    assert g.body_by_code("nonsense") is None and g.body_by_code(None) is None
    assert g.body_by_code("") is None and g.body_by_code("None") is None


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Bộ Nội vụ", "bo-noi-vu"),
        ("bo noi vu", "bo-noi-vu"),
        ("Thủ tướng Chính phủ", "thu-tuong-chinh-phu"),
        ("Uỷ ban Thường vụ Quốc hội", "uy-ban-thuong-vu-quoc-hoi"),
        ("Bộ KH&ĐT", "bo-ke-hoach-va-dau-tu"),
        ("Ủy ban nhân dân tỉnh An Giang", "ubnd:an-giang"),
        ("UBND tỉnh Bắc Giang", "ubnd:bac-giang"),
        ("UBND TP. Hồ Chí Minh", "ubnd:ho-chi-minh"),
        ("Sở Nội vụ tỉnh Bắc Giang", "so-noi-vu:bac-giang"),
        ("Tỉnh ủy An Giang", "tinh-uy:an-giang"),
        ("Văn phòng UBND tỉnh Quảng Ngãi", "van-phong-ubnd:quang-ngai"),
        ("Sở Nội vụ", "so-noi-vu"),
        ("UBND tỉnh", "ubnd"),
    ],
)
def test_body_by_name(name, key):
    assert g.body_by_name(name)["key"] == key


def test_local_body_display():
    b = g.body_by_name("ubnd tinh an giang")
    assert (b["name"], b["short_name"], b["code"], b["province"]) == (
        "Ủy ban nhân dân tỉnh An Giang",
        "UBND tỉnh An Giang",
        "UBND",
        "an-giang",
    )
    assert g.body_by_name("Tỉnh ủy Bắc Giang")["name"] == "Tỉnh ủy Bắc Giang"
    assert g.body_by_name("Atlantis Ministry") is None and g.body_by_name("") is None


def test_find_bodies_in_text():
    text = (
        "Thực hiện Công văn số 2748/BNV-CTTN của Bộ Nội vụ, Chỉ thị của Thủ tướng Chính phủ, "
        "Văn phòng UBND tỉnh Quảng Ngãi, Uỷ ban nhân dân tỉnh\nBắc Giang, Sở Nội vụ; UBND các huyện; "
        "Ban Thường vụ Tỉnh ủy An Giang; UBND huyện An Phú."
    )
    found = [(text[s:e], b["key"]) for s, e, b in g.find_bodies(text)]
    assert found == [
        ("Bộ Nội vụ", "bo-noi-vu"),
        ("Thủ tướng Chính phủ", "thu-tuong-chinh-phu"),
        ("Văn phòng UBND tỉnh Quảng Ngãi", "van-phong-ubnd:quang-ngai"),
        ("Uỷ ban nhân dân tỉnh\nBắc Giang", "ubnd:bac-giang"),
        ("Sở Nội vụ", "so-noi-vu"),
        ("Ban Thường vụ Tỉnh ủy An Giang", "ban-thuong-vu-tinh-uy:an-giang"),
    ]


def test_find_bodies_in_examples():
    found = [(b["key"], b.get("province")) for *_, b in g.find_bodies(example("000"))]
    assert ("ubnd:an-giang", "an-giang") in found and ("bo-noi-vu", None) in found
    assert ("ban-dan-van-tinh-uy", None) in found and (
        "ban-dan-van-trung-uong",
        None,
    ) not in found  # only in symbols
    # the issuer code inside the symbol "529/BC-UBND" is not a mention of a body
    text = example("000")
    assert all(text[s - 1] not in "-/" for s, _, _ in g.find_bodies(text))
    keys = {b["key"] for *_, b in g.find_bodies(example("003"))}
    assert {"tinh-uy:bac-giang", "hdnd:bac-giang", "ubnd:bac-giang", "ban-bi-thu", "so-noi-vu"} <= keys


# ---- fold and offsets -------------------------------------------------------------------------------------


def test_fold():
    assert g.fold("Đắk Lắk") == "dak lak"
    assert g.fold("ỦY BAN NHÂN DÂN") == "uy ban nhan dan"
    assert g.fold("Ðồng Tháp") == "dong thap"
    assert g.fold(unicodedata.normalize("NFD", "Thừa Thiên Huế")) == "thua thien hue"


@settings(max_examples=200, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("aăâđeêioôơuưyAĂĐ àáạảãòóọỏõùúụủũ\n\u00a0ßİ-,.Luật Tố cáo")),
        max_size=60,
    )
)
def test_match_form_keeps_offsets(s):
    s = unicodedata.normalize("NFC", s)
    assert len(g.match_form(s)) == len(s)
    text = s + " Luật Tố cáo " + s + " UBND tỉnh An Giang " + s
    for m in g.find_law_names(text):
        assert text[m.start : m.end] == m.surface
    assert any(m.law["name"] == "Luật Tố cáo" for m in g.find_law_names(text))
    bodies, provinces = g.find_bodies_and_provinces(text)
    assert any(text[b:e].startswith("UBND tỉnh An Giang") for b, e, _ in bodies)
    assert all(text[b:e] for b, e, _ in bodies + provinces)


def test_non_text_input_is_a_clear_error():
    for fn in (g.find_law_names, g.find_provinces, g.find_bodies):
        with pytest.raises(TypeError, match="expected text"):
            fn(b"Lu\xe1\xba\xadt")


def test_a_law_adopted_but_not_yet_in_force_is_the_one_cited_when_it_is_the_first():
    assert g.choose_version(_law("Luật Tiếp công dân"), "2014-03-01", None)["number_symbol"] == "42/2013/QH13"
    # with an earlier version in force, that one is still meant
    assert g.choose_version(_law("Luật Đất đai"), "2024-03-01", None)["number_symbol"] == "45/2013/QH13"


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Đảng ủy Khối các cơ quan tỉnh Quảng Ninh", "dang-uy-khoi:quang-ninh"),
        ("ĐẢNG ỦY KHỐI DOANH NGHIỆP TỈNH QUẢNG NINH", "dang-uy-khoi-doanh-nghiep:quang-ninh"),
        (
            "Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh Quảng Ngãi",
            "dang-uy-khoi-co-quan-doanh-nghiep:quang-ngai",
        ),
    ],
)
def test_the_khoi_party_committees_of_a_province_are_different_bodies(name, key):
    assert g.body_by_name(name)["key"] == key


def test_the_khoi_code_alone_names_no_body_where_a_province_may_have_two():
    assert g.local_body("ĐUK", "quang-ninh") is None


def test_the_budget_law_in_force_before_and_after_the_2025_law():
    """Luật Ngân sách nhà nước 89/2025/QH15 was passed on 25/6/2025 and takes effect on 1/1/2026: a text of
    February 2025 cites 83/2015/QH13, one of 2026 the new law (holdout13)."""
    from ingest.pipeline import extract_text

    def cited(date: str) -> list[str | None]:
        text = (
            f"ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\nSố: 12/BC-UBND\nHà Nam, ngày {date}\nBÁO CÁO\n"
            "Kinh phí bảo đảm theo quy định của Luật Ngân sách nhà nước.\n"
        )
        return [r.number_symbol for r in extract_text(text).references]

    assert cited("21 tháng 02 năm 2025") == ["83/2015/QH13"]
    assert cited("10 tháng 3 năm 2026") == ["89/2025/QH15"]


def test_a_law_is_found_by_the_initialism_of_its_name():
    """Reports write a law by the initials of its name ("Luật PCBLGĐ 2022", "Luật HGĐTTTA"), as the
    curated aliases "Luật TTATGTĐB", "Luật PCTN" are formed; the initialism is derived for every law
    whose name gives at least three letters and no other law shares it (holdout15)."""
    text = "Hội nghị quán triệt Luật PCBLGĐ 2022; Điều 40 Luật HGĐTTTA quy định đối thoại."
    found = [(m.surface, m.law["name"], m.year) for m in g.find_law_names(text)]
    assert found == [
        ("Luật PCBLGĐ 2022", "Luật Phòng, chống bạo lực gia đình", 2022),
        ("Luật HGĐTTTA", "Luật Hòa giải, đối thoại tại Tòa án", None),
    ]
    assert g._initials("Luật Đất đai") is None  # two letters: not derived
    assert g._initials("Luật sửa đổi, bổ sung một số điều của Luật Đất đai") is None
    assert g.find_law_names("Luật ĐĐ") == []


@pytest.mark.parametrize(
    ("code", "province", "name"),
    [
        ("TU", "ha-noi", "Thành ủy Hà Nội"),  # a centrally-run city's Party committee
        ("TU", "an-giang", "Tỉnh ủy An Giang"),
        ("TU", "hue", "Thành ủy Huế"),  # a city since 2025
        ("TU", "thua-thien-hue", "Tỉnh ủy Thừa Thiên Huế"),
    ],
)
def test_a_centrally_run_citys_bodies_are_named_for_the_city(code, province, name):
    body = g.local_body(code, province)
    assert body is not None and body["name"] == name
    assert body["key"] == f"tinh-uy:{province}"  # the same provincial body, whatever its name


def test_city_names_in_stated_issuers():
    from ingest import extract_text

    text = (
        "Thực hiện Kế hoạch số 12-KH/TU ngày 3/4/2023 của Ban Thường vụ Thành ủy Hà Nội và Kế hoạch số "
        "5/KH-CAT ngày 4/4/2023 của Công an thành phố Hải Phòng về chuyển đổi số."
    )
    assert [r.issuer for r in extract_text(text).references] == [
        "Ban Thường vụ Thành ủy Hà Nội",
        "Công an thành phố Hải Phòng",
    ]


def test_a_law_name_after_a_glued_item_number() -> None:
    # real-text audit r8: a legal database's list of related documents glues the item's number to the
    # name ("- 2Luật …"); a name glued inside a word stays unread
    from ingest.gazetteer import find_law_names

    text = "- 2Luật Đất đai 2013\n- 3Luật Tổ chức Hội đồng nhân dân, Uỷ ban nhân dân\nxLuật Đất đai"
    found = [(m.surface, m.law["name"]) for m in find_law_names(text)]
    assert found == [
        ("Luật Đất đai 2013", "Luật Đất đai"),
        (
            "Luật Tổ chức Hội đồng nhân dân, Uỷ ban nhân dân",
            "Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân",
        ),
    ]


def test_the_database_title_of_the_2019_amending_law() -> None:
    from ingest.references import find_references

    r = find_references(
        "Văn bản liên quan: Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương sửa đổi 2019."
    )
    assert [x.number_symbol for x in r] == ["47/2019/QH14"]


@pytest.mark.parametrize(
    "glued",
    ["Luật Tổ chức Quốchội", "Luật Tổ chức chính quyềnđịa phương", "Luật Ban hành văn bản quyphạm pháp luật"],
)
def test_a_law_name_with_two_words_glued_by_a_page_is_found(glued):
    (m,) = g.find_law_names(f"Căn cứ {glued} năm 2015;")
    assert m.surface.startswith(glued) and m.law["name"].replace(" ", "") == glued.replace(" ", "")


def test_glued_variants_leave_ordinary_text_alone():
    assert g.find_law_names("Luật Đất đai và Quốchội") and not g.find_law_names("các quốchội viên tổ chức")


def test_grassroots_democracy_and_complaint_law_names_of_older_preambles() -> None:
    # real-text audit r11 (citizen reception, complaints, grassroots democracy): the ordinance's short
    # name with "ở", the 2004 law on legal documents of local bodies with "và" between the bodies, and
    # the 2004 and 2005 amendments of the 1998 law on complaints and denunciations cited by their names
    from ingest.references import find_references

    text = (
        "Căn cứ Luật Ban hành văn bản quy phạm pháp luật của HĐND và UBND ngày 03/12/2004; "
        "Luật sửa đổi, bổ sung một số điều của Luật Khiếu nại, tố cáo ngày 15 tháng 6 năm 2004 và "
        "Luật sửa đổi, bổ sung một số điều của Luật Khiếu nại, tố cáo ngày 29 tháng 11 năm 2005;\n"
        "Các xã đã tổ chức học tập Pháp lệnh dân chủ ở cơ sở."
    )
    assert [(r.number_symbol, r.date) for r in find_references(text)] == [
        ("31/2004/QH11", "2004-12-03"),
        ("26/2004/QH11", "2004-06-15"),
        ("58/2005/QH11", "2005-11-29"),
        ("34/2007/PL-UBTVQH11", None),
    ]


@pytest.mark.parametrize(
    ("cited", "number"), [("2020-05-10", "43/2009/QH12"), ("2021-05-10", "48/2019/QH14")]
)
def test_a_law_cited_before_its_successor_took_effect_is_the_version_then_in_force(cited, number):
    from ingest import extract_text

    y, m, d = cited.split("-")
    text = (
        f"ỦY BAN NHÂN DÂN\nXÃ AN PHÚ\n\nSố: 12/BC-UBND\n\nAn Phú, ngày {d} tháng {m} năm {y}\n\nBÁO CÁO\n\n"
        "Thực hiện Luật Dân quân tự vệ, xã đã tổ chức huấn luyện."
    )
    (r,) = extract_text(text).references
    assert r.number_symbol == number


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Căn cứ Pháp lệnh Công an xã ngày 21 tháng 11 năm 2008;", "06/2008/PL-UBTVQH12"),
        ("Căn cứ Pháp lệnh Xử lý vi phạm hành chính năm 2002;", "44/2002/PL-UBTVQH10"),
    ],
)
def test_ordinances_cited_by_old_texts(text, number):
    (m,) = g.find_law_names(text)
    assert number in [v["number_symbol"] for v in m.law["versions"]]


def test_health_and_forest_laws_of_department_plans() -> None:
    """Real-text audit r14: the 1989 health law (no modern symbol) is a named law; the 2004 forest law has
    its number."""
    text = (
        "Căn cứ Luật Bảo vệ sức khỏe nhân dân ngày 30/6/1989;\nCăn cứ Nghị định số 9/2006/NĐ-CP của Chính phủ "
        "về thi hành Luật Bảo vệ và phát triển rừng;\n"
    )
    named = [(r.text, r.number_symbol) for r in extract_text(text).references if r.kind == "named"]
    assert named == [
        ("Luật Bảo vệ sức khỏe nhân dân", None),
        ("Luật Bảo vệ và phát triển rừng", "29/2004/QH11"),
    ]


def test_education_and_child_laws_of_school_and_welfare_documents() -> None:
    """Real-text audit r18: the 2009 amendment of the education law (cited with its date after the 2005
    law), the 2018 amendment of the higher-education law, the 2006 vocational-training law and the 2004
    child-protection law have their numbers."""
    text = (
        "Căn cứ Luật Giáo dục ngày 14 tháng 6 năm 2005, Luật sửa đổi, bổ sung một số điều của Luật Giáo dục "
        "ngày 25 tháng 11 năm 2009;\nCăn cứ Luật sửa đổi, bổ sung một số điều của Luật Giáo dục đại học ngày "
        "19 tháng 11 năm 2018;\nCăn cứ Luật Dạy nghề ngày 29 tháng 11 năm 2006;\nCăn cứ Luật Bảo vệ, chăm sóc "
        "và giáo dục trẻ em ngày 15 tháng 6 năm 2004;\n"
    )
    named = [r.number_symbol for r in extract_text(text).references if r.kind == "named"]
    assert named == ["38/2005/QH11", "44/2009/QH12", "34/2018/QH14", "76/2006/QH11", "25/2004/QH11"]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # real-text audit r13: explanation pages cite the earlier versions and the amending laws by year
        ("Điều kiện kết hôn theo Luật Hôn nhân và gia đình năm 2000 khác.", "22/2000/QH10"),
        ("Luật Trách nhiệm bồi thường của Nhà nước năm 2009 hết hiệu lực.", "35/2009/QH12"),
        ("Luật sửa đổi, bổ sung một số điều của Luật Sở hữu trí tuệ năm 2022 có hiệu lực.", "07/2022/QH15"),
        ("Pháp lệnh Thủ tục giải quyết các vụ án hành chính năm 1996 quy định.", None),
    ],
)
def test_earlier_versions_and_amending_laws_cited_by_year(text: str, number: str | None) -> None:
    from ingest.references import find_references

    (ref,) = find_references(text)
    assert (ref.kind, ref.number_symbol) == ("named", number)
    assert ref.issuer == ("Ủy ban Thường vụ Quốc hội" if number is None else "Quốc hội")


def test_older_versions_and_names_cited_in_decree_bodies() -> None:
    """Real-text audit r16: an old decree's basis cites the 2000 drug law by its date, a decision of the
    Hội đồng Bộ trưởng its own 1981 organisation law (no modern symbol), a provincial decision the council
    and committee law with a comma between the bodies."""
    text = (
        "Căn cứ Luật Phòng, chống ma túy ngày 09 tháng 12 năm 2000;\n"
        "Căn cứ điều 12 của Luật tổ chức Hội đồng Bộ trưởng ngày 4/7/1981;\n"
        "Căn cứ Luật tổ chức HĐND, UBND ngày 26/11/2003;\n"
    )
    named = [(r.number_symbol, r.relation) for r in extract_text(text).references if r.kind == "named"]
    assert named == [("23/2000/QH10", "based_on"), (None, "based_on"), ("11/2003/QH11", "based_on")]


def test_earlier_land_construction_and_environment_laws_in_decision_bases() -> None:
    """Real-text audit r19: provincial decisions of 2010–2014 rest on the 2003 construction law, the 2005
    environment and housing laws, the 1998 water law and the 2009 law amending the laws on capital
    construction; "HĐND&UBND" is the council and committee law with an ampersand."""
    header = "ỦY BAN NHÂN DÂN\nTỈNH PHÚ YÊN\nSố: 12/2012/QĐ-UBND\nPhú Yên, ngày 5 tháng 3 năm 2012\n"
    text = (
        "Căn cứ Luật Tổ chức HĐND&UBND ngày 26/11/2003;\n"
        "Căn cứ Luật Xây dựng ngày 26/11/2003; Luật Nhà ở ngày 29/11/2005;\n"
        "Căn cứ Luật Bảo vệ môi trường năm 2005 và Luật Tài nguyên nước;\n"
        "Căn cứ Luật sửa đổi, bổ sung một số điều của các luật liên quan đến đầu tư xây dựng cơ bản;\n"
    )
    named = [r.number_symbol for r in extract_text(header + text).references if r.kind == "named"]
    assert named == [
        "11/2003/QH11",
        "16/2003/QH11",
        "56/2005/QH11",
        "52/2005/QH11",
        "08/1998/QH10",
        "38/2009/QH12",
    ]


def test_a_law_named_amended_in_a_year_is_the_amending_law_of_that_year() -> None:
    """Real-text audit r19: a legal database's list of related documents names an amending law by the law
    it amends and the year ("- 4Luật Xây dựng sửa đổi 2020"): the amending law of that year, not the
    amended one; a year with no amending law known leaves the name as it was."""
    from ingest.references import find_references

    refs = find_references("- 4Luật Xây dựng sửa đổi 2020\n- 5Luật Đất đai sửa đổi 2016\n")
    assert [r.text for r in refs] == ["Luật Xây dựng sửa đổi 2020", "Luật Đất đai"]
    assert refs[0].number_symbol == "62/2020/QH14"


def test_the_law_an_undated_guiding_document_details_is_the_one_passed_by_its_year() -> None:
    """Real-text audit r19: in a list with no dates, a 2019 circular guiding "Luật Bảo vệ môi trường" in a
    2021 decision that also cites the 2020 law (adopted, not yet in force) details the 2014 law: the year
    of the circular's symbol stands for its date."""
    text = (
        "- 1Thông tư 31/2019/TT-BTNMT hướng dẫn Luật Bảo vệ môi trường\n"
        "- 2Luật Bảo vệ môi trường 2020\n"
        "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
        "Số: 310/QĐ-UBND | Tây Ninh, ngày 10 tháng 5 năm 2021 |\n"
    )
    named = [(r.text, r.number_symbol) for r in extract_text(text).references if r.kind == "named"]
    assert named == [
        ("Luật Bảo vệ môi trường", "55/2014/QH13"),
        ("Luật Bảo vệ môi trường 2020", "72/2020/QH14"),
    ]


def test_a_central_body_whose_name_a_page_glued_is_still_known() -> None:
    # real-text audit r21: pages that joined their lines glue two words of a name ("Bộ Chínhtrị")
    assert (g.body_by_name("Bộ Chínhtrị") or {}).get("name") == "Bộ Chính trị"
    assert (g.body_by_name("Ban chấp hànhTrung ương Đảng") or {}).get(
        "name"
    ) == "Ban Chấp hành Trung ương Đảng"
    assert g.body_by_name("Bộ Chính trịxyz") is None


def _dated(text: str, day: str) -> str:
    y, m, d = day.split("-")
    return (
        f"ỦY BAN NHÂN DÂN\nTỈNH HÀ TÂY\n\nSố: 45/QĐ-UB\n\nHà Đông, ngày {d} tháng {m} năm {y}\n\n"
        f"QUYẾT ĐỊNH\n\n{text}"
    )


@pytest.mark.parametrize(
    ("day", "text", "law", "year"),
    [
        # 1993 land law by its adoption date in a 1997 decision's bases
        (
            "1997-03-12",
            "Căn cứ Luật Đất đai ngày 14 tháng 7 năm 1993;\nXét đề nghị của Sở Địa chính,",
            "Luật Đất đai",
            1993,
        ),
        # bare names: the version in force on the citing day
        ("1996-09-20", "Hợp đồng thuê nhà lập theo Bộ luật Dân sự.", "Bộ luật Dân sự", 1995),
        ("1998-05-04", "Thu, chi theo đúng Luật Ngân sách nhà nước.", "Luật Ngân sách nhà nước", 1996),
        ("1996-02-01", "Người lao động được hưởng chế độ theo Bộ luật Lao động.", "Bộ luật Lao động", 1994),
        ("2010-08-16", "Hợp đồng thuê nhà lập theo Bộ luật Dân sự.", "Bộ luật Dân sự", 2005),
        ("2010-08-16", "Việc giao đất thực hiện theo Luật Đất đai.", "Luật Đất đai", 2003),
    ],
)
def test_laws_of_the_1990s_resolve_by_the_citing_date(day: str, text: str, law: str, year: int) -> None:
    """Real-text audit (gazetteer of 1980-2005): old decisions cite the 1993 land law, the 1995 civil code and
    the other laws of their time by name; a text of 2010 still gets the version then in force."""
    (r,) = [r for r in extract_text(_dated(text, day)).references if r.kind == "named"]
    assert r.resolved is not None and (r.resolved["law"], r.resolved["year"]) == (law, year)
    assert "law version not determined" not in r.warnings


def test_land_law_amendments_of_1998_and_2001() -> None:
    text = _dated(
        "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Đất đai ngày 02 tháng 12 năm 1998;\n",
        "1999-06-10",
    )
    (r,) = [r for r in extract_text(text).references if r.kind == "named"]
    assert r.number_symbol == "10/1998/QH10"


def test_the_election_law_named_without_its_second_dai_bieu():
    # real-text audit r35 (elections): "Luật bầu cử đại biểu Quốc hội và Hội đồng nhân dân" drops the
    # second "đại biểu" of the law's name; there is one such law
    text = "Thực hiện Luật bầu cử đại biểu Quốc hội và HĐND, Ủy ban bầu cử tỉnh đã họp."
    found = [(m.surface, m.law["name"]) for m in g.find_law_names(text)]
    assert found == [
        (
            "Luật bầu cử đại biểu Quốc hội và HĐND",
            "Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân",
        )
    ]


@pytest.mark.parametrize(
    ("day", "text", "law", "year", "number"),
    [
        # a year of its own
        (
            "1999-08-02",
            "Căn cứ Luật Giáo dục năm 1998;\nXét đề nghị của Sở Giáo dục,",
            "Luật Giáo dục",
            1998,
            "11/1998/QH10",
        ),
        (
            "1996-04-15",
            "Căn cứ Luật Bảo vệ môi trường năm 1993;\nXét tờ trình của Sở,",
            "Luật Bảo vệ môi trường",
            1993,
            None,
        ),
        # an adoption date
        (
            "1999-03-01",
            "Căn cứ Luật Quốc tịch Việt Nam ngày 20 tháng 5 năm 1998;\nXét đơn của ông A,",
            "Luật Quốc tịch Việt Nam",
            1998,
            "07/1998/QH10",
        ),
        (
            "1995-05-20",
            "Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 21 tháng 6 năm 1994;\nXét đề nghị,",
            "Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân",
            1994,
            None,
        ),
        # no year: the version in force on the decision's day
        (
            "1995-11-06",
            "Việc kết hôn đăng ký theo Luật Hôn nhân và gia đình.",
            "Luật Hôn nhân và gia đình",
            1986,
            None,
        ),
        ("1995-11-06", "Kỳ họp thực hiện theo Luật Tổ chức Quốc hội.", "Luật Tổ chức Quốc hội", 1992, None),
        (
            "2003-02-10",
            "Kỳ họp thực hiện theo Luật Tổ chức Quốc hội.",
            "Luật Tổ chức Quốc hội",
            2001,
            "30/2001/QH10",
        ),
    ],
)
def test_laws_of_before_2002_resolve_by_year_date_or_citing_day(
    day: str, text: str, law: str, year: int, number: str | None
) -> None:
    """Real-text audits (r22 and others): old decisions cite the 1993 environment law, the 1998 education
    law, the 1994 law on people's councils and committees, the 1986 family law and the 1992 and 2001 laws on
    the National Assembly by year, by adoption date or by bare name."""
    (r,) = [r for r in extract_text(_dated(text, day)).references if r.kind == "named"]
    assert r.resolved is not None and (r.resolved["law"], r.resolved["year"]) == (law, year)
    assert r.number_symbol == number
    assert "law version not determined" not in r.warnings


def test_domestic_investment_and_hanoi_capital_of_the_1990s_are_named_laws() -> None:
    text = _dated(
        "Căn cứ Luật Khuyến khích đầu tư trong nước ngày 20 tháng 5 năm 1998;\n"
        "Căn cứ Pháp lệnh Thủ đô Hà Nội ngày 28 tháng 12 năm 2000;\n",
        "2001-06-15",
    )
    named = [(r.text, r.number_symbol) for r in extract_text(text).references if r.kind == "named"]
    assert named == [
        ("Luật Khuyến khích đầu tư trong nước", "03/1998/QH10"),
        ("Pháp lệnh Thủ đô Hà Nội", "29/2000/PL-UBTVQH10"),
    ]


@pytest.mark.parametrize(
    ("day", "text", "law", "year", "number"),
    [
        # a named citation with its adoption date or year
        (
            "2016-04-11",
            "Căn cứ Luật Công an nhân dân ngày 27 tháng 11 năm 2014;\nXét đề nghị của Trưởng Công an huyện,",
            "Luật Công an nhân dân",
            2014,
            "73/2014/QH13",
        ),
        (
            "2009-05-18",
            "Căn cứ Luật Quốc phòng ngày 14 tháng 6 năm 2005;\nXét đề nghị của Chỉ huy trưởng,",
            "Luật Quốc phòng",
            2005,
            "39/2005/QH11",
        ),
        (
            "2013-08-02",
            "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Phòng, chống tham nhũng năm 2012;\nXét đề nghị,",
            "Luật sửa đổi, bổ sung một số điều của Luật Phòng, chống tham nhũng",
            2012,
            "27/2012/QH13",
        ),
        (
            "2011-02-21",
            "Căn cứ Luật Bầu cử đại biểu Hội đồng nhân dân ngày 26 tháng 11 năm 2003;\nXét đề nghị,",
            "Luật Bầu cử đại biểu Hội đồng nhân dân",
            2003,
            "12/2003/QH11",
        ),
        # a bare name: the version in force on the document's day
        (
            "2017-09-05",
            "Lực lượng công an xã hoạt động theo Luật Công an nhân dân.",
            "Luật Công an nhân dân",
            2014,
            "73/2014/QH13",
        ),
        (
            "2012-10-15",
            "Diễn tập khu vực phòng thủ theo Luật Quốc phòng.",
            "Luật Quốc phòng",
            2005,
            "39/2005/QH11",
        ),
        ("2009-06-30", "Đại hội xã viên họp theo Luật Hợp tác xã.", "Luật Hợp tác xã", 2003, "18/2003/QH11"),
        (
            "2006-03-09",
            "Đơn vị tự vệ được tổ chức theo Pháp lệnh Dân quân tự vệ.",
            "Pháp lệnh Dân quân tự vệ",
            2004,
            "19/2004/PL-UBTVQH11",
        ),
        (
            "2004-07-20",
            "Sắp xếp quân nhân dự bị theo Pháp lệnh về lực lượng dự bị động viên.",
            "Pháp lệnh về lực lượng dự bị động viên",
            1996,
            None,
        ),
    ],
)
def test_defence_election_and_cooperative_laws_of_the_gz3_audit(
    day: str, text: str, law: str, year: int, number: str | None
) -> None:
    """Gazetteer audit gz3: laws cited by name only that the gazetteer lacked (the 2014 police law, the 2005 defence
    law, the 2012 anti-corruption amendment, the 2003 law on electing people's council deputies, the 2003 cooperative
    law, the 2004 militia ordinance and the 1996 reserve-force ordinance)."""
    (r,) = [r for r in extract_text(_dated(text, day)).references if r.kind == "named"]
    assert r.resolved is not None and (r.resolved["law"], r.resolved["year"]) == (law, year)
    assert r.number_symbol == number
    assert "law version not determined" not in r.warnings


def test_the_councils_legal_documents_law_by_its_abbreviation() -> None:
    """ "Luật Ban hành VBQPPL của HĐND, UBND" (real-text audit r47): the 2004 law on the councils' and
    committees' documents, not the general law on legal documents its first words name."""
    (r,) = [r for r in extract_text("Căn cứ Luật Ban hành VBQPPL của HĐND, UBND ngày 03/12/2004;").references]
    assert (r.text, r.number_symbol, r.date) == (
        "Luật Ban hành VBQPPL của HĐND, UBND",
        "31/2004/QH11",
        "2004-12-03",
    )


@pytest.mark.parametrize(
    ("day", "text", "law", "year", "number"),
    [
        # the named law with its year: that version, whatever the document's date
        (
            "2005-03-10",
            "Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân năm 1983;\nXét đề nghị,",
            "Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân",
            1983,
            None,
        ),
        (
            "1975-02-12",
            "Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban hành chính các cấp năm 1962;\nXét đề nghị,",
            "Luật Tổ chức Hội đồng nhân dân và Ủy ban hành chính các cấp",
            1962,
            None,
        ),
        (
            "1978-04-20",
            "Căn cứ Luật Tổ chức Hội đồng Chính phủ năm 1960;\nXét đề nghị,",
            "Luật Tổ chức Hội đồng Chính phủ",
            1960,
            None,
        ),
        (
            "1988-09-01",
            "Căn cứ Luật Tổ chức Quốc hội và Hội đồng Nhà nước năm 1981;\nXét đề nghị,",
            "Luật Tổ chức Quốc hội và Hội đồng Nhà nước",
            1981,
            None,
        ),
        (
            "2012-05-07",
            "Căn cứ Luật Tổ chức Tòa án nhân dân năm 2002;\nXét đề nghị,",
            "Luật Tổ chức Tòa án nhân dân",
            2002,
            "33/2002/QH10",
        ),
        (
            "2016-05-07",
            "Căn cứ Luật Tổ chức Viện kiểm sát nhân dân năm 1992;\nXét đề nghị,",
            "Luật Tổ chức Viện kiểm sát nhân dân",
            1992,
            None,
        ),
        (
            "1980-06-02",
            "Giải quyết việc ly hôn theo Luật Hôn nhân và gia đình năm 1959.",
            "Luật Hôn nhân và gia đình",
            1959,
            None,
        ),
        (
            "1970-03-02",
            "Gọi công dân nhập ngũ theo Luật Nghĩa vụ quân sự năm 1960.",
            "Luật Nghĩa vụ quân sự",
            1960,
            None,
        ),
        (
            "1993-01-15",
            "Căn cứ Pháp lệnh Xử phạt vi phạm hành chính năm 1989;\nXét đề nghị,",
            "Pháp lệnh Xử phạt vi phạm hành chính",
            1989,
            None,
        ),
        # a bare name: the version in force on the document's day
        (
            "1986-04-02",
            "Ủy ban nhân dân huyện làm việc theo Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân.",
            "Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân",
            1983,
            None,
        ),
        (
            "1998-11-20",
            "Ủy ban nhân dân huyện làm việc theo Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân.",
            "Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân",
            1994,
            None,
        ),
        (
            "1972-08-14",
            "Tòa án xét xử theo Luật Tổ chức Tòa án nhân dân.",
            "Luật Tổ chức Tòa án nhân dân",
            1960,
            None,
        ),
        (
            "1986-08-14",
            "Tòa án xét xử theo Luật Tổ chức Tòa án nhân dân.",
            "Luật Tổ chức Tòa án nhân dân",
            1981,
            None,
        ),
        (
            "2008-08-14",
            "Tòa án xét xử theo Luật Tổ chức Tòa án nhân dân.",
            "Luật Tổ chức Tòa án nhân dân",
            2002,
            "33/2002/QH10",
        ),
        (
            "1985-10-01",
            "Kiểm sát viên thực hiện nhiệm vụ theo Luật Tổ chức Viện kiểm sát nhân dân.",
            "Luật Tổ chức Viện kiểm sát nhân dân",
            1981,
            None,
        ),
        (
            "2010-10-01",
            "Kiểm sát viên thực hiện nhiệm vụ theo Luật Tổ chức Viện kiểm sát nhân dân.",
            "Luật Tổ chức Viện kiểm sát nhân dân",
            2002,
            "34/2002/QH10",
        ),
        (
            "1970-12-01",
            "Đại biểu hoạt động theo Luật Tổ chức Quốc hội.",
            "Luật Tổ chức Quốc hội",
            1960,
            None,
        ),
        (
            "1975-06-01",
            "Việc kết hôn được đăng ký theo Luật Hôn nhân và gia đình.",
            "Luật Hôn nhân và gia đình",
            1959,
            None,
        ),
        (
            "1965-06-01",
            "Gọi thanh niên nhập ngũ theo Luật Nghĩa vụ quân sự.",
            "Luật Nghĩa vụ quân sự",
            1960,
            None,
        ),
        (
            "1985-06-01",
            "Gọi thanh niên nhập ngũ theo Luật Nghĩa vụ quân sự.",
            "Luật Nghĩa vụ quân sự",
            1981,
            None,
        ),
        (
            "1992-03-05",
            "Xử phạt các hành vi vi phạm theo Pháp lệnh Xử phạt vi phạm hành chính.",
            "Pháp lệnh Xử phạt vi phạm hành chính",
            1989,
            None,
        ),
        (
            "1991-03-05",
            "Trạm y tế xã thực hiện Luật Bảo vệ sức khỏe nhân dân.",
            "Luật Bảo vệ sức khỏe nhân dân",
            1989,
            None,
        ),
    ],
)
def test_laws_of_1946_to_1995_of_the_gz4_audit(
    day: str, text: str, law: str, year: int, number: str | None
) -> None:
    """Gazetteer audit gz4: older laws cited by name (and year) in election, health and local-government texts - the
    1962 and 1983 laws on people's councils, the 1960 government, assembly, court and procuracy laws and their 1981,
    1992 and 2002 successors, the 1959 marriage law, the 1960 military service law and the 1989 sanctions
    ordinance."""
    (r,) = [r for r in extract_text(_dated(text, day)).references if r.kind == "named"]
    assert r.resolved is not None and (r.resolved["law"], r.resolved["year"]) == (law, year)
    assert r.number_symbol == number
    assert "law version not determined" not in r.warnings


def test_the_1981_court_law_known_by_its_year_only() -> None:
    """The 1981 court law's day is not recorded (year only): in 1981 itself the version is not determined."""
    law = next(x for x in g.laws() if x["name"] == "Luật Tổ chức Tòa án nhân dân")
    assert g.choose_version(law, "1981-08-01", None) is None
    assert g.choose_version(law, "1990-08-01", None)["year"] == 1981
    assert g.choose_version(law, "2002-06-01", None)["number_symbol"] == "33/2002/QH10"


_SD = "Luật sửa đổi, bổ sung một số điều của "


@pytest.mark.parametrize(
    ("day", "text", "number"),
    [
        ("2026-02-01", "Triển khai Luật Năng lượng nguyên tử tại các cơ sở bức xạ.", "94/2025/QH15"),
        ("2025-10-01", "Triển khai Luật Năng lượng nguyên tử tại các cơ sở bức xạ.", "18/2008/QH12"),
        ("2026-08-01", "Thực hiện Luật Tiết kiệm, chống lãng phí trong cơ quan.", "110/2025/QH15"),
        ("2026-03-01", "Thực hiện Luật Thực hành tiết kiệm, chống lãng phí trong cơ quan.", "44/2013/QH13"),
        (
            "2026-02-01",
            "Cử sĩ quan theo Luật Tham gia lực lượng gìn giữ hòa bình của Liên hợp quốc.",
            "92/2025/QH15",
        ),
        ("2026-01-15", "Phối hợp thực hiện Luật Dẫn độ.", "100/2025/QH15"),
        ("2026-02-01", f"Phổ biến {_SD}Luật Quảng cáo cho doanh nghiệp.", "75/2025/QH15"),
        ("2025-03-01", f"Phổ biến {_SD}Luật Dược cho các nhà thuốc.", "44/2024/QH15"),
        ("2025-08-01", f"Thi hành {_SD}Luật Tổ chức Tòa án nhân dân.", "81/2025/QH15"),
        ("2025-08-01", f"Thi hành {_SD}Luật Tổ chức Viện kiểm sát nhân dân.", "82/2025/QH15"),
        (
            "2025-09-01",
            f"Căn cứ {_SD}Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân;",
            "83/2025/QH15",
        ),
        (
            "2025-09-01",
            f"Căn cứ {_SD}Bộ luật Tố tụng dân sự, Luật Tố tụng hành chính, Luật Tư pháp người chưa thành niên, "
            "Luật Phá sản và Luật Hòa giải, đối thoại tại Tòa án;",
            "85/2025/QH15",
        ),
        (
            "2025-09-01",
            f"Căn cứ {_SD}Luật Mặt trận Tổ quốc Việt Nam, Luật Công đoàn, Luật Thanh niên và Luật Thực hiện "
            "dân chủ ở cơ sở;",
            "97/2025/QH15",
        ),
        ("2026-08-01", f"Căn cứ {_SD}Luật Tiếp công dân, Luật Khiếu nại, Luật Tố cáo;", "136/2025/QH15"),
        ("2026-02-01", f"Căn cứ {_SD}Luật Chất lượng sản phẩm, hàng hóa;", "78/2025/QH15"),
    ],
)
def test_laws_of_2024_to_2026_of_the_gz5_audit(day: str, text: str, number: str) -> None:
    """Gazetteer audit gz5: laws of 2024-2025 cited by name alone resolve to their number once passed (or in
    force); the atomic energy law and the thrift law they replace are still the ones cited before that."""
    (r,) = [r for r in extract_text(_dated(text, day)).references if r.kind == "named"]
    assert r.number_symbol == number
    assert "law version not determined" not in r.warnings


@pytest.mark.parametrize(
    ("day", "text", "number"),
    [
        ("2026-06-01", "Trưng cầu giám định theo Luật Giám định tư pháp.", "105/2025/QH15"),
        ("2026-03-01", "Trưng cầu giám định theo Luật Giám định tư pháp.", "13/2012/QH13"),
        ("2025-08-01", f"Căn cứ {_SD}Luật Ban hành văn bản quy phạm pháp luật;", "87/2025/QH15"),
        ("2025-08-01", f"Căn cứ {_SD}Luật Xử lý vi phạm hành chính;", "88/2025/QH15"),
        ("2024-05-01", f"Căn cứ {_SD}Luật Xử lý vi phạm hành chính;", "67/2020/QH14"),
        ("2025-09-01", f"Căn cứ {_SD}Luật Quốc tịch Việt Nam;", "79/2025/QH15"),
        ("2020-01-01", f"Căn cứ {_SD}Luật Quốc tịch Việt Nam;", "56/2014/QH13"),
        ("2025-09-01", f"Căn cứ {_SD}Luật Doanh nghiệp;", "76/2025/QH15"),
        ("2026-02-01", f"Căn cứ {_SD}Luật Tiêu chuẩn và quy chuẩn kỹ thuật;", "70/2025/QH15"),
        (
            "2025-09-01",
            f"Căn cứ {_SD}Luật Đấu thầu, Luật Đầu tư theo phương thức đối tác công tư, Luật Hải quan, Luật Thuế giá "
            "trị gia tăng, Luật Thuế xuất khẩu, thuế nhập khẩu, Luật Đầu tư, Luật Đầu tư công, Luật Quản lý, sử "
            "dụng tài sản công;",
            "90/2025/QH15",
        ),
        (
            "2025-03-01",
            f"Căn cứ {_SD}Luật Chứng khoán, Luật Kế toán, Luật Kiểm toán độc lập, Luật Ngân sách nhà nước, Luật "
            "Quản lý, sử dụng tài sản công, Luật Quản lý thuế, Luật Thuế thu nhập cá nhân, Luật Dự trữ quốc gia, "
            "Luật Xử lý vi phạm hành chính;",
            "56/2024/QH15",
        ),
        ("2026-08-01", "Thực hiện ủy thác theo Luật Tương trợ tư pháp về dân sự.", "102/2025/QH15"),
        ("2026-08-01", "Thực hiện yêu cầu theo Luật Tương trợ tư pháp về hình sự.", "103/2025/QH15"),
    ],
)
def test_laws_of_the_gz6_audit(day: str, text: str, number: str) -> None:
    """Gazetteer audit gz6: laws and amending laws of 2024-2025 cited by name alone resolve to their number once
    in force; the 2012 judicial expertise law and the earlier amending laws of the same titles are still the ones
    cited before that."""
    (r,) = [r for r in extract_text(_dated(text, day)).references if r.kind == "named"]
    assert r.number_symbol == number
    assert "law version not determined" not in r.warnings


@pytest.mark.parametrize(
    ("day", "text", "number"),
    [
        ("2026-08-01", "Tổ chức thi hành Luật Thi hành án hình sự tại trại giam.", "127/2025/QH15"),
        ("2026-03-01", "Tổ chức thi hành Luật Thi hành án hình sự tại trại giam.", "41/2019/QH14"),
        ("2026-08-01", "Cấp phép bay theo Luật Hàng không dân dụng Việt Nam.", "130/2025/QH15"),
        ("2026-03-01", "Cấp phép bay theo Luật Hàng không dân dụng Việt Nam.", "66/2006/QH11"),
        (
            "2026-04-01",
            "Xây dựng chương trình theo Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân.",
            "121/2025/QH15",
        ),
        (
            "2026-01-15",
            "Xây dựng chương trình theo Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân.",
            "87/2015/QH13",
        ),
        ("2026-08-01", "Cấp thẻ nhà báo theo Luật Báo chí.", "126/2025/QH15"),
        ("2026-03-01", "Cấp thẻ nhà báo theo Luật Báo chí.", "103/2016/QH13"),
        ("2026-05-01", f"Phổ biến {_SD}Luật Sở hữu trí tuệ cho doanh nghiệp.", "131/2025/QH15"),
        ("2026-02-01", f"Phổ biến {_SD}Luật Sở hữu trí tuệ cho doanh nghiệp.", "07/2022/QH15"),
        ("2026-02-01", f"Triển khai {_SD}Luật Giáo dục trong các trường.", "123/2025/QH15"),
        ("2026-02-01", f"Căn cứ {_SD}Luật Điều ước quốc tế;", "137/2025/QH15"),
        (
            "2026-02-01",
            "Bổ nhiệm thẩm phán theo Luật Tòa án chuyên biệt tại Trung tâm tài chính quốc tế.",
            "150/2025/QH15",
        ),
    ],
)
def test_laws_of_the_gz7_audit(day: str, text: str, number: str) -> None:
    """Gazetteer audit gz7: laws of December 2025 cited by name alone resolve to their number once in force;
    the criminal-judgment, aviation, supervision and press laws they replace are still the ones cited before."""
    (r,) = [r for r in extract_text(_dated(text, day)).references if r.kind == "named"]
    assert r.number_symbol == number
    assert "law version not determined" not in r.warnings


def test_a_text_resting_on_the_replaced_law_keeps_its_version() -> None:
    """Gazetteer audit gz7 (holdout14): a text dated after 121/2025/QH15 took effect whose basis still names
    87/2015/QH13 means that version by the bare name too."""
    text = (
        "Căn cứ Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân số 87/2015/QH13;\n\n"
        "Điều 1. Việc giám sát được tiến hành theo Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân."
    )
    (r,) = [r for r in extract_text(_dated(text, "2026-03-20")).references if r.kind == "named"]
    assert r.number_symbol == "87/2015/QH13"


def test_the_treaty_law_of_2005_before_the_2016_one() -> None:
    """Real-text audit r51: the 2005 treaty law, cited by its own name, until the Luật Điều ước quốc tế replaced it."""
    text = "Thực hiện Luật ký kết, gia nhập và thực hiện điều ước quốc tế, Sở đã tổ chức ký kết thỏa thuận."
    (r,) = [r for r in extract_text(_dated(text, "2012-03-03")).references if r.kind == "named"]
    assert r.number_symbol == "41/2005/QH11"


def test_the_2012_amendment_of_the_electricity_law_has_its_number() -> None:
    """Real-text audit r60: an energy decision cites the 2004 electricity law and its 2012 amendment by
    name and date; the amendment is 24/2012/QH13."""
    text = (
        "Căn cứ Luật Điện lực ngày 03 tháng 12 năm 2004; Luật sửa đổi, bổ sung một số điều của Luật Điện lực "
        "ngày 20 tháng 11 năm 2012;\nỦy ban nhân dân tỉnh Sơn La ban hành Kế hoạch cấp điện mùa khô năm 2023.\n"
    )
    named = [r.number_symbol for r in extract_text(text).references if r.kind == "named"]
    assert named == ["28/2004/QH11", "24/2012/QH13"]


def test_the_2020_amendment_of_the_judicial_expertise_law_has_its_number() -> None:
    """Real-text audit r70: a circular's basis cites the 2012 judicial expertise law and its 2020 amendment
    by name and date; the amendment is 56/2020/QH14."""
    text = (
        "Căn cứ Luật Giám định tư pháp ngày 20 tháng 6 năm 2012; Luật sửa đổi, bổ sung một số điều của Luật "
        "Giám định tư pháp ngày 10 tháng 6 năm 2020;\nBộ trưởng Bộ Y tế ban hành Thông tư về giám định pháp y.\n"
    )
    named = [r.number_symbol for r in extract_text(text).references if r.kind == "named"]
    assert named == ["13/2012/QH13", "56/2020/QH14"]


def test_an_amending_law_cited_without_mot_so_dieu_cua() -> None:
    """Real-text audit r61: "Luật sửa đổi, bổ sung Luật X năm 2020" drops "một số điều của" from the amending
    law's name (laws.json derived_aliases)."""
    text = "Căn cứ Luật sửa đổi, bổ sung Luật Ban hành văn bản quy phạm pháp luật năm 2020;"
    (r,) = [r for r in extract_text(_dated(text, "2023-03-05")).references if r.kind == "named"]
    assert r.number_symbol == "63/2020/QH14"


def test_the_human_trafficking_law_named_with_buon_ban() -> None:
    # real-text audit r64: a commune's plan writes "Luật Phòng, chống buôn bán người" for the "mua bán người" law
    text = (
        "ỦY BAN NHÂN DÂN\nXÃ AN BÌNH\nSố: 45/KH-UBND\nAn Bình, ngày 10 tháng 3 năm 2025\nKẾ HOẠCH\n"
        "Tuyên truyền pháp luật\nTổ chức tuyên truyền Luật Phòng, chống buôn bán người đến Nhân dân.\n"
    )
    refs = extract_text(text).references
    assert [(r.text, r.number_symbol) for r in refs] == [("Luật Phòng, chống buôn bán người", "66/2011/QH12")]


def test_a_law_name_written_without_its_commas_is_found() -> None:
    # real-text audit r71: a decree's basis drops the commas of a law's name
    text = (
        "Căn cứ Luật Quản lý sử dụng vốn nhà nước đầu tư vào sản xuất kinh doanh tại doanh nghiệp "
        "ngày 26 tháng 11 năm 2014; các đơn vị thực hiện Luật Phòng chống tham nhũng."
    )
    found = [(m.surface, m.law["name"]) for m in g.find_law_names(text)]
    assert found == [
        (
            "Luật Quản lý sử dụng vốn nhà nước đầu tư vào sản xuất kinh doanh tại doanh nghiệp",
            "Luật Quản lý, sử dụng vốn nhà nước đầu tư vào sản xuất, kinh doanh tại doanh nghiệp",
        ),
        ("Luật Phòng chống tham nhũng", "Luật Phòng, chống tham nhũng"),
    ]


def test_the_codification_ordinance_is_a_named_reference() -> None:
    """Real-text audit r73: ministries' circulars on law-making cite the 2012 ordinance on codification by
    name and date only ("Căn cứ Pháp lệnh Pháp điển hệ thống quy phạm pháp luật ngày …"); it is
    03/2012/UBTVQH13 of the Standing Committee."""
    text = (
        "Căn cứ Pháp lệnh Pháp điển hệ thống quy phạm pháp luật ngày 16 tháng 4 năm 2012;\n"
        "Bộ trưởng Bộ Xây dựng ban hành Thông tư quy định về công tác pháp điển của Bộ.\n"
    )
    (r,) = extract_text(text).references
    assert (r.kind, r.doc_type, r.number_symbol, r.relation) == (
        "named",
        "Pháp lệnh",
        "03/2012/UBTVQH13",
        "based_on",
    )
    assert r.issuer == "Ủy ban Thường vụ Quốc hội"


def test_the_2020_amendment_of_the_hiv_law_by_its_long_and_short_names() -> None:
    """Real-text audit r75: a news report names the 2020 amendment of the HIV/AIDS law in its long form, "vi
    rút" written with a dash and "mắc phải" left out, then by its short form; both are 71/2020/QH14 (laws.json,
    derived_aliases). The base law named alone is still 64/2006/QH11: an amending law is not its base law."""
    text = (
        "Hội nghị giới thiệu Luật sửa đổi, bổ sung một số điều của Luật Phòng, chống nhiễm vi-rút gây ra hội "
        "chứng suy giảm miễn dịch ở người (HIV/AIDS) cho hội viên. Các điểm mới của Luật sửa đổi, bổ sung "
        "một số điều của Luật Phòng, chống HIV/AIDS được trình bày cùng Luật Phòng, chống HIV/AIDS."
    )
    found = [(m.law["versions"][-1]["number_symbol"], m.surface[:12]) for m in g.find_law_names(text)]
    assert found == [
        ("71/2020/QH14", "Luật sửa đổi"),
        ("71/2020/QH14", "Luật sửa đổi"),
        ("64/2006/QH11", "Luật Phòng, "),
    ]
    long_form = "Thi hành Luật Phòng, chống nhiễm vi – rút gây ra hội chứng suy giảm miễn dịch mắc phải ở người (HIV/AIDS)."
    ((m,),) = [g.find_law_names(long_form)]
    assert m.law["versions"][0]["number_symbol"] == "64/2006/QH11"


def test_the_consolidation_ordinance_beside_the_codification_one() -> None:
    """Real-text audit r73: a ministry's circular on law-making rests on both 2012 ordinances of the Standing
    Committee, each by name and date only; the consolidation one is 01/2012/UBTVQH13 and neither swallows the
    other."""
    text = (
        "Căn cứ Pháp lệnh hợp nhất văn bản quy phạm pháp luật ngày 22 tháng 3 năm 2012;\n"
        "Căn cứ Pháp lệnh Pháp điển hệ thống quy phạm pháp luật ngày 16 tháng 4 năm 2012;\n"
        "Bộ trưởng Bộ Công Thương ban hành Thông tư quy định về hợp nhất văn bản của Bộ.\n"
    )
    refs = extract_text(text).references
    assert [(r.kind, r.doc_type, r.number_symbol, r.relation, r.issuer) for r in refs] == [
        ("named", "Pháp lệnh", "01/2012/UBTVQH13", "based_on", "Ủy ban Thường vụ Quốc hội"),
        ("named", "Pháp lệnh", "03/2012/UBTVQH13", "based_on", "Ủy ban Thường vụ Quốc hội"),
    ]


@pytest.mark.parametrize(
    ("day", "text", "number"),
    [
        ("2025-11-20", f"Căn cứ {_SD}Luật Các tổ chức tín dụng;", "96/2025/QH15"),
        ("2025-11-20", f"Thu giữ tài sản bảo đảm theo {_SD}Luật các TCTD.", "96/2025/QH15"),
        ("2025-11-20", "Cho vay đặc biệt theo Luật Các tổ chức tín dụng.", "32/2024/QH15"),
        (
            "2025-11-20",
            f"Căn cứ {_SD}Luật Đất đai, Luật Nhà ở, Luật Kinh doanh bất động sản và Luật Các tổ chức tín dụng;",
            "43/2024/QH15",
        ),
    ],
)
def test_the_2025_amendment_of_the_credit_institutions_law(day: str, text: str, number: str) -> None:
    """Gazetteer gaps f20 (laws of 2025): the June 2025 amendment of the credit institutions law is 96/2025/QH15;
    the law it amends and the 2024 law amending four laws that ends with the same name keep their own numbers
    (the longest name wins, an amending law is not its base law)."""
    (r,) = [r for r in extract_text(_dated(text, day)).references if r.kind == "named"]
    assert r.number_symbol == number


def test_an_amending_law_cited_without_bo_sung():
    # "Luật sửa đổi một số điều của Luật X và Luật Y" for "Luật sửa đổi, bổ sung một số điều …" (r77)
    text = (
        "Căn cứ Luật sửa đổi một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương;"
    )
    found = [(m.surface, m.law["versions"][0]["number_symbol"]) for m in g.find_law_names(text)]
    assert found == [
        (
            "Luật sửa đổi một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương",
            "47/2019/QH14",
        )
    ]


@pytest.mark.parametrize(
    ("day", "text", "numbers"),
    [
        # the code and its amending law side by side: neither swallows the other; the amending law's version is
        # the one of the citing document's date (12/2017/QH14 before 25/6/2025, 86/2025/QH15 after)
        (
            "2025-10-02",
            f"Căn cứ Bộ luật Hình sự số 100/2015/QH13 và {_SD}Bộ luật Hình sự;",
            ["100/2015/QH13", "86/2025/QH15"],
        ),
        ("2020-04-15", f"Thực hiện {_SD}Bộ luật Hình sự về tội phạm môi trường.", ["12/2017/QH14"]),
        (
            "2025-10-02",
            "Tập huấn Luật sửa đổi, bổ sung Bộ luật Hình sự năm 2025 cho cán bộ xã.",
            ["86/2025/QH15"],
        ),
        ("2025-10-02", "Xử lý theo Bộ luật Hình sự hiện hành.", ["100/2015/QH13"]),
    ],
)
def test_the_amending_laws_of_the_criminal_code(day: str, text: str, numbers: list[str]) -> None:
    """Gazetteer gaps f23: the 2025 amendment of the criminal code is 86/2025/QH15 (not 91/2025/QH15, the personal
    data protection law); the 2017 one of the same title is 12/2017/QH14; 'Luật sửa đổi, bổ sung Bộ luật X' without
    'một số điều của' is a derived alias."""
    assert [r.number_symbol for r in extract_text(_dated(text, day)).references] == numbers


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        (
            f"Căn cứ {_SD}Luật Kinh doanh bảo hiểm, Luật Sở hữu trí tuệ ngày 14 tháng 6 năm 2019;",
            ["42/2019/QH14"],
        ),
        (f"Căn cứ {_SD}Luật Kinh doanh bảo hiểm và Luật Sở hữu trí tuệ;", ["42/2019/QH14"]),
        ("Căn cứ Luật Kinh doanh bảo hiểm; Luật Sở hữu trí tuệ;", ["08/2022/QH15", "50/2005/QH11"]),
        (
            f"Căn cứ {_SD}Luật Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam;",
            ["51/2019/QH14"],
        ),
        (
            f"Căn cứ {_SD}Luật Xuất cảnh, nhập cảnh của công dân Việt Nam và Luật Nhập cảnh, xuất cảnh, quá cảnh, "
            "cư trú của người nước ngoài tại Việt Nam;",
            ["23/2023/QH15"],
        ),
        (
            "Căn cứ Luật Xuất cảnh, nhập cảnh của công dân Việt Nam; Luật Nhập cảnh, xuất cảnh, quá cảnh, cư trú "
            "của người nước ngoài tại Việt Nam;",
            ["49/2019/QH14", "47/2014/QH13"],
        ),
        (
            "Căn cứ Luật Quản lý, bảo vệ công trình quốc phòng và khu quân sự ngày 24 tháng 11 năm 2023;",
            ["25/2023/QH15"],
        ),
    ],
)
def test_laws_of_2019_and_2023_missing_from_the_numbering(text: str, numbers: list[str]) -> None:
    """Gazetteer gaps f23: 42/2019/QH14 (insurance business and intellectual property), 51/2019/QH14 (foreigners'
    entry and exit), 23/2023/QH15 (both entry and exit laws) and 25/2023/QH15 (defence works and military zones);
    each amending law is its own document and the laws it amends keep their numbers when cited alone."""
    assert [r.number_symbol for r in extract_text(_dated(text, "2025-10-02")).references] == numbers


def test_an_amending_law_known_by_name_leaves_the_amended_codes_number_to_the_code() -> None:
    """ "Luật sửa đổi, bổ sung một số điều của Bộ luật Lao động số 45/2019/QH14": the gazetteer knows the
    amending law by its whole name, and the number is a version of the code, not one of the amending law's:
    the code is that reference (amended), the amending law's own words before it a named reference with no
    number taken from the code; a number of the amending law's own stays its own (real-text audit r78,
    round f24)."""
    text = (
        f"Căn cứ {_SD}Bộ luật Lao động số 45/2019/QH14;\n"
        f"Căn cứ {_SD}Luật Đất đai số 45/2013/QH13;\n"
        f"Căn cứ {_SD}Bộ luật Hình sự số 12/2017/QH14;"
    )
    out = extract_text(text).references
    assert [(r.text, r.kind, r.doc_type, r.number_symbol) for r in out] == [
        (_SD.strip(), "named", "Luật", None),
        ("Bộ luật Lao động số 45/2019/QH14", "full", "Bộ luật", "45/2019/QH14"),
        (_SD.strip(), "named", "Luật", None),
        ("Luật Đất đai số 45/2013/QH13", "full", "Luật", "45/2013/QH13"),
        (f"{_SD}Bộ luật Hình sự số 12/2017/QH14", "full", "Luật", "12/2017/QH14"),
    ]
    assert [r.relation for r in out[:2]] == ["based_on", "amends"]
