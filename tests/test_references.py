"""Unit tests of the reference recogniser on short sentences modelled on real reports."""

from __future__ import annotations

import pytest

from ingest.models import Reference
from ingest.pipeline import extract_text
from ingest.references import find_references


def refs(text: str) -> list[Reference]:
    out = find_references(text)
    for r in out:
        assert text[r.start : r.end] == r.text
    return out


def one(text: str) -> Reference:
    out = refs(text)
    assert len(out) == 1, [r.text for r in out]
    return out[0]


def symbols(text: str) -> list[str | None]:
    return [r.number_symbol for r in refs(text)]


# --- numbering families -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "symbol", "doc_type", "code", "year"),
    [
        ("Thực hiện Chỉ thị số 33/CT-TTg của Thủ tướng.", "33/CT-TTg", "Chỉ thị", "CT", None),
        ("theo Nghị định số 04/2015/NĐ-CP của Chính phủ", "04/2015/NĐ-CP", "Nghị định", "NĐ", 2015),
        ("Luật số 42/2013/QH13 về tiếp công dân", "42/2013/QH13", "Luật", None, 2013),
        ("Pháp lệnh 34/2007/PL-UBTVQH11 về dân chủ", "34/2007/PL-UBTVQH11", "Pháp lệnh", "PL", 2007),
        ("Nghị quyết số 755/2005/NQ-UBTVQH11", "755/2005/NQ-UBTVQH11", "Nghị quyết", "NQ", 2005),
        ("Công văn số 2748/BNV-CTTN của Bộ Nội vụ", "2748/BNV-CTTN", "Công văn", None, None),
        ("Kết luận số 114-KL/TW của Ban Bí thư", "114-KL/TW", "Kết luận", "KL", None),
        ("Quy định số 11-QĐi/TW của Bộ Chính trị", "11-QĐi/TW", "Quy định", "QĐi", None),
        ("Công văn số 247-CV/TU của Tỉnh ủy", "247-CV/TU", "Công văn", "CV", None),
        ("Chương trình phối hợp số 03-CTr/BDVTW-BCSĐCP", "03-CTr/BDVTW-BCSĐCP", "Chương trình", "CTr", None),
        (
            "Thông tư liên tịch số 178/2015/TTLT-BTC-BNNPTNT-BTNMT-BYT",
            "178/2015/TTLT-BTC-BNNPTNT-BTNMT-BYT",
            "Thông tư liên tịch",
            "TTLT",
            2015,
        ),
        ("Văn bản hợp nhất số 08/VBHN-VPQH", "08/VBHN-VPQH", "Văn bản hợp nhất", "VBHN", None),
        ("Kế hoạch số 32-KH/ĐUK ngày 18/5/2021", "32-KH/ĐUK", "Kế hoạch", "KH", 2021),
    ],
)
def test_numbering_families(
    text: str, symbol: str, doc_type: str, code: str | None, year: int | None
) -> None:
    r = one(text)
    assert (r.number_symbol, r.doc_type, r.doc_type_code, r.year, r.kind) == (
        symbol,
        doc_type,
        code,
        year,
        "full",
    )


def test_span_runs_from_type_word_to_end_of_symbol() -> None:
    text = "Thực hiện Công văn số 2748/BNV-CTTN ngày 17/5/2024 của Bộ Nội vụ về triển khai."
    r = one(text)
    assert r.text == "Công văn số 2748/BNV-CTTN"
    assert r.number == "2748"


def test_full_clause_fields() -> None:
    text = (
        "Thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ về “Tiếp tục tăng cường "
        "công tác dân vận”; Pháp lệnh 34/2007/PL-UBTVQH11 về thực hiện dân chủ ở xã."
    )
    a, b = refs(text)
    assert (a.date, a.year, a.issuer, a.issuer_code) == ("2021-11-26", 2021, "Thủ tướng Chính phủ", "TTg")
    assert a.subject == "Tiếp tục tăng cường công tác dân vận"
    assert a.relation == "implements"
    assert b.subject == "thực hiện dân chủ ở xã"
    assert b.issuer == "Ủy ban Thường vụ Quốc hội"  # implied by the code


def test_date_in_words_and_party_term() -> None:
    r = one(
        "Nghị quyết số 25-NQ/TW ngày 03 tháng 6 năm 2013 của Ban Chấp hành Trung ương Đảng (khóa XI) về tăng cường."
    )
    assert (r.date, r.issuer, r.party_term, r.subject) == (
        "2013-06-03",
        "Ban Chấp hành Trung ương Đảng",
        "XI",
        "tăng cường",
    )


def test_issuer_after_date_without_cua() -> None:
    r = one("theo tinh thần Chỉ thị số 14-CT/TU ngày 04/7/2014 Ban Thường vụ Tỉnh ủy về chấn chỉnh tác phong")
    assert (r.issuer, r.subject) == ("Ban Thường vụ Tỉnh ủy", "chấn chỉnh tác phong")


def test_issuer_stated_before_ban_hanh() -> None:
    a, b = refs(
        "Tỉnh ủy Bắc Giang ban hành Nghị quyết số 137-NQ/TU ngày 01/9/2016, Chỉ thị số 14-CT/TU ngày 04/7/2014."
    )
    assert a.issuer == b.issuer == "Tỉnh ủy Bắc Giang"


def test_issuer_province_and_cut_at_next_type_word() -> None:
    r = one("Kế hoạch 876/KH-UBND ngày 23/12/2022 của Ủy ban nhân dân tỉnh Bắc Giang Kế hoạch cải cách.")
    assert r.issuer == "Ủy ban nhân dân tỉnh Bắc Giang"
    assert r.issuer_province == "Bắc Giang"


def test_shared_codes_do_not_imply_an_issuer() -> None:
    assert one("Kết luận số 114-KL/TW đã được quán triệt.").issuer is None  # Bộ Chính trị? Ban Bí thư?
    assert one("Kế hoạch số 38/KH-UBND đã ban hành.").issuer is None  # which province?
    assert one("Nghị định số 04/2015/NĐ-CP").issuer == "Chính phủ"


def test_upper_case_heading() -> None:
    r = one("II. KẾT QUẢ THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW CỦA CƠ QUAN NHÀ NƯỚC")
    assert (r.text, r.number_symbol, r.doc_type) == ("KẾT LUẬN SỐ 114-KL/TW", "114-KL/TW", "Kết luận")


def test_own_number_in_header_is_not_a_reference() -> None:
    assert refs("Số: 529/BC-UBND\n\nAn Giang, ngày 24 tháng 5 năm 2024") == []


# --- lists and bare symbols ---------------------------------------------------------------------


def test_list_with_repeated_type_words_shares_the_date() -> None:
    a, b = refs(
        "thực hiện các Quyết định số 217-QĐ/TW, Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị;"
    )
    assert (a.number_symbol, b.number_symbol) == ("217-QĐ/TW", "218-QĐ/TW")
    assert a.date == b.date == "2013-12-12"
    assert a.issuer == b.issuer == "Bộ Chính trị"


def test_list_date_not_shared_across_different_kinds() -> None:
    out = refs("Nghị quyết số 39-NQ/TW, Kế hoạch số 112/KH-UBND ngày 27/6/2018 của UBND tỉnh.")
    assert out[0].date is None and out[1].date == "2018-06-27"


def test_list_sharing_one_type_word() -> None:
    a, b = refs("Nghị định số 43/2014/NĐ-CP, 01/2017/NĐ-CP của Chính phủ")
    assert (a.text, b.text) == ("Nghị định số 43/2014/NĐ-CP", "01/2017/NĐ-CP")
    assert b.doc_type == "Nghị định"  # inferred from the symbol


def test_list_without_space_after_comma() -> None:
    assert symbols("Nghị định số 43/2014/NĐ-CP,01/2017/NĐ-CP") == ["43/2014/NĐ-CP", "01/2017/NĐ-CP"]


def test_two_decrees_joined_by_va() -> None:
    assert symbols("Nghị định số 108/2014/NĐ-CP và Nghị định số 113/2018/NĐ-CP") == [
        "108/2014/NĐ-CP",
        "113/2018/NĐ-CP",
    ]


def test_bare_symbols_in_parentheses_and_markdown() -> None:
    a = one("năm 2021 (*Quyết định số 26/QĐ-VP ngày 17/02/2021*).")
    assert (a.text, a.date) == ("Quyết định số 26/QĐ-VP", "2021-02-17")
    b = one("trong tình hình mới” (Chỉ thị số 33/CT-TTg); tiếp theo")
    assert b.number_symbol == "33/CT-TTg"
    c = one("theo văn bản (1719/QĐ-TTg)")
    assert (c.text, c.doc_type, c.kind) == ("1719/QĐ-TTg", "Quyết định", "full")
    assert c.confidence < 1


# --- short forms and pinpoints ------------------------------------------------------------------


def test_short_form_with_antecedent_and_pinpoint() -> None:
    out = refs(
        "Pháp lệnh số 34/2007/PL-UBTVQH11 về dân chủ. Xã đã thực hiện Điều 19 của Pháp lệnh số 34 về nội dung."
    )
    full, short = out
    assert (short.kind, short.text, short.antecedent) == ("short", "Pháp lệnh số 34", 0)
    assert short.number_symbol == full.number_symbol == "34/2007/PL-UBTVQH11"
    assert short.pinpoint == "Điều 19"


def test_short_form_without_so_needs_an_antecedent() -> None:
    text = "Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng. Thực hiện Chỉ thị 33, tỉnh đã ban hành."
    assert [r.kind for r in refs(text)] == ["full", "short"]
    # with no antecedent only a capitalised normative type word names a document: kept unresolved
    assert [(r.kind, r.number_symbol) for r in refs("Thực hiện Chỉ thị 33, tỉnh đã ban hành.")] == [
        ("short", None)
    ]
    assert [r.kind for r in refs("thực hiện chỉ thị 33, tỉnh đã ban hành.")] == []


def test_short_form_heading_without_antecedent_is_kept_with_warning() -> None:
    r = one("B. KẾT QUẢ 05 NĂM THỰC HIỆN KẾT LUẬN SỐ 114\n")
    assert (r.kind, r.number_symbol, r.doc_type, r.number) == ("short", None, "Kết luận", "114")
    assert "no antecedent" in r.warnings


def test_pinpoint_with_khoan() -> None:
    r = one("theo khoản 2 Điều 5 Nghị định số 04/2015/NĐ-CP")
    assert r.pinpoint == "khoản 2 Điều 5"
    assert r.text == "Nghị định số 04/2015/NĐ-CP"


def test_pinpoint_parts_joined_by_cua() -> None:
    """ "Khoản 1 của Điều 1", "điểm b của khoản 3 Điều 2": laws write the parts with "của" between them
    (real-text audit r6: only "Điều 1" was kept); a "của" before the document itself is not a part."""
    r = one("Sửa đổi Khoản 1 của Điều 1 Nghị định số 10/2020/NĐ-CP ngày 17/01/2020 của Chính phủ.")
    assert r.pinpoint == "Khoản 1 của Điều 1"
    assert (
        one("theo điểm b của khoản 3 Điều 2 của Thông tư số 01/2021/TT-BNV").pinpoint
        == "điểm b của khoản 3 Điều 2"
    )
    assert one("Căn cứ khoản 3 của Nghị định số 10/2020/NĐ-CP;").pinpoint is None


def test_pinpoint_parts_parted_by_commas() -> None:
    """ "khoản 2, Điều 8, Nghị định số …": older preambles put commas between the parts and before the
    document (real-text audit r8: no pinpoint, and the amending cue before it did not reach); a list
    of articles keeps its commas."""
    r = refs(
        "Căn cứ Nghị định số 21/2010/NĐ-CP về sửa đổi, bổ sung khoản 3, Điều 6, Nghị định số 09/2009/NĐ-CP;"
    )[1]
    assert (r.pinpoint, r.relation) == ("khoản 3 Điều 6", "amends")
    assert one("theo điểm b, khoản 2, Điều 4 Thông tư số 05/2018/TT-BNV.").pinpoint == "điểm b khoản 2 Điều 4"
    assert one("theo Điều 3, Điều 5 Thông tư số 05/2018/TT-BNV.").pinpoint == "Điều 3, Điều 5"


def test_a_pinpoint_written_article_first_is_read_in_canonical_order() -> None:
    """ "Điều 15, Khoản 2 của Luật X": the article before its clause (real-text audit r58: missed); the pinpoint
    is written clause first, as everywhere else. An article and a clause of another article stay a list."""
    r = one("Điều kiện cấp phép được nêu tại Điều 15, Khoản 2 của Luật Tài nguyên nước 2023 như sau.")
    assert r.pinpoint == "Khoản 2 Điều 15"
    assert one("theo Điều 8 khoản 3 điểm b Thông tư số 05/2018/TT-BNV.").pinpoint == "điểm b khoản 3 Điều 8"
    assert (
        one("Xem Điều 4, khoản 2 Điều 17 Nghị định số 12/2024/NĐ-CP.").pinpoint == "Điều 4, khoản 2 Điều 17"
    )


def test_a_numbered_point_of_a_clause_is_part_of_the_pinpoint() -> None:
    """ "Điểm 3 Khoản 7 Điều 1 Nghị định …": amending decrees number their points (real-text audit r58: the
    point was cut, "Khoản 7 Điều 1")."""
    text = (
        "Mức thu áp dụng theo Điểm 3 Khoản 7 Điều 1 Nghị định số 12/2024/NĐ-CP ngày 05/02/2024 của Chính phủ."
    )
    assert one(text).pinpoint == "Điểm 3 Khoản 7 Điều 1"
    assert one("theo điểm 2, khoản 3, Điều 4 Thông tư số 05/2018/TT-BNV.").pinpoint == "điểm 2 khoản 3 Điều 4"


@pytest.mark.parametrize(
    ("text", "pinpoint"),
    [
        ("Đơn vị chi sai quy định tại Điều 5 và Điều 6 của Thông tư số 12/2019/TT-BTC.", "Điều 5 và Điều 6"),
        (
            "Hồ sơ thiếu theo quy định tại khoản 2, khoản 5 Điều 9 Thông tư số 12/2019/TT-BTC.",
            "khoản 2, khoản 5 Điều 9",
        ),
        (
            "Không đúng quy định tại Điều 3, Điều 4 và Điều 15 của Nghị định số 04/2015/NĐ-CP.",
            "Điều 3, Điều 4 và Điều 15",
        ),
        (
            "Căn cứ điểm b khoản 2 Điều 7, khoản 1 Điều 9 và Điều 11 Nghị định số 04/2015/NĐ-CP;",
            "điểm b khoản 2 Điều 7, khoản 1 Điều 9 và Điều 11",
        ),
        (
            "Trừ các điểm a, b, đ khoản 3 Điều 2 của Nghị định số 04/2015/NĐ-CP.",
            "điểm a, b, đ khoản 3 Điều 2",
        ),
        ("Thực hiện trình tự quy định tại Mục 3 Chương II Nghị định số 04/2015/NĐ-CP.", "Mục 3 Chương II"),
        # clauses of one article listed, each with its own points (Q&A pages, real-text audit r13)
        (
            "Khoản 2 và điểm b khoản 3 Điều 10 Nghị định số 04/2015/NĐ-CP quy định mức phạt.",
            "Khoản 2 và điểm b khoản 3 Điều 10",
        ),
        (
            "Mức phạt quy định tại điểm c khoản 1, điểm a khoản 2 Điều 10 Nghị định số 04/2015/NĐ-CP.",
            "điểm c khoản 1, điểm a khoản 2 Điều 10",
        ),
    ],
)
def test_a_list_of_provisions_is_one_pinpoint(text: str, pinpoint: str) -> None:
    """A list of articles, clauses or points of one document ("Điều 5 và Điều 6 của X", "khoản 2, khoản 5
    Điều 9 X", "điểm b khoản 2 Điều 7, khoản 1 Điều 9 và Điều 11 X") is one pinpoint, not its last item;
    so is a section of a chapter ("Mục 3 Chương II X") (holdout25)."""
    assert one(text).pinpoint == pinpoint


def test_a_pinpoint_of_a_self_reference_is_not_the_next_references() -> None:
    """ "theo Điều 29 Nghị định này và Thông tư số …": the article is the text's own (holdout25)."""
    assert (
        one("Việc xếp lương thực hiện theo Điều 29 Nghị định này và Thông tư số 03/2021/TT-BNV.").pinpoint
        is None
    )


@pytest.mark.parametrize(
    ("text", "pinpoint"),
    [
        ("Mẫu báo cáo thực hiện theo Phụ lục II Thông tư số 12/2019/TT-BTC.", "Phụ lục II"),
        (
            "Bãi bỏ khoản 4 Điều 10 và Phụ lục III của Nghị định số 47/2019/NĐ-CP.",
            "khoản 4 Điều 10 và Phụ lục III",
        ),
        ("Bãi bỏ Điều 6 và Mẫu số 05 của Thông tư số 12/2019/TT-BTC.", "Điều 6 và Mẫu số 05"),
        ("Hồ sơ lập theo mục 4 Hướng dẫn số 09-HD/BTCTW.", "mục 4"),
        ("Thực hiện theo khoản 1 mục II Hướng dẫn số 09-HD/BTCTW.", "khoản 1 mục II"),
        ("Giải đáp tại mục 2 phần III Công văn số 212/TANDTC-PC.", "mục 2 phần III"),
        ("Thông tư này hướng dẫn Chương IV và Chương V Nghị định số 47/2019/NĐ-CP.", "Chương IV và Chương V"),
        ("Các nội dung sau hết hiệu lực:\nc) Điểm 2 Công văn số 1188/BHXH-TST ngày 02/5/2023.", "Điểm 2"),
        # a tax form's code with a slash, inside a numbered annex (holdout39)
        (
            "Người nộp thuế lập tờ khai theo mẫu số 03/TNDN Phụ lục II ban hành kèm theo Thông tư số 80/2021/TT-BTC.",
            "mẫu số 03/TNDN Phụ lục II",
        ),
    ],
)
def test_annexes_forms_sections_chapters_and_points_are_pinpoints(text: str, pinpoint: str) -> None:
    """An annex or form ("Phụ lục II", "Mẫu số 05", also in a list with articles), a section of a guide or
    letter ("mục 4", "khoản 1 mục II", "mục 2 phần III"), a list of chapters and a numbered point of a
    letter ("Điểm 2 Công văn số …") are pinpoints (holdout, holdout6, holdout12, holdout15, holdout23)."""
    assert one(text).pinpoint == pinpoint


@pytest.mark.parametrize(
    ("text", "pinpoint"),
    [
        (
            "Mức chi thực hiện theo khoản 4 Điều\n17 Nghị định số 47/2019/NĐ-CP; mức phụ cấp giữ nguyên.",
            "khoản 4 Điều 17",
        ),
        (
            "Đề nghị sửa đổi Điều 12,\nĐiều 15 Nghị định số 47/2019/NĐ-CP theo hướng phân cấp.",
            "Điều 12, Điều 15",
        ),
        ("Tiền lương tính theo khoản 2 Điều\n6 Nghị định 47 và các quy định khác.", "khoản 2 Điều 6"),
    ],
)
def test_a_pinpoint_wrapped_over_a_pdf_line(text: str, pinpoint: str) -> None:
    """A PDF line wrapped inside the pinpoint ("khoản 5 Điều⏎33 Nghị định …"), also before a short form
    (holdout5, holdout6, holdout8, holdout9, holdout11)."""
    assert refs(text)[-1].pinpoint == pinpoint


def test_a_form_and_its_annex_written_with_a_comma_before_ban_hanh_kem_theo() -> None:
    """ "theo Mẫu số 03, Phụ lục I ban hành kèm theo <ref>": the comma between the form and its annex
    (holdout41)."""
    text = "Lập hồ sơ theo Mẫu số 03, Phụ lục I ban hành kèm theo Thông tư số 12/2024/TT-BNNPTNT."
    assert one(text).pinpoint == "Mẫu số 03, Phụ lục I"


def test_a_pinpoint_is_not_read_across_a_blank_line() -> None:
    assert one("Chương này gồm Điều 12\n\nNghị định số 47/2019/NĐ-CP quy định như sau.").pinpoint is None


@pytest.mark.parametrize(
    ("text", "pinpoint"),
    [
        (
            "Bãi bỏ Điều 4 và Điều 8 của Quy chế tổ chức thi nâng ngạch ban hành kèm theo Thông tư số"
            " 12/2019/TT-BNV.",
            "Điều 4 và Điều 8",
        ),
        ("Kiểm tra theo Điều 6 của Quy định ban hành kèm theo Quyết định số 15/2021/QĐ-UBND.", "Điều 6"),
        ("Bãi bỏ Điều 11 và Biểu mẫu số 03/BTP/HT ban hành kèm theo Thông tư số 12/2019/TT-BTP.", "Điều 11"),
        # holdout29: sections of the unnumbered annex a resolution issues; the annex belongs to the pinpoint
        (
            "Mức chi theo mục I, mục II Phụ lục ban hành kèm theo Nghị quyết số 09/2022/NQ-HĐND.",
            "mục I, mục II Phụ lục",
        ),
        (
            "Áp dụng mục 3 của Phụ lục ban hành kèm theo Quyết định số 21/2020/QĐ-UBND.",
            "mục 3 của Phụ lục",
        ),
        # holdout36: a form of a numbered annex ("Mẫu 02", with or without "số")
        (
            "Đơn đề nghị lập theo Mẫu 03 Phụ lục II ban hành kèm theo Nghị định số 98/2021/NĐ-CP.",
            "Mẫu 03 Phụ lục II",
        ),
    ],
)
def test_a_provision_of_the_rules_a_document_issues_is_its_pinpoint(text: str, pinpoint: str) -> None:
    """ "Điều 5 của Quy chế … ban hành kèm theo Quyết định số …": the article is cited into the decision that
    issues the rules (holdout2, holdout6, holdout7, holdout11, holdout14, holdout23)."""
    assert one(text).pinpoint == pinpoint


@pytest.mark.parametrize(
    ("text", "pinpoint"),
    [
        ("- Nghị định số 47/2019/NĐ-CP (Điều 12, 13).", "Điều 12, 13"),
        ("thẩm quyền của Chủ tịch UBND cấp xã (Điều 41 *VBHN số 08/VBHN-VPQH*).", "Điều 41"),
    ],
)
def test_a_pinpoint_in_parentheses_or_through_markdown(text: str, pinpoint: str) -> None:
    """The pinpoint in parentheses right after the reference ("Nghị định số … (Điều 24, 25)") and before it
    through a markdown marker ("(Điều 38 *VBHN số …*)") (holdout4)."""
    assert one(text).pinpoint == pinpoint


def test_a_pinpoint_typed_without_diacritics() -> None:
    """ "diem c khoan 8 Dieu 7 Nghi dinh …" on a line typed without marks: the pinpoint is read with the marks
    the shadow restores (holdout17's forum thread; its gold writes the pinpoint with marks)."""
    text = (
        "Theo toi biet thi muc phat duoc quy dinh ro. Can cu diem b khoan 4 Dieu 9 Nghi dinh so 100/2019/ND-CP,"
        " nguoi vi pham bi phat tien va tru diem (khoan 10 Dieu 9 Nghi dinh so 100/2019/ND-CP)."
    )
    assert [r.pinpoint for r in refs(text)] == ["điểm b khoản 4 Điều 9", "khoản 10 Điều 9"]


@pytest.mark.parametrize(
    "text",
    [
        "thực hiện Điều 19 và khoản 2 của quy định",
        "trong năm 2023 toàn tỉnh có 63/63 tỉnh, 08/11 huyện đạt chuẩn",
        "trục chính là quốc lộ 91 và sông Tiền",
        "Chương trình phối hợp về công tác dân vận giai đoạn 2024 - 2026",
        "áp dụng TCVN ISO 9001:2015 tại Tổ 571, tỷ lệ 84,7% và 181/213 vụ việc",
        "điện thoại 0296.3852.555, hotline 1900 1234, ngày 26/11/2021",
        "tiếp công dân định kỳ 01 ngày/tháng, 02 lần/năm, 100 km/h",
        "giai đoạn 2021-2025, Covid-19, 10-11%/năm",
        "Kế hoạch cải cách hành chính năm 2017",
        "Trụ sở tại số 45/2A Nguyễn Trãi, Tổ 5/KP3, phòng 2/KT-TC, Lô 3/B",
        "Biển số 51A-123.45, điện thoại 0296-3852555, Km 5+300, lớp 5/2, năm 2020/2021",
        "Xem https://vbpl.vn/van-ban/12/ND-CP, COVID-19/SARS-CoV-2, phiên bản 2.0/RC-1",
    ],
)
def test_no_false_positives(text: str) -> None:
    assert refs(text) == []


# --- noise --------------------------------------------------------------------------------------


def test_mixed_case_codes_are_repaired() -> None:
    r = one("Chỉ thị số 33/CT-TTG ngày 26/11/2021")
    assert (r.number_symbol, r.text) == ("33/CT-TTg", "Chỉ thị số 33/CT-TTG")
    assert [(x.kind, x.original, x.repaired) for x in r.repairs] == [("case", "TTG", "TTg")]
    assert one("Quy định số 11-Qđi/TW").number_symbol == "11-QĐi/TW"


def test_eth_and_fraction_slash_and_nbsp() -> None:
    r = one("Nghị định số\u00a004⁄2015⁄NÐ-CP của Chính phủ")
    assert r.number_symbol == "04/2015/NĐ-CP"
    assert r.text == "Nghị định số\u00a004⁄2015⁄NÐ-CP"
    assert {x.kind for x in r.repairs} == {"D_for_Đ", "fraction_slash"}


def test_symbol_split_across_pdf_lines() -> None:
    r = one("thực hiện Chỉ thị số 30/CT-\nTTg của Thủ tướng")
    assert (r.number_symbol, r.text) == ("30/CT-TTg", "Chỉ thị số 30/CT-\nTTg")
    assert "split_line" in [x.kind for x in r.repairs]
    assert one("Nghị định 04/2015/\nNĐ-CP").number_symbol == "04/2015/NĐ-CP"


def test_an_unlisted_issuer_code_spaced_after_the_type_code_is_part_of_the_symbol() -> None:
    # real-text audit r13: "Quyết định số 166/2019/QĐ – BHXH" (a legal-basis list typed with spaced en
    # dashes) was lost because BHXH is no listed code; right after the type code one upper-case word is
    # the issuer's code, while a spaced word after a whole symbol stays outside it
    r = one("– Quyết định số 166/2019/QĐ – BHXH;")
    assert r.number_symbol == "166/2019/QĐ-BHXH"
    assert "spaces" in [x.kind for x in r.repairs]
    assert one("Theo Quyết định số 888/QĐ - BHXH ngày 16/7/2018.").number_symbol == "888/QĐ-BHXH"
    assert one("Kế hoạch số 12/KH-UBND - Phòng Nội vụ thực hiện.").number_symbol == "12/KH-UBND"


def test_spaces_around_separators_from_pdf() -> None:
    r = one("Nghị định số 04/2015/NĐ - CP của Chính phủ")
    assert (r.number_symbol, r.text) == ("04/2015/NĐ-CP", "Nghị định số 04/2015/NĐ - CP")
    assert "spaces" in [x.kind for x in r.repairs]
    assert one("Kế hoạch số 5/KH-UBND - Phòng Nội vụ chủ trì").text == "Kế hoạch số 5/KH-UBND"


def test_a_legislature_term_typed_apart_from_its_code_is_part_of_the_symbol() -> None:
    # real-text audit r17: "số51/2001/QH 10" on a law's page; the law's number, its date and its version
    # were lost with the term
    r = one("Căn cứ Luật Lâm nghiệp số 16/2017/QH 14 ngày 15 tháng 11 năm 2017;")
    assert (r.number_symbol, r.date, r.issuer) == ("16/2017/QH14", "2017-11-15", "Quốc hội")
    assert r.text == "Luật Lâm nghiệp số 16/2017/QH 14"
    assert ("spaces", "16/2017/QH 14", "16/2017/QH14") in [
        (x.kind, x.original, x.repaired) for x in r.repairs
    ]
    assert one("Pháp lệnh số 07/2021/UBTVQH 14 về chi phí").number_symbol == "07/2021/UBTVQH14"
    # … also in Roman numerals, as the term is named (real-text audit r33)
    r = one("Pháp lệnh số 02/2012/UBTVQH XIII về án phí")
    assert (r.number_symbol, r.text) == ("02/2012/UBTVQH13", "Pháp lệnh số 02/2012/UBTVQH XIII")
    assert ("roman_term", "02/2012/UBTVQH XIII", "02/2012/UBTVQH13") in [
        (x.kind, x.original, x.repaired) for x in r.repairs
    ]
    # a number that goes on is no term ("QH 13/2" is not "QH13")
    assert [x.number_symbol for x in find_references("Nghị quyết số 12/2019/QH 13/2 của Quốc hội")] != [
        "12/2019/QH13"
    ]


def test_missing_hyphen_is_split_by_known_codes() -> None:
    r = one("Nghị định số 04/2015/NĐCP của Chính phủ")
    assert r.number_symbol == "04/2015/NĐ-CP"
    assert ("missing_hyphen", "NĐCP", "NĐ-CP") in [(x.kind, x.original, x.repaired) for x in r.repairs]


def test_party_symbol_with_its_hyphen_dropped() -> None:
    """ "57NQ/TW": the number glued to a Party type code over a Party body (holdout12)."""
    r = one("Tổ chức quán triệt Kết luận 34KL/TW của Bộ Chính trị đến chi bộ")
    assert (r.text, r.number_symbol) == ("Kết luận 34KL/TW", "34-KL/TW")
    assert ("missing_hyphen", "34KL/TW", "34-KL/TW") in [(x.kind, x.original, x.repaired) for x in r.repairs]
    # only a Party type code over Party bodies proves the hyphen: counts and units are no symbols
    assert refs("Phủ sóng 3G/4G tại 12HT/ngày; 10CV/UBND chưa trả lời") == []


def test_d_typed_for_dj_in_codes() -> None:
    r = one("Thực hiện Công văn số 67-CV/BCSD ngày 19/6/2020 của Ban Cán sự Đảng")
    assert r.number_symbol == "67-CV/BCSĐ"
    assert r.text == "Công văn số 67-CV/BCSD"


def test_footnote_digit_glued_to_symbol() -> None:
    r = one("theo Nghị định số 04/2015/NĐ-CP2 của Chính phủ")
    assert (r.number_symbol, r.text) == ("04/2015/NĐ-CP", "Nghị định số 04/2015/NĐ-CP")
    assert "footnote_digit" in [x.kind for x in r.repairs]
    assert one("Luật số 42/2013/QH13 về").number_symbol == "42/2013/QH13"  # a term, not a footnote


def test_superscript_footnote_mark_after_symbol() -> None:
    a, b = refs("Nghị định số 04/2015/NĐ-CP¹ của Chính phủ; Chỉ thị số 33/CT-TTg² ngày 26/11/2021.")
    assert (a.text, a.issuer) == ("Nghị định số 04/2015/NĐ-CP", "Chính phủ")
    assert (b.number_symbol, b.date) == ("33/CT-TTg", "2021-11-26")


def test_markdown_markers_inside_reference() -> None:
    r = one("Thực hiện **Chỉ thị** số **33/CT-TTg** ngày 26/11/2021")
    assert r.number_symbol == "33/CT-TTg"
    assert r.text.startswith("Chỉ thị")


def test_impossible_date_is_never_made_up() -> None:
    r = one("ban hành kèm theo Quyết định số 31/QĐ-VP ngày 31/4/2019 của Chánh Văn phòng")
    assert r.date is None and r.year == 2019
    assert any("impossible date" in w for w in r.warnings)


def test_partial_date_with_blank_day() -> None:
    assert one("Kế hoạch số 12/KH-UBND ngày    tháng 7 năm 2020 của UBND").date == "2020-07"


def test_junk_day_gives_no_date() -> None:
    r = one("nhất là Kết luận số 65-KL/TW ngày 9 của Bộ Chính trị")
    assert r.date is None
    assert r.warnings


def test_date_split_by_interleaved_footnote() -> None:
    text = (
        "nhất là Kết luận số 65-KL/TW ngày 9 Báo cáo số 2202-BC/BCSĐCP ngày 11/9/2023 7 30/10/2019 "
        "của Bộ Chính trị về “Tiếp tục thực hiện”"
    )
    kl, bc = refs(text)
    assert (kl.number_symbol, kl.date, kl.issuer) == ("65-KL/TW", "2019-10-30", "Bộ Chính trị")
    assert (bc.number_symbol, bc.date, bc.in_footnote) == ("2202-BC/BCSĐCP", "2023-09-11", True)


def test_dropped_letter_repaired_from_earlier_reference() -> None:
    text = "Kết luận số 114-KL/TW của Ban Bí thư. Đã triển khai Kết luận số 114-KL/W của Ban Bí thư."
    _, b = refs(text)
    assert b.number_symbol == "114-KL/TW"
    assert b.antecedent == 0
    assert ("dropped_letter", "Kết luận số 114-KL/W", "114-KL/TW") in [
        (x.kind, x.original, x.repaired) for x in b.repairs
    ]


def test_mistyped_symbol_keeps_its_own_stated_issuer() -> None:
    # the first mention states no issuer; the mistyped one linked to it states one: its own wins,
    # the antecedent's issuer is only the fallback
    text = (
        "Thực hiện Kết luận số 114-KL/TW ngày 11/7/2015. Các cấp đã triển khai Kết luận số 114-KL/W "
        "của Ban Bí thư Trung ương Đảng. Kết luận số 114-KL/W nêu rõ."
    )
    a, b, c = refs(text)
    assert a.issuer is None
    assert (b.number_symbol, b.issuer) == ("114-KL/TW", "Ban Bí thư Trung ương Đảng")
    assert (c.number_symbol, c.issuer) == ("114-KL/TW", None)


def test_footnote_lines() -> None:
    out = refs("thực hiện¹.\n\n¹ Kế hoạch số 664/KH-UBND ngày 18/10/2022 của Ủy ban nhân dân tỉnh")
    assert out[0].in_footnote
    out = refs(
        "Thực hiện Kế hoạch số 5/KH-UBND[1].\n[1] Kế hoạch số 6/KH-UBND\n[^2]: Quyết định số 7/QĐ-UBND"
    )
    assert [r.in_footnote for r in out] == [False, True, True]


# --- relations ----------------------------------------------------------------------------------


def test_responds_to_opening_letter() -> None:
    assert one("Thực hiện Công văn số 2748/BNV-CTTN ngày 17/5/2024 của Bộ Nội vụ.").relation == "responds_to"
    r = one("Theo đề nghị của Sở Nội vụ tại Công văn số 1315/SNV-XDCQ ngày 10/6/2021 về việc báo cáo.")
    assert r.relation == "responds_to"


def test_guides_direction() -> None:
    tt, nd = refs(
        "Thông tư số 01/2016/TT-BNV ngày 13/01/2016 của Bộ Nội vụ hướng dẫn một số nội dung Nghị định số 04/2015/NĐ-CP."
    )
    assert (nd.relation, nd.relation_source) == ("guides", 0)
    assert tt.relation == "mentions"


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        ("Căn cứ Luật số 77/2015/QH13", "based_on"),
        ("sửa đổi, bổ sung Nghị định số 04/2015/NĐ-CP", "amends"),
        ("thay thế Quyết định số 109/QĐ-VP ngày 09/9/2019", "replaces"),
        ("quán triệt Chỉ thị số 33/CT-TTg", "implements"),
        ("theo tinh thần Chỉ thị số 16/CT-TTg", "implements"),
        ("Tỉnh đã ban hành Kế hoạch số 38/KH-UBND", "mentions"),
    ],
)
def test_relation_cues(text: str, relation: str) -> None:
    assert one(text).relation == relation


def test_based_on_governs_the_whole_enumeration() -> None:
    out = refs(
        "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ; Quyết định số 1291/QĐ-BNV ngày 24/12/2019 "
        "của Bộ trưởng Bộ Nội vụ phê duyệt Đề án; Chỉ thị số 23/CT-TTg ngày 02/9/2021 của Thủ tướng Chính phủ;"
    )
    assert [r.relation for r in out] == ["based_on"] * 3


def test_party_rule_numbered_like_a_decision_is_no_disagreement() -> None:
    r = one("Quy định số 205-QĐ/TW ngày 23/9/2019 của Bộ Chính trị")
    assert (r.doc_type, r.doc_type_code, r.warnings) == ("Quy định", "QĐ", [])


def test_cue_across_a_page_break() -> None:
    assert (
        one("xây dựng Nhà nước pháp quyền theo tinh\n\nthần Chỉ thị số 16/CT-TTg;").relation == "implements"
    )


def test_relation_inherited_along_a_list() -> None:
    out = refs(
        "để thực hiện Chỉ thị số 33/CT-TTg; Pháp lệnh 34/2007/PL-UBTVQH11 về dân chủ; Nghị định số 04/2015/NĐ-CP."
    )
    assert [r.relation for r in out] == ["implements"] * 3


def test_sentence_span() -> None:
    text = "Câu trước. Thực hiện Chỉ thị số 33/CT-TTg của Thủ tướng. Câu sau."
    r = one(text)
    assert r.sentence is not None
    assert text[r.sentence[0] : r.sentence[1]] == "Thực hiện Chỉ thị số 33/CT-TTg của Thủ tướng."


def test_unknown_letter_issuer_needs_so() -> None:
    assert one("theo Công văn số 456/CAT-PV01 của Công an tỉnh").number_symbol == "456/CAT-PV01"
    assert one("tại văn bản số 77/XYZ-VP").number_symbol == "77/XYZ-VP"


def test_empty_and_plain_text() -> None:
    assert find_references("") == []
    assert find_references("Không có văn bản nào ở đây.") == []


# --- held-out findings (tests/holdout/) ------------------------------------------------------------


def test_space_before_the_first_slash() -> None:
    r = one("công bố danh mục theo Quyết định số 15 /2022/ QĐ-UBND của UBND tỉnh.")
    assert r.text == "Quyết định số 15 /2022/ QĐ-UBND"
    assert r.number_symbol == "15/2022/QĐ-UBND"
    assert symbols("giai đoạn 2021 -2025 và 15 /ngày") == []  # no letter code after the slash: nothing


@pytest.mark.parametrize(
    ("text", "surface", "doc_type", "name"),
    [
        # an ordinance the gazetteer does not list, numbered without "PL-" as since 2012
        (
            "Căn cứ Pháp lệnh Quản lý kho tàng số 07/2013/UBTVQH13 ngày 2 tháng 4 năm 2013;",
            "Pháp lệnh Quản lý kho tàng số 07/2013/UBTVQH13",
            "Pháp lệnh",
            "Pháp lệnh Quản lý kho tàng",
        ),
        # a title with the commas of one name
        (
            "Căn cứ Pháp lệnh Phòng, chống thiên tai vùng biển số 11/2014/UBTVQH13;",
            "Pháp lệnh Phòng, chống thiên tai vùng biển số 11/2014/UBTVQH13",
            "Pháp lệnh",
            "Pháp lệnh Phòng, chống thiên tai vùng biển",
        ),
        # a listed name with a word added: one reference, not the named law and a bare symbol
        (
            "Căn cứ Bộ luật Lao động hiện hành số 45/2019/QH14;",
            "Bộ luật Lao động hiện hành số 45/2019/QH14",
            "Bộ luật",
            "Bộ luật Lao động hiện hành",
        ),
    ],
)
def test_a_law_named_by_a_title_the_gazetteer_does_not_list(
    text: str, surface: str, doc_type: str, name: str
) -> None:
    (r,) = refs(text)
    assert (r.text, r.doc_type, r.name, r.kind) == (surface, doc_type, name, "full")
    assert r.issuer in ("Quốc hội", "Ủy ban Thường vụ Quốc hội")


def test_an_amending_laws_number_is_not_given_to_the_law_it_amends() -> None:
    (r,) = refs("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Kho tàng số 35/2018/QH14;")
    assert r.number_symbol == "35/2018/QH14" and r.name != "Luật Kho tàng"


def test_amending_law_spans_the_laws_it_amends() -> None:
    text = (
        "Căn cứ Luật Cán bộ, công chức ngày 13 tháng 11 năm 2008; Luật sửa đổi, bổ sung một số điều "
        "của Luật Cán bộ, công chức và Luật Viên chức ngày 25 tháng 11 năm 2019;"
    )
    out = refs(text)
    assert [r.kind for r in out] == ["named", "named"]
    amending = out[1]
    assert amending.text.startswith("Luật sửa đổi") and amending.text.endswith("Luật Viên chức")
    assert amending.date == "2019-11-25" and amending.relation == "based_on"
    assert amending.number_symbol == "52/2019/QH14"


def test_the_emulation_laws_amendments_are_told_apart_by_their_date() -> None:
    """The Law on Emulation and Commendation was amended twice before it was replaced: a decision's
    legal bases name each amendment by the day it was passed, and the law itself is written with a
    hyphen as often as with a comma (real-text audit r50)."""
    text = (
        "Căn cứ Luật Thi đua - Khen thưởng ngày 26/11/2003; Luật sửa đổi, bổ sung một số điều của "
        "Luật Thi đua, Khen thưởng ngày 14/6/2005; Luật sửa đổi, bổ sung một số điều của Luật Thi đua, "
        "Khen thưởng ngày 16/11/2013;"
    )
    out = refs(text)
    assert [(r.kind, r.number_symbol, r.date) for r in out] == [
        ("named", "15/2003/QH11", "2003-11-26"),
        ("named", "47/2005/QH11", "2005-06-14"),
        ("named", "39/2013/QH13", "2013-11-16"),
    ]


def test_a_submission_of_the_provincial_emulation_board_names_its_issuer() -> None:
    """The provincial Ban Thi đua - Khen thưởng drafts the decisions on emulation and commendation: the
    submission a decision answers is that board's, of the decision's own province (real-text audit r50)."""
    r = extract_text(
        "ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG\nSố: 88/QĐ-UBND\nHà Giang, ngày 3 tháng 3 năm 2016\n\nQUYẾT ĐỊNH\n"
        "Về việc tặng Bằng khen\n\nXét đề nghị của Trưởng Ban Thi đua - Khen thưởng tỉnh tại Tờ trình số "
        "21/TTr-BTĐKT ngày 25/02/2016,\n"
    )
    (ref,) = r.references
    assert (ref.number_symbol, ref.issuer, ref.relation) == (
        "21/TTr-BTĐKT",
        "Ban Thi đua - Khen thưởng tỉnh Hà Giang",
        "responds_to",
    )


def test_amending_law_named_by_the_articles_it_amends_is_one_law() -> None:
    """ "Luật sửa đổi, bổ sung Điều 5 của Luật X" (a news page names an amending law by the articles it
    amends): one reference, the amending law; X is no reference of its own, "Điều 5" no pinpoint, and
    the amendment's verbs do not make the laws listed after it amended (real-text audit r23)."""
    out = refs(
        "Hội nghị đã phổ biến các luật mới: Luật sửa đổi, bổ sung Điều 5 và Điều 9 của Luật Dân quân tự vệ; "
        "Luật Thư viện; Bộ luật Lao động."
    )
    assert [(r.text, r.pinpoint, r.relation) for r in out] == [
        ("Luật sửa đổi, bổ sung Điều 5 và Điều 9 của Luật Dân quân tự vệ", None, "implements"),
        ("Luật Thư viện", None, "implements"),
        ("Bộ luật Lao động", None, "implements"),
    ]


def test_amending_law_with_a_second_object_spans_to_the_law_it_amends() -> None:
    """ "Luật sửa đổi, bổ sung một số điều và Phụ lục … của Luật Thống kê": the amendment's second object
    between "một số điều" and "của" belongs to the amending law's name (holdout11)."""
    out = refs(
        "Căn cứ Luật Thống kê ngày 23 tháng 11 năm 2015; Luật sửa đổi, bổ sung một số điều và Phụ lục "
        "Danh mục chỉ tiêu thống kê quốc gia của Luật Thống kê ngày 12 tháng 11 năm 2021;"
    )
    assert [(r.kind, r.number_symbol, r.date) for r in out] == [
        ("named", "89/2015/QH13", "2015-11-23"),
        ("named", "01/2021/QH15", "2021-11-12"),
    ]
    assert out[1].text.startswith("Luật sửa đổi") and out[1].text.endswith("của Luật Thống kê")


def test_amended_law_named_after_a_numbered_law_stays_separate() -> None:
    out = refs("Căn cứ Luật số 52/2019/QH14 sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức;")
    assert [r.text for r in out] == ["Luật số 52/2019/QH14", "Luật Cán bộ, công chức"]
    assert out[1].relation == "amends"


def test_passive_amendment_names_the_agent() -> None:
    out = refs(
        "Văn bản thực hiện theo Nghị định số 34/2016/NĐ-CP, được sửa đổi, bổ sung bởi Nghị định số 154/2020/NĐ-CP."
    )
    assert [r.relation for r in out] == ["implements", "implements"]


def test_document_itself_guides() -> None:
    r = one("Thông tư này hướng dẫn thực hiện Chương II Nghị định số 138/2020/NĐ-CP về tuyển dụng.")
    assert r.relation == "guides"


def test_guidance_as_a_noun_is_not_a_cue() -> None:
    r = one("Lập danh mục hồ sơ theo hướng dẫn tại Công văn số 1121/SNV-VTLT ngày 20/9/2021 của Sở Nội vụ.")
    assert r.relation == "implements"


def test_detailing_decree_guides_the_law_in_its_subject() -> None:
    out = refs(
        "Căn cứ Nghị định số 01/2013/NĐ-CP của Chính phủ quy định chi tiết thi hành một số điều của Luật Lưu trữ;"
    )
    assert [r.relation for r in out] == ["based_on", "guides"]


def test_list_item_opening_with_its_pinpoint_continues_the_list() -> None:
    out = refs("Bãi bỏ khoản 3 Điều 9 Nghị định số 112/2011/NĐ-CP và Điều 2 Nghị định số 34/2019/NĐ-CP.")
    assert [r.relation for r in out] == ["replaces", "replaces"]


def test_form_numbers_are_not_documents() -> None:
    assert symbols("Báo cáo theo Mẫu số 01/BC-CCHC kèm theo; Biểu số 03/TH.") == []
    assert symbols("theo mẫu số 01/BC-UBND và Quyết định số 5/QĐ-UBND") == ["5/QĐ-UBND"]


def test_space_after_the_first_slash_and_en_dash() -> None:
    assert symbols("thực hiện Nghị định số 45/ 2020/NĐ-CP") == ["45/2020/NĐ-CP"]
    assert symbols("Nghị định số 30/2020/NĐ–CP và Kết luận số 01–KL/TW") == ["30/2020/NĐ-CP", "01-KL/TW"]
    assert symbols("giai đoạn 2021 – 2025, năm 2021–2030; – Sở Nội vụ") == []


# --- second held-out set (tests/holdout2) findings ---------------------------------------------


def test_headline_short_form_cited_in_full_below() -> None:
    text = (
        "Hội nghị quán triệt Nghị quyết 57 về khoa học, công nghệ\n\n"
        "Ban Thường vụ quán triệt Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị."
    )
    out = refs(text)
    assert [(r.text, r.kind, r.number_symbol) for r in out] == [
        ("Nghị quyết 57", "short", "57-NQ/TW"),
        ("Nghị quyết số 57-NQ/TW", "full", "57-NQ/TW"),
    ]
    assert out[0].date is None  # the date is the one stated for this mention, never borrowed


def test_lower_case_type_word_and_a_count_is_no_short_form() -> None:
    text = "Pháp lệnh quy định 11 nội dung công khai; Quy định số 11-QĐ/TW của Bộ Chính trị."
    assert [r.text for r in refs(text)] == ["Quy định số 11-QĐ/TW"]


def test_short_form_with_an_issuer_clause() -> None:
    out = refs("gắn với thực hiện Chỉ thị 05 của Bộ Chính trị về học tập và làm theo tư tưởng Hồ Chí Minh")
    assert [(r.text, r.kind) for r in out] == [("Chỉ thị 05", "short")]
    assert refs("quy mô 05 của Bộ Chính trị; năm 2024 của Tỉnh ủy") == []


def test_a_programme_named_by_a_number_before_an_issuer_clause_is_no_short_form() -> None:
    """ "Tổ công tác triển khai Đề án 06 của Chính phủ", "Chương trình 135 của Chính phủ": a programme or project
    called by the number of the decision approving it is no reference, also before "của …" (doc_types.json
    bare_number.projects, holdout43); with "số", or its number cited earlier in full, it still is."""
    text = (
        "Kính gửi: Tổ công tác triển khai Đề án 06 của Chính phủ. Huyện tiếp tục thực hiện Chương trình 135 của "
        "Chính phủ và Chương trình số 12-CTr/TU ngày 05/3/2024 của Tỉnh ủy; Chương trình 12 của Tỉnh ủy đạt kết quả."
    )
    found = [(r.text, r.kind) for r in refs(text)]
    assert found == [("Chương trình số 12-CTr/TU", "full"), ("Chương trình 12", "short")]


def test_short_form_date_is_not_borrowed_from_its_antecedent() -> None:
    out = refs("Thực hiện Kết luận số 21-KL/TW ngày 25/10/2021 (Kết luận 21); quán triệt Kết luận 21.")
    assert [r.number_symbol for r in out] == ["21-KL/TW"] * 3
    assert [r.date for r in out] == ["2021-10-25", None, None]


def test_document_title_and_list_of_types_are_not_named_references() -> None:
    text = (
        "LUẬT\nBAN HÀNH VĂN BẢN QUY PHẠM PHÁP LUẬT\n\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n"
        "Hệ thống văn bản gồm:\n1. Hiến pháp.\n2. Bộ luật, luật.\n"
        "1. Ban hành văn bản không phù hợp với Hiến pháp.\n"
    )
    out = [r for r in refs(text) if r.kind == "named"]
    assert [r.start for r in out] == [text.index("Hiến pháp nước"), text.index("với Hiến pháp") + 4]


def test_cue_after_the_list_it_governs() -> None:
    text = (
        "Luật ban hành văn bản quy phạm pháp luật số 17/2008/QH12 và Luật số 31/2004/QH11 hết hiệu lực "
        "kể từ ngày Luật này có hiệu lực. Các Nghị quyết số 1139/2007/UBTVQH11 và 900/2015/UBTVQH13 "
        "hết hiệu lực kể từ ngày Luật này có hiệu lực."
    )
    assert [r.relation for r in refs(text)] == ["replaces"] * 4
    status = "Thông tư số 01/2011/TT-BNV hết hiệu lực kể từ ngày 05/3/2020; Thông tư số 26/2011/TT-BTC (đã hết hiệu lực)."
    assert [r.relation for r in refs(status)] == ["mentions", "mentions"]


def test_not_in_accordance_with_is_no_basis() -> None:
    r = one("Ban hành văn bản không phù hợp với Hiến pháp năm 2013, trái với văn bản cấp trên.")
    assert r.relation == "mentions"


def test_issuer_alone_in_parentheses_after_the_symbol() -> None:
    r = one("Tham mưu thực hiện theo Kế hoạch 35/KH-UBND (UBND huyện) ngày 15/02/2023. Phòng Kinh tế")
    assert (r.issuer, r.date) == ("Ủy ban nhân dân huyện", "2023-02-15")
    assert one("theo Chỉ thị số 33/CT-TTg (đã hết hiệu lực) của Thủ tướng").date is None


def test_a_table_row_states_the_date_and_issuer_of_its_document():
    text = (
        "| STT | Số, ký hiệu | Ngày ban hành | Cơ quan ban hành | Trích yếu |\n"
        "|---|---|---|---|---|\n"
        "| 1 | Kế hoạch số 41/KH-UBND | 07/2/2024 | UBND huyện | Chuyển đổi số |\n"
        "| 2 | Chỉ thị 02/CT-UBND | 31/2/2024 | Chủ tịch UBND huyện | Kỷ cương |\n"
        "| 3 | Công văn 88/UBND-VP ngày 01/3/2024 | 02/3/2024 | UBND xã | Họp |\n"
    )
    refs = {r.number_symbol: r for r in find_references(text)}
    assert (refs["41/KH-UBND"].date, refs["41/KH-UBND"].issuer) == ("2024-02-07", "Ủy ban nhân dân huyện")
    assert refs["02/CT-UBND"].date is None  # 31/2 does not exist: never made up
    assert refs["02/CT-UBND"].issuer == "Chủ tịch Ủy ban nhân dân huyện"
    assert refs["88/UBND-VP"].date == "2024-03-01"  # the date stated after the symbol wins


@pytest.mark.parametrize(
    ("text", "symbol", "issuer"),
    [
        # the issuer clause stops at "là" (what follows is a figure, not a name)
        (
            "Chỉ tiêu được giao theo Quyết định số 12/QĐ-UBND ngày 02/01/2024 của UBND huyện là 1.250 người.",
            "12/QĐ-UBND",
            "Ủy ban nhân dân huyện",
        ),
        # a meeting of the Central Committee names the Committee
        (
            "Quán triệt Nghị quyết số 27-NQ/TW ngày 09/11/2022 của Hội nghị Trung ương 6 khóa XIII.",
            "27-NQ/TW",
            "Ban Chấp hành Trung ương Đảng",
        ),
        # "các văn bản do X ban hành …, như <ref>": X issued the example
        (
            "Các văn bản do UBND thị xã Nghĩa Lộ (cũ) ban hành chưa được bãi bỏ, như Quyết định số "
            "45/QĐ-UBND ngày 05/5/2025, được rà soát.",
            "45/QĐ-UBND",
            "Ủy ban nhân dân thị xã Nghĩa Lộ",
        ),
    ],
)
def test_issuer_clauses_of_general_forms(text, symbol, issuer):
    refs = {r.number_symbol: r for r in find_references(text)}
    assert refs[symbol].issuer == issuer


def test_a_passive_clause_after_the_symbol_states_issuer_and_date():
    refs = find_references("Thông tư số 09/2023/TT-BTP được Bộ Tư pháp ban hành ngày 14/8/2023, thay thế …")
    assert (refs[0].date, refs[0].issuer) == ("2023-08-14", "Bộ Tư pháp")
    refs = find_references("Kế hoạch số 5/KH-UBND đã được ban hành vào ngày 03/4/2024.")
    assert refs[0].date == "2024-04-03"
    # without a date it is a verb of the sentence, not a clause of the reference
    refs = find_references("Kế hoạch số 5/KH-UBND được triển khai ngày 03/4/2024.")
    assert refs[0].date is None


def test_a_law_named_as_a_bill_or_draft_is_no_reference():
    text = (
        "Bộ đã tổng hợp ý kiến để xây dựng dự án Luật Đất đai (sửa đổi) trình Quốc hội; góp ý dự thảo "
        "Luật Cán bộ, công chức. Về đề nghị sửa đổi Luật Cán bộ, công chức, Bộ có ý kiến như sau."
    )
    refs = find_references(text)
    assert [(r.text, r.relation) for r in refs] == [("Luật Cán bộ, công chức", "mentions")]


def test_a_law_whose_name_ends_in_its_type_word_spans_its_whole_name():
    text = "Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13 được sửa đổi, bổ sung bởi Luật số 63/2020/QH14;"
    refs = find_references(text)
    assert [(r.text, r.relation) for r in refs] == [
        ("Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13", "based_on"),
        ("Luật số 63/2020/QH14", "based_on"),  # the agent takes the sentence's cue
    ]
    assert refs[0].name == "Luật Ban hành văn bản quy phạm pháp luật"


def test_a_subject_wrapped_onto_the_next_pdf_line_is_read_whole():
    text = (
        "hỗ trợ theo Nghị định số 02/2017/NĐ-CP ngày 09/01/2017 của Chính phủ\n\nvề cơ chế hỗ trợ do thiên "
        "tai, dịch\n\nbệnh và Nghị định 20/2021/NĐ-CP quy định chính sách trợ giúp xã hội.\n"
    )
    refs = find_references(text)
    assert refs[0].subject is not None and refs[0].subject.startswith("cơ chế hỗ trợ do thiên tai, dịch")
    assert [r.relation for r in refs] == ["implements", "implements"]
    # a capitalised line is a new paragraph, not the subject
    refs = find_references("Thực hiện Quyết định số 5/QĐ-UBND ngày 02/01/2024 của UBND tỉnh\nVề tổ chức:")
    assert refs[0].subject is None


def test_law_names_sharing_one_type_word_are_one_named_reference_each() -> None:
    text = (
        "Đề nghị Chính phủ sớm trình sửa đổi các Luật: Nhà ở, Đất đai năm 2013 và Luật Xây dựng; "
        "tổng kết thi hành các Luật Đất đai, Nhà ở."
    )
    found = [(r.text, r.name, r.number_symbol) for r in find_references(text, "2024-12-01")]
    assert found == [
        ("Luật: Nhà ở", "Luật Nhà ở", "27/2023/QH15"),  # the first item spans from the type word
        ("Đất đai năm 2013", "Luật Đất đai năm 2013", "45/2013/QH13"),  # a year selects the version
        ("Luật Xây dựng", "Luật Xây dựng", "50/2014/QH13"),
        ("Luật Đất đai", "Luật Đất đai", "31/2024/QH15"),
        ("Nhà ở", "Luật Nhà ở", "27/2023/QH15"),
    ]
    # a name the gazetteer does not know ends the list; a longer phrase is no law of the gazetteer
    assert [r.text for r in refs("các Luật: Đất đai, Quảng cáo mới và Nhà ở xã hội.")] == ["Luật: Đất đai"]
    assert [r.text for r in refs("theo Luật Đất đai, Nhà ở xã hội được hỗ trợ.")] == ["Luật Đất đai"]


def test_real_estate_business_law_versions() -> None:
    text = "thực hiện Luật Kinh doanh bất động sản"
    assert [r.number_symbol for r in find_references(text, "2024-07-31")] == ["66/2014/QH13"]
    assert [r.number_symbol for r in find_references(text, "2024-08-01")] == ["29/2023/QH15"]
    assert [r.number_symbol for r in find_references(text, "2010-01-01")] == ["63/2006/QH11"]


def test_a_province_named_before_a_local_reference_is_its_issuers() -> None:
    text = (
        "- Tỉnh Hà Giang (Quyết định số 12/2024/QĐ-UBND ngày 02/8/2024) và tỉnh Tuyên Quang "
        "(Quyết định số 12/2024/QĐ-UBND ngày 09/9/2024) ban hành quy định; "
        "thành phố Cần Thơ đến ngày 01/10/2024 mới ban hành Kế hoạch số 215/KH-UBND triển khai.\n"
    )
    assert [(r.number_symbol, r.issuer_province) for r in refs(text)] == [
        ("12/2024/QĐ-UBND", "Hà Giang"),
        ("12/2024/QĐ-UBND", "Tuyên Quang"),
        ("215/KH-UBND", "Cần Thơ"),
    ]
    # a stated issuer wins; a province that is not the clause's subject names no issuer
    text = "Tỉnh Hà Giang (Quyết định số 12/2024/QĐ-UBND của HĐND tỉnh Hà Giang); tài liệu tỉnh Hà Giang và Kế hoạch số 9/KH-UBND."
    assert [(r.issuer, r.issuer_province) for r in refs(text)] == [
        ("Hội đồng nhân dân tỉnh Hà Giang", "Hà Giang"),
        (None, None),
    ]


def test_a_number_and_year_after_a_type_word_is_a_short_form() -> None:
    text = (
        "Căn cứ Thông tư số 05/2022/TT-BTP ngày 01/3/2022 của Bộ Tư pháp; Thông tư số 05/2022 quy định; "
        "NĐ 15/2020 hết hiệu lực; Thông tư số 17/2019 nêu rõ."
    )
    found = [(r.text, r.kind, r.number_symbol, r.issuer) for r in refs(text)]
    assert found == [
        ("Thông tư số 05/2022/TT-BTP", "full", "05/2022/TT-BTP", "Bộ Tư pháp"),
        ("Thông tư số 05/2022", "short", "05/2022/TT-BTP", "Bộ Tư pháp"),  # the one cited in full
        ("NĐ 15/2020", "short", "15/2020/NĐ-CP", "Chính phủ"),  # a Nghị định has one issuer
        ("Thông tư số 17/2019", "short", None, None),  # which ministry's, the text does not say
    ]
    # another year is another document; a month and year is no reference
    assert [r.number_symbol for r in refs("Thông tư số 05/2022/TT-BTP; Thông tư số 05/2021.")] == [
        "05/2022/TT-BTP",
        None,
    ]
    assert refs("Từ tháng 12/2021 đến quý 3/2022, kế hoạch 5/2021 được thực hiện.") == []


def test_a_capitalised_normative_type_and_a_bare_number_are_kept_unresolved() -> None:
    found = [
        (r.text, r.kind, r.number_symbol) for r in refs("Nghị định mới thay thế Nghị định 46 từ năm sau.")
    ]
    assert found == [("Nghị định 46", "short", None)]
    # counts, articles, project names, years and lower-case words are no references
    text = (
        "Điều 100 quy định 3 nhóm; khoản 2 Điều 5; Đề án 06 được triển khai; Kế hoạch 5 năm; "
        "nghị định 46 điều chỉnh; Nghị quyết 2023 của năm; Nghị định\n46 trong bảng."
    )
    assert refs(text) == []


def test_a_date_stated_before_the_issuing_verb_is_the_references() -> None:
    text = (
        "Ngày 05/3/2024, Chính phủ ban hành Nghị định số 24/2024/NĐ-CP quy định chi tiết. "
        "Tỉnh Hà Giang đến ngày 15/10/2024 mới ban hành Kế hoạch số 310/KH-UBND triển khai. "
        "Luật Đường bộ số 35/2024/QH15 được Quốc hội thông qua ngày 27/6/2024, có hiệu lực từ ngày 01/01/2025.\n"
    )
    assert [(r.number_symbol, r.date) for r in refs(text)] == [
        ("24/2024/NĐ-CP", "2024-03-05"),
        ("310/KH-UBND", "2024-10-15"),
        ("35/2024/QH15", "2024-06-27"),
    ]
    # an entry into force, the previous reference's own date, or another clause between: no date
    text = (
        "Từ ngày 01/7/2024 ban hành Kế hoạch số 12/KH-UBND. "
        "Báo cáo số 123/BC-UBND ngày 12/9/2023 của UBND tỉnh cho biết đã ban hành Kế hoạch số 13/KH-UBND. "
        "Ngày 10/6/2023, tỉnh họp, sau đó ban hành Kế hoạch số 14/KH-UBND.\n"
    )
    assert [(r.number_symbol, r.date) for r in refs(text)] == [
        ("12/KH-UBND", None),
        ("123/BC-UBND", "2023-09-12"),
        ("13/KH-UBND", None),
        ("14/KH-UBND", None),
    ]
    # the issuer's abbreviation in parentheses between is no clause of its own (real-text audit r13); a
    # remark in parentheses is
    text = (
        "Ngày 22/11/2019, Bảo hiểm xã hội Việt Nam (BHXH) ban hành Quyết định số 1333/QĐ-BHXH. "
        "Ngày 10/6/2023, Sở (theo kế hoạch) ban hành Kế hoạch số 15/KH-SNV.\n"
    )
    assert [(r.number_symbol, r.date) for r in refs(text)] == [
        ("1333/QĐ-BHXH", "2019-11-22"),
        ("15/KH-SNV", None),
    ]


def test_an_issuer_clause_stops_at_a_footnote_mark_and_at_a_passive_verb() -> None:
    text = (
        "theo Nghị quyết số 07/2022/NQ-HĐND ngày 14/7/2022 của HĐND tỉnh³; "
        "Nghị quyết số 09/2021/NQ-HĐND ngày 10/7/2021 của HĐND tỉnh được ban hành trên cơ sở Nghị định cũ; "
        "Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị được các cấp ủy quan tâm."
    )
    assert [r.issuer for r in refs(text)] == [
        "Hội đồng nhân dân tỉnh",
        "Hội đồng nhân dân tỉnh",
        "Bộ Chính trị",
    ]


def test_a_meeting_of_the_central_committee_named_without_cua_is_the_issuer() -> None:
    r = one(
        "- Nghị quyết số 45-NQ/TW ngày 24/11/2023 Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XIII về xây dựng đội ngũ trí thức."
    )
    assert (r.issuer, r.party_term, r.subject) == (
        "Ban Chấp hành Trung ương Đảng",
        "XIII",
        "xây dựng đội ngũ trí thức",
    )
    r = one(
        "theo Kết luận số 21-KL/TW ngày 25/10/2021 của Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII."
    )
    assert r.issuer == "Ban Chấp hành Trung ương Đảng"  # the body whose meeting issued it


def test_the_meeting_that_adopted_a_resolution_in_apposition_is_its_issuer() -> None:
    """The plenum right after the symbol, without "của" or a date: "Nghị quyết số 57-NQ/TW Hội nghị lần thứ
    10 …", ", Hội nghị lần thứ sáu …"; after a short form it also gives the Party symbol (real-text audit r9).
    A meeting naming no body ("Hội nghị cán bộ") is no issuer."""
    r = one(
        "Các sở đã quán triệt Nghị quyết số 57-NQ/TW Hội nghị lần thứ 10 Ban Chấp hành Trung ương Đảng khóa XIII."
    )
    assert (r.issuer, r.party_term) == ("Ban Chấp hành Trung ương Đảng", "XIII")
    r = one(
        "Thực hiện Nghị quyết số 19-NQ/TW, Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII về đất đai."
    )
    assert r.issuer == "Ban Chấp hành Trung ương Đảng"
    r = one(
        "Theo Nghị quyết 57 Hội nghị lần thứ 10 Ban Chấp hành Trung ương Đảng khóa 13, huyện sẽ tổ chức lại."
    )
    assert (r.number_symbol, r.issuer) == ("57-NQ/TW", "Ban Chấp hành Trung ương Đảng")
    r = one("Nghị quyết số 07-NQ/ĐU Hội nghị cán bộ xã đã bàn về nông thôn mới.")
    assert r.issuer is None


def test_the_meeting_after_the_date_then_its_body_after_a_comma_gives_the_body() -> None:
    """ "… ngày 10/3/2023, Hội nghị lần thứ bảy, Ban Chấp hành Trung ương Đảng khóa XIII về …" (real-text
    audit r38): the body after the meeting's name issued; a meeting naming no body is no issuer."""
    r = one(
        "Căn cứ Nghị quyết số 45-NQ/TW ngày 10/3/2023, Hội nghị lần thứ bảy, Ban Chấp hành Trung ương Đảng "
        "khóa XIII về phát triển nông nghiệp;"
    )
    assert (r.date, r.issuer) == ("2023-03-10", "Ban Chấp hành Trung ương Đảng")
    r = one(
        "Thực hiện Nghị quyết số 45-NQ/TW ngày 10/3/2023, Hội nghị lần thứ bảy về phát triển nông nghiệp;"
    )
    assert r.issuer is None


def test_the_meeting_in_the_cua_clause_then_its_body_after_a_comma_gives_the_body() -> None:
    """ "… của Hội nghị lần thứ 6, Ban Chấp hành Trung ương khóa XII về …" (real-text audit r47): the
    body after the meeting's name issued, also where the clause opens with "của"."""
    (r,) = extract_text(
        "Triển khai Nghị quyết số 19-NQ/TW ngày 16/6/2022 của Hội nghị lần thứ 5, Ban Chấp hành Trung ương "
        "khóa XIII về chăm sóc sức khỏe người cao tuổi;"
    ).references
    assert (r.date, r.issuer) == ("2022-06-16", "Ban Chấp hành Trung ương Đảng")
    r = one(
        "Triển khai Nghị quyết số 19-NQ/TW ngày 16/6/2022 của Hội nghị lần thứ năm, Ban Chấp hành Trung ương Đảng"
    )
    assert r.issuer == "Ban Chấp hành Trung ương Đảng"


# --- stated issuers written out (bodies.json "issuer_text") -----------------------------------------


def test_abbreviated_issuers_are_expanded_through_data():
    r = one("Thực hiện Công văn số 210/VKSTC-V9 ngày 05/3/2024 của VKSND tối cao về công tác thống kê.")
    assert r.issuer == "Viện kiểm sát nhân dân tối cao"
    r = one(
        "Căn cứ Hướng dẫn số 07/HD-MTTW-BTT ngày 12/4/2023 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam."
    )
    assert r.issuer == "Ban Thường trực Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"
    r = one("Ban Thường trực Ủy ban MTTQ tỉnh đã ban hành Kế hoạch số 12/KH-MTTQ-BTT ngày 02/02/2024.")
    assert r.issuer == "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"


def test_the_body_advised_issued_not_the_adviser():
    r = one("Sở Nội vụ đã tham mưu UBND tỉnh ban hành Quyết định số 15/2024/QĐ-UBND ngày 01/4/2024.")
    assert r.issuer == "Ủy ban nhân dân tỉnh"
    r = one("Văn phòng UBND tỉnh đã ban hành Kế hoạch số 20/KH-VP ngày 01/4/2024.")
    assert r.issuer == "Văn phòng Ủy ban nhân dân tỉnh"


def test_a_report_with_its_qualifier_reads_as_a_type_word():
    """ "Báo cáo thẩm tra số …", "Báo cáo thẩm định số …": the span starts at "Báo cáo" and the item
    continues the list of what was considered (responds_to, as the gold of holdout and holdout3)."""
    out = refs(
        "Xét Tờ trình số 88/TTr-UBND ngày 02 tháng 12 năm 2024 của UBND tỉnh; Báo cáo thẩm tra số "
        "310/BC-VHXH ngày 06 tháng 12 năm 2024 của Ban Văn hóa - Xã hội; ý kiến của đại biểu."
    )
    assert [(r.text, r.doc_type, r.relation) for r in out][1] == (
        "Báo cáo thẩm tra số 310/BC-VHXH",
        "Báo cáo",
        "responds_to",
    )
    r = refs("Theo đề nghị tại Tờ trình số 12/TTr-SXD và Báo cáo thẩm định số 40/BC-STP của Sở Tư pháp.")[1]
    assert (r.text, r.relation) == ("Báo cáo thẩm định số 40/BC-STP", "responds_to")


# --- dates stated elsewhere -----------------------------------------------------------------------


def test_a_date_stated_before_the_type_word_is_shared_by_its_list():
    out = refs(
        "Ngày 15/3/2023, Chính phủ ban hành Nghị định số 10/2023/NĐ-CP quy định chi tiết Luật Đất đai và "
        "Nghị định số 11/2023/NĐ-CP quy định về đăng ký đất đai; Nghị định số 12/2023/NĐ-CP có hiệu lực."
    )
    assert [(r.number_symbol, r.date) for r in out if r.kind == "full"] == [
        ("10/2023/NĐ-CP", "2023-03-15"),
        ("11/2023/NĐ-CP", "2023-03-15"),
        ("12/2023/NĐ-CP", None),  # another clause after ";"
    ]


def test_the_date_on_the_next_line_of_an_upper_case_title():
    text = "KẾ HOẠCH\nTRIỂN KHAI NGHỊ ĐỊNH SỐ 45/2024/NĐ-CP\nNGÀY 10/4/2024 CỦA CHÍNH PHỦ\n\nNgày 20 tháng 5."
    assert one(text).date == "2024-04-10"
    # a lower-case line after an upper-case reference line is no date of it
    text = "TRIỂN KHAI NGHỊ ĐỊNH SỐ 45/2024/NĐ-CP\nNgày 10/4/2024, Sở đã họp."
    assert one(text).date is None


def test_the_reports_own_body_in_its_closing_sentence_is_not_the_issuer():
    def issuer(text: str) -> str | None:
        return refs(text)[0].issuer

    closing = (
        "Trên đây là báo cáo tình hình thực hiện Nghị định số 35/2022/NĐ-CP của Sở Kế hoạch và Đầu tư tỉnh."
    )
    assert issuer(closing) == "Chính phủ"
    # a stated issuer the codes agree with is kept; a local code implies no one
    assert issuer("Trên đây là báo cáo thực hiện Kết luận số 14-KL/TW ngày 02/3/2023 của Bộ Chính trị.") == (
        "Bộ Chính trị"
    )
    assert issuer("Trên đây là báo cáo thực hiện Chỉ thị số 05/CT-UBND của UBND tỉnh Bình Định.") == (
        "Ủy ban nhân dân tỉnh Bình Định"
    )


def test_a_local_body_stated_for_a_central_code_is_the_meetings_not_the_issuer() -> None:
    """ "Hội nghị quán triệt Nghị định …/NĐ-CP của UBND tỉnh" (real-text audit r67): the "của" clause
    belongs to the meeting; a decree is the Government's, a circular of BTC the ministry's. Joint codes,
    the ministry written in full, local codes and a ministry stated for a QĐ-TTg keep what is stated."""

    def issuer(text: str) -> str | None:
        return refs(text)[0].issuer

    assert issuer("Ngày 3/5, tổ chức hội nghị quán triệt Nghị định số 88/2024/NĐ-CP của UBND huyện.") == (
        "Chính phủ"
    )
    assert issuer("Phòng Kế toán dự lớp tập huấn Thông tư số 31/2022/TT-BTC của Sở Tài chính tỉnh.") == (
        "Bộ Tài chính"
    )
    assert issuer("Đơn vị áp dụng Thông tư số 31/2022/TT-BTC của Bộ Tài chính.") == "Bộ Tài chính"
    assert issuer("Đơn vị áp dụng Thông tư liên tịch số 7/2016/TTLT-BTC-BNV của Sở Nội vụ.") == "Sở Nội vụ"
    assert issuer("Đơn vị áp dụng Quyết định số 417/QĐ-TTg của Bộ Xây dựng.") == "Bộ Xây dựng"
    # a Sở that numbers with the ministry's code (bodies.json also_codes) issued it
    assert issuer("Đơn vị áp dụng Kế hoạch số 9/KH-LĐTBXH của Sở Lao động - Thương binh và Xã hội.") == (
        "Sở Lao động - Thương binh và Xã hội"
    )
    assert (
        issuer("Đơn vị áp dụng Kế hoạch số 41/KH-UBND của UBND tỉnh Yên Bái.")
        == "Ủy ban nhân dân tỉnh Yên Bái"
    )


def test_stated_day_of_passing_selects_the_law_version() -> None:
    """Two versions of one law passed in the same year: "ngày 16 tháng 6 năm 2025" is the day the second
    one was passed, whatever the citing date (holdout7)."""
    text = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;"
    for citing in ("2025-06-20", "2025-07-01", None):
        refs = [r for r in find_references(text, citing_date=citing) if r.kind == "named"]
        assert [r.number_symbol for r in refs] == ["72/2025/QH15", "65/2025/QH15"], citing
        assert [r.date for r in refs] == ["2025-06-16", "2025-02-19"]


def test_acronym_of_the_grassroots_democracy_law() -> None:
    """ "Luật THDCCS" (a table cell of a plan, holdout7) is Luật Thực hiện dân chủ ở cơ sở."""
    text = "| 1 | Tập huấn Luật THDCCS cho cán bộ cấp xã | Sở Nội vụ | Quý I/2024 |"
    assert [(r.text, r.number_symbol) for r in find_references(text, "2023-12-01")] == [
        ("Luật THDCCS", "10/2022/QH15")
    ]


def test_date_after_a_comma_and_a_line_break_and_an_issuer_shared_past_own_dates() -> None:
    """A PDF line wrapped after the comma ("Kết luận số 127-KL/TW,⏎ngày 28/02/2025") still gives the date
    and the issuer clause after it; the issuer stated after the last dated item of "A, ngày … và B, ngày
    … của X" is every item's (holdout7)."""
    text = (
        "Thực hiện Kết luận số 41-KL/TW, ngày 18/7/2022 và Kết luận số 42-KL/TW,\n"
        "ngày 20/7/2022 của Ban Bí thư về công tác cán bộ; Nghị quyết số 07-NQ/TU,\n"
        "ngày 15/3/2023 của Ban Chấp hành Đảng bộ tỉnh về chuyển đổi số."
    )
    found = [(r.number_symbol, r.date, r.issuer) for r in find_references(text)]
    assert found == [
        ("41-KL/TW", "2022-07-18", "Ban Bí thư"),
        ("42-KL/TW", "2022-07-20", "Ban Bí thư"),
        ("07-NQ/TU", "2023-03-15", "Ban Chấp hành Đảng bộ tỉnh"),
    ]


def test_upper_case_issuer_clause_in_a_title() -> None:
    """ "… NGÀY 14 THÁNG 02 NĂM 2025 CỦA BỘ CHÍNH TRỊ VỀ …" in an upper-case title (holdout7): the issuer
    is the known body named by the longest upper-case run, written as the body writes itself."""
    text = (
        "KẾ HOẠCH THỰC HIỆN KẾT LUẬN SỐ 126-KL/TW NGÀY 14 THÁNG 02 NĂM 2025 CỦA BỘ CHÍNH TRỊ VỀ SẮP XẾP BỘ MÁY\n"
        "TRIỂN KHAI QUYẾT ĐỊNH SỐ 15/QĐ-UBND NGÀY 05/3/2024 CỦA ỦY BAN NHÂN DÂN TỈNH BẮC GIANG VỀ CẢI CÁCH\n"
        "THỰC HIỆN KẾT LUẬN SỐ 127-KL/TW CỦA MỘT SỐ NƠI"
    )
    found = [(r.number_symbol, r.date, r.issuer) for r in find_references(text)]
    assert found == [
        ("126-KL/TW", "2025-02-14", "Bộ Chính trị"),
        ("15/QĐ-UBND", "2024-03-05", "Ủy ban nhân dân tỉnh Bắc Giang"),
        ("127-KL/TW", None, None),  # no known body after "CỦA": no issuer
    ]


def test_ocr_lower_case_l_for_one_in_a_number_after_so() -> None:
    """A scanned-then-OCR'd PDF reads the digit one as "l" ("Quyết định số l5/2016/QĐ-UBND", holdout7):
    after "số" and before the symbol's slash the number is read with "1", and the repair is recorded;
    an "l" anywhere else is left alone."""
    text = (
        "Quyết định này thay thế Quyết định số l5/2016/QĐ-UBND ngày 14/3/2016 của UBND tỉnh; "
        "Phụ lục số l kèm theo; số lượng 12/15 đơn vị; tổng số l/2 cán bộ."
    )
    refs = find_references(text)
    assert [(r.text, r.number_symbol) for r in refs] == [("Quyết định số l5/2016/QĐ-UBND", "15/2016/QĐ-UBND")]
    assert ("ocr_digit", "l5/2016/QĐ-UBND", "15/2016/QĐ-UBND") in [
        (x.kind, x.original, x.repaired) for x in refs[0].repairs
    ]


def test_ocr_upper_case_o_for_zero_in_numbers_and_dates() -> None:
    """OCR reads the digit zero as "O" (holdout17): in a symbol's number ("3O/2019/QĐ-UBND", "O5/CT-UBND"),
    its year ("45/2O20/NĐ-CP") and a date ("ngày 1O/3/2019", "năm⏎2O21") the digit is read, the repair
    recorded; a law named before such a number keeps it ("Luật Lưu trữ số O1/2011/QH13"). Chemical
    formulas and words are left alone."""
    text = (
        "Thay thế Quyết định số 3O/2019/QĐ-UBND ngày 1O/3/2019 của UBND tỉnh; thực hiện Nghị định số "
        "45/2O20/NĐ-CP ngày 08 tháng 4 năm\n2O20 và Chỉ thị số O5/CT-UBND; theo Luật Lưu trữ số O1/2011/QH13. "
        "Khí O2, CO2 và H2O; mã TO2/KT."
    )
    refs = find_references(text)
    assert [(r.text, r.number_symbol, r.date) for r in refs] == [
        ("Quyết định số 3O/2019/QĐ-UBND", "30/2019/QĐ-UBND", "2019-03-10"),
        ("Nghị định số 45/2O20/NĐ-CP", "45/2020/NĐ-CP", "2020-04-08"),
        ("Chỉ thị số O5/CT-UBND", "05/CT-UBND", None),
        ("Luật Lưu trữ số O1/2011/QH13", "01/2011/QH13", None),
    ]
    assert ("ocr_digit", "3O/2019/QĐ-UBND", "30/2019/QĐ-UBND") in [
        (x.kind, x.original, x.repaired) for x in refs[0].repairs
    ]


def test_text_typed_without_diacritics() -> None:
    """A line typed without any Vietnamese marks (an e-mail, a forum post; holdout17) is read like the
    marked text: type words, "so", "ngay", "cua", bodies, provinces, relation cues and law names are
    restored in the shadow only (the surfaces stay as written); "ND 168" is the short form of the decree.
    Words a restoration would get wrong are left alone ("dang ky", "quan ly", "so voi")."""
    text = (
        "Thuc hien Cong van so 312/STP-PBGDPL ngay 05/3/2025 cua So Tu phap tinh Ninh Binh ve viec tuyen "
        "truyen Luat Trat tu, an toan giao thong duong bo nam 2024 va Nghi dinh so 168/2024/ND-CP ngay "
        "26/12/2024 cua Chinh phu. Muc phat theo ND 168 cao hon; dang ky xe, quan ly so voi truoc."
    )
    refs = find_references(text, "2025-03-14")
    assert [(r.text, r.kind, r.number_symbol, r.date, r.issuer, r.relation) for r in refs] == [
        (
            "Cong van so 312/STP-PBGDPL",
            "full",
            "312/STP-PBGDPL",
            "2025-03-05",
            "Sở Tư pháp tỉnh Ninh Bình",
            "implements",
        ),
        (
            "Luat Trat tu, an toan giao thong duong bo nam 2024",
            "named",
            "36/2024/QH15",
            None,
            "Quốc hội",
            "implements",
        ),
        ("Nghi dinh so 168/2024/ND-CP", "full", "168/2024/NĐ-CP", "2024-12-26", "Chính phủ", "implements"),
        ("ND 168", "short", "168/2024/NĐ-CP", None, "Chính phủ", "implements"),
    ]
    assert [r.doc_type for r in refs] == ["Công văn", "Luật", "Nghị định", "Nghị định"]


def test_restoring_marks_only_on_lines_written_without_them() -> None:
    """ingest.marks: a line of ordinary Vietnamese is never changed; on a line without marks a one-word
    restoration happens only in its context ("so 45", "ngay 14/3", "cua Chinh phu", "UBND huyen")."""
    from ingest.marks import restorations, restore

    marked = (
        "Thực hiện mot cua theo Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về cơ chế một cửa."
    )
    assert restorations(marked) == []
    bare = "So: 45/TP, ngay 14 thang 3 nam 2025; cua UBND huyen; mot cua, so voi, dang ky, quan ly, cua hang"
    assert restore(bare, restorations(bare)) == (
        "Số: 45/TP, ngày 14 tháng 3 năm 2025; của UBND huyện; mot cua, so voi, dang ky, quan ly, cua hang"
    )


def test_type_words_with_a_mark_dropped_or_typed_in_telex() -> None:
    """A careless typist drops or misplaces a mark of the type word ("Chỉ thi", "Chí thị", "Kêt luận",
    "Quy đinh so") or leaves Telex letters with the input method off ("Keets luận", "Quyeets định";
    holdout17): the type word is still read (its type, the short forms it introduces), and "cua" before a
    name and "ngay" before a date on such a line are "của" and "ngày". A word that only looks alike
    before a number is no type word ("Chi tiêu 45")."""
    text = (
        "Thực hiện Chỉ thi số 45-CT/TW ngay 14/4/2025 cua Bộ Chính trị, Keets luận số 137-KL/TW và Quy đinh "
        "so 232-QD/TW; Chí thị số 23/CT-TTg; quán triệt Chỉ thi 45 và Quy định 232; kinh phí theo Quyeets "
        "định số 99-QĐ/TW. Chi tiêu 45 triệu đồng."
    )
    refs = find_references(text)
    assert [(r.text, r.doc_type, r.number_symbol, r.kind) for r in refs] == [
        ("Chỉ thi số 45-CT/TW", "Chỉ thị", "45-CT/TW", "full"),
        ("Keets luận số 137-KL/TW", "Kết luận", "137-KL/TW", "full"),
        ("Quy đinh so 232-QD/TW", "Quy định", "232-QĐ/TW", "full"),
        ("Chí thị số 23/CT-TTg", "Chỉ thị", "23/CT-TTg", "full"),
        ("Chỉ thi 45", "Chỉ thị", "45-CT/TW", "short"),
        ("Quy định 232", "Quy định", "232-QĐ/TW", "short"),
        ("Quyeets định số 99-QĐ/TW", "Quyết định", "99-QĐ/TW", "full"),
    ]
    assert (refs[0].date, refs[0].issuer) == ("2025-04-14", "Bộ Chính trị")


def test_ocr_separators_in_symbols() -> None:
    """OCR reads a symbol's hyphen as an underscore ("10/2022/TT_BNV", "102/KH_UBND"), its slashes as
    vertical bars ("33|2024|QH15") and puts a space after a Party symbol's hyphen ("số45- CT/TW";
    holdout17): the symbol is read, the repair recorded. Table cells, markdown and identifiers keep
    their underscores and bars."""
    text = (
        "Quốc hội đã thông qua Luật Lưu trữ số 33|2024|QH15; theo Thông tư số 10/2022/TT_BNV ngày 19/12/2022 "
        "và Kế hoạch số 102/KH_UBND; thực hiện Chỉ thị số45- CT/TW ngày 14/4/2025 của Bộ Chính trị.\n"
        "| 12 | 2024 | QH15 |\n|12|2024|QH15|\n__Quyết định__ về TEN_BIEN 12_AB."
    )
    refs = find_references(text)
    assert [(r.text, r.number_symbol) for r in refs] == [
        ("Luật Lưu trữ số 33|2024|QH15", "33/2024/QH15"),
        ("Thông tư số 10/2022/TT_BNV", "10/2022/TT-BNV"),
        ("Kế hoạch số 102/KH_UBND", "102/KH-UBND"),
        ("Chỉ thị số45- CT/TW", "45-CT/TW"),
    ]
    assert [x.kind for x in refs[1].repairs] == ["ocr_separator"]
    assert refs[3].date == "2025-04-14"


def test_office_letter_numbered_with_its_code_alone() -> None:
    """An office's letter numbered with its own code alone ("Công văn số 38/TP", holdout17) is a
    reference after the type word "Công văn"; without it ("số 12/VP", "21/TP", "Quyết định số 12/UB")
    it is not."""
    text = (
        "Công văn này thay thế Công văn số 38/TP ngày 07/3/2025 của Phòng Tư pháp; số 12/VP; đạt 21/TP; "
        "Quyết định số 12/UB."
    )
    refs = find_references(text)
    assert [(r.text, r.number_symbol, r.doc_type, r.date) for r in refs] == [
        ("Công văn số 38/TP", "38/TP", "Công văn", "2025-03-07")
    ]


def test_careless_typing_in_a_marked_line() -> None:
    """In a line with marks, a careless typist's unmarked phrase of two words or more ("thuc hien") and a
    misspelt "Luật" before a law's name ("Luât Khiếu nại", holdout17) are read as meant; an unmarked
    single word stays as typed ("Thuc hien mot cua …" keeps "cua" before a lower-case word)."""
    text = (
        "KẾ HOẠCH\nthuc hien Chỉ thị số 45-CT/TW ngày 14/4/2025 cua Bộ Chính trị về đại hội.\n"
        "Còn 05 vụ việc quá thời hạn theo Điều 28 Luât Khiếu nại và cơ chế mot cua."
    )
    refs = find_references(text, "2025-04-25")
    assert [(r.text, r.number_symbol, r.relation, r.issuer) for r in refs] == [
        ("Chỉ thị số 45-CT/TW", "45-CT/TW", "implements", "Bộ Chính trị"),
        ("Luât Khiếu nại", "02/2011/QH13", "implements", "Quốc hội"),
    ]


def test_date_of_passing_stated_before_the_law() -> None:
    """ "Ngày 21 tháng 6 năm 2024, tại Kỳ họp thứ 7, Quốc hội khóa XV đã thông⏎qua Luật … số …" (holdout17):
    the date stated at the head of the sentence, the session's place between, is the law's, as
    "Ngày …, Chính phủ ban hành X" is; another clause between still keeps it apart."""
    text = (
        "Ngày 21 tháng 6 năm 2024, tại Kỳ họp thứ 7, Quốc hội khóa XV đã thông\nqua Luật Lưu trữ số "
        "33/2024/QH15. Ngày 10/6/2023, UBND tỉnh đã họp, sau đó ban hành Kế hoạch số 5/KH-UBND."
    )
    assert [(r.number_symbol, r.date) for r in find_references(text)] == [
        ("33/2024/QH15", "2024-06-21"),
        ("5/KH-UBND", None),
    ]


def test_issuer_clause_wrapped_before_cua() -> None:
    """An OCR'd line wrapped between the date and "của" ("ngày 10/3/2023⏎của Chủ tịch UBND tỉnh",
    holdout17) keeps the issuer."""
    text = "Thực hiện Chỉ thị số 05/CT-UBND ngày 10/3/2023\ncủa Chủ tịch UBND tỉnh về tăng cường kỷ luật."
    assert [(r.number_symbol, r.date, r.issuer) for r in find_references(text)] == [
        ("05/CT-UBND", "2023-03-10", "Chủ tịch Ủy ban nhân dân tỉnh")
    ]


def test_issuer_of_a_group_named_before_trong_do_co() -> None:
    """ "các quyết định của UBND huyện A (cũ) về …, trong đó có Quyết định số X": X is one of that
    issuer's documents (holdout7)."""
    text = (
        "Đề nghị bãi bỏ các quyết định của UBND huyện Krông Nô (cũ) về thủ tục hành chính không còn phù "
        "hợp, trong đó có Quyết định số 2315/QĐ-UBND ngày 12/10/2023; Sở ban hành Kế hoạch số 5/KH-SNV."
    )
    found = {r.number_symbol: r.issuer for r in find_references(text)}
    assert found["2315/QĐ-UBND"] == "Ủy ban nhân dân huyện Krông Nô"
    assert found["5/KH-SNV"] != "Ủy ban nhân dân huyện Krông Nô"


def test_issuer_of_a_group_named_before_gom_or_nhu() -> None:
    """ "các văn bản của UBND tỉnh A (cũ) cho đến khi … theo Y, gồm: X nêu trên" and "một số văn bản của UBND
    huyện B (cũ), như X": X is one of that issuer's documents (holdout18), also across the reference Y and
    before another body named after X; "như sau:" introduces no group."""
    text = (
        "Xã tiếp tục áp dụng các văn bản của UBND tỉnh Hà Giang (cũ) cho đến khi UBND tỉnh ban hành văn bản "
        "thay thế theo Nghị quyết số 190/2025/QH15, gồm: Quyết định số 14/2024/QĐ-UBND nêu trên. Tồn tại: "
        "một số văn bản của UBND huyện Vị Xuyên (cũ), như Kế hoạch số 77/KH-UBND ngày 02/4/2025, chưa được "
        "Sở Tư pháp rà soát. Các nội dung của Sở Nội vụ như sau: Kế hoạch số 9/KH-SNV."
    )
    found = {r.number_symbol: r.issuer for r in find_references(text)}
    assert found["14/2024/QĐ-UBND"] == "Ủy ban nhân dân tỉnh Hà Giang"
    assert found["77/KH-UBND"] == "Ủy ban nhân dân huyện Vị Xuyên"
    assert found["9/KH-SNV"] is None  # "như sau:" names no group


def test_a_bare_law_name_means_the_newer_version_the_text_cites_before_it_takes_effect() -> None:
    """A text written after a law is passed and before it takes effect, which names the new law with its
    number or year, calls it by its bare name too ("Luật Công chứng số 46/2024/QH15 … Nghị định quy định
    chi tiết … Luật Công chứng", holdout8); without that explicit citation the bare name is the version in
    force on the text's date."""
    from ingest import extract_text

    head = "BỘ TÀI CHÍNH\nSố: 101/BTC-QLG\nHà Nội, ngày 20 tháng 5 năm 2024\n\n"
    new = (
        head
        + "Luật Giá số 16/2023/QH15 có hiệu lực từ ngày 01/7/2024. Bộ đang hướng dẫn thi hành Luật Giá.\n"
    )
    old = head + "Luật Giá năm 2012 vẫn áp dụng. Bộ đang hướng dẫn thi hành Luật Giá.\n"
    assert [r.number_symbol for r in extract_text(new).references if r.kind != "full"] == ["16/2023/QH15"]
    assert [r.number_symbol for r in extract_text(old).references] == ["11/2012/QH13", "11/2012/QH13"]


def test_an_undated_text_means_by_a_bare_law_name_the_one_version_it_cites() -> None:
    """A headless Q&A or explanation page has no date to choose a version by: a law named bare ("Bộ luật
    Hình sự quy định …") is the one version of it the page cites by number or year (real-text audit
    r13); two versions cited leave it undetermined, as before."""
    one_version = (
        "Căn cứ pháp lý: Bộ luật Hình sự 2015.\nHỏi: tội này bị xử lý theo Điều 174 Bộ luật Hình sự "
        "thế nào?\nTrả lời: Bộ luật Hình sự quy định phạt tù."
    )
    bare = [r.number_symbol for r in find_references(one_version)]
    assert bare == ["100/2015/QH13", "100/2015/QH13", "100/2015/QH13"]
    by_number = "Luật Đất đai số 45/2013/QH13 quy định như vậy. Theo Luật Đất đai, người sử dụng đất …"
    assert [r.number_symbol for r in find_references(by_number)] == ["45/2013/QH13", "45/2013/QH13"]
    two = "So với Bộ luật Hình sự 1999, Bộ luật Hình sự 2015 nhẹ hơn. Bộ luật Hình sự quy định phạt tù."
    assert [r.number_symbol for r in find_references(two)][-1] is None


def test_a_bare_law_name_in_a_report_on_the_version_in_force_is_that_version() -> None:
    """A report on the law in force whose subject names it with its number, beside the newer law passed
    and not yet in force ("về việc tổng kết thi hành Luật X số A và chuẩn bị triển khai Luật X số B",
    holdout44), means the version it reports on by the bare name, in its title and body; without that
    subject the bare name is the newer version the text cites (holdout8)."""
    head = "LIÊN ĐOÀN LAO ĐỘNG TỈNH NAM ĐỊNH\nSố: 77/BC-LĐLĐ\nNam Định, ngày 10 tháng 12 năm 2024\n\n"
    subject = (
        head + "BÁO CÁO\nTổng kết thi hành Luật Công đoàn\n\nThực hiện Công văn số 501/TLĐ ngày 02/12/2024 "
        "của Tổng Liên đoàn Lao động Việt Nam về việc tổng kết thi hành Luật Công đoàn số 12/2012/QH13 và "
        "chuẩn bị triển khai Luật Công đoàn số 50/2024/QH15, Liên đoàn Lao động tỉnh báo cáo như sau:\n"
        "Việc thành lập công đoàn cơ sở theo Điều 6 Luật Công đoàn còn chậm.\n"
    )
    bare = [r for r in extract_text(subject).references if r.kind == "named"]
    assert [(r.number_symbol, r.relation) for r in bare] == [
        ("12/2012/QH13", "reports_on"),
        ("12/2012/QH13", "implements"),
    ]
    eve = (
        head
        + "Luật Công đoàn số 50/2024/QH15 có hiệu lực từ ngày 01/7/2025. Đang tuyên truyền Luật Công đoàn.\n"
    )
    assert [r.number_symbol for r in extract_text(eve).references if r.kind == "named"] == ["50/2024/QH15"]


def test_a_1990s_government_symbol_is_the_issuer_code_alone() -> None:
    """Decrees and decisions of the 1990s were numbered "n/CP" and "n/TTg" ("Nghị định 15/CP ngày
    02/3/1993", holdout8): a full reference after its type word, the code naming its issuer; without a
    type word "5/CP" is no reference, and other codes alone ("12/UBND") stay rejected."""
    text = (
        "Căn cứ Nghị định 15/CP ngày 02/3/1993 của Chính phủ, Nghị định số 89/CP ngày 07/8/1997 và "
        "Quyết định số 38/TTg; tỷ lệ 5/CP; Quyết định số 12/UBND."
    )
    assert [(r.text, r.number_symbol, r.issuer) for r in refs(text)] == [
        ("Nghị định 15/CP", "15/CP", "Chính phủ"),
        ("Nghị định số 89/CP", "89/CP", "Chính phủ"),  # the code names its issuer
        ("Quyết định số 38/TTg", "38/TTg", "Thủ tướng Chính phủ"),
    ]


def test_old_ordinances_without_a_modern_symbol_and_the_1998_complaints_law() -> None:
    """Texts of the 1990s-2000s cite ordinances that never had an n/yyyy/PL-UBTVQH symbol and a law the
    gazetteer knew without its number (holdout8): the ordinances are named references with no number
    (the one of 1990 issued by the Hội đồng Nhà nước), the law carries 09/1998/QH10."""
    text = (
        "Căn cứ Pháp lệnh Cán bộ, công chức năm 1998; thực hiện Pháp lệnh Thanh tra năm 1990 và giải quyết "
        "theo Luật Khiếu nại, tố cáo."
    )
    assert [(r.text, r.kind, r.number_symbol, r.issuer) for r in find_references(text, "2001-05-10")] == [
        ("Pháp lệnh Cán bộ, công chức năm 1998", "named", None, "Ủy ban Thường vụ Quốc hội"),
        ("Pháp lệnh Thanh tra năm 1990", "named", None, "Hội đồng Nhà nước"),
        ("Luật Khiếu nại, tố cáo", "named", "09/1998/QH10", "Quốc hội"),
    ]


def test_the_adoption_date_after_a_comma_a_term_and_a_session() -> None:
    """ "Luật X năm 2023, được Quốc hội thông qua ngày …" and "Luật X số … được Quốc hội khóa XV thông
    qua tại Kỳ họp thứ 5 ngày …" (holdout8): the passive clause states the law's date; the issuer stays
    "Quốc hội", without the term."""
    text = (
        "Triển khai Luật Giá năm 2023, được Quốc hội thông qua ngày 19/6/2023 và có hiệu lực từ ngày 01/7/2024. "
        "Luật Nhà ở số 27/2023/QH15 được Quốc hội khóa XV thông qua tại Kỳ họp thứ 6 ngày 27/11/2023."
    )
    assert [(r.text, r.date, r.issuer) for r in find_references(text, "2024-03-01")] == [
        ("Luật Giá năm 2023", "2023-06-19", "Quốc hội"),
        ("Luật Nhà ở số 27/2023/QH15", "2023-11-27", "Quốc hội"),
    ]


def test_the_2025_party_board_of_propaganda_and_mass_mobilisation_codes() -> None:
    """The Ban Tuyên giáo và Dân vận Trung ương (from 2025) signs "n-HD/BTGDVTW" (holdout8): its code names
    its issuer; the provincial "BTGDVTU" is a known local code (no issuer without the province)."""
    found = refs(
        "theo Hướng dẫn số 15-HD/BTGDVTW ngày 10/3/2025 và Kế hoạch số 12-KH/BTGDVTU ngày 12/3/2025."
    )
    assert [(r.number_symbol, r.issuer, r.confidence >= 0.9) for r in found] == [
        ("15-HD/BTGDVTW", "Ban Tuyên giáo và Dân vận Trung ương", True),
        ("12-KH/BTGDVTU", None, True),
    ]


def test_the_issuer_of_a_list_announced_by_a_colon_and_verbs_that_end_an_issuer_clause() -> None:
    """ "UBND huyện đã ban hành các văn bản chỉ đạo¹: Kế hoạch số A …; Kế hoạch số B …" (holdout8): the
    body before "ban hành" issued every item; "của Chủ tịch UBND huyện kiện toàn Hội đồng …" ends the
    issuer at the verb ("kiện toàn", "thành lập", "công bố")."""
    text = (
        "UBND huyện đã ban hành các văn bản chỉ đạo¹: Kế hoạch số 7/KH-UBND ngày 12/01/2024 về tuyên truyền; "
        "Kế hoạch số 9/KH-UBND ngày 19/01/2024 về hòa giải; Quyết định số 88/QĐ-UBND ngày 20/02/2024 của Chủ "
        "tịch UBND huyện thành lập Ban Chỉ đạo, Quyết định số 90/QĐ-UBND ngày 21/02/2024 của Chủ tịch UBND "
        "tỉnh công bố danh mục."
    )
    assert [r.issuer for r in refs(text)] == [
        "Ủy ban nhân dân huyện",
        "Ủy ban nhân dân huyện",
        "Chủ tịch Ủy ban nhân dân huyện",
        "Chủ tịch Ủy ban nhân dân tỉnh",
    ]


def test_a_province_alone_scopes_a_local_code() -> None:
    """ "Quyết định số 12/2023/QĐ-UBND của tỉnh Quảng Ngãi", "… của Chủ tịch UBND Thành phố và Thành phố
    Hồ Chí Minh ban hành Kế hoạch số …" (holdout8): the province is the issuer's place (its UBND issued
    the UBND-coded document); "X và Y ban hành" names Y, never "X và Y"."""
    text = (
        "Quyết định số 5/2023/QĐ-UBND của tỉnh Bến Tre có nội dung chưa phù hợp. UBND thành phố Hà Nội ban "
        "hành Chỉ thị số 3/CT-UBND ngày 05/6/2023 của Chủ tịch UBND Thành phố và Thành phố Cần Thơ ban "
        "hành Kế hoạch số 29/KH-UBND ngày 30/6/2023 để khắc phục."
    )
    assert [(r.number_symbol, r.issuer, r.issuer_province) for r in refs(text)] == [
        ("5/2023/QĐ-UBND", None, "Bến Tre"),
        ("3/CT-UBND", "Chủ tịch Ủy ban nhân dân Thành phố", None),
        ("29/KH-UBND", None, "Cần Thơ"),
    ]


def test_a_bill_whose_name_the_gazetteer_knows_as_an_amending_law_names_the_law_inside() -> None:
    """The gazetteer knows "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức
    chính quyền địa phương" (47/2019/QH14) by its whole name; named as a bill ("dự án …") it is no
    reference and the laws inside are, as for an amending law the gazetteer lacks (holdout25: adding
    67/2020/QH14 must keep holdout8's bill)."""
    text = (
        "Đề nghị bổ sung dự án Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức "
        "chính quyền địa phương vào Chương trình xây dựng luật."
    )
    assert [r.text for r in find_references(text, "2018-03-29")] == [
        "Luật Tổ chức Chính phủ",
        "Luật Tổ chức chính quyền địa phương",
    ]


def test_a_bill_named_after_the_law_it_amends_names_that_law() -> None:
    """ "đưa dự án Luật sửa đổi, bổ sung một số điều của Luật Xử lý vi phạm hành chính vào Chương trình"
    (holdout8): the bill is no reference; the law in force it would amend is (holdout4's proposal)."""
    text = (
        "Đề nghị bổ sung dự án Luật sửa đổi, bổ sung một số điều của Luật Đầu tư công vào Chương trình xây "
        "dựng luật. Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính "
        "quyền địa phương ngày 22 tháng 11 năm 2019."
    )
    assert [(r.text, r.number_symbol) for r in find_references(text, "2024-03-29")] == [
        ("Luật Đầu tư công", "39/2019/QH14"),
        (
            "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương",
            "47/2019/QH14",
        ),
    ]


def test_the_amending_fire_law_named_in_a_decree_subject() -> None:
    """ "… biện pháp thi hành Luật Phòng cháy và chữa cháy và Luật sửa đổi, bổ sung một số điều của Luật
    Phòng cháy và chữa cháy": two laws, the second the amending law of 2013 (laws.json, holdout22)."""
    text = (
        "Kiểm tra theo Nghị định số 136/2020/NĐ-CP ngày 24/11/2020 của Chính phủ quy định chi tiết một số điều "
        "và biện pháp thi hành Luật Phòng cháy và chữa cháy và Luật sửa đổi, bổ sung một số điều của Luật "
        "Phòng cháy và chữa cháy."
    )
    assert [(r.text, r.number_symbol) for r in find_references(text, "2025-01-06")] == [
        ("Nghị định số 136/2020/NĐ-CP", "136/2020/NĐ-CP"),
        ("Luật Phòng cháy và chữa cháy", "27/2001/QH10"),
        ("Luật sửa đổi, bổ sung một số điều của Luật Phòng cháy và chữa cháy", "40/2013/QH13"),
    ]


def test_party_symbol_missing_its_slash_is_split_by_known_codes() -> None:
    """ "Quy định số 29-QĐTW": a Party type code glued to the code of a Party body; a year range or a
    code that is no Party body stays unread."""
    r = one("Ủy ban Kiểm tra giám sát việc thực hiện Quy định số 29-QĐTW ngày 25/7/2016.")
    assert (r.number_symbol, r.doc_type) == ("29-QĐ/TW", "Quy định")
    assert ("missing_slash", "QĐTW", "QĐ/TW") in [(x.kind, x.original, x.repaired) for x in r.repairs]
    assert one("theo Nghị quyết số 12-NQTU của Tỉnh ủy").number_symbol == "12-NQ/TU"
    assert not [x for x in find_references("giai đoạn 2021-2025, mã 2023-KHCN") if x.kind == "full"]


def test_issuer_clause_goes_on_over_a_pdf_wrap_inside_the_name() -> None:
    """ "của Hội nghị lần thứ bảy Ban⏎Chấp hành …", "của⏎Ban Chấp hành …": a wrap right after "của" or after a
    word that starts a body's name and never ends it; a name complete before the wrap stops there."""
    refs = find_references(
        "Quán triệt Nghị quyết số 27-NQ/TW ngày 21/5/2018 của Hội nghị lần thứ bảy Ban\nChấp hành Trung ương "
        "Đảng khóa XII và Kết luận số 83-KL/TW ngày 30/6/2020 của\nBan Chấp hành Trung ương Đảng về cải cách."
    )
    assert [(r.number_symbol, r.issuer) for r in refs] == [
        ("27-NQ/TW", "Ban Chấp hành Trung ương Đảng"),
        ("83-KL/TW", "Ban Chấp hành Trung ương Đảng"),
    ]
    r = one("Theo Quyết định số 45/QĐ-BTP ngày 02/3/2024 của Bộ Tư pháp\nPhòng Tư pháp đã triển khai.")
    assert r.issuer == "Bộ Tư pháp"


def test_issuer_after_a_list_of_one_issuer_code_is_shared_across_types() -> None:
    """ "Quy định số A-QĐ/TW, Quy định số B-QĐ/TW và Chỉ thị số C-CT/TW của Bộ Chính trị": each item's
    issuer; different issuer codes share nothing."""
    refs = find_references(
        "Quán triệt Quy định số 69-QĐ/TW, Quy định số 22-QĐ/TW và Chỉ thị số 35-CT/TW của Bộ Chính trị."
    )
    assert [r.issuer for r in refs] == ["Bộ Chính trị"] * 3
    refs = find_references(
        "Thực hiện Nghị định số 30/2020/NĐ-CP và Thông tư số 01/2019/TT-BNV của Bộ Nội vụ."
    )
    assert [r.issuer for r in refs] == ["Chính phủ", "Bộ Nội vụ"]


def test_issuer_after_a_list_of_dated_items_of_one_issuer_code_is_shared_across_types() -> None:
    """ "Chỉ thị số A-CT/TW ngày … và Kết luận số B-KL/TW ngày … của Bộ Chính trị" (real-text audit r50): each
    item has its own date and the issuer stated once at the end is every item's, as in an undated list;
    items that each have their own "của …" clause keep theirs, and other issuer codes share nothing."""
    refs = find_references(
        "Quán triệt Nghị quyết số 07-NQ/TW ngày 10/3/2017, Chỉ thị số 21-CT/TW ngày 4/6/2019 và Kết luận số "
        "3-KL/TW, ngày 1-2-2020 của Ban Bí thư về công tác cán bộ."
    )
    assert [(r.date, r.issuer) for r in refs] == [
        ("2017-03-10", "Ban Bí thư"),
        ("2019-06-04", "Ban Bí thư"),
        ("2020-02-01", "Ban Bí thư"),
    ]
    refs = find_references(
        "Quán triệt Nghị quyết số 07-NQ/TW ngày 10/3/2017 của Bộ Chính trị và Chỉ thị số 21-CT/TW ngày 4/6/2019 "
        "của Ban Bí thư; Nghị định số 30/2020/NĐ-CP ngày 5/3/2020 và Thông tư số 01/2019/TT-BNV ngày "
        "24/1/2019 của Bộ Nội vụ."
    )
    assert [r.issuer for r in refs] == [
        "Bộ Chính trị",
        "Ban Bí thư",
        "Chính phủ",
        "Bộ Nội vụ",
    ]


def test_yearly_government_resolution_with_a_hyphen_before_the_year() -> None:
    """ "Nghị quyết số 19-2018/NQ-CP" (the Government's yearly business-environment resolutions): the
    state form n-yyyy/TYPE-ISSUER, kept as written; Party symbols "n-TYPE/ISSUER" are unaffected."""
    refs = find_references(
        "Triển khai Nghị quyết số 19-2018/NQ-CP ngày 15/5/2018 của Chính phủ và các Nghị quyết số "
        "02/NQ-CP, Nghị quyết 19-2016/NQ-CP; Kết luận số 12-KL/TW."
    )
    assert [(r.number_symbol, r.date, r.issuer) for r in refs] == [
        ("19-2018/NQ-CP", "2018-05-15", "Chính phủ"),
        ("02/NQ-CP", None, "Chính phủ"),
        ("19-2016/NQ-CP", None, "Chính phủ"),
        ("12-KL/TW", None, None),
    ]


def test_bare_province_name_before_the_parenthesis_of_a_local_document() -> None:
    """A summary report listing provinces' documents "như: Lạng Sơn (Báo cáo số …), Kon Tum (Báo cáo …)":
    the province named right before the parenthesis issued it, when the gazetteer knows the name."""
    refs = find_references(
        "Một số địa phương báo cáo đầy đủ như: Lạng Sơn (Báo cáo số 298/BC-UBND ngày 26/9/2022), "
        "Kon Tum (Báo cáo 176/BC-UBND); Kế hoạch (Quyết định số 12/QĐ-UBND)."
    )
    assert [(r.number_symbol, r.issuer_province) for r in refs] == [
        ("298/BC-UBND", "Lạng Sơn"),
        ("176/BC-UBND", "Kon Tum"),
        ("12/QĐ-UBND", None),
    ]


def test_a_list_date_is_not_shared_with_a_document_dated_otherwise_in_the_text() -> None:
    """ "Chỉ thị số 36-CT/TW và Chỉ thị số 21-CT/TW ngày 26/3/2008 của Ban Bí thư", after the text gave
    36-CT/TW its own date: the clause is the last item's; an item cited nowhere else still shares it."""
    refs = find_references(
        "Thực hiện Chỉ thị số 36-CT/TW ngày 16/8/2019 của Bộ Chính trị. Kế hoạch triển khai Chỉ thị số "
        "36-CT/TW và Chỉ thị số 21-CT/TW ngày 26/3/2008 của Ban Bí thư; Quyết định số 217-QĐ/TW, Quyết "
        "định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị."
    )
    assert [(r.number_symbol, r.date, r.issuer) for r in refs] == [
        ("36-CT/TW", "2019-08-16", "Bộ Chính trị"),
        ("36-CT/TW", None, None),
        ("21-CT/TW", "2008-03-26", "Ban Bí thư"),
        ("217-QĐ/TW", "2013-12-12", "Bộ Chính trị"),
        ("218-QĐ/TW", "2013-12-12", "Bộ Chính trị"),
    ]


def test_provincial_police_issuing_a_plan() -> None:
    """ "Công an tỉnh ban hành Kế hoạch số …/KH-CAT-PC04": the police are an issuing body like a Sở."""
    refs = find_references(
        "Sở Y tế ban hành Kế hoạch số 77/KH-SYT ngày 10/02/2023; Công an tỉnh ban hành Kế hoạch số "
        "310/KH-CAT-PC04 ngày 15/02/2023."
    )
    assert [(r.number_symbol, r.issuer) for r in refs] == [
        ("77/KH-SYT", "Sở Y tế"),
        ("310/KH-CAT-PC04", "Công an tỉnh"),
    ]


def test_a_quoted_sample_of_the_number_heading_is_no_reference() -> None:
    """A rule on the form of documents quoting a sample number ('ghi theo mẫu "Số: 15/QĐ-UBND"') names no
    document; the same symbol cited in running text is one (holdout11)."""
    refs = find_references(
        'Số, ký hiệu của văn bản được ghi theo mẫu "Số: 15/QĐ-UBND" hoặc “Số: 07/2026/TT-BNV”; '
        "thực hiện theo Quyết định số 15/QĐ-UBND ngày 02/01/2025."
    )
    assert [r.number_symbol for r in refs] == ["15/QĐ-UBND"]


def test_the_state_banks_abbreviation_is_written_out_in_a_stated_issuer() -> None:
    """ "của Thống đốc NHNN" -> "Thống đốc Ngân hàng Nhà nước Việt Nam" (bodies.json issuer_text, holdout12)."""
    r = one("Thực hiện Thông tư số 22/2019/TT-NHNN ngày 15/11/2019 của Thống đốc NHNN về an toàn vốn.")
    assert r.issuer == "Thống đốc Ngân hàng Nhà nước Việt Nam"


def test_a_law_guided_by_an_older_dated_document_is_not_the_newer_version_the_text_cites() -> None:
    """ "| 28/2015/TT-BLĐTBXH | 31/7/2015 | Hướng dẫn thực hiện Điều 52 của Luật Việc làm |" in a report that
    also names "Luật Việc làm số 74/2025/QH15": a 2015 circular guides the 2013 law (holdout12)."""
    from ingest import extract_text

    text = (
        "BỘ NỘI VỤ\nSố: 10/BC-BNV\nHà Nội, ngày 25 tháng 9 năm 2025\n\nBÁO CÁO\nrà soát\n\n"
        "| TT | Số, ký hiệu | Ngày ban hành | Trích yếu |\n|---|---|---|---|\n"
        "| 1 | 28/2015/TT-BLĐTBXH | 31/7/2015 | Hướng dẫn thực hiện Điều 52 của Luật Việc làm |\n\n"
        "Bộ đang xây dựng Nghị định quy định chi tiết Luật Việc làm số 74/2025/QH15.\n"
    )
    named = [r for r in extract_text(text).references if r.text == "Luật Việc làm"]
    assert [(r.number_symbol, r.relation) for r in named] == [("38/2013/QH13", "guides")]


def test_a_law_guided_by_a_decree_of_the_documents_own_year_is_the_version_of_the_documents_date() -> None:
    """A page stamped in April 2023 on "Nghị định số 03/2023/NĐ-CP quy định chi tiết … Luật Tài nguyên nước"
    (the decree's date not given): the decree is of that year but not later than the page, so it details the
    2012 law, not the one passed in November 2023 (real-text audit r58)."""
    from ingest import extract_text

    text = (
        "Tài nguyên 14 Tháng Tư 2023 9:10:00 SA\n\nBan hành quy định mới về nước\n\n"
        "Chính phủ vừa ban hành Nghị định số 03/2023/NĐ-CP quy định chi tiết một số điều của Luật Tài nguyên "
        "nước, có hiệu lực từ tháng 5 năm nay.\n"
    )
    named = [r for r in extract_text(text).references if r.text == "Luật Tài nguyên nước"]
    assert [r.number_symbol for r in named] == ["17/2012/QH13"]


def test_an_issuer_clause_ends_before_the_verb_of_the_sentence() -> None:
    """ "căn cứ … Hướng dẫn số 12-HD/TĐTN ngày 18/3/2025 của Ban Thường vụ Tỉnh đoàn xây dựng kế hoạch thực
    hiện": "xây dựng kế hoạch" is what the subject does, not part of the issuer (holdout12)."""
    r = one(
        "Các huyện đoàn căn cứ Hướng dẫn số 12-HD/TĐTN ngày 18/3/2025 của Ban Thường vụ Tỉnh đoàn xây dựng kế hoạch thực hiện."
    )
    assert r.issuer == "Ban Thường vụ Tỉnh đoàn"
    # a body whose name holds the words stays whole
    r = one("Thực hiện Quyết định số 45/QĐ-BQL ngày 02/3/2024 của Ban Quản lý dự án đầu tư xây dựng tỉnh.")
    assert r.issuer is not None and r.issuer.startswith("Ban Quản lý dự án đầu tư xây dựng")


def test_an_office_holder_stated_before_ban_hanh_wins_over_the_code() -> None:
    """ "Bộ trưởng Bộ Nội vụ đã ban hành Thông tư số … và Quyết định số …": the stated office holder, not
    the ministry the code implies (holdout12); an issuer clause of the reference's own keeps its body."""
    found = {
        r.number_symbol: r.issuer
        for r in refs(
            "Năm 2025, Bộ trưởng Bộ Nội vụ đã ban hành Thông tư số 07/2025/TT-BNV ngày 30/6/2025 và Quyết định "
            "số 688/QĐ-BNV ngày 14/7/2025; Thông tư số 02/2025/TT-BTC ngày 03/1/2025 của Bộ Tài chính."
        )
    }
    assert found == {
        "07/2025/TT-BNV": "Bộ trưởng Bộ Nội vụ",
        "688/QĐ-BNV": "Bộ trưởng Bộ Nội vụ",
        "02/2025/TT-BTC": "Bộ Tài chính",
    }


def test_a_joint_issuer_of_the_politburo_and_the_secretariat() -> None:
    """ "của Bộ Chính trị, Ban Bí thư" is one joint issuer (Kết luận 126, 127-KL/TW; holdout12), not a
    list after the first organ."""
    r = one("Thực hiện Kết luận số 127-KL/TW ngày 28/02/2025 của Bộ Chính trị, Ban Bí thư về sắp xếp bộ máy.")
    assert r.issuer == "Bộ Chính trị, Ban Bí thư"
    r = one(
        "Quán triệt Kết luận số 126-KL/TW ngày 14/02/2025 của Bộ Chính trị, Ban Bí thư và các văn bản khác."
    )
    assert r.issuer == "Bộ Chính trị, Ban Bí thư"


def test_an_issuer_stated_once_at_the_end_of_a_semicolon_list_of_one_code() -> None:
    """ "Kế hoạch số 01-KH/BCĐTW; Công văn số 45-CV/BCĐTW ngày 28/3/2025 của Ban Chỉ đạo Trung ương": the
    clause names the issuer of both (holdout11, holdout12); its date stays the last item's."""
    a, b = refs(
        "¹ Kế hoạch số 01-KH/BCĐTW; Công văn số 45-CV/BCĐTW ngày 28/3/2025 của Ban Chỉ đạo Trung ương."
    )
    assert (a.issuer, a.date) == ("Ban Chỉ đạo Trung ương", None)
    assert (b.issuer, b.date) == ("Ban Chỉ đạo Trung ương", "2025-03-28")
    c, _d = refs("Kế hoạch số 12/KH-UBND; Quyết định số 45/QĐ-BYT ngày 02/3/2024 của Bộ Y tế.")
    assert c.issuer is None  # another issuer code


def test_a_named_laws_issuer_is_the_quoc_hoi_not_the_reporting_delegation() -> None:
    """ "Trên đây là báo cáo … việc thi hành Luật Phòng, chống bạo lực gia đình năm 2022 của Đoàn đại biểu
    Quốc hội tỉnh Hà Tĩnh": the "của" clause is the report's; the law is the Quốc hội's (holdout12)."""
    (r,) = [
        x
        for x in refs(
            "Trên đây là báo cáo kết quả giám sát việc thi hành Luật Phòng, chống bạo lực gia đình năm 2022 của "
            "Đoàn đại biểu Quốc hội tỉnh Hà Tĩnh./."
        )
        if x.kind == "named"
    ]
    assert (r.number_symbol, r.issuer) == ("13/2022/QH15", "Quốc hội")


def test_a_letters_issuer_is_the_first_code_and_the_drafting_unit_names_no_second_body():
    refs = find_references(
        "Thực hiện Công văn số 12/BNV-VP ngày 3/4/2023 về lễ hội và Công văn số 8/BTNMT-VP ngày 4/4/2023."
    )
    assert [(r.issuer_code, r.issuer) for r in refs] == [
        ("BNV", "Bộ Nội vụ"),
        ("BTNMT", "Bộ Tài nguyên và Môi trường"),
    ]


def test_a_symbol_split_after_the_slash_by_a_pdf_line_end():
    """pdfminer leaves a blank line where a justified PDF line wrapped after the slash ("10/⏎⏎CT-TTg"), and
    the reader joins such lines with the line's double space ("112/2020/  NĐ-CP", "10/  CT-TTg")
    (holdout13)."""
    found = [
        (r.number_symbol, r.issuer)
        for r in find_references(
            "thực hiện Chỉ  thị  số  10/\n\nCT-TTg, Sở báo cáo; theo Nghị  định  số  112/2020/  NĐ-CP  ngày  "
            "18/9/2020; giao tại Chỉ  thị  số  23/  CT-TTg; Quyết định số 7/\nQĐ-UBND."
        )
    ]
    assert found == [
        ("10/CT-TTg", "Thủ tướng Chính phủ"),
        ("112/2020/NĐ-CP", "Chính phủ"),
        ("23/CT-TTg", "Thủ tướng Chính phủ"),
        ("7/QĐ-UBND", None),
    ]
    assert find_references("đạt 10/ 20 điểm, tỷ lệ 45/  120 hồ sơ") == []


def test_a_footnote_mark_glued_to_a_law_name_after_another_law_in_the_window():
    """The mark's name is found when another law's name comes first within its reach ("… thi hành Luật A
    và Nghị định … của Luật A²;", a DOCX footnote reference, holdout13)."""
    text = (
        "theo Luật Hộ tịch¹. Kế hoạch triển khai thi hành Luật Thực hiện dân chủ ở cơ sở và Nghị định số "
        "59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ quy định chi tiết một số điều của Luật Thực hiện dân "
        "chủ ở cơ sở²; chỉ đạo các phòng, ban."
    )
    named = [(r.text, r.relation) for r in find_references(text) if r.kind == "named"]
    assert named == [
        ("Luật Hộ tịch", "implements"),
        ("Luật Thực hiện dân chủ ở cơ sở", "implements"),
        ("Luật Thực hiện dân chủ ở cơ sở", "guides"),
    ]


def test_a_date_on_the_continuation_line_of_a_table_cell():
    """A DOCX/PDF table cell going on on the next line after the row's leading tabs ("Nghị định số
    42/2022/NĐ-CP⏎\\t\\t\\t\\tngày 24/6/2022") states the date of its document (holdout13); a new row is not read
    on."""
    text = (
        "TT\tNội dung\tCơ quan chủ trì\tThời gian\tCăn cứ\n"
        "3\tCung cấp dịch vụ công\tVăn phòng\tThường xuyên\tNghị định số 42/2022/NĐ-CP\n\t\t\t\tngày 24/6/2022\n"
        "4\tSố hóa hồ sơ\tVăn phòng\tNăm 2025\tNghị định số 45/2020/NĐ-CP\nNgày 15/3/2025, Sở họp.\n"
    )
    assert [r.date for r in find_references(text)] == ["2022-06-24", None]


def test_an_issuer_clause_across_the_blank_line_of_a_pdf_wrap_and_up_to_a_table_cell():
    """ "của Bộ⏎⏎Chính trị" (a centred title wrapped, pdfminer's blank line between) is read across the
    break when only the joined words name a body; a clause in a tab-separated row ends at its cell
    ("của Bộ trưởng Bộ Tư pháp\\tBổ sung …") (holdout13)."""
    (title,) = find_references(
        "KẾ HOẠCH\n\nTriển khai thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ\n\nChính trị về "
        "đột phá phát triển khoa học\n\nvà chuyển đổi số"
    )
    assert title.issuer == "Bộ Chính trị"
    (letter,) = find_references(
        "theo Quyết định số 12/QĐ-UBND ngày 2/3/2024 của Ủy ban nhân dân tỉnh\n\nKính gửi: Sở"
    )
    assert letter.issuer == "Ủy ban nhân dân tỉnh"
    (cell,) = find_references(
        "Hiện hành\tDự thảo\tLý do\nĐiều 9\tTheo Thông tư số 03/2019/TT-BTP ngày 20/3/2019 của Bộ trưởng Bộ Tư "
        "pháp\tBổ sung ngày ban hành\n"
    )
    assert cell.issuer == "Bộ trưởng Bộ Tư pháp"


def test_a_footnote_describing_the_document_its_mark_is_attached_to_takes_that_citations_issuer():
    """ "… theo hướng dẫn tại Công văn số 1455/SNV-XDCQ ngày 12/12/2023 của Sở Nội vụ tỉnh Lâm Đồng⁴." with
    the note "⁴ Công văn số 1455/SNV-XDCQ hướng dẫn …": the note's letter is the marked sentence's (gold
    README: a footnote item takes its issuer from the sentence carrying the mark; holdout13)."""
    from ingest.pipeline import extract_text

    text = (
        "Các cơ quan tổ chức hội nghị theo hướng dẫn tại Công văn số 1455/SNV-XDCQ ngày 12/12/2023 của Sở "
        "Nội vụ tỉnh Lâm Đồng⁴. Kết quả tốt.\n\n⁴ Công văn số 1455/SNV-XDCQ hướng dẫn tổ chức hội nghị.\n"
        "⁵ Công văn số 77/SNV-XDCQ hướng dẫn khác.\n"
    )
    refs = extract_text(text).references
    assert [(r.number_symbol, r.issuer) for r in refs if r.in_footnote] == [
        ("1455/SNV-XDCQ", "Sở Nội vụ tỉnh Lâm Đồng"),
        ("77/SNV-XDCQ", None),
    ]


def test_a_speaker_before_a_verb_of_reported_speech_did_not_issue_the_document():
    """ "Phó Chủ tịch UBND tỉnh cho biết tỉnh đã ban hành Kế hoạch …": the speaker is no issuer (no
    "Chủ tịch Ủy ban nhân dân tỉnh cho biết tỉnh"); "UBND tỉnh đã ban hành …" still is (holdout13)."""
    (said,) = find_references(
        "Phó Chủ tịch UBND tỉnh cho biết tỉnh đã ban hành Kế hoạch số 52/KH-UBND ngày 03/4/2025."
    )
    assert said.issuer is None
    (issued,) = find_references("UBND tỉnh đã ban hành Kế hoạch số 52/KH-UBND ngày 03/4/2025.")
    assert issued.issuer == "Ủy ban nhân dân tỉnh"


def test_a_markdown_escaped_hyphen_inside_a_symbol_is_read_and_recorded() -> None:
    """pandoc escapes a hyphen it could read as markup and mammoth escapes every one ("02\\-NQ/TW",
    "NĐ\\-CP"): the symbol is read without the backslash, the surface kept in a repair (holdout15)."""
    text = (
        "Quán triệt Nghị quyết số 02\\-NQ/TW ngày 12/6/2021 của Bộ Chính trị, Kế hoạch số 38/KH\\-LĐLĐ "
        "và xử phạt theo Nghị định số 100/2019/NĐ\\-CP ngày 30/12/2019."
    )
    out = refs(text)
    assert [r.number_symbol for r in out] == ["02-NQ/TW", "38/KH-LĐLĐ", "100/2019/NĐ-CP"]
    assert [r.text for r in out] == [
        "Nghị quyết số 02\\-NQ/TW",
        "Kế hoạch số 38/KH\\-LĐLĐ",
        "Nghị định số 100/2019/NĐ\\-CP",
    ]
    assert out[0].date == "2021-06-12"
    assert all("markdown_escape" in {x.kind for x in r.repairs} for r in out)
    # a hard line break's backslash or an escaped bullet is no part of any symbol
    assert symbols("Ban hành Kế hoạch số 35/KH-UBND;\\\n\\- Chỉ đạo các xã") == ["35/KH-UBND"]


def test_markdown_emphasis_inside_a_symbol_is_read_and_recorded() -> None:
    """A docx→markdown converter (pandoc, mammoth) writes a marker where Word's bold or italic run
    changed, often inside a citation ("số** 72**/…", "**394**/TTr-CP**", "395/**ĐA-CP*", "15/**2020**/…"):
    the symbol is read without the markers, its span and text the surface, a repair records it (real-text
    audit r78)."""
    text = (
        "Xét Tờ trình số **218**/TTr-BNV** ngày 4/3/2025 của Bộ Nội vụ, Đề án **số** 219/**ĐA-BNV* ngày "
        "5/3/2025 và Thông tư số 07/**2024**/TT-BTC của Bộ Tài chính; thực hiện Quyết định số 31__/2023/QĐ-TTg."
    )
    out = refs(text)
    assert [r.number_symbol for r in out] == ["218/TTr-BNV", "219/ĐA-BNV", "07/2024/TT-BTC", "31/2023/QĐ-TTg"]
    assert [r.text for r in out] == [
        "Tờ trình số **218**/TTr-BNV",
        "Đề án **số** 219/**ĐA-BNV",
        "Thông tư số 07/**2024**/TT-BTC",
        "Quyết định số 31__/2023/QĐ-TTg",
    ]
    assert [r.date for r in out[:2]] == ["2025-03-04", "2025-03-05"]
    assert [r.issuer for r in out] == ["Bộ Nội vụ", "Bộ Nội vụ", "Bộ Tài chính", "Thủ tướng Chính phủ"]
    assert [[(x.kind, x.original, x.repaired) for x in r.repairs] for r in out] == [
        [("markdown_emphasis", "218**/TTr-BNV", "218/TTr-BNV")],
        [("markdown_emphasis", "219/**ĐA-BNV", "219/ĐA-BNV")],
        [("markdown_emphasis", "07/**2024**/TT-BTC", "07/2024/TT-BTC")],
        [("markdown_emphasis", "31__/2023/QĐ-TTg", "31/2023/QĐ-TTg")],
    ]
    # a symbol with no type word before it starts at its number as written
    (bare,) = refs("Hồ sơ gửi kèm 45**/2024/NĐ-CP và phụ lục.")
    assert (bare.text, bare.number_symbol) == ("45**/2024/NĐ-CP", "45/2024/NĐ-CP")


def test_a_law_numbered_with_emphasis_inside_is_the_stated_version() -> None:
    """ "Luật … số** 76**/2015/QH13": the number split by a bold run is the law's, so the named law is that
    version, not the one a later date in the text would pick (real-text audit r78)."""
    text = (
        "*Căn cứ** Luật Tổ chức Chính phủ số** 76**/2015/QH13 ngày 19/6/2015;*\n\n"
        "*Căn cứ Nghị định số 39/2025/NĐ-CP ngày 26/2/2025 của Chính phủ;*"
    )
    law, decree = refs(text)
    assert law.number_symbol == "76/2015/QH13"
    assert law.text == "Luật Tổ chức Chính phủ số** 76**/2015/QH13"
    assert (law.date, law.relation) == ("2015-06-19", "based_on")
    assert decree.number_symbol == "39/2025/NĐ-CP"


def test_an_issuer_clause_ends_before_a_word_opened_by_emphasis() -> None:
    """ "của Quốc hội **về …": a bold run opening on the word that ends the clause; the issuer never keeps
    the markers, the subject is read (real-text audit r78)."""
    opened = one("Căn cứ Nghị quyết số 190/2025/QH15 ngày 19/2/2025 của Quốc hội **về xử lý một số vấn đề;")
    assert (opened.issuer, opened.subject) == ("Quốc hội", "xử lý một số vấn đề")
    closed = one("Thực hiện Thông tư số 12/2024/TT-BYT của Bộ Y tế** về khám bệnh;")
    assert (closed.issuer, closed.subject) == ("Bộ Y tế", "khám bệnh")


def test_markers_outside_a_symbol_or_in_a_blank_make_no_reference() -> None:
    """Markers are read through only between a symbol's parts (real-text audit r78): a formula's star, a
    footnote star after a symbol, bullets and underline blanks of a form change nothing."""
    assert refs("Tỷ lệ hoàn thành = 7*/2024 x 100%, cao hơn năm trước.") == []
    noted = one("Thực hiện Nghị định số 45/2022/NĐ-CP* ngày 7/7/2022 của Chính phủ.")
    assert (noted.text, noted.date, noted.repairs) == ("Nghị định số 45/2022/NĐ-CP", "2022-07-07", [])
    assert symbols("Danh mục:\n* 45/2022/NĐ-CP\n* Thông tư 09/2023/TT-BTC") == [
        "45/2022/NĐ-CP",
        "09/2023/TT-BTC",
    ]
    assert refs("Số: ____/QĐ-UBND\nSố: __/__/QĐ-UBND ngày ... tháng ... năm ...") == []
    assert refs("hồ sơ và**/hoặc**/NĐ-CP điện tử") == []


def test_a_1990s_government_symbol_with_a_hyphen_is_read_as_written() -> None:
    """The Government wrote its 1993-1994 decrees "64-CP", "02-CP": after a type word the number and the
    issuer code are a symbol, kept with its hyphen (as "15/CP" keeps its slash); bare, it is no
    reference, and Party symbols "n-TYPE/ISSUER" are unaffected (holdout15)."""
    r = one("việc giao đất được thực hiện theo Nghị định 64-CP ngày 27/9/1993 của Chính phủ.")
    assert (r.text, r.number_symbol, r.date, r.issuer) == (
        "Nghị định 64-CP",
        "64-CP",
        "1993-09-27",
        "Chính phủ",
    )
    assert symbols("các hộ thuộc diện 64-CP của xã") == []
    assert symbols("Quán triệt Chỉ thị số 05-CT/TW") == ["05-CT/TW"]


def test_a_laws_name_and_its_number_across_a_line_break_after_so_are_one_reference() -> None:
    """pandoc wraps at 72 columns, leaving "số" at a line end and the number on the next line (indented
    in a footnote): the name and the number are one full reference, not a named law and a bare symbol
    (holdout15)."""
    r = one("Tuyên truyền sâu rộng Luật Phòng, chống bạo lực gia đình số\n13/2022/QH15 đến các chi hội.")
    assert (r.text, r.number_symbol, r.kind) == (
        "Luật Phòng, chống bạo lực gia đình số\n13/2022/QH15",
        "13/2022/QH15",
        "full",
    )
    r = one("[^1]: Quy định tại Luật Bình đẳng giới số\n    73/2006/QH11 của Quốc hội.")
    assert (r.number_symbol, r.kind) == ("73/2006/QH11", "full")


def test_a_law_name_wrapped_before_so_joins_its_number() -> None:
    """PDF text wraps a line between the law's name and "số": "… Luật Bảo vệ môi trường⏎số 72/2020/QH14"
    is one full reference, not a named law and a bare symbol."""
    r = one("Căn cứ Luật Bảo vệ môi trường\nsố 72/2020/QH14;\nCăn cứ các quy định hiện hành.")
    assert (r.text, r.number_symbol, r.kind) == (
        "Luật Bảo vệ môi trường\nsố 72/2020/QH14",
        "72/2020/QH14",
        "full",
    )


def test_a_blank_line_inside_a_laws_name_and_number_keeps_one_reference() -> None:
    """OCR or a scraper puts a paragraph break inside the line, before or after "số" (real-text audit r41):
    still one full reference; a heading naming a law above a paragraph that opens with "số" is not joined."""
    r = one("Căn cứ Luật Quy hoạch đô thị\n\nsố 47/2024/QH15;\n\nCăn cứ các quy định hiện hành.")
    assert (r.text, r.number_symbol, r.kind) == (
        "Luật Quy hoạch đô thị\n\nsố 47/2024/QH15",
        "47/2024/QH15",
        "full",
    )
    r = one("Thực hiện theo Luật Cán bộ, công chức số\n\n80/2025/QH15 và các văn bản hướng dẫn.")
    assert (r.text, r.kind) == ("Luật Cán bộ, công chức số\n\n80/2025/QH15", "full")
    assert [r.text for r in refs("Luật Đất đai\n\nsố 12 hộ dân chưa được cấp giấy chứng nhận.")] == [
        "Luật Đất đai"
    ]
    assert [r.text for r in refs("Luật Đất đai\n\nsố 45/2013/QH13 được thông qua năm 2013.")] == [
        "Luật Đất đai",
        "45/2013/QH13",
    ]


def test_a_flattened_tables_date_cell_and_a_wrapped_passive_clause_give_the_date() -> None:
    """docx2txt and mammoth write a table one cell per paragraph: the paragraph after the symbol's that
    holds only a date is the row's "Ngày ban hành" cell; pandoc wraps "… được⏎Quốc hội thông qua ngày
    …" at 72 columns (holdout15)."""
    table = (
        "STT\n\nTên văn bản\n\nNgày ban hành\n\n1\n\nKế hoạch số 38/KH-LĐLĐ\n\n10/01/2025\n\nTuyên truyền\n"
    )
    assert [(r.number_symbol, r.date) for r in refs(table)] == [("38/KH-LĐLĐ", "2025-01-10")]
    r = one(
        "Ngay sau khi Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 được\nQuốc hội thông qua ngày 10/11/2022, tỉnh"
    )
    assert (r.date, r.issuer) == ("2022-11-10", "Quốc hội")
    # a date that starts the next sentence's paragraph is no cell of its own
    r = one("Ban hành Kế hoạch số 12/KH-UBND.\n\n10/01/2025 là ngày tổ chức hội nghị.")
    assert r.date is None


def test_the_body_before_an_aside_and_its_verb_issued_the_references() -> None:
    """ "UBND tỉnh X (cũ, trước khi chia tách theo Nghị quyết số … của Quốc hội) đã ban hành A và B": an
    aside between the body and "ban hành" — even one holding a reference — does not hide the issuer
    (holdout15)."""
    text = (
        "Ủy ban nhân dân tỉnh Đắk Lắk (cũ, trước khi chia tách theo Nghị quyết số 22/2003/QH11 ngày "
        "26/11/2003 của Quốc hội) đã ban hành Quyết định 1234/QĐ-UB ngày 12/8/1996 về giao đất và Chỉ thị "
        "số 15/1999/CT-UB ngày 20/6/1999 về cấp giấy. UBND huyện A (cũ) đã ban hành Kế hoạch số 5/KH-UBND."
    )
    assert [r.issuer for r in refs(text)] == [
        "Quốc hội",
        "Ủy ban nhân dân tỉnh Đắk Lắk",
        "Ủy ban nhân dân tỉnh Đắk Lắk",
        "Ủy ban nhân dân huyện A",
    ]


def test_the_womens_union_abbreviation_and_the_fronts_joint_code_name_their_issuers() -> None:
    """ "Hội LHPN" is written out (bodies.json abbreviations); the code UBTWMTTQVN of a joint resolution
    names the Front's Central Committee beside the Government (holdout15)."""
    r = one("hướng dẫn tại Công văn số 215/HPN-TG ngày 10/3/2023 của Ban Thường vụ Hội LHPN tỉnh Quảng Trị.")
    assert r.issuer == "Ban Thường vụ Hội Liên hiệp Phụ nữ tỉnh Quảng Trị"
    r = one("phối hợp thực hiện Nghị quyết liên tịch số 09/2008/NQLT-CP-UBTWMTTQVN ngày 17/4/2008.")
    assert r.issuer == "Chính phủ và Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"


def test_a_stated_issuer_ends_at_a_table_cells_border() -> None:
    """In a pandoc grid table a wrapped cell goes on in the next line; the issuer read after "của" stops
    at the cell's border "|" instead of taking the next column's words (holdout15)."""
    text = (
        "| 3    | Thông tư số 73/2024/TT-BCA của Bộ    | lý vi phạm               |\n"
        "|      | trưởng Bộ Công an        |                          |\n"
    )
    r = one(text)
    # the cut "Bộ" names no body: the code's ministry stands
    assert (r.number_symbol, r.issuer) == ("73/2024/TT-BCA", "Bộ Công an")
    r = one("| 1 | Quyết định số 12/QĐ-UBND của UBND tỉnh Quảng Ngãi | 15/3/2023 |\n")
    assert r.issuer == "Ủy ban nhân dân tỉnh Quảng Ngãi"


def test_an_issuer_naming_a_body_at_a_line_end_does_not_run_into_the_next_line() -> None:
    """A title line "theo Quy định số 232-QĐ/TW của Ban Chấp hành Trung ương Đảng" over "Căn cứ Điều lệ
    Đảng; …": the issuer is the body the first line names, not read on into "Căn cứ" (holdout15); a name
    wrapped after an open word still goes on ("của Hội nghị … Ban⏎Chấp hành Trung ương Đảng")."""
    text = "HƯỚNG DẪN\ntheo Quy định số 232-QĐ/TW của Ban Chấp hành Trung ương Đảng\nCăn cứ Điều lệ Đảng;"
    assert one(text).issuer == "Ban Chấp hành Trung ương Đảng"
    r = one(
        "Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Hội nghị lần thứ sáu Ban\nChấp hành Trung ương Đảng khóa XII"
    )
    assert r.issuer is not None and r.issuer.endswith("Ban Chấp hành Trung ương Đảng")


def test_a_date_wrapped_onto_the_next_line_of_a_grid_table_cell() -> None:
    """pandoc wraps a grid-table cell over lines: "ngày" ends one line's part of the cell and the date
    opens the same cell on the next line (holdout15)."""
    text = (
        "| 1    | Kế hoạch số              | Triển khai thi hành các  |\n"
        "|      | 365/KH-BCA-C08 ngày      | luật mới về giao thông   |\n"
        "|      | 05/8/2024 của Bộ Công an |                          |\n"
    )
    r = one(text)
    assert (r.number_symbol, r.date) == ("365/KH-BCA-C08", "2024-08-05")


def test_a_joint_symbol_of_the_front_names_every_issuer_and_a_compound_title_reads_over_its_comma():
    """Joint resolutions "NQLT-CP-UBTWMTTQVN" and "NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN" name the Front's Ủy ban
    Trung ương and its Đoàn Chủ tịch too; a stated "của Ủy ban Thường vụ Quốc hội, Chính phủ và Đoàn Chủ tịch
    …" goes on to the third issuer, and "của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ" over the comma of the
    office holder's two titles (holdout14)."""
    joint, three, stated, minister = find_references(
        "Thực hiện Nghị quyết liên tịch số 05/2012/NQLT-CP-UBTWMTTQVN và Nghị quyết liên tịch số "
        "12/2019/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN. Thay thế Nghị quyết liên tịch số "
        "14/2018/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN ngày 02/3/2018 của Ủy ban Thường vụ Quốc hội, Chính phủ và "
        "Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam về phối hợp; thay thế Thông tư số "
        "03/2019/TT-VPCP ngày 12/7/2019 của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ hướng dẫn thi hành."
    )
    assert joint.issuer == "Chính phủ và Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"
    assert three.issuer == (
        "Ủy ban Thường vụ Quốc hội và Chính phủ và Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"
    )
    assert stated.issuer == (
        "Ủy ban Thường vụ Quốc hội, Chính phủ và Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"
    )
    assert minister.issuer == "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ"
    (alone,) = find_references("Theo Thông tư số 03/2019/TT-BTC ngày 12/7/2019 của Bộ trưởng, Bộ Tài chính.")
    assert alone.issuer == "Bộ trưởng"  # a comma without a second title ends the issuer as before


def test_the_upper_case_title_of_an_amending_law_names_the_laws_it_amends():
    """Under its type word alone on a line, "LUẬT⏎SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT A VÀ LUẬT B" is the
    text's own title: A and B are amended laws of their own (holdout9 for an amending decree's title), not
    the inside of one amending law's name, which a cited one still is (holdout14)."""
    title = find_references(
        "QUỐC HỘI\nLuật số: 88/2025/QH15\n\nLUẬT\nSỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT THANH TRA VÀ LUẬT KHIẾU "
        "NẠI\n\nCăn cứ Hiến pháp;\n",
        citing_date="2025-06-25",
    )
    assert [(r.text, r.number_symbol, r.relation) for r in title if r.kind == "named"] == [
        ("LUẬT THANH TRA", "11/2022/QH15", "amends"),
        ("LUẬT KHIẾU NẠI", "02/2011/QH13", "amends"),
        ("Hiến pháp", None, "based_on"),
    ]
    (cited,) = find_references(
        "KẾ HOẠCH TRIỂN KHAI LUẬT SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT THANH TRA VÀ LUẬT KHIẾU NẠI\n",
        citing_date="2025-06-25",
    )
    assert cited.text.startswith("LUẬT SỬA ĐỔI")


def test_a_law_named_with_its_year_takes_no_date_of_another_year():
    """ "Căn cứ … Hiến pháp năm 2013, ngày 24 tháng 12 năm 2025, Chủ tịch nước … đã ký …": the date is the
    signing's, not the 2013 Constitution's (holdout14); a date of the name's year stays the law's."""
    constitution, _ = find_references(
        "Căn cứ Điều 88 của Hiến pháp năm 2013, ngày 24 tháng 12 năm 2025, Chủ tịch nước đã ký Lệnh số "
        "58/2025/L-CTN."
    )
    assert (constitution.text, constitution.date) == ("Hiến pháp năm 2013", None)
    (land,) = find_references("Căn cứ Luật Đất đai năm 2024 ngày 18 tháng 01 năm 2024.")
    assert land.date == "2024-01-18"


def test_a_passive_date_of_passing_after_the_session_and_a_law_numbered_in_parentheses():
    """ "…, đã được Quốc hội khóa XV, kỳ họp thứ 10 thông qua ngày …" dates the law (the session between the
    body and the verb); a law the gazetteer cannot number takes the number of "(Luật số …)" right after its
    name and that reference's date, and the same name elsewhere in the text is the same law (holdout14)."""
    (passed,) = find_references(
        "Luật Đất đai số 31/2024/QH15, đã được Quốc hội khóa XV, kỳ họp thứ 5 thông qua ngày 18 tháng 01 năm "
        "2024."
    )
    assert passed.date == "2024-01-18"
    first, named, number = find_references(
        "NAY CÔNG BỐ:\n\nLuật sửa đổi, bổ sung một số điều của Luật Thanh tra và Luật Khiếu nại\n\nChủ tịch nước "
        "công bố Luật sửa đổi, bổ sung một số điều của Luật Thanh tra và Luật Khiếu nại (Luật số 88/2025/QH15), "
        "đã được Quốc hội khóa XV, kỳ họp thứ 9 thông qua ngày 25 tháng 6 năm 2025.",
        citing_date="2025-07-01",
    )
    assert (named.number_symbol, named.date) == ("88/2025/QH15", "2025-06-25")
    assert (number.number_symbol, number.date) == ("88/2025/QH15", "2025-06-25")
    assert (first.number_symbol, first.date) == ("88/2025/QH15", None)  # the number, not the date


def test_a_law_named_with_a_year_of_two_versions_is_the_one_in_force_at_the_documents_date():
    """ "Luật Tổ chức chính quyền địa phương năm 2025": 65/2025/QH15 (February) and 72/2025/QH15 (June) are
    both of 2025; the document's own date decides (holdout14)."""
    from ingest.pipeline import extract_text

    def law_in(day: str) -> str | None:
        text = f"ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nSố: 12/KH-UBND\nHà Tĩnh, {day}\n\nKẾ HOẠCH\nTriển khai\n\n"
        text += "Bảo đảm đồng bộ với Luật Tổ chức chính quyền địa phương năm 2025.\n"
        (law,) = extract_text(text).references
        return law.number_symbol

    assert law_in("ngày 20 tháng 12 năm 2025") == "72/2025/QH15"
    assert law_in("ngày 10 tháng 4 năm 2025") == "65/2025/QH15"


def test_a_law_year_of_two_versions_is_chosen_at_the_documents_date_even_when_the_text_cites_older_dates():
    """A telegram of 17/7/2025 citing only documents of March and June 2025, then "Luật Tổ chức chính quyền
    địa phương năm 2025": the latest date the text cites (29/6/2025) would pick the February law, in force
    until 30/6/2025; the document's own date picks the June law (holdout27)."""
    text = (
        "THỦ TƯỚNG CHÍNH PHỦ\nSố: 40/CĐ-TTg\nHà Nội, ngày 17 tháng 7 năm 2025\n\nCÔNG ĐIỆN\n\n"
        "Thực hiện Kết luận số 137-KL/TW ngày 28/3/2025 của Bộ Chính trị, Ban Bí thư và Công điện số "
        "95/CĐ-TTg ngày 29/6/2025 của Thủ tướng Chính phủ, yêu cầu các tỉnh quán triệt, thực hiện nghiêm "
        "Luật Tổ chức chính quyền địa phương năm 2025.\n"
    )
    (law,) = [r for r in extract_text(text).references if r.kind == "named"]
    assert law.number_symbol == "72/2025/QH15"


def test_a_law_published_by_a_lenh_takes_the_date_of_passing_stated_below_it():
    """A Lệnh công bố luật names the law alone on its line and states its date of passing on the line below
    ("Đã được Quốc hội … thông qua ngày …"): that date is the law's and chooses its version (holdout14); a
    sentence below a law named inside running text is not read."""
    (published,) = find_references(
        "NAY CÔNG BỐ:\n\nLuật Đất đai\n\nĐã được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XV, kỳ "
        "họp bất thường lần thứ 5 thông qua ngày 18 tháng 01 năm 2024.\n"
    )
    assert (published.date, published.number_symbol) == ("2024-01-18", "31/2024/QH15")
    (inline,) = find_references(
        "Tuyên truyền Luật Đất đai\nĐã được Quốc hội thông qua ngày 18 tháng 01 năm 2024.\n",
        citing_date="2024-03-01",
    )
    assert inline.date is None


def test_the_body_that_approved_with_a_decision_issued_it():
    """ "theo quy trình nội bộ được Chủ tịch Ủy ban nhân dân tỉnh phê duyệt tại Quyết định số …": the Chủ tịch
    named in the clause issued the decision, not the UBND of its code (holdout14); with no body named the
    code's issuer stays."""
    approved, plain = find_references(
        "Thực hiện theo quy trình nội bộ được Chủ tịch Ủy ban nhân dân tỉnh phê duyệt tại Quyết định số "
        "1926/QĐ-UBND ngày 20/8/2025. Chương trình được phê duyệt tại Quyết định số 749/QĐ-TTg."
    )
    assert approved.issuer == "Chủ tịch Ủy ban nhân dân tỉnh"
    assert plain.issuer == "Thủ tướng Chính phủ"


def test_bare_symbols_of_the_2025_merged_departments() -> None:
    """A table cell holding only the symbol of a letter of a Sở Khoa học và Công nghệ (SKHCN) or of a Sở
    Nông nghiệp và Môi trường (merged in 2025, SNNMT) is a reference, like the older Sở codes
    (holdout18); a ratio in the same table is not."""
    text = (
        "| TT | Số, ký hiệu | Ngày ban hành | Trích yếu |\n|---|---|---|---|\n"
        "| 1 | 345/SKHCN-CĐS | 15/8/2025 | Hướng dẫn kết nối hệ thống |\n"
        "| 2 | 1208/SNNMT-QLĐĐ | 02/9/2025 | Hướng dẫn cấp giấy chứng nhận |\n"
        "| 3 | 124/124 xã | | |\n"
    )
    assert [(r.number_symbol, r.doc_type) for r in refs(text)] == [
        ("345/SKHCN-CĐS", "Công văn"),
        ("1208/SNNMT-QLĐĐ", "Công văn"),
    ]


def test_the_merged_ban_tuyen_giao_va_dan_van_of_a_tinh_uy_is_one_issuer_and_its_term_is_read():
    """The 2025 board "Ban Tuyên giáo và Dân vận Tỉnh ủy" is one body (its "và" does not end the issuer
    clause), so the term after it is read too: a guide of the previous term with the document's own
    symbol is another document (holdout20)."""
    from ingest.pipeline import extract_text

    text = (
        "TỈNH ỦY LẠNG SƠN\nBAN TUYÊN GIÁO VÀ DÂN VẬN\n*   Lạng Sơn, ngày 05 tháng 11 năm 2025\n"
        "Số 12-HD/BTGDVTU\n\nHƯỚNG DẪN\ncông tác dân vận\n\nHướng dẫn này thay thế Hướng dẫn số "
        "12-HD/BTGDVTU ngày 20/5/2025 của Ban Tuyên giáo và Dân vận Tỉnh ủy khóa XVII về công tác dân vận.\n"
    )
    (old,) = [r for r in extract_text(text).references if r.date == "2025-05-20"]
    assert old.issuer == "Ban Tuyên giáo và Dân vận Tỉnh ủy Lạng Sơn"
    assert (old.party_term, old.relation) == ("XVII", "replaces")


def test_the_term_between_an_issuing_committee_and_ban_hanh_is_the_documents():
    """ "Ban Chấp hành Đảng bộ tỉnh Thái Nguyên khóa XX đã ban hành Nghị quyết số 01-NQ/TU ngày
    14/12/2020": the issuer is the committee without its term, and the term is the document's — the
    same symbol issued by the committee of the next term ("khóa I") is another document; later
    mentions naming either by its term only are keyed with it (holdout20)."""
    from graph.identity import annotate_keys
    from ingest.pipeline import extract_text

    text = (
        "ĐẢNG BỘ TỈNH THÁI NGUYÊN\nTỈNH ỦY\n*   Thái Nguyên, ngày 15 tháng 12 năm 2025\nSố 18-BC/TU\n\n"
        "BÁO CÁO\nkết quả\n\nNăm 2020, Ban Chấp hành Đảng bộ tỉnh Thái Nguyên khóa XX đã ban hành Nghị quyết "
        "số 01-NQ/TU ngày 14/12/2020 về chuyển đổi số. Ban Chấp hành Đảng bộ tỉnh khóa I ban hành Nghị "
        "quyết số 01-NQ/TU ngày 28/11/2025 về khoa học. Tổng kết Nghị quyết số 01-NQ/TU khóa XX; thực hiện "
        "Nghị quyết số 01-NQ/TU khóa I.\n"
    )
    result = extract_text(text)
    annotate_keys(result)
    old, new, old_again, new_again = [r for r in result.references if r.number_symbol == "01-NQ/TU"]
    assert old.issuer == new.issuer == "Ban Chấp hành Đảng bộ tỉnh Thái Nguyên"
    assert (old.party_term, new.party_term) == ("XX", "I")
    assert (
        old.resolved["key"] == old_again.resolved["key"] != new.resolved["key"] == new_again.resolved["key"]
    )


def test_an_issuer_clause_ends_before_the_conclusion_it_announces():
    """ "Thông báo số 611/TB-VPCP ngày 11/11/2025 của Văn phòng Chính phủ kết luận của Thủ tướng …": the
    issuer is the Văn phòng Chính phủ; "kết luận của …" is what the notice announces (holdout20)."""
    text = (
        "Gắn với Thông báo số 611/TB-VPCP ngày 11/11/2025 của Văn phòng Chính phủ kết luận của Thủ tướng "
        "Chính phủ tại Phiên họp lần thứ hai."
    )
    (ref,) = find_references(text)
    assert ref.issuer == "Văn phòng Chính phủ"


def test_a_document_signed_on_behalf_of_a_body_is_that_bodys_with_the_stated_date() -> None:
    """ "Ngày 20/5/2025, thay mặt Ban Thường vụ Tỉnh ủy, đồng chí Phó Bí thư Thường trực Tỉnh ủy đã ký ban hành
    X" (holdout19): the body signed for issued X, on the date stated before; the signer's title is no issuer.
    Another clause between the date and the verb still keeps the date off."""
    text = (
        "Ngày 20/5/2025, thay mặt Ban Thường vụ Tỉnh ủy, đồng chí Phó Bí thư Thường trực Tỉnh ủy đã ký ban hành "
        "Chương trình hành động số 52-CTr/TU thực hiện Nghị quyết số 66-NQ/TW ngày 30/4/2025 của Bộ Chính trị.\n"
        "Ngày 10/6/2025, UBND tỉnh đã họp, sau đó ban hành Kế hoạch số 77/KH-UBND.\n"
    )
    refs = {r.number_symbol: r for r in find_references(text)}
    assert (refs["52-CTr/TU"].date, refs["52-CTr/TU"].issuer) == ("2025-05-20", "Ban Thường vụ Tỉnh ủy")
    assert refs["77/KH-UBND"].date is None


def test_an_issuer_clause_ends_before_thanh_cac() -> None:
    """ "cụ thể hóa … của A và B của Ban Thường vụ Huyện ủy Đức Trọng thành các nhiệm vụ cụ thể …": "thành
    các/những" (into the …) ends the issuer clause; "thành lập" already did, "Thành ủy" and "thành phố"
    stay in names (holdout21)."""
    text = (
        "Cụ thể hóa các nhiệm vụ của Chương trình số 45-CTr/HU ngày 05/02/2025 của Ban Thường vụ Huyện ủy Đức "
        "Trọng thành các nhiệm vụ cụ thể của các cơ quan; Kế hoạch số 9/KH-UBND ngày 02/3/2025 của Ủy ban nhân "
        "dân thành phố Bảo Lộc về chuyển đổi số."
    )
    issuers = {r.number_symbol: r.issuer for r in find_references(text)}
    assert issuers["45-CTr/HU"] == "Ban Thường vụ Huyện ủy Đức Trọng"
    assert issuers["9/KH-UBND"] == "Ủy ban nhân dân thành phố Bảo Lộc"


def test_numbers_listed_before_one_symbol_suffix_share_it() -> None:
    """ "các Quyết định số 112, 113 và 114/QĐ-UBND ngày … của UBND huyện" (holdout24): each number is a
    full reference with the suffix written once on the last, the first spanning from the type word, and
    the date and issuer stated after the list are each one's. Numbers after a pinpoint are no list."""
    text = (
        "Vùng chuyển đổi theo các Quyết định số 112, 113 và 114/QĐ-UBND ngày 03/02/2025 của UBND huyện Tân Yên; "
        "kiện toàn tổ theo QĐ 12, 13, 14 và 15/QĐ-UBND ngày 06/01/2025; áp dụng Điều 5, 6 và 7/2020/NĐ-CP."
    )
    found = [(r.text, r.kind, r.number_symbol, r.date) for r in find_references(text)]
    assert found[:7] == [
        ("Quyết định số 112", "full", "112/QĐ-UBND", "2025-02-03"),
        ("113", "full", "113/QĐ-UBND", "2025-02-03"),
        ("114/QĐ-UBND", "full", "114/QĐ-UBND", "2025-02-03"),
        ("QĐ 12", "full", "12/QĐ-UBND", "2025-01-06"),
        ("13", "full", "13/QĐ-UBND", "2025-01-06"),
        ("14", "full", "14/QĐ-UBND", "2025-01-06"),
        ("15/QĐ-UBND", "full", "15/QĐ-UBND", "2025-01-06"),
    ]
    assert [r.text for r in find_references(text)][7:] == ["7/2020/NĐ-CP"]
    assert {r.issuer for r in find_references(text)[:3]} == {"Ủy ban nhân dân huyện Tân Yên"}


def test_social_insurance_and_treasury_issuers_are_written_out() -> None:
    """ "của BHXH tỉnh Thanh Hóa", "của KBNN" (holdout24): the abbreviations the offices use of
    themselves are expanded like "UBND" (bodies.json issuer_text)."""
    text = (
        "Thực hiện Công văn số 4125/BHXH-QLT ngày 20/12/2024 của BHXH tỉnh Thanh Hóa về công tác thu; "
        "Công văn số 6234/KBNN-KSC ngày 20/11/2024 của KBNN về khóa sổ."
    )
    assert [r.issuer for r in find_references(text)] == ["Bảo hiểm xã hội tỉnh Thanh Hóa", "Kho bạc Nhà nước"]


def test_a_short_form_cited_nowhere_in_full_takes_the_central_body_stated_after_it() -> None:
    """ "Thông tư số 26/2018 của Bộ Tài chính", "Thông tư số 05/2018 của Bộ NN&PTNT", "NQ 57 của Bộ Chính
    trị" (holdout24): the body stated after a short form with no antecedent is its issuer, written out; a
    ministry's number/year circular gets its symbol (the type's code and the ministry's); a Party body's
    plain number its Party symbol ("57-NQ/TW", as holdout24's gold has it). A Party body makes no n/yyyy
    symbol."""
    text = (
        "Chưa có văn bản thay thế Thông tư số 26/2018 của Bộ Tài chính về kinh phí; tu bổ công trình theo "
        "Thông tư số 05/2018 của Bộ NN&PTNT. Thực hiện NQ 57 của Bộ Chính trị và Nghị quyết số 12/2019 của "
        "Ban Chấp hành Trung ương."
    )
    found = [(r.number_symbol, r.issuer) for r in find_references(text)]
    assert found == [
        ("26/2018/TT-BTC", "Bộ Tài chính"),
        ("05/2018/TT-BNNPTNT", "Bộ Nông nghiệp và Phát triển nông thôn"),
        ("57-NQ/TW", "Bộ Chính trị"),
        (None, "Ban Chấp hành Trung ương Đảng"),
    ]


def test_an_issuer_clause_ends_before_de_nghi_and_giao_with_its_object() -> None:
    """ "của Hiệp hội Doanh nghiệp tỉnh đề nghị hướng dẫn …", "của BHXH tỉnh giao dự toán thu" (holdout24):
    the verb after the body starts the clause's predicate; "Sở Giao thông vận tải" keeps its name."""
    text = (
        "Cục Thuế nhận được Công văn số 18/2024/CV-HHDN ngày 08/10/2024 của Hiệp hội Doanh nghiệp tỉnh đề nghị "
        "hướng dẫn. Kế hoạch theo Quyết định số 3245/QĐ-BHXH ngày 26/12/2024 của BHXH tỉnh giao dự toán thu; "
        "Công văn số 77/SGTVT-QLVT ngày 02/01/2025 của Sở Giao thông vận tải."
    )
    assert [r.issuer for r in find_references(text)] == [
        "Hiệp hội Doanh nghiệp tỉnh",
        "Bảo hiểm xã hội tỉnh",
        "Sở Giao thông vận tải",
    ]


def test_an_issuer_clause_ends_before_hieu_luc() -> None:
    """ "Quyết định số … của Ủy ban nhân dân tỉnh hết hiệu lực một phần", "… vẫn còn hiệu lực": the state of
    the document ends the issuer clause (ingest/data/issuer_clause.json; holdout23)."""
    text = (
        "Quyết định số 09/2023/QĐ-UBND ngày 20/02/2023 của Ủy ban nhân dân tỉnh hết hiệu lực một phần; "
        "Thông tư số 05/2021/TT-TTCP ngày 01/10/2021 của Thanh tra Chính phủ vẫn còn hiệu lực."
    )
    assert [r.issuer for r in find_references(text)] == ["Ủy ban nhân dân tỉnh", "Thanh tra Chính phủ"]


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        (
            "Theo đề nghị của Chánh Văn phòng Ủy ban nhân dân tỉnh tại Tờ trình số 215/TTr-VPUBND ngày 15/9/2025.",
            "Văn phòng Ủy ban nhân dân tỉnh",
        ),
        (
            "Theo đề nghị của Vụ Công chức - Viên chức tại Văn bản số 742/CCVC-CC ngày 15/9/2025 về việc cung cấp "
            "số liệu, Sở Nội vụ báo cáo như sau.",
            "Vụ Công chức - Viên chức",
        ),
    ],
)
def test_the_office_that_proposed_through_a_document_issued_it(text: str, issuer: str) -> None:
    """ "Theo đề nghị của Chánh Văn phòng <X> tại Tờ trình số …": the head's office (issuer_codes.json
    office_titles); "… của Vụ <name> tại Văn bản số …": a department of a ministry (issuer_heads; holdout23)."""
    (ref,) = extract_text(text).references
    assert ref.issuer == issuer


def test_a_district_or_commune_body_and_a_second_office_holder_before_tai() -> None:
    """ "Xét đề nghị của Chủ tịch UBND thị xã A tại Tờ trình số …/TTr-UBND và Giám đốc Sở B tại Tờ trình
    số …": the first is the town's committee, not the province's that the code would name by default; the
    second office holder, after "và", speaks through the second (holdout41)."""
    text = (
        "Ủy ban nhân dân tỉnh Phú Thọ\n"
        "Xét đề nghị của Chủ tịch UBND thị xã Phú Thọ tại Tờ trình số 41/TTr-UBND ngày 02/5/2025 và "
        "Giám đốc Sở Tài chính tại Tờ trình số 77/TTr-STC ngày 09/5/2025."
    )
    first, second = extract_text(text).references
    assert first.issuer == "Ủy ban nhân dân thị xã Phú Thọ"
    assert second.issuer is not None and second.issuer.startswith("Sở Tài chính")


def test_a_province_level_city_before_tai_is_left_to_the_code() -> None:
    """ "của Chủ tịch UBND thành phố Hà Nội tại Công văn số …/UBND-…": the city is a province; its own code
    names it as before."""
    (ref,) = extract_text(
        "Theo đề nghị của Chủ tịch UBND thành phố Hà Nội tại Công văn số 512/UBND-KT ngày 03/3/2025."
    ).references
    assert ref.issuer == "Ủy ban nhân dân thành phố Hà Nội"


@pytest.mark.parametrize(
    "text",
    [
        "Mẫu bệnh phẩm đã gửi xét nghiệm (Phiếu kết quả số 208/TYV6-XN ngày 04/9/2025) cho kết quả dương tính.",
        "Ranh giới khu đất theo Trích lục bản đồ địa chính số 77/TL-CNVPĐK ngày 15/5/2025 của Chi nhánh.",
        "Khu đất được xác định tại Trích lục số 12/TL-VPĐK ngày 03/02/2025.",
    ],
)
def test_a_laboratory_result_or_a_cadastral_extract_is_no_document(text: str) -> None:
    """ "Phiếu kết quả số …/…-XN", "Trích lục bản đồ địa chính số …/TL-…": records, like a certificate or
    an invoice (doc_types.json not_documents; holdout41)."""
    assert refs(text) == []


def test_a_departments_mixed_case_code_opens_a_symbol() -> None:
    """ "Văn bản số 1184/KTrVB-KTr": a department's code with a lower-case letter inside ("KTrVB") first,
    its office's "KTr" after it (symbols._body; holdout23); a lone mixed-case code stays no symbol."""
    text = (
        "Theo đề nghị của Cục Kiểm tra văn bản tại Văn bản số 1184/KTrVB-KTr ngày 10/10/2025, Sở báo cáo. "
        "Tỷ lệ 63/ĐKTr đạt yêu cầu."
    )
    assert [r.number_symbol for r in find_references(text)] == ["1184/KTrVB-KTr"]


def test_issuer_clause_ends_before_tiep_tuc() -> None:
    """ "… kèm theo X ngày … của Ủy ban nhân dân tỉnh tiếp tục được áp dụng": the predicate is no part of
    the issuer (holdout22)."""
    r = one(
        "Quy chế ban hành kèm theo Quyết định số 06/2024/QĐ-UBND ngày 05/3/2024 của Ủy ban nhân dân tỉnh "
        "Hà Tĩnh tiếp tục được áp dụng."
    )
    assert r.issuer == "Ủy ban nhân dân tỉnh Hà Tĩnh"


def test_office_holder_of_a_body_named_with_va_before_ban_hanh() -> None:
    """ "Bộ trưởng Bộ Giáo dục và Đào tạo ban hành <ref>": the office holder stated before "ban hành"
    issued it, also when the body's name holds "và" (holdout22)."""
    r = one("Ngày 30/12/2024, Bộ trưởng Bộ Giáo dục và Đào tạo ban hành Thông tư số 29/2024/TT-BGDĐT.")
    assert r.issuer == "Bộ trưởng Bộ Giáo dục và Đào tạo"
    assert (
        one("Bộ Giáo dục và Đào tạo đã ban hành Thông tư số 29/2024/TT-BGDĐT.").issuer
        == "Bộ Giáo dục và Đào tạo"
    )


def test_a_date_after_an_html_line_break_in_a_table_cell() -> None:
    """pandoc -t gfm and mammoth write a cell's line breaks as "<br>": "NĐ 40/2020/NĐ-CP<br>ngày 06/4/2020"
    states the decree's date, and the issuer after it is read as well (holdout26)."""
    text = (
        "| TT | Nội dung | Căn cứ |\n|---|---|---|\n"
        "| 1 | Đầu tư công | Luật Đầu tư công;<br>NĐ 40/2020/NĐ-CP<br>ngày 06/4/2020 |\n"
        "| 2 | Cải cách hành chính | Kế hoạch số 912/KH-UBND<br/>ngày 26/12/2024 của UBND tỉnh Nghệ An |\n"
    )
    refs = {r.number_symbol: r for r in find_references(text)}
    assert refs["40/2020/NĐ-CP"].date == "2020-04-06"
    assert refs["912/KH-UBND"].date == "2024-12-26"
    assert refs["912/KH-UBND"].issuer == "Ủy ban nhân dân tỉnh Nghệ An"


def test_a_date_on_the_next_line_of_a_simple_table_cell() -> None:
    """A pandoc simple table's cell goes on under its column, indented deep: the date on that line is the
    reference's (holdout26)."""
    pad = " " * 40
    text = (
        "  TT   Nguồn vốn            Căn cứ\n"
        "  ---- -------------------- ------------------\n"
        f"  2    Ngân sách tỉnh       NQ 28/2022/NQ-HĐND\n{pad}ngày 09/12/2022\n\n"
    )
    refs = {r.number_symbol: r for r in find_references(text)}
    assert refs["28/2022/NQ-HĐND"].date == "2022-12-09"


def test_an_issuer_clause_ends_before_a_contrast() -> None:
    """ "… theo Quyết định số 35/QĐ-XPHC ngày 10/12/2024 của Chủ tịch UBND huyện nhưng không đưa đất vào
    sử dụng" (holdout25): "nhưng" opens a clause of its own, the issuer ends before it."""
    r = one(
        "Công ty đã bị xử phạt theo Quyết định số 35/QĐ-XPHC ngày 10/12/2024 của Sở Xây dựng nhưng không khắc phục."
    )
    assert r.issuer == "Sở Xây dựng"


def test_the_date_a_record_was_made_on_is_its_date() -> None:
    """ "Biên bản vi phạm hành chính số 27/BB-VPHC lập ngày 28/7/2023", "… ký ngày …" (holdout25): the
    verb of making the document stands between its symbol and its date."""
    assert one("Căn cứ Biên bản số 27/BB-VPHC lập ngày 28/7/2023 tại xã Bình Yên;").date == "2023-07-28"
    assert one("theo Quyết định số 12/QĐ-UBND ký ngày 05/3/2024 của UBND tỉnh.").date == "2024-03-05"


def test_an_offices_code_ending_in_lower_case_letters_after_the_type_code() -> None:
    """ "Quyết định thanh tra số 142/QĐ-TTra", "Báo cáo … số 09/BC-ĐTTr" (holdout25): an inspectorate's or
    an inspection team's code ends in lower-case letters; after a type code it is still a code. A word
    is not ("45/BC-Tra": one upper-case letter), nor the same shape with no type code before it."""
    assert symbols("Thực hiện Quyết định số 142/QĐ-TTra ngày 02/8/2024.") == ["142/QĐ-TTra"]
    assert symbols("xét Báo cáo số 09/BC-ĐTTr ngày 15/01/2024 của Đoàn thanh tra,") == ["09/BC-ĐTTr"]
    assert symbols("đạt 45/BC-Tra và 50/KM-Hr.") == []


def test_a_district_office_heads_proposal_is_the_offices() -> None:
    """ "Xét đề nghị của Trưởng phòng Tài nguyên và Môi trường tại Tờ trình số …" (holdout25): the head of a
    district office speaks for it, as "Giám đốc Sở Tư pháp" does for the Sở (issuer_codes.json office_titles)."""
    refs = extract_text(
        "Theo đề nghị của Trưởng phòng Tư pháp tại Tờ trình số 95/TTr-TP ngày 08/4/2025."
    ).references
    assert [(r.issuer, r.relation) for r in refs] == [("Phòng Tư pháp", "responds_to")]


@pytest.mark.parametrize("phrase", ["sửa đổi", "giao chỉ tiêu", "xây dựng đề án", "trên địa bàn"])
def test_issuer_clause_end_words_come_from_the_data_file(phrase: str) -> None:
    """Every phrase of ingest/data/issuer_clause.json ends the issuer clause, over a line break too."""
    from ingest.vocab import load_data

    assert phrase in load_data("issuer_clause.json")["ends"]
    for sep in (" ", "\n"):
        text = f"Kế hoạch số 12/KH-UBND ngày 03/3/2024 của Sở Tư pháp tỉnh Nam Định {phrase.replace(' ', sep)} năm 2024."
        assert [r.issuer for r in find_references(text)] == ["Sở Tư pháp tỉnh Nam Định"], sep


def test_a_group_heading_names_the_issuer_of_its_lettered_items() -> None:
    """ "1. Các Quyết định sau đây của UBND tỉnh A (cũ):" over "a) <ref> …;", "b) <ref> …": the items are
    the group's body's documents; a heading without "của" gives none, and an item's own clause wins
    (holdout29)."""
    refs = find_references(
        "Điều 1. Bãi bỏ các quyết định sau đây\n"
        "1. Các Quyết định sau đây của UBND tỉnh Hà Giang (cũ):\n"
        "a) Quyết định số 14/2018/QĐ-UBND ngày 02/7/2018 về quản lý chợ;\n"
        "b) Quyết định số 03/2020/QĐ-UBND ngày 10/3/2020 của UBND tỉnh Tuyên Quang về giá.\n"
        "2. Các Quyết định khác:\n"
        "a) Quyết định số 22/2019/QĐ-UBND ngày 05/11/2019 về cảng cá."
    )
    assert [(r.number_symbol, r.issuer) for r in refs] == [
        ("14/2018/QĐ-UBND", "Ủy ban nhân dân tỉnh Hà Giang"),
        ("03/2020/QĐ-UBND", "Ủy ban nhân dân tỉnh Tuyên Quang"),
        ("22/2019/QĐ-UBND", None),
    ]


def test_an_archive_file_number_is_no_document() -> None:
    # holdout28: "Hồ sơ số 118/HS-TĐKT" numbers a file kept by an office, not a document
    assert symbols("danh sách lưu tại Văn phòng Sở, Hồ sơ số 27/HS-VP.") == []
    assert symbols("hồ sơ số 27/HS-VP và Quyết định số 9/QĐ-SNV") == ["9/QĐ-SNV"]


def test_former_province_label_and_units_before_a_local_document() -> None:
    """A ministry's summary of the provinces (holdout30): "tỉnh Bắc Giang (cũ) (Quyết định số …)" and "…)
    và Bắc Kạn (Kế hoạch số …)" name the province despite "(cũ)" and "và"; a label "tỉnh Bắc Giang (cũ): X"
    inside a longer item names X's province; a district-level unit or a Party committee right before the
    parenthesis is the issuer ("thị xã Việt Yên (…)", "Huyện ủy Lục Nam (…-BC/HU)"), not a province."""
    refs = find_references(
        "2. Tỉnh Bắc Ninh: tỉnh Bắc Giang (cũ) (Quyết định số 77/QĐ-UBND ngày 02/3/2025) và Bắc Kạn "
        "(Kế hoạch số 31/KH-UBND ngày 04/3/2025); tỉnh Bắc Giang (cũ): Nghị quyết số 09/2025/NQ-HĐND ngày "
        "10/4/2025. Thị xã Việt Yên (Kế hoạch số 12/KH-UBND), Huyện ủy Lục Nam (Báo cáo số 40-BC/HU) và "
        "Huyện ủy Yên Dũng (Kế hoạch số 8-KH/TU)."
    )
    assert [(r.number_symbol, r.issuer_province, r.issuer) for r in refs] == [
        ("77/QĐ-UBND", "Bắc Giang", None),
        ("31/KH-UBND", "Bắc Kạn", None),
        ("09/2025/NQ-HĐND", "Bắc Giang", None),
        ("12/KH-UBND", None, "Ủy ban nhân dân thị xã Việt Yên"),
        ("40-BC/HU", None, "Huyện ủy Lục Nam"),
        ("8-KH/TU", None, None),  # a Tỉnh ủy code under a Huyện ủy's name: not its issuer
    ]


def test_summary_table_row_names_the_province_of_every_document_in_its_cell() -> None:
    """ "| 3 | Cao Bằng | Quyết định số A; Quyết định số B ngày … |" in a ministry's report (holdout30): the
    province cell of the row scopes both documents of the cell, the ";" notwithstanding."""
    text = (
        "BỘ NỘI VỤ\nSố: 12/BC-BNV\n\n| STT | Địa phương | Văn bản |\n|---|---|---|\n"
        "| 1 | Cao Bằng | Quyết định số 11/2024/QĐ-UBND; Quyết định số 12/2024/QĐ-UBND ngày 05/9/2024 |\n"
    )
    refs = [r for r in extract_text(text).references if "QĐ-UBND" in r.number_symbol]
    assert [(r.number_symbol, r.issuer) for r in refs] == [
        ("11/2024/QĐ-UBND", "Ủy ban nhân dân tỉnh Cao Bằng"),
        ("12/2024/QĐ-UBND", "Ủy ban nhân dân tỉnh Cao Bằng"),
    ]


def test_issuer_clause_ends_at_a_titles_reporting_period_and_numbered_city_label() -> None:
    """ "… Quyết định số A … của Thủ tướng Chính phủ 6 tháng đầu năm 2023" (a title, holdout30): the period is
    no part of the issuer; "3. Thành phố Cần Thơ: UBND Thành phố ban hành X" in a ministry's report names
    the city, as a "- Thành phố …:" item does."""
    refs = find_references(
        "Tình hình thực hiện Quyết định số 90/QĐ-TTg ngày 18/01/2022 của Thủ tướng Chính phủ 6 tháng đầu năm 2023"
    )
    assert refs[0].issuer == "Thủ tướng Chính phủ"
    text = "BỘ NỘI VỤ\nSố: 5/BC-BNV\n\n3. Thành phố Cần Thơ: UBND Thành phố ban hành Chỉ thị số 09/CT-UBND ngày 02/7/2025.\n"
    refs = [r for r in extract_text(text).references if r.number_symbol == "09/CT-UBND"]
    assert refs[0].issuer == "Ủy ban nhân dân thành phố Cần Thơ"


def test_provinces_named_in_the_clause_win_over_the_items_label() -> None:
    """ "5. Tỉnh Phú Thọ: …; UBND tỉnh Vĩnh Phúc (cũ) và UBND tỉnh Hòa Bình (cũ) … theo các Quyết định số
    A … và số B …" (holdout30): the label's province is not the one of a clause naming others."""
    text = (
        "BỘ NỘI VỤ\nSố: 6/BC-BNV\n\n5. Tỉnh Phú Thọ: UBND tỉnh Phú Thọ ban hành Kế hoạch số 18/KH-UBND ngày "
        "09/7/2025; UBND tỉnh Vĩnh Phúc (cũ) và UBND tỉnh Hòa Bình (cũ) đã phê duyệt danh sách theo các "
        "Quyết định số 688/QĐ-UBND ngày 25/4/2025 và số 702/QĐ-UBND ngày 29/4/2025.\n"
    )
    issuers = {r.number_symbol: r.issuer for r in extract_text(text).references}
    assert issuers["18/KH-UBND"] == "Ủy ban nhân dân tỉnh Phú Thọ"
    assert issuers["688/QĐ-UBND"] != "Ủy ban nhân dân tỉnh Phú Thọ"


def test_van_ban_so_with_a_known_office_code_alone() -> None:
    """ "Văn bản số 812/BDN" (holdout31): the generic word "văn bản" before a symbol made of one known
    body's code (the Ban Dân nguyện) is a Công văn of that body; an unknown code alone stays no reference."""
    r = one("Bộ Xây dựng nhận được Văn bản số 812/BDN ngày 03/5/2023 về việc chuyển kiến nghị của cử tri.")
    assert (r.number_symbol, r.doc_type, r.issuer) == ("812/BDN", "Công văn", "Ban Dân nguyện")
    assert symbols("Theo Văn bản số 12/XYZQ ngày 02/3/2023.") == []


@pytest.mark.parametrize(
    ("text", "symbol", "pinpoint"),
    [
        # an annex alone before "ban hành kèm theo" is what the reference issues: no pinpoint (holdout24)
        (
            "Bãi bỏ quy trình số 4 tại Phụ lục III ban hành kèm theo Quyết định số 812/QĐ-UBND ngày 02/3/2022.",
            "812/QĐ-UBND",
            None,
        ),
        # rows of a decision's list issued as its annex: "mục 2, 6 Phần B Danh mục"
        (
            "Các thủ tục tại mục 2, 6 Phần B Danh mục ban hành kèm theo Quyết định số 77/QĐ-UBND hết hiệu lực.",
            "77/QĐ-UBND",
            "mục 2, 6 Phần B Danh mục",
        ),
        # in parentheses after the date
        (
            "Căn cứ pháp lý: Nghị định số 41/2019/NĐ-CP ngày 12/5/2019 (Điều 8, Điều 9).",
            "41/2019/NĐ-CP",
            "Điều 8, Điều 9",
        ),
        # in parentheses on a tab table cell's next line
        (
            "STT\tTên\tCăn cứ pháp lý\n1\tCấp phép\t- Nghị định 41/2019/NĐ-CP\n\t\t(khoản 3 Điều 12).\n",
            "41/2019/NĐ-CP",
            "khoản 3 Điều 12",
        ),
    ],
)
def test_a_pinpoint_into_an_annex_after_a_date_or_on_the_cells_next_line(
    text: str, symbol: str, pinpoint: str | None
) -> None:
    r = next(r for r in refs(text) if r.number_symbol == symbol)
    assert r.pinpoint == pinpoint


def test_the_labour_ministrys_code_without_its_b() -> None:
    """ "Quyết định số 418/QĐ-LĐTBXH", "Công văn số 95/LĐTBXH-NCC" (holdout32): the ministry's code in its
    decisions and letters implies the ministry, as TT-BLĐTBXH does."""
    assert one("Quyết định số 512/QĐ-LĐTBXH ngày 03/5/2023.").issuer == "Bộ Lao động - Thương binh và Xã hội"
    assert one("Công văn số 95/LĐTBXH-NCC ngày 10/1/2024.").issuer == "Bộ Lao động - Thương binh và Xã hội"


_SESSION_LAWS = """ỦY BAN NHÂN DÂN
TỈNH NINH THUẬN
Số: 77/BC-UBND
Ninh Thuận, ngày 12 tháng 12 năm 2024

BÁO CÁO
Kết quả phổ biến pháp luật

Năm 2024, tỉnh đã phổ biến Luật Bảo hiểm xã hội (sửa đổi), Luật Lưu trữ (sửa đổi) và Luật Hòa giải ở cơ sở (sửa đổi) tới cán bộ; đồng thời chuẩn bị phổ biến Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ.
Luật Thủ đô số 39/2024/QH15 (sau đây gọi là Luật Thủ đô năm 2024) đã được Quốc hội thông qua tại Kỳ họp thứ 7 ngày 28 tháng 6 năm 2024.
"""


def test_a_law_named_as_revised_is_the_one_passed_lately_else_a_bill() -> None:
    """ "Luật X (sửa đổi)" (holdout33): the version of X passed at most two years before the document
    (41/2024/QH15, not 58/2014/QH13 still in force in December 2024); X not revised lately ("Luật Hòa
    giải ở cơ sở (sửa đổi)", only the 2013 law) is a bill, as is a law passed only after the document's
    date; a renaming parenthesis does not hide the passive clause that dates the law."""
    refs = {r.text: r for r in extract_text(_SESSION_LAWS).references}
    assert refs["Luật Bảo hiểm xã hội"].number_symbol == "41/2024/QH15"
    assert refs["Luật Lưu trữ"].number_symbol == "33/2024/QH15"
    assert "Luật Hòa giải ở cơ sở" not in refs
    assert refs["Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ"].number_symbol == "55/2024/QH15"
    assert refs["Luật Thủ đô số 39/2024/QH15"].date == "2024-06-28"
    july = {r.text for r in extract_text(_SESSION_LAWS.replace("12 tháng 12", "15 tháng 7")).references}
    assert "Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ" not in july  # passed on 29/11/2024: a bill in July
    assert "Luật Bảo hiểm xã hội" in july


def test_an_amending_law_named_by_what_it_amends_in_2024() -> None:
    """The amending laws of 2024 the gazetteer holds by their whole names (holdout33)."""
    text = (
        "Tuyên truyền Luật sửa đổi, bổ sung một số điều của Luật Đất đai, Luật Nhà ở, Luật Kinh doanh bất động "
        "sản và Luật Các tổ chức tín dụng và Luật sửa đổi, bổ sung một số điều của Luật Đấu giá tài sản."
    )
    assert [r.number_symbol for r in find_references(text, "2024-08-01")] == ["43/2024/QH15", "37/2024/QH15"]


def test_a_joint_symbol_with_an_ampersand_code_reads_whole() -> None:
    """ "BNN&PTNT", "SKH&ĐT": ministries and departments write their code with "&" in symbols (holdout35);
    the symbol runs past it and reads as the code without "&", the surface kept as a repair."""
    text = (
        "Thực hiện Thông tư liên tịch số 05/2019/TTLT-BTC-BNN&PTNT ngày 03/5/2019 về quản lý kinh phí và "
        "Công văn số 12/SKH&ĐT-TH của Sở Kế hoạch và Đầu tư."
    )
    refs = find_references(text, "2024-05-01")
    assert [r.number_symbol for r in refs] == ["05/2019/TTLT-BTC-BNNPTNT", "12/SKHĐT-TH"]
    assert refs[0].text.endswith("BNN&PTNT")
    assert refs[0].issuer is not None and "Bộ Nông nghiệp và Phát triển nông thôn" in refs[0].issuer
    assert ("ampersand", "BNN&PTNT", "BNNPTNT") in [(p.kind, p.original, p.repaired) for p in refs[0].repairs]


def test_an_ampersand_lost_to_a_space_inside_a_code() -> None:
    """ "TT-BGD ĐT", "TTLT-BGD ĐT-BNV": a page that lost the "&" of GD&ĐT writes a space (real-text audit
    r18, two school pages): the symbol reads whole, the ministry's code joined; a space before a part that
    joins no known code ("KH-UBND MT") still ends the symbol."""
    text = (
        "Căn cứ Thông tư liên tịch số 16/2017/TTLT-BGD ĐT-BNV ngày 12/7/2017 của Bộ Giáo dục và Đào tạo và Bộ "
        "Nội vụ; Thông tư 28/2020/TT-BGD ĐT ngày 04/9/2020; Kế hoạch 09/KH-UBND MT ngày 02/3/2021.\n"
    )
    refs = extract_text(text).references
    assert [r.number_symbol for r in refs] == ["16/2017/TTLT-BGDĐT-BNV", "28/2020/TT-BGDĐT", "09/KH-UBND"]
    assert refs[1].text == "Thông tư 28/2020/TT-BGD ĐT"
    assert (refs[1].date, refs[1].issuer) == ("2020-09-04", "Bộ Giáo dục và Đào tạo")


def test_a_space_for_the_hyphen_between_a_type_code_and_an_issuer_code() -> None:
    """ "12/2023/TT BGDĐT", "27/QĐ UBND" (real-text audit r56): a space for the hyphen between a known type code
    and a known issuer code reads as the hyphen, the surface kept as a repair; the word after the issuer code
    never joins ("UBND tỉnh"), and "của UBND", "và UBND" after a complete symbol are not eaten."""
    text = (
        "Các trường phổ biến Thông tư số 12/2023/TT BGDĐT tới giáo viên; thực hiện Quyết định số 27/QĐ UBND "
        "tỉnh ngày 3/4/2022, Chỉ thị số 33/CT-TTg của UBND tỉnh và Kế hoạch số 8/KH-UBND và UBND huyện."
    )
    got = refs(text)
    assert [r.number_symbol for r in got] == ["12/2023/TT-BGDĐT", "27/QĐ-UBND", "33/CT-TTg", "8/KH-UBND"]
    assert [r.text for r in got[:2]] == ["Thông tư số 12/2023/TT BGDĐT", "Quyết định số 27/QĐ UBND"]
    assert ("space_for_hyphen", "TT BGDĐT", "TT-BGDĐT") in [
        (p.kind, p.original, p.repaired) for p in got[0].repairs
    ]
    assert got[0].issuer == "Bộ Giáo dục và Đào tạo"
    # a word that is no issuer code, or an issuer code after no type code, still ends the symbol
    assert symbols("Xem Kế hoạch số 9/KH TỔNG HỢP và Công văn số 4/UBND VP.") == ["4/UBND"]


def test_a_precedent_is_a_reference_of_the_judges_council() -> None:
    """ "Án lệ số 24/2018/AL" (holdout35): a precedent, numbered n/yyyy/AL with no issuer code, is a
    document of the Hội đồng Thẩm phán Tòa án nhân dân tối cao; "Án lệ 24" points back to it; a judgment
    ("Bản án số 15/2024/DS-ST") stays no reference."""
    text = (
        "Tòa án nhân dân huyện đã áp dụng Án lệ số 24/2018/AL về tranh chấp di sản thừa kế khi xét xử "
        "(Bản án số 15/2024/DS-ST); việc viện dẫn Án lệ 24 được nêu trong phần nhận định."
    )
    refs = find_references(text, "2024-05-01")
    assert [(r.text, r.kind, r.doc_type, r.number_symbol) for r in refs] == [
        ("Án lệ số 24/2018/AL", "full", "Án lệ", "24/2018/AL"),
        ("Án lệ 24", "short", "Án lệ", "24/2018/AL"),
    ]
    assert refs[0].issuer == "Hội đồng Thẩm phán Tòa án nhân dân tối cao"


def test_the_juvenile_justice_law_is_a_bill_before_november_2024() -> None:
    """Luật Tư pháp người chưa thành niên (59/2024/QH15) was passed on 30/11/2024 (laws.json): named in
    a plan of March 2024 it is a bill, in December 2024 the law (holdout35)."""
    body = "\nChuẩn bị triển khai Luật Tư pháp người chưa thành niên sau khi được thông qua."
    assert extract_text("Hà Nội, ngày 10 tháng 3 năm 2024" + body).references == []
    december = extract_text("Hà Nội, ngày 10 tháng 12 năm 2024" + body).references
    assert [r.number_symbol for r in december] == ["59/2024/QH15"]


def test_a_law_a_document_rests_on_or_amends_is_no_bill_before_its_known_versions() -> None:
    """An old ordinance "Căn cứ vào Luật Tư pháp người chưa thành niên;" (every version the gazetteer knows
    passed later) or amending it: the law was in force then, an earlier one whose number the gazetteer lacks;
    it stays a reference, without a version's number. Merely prepared, it is still a bill."""
    head = "Hà Nội, ngày 10 tháng 3 năm 2001\n"
    based = extract_text(
        head + "Căn cứ vào Luật Tư pháp người chưa thành niên;\nPháp lệnh này quy định …"
    ).references
    assert [(r.name, r.number_symbol, r.relation) for r in based] == [
        ("Luật Tư pháp người chưa thành niên", None, "based_on")
    ]
    amended = extract_text(
        head + "Điều 1. Sửa đổi, bổ sung một số điều của Luật Tư pháp người chưa thành niên như sau:"
    ).references
    assert [(r.number_symbol, r.relation) for r in amended] == [(None, "amends")]
    assert extract_text(head + "Chuẩn bị triển khai Luật Tư pháp người chưa thành niên.").references == []


def test_a_law_named_as_revised_with_its_year_is_that_years_version() -> None:
    """ "Luật Tổ chức Chính phủ sửa đổi 2025", "(sửa đổi) năm 2015": the year after the revision mark names
    the version passed that year; with no version of that year (an amending law of its own) it names none."""
    text = (
        "Tài liệu giới thiệu Luật Tổ chức Chính phủ sửa đổi 2025 và Luật Tổ chức Chính phủ (sửa đổi) năm 2015; "
        "Luật Tổ chức Chính phủ sửa đổi năm 2019 được nhắc lại."
    )
    refs = [r for r in extract_text(text).references if r.kind == "named"]
    assert [r.number_symbol for r in refs[:2]] == ["63/2025/QH15", "76/2015/QH13"]
    assert refs[0].text == "Luật Tổ chức Chính phủ sửa đổi 2025"
    assert "2019" not in refs[2].text


def test_a_body_whose_name_holds_a_comma_speaks_through_its_letter() -> None:
    """ "theo hướng dẫn của Cục Quản lý Khám, chữa bệnh tại Công văn số …" and "… của Cục Quản lý Khám, chữa
    bệnh" after a letter (holdout36): the comma inside the body's name (bodies.json) ends no issuer."""
    text = (
        "Bệnh viện đã cập nhật quy trình theo hướng dẫn của Cục Quản lý Khám, chữa bệnh tại Công văn số "
        "845/KCB-PHCN ngày 02/4/2024; Công văn số 91/KCB-NV ngày 01/02/2024 của Cục Quản lý Khám, chữa bệnh."
    )
    assert [r.issuer for r in extract_text(text).references] == ["Cục Quản lý Khám, chữa bệnh"] * 2


def test_a_permit_is_a_reference_and_its_statutory_name_is_in_the_span() -> None:
    """A licence ("Giấy phép khai thác, sử dụng nước dưới đất số …/GP-UBND", "Giấy phép môi trường số
    …/GPMT-UBND") is a numbered document of the body that grants it (holdout37): its statutory name, comma
    and all, belongs to the span, so the cue before it reaches it."""
    text = (
        "Điều 4. Giấy phép này thay thế Giấy phép khai thác, sử dụng nước dưới đất số 27/GP-UBND ngày "
        "03/5/2019 của UBND tỉnh Gia Lai và Giấy phép môi trường số 88/GPMT-UBND ngày 14/2/2023 của UBND tỉnh."
    )
    assert [(r.text, r.doc_type, r.relation) for r in refs(text)] == [
        ("Giấy phép khai thác, sử dụng nước dưới đất số 27/GP-UBND", "Giấy phép", "replaces"),
        ("Giấy phép môi trường số 88/GPMT-UBND", "Giấy phép", "replaces"),
    ]


def test_the_agriculture_ministrys_own_code_bnn_names_the_ministry() -> None:
    """Before the 2025 merger the Bộ Nông nghiệp và Phát triển nông thôn wrote "BNN" in its symbols
    ("…/QĐ-BNN-TT", "…/BNN-TCTL"), not the "BNNPTNT" of its circulars (holdout37)."""
    (r,) = refs("Bộ đã hỗ trợ giống lúa theo Quyết định số 1234/QĐ-BNN-TT ngày 05/4/2023.")
    assert r.issuer == "Bộ Nông nghiệp và Phát triển nông thôn"


def test_disaster_committees_are_read_over_the_comma_of_phong_chong() -> None:
    """The national and provincial disaster committees ("Ban Chỉ đạo quốc gia về phòng, chống thiên tai",
    "Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn": bodies.json) are one issuer each, their comma
    and "và" inside the name; a body named after a verb that ends the clause ("của UBND tỉnh kiện toàn Ban
    Chỉ huy …") is the verb's object, not part of the issuer (holdout37)."""
    text = (
        "Thực hiện Công điện số 21/CĐ-QG ngày 10/10/2023 của Ban Chỉ đạo quốc gia về phòng, chống thiên tai, "
        "tỉnh đã sơ tán 1.200 hộ. Quyết định số 77/QĐ-UBND ngày 02/02/2023 của UBND tỉnh kiện toàn Ban Chỉ huy "
        "phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh; Công điện số 04/CĐ-BCH ngày 11/10/2023 của Ban Chỉ huy "
        "phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh Hà Tĩnh."
    )
    assert [r.issuer for r in refs(text)] == [
        "Ban Chỉ đạo quốc gia về phòng, chống thiên tai",
        "Ủy ban nhân dân tỉnh",
        "Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh Hà Tĩnh",
    ]


def test_culture_departments_are_read_over_their_comma_and_va_before_ban_hanh() -> None:
    """ "Sở Văn hóa, Thể thao và Du lịch đã ban hành Kế hoạch số …", "Sở Văn hóa và Thể thao ban hành Công văn
    số …": the department's name, comma and "và" inside, is the stated issuer (bodies.json names_with_and;
    real-text audit r61)."""
    text = (
        "Ngày 02/4/2024, Sở Văn hóa, Thể thao và Du lịch đã ban hành Kế hoạch số 95/KH-SVHTTDL về tổ chức giải "
        "chạy. Ngày 05/4/2024, Sở Văn hóa và Thể thao ban hành Công văn số 310/SVHTT-TDTT về hội thao."
    )
    assert [r.issuer for r in refs(text)] == ["Sở Văn hóa, Thể thao và Du lịch", "Sở Văn hóa và Thể thao"]


def test_science_steering_committees_are_read_over_their_ve_and_commas() -> None:
    """The 2025 steering committees for science, technology, innovation and digital transformation
    ("Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số" and each
    province's "Ban Chỉ đạo về phát triển …": bodies.json) are one issuer each: the "về", commas and "và" of
    the name are not the clause's subject or its end, also before "vừa ban hành" (real-text audit r49)."""
    text = (
        "Căn cứ Quy chế số 02-QC/BCĐTW ngày 10/3/2025 của Ban Chỉ đạo Trung ương về phát triển khoa học, công "
        "nghệ, đổi mới sáng tạo và chuyển đổi số về tổ chức hoạt động; Kế hoạch số 05-KH/BCĐ ngày 20/8/2025 "
        "của Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh Hưng Yên "
        "về số hóa hồ sơ. Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và "
        "chuyển đổi số vừa ban hành Thông báo số 09-TB/BCĐTW ngày 01/11/2025 về kết luận phiên họp."
    )
    central = "Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số"
    assert [r.issuer for r in refs(text)] == [
        central,
        "Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh Hưng Yên",
        central,
    ]


@pytest.mark.parametrize(
    ("text", "symbol", "pinpoint"),
    [
        (
            "Cơ sở thuộc nhóm I quy định tại mục số 2 Phụ lục III ban hành kèm theo Nghị định số 45/2022/NĐ-CP.",
            "45/2022/NĐ-CP",
            "mục số 2 Phụ lục III",
        ),
        (
            "Loại hình thuộc số thứ tự 7 Phụ lục II ban hành kèm theo Nghị định số 45/2022/NĐ-CP.",
            "45/2022/NĐ-CP",
            "số thứ tự 7 Phụ lục II",
        ),
        (
            "Báo cáo theo Mẫu số 03.B Phụ lục V ban hành kèm theo Thông tư số 11/2023/TT-BXD.",
            "11/2023/TT-BXD",
            "Mẫu số 03.B Phụ lục V",
        ),
        # a form alone is still what the circular issues (holdout2)
        ("Báo cáo theo Mẫu số 03.B ban hành kèm theo Thông tư số 11/2023/TT-BXD.", "11/2023/TT-BXD", None),
    ],
)
def test_a_section_row_or_form_of_a_numbered_annex_is_a_pinpoint(
    text: str, symbol: str, pinpoint: str | None
) -> None:
    """ "mục số 2 Phụ lục III", "số thứ tự 7 Phụ lục II", "Mẫu số 03.B Phụ lục V" before "ban hành kèm theo X": a
    part of a numbered annex is cited into X (holdout37, as "mục I Phụ lục" in holdout29)."""
    (r,) = [r for r in refs(text) if r.number_symbol == symbol]
    assert r.pinpoint == pinpoint


def test_a_generic_body_word_is_not_completed_to_the_one_central_body_it_starts() -> None:
    """ "của Trưởng Ban Chỉ đạo" (the steering committee named earlier in the sentence) is not the Ban Chỉ
    đạo quốc gia về phòng, chống thiên tai, the one central body whose name starts so; a name cut at "và"
    ("Bộ trưởng Bộ Giáo dục" of "Bộ Giáo dục và Đào tạo") still is completed."""
    text = (
        "Thực hiện Quy chế của Ban Chỉ đạo công tác thi hành án tỉnh ban hành kèm theo Quyết định số "
        "220/QĐ-BCĐ ngày 05/4/2023 của Trưởng Ban Chỉ đạo; Thông tư số 15/2020/TT-BGDĐT ngày 26/5/2020 "
        "của Bộ trưởng Bộ Giáo dục và Đào tạo."
    )
    issuers = {r.number_symbol: r.issuer for r in extract_text(text).references}
    assert issuers["220/QĐ-BCĐ"] == "Trưởng Ban Chỉ đạo"
    assert issuers["15/2020/TT-BGDĐT"] == "Bộ trưởng Bộ Giáo dục và Đào tạo"


def test_an_annex_split_into_lettered_parts_is_a_pinpoint() -> None:
    """ "Phụ lục VIb", "Phụ lục IIa": an annex numbered with a letter after its Roman numeral (the completion
    records of a construction decree) is a pinpoint like "Phụ lục VI" (holdout40)."""
    text = (
        "Chủ đầu tư lập danh mục hồ sơ theo Phụ lục VIb Nghị định số 06/2021/NĐ-CP và báo cáo theo Phụ lục IIa "
        "của Thông tư số 10/2021/TT-BXD; Phụ lục V Nghị định số 15/2021/NĐ-CP."
    )
    pins = {r.number_symbol: r.pinpoint for r in refs(text)}
    assert pins == {
        "06/2021/NĐ-CP": "Phụ lục VIb",
        "10/2021/TT-BXD": "Phụ lục IIa",
        "15/2021/NĐ-CP": "Phụ lục V",
    }


def test_a_notice_of_appraisal_results_is_one_reference_from_its_type_word() -> None:
    """ "Thông báo kết quả thẩm định số …" names the notice by its statutory descriptor, like "Báo cáo thẩm
    định số" (holdout6): the span starts at "Thông báo", which carries the issuer clause after it (holdout40)."""
    text = (
        "Theo đề nghị của Sở Tài chính tại Tờ trình số 15/TTr-STC ngày 02/3/2024 và Thông báo kết quả thẩm định "
        "số 41/TB-SKHĐT ngày 28/02/2024 của Sở Kế hoạch và Đầu tư."
    )
    (r,) = [r for r in refs(text) if r.number_symbol == "41/TB-SKHĐT"]
    assert text[r.start : r.end] == "Thông báo kết quả thẩm định số 41/TB-SKHĐT"
    assert r.doc_type == "Thông báo"
    assert r.relation == "responds_to"


def test_issuer_of_a_counted_group_or_one_issued_by_a_body_before_trong_do_co() -> None:
    """ "Kiểm tra 42 quyết định của UBND xã A (cũ), trong đó có X" (a count for "các") and "các quyết định do
    UBND thị xã B (cũ) ban hành, trong đó có X và Y" ("do … ban hành" for "của"): X and Y are that body's
    documents (holdout38)."""
    text = (
        "1. Kiểm tra 42 quyết định của UBND xã Tân Lập (cũ), trong đó có Quyết định số 71/QĐ-UBND ngày "
        "02/3/2025 về giá dịch vụ.\n2. Rà soát các quyết định do UBND thị xã Nghĩa Lộ (cũ) ban hành, trong đó "
        "có Quyết định số 902/QĐ-UBND ngày 11/9/2024 và Kế hoạch số 77/KH-UBND ngày 03/4/2024."
    )
    found = {r.number_symbol: r.issuer for r in find_references(text)}
    assert found["71/QĐ-UBND"] == "Ủy ban nhân dân xã Tân Lập"
    assert found["902/QĐ-UBND"] == "Ủy ban nhân dân thị xã Nghĩa Lộ"
    assert found["77/KH-UBND"] == "Ủy ban nhân dân thị xã Nghĩa Lộ"


def test_the_city_of_a_province_is_not_the_province() -> None:
    """ "của UBND thành phố Yên Bái (cũ)": the city that was Yên Bái's seat (district level), not the
    province; a centrally-run city ("thành phố Hải Phòng") is the province (holdout38)."""
    text = (
        "Đề nghị bãi bỏ Quyết định số 31/QĐ-UBND ngày 25/10/2023 của UBND thành phố Yên Bái (cũ) và "
        "Quyết định số 33/QĐ-UBND ngày 25/10/2023 của UBND thành phố Hải Phòng."
    )
    found = {r.number_symbol: r.issuer for r in find_references(text)}
    assert found["31/QĐ-UBND"] == "Ủy ban nhân dân thành phố Yên Bái"
    assert found["33/QĐ-UBND"] == "Ủy ban nhân dân thành phố Hải Phòng"


def test_a_thanh_uy_is_the_provinces_committee_only_in_a_centrally_run_city() -> None:
    """ "Thành ủy" names a province's committee only where the province is a city (then it reads "Thành ủy
    Đà Nẵng", not "Tỉnh ủy Đà Nẵng"); in a "tỉnh" it is the committee of one of its cities, of the district
    level: "Thành ủy Thái Bình" of the city of Thái Bình, a bare "Ban Thường vụ Thành ủy" in a text of the
    province of Quảng Nam (real-text audit r9)."""
    text = (
        "Căn cứ Kế hoạch số 21-KH/TU ngày 02/3/2022 của Ban Thường vụ Thành ủy Đà Nẵng; "
        "Kế hoạch số 47-KH/TU ngày 10/5/2020 của Thành ủy Thái Bình về đại hội đảng bộ cơ sở."
    )
    found = {r.number_symbol: r.issuer for r in extract_text(text, source="t.txt").references}
    assert found["21-KH/TU"] == "Ban Thường vụ Thành ủy Đà Nẵng"
    assert found["47-KH/TU"] == "Thành ủy Thái Bình"
    text = (
        "Thực hiện Chỉ thị số 08-CT/TU ngày 14/4/2023 của Ban Thường vụ Thành ủy về sắp xếp các thôn, "
        "tổ dân phố trên địa bàn thành phố Tam Kỳ, tỉnh Quảng Nam; Nghị quyết số 05-NQ/TU của Tỉnh ủy."
    )
    found = {r.number_symbol: r.issuer for r in extract_text(text, source="t.txt").references}
    assert found["08-CT/TU"] == "Ban Thường vụ Thành ủy"
    assert found["05-NQ/TU"] == "Tỉnh ủy Quảng Nam"
    # a city's committee is still a Party committee numbering …/TU: a short form stated with it gets that symbol
    r = one("Theo Kế hoạch số 47 ngày 10/5/2020 của Thành ủy Thái Bình, đại hội cơ sở xong trong tháng 4.")
    assert (r.number_symbol, r.issuer) == ("47-KH/TU", "Thành ủy Thái Bình")


def test_an_issuer_clause_ends_before_den() -> None:
    """ "X … của Đảng ủy xã đến toàn thể đảng viên": whom X is taken to is no part of its issuer (holdout38)."""
    text = (
        "ỦY BAN NHÂN DÂN\nXÃ AN PHÚ\nSố: 12/BC-UBND\nAn Phú, ngày 10 tháng 10 năm 2025\nBÁO CÁO\nCông tác tháng 9\n"
        "Phổ biến Nghị quyết số 05-NQ/ĐU ngày 10/8/2025 của Đảng ủy xã đến toàn thể đảng viên.\n"
    )
    found = {r.number_symbol: r.issuer for r in extract_text(text, source="t.txt").references}
    assert found["05-NQ/ĐU"] == "Đảng ủy xã An Phú"


def test_the_veterans_ordinance_and_the_fronts_law_by_their_short_names() -> None:
    """ "Pháp lệnh Cựu chiến binh" (36/2005/PL-UBTVQH11), also "Pháp lệnh CCB", and "Luật MTTQ Việt Nam"
    are named references the gazetteer resolves (laws.json; holdout42)."""
    text = (
        "Hội Cựu chiến binh huyện tuyên truyền Pháp lệnh Cựu chiến binh; một số điều của Pháp lệnh CCB "
        "chưa được hướng dẫn. Ủy ban MTTQ xã giám sát theo Điều 25 Luật MTTQ Việt Nam."
    )
    named = [(r.text, r.number_symbol) for r in extract_text(text).references]
    assert named == [
        ("Pháp lệnh Cựu chiến binh", "36/2005/PL-UBTVQH11"),
        ("Pháp lệnh CCB", "36/2005/PL-UBTVQH11"),
        ("Luật MTTQ Việt Nam", "75/2015/QH13"),
    ]


def test_the_labour_federations_codes_and_a_joint_rule_by_its_bare_symbol() -> None:
    """ "TLĐ" names the Tổng Liên đoàn Lao động Việt Nam, the one national body (issuer_codes.json); "LĐLĐ"
    in a stated issuer is written out (bodies.json); a joint rule's bare symbol "…/QCPH-…" is a Quy chế
    (doc_types.json; holdout42)."""
    text = (
        "Công đoàn ngành thực hiện Hướng dẫn số 27/HD-TLĐ; Ban Thường vụ LĐLĐ tỉnh ban hành Kế hoạch số "
        "31/KH-LĐLĐ ngày 02/02/2024. | 2 | 05/QCPH-LĐLĐ-SYT | 11/3/2023 | Quy chế phối hợp |"
    )
    rs = refs(text)
    assert [(r.number_symbol, r.issuer) for r in rs[:2]] == [
        ("27/HD-TLĐ", "Tổng Liên đoàn Lao động Việt Nam"),
        ("31/KH-LĐLĐ", "Ban Thường vụ Liên đoàn Lao động tỉnh"),
    ]
    assert rs[2].number_symbol == "05/QCPH-LĐLĐ-SYT" and rs[2].doc_type == "Quy chế"


def test_a_numbered_point_of_a_section_is_a_pinpoint() -> None:
    """Party conclusions number the points of their sections: "theo điểm 2 mục II Kết luận số …" pinpoints
    the point, as "khoản 2 mục III" does (patterns._PIN_SECTION; holdout42)."""
    r = one("Sáp nhập hai cơ quan theo điểm 2 mục II Kết luận số 09-KL/TU ngày 03/3/2025 của Tỉnh ủy.")
    assert r.pinpoint == "điểm 2 mục II"


def test_a_number_with_a_letter_after_it_is_one_symbol() -> None:
    # resolutions numbered after another ("30a", "30c") keep their letter; the hyphen dropped too
    r = one("Tiếp tục thực hiện Nghị quyết số 30c/NQ-CP ngày 08/11/2011 của Chính phủ về cải cách.")
    assert (r.number_symbol, r.doc_type, r.date) == ("30c/NQ-CP", "Nghị quyết", "2011-11-08")
    assert symbols("Căn cứ Nghị quyết 30a/2008/NQ-CP và Nghị quyết số 30c/NQCP của Chính phủ;") == [
        "30a/2008/NQ-CP",
        "30c/NQ-CP",
    ]


def test_a_local_symbol_with_its_hyphen_dropped_is_no_office_code() -> None:
    r = one("Căn cứ Quyết định số 715/QĐUBND ngày 03/4/2019 của Ủy ban nhân dân tỉnh về thành lập Tổ.")
    assert (r.number_symbol, r.doc_type) == ("715/QĐ-UBND", "Quyết định")
    assert symbols("Công văn số 38/TP ngày 2/3/2020 của Phòng Tư pháp") == ["38/TP"]


def test_the_old_slash_or_dot_before_ub_is_the_hyphen() -> None:
    assert symbols(
        "thay thế Quyết định số 07/1998/QĐ.UB ngày 15/01/1998 và Chỉ thị số 12/2000/CT/UB ngày 2/3/2000 "
        "của Ủy ban nhân dân tỉnh; Quyết định số 88/QĐ/UB ngày 5/6/1997"
    ) == ["07/1998/QĐ-UB", "12/2000/CT-UB", "88/QĐ-UB"]
    # a sentence glued after a symbol by a scraper is not a code
    assert symbols("theo Kế hoạch số 21/KH-UBND.Theo đó các sở") == ["21/KH-UBND"]


def test_a_slash_typed_for_the_hyphen_before_a_state_body_is_repaired() -> None:
    """ "42/2002/QĐ/TTg", "123/QĐ/UBND": a slash where the hyphen belongs between a type code and a state
    body's code (real circulars of the 2000s write it so) is read as the hyphen and the repair recorded;
    a Party body keeps the Party form's slash, and an unknown code after the slash proves nothing."""
    r = one("Căn cứ Quyết định số 42/2002/QĐ/TTg ngày 19/3/2002 của Thủ tướng Chính phủ về quản lý dự án;")
    assert (r.number_symbol, r.date, r.issuer) == ("42/2002/QĐ-TTg", "2002-03-19", "Thủ tướng Chính phủ")
    assert [(x.kind, x.original, x.repaired) for x in r.repairs] == [("slash_for_hyphen", "QĐ/TTg", "QĐ-TTg")]
    assert symbols("Triển khai Chỉ thị số 08/CT/UBND ngày 10/4/2019 của UBND tỉnh.") == ["08/CT-UBND"]
    assert symbols("Thực hiện Kết luận số 12/KL/TW ngày 5/5/2015 của Ban Bí thư.") == []
    assert symbols("theo Công văn số 55/QĐ/XYZQ ngày 5/5/2015") == []


def test_decrees_of_the_council_of_ministers_and_orders_of_the_council_of_state() -> None:
    """Before 1992 the Government was the Hội đồng Bộ trưởng, numbering its decrees "n-HĐBT", and the
    chairman of the Hội đồng Nhà nước promulgated laws by orders "n-LCT/HĐNN"; documents that amend or
    replace them still cite them (issuer_codes.json, doc_types.json; r2)."""
    found = refs(
        "Thi hành Nghị định số 72-HĐBT ngày 07-3-1990 của Hội đồng Bộ trưởng và Quyết định 103/HĐBT, "
        "Luật ban hành theo Lệnh số 29-LCT/HĐNN8 ngày 12-7-1989 của Chủ tịch Hội đồng Nhà nước."
    )
    assert [(r.doc_type, r.number_symbol, r.date) for r in found] == [
        ("Nghị định", "72-HĐBT", "1990-03-07"),
        ("Quyết định", "103/HĐBT", None),
        ("Lệnh", "29-LCT/HĐNN8", "1989-07-12"),
    ]
    assert found[0].issuer == found[1].issuer == "Hội đồng Bộ trưởng"
    assert refs("Tổng cộng 196-HĐBT đã nêu") == []  # no type word: a bare old-style code is no symbol


def test_short_form_whose_stated_issuer_is_of_another_kind_is_another_document() -> None:
    """A short form whose "của …" clause names a state body is not the Party document of the same type
    and number cited before ("Nghị quyết 26-NQ/TW của Bộ Chính trị … Nghị quyết 26 của Quốc hội"), nor the
    reverse; the same kind of body still links it (r2)."""
    found = refs(
        "Tiếp tục thực hiện Nghị quyết 26-NQ/TW của Bộ Chính trị; việc sáp nhập theo Nghị quyết 26\n"
        "của Quốc hội khóa XIV đã xong. Nghị quyết 26 của Bộ Chính trị vẫn là định hướng."
    )
    assert [(r.kind, r.number_symbol, r.issuer) for r in found] == [
        ("full", "26-NQ/TW", "Bộ Chính trị"),
        ("short", None, "Quốc hội"),
        ("short", "26-NQ/TW", "Bộ Chính trị"),
    ]
    assert found[1].antecedent is None and found[2].antecedent == 0


def test_short_form_keeps_the_date_and_issuer_stated_for_it() -> None:
    """A document cited by its number alone with its own date and issuer ("Công điện số 872 ngày 03 tháng
    10 năm 2022 của Bộ Công Thương") keeps them: the date and issuer stated for this mention (r2)."""
    found = refs(
        "Triển khai Công điện số 90/CĐ-TTg ngày 02/10/2022 của Thủ tướng Chính phủ và Công điện số 872 "
        "ngày 03 tháng 10 năm 2022 của Bộ Công Thương về bảo đảm nguồn điện."
    )
    assert [(r.kind, r.number_symbol, r.date, r.issuer) for r in found] == [
        ("full", "90/CĐ-TTg", "2022-10-02", "Thủ tướng Chính phủ"),
        ("short", None, "2022-10-03", "Bộ Công Thương"),
    ]


def test_type_word_glued_to_the_word_before_it() -> None:
    """A page whose lines were joined without a space glues the capitalised type word to the word before
    it ("Thực hiệnQuyết định số …"): the type word still opens the reference and its cue still counts (r2)."""
    r = one("Thực hiệnQuyết định số 512/QĐ-TTg ngày 21/4/2023 của Thủ tướng Chính phủ.")
    assert (r.text, r.doc_type, r.relation) == ("Quyết định số 512/QĐ-TTg", "Quyết định", "implements")


def test_issuer_clause_ends_before_still() -> None:
    """ "vẫn" (still) opens the predicate after the body of an issuer clause (issuer_clause.json; r2)."""
    r = one("Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị vẫn được các cấp ủy quán triệt.")
    assert r.issuer == "Bộ Chính trị"


def test_amending_laws_of_heritage_and_sport_are_known_by_their_names() -> None:
    """ "Luật sửa đổi, bổ sung một số điều của Luật Di sản văn hóa" (32/2009/QH12) and "… của Luật Thể dục, thể
    thao" (26/2018/QH14) are laws of their own, named by what they amend (holdout45); the law inside the
    name is no separate reference."""
    text = (
        "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Di sản văn hóa ngày 18 tháng 6 năm 2009; Nghị định số "
        "36/2019/NĐ-CP ngày 29/4/2019 của Chính phủ quy định chi tiết một số điều của Luật sửa đổi, bổ sung một "
        "số điều của Luật Thể dục, thể thao;"
    )
    assert [(r.number_symbol, r.date) for r in find_references(text, "2022-05-10")] == [
        ("32/2009/QH12", "2009-06-18"),
        ("36/2019/NĐ-CP", "2019-04-29"),
        ("26/2018/QH14", None),
    ]


@pytest.mark.parametrize(
    ("sentence", "symbol", "written"),
    [
        (
            "Thực hiện Chỉ thị số 15/CT-TW ngày 10/3/2017 của Ban Bí thư về công tác dân vận.",
            "15-CT/TW",
            "15/CT-TW",
        ),
        (
            "Tỉnh ủy Lào Cai ban hành Nghị quyết số 08/NQ-TU ngày 02/5/2021 về du lịch.",
            "08-NQ/TU",
            "08/NQ-TU",
        ),
        # the type word is no Chỉ thị: whether CT or the Chương trình's CTr was meant is not proven
        ("Thực hiện Chương trình hành động số 09/CT-TU của Tỉnh ủy về chuyển đổi số.", "09/CT-TU", None),
    ],
)
def test_party_symbol_written_in_the_state_form(sentence: str, symbol: str, written: str | None) -> None:
    (r,) = [
        x for x in extract_text(sentence).references if x.number_symbol and x.number_symbol[:2] == symbol[:2]
    ]
    assert r.number_symbol == symbol
    assert [x.original for x in r.repairs if x.kind == "party_form"] == ([written] if written else [])


def test_a_steering_committees_telegram_keeps_the_state_order() -> None:
    # real-text audit r46: "Công điện số 02/CĐ-TW … của Ban Chỉ đạo Trung ương về phòng, chống thiên tai" was
    # rewritten to the Party form "02-CĐ/TW"; the Party issues no Công điện (doc_types.json party_types)
    (r,) = extract_text(
        "Các huyện khẩn trương thực hiện Công điện số 05/CĐ-TW ngày 12/9/2021 của Ban Chỉ đạo Trung ương về "
        "phòng, chống thiên tai về việc ứng phó với áp thấp nhiệt đới."
    ).references
    assert (r.number_symbol, r.date) == ("05/CĐ-TW", "2021-09-12")
    assert r.issuer == "Ban Chỉ đạo Trung ương về phòng, chống thiên tai"
    assert not [x for x in r.repairs if x.kind == "party_form"]
    # with no body stated, no Party body is claimed
    (r,) = extract_text("Thực hiện Công điện số 11/CĐ-TW ngày 02/8/2019 về mưa lũ ở miền núi.").references
    assert (r.number_symbol, r.issuer) == ("11/CĐ-TW", None)


def test_party_code_with_a_diacritic_of_the_stated_committee() -> None:
    # "TƯ" (Trung ương) of a resolution the sentence gives to the Tỉnh ủy: OCR's Ư for U
    (r,) = extract_text(
        "Sau 5 năm thực hiện Nghị quyết 07-NQ/TƯ của Tỉnh ủy Hà Giang về phát triển rừng."
    ).references
    assert r.number_symbol == "07-NQ/TU"
    (r,) = extract_text(
        "Thực hiện Nghị quyết số 07-NQ/TƯ ngày 12/4/2019 của Bộ Chính trị về cải cách."
    ).references
    assert r.number_symbol != "07-NQ/TU"


@pytest.mark.parametrize(
    ("sentence", "symbol", "date", "issuer"),
    [
        (
            "Các chi bộ tiếp tục quán triệt Chỉ thị số 08 của Ban Bí thư về công tác dân vận.",
            "08-CT/TW",
            None,
            "Ban Bí thư Trung ương Đảng",
        ),
        (
            "Tổng kết 10 năm thực hiện Nghị quyết số 33 ngày 09-6-2014 của Ban Chấp hành Trung ương Đảng về văn hóa.",
            "33-NQ/TW",
            "2014-06-09",
            "Ban Chấp hành Trung ương Đảng",
        ),
    ],
)
def test_short_form_of_a_central_party_body_takes_its_party_symbol(
    sentence: str, symbol: str, date: str | None, issuer: str
) -> None:
    (r,) = extract_text(sentence).references
    assert (r.kind, r.number_symbol, r.date, r.issuer) == ("short", symbol, date, issuer)


@pytest.mark.parametrize(
    ("sentence", "issuer"),
    [
        # an adverb between the body and "ban hành" is no part of the body's name
        (
            "Ban Thường vụ Tỉnh ủy vừa ban hành Chỉ thị số 21-CT/TU về phòng, chống dịch.",
            "Ban Thường vụ Tỉnh ủy",
        ),
        # nor is a word of manner after the adverb ("đã khẩn trương ban hành", real-text audit r55)
        (
            "Ban Thường vụ Đảng ủy phường đã khẩn trương ban hành Kế hoạch số 14-KH/ĐU về đại hội chi bộ.",
            "Ban Thường vụ Đảng ủy phường",
        ),
        (
            "Đảng ủy xã nhanh chóng ban hành Nghị quyết số 03-NQ/ĐU về chuyển đổi số.",
            "Đảng ủy xã",
        ),
        # the subject's verb right after the body ends the issuer clause
        (
            "Thực hiện Hướng dẫn số 40-HD/BTGTU ngày 03/01/2024 của Ban Tuyên giáo Tỉnh ủy tuyên truyền kỷ niệm "
            "các ngày lễ lớn năm 2024.",
            "Ban Tuyên giáo Tỉnh ủy",
        ),
    ],
)
def test_issuer_ends_before_an_adverb_or_the_subjects_verb(sentence: str, issuer: str) -> None:
    (r,) = extract_text(sentence).references
    assert r.issuer == issuer


def test_an_issuer_clause_ends_before_a_relative_ma() -> None:
    """ "X … của Văn phòng UBND tỉnh mà đến nay …": "mà" opens a relative clause, it names no province
    (issuer_clause.json; holdout46)."""
    text = (
        "ỦY BAN NHÂN DÂN TỈNH LAI CHÂU\nVĂN PHÒNG\nSố: 40/TB-VPUBND\nLai Châu, ngày 02 tháng 6 năm 2025\n"
        "Những công trình đã được đôn đốc tại Thông báo số 31/TB-VPUBND ngày 05/5/2025 của Văn phòng UBND tỉnh "
        "mà đến nay chưa khởi công thì chủ đầu tư báo cáo rõ nguyên nhân.\n"
    )
    found = {r.number_symbol: r.issuer for r in extract_text(text, source="t.txt").references}
    assert found["31/TB-VPUBND"] == "Văn phòng Ủy ban nhân dân tỉnh Lai Châu"


def test_an_annex_in_parentheses_closing_the_issuer_and_subject_is_a_pinpoint() -> None:
    """ "theo X ngày … của Chính phủ về … (Phụ lục II)": the parenthesis closing the reference's clause points
    into X; a parenthesis holding more than provisions, or closing no "về …" subject, is none (holdout46)."""
    text = (
        "Biểu mẫu thực hiện theo Thông tư số 01/2024/TT-BNV ngày 05/02/2024 của Bộ Nội vụ về chế độ báo cáo "
        "(Phụ lục II). Thực hiện Kế hoạch số 15/KH-UBND ngày 10/01/2025 của UBND tỉnh về thanh niên (Điều 4 Luật "
        "Thanh niên). Quyết định số 07/2022/QĐ-UBND ngày 03/3/2022 của UBND tỉnh hết hiệu lực một phần (Điều 3)."
    )
    pins = {r.number_symbol: r.pinpoint for r in find_references(text)}
    assert pins["01/2024/TT-BNV"] == "Phụ lục II"
    assert pins["15/KH-UBND"] is None
    assert pins["07/2022/QĐ-UBND"] is None  # after a statement about X, not after its subject (holdout23)


def test_a_short_form_reads_its_own_date_and_issuer_clause() -> None:
    # the date and the body stated right after a short form are this mention's own
    r = one(
        "Huyện ủy sơ kết việc thực hiện Nghị quyết số 21 ngày 04-5-2016 của Ban Chấp hành Trung ương Đảng."
    )
    assert (r.kind, r.date, r.issuer) == ("short", "2016-05-04", "Ban Chấp hành Trung ương Đảng")
    r = one("Tại lễ, đại diện tỉnh công bố Nghị quyết số 88/2024 của Quốc hội về việc nhập hai xã.")
    assert (r.kind, r.issuer) == ("short", "Quốc hội")


def test_a_short_form_with_its_party_body_stated_takes_the_party_symbol() -> None:
    # a Party body numbers its resolutions, directives, conclusions … n-CODE/ISSUER
    assert (
        one("Các chi bộ quán triệt Chỉ thị 42 của Ban Bí thư về công tác cán bộ.").number_symbol == "42-CT/TW"
    )
    r = one(
        "Huyện ủy sơ kết việc thực hiện Nghị quyết số 21 ngày 04-5-2016 của Ban Chấp hành Trung ương Đảng."
    )
    assert r.number_symbol == "21-NQ/TW"
    r = one("Tháng 3, Ban Thường vụ Tỉnh ủy Lạng Sơn đã ban hành Kết luận số 9 về phát triển cửa khẩu.")
    assert r.number_symbol == "9-KL/TU"
    # a state body, or a Party type the Party writes two ways, builds none
    assert one("Thực hiện Nghị quyết số 12 của Chính phủ về phục hồi kinh tế.").number_symbol is None
    assert one("Thực hiện Quy định số 30 của Bộ Chính trị về kiểm tra.").number_symbol is None


def test_a_short_form_again_is_the_document_its_earlier_stated_body_made_the_symbol_of() -> None:
    """Cited nowhere in full: "Kết luận 12 của Ban Bí thư … Kết luận 12 nêu rõ" - the second short form,
    with no body of its own, is the nearest earlier one's document (real-text audit r23); a nearer one of
    another body (no symbol) leaves it unresolved."""
    out = refs(
        "Các chi bộ học tập Kết luận 12 của Ban Bí thư về công tác dân vận. Sau hai năm, việc thực hiện "
        "Kết luận 12 còn chậm."
    )
    assert [(r.kind, r.number_symbol) for r in out] == [("short", "12-KL/TW"), ("short", "12-KL/TW")]
    assert out[1].antecedent == 0
    out = refs(
        "Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 8 về phòng cháy. Chỉ thị số 8 của Ủy ban nhân dân tỉnh "
        "nói khác. Chỉ thị số 8 được phổ biến."
    )
    assert [r.number_symbol for r in out] == ["8-CT/TU", None, None]


def test_a_headline_short_form_is_the_document_a_later_stated_body_makes_the_symbol_of() -> None:
    """Cited nowhere in full: a headline "Chỉ thị 45 đi vào cuộc sống" over "… quán triệt Chỉ thị 45 của
    Ban Bí thư": the headline's short form, with no body of its own, is the later one's document (real-text
    audit r36), as a later one is an earlier one's (r23)."""
    out = refs(
        "Chỉ thị 45 đi vào cuộc sống\nCác huyện đã quán triệt Chỉ thị 45 của Ban Bí thư về công tác "
        "tuyên truyền. Chỉ thị 45 được đánh giá cao."
    )
    assert [(r.kind, r.number_symbol) for r in out] == [("short", "45-CT/TW")] * 3
    assert out[0].antecedent == 1


def test_numbers_listed_after_a_short_form_share_its_type_word_and_body() -> None:
    """ "Kết luận 14 (về cán bộ), 21 (về chỉnh đốn Đảng) và 35 (…)": each listed number is a short form
    of the same type spanning its number, the body stated for the list is each one's; a count or a year
    after the comma is none (real-text audit r23)."""
    out = refs(
        "Ba kết luận do Bộ Chính trị ban hành, gồm Kết luận 14 (về cán bộ), 21 (về chỉnh đốn Đảng) và 35 "
        "(về bầu cử), được quán triệt."
    )
    assert [(r.text, r.kind, r.number_symbol, r.issuer) for r in out] == [
        ("Kết luận 14", "short", "14-KL/TW", "Bộ Chính trị"),
        ("21", "short", "21-KL/TW", "Bộ Chính trị"),
        ("35", "short", "35-KL/TW", "Bộ Chính trị"),
    ]
    out = refs("Quán triệt Chỉ thị số 26, 27 của Ban Bí thư.")
    assert [(r.text, r.number_symbol) for r in out] == [("Chỉ thị số 26", "26-CT/TW"), ("27", "27-CT/TW")]
    assert [r.text for r in refs("Thực hiện Chỉ thị số 05, 3 năm qua tỉnh đạt kết quả tốt.")] == [
        "Chỉ thị số 05"
    ]
    assert [r.text for r in refs("Triển khai Nghị quyết số 57, 2025 là năm bản lề.")] == ["Nghị quyết số 57"]


def test_a_counted_lower_case_list_of_short_forms_names_each_number() -> None:
    """ "hai nghị quyết 14, 15 …", "bốn chỉ thị 8, 9, 10 và 11": a count word before a lower-case type word
    with numbers listed names that many documents; the last may be followed by any word when the count
    says so. A digit count ("5 nghị quyết 14, 15"), a period ("nghị quyết 3 năm, 5 năm") and a generic
    "các" whose list does not close are none (real-text audit r54)."""
    out = refs("Chi bộ học tập hai nghị quyết 14, 15 của Bộ Chính trị trong tháng.")
    assert [(r.text, r.kind, r.number_symbol, r.issuer) for r in out] == [
        ("nghị quyết 14", "short", "14-NQ/TW", "Bộ Chính trị"),
        ("15", "short", "15-NQ/TW", "Bộ Chính trị"),
    ]
    out = refs("Bốn chỉ thị 8, 9, 10 và 11 đã tạo chuyển biến rõ nét ở cơ sở.")
    assert [(r.text, r.kind, r.number, r.number_symbol) for r in out] == [
        ("chỉ thị 8", "short", "8", None),
        ("9", "short", "9", None),
        ("10", "short", "10", None),
        ("11", "short", "11", None),
    ]
    assert [r.text for r in refs("Đơn vị đã có 5 nghị quyết 14, 15 trong năm.")] == []
    assert [r.text for r in refs("Sơ kết các nghị quyết 3 năm, 5 năm của huyện.")] == []
    assert [r.text for r in refs("Xã làm theo các nghị quyết 2, 3 lần mỗi năm.")] == []


def test_numbers_listed_before_a_party_suffix_are_not_also_short_forms() -> None:
    """ "Nghị quyết số 18, 19 và 20-NQ/TW": the last number begins the symbol the list shares, no short
    form beside it (real-text audit r54)."""
    out = refs("Chi bộ quán triệt Nghị quyết số 18, 19 và 20-NQ/TW đến đảng viên.")
    assert [(r.text, r.number_symbol) for r in out] == [
        ("Nghị quyết số 18", "18-NQ/TW"),
        ("19", "19-NQ/TW"),
        ("20-NQ/TW", "20-NQ/TW"),
    ]


def test_a_party_symbol_spaced_around_its_hyphen_is_one_symbol() -> None:
    r = one("Tiếp tục quán triệt Chỉ thị số 27 - CT/TW ngày 10/01/2019 của Bộ Chính trị.")
    assert (r.kind, r.number_symbol, r.date) == ("full", "27-CT/TW", "2019-01-10")
    assert refs("tốc độ 100 - 120 km/h, tăng 15 - 20%") == []


def test_the_partys_other_spellings_of_its_codes() -> None:
    # "TƯ" is the Party's TW (issuer_codes same_as), kept as written in a repair
    r = one("Học tập Nghị quyết số 36-NQ/TƯ của Bộ Chính trị.")
    assert r.number_symbol == "36-NQ/TW"
    assert [(x.kind, x.original, x.repaired) for x in r.repairs] == [("code_spelling", "TƯ", "TW")]
    # "CTHĐ": an older code of a programme of action; "Thông báo kết luận" is a Thông báo
    r = one("Quán triệt Chương trình hành động số 15-CTHĐ/TU ngày 02/3/2018 của Tỉnh ủy.")
    assert (r.doc_type, r.number_symbol) == ("Chương trình", "15-CTHĐ/TU")
    r = one("Ban Bí thư ra Thông báo kết luận số 140-TB/TW về công tác dân vận.")
    assert (r.doc_type, r.number_symbol) == ("Thông báo", "140-TB/TW")


def test_a_party_short_form_takes_the_types_one_code_and_a_date_between_it_and_the_body() -> None:
    """One reading of a short form's own clause and one Party symbol builder (reconciling r2, r3 and r4):
    the date between the number and the body is read with the clause, a ministry's number/year circular
    still gets its symbol across it, and a Party body gives any type its one code ("Quyết định số 99 của
    Ban Bí thư": 99-QĐ/TW), a type with several the one doc_types.json party_short_form names."""
    r = one("Chưa có văn bản thay thế Thông tư số 26/2018 ngày 10/4/2018 của Bộ Tài chính về kinh phí.")
    assert (r.number_symbol, r.date, r.issuer) == ("26/2018/TT-BTC", "2018-04-10", "Bộ Tài chính")
    assert one("Thực hiện Quyết định số 99 của Ban Bí thư về công tác dân vận.").number_symbol == "99-QĐ/TW"
    r = one("Tháng 5, Ban Thường vụ Tỉnh ủy Lạng Sơn đã ban hành Chương trình số 12 về chuyển đổi số.")
    assert r.number_symbol == "12-CTr/TU"


def test_a_state_form_slash_after_a_party_organs_code_is_no_hyphen() -> None:
    """ "06-HD/UBKTTW": the Ủy ban Kiểm tra Trung ương and the Ban Tổ chức Trung ương are Party organs (their
    kind in bodies.json) though their names have no "Đảng" or "ủy": the slash before their code is the
    Party form's, never read as a state body's hyphen."""
    assert symbols("Thực hiện Hướng dẫn số 06-HD/UBKTTW ngày 18/12/2018 của Ủy ban Kiểm tra Trung ương.") == [
        "06-HD/UBKTTW"
    ]
    assert symbols("theo Hướng dẫn số 38-HD/BTCTW ngày 06/6/2016 của Ban Tổ chức Trung ương") == [
        "38-HD/BTCTW"
    ]


def test_tu_read_as_tw_unless_the_stated_committee_proves_the_tinh_uy() -> None:
    """ "TƯ" is the Party's spelling of TW (r3), but "13-NQ/TƯ của Tỉnh ủy" is OCR's Ư for the Tỉnh ủy's TU
    (r4): the stated issuer's reading replaces the spelling repair, one repair kept."""
    (r,) = extract_text(
        "Sau 10 năm thực hiện Nghị quyết 13-NQ/TƯ của Tỉnh ủy Thừa Thiên Huế, hạ tầng phát triển."
    ).references
    assert r.number_symbol == "13-NQ/TU"
    assert [(x.kind, x.original, x.repaired) for x in r.repairs] == [("diacritic", "13-NQ/TƯ", "13-NQ/TU")]
    (r,) = extract_text("Học tập Nghị quyết số 36-NQ/TƯ ngày 01/7/2014 của Bộ Chính trị.").references
    assert r.number_symbol == "36-NQ/TW"


def test_a_lettered_resolution_number_cited_again_without_its_symbol_is_a_short_form() -> None:
    """ "Nghị quyết 30a" after "Nghị quyết 30a/2008/NQ-CP" (r7): a number with a letter and no symbol is a short
    form of the lettered document the text cites in full; with no such citation nothing is read."""
    refs = extract_text(
        "Triển khai Nghị quyết 30a/2008/NQ-CP ngày 27/12/2008 của Chính phủ về giảm nghèo nhanh. Năm nay "
        "huyện báo cáo kết quả thực hiện Nghị quyết 30a 9 tháng; các xã hưởng chính sách theo Nghị\nquyết 30a."
    ).references
    assert [(r.kind, r.text, r.number_symbol) for r in refs] == [
        ("full", "Nghị quyết 30a/2008/NQ-CP", "30a/2008/NQ-CP"),
        ("short", "Nghị quyết 30a", "30a/2008/NQ-CP"),
        ("short", "Nghị\nquyết 30a", "30a/2008/NQ-CP"),
    ]
    assert extract_text("Tỉnh có 30a hộ; Nghị quyết 30c được nhắc lại.").references == []


@pytest.mark.parametrize("verb", ["chỉ rõ", "nêu rõ", "khẳng định", "nhấn mạnh"])
def test_a_reports_verb_of_finding_ends_the_issuer_clause(verb: str) -> None:
    # r7: "… của Ban Kinh tế Trung ương chỉ rõ, …" kept the verb in the issuer of a body the gazetteer lacks
    (r,) = extract_text(
        f"Kế hoạch số 15/KH-BCĐ ngày 04/5/2021 của Ban Chỉ đạo công tác dân tộc huyện Tủa Chùa {verb} các "
        "giải pháp cho vay."
    ).references
    assert r.issuer == "Ban Chỉ đạo công tác dân tộc huyện Tủa Chùa"


def test_a_date_in_parentheses_right_after_the_symbol() -> None:
    """ "Nghị quyết số 08/2019/NQ-HĐND (ngày 10.7.2019) của HĐND tỉnh": the parenthesis gives the date and the
    issuer clause goes on after it (real-text audit r9)."""
    r = one(
        "Huyện làm việc về thực hiện Nghị quyết số 08/2019/NQ-HĐND (ngày 10.7.2019) của HĐND tỉnh về giao thông."
    )
    assert (r.date, r.issuer) == ("2019-07-10", "Hội đồng nhân dân tỉnh")
    r = one("Theo Kế hoạch số 45/KH-UBND (ngày 02/3/2020) về phòng, chống dịch.")
    assert r.date == "2020-03-02"


@pytest.mark.parametrize(
    ("text", "symbol", "issuer"),
    [
        # "thông qua": the committee that passed the resolution issued it (TW names no one body)
        (
            "Ban Chấp hành Trung ương Đảng đã thông qua Nghị quyết số 77-NQ/TW về đổi mới tổ chức.",
            "77-NQ/TW",
            "Ban Chấp hành Trung ương Đảng",
        ),
        # "có Công văn": the body right before it sent the letter
        (
            "Ngày 5/3/2024, Ban Tuyên giáo Trung ương có Công văn số 981-CV/BTGTW về việc tuyên truyền.",
            "981-CV/BTGTW",
            "Ban Tuyên giáo Trung ương",
        ),
    ],
)
def test_issuer_stated_by_other_verbs_than_ban_hanh(text: str, symbol: str, issuer: str) -> None:
    (r,) = refs(text)
    assert (r.number_symbol, r.issuer) == (symbol, issuer)


def test_a_bare_provincial_body_in_a_clause_set_in_another_province() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\n\nSố: 9/BC-UBND\n\nHà Nội, ngày 1 tháng 7 năm 2025\n\nBÁO CÁO\n\n"
        "Tại TP Hồ Chí Minh, Sở Tư pháp có Công văn số 77/STP-BTTP ngày 25/6/2025 "
        "hướng dẫn chuyển đổi; tại Đà Nẵng, Sở Tư pháp ban hành Công văn số 78/STP-BTTP ngày 26/6/2025.\n"
    )
    found = {r.number_symbol: r.issuer for r in extract_text(text).references}
    assert found["77/STP-BTTP"].endswith("Hồ Chí Minh") and found["78/STP-BTTP"].endswith("Đà Nẵng")


@pytest.mark.parametrize(
    "name",
    [
        "Luật Ban hành văn bản quy phạm pháp luật của HĐND và UBND ngày 03/12/2004",
        "Luật ban hành văn bản quy phạm pháp luật HĐND và UBND năm 2004",
        "Luật Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân và Ủy ban nhân dân",
    ],
)
def test_the_2004_law_on_council_and_committee_acts_joined_by_va(name: str) -> None:
    """Real-text audit r10: a council resolution of 2009 citing the 2004 law on legal acts of the
    People's Councils and Committees with "và" (or without "của") means that law, not the 2008 one."""
    refs = find_references(f"Căn cứ Luật Tổ chức HĐND và UBND ngày 26/11/2003; Căn cứ {name};", "2009-07-01")
    assert [r.number_symbol for r in refs] == ["11/2003/QH11", "31/2004/QH11"]


def test_a_date_whose_words_a_scraper_glued_to_the_numbers() -> None:
    """Real-text audit r10: a law site that joined wrapped lines leaves "năm2007", "tháng11": still the
    date of the mention, and the issuer clause after it still attaches."""
    text = (
        "Sau khi xem xét Tờ trình số 05/TTr-HĐND ngày 20 tháng 11 năm2008 của Thường trực HĐND tỉnh; "
        "Báo cáo số 191/BC-UBND ngày 28 tháng11 năm 2008 của Ủy ban nhân dân tỉnh,"
    )
    found = [(r.number_symbol, r.date, r.issuer) for r in find_references(text)]
    assert found[0] == ("05/TTr-HĐND", "2008-11-20", "Thường trực Hội đồng nhân dân tỉnh")
    assert found[1][:2] == ("191/BC-UBND", "2008-11-28")


def test_a_date_whose_day_a_scraper_glued_to_the_month_word() -> None:
    """Real-text audit r18: "ngày 04tháng 5 năm 2013" (a law site that joined words at its line ends):
    still the mention's date."""
    text = "Căn cứ Công văn số 1120/BYT-KCB ngày 07tháng 3 năm 2016 của Bộ Y tế về khám bệnh cho trẻ em;"
    assert [(r.number_symbol, r.date) for r in find_references(text)] == [("1120/BYT-KCB", "2016-03-07")]


def test_a_level_word_after_a_local_symbol_keeps_the_clause() -> None:
    """Real-text audit r10: a news page writes the council's level after the symbol ("Nghị quyết
    05/2019/NQ-HĐND tỉnh ngày …"): the date and the issuer after it are still the mention's."""
    text = "Kỳ họp sửa đổi Nghị quyết 05/2019/NQ-HĐND tỉnh ngày 12/7/2019 của HĐND tỉnh về học phí."
    assert [(r.number_symbol, r.date, r.issuer) for r in find_references(text)] == [
        ("05/2019/NQ-HĐND", "2019-07-12", "Hội đồng nhân dân tỉnh")
    ]
    # a comma ends the reference: "tỉnh" opens the next clause
    assert find_references("Theo Nghị quyết 01/NQ-HĐND, tỉnh ngày càng phát triển.")[0].date is None


def test_a_joint_resolution_with_a_slash_before_the_legislature_and_its_term() -> None:
    # real-text audit r11: the joint resolutions on meeting voters write "NQLT/UBTVQH15-…" (a slash
    # before the Standing Committee with its term); the whole symbol was dropped
    text = (
        "Đoàn đại biểu tổng hợp kiến nghị theo Nghị quyết liên tịch số 19/2031/NQLT/UBTVQH17-CP- "
        "ĐCTUBTWMTTQVN ngày 03.4.2031 và Điều 5 Nghị quyết liên tịch 21/2031/NQLT/UBTVQH17-ĐCTUBTWMTTQVN."
    )
    refs = extract_text(text).references
    assert [(r.number_symbol, r.date, r.pinpoint) for r in refs] == [
        ("19/2031/NQLT-UBTVQH17-CP-ĐCTUBTWMTTQVN", "2031-04-03", None),
        ("21/2031/NQLT-UBTVQH17-ĐCTUBTWMTTQVN", None, "Điều 5"),
    ]
    assert "slash_for_hyphen" in [x.kind for x in refs[0].repairs]
    assert refs[0].doc_type == "Nghị quyết liên tịch"


def test_a_type_code_written_with_a_dot_inside() -> None:
    # real-text audit r11: "Tờ trình số 215/T.Tr-TT" (T.Tr for TTr, an older spelling) was dropped; an
    # old separator after a type code stays what it was ("QĐ.UB")
    refs = extract_text(
        "Xét đề nghị của Trưởng phòng Tư pháp tại Tờ trình số 88/T.Tr-TP ngày 03 tháng 5 năm 2006 và "
        "Quyết định số 07/2004/QĐ.UB."
    ).references
    assert [(r.number_symbol, r.doc_type, r.date) for r in refs] == [
        ("88/TTr-TP", "Tờ trình", "2006-05-03"),
        ("07/2004/QĐ-UB", "Quyết định", None),
    ]
    assert [(x.kind, x.original) for x in refs[0].repairs] == [("dotted_code", "T.Tr")]
    assert refs[0].relation == "responds_to"


def test_a_date_glued_to_ngay_and_a_legacy_fonts_tilde_in_nam() -> None:
    # real-text audit r11: "Thông tư 02/2010/TT-TTCP ngày02/03/2010" (a page's lines joined) and
    # "ngày 3 tháng 2 nãm 2019" lost their dates
    refs = extract_text(
        "Đoàn kiểm tra áp dụng Thông tư 05/2029/TT-TTCP ngày07/11/2029 và Kế hoạch số 9/KH-UBND ngày 3 "
        "tháng 2 nãm 2030; ngàyhội không phải là ngày."
    ).references
    assert [(r.number_symbol, r.date) for r in refs] == [
        ("05/2029/TT-TTCP", "2029-11-07"),
        ("9/KH-UBND", "2030-02-03"),
    ]


def test_a_date_stated_before_a_joint_programme_signed() -> None:
    # real-text audit r11 (dân vận chính quyền): "Ngày …, Ban Dân vận … và Ban cán sự đảng … đã ký kết
    # Kế hoạch số …" lost the plan's date; a date before another verb still states nothing
    refs = extract_text(
        "Ngày 12/3/2031, Ban Dân vận Tỉnh ủy và Ban cán sự đảng UBND tỉnh đã ký kết Chương trình phối hợp "
        "số 07-CTr/BDVTU-BCSĐ về công tác dân vận chính quyền.\nNgày 20/3/2031, Sở Nội vụ hướng dẫn "
        "Kế hoạch số 9/KH-UBND."
    ).references
    assert [(r.number_symbol, r.date) for r in refs] == [
        ("07-CTr/BDVTU-BCSĐ", "2031-03-12"),
        ("9/KH-UBND", None),
    ]


def test_an_inspection_conclusion_or_decision_named_with_its_purpose_reads_as_a_type_word() -> None:
    """ "Kết luận thanh tra số …", "Quyết định thanh tra số …", "Biên bản vi phạm hành chính số …": an
    inspectorate's and a sanctioning body's documents named with their purpose before the number open at the
    type word; numbers listed before one shared suffix are one reference each (real-text audit r12)."""
    text = (
        "Đoàn công bố các Kết luận thanh tra số: 03, 04 và 07/KL-TTr ngày 14/5/2023 của Chánh Thanh tra huyện "
        "(kèm theo kết luận thanh tra số 05/KL-TTr). Căn cứ Quyết định thanh tra số 21/QĐ-TTr ngày 02/3/2023 "
        "và Biên bản vi phạm hành chính số 11/BB-VPHC lập ngày 06/3/2023."
    )
    out = refs(text)
    assert [(r.text, r.number_symbol, r.date) for r in out[:3]] == [
        ("Kết luận thanh tra số: 03", "03/KL-TTr", "2023-05-14"),
        ("04", "04/KL-TTr", "2023-05-14"),
        ("07/KL-TTr", "07/KL-TTr", "2023-05-14"),
    ]
    assert {r.doc_type for r in out[:4]} == {"Kết luận"}
    assert (out[3].text, out[3].relation) == ("kết luận thanh tra số 05/KL-TTr", "mentions")
    assert [(r.text, r.doc_type) for r in out[4:]] == [
        ("Quyết định thanh tra số 21/QĐ-TTr", "Quyết định"),
        ("Biên bản vi phạm hành chính số 11/BB-VPHC", "Biên bản"),
    ]


def test_amending_laws_and_the_audit_law_resolve_by_the_date_stated() -> None:
    """The legal bases of decrees and provincial decisions name amending laws with a year or date ("Luật sửa
    đổi, bổ sung một số điều của Luật Kiểm toán nhà nước ngày …"): the gazetteer gives their numbers, the
    version by the date; a 2008 text's "Luật Kiểm toán nhà nước" is the 2005 law; "Luật Xử lý VPHC" is the
    sanctions law (real-text audit r12)."""
    text = (
        "Căn cứ Luật Chứng khoán ngày 29 tháng 6 năm 2006 và Luật sửa đổi, bổ sung một số điều của Luật Chứng "
        "khoán ngày 24 tháng 11 năm 2010; Luật sửa đổi, bổ sung một số điều của Luật Khiếu nại, tố cáo năm 2005; "
        "Luật sửa đổi, bổ sung một số điều của Luật Kiểm toán nhà nước ngày 26/11/2019."
    )
    assert [r.number_symbol for r in refs(text)] == [
        "70/2006/QH11",
        "62/2010/QH12",
        "58/2005/QH11",
        "55/2019/QH14",
    ]
    old = extract_text(
        "Số: 12/BC-KTNN\nHà Nội, ngày 15 tháng 3 năm 2008\nThực hiện Luật Kiểm toán nhà nước, …"
    )
    assert [r.number_symbol for r in old.references if r.kind == "named"] == ["37/2005/QH11"]
    (r,) = refs("Cơ quan đối chiếu hồ sơ với Luật Xử lý VPHC để xác định hành vi.")
    assert (r.text, r.number_symbol) == ("Luật Xử lý VPHC", "15/2012/QH13")
    # the same name going on with more laws is another amending law, spanning all of them
    chain = "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Chứng khoán, Luật Kế toán và Luật Quản lý thuế số 56/2024/QH15;"
    (r,) = refs(chain)
    assert r.text.startswith("Luật sửa đổi") and r.text.endswith("Luật Quản lý thuế số 56/2024/QH15")
    assert r.number_symbol == "56/2024/QH15"


def test_department_and_sector_codes_name_the_provinces_body() -> None:
    """A provincial department's or agency's code ("…/TTr-BDT", "…/SNgV-VP", "…/KH-CAT-PV01") names
    that body of the citing document's province (real-text audit r14: a Ban Dân tộc's, a Sở Ngoại vụ's
    and a Công an tỉnh's documents were left without an issuer)."""
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH GIA LAI\nSố: 15/QĐ-UBND\nGia Lai, ngày 2 tháng 3 năm 2016\nQUYẾT ĐỊNH\n"
        "VỀ VIỆC KIỆN TOÀN BAN CHỈ ĐẠO\nXét đề nghị của Trưởng Ban Dân tộc tại Tờ trình số 41/TTr-BDT ngày 5/2/2016, "
        "Công văn số 77/SNgV-VP ngày 9/2/2016 và Kế hoạch số 12/KH-CAT-PV01 ngày 1/2/2016,\n"
    )
    got = [(r.number_symbol, r.issuer) for r in extract_text(text).references if r.relation != "mentions"]
    assert got == [
        ("41/TTr-BDT", "Ban Dân tộc tỉnh Gia Lai"),
        ("77/SNgV-VP", "Sở Ngoại vụ tỉnh Gia Lai"),
        ("12/KH-CAT-PV01", "Công an tỉnh Gia Lai"),
    ]


def test_an_office_code_after_a_spaced_hyphen() -> None:
    """An office's code after a known type or issuer code and a hyphen with a space ("…/SGDĐT- TCCB",
    "…/TTr -⏎NN&PTNT" wrapped by a page): part of the symbol, the date after it the reference's (real-text
    audit r14); a word after a spaced hyphen is still no code."""
    r = one("Thực hiện công văn số 904/SGDĐT- TCCB ngày 12/9/2019 của Sở Giáo dục và Đào tạo về tuyển dụng.")
    assert (r.number_symbol, r.date) == ("904/SGDĐT-TCCB", "2019-09-12")
    r = one("Xét đề nghị của Sở Xây dựng tại Tờ trình số 61/TTr -\nXD&QH ngày 4/3/2010,")
    assert (r.number_symbol, r.date) == ("61/TTr-XD&QH", "2010-03-04")
    assert one("Theo Kế hoạch số 5/KH-UBND - Phòng Nội vụ chủ trì.").number_symbol == "5/KH-UBND"


def test_an_office_holder_wrapped_before_the_body_states_the_issuer() -> None:
    """ "Xét đề nghị của Giám đốc⏎Sở Công Thương tại Tờ trình số …": a page wrapped after the office
    holder's title; the body is the issuer (real-text audit r14)."""
    (r,) = extract_text(
        "Xét đề nghị của Giám đốc\nSở Công Thương tại Tờ trình số 210/TTr-QLTM ngày 3/8/2015,"
    ).references
    assert (r.issuer, r.relation) == ("Sở Công Thương", "responds_to")


def test_a_1990s_government_symbol_as_the_next_item_of_a_list() -> None:
    # real-text audit r13: "thay thế Nghị định 196-CP năm 1994, 41-CP năm 1995, 93/2002/NĐ-CP …" lost the
    # bare 41-CP, and with it the list's relation for the items after it; a bare one elsewhere stays out
    refs = find_references(
        "Nghị định này thay thế Nghị định 12-CP năm 1995, 26-CP năm 1996 và 08/2001/NĐ-CP."
    )
    assert [(r.number_symbol, r.doc_type, r.relation) for r in refs] == [
        ("12-CP", "Nghị định", "replaces"),
        ("26-CP", "Nghị định", "replaces"),
        ("08/2001/NĐ-CP", "Nghị định", "replaces"),
    ]
    assert [r.number_symbol for r in find_references("Bãi bỏ Nghị định 12-CP. Có 26-CP khác.")] == ["12-CP"]


def test_an_amended_laws_own_number_after_the_amending_formula() -> None:
    """ "Quốc hội ban hành Luật sửa đổi, bổ sung một số điều của Luật A số N, Luật B số M": N is a version
    of A the gazetteer lists, so the reference is A (amended), not the amending law; a number no version
    of A carries stays the amending law's (test above) (real-text audit r17). The amending law, named by
    its own words before the numbered laws, is a named reference of its own (real-text audit r39)."""
    out = refs(
        "Quốc hội ban hành Luật sửa đổi, bổ sung một số điều của Luật Thủy sản số 18/2017/QH14 và Luật "
        "Hải quan số 54/2014/QH13."
    )
    assert [(r.text, r.name, r.relation) for r in out] == [
        (
            "Luật sửa đổi, bổ sung một số điều của",
            "Luật sửa đổi, bổ sung một số điều của Luật Thủy sản và Luật Hải quan",
            "mentions",
        ),
        ("Luật Thủy sản số 18/2017/QH14", "Luật Thủy sản", "amends"),
        ("Luật Hải quan số 54/2014/QH13", "Luật Hải quan", "amends"),
    ]


def test_an_amending_law_listing_numbered_laws_is_a_reference_of_its_own_and_amends_them() -> None:
    """ "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15, Luật Nhà ở số …, … và Luật
    Các tổ chức tín dụng số … ngày 29 tháng 6 năm 2024" (real-text audit r39): the amending law (43/2024/QH15
    in the gazetteer, by the laws' names without their numbers) was merged into the first listed law, the
    listed laws read based_on and the last one took the amending law's date. Now the amending law is named
    by its own words, dated, and each listed law is its own reference, amended."""
    out = refs(
        "Căn cứ Luật Quy hoạch ngày 24 tháng 11 năm 2017;\nCăn cứ Luật sửa đổi, bổ sung một số điều của Luật "
        "Đất đai số 31/2024/QH15, Luật Nhà ở số 27/2023/QH15, Luật Kinh doanh bất động sản số 29/2023/QH15 và "
        "Luật Các tổ chức tín dụng số 32/2024/QH15 ngày "
        "29 tháng 6 năm 2024;\nCăn cứ Nghị định số 88/2024/NĐ-CP ngày 15 tháng 7 năm 2024 của Chính phủ;"
    )
    assert [(r.text, r.kind, r.number_symbol, r.date, r.relation, r.relation_source) for r in out][1:] == [
        ("Luật sửa đổi, bổ sung một số điều của", "named", "43/2024/QH15", "2024-06-29", "based_on", None),
        ("Luật Đất đai số 31/2024/QH15", "full", "31/2024/QH15", None, "amends", 1),
        ("Luật Nhà ở số 27/2023/QH15", "full", "27/2023/QH15", None, "amends", 1),
        ("Luật Kinh doanh bất động sản số 29/2023/QH15", "full", "29/2023/QH15", None, "amends", 1),
        ("Luật Các tổ chức tín dụng số 32/2024/QH15", "full", "32/2024/QH15", None, "amends", 1),
        ("Nghị định số 88/2024/NĐ-CP", "full", "88/2024/NĐ-CP", "2024-07-15", "based_on", None),
    ]


@pytest.mark.parametrize(
    ("text", "name", "symbol"),
    [
        # the 2003 supervision law, named by the short title the 2015 law extended
        (
            "Căn cứ Luật Hoạt động giám sát của Quốc hội;",
            "Luật Hoạt động giám sát của Quốc hội",
            "05/2003/QH11",
        ),
        ("Xem xét việc thi hành Luật Thực hành tiết kiệm, chống lãng phí.", None, "48/2005/QH11"),
    ],
)
def test_laws_in_force_in_2006_by_the_documents_date(text: str, name: str | None, symbol: str) -> None:
    """Versions the gazetteer lacked: a 2006 resolution's basis and subject (real-text audit r17)."""
    header = "QUỐC HỘI\nSố: 74/2006/NQ-QH11\nHà Nội, ngày 29 tháng 11 năm 2006\n"
    (r,) = [x for x in extract_text(header + text).references if x.kind == "named" and x.doc_type == "Luật"]
    assert r.number_symbol == symbol and (name is None or r.name == name)


def test_the_longer_supervision_law_keeps_its_name() -> None:
    """The 2003 law's short name is a prefix of the 2015 law's: the whole name still wins."""
    header = "QUỐC HỘI\nSố: 35/2017/QH14\nHà Nội, ngày 20 tháng 6 năm 2017\n"
    text = "Căn cứ Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân;"
    (r,) = [x for x in extract_text(header + text).references if x.kind == "named"]
    assert (r.name, r.number_symbol) == (
        "Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân",
        "87/2015/QH13",
    )


def test_the_1991_ordinance_on_complaints_is_known() -> None:
    (r,) = refs("Pháp lệnh khiếu nại, tố cáo của công dân ngày 7 tháng 5 năm 1991 hết hiệu lực.")
    assert (r.kind, r.doc_type, r.issuer, r.date) == ("named", "Pháp lệnh", "Hội đồng Nhà nước", "1991-05-07")


def test_pinpoint_glued_to_cua() -> None:
    # real-text audit r16: a site's joined lines glue "của" to the article's number ("Điều 9của Luật …")
    (ref,) = find_references("Người sử dụng đất theo quy định tại Điều 11của Luật Đất đai;")
    assert ref.pinpoint == "Điều 11"


def test_a_type_word_before_a_known_bodys_code_alone_is_a_reference() -> None:
    # real-text audit r15: "Tờ trình số 126/SKHĐT" (a department numbering with its code alone) is read
    # after any type word, as "Công văn số 38/TP" was; an unknown code alone stays unread
    refs = find_references(
        "Xét đề nghị của Sở Tư pháp tại Tờ trình số 58/STP ngày 02/3/2009, nay quyết định."
    )
    assert [(r.doc_type, r.number_symbol, r.date, r.relation) for r in refs] == [
        ("Tờ trình", "58/STP", "2009-03-02", "responds_to")
    ]
    assert find_references("Tờ trình số 58/QWZ ngày 02/3/2009.") == []


@pytest.mark.parametrize(
    ("text", "symbol", "date"),
    [
        # real-text audit r22: an old symbol's code part written apart from its number by a space
        ("Căn cứ Thông tư số 215 TT-ĐC ngày 3-8-1995 của Tổng cục Địa chính;", "215/TT-ĐC", "1995-08-03"),
        (
            "NGHỊ QUYẾT SỐ 37 NQ/UBTVQH9 NGÀY 2-3-1993 CỦA ỦY BAN THƯỜNG VỤ QUỐC HỘI",
            "37-NQ/UBTVQH9",
            "1993-03-02",
        ),
    ],
)
def test_an_old_symbol_spaced_from_its_number(text: str, symbol: str, date: str) -> None:
    (r,) = find_references(text)
    assert (r.kind, r.number_symbol, r.date) == ("full", symbol, date)


def test_a_number_spaced_from_a_word_is_no_symbol() -> None:
    # "số 12 BC" with no separator after the code, or a code that opens no type: counts stay counts
    refs = find_references(
        "Đã ban hành Quyết định số 12 và số 15 UB-TC cho các xã; Báo cáo số 3 BC năm 1996."
    )
    assert all(r.number_symbol is None or "UB-TC" not in r.number_symbol for r in refs)


def test_amending_tax_laws_and_an_amending_law_cited_without_cua_are_resolved() -> None:
    # real-text audit r20 (tax letters and budget resolutions): the 2012 amendment of the tax
    # administration law, the 2014 law amending the tax laws, the 2017 amendment of the law on overseas
    # missions (also cited as "Luật sửa đổi, bổ sung Luật …"), and "… một số điều Luật …" without "của"
    # (laws.json "derived_aliases": every amending law's name)
    text = (
        "CỤC THUẾ TỈNH HÀ NAM\nSố: 15/CT-TTHT\nHà Nam, ngày 10 tháng 3 năm 2020\n"
        "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Quản lý thuế ngày 20/11/2012; Luật sửa đổi, bổ "
        "sung một số điều của các Luật về thuế ngày 26/11/2014; Luật sửa đổi, bổ sung Luật Cơ quan đại diện "
        "nước Cộng hòa xã hội chủ nghĩa Việt Nam ở nước ngoài ngày 21/11/2017; Luật sửa đổi, bổ sung một số "
        "điều Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22/11/2019;\n"
    )
    found = [(r.kind, r.number_symbol) for r in extract_text(text).references if r.kind == "named"]
    assert found == [
        ("named", "21/2012/QH13"),
        ("named", "71/2014/QH13"),
        ("named", "19/2017/QH14"),
        ("named", "47/2019/QH14"),
    ]


def test_a_party_symbol_with_a_space_for_its_hyphen_after_its_own_type_word() -> None:
    # real-text audit r21: mass organisations' pages write "Kế hoạch số 57 KH/TWĐTN" (a space for the
    # hyphen); only a type word of the code's own type proves it, else the number stays a short form
    (r,) = find_references(
        "Căn cứ Kế hoạch số 57 KH/TWĐTN ngày 03/4/2019 của Ban Bí thư Trung ương Đoàn về hội thi."
    )
    assert (r.kind, r.number_symbol, r.date, r.issuer) == (
        "full",
        "57-KH/TWĐTN",
        "2019-04-03",
        "Ban Bí thư Trung ương Đoàn",
    )
    assert [x.kind for x in r.repairs] == ["missing_hyphen"]
    (s,) = find_references("Theo Quyết định số 57 KH/TWĐTN đã nêu.")
    assert (s.kind, s.number_symbol) == ("short", None)


def test_signed_on_behalf_with_titles_holding_commas() -> None:
    # real-text audit r21: "Thay mặt <body>, <titles, with commas> <name> vừa ký ban hành <ref>" — the body
    # signed for issued it, not the signer; "ký" alone issues too
    (r,) = find_references(
        "Thay mặt Ban Bí thư, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư Lê Văn Ba vừa ký ban hành "
        "Chỉ thị số 41-CT/TW về công tác thanh niên."
    )
    assert r.issuer == "Ban Bí thư"
    (r,) = find_references(
        "Thay mặt Bộ Chính trị, ngày 3-4, đồng chí Tổng Bí thư đã ký Quy định số 77-QĐ/TW."
    )
    assert r.issuer == "Bộ Chính trị"


def test_an_issuer_with_the_old_tone_placement_is_respelt() -> None:
    # real-text audit r21: "Uỷ ban MTTQ Việt Nam thị xã …" — a body the gazetteer does not know keeps its
    # name as written, but in the spelling of the bodies' names ("Ủy ban")
    r = extract_text(
        "Căn cứ Hướng dẫn số 12/HD-MTTQ-BTT ngày 05/3/2021 của Uỷ ban MTTQ Việt Nam thị xã Phú Mỹ về thi đua."
    )
    (ref,) = r.references
    assert ref.issuer == "Ủy ban Mặt trận Tổ quốc Việt Nam thị xã Phú Mỹ"


def test_the_fronts_central_committee_written_with_tu_in_a_joint_symbol() -> None:
    # real-text audit r21: "…/NQLT/CP-UBTUMTTQVN" (TƯ written TU, as in the official symbol): both issuers
    (r,) = find_references(
        "Căn cứ Nghị quyết liên tịch số 05/2009/NQLT/CP-UBTUMTTQVN ngày 10/3/2009 của Chính phủ và Ủy ban "
        "Trung ương Mặt trận Tổ quốc Việt Nam về phối hợp;"
    )
    assert (r.number_symbol, r.issuer) == (
        "05/2009/NQLT-CP-UBTUMTTQVN",
        "Chính phủ và Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
    )


def test_a_party_code_we_do_not_know_after_a_type_word() -> None:
    # real-text audit r21: "Công văn số 01-CB/TW của Trung ương Đảng": a code not in our data over a Party
    # body is a symbol after a type word (its type is the word's); alone it stays unread
    (r,) = find_references("Thực hiện Công văn số 07-CB/TW ngày 20/02/2017 của Trung ương Đảng về công tác.")
    assert (r.doc_type, r.number_symbol, r.date) == (
        "Công văn",
        "07-CB/TW",
        "2017-02-20",
    )
    assert find_references("Xem mục 07-CB/TW ở trên.") == []
    assert find_references("Công văn số 07-CB/UBND ngày 20/02/2017.") == []


def test_a_short_item_of_a_party_list_takes_its_stated_issuer() -> None:
    # real-text audit r21: "Kết luận số 01 và Chỉ thị số 36-CT/TW của Bộ Chính trị": the bare first item is
    # the same body's, and so a Party document of that body's symbol
    a, b = find_references("Quán triệt Kết luận số 05 và Chỉ thị số 42-CT/TW của Bộ Chính trị về đại hội.")
    assert (a.kind, a.issuer, a.number_symbol) == ("short", "Bộ Chính trị", "05-KL/TW")
    assert b.issuer == "Bộ Chính trị"
    # a state document after it gives its issuer to no bare item
    a, _ = find_references("Quán triệt Kết luận số 05 và Quyết định số 12/QĐ-UBND của Ủy ban nhân dân tỉnh.")
    assert a.issuer is None


def test_the_youth_unions_central_organs_are_known_bodies() -> None:
    # real-text audit r21: "của Ban Bí thư Trung ương Đoàn" is written out as the body's full name
    r = extract_text(
        "Căn cứ Kế hoạch số 45-KH/TWĐTN-TNNT ngày 28/2/2022 của Ban Bí thư Trung ương Đoàn về hè."
    )
    (ref,) = r.references
    assert (ref.number_symbol, ref.issuer) == (
        "45-KH/TWĐTN-TNNT",
        "Ban Bí thư Trung ương Đoàn TNCS Hồ Chí Minh",
    )


def test_a_scrapers_space_before_the_slash_after_the_year_keeps_the_symbol() -> None:
    # real-text audit r24: "Chỉ thị số 02/2015 /CT-VKSTC": one full reference, not a number-and-year short
    # form with the code left over
    (ref,) = find_references(
        "Căn cứ Chỉ thị số 02/2015 /CT-VKSTC ngày 05 tháng 01 năm 2015 của Viện trưởng Viện kiểm sát nhân "
        "dân tối cao về nhiệm vụ năm 2015."
    )
    assert (ref.kind, ref.number_symbol, ref.date) == ("full", "02/2015/CT-VKSTC", "2015-01-05")
    # a year with a plain slash after it and no code stays a short form
    (ref,) = find_references("Theo Chỉ thị số 02/2015 / năm nay của ngành.")
    assert ref.kind == "short"


def test_a_scrapers_spaces_around_the_slash_after_the_year_keep_the_symbol() -> None:
    # real-text audit r47: "Nghị định số 12/2019 / NĐ-CP ngày …": one full reference with its date, the
    # same for a law's symbol; a symbol cut before its code ("Thông tư số 30/2018 / TT") stays a short form
    (a, b) = find_references(
        "Căn cứ Luật Dược số 105/2016 / QH13 ngày 06 tháng 4 năm 2016; Căn cứ Nghị định số 12/2019 / NĐ-CP "
        "ngày 01 tháng 02 năm 2019 của Chính phủ về quản lý dược;"
    )
    assert (a.kind, a.number_symbol, a.date) == ("full", "105/2016/QH13", "2016-04-06")
    assert (b.kind, b.number_symbol, b.date) == ("full", "12/2019/NĐ-CP", "2019-02-01")
    (ref,) = find_references("Thông tư số 30/2018 / TT\nvề danh mục thuốc.")
    assert ref.kind == "short"


def test_a_capitalised_ve_after_the_issuer_opens_the_subject() -> None:
    # real-text audit r27: a Party document's subject copied from its title, "Về" capitalised, ends
    # the issuer clause as "về" does
    refs = find_references(
        "- Căn cứ Kết luận số 52-KL/TW ngày 30/5/2019 của Ban Bí thư Về xây dựng đội ngũ trí thức;\n"
    )
    assert [(r.number_symbol, r.issuer) for r in refs] == [("52-KL/TW", "Ban Bí thư")]


def test_ordinances_of_the_agriculture_sector_are_named_references() -> None:
    """Agricultural ordinances of the UBTVQH cited by name only (real-text audit r25: a decision on
    irrigation works citing the 2001 ordinance, both as its basis and in the subject of a decree)."""
    text = (
        "Căn cứ Pháp lệnh Khai thác và bảo vệ công trình thủy lợi ngày 04/4/2001;\n"
        "Căn cứ Nghị định số 143/2003/NĐ-CP của Chính phủ quy định chi tiết một số điều của "
        "Pháp lệnh Khai thác và bảo vệ công trình thủy lợi;\n"
        "Các huyện tiếp tục thực hiện Pháp lệnh Thú y và Pháp lệnh Giống cây trồng trong năm 2012.\n"
    )
    named = [r for r in extract_text(text).references if r.kind == "named"]
    assert [(r.number_symbol, r.relation) for r in named] == [
        ("32/2001/PL-UBTVQH10", "based_on"),
        ("32/2001/PL-UBTVQH10", "guides"),
        ("18/2004/PL-UBTVQH11", "implements"),
        ("15/2004/PL-UBTVQH11", "implements"),
    ]
    assert named[0].date == "2001-04-04"
    assert all(r.issuer == "Ủy ban Thường vụ Quốc hội" for r in named)


def test_named_technology_transfer_law_of_2006_and_an_abbreviated_legislation_law() -> None:
    text = (
        "Căn cứ Luật Chuyển giao công nghệ ngày 29/11/2006;\n"
        "Căn cứ Luật ban hành văn bản QPPL ngày 22/6/2015;\n"
        "Căn cứ Luật Chuyển giao công nghệ ngày 19/6/2017;\n"
    )
    refs = [r for r in find_references(text) if r.kind == "named"]
    assert [r.number_symbol for r in refs] == ["80/2006/QH11", "80/2015/QH13", "07/2017/QH14"]


def test_joint_issuer_whose_first_body_wraps_over_a_pdf_line_after_va() -> None:
    # real-text audit r28: the line alone stops the first body at its own "và"; read across the
    # break it names the ministry, and the second body of the joint circular follows
    text = (
        "Căn cứ Thông tư liên tịch số 07/2012/TTLT-BNN-BTC ngày 05/3/2012 của Bộ Nông nghiệp và Phát\n"
        "triển nông thôn và Bộ Tài chính hướng dẫn quản lý kinh phí;\n"
    )
    (r,) = refs(text)
    assert r.issuer == "Bộ Nông nghiệp và Phát triển nông thôn và Bộ Tài chính"
    assert r.date == "2012-03-05"


def test_a_historical_sac_lenh_is_its_own_type() -> None:
    # real-text audit r28: decrees of the head of state of the 1940s-50s, cited in old texts; the
    # type word is "Sắc lệnh", not the "lệnh" inside it
    text = "Chiểu theo Sắc lệnh số 25 ngày 3 tháng 10 năm 1945 về việc lập các ban;"
    (r,) = refs(text)
    assert (r.text, r.doc_type, r.date) == ("Sắc lệnh số 25", "Sắc lệnh", "1945-10-03")


def test_a_dated_short_decree_cited_nowhere_in_full_gets_the_year_of_its_date() -> None:
    """ "Nghị định số 45, ngày 02/3/2021 của Chính Phủ" (real-text audit r29): a decree is the Chính phủ's
    and its symbol carries the year it was signed, so its number and its own full date make the symbol;
    not when another body is stated, nor for a decree of the 1990s ("43/CP" carries no year)."""
    text = (
        "Số lượng công chức theo khoản 2 Điều 4 Nghị định số 45, ngày 02/3/2021 của Chính Phủ. Xem Nghị "
        "định số 17 ngày 05/4/2021 của Bộ Tài chính và Nghị định số 43 ngày 13/5/1993 của Chính phủ."
    )
    found = [(r.number_symbol, r.date, r.pinpoint) for r in find_references(text)]
    assert found == [
        ("45/2021/NĐ-CP", "2021-03-02", "khoản 2 Điều 4"),
        (None, "2021-04-05", None),
        (None, "1993-05-13", None),
    ]


def test_religion_ordinance_is_a_named_reference() -> None:
    # real-text audit r31: provincial decisions on religious activity before 2018 rest on the 2004
    # ordinance, cited by name only ("Căn cứ Pháp lệnh tín ngưỡng, tôn giáo ngày …")
    text = (
        "Căn cứ Pháp lệnh Tín ngưỡng, tôn giáo ngày 18 tháng 6 năm 2004;\n"
        "Căn cứ Nghị định số 92/2012/NĐ-CP của Chính phủ quy định chi tiết và biện pháp thi hành "
        "Pháp lệnh tín ngưỡng, tôn giáo;\n"
        "Xã tiếp tục thực hiện Pháp lệnh tín ngưỡng tôn giáo trong năm 2015.\n"
    )
    named = [r for r in extract_text(text).references if r.kind == "named"]
    assert [(r.number_symbol, r.relation) for r in named] == [
        ("21/2004/PL-UBTVQH11", "based_on"),
        ("21/2004/PL-UBTVQH11", "guides"),
        ("21/2004/PL-UBTVQH11", "implements"),
    ]
    assert named[0].date == "2004-06-18"
    assert all(r.issuer == "Ủy ban Thường vụ Quốc hội" for r in named)


def test_a_date_before_a_ministry_whose_name_holds_commas() -> None:
    # real-text audit r31: "Bộ Văn hóa, Thể thao và Du lịch" holds commas that are no clause of their own
    text = (
        "Ngày 12/5/2019, Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch đã ban hành Quyết định số 1500/QĐ-BVHTTDL "
        "về việc công bố lễ hội đua thuyền là di sản văn hóa phi vật thể quốc gia.\n"
        "Ngày 3/6/2019, Sở Văn hóa, Thể thao và Du lịch đã họp, sau đó ban hành Kế hoạch số 80/KH-SVHTTDL.\n"
    )
    refs = extract_text(text).references
    assert [(r.number_symbol, r.date) for r in refs] == [
        ("1500/QĐ-BVHTTDL", "2019-05-12"),
        ("80/KH-SVHTTDL", None),
    ]


def test_a_capitalised_date_line_that_goes_on_to_the_issuer_belongs_to_the_reference() -> None:
    # real-text audit r34: a page's lines broken before the date ("…⏎Ngày 3 tháng⏎8 năm 2025 của …"), the
    # commune's name broken before its last syllable; a sentence opening on a date stays its own
    text = (
        "(Ban hành kèm theo Quyết định số 41/QĐ-UBND\nNgày 3 tháng\n8 năm 2025 của Ủy ban nhân dân xã Hòa\n"
        "Bình)\nCăn cứ Quyết định số 17/QĐ-UBND\nNgày 5/8/2025, Ủy ban nhân dân xã đã họp.\n"
    )
    refs = extract_text(text).references
    assert [(r.number_symbol, r.date, r.issuer) for r in refs] == [
        ("41/QĐ-UBND", "2025-08-03", "Ủy ban nhân dân xã Hòa Bình"),
        ("17/QĐ-UBND", None, None),
    ]


def test_a_do_clause_naming_another_issuer_than_the_code_belongs_to_the_head() -> None:
    # real-text audit r34: "Quyết định … về Kế hoạch thi hành Luật … số …/QH15 do Thủ tướng Chính phủ ban
    # hành": a law's code names the Quốc hội alone; the "do" clause issued the Quyết định
    text = (
        "Quyết định 905/QĐ-TTg về Kế hoạch thi hành Luật Địa chất và khoáng sản số 54/2024/QH15 do Thủ "
        "tướng Chính phủ ban hành.\n"
    )
    refs = extract_text(text).references
    assert [(r.number_symbol, r.issuer) for r in refs] == [
        ("905/QĐ-TTg", "Thủ tướng Chính phủ"),
        ("54/2024/QH15", "Quốc hội"),
    ]


def test_a_type_word_glued_to_its_list_items_number_opens_the_reference() -> None:
    # real-text audits r25, r31: a database's related-documents list glues each item's number to the type
    # word ("- 2Nghị định …"); the span starts at the type word, the number stays outside; a year glued
    # to a type word is no list number
    text = (
        "Văn bản liên quan:\n- 1Quyết định 410/QĐ-TTg ngày 07/4/2021 của Thủ tướng Chính phủ\n"
        "- 12Thông tư số 08/2019/TT-BTC\nTrong năm 2024Quyết định số 5/QĐ-UBND được sửa đổi.\n"
    )
    assert [r.text for r in find_references(text)] == [
        "Quyết định 410/QĐ-TTg",
        "Thông tư số 08/2019/TT-BTC",
        "5/QĐ-UBND",
    ]


def test_the_national_election_councils_code_names_its_issuer() -> None:
    # real-text audit r35 (elections): HĐBCQG has a single issuer, the Hội đồng bầu cử quốc gia, like TTg
    r = one("Các địa phương triển khai theo Kế hoạch số 17/KH-HĐBCQG về các mốc thời gian bầu cử.")
    assert (r.number_symbol, r.issuer) == ("17/KH-HĐBCQG", "Hội đồng bầu cử quốc gia")


def test_an_attached_files_extension_after_the_symbol_leaves_its_clause_readable() -> None:
    # real-text audit r35 (elections): a portal's list of attached files glues ".pdf" to each symbol; the
    # date and issuer after it are the reference's own ("của QH": the Quốc hội, its code as a name)
    text = (
        "Văn bản đã ban hành:\n1/ Nghị quyết số 41/2020/QH14.pdf ngày 09/6/2020 của QH về kỳ họp;\n"
        "2/ Thông tư số 07/2020/TT-BNV.DOCX ngày 02/3/2020 của Bộ Nội vụ hướng dẫn.\n"
    )
    got = [(r.number_symbol, r.date, r.issuer) for r in extract_text(text).references]
    assert got == [
        ("41/2020/QH14", "2020-06-09", "Quốc hội"),
        ("07/2020/TT-BNV", "2020-03-02", "Bộ Nội vụ"),
    ]


def test_a_date_before_the_signing_holds_over_the_signers_titles_and_ngay_tu() -> None:
    # real-text audit r35 (elections): the signer's several titles hold commas after "thay mặt <body>,";
    # "ngay từ ngày D" (as early as D) dates the issuing, unlike a period "từ ngày D"
    a = one(
        "Ngày 12/7/2020, thay mặt Ban Bí thư, Thường trực Ban Bí thư, Trưởng Ban Tổ chức Trung ương "
        "Nguyễn Văn A đã ký ban hành Chỉ thị số 88-CT/TW về bầu cử."
    )
    b = one("Ngay từ ngày 03/8/2020, Ban Bí thư đã ban hành Kết luận số 77-KL/TW về bầu cử.")
    c = one("Từ ngày 03/8/2020, tỉnh ban hành Kế hoạch số 5/KH-UBND.")
    assert (a.date, b.date, c.date) == ("2020-07-12", "2020-08-03", None)


def test_the_fire_and_rescue_law_by_its_abbreviations() -> None:
    """ "Luật PCCC và CNCH", "Luật Phòng cháy, chữa cháy (PCCC) và cứu nạn, cứu hộ (CNCH)" (real-text audit
    r37): the law of 2024, not the fire law of 2001 that its first words also name (laws.json)."""
    text = (
        "Sở quán triệt Luật Phòng cháy, chữa cháy (PCCC) và cứu nạn, cứu hộ (CNCH) cho cán bộ; việc thi hành "
        "Luật PCCC và CNCH được kiểm tra hằng quý, các cơ sở tự kiểm tra theo Luật PCCC&CNCH."
    )
    assert [(r.text, r.number_symbol) for r in find_references(text, "2025-10-02")] == [
        ("Luật Phòng cháy, chữa cháy (PCCC) và cứu nạn, cứu hộ", "55/2024/QH15"),
        ("Luật PCCC và CNCH", "55/2024/QH15"),
        ("Luật PCCC&CNCH", "55/2024/QH15"),
    ]


def test_a_word_glued_to_the_symbols_last_code_ends_the_symbol() -> None:
    # real-text audit r38: a scraper joins two text runs without a space ("…/NĐ-CPngày 11 tháng 11 năm
    # 2013"); the symbol ends at its known code and the clause is read; an unknown code stays unread
    text = (
        "Căn cứ Nghị định số 150/2013/NĐ-CPngày 12 tháng 11 năm 2013 của Chính phủ quy định về tín dụng;\n"
        "Căn cứ Quyết định số 15/QĐ-UBNDvề việc giao chỉ tiêu;\nTỷ lệ 5/Abcngày.\n"
    )
    refs = find_references(text)
    assert [(r.text, r.number_symbol, r.date) for r in refs] == [
        ("Nghị định số 150/2013/NĐ-CP", "150/2013/NĐ-CP", "2013-11-12"),
        ("Quyết định số 15/QĐ-UBND", "15/QĐ-UBND", None),
    ]


def test_an_advising_verb_ends_the_issuer_and_cooperative_abbreviations_are_written_out() -> None:
    # real-text audit r38: "… của Liên minh HTX Việt Nam tham mưu cho UBND tỉnh …": the advising verb after
    # the body ends the clause (issuer_clause.json), "HTX" is written out (bodies.json abbreviations)
    r = one(
        "Các sở nghiên cứu hướng dẫn tại Công văn số 310/LMHTX-CSPT ngày 15/3/2019 của Liên minh HTX Việt Nam "
        "tham mưu cho UBND tỉnh giải pháp phát triển kinh tế tập thể."
    )
    assert r.issuer == "Liên minh Hợp tác xã Việt Nam"


def test_a_list_rows_date_column_is_the_date_of_that_rows_document() -> None:
    # real-text audit r40: a list of documents gives each row's issue date in its own column, after
    # spaces or a pipe, glued to the symbol by a scraper, or labelled "Ngày ban hành:" on the line under
    # it; each date stays with its own row, and an effective date is not the document's date
    text = (
        "| 1 | Quyết định số 7/2021/QĐ-UBND | 03/02/2021 | Về phí tham quan |\n"
        "| 2 | 15/2020/TT-BNV | 11/12/2020 | Về tiền lương |\n"
        "22/2019/NĐ-CP28/02/2019CHÍNH PHỦNGHỊ ĐỊNH 22\n"
        "Số hiệu: Thông tư số 4/2018/TT-BTP\n\nNgày ban hành: 17/05/2018\n\n"
        "Số hiệu: 9/2017/QĐ-UBND\nNgày hiệu lực: 01/08/2017\n"
    )
    refs = find_references(text)
    assert [(r.number_symbol, r.date) for r in refs] == [
        ("7/2021/QĐ-UBND", "2021-02-03"),
        ("15/2020/TT-BNV", "2020-12-11"),
        ("22/2019/NĐ-CP", "2019-02-28"),
        ("4/2018/TT-BTP", "2018-05-17"),
        ("9/2017/QĐ-UBND", None),
    ]


def test_a_bare_repeat_of_a_symbol_cited_with_its_type_word_is_found_with_that_type() -> None:
    # real-text audit r40: a database's history table repeats a symbol bare on each row ("… Văn bản được
    # ban hành 12/HĐBT"), a form found alone only after a type word; the repeat keeps the type the text
    # gave it ("Pháp lệnh 3-LCT/HĐNN8", not the "Lệnh" of its code)
    text = (
        "Lịch sử: Nghị định 12/HĐBT và Pháp lệnh 3-LCT/HĐNN8\n"
        "05/02/1989 Văn bản được ban hành 12/HĐBT\n"
        "01/03/1989 Văn bản hết hiệu lực 3-LCT/HĐNN8\n"
        "Xem thêm 12/HĐBT; một 7/HĐBT chưa trích dẫn thì không\n"
    )
    refs = find_references(text)
    assert [(r.text, r.doc_type) for r in refs] == [
        ("Nghị định 12/HĐBT", "Nghị định"),
        ("Pháp lệnh 3-LCT/HĐNN8", "Pháp lệnh"),
        ("12/HĐBT", "Nghị định"),
        ("3-LCT/HĐNN8", "Pháp lệnh"),
        ("12/HĐBT", "Nghị định"),
    ]


def test_the_written_type_word_names_the_type_even_over_a_symbol_of_another_type() -> None:
    """ "công văn số 34/TTr-UBND" (real-text audits r38, r39): the annotation takes the type from the type word,
    "Công văn" too; the symbol's other type code is a warning, not the type."""
    text = "Ủy ban nhân dân huyện có công văn số 34/TTr-UBND ngày 02/3/2024 đề nghị Sở thẩm định."
    (r,) = find_references(text, "2024-03-10")
    assert (r.text, r.doc_type, r.number_symbol) == ("công văn số 34/TTr-UBND", "Công văn", "34/TTr-UBND")
    assert "type word 'Công văn' disagrees with symbol code 'TTr'" in r.warnings
    (r,) = find_references(
        "Theo Tờ trình số 34/TTr-UBND ngày 02/3/2024 của Ủy ban nhân dân huyện.", "2024-03-10"
    )
    assert r.doc_type == "Tờ trình" and not any("disagrees" in w for w in r.warnings)


def test_the_bare_later_items_of_a_list_of_laws_share_its_type_word() -> None:
    # real-text audit r41: a decree's preamble lists the amending laws after one type word ("bởi các Luật
    # số A, số B và số C"); the bare items are laws too, not symbols of no type
    text = (
        "Căn cứ Luật Lâm nghiệp số 16/2017/QH14 được sửa đổi, bổ sung bởi các Luật số 28/2018/QH14, "
        "số 35/2018/QH14 và số\n16/2023/QH15;\nTheo đề nghị của Bộ trưởng; 12/2020/QH14 đứng riêng."
    )
    refs = find_references(text)
    assert [(r.number_symbol, r.doc_type) for r in refs] == [
        ("16/2017/QH14", "Luật"),
        ("28/2018/QH14", "Luật"),
        ("35/2018/QH14", "Luật"),
        ("16/2023/QH15", "Luật"),
        ("12/2020/QH14", None),
    ]
    # a bare resolution of the National Assembly after a resolution keeps the resolution's type
    refs = find_references("theo Nghị quyết số 101/2023/QH15, số 103/2023/QH15 của Quốc hội")
    assert [r.doc_type for r in refs] == ["Nghị quyết", "Nghị quyết"]


def test_a_dotted_resolution_number_is_one_symbol() -> None:
    # real-text audit r42: resolutions numbered under one programme ("66.22/2026/NQ-CP")
    text = (
        "Căn cứ Nghị quyết số 12.3/2026/NQ-CP ngày 05/3/2026 của Chính phủ về chuyển đổi số;\n"
        "Miễn lệ phí trong thời gian Nghị quyết số 12.3/NQ-CP có hiệu lực. Tỷ lệ đạt 12.5/100 điểm."
    )
    refs = extract_text(text).references
    assert [(r.text, r.number_symbol) for r in refs] == [
        ("Nghị quyết số 12.3/2026/NQ-CP", "12.3/2026/NQ-CP"),
        ("Nghị quyết số 12.3/NQ-CP", "12.3/NQ-CP"),
    ]


def test_a_tables_row_number_written_so_tt_is_no_circular() -> None:
    # real-text audit r42: "Số TT 2 Biểu mức thu" is the row (số thứ tự) of a fee table
    text = (
        "Miễn lệ phí quy định tại Số TT 2 Biểu mức thu ban hành kèm theo Thông tư số 15/2025/TT-BTC; "
        "cấp thẻ theo quy định tại điểm c Số TT 3 mục I Biểu mức thu phí."
    )
    refs = extract_text(text).references
    assert [r.number_symbol for r in refs] == ["15/2025/TT-BTC"]


def test_a_bare_law_name_takes_the_newer_version_the_undated_text_cites() -> None:
    # real-text audit r42: a web page giving a circular without its header; the preamble cites the new law
    text = (
        "Căn cứ:\n"
        "- Luật Việc làm số 74/2025/QH15;\n"
        "- Nghị định số 12/2025/NĐ-CP ngày 20/11/2025 của Chính phủ quy định chi tiết một số điều của "
        "Luật Việc làm về bảo hiểm thất nghiệp.\n"
    )
    res = extract_text(text)
    assert res.document.date is None
    named = [r for r in res.references if r.kind == "named"]
    assert [(r.text, r.number_symbol) for r in named] == [("Luật Việc làm", "74/2025/QH15")]


def test_a_long_list_of_provisions_before_the_reference_is_its_whole_pinpoint() -> None:
    # real-text audit r43: a decree applies a long list of a law's articles ("Điều 3, Điều 25, khoản 2
    # Điều 28, …, Điều 37 và Điều 85 Luật X"), longer than the window read before a reference
    text = (
        "Việc thi hành được thực hiện theo quy định tại Điều 4, Điều 12, khoản 3 Điều 21, Điều 22, Điều 24, "
        "Điều 26, Điều 27, Điều 30, Điều 41 và Điều 66 Luật Dược."
    )
    refs = find_references(text)
    assert [r.pinpoint for r in refs] == [
        "Điều 4, Điều 12, khoản 3 Điều 21, Điều 22, Điều 24, Điều 26, Điều 27, Điều 30, Điều 41 và Điều 66"
    ]
    # a short one, and one whose sentence starts inside the window, keep theirs
    assert [r.pinpoint for r in find_references("Theo Điều 9 Luật Dược.")] == ["Điều 9"]


def test_an_upper_case_titles_issuer_wrapped_over_a_line() -> None:
    """An upper-case title wrapped inside the issuer's name ("… CỦA HỘI ĐỒNG NHÂN DÂN TỈNH⏎QUẢNG NAM
    QUY ĐỊNH …", PDF text): the stated council, not the citing document's own."""
    text = (
        "HỘI ĐỒNG NHÂN DÂN\nTHÀNH PHỐ ĐÀ NẴNG\nSố: 05/2025/NQ-HĐND\nĐà Nẵng, ngày 10 tháng 9 năm 2025\n\n"
        "NGHỊ QUYẾT\n\nBÃI BỎ NGHỊ QUYẾT SỐ 17/2021/NQ-HĐND NGÀY 20 THÁNG 8 NĂM 2021 CỦA HỘI ĐỒNG NHÂN DÂN TỈNH\n"
        "QUẢNG NAM QUY ĐỊNH MỨC HỖ TRỢ\n\nĐiều 1. Bãi bỏ toàn bộ nghị quyết."
    )
    (r,) = [r for r in extract_text(text).references if r.number_symbol == "17/2021/NQ-HĐND"]
    assert r.issuer == "Hội đồng nhân dân tỉnh Quảng Nam"


def test_a_date_stated_before_ky_or_ra_is_the_documents_own() -> None:
    """ "Ngày X, <signer> đã ký <ref>", "Ngày X <body> ra <ref>": the document was signed or put out that
    day, as after "ban hành" (real-text audit r45)."""
    text = (
        "Ngày 14/02/2024, Thủ tướng Chính phủ đã ký Quyết định số 210/QĐ-TTg phê duyệt Đề án. "
        "Ngày 05/9/2016 Bộ Tư pháp ra Quyết định số 1602/QĐ-BTP về Ngày Pháp luật."
    )
    found = {r.number_symbol: r.date for r in refs(text)}
    assert found == {"210/QĐ-TTg": "2024-02-14", "1602/QĐ-BTP": "2016-09-05"}
    # another clause between the date and the verb: no date
    r = one("Ngày 14/02/2024, Sở đã họp, sau đó Giám đốc ký Công văn số 88/STP-HCTP.")
    assert r.date is None


def test_the_general_department_of_civil_judgment_enforcement_code() -> None:
    """TCTHADS is the Tổng cục Thi hành án dân sự's code (real-text audit r45)."""
    r = one("Thực hiện Công văn số 1234/TCTHADS-NV1 ngày 03/4/2024 về thống kê thi hành án.")
    assert r.issuer == "Tổng cục Thi hành án dân sự"


def test_a_roman_numbered_department_after_a_dot_stays_in_the_symbol() -> None:
    # real-text audit r46: the departments of the Thanh tra Chính phủ are numbered in Roman numerals after a
    # one-letter code and a dot ("TTCP-C.IV", Cục IV); the symbol ran to "TTCP-C" and the date was lost
    r = one("Căn cứ Công văn số 318/TTCP-V.II ngày 05/3/2023 của Thanh tra Chính phủ về việc đôn đốc.")
    assert (r.number_symbol, r.date, r.issuer) == ("318/TTCP-V.II", "2023-03-05", "Thanh tra Chính phủ")
    # a sentence glued on after a dot is still no code ("…/UBND.Theo")
    assert symbols("Theo Báo cáo số 9/BC-UBND.Theo đó, tỉnh làm tốt.") == ["9/BC-UBND"]


def test_a_dot_for_the_hyphen_before_ubnd_and_an_urgent_cong_dien() -> None:
    # real-text audit r46: "công điện khẩn số 12/CĐ.UBND" — a dot typed for the hyphen before UBND (as
    # before the old "UB"), and the urgency word belongs to the type word
    r = one("Sáng nay Chủ tịch UBND tỉnh có công điện hỏa tốc số 7/CĐ.UBND về ứng phó lũ quét.")
    assert (r.text, r.doc_type, r.number_symbol) == (
        "công điện hỏa tốc số 7/CĐ.UBND",
        "Công điện",
        "7/CĐ-UBND",
    )
    assert (
        one("Thực hiện Công điện khẩn số 3/CĐ-TTg của Thủ tướng Chính phủ.").text
        == "Công điện khẩn số 3/CĐ-TTg"
    )


def test_an_issuing_body_whose_name_holds_va_and_a_comma() -> None:
    # real-text audit r46: "Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh đã ban hành <ref>":
    # the issuer before "ban hành" never crossed "và" nor a comma
    r = one("Ngày 3/4/2021, Ban Chỉ huy PCTT và TKCN huyện đã ban hành Kế hoạch số 21/KH-BCH về diễn tập.")
    assert r.issuer is not None and r.issuer.startswith("Ban Chỉ huy")
    r = one("Ban Chỉ đạo Trung ương về Phòng, chống thiên tai đã ban hành Công điện số 8/CĐ-TWPCTT.")
    assert r.issuer == "Ban Chỉ đạo Trung ương về Phòng, chống thiên tai"


def test_an_office_holders_personal_name_is_no_part_of_the_issuer() -> None:
    # real-text audit r46: "Chủ tịch UBND thành phố Lê Trung Chinh vừa ký ban hành Chỉ thị …" gave the issuer
    # "… thành phố Lê Trung Chinh"; a place of the same shape stays ("thành phố Hồ Chí Minh")
    r = one(
        "Chủ tịch UBND tỉnh Bình Định Phạm Văn An đã ký ban hành Chỉ thị số 05/CT-UBND về phòng chống bão."
    )
    assert r.issuer == "Chủ tịch Ủy ban nhân dân tỉnh Bình Định"
    r = one("Chủ tịch UBND thành phố Trần Quốc Bảo vừa ký ban hành Chỉ thị số 06/CT-UBND về mùa mưa.")
    assert r.issuer is not None and "Trần" not in r.issuer
    r = one("Chủ tịch UBND thành phố Hồ Chí Minh đã ban hành Chỉ thị số 07/CT-UBND về triều cường.")
    assert r.issuer is not None and r.issuer.endswith("Hồ Chí Minh")


def test_a_lower_case_short_form_with_its_issuer_clause_is_a_reference() -> None:
    """News prose writes the type word lower-case: "triển khai nghị quyết 57 của Bộ Chính trị", "nghị quyết
    18/2017 của Trung ương" name documents; a count ("quy định 11 nội dung của …") has a noun after its
    number and stays out, and so does a year (real-text audit r36)."""
    (r,) = find_references(
        "Tỉnh đã xây dựng chương trình để triển khai nghị quyết 57 của Bộ Chính trị năm nay."
    )
    assert (r.text, r.kind, r.number_symbol, r.relation) == (
        "nghị quyết 57",
        "short",
        "57-NQ/TW",
        "implements",
    )
    (r,) = find_references("Sau sáu năm thực hiện nghị quyết 18/2017 của Trung ương, bộ máy đã gọn hơn.")
    assert (r.text, r.kind, r.doc_type) == ("nghị quyết 18/2017", "short", "Nghị quyết")
    assert find_references("Văn bản này quy định 11 nội dung của Chính phủ giao.") == []
    assert find_references("Tỉnh thực hiện kế hoạch 2025 của Ủy ban nhân dân tỉnh.") == []


def test_a_number_and_year_form_is_the_antecedent_of_a_later_bare_number() -> None:
    """ "ôn lại nghị quyết 9/2019 của Trung ương … nghị quyết 9 đã": the number-and-year form is an earlier
    citation, so the later lower-case "nghị quyết 9" is its back-reference; a count after it is not
    (real-text audit r59)."""
    found = find_references(
        "Bài viết ôn lại nghị quyết 9/2019 của Trung ương về cán bộ. Sau đó nghị quyết 9 đã đi vào cuộc sống."
    )
    assert [(r.text, r.kind, r.number) for r in found] == [
        ("nghị quyết 9/2019", "short", "9"),
        ("nghị quyết 9", "short", "9"),
    ]
    found = find_references("Ôn lại nghị quyết 9/2019 của Trung ương. Văn bản quy định 9 nội dung.")
    assert [r.text for r in found] == ["nghị quyết 9/2019"]


def test_a_letter_spaced_after_its_slash_and_around_its_dash() -> None:
    """ "Công văn số 6902/ BTP – PBGDPL ngày …": a scraper's space after the slash and an en dash with
    spaces between the issuer's and the unit's codes (real-text audit r45); read after "<type> số" only,
    with a "spaces" repair quoting the text as written."""
    r = one("Sở đã nhận Công văn số 518/ BNV – TCBC ngày 9/8/2022 của Bộ Nội vụ về biên chế.")
    assert (r.number_symbol, r.date, r.issuer) == ("518/BNV-TCBC", "2022-08-09", "Bộ Nội vụ")
    spaced = [x for x in r.repairs if x.kind == "spaces"]
    assert [(x.original, x.repaired) for x in spaced] == [("518/ BNV – TCBC", "518/BNV-TCBC")]
    assert refs("Nhóm có 7/ BNV – TCBC người dự.") == []


@pytest.mark.parametrize(
    ("text", "symbol", "doc_type", "date"),
    [
        ("Căn cứ Sắc lệnh số 51/SL ngày 17/4/1946 về tổ chức tòa án.", "51/SL", "Sắc lệnh", "1946-04-17"),
        ("theo Nghị định số 12-NĐ ngày 3/6/1947 về ngạch thẩm phán.", "12-NĐ", "Nghị định", "1947-06-03"),
    ],
)
def test_a_1940s_symbol_with_its_type_code_alone(text: str, symbol: str, doc_type: str, date: str) -> None:
    """ "Sắc lệnh số 76/SL", "Nghị định số 37-NĐ": 1945-1950s symbols with the type code alone, no issuer
    code (real-text audit r45): a full reference with no issuer code, only after its own type word."""
    r = one(text)
    assert (r.number_symbol, r.doc_type, r.date, r.issuer_code) == (symbol, doc_type, date, None)
    assert refs("Theo Quyết định số 12/NĐ ngày 3/6/1947.") == []
    assert refs("tại khoản 12/NĐ và 5-SL.") == []


def test_a_joint_circular_typed_without_its_type_code() -> None:
    """ "Thông tư liên tịch số 43/2015/BNNPTNT-BKHĐT": a joint circular's symbol typed without TTLT (real-text
    audit r46): ministries' codes only, after the type word, read with the code put back and the repair
    recorded; the same codes after another type word or none stay unread."""
    r = one("Căn cứ Thông tư liên tịch số 08/2019/BTC-BNV ngày 4/3/2019 của Bộ Tài chính và Bộ Nội vụ;")
    assert (r.number_symbol, r.doc_type, r.date, r.doc_type_code) == (
        "08/2019/TTLT-BTC-BNV",
        "Thông tư liên tịch",
        "2019-03-04",
        "TTLT",
    )
    assert [(x.kind, x.original, x.repaired) for x in r.repairs] == [
        ("missing_type_code", "08/2019/BTC-BNV", "08/2019/TTLT-BTC-BNV")
    ]
    assert one("theo Thông tư số 08/2019/BTC-BNV.").number_symbol == "08/2019/TTLT-BTC-BNV"
    assert refs("Theo Quyết định số 08/2019/BTC-BNV.") == []
    assert refs("các mục 08/2019/BTC-BNV") == []
    assert refs("Căn cứ Thông tư liên tịch số 08/2019/BTC-UBND.") == []


def test_a_lower_case_marker_closing_a_letters_symbol() -> None:
    """ "Công văn số 215/BNG-LS-m ngày …": a one-letter lower-case marker after two codes closes the symbol as
    written (issuer_codes.json lower_case_suffixes; real-text audit r51), so the date after it is the
    letter's; the marker alone after the type code, or an unknown letter, is no part of it."""
    r = one("Thực hiện Công văn số 215/BNG-LS-m ngày 03 tháng 5 năm 2023 của Bộ Ngoại giao, Sở đã tổ chức.")
    assert (r.number_symbol, r.date, r.issuer) == ("215/BNG-LS-m", "2023-05-03", "Bộ Ngoại giao")
    assert one("theo Công văn số 216/BNG-LS-q của Bộ Ngoại giao.").number_symbol == "216/BNG-LS"
    assert all(not (r.number_symbol or "").endswith("-m") for r in refs("theo Kế hoạch số 17/KH-m của Sở."))


def test_a_stated_issuer_that_is_a_provinces_delegation_of_deputies() -> None:
    """ "Đoàn Đại biểu Quốc hội tỉnh ban hành Văn bản số …": the delegation issued it, not the Quốc hội
    (issuer_codes.json issuer_heads; real-text audit r51), in either capitalisation or abbreviated."""
    for body in ("Đoàn Đại biểu Quốc hội tỉnh", "Đoàn đại biểu Quốc hội tỉnh", "Đoàn ĐBQH tỉnh"):
        r = one(f"Ngày 10/8, {body} ban hành Văn bản số 15/ĐĐBQH-VP về việc gửi kết quả trả lời cử tri.")
        assert r.issuer is not None and r.issuer.casefold() == "đoàn đại biểu quốc hội tỉnh", body


def test_issuer_name_with_a_one_sided_dash() -> None:
    """ "của Sở Lao động- Thương binh và Xã hội": a body's name whose dash is spaced on one side only is read
    whole, over its "và", and written as the body's name (real-text audit r52)."""
    for dash in ("- ", " -"):
        text = f"Thực hiện Công văn số 77/LĐTBXH-BTXH ngày 5/02/2025 của Sở Lao động{dash}Thương binh và Xã hội hướng dẫn chi trả."
        (ref,) = extract_text(text).references
        assert ref.issuer == "Sở Lao động - Thương binh và Xã hội"


def test_amending_law_listing_a_short_name_spans_its_whole_list_and_is_dated() -> None:
    """An amending law's list with a name the gazetteer lacks ("Luật Quản lý tài sản công" for "Luật Quản lý,
    sử dụng tài sản công", a misspelt "Luật Dữ trữ quốc gia"): one reference over the whole list, no law of
    it read on its own, and the stated date picks the number (real-text audit r53)."""
    text = (
        "Căn cứ Luật Sửa đổi, bổ sung một số điều của Luật Chứng khoán, Luật Kế toán, Luật Kiểm toán độc lập, "
        "Luật Ngân sách nhà nước, Luật Quản lý tài sản công, Luật Quản lý thuế, Luật Thuế thu nhập cá nhân, "
        "Luật Dữ trữ quốc gia, Luật Xử lý vi phạm hành chính ngày 29 tháng 11 năm 2024;\n"
        "Căn cứ Nghị định số 05/2025/NĐ-CP ngày 06 tháng 01 năm 2025 của Chính phủ;"
    )
    refs = extract_text(text).references
    assert [r.number_symbol for r in refs] == ["56/2024/QH15", "05/2025/NĐ-CP"]
    assert refs[0].text.endswith("Luật Xử lý vi phạm hành chính") and refs[0].date == "2024-11-29"
    assert refs[0].relation == "based_on" and not refs[0].warnings


def test_an_office_without_title_followed_by_its_holders_name() -> None:
    """ "của Thủ tướng Chính phủ Phạm Minh Hòa": an office held by one person, then the holder's name of three
    words; the issuer is the office (real-text audit r57). A two-word tail is kept (it may be a place)."""
    text = "Thực hiện Văn bản số 88/TTg-CN ngày 03/3/2025 của Thủ tướng Chính phủ Phạm Minh Hòa về việc chống ùn tắc."
    (ref,) = extract_text(text).references
    assert ref.issuer == "Thủ tướng Chính phủ"


def test_an_issuer_typed_with_a_lower_case_head_word() -> None:
    """ "của ủy ban An toàn giao thông Quốc gia": the head word typed in lower case before a capitalised
    name is still the stated issuer (real-text audit r57); "của ủy ban nhân dân các cấp" names none."""
    text = "Căn cứ Kế hoạch số 21/KH-UBATGTQG ngày 15/01/2026 của ủy ban An toàn giao thông Quốc gia về năm an toàn giao thông."
    (ref,) = extract_text(text).references
    assert ref.issuer == "Ủy ban An toàn giao thông Quốc gia"
    text = "Thực hiện Công văn số 9/UBND-KT ngày 15/01/2026 của ủy ban nhân dân các cấp về trật tự đô thị."
    (ref,) = extract_text(text).references
    assert ref.issuer is None


def test_the_road_traffic_order_law_by_its_short_informal_name() -> None:
    """ "Luật Trật tự, an toàn giao thông" without "đường bộ": the one law of that name (laws.json alias;
    real-text audit r57); the full name still spans to its end."""
    for name in ("Luật Trật tự, an toàn giao thông", "Luật Trật tự an toàn giao thông"):
        refs = extract_text(
            f"Năm 2025, Công an xã tuyên truyền {name} tới các hộ kinh doanh ven đường."
        ).references
        assert [(r.text, r.number_symbol) for r in refs] == [(name, "36/2024/QH15")]
    refs = extract_text(
        "Căn cứ Luật Trật tự, an toàn giao thông đường bộ ngày 27 tháng 6 năm 2024;"
    ).references
    assert [r.text for r in refs] == ["Luật Trật tự, an toàn giao thông đường bộ"]


def test_a_collective_name_of_joint_ministries_reads_as_the_ministries_of_the_code() -> None:
    """ "của Liên Bộ: Xây dựng - Tài chính", "của Liên bộ Nội vụ - Tài chính" (real-text audit r53): a
    collective name, not a body; the issuer is the ministries the joint code names, as with no clause."""
    text = (
        "Căn cứ Thông tư liên tịch số 15/2012/TTLT-BXD-BTC ngày 05/3/2012 của Liên Bộ: Xây dựng - Tài chính "
        "hướng dẫn việc lập dự toán;\n"
        "Căn cứ Thông tư liên tịch số 14/2012/TTLT-BNV-BTC ngày 06/3/2012 của Liên bộ Nội vụ - Tài chính "
        "hướng dẫn chế độ phụ cấp;"
    )
    assert [r.issuer for r in refs(text)] == ["Bộ Xây dựng và Bộ Tài chính", "Bộ Nội vụ và Bộ Tài chính"]


def test_named_law_with_an_abbreviated_word() -> None:
    """ "Luật Giáo dục ĐH" abbreviates "đại học": the Luật Giáo dục đại học, not the Luật Giáo dục (real-text
    audit r56)."""
    refs = extract_text("Điều 16 luật Giáo dục ĐH 2018 quy định về hội đồng trường.").references
    assert [(r.text, r.number_symbol, r.pinpoint) for r in refs] == [
        ("luật Giáo dục ĐH 2018", "08/2012/QH13", "Điều 16")
    ]


def test_a_law_name_with_its_abbreviation_in_parentheses_before_its_number_is_one_reference() -> None:
    # real-text audit r58: news writes "Luật X (ABBR) số N/YYYY/QHnn", then uses the abbreviation
    text = (
        "Luật Lâm nghiệp (LN) số 16/2017/QH14 có hiệu lực từ năm 2019; Luật Đất đai (sửa đổi) số "
        "31/2024/QH15 được Quốc hội thông qua; Luật Thủy lợi (TL&ĐĐ) số 08/2017/QH14 cũng vậy."
    )
    refs = find_references(text, "2024-08-01")
    assert [(r.text, r.kind, r.doc_type, r.number_symbol) for r in refs] == [
        ("Luật Lâm nghiệp (LN) số 16/2017/QH14", "full", "Luật", "16/2017/QH14"),
        ("Luật Đất đai (sửa đổi) số 31/2024/QH15", "full", "Luật", "31/2024/QH15"),
        ("Luật Thủy lợi (TL&ĐĐ) số 08/2017/QH14", "full", "Luật", "08/2017/QH14"),
    ]


def test_a_law_name_with_phat_luat_misspelt_for_phap_luat_is_resolved() -> None:
    # real-text audit r62 (People's Council resolutions 2025): "quy phạm phát luật", the finals p and t
    # confused, is read as "pháp luật" in every law name (laws.json "derived_aliases")
    text = (
        "HỘI ĐỒNG NHÂN DÂN XÃ AN BÌNH\nSố: 07/NQ-HĐND\nAn Bình, ngày 12 tháng 9 năm 2025\n"
        "Căn cứ Luật Phổ biến, giáo dục phát luật ngày 20 tháng 6 năm 2012;\n"
        "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm phát luật "
        "ngày 25 tháng 6 năm 2025;\n"
    )
    found = [
        (r.kind, r.number_symbol, r.relation) for r in extract_text(text).references if r.kind == "named"
    ]
    assert found == [("named", "14/2012/QH13", "based_on"), ("named", "87/2025/QH15", "based_on")]


def test_a_date_without_its_year_still_lets_the_issuer_clause_be_read() -> None:
    """ "Công văn số 512/STP-VP ngày 9/4 của Sở Tư pháp …": a news page's date without its year is no date,
    but the issuer clause after it is read; also with a dash or a dot (real-text audit r65)."""
    for written in ("9/4", "19-4", "9.04"):
        text = f"Tại Công văn số 512/STP-VP ngày {written} của Sở Tư pháp về việc phổ biến luật, các huyện đã triển khai."
        (ref,) = extract_text(text).references
        assert ref.number_symbol == "512/STP-VP" and ref.date is None
        assert ref.issuer == "Sở Tư pháp", written


def test_a_department_name_half_abbreviated_or_with_an_ampersand_is_read_whole() -> None:
    """ "của Sở Nông nghiệp và PTNT", "của Bộ Kế hoạch & Đầu tư", "của Sở Văn hóa - Thể thao và Du lịch": a
    body's name written half abbreviated, with "&" or a dash for its comma is read over its "và" and never cut
    at a type word inside it (real-text audit r65)."""
    cases = {
        "Sở Nông nghiệp và PTNT": "Sở Nông nghiệp và PTNT",
        "Bộ Nông nghiệp và PTNT": "Bộ Nông nghiệp và Phát triển nông thôn",
        "Bộ Kế hoạch & Đầu tư": "Bộ Kế hoạch và Đầu tư",
        "Sở Kế hoạch & Đầu tư": "Sở Kế hoạch & Đầu tư",
        "Sở Văn hóa - Thể thao và Du lịch": "Sở Văn hóa - Thể thao và Du lịch",
        "Sở Khoa học và CN": "Sở Khoa học và CN",
    }
    for written, issuer in cases.items():
        text = f"Thực hiện Công văn số 88/XYZ-KT ngày 12/3/2024 của {written} về việc rà soát số liệu."
        (ref,) = extract_text(text).references
        assert ref.issuer == issuer, written


def test_an_issuer_done_by_after_a_phrase_not_opened_by_ve() -> None:
    """ "Quy định số 45-QĐ/TW năm 2021 thi hành Điều lệ Đảng do Ban Chấp hành Trung ương ban hành" (real-text
    audit r59): the phrase naming the document without "về" no longer stops the issuer reader before the
    "do … ban hành" clause; a body of another code (a document named inside the phrase) is not taken."""
    text = (
        "Theo Quy định số 45-QĐ/TW năm 2021 thi hành Điều lệ Đảng do Ban Chấp hành Trung ương ban hành, chi bộ "
        "được lập; Quy định 7-QĐ/TW ngày 3/2/2021 hướng dẫn công tác kiểm tra do Ban Bí thư ban hành. Kế hoạch "
        "số 5/KH-UBND triển khai Luật Đất đai do Quốc hội ban hành."
    )
    got = [(r.number_symbol, r.issuer) for r in find_references(text) if r.kind == "full"]
    assert got == [
        ("45-QĐ/TW", "Ban Chấp hành Trung ương"),
        ("7-QĐ/TW", "Ban Bí thư"),
        ("5/KH-UBND", None),
    ]


def test_an_issuer_clause_ends_before_doi_voi() -> None:
    # "phổ biến Quyết định số … của UBND tỉnh đối với đại diện các sở": whom the meeting is for follows the
    # body; "đối" is no province (real-text audit r67)
    refs = find_references(
        "- Tổ chức phổ biến Quyết định số 210/QĐ-UBND của UBND tỉnh đối với cán bộ, công chức."
    )
    assert [r.issuer for r in refs] == ["Ủy ban nhân dân tỉnh"]


def test_a_bare_city_committee_in_a_province_is_one_of_its_cities() -> None:
    # "của UBND thành phố" in a text of a tỉnh: a city of the province, never the province's committee
    # (real-text audit r67); in a centrally-run city it is the city's own
    body = "Thực hiện Công văn số 318/UBND-VX ngày 05/4/2024 của UBND thành phố về việc tổ chức hội nghị.\n"
    tinh = (
        "ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\nSố: 71/KH-UBND\nLạng Sơn, ngày 10 tháng 4 năm 2024\nKẾ HOẠCH\n"
        + body
    )
    city = (
        "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ CẦN THƠ\nSố: 71/KH-UBND\nCần Thơ, ngày 10 tháng 4 năm 2024\nKẾ HOẠCH\n"
        + body
    )
    assert [r.issuer for r in extract_text(tinh).references if r.number_symbol == "318/UBND-VX"] == [
        "Ủy ban nhân dân thành phố"
    ]
    assert [r.issuer for r in extract_text(city).references if r.number_symbol == "318/UBND-VX"] == [
        "Ủy ban nhân dân thành phố Cần Thơ"
    ]


def test_an_action_plan_spans_from_its_type_words() -> None:
    # real-text audit r64: "Kế hoạch hành động số 2479/KH-UBND" spanned only its symbol
    text = "Căn cứ Kế hoạch hành động số 315/KH-UBND ngày 02/8/2019 của UBND tỉnh về cải thiện môi trường đầu tư;"
    (ref,) = find_references(text)
    assert (ref.text, ref.doc_type, ref.number_symbol) == (
        "Kế hoạch hành động số 315/KH-UBND",
        "Kế hoạch",
        "315/KH-UBND",
    )


def test_a_letter_cited_by_its_number_and_full_date_alone_is_a_short_form() -> None:
    """ "Văn bản số 7328 ngày 02/12/2024 của Bộ …": a number and a full date after "Văn bản số" name one
    letter written without its symbol, a short form of a Công văn with its date and issuer and no symbol
    made up; a count or an ordinal with no date stays out (real-text audit r64)."""
    (r,) = extract_text(
        "Thực hiện Văn bản số 4417 ngày 15 tháng 10 năm 2023 của Bộ Tư pháp, Sở đã rà soát các thủ tục."
    ).references
    assert (r.text, r.kind, r.doc_type, r.number_symbol, r.date, r.issuer) == (
        "Văn bản số 4417",
        "short",
        "Công văn",
        None,
        "2023-10-15",
        "Bộ Tư pháp",
    )
    assert (
        find_references("Sở đã trả lời văn bản số 3 trong tổng số 9 văn bản; còn số 12 văn bản chưa xử lý.")
        == []
    )
    assert find_references("Đã nhận văn bản số 5 năm 2023 của đơn vị.") == []


def test_an_issuer_with_an_abbreviated_head_and_a_comma_in_its_name_is_read_whole() -> None:
    """ "BCĐ Trung ương về Phòng, chống thiên tai (PCTT) đã có Công điện số …": the committee's head written
    "BCĐ" is read like "Ban Chỉ đạo", so the comma inside the name no longer cuts it, before the
    reference as in its "của …" clause (real-text audit r65)."""
    text = (
        "Tối qua, BCĐ Trung ương về Phòng, chống thiên tai (PCTT) đã có Công điện số 31/CĐ-TW gửi các địa "
        "phương. Thực hiện Công điện số 32/CĐ-TW ngày 9/10/2020 của BCĐ Trung ương về phòng, chống thiên "
        "tai, tỉnh đã sơ tán dân."
    )
    issuers = {r.number_symbol: r.issuer for r in extract_text(text).references}
    assert issuers == {
        "31/CĐ-TW": "Ban Chỉ đạo Trung ương về phòng, chống thiên tai",
        "32/CĐ-TW": "Ban Chỉ đạo Trung ương về phòng, chống thiên tai",
    }


def test_a_joint_issuers_second_body_wrapped_after_its_first_word() -> None:
    # real-text audit r69: "của Văn phòng Chính phủ và Bộ⏎Nội vụ hướng dẫn …" (a page's hard wrap)
    text = (
        "Căn cứ Thông tư liên tịch số 03/2012/TTLT-BTC-BNV ngày 10/3/2012 của Bộ Tài chính và Bộ\n"
        "Nội vụ hướng dẫn quản lý kinh phí;\n"
    )
    (r,) = find_references(text)
    assert r.issuer == "Bộ Tài chính và Bộ Nội vụ"


def test_a_date_after_the_word_ngay_typed_twice_is_read() -> None:
    """ "… số 30/2021/NĐ-CP ngày ngày 26 tháng 3 năm 2021 của Chính phủ": the doubled word hides no date
    (real-text audit r72)."""
    text = "Căn cứ Thông tư số 14/2023/TT-BYT ngày ngày 30 tháng 6 năm 2023 của Bộ Y tế về giá dịch vụ;"
    (r,) = find_references(text)
    assert (r.number_symbol, r.date, r.issuer) == ("14/2023/TT-BYT", "2023-06-30", "Bộ Y tế")


def test_a_short_form_takes_the_repaired_symbol_of_its_antecedent() -> None:
    # real-text audit r75: "Nghị quyết 68/NQ-TW … Nghị quyết 68" gave the full mention the Party form 68-NQ/TW
    # and left the short form linked to it with the symbol as written
    refs = extract_text(
        "Sau ba tháng Nghị quyết 21/NQ-TW của Bộ Chính trị được ban hành, các địa phương đã phổ biến rộng rãi. "
        "Để Nghị quyết 21 đi vào cuộc sống, các sở cần hướng dẫn cụ thể."
    ).references
    assert [(r.kind, r.number_symbol) for r in refs] == [("full", "21-NQ/TW"), ("short", "21-NQ/TW")]


def test_a_law_name_with_a_dropped_word_or_an_initialism() -> None:
    # real-text audit r75 (news articles): "Luật Hòa giải cơ sở" without "ở", "Luật Các TCTD" for the
    # credit institutions law (laws.json "derived_aliases")
    refs = extract_text(
        "Ngày 14/3/2021, Sở Tư pháp tổ chức phổ biến Luật Hòa giải cơ sở cho hòa giải viên. "
        "Ngân hàng cho biết, theo Điều 12 Luật Các TCTD, tổ chức tín dụng được tự chủ kinh doanh."
    ).references
    assert [(r.text, r.number_symbol or r.doc_type, r.pinpoint) for r in refs] == [
        ("Luật Hòa giải cơ sở", "35/2013/QH13", None),
        ("Luật Các TCTD", "Luật", "Điều 12"),  # no date to pin the 2010 or the 2024 version
    ]


def test_a_clipped_so_after_a_type_word_keeps_the_type_word() -> None:
    # real-text audit r74: a page's font lost the "ố" of "số" ("Nghị định s20/…", "Nghị định s 63/…")
    text = (
        "Căn cứ Nghị định s15/2019/NĐ-CP ngày 01/02/2019 của Chính phủ về quản lý chợ; "
        "Căn cứ Thông tư s 07/2020/TT-BCT ngày 02/3/2020 của Bộ Công Thương;"
    )
    got = [(r.text, r.doc_type, r.number_symbol, r.date) for r in find_references(text)]
    assert got == [
        ("Nghị định s15/2019/NĐ-CP", "Nghị định", "15/2019/NĐ-CP", "2019-02-01"),
        ("Thông tư s 07/2020/TT-BCT", "Thông tư", "07/2020/TT-BCT", "2020-03-02"),
    ]
    # not after a type word: no reference is made of the letter
    assert [r.text for r in find_references("Tổng số hộ s20/30 hộ đạt chuẩn.")] == []


def test_a_decree_subject_opening_with_co_che_after_the_issuer() -> None:
    # "… của Chính phủ Cơ chế đặc thù …": the subject copied from the title, no "về" (real-text audit r77)
    refs = find_references(
        "theo quy định tại Điều 5 Nghị định số 12/2019/NĐ-CP ngày 01/02/2019 của Chính phủ Cơ chế "
        "quản lý tài chính đối với đơn vị sự nghiệp."
    )
    assert [(r.number_symbol, r.issuer) for r in refs] == [("12/2019/NĐ-CP", "Chính phủ")]


def test_a_national_assembly_committee_named_with_va_is_read_whole() -> None:
    """ "của Ủy ban Pháp luật và Tư⏎pháp": a committee of the Quốc hội whose name goes on at a "và" (or a
    comma) is a known body (bodies.json), not cut to "Ủy ban Pháp luật" (real-text audit r78)."""
    text = (
        "Xét Báo cáo thẩm tra số 17/BC-UBPLTP15 ngày 02 tháng 3 năm 2025 của Ủy ban Pháp luật và Tư\n"
        "pháp, Báo cáo số 18/BC-UBKHCNMT15 ngày 04/3/2025 của Ủy ban Khoa học, Công nghệ và Môi trường;"
    )
    assert [(r.number_symbol, r.issuer) for r in find_references(text)] == [
        ("17/BC-UBPLTP15", "Ủy ban Pháp luật và Tư pháp"),
        ("18/BC-UBKHCNMT15", "Ủy ban Khoa học, Công nghệ và Môi trường"),
    ]


def test_markdown_emphasis_inside_a_date_is_read_and_recorded() -> None:
    """Emphasis runs a docx→markdown converter left inside a date ("ngày **12/3**/2024", "ngày 5 tháng
    **7** năm 2023", "ngày **20/8/2022**", the shared day "ngày **02** tháng** 6 **năm 2025"): the reference
    keeps its date and a repair records the date as written; a star between blanks is no marker (real-text
    audit r78, round f24)."""
    text = (
        "Triển khai Thông tư số 08/2024/TT-BNV ngày **12/3**/2024 của Bộ Nội vụ, Kế hoạch số 41/KH-UBND ngày "
        "5 tháng **7** năm 2023 của UBND tỉnh, Công văn số 77/UBND-VX ngày **20/8/2022** của UBND tỉnh và "
        "Quyết định số 90/QĐ-UBND ngày **02** tháng** 6 **năm 2025; Chỉ thị số 11/CT-TTg ngày 3 * 4/2021."
    )
    out = refs(text)
    assert [r.date for r in out] == ["2024-03-12", "2023-07-05", "2022-08-20", "2025-06-02", None]
    assert [r.issuer for r in out[:3]] == ["Bộ Nội vụ", "Ủy ban nhân dân tỉnh", "Ủy ban nhân dân tỉnh"]
    assert [[(x.kind, x.original, x.repaired) for x in r.repairs] for r in out] == [
        [("markdown_emphasis", "**12/3**/2024", "12/3/2024")],
        [("markdown_emphasis", "5 tháng **7** năm 2023", "5 tháng 7 năm 2023")],
        [("markdown_emphasis", "**20/8/2022**", "20/8/2022")],
        [("markdown_emphasis", "**02** tháng** 6 **năm 2025", "02 tháng 6 năm 2025")],
        [],
    ]


def test_news_shapes_name_the_party_organs_that_issued_a_conclusion() -> None:
    """News pages on Party conclusions (real-text audit r78, round f24): "<type word> của <bodies> về …
    (<type word> số N)" states the issuer before the bracketed number of the document it describes, and
    "thay mặt Bộ Chính trị, Ban Bí thư, <the signer's titles> ký ban hành <ref>" signs for both organs,
    as a stated "của Bộ Chính trị, Ban Bí thư" is read."""
    text = (
        "Chiều 4/6, Văn phòng Trung ương Đảng công bố Kết luận của Bộ Chính trị, Ban Bí thư về việc tiếp tục "
        "đổi mới công tác tuyển chọn cán bộ trẻ (Kết luận số 310-KL/TW).\n"
        "Ngày 8/6, thay mặt Bộ Chính trị, Ban Bí thư, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư Lê Văn Minh "
        "ký ban hành Kết luận số 311-KL/TW về hoàn thiện thể chế.\n"
        "Đồng chí Phạm Thu Hà, thay mặt Bộ Chính trị, Ban Bí thư đã ký ban hành Kết luận số 312-KL/TW về đào "
        "tạo cán bộ.\n"
        "Ngày 9/6, thay mặt Bộ Chính trị, Thường trực Ban Bí thư Lê Văn Minh ký ban hành Kết luận số 313-KL/TW "
        "về tinh gọn bộ máy.\n"
        "Kết luận của Bộ Chính trị về bộ máy được quán triệt rộng rãi (Kế hoạch số 314-KH/TW)."
    )
    assert [(r.number_symbol, r.issuer) for r in refs(text)] == [
        ("310-KL/TW", "Bộ Chính trị, Ban Bí thư"),
        ("311-KL/TW", "Bộ Chính trị, Ban Bí thư"),
        ("312-KL/TW", "Bộ Chính trị, Ban Bí thư"),
        ("313-KL/TW", "Bộ Chính trị"),  # the signer's title names the Ban Bí thư, not an organ signed for
        ("314-KH/TW", None),  # the bracket holds another type of document than the one described
    ]


def test_the_issuers_verb_of_communicating_ends_the_issuer_clause() -> None:
    """ "Thông báo số … của Văn phòng Chính phủ thông báo ý kiến kết luận của …": the body's verb after it
    is no part of its name (real-text audit r79)."""
    text = (
        "Thực hiện Thông báo số 315/TB-VPCP ngày 02/8/2024 của Văn phòng Chính phủ thông báo ý kiến kết luận "
        "của Phó Thủ tướng; Thông báo số 88-TB/TU ngày 5/8/2024 của Ban Thường vụ Tỉnh ủy thông báo kết luận."
    )
    a, b = find_references(text)
    assert a.issuer == "Văn phòng Chính phủ"
    assert b.issuer == "Ban Thường vụ Tỉnh ủy"
