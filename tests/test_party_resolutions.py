"""Party resolutions named by their congress or plenum (ingest/party_resolutions.py) and their keys."""

from __future__ import annotations

import pytest

from graph.identity import annotate_keys
from ingest import extract_text, find_references
from ingest.party_resolutions import UNSCOPED

HEADER = "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 5/BC-UBND\nQuảng Ngãi, ngày 7 tháng 6 năm 2021\n\nBÁO CÁO\nkết quả\n\n"


def named(text: str) -> list:
    result = extract_text(text)
    annotate_keys(result)
    return [r for r in result.references if r.kind == "named"]


def test_the_forms_of_a_national_congress_resolution_are_one_document():
    refs = named(
        HEADER + "Thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng, Nghị quyết Đại hội "
        "toàn quốc lần thứ XIII của Đảng, Nghị quyết Đại hội XIII của Đảng và Nghị quyết Đại hội Đảng "
        "toàn quốc lần thứ XIII."
    )
    assert [r.text for r in refs] == [
        "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng",
        "Nghị quyết Đại hội toàn quốc lần thứ XIII của Đảng",
        "Nghị quyết Đại hội XIII của Đảng",
        "Nghị quyết Đại hội Đảng toàn quốc lần thứ XIII",
    ]
    assert {r.resolved["key"] for r in refs} == {
        "named:nghi-quyet-dai-hoi-dai-bieu-toan-quoc-lan-thu-xiii-cua-dang"
    }
    assert {r.issuer for r in refs} == {"Đại hội đại biểu toàn quốc lần thứ XIII của Đảng"}
    assert {r.relation for r in refs} == {"implements"}


def test_a_national_congress_with_its_delegates_abbreviated_is_the_same_resolution():
    """ "Đại hội ĐBTQ": "đại biểu toàn quốc" abbreviated, as news pages write it (real-text audit r50)."""
    refs = named(HEADER + "Các cơ quan tiếp tục cụ thể hóa Nghị quyết Đại hội ĐBTQ lần thứ XIV của Đảng.")
    assert [(r.text, r.issuer, r.relation) for r in refs] == [
        (
            "Nghị quyết Đại hội ĐBTQ lần thứ XIV của Đảng",
            "Đại hội đại biểu toàn quốc lần thứ XIV của Đảng",
            "implements",
        )
    ]
    assert refs[0].resolved["key"] == "named:nghi-quyet-dai-hoi-dai-bieu-toan-quoc-lan-thu-xiv-cua-dang"


def test_a_provincial_congress_is_the_citing_provinces_unless_another_is_named():
    (own,) = named(HEADER + "Thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX về công tác dân vận.")
    assert own.issuer == "Đại hội đại biểu Đảng bộ tỉnh Quảng Ngãi lần thứ XX"
    assert own.resolved["key"] == "named:nghi-quyet-dai-hoi-dai-bieu-dang-bo-tinh-quang-ngai-lan-thu-xx"
    (other,) = named(HEADER + "Theo Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Bắc Giang lần thứ XIX.")
    assert other.resolved["key"] == "named:nghi-quyet-dai-hoi-dai-bieu-dang-bo-tinh-bac-giang-lan-thu-xix"


def test_a_provincial_congress_of_no_known_province_stays_unresolved():
    (ref,) = named("Thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX về công tác dân vận.")
    assert ref.resolved is None and UNSCOPED in ref.warnings


def test_a_plenum_resolution_takes_the_term_after_it():
    refs = named(HEADER + "Nghị quyết Trung ương 6 (khóa XII) và Nghị quyết Hội nghị Trung ương 4 khóa XIII.")
    assert [(r.text, r.party_term) for r in refs] == [
        ("Nghị quyết Trung ương 6", "XII"),
        ("Nghị quyết Hội nghị Trung ương 4", "XIII"),
    ]
    assert (
        refs[0].resolved["key"]
        == "named:nghi-quyet-hoi-nghi-lan-thu-6-ban-chap-hanh-trung-uong-dang-khoa-xii"
    )
    (bare,) = named(HEADER + "Thực hiện Nghị quyết Trung ương 6.")
    assert bare.resolved is None  # which term's sixth plenum is not known


def test_what_is_not_a_named_party_resolution():
    text = (
        "Quán triệt Nghị quyết Đại hội Đảng các cấp; Nghị quyết Đại hội Đảng bộ Khối lần thứ V; Nghị quyết "
        "số 18-NQ/TW ngày 25/10/2017 của Hội nghị Trung ương 6 khóa XII; Đại hội XIII của Đảng."
    )
    refs = find_references(text)
    assert [(r.kind, r.number_symbol) for r in refs] == [("full", "18-NQ/TW")]


