"""Unit tests for the fixes the sixteenth held-out set (tests/holdout16/: long, number-heavy documents)
called for, each on a new short text."""

from __future__ import annotations

from ingest.pipeline import extract_text
from ingest.references import find_references


def test_a_law_in_the_subject_of_an_older_dated_decree_is_the_version_that_decree_details() -> None:
    """ "Nghị định số 43/2014/NĐ-CP ngày 15/5/2014 … quy định chi tiết … của Luật Đất đai" in a 2025 report:
    the decree details the 2013 law, not the 2024 one in force at the report's date (holdout16)."""
    text = (
        "ỦY BAN NHÂN DÂN\nHUYỆN KIM BẢNG\nSố: 88/BC-UBND\nKim Bảng, ngày 10 tháng 4 năm 2025\n\nBÁO CÁO\n"
        "công tác đất đai\n\nHồ sơ cũ được giải quyết theo Nghị định số 43/2014/NĐ-CP ngày 15/5/2014 của "
        "Chính phủ quy định chi tiết thi hành một số điều của Luật Đất đai. Các gói thầu năm 2023 thực hiện "
        "theo Nghị định số 63/2014/NĐ-CP ngày 26/6/2014 của Chính phủ quy định chi tiết thi hành một số điều "
        "của Luật Đấu thầu về lựa chọn nhà thầu.\n"
    )
    named = [
        (r.text, r.number_symbol, r.relation) for r in extract_text(text).references if r.kind == "named"
    ]
    assert named == [
        ("Luật Đất đai", "45/2013/QH13", "guides"),
        ("Luật Đấu thầu", "43/2013/QH13", "guides"),
    ]
    # a bare name with no dated document around it stays the version in force at the report's date
    later = text.replace("Hồ sơ cũ", "Việc cấp giấy thực hiện theo Luật Đất đai. Hồ sơ cũ")
    first = next(r for r in extract_text(later).references if r.kind == "named")
    assert (first.number_symbol, first.relation) == ("31/2024/QH15", "implements")


def test_contracts_invoices_vouchers_and_judgments_number_no_document() -> None:
    """ "Hợp đồng số 15/2023/HĐ-XD", "Phiếu chi số 123/PC", "Bản án số 12/2024/HS-ST": records, not documents
    of the graph (holdout16, holdout6); a decision cited beside them still is one."""
    text = (
        "Theo Hợp đồng số 15/2023/HĐ-XD ngày 12/5/2023, nhà thầu xuất Hóa đơn số 0001234 và nhận tiền tại "
        "Phiếu chi số 123/PC; vụ việc đã có Bản án số 12/2024/HS-ST ngày 20/9/2024 và Quyết định số "
        "2345/QĐ-UBND ngày 15/3/2023 của Ủy ban nhân dân huyện.\n"
    )
    assert [r.number_symbol for r in extract_text(text).references] == ["2345/QĐ-UBND"]


def test_a_date_stated_before_the_verb_of_adoption_is_the_documents() -> None:
    """ "Ngày 12/6/2025, Quốc hội thông qua Nghị quyết số 202/2025/QH15 …": the day stated before "thông
    qua" dates the resolution, as before "ban hành" (holdout16, holdout5)."""
    text = "Ngày 12/6/2025, Quốc hội thông qua Nghị quyết số 202/2025/QH15 về sắp xếp đơn vị hành chính.\n"
    (r,) = extract_text(text).references
    assert (r.date, r.issuer) == ("2025-06-12", "Quốc hội")
    # "thông qua" as a preposition, with no day before it, dates nothing
    text = "Tỉnh tuyên truyền thông qua Kế hoạch số 12/KH-UBND ngày 05/3/2025 của Ủy ban nhân dân tỉnh.\n"
    (r,) = extract_text(text).references
    assert r.date == "2025-03-05"


def test_a_finding_that_something_is_not_as_a_provision_requires_names_the_provision() -> None:
    """ "chưa đúng quy định tại khoản 1 Điều 10 Nghị định …" is a finding of non-conformity (mentions, as
    "chưa phù hợp với", holdout8); "đúng quy định tại" still carries the provision out (holdout12)."""
    text = (
        "Việc xác định chi phí chưa đúng quy định tại khoản 1 Điều 10 Nghị định số 10/2021/NĐ-CP ngày "
        "09/02/2021 của Chính phủ. Các khoản khác được chi đúng quy định tại Thông tư số 96/2021/TT-BTC.\n"
    )
    refs = extract_text(text).references
    assert [(r.number_symbol, r.relation) for r in refs] == [
        ("10/2021/NĐ-CP", "mentions"),
        ("96/2021/TT-BTC", "implements"),
    ]


