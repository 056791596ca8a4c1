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


HEADER = "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 5/BC-UBND\n\n"


def test_an_issuer_whose_name_holds_va_or_commas_is_read_whole_with_the_subject_after_it():
    text = HEADER + (
        "Thực hiện Kế hoạch số 30/KH-SLĐTBXH ngày 06/5/2021 của Sở Lao động - Thương binh và Xã hội "
        "tỉnh Kon Tum về giảm nghèo; Công văn số 12/BVHTTDL-VP ngày 07/5/2021 của Bộ Văn hóa, Thể thao "
        "và Du lịch về lễ hội; Công văn số 8/STNMT-VP ngày 08/5/2021 của Sở Tài nguyên và môi trường "
        "về đất đai; Quyết định số 9/QĐ-BTNMT ngày 09/5/2021 của Bộ trưởng Bộ Tài nguyên và Môi trường "
        "về khoáng sản."
    )
    refs = extract_text(text).references
    assert [(r.issuer, r.subject) for r in refs] == [
        ("Sở Lao động - Thương binh và Xã hội tỉnh Kon Tum", "giảm nghèo"),
        ("Bộ Văn hóa, Thể thao và Du lịch", "lễ hội"),
        ("Sở Tài nguyên và Môi trường tỉnh Quảng Ngãi", "đất đai"),  # written out as the body
        ("Bộ trưởng Bộ Tài nguyên và Môi trường", "khoáng sản"),
    ]


def test_va_between_two_issuers_still_ends_the_first():
    text = HEADER + "Thực hiện Thông tư số 3/2020/TT-BNV ngày 06/5/2020 của Bộ Nội vụ và Bộ Tài chính."
    (ref,) = extract_text(text).references
    assert ref.issuer == "Bộ Nội vụ"


def test_a_longer_word_is_no_body_name():
    text = HEADER + "Thực hiện Công văn số 8/STNMT-VP ngày 08/5/2021 của Sở Tài nguyên và Môi trườngxx."
    (ref,) = extract_text(text).references
    assert ref.issuer is not None and "Môi" not in ref.issuer


def test_a_joint_symbols_stated_issuer_names_every_body():
    text = HEADER + (
        "Căn cứ Thông tư liên tịch số 3/2015/TTLT-BNV-BTC-BLĐTBXH ngày 06/5/2015 của Bộ Nội vụ, Bộ Tài "
        "chính và Bộ Lao động - Thương binh và Xã hội về chế độ; Thông tư liên tịch số 4/2016/TTLT-BTC-BTP "
        "ngày 07/5/2016 của Bộ trưởng Bộ Tài chính và Bộ trưởng Bộ Tư pháp về phí; Thông tư số "
        "5/2017/TT-BTC ngày 08/5/2017 của Bộ Tài chính và Bộ Tư pháp đã ban hành văn bản."
    )
    refs = extract_text(text).references
    assert [(r.issuer, r.subject) for r in refs] == [
        ("Bộ Nội vụ, Bộ Tài chính và Bộ Lao động - Thương binh và Xã hội", "chế độ"),
        ("Bộ trưởng Bộ Tài chính và Bộ trưởng Bộ Tư pháp", "phí"),
        ("Bộ Tài chính", None),  # one issuer code: "và" ends the issuer
    ]


def test_a_type_word_inside_a_body_name_does_not_cut_the_issuer():
    text = (
        HEADER
        + "Thực hiện Kế hoạch số 12/KH-SKHĐT ngày 3/4/2023 của Sở Kế hoạch và Đầu tư tỉnh Kon Tum về vốn."
    )
    (ref,) = extract_text(text).references
    assert (ref.issuer, ref.subject) == ("Sở Kế hoạch và Đầu tư tỉnh Kon Tum", "vốn")


def test_the_session_of_an_elected_body_is_read_over_to_the_subject():
    text = HEADER + (
        "Thực hiện Nghị quyết số 12/2023/NQ-HĐND ngày 3/4/2023 của Hội đồng nhân dân tỉnh khóa XVI, kỳ họp "
        "thứ 9 về giáo dục; Nghị quyết số 13/2023/NQ-HĐND ngày 4/4/2023 của HĐND tỉnh tại Kỳ họp thứ mười "
        "(bất thường) về y tế."
    )
    refs = extract_text(text).references
    assert [(r.issuer, r.subject) for r in refs] == [
        ("Hội đồng nhân dân tỉnh Quảng Ngãi", "giáo dục"),
        ("Hội đồng nhân dân tỉnh Quảng Ngãi", "y tế"),
    ]