def test_a_city_party_congress_in_a_provinces_report_is_not_the_provinces():
    header = "ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nSố: 5/BC-UBND\nĐà Lạt, ngày 7 tháng 6 năm 2021\n\nBÁO CÁO\nkết quả\n\n"
    (city,) = named(header + "Thực hiện Nghị quyết Đại hội Đảng bộ thành phố lần thứ XII.")
    assert city.resolved is None and UNSCOPED in city.warnings  # Đà Lạt's or Bảo Lộc's: not known
    hanoi = "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\nSố: 5/BC-UBND\nHà Nội, ngày 7 tháng 6 năm 2021\n\nBÁO CÁO\nkết quả\n\n"
    (own,) = named(hanoi + "Thực hiện Nghị quyết Đại hội Đảng bộ Thành phố lần thứ XVII.")
    assert own.issuer == "Đại hội đại biểu Đảng bộ thành phố Hà Nội lần thứ XVII"


def test_a_congress_resolution_named_over_a_line_break_and_its_bare_repeat():
    """A title wraps inside the name ("Nghị quyết Đại hội⏎đại biểu toàn quốc lần thứ XIV của Đảng");
    "Nghị quyết Đại hội XIV" without "của Đảng" is the national congress only where the text names that
    congress in full, and a bare ordinal no full name backs is no mention (holdout20)."""
    header = "ĐẢNG BỘ TỈNH HÀ TĨNH\nĐẢNG ỦY XÃ THẠCH LẠC\nSố 2-KH/ĐU\nThạch Lạc, ngày 1 tháng 3 năm 2026\n\n"
    text = header + (
        "KẾ HOẠCH\nthực hiện Nghị quyết Đại hội\nđại biểu toàn quốc lần thứ XIV của Đảng và Nghị quyết Đại "
        "hội đại biểu\nĐảng bộ tỉnh lần thứ XX, nhiệm kỳ 2025 - 2030\n\nXây dựng chương trình thực hiện "
        "Nghị quyết Đại hội XIV; Nghị quyết Đại hội XII."
    )
    refs = named(text)
    assert [(r.text, r.issuer) for r in refs] == [
        (
            "Nghị quyết Đại hội\nđại biểu toàn quốc lần thứ XIV của Đảng",
            "Đại hội đại biểu toàn quốc lần thứ XIV của Đảng",
        ),
        (
            "Nghị quyết Đại hội đại biểu\nĐảng bộ tỉnh lần thứ XX",
            "Đại hội đại biểu Đảng bộ tỉnh Hà Tĩnh lần thứ XX",
        ),
        ("Nghị quyết Đại hội XIV", "Đại hội đại biểu toàn quốc lần thứ XIV của Đảng"),
    ]
    assert refs[0].resolved == refs[2].resolved  # one document


def test_a_provincial_congress_named_with_its_term_before_the_party_committee():
    refs = named(
        HEADER + "Quyết tâm thực hiện Nghị quyết Đại hội XX Đảng bộ tỉnh và Nghị quyết Đại hội lần thứ XVI "
        "Đảng bộ thành phố Đà Nẵng."
    )
    assert [r.text for r in refs] == [
        "Nghị quyết Đại hội XX Đảng bộ tỉnh",
        "Nghị quyết Đại hội lần thứ XVI Đảng bộ thành phố Đà Nẵng",
    ]
    assert [r.issuer for r in refs] == [
        "Đại hội đại biểu Đảng bộ tỉnh Quảng Ngãi lần thứ XX",
        "Đại hội đại biểu Đảng bộ thành phố Đà Nẵng lần thứ XVI",
    ]


def test_a_plenum_named_in_full_or_abbreviated_is_the_same_document():
    refs = named(
        HEADER + "Căn cứ Chương trình số 07-CTr/TU của Tỉnh ủy thực hiện Nghị quyết Hội nghị lần thứ năm Ban "
        "Chấp hành Trung ương\nĐảng khóa XIII; tiếp tục quán triệt Nghị quyết TW5 khóa 13 và Nghị quyết "
        "Hội nghị lần thứ 5 BCH TW Đảng (khóa XIII)."
    )
    assert [" ".join(r.text.split()) for r in refs] == [
        "Nghị quyết Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng",
        "Nghị quyết TW5",
        "Nghị quyết Hội nghị lần thứ 5 BCH TW Đảng",
    ]
    assert {r.issuer for r in refs} == {"Ban Chấp hành Trung ương Đảng"}
    assert len({r.resolved["key"] for r in refs}) == 1