def test_a_type_word_with_its_purpose_before_the_number_opens_the_reference() -> None:
    """ "Báo cáo kiểm toán số …", "Quyết định xử phạt vi phạm hành chính số …", "Quyết định khởi tố vụ án
    hình sự số …": the descriptor belongs to the type word, so a third "Xét" item answers like the first two
    and the span starts at the type word (holdout16)."""
    text = (
        "Xét Tờ trình số 156/TTr-UBND ngày 22/11/2024 của Ủy ban nhân dân tỉnh; Báo cáo thẩm tra số "
        "74/BC-KTNS ngày 04/12/2024 của Ban Kinh tế - Ngân sách; Báo cáo kiểm toán số 312/BC-KVXI ngày "
        "18/10/2024 của Kiểm toán nhà nước khu vực XI.\nÔng H. bị xử phạt theo Quyết định xử phạt vi phạm "
        "hành chính số 123/QĐ-XPHC ngày 15/11/2024; Cơ quan điều tra ban hành Quyết định khởi tố vụ án hình "
        "sự số 45/QĐ-CSĐT ngày 20/3/2024.\n"
    )
    refs = extract_text(text).references
    assert [(r.text.split(" số ")[0], r.doc_type, r.relation) for r in refs] == [
        ("Tờ trình", "Tờ trình", "responds_to"),
        ("Báo cáo thẩm tra", "Báo cáo", "responds_to"),
        ("Báo cáo kiểm toán", "Báo cáo", "responds_to"),
        ("Quyết định xử phạt vi phạm hành chính", "Quyết định", "implements"),
        ("Quyết định khởi tố vụ án hình sự", "Quyết định", "mentions"),
    ]


def test_the_body_that_issued_a_counted_range_of_documents_issued_both_ends() -> None:
    """ "Ủy ban nhân dân huyện ban hành 12 thông báo thu hồi đất (từ Thông báo số 45/TB-UBND đến số
    56/TB-UBND)" in a district's report: both ends are the district's, not the province's (holdout16)."""
    text = (
        "ỦY BAN NHÂN DÂN\nHUYỆN THANH OAI\n\nSố: 77/BC-UBND\n\nThanh Oai, ngày 02 tháng 4 năm 2025\n\n"
        "BÁO CÁO\nCông tác thu hồi đất\n\nỦy ban nhân dân huyện ban hành 12 thông báo thu hồi đất (từ Thông "
        "báo số 45/TB-UBND đến số 56/TB-UBND) và 1.298 quyết định thu hồi đất.\n"
    )
    refs = [r for r in extract_text(text).references if r.number_symbol != "77/BC-UBND"]
    assert [(r.text, r.issuer) for r in refs] == [
        ("Thông báo số 45/TB-UBND", "Ủy ban nhân dân huyện Thanh Oai"),
        ("56/TB-UBND", "Ủy ban nhân dân huyện Thanh Oai"),
    ]


def test_a_decision_opening_a_semicolon_clause_said_to_be_carried_out_is_implemented() -> None:
    """ "…; Quyết định số 1567/QĐ-UBND ngày 12/3/2025 của Ủy ban nhân dân huyện về cưỡng chế … đã được tổ chức
    thực hiện ngày 25/4/2025": the passive after the reference's own ";" clause (holdout16, holdout12)."""
    text = (
        "Dự án mở rộng đường trục còn 23/287 hộ chưa bàn giao mặt bằng; Quyết định số 1567/QĐ-UBND ngày "
        "12/3/2025 của Ủy ban nhân dân huyện về cưỡng chế thu hồi đất đối với 05 hộ đã được tổ chức thực hiện "
        "ngày 25/4/2025.\nKế hoạch số 9/KH-UBND ngày 02/01/2025 của Ủy ban nhân dân huyện về thu hồi đất.\n"
    )
    refs = extract_text(text).references
    assert [(r.number_symbol, r.relation) for r in refs] == [
        ("1567/QĐ-UBND", "implements"),
        ("9/KH-UBND", "mentions"),
    ]