def test_an_organ_before_a_body_name_holding_va_and_a_name_broken_by_a_pdf_line_end():
    text = HEADER + (
        "Theo Kế hoạch số 32-KH/ĐUK ngày 18/5/2021 của Ban Thường vụ Đảng ủy Khối Cơ quan và Doanh nghiệp "
        "tỉnh qua việc triển khai; Quyết định số 2169/QĐ-BTC ngày 29/10/2015 của Bộ trưởng Bộ Tài\nchính "
        "về văn thư."
    )
    refs = extract_text(text).references
    assert [(r.issuer, r.subject) for r in refs] == [
        ("Ban Thường vụ Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh Quảng Ngãi", None),
        ("Bộ trưởng Bộ Tài chính", "văn thư"),
    ]


def test_a_paragraph_ending_with_its_issuer_is_not_read_into_the_next_line():
    text = HEADER + "Căn cứ Kế hoạch số 5/KH-UBND ngày 29/10/2015 của UBND tỉnh\nThực hiện tốt công tác."
    (ref,) = extract_text(text).references
    assert ref.issuer == "Ủy ban nhân dân tỉnh Quảng Ngãi"


def test_a_subject_opened_by_quy_dinh_ve():
    text = HEADER + (
        "Thực hiện Nghị định số 33/2023/NĐ-CP ngày 10/6/2023 của Chính phủ quy định về cán bộ, công chức "
        "cấp xã; Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ quy định chi tiết Luật Văn thư."
    )
    refs = [r for r in extract_text(text).references if r.kind == "full"]
    assert [r.subject for r in refs] == ["cán bộ, công chức cấp xã", None]


def test_do_a_body_that_carries_the_rule_out_is_no_issuer():
    """ "… của Luật Đất đai số 31/2024/QH15 do Chủ tịch Ủy ban nhân dân cấp xã thực hiện" (holdout18): the
    body after "do" acts under the law, it did not issue it — the code's issuer stands; "do … ban hành"
    still names the issuer."""
    text = (
        "Thẩm quyền giao đất quy định tại khoản 2 Điều 123 của Luật Đất đai số 31/2024/QH15 do Chủ tịch Ủy "
        "ban nhân dân cấp xã thực hiện; hồ sơ theo Quyết định số 15/2024/QĐ-UBND do Ủy ban nhân dân cấp xã "
        "giải quyết. Kế hoạch số 12/KH-UBND do Ủy ban nhân dân tỉnh Lạng Sơn ban hành.\n"
    )
    issuers = {r.number_symbol: r.issuer for r in extract_text(text).references}
    assert issuers["31/2024/QH15"] == "Quốc hội"
    assert issuers["15/2024/QĐ-UBND"] != "Ủy ban nhân dân cấp xã"
    assert issuers["12/KH-UBND"] == "Ủy ban nhân dân tỉnh Lạng Sơn"


def test_a_former_body_in_an_issuer_cell_is_named_without_cu():
    """A "Cơ quan ban hành" cell naming a former province ("UBND tỉnh Bắc Giang (cũ)", holdout18) gives
    the body as named when it issued the document, without "(cũ)"."""
    text = (
        "| TT | Số, ký hiệu | Ngày ban hành | Cơ quan ban hành | Trích yếu |\n|---|---|---|---|---|\n"
        "| 1 | 88/KH-UBND | 14/3/2025 | UBND tỉnh Bắc Giang (cũ) | Kế hoạch chuyển đổi số |\n"
    )
    (ref,) = extract_text(text).references
    assert ref.date == "2025-03-14"
    assert ref.issuer is not None and "cũ" not in ref.issuer and ref.issuer.endswith("tỉnh Bắc Giang")


def test_tren_dia_ban_ends_an_issuer_clause():
    """ "Nghị quyết số 57-NQ/TW của Bộ Chính trị trên địa bàn xã" (holdout18): the place where it is
    carried out is not part of the issuer's name."""
    text = "Triển khai Kế hoạch thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị trên địa bàn xã.\n"
    (ref,) = extract_text(text).references
    assert ref.issuer == "Bộ Chính trị"