def test_a_plenum_named_by_its_ordinal_and_the_central_committee():
    refs = named(
        HEADER + "Chi bộ học tập Nghị quyết Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XII và "
        "các Nghị quyết Hội nghị lần thứ 7, Ban Chấp hành Trung ương khóa XIII."
    )
    assert [(r.text, r.party_term) for r in refs] == [
        ("Nghị quyết Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng", "XII"),
        ("Nghị quyết Hội nghị lần thứ 7, Ban Chấp hành Trung ương", "XIII"),
    ]
    assert (
        refs[0].resolved["key"]
        == "named:nghi-quyet-hoi-nghi-lan-thu-5-ban-chap-hanh-trung-uong-dang-khoa-xii"
    )
    assert {r.issuer for r in refs} == {"Ban Chấp hành Trung ương Đảng"}


def test_a_congress_term_before_the_provincial_committee_and_a_blocs_congress():
    refs = named(
        HEADER
        + "Thực hiện Nghị quyết Đại hội XX Đảng bộ tỉnh; Nghị quyết Đại hội IX của Đảng bộ Khối cơ quan tỉnh."
    )
    assert [r.text for r in refs] == ["Nghị quyết Đại hội XX Đảng bộ tỉnh"]  # a bloc's congress: not counted
    assert refs[0].issuer == "Đại hội đại biểu Đảng bộ tỉnh Quảng Ngãi lần thứ XX"


@pytest.mark.parametrize(
    ("name", "term", "n"),
    [
        ("Nghị quyết Hội nghị lần thứ tư, BCH TW Đảng", "XII", 4),  # "tư": the ordinal of four
        ("Nghị quyết Hội nghị lần thứ nhất Ban Chấp hành Trung ương Đảng", "XIII", 1),
        ("Nghị quyết Hội nghị lần thứ hai mươi Ban Chấp hành Trung ương", "XI", 20),
    ],
)
def test_a_plenum_by_an_ordinal_word_a_comma_or_the_abbreviated_committee(name: str, term: str, n: int):
    (r,) = named(HEADER + f"Căn cứ {name} khóa {term} về công tác cán bộ.")
    assert (r.text, r.party_term) == (name, term)
    assert (
        r.resolved["key"]
        == f"named:nghi-quyet-hoi-nghi-lan-thu-{n}-ban-chap-hanh-trung-uong-dang-khoa-{term.lower()}"
    )


def test_a_bare_congress_resolution_backed_by_the_congress_named_without_the_type_word():
    """ "Nghị quyết Đại hội XV" is the national congress's resolution where the text names that congress in
    full only as an event ("Đại hội đại biểu toàn quốc lần thứ XV của Đảng đã bế mạc"), not as a
    resolution (real-text audit r55); a term the text never names in full stays no mention."""
    text = HEADER + (
        "Đại hội đại biểu toàn quốc lần thứ XV của Đảng đã bế mạc. Đảng ủy xã xây dựng kế hoạch học tập "
        "Nghị quyết Đại hội XV, sơ kết Nghị quyết Đại hội XVI."
    )
    assert [(r.text, r.issuer) for r in named(text)] == [
        ("Nghị quyết Đại hội XV", "Đại hội đại biểu toàn quốc lần thứ XV của Đảng")
    ]


def test_a_provincial_congress_with_the_level_before_the_party_committee():
    """ "Đại hội tỉnh Đảng bộ lần thứ XVIII": the level written before "Đảng bộ" (real-text audit r56)."""
    text = (
        "UBND TỈNH NINH THUẬN\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 88/KH-SGDĐT\nNinh Thuận, ngày 5 tháng 9 năm 2024\n"
        "KẾ HOẠCH\nDạy bơi cho học sinh\nQuán triệt Nghị quyết Đại hội tỉnh Đảng bộ lần thứ XVIII trong toàn ngành.\n"
    )
    refs = extract_text(text).references
    assert [(r.text, r.issuer) for r in refs] == [
        (
            "Nghị quyết Đại hội tỉnh Đảng bộ lần thứ XVIII",
            "Đại hội đại biểu Đảng bộ tỉnh Ninh Thuận lần thứ XVIII",
        )
    ]