def test_a_second_law_with_its_pinpoint_in_a_decrees_subject_under_a_basis_heading_is_guided() -> None:
    """Under "CĂN CỨ XÂY DỰNG ĐỀ ÁN", "Nghị định … quy định chi tiết và hướng dẫn thi hành một số điều của Luật
    Đường bộ và Điều 77 của Luật Trật tự, an toàn giao thông đường bộ": both laws are guided by the decree; the
    next item of the heading's list is a basis again (holdout16, holdout5)."""
    text = (
        "II. CĂN CỨ XÂY DỰNG ĐỀ ÁN\n\n1. Văn bản của Trung ương\n- Nghị định số 165/2024/NĐ-CP ngày 26/12/2024 "
        "của Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều của Luật Đường bộ và Điều 77 của "
        "Luật Trật tự, an toàn giao thông đường bộ.\n- Luật Đầu tư công năm 2024.\n"
    )
    refs = extract_text(text).references
    assert [(r.doc_type, r.relation, r.pinpoint) for r in refs] == [
        ("Nghị định", "based_on", None),
        ("Luật", "guides", None),
        ("Luật", "guides", "Điều 77"),
        ("Luật", "based_on", None),
    ]


def test_a_decision_of_the_same_day_takes_the_previous_decisions_date() -> None:
    """ "… tại Quyết định số 1021/QĐ-UBND ngày 30/5/2025 và … tại Quyết định số 1022/QĐ-UBND cùng ngày":
    the day stated by reference (holdout16); not across a sentence."""
    text = (
        "Chủ tịch Ủy ban nhân dân tỉnh tặng Bằng khen tại Quyết định số 1021/QĐ-UBND ngày 30/5/2025 và tặng "
        "Cờ thi đua tại Quyết định số 1022/QĐ-UBND cùng ngày. Quyết định số 1023/QĐ-UBND cùng ngày.\n"
    )
    refs = extract_text(text).references
    assert [(r.number_symbol, r.date) for r in refs] == [
        ("1021/QĐ-UBND", "2025-05-30"),
        ("1022/QĐ-UBND", "2025-05-30"),
        ("1023/QĐ-UBND", None),
    ]


def test_an_inspection_conclusions_heading_is_its_type_not_its_title() -> None:
    """ "KẾT LUẬN THANH TRA⏎Việc quản lý …": a Kết luận whose title is the line below (holdout16)."""
    text = (
        "UBND TỈNH QUẢNG NGÃI\nTHANH TRA TỈNH\n\nSố: 12/KL-TTr\n\nQuảng Ngãi, ngày 20 tháng 3 năm 2025\n\n"
        "KẾT LUẬN THANH TRA\nViệc quản lý, sử dụng vốn đầu tư tại Ban Quản lý dự án huyện\n\n"
        "Căn cứ Luật Thanh tra năm 2022;\n"
    )
    doc = extract_text(text).document
    assert (doc.doc_type, doc.title) == (
        "Kết luận",
        "Việc quản lý, sử dụng vốn đầu tư tại Ban Quản lý dự án huyện",
    )


def test_a_police_department_under_its_police_is_named_after_it() -> None:
    """ "CÔNG AN THÀNH PHỐ ĐÀ NẴNG⏎PHÒNG CẢNH SÁT GIAO THÔNG": the Phòng is the city police's (holdout16), while
    a Phòng under a district's UBND keeps the district's name."""
    tail = "\nSố: 12/BC-CATP\n\nĐà Nẵng, ngày 16 tháng 01 năm 2025\n\nBÁO CÁO\nTình hình\n\nNội dung.\n"
    doc = extract_text("CÔNG AN THÀNH PHỐ ĐÀ NẴNG\nPHÒNG CẢNH SÁT GIAO THÔNG\n" + tail).document
    assert (doc.issuer or "").casefold() == "phòng cảnh sát giao thông công an thành phố đà nẵng"
    doc = extract_text("UBND HUYỆN CẨM GIÀNG\nPHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG\n" + tail).document
    assert (doc.issuer or "").casefold() == "phòng tài nguyên và môi trường huyện cẩm giàng"