def test_an_issuer_clause_ends_at_a_review_verb():
    """ "Kế hoạch số 19/KH-UBND của UBND tỉnh tổng kết Nghị quyết số 18-NQ/TW" (holdout19): the plan's
    subject opens with the verb, no "về"; "tổng kết" / "sơ kết" end the issuer as "triển khai" does."""
    text = (
        "Thực hiện Kế hoạch số 19/KH-UBND của UBND tỉnh Hà Tĩnh tổng kết Nghị quyết số 18-NQ/TW và Kế hoạch "
        "số 07/KH-UBND của UBND huyện sơ kết 5 năm thực hiện Chỉ thị số 05-CT/TW.\n"
    )
    issuers = {r.number_symbol: r.issuer for r in extract_text(text).references}
    assert issuers["19/KH-UBND"] == "Ủy ban nhân dân tỉnh Hà Tĩnh"
    assert issuers["07/KH-UBND"] is not None and not issuers["07/KH-UBND"].endswith("sơ kết")


def test_an_issuer_clause_ends_at_recognising_or_ranking():
    """ "Quyết định số … của UBND tỉnh công nhận …", "… của Chủ tịch UBND tỉnh xếp hạng di tích …": the
    decision's subject opens with its verb, no "về" (holdout45); a council named for ranking keeps its name."""
    text = (
        "Cấp 04 giấy chứng nhận (như Quyết định số 315/QĐ-UBND ngày 02/4/2024 của UBND tỉnh công nhận tổ "
        "chức tôn giáo trực thuộc); Quyết định số 77/QĐ-UBND ngày 09/1/2024 của Chủ tịch UBND tỉnh "
        "xếp hạng di tích cấp tỉnh; Thông báo số 12/TB-HĐ ngày 05/01/2024 của Hội đồng xếp hạng di tích tỉnh.\n"
    )
    issuers = {r.number_symbol: r.issuer for r in extract_text(text).references}
    assert issuers["315/QĐ-UBND"] == "Ủy ban nhân dân tỉnh"
    assert issuers["77/QĐ-UBND"] == "Chủ tịch Ủy ban nhân dân tỉnh"
    assert issuers["12/TB-HĐ"] is not None and issuers["12/TB-HĐ"].startswith("Hội đồng xếp hạng di tích")


def test_an_issuer_clause_ends_at_a_capitalised_title_subject():
    """Real-text audit r19: a document's title copied after its issuer keeps its capitals ("… của UBND
    tỉnh Sóc Trăng Ban hành Quy định …", "… của HĐND tỉnh V/v thông qua …"): the clause ends there too."""
    text = (
        "Căn cứ Quyết định số 12/2016/QĐ-UBND ngày 4/5/2016 của UBND tỉnh Sóc Trăng Ban hành Quy định về "
        "hạn mức giao đất; Nghị quyết số 31/NQ-HĐND ngày 9/12/2016 của Hội đồng nhân dân tỉnh Sóc Trăng "
        "V/v thông qua danh mục dự án cần thu hồi đất.\n"
    )
    issuers = {r.number_symbol: r.issuer for r in extract_text(text).references}
    assert issuers["12/2016/QĐ-UBND"] == "Ủy ban nhân dân tỉnh Sóc Trăng"
    assert issuers["31/NQ-HĐND"] == "Hội đồng nhân dân tỉnh Sóc Trăng"


def test_an_issuer_clause_ends_at_a_capitalised_term():
    """Real-text audit r68: the issuing body's term written with a capital ("… của Quốc hội Khóa XV về …",
    "của Hội đồng nhân dân tỉnh Khoá X, kỳ họp …") ends the issuer as "khóa" does; the term is kept."""
    text = (
        "Căn cứ Nghị quyết số 57/2022/QH15 ngày 16 tháng 6 năm 2022 của Quốc hội Khóa XV về phân bổ vốn; "
        "Nghị quyết số 88/NQ-HĐND ngày 7/12/2023 của Hội đồng nhân dân tỉnh Khoá X, kỳ họp thứ 14 về dự toán.\n"
    )
    found = {r.number_symbol: r for r in extract_text(text).references}
    assert found["57/2022/QH15"].issuer == "Quốc hội"
    assert found["57/2022/QH15"].party_term == "XV"
    assert found["88/NQ-HĐND"].issuer == "Hội đồng nhân dân tỉnh"


def test_an_issuer_name_wrapped_before_a_lower_case_word():
    """A PDF line wrapped inside the issuer's name, the next line opening in lower case (a commune's plan
    citing its district, real-text audit r18): "của UBND⏎huyện Mường Lát" is the district's committee, not
    the province's; "của Ban chấp⏎hành Đảng bộ huyện" is not "Ban chấp"; a clause-ending word after the
    break ("của Sở Y tế⏎về …") still ends the issuer."""
    text = (
        "ỦY BAN NHÂN DÂN\nXÃ TÂN HÒA\nSố: 05/KH-UBND\nTân Hòa, ngày 03 tháng 3 năm 2020\nKẾ HOẠCH\n"
        "Phòng chống dịch năm 2020\n"
        "Căn cứ Quyết định số 51/QĐ-UBND ngày 10 tháng 01 năm 2020 của UBND\nhuyện Mường Lát về kế hoạch năm;\n"
        "Căn cứ Nghị quyết số 21-NQ/HU ngày 20/12/2019 của Ban chấp\nhành Đảng bộ huyện khóa XX về nhiệm vụ;\n"
        "Căn cứ Công văn số 140/SYT-NV ngày 02/3/2020 của Sở Y tế\nvề phòng chống dịch.\n"
    )
    issuers = {r.number_symbol: r.issuer for r in extract_text(text).references}
    assert issuers["51/QĐ-UBND"] == "Ủy ban nhân dân huyện Mường Lát"
    assert issuers["21-NQ/HU"] == "Ban chấp hành Đảng bộ huyện"
    assert issuers["140/SYT-NV"] is not None and issuers["140/SYT-NV"].startswith("Sở Y tế")


def test_an_issuer_name_hard_wrapped_before_its_capitalised_last_words():
    """ "của Tập đoàn Điện lực⏎Việt Nam; …" (real-text audit r60, a page hard-wrapped at a fixed width): a name
    cut at the wrap runs on over the next line's capitalised words up to the mark closing the clause; a
    line that opens a heading or a new item ("QUYẾT ĐỊNH:", "Căn cứ …") or follows a complete body's name
    ("của Bộ Tài chính⏎Hà Nội, …") is not read into the name."""
    text = (
        "Căn cứ Công văn số 12/EVN-KH ngày 2/3/2015 của Tập đoàn Điện lực\nViệt Nam; Công văn số 3/BTC-NSNN "
        "ngày 4/3/2015 của Bộ Tài chính\nHà Nội, Đà Nẵng; Công văn số 9/EVNHN-KD ngày 5/3/2015 của Tổng công "
        "ty Điện lực\nCăn cứ Luật Điện lực; Công văn số 10/EVNHN-KD ngày 6/3/2015 của Tổng công ty Điện lực\n"
        "QUYẾT ĐỊNH:\n"
    )
    issuers = [r.issuer for r in extract_text(text).references if r.kind == "full"]
    assert issuers == [
        "Tập đoàn Điện lực Việt Nam",
        "Bộ Tài chính",
        "Tổng công ty Điện lực",
        "Tổng công ty Điện lực",
    ]


def test_a_district_office_whose_name_holds_va_is_one_issuer():
    """ "của Phòng Giáo dục và Đào tạo", "của Phòng Lao động - Thương binh và Xã hội huyện …" (real-text audit
    r18: school-year letters of districts): the "và" inside the office's name does not end the issuer; one
    between two bodies still does."""
    text = (
        "Căn cứ Công văn số 215/PGDĐT-TH ngày 05/9/2022 của Phòng Giáo dục và Đào tạo về nhiệm vụ năm học; Kế "
        "hoạch số 30/KH-LĐTBXH ngày 02/3/2022 của Phòng Lao động - Thương binh và Xã hội huyện Krông Bông; "
        "Công văn số 77/UBND-VX ngày 03/3/2022 của UBND huyện và Phòng Y tế.\n"
    )
    issuers = [r.issuer for r in extract_text(text).references]
    assert issuers[:2] == [
        "Phòng Giáo dục và Đào tạo",
        "Phòng Lao động - Thương binh và Xã hội huyện Krông Bông",
    ]
    assert issuers[2] is not None and not issuers[2].endswith("Phòng Y tế")