def test_an_investigating_body_that_issued_a_decision_is_its_issuer() -> None:
    """ "Cơ quan Cảnh sát điều tra đã ban hành Quyết định khởi tố vụ án hình sự số 45/QĐ-CSĐT": the body
    stated before "ban hành" (holdout16)."""
    text = (
        "Cơ quan Cảnh sát điều tra đã ban hành Quyết định khởi tố vụ án hình sự số 45/QĐ-CSĐT ngày 20/3/2024 "
        "đối với vụ tai nạn.\n"
    )
    (r,) = extract_text(text).references
    assert r.issuer == "Cơ quan Cảnh sát điều tra"


def test_an_award_decision_is_the_awarding_office_holders() -> None:
    """ "Chủ tịch Ủy ban nhân dân tỉnh tặng Bằng khen cho 12 tập thể, 45 cá nhân tại Quyết định số … và tặng
    Cờ thi đua … tại Quyết định số …", "Bộ trưởng Bộ Giáo dục và Đào tạo tặng Bằng khen … (Quyết định số
    …/QĐ-BGDĐT …)": the giver issued the decisions (holdout16); a decision with no giver stated has none."""
    text = (
        "- Bộ trưởng Bộ Giáo dục và Đào tạo tặng Bằng khen cho 03 tập thể (Quyết định số 1789/QĐ-BGDĐT ngày "
        "20/5/2025);\n- Chủ tịch Ủy ban nhân dân tỉnh tặng Bằng khen cho 12 tập thể, 1.245 cá nhân tại Quyết "
        "định số 1021/QĐ-UBND ngày 30/5/2025 và tặng Cờ thi đua cho 04 đơn vị tại Quyết định số 1022/QĐ-UBND "
        "cùng ngày;\n- Kinh phí thực hiện theo Quyết định số 77/QĐ-UBND ngày 02/01/2025.\n"
    )
    refs = find_references(text)
    assert [r.issuer for r in refs] == [
        "Bộ trưởng Bộ Giáo dục và Đào tạo",
        "Chủ tịch Ủy ban nhân dân tỉnh",
        "Chủ tịch Ủy ban nhân dân tỉnh",
        None,
    ]


def test_a_bare_body_word_after_a_title_is_the_citing_bodys_own() -> None:
    """ "Giám đốc Sở tặng Giấy khen … (Quyết định số 456/QĐ-SGDĐT …)" in a Sở Giáo dục và Đào tạo's report: the
    Sở is the report's own (holdout16)."""
    text = (
        "UBND TỈNH YÊN BÁI\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\n\nSố: 1187/BC-SGDĐT\n\nYên Bái, ngày 12 tháng 6 năm 2025\n\n"
        "BÁO CÁO\nTổng kết năm học\n\n- Giám đốc Sở tặng Giấy khen cho 156 tập thể, 1.245 cá nhân (Quyết định số "
        "456/QĐ-SGDĐT ngày 02/6/2025).\n"
    )
    (r,) = [r for r in extract_text(text).references if r.number_symbol == "456/QĐ-SGDĐT"]
    assert r.issuer == "Giám đốc Sở Giáo dục và Đào tạo tỉnh Yên Bái"


def test_the_state_audit_named_before_tai_issued_the_audit_report() -> None:
    """ "kiến nghị của Kiểm toán nhà nước tại Báo cáo kiểm toán số …": the State Audit is an issuer head
    (holdout16), as "đề nghị của Sở Tài chính tại Tờ trình số …" names the Sở."""
    text = "Tiếp thu đầy đủ kiến nghị của Kiểm toán nhà nước tại Báo cáo kiểm toán số 312/BC-KVXI: xử lý tài chính.\n"
    (r,) = extract_text(text).references
    assert r.issuer == "Kiểm toán nhà nước"


def test_completing_the_targets_of_a_resolution_carries_it_out() -> None:
    """ "Tập trung hoàn thành các chỉ tiêu của Nghị quyết số 36/NQ-HĐND": implements (holdout16)."""
    text = "1. Tập trung hoàn thành các chỉ tiêu của Nghị quyết số 36/NQ-HĐND; phấn đấu tăng trưởng 10%.\n"
    (r,) = extract_text(text).references
    assert r.relation == "implements"
