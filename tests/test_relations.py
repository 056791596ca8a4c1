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


@pytest.mark.parametrize(
    ("text", "symbol", "relation"),
    [
        # items of one list across ";", the later ones opening with a pinpoint
        (
            "2. Nghị định này thay thế Nghị định số 24/2010/NĐ-CP ngày 15/3/2010 của Chính phủ quy định về "
            "tuyển dụng; Nghị định số 93/2010/NĐ-CP ngày 31/8/2010 của Chính phủ sửa đổi một số điều của "
            "Nghị định số 24/2010/NĐ-CP; Điều 1 Nghị định số 161/2018/NĐ-CP ngày 29/11/2018 của Chính phủ.",
            "161/2018/NĐ-CP",
            "replaces",
        ),
        # the previous item's subject carries its own cue: the next item is coordinated with it
        (
            "Triển khai Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể "
            "và Kế hoạch số 289/KH-UBND ngày 20/8/2021 của UBND tỉnh, UBND huyện đã ban hành kế hoạch.",
            "289/KH-UBND",
            "implements",
        ),
        # "A và hướng dẫn thực hiện X": a new verb, A does not guide X
        (
            "Triển khai Nghị định số 150/2025/NĐ-CP và hướng dẫn thực hiện Nghị định số 45/2020/NĐ-CP.",
            "45/2020/NĐ-CP",
            "implements",
        ),
        (
            "Thông tư số 01/2017/TT-BNV quy định chi tiết và hướng dẫn thi hành một số điều của "
            "Nghị định số 163/2016/NĐ-CP.",
            "163/2016/NĐ-CP",
            "guides",
        ),
        # a consolidated text's footnote names the amending source; it does not implement it
        (
            "[2] Cụm từ này được sửa đổi theo quy định tại khoản 1 Điều 1 của Nghị định số 113/2018/NĐ-CP.",
            "113/2018/NĐ-CP",
            "mentions",
        ),
        (
            "Báo cáo UBND tỉnh theo yêu cầu của Chỉ thị số 04/CT-UBND ngày 02/02/2024.",
            "04/CT-UBND",
            "implements",
        ),
        (
            "Sở Nội vụ báo cáo theo yêu cầu của Bộ Nội vụ tại Công văn số 5678/BNV-CCHC ngày 10/11/2022.",
            "5678/BNV-CCHC",
            "responds_to",
        ),
    ],
)
def test_relation_lists_and_subjects(text: str, symbol: str, relation: str) -> None:
    refs = [r for r in find_references(text) if r.number_symbol == symbol]
    assert refs[-1].relation == relation


@pytest.mark.parametrize(
    ("text", "symbol", "relation"),
    [
        (
            "Thực hiện Công văn số 5678/BNV-CCHC ngày 10/11/2022 của Bộ Nội vụ, Sở Nội vụ báo cáo kết quả như sau:",
            "5678/BNV-CCHC",
            "responds_to",
        ),
        (
            "- Thực hiện nghiêm Công văn số 312/UBND-NC ngày 20/02/2024 của UBND huyện; duy trì Tổ liên gia.",
            "312/UBND-NC",
            "implements",
        ),
        # a PDF line wrapped right before the reference keeps the cue of the line above
        (
            "Sửa đổi Quy chế công tác văn thư cho phù hợp với\nNghị định 30/2020/NĐ-CP; hoàn thành trong Quý IV.",
            "30/2020/NĐ-CP",
            "based_on",
        ),
        # a long clause: the coordination reaches past the cue window
        (
            "Căn cứ Nghị định 43/2006/NĐ-CP ngày 25/4/2006 của Chính phủ quy định quyền tự chủ, tự chịu trách "
            "nhiệm về thực hiện nhiệm vụ, tổ chức bộ máy, biên chế và tài chính đối với đơn vị sự nghiệp công "
            "lập và Nghị định 130/2005/NĐ-CP ngày 17/10/2005 của Chính phủ;",
            "130/2005/NĐ-CP",
            "based_on",
        ),
    ],
)
def test_relation_requests_and_wrapped_lines(text: str, symbol: str, relation: str) -> None:
    assert _rel(text, symbol) == relation


def test_agent_of_passive_amendment_takes_the_sentence_cue() -> None:
    """ "… thực hiện theo Nghị định A … Luật Ban hành …, được sửa đổi, bổ sung bởi Nghị định B": B is
    the agent of the amendment and takes the sentence's cue; the law's name ("Ban hành") is no cue."""
    text = (
        "1. Văn bản hành chính thực hiện theo Nghị định số 30/2020/NĐ-CP; văn bản quy phạm pháp luật thực "
        "hiện theo Nghị định số 34/2016/NĐ-CP ngày 14/5/2016 của Chính phủ quy định chi tiết một số điều và "
        "biện pháp thi hành Luật Ban hành văn bản quy phạm pháp luật, được sửa đổi, bổ sung bởi Nghị định "
        "số 154/2020/NĐ-CP."
    )
    assert _rel(text, "154/2020/NĐ-CP") == "implements"


# --- table columns (ingest/tables.py) ----------------------------------------------------------


def test_a_tab_separated_cell_takes_its_column_cue_also_on_continuation_lines():
    text = (
        "PHỤ LỤC\n"
        "STT\tTên thủ tục\tLệ phí\tCăn cứ pháp lý\n"
        "1\tCấp giấy phép xây dựng\t50.000 đồng\t- Luật Xây dựng số 50/2014/QH13;\n"
        "\t\t\t- Nghị định số 15/2021/NĐ-CP ngày 03/3/2021;\n"
        "\t\t\t- Thông tư số 85/2019/TT-BTC (đã được thay thế bởi Thông tư số 64/2025/TT-BTC).\n"
    )
    for sym in ("50/2014/QH13", "15/2021/NĐ-CP", "85/2019/TT-BTC", "64/2025/TT-BTC"):
        assert _rel(text, sym) == "based_on", sym


def test_a_markdown_cell_takes_its_column_cue_and_its_own_cue_wins():
    text = (
        "| Văn bản của Trung ương | Văn bản triển khai của huyện | Kết quả |\n"
        "|---|---|---|\n"
        "| Chỉ thị số 05/CT-TTg ngày 23/02/2024 | Kế hoạch số 77/KH-UBND | Đạt |\n"
        "| Nghị định 45/2020/NĐ-CP | Công văn 912/UBND-VP sửa đổi Quyết định số 10/QĐ-UBND | Đạt |\n"
    )
    assert _rel(text, "05/CT-TTg") == "implements"
    assert _rel(text, "45/2020/NĐ-CP") == "implements"
    assert _rel(text, "77/KH-UBND") == "mentions"
    assert _rel(text, "10/QĐ-UBND") == "amends"  # the cell's own cue


def test_the_row_document_guides_what_its_subject_cell_names():
    """ "| 09/2020/TT-BLĐTBXH | … | Quy định chi tiết … của Bộ luật Lao động … |": the row's document is the
    source of the guiding cue in its "Trích yếu" cell (holdout12); a cue in another row is not."""
    text = (
        "| TT | Số, ký hiệu | Ngày ban hành | Trích yếu |\n|---|---|---|---|\n"
        "| 1 | 15/2021/TT-BYT | 01/7/2021 | Quy định chi tiết một số điều của Luật Khám bệnh, chữa bệnh số "
        "40/2009/QH12 |\n| 2 | 16/2021/TT-BYT | 02/7/2021 | Về Nghị định số 98/2021/NĐ-CP |\n"
    )
    assert _rel(text, "40/2009/QH12") == "guides"
    assert _rel(text, "98/2021/NĐ-CP") != "guides"


def test_a_cell_cue_does_not_leak_into_the_next_cell_and_prose_tabs_are_no_table():
    text = "| Nội dung | Văn bản |\n|---|---|\n| Thực hiện cải cách | Quyết định số 12/QĐ-UBND |\n"
    assert _rel(text, "12/QĐ-UBND") == "mentions"
    assert _rel("Căn cứ\tNghị định số 30/2020/NĐ-CP.", "30/2020/NĐ-CP") == "based_on"


# --- cues after the reference ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "symbol", "relation"),
    [
        (
            "Các văn bản của Sở cũ, như Quyết định số 77/QĐ-SNN ngày 02/4/2024 về quản lý giống, "
            "vẫn tiếp tục được thực hiện đến hết năm.",
            "77/QĐ-SNN",
            "implements",
        ),
        (
            'Lưu ý Chỉ thị số 09-CT/TU ngày 12/5/2021 của Tỉnh ủy "Về tăng cường kỷ cương", mà xã đang '
            "tiếp tục triển khai.",
            "09-CT/TU",
            "implements",
        ),
        # a new action of the reporting body after the comma is no cue for the reference
        (
            "UBND huyện ban hành Kế hoạch số 15/KH-UBND ngày 03/3/2024, tổ chức thực hiện các nhiệm vụ.",
            "15/KH-UBND",
            "mentions",
        ),
        # another sentence says nothing of it
        (
            "Quyết định số 40/QĐ-UBND ngày 01/2/2024 về chợ. Việc chỉnh trang được thực hiện tháng 5.",
            "40/QĐ-UBND",
            "mentions",
        ),
    ],
)
def test_a_clause_after_the_reference_saying_it_is_being_implemented(text, symbol, relation):
    assert _rel(text, symbol) == relation


# --- renaming parentheses, passive agents and the repeal clause --------------------------------


def test_a_renaming_parenthesis_takes_the_relation_of_the_reference_it_renames():
    text = (
        "Sở Nội vụ triển khai Nghị định số 62/2020/NĐ-CP ngày 01/6/2020 của Chính phủ về vị trí việc "
        "làm (sau đây gọi tắt là Nghị định số 62/2020/NĐ-CP) trên địa bàn."
    )
    refs = find_references(text)
    assert [r.relation for r in refs] == ["implements", "implements"]


def test_a_repeal_clause_reaches_back_over_the_renaming_and_the_passive_agent():
    text = (
        "2. Nghị định số 15/2018/NĐ-CP đã được sửa đổi, bổ sung một số điều tại Nghị định số "
        "77/2020/NĐ-CP (sau đây gọi là Nghị định số 15/2018/NĐ-CP) hết hiệu lực kể từ ngày Nghị định "
        "này có hiệu lực thi hành."
    )
    assert [r.relation for r in find_references(text)] == ["replaces", "replaces", "replaces"]


def test_a_passive_agent_alone_is_no_act_of_the_document():
    text = "Nghị định số 15/2018/NĐ-CP đã được sửa đổi, bổ sung bởi Nghị định số 77/2020/NĐ-CP."
    assert [r.relation for r in find_references(text)] == ["mentions", "mentions"]


def test_a_sentence_opening_with_according_to_a_source_is_no_cue():
    text = "Theo các đại biểu, Nghị định 15/2020/NĐ-CP và Thông tư 10/2021/TT-BNV cần được sửa đổi."
    assert [r.relation for r in find_references(text)] == ["mentions", "mentions"]
    # the same word before its document is the cue
    assert _rel("Theo Kế hoạch số 40/KH-UBND, các xã tổ chức tập huấn.", "40/KH-UBND") == "implements"


def test_an_evidence_parenthesis_opening_with_a_pinpoint_is_mentioned_and_spans_its_type_word():
    text = (
        "Tập trung vào thẩm quyền xử phạt (Điều 12 *VBHN số 09/VBHN-BTP*) và thủ tục (VBHN số 10/VBHN-BTP)."
    )
    refs = find_references(text)
    assert [(r.text, r.relation) for r in refs] == [
        ("VBHN số 09/VBHN-BTP", "mentions"),
        ("VBHN số 10/VBHN-BTP", "mentions"),
    ]


def test_monitoring_the_application_of_a_document_is_no_fronted_source():
    text = "1. Theo dõi việc áp dụng các quy định đã được sửa đổi, bổ sung bởi Luật số 09/2022/QH15 ngày 14/6/2022."
    assert _rel(text, "09/2022/QH15") == "implements"


# --- PDF text layers: line breaks and page furniture inside a clause ---------------------------


def test_a_clause_goes_on_across_a_pdf_line_break_after_a_digit():
    text = (
        "Căn cứ Nghị định số 59/2020/NĐ-CP ngày 20 tháng 5\n\nnăm 2020 của Chính phủ quy định chi tiết và\n\n"
        "biện pháp thi hành Luật Hộ tịch;\n"
    )
    refs = find_references(text)
    assert [(r.doc_type, r.relation) for r in refs] == [("Nghị định", "based_on"), ("Luật", "guides")]


def test_a_page_number_and_running_header_inside_a_clause_are_skipped():
    text = (
        "b) Hỗ trợ người dân theo Nghị\n\n2\n\n\n\nCÔNG BÁO ĐIỆN TỬ TỈNH\n\n"
        "định số 07/2021/NĐ-CP ngày 22/01/2021 của Chính phủ.\n"
    )
    assert _rel(text, "07/2021/NĐ-CP") == "implements"


def test_a_proposal_sentence_reaches_across_semicolons():
    text = "Đề nghị Bộ Tài chính sớm ban hành hướng dẫn; sửa đổi Thông tư số 40/2021/TT-BTC cho phù hợp."
    assert _rel(text, "40/2021/TT-BTC") == "mentions"
    assert _rel("Sở đã tham mưu; sửa đổi Quyết định số 8/2024/QĐ-UBND.", "8/2024/QĐ-UBND") == "amends"


def test_a_table_read_as_one_cell_a_line_takes_its_column_header():
    text = (
        "II. LỊCH TUYÊN TRUYỀN\n\nThời gian\n\nNội dung\n\nVăn bản chỉ đạo\n\nTháng 3\n\nNgày Quốc tế Phụ nữ\n\n"
        "HD 25-HD/BTGTW\n\nTháng 4\n\nGiải phóng miền Nam\n\nKH 40-KH/TU\n\nIII. TỔ CHỨC THỰC HIỆN\n\n"
        "Các đơn vị chủ động xây dựng kế hoạch; báo cáo theo yêu cầu.\n\nKH 41-KH/TU\n"
    )
    refs = {r.number_symbol: r.relation for r in find_references(text)}
    assert refs["25-HD/BTGTW"] == refs["40-KH/TU"] == "implements"
    assert refs["41-KH/TU"] == "mentions"  # running text above: the table ended
    # two headers that disagree: no column can be told
    text = (
        "Văn bản Trung ương\n\nVăn bản triển khai của tỉnh\n\nNghị định 10/2024/NĐ-CP\n\nKế hoạch 5/KH-UBND\n"
    )
    assert {r.relation for r in find_references(text)} == {"mentions"}


def test_a_pdf_line_wrapped_after_a_pinpoint_or_a_cue_keeps_the_clause():
    assert (
        _rel("4. Thủ tục tiếp nhận (căn cứ Điều 7\n\nNghị định 70/2023/NĐ-CP).", "70/2023/NĐ-CP")
        == "based_on"
    )
    assert _rel("được công bố theo Điều 15\n\nThông tư 10/2022/TT-BTP.", "10/2022/TT-BTP") == "implements"
    assert _rel("cho phù hợp với\n\nNghị định 30/2020/NĐ-CP.", "30/2020/NĐ-CP") == "based_on"
    # a number ending a sentence-like line is no pinpoint: a new line starts a new clause
    assert _rel("Thực hiện 15\n\nNghị định 30/2020/NĐ-CP.", "30/2020/NĐ-CP") == "mentions"


def test_a_line_break_inside_the_previous_reference_ends_no_sentence():
    text = (
        "Căn cứ Luật Ban hành văn bản quy phạm pháp luật số\n\n80/2015/QH13 được sửa đổi, bổ sung bởi Luật số\n\n"
        "63/2020/QH14;\n"
    )
    assert [r.relation for r in find_references(text)] == ["based_on", "based_on"]


def test_to_abide_by_a_document_implements_it():
    text = "Cán bộ gương mẫu chấp hành Điều lệ Đảng, Hiến pháp và pháp luật, chấp hành nghiêm Chỉ thị số 05-CT/TU."
    assert [(r.text, r.relation) for r in find_references(text)] == [
        ("Hiến pháp", "implements"),  # the sentence's cue, past the commas of the list
        ("Chỉ thị số 05-CT/TU", "implements"),
    ]
    # the same words inside a body's name are no cue
    text = "Hội nghị Ban Chấp hành Đảng bộ tỉnh thông qua Nghị quyết số 10-NQ/TU."
    assert _rel(text, "10-NQ/TU") == "mentions"


def test_a_basis_heading_gives_based_on_to_the_list_under_it():
    text = (
        "II. CĂN CỨ LẬP KẾ HOẠCH\n"
        "1. Văn bản của Trung ương\n"
        "- Nghị định số 45/2020/NĐ-CP ngày 08/4/2020 của Chính phủ về thủ tục hành chính; "
        "Thông tư số 01/2023/TT-VPCP ngày 05/4/2023 của Văn phòng Chính phủ.\n"
        "- Quyết định số 468/QĐ-TTg ngày 27/3/2021 của Thủ tướng Chính phủ thực hiện Nghị định số 61/2018/NĐ-CP.\n"
        "2. Văn bản của tỉnh\n"
        "- Kế hoạch số 77/KH-UBND ngày 02/3/2022 của UBND tỉnh.\n"
        "III. NỘI DUNG\n"
        "- Quyết định số 12/QĐ-UBND ngày 02/1/2023 của UBND tỉnh.\n"
    )
    assert [(r.number_symbol, r.relation) for r in find_references(text)] == [
        ("45/2020/NĐ-CP", "based_on"),
        ("01/2023/TT-VPCP", "based_on"),
        ("468/QĐ-TTg", "based_on"),
        ("61/2018/NĐ-CP", "implements"),  # its own cue, in the item's subject
        ("77/KH-UBND", "based_on"),
        ("12/QĐ-UBND", "mentions"),  # the next heading ends the list
    ]
    # running text between the heading and the reference: no list of the heading
    text = "I. CĂN CỨ\nTỉnh đã có nhiều kết quả trong năm qua.\n- Kế hoạch số 77/KH-UBND ngày 02/3/2022.\n"
    assert _rel(text, "77/KH-UBND") == "mentions"


def test_detailing_and_guiding_documents_named_together_are_a_noun_phrase():
    # "ban hành các văn bản quy định chi tiết, hướng dẫn thi hành X": the documents to be issued guide X
    text = "Khẩn trương ban hành các văn bản quy định chi tiết, hướng dẫn thi hành Luật số 15/2023/QH15."
    assert _rel(text, "15/2023/QH15") == "mentions"
    text = "Tổ chức hướng dẫn thi hành Luật số 15/2023/QH15."
    assert _rel(text, "15/2023/QH15") == "implements"


def test_conforming_to_a_document_implements_it():
    assert _rel("Bảo đảm đúng quy định tại Nghị định số 12/2022/NĐ-CP.", "12/2022/NĐ-CP") == "implements"
    assert _rel("Phần mềm đáp ứng yêu cầu Thông tư số 10/2022/TT-BNV.", "10/2022/TT-BNV") == "implements"
    # the bare noun phrase still only names the document
    assert _rel("Các trường hợp quy định tại Nghị định số 12/2022/NĐ-CP.", "12/2022/NĐ-CP") == "mentions"


def test_attached_to_is_no_cue_of_its_own():
    text = "Ban Thường vụ Huyện ủy ban hành Quy chế làm việc kèm theo Quyết định số 15-QĐ/HU ngày 02/3/2023."
    assert _rel(text, "15-QĐ/HU") == "mentions"  # the issuing verb before it decides
    text = "Các chi bộ thực hiện Quy chế làm việc ban hành kèm theo Quyết định số 15-QĐ/HU ngày 02/3/2023."
    assert _rel(text, "15-QĐ/HU") == "implements"  # the participle "ban hành kèm theo" keeps "theo"


def test_repealing_or_amending_a_part_attached_to_a_document() -> None:
    """ "Bãi bỏ … Biểu mẫu … ban hành kèm theo X": the repealed part belongs to X, so X is replaced; the
    participle's "theo" does not make it implemented (holdout7). An amendment keeps the "theo" (holdout:
    "Rà soát, sửa đổi Quy chế … ban hành kèm theo X" implements X)."""
    text = "3. Bãi bỏ Điều 4 và Mẫu số 02 ban hành kèm theo Thông tư số 15/2021/TT-BNV."
    assert _rel(text, "15/2021/TT-BNV") == "replaces"
    text = "Bãi bỏ Quy chế tiếp công dân ban hành kèm theo Quyết định số 20/2022/QĐ-UBND ngày 5/5/2022."
    assert _rel(text, "20/2022/QĐ-UBND") == "replaces"


def test_a_passive_agent_after_theo_shares_the_cue_of_the_document_it_amended():
    text = "Căn cứ Luật Tổ chức Chính phủ số 76/2015/QH13 đã được sửa đổi, bổ sung một số điều theo Luật số 47/2019/QH14;"
    assert [r.relation for r in find_references(text)] == ["based_on", "based_on"]
    text = "Thực hiện Nghị định số 10/2020/NĐ-CP đã được bổ sung một số điều theo Nghị định số 47/2022/NĐ-CP."
    assert [r.relation for r in find_references(text)] == ["implements", "implements"]
    # after a comma the agent may belong to a document further back: its own cue stays
    text = (
        "Căn cứ Nghị định số 10/2020/NĐ-CP về X, đã được bổ sung một số điều theo Nghị định số 47/2022/NĐ-CP."
    )
    assert [r.relation for r in find_references(text)][-1] == "implements"


def test_a_list_of_articles_is_one_pinpoint_and_keeps_the_guiding_cue():
    text = (
        "Căn cứ Thông tư số 12/2019/TT-BNV ngày 02/3/2019 của Bộ Nội vụ hướng dẫn thi hành các Điều 3, 7 và 9 "
        "của Nghị định số 24/2018/NĐ-CP;"
    )
    r = find_references(text)[-1]
    assert (r.pinpoint, r.relation, r.relation_source) == ("Điều 3, 7 và 9", "guides", 0)


def test_a_pdf_line_wrapped_inside_a_pinpoint_keeps_the_clause():
    text = "Số lượng thực hiện theo khoản 5 Điều\n33 Nghị định số 33/2023/NĐ-CP; mức phụ cấp tăng.\n"
    assert _rel(text, "33/2023/NĐ-CP") == "implements"
    text = "Số lượng thực hiện theo kế hoạch năm\n33 Nghị định số 33/2023/NĐ-CP được ban hành.\n"
    assert _rel(text, "33/2023/NĐ-CP") != "implements"  # a number after another word starts a new line


def test_evidence_in_a_parenthesis_after_a_short_adverbial():
    text = "Mức phạt nay là 4 triệu đồng (trước đây, theo Nghị định số 100/2019/NĐ-CP chỉ 2 triệu đồng)."
    assert _rel(text, "100/2019/NĐ-CP") == "mentions"
    # a longer clause before the comma is no adverbial: its own cue stays
    text = "(UBND tỉnh đã họp và thống nhất, theo Nghị định số 100/2019/NĐ-CP.)"
    assert _rel(text, "100/2019/NĐ-CP") == "implements"


def test_disseminating_and_following_closely_are_implementing_cues():
    """ "phổ biến X" (disseminate) and "bám sát X" (follow closely) carry X out (holdout6)."""
    text = (
        "Sở Tư pháp đã tổ chức 05 hội nghị phổ biến Nghị định số 45/2022/NĐ-CP và Thông tư số "
        "10/2023/TT-BTP cho cán bộ. Hoạt động kiểm tra bám sát Chỉ thị số 07/CT-UBND ngày 02/3/2023."
    )
    assert _rel(text, "45/2022/NĐ-CP") == "implements"
    assert _rel(text, "10/2023/TT-BTP") == "implements"
    assert _rel(text, "07/CT-UBND") == "implements"


def test_a_replaced_list_in_parentheses_does_not_leak_onto_the_next_items():
    text = (
        "Thực hiện Quyết định số 50-QĐ/TW ngày 01/3/2022 của Ban Bí thư về công tác dân vận (thay thế "
        "Quyết định số 10-QĐ/TW và Quyết định số 11-QĐ/TW ngày 02/02/2012 của Ban Bí thư); Chỉ thị số "
        "05/CT-UBND ngày 03/3/2023 của UBND tỉnh; Kế hoạch số 20/KH-UBND ngày 05/4/2023 của UBND tỉnh, "
        "Ban Dân vận đã triển khai."
    )
    assert _rel(text, "11-QĐ/TW") == "replaces"
    assert _rel(text, "05/CT-UBND") == "implements"
    assert _rel(text, "20/KH-UBND") == "implements"


def test_a_long_list_item_past_the_cue_window_still_continues_the_list():
    text = (
        "Thực hiện Chỉ thị số 05/CT-UBND ngày 03/3/2023 của UBND tỉnh; Nghị quyết liên tịch số "
        "09/2020/NQLT-BCA-BNV ngày 01/6/2020 của Bộ Công an và Bộ Nội vụ quy định chi tiết việc phối hợp "
        "trong công tác bảo đảm an ninh, trật tự tại cơ sở, tổ dân phố và thôn, bản trên địa bàn; "
        "Hướng dẫn số 12/HD-CAT ngày 10/10/2023 của Công an tỉnh, Sở đã ban hành kế hoạch."
    )
    assert _rel(text, "12/HD-CAT") == "implements"


def test_a_parenthesis_enumerating_the_documents_named_before_it_takes_their_cue():
    text = (
        "Quán triệt Luật Căn cước, Nghị định 70/2024/NĐ-CP và các Thông tư của Bộ Công an (Thông tư số "
        "16/2024/TT-BCA ngày 15/5/2024 quy định mẫu thẻ; Thông tư số 17/2024/TT-BCA ngày 15/5/2024 quy định "
        "biểu mẫu) đến cán bộ."
    )
    assert _rel(text, "16/2024/TT-BCA") == "implements"
    assert _rel(text, "17/2024/TT-BCA") == "implements"
    text = "Triển khai các Thông tư của Bộ Tài chính (Thông tư số 20/2023/TT-BTC ngày 01/4/2023) đến đơn vị."
    assert _rel(text, "20/2023/TT-BTC") == "implements"
    # evidence in parentheses stays evidence
    assert (
        _rel("Các tỉnh đã ban hành đề án (Quyết định số 12/QĐ-UBND ngày 01/4/2023).", "12/QĐ-UBND")
        == "mentions"
    )


def test_the_title_under_the_type_word_guides_what_it_names():
    text = (
        "THÔNG TƯ\nHướng dẫn thủ tục cấp phép quy định tại Nghị định số 15/2023/NĐ-CP và Nghị định số "
        "16/2023/NĐ-CP\n\nCăn cứ Luật Xây dựng ngày 18 tháng 6 năm 2014;\n"
    )
    assert _rel(text, "15/2023/NĐ-CP") == "guides"
    assert _rel(text, "16/2023/NĐ-CP") == "guides"
    # the same words in a body paragraph name the documents ("quy định tại" is a noun phrase there)
    text = "Báo cáo\nCác thủ tục quy định tại Nghị định số 15/2023/NĐ-CP đã được công khai."
    assert _rel(text, "15/2023/NĐ-CP") == "mentions"


def test_the_citing_document_guides_every_item_of_a_list_of_pinpoints():
    text = (
        "1. Thông tư này hướng dẫn thi hành khoản 2 Điều 10 Luật Thủy lợi; Điều 4, Điều 7 và khoản 3 "
        "Điều 12 Nghị định số 67/2018/NĐ-CP; điểm a khoản 1 Điều 5 và Điều 9 của Nghị định số "
        "114/2018/NĐ-CP.\n"
    )
    assert _rel(text, "67/2018/NĐ-CP") == "guides"
    assert _rel(text, "114/2018/NĐ-CP") == "guides"


def test_the_state_of_implementation_of_the_title_document_is_reported_on():
    text = (
        "BÁO CÁO\nTình hình thực hiện Nghị định số 31/2021/NĐ-CP ngày 26/3/2021 của Chính phủ\n\n"
        "Thực hiện Công văn số 210/BKHĐT-PC ngày 02/4/2024 của Bộ Kế hoạch và Đầu tư về việc báo cáo tình "
        "hình thực hiện Nghị định số 31/2021/NĐ-CP, Sở báo cáo như sau:\n"
        "Sở tiếp tục thực hiện Nghị định số 31/2021/NĐ-CP.\n"
    )
    refs = [r for r in find_references(text) if r.number_symbol == "31/2021/NĐ-CP"]
    assert refs[1].relation == "reports_on"
    assert refs[2].relation == "implements"  # no "tình hình" before its cue


def test_phu_hop_voi_governs_a_pinpoint_named_further_on_in_its_clause():
    text = (
        "Bảo đảm phù hợp với chức năng, nhiệm vụ của Ủy ban nhân dân xã quy định tại Điều 8 của Luật số "
        "72/2025/QH15 và Điều 4 Nghị định số 150/2025/NĐ-CP."
    )
    assert _rel(text, "72/2025/QH15") == "based_on"
    assert _rel(text, "150/2025/NĐ-CP") == "based_on"
    # with no such cue before it, "quy định tại" still names
    assert _rel("Các nhiệm vụ quy định tại Điều 8 của Luật số 72/2025/QH15.", "72/2025/QH15") == "mentions"


def test_the_noun_huong_dan_is_no_cue_and_ends_the_reach_of_earlier_cues():
    text = (
        "Một số hồ sơ giải quyết theo Nghị định số 43/2014/NĐ-CP nhưng chưa có hướng dẫn chuyển tiếp khi "
        "Nghị định số 101/2024/NĐ-CP có hiệu lực."
    )
    assert _rel(text, "43/2014/NĐ-CP") == "implements"
    assert _rel(text, "101/2024/NĐ-CP") == "mentions"
    # the verb still guides
    assert _rel("Thông tư này hướng dẫn Nghị định số 101/2024/NĐ-CP.", "101/2024/NĐ-CP") == "guides"


def test_a_list_item_after_a_running_header_and_form_feed_continues_the_list():
    text = (
        "Đã kiểm tra 12 cơ sở theo Luật Bảo vệ môi trường năm 2020 và Nghị\n\n"
        "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH BÌNH ĐỊNH                              3\n\f\n"
        "định số 45/2022/NĐ-CP ngày 07/7/2022 của Chính phủ; xử phạt 02 cơ sở.\n"
    )
    assert _rel(text, "45/2022/NĐ-CP") == "implements"


def test_guiding_verbs_in_a_review_task_name_what_was_guided():
    text = (
        "2. Rà soát các văn bản do Sở Tư pháp ban hành hướng dẫn thực hiện Luật Hộ tịch số 60/2014/QH13 và "
        "Thông tư số 04/2020/TT-BTP để đề xuất bãi bỏ.\n"
    )
    assert _rel(text, "60/2014/QH13") == "mentions"
    assert _rel(text, "04/2020/TT-BTP") == "mentions"
    # with no review or proposal in the clause, "hướng dẫn thực hiện X" carries X out
    text = "Sở đã hướng dẫn thực hiện Luật Hộ tịch số 60/2014/QH13 tại các xã."
    assert _rel(text, "60/2014/QH13") == "implements"


def test_consistency_with_a_document_is_a_basis_like_conformity() -> None:
    """ "bảo đảm đồng bộ với X" reads like "phù hợp với X" (based_on), also for the list's next item; the
    adverb "đồng bộ" without "với" is no cue (holdout7)."""
    text = (
        "Chương trình bảo đảm đồng bộ với Nghị quyết số 01/NQ-CP ngày 08/01/2025 của Chính phủ và Nghị quyết "
        "số 27-NQ/TW ngày 09/11/2022; thực hiện đồng bộ các giải pháp theo Nghị định số 30/2020/NĐ-CP."
    )
    assert _rel(text, "01/NQ-CP") == "based_on"
    assert _rel(text, "27-NQ/TW") == "based_on"
    assert _rel(text, "30/2020/NĐ-CP") == "implements"


def test_a_review_of_the_implementation_in_the_title_is_what_the_text_reports_on() -> None:
    """ "Sơ kết 2 năm thực hiện X" / "tổng kết … thực hiện X" near the top reads like "kết quả thực hiện X"
    (reports_on), and so does its restatement below with the list's next item; a review further down
    of a document the title does not name is still implementation (holdout7)."""
    text = (
        "Bình Phước: Tổng kết 5 năm thực hiện Chỉ thị 05-CT/TW về học tập và làm theo Bác\n"
        "Sáng 5/1, Tỉnh ủy tổ chức hội nghị tổng kết 5 năm thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 "
        "của Bộ Chính trị và Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị.\n"
    )
    refs = find_references(text)
    assert [(r.number_symbol, r.relation) for r in refs] == [
        ("05-CT/TW", "reports_on"),
        ("05-CT/TW", "reports_on"),
        ("01-KL/TW", "reports_on"),
    ]
    later = "\n" * 1300 + "Các chi bộ sơ kết 01 năm thực hiện Kế hoạch số 125-KH/TU."
    assert _rel(later, "125-KH/TU") == "implements"


def test_a_pdf_line_wrapped_inside_a_symbol_or_after_a_dangling_word_does_not_end_the_clause() -> None:
    """A line break inside a symbol ("Kết luận số 121-KL/⏎TW") or after "của" ("… năm 2013 của⏎Chính phủ
    quy định chi tiết … Luật X") is a PDF wrap, not a new clause: the cue before it still governs
    (holdout7)."""
    text = (
        "Thực hiện Kết luận số 126-KL/TW ngày 14/02/2025 của Bộ Chính trị; Kết luận số 121-KL/\n"
        "TW ngày 24/01/2025 của Ban Chấp hành Trung ương Đảng về tổng kết Nghị quyết số 18-NQ/TW."
    )
    assert _rel(text, "121-KL/TW") == "implements"
    assert _rel(text, "18-NQ/TW") == "implements"
    text = (
        "Căn cứ Nghị định số 01/2013/NĐ-CP ngày 03 tháng 01 năm 2013 của\n"
        "Chính phủ quy định chi tiết thi hành một số điều của Luật Lưu trữ;"
    )
    assert [(r.text, r.relation) for r in find_references(text, "2020-01-01")] == [
        ("Nghị định số 01/2013/NĐ-CP", "based_on"),
        ("Luật Lưu trữ", "guides"),
    ]
    # a line ending a sentence still ends the clause
    text = (
        "Tỉnh đã thực hiện Kế hoạch năm 2024 của\nỦy ban.\nChính phủ đã ban hành Nghị định số 30/2020/NĐ-CP."
    )
    assert _rel(text, "30/2020/NĐ-CP") == "mentions"


def test_a_sentence_wrapped_over_pdf_lines_keeps_its_cue_for_a_passive_agent() -> None:
    """ "… thực hiện theo Nghị định A …, được sửa đổi, bổ sung⏎bởi Nghị định B": the agent B takes the
    sentence's cue though the PDF line holding it starts after the cue (holdout7)."""
    text = (
        "1. Văn bản quy phạm pháp luật thực hiện theo Nghị định số 34/2016/\n"
        "NĐ-CP ngày 14 tháng 5 năm 2016 của Chính phủ, được sửa đổi, bổ sung\n"
        "bởi Nghị định số 154/2020/NĐ-CP."
    )
    assert _rel(text, "34/2016/NĐ-CP") == "implements"
    assert _rel(text, "154/2020/NĐ-CP") == "implements"
    # a sentence that ended on the line before is not reached
    text = (
        "Tỉnh thực hiện theo Nghị định số 34/2016/NĐ-CP. Đến nay\nđã ban hành Quyết định số 12/2020/QĐ-UBND."
    )
    assert _rel(text, "12/2020/QĐ-UBND") == "mentions"


def test_xem_xet_is_no_responds_to_cue() -> None:
    """ "xem xét" (to consider) holds the word of the cue "Xét Tờ trình …" but is none: "trình HĐND tỉnh
    xem xét điều chỉnh Nghị quyết số …" answers no request (holdout7)."""
    text = (
        "Xét Tờ trình số 12/TTr-UBND ngày 01/02/2024 của UBND tỉnh; UBND tỉnh trình HĐND tỉnh xem xét "
        "điều chỉnh Nghị quyết số 12/2021/NQ-HĐND ngày 10/12/2021."
    )
    assert _rel(text, "12/TTr-UBND") == "responds_to"
    assert _rel(text, "12/2021/NQ-HĐND") == "mentions"


def test_a_document_dating_a_clause_is_no_item_of_the_list_before() -> None:
    """ "…; từ ngày Thông tư số X có hiệu lực thì thực hiện theo Thông tư số X": the first X only dates
    the clause (no cue, no list item after ";"); the second is implemented (holdout7)."""
    text = (
        "Kinh phí được bố trí theo Thông tư liên tịch số 100/2014/TTLT-BTC-BTP; từ ngày Thông tư số "
        "56/2023/TT-BTC có hiệu lực thì thực hiện theo Thông tư số 56/2023/TT-BTC."
    )
    assert [r.relation for r in find_references(text)] == ["implements", "mentions", "implements"]
    text = "Từ ngày Nghị định số 30/2020/NĐ-CP có hiệu lực, các cơ quan áp dụng thể thức mới."
    assert _rel(text, "30/2020/NĐ-CP") == "mentions"


def test_a_task_given_to_a_ministry_to_amend_a_document_is_not_the_texts_amendment() -> None:
    """ "Bộ Tài chính chủ trì, phối hợp với Bộ Tư pháp sửa đổi Thông tư X" in a programme is a task for
    the ministry: X is named (mentions); "Bộ Nội vụ chủ trì hướng dẫn thực hiện Luật Y" still implements
    Y; an article of the text's own "Sửa đổi khoản 2 Điều 7 Nghị định Z" amends Z (holdout7)."""
    text = "Bộ Tài chính chủ trì, phối hợp với Bộ Tư pháp sửa đổi Thông tư số 42/2022/TT-BTC trong năm 2025."
    assert _rel(text, "42/2022/TT-BTC") == "mentions"
    text = "Bộ Nội vụ chủ trì hướng dẫn thực hiện Luật số 80/2025/QH15 đối với người làm công tác pháp chế."
    assert _rel(text, "80/2025/QH15") == "implements"
    text = "Điều 30. Sửa đổi khoản 2 Điều 7 Nghị định số 42/2022/NĐ-CP như sau:"
    assert _rel(text, "42/2022/NĐ-CP") == "amends"


def test_amending_verbs_in_a_task_table_are_assigned_tasks() -> None:
    """A plan's table with a "Cơ quan chủ trì" column lists tasks: "Sửa đổi Quyết định số X" in a row
    is the Sở's future act (mentions), "Hướng dẫn thực hiện Nghị định số Y" implements Y; the same row
    in the text's own articles would amend X (holdout7)."""
    text = (
        "| STT | Nội dung công việc | Cơ quan chủ trì | Thời gian |\n|---|---|---|---|\n"
        "| 1 | Sửa đổi Quyết định số 22/2023/QĐ-UBND | Sở Nội vụ | Năm 2024 |\n"
        "| 2 | Hướng dẫn thực hiện Nghị định số 61/2023/NĐ-CP | Sở Tư pháp | Quý IV/2023 |\n"
    )
    assert _rel(text, "22/2023/QĐ-UBND") == "mentions"
    assert _rel(text, "61/2023/NĐ-CP") == "implements"
    assert _rel("Điều 2. Sửa đổi Quyết định số 22/2023/QĐ-UBND như sau:", "22/2023/QĐ-UBND") == "amends"


def test_a_reference_inside_the_name_of_a_body_is_no_list_item() -> None:
    """ "theo Kết luận A và Công văn B của Ban Chỉ đạo tổng kết Nghị quyết 18 của Tỉnh ủy": "Nghị quyết
    18" names the steering committee, it is not implemented by the plan (holdout7); a document after
    an ordinary issuer clause still continues the list."""
    text = (
        "Các huyện ủy chuẩn bị phương án theo Kết luận số 127-KL/TW và Công văn số 43-CV/BCĐ, ngày "
        "08/3/2025 của Ban Chỉ đạo tổng kết Nghị quyết 18 của Tỉnh ủy."
    )
    assert [(r.text, r.relation) for r in find_references(text)] == [
        ("Kết luận số 127-KL/TW", "implements"),
        ("Công văn số 43-CV/BCĐ", "implements"),
        ("Nghị quyết 18", "mentions"),
    ]


def test_a_scope_item_after_a_semicolon_names_what_the_text_guides() -> None:
    """ "Thông tư này hướng dẫn thực hiện Điều 5 của Nghị định A; chế độ báo cáo theo Luật X": the bare
    "theo" in the next ";" item of the text's own scope sentence names another object of its guidance
    (holdout7); the same "theo" after a cited document's guidance is implementation."""
    text = (
        "Thông tư này hướng dẫn thực hiện Điều 5 của Nghị định số 15/2014/NĐ-CP về hòa giải; chế độ báo "
        "cáo theo Luật số 89/2015/QH13."
    )
    assert _rel(text, "15/2014/NĐ-CP") == "guides"
    assert _rel(text, "89/2015/QH13") == "guides"
    text = (
        "Sở thực hiện Thông tư số 04/2023/TT-BTP hướng dẫn Nghị định số 15/2014/NĐ-CP; báo cáo định kỳ "
        "theo Luật số 89/2015/QH13."
    )
    assert _rel(text, "89/2015/QH13") == "implements"


def test_a_consolidated_text_in_parentheses_takes_the_relation_of_the_document_before_it() -> None:
    """ "theo Luật số 89/2015/QH13 (Văn bản hợp nhất số 11/VBHN-VPQH)": the consolidated text is that law's
    text and takes its relation; a VBHN cited on its own keeps its own cue (holdout7)."""
    text = "Các đơn vị báo cáo theo Luật số 89/2015/QH13 (Văn bản hợp nhất số 11/VBHN-VPQH) và Nghị định số 60/2018/NĐ-CP."
    assert _rel(text, "89/2015/QH13") == "implements"
    assert _rel(text, "11/VBHN-VPQH") == "implements"
    assert _rel("Bộ Tư pháp đã ban hành Văn bản hợp nhất số 05/VBHN-BTP.", "05/VBHN-BTP") == "mentions"


def test_a_finding_of_non_conformity_names_the_document_it_is_measured_against() -> None:
    """ "… chưa đúng theo khoản 3 Điều 27 Luật X", "… chưa phù hợp với Điều 52 Luật Y" (a review finds a
    checked document out of line, holdout8) state a fact, like "không phù hợp với Hiến pháp" (holdout2):
    `mentions`, not the "theo" / "phù hợp với" cue; "thực hiện đúng theo X" still implements."""
    text = (
        "Quyết định số 18/2022/QĐ-UBND có thẩm quyền ban hành chưa đúng theo Nghị định số 34/2016/NĐ-CP; "
        "Nghị quyết số 9/2021/NQ-HĐND có nội dung chưa phù hợp với Nghị định số 118/2021/NĐ-CP, không đúng "
        "theo Thông tư số 10/2022/TT-BTP. Đề nghị thực hiện đúng theo Nghị định số 154/2020/NĐ-CP."
    )
    assert _rel(text, "34/2016/NĐ-CP") == "mentions"
    assert _rel(text, "118/2021/NĐ-CP") == "mentions"
    assert _rel(text, "10/2022/TT-BTP") == "mentions"
    assert _rel(text, "154/2020/NĐ-CP") == "implements"


def test_documents_found_in_a_check_are_named_not_implemented() -> None:
    """A review lists what it checked: "2. Kiểm tra theo thẩm quyền: … kiểm tra 12 văn bản, trong đó có
    X" and "… phát hiện sai sót (trong đó có Y)" (holdout8). The "theo" of the label governs its noun, and
    a parenthesis opened by "trong đó có" is evidence: both `mentions`; "thực hiện theo Z" still implements."""
    text = (
        "2. Kiểm tra theo thẩm quyền: Sở Tư pháp kiểm tra 12 văn bản của cấp huyện, trong đó có Quyết định "
        "số 05/2022/QĐ-UBND ngày 02/3/2022 của UBND huyện Đồng Hỷ.\n"
        "3. Đoàn kiểm tra theo Quyết định số 301/QĐ-STP ngày 10/4/2023; phát hiện 5 quyết định có sai sót "
        "(trong đó có Quyết định số 77/QĐ-XPVPHC ngày 03/5/2023 của Chủ tịch UBND huyện Đại Từ)."
    )
    assert _rel(text, "05/2022/QĐ-UBND") == "mentions"
    assert _rel(text, "77/QĐ-XPVPHC") == "mentions"
    assert _rel(text, "301/QĐ-STP") == "implements"


def test_a_passive_amending_verb_belongs_to_the_document_before_it() -> None:
    """ "theo Điều 61 Luật A đã được sửa đổi, bổ sung và Điều 19 Nghị định X" (holdout8): the passive verb
    says A was amended; X is the next item of "theo", not a document the text amends."""
    text = (
        "Việc điều chỉnh thực hiện theo quy định tại Điều 38 Luật Đầu tư công số 39/2019/QH14 đã được sửa "
        "đổi, bổ sung và Điều 12 Nghị định số 40/2020/NĐ-CP. Nghị định số 99/2021/NĐ-CP sửa đổi, bổ sung "
        "Nghị định số 11/2020/NĐ-CP."
    )
    assert _rel(text, "40/2020/NĐ-CP") == "implements"
    assert _rel(text, "11/2020/NĐ-CP") == "amends"


def test_a_pinpoint_wrapped_between_its_parts_keeps_the_cue_before_it() -> None:
    """A PDF line wrapped inside a pinpoint ("theo điểm c khoản 2⏎Điều 21 của Luật Giá", holdout8) is a
    soft break: the "theo" before it still governs the law; a new line starting "Điều 3." after a
    sentence's end is no such wrap."""
    text = (
        "Giá dịch vụ được xác định theo điểm b khoản 1\nĐiều 9 của Nghị định số 85/2024/NĐ-CP, phù hợp với "
        "thực tế.\nĐiều 3. Nghị định số 10/2021/NĐ-CP được nêu tại đây."
    )
    assert _rel(text, "85/2024/NĐ-CP") == "implements"
    assert _rel(text, "10/2021/NĐ-CP") == "mentions"


def test_thuc_hien_quy_dinh_tai_carries_out_the_provision() -> None:
    """ "Thực hiện quy định tại khoản 6 Điều 17 Luật A và Điều 25 Nghị định B" (holdout8): the noun phrase
    "quy định tại" right after "thực hiện" is its object; both documents are carried out. "Ngoài chính
    sách quy định tại X" still only names X."""
    text = (
        "Thực hiện quy định tại khoản 6 Điều 17 Luật số 15/2012/QH13 và Điều 25 Nghị định số 20/2016/NĐ-CP "
        "ngày 30/3/2016 của Chính phủ, Bộ báo cáo như sau. Ngoài chính sách quy định tại Nghị định số "
        "108/2014/NĐ-CP, còn có chính sách khác."
    )
    assert _rel(text, "15/2012/QH13") == "implements"
    assert _rel(text, "20/2016/NĐ-CP") == "implements"
    assert _rel(text, "108/2014/NĐ-CP") == "mentions"


def test_every_document_heard_before_a_meetings_conclusions_is_answered() -> None:
    """ "Sau khi nghe Sở A báo cáo tại Tờ trình X, ý kiến của Thành phố B tại Văn bản Y và ý kiến của các
    đại biểu, … kết luận" (holdout8): Y was heard too (responds_to); a document cited "tại" outside such a
    sentence (a footnote "Ý kiến của tỉnh C tại Văn bản Z", holdout2) is only named."""
    text = (
        "Sau khi nghe Sở Xây dựng báo cáo tại Tờ trình số 61/TTr-SXD ngày 04/9/2024, ý kiến của Thành phố Cần "
        "Thơ tại Văn bản số 529/UBND-ĐT ngày 28/8/2024 và ý kiến của các đại biểu, Chủ tịch kết luận.\n"
        "² Ý kiến của tỉnh Quảng Bình tại Văn bản số 2231/UBND-NC ngày 02/10/2023.\n"
    )
    assert _rel(text, "61/TTr-SXD") == "responds_to"
    assert _rel(text, "529/UBND-ĐT") == "responds_to"
    assert _rel(text, "2231/UBND-NC") == "mentions"


@pytest.mark.parametrize(
    ("text", "symbol", "relation"),
    [
        # compliance and conformity: "tuân thủ X", "bảo đảm đúng X" rest on X; "bảo đảm đúng quy định tại X"
        # carries X out (holdout5)
        (
            "2. Tuân thủ quy định tại Điều 5 Luật Phòng, chống tham nhũng năm 2018 và Quy định số 69-QĐ/TW "
            "ngày 06/7/2022 của Bộ Chính trị.",
            "69-QĐ/TW",
            "based_on",
        ),
        (
            "Đề nghị rà soát theo Luật Đầu tư công năm 2019; hồ sơ trình bảo đảm đúng *Nghị định số "
            "59/2015/NĐ-CP* ngày 18/6/2015 của Chính phủ.",
            "59/2015/NĐ-CP",
            "based_on",
        ),
        (
            "Việc tuyển dụng bảo đảm đúng quy định tại Nghị định số 138/2020/NĐ-CP ngày 27/11/2020.",
            "138/2020/NĐ-CP",
            "implements",
        ),
        # "biện pháp tổ chức thi hành Luật X" in a decree's subject: the decree guides the law
        (
            "Căn cứ Nghị định số 82/2020/NĐ-CP ngày 15/7/2020 của Chính phủ quy định chi tiết một số điều và "
            "biện pháp tổ chức thi hành Luật Hôn nhân và gia đình số 52/2014/QH13.",
            "52/2014/QH13",
            "guides",
        ),
        # an amendment item replacing or adding a phrase that names a decree amends it
        (
            '4. Thay thế cụm từ "khoản 3 Điều 8 Nghị định số 24/2014/NĐ-CP" bằng cụm từ "khoản 3 Điều 8 '
            'Nghị định này".',
            "24/2014/NĐ-CP",
            "amends",
        ),
        # a study plan: "nắm vững nội dung X" is quán triệt
        (
            "Giúp cán bộ, đảng viên nắm vững nội dung cơ bản của Nghị quyết số 27-NQ/TW ngày 09/11/2022 của "
            "Ban Chấp hành Trung ương.",
            "27-NQ/TW",
            "implements",
        ),
    ],
)
def test_compliance_phrase_replacement_and_study_cues(text, symbol, relation):
    assert _rel(text, symbol) == relation


def test_a_cue_in_a_listed_items_subject_before_its_first_comma_governs_no_later_item() -> None:
    """ "…, trong đó: Kết luận số A ngày … về việc chấp hành pháp luật trong quản lý, sử dụng đất …; Kết
    luận số B …": "chấp hành" is A's subject, B is listed as issued like A."""
    text = (
        "Thanh tra huyện đã ban hành 6 kết luận, trong đó: Kết luận số 12/KL-TTr ngày 02/4/2024 về việc chấp "
        "hành pháp luật trong quản lý, sử dụng nguồn vốn tại xã Tân Hiệp; Kết luận số 19/KL-TTr ngày "
        "15/6/2024 về quản lý tài chính."
    )
    assert _rel(text, "19/KL-TTr") == "mentions"


def test_title_area_ends_at_the_first_section_heading() -> None:
    """In a short report the body's "Kết quả thực hiện X" can fall within the first title_chars
    characters: below the first section heading it names no subject of the report."""
    text = (
        "BÁO CÁO\nTình hình thực hiện Nghị quyết số 02/NQ-CP ngày 10/01/2019 của Chính phủ\n\n"
        "Thực hiện Công văn số 12/BKHĐT-TCTT của Bộ Kế hoạch và Đầu tư về việc báo cáo tình hình "
        "thực hiện Nghị quyết số 02/NQ-CP, UBND tỉnh báo cáo như sau:\n\n"
        "I. KẾT QUẢ\n\nKết quả thực hiện Nghị quyết số 35/NQ-CP ngày 16/5/2016 của Chính phủ còn hạn chế.\n"
    )
    refs = find_references(text)
    assert [(r.number_symbol, r.relation) for r in refs] == [
        ("02/NQ-CP", "reports_on"),
        ("12/BKHĐT-TCTT", "responds_to"),
        ("02/NQ-CP", "reports_on"),
        ("35/NQ-CP", "implements"),
    ]


def test_amending_cues_with_a_third_verb_and_the_next_item_of_another_type() -> None:
    """ "sửa đổi, bổ sung, cập nhật X" and "về điều chỉnh, bổ sung X" amend X; a following item of
    another type ("…, Quy định số B ngày …") is not amended by that cue but continues the outer list."""
    refs = find_references(
        "Thực hiện Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ sửa đổi, bổ sung, cập nhật "
        "Nghị quyết số 03/NQ-CP. Quán triệt Kết luận số 118-KL/TW ngày 18/01/2025 của Bộ Chính trị về "
        "điều chỉnh, bổ sung Chỉ thị số 35-CT/TW, Quy định số 232-QĐ/TW ngày 20/01/2025."
    )
    assert [(r.number_symbol, r.relation) for r in refs] == [
        ("71/NQ-CP", "implements"),
        ("03/NQ-CP", "amends"),
        ("118-KL/TW", "implements"),
        ("35-CT/TW", "amends"),
        ("232-QĐ/TW", "implements"),
    ]


def test_semicolon_item_continues_the_issued_list_not_the_implemented_one() -> None:
    """ "Thực hiện A, <body> đã ban hành B; C …" and "<body> ban hành B … thực hiện A; C …": C continues
    the list of issued documents (mentions), not the implemented A."""
    refs = find_references(
        "Thực hiện Kết luận số 01-KL/TW, Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 52-KH/TU ngày "
        "16/7/2021; Quy định số 09-QĐ/TU về nêu gương. UBND tỉnh ban hành Kế hoạch số 412/KH-UBND ngày "
        "14/02/2025 thực hiện Nghị quyết số 03/NQ-CP; Quyết định số 236/QĐ-UBND kiện toàn Ban Chỉ đạo. "
        "Thực hiện Nghị định số 10/2020/NĐ-CP; Thông tư số 12/2021/TT-BTC."
    )
    assert [r.relation for r in refs] == [
        "implements",
        "mentions",
        "mentions",
        "mentions",
        "implements",
        "mentions",
        "implements",
        "implements",
    ]


def test_decision_in_parentheses_after_an_implemented_plan_takes_the_cue() -> None:
    """ "thực hiện Đề án … (Quyết định số …)": the plan is the content of the numbered decision, which is
    implemented; a plan the body lists as issued ("ban hành kế hoạch thực hiện Chương trình … (Kế hoạch
    số …)") and evidence after other words stay mentions."""
    refs = find_references(
        "Cơ sở vật chất: thực hiện Đề án phát triển giáo dục mầm non giai đoạn 2021-2025 (Quyết định số "
        "2109/QĐ-UBND ngày 30/8/2021 của UBND tỉnh). Hằng năm, UBND tỉnh ban hành kế hoạch thực hiện "
        "Chương trình phòng, chống ma túy (Kế hoạch số 19/KH-UBND ngày 25/01/2023). Kết quả tốt (Báo cáo "
        "số 12/BC-UBND)."
    )
    assert [(r.number_symbol, r.relation) for r in refs] == [
        ("2109/QĐ-UBND", "implements"),
        ("19/KH-UBND", "mentions"),
        ("12/BC-UBND", "mentions"),
    ]


def test_plan_issued_and_carried_out_or_titled_with_a_cue_still_takes_the_cue() -> None:
    """ "Ban hành và tổ chức thực hiện Chương trình … (Quyết định số …)": both verbs govern the plan;
    a cue word inside the plan's own title ("… theo nhiệm vụ …") is not the one governing it; a
    regulation (Quy chế) is the content of its decision as a plan is."""
    refs = find_references(
        "- Ban hành và tổ chức thực hiện Chương trình công tác theo nhiệm vụ năm 2021 của Văn phòng "
        "(Quyết định số 26/QĐ-VP ngày 17/02/2021).\n- Triển khai thực hiện Quy chế làm việc của Sở "
        "(Quyết định số 31/QĐ-SNV ngày 02/3/2021).\n- Xây dựng nội dung theo hướng dẫn của Sở "
        "(Quyết định số 40/QĐ-SNV ngày 05/3/2021)."
    )
    assert [(r.number_symbol, r.relation) for r in refs] == [
        ("26/QĐ-VP", "implements"),
        ("31/QĐ-SNV", "implements"),
        ("40/QĐ-SNV", "mentions"),
    ]


def test_decision_issuing_a_guidance_that_implements_a_document_guides_it() -> None:
    """ "Quyết định số A … ban hành Hướng dẫn tạm thời chuyên môn thực hiện X": A guides X (the guidance's
    title words stand between "Hướng dẫn" and the implementing cue)."""
    refs = find_references(
        "Việc đánh giá thực hiện theo Quyết định số 4800/QĐ-BYT ngày 12/10/2021 của Bộ trưởng Bộ Y tế ban "
        "hành Hướng dẫn tạm thời chuyên môn thực hiện Nghị quyết số 128/NQ-CP; UBND tỉnh công bố."
    )
    assert [(r.number_symbol, r.relation, r.relation_source) for r in refs] == [
        ("4800/QĐ-BYT", "implements", None),
        ("128/NQ-CP", "guides", 0),
    ]


def test_a_scope_article_guides_a_decree_through_a_list_of_articles() -> None:
    """ "Thông tư này hướng dẫn thực hiện Điều 7, Điều 9, khoản 2 Điều 11 và Điều 31 của Nghị định …": the
    commas separate articles, not clauses; also when a PDF line breaks inside the list (holdout11)."""
    refs = find_references(
        "Thông tư này hướng dẫn thực hiện Điều 7, Điều 9, khoản 2 Điều 11 và Điều 31 của Nghị định số "
        "115/2020/NĐ-CP ngày 25 tháng 9 năm 2020 của Chính phủ.\nThông tư này quy định chi tiết khoản 2 "
        "Điều 108, Điều 111 và khoản 3\nĐiều 119 của Nghị định số 34/2016/NĐ-CP. Sau đó, Nghị định số "
        "112/2020/NĐ-CP được áp dụng."
    )
    assert [(r.number_symbol, r.relation) for r in refs] == [
        ("115/2020/NĐ-CP", "guides"),
        ("34/2016/NĐ-CP", "guides"),
        ("112/2020/NĐ-CP", "mentions"),
    ]


def test_the_enacting_formula_of_a_circular_guides_what_it_names() -> None:
    """ "Bộ trưởng Bộ Nội vụ ban hành Thông tư hướng dẫn một số điều của Nghị định …": the text itself
    guides the decree; a proposal that someone issue such a circular guides nothing (holdout2)."""
    refs = find_references(
        "Bộ trưởng Bộ Nội vụ ban hành Thông tư hướng dẫn một số điều của Nghị định số 115/2020/NĐ-CP.\n"
        "Bộ trưởng Bộ Tư pháp ban hành Thông tư quy định chi tiết một số điều\ncủa Nghị định số "
        "34/2016/NĐ-CP.\n- Đề nghị Bộ Nội vụ sớm ban hành Thông tư hướng dẫn Nghị định số 150/2025/NĐ-CP."
    )
    assert [(r.number_symbol, r.relation) for r in refs] == [
        ("115/2020/NĐ-CP", "guides"),
        ("34/2016/NĐ-CP", "guides"),
        ("150/2025/NĐ-CP", "mentions"),
    ]


def test_items_of_a_list_introduced_by_a_repealing_line_are_repealed() -> None:
    """ "3. Bãi bỏ các văn bản, quy định sau đây:" over "a) Điều 5 của Nghị định …;", "b) …": the items
    with no cue of their own are repealed; an item's own cue still decides ("quy định chi tiết … X"
    guides X), and a list under a line without the colon takes nothing (holdout11)."""
    refs = find_references(
        "Điều 30. Hiệu lực thi hành\n1. Nghị định này có hiệu lực từ ngày 01 tháng 01 năm 2026.\n"
        "2. Bãi bỏ các văn bản, quy định sau đây:\n"
        "a) Điều 5 của Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ;\n"
        "b) Quyết định số 28/2018/QĐ-TTg của Thủ tướng Chính phủ;\n"
        "c) Thông tư số 01/2020/TT-VPCP quy định chi tiết Nghị định số 09/2019/NĐ-CP.\n"
        "Điều 31. Trách nhiệm thi hành\n3. Các văn bản đã ban hành gồm\n"
        "a) Quyết định số 12/2019/QĐ-TTg của Thủ tướng Chính phủ."
    )
    assert [(r.number_symbol, r.relation) for r in refs] == [
        ("61/2018/NĐ-CP", "replaces"),
        ("28/2018/QĐ-TTg", "replaces"),
        ("01/2020/TT-VPCP", "replaces"),
        ("09/2019/NĐ-CP", "guides"),
        ("12/2019/QĐ-TTg", "mentions"),
    ]


def test_items_under_a_line_saying_they_expire_with_the_citing_document_are_replaced() -> None:
    """ "Những thông tư sau đây hết hiệu lực kể từ ngày Thông tư này có hiệu lực thi hành:" over "a) X;",
    "b) Y": the citing document's own act, though "có hiệu lực thi hành" is the nearer cue (real-text audit
    r71); also with "kể từ ngày ký … này"; a list of documents that have expired keeps mentions."""
    refs = find_references(
        "Điều 9. Hiệu lực thi hành\n1. Thông tư này có hiệu lực thi hành kể từ ngày 15 tháng 8 năm 2024.\n"
        "2. Những thông tư sau đây hết hiệu lực kể từ ngày Thông tư này có hiệu lực thi hành:\n"
        "a) Thông tư số 05/2019/TT-BNV ngày 10 tháng 5 năm 2019 của Bộ trưởng Bộ Nội vụ quy định về hồ sơ;\n"
        "b) Thông tư số 11/2020/TT-BNV ngày 02 tháng 3 năm 2020 của Bộ trưởng Bộ Nội vụ về lưu trữ.\n"
        "Các văn bản sau hết hiệu lực kể từ ngày ký Quyết định này:\n"
        "- Quyết định số 12/2015/QĐ-UBND ngày 03/4/2015 của Ủy ban nhân dân tỉnh Nam Định.\n"
        "Qua rà soát, các văn bản đã hết hiệu lực thi hành gồm:\n"
        "- Quyết định số 08/2014/QĐ-UBND ngày 11/3/2014 của Ủy ban nhân dân tỉnh Nam Định."
    )
    assert [(r.number_symbol, r.relation) for r in refs] == [
        ("05/2019/TT-BNV", "replaces"),
        ("11/2020/TT-BNV", "replaces"),
        ("12/2015/QĐ-UBND", "replaces"),
        ("08/2014/QĐ-UBND", "mentions"),
    ]


@pytest.mark.parametrize(
    ("text", "symbol", "relation"),
    [
        (
            "Điều 1. Sửa đổi, bổ sung quy định tại điểm g khoản 1 Điều 23 Nghị định số 47/2021/NĐ-CP ngày 01 "
            "tháng 4 năm 2021 của Chính phủ như sau:",
            "47/2021/NĐ-CP",
            "amends",
        ),
        (
            "Nghị định số 16/2023/NĐ-CP ngày 25/4/2023 của Chính phủ về quản lý doanh nghiệp; sửa đổi quy định "
            "tại khoản 3 Điều 5 Nghị định số 81/2015/NĐ-CP ngày 18/9/2015 của Chính phủ.",
            "81/2015/NĐ-CP",
            "amends",
        ),
        ("2. Bãi bỏ quy định tại Điều 5 của Thông tư số 12/2019/TT-BTC.", "12/2019/TT-BTC", "replaces"),
        # a passive verb says where the repeal is laid down; a proposal amends nothing; "theo quy định tại"
        # after a passive names the document
        (
            "Công bố danh mục thủ tục hành chính bị bãi bỏ quy định tại Nghị định số 125/2024/NĐ-CP của Chính phủ.",
            "125/2024/NĐ-CP",
            "mentions",
        ),
        (
            "Đề nghị Chính phủ sửa đổi quy định tại khoản 2 Điều 7 Nghị định số 30/2020/NĐ-CP cho phù hợp.",
            "30/2020/NĐ-CP",
            "mentions",
        ),
        (
            "Các khoản phí được sửa đổi theo quy định tại Nghị định số 31/2021/NĐ-CP.",
            "31/2021/NĐ-CP",
            "mentions",
        ),
    ],
)
def test_an_amending_verb_reaches_the_document_across_quy_dinh_tai(
    text: str, symbol: str, relation: str
) -> None:
    """ "Sửa đổi, bổ sung quy định tại điểm g khoản 1 Điều 23 Nghị định số X như sau:": the noun phrase
    "quy định tại" + a pinpoint is the object of the amending verb right before it, X is amended
    (real-text audit r71), as "thực hiện quy định tại X" implements X."""
    assert _rel(text, symbol) == relation


def test_a_document_expiring_when_the_citing_one_takes_effect_after_its_subject_is_replaced() -> None:
    """ "Quyết định số X … ban hành Quy chế … ở địa phương hết hiệu lực kể từ ngày Nghị định này có hiệu
    lực thi hành": the statement follows X's subject; a plain expiry date stays a fact (holdout11)."""
    refs = find_references(
        "2. Quyết định số 09/2015/QĐ-TTg ngày 25 tháng 3 năm 2015 của Thủ tướng Chính phủ ban hành Quy chế "
        "thực hiện cơ chế một cửa ở địa phương hết hiệu lực kể từ ngày Nghị định này có hiệu lực thi hành.\n"
        "3. Thông tư số 05/2014/TT-BNV về công tác văn thư hết hiệu lực kể từ ngày 01/7/2020."
    )
    assert [(r.number_symbol, r.relation) for r in refs] == [
        ("09/2015/QĐ-TTg", "replaces"),
        ("05/2014/TT-BNV", "mentions"),
    ]


def test_the_texts_own_scope_guides_each_object_of_another_type() -> None:
    """ "Thông tư liên tịch này hướng dẫn khoản 1 Điều 72 của Luật A và Điều 4 Nghị định B …; … theo Điều
    73 của Luật A": the text itself guides the law and the decree; a cited decree detailing a law and
    then another type guides only the law (holdout11)."""
    refs = find_references(
        "Thông tư liên tịch này hướng dẫn khoản 1 Điều 72 của Luật Hộ tịch và Điều 4 Nghị định số "
        "123/2015/NĐ-CP về tiêu chuẩn; nhiệm vụ của công chức theo Điều 73 của Luật Hộ tịch.\n"
        "Thực hiện Nghị định số 64/2014/NĐ-CP quy định chi tiết Luật Tiếp công dân và Quyết định số "
        "12/2019/QĐ-TTg."
    )
    assert [(r.text, r.relation) for r in refs] == [
        ("Luật Hộ tịch", "guides"),
        ("Nghị định số 123/2015/NĐ-CP", "guides"),
        ("Luật Hộ tịch", "guides"),
        ("Nghị định số 64/2014/NĐ-CP", "implements"),
        ("Luật Tiếp công dân", "guides"),
        ("Quyết định số 12/2019/QĐ-TTg", "implements"),
    ]


def test_repealing_articles_of_a_regulation_attached_to_a_circular_despite_commas_in_its_name() -> None:
    """ "Bãi bỏ Điều 5 và Điều 7 của Nội quy thi tuyển, xét tuyển công chức, viên chức ban hành kèm theo
    Thông tư số …": the repealed articles are part of the circular; "xét tuyển" (a noun) is no cue "Xét"
    and the commas of the regulation's name end no clause (holdout11)."""
    refs = find_references(
        "2. Bãi bỏ Điều 5 và Điều 7 của Nội quy thi tuyển, xét tuyển công chức, viên chức ban hành kèm theo "
        "Thông tư số 06/2020/TT-BNV ngày 02 tháng 12 năm 2020 của Bộ trưởng Bộ Nội vụ.\n"
        "Xét Tờ trình số 12/TTr-UBND ngày 02/12/2020 của UBND tỉnh."
    )
    assert [(r.number_symbol, r.relation) for r in refs] == [
        ("06/2020/TT-BNV", "replaces"),
        ("12/TTr-UBND", "responds_to"),
    ]


def test_a_task_to_submit_an_amendment_to_the_government_amends_nothing() -> None:
    """ "Nghiên cứu, trình Chính phủ sửa đổi, bổ sung Nghị định …" is a proposal (holdout2, holdout7), not
    the directive's own amendment; "Chương trình Chính phủ" is no proposal word (holdout11)."""
    refs = find_references(
        "b) Nghiên cứu, trình Chính phủ sửa đổi, bổ sung Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 năm "
        "2010 của Chính phủ.\nĐiều 2. Sửa đổi, bổ sung Nghị định số 45/2020/NĐ-CP theo Chương trình Chính "
        "phủ như sau."
    )
    assert [(r.number_symbol, r.relation) for r in refs] == [
        ("63/2010/NĐ-CP", "mentions"),
        ("45/2020/NĐ-CP", "amends"),
    ]


def test_the_agent_of_a_guided_decrees_amendment_is_guided_too() -> None:
    """ "Thông tư này hướng dẫn Điều 7 của Nghị định A (đã được sửa đổi, bổ sung bởi Nghị định B)" and
    after a renaming parenthesis "…), đã được sửa đổi, bổ sung bởi Nghị định B": B shares A's relation,
    a guiding one as an implementing one (holdout11)."""
    refs = find_references(
        "Thông tư này hướng dẫn Điều 7 của Nghị định số 115/2020/NĐ-CP (sau đây gọi là Nghị định số "
        "115/2020/NĐ-CP), đã được sửa đổi, bổ sung bởi Nghị định số 85/2023/NĐ-CP.\nThông tư này quy định "
        "chi tiết Điều 108 của Nghị định số 34/2016/NĐ-CP (đã được sửa đổi, bổ sung bởi Nghị định số "
        "154/2020/NĐ-CP) về kiểm tra văn bản.\nViệc kiểm tra thực hiện theo Nghị định số 45/2020/NĐ-CP, "
        "được sửa đổi, bổ sung bởi Nghị định số 107/2021/NĐ-CP."
    )
    assert [(r.number_symbol, r.relation) for r in refs] == [
        ("115/2020/NĐ-CP", "guides"),
        ("115/2020/NĐ-CP", "guides"),
        ("85/2023/NĐ-CP", "guides"),
        ("34/2016/NĐ-CP", "guides"),
        ("154/2020/NĐ-CP", "guides"),
        ("45/2020/NĐ-CP", "implements"),
        ("107/2021/NĐ-CP", "implements"),
    ]


def test_guidance_at_a_circular_coordinated_with_a_cited_decree_shares_its_relation() -> None:
    """ "theo Điều 31 Nghị định A và hướng dẫn tại Thông tư B": "hướng dẫn tại" is a noun coordinated with
    the item before; B takes A's relation, whatever it is (holdout11)."""
    refs = find_references(
        "Việc xếp lương thực hiện theo Điều 31 Nghị định 115/2020/NĐ-CP và hướng dẫn tại Thông tư số "
        "02/2007/TT-BNV.\nNgoài các chế độ quy định tại Nghị định số 108/2014/NĐ-CP và hướng dẫn tại Thông "
        "tư liên tịch số 01/2015/TTLT-BNV-BTC."
    )
    assert [(r.number_symbol, r.relation) for r in refs] == [
        ("115/2020/NĐ-CP", "implements"),
        ("02/2007/TT-BNV", "implements"),
        ("108/2014/NĐ-CP", "mentions"),
        ("01/2015/TTLT-BNV-BTC", "mentions"),
    ]


def test_a_pdf_line_wrapped_inside_a_ministers_title_ends_no_clause() -> None:
    """ "Thông tư này thay thế Thông tư số A của Bộ trưởng Bộ⏎Tư pháp hướng dẫn thi hành Nghị định B": the
    line breaks after "Bộ", which ends no sentence; A guides B, as on one line (holdout11)."""
    refs = find_references(
        "2. Thông tư này thay thế Thông tư số 09/2021/TT-BTP của Bộ trưởng Bộ\nTư pháp hướng dẫn thi hành "
        "Nghị định số 34/2016/NĐ-CP về kiểm tra, xử lý văn bản."
    )
    assert [(r.number_symbol, r.relation, r.relation_source) for r in refs] == [
        ("09/2021/TT-BTP", "replaces", None),
        ("34/2016/NĐ-CP", "guides", 0),
    ]


def test_a_quoted_preamble_in_a_consolidation_note_is_not_the_texts_basis() -> None:
    """A consolidated text's note "Nghị định số A … có căn cứ ban hành như sau: "Căn cứ Luật X …"": the
    quoted "Căn cứ" is decree A's basis, not the consolidated text's (mentions); the quoted enacting
    formula still names the decree A amends, and the text's own "Căn cứ" stays based_on (holdout11)."""
    refs = find_references(
        "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\n___\n¹ Nghị định số 107/2021/NĐ-CP sửa "
        'đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP có căn cứ ban hành như sau:\n"Căn cứ Luật '
        "Giao dịch điện tử ngày 29 tháng 11 năm 2005;\nChính phủ ban hành Nghị định sửa đổi, bổ sung một số "
        'điều của Nghị định số 61/2018/NĐ-CP."'
    )
    assert [(r.text, r.relation) for r in refs] == [
        ("Luật Tổ chức Chính phủ", "based_on"),
        ("Nghị định số 107/2021/NĐ-CP", "mentions"),
        ("Nghị định số 61/2018/NĐ-CP", "amends"),
        ("Luật Giao dịch điện tử", "mentions"),
        ("Nghị định số 61/2018/NĐ-CP", "amends"),
    ]


def test_a_later_item_of_a_bodys_task_amends_nothing() -> None:
    """ "Ủy ban Kiểm tra Trung ương chủ trì, … hướng dẫn thực hiện Quy định này; sửa đổi, bổ sung Hướng dẫn
    số X … cho phù hợp": the ";" item is still the body's task (holdout7 tasks), not the text's own
    amendment; an amending item of the text itself keeps its cue (holdout11)."""
    refs = find_references(
        "1. Ủy ban Kiểm tra Trung ương chủ trì, phối hợp với các cơ quan liên quan hướng dẫn thực hiện Quy "
        "định này; sửa đổi, bổ sung Hướng dẫn số 02-HD/TW, ngày 09/12/2021 của Ban Bí thư cho phù hợp.\n"
        "Điều 2. Sửa đổi, bổ sung một số điều của Quy định số 22-QĐ/TW, ngày 28/7/2021; sửa đổi Hướng dẫn "
        "số 05-HD/TW như sau:"
    )
    assert [(r.number_symbol, r.relation) for r in refs] == [
        ("02-HD/TW", "mentions"),
        ("22-QĐ/TW", "amends"),
        ("05-HD/TW", "amends"),
    ]


def test_news_items_about_a_document_and_its_content_carried_into_bulletins_implement_it() -> None:
    """Dissemination is carrying a document out, as "tuyên truyền" is: "tin, bài về X", "đưa nội
    dung của X vào …"; the list after the cue inherits it."""
    refs = find_references(
        "Đài Truyền thanh huyện đã phát 45 tin, bài về Luật Phòng, chống tham nhũng, Luật Tố cáo. Các cơ "
        "quan đưa nội dung của Nghị quyết số 57-NQ/TW vào bản tin nội bộ. Báo đăng 12 tin bài về Chỉ thị "
        "số 24/CT-TTg."
    )
    assert [r.relation for r in refs] == ["implements"] * 4


def test_contrary_to_a_law_names_it_without_taking_the_sentences_cue():
    """ "tiếp tục áp dụng Quy trình … theo Quyết định A, trừ những nội dung trái với Luật B": B is only
    named (holdout11 "trái với Hiến pháp"; holdout12), not applied."""
    text = (
        "Tiếp tục thực hiện theo Quyết định số 1111/QĐ-BHXH ngày 19/10/2011, trừ những nội dung trái với "
        "Luật Bảo hiểm xã hội số 41/2024/QH15."
    )
    assert _rel(text, "1111/QĐ-BHXH") == "implements"
    assert _rel(text, "41/2024/QH15") == "mentions"


def test_a_recommendation_to_direct_a_replacement_replaces_nothing():
    """ "Đối với UBND tỉnh: Chỉ đạo thay thế Quyết định X": a directive asked of another body (holdout5,
    holdout12), while "chỉ đạo … thực hiện Y" still carries Y out."""
    text = (
        "2. Đối với Ủy ban nhân dân tỉnh: Chỉ đạo thay thế Quyết định số 12/2016/QĐ-UBND; chỉ đạo các sở "
        "tiếp tục thực hiện Chỉ thị số 08/CT-UBND ngày 02/3/2023 của Chủ tịch UBND tỉnh."
    )
    assert _rel(text, "12/2016/QĐ-UBND") == "mentions"
    assert _rel(text, "08/CT-UBND") == "implements"


def test_a_requirement_stated_in_a_document_is_the_documents_own():
    """ "theo yêu cầu tại Nghị quyết số X" like "theo yêu cầu của Chỉ thị số X": implements (holdout12);
    a body's request in a letter answers nothing the document carries out."""
    assert _rel(
        "Tổng hợp báo cáo Thủ tướng theo yêu cầu tại Nghị quyết số 01/NQ-CP ngày 05/01/2024.", "01/NQ-CP"
    ) == ("implements")
    assert _rel(
        "Theo yêu cầu của Bộ Nội vụ tại Công văn số 5318/BNV-CCVC, Sở báo cáo như sau:", "5318/BNV-CCVC"
    ) == ("responds_to")


def test_references_as_the_subject_of_a_passive_implementing_predicate():
    """ "Chỉ thị 45 và Quy định số … được thực hiện nghiêm.": the list is the sentence's subject, the
    passive its predicate (holdout12); a reference inside a longer sentence with a comma is not."""
    text = "Đại hội hoàn thành. Chỉ thị 45-CT/TW và Quy định số 232-QĐ/TW của Ban Chấp hành Trung ương được thực hiện nghiêm."
    assert _rel(text, "45-CT/TW") == "implements"
    assert _rel(text, "232-QĐ/TW") == "implements"
    other = "Sở đã nhận Quyết định số 15/QĐ-UBND, các nội dung khác được thực hiện nghiêm."
    assert _rel(other, "15/QĐ-UBND") == "mentions"


def test_a_draft_earlier_in_the_sentence_is_what_would_replace_the_document():
    """ "đang xây dựng dự thảo Nghị định quy định chi tiết Luật … (có hiệu lực …) về …, thay thế X": the
    draft's future act, past the parenthesis and comma (holdout2, holdout12); a decision of its own still
    replaces."""
    text = (
        "Bộ đang xây dựng dự thảo Nghị định quy định chi tiết Luật Việc làm số 74/2025/QH15 (có hiệu lực từ "
        "ngày 01/01/2026) về bảo hiểm thất nghiệp, thay thế Nghị định số 28/2015/NĐ-CP ngày 12/3/2015."
    )
    assert _rel(text, "28/2015/NĐ-CP") == "mentions"
    own = (
        "Quyết định này có hiệu lực từ ngày 01/3/2024, thay thế Quyết định số 15/2019/QĐ-UBND ngày 02/5/2019."
    )
    assert _rel(own, "15/2019/QĐ-UBND") == "replaces"


def test_an_instruction_letter_before_a_main_clause_that_asks_for_no_report():
    """ "Thực hiện chỉ đạo … tại Công văn số X …, Ngân hàng Nhà nước đề nghị các tổ chức tín dụng thực hiện …":
    the letter is carried out (holdout6, holdout12); "…, Sở Nội vụ báo cáo như sau:" answers it."""
    carried = (
        "Thực hiện chỉ đạo của Thủ tướng Chính phủ tại Công văn số 5470/VPCP-KTTH ngày 02/8/2024 của Văn phòng "
        "Chính phủ về tháo gỡ khó khăn, Ngân hàng Nhà nước đề nghị các tổ chức tín dụng thực hiện nội dung sau:\n"
    )
    assert _rel(carried, "5470/VPCP-KTTH") == "implements"
    answered = (
        "Thực hiện Công văn số 812/UBND-NC ngày 02/8/2024 của UBND tỉnh về việc rà soát, đánh giá, Sở Nội vụ "
        "báo cáo như sau:\n"
    )
    assert _rel(answered, "812/UBND-NC") == "responds_to"


def test_a_table_under_an_introducing_line_takes_its_cue_for_the_rows_documents():
    """ "…; tiếp tục áp dụng cho đến khi được thay thế, trong đó có các văn bản sau:" over a table of documents:
    each row's document is applied (implements); without such a line the table only names them (holdout10,
    holdout12)."""
    table = (
        "| TT | Số, ký hiệu | Ngày ban hành | Trích yếu |\n|---|---|---|---|\n"
        "| 1 | 09/2020/TT-BLĐTBXH | 12/11/2020 | Về lao động chưa thành niên |\n"
    )
    intro = "Bộ đã rà soát 312 văn bản; tiếp tục áp dụng cho đến khi được thay thế, trong đó có các văn bản sau:\n\n"
    assert _rel(intro + table, "09/2020/TT-BLĐTBXH") == "implements"
    assert _rel("Bộ đã ban hành các văn bản sau:\n\n" + table, "09/2020/TT-BLĐTBXH") == "mentions"


def test_a_tab_separated_table_takes_the_cue_of_the_line_introducing_it():
    """A DOCX or PDF table (tab-separated rows) under "Các văn bản … làm căn cứ triển khai … dưới đây:"
    takes that line's cue, as a markdown table does (holdout12); without the line its rows name documents
    (holdout13)."""
    rows = (
        "TT\tVăn bản\tNgày ban hành\tCơ quan ban hành\n"
        "1\tNghị định số 59/2023/NĐ-CP\t14/8/2023\tChính phủ\n"
        "2\tKế hoạch số 41/KH-UBND\t06/3/2023\tUBND huyện\n"
    )
    intro = "3. Các văn bản chủ yếu làm căn cứ triển khai được tổng hợp tại bảng dưới đây:\n\n"
    assert [r.relation for r in find_references(intro + rows)] == ["based_on", "based_on"]
    assert [r.relation for r in find_references("3. Kết quả ban hành văn bản:\n\n" + rows)] == [
        "mentions",
        "mentions",
    ]


def test_a_document_in_the_next_cell_of_a_tab_separated_row_is_no_item_of_the_previous_cells_list():
    """A comparison table (current provision / draft / reason): "X đã hết hiệu lực" in the reason cell
    does not join the list of the provision cell before it ("… thực hiện Quyết định số …"); a
    continuation line of the same cell (leading tabs) still does (holdout13)."""
    text = (
        "Bảng so sánh:\n\nQuy định hiện hành\tDự thảo\tLý do\n"
        "Điều 3. Sở tổ chức thực hiện Nghị định số 28/2013/NĐ-CP\tĐiều 3. Sở tổ chức thực hiện Quyết định "
        "số 1521/QĐ-TTg\tNghị định số 28/2013/NĐ-CP đã hết hiệu lực\n"
    )
    assert [r.relation for r in find_references(text)] == ["implements", "implements", "mentions"]
    cell = "TT\tNội dung\tCơ quan\tCăn cứ\n1\tSố hóa hồ sơ\tVăn phòng\tNghị định số 45/2020/NĐ-CP;\n\t\t\tNghị định số 107/2021/NĐ-CP\n"
    assert [r.relation for r in find_references(cell)] == ["based_on", "based_on"]


def test_a_request_for_a_report_in_justified_pdf_lines():
    """ "Thực hiện Công văn … của UBND⏎⏎tỉnh  Quảng  Bình  về  việc  báo  cáo  sơ  kết  5  năm  thực  hiện
    Chỉ  thị  số  10/⏎⏎CT-TTg, Sở … báo cáo …": the justified line's double spaces and the blank line of a
    wrap inside the symbol still make the letter the request answered and the Chỉ thị the report's subject
    (holdout13)."""
    text = (
        "Thực hiện Công văn số 2315/UBND-NC ngày 30/10/2024 của Ủy ban nhân dân\n\ntỉnh  Quảng  Bình  về  "
        "việc  báo  cáo  sơ  kết  5  năm  thực  hiện  Chỉ  thị  số  10/\n\nCT-TTg, Sở Nội vụ báo cáo kết quả "
        "như sau:\n\nI. CÔNG TÁC CHỈ ĐẠO\n"
    )
    assert [r.relation for r in find_references(text)] == ["responds_to", "reports_on"]


def test_a_cell_of_a_tab_separated_row_is_a_clause_of_its_own():
    """A task cell's verb ("Triển khai …", "Trình … ban hành …") is no cue of the document in the row's
    "Căn cứ" cell, which takes its column's cue (holdout13)."""
    text = (
        "TT\tNội dung\tCơ quan chủ trì\tThời gian\tCăn cứ\n"
        "1\tTriển khai các biện pháp bảo vệ dữ liệu cá nhân\tCông an tỉnh\tThường xuyên\tNghị định "
        "13/2023/NĐ-CP\n"
        "2\tTrình HĐND tỉnh ban hành nghị quyết hỗ trợ\tSở Khoa học và Công nghệ\tNăm 2025\tKế hoạch "
        "215-KH/TU\n"
    )
    assert [r.relation for r in find_references(text)] == ["based_on", "based_on"]


def test_an_amending_formula_before_the_part_issued_with_a_document_amends_it():
    """ "Sửa đổi, bổ sung một số điều của Quy định … ban hành kèm theo X" (an amending decision's title or
    article) amends X; a task "Rà soát, sửa đổi Quy chế … ban hành kèm theo X" keeps the "theo" (holdout);
    a Tờ trình's draft "kính trình dự thảo Quyết định sửa đổi …" is a proposal (holdout13)."""
    title = (
        "QUYẾT ĐỊNH\nSửa đổi, bổ sung một số điều của Quy định phân cấp quản lý ban hành kèm theo Quyết định "
        "số 36/2019/QĐ-UBND ngày 22/8/2019 của Ủy ban nhân dân tỉnh\n"
    )
    assert [r.relation for r in find_references(title)] == ["amends"]
    task = "1. Rà soát, sửa đổi Quy chế công tác văn thư của Bộ ban hành kèm theo Quyết định số 1893/QĐ-BTC."
    assert [r.relation for r in find_references(task)] == ["implements"]
    draft = (
        "Sở kính trình dự thảo Quyết định sửa đổi, bổ sung một số điều của Quy định ban hành kèm theo "
        "Quyết định số 36/2019/QĐ-UBND như sau:"
    )
    assert [r.relation for r in find_references(draft)] == ["mentions"]


def test_an_amending_formula_that_names_the_provisions_before_the_attached_part():
    """ "Thông tư A … sửa đổi, bổ sung khoản 3 Điều 5, điểm b khoản 1 Điều 9 của Quy chế … ban hành kèm theo
    X" (a plan's legal bases, real-text audit r18): the provisions named instead of "một số điều", X is still
    amended; a task "Rà soát, sửa đổi khoản 2 Điều 4 của Quy chế … ban hành kèm theo X" is not."""
    text = (
        "Căn cứ Thông tư số 21/2019/TT-BGDĐT ngày 12/11/2019 của Bộ Giáo dục và Đào tạo sửa đổi, bổ sung khoản 3 "
        "Điều 5, điểm b khoản 1 Điều 9 của Quy chế thi tốt nghiệp ban hành kèm theo Thông tư số "
        "04/2017/TT-BGDĐT;\n"
    )
    refs = find_references(text)
    assert [(r.number_symbol, r.relation) for r in refs] == [
        ("21/2019/TT-BGDĐT", "based_on"),
        ("04/2017/TT-BGDĐT", "amends"),
    ]
    task = (
        "1. Rà soát, sửa đổi khoản 2 Điều 4 của Quy chế văn thư ban hành kèm theo Quyết định số 1893/QĐ-BTC."
    )
    assert [r.relation for r in find_references(task)] == ["implements"]


def test_a_cue_in_an_opening_adverbial_phrase_or_before_an_own_passive_clause():
    """ "Trên cơ sở kết quả rà soát theo A, một số quy định của B không còn phù hợp": the "theo" of the opening
    phrase governs nothing past its comma; "…; đã được thẩm định tại C" is the clause's own verb, not the
    sentence's earlier cue (holdout5, holdout8; holdout13)."""
    fronted = find_references(
        "Trên cơ sở kết quả rà soát theo Kế hoạch số 145/KH-UBND ngày 05/6/2024 của Ủy ban nhân dân tỉnh, "
        "một số quy định của Quyết định số 36/2019/QĐ-UBND không còn hiệu quả."
    )
    assert [r.relation for r in fronted][1:] == ["mentions"]
    passive = find_references(
        "Dự thảo đã được đăng tải trong 30 ngày theo Nghị định số 34/2016/NĐ-CP; đã được thẩm định tại "
        "Báo cáo thẩm định số 2077/BC-STP ngày 30/9/2024."
    )
    assert [r.relation for r in passive] == ["implements", "mentions"]


def test_the_trich_yeu_cell_of_a_tab_separated_row_speaks_of_the_rows_document():
    """ "2\\tNghị định số 59/2023/NĐ-CP\\t14/8/2023\\tChính phủ\\tQuy định chi tiết một số điều của Luật …": the
    row's decree guides the law, as in a markdown row (holdout12, holdout13)."""
    text = (
        "Các văn bản đã ban hành:\n\nTT\tVăn bản\tNgày ban hành\tCơ quan ban hành\tTrích yếu\n"
        "2\tNghị định số 59/2023/NĐ-CP\t14/8/2023\tChính phủ\tQuy định chi tiết một số điều của Luật Thực "
        "hiện dân chủ ở cơ sở\n"
    )
    assert [r.relation for r in find_references(text)] == ["mentions", "guides"]


def test_a_proposal_asking_a_body_to_guide_names_the_document_of_its_theo():
    """ "kiến nghị Bộ Nội vụ sớm hướng dẫn việc đánh giá … theo X": the guidance is asked for, X is only named
    (holdout10, holdout13); other proposals keep their cue ("Đề nghị … bố trí kinh phí theo X")."""
    text = (
        "2. Đề nghị UBND tỉnh tiếp tục thực hiện nghiêm Chỉ thị số 10/CT-TTg; kiến  nghị  Bộ  Nội  vụ  sớm  "
        "hướng  dẫn  việc đánh giá cán bộ theo Nghị định số 90/2020/NĐ-CP ngày 13/8/2020."
    )
    assert [r.relation for r in find_references(text)] == ["implements", "mentions"]
    funded = find_references("Đề nghị UBND tỉnh bố trí kinh phí theo Nghị quyết số 48/2023/NQ-HĐND.")
    assert [r.relation for r in funded] == ["implements"]


def test_a_law_institutionalising_a_party_document_implements_it():
    """ "Luật mới thể chế hóa tinh thần Kết luận số 119-KL/TW …", "thể chế hóa Nghị quyết …": the law makes
    the Party's line law, as "cụ thể hóa" does (holdout13)."""
    for text in (
        "Luật mới thể chế hóa tinh thần Kết luận số 119-KL/TW của Bộ Chính trị về đổi mới quy trình.",
        "Luật đã thể chế hóa Nghị quyết số 27-NQ/TW ngày 9/11/2022 của Ban Chấp hành Trung ương.",
    ):
        assert [r.relation for r in find_references(text)] == ["implements"]


def test_a_guiding_document_guides_what_its_guidance_follows():
    """ "Công văn số A hướng dẫn tổ chức hội nghị … theo Mục 3 Chương III Luật X": A guides X (the bare "theo"
    right after the guiding document's "hướng dẫn …"); "Sở đã hướng dẫn các xã thực hiện theo Y" still
    implements Y (holdout13)."""
    guided = find_references(
        "Công văn số 1455/SNV-XDCQ hướng dẫn tổ chức hội nghị cán bộ, công chức theo Mục 3 Chương III Luật "
        "Thực hiện dân chủ ở cơ sở."
    )
    assert [r.relation for r in guided] == ["mentions", "guides"]
    done = find_references("Sở đã hướng dẫn các xã thực hiện theo Nghị định số 59/2023/NĐ-CP.")
    assert [r.relation for r in done] == ["implements"]


def test_a_request_answered_in_a_tab_indented_paragraph() -> None:
    """docx2txt keeps a paragraph's first-line indent as a tab: "\\tThực hiện Công văn số … về việc báo
    cáo …, Tòa án … báo cáo như sau:" still answers the request (holdout15)."""
    text = (
        "BÁO CÁO\n\nKết quả công tác năm 2024\n\n\tThực hiện Công văn số 318/TANDTC-KHTC ngày 05/11/2024 của "
        "Tòa án nhân dân tối cao về việc báo cáo kết quả hòa giải, Tòa án nhân dân tỉnh báo cáo như sau:\n\n"
        "\t- Thực hiện Công văn số 12/TA-VP, duy trì lịch tiếp công dân.\n"
    )
    assert _rel(text, "318/TANDTC-KHTC") == "responds_to"
    assert _rel(text, "12/TA-VP") == "implements"


def test_a_pandoc_grid_table_takes_its_introducing_lines_cue() -> None:
    """A pandoc grid table ("+---+" rules, "+===+" under the header, cells wrapped over lines) under "Các
    văn bản … đã được triển khai như sau:" takes that line's cue, as a pipe table does (holdout15)."""
    text = (
        "Các văn bản của Trung ương đã được triển khai như sau:\n\n"
        "+------+--------------------------+--------------------+\n"
        "| TT   | Văn bản                  | Kết quả            |\n"
        "+======+==========================+====================+\n"
        "| 1    | Kế hoạch số              | Đã ban hành kế     |\n"
        "|      | 365/KH-BCA-C08 ngày      | hoạch              |\n"
        "|      | 05/8/2024 của Bộ Công an |                    |\n"
        "+------+--------------------------+--------------------+\n"
        "| 2    | Nghị định số             | Tập huấn           |\n"
        "|      | 168/2024/NĐ-CP           |                    |\n"
        "+------+--------------------------+--------------------+\n"
    )
    assert _rel(text, "365/KH-BCA-C08") == "implements"
    assert _rel(text, "168/2024/NĐ-CP") == "implements"


def test_a_flattened_tables_basis_cell_with_a_pinpoint() -> None:
    """docx2txt writes a table one cell a paragraph: "Điều 41 Luật số …" in the "Căn cứ" column is the
    row's legal basis, its pinpoint before it on the line (holdout15)."""
    text = (
        "3. Kết quả cụ thể:\n\nChỉ tiêu\n\nSố vụ, việc\n\nCăn cứ\n\nHòa giải thành\n\n1.312\n\n"
        "Điều 41 Luật số 58/2020/QH14\n\n\tIII. KIẾN NGHỊ\n"
    )
    assert _rel(text, "58/2020/QH14") == "based_on"


def test_a_negated_application_is_no_implementation() -> None:
    """ "không còn áp dụng X (hết hiệu lực …)", "không áp dụng X": the document is named, not carried out
    (relation_cues.json mentions; holdout15)."""
    text = (
        "Các cơ quan thực hiện đúng Điều 3 Nghị định 59/2023/NĐ-CP; không còn áp dụng Pháp lệnh số "
        "34/2007/PL-UBTVQH11 ngày 20/4/2007 (hết hiệu lực từ ngày 01/7/2023)."
    )
    assert _rel(text, "59/2023/NĐ-CP") == "implements"
    assert _rel(text, "34/2007/PL-UBTVQH11") == "mentions"


def test_the_decision_a_quoted_plan_is_issued_with_takes_the_plans_cue() -> None:
    """ "thực hiện Đề án "…" (ban hành kèm theo Quyết định số …)": the decision whose content the plan is
    takes the cue governing the plan, also after a quoted title and "ban hành kèm theo" (holdout15)."""
    text = (
        'Lồng ghép với việc thực hiện Đề án "Hỗ trợ phụ nữ khởi nghiệp giai đoạn 2017 - 2025" (ban hành '
        "kèm theo Quyết định số 939/QĐ-TTg ngày 30/6/2017 của Thủ tướng Chính phủ)."
    )
    assert _rel(text, "939/QĐ-TTg") == "implements"
    # evidence in parentheses stays evidence
    assert _rel(
        "Tỉnh đã hoàn thành việc sắp xếp (theo Báo cáo số 12/BC-UBND ngày 02/3/2024).", "12/BC-UBND"
    ) == ("mentions")


def test_a_repealed_decree_expires_with_this_text_over_the_law_named_in_its_subject():
    """ "Nghị định số A … quy định chi tiết một số điều của Luật X hết hiệu lực kể từ ngày Luật này có hiệu
    lực": A is replaced — the law in its subject (guided by A) does not end A's clause (holdout14)."""
    decree, law = find_references(
        "2. Nghị định số 75/2012/NĐ-CP ngày 03 tháng 10 năm 2012 của Chính phủ quy định chi tiết một số điều "
        "của Luật Khiếu nại hết hiệu lực kể từ ngày Luật này có hiệu lực thi hành."
    )
    assert (decree.relation, law.relation) == ("replaces", "guides")
    (status,) = find_references(
        "2. Nghị định số 75/2012/NĐ-CP của Chính phủ hết hiệu lực kể từ ngày 01/7/2020."
    )
    assert status.relation == "mentions"  # a status with its own date, not this text's act


def test_a_numbered_item_after_a_list_introduced_with_a_colon_is_its_sibling_not_its_item():
    """ "3. Bãi bỏ các quy định sau đây:" governs its a), b) items, not the next numbered clause "4. Thông tư
    số A …, đã được thay thế bởi Thông tư số B, không được áp dụng …", which states a past replacement
    (holdout14)."""
    refs = find_references(
        "3. Bãi bỏ các quy định sau đây:\na) Điều 3 của Nghị định số 31/2019/NĐ-CP;\n"
        "b) Quyết định số 858/QĐ-TTg ngày 14 tháng 6 năm 2013 của Thủ tướng Chính phủ.\n"
        "4. Thông tư số 06/2014/TT-TTCP ngày 31 tháng 10 năm 2014 của Thanh tra Chính phủ, đã được thay thế "
        "bởi Thông tư số 04/2021/TT-TTCP, không được áp dụng cho các vụ việc mới.\n"
    )
    assert [r.relation for r in refs] == ["replaces", "replaces", "mentions", "mentions"]


def test_a_comma_inside_a_quoted_phrase_does_not_cut_the_cue_from_its_reference():
    """ "Thay thế cụm từ "A" bằng cụm từ "B, C" tại khoản 2 Điều 24 của Luật X": the comma is inside the
    quoted words, so X is amended (holdout9, holdout14); a comma outside quotes still ends the cue's reach."""
    (quoted,) = find_references(
        'Thay thế cụm từ "Bộ Nội vụ" bằng cụm từ "Bộ Nội vụ, Sở Nội vụ" tại khoản 2 Điều 24 của Luật Tố cáo.'
    )
    assert quoted.relation == "amends"
    (outside,) = find_references(
        'Thay thế cụm từ "Bộ" bằng cụm từ "Sở", các điều khác của Luật Tố cáo giữ nguyên hiệu lực.'
    )
    assert outside.relation == "mentions"


def test_the_comma_of_the_generic_articles_and_clauses_does_not_cut_the_cue():
    """ "Bãi bỏ một số điều, khoản của Luật X": "điều, khoản" are the articles and clauses repealed, not two
    clauses of the sentence, so X is repealed (holdout14)."""
    (law,) = find_references("Điều 4. Bãi bỏ một số điều, khoản của Luật Khiếu nại\n")
    assert law.relation == "replaces"


def test_the_next_item_counted_in_articles_shares_the_amending_cue():
    """ "sửa đổi, bổ sung 02 điều của Luật A và 02 điều của Luật B": B is amended like A — "và 02 điều của"
    joins the next item of the list (holdout14); "và" followed by other words is no list gap."""
    first, second = find_references(
        "Luật gồm 05 điều, sửa đổi, bổ sung 02 điều của Luật Khiếu nại số 02/2011/QH13 và 03 điều của Luật "
        "Tố cáo số 25/2018/QH14."
    )
    assert (first.relation, second.relation) == ("amends", "amends")
    amended, other = find_references(
        "Sửa đổi, bổ sung 02 điều của Luật Khiếu nại số 02/2011/QH13 và báo cáo việc thi hành Luật Tố cáo số "
        "25/2018/QH14."
    )
    assert (amended.relation, other.relation) == ("amends", "implements")


def test_a_cue_does_not_reach_over_a_main_clause_of_its_own():
    """ "Căn cứ … Hiến pháp năm 2013, ngày 24/12/2025, Chủ tịch nước Lương Cường đã ký Lệnh số … công bố Luật
    …": what the new clause's subject signed is not under "Căn cứ" (holdout14); without such a clause the
    sentence's cue still governs a later item ("Căn cứ A, B và các quy định khác tại Nghị định C")."""
    refs = find_references(
        "Căn cứ Điều 88 và Điều 91 của Hiến pháp năm 2013, ngày 24 tháng 12 năm 2025, Chủ tịch nước Lương "
        "Cường đã ký Lệnh số 58/2025/L-CTN công bố Luật số 171/2025/QH15."
    )
    assert [r.relation for r in refs] == ["based_on", "mentions", "mentions"]
    listed = find_references(
        "Căn cứ Luật Đất đai năm 2024, các quy định về bồi thường tại Nghị định số 88/2024/NĐ-CP."
    )
    assert [r.relation for r in listed] == ["based_on", "based_on"]


def test_the_texts_own_scope_goes_on_after_a_semicolon_without_a_subject():
    """ "Nghị định này quy định chi tiết … của Luật A; quy định biện pháp thi hành Luật A …": the second A is
    guided too — the scope's subject carries over ";" (holdout14); a ";" clause of another line does not."""
    refs = find_references(
        "Nghị định này quy định chi tiết Điều 20 của Luật Khiếu nại; quy định biện pháp thi hành Luật Khiếu "
        "nại về tiếp nhận đơn trực tuyến.\nCơ quan tổ chức hội nghị; hướng dẫn Luật Khiếu nại.\n"
    )
    assert [r.relation for r in refs] == ["guides", "guides", "mentions"]


def test_a_semicolon_item_of_a_task_to_submit_is_the_same_task():
    """ "Thanh tra Chính phủ rà soát, trình Chính phủ ban hành Nghị định thay thế X …; sửa đổi Thông tư Y cho
    phù hợp": Y is a later item of the task, not the text's own amendment (holdout14); a "Ban Chỉ đạo" in
    the sentence makes no task ("…; Kế hoạch A thay thế Kế hoạch B": B is replaced, holdout10)."""
    task = find_references(
        "1. Hoàn thiện thể chế: Thanh tra Chính phủ rà soát, trình Chính phủ ban hành Nghị định thay thế Nghị "
        "định số 64/2014/NĐ-CP trong năm 2026; sửa đổi Thông tư số 04/2021/TT-TTCP cho phù hợp."
    )
    assert [r.relation for r in task] == ["mentions", "mentions"]
    done = find_references(
        "UBND tỉnh ban hành Quyết định số 15/QĐ-UBND thành lập Ban Chỉ đạo chuyển đổi số tỉnh; Kế hoạch số "
        "54/KH-UBND thay thế Kế hoạch số 412/KH-UBND."
    )
    assert done[-1].relation == "replaces"


def test_achieving_a_documents_targets_carries_it_out():
    """ "Đến năm 2030, hoàn thành mục tiêu Nghị quyết số 57 về …": achieving X's target is carrying X out
    (holdout14)."""
    (target,) = find_references("Đến năm 2030, hoàn thành mục tiêu Nghị quyết số 57-NQ/TW về dữ liệu số.")
    assert target.relation == "implements"
    (goals,) = find_references("Phấn đấu hoàn thành các mục tiêu của Kế hoạch số 12/KH-UBND ngày 05/3/2024.")
    assert goals.relation == "implements"


def test_an_amendment_that_also_repeals_parts_amends():
    """ "sửa đổi, bổ sung, bãi bỏ một số điều của Nghị định X", "sửa đổi, bổ sung 04 điều và bãi bỏ 04 điều, khoản
    của Luật X": X is amended and stays in force (holdout14); a repeal of its own ("Bãi bỏ Điều 5 của X", "… và
    bãi bỏ Quyết định Y") still replaces."""
    refs = find_references(
        "Nghị định sửa đổi, bổ sung, bãi bỏ một số điều của Nghị định số 61/2018/NĐ-CP.\n"
        "Luật sửa đổi, bổ sung 04 điều và bãi bỏ 04 điều, khoản của Luật Tiếp công dân số 42/2013/QH13.\n"
        "Bãi bỏ Điều 5 của Nghị định số 30/2020/NĐ-CP.\n"
        "Sửa đổi Điều 3 của Nghị định số 20/2020/NĐ-CP và bãi bỏ Quyết định số 12/2019/QĐ-TTg.\n"
        "Sửa đổi khoản 2 Điều 3 và bãi bỏ khoản 4 Điều 5 của Nghị định số 21/2020/NĐ-CP.\n"
    )
    assert [r.relation for r in refs] == ["amends", "amends", "replaces", "amends", "replaces", "amends"]


def test_a_date_wrapped_inside_keeps_the_clause_going() -> None:
    """An OCR'd line wrapped inside a date ("ngày 30 tháng⏎6 năm 2023", holdout17) does not end the
    clause: the law in the decree's subject after it is still the one the decree guides."""
    text = (
        "Căn cứ Nghị định số 43/2023/NĐ-CP ngày 30 tháng\n6 năm 2023 của Chính phủ quy định chi tiết một số "
        "điều và biện pháp thi hành Luật Thanh tra, Chánh Thanh tra tỉnh kiến nghị:"
    )
    refs = find_references(text, "2024-11-26")
    assert [(r.text, r.relation) for r in refs] == [
        ("Nghị định số 43/2023/NĐ-CP", "based_on"),
        ("Luật Thanh tra", "guides"),
    ]


def test_found_largely_conforming_to_a_law_is_based_on_it() -> None:
    """An inspection's finding that a body acted "cơ bản đúng X" (largely as X requires; holdout17) reads
    like "bảo đảm đúng X": based_on; "chưa đúng theo X" stays a mention."""
    text = (
        "Việc bố trí lịch tiếp công dân cơ bản đúng Luật Tiếp công dân năm 2013 và Nghị định số "
        "64/2014/NĐ-CP ngày 26 tháng 6 năm 2014 của Chính phủ; việc giải quyết chưa đúng theo Nghị định "
        "số 124/2020/NĐ-CP."
    )
    refs = find_references(text, "2024-11-26")
    assert [(r.text, r.relation) for r in refs] == [
        ("Luật Tiếp công dân năm 2013", "based_on"),
        ("Nghị định số 64/2014/NĐ-CP", "based_on"),
        ("Nghị định số 124/2020/NĐ-CP", "mentions"),
    ]


def test_replaced_by_and_see_are_no_act_of_the_text() -> None:
    """ "X hết hiệu lực, thay thế bằng Y" says what replaced X (a fact, not this text's act), and "chi tiết
    xem Y" points to Y (holdout17): both mentions; "xem xét" stays a review, not a pointer."""
    text = (
        "Từ 01/01/2025, Nghị định 100/2019/NĐ-CP hết hiệu lực, thay thế bằng Nghị định số 168/2024/NĐ-CP "
        "ngày 26/12/2024 của Chính phủ. Thực hiện Chỉ thị số 23-CT/TW ngày 25/5/2023 của Ban Bí thư; nội "
        "dung chi tiết xem Kế hoạch số 87/KH-UBND ngày 02/6/2023 của UBND huyện. Thực hiện Quyết định số "
        "5/QĐ-UBND, xem xét cho phù hợp."
    )
    assert [(r.number_symbol, r.relation) for r in find_references(text, "2025-02-16")] == [
        ("100/2019/NĐ-CP", "mentions"),
        ("168/2024/NĐ-CP", "mentions"),
        ("23-CT/TW", "implements"),
        ("87/KH-UBND", "mentions"),
        ("5/QĐ-UBND", "implements"),
    ]


def test_a_list_wrapped_at_ocr_line_ends_keeps_its_cue() -> None:
    """An OCR'd paragraph wraps after "ban hành" and after a list's comma, the next item's type word
    opening the line ("… giai đoạn 2021-2030,⏎Chí thị số 23 …", holdout17): the items after the wraps
    still take the sentence's "Thực hiện"; the clause after "UBND huyện đã ban hành" is its own."""
    text = (
        "Thực hiện Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành\nChương trình tổng thể cải "
        "cách hành chính nhà nước giai đoạn 2021-2030,\nChí thị số 23/CT-TTg ngày 02/9/2021 của Thủ tướng "
        "Chính phủ và Kế hoạch\nsố 102/KH-UBND ngày 25/12/2023 của UBND tỉnh Nam Định về cải cách hành\n"
        "chính năm 2024, UBND huyện đã ban hành Kế hoạch số 215/KH-UBND ngày\n29/12/2023."
    )
    assert [(r.number_symbol, r.relation) for r in find_references(text, "2024-12-10")] == [
        ("76/NQ-CP", "implements"),
        ("23/CT-TTg", "implements"),
        ("102/KH-UBND", "implements"),
        ("215/KH-UBND", "mentions"),
    ]


def test_cu_after_an_issuer_does_not_end_the_clause() -> None:
    """ "Thông tư … của Bộ Thông tin và Truyền thông (cũ) hướng dẫn Nghị định …" (holdout18): the "(cũ)"
    of a former body is part of its name, so the circular still guides the decree; a real parenthesis
    still ends the clause."""
    text = (
        "Việc bảo đảm an toàn thực hiện theo Thông tư số 12/2022/TT-BTTTT ngày 12/8/2022 của Bộ Thông tin "
        "và Truyền thông (cũ) hướng dẫn Nghị định số 85/2016/NĐ-CP. Sở đã ban hành Kế hoạch số 5/KH-SKHCN "
        "(đã báo cáo) hướng dẫn Nghị định số 13/2023/NĐ-CP."
    )
    assert _rel(text, "85/2016/NĐ-CP") == "guides"
    assert _rel(text, "13/2023/NĐ-CP") != "guides"


def test_what_was_formerly_followed_is_not_carried_out_now() -> None:
    """ "… thực hiện theo Thông tư A; trước đây thực hiện theo Thông tư liên tịch B" (holdout18): B is how
    it was done before (mentions), A is carried out."""
    text = (
        "Việc kiện toàn Văn phòng đăng ký đất đai thực hiện theo Thông tư số 18/2025/TT-BNNMT ngày 28/6/2025 "
        "của Bộ Nông nghiệp và Môi trường; trước đây thực hiện theo Thông tư liên tịch số "
        "15/2015/TTLT-BTNMT-BNV-BTC ngày 04/4/2015."
    )
    assert _rel(text, "18/2025/TT-BNNMT") == "implements"
    assert _rel(text, "15/2015/TTLT-BTNMT-BNV-BTC") == "mentions"


def test_a_basis_issued_with_a_document_takes_the_basis_cue():
    """ "Căn cứ Quy chế làm việc … ban hành kèm theo Quyết định số X": the rules the clause rests on are
    X's attachment, so X is a basis, not carried out by the participle's "theo" (holdout20)."""
    text = (
        "- Căn cứ Quy chế làm việc của Ủy ban Kiểm tra Tỉnh ủy khóa XX, nhiệm kỳ 2025 - 2030 ban hành kèm "
        "theo Quyết định số 02-QĐ/UBKTTU ngày 28/10/2025;"
    )
    assert _rel(text, "02-QĐ/UBKTTU") == "based_on"
    text = "Các chi bộ thực hiện Quy chế làm việc ban hành kèm theo Quyết định số 15-QĐ/HU ngày 02/3/2023."
    assert _rel(text, "15-QĐ/HU") == "implements"


def test_a_document_to_be_submitted_that_would_replace_another_is_a_proposal():
    """ "trình Hội đồng nhân dân tỉnh ban hành nghị quyết … theo …, thay thế X": what would replace X is
    still to be submitted, so X is only named; a decree detailing a law in the same sentence still
    guides it, and a replacement the document itself makes still replaces (holdout20, holdout14)."""
    text = (
        "1. Lãnh đạo Ủy ban nhân dân tỉnh trình Hội đồng nhân dân tỉnh ban hành nghị quyết hỗ trợ doanh "
        "nghiệp theo Nghị quyết số 198/2025/QH15, thay thế Nghị quyết số 12/2021/NQ-HĐND ngày 14/7/2021."
    )
    assert _rel(text, "12/2021/NQ-HĐND") == "mentions"
    text = "Quyết định này thay thế Nghị quyết số 12/2021/NQ-HĐND ngày 14/7/2021."
    assert _rel(text, "12/2021/NQ-HĐND") == "replaces"


def test_a_document_in_the_name_of_a_steering_committee_is_only_named():
    """ "… tại Phiên họp lần thứ hai Ban Chỉ đạo quốc gia triển khai Nghị quyết số 68-NQ/TW": the
    committee is named after the resolution; its "triển khai" is no cue of the citing text (holdout20,
    as holdout7's "Ban Chỉ đạo tổng kết Nghị quyết 18"). A committee that carries it out still does."""
    text = (
        "Gắn việc thực hiện Nghị quyết 68 với Thông báo số 611/TB-VPCP ngày 11/11/2025 của Văn phòng Chính "
        "phủ kết luận của Thủ tướng Chính phủ tại Phiên họp lần thứ hai Ban Chỉ đạo quốc gia triển khai "
        "Nghị quyết số 68-NQ/TW."
    )
    assert [r.relation for r in find_references(text) if r.number_symbol == "68-NQ/TW"][-1] == "mentions"
    assert _rel("Ban Thường vụ Tỉnh ủy triển khai Nghị quyết số 68-NQ/TW.", "68-NQ/TW") == "implements"


def test_a_document_expiring_the_same_day_the_citing_one_takes_effect_is_replaced():
    """ "Quy định này có hiệu lực kể từ ngày ký. Quyết định số X … hết hiệu lực cùng ngày": the day is the
    citing document's, stated in the sentence before — it ends X; "cùng ngày với" another document is
    a status of X (holdout20)."""
    text = (
        "Điều 6. Hiệu lực thi hành\nQuy định này có hiệu lực kể từ ngày ký. Quyết định số 02-QĐ/UBKTTU ngày "
        "10/3/2021 của Ủy ban Kiểm tra Tỉnh ủy khóa XIX hết hiệu lực cùng ngày."
    )
    assert _rel(text, "02-QĐ/UBKTTU") == "replaces"
    text = "Quyết định số 02-QĐ/UBKTTU ngày 10/3/2021 hết hiệu lực cùng ngày với Quyết định số 05-QĐ/UBKTTU."
    assert _rel(text, "02-QĐ/UBKTTU") == "mentions"


def test_a_review_by_years_in_the_title_area_reports_on_its_subject() -> None:
    """ "Sau 9 năm thực hiện X", "Qua 5 năm triển khai X" in a headline and its lead (holdout19) review X,
    like "sơ kết … thực hiện X": the article's subject. Later in the body the same words about another
    document, or "sau khi thực hiện X", are no review of the subject."""
    lead = (
        "Bắc Giang: Đưa việc làm theo Bác thành nền nếp sau 9 năm thực hiện Chỉ thị 05-CT/TW\n"
        "BẮC GIANG - Sau 9 năm thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị, việc học tập "
        "và làm theo Bác đã trở thành nền nếp.\n"
    )
    refs = [r for r in find_references(lead) if r.number_symbol == "05-CT/TW"]
    assert [r.relation for r in refs] == ["reports_on", "reports_on"]
    assert _rel("Qua 5 năm triển khai Nghị quyết số 19-NQ/TW, tỉnh đạt nhiều kết quả.\n", "19-NQ/TW") == (
        "reports_on"
    )
    assert _rel("Sau khi thực hiện Nghị quyết số 19-NQ/TW, tỉnh đạt nhiều kết quả.\n", "19-NQ/TW") == (
        "implements"
    )
    body = lead + "I. KẾT QUẢ\n" + "Các cơ quan đã thực hiện tốt nhiệm vụ được giao. " * 30 + "\n"
    body += "III. ĐÁNH GIÁ CHUNG\nSau 04 năm thực hiện Chỉ thị số 05-CT/TW, công tác này có chuyển biến.\n"
    assert [r.relation for r in find_references(body) if r.number_symbol == "05-CT/TW"][-1] == "implements"


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        # "không trái với X" is the negated "phù hợp với X" (holdout19); "trái với X" stays a finding
        (
            "Các quyết định đã ban hành được áp dụng trong phạm vi không trái với Luật Đất đai năm 2024.",
            "based_on",
        ),
        ("Một số quy định của tỉnh trái với Luật Đất đai năm 2024.", "mentions"),
    ],
)
def test_not_contrary_to_a_law_is_consistency_with_it(text: str, relation: str) -> None:
    assert _rel(text, "31/2024/QH15") == relation


def test_a_letters_guidance_subject_guides_what_it_names_also_wrapped() -> None:
    """ "V/v hướng dẫn thực hiện chính sách, chế độ theo X" — the letter's own subject — guides X, also
    when the header cell wraps it over lines; "V/v triển khai thực hiện X" implements X, and the body's
    "theo X" keeps its cue (holdout13, holdout21)."""
    letter = (
        "BỘ NỘI VỤ\nSố: 15/BNV-TCBC\nV/v hướng dẫn thực hiện chính sách,\nchế độ theo Nghị định số\n"
        "178/2024/NĐ-CP\n\nHà Nội, ngày 20 tháng 3 năm 2025\n\nĐề nghị thực hiện theo Nghị định số 29/2023/NĐ-CP.\n"
    )
    assert _rel(letter, "178/2024/NĐ-CP") == "guides"
    assert _rel(letter, "29/2023/NĐ-CP") == "implements"
    one_line = "Số: 15/STC-QLNS\nV/v hướng dẫn lập dự toán kinh phí thực hiện chế độ theo Nghị định số 178/2024/NĐ-CP\n"
    assert _rel(one_line, "178/2024/NĐ-CP") == "guides"
    assert (
        _rel("Số: 9/BNV\nV/v triển khai thực hiện Nghị định số 178/2024/NĐ-CP\n", "178/2024/NĐ-CP")
        == "implements"
    )


@pytest.mark.parametrize(
    ("text", "symbol", "relation"),
    [
        # a finding: the document lacks the basis
        (
            "Nghị quyết quy định mức chi\tThiếu căn cứ Thông tư số 56/2023/TT-BTC\tĐang xử lý",
            "56/2023/TT-BTC",
            "mentions",
        ),
        # a finding: the documents checked cite a basis no longer in force
        (
            "Một số văn bản vẫn viện dẫn căn cứ pháp lý đã hết hiệu lực, như Nghị định số 61/2018/NĐ-CP đã được sửa đổi.",
            "61/2018/NĐ-CP",
            "mentions",
        ),
        # other documents made on that basis
        (
            "Rà soát, bãi bỏ các văn bản của địa phương được ban hành căn cứ Thông tư số 17/2012/TT-BGDĐT.",
            "17/2012/TT-BGDĐT",
            "mentions",
        ),
        # the cue itself still governs
        ("Căn cứ Thông tư số 56/2023/TT-BTC, Sở Tài chính hướng dẫn như sau.", "56/2023/TT-BTC", "based_on"),
        ("Kế hoạch được xây dựng căn cứ Nghị định số 45/2020/NĐ-CP.", "45/2020/NĐ-CP", "based_on"),
    ],
)
def test_can_cu_as_a_noun_is_no_cue(text: str, symbol: str, relation: str) -> None:
    """ "căn cứ" is the cue "based on" as a verb, but a noun (the legal basis) after "thiếu", "viện dẫn"
    and in "được ban hành căn cứ X" said of other documents (holdout21)."""
    assert _rel(text, symbol) == relation


@pytest.mark.parametrize(
    ("text", "symbol", "relation"),
    [
        # the second object of "theo": a noun "hướng dẫn" with its author, then "tại X"
        (
            "Việc quản lý kinh phí thực hiện theo quy định của Luật Ngân sách nhà nước và hướng dẫn của Bộ Tài "
            "chính tại Công văn số 1123/BTC-NSNN ngày 24/01/2025.",
            "1123/BTC-NSNN",
            "implements",
        ),
        (
            "Căn cứ Luật Ngân sách nhà nước và hướng dẫn của Bộ Tài chính tại Công văn số 1123/BTC-NSNN, Sở "
            "báo cáo như sau.",
            "1123/BTC-NSNN",
            "based_on",
        ),
        # "căn cứ hướng dẫn tại Công văn này và quy định tại X": the noun "hướng dẫn tại" lets "căn cứ" reach X
        (
            "Đề nghị các bộ căn cứ hướng dẫn tại Công văn này và quy định tại Nghị định số 178/2024/NĐ-CP tổ "
            "chức thực hiện.",
            "178/2024/NĐ-CP",
            "based_on",
        ),
        # with no cue before the noun phrases, X is only named
        (
            "Các nội dung hướng dẫn tại Công văn này và quy định tại Nghị định số 178/2024/NĐ-CP.",
            "178/2024/NĐ-CP",
            "mentions",
        ),
    ],
)
def test_a_guidance_noun_between_a_cue_and_its_object(text: str, symbol: str, relation: str) -> None:
    """ "hướng dẫn" used as a noun ("hướng dẫn của Bộ Tài chính tại X", "hướng dẫn tại Công văn này") is
    no cue of its own: the cue before it governs what follows (holdout21)."""
    assert _rel(text, symbol) == relation


@pytest.mark.parametrize(
    ("text", "symbol", "relation"),
    [
        (
            "Chỉ đạo các cơ sở thực hiện nghiêm quy định tại Điều 5 Thông tư số 29/2024/TT-BGDĐT về dạy thêm.",
            "29/2024/TT-BGDĐT",
            "implements",
        ),
        ("Các đơn vị thực hiện đúng quy định tại Nghị định số 30/2020/NĐ-CP.", "30/2020/NĐ-CP", "implements"),
        # a noun between the verb and the noun phrase: the phrase only names X
        (
            "Thực hiện nhiệm vụ quy định tại Điều 13 Luật Tiếp công dân số 42/2013/QH13.",
            "42/2013/QH13",
            "mentions",
        ),
    ],
)
def test_an_adverb_between_the_verb_and_quy_dinh_tai(text: str, symbol: str, relation: str) -> None:
    """ "thực hiện nghiêm / đúng quy định tại X": an adverb keeps the noun phrase the verb's object
    (relation_cues.json weak_cues adverbs; holdout21)."""
    assert _rel(text, symbol) == relation


def test_an_exception_clause_applies_the_rule_it_cites() -> None:
    """ "…, trừ các trường hợp quy định tại khoản 1 Điều 4 X", "(trừ các khoản chi tại điểm b … Y)"
    (holdout24): the exception is part of the rule the writer applies — X and Y are implemented, not
    merely named by "quy định tại"."""
    text = (
        "Không tổ chức dạy thêm đối với học sinh tiểu học, trừ các trường hợp quy định tại khoản 1 Điều 4 "
        "Thông tư số 29/2024/TT-BGDĐT. Hồ sơ gửi chậm nhất ngày 31/12/2024 (trừ các khoản chi tại điểm b "
        "khoản 1 Điều 7 Thông tư số 62/2020/TT-BTC). Nội dung chi quy định tại Nghị định số 11/2020/NĐ-CP gồm 5 nhóm."
    )
    assert [r.relation for r in find_references(text)] == ["implements", "implements", "mentions"]


def test_a_short_form_repeating_the_reference_before_it_in_parentheses_takes_its_relation() -> None:
    """ "xử lý theo Nghị định 04/2021/NĐ-CP … quy định xử phạt … (NĐ 04)" (holdout24): the parenthesis
    only repeats X under its short name, like a renaming one."""
    text = (
        "Trường hợp vi phạm xử lý theo Nghị định 04/2021/NĐ-CP ngày 22/01/2021 của Chính phủ quy định xử phạt "
        "vi phạm hành chính trong lĩnh vực giáo dục (NĐ 04). Nghị định số 81/2021/NĐ-CP đã ban hành quy định "
        "về học phí (NĐ 81)."
    )
    assert [r.relation for r in find_references(text)] == ["implements", "implements", "mentions", "mentions"]


def test_the_document_formerly_in_force_is_mentioned() -> None:
    """ "theo Nghị định số 09/2025/NĐ-CP (trước đây là Nghị định 02/2017/NĐ-CP)" (holdout24): the former
    document is not the one carried out."""
    text = "Hỗ trợ khôi phục sản xuất theo Nghị định số 09/2025/NĐ-CP (trước đây là Nghị định 02/2017/NĐ-CP)."
    assert [r.relation for r in find_references(text)] == ["implements", "mentions"]


@pytest.mark.parametrize(
    ("text", "symbol", "relation"),
    [
        (
            "Chương II\nHƯỚNG DẪN CỤ THỂ\n\nĐiều 4. Hướng dẫn khoản 1 Điều 12 Nghị định số 09/2019/NĐ-CP\n\n"
            "1. Báo cáo định kỳ gồm các nội dung sau.",
            "09/2019/NĐ-CP",
            "guides",
        ),
        (
            "Điều 7. Hướng dẫn khoản 3 Điều 14 và Điều 27 Nghị định số 61/2018/NĐ-CP\n\nNội dung hướng dẫn.",
            "61/2018/NĐ-CP",
            "guides",
        ),
        # the heading names a task, not the articles guided: the "theo" governs
        (
            "Điều 6. Hướng dẫn việc báo cáo theo Nghị định số 09/2019/NĐ-CP\n\nNội dung.",
            "09/2019/NĐ-CP",
            "implements",
        ),
        # "hướng dẫn" in the body, not a heading: a noun, as before
        (
            "Các sở thực hiện theo hướng dẫn tại Nghị định số 09/2019/NĐ-CP.",
            "09/2019/NĐ-CP",
            "implements",
        ),
    ],
)
def test_an_article_heading_of_a_guiding_circular_guides(text: str, symbol: str, relation: str) -> None:
    """ "Điều 3. Hướng dẫn khoản 2 Điều 5 Nghị định số X": the heading of a circular's article guiding the
    decree's articles one by one is the circular's own act on X (holdout23)."""
    assert _rel(text, symbol) == relation


@pytest.mark.parametrize(
    ("text", "symbol", "relation"),
    [
        (
            "TỜ TRÌNH\nVề việc ban hành Quyết định sửa đổi, bổ sung một số điều của Quy chế công tác văn thư "
            "ban hành kèm theo Quyết định số 15/2020/QĐ-UBND ngày 19/4/2020 của Ủy ban nhân dân tỉnh",
            "15/2020/QĐ-UBND",
            "mentions",
        ),
        (
            "Do đó, việc sửa đổi, bổ sung Quyết định số 15/2020/QĐ-UBND là cần thiết.",
            "15/2020/QĐ-UBND",
            "mentions",
        ),
        (
            "Sở Tư pháp kính trình Ủy ban nhân dân tỉnh xem xét, ban hành Quyết định sửa đổi, bổ sung một số điều "
            "của Quy chế ban hành kèm theo Quyết định số 15/2020/QĐ-UBND; đồng thời bãi bỏ Quyết định số "
            "07/2021/QĐ-UBND ngày 14/3/2021.",
            "07/2021/QĐ-UBND",
            "mentions",
        ),
        # the text's own acts keep their cue
        (
            "Điều 2. Bãi bỏ Điều 3 của Quyết định số 15/2020/QĐ-UBND; đồng thời bãi bỏ Quyết định số "
            "07/2021/QĐ-UBND ngày 14/3/2021.",
            "07/2021/QĐ-UBND",
            "replaces",
        ),
        (
            "Chính phủ ban hành Nghị định sửa đổi, bổ sung một số điều của Nghị định số 30/2020/NĐ-CP.",
            "30/2020/NĐ-CP",
            "amends",
        ),
    ],
)
def test_a_proposal_to_amend_or_repeal_names_the_document(text: str, symbol: str, relation: str) -> None:
    """A Tờ trình proposes: its title "Về việc ban hành Quyết định sửa đổi … kèm theo X", "việc sửa đổi,
    bổ sung X là cần thiết" (the act as a topic), "kính trình … ban hành …; đồng thời bãi bỏ Y" amend and
    repeal nothing yet (relation_cues.json proposals, cue_not_after; holdout18, holdout23)."""
    assert _rel(text, symbol) == relation


_REPEAL_LIST = (
    "Điều 1. Bãi bỏ các Quyết định sau của Ủy ban nhân dân tỉnh:\n\n"
    "1. Quyết định số 2561/QĐ-UBND ngày 28/9/2018 của Ủy ban nhân dân tỉnh ban hành Quy chế phối hợp;\n\n"
    "2. Quyết định số 1104/QĐ-UBND ngày 12/5/2021 của Ủy ban nhân dân tỉnh sửa đổi, bổ sung một số điều của "
    "Quy chế ban hành kèm theo Quyết định số 2561/QĐ-UBND;\n\n"
    "3. Quyết định số 3320/QĐ-UBND ngày 30/12/2022 của Chủ tịch Ủy ban nhân dân tỉnh về việc công bố danh mục.\n\n"
    "Điều 2. Các sở thực hiện Quyết định số 845/QĐ-UBND.\n"
)


@pytest.mark.parametrize(
    ("symbol", "relation"),
    [("1104/QĐ-UBND", "replaces"), ("3320/QĐ-UBND", "replaces"), ("845/QĐ-UBND", "implements")],
)
def test_numbered_items_under_a_repealing_line_are_repealed(symbol: str, relation: str) -> None:
    """ "Điều 1. Bãi bỏ các Quyết định sau …:" over "1. …;" "2. …;" "3. …": every numbered item is in the
    list, not only the first (headings.heading_relation; holdout23)."""
    assert _rel(_REPEAL_LIST, symbol) == relation


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        (
            "Điều 3. Bãi bỏ Điều 5 và Điều 9 của Quy chế thực hiện cơ chế một cửa ban hành kèm theo "
            "Quyết định số 677/QĐ-UBND ngày 25/3/2019 của Ủy ban nhân dân tỉnh.",
            "replaces",
        ),
        (
            "Các sở tổ chức thực hiện Quy chế thực hiện cơ chế một cửa ban hành kèm theo "
            "Quyết định số 677/QĐ-UBND ngày 25/3/2019.",
            "implements",
        ),
    ],
)
def test_a_repealed_part_whose_name_holds_a_cue(text: str, relation: str) -> None:
    """ "Bãi bỏ Điều 5 của Quy chế thực hiện … ban hành kèm theo X": the "thực hiện" of the part's name is
    no cue of the clause, which opens with the repeal (relations._past_attached; holdout23)."""
    assert _rel(text, "677/QĐ-UBND") == relation


@pytest.mark.parametrize(
    ("symbol", "relation"),
    [("01/2011/QH13", "mentions"), ("33/2024/QH15", "mentions"), ("30/2020/NĐ-CP", "amends")],
)
def test_documents_inside_replaced_words_are_only_named(symbol: str, relation: str) -> None:
    """ "Thay thế cụm từ "Luật Lưu trữ số A" bằng cụm từ "Luật Lưu trữ số B" tại … của X": A and B are the
    words replaced inside X, which is amended (relations._in_quoted_phrase; holdout9, holdout23)."""
    text = (
        '3. Thay thế cụm từ "Luật Lưu trữ số 01/2011/QH13" bằng cụm từ "Luật Lưu trữ số 33/2024/QH15" tại '
        "khoản 1 Điều 28 của Nghị định số 30/2020/NĐ-CP."
    )
    assert _rel(text, symbol) == relation


@pytest.mark.parametrize(
    ("text", "symbol", "relation"),
    [
        # the agent of a past replacement is only named; an amendment's agent shares the cue
        (
            "Việc cấp tài khoản thực hiện theo Nghị định số 59/2022/NĐ-CP ngày 05/9/2022 của Chính phủ (đã được "
            "thay thế bởi Nghị định số 69/2024/NĐ-CP).",
            "69/2024/NĐ-CP",
            "mentions",
        ),
        (
            "Việc xử lý thực hiện theo Nghị định số 112/2020/NĐ-CP (đã được sửa đổi, bổ sung bởi Nghị định số "
            "71/2023/NĐ-CP).",
            "71/2023/NĐ-CP",
            "implements",
        ),
        # the instrument a province made concrete something with is only named
        (
            "Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 21-CT/TU ngày 18/4/2023; Ủy ban nhân dân tỉnh đã cụ thể hóa "
            "bằng Kế hoạch số 87/KH-UBND ngày 08/5/2023.",
            "87/KH-UBND",
            "mentions",
        ),
        ("Tỉnh đã cụ thể hóa Chỉ thị số 21-CT/TU ngày 18/4/2023.", "21-CT/TU", "implements"),
        # "yêu cầu tại X" is a noun phrase: a yardstick, unless "theo" governs it
        (
            "Một số nơi chưa thực hiện nghiêm Chỉ thị số 05/CT-TTg; việc kết nối còn chậm so với yêu cầu tại "
            "Kế hoạch số 118/KH-UBND.",
            "118/KH-UBND",
            "mentions",
        ),
        ("Các sở thực hiện theo yêu cầu tại Kế hoạch số 118/KH-UBND.", "118/KH-UBND", "implements"),
    ],
)
def test_documents_a_clause_only_names(text: str, symbol: str, relation: str) -> None:
    """A fact or a yardstick names a document no cue of the sentence reaches: "(đã được thay thế bởi X)",
    "đã cụ thể hóa bằng X", "chậm so với yêu cầu tại X" (relation_cues.json; holdout14, holdout23)."""
    assert _rel(text, symbol) == relation


def test_a_guidance_issued_with_its_date_guides_what_it_follows() -> None:
    """ "Hướng dẫn số A ngày 22/12/2020 hướng dẫn trình tự … theo X": A guides X, its date between the symbol
    and the verb (relations._adjusted_cue; holdout18, holdout23)."""
    text = (
        "Sở Nội vụ đã ban hành Hướng dẫn số 08/HD-SNV ngày 22/12/2020 hướng dẫn trình tự, thủ tục xử lý kỷ luật "
        "viên chức theo Nghị định số 112/2020/NĐ-CP."
    )
    assert _rel(text, "112/2020/NĐ-CP") == "guides"


@pytest.mark.parametrize(
    ("symbol", "relation"),
    [("61/2023/NĐ-CP", "based_on"), ("120-KL/TW", "implements"), ("64-KH/TU", "mentions")],
)
def test_a_line_of_a_can_cu_block_without_its_own_cue(symbol: str, relation: str) -> None:
    """ "Căn cứ Nghị định A …;⏎Nghị định B …;⏎Thực hiện C;": B, opening its line under a "Căn cứ" line
    ending with ";", is one more basis (relations._under_basis_line; holdout23); a line of running text
    is not."""
    text = (
        "Căn cứ Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ quy định chi tiết một số điều của Luật "
        "Thực hiện dân chủ ở cơ sở;\nNghị định số 61/2023/NĐ-CP ngày 16/8/2023 của Chính phủ về hương ước;\n"
        "Thực hiện Kết luận số 120-KL/TW ngày 07/01/2022 của Bộ Chính trị,\nỦy ban nhân dân tỉnh ban hành Kế "
        "hoạch.\n\nNội dung đã nêu.\nKế hoạch số 64-KH/TU ngày 25/7/2025 đã được phổ biến.\n"
    )
    assert _rel(text, symbol) == relation


_TTR = (
    "IV. NỘI DUNG SỬA ĐỔI, BỔ SUNG\n\n"
    "1. Sửa đổi khoản 2 Điều 5: gửi, nhận văn bản điện tử theo Quyết định số 28/2018/QĐ-TTg.\n\n"
    "2. Bãi bỏ Điều 18 của Quy chế ban hành kèm theo Quyết định số 15/2020/QĐ-UBND.\n\n"
    "V. HIỆU LỰC\n\n"
    "Bãi bỏ Điều 3 của Quyết định số 07/2021/QĐ-UBND.\n"
)


@pytest.mark.parametrize(
    ("symbol", "relation"),
    [("28/2018/QĐ-TTg", "implements"), ("15/2020/QĐ-UBND", "mentions"), ("07/2021/QĐ-UBND", "replaces")],
)
def test_a_drafts_contents_set_out_in_a_proposal_enact_nothing(symbol: str, relation: str) -> None:
    """Under "IV. NỘI DUNG SỬA ĐỔI, BỔ SUNG" a Tờ trình sets out the draft: its "Bãi bỏ … kèm theo X" is proposed
    (mentions) while its "theo X" keeps the cue; another section's repeal stands (relation_cues.json
    proposals draft_headings; holdout23)."""
    assert _rel(_TTR, symbol) == relation


def test_guidance_given_in_the_text_itself_and_bases_of_other_documents() -> None:
    """ "<writer> hướng dẫn thực hiện … của X như sau:": the text is the guidance, X is guided (the same
    cue without "như sau" reports guidance given, X implemented); "các văn bản … ban hành trước đây căn
    cứ X": the basis of other documents, X only named (holdout22)."""
    guide = (
        "Bộ Tài chính hướng dẫn thực hiện một số nội dung của Thông tư số 12/2025/TT-BTC như sau:\n"
        "1. Về hồ sơ."
    )
    assert _rel(guide, "12/2025/TT-BTC") == "guides"
    report = "Năm 2025, Sở đã hướng dẫn thực hiện Thông tư số 12/2025/TT-BTC cho các đơn vị."
    assert _rel(report, "12/2025/TT-BTC") == "implements"
    basis = (
        "Các văn bản của địa phương ban hành trước đây căn cứ Thông tư số 17/2012/TT-BGDĐT phải được rà "
        "soát, sửa đổi."
    )
    assert _rel(basis, "17/2012/TT-BGDĐT") == "mentions"


def test_completing_the_targets_of_a_resolution() -> None:
    """ "hoàn thành các chỉ tiêu X" as "hoàn thành các chỉ tiêu của X": X is implemented (holdout22)."""
    text = "- Tập trung lãnh đạo hoàn thành các chỉ tiêu Nghị quyết số 12-NQ/ĐU nêu trên."
    assert _rel(text, "12-NQ/ĐU") == "implements"


def test_a_pipe_table_indented_as_pandoc_writes_it_takes_its_basis_column() -> None:
    """pandoc indents a pipe table under a simple-table header by two spaces ("  | TT | … | Căn cứ |" over
    "  |----|…|"): its "Căn cứ" cells are bases as in an unindented table (holdout26)."""
    text = (
        "II. CHỈ TIÊU\n\n"
        "  | TT | Chỉ tiêu | Năm 2025 | Căn cứ |\n"
        "  |----|----------|----------|--------|\n"
        "  | 1 | Hồ sơ trực tuyến | 60% | NQ 05/NQ-CP |\n"
        "  | 2 | Kinh tế số | 12% | NĐ 47/2020/NĐ-CP ngày 09/4/2020 |\n"
    )
    assert _rel(text, "05/NQ-CP") == "based_on"
    assert _rel(text, "47/2020/NĐ-CP") == "based_on"


def test_a_task_tables_documents_column_holds_the_bases_of_its_tasks() -> None:
    """A "Văn bản" column beside "Cơ quan chủ trì" lists the documents each task rests on (based_on); a
    "Văn bản" column of a table of issued documents only names them (holdout26)."""
    tasks = (
        "| TT | Nhiệm vụ | Cơ quan chủ trì | Sản phẩm | Văn bản |\n| --- | --- | --- | --- | --- |\n"
        "| 1 | Hướng dẫn hồ sơ | Sở Du lịch | Hướng dẫn | Nghị quyết số 11/2024/NQ-HĐND |\n"
    )
    assert _rel(tasks, "11/2024/NQ-HĐND") == "based_on"
    issued = (
        "| TT | Văn bản | Ngày ban hành | Trích yếu |\n| --- | --- | --- | --- |\n"
        "| 1 | Quyết định số 15/2024/QĐ-UBND | 01/7/2024 | Quy định giá dịch vụ |\n"
    )
    assert _rel(issued, "15/2024/QĐ-UBND") == "mentions"


def test_rows_pasted_from_excel_with_quoted_multi_line_cells() -> None:
    """Excel copies a cell holding line breaks quoted ('"NĐ 101/2024/NĐ-CP;⏎QĐ 2124/QĐ-BTNMT"'): the lines
    of such a cell are in its column, and the rows after it in their table (holdout26)."""
    text = (
        "Các nhiệm vụ như sau:\n\n"
        "TT\tNhiệm vụ\tCơ quan chủ trì\tCăn cứ\n"
        '1\tTổ chức hội nghị\tSở Tư pháp\t"CT 21/CT-TTg\nngày 01/8/2024"\n'
        '2\tRà soát thủ tục\tVăn phòng\t"NĐ 101/2024/NĐ-CP;\nQĐ 2124/QĐ-BTNMT"\n'
        "3\tThanh tra việc thi hành\tThanh tra tỉnh\tCông điện 77/CĐ-TTg\n"
    )
    for sym in ("21/CT-TTg", "101/2024/NĐ-CP", "2124/QĐ-BTNMT", "77/CĐ-TTg"):
        assert _rel(text, sym) == "based_on", sym


def test_a_pandoc_simple_tables_basis_column() -> None:
    """A pandoc simple table (a header over a rule of dash groups, cells aligned under them, a cell going on
    to an indented next line): the "Căn cứ" column is read by its dash group (holdout26); running text
    after the table is no cell."""
    text = (
        "Bảng 1. Nhu cầu vốn\n\n"
        "  TT   Nguồn vốn             Năm 2024   Căn cứ\n"
        "  ---- --------------------- ---------- ------------------\n"
        "  1    Ngân sách trung ương  45.000     QĐ 263/QĐ-TTg;\n"
        "                                        NĐ 27/2022/NĐ-CP\n\n"
        "  2    Vốn tín dụng          20.000     Nghị định số\n"
        "                                        55/2015/NĐ-CP\n\n"
        "Nguồn vốn được phân bổ theo Nghị định số 38/2023/NĐ-CP.\n"
    )
    for sym in ("263/QĐ-TTg", "27/2022/NĐ-CP", "55/2015/NĐ-CP"):
        assert _rel(text, sym) == "based_on", sym
    assert _rel(text, "38/2023/NĐ-CP") == "implements"


def test_a_replacing_document_said_not_to_exist_yet_replaces_nothing() -> None:
    """ "trong khi chưa có nghị định hướng dẫn mới thay thế X", "chưa có nghị định thay thế Y" (holdout27): no
    replacing document exists, X and Y are only named (holdout24 "chưa có văn bản thay thế X"); a cited
    document that replaces another still does ("Nghị định số 150/2025/NĐ-CP thay thế Z")."""
    text = (
        "Việc lập dự toán gặp khó khăn trong khi chưa có nghị định hướng dẫn mới thay thế Nghị định "
        "163/2016/NĐ-CP. Trong khi chưa có nghị định thay thế Nghị định số 34/2016/NĐ-CP, địa phương tiếp "
        "tục áp dụng. Kể từ ngày 01/7/2025, Nghị định số 150/2025/NĐ-CP thay thế Nghị định số 24/2014/NĐ-CP."
    )
    assert [r.relation for r in find_references(text)] == ["mentions", "mentions", "mentions", "replaces"]


def test_requests_answered_at_once_named_in_a_parenthesis_after_nhan_duoc() -> None:
    """ "Bộ … nhận được văn bản của một số địa phương (A tại Công văn số X …, B tại Công văn số Y …) đề nghị
    hướng dẫn …" (holdout27): the letter answers X and Y, like "Sau khi nghe A báo cáo tại X, ý kiến của B tại
    Y" in a meeting's conclusions."""
    text = (
        "Bộ Xây dựng nhận được văn bản của một số địa phương (Ủy ban nhân dân tỉnh Gia Lai tại Công văn số "
        "512/UBND-KT ngày 02/10/2025, Sở Xây dựng tỉnh Cà Mau tại Công văn số 77/SXD-QLN ngày 06/10/2025) đề "
        "nghị hướng dẫn cấp giấy phép xây dựng. Về vấn đề này, Bộ có ý kiến như sau."
    )
    from ingest.pipeline import extract_text

    refs = extract_text(text).references
    assert [r.relation for r in refs] == ["responds_to", "responds_to"]
    assert [r.issuer for r in refs] == ["Ủy ban nhân dân tỉnh Gia Lai", "Sở Xây dựng tỉnh Cà Mau"]


def test_hướng_dẫn_áp_dụng_reads_like_hướng_dẫn_thực_hiện() -> None:
    """ "Bộ trưởng Bộ Tư pháp hướng dẫn áp dụng X" (holdout27): with no guiding document in the clause X is
    applied (implements), as after "hướng dẫn thực hiện"; "Thông tư A hướng dẫn áp dụng Y": A guides Y."""
    text = (
        "Bộ trưởng Bộ Tư pháp hướng dẫn áp dụng Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 "
        "đối với văn bản của chính quyền cấp xã. Thông tư số 12/2025/TT-BTP hướng dẫn áp dụng Nghị định số "
        "79/2025/NĐ-CP đối với cấp xã."
    )
    assert [r.relation for r in find_references(text)] == ["implements", "mentions", "guides"]


def test_a_reference_later_in_an_evidence_parenthesis_is_evidence_too() -> None:
    """ "…; danh sách đối tượng đã được phê duyệt (như Quyết định số A … nêu tại Công văn số B)" (holdout27):
    B, with no cue of its own, belongs to the evidence the parenthesis opened, not to the "theo" earlier
    in the sentence."""
    text = (
        "Hồ sơ gồm: báo cáo nhu cầu theo Biểu số 01 ban hành kèm theo Thông tư số 07/2025/TT-BTC; danh sách "
        "đối tượng đã được cấp có thẩm quyền phê duyệt (như Quyết định số 1452/QĐ-UBND ngày 18/8/2025 của "
        "Ủy ban nhân dân tỉnh Hưng Yên nêu tại Công văn số 2618/STC-QLNS)."
    )
    assert [r.relation for r in find_references(text)] == ["implements", "mentions", "mentions"]


def test_a_clause_after_a_semicolon_whose_subject_was_done_at_the_reference() -> None:
    """ "Kèm theo Công văn này là Biểu tổng hợp …; danh sách đối tượng đã được phê duyệt tại X nêu trên"
    (holdout27): like "…; đã được thẩm định tại X", the clause's own passive says where it was done; the
    "theo" of "Kèm theo" earlier in the sentence does not reach X."""
    text = (
        "Kèm theo Công văn này là Biểu tổng hợp nhu cầu kinh phí năm 2025; danh sách đối tượng đã được phê "
        "duyệt tại Quyết định số 1452/QĐ-UBND nêu trên."
    )
    assert [r.relation for r in find_references(text)] == ["mentions"]


@pytest.mark.parametrize(
    ("text", "symbol", "relation"),
    [
        (
            "Yêu cầu các cơ sở thực hiện đúng các quy định tại Chương IV Thông tư số 29/2024/TT-BGDĐT.",
            "29/2024/TT-BGDĐT",
            "implements",
        ),
        ("Các đơn vị thực hiện các quy định tại Nghị định số 30/2020/NĐ-CP.", "30/2020/NĐ-CP", "implements"),
        (
            "Việc xử phạt được thực hiện đúng thẩm quyền quy định tại Điều 46 Luật số 15/2012/QH13.",
            "15/2012/QH13",
            "implements",
        ),
        # a noun, not a determiner, still stands between: the phrase only names X
        (
            "Thực hiện các nhiệm vụ quy định tại Điều 13 Luật Tiếp công dân số 42/2013/QH13.",
            "42/2013/QH13",
            "mentions",
        ),
    ],
)
def test_a_determiner_or_an_adverbial_phrase_between_the_verb_and_quy_dinh_tai(
    text: str, symbol: str, relation: str
) -> None:
    """ "thực hiện đúng các quy định tại X", "thực hiện đúng thẩm quyền quy định tại X" (holdout25): a
    determiner after the adverb, or the adverbial "đúng thẩm quyền", keeps the noun phrase the verb's
    object (relation_cues.json weak_cues adverbs and determiners)."""
    assert _rel(text, symbol) == relation


def test_a_consolidation_note_of_a_repealed_clause_names_the_repealing_decree() -> None:
    """ "⁴ Khoản này được bãi bỏ theo quy định tại điểm c khoản 17 Điều 1 Nghị định số …" (holdout25): the
    note names the repealing decree, as "được sửa đổi, bổ sung theo quy định tại …" does the amending one."""
    text = "⁴ Khoản này được bãi bỏ theo quy định tại điểm c khoản 17 Điều 1 Nghị định số 124/2021/NĐ-CP."
    assert _rel(text, "124/2021/NĐ-CP") == "mentions"


def test_an_article_heading_ending_sau_day_introduces_its_list_without_a_colon() -> None:
    """ "Điều 2. Bãi bỏ các quyết định sau đây" (an article heading, no colon) over numbered group lines
    "1. Các Quyết định sau đây của UBND tỉnh A (cũ):" and their a), b) items: the items are repealed; an
    article heading that does not end so ("Điều 3. Tổ chức thực hiện") introduces nothing (holdout29)."""
    refs = find_references(
        "Điều 2. Bãi bỏ các quyết định quy phạm pháp luật sau đây\n"
        "1. Các Quyết định sau đây của UBND tỉnh Hà Giang (cũ):\n"
        "a) Quyết định số 14/2018/QĐ-UBND ngày 02 tháng 7 năm 2018 về quản lý chợ;\n"
        "b) Quyết định số 03/2020/QĐ-UBND ngày 10 tháng 3 năm 2020 về giá dịch vụ.\n"
        "2. Các Quyết định sau đây của UBND tỉnh Tuyên Quang (cũ):\n"
        "a) Quyết định số 22/2019/QĐ-UBND ngày 05 tháng 11 năm 2019 về quản lý cảng cá.\n"
        "Điều 3. Tổ chức thực hiện\n"
        "1. Các văn bản đã ban hành:\n"
        "a) Quyết định số 07/2021/QĐ-UBND ngày 01 tháng 4 năm 2021."
    )
    assert [(r.number_symbol, r.relation) for r in refs] == [
        ("14/2018/QĐ-UBND", "replaces"),
        ("03/2020/QĐ-UBND", "replaces"),
        ("22/2019/QĐ-UBND", "replaces"),
        ("07/2021/QĐ-UBND", "mentions"),
    ]


def test_an_amending_formula_beyond_the_cue_window_still_amends_the_attached_regulation() -> None:
    """ "Điều 1. Sửa đổi, bổ sung một số điều của Quy định <a name longer than the clause window> ban hành
    kèm theo X": X is amended, as with a short name; a task "Rà soát … Quy chế … ban hành kèm theo X" keeps
    its "theo" (holdout29)."""
    name = (
        "về quản lý, vận hành và khai thác hệ thống thông tin báo cáo, cơ sở dữ liệu chuyên ngành tại các sở,"
        " ban, ngành, Ủy ban nhân dân cấp huyện thuộc phạm vi quản lý của tỉnh Quảng Trị"
    )
    refs = find_references(
        f"Điều 1. Sửa đổi, bổ sung một số điều của Quy định {name} ban hành kèm theo Quyết định số "
        "12/2021/QĐ-UBND ngày 09 tháng 4 năm 2021.\n"
        f"Điều 2. Thực hiện chế độ báo cáo theo Quy chế {name} ban hành kèm theo Quyết định số "
        "30/2022/QĐ-UBND ngày 01 tháng 8 năm 2022."
    )
    assert [(r.number_symbol, r.relation) for r in refs] == [
        ("12/2021/QĐ-UBND", "amends"),
        ("30/2022/QĐ-UBND", "implements"),
    ]


@pytest.mark.parametrize(
    ("text", "symbol", "issuer"),
    [
        # holdout28: a second proposer after "Theo đề nghị … tại Tờ trình số …", with its own "tại"
        (
            "Theo đề nghị của Giám đốc Sở Xây dựng tại Tờ trình số 21/TTr-SXD ngày 04/3/2025 "
            "và của Giám đốc Sở Tài chính tại Tờ trình số 9/TTr-STC ngày 02/3/2025.",
            "9/TTr-STC",
            "Sở Tài chính",
        ),
        (
            "Xét đề nghị của Trưởng ban Ban Dân tộc tại Tờ trình số 5/TTr-BDT ngày 01/4/2024 "
            "và ý kiến thẩm định của Sở Tư pháp tại Văn bản số 77/STP-XDVB ngày 03/4/2024.",
            "77/STP-XDVB",
            "Sở Tư pháp",
        ),
        # an office holder "Vụ trưởng Vụ …" before "tại": the department is the issuer
        (
            "Theo đề nghị của Vụ trưởng Vụ Pháp chế tại Tờ trình số 88/TTr-PC ngày 02/3/2024.",
            "88/TTr-PC",
            "Vụ Pháp chế",
        ),
    ],
)
def test_each_proposal_after_theo_de_nghi_is_answered(text: str, symbol: str, issuer: str) -> None:
    from ingest.pipeline import extract_text

    refs = [r for r in extract_text(text).references if r.number_symbol == symbol]
    assert refs, f"{symbol} not found"
    assert refs[0].relation == "responds_to"
    assert refs[0].issuer == issuer


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        (
            "Ông Nguyễn Văn B thôi thực hiện Quyết định số 118/QĐ-UBND ngày 02/7/2025 của UBND tỉnh.",
            "mentions",
        ),
        ("Các xã tạm dừng thực hiện Quyết định số 118/QĐ-UBND cho đến khi có hướng dẫn mới.", "mentions"),
        ("Các xã tiếp tục thực hiện Quyết định số 118/QĐ-UBND ngày 02/7/2025.", "implements"),
    ],
)
def test_ceasing_to_carry_out_a_document_is_not_implementing_it(text: str, relation: str) -> None:
    """ "thôi / dừng / ngừng thực hiện X" (holdout28: an official released from a decision) names X; the
    document is no longer carried out."""
    assert _rel(text, "118/QĐ-UBND") == relation


def test_a_document_a_fact_is_recorded_in_is_named() -> None:
    """ "(thời điểm nghỉ hưu ghi tại X là …)" after "thay thế X" (holdout28): X is where a date is written,
    the nearer cue; the replacing is the earlier mention's."""
    text = (
        "Điều 2. Quyết định này thay thế Điều 1 Quyết định số 395/QĐ-SNV ngày 01/8/2025 đối với bà B (thời điểm"
        " nghỉ hưu ghi tại Quyết định số 395/QĐ-SNV là ngày 01/11/2025)."
    )
    assert [r.relation for r in find_references(text)] == ["replaces", "mentions"]


def test_guidance_letter_on_deploying_a_decree_and_a_pending_submission() -> None:
    """ "Bộ … đã có Công văn số A hướng dẫn triển khai X" (holdout30): the letter guides X, as "hướng dẫn
    thực hiện"; "Ủy ban … đang trình sửa đổi Y" is a proposal (mentions), not an amendment; a conformity
    still missing ("chưa được sửa đổi cho phù hợp với Z") is no basis."""
    text = (
        "Bộ Tài chính đã có Công văn số 812/BTC-NSNN ngày 02/3/2024 hướng dẫn triển khai Nghị định số "
        "73/2024/NĐ-CP. Bộ đang trình sửa đổi Thông tư số 56/2023/TT-BTC. Việc xếp lương còn vướng mắc do "
        "chưa được sửa đổi cho phù hợp với Nghị định số 204/2004/NĐ-CP."
    )
    assert _rel(text, "73/2024/NĐ-CP") == "guides"
    assert _rel(text, "56/2023/TT-BTC") == "mentions"
    assert _rel(text, "204/2004/NĐ-CP") == "mentions"


def test_a_review_to_be_held_is_no_report_on_the_subject() -> None:
    """ "Tổ chức sơ kết 03 năm thực hiện X trong năm 2024" in the tasks of a report on X (holdout30): the
    review is still to be held — X is implemented; the title's "Kết quả sơ kết … thực hiện X" reports on X."""
    from ingest.pipeline import extract_text

    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\nSố: 41/BC-UBND\n\nHà Nam, ngày 02 tháng 3 năm 2023\n\nBÁO CÁO\n"
        "Kết quả sơ kết 02 năm thực hiện Chỉ thị số 23/CT-TTg ngày 02/9/2021 của Thủ tướng Chính phủ\n\n"
        "Kính gửi: Bộ Kế hoạch và Đầu tư\n\nI. KẾT QUẢ\nCác sở đã triển khai đầy đủ.\n\nII. NHIỆM VỤ\n"
        "- Tổ chức sơ kết 03 năm thực hiện Chỉ thị số 23/CT-TTg trong năm 2024.\n"
    )
    assert [r.relation for r in extract_text(text).references if r.number_symbol == "23/CT-TTg"] == [
        "reports_on",
        "implements",
    ]


def test_an_answer_given_in_a_letter_is_no_request_answered() -> None:
    """ "Bộ Công Thương trả lời tại Công văn số …", "Bộ đã trả lời cử tri tỉnh … tại Công văn số …"
    (holdout31): the letter carries the answer and is only named; "trả lời Công văn số …" and "do Ban Dân
    nguyện chuyển đến theo Công văn số …" are the requests answered."""
    text = (
        "Bộ Công Thương trả lời tại Công văn số 3301/BCT-ĐL ngày 05/8/2023 về giá điện. Việc này Bộ đã trả "
        "lời cử tri tỉnh Lâm Đồng tại Công văn số 2004/BCT-ĐL ngày 11/4/2023. Bộ Tư pháp nhận được kiến "
        "nghị của cử tri do Ban Dân nguyện chuyển đến theo Công văn số 402/BDN ngày 20/5/2023. Sở Tư pháp "
        "trả lời Công văn số 18/UBND-NC ngày 02/3/2023 như sau."
    )
    assert _rel(text, "3301/BCT-ĐL") == "mentions"
    assert _rel(text, "2004/BCT-ĐL") == "mentions"
    assert _rel(text, "402/BDN") == "responds_to"
    assert _rel(text, "18/UBND-NC") == "responds_to"


def test_a_fronted_purpose_of_guidance_and_theo_do() -> None:
    """ "Để hướng dẫn (thi hành) X, … đã ban hành A" (holdout31): the documents issued after it guide X;
    ", theo đó X có hiệu lực …" ("accordingly") is no cue."""
    text = (
        "Để hướng dẫn thi hành Nghị định số 55/2021/NĐ-CP, Bộ Tư pháp đã ban hành Thông tư số 09/2022/TT-BTP "
        "ngày 02/3/2022. Để hướng dẫn Nghị định số 14/2023/NĐ-CP, Bộ Nội vụ đã ban hành Thông tư số "
        "01/2024/TT-BNV. Quốc hội đã thông qua Nghị quyết số 99/2023/QH15, theo đó Nghị quyết số "
        "12/2021/QH15 hết hiệu lực."
    )
    assert _rel(text, "55/2021/NĐ-CP") == "guides"
    assert _rel(text, "14/2023/NĐ-CP") == "guides"
    assert _rel(text, "12/2021/QH15") == "mentions"


def test_a_procedure_sheets_basis_line_over_its_items() -> None:
    """ "- Căn cứ pháp lý của thủ tục hành chính:" over "+ " items, and "Căn cứ pháp lý:" alone on a line over
    unmarked items ending in ";" (the sheets of a decision publishing administrative procedures,
    holdout32): the items take `based_on`; a "- " line after the "+ " items is a sibling of the heading."""
    text = (
        "2. Thủ tục cấp giấy phép hoạt động\n"
        "- Căn cứ pháp lý của thủ tục hành chính:\n"
        "+ Nghị định số 41/2019/NĐ-CP ngày 12/5/2019 của Chính phủ;\n"
        "+ Thông tư số 07/2020/TT-BCT ngày 03/4/2020 của Bộ Công Thương.\n"
        "- Lệ phí: 200.000 đồng (Thông tư số 33/2021/TT-BTC).\n\n"
        "3. Thủ tục gia hạn giấy phép\n"
        "Căn cứ pháp lý:\n"
        "Luật Thương mại số 36/2005/QH11;\n"
        "Nghị định số 41/2019/NĐ-CP.\n"
        "Ghi chú: mẫu đơn theo Thông tư số 12/2022/TT-BCT.\n"
    )
    rel = {r.number_symbol: r.relation for r in find_references(text) if r.start > text.index("2. Thủ")}
    assert rel["07/2020/TT-BCT"] == "based_on"
    assert _rel(text, "41/2019/NĐ-CP") == "based_on"
    assert rel["33/2021/TT-BTC"] != "based_on"
    assert rel["36/2005/QH11"] == "based_on"
    assert [r.relation for r in find_references(text) if r.number_symbol == "41/2019/NĐ-CP"][1] == "based_on"
    assert rel["12/2022/TT-BCT"] != "based_on"


def test_a_pipe_table_whose_delimiter_row_has_one_dash_a_cell() -> None:
    """ "|:-:|:-|" (GFM allows one dash a cell; holdout32): the "Cơ sở pháp lý" column still gives `based_on`."""
    text = (
        "|STT|Tên thủ tục|Cơ sở pháp lý|\n"
        "|:-:|:-|:-|\n"
        "|1|Cấp phép thực hiện nhiệm vụ khai thác|Nghị định số 41/2019/NĐ-CP; Thông tư số 07/2020/TT-BCT|\n"
    )
    assert _rel(text, "41/2019/NĐ-CP") == "based_on"
    assert _rel(text, "07/2020/TT-BCT") == "based_on"


def test_a_basis_list_sharing_one_type_word_goes_on_past_a_cue_in_an_items_subject():
    """ "Căn cứ các Nghị định của Chính phủ: số A …; số B … tổ chức thực hiện …; số C …" (holdout34): C is
    the next item of the "Căn cứ" list ("số" glues it), not carried out by the cue inside B's subject."""
    text = (
        "Căn cứ các Nghị định của Chính phủ: số 51/2021/NĐ-CP ngày 02/3/2021 quy định chi tiết thi hành "
        "Luật Thủy lợi; số 52/2022/NĐ-CP ngày 07/5/2022 quy định cơ chế quản lý, tổ chức thực hiện dự án; "
        "số 53/2023/NĐ-CP ngày 09/8/2023 về phí thủy lợi;"
    )
    assert _rel(text, "52/2022/NĐ-CP") == "based_on"
    assert _rel(text, "53/2023/NĐ-CP") == "based_on"


def test_an_opening_answers_a_request_only_in_a_letter_of_its_list():
    """ "Thực hiện Công văn số A … về việc báo cáo …; Công điện số B … về …, UBND tỉnh báo cáo như sau"
    (holdout34): A is the request answered, B (no letter) is carried out; two letters both answer."""
    text = (
        "Thực hiện Công văn số 4410/BTC-ĐT ngày 02/5/2024 của Bộ Tài chính về việc báo cáo quyết toán; "
        "Công điện số 77/CĐ-TTg ngày 03/5/2024 của Thủ tướng Chính phủ về đẩy nhanh quyết toán, Ủy ban "
        "nhân dân tỉnh báo cáo như sau:"
    )
    assert _rel(text, "4410/BTC-ĐT") == "responds_to"
    assert _rel(text, "77/CĐ-TTg") == "implements"
    two = (
        "Thực hiện Công văn số 311/SNV-TCBC ngày 02/3/2022 và Công văn số 312/SNV-TCBC ngày 05/3/2022 "
        "của Sở Nội vụ về việc báo cáo biên chế, Phòng Nội vụ báo cáo như sau:"
    )
    assert _rel(two, "312/SNV-TCBC") == "responds_to"


def test_theo_do_after_a_list_states_a_consequence() -> None:
    """ ", theo đó A, B và C có hiệu lực …" (holdout33): the laws after "theo đó" ("accordingly") are only
    named, though a cue governs the sentence before it."""
    text = (
        "Đề nghị các sở tuyên truyền Luật số 55/2024/QH15 ngày 29/11/2024, theo đó Luật Dữ liệu, Luật Công "
        "chứng năm 2024 và Luật Điện lực năm 2024 có hiệu lực từ ngày 01/7/2025."
    )
    assert [r.relation for r in find_references(text)] == ["implements", "mentions", "mentions", "mentions"]


def test_hampered_implementation_keeps_the_cue_and_a_breach_stays_a_mention() -> None:
    """The settled reading (tests/gold/README.md, session 11): following a procedure prescribed in X, or
    lagging behind X's requirements, is carrying out X, even when done badly; "chưa đúng quy định tại X" is
    a breach measured against X."""
    text = (
        "Việc thu hồi đất chưa thực hiện đầy đủ trình tự quy định tại Điều 69 Nghị định số 43/2014/NĐ-CP. "
        "Một số xã chưa thực hiện đúng quy trình quy định tại Thông tư số 01/2017/TT-BTP. "
        "Tiến độ số hóa hồ sơ còn chậm so với yêu cầu của Chỉ thị số 02/CT-UBND ngày 05/3/2024. "
        "Việc chi hỗ trợ chưa đúng quy định tại Điều 5 Thông tư số 40/2017/TT-BTC."
    )
    assert _rel(text, "43/2014/NĐ-CP") == "implements"
    assert _rel(text, "01/2017/TT-BTP") == "implements"
    assert _rel(text, "02/CT-UBND") == "implements"
    assert _rel(text, "40/2017/TT-BTC") == "mentions"


def test_a_noun_phrase_naming_what_x_lists_is_still_a_mention() -> None:
    """Only a procedure ("trình tự", "quy trình") between the verb and "quy định tại" is the verb's object;
    other nouns ("các công việc quy định tại X": the jobs X lists) name X."""
    text = "Người lao động thực hiện các công việc quy định tại Nghị định số 111/2022/NĐ-CP được hưởng lương."
    assert _rel(text, "111/2022/NĐ-CP") == "mentions"


def test_health_and_education_cues_holdout36() -> None:
    """holdout36: "truyền thông nội dung X" disseminates X; "không theo … quy định tại X" (no verb of carrying
    out) and "chưa được cập nhật phù hợp với X" measure against X (mentions); an amending circular's own
    subject "sửa đổi, bổ sung Danh mục … ban hành kèm theo X" amends X; "Luật A và các văn bản hướng dẫn: B
    …; C" disseminates B and C; a letter "hết hiệu lực kể từ ngày ký Công văn này" is replaced."""
    text = (
        "Đài Truyền thanh huyện truyền thông nội dung Luật Thanh niên trên sóng phát thanh. "
        "Nhiều hồ sơ bị từ chối (ghi sai mã, không theo hướng dẫn tại Quyết định số 2010/QĐ-BYT ngày "
        "06/6/2018 của Bộ trưởng Bộ Y tế). Quy trình nội bộ chưa được cập nhật phù hợp với Luật Dược năm 2016. "
        "Cơ sở không thực hiện theo Thông tư số 15/2019/TT-BYT."
    )
    assert [r.relation for r in find_references(text)] == ["implements", "mentions", "mentions", "implements"]
    amending = (
        "Thông tư số 13/2019/TT-BNV ngày 06/11/2019 sửa đổi, bổ sung Danh mục mã số ban hành kèm theo Thông "
        "tư số 07/2018/TT-BNV. Rà soát, sửa đổi Quy chế làm việc ban hành kèm theo Quyết định số 15/QĐ-UBND."
    )
    assert _rel(amending, "07/2018/TT-BNV") == "amends"
    assert _rel(amending, "15/QĐ-UBND") == "implements"
    listed = (
        "Phòng đã tổ chức phổ biến Luật Trẻ em năm 2016 và các văn bản hướng dẫn: Nghị định số "
        "56/2017/NĐ-CP ngày 09/5/2017 của Chính phủ quy định chi tiết một số điều của Luật Trẻ em; Thông tư "
        "số 12/2019/TT-BLĐTBXH ngày 08/8/2019."
    )
    assert [r.relation for r in find_references(listed)] == [
        "implements",
        "implements",
        "guides",
        "implements",
    ]
    ended = (
        "Công văn số 1111/BTC-NSNN ngày 02/4/2024 của Bộ Tài chính về việc tạm cấp kinh phí hết hiệu lực kể "
        "từ ngày ký Công văn này. Quyết định số 22/QĐ-UBND ngày 05/01/2023 bị bãi bỏ kể từ ngày ban hành "
        "Quyết định này. Thông tư số 05/2015/TT-BYT ngày 17/3/2015 hết hiệu lực kể từ ngày 01/01/2024."
    )
    assert [r.relation for r in find_references(ended)] == ["replaces", "replaces", "mentions"]


def test_a_requirement_at_a_pinpoint_of_x_is_xs_own() -> None:
    """ "theo yêu cầu tại khoản … Điều … X" is X's own requirement, carried out, as "theo yêu cầu tại X" is;
    the pinpoint does not turn it into a request addressed to the writer (holdout37)."""
    text = "Bố trí bể chứa nước mưa theo yêu cầu tại điểm b khoản 2 Điều 12 Thông tư số 15/2023/TT-BXD."
    assert _rel(text, "15/2023/TT-BXD") == "implements"


def test_the_scope_of_a_rule_is_no_application_of_it() -> None:
    """ "đối tượng áp dụng" is a rule's scope (its "phạm vi điều chỉnh, đối tượng áp dụng"): a text
    comparing two rules' scopes applies neither (real-text audit r50)."""
    text = (
        "Ban Bí thư đã ban hành Quy định số 105-QĐ/TW thay thế Quy định số 89-QĐ/TW. So với Quy định số "
        "89-QĐ/TW, Quy định số 105-QĐ/TW mở rộng đối tượng áp dụng. Quy định mới bổ sung đối tượng áp dụng "
        "so với Quy định số 89-QĐ/TW là cán bộ đã nghỉ hưu."
    )
    out = [(r.number_symbol, r.relation) for r in find_references(text)]
    assert out[-1] == ("89-QĐ/TW", "mentions")
    assert "implements" not in {rel for _, rel in out}


def test_applying_x_implements_it_unless_proposed_stopped_compared_or_a_breach() -> None:
    """ "áp dụng X" (a court applying a precedent, a province applying its resolution) carries X out;
    not a proposal to guide its application, a comparison with the period it applied, old documents said
    to apply still (X the subject), its end ("không tiếp tục áp dụng"), or a breach ("không đúng X")."""
    text = (
        "Tòa án nhân dân huyện đã áp dụng Án lệ số 12/2017/AL trong 03 vụ án. "
        "Hiện nay huyện đang áp dụng Nghị quyết số 11/2019/NQ-HĐND ngày 10/7/2019 của HĐND tỉnh. "
        "Đề nghị Bộ Tài chính hướng dẫn thống nhất việc áp dụng Thông tư số 21/2022/TT-BTC. "
        "So với giai đoạn áp dụng Nghị định số 46/2016/NĐ-CP, số vụ vi phạm giảm. "
        "Các văn bản quy định kỹ thuật tiếp tục được áp dụng, trong đó có Thông tư số 24/2017/TT-BTNMT. "
        "Các đơn vị không tiếp tục áp dụng Quyết định số 15/2014/QĐ-UBND. "
        "Đơn vị áp dụng định mức chi không đúng Điều 4 Thông tư số 97/2010/TT-BTC."
    )
    assert _rel(text, "12/2017/AL") == "implements"
    assert _rel(text, "11/2019/NQ-HĐND") == "implements"
    for symbol in (
        "21/2022/TT-BTC",
        "46/2016/NĐ-CP",
        "24/2017/TT-BTNMT",
        "15/2014/QĐ-UBND",
        "97/2010/TT-BTC",
    ):
        assert _rel(text, symbol) == "mentions", symbol


def test_where_a_power_is_assigned_or_delegated_is_a_fact_about_x() -> None:
    """ ", được phân định tại X", ", được phân cấp tại X" say where a power is laid down, like "được quy định
    tại X" (holdout31): X is named, the "theo" before the comma governs only the reference it opens (holdout40)."""
    text = (
        "Ủy ban nhân dân cấp xã cấp giấy phép xây dựng nhà ở riêng lẻ theo Điều 9 Luật Nhà ở, được phân cấp tại "
        "Điều 4 Quyết định số 12/2025/QĐ-UBND; thu hồi giấy phép theo khoản 2 Điều 103 Luật Xây dựng, được phân "
        "định tại Điều 8 Nghị định số 140/2025/NĐ-CP."
    )
    assert _rel(text, "12/2025/QĐ-UBND") == "mentions"
    assert _rel(text, "140/2025/NĐ-CP") == "mentions"


def test_a_circular_guides_the_decree_after_the_law_and_deadlines_kept_or_missed() -> None:
    """ "Thông tư … hướng dẫn thi hành một số điều của Luật A và Nghị định số B": the circular guides the decree
    too (it ranks above it); "chưa thực hiện đúng thời hạn quy định tại X" and "còn chậm so với thời hạn quy
    định tại X" are implementation late (session 11), "thiếu hồ sơ theo quy định tại X" a breach; "…; tỷ lệ
    giải ngân … kế hoạch vốn giao tại X" names where capital was assigned, the "theo" before the ";" does not
    reach it (holdout34, holdout39)."""
    refs = find_references(
        "Căn cứ Thông tư số 40/2022/TT-BTC ngày 12/7/2022 của Bộ Tài chính hướng dẫn thi hành một số điều "
        "của Luật Kế toán và Nghị định số 174/2016/NĐ-CP;\n"
        "Các xã chưa thực hiện đúng thời hạn quy định tại Thông tư số 85/2017/TT-BTC. Việc gửi báo cáo của "
        "04 huyện còn chậm so với thời hạn quy định tại Nghị định số 31/2017/NĐ-CP. Kho bạc từ chối 12 hồ sơ "
        "do thiếu hồ sơ theo quy định tại Điều 7 Nghị định số 11/2020/NĐ-CP. Việc thu hồi tạm ứng thực hiện "
        "theo Nghị định số 99/2021/NĐ-CP; tỷ lệ giải ngân mới đạt 21,4% kế hoạch vốn được giao tại Quyết "
        "định số 1508/QĐ-TTg."
    )
    assert [(r.number_symbol, r.relation) for r in refs] == [
        ("40/2022/TT-BTC", "based_on"),
        ("88/2015/QH13", "guides"),
        ("174/2016/NĐ-CP", "guides"),
        ("85/2017/TT-BTC", "implements"),
        ("31/2017/NĐ-CP", "implements"),
        ("11/2020/NĐ-CP", "mentions"),
        ("99/2021/NĐ-CP", "implements"),
        ("1508/QĐ-TTg", "mentions"),
    ]


def test_measures_to_carry_out_a_law_guide_it_and_where_results_are_published_is_named() -> None:
    """ "Nghị định … quy định chi tiết một số điều và biện pháp để thi hành Luật X" guides X like "biện pháp thi
    hành" (the "để" changes nothing); "kết quả … công bố tại Quyết định số …" says where the results were published:
    the decision is named, not carried out, also after a sentence-opening "Theo" (holdout43)."""
    text = (
        "Sở đã phổ biến Nghị định số 47/2025/NĐ-CP ngày 03/3/2025 của Chính phủ quy định chi tiết một số điều và "
        "biện pháp để thi hành Luật Lưu trữ số 33/2024/QH15. Theo kết quả xếp hạng Chỉ số PAPI năm 2024 được công "
        "bố tại Quyết định số 715/QĐ-BNV ngày 02/6/2025, tỉnh xếp thứ 12."
    )
    assert _rel(text, "47/2025/NĐ-CP") == "implements"
    assert _rel(text, "33/2024/QH15") == "guides"
    assert _rel(text, "715/QĐ-BNV") == "mentions"


def test_after_a_decree_that_details_a_law_amended_in_parentheses_the_list_goes_on_with_the_decree():
    """ "Căn cứ A … quy định chi tiết … của Luật B (đã được sửa đổi, bổ sung bởi C); D …": B is named in
    A's subject (guided), so D after the parenthesis continues A's "Căn cứ" list, not B's `guides`
    (holdout41)."""
    text = (
        "Căn cứ Nghị định số 26/2019/NĐ-CP ngày 08/3/2019 của Chính phủ quy định chi tiết một số điều của "
        "Luật Thủy sản (đã được sửa đổi, bổ sung bởi Nghị định số 37/2024/NĐ-CP ngày 04/4/2024); Nghị định "
        "số 38/2024/NĐ-CP ngày 05/4/2024 của Chính phủ quy định xử phạt vi phạm hành chính trong lĩnh vực thủy sản;"
    )
    assert _rel(text, "18/2017/QH14") == "guides"
    assert _rel(text, "37/2024/NĐ-CP") == "based_on"
    assert _rel(text, "38/2024/NĐ-CP") == "based_on"


def test_studying_a_directive_and_a_deadline_it_sets_carry_it_out() -> None:
    """ "tổ chức học tập X" studies X as "quán triệt" does; "chưa gửi … đúng thời hạn quy định tại X" reports a
    deadline X sets as missed, which is carrying X out badly (session 11; holdout42)."""
    text = (
        "Các chi đoàn tổ chức học tập Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị. Một số xã chưa gửi "
        "báo cáo đúng thời hạn quy định tại Điều 9 Thông tư số 03/2024/TT-BNV."
    )
    assert _rel(text, "05-CT/TW") == "implements"
    assert _rel(text, "03/2024/TT-BNV") == "implements"


def test_a_party_term_before_the_closing_parenthesis_leaves_the_list_outside_it() -> None:
    """ "Quán triệt A (thay thế B ngày … của Bộ Chính trị khóa XI); C; D": "khóa XI" is the term of B's
    issuer; the ")" after it closes the parenthesis (patterns.PARTY_TERM takes a ")" only when it opened
    one), so C and D continue A's list, not the replaced B (holdout42)."""
    text = (
        "Đảng ủy quán triệt Quy định số 22-QĐ/TW ngày 28/7/2021 của Ban Chấp hành Trung ương về công tác kiểm "
        "tra (thay thế Quy định số 30-QĐ/TW ngày 26/7/2016 của Ban Chấp hành Trung ương khóa XII); Hướng dẫn "
        "số 02-HD/UBKTTW ngày 09/12/2021; Quyết định số 354-QĐ/TW ngày 22/12/2021."
    )
    assert _rel(text, "30-QĐ/TW") == "replaces"
    assert _rel(text, "02-HD/UBKTTW") == "implements"
    assert _rel(text, "354-QĐ/TW") == "implements"


def test_a_basis_item_under_a_basis_item_a_page_wrapped_over_lines() -> None:
    text = (
        "Căn cứ Nghị định số 13/2010/NĐ-CP ngày 27\ntháng 02 năm 2010 của Chính phủ về tổ chức các cơ quan\n"
        "chuyên môn thuộc Ủy ban nhân dân tỉnh;\nThông tư số 15/2010/TT-BNV ngày 12 tháng 5 năm 2010 của Bộ Nội vụ về biên chế;\n"
    )
    assert [(r.number_symbol, r.relation) for r in find_references(text)] == [
        ("13/2010/NĐ-CP", "based_on"),
        ("15/2010/TT-BNV", "based_on"),
    ]
    # a wrapped line that is no "Căn cứ" item gives no basis
    text = "Kết quả thực hiện\nnăm 2020 của tỉnh;\nThông tư số 15/2010/TT-BNV của Bộ Nội vụ.\n"
    assert [r.relation for r in find_references(text)] == ["mentions"]


def test_training_on_a_law_carries_it_out_and_a_comparison_or_a_concretising_document_only_names_it() -> None:
    """ "tổ chức lớp tập huấn X" carries X out like "học tập X"; "(so sánh với A)" compares (mentions, gold
    README "so với giai đoạn áp dụng X"); "các nội dung đã được cụ thể hóa trong B" says B concretises them: the
    text carries out neither (holdout45)."""
    text = (
        "Năm 2023, Sở đã tổ chức 05 lớp tập huấn Luật Thư viện số 46/2019/QH14 cho cán bộ cấp xã; biên soạn tài "
        "liệu về điểm mới của Luật (so sánh với Nghị định số 72/2000/NĐ-CP ngày 05/12/2000 của Chính phủ). "
        "Các nhiệm vụ đã được cụ thể hóa trong Kế hoạch số 88/KH-UBND ngày 10/3/2023 của UBND tỉnh."
    )
    assert _rel(text, "46/2019/QH14") == "implements"
    assert _rel(text, "72/2000/NĐ-CP") == "mentions"
    assert _rel(text, "88/KH-UBND") == "mentions"


def test_a_party_body_leading_the_issue_of_a_replacing_resolution_replaces_nothing_yet() -> None:
    """ "Đảng đoàn HĐND tỉnh lãnh đạo ban hành nghị quyết … thay thế X": a task of another body, like
    "tham mưu ban hành … thay thế X" (holdout6/7): X is only named (holdout45)."""
    text = (
        "- Đảng đoàn HĐND tỉnh lãnh đạo ban hành nghị quyết về chính sách hỗ trợ nghệ nhân thay thế Nghị quyết "
        "số 07/2020/NQ-HĐND ngày 15/7/2020 của HĐND tỉnh."
    )
    assert _rel(text, "07/2020/NQ-HĐND") == "mentions"


def test_the_documents_that_assigned_a_task_in_a_table_of_pending_tasks_are_carried_out() -> None:
    """A tab-separated task table (a Word table read by the .docx reader) with a column "Văn bản giao
    nhiệm vụ": the letters and notices that assigned each task are what the report says is carried out
    (relation_cues.json table_columns; holdout46)."""
    text = (
        "Các nhiệm vụ chậm tiến độ:\n"
        "STT\tNhiệm vụ\tVăn bản giao nhiệm vụ\tCơ quan chủ trì\tHạn xử lý\n"
        "1\tKiểm tra việc cấp phép khai thác cát\tCông văn số 1204/UBND-KT ngày 03/6/2024\tSở Công Thương\t30/9/2024\n"
        "2\tSơ kết mô hình dân vận khéo\tThông báo số 77/TB-VPUBND ngày 11/7/2024\tSở Nội vụ\t31/10/2024\n"
    )
    assert _rel(text, "1204/UBND-KT") == "implements"
    assert _rel(text, "77/TB-VPUBND") == "implements"


def test_where_a_policy_was_done_and_where_difficulties_were_raised_are_named() -> None:
    """ "kinh phí … đã được thực hiện tại Y" says where it was done, "các vướng mắc nêu tại Z" where they were
    raised: each only names the document; the "theo X" before them keeps its cue (holdout46)."""
    text = (
        "Việc hỗ trợ theo Nghị định số 178/2024/NĐ-CP đã được thực hiện tại Quyết định số 905/QĐ-UBND ngày "
        "02/4/2025 của UBND tỉnh. Hội nghị cho ý kiến về các vướng mắc nêu tại Công văn số 2210/BTC-HCSN ngày "
        "14/3/2025 của Bộ Tài chính."
    )
    assert _rel(text, "178/2024/NĐ-CP") == "implements"
    assert _rel(text, "905/QĐ-UBND") == "mentions"
    assert _rel(text, "2210/BTC-HCSN") == "mentions"


def test_a_sentence_spelling_out_the_documents_of_the_one_before_takes_its_cue() -> None:
    text = (
        "Tại hội nghị, Bí thư Đảng ủy đã quán triệt 2 chỉ thị của Ban Bí thư.\n"
        "Cụ thể: Chỉ thị số 31-CT/TW, ngày 12/3/2024 về công tác thanh niên; Chỉ thị số 32-CT/TW, ngày "
        "20/4/2024 về phòng cháy."
    )
    assert [r.relation for r in find_references(text)] == ["implements", "implements"]
    # without the opener the next sentence is a sentence of its own
    plain = "Hội nghị đã quán triệt 2 chỉ thị. Chỉ thị số 31-CT/TW, ngày 12/3/2024 có nhiều điểm mới."
    assert [r.relation for r in find_references(plain)] == ["mentions"]


def test_according_to_a_person_is_no_cue() -> None:
    # "Theo ông …, X đã …": what a person says of X; X is not carried out
    text = (
        "Theo giám đốc Sở Công Thương, Quyết định số 13/2020/QĐ-TTg ngày 6/4/2020 của Thủ tướng Chính phủ đã "
        "thúc đẩy điện mặt trời mái nhà."
    )
    assert _rel(text, "13/2020/QĐ-TTg") == "mentions"
    assert (
        _rel("Sở triển khai theo Quyết định số 13/2020/QĐ-TTg ngày 6/4/2020.", "13/2020/QĐ-TTg")
        == "implements"
    )


def test_every_item_of_an_amending_list_is_amended_whatever_its_subject() -> None:
    # real-text audit r8: the own amending formula lists its documents, each with a subject "quy định …";
    # the item after a long subject (";") or after a subject with commas ("và") is still amended
    text = (
        "Chính phủ ban hành Nghị định sửa đổi, bổ sung một số điều của Nghị định số 12/2019/NĐ-CP ngày 05 "
        "tháng 3 năm 2019 của Chính phủ quy định xử phạt vi phạm hành chính trong lĩnh vực giống cây trồng, "
        "bảo vệ và kiểm dịch thực vật; Nghị định số 34/2020/NĐ-CP ngày 10 tháng 4 năm 2020 của Chính phủ quy "
        "định chức năng, nhiệm vụ của Bộ, cơ quan ngang Bộ và Nghị định số 50/2021/NĐ-CP ngày 01 tháng 6 năm "
        "2021 của Chính phủ quy định về phông lưu trữ."
    )
    assert [r.relation for r in find_references(text)] == ["amends", "amends", "amends"]
    # a document named in a subject of another kind is no item of the list
    other = (
        "Bộ trưởng ban hành Thông tư sửa đổi, bổ sung một số điều của Thông tư số 21/2016/TT-BGTVT ngày 25 "
        "tháng 8 năm 2016 quy định về quản lý, khai thác cảng và Nghị định số 12/2017/NĐ-CP."
    )
    assert _rel(other, "12/2017/NĐ-CP") != "amends"


def test_a_history_row_names_the_replacing_document_not_a_replaced_one() -> None:
    # real-text audit r8: "Bị thay thế X" / "Được sửa đổi X" rows of a database's history page: X is
    # the agent; a colon before the list keeps the document replaced
    assert _rel("01/7/2019 Bị thay thế 15/2019/NĐ-CP", "15/2019/NĐ-CP") == "mentions"
    assert _rel("05/02/2020 Được sửa đổi 42/2019/TT-BCT", "42/2019/TT-BCT") == "mentions"
    assert _rel("Các văn bản sau bị bãi bỏ: Quyết định số 12/2019/QĐ-UBND.", "12/2019/QĐ-UBND") == "replaces"


def test_a_history_row_of_a_partial_repeal_names_the_agent() -> None:
    # real-text audit r70: "Bị bãi bỏ 1 phần X" / "Bị thay thế một phần X": the extent between the
    # passive verb and X keeps X the agent; a longer clause between still lets the cue reach X
    assert _rel("01/3/2016 Bị bãi bỏ 1 phần 41/2015/QH13 Xem tại đây", "41/2015/QH13") == "mentions"
    assert _rel("10/9/2020 Bị thay thế một phần 27/2020/TT-BYT", "27/2020/TT-BYT") == "mentions"
    assert (
        _rel("Quyết định này bãi bỏ một phần Quyết định số 12/2019/QĐ-UBND.", "12/2019/QĐ-UBND") == "replaces"
    )


@pytest.mark.parametrize("opening", ["Sau khi xem xét", "Qua xem xét", "Trên cơ sở xem xét"])
def test_a_preamble_considering_a_submission_answers_it(opening: str) -> None:
    # real-text audit r10: a council resolution's preamble "Sau khi xem xét / Qua xem xét / Trên cơ sở
    # xem xét Tờ trình …; Báo cáo thẩm tra …" answers the submission like "Xét Tờ trình …"; "xem xét"
    # alone stays no cue (test_xem_xet_is_no_responds_to_cue)
    text = (
        f"{opening} Tờ trình số 75/TTr-UBND ngày 02/11/2022 của Ủy ban nhân dân huyện về phân bổ vốn; "
        "Báo cáo thẩm tra số 9/BC-KTXH ngày 08/11/2022 của Ban Kinh tế - Xã hội và ý kiến của đại biểu,"
    )
    assert _rel(text, "75/TTr-UBND") == "responds_to"
    assert _rel(text, "9/BC-KTXH") == "responds_to"
    assert _rel("UBND huyện đề nghị HĐND xem xét Tờ trình số 76/TTr-UBND tại kỳ họp.", "76/TTr-UBND") != (
        "responds_to"
    )


def test_a_report_cited_as_the_source_of_figures_at_a_sentences_opening() -> None:
    # real-text audit r11: a portal's news item "Theo Báo cáo số X của UBND tỉnh, đến nay đã có …"
    # ("according to") read implements; a report whose content is carried out keeps its cue, and so does
    # a plan at the same place
    from ingest.pipeline import extract_text

    refs = extract_text(
        "Theo Báo cáo số 61/BC-UBND ngày 02/3/2031 của UBND huyện, 40/45 kiến nghị của cử tri đã được "
        "trả lời.\nSở Tài chính hoàn thành việc bố trí kinh phí theo Báo cáo số 17/BC-STC ngày 5/3/2031.\n"
        "Theo Kế hoạch số 8/KH-UBND ngày 6/3/2031, các xã tổ chức đối thoại với người dân."
    ).references
    assert [(r.number_symbol, r.relation) for r in refs] == [
        ("61/BC-UBND", "mentions"),
        ("17/BC-STC", "implements"),
        ("8/KH-UBND", "implements"),
    ]


def test_a_short_name_given_in_parentheses_after_viet_tat_la() -> None:
    # real-text audit r11: "… ban hành Pháp lệnh số X … (viết tắt là Pháp lệnh dân chủ ở cơ sở)": the
    # short name is the same document, it takes X's relation; a cue inside the parenthesis stays its own
    from ingest.pipeline import extract_text

    refs = extract_text(
        "Năm 2007, Ủy ban Thường vụ Quốc hội ban hành Pháp lệnh số 34/2007/PL-UBTVQH11 thực hiện dân chủ ở "
        "xã, phường, thị trấn (viết tắt là Pháp lệnh dân chủ ở cơ sở), được các xã triển khai rộng rãi."
    ).references
    assert [(r.kind, r.number_symbol, r.relation) for r in refs] == [
        ("full", "34/2007/PL-UBTVQH11", "mentions"),
        ("named", "34/2007/PL-UBTVQH11", "mentions"),
    ]


def test_detailed_guidance_of_a_law_by_a_decree_is_guides() -> None:
    """ "Nghị định A … hướng dẫn chi tiết thực hiện một số điều của Luật X" guides X (not the nearer
    "thực hiện"); "Nghị định quy định chi tiết một số điều và hướng dẫn thi hành Luật X" names the decree's
    own scope: X is guided; a body's own "hướng dẫn thi hành X" still implements X (real-text audit r12)."""
    text = (
        "Căn cứ Nghị định số 24/2019/NĐ-CP ngày 05/3/2019 của Chính phủ hướng dẫn chi tiết thực hiện một số "
        "điều của Luật Tiếp công dân;"
    )
    assert [r.relation for r in find_references(text)] == ["based_on", "guides"]
    text = "Chính phủ ban hành Nghị định quy định chi tiết một số điều và hướng dẫn thi hành Luật Phòng, chống tham nhũng."
    assert [r.relation for r in find_references(text)] == ["guides"]
    assert [r.relation for r in find_references("Huyện đã hướng dẫn thi hành Luật Tiếp công dân.")] == [
        "implements"
    ]


def test_a_plain_legal_basis_heading_gives_based_on_to_its_list() -> None:
    # real-text audit r13: a Q&A page's legal-basis box is a plain line "Căn cứ pháp lý" / "Cơ sở pháp
    # lí:" / "Căn cứ:" (neither numbered nor upper case) over bulleted items
    for heading in ("Căn cứ pháp lý", "Cơ sở pháp lí:", "Căn cứ:"):
        text = (
            "Hỏi về thời hạn nộp hồ sơ\n"
            f"{heading}\n\n"
            "  • Luật Cư trú năm 2020;\n"
            "  • Thông tư số 55/2021/TT-BCA quy định chi tiết.\n\n"
            "Nội dung trả lời: người dân nộp hồ sơ trong 30 ngày."
        )
        assert [r.relation for r in find_references(text)] == ["based_on", "based_on"], heading
    # a longer line is a sentence, not a heading: its list is quoted content
    quoted = (
        "Căn cứ Điều 20 Luật Cư trú năm 2020 quy định:\n- Thông tư số 55/2021/TT-BCA có năm mẫu tờ khai.\n"
    )
    assert _rel(quoted, "55/2021/TT-BCA") == "mentions"


def test_can_cu_theo_is_a_legal_basis_not_an_implementation() -> None:
    # real-text audit r13: the Q&A answer's "Căn cứ theo (quy định tại) … X" is "căn cứ", whatever "theo"
    # follows it; a later "theo" of its own still implements
    text = (
        "Căn cứ theo quy định tại khoản 2 Điều 7 Luật Cư trú năm 2020, công dân phải đăng ký. Việc "
        "đăng ký thực hiện theo quy định tại Nghị định số 62/2021/NĐ-CP."
    )
    assert [r.relation for r in find_references(text)] == ["based_on", "implements"]
    assert (
        _rel("Căn cứ theo Điều 3 Nghị định số 62/2021/NĐ-CP, hồ sơ gồm tờ khai.", "62/2021/NĐ-CP")
        == "based_on"
    )


def test_changes_measured_against_a_law_do_not_amend_it() -> None:
    # real-text audit r13: a page comparing two versions of a law lists "những điểm sửa đổi so với X":
    # X is the yardstick, not the document amended; "sửa đổi X" still amends
    for cue in ("sửa đổi", "sửa đổi, bổ sung", "sửa đổi bổ sung"):
        text = f"Những điểm {cue} so với Luật Cư trú năm 2006 được tóm tắt dưới đây."
        assert [r.relation for r in find_references(text)] == ["mentions"], cue
    assert _rel("Luật này sửa đổi, bổ sung Nghị định số 31/2014/NĐ-CP.", "31/2014/NĐ-CP") == "amends"


def test_the_passive_agent_of_guidance_is_found_before_a_pinpoint() -> None:
    # real-text audit r13: "… được hướng dẫn cụ thể tại Điều 9 X": X is where the guidance is (the agent),
    # not a document guided; the active "X hướng dẫn Điều 9 Y" still guides Y
    text = "Điều kiện này được hướng dẫn cụ thể tại Điều 9 Thông tư số 59/2015/TT-BLĐTBXH như sau:"
    assert _rel(text, "59/2015/TT-BLĐTBXH") == "mentions"
    assert _rel(text.replace("Điều 9 ", "Điều 9 của "), "59/2015/TT-BLĐTBXH") == "mentions"
    guided = "Thông tư số 59/2015/TT-BLĐTBXH hướng dẫn Điều 9 Nghị định số 115/2015/NĐ-CP."
    assert _rel(guided, "115/2015/NĐ-CP") == "guides"


def test_a_document_that_holds_an_answer_is_no_request_answered() -> None:
    # real-text audit r13: "được trả lời (cụ thể) trong X" (an explanation page): X holds the answer;
    # "trả lời Công văn số …" still answers the letter
    text = "Câu hỏi này được trả lời cụ thể trong khoản 3 Điều 7 Luật Cư trú năm 2020 như sau."
    assert [r.relation for r in find_references(text)] == ["mentions"]
    assert _rel("Bộ trả lời Công văn số 45/UBND-NC ngày 2/3/2024 như sau.", "45/UBND-NC") == "responds_to"


def test_the_agent_of_an_amended_basis_shares_the_basis() -> None:
    """ "Căn cứ Hiến pháp năm 1992 đã được sửa đổi, bổ sung theo Nghị quyết số …": right after the law it
    amended, the agent is part of the basis, as with "… một số điều theo" (real-text audit r17); a
    footnote's "Khoản này được sửa đổi, bổ sung theo X" names no document before X and stays mentions."""
    basis = (
        "Căn cứ vào Hiến pháp năm 1992 đã được sửa đổi, bổ sung theo Nghị quyết số 51/2001/QH10 ngày "
        "25 tháng 12 năm 2001 của Quốc hội khóa X, kỳ họp thứ 10;\nLuật này quy định về đê điều."
    )
    assert _rel(basis, "51/2001/QH10") == "based_on"
    note = "1 Khoản này được sửa đổi, bổ sung theo Luật số 35/2018/QH14 ngày 20 tháng 11 năm 2018."
    assert _rel(note, "35/2018/QH14") == "mentions"


@pytest.mark.parametrize("some_articles", ["", " một số điều"])
def test_the_agent_of_an_amendment_after_a_guided_law_in_a_basis_item_is_the_basis(
    some_articles: str,
) -> None:
    """ "Căn cứ Nghị định A … quy định chi tiết Luật B đã được sửa đổi, bổ sung theo Nghị định C": B is guided
    by A, but C (the amending decree) is part of the basis, as "… bởi C" reads (real-text audit r58: C read
    `guides`); also up a chain ("Căn cứ Nghị định D sửa đổi Nghị định A quy định chi tiết Luật B …"). The
    text's own guidance is shared ("Thông tư này hướng dẫn Luật B đã được sửa đổi … theo C": C is guided)."""
    basis = (
        "Căn cứ Nghị định số 12/2020/NĐ-CP ngày 05/3/2020 của Chính phủ quy định chi tiết một số điều của Luật "
        f"Lâm nghiệp đã được sửa đổi, bổ sung{some_articles} theo Nghị định số 81/2023/NĐ-CP ngày 14/11/2023;"
    )
    assert [r.relation for r in find_references(basis)] == ["based_on", "guides", "based_on"]
    chain = (
        "Căn cứ Nghị định số 19/2025/NĐ-CP ngày 10/02/2025 sửa đổi, bổ sung một số điều của Nghị định số "
        "12/2020/NĐ-CP ngày 05/3/2020 quy định chi tiết Luật Lâm nghiệp đã được sửa đổi, bổ sung"
        f"{some_articles} theo Nghị định số 81/2023/NĐ-CP;"
    )
    assert _rel(chain, "81/2023/NĐ-CP") == "based_on"
    own = (
        "Thông tư này hướng dẫn thi hành Luật Lâm nghiệp đã được sửa đổi, bổ sung một số điều theo Nghị định "
        "số 81/2023/NĐ-CP."
    )
    assert _rel(own, "81/2023/NĐ-CP") == "guides"


@pytest.mark.parametrize("comma", [",", ""])
def test_a_named_law_expiring_with_this_one_after_its_date(comma: str) -> None:
    """ "Pháp lệnh X ngày … hết hiệu lực, kể từ ngày Luật này có hiệu lực thi hành": replaced, with or
    without the comma real law texts put before "kể từ" (real-text audit r17)."""
    text = (
        f"Pháp lệnh Cựu chiến binh ngày 7 tháng 10 năm 2005 hết hiệu lực{comma} kể từ ngày Luật này có "
        "hiệu lực thi hành."
    )
    (r,) = find_references(text)
    assert (r.name, r.relation) == ("Pháp lệnh Cựu chiến binh", "replaces")


def test_generic_units_listed_with_a_comma_keep_the_amending_cue() -> None:
    # real-text audit r16: "Sửa đổi, bãi bỏ một số điểm, khoản tại các điều của X": the comma between the
    # unit words names no clause, X is amended; a comma before another document still ends the clause
    text = "Điều 2. Sửa đổi, bãi bỏ một số điểm, khoản tại các điều của Nghị định số 17/2019/NĐ-CP như sau:"
    assert _rel(text, "17/2019/NĐ-CP") == "amends"
    assert _rel(text.replace("điểm, khoản", "khoản, điểm"), "17/2019/NĐ-CP") == "amends"
    other = "Nghị định này sửa đổi Nghị định số 17/2019/NĐ-CP, khoản 3 Điều 2 Thông tư số 08/2020/TT-BXD."
    assert _rel(other, "08/2020/TT-BXD") != "amends"


def test_a_pinpoint_list_wrapped_after_its_comma_keeps_the_guiding_cue() -> None:
    # real-text audit r16: a PDF line break after "Điều 7," ("Điều 12," opens the next line, no article
    # heading) and an upper-case title wrapped after "CỦA" leave the decree's "quy định chi tiết" cue
    body = "Nghị định này quy định chi tiết Điều 7,\nĐiều 12, khoản 3 Điều 20 của Luật Thư viện về kinh phí."
    (ref,) = find_references(body)
    assert (ref.pinpoint, ref.relation) == ("Điều 7, Điều 12, khoản 3 Điều 20", "guides")
    title = "NGHỊ ĐỊNH\nQUY ĐỊNH CHI TIẾT MỘT SỐ ĐIỀU CỦA\nLUẬT THƯ VIỆN\n"
    assert [r.relation for r in find_references(title)] == ["guides"]


def test_a_basis_item_after_a_long_wrapped_subject_stays_a_basis() -> None:
    # real-text audit r16: "Căn cứ A … ban hành Quy định thực hiện …(wrapped over lines); B …": B is the
    # next item of the basis, not carried out because of the "thực hiện" inside A's subject
    text = (
        "Căn cứ Quyết định số 21/2021/QĐ-UBND ngày\n12/5/2021 của Ủy ban nhân dân tỉnh ban hành Quy định "
        "thực hiện chế độ\nbáo cáo định kỳ của các cơ quan hành chính nhà nước trên địa bàn\ntỉnh; "
        "Quyết định số 730/QĐ-UBND ngày 03/02/2023 của Ủy ban nhân dân\ntỉnh về việc ban hành Kế hoạch "
        "số hóa năm 2023;\n"
    )
    assert _rel(text, "730/QĐ-UBND") == "based_on"
    assert _rel(text.replace("Căn cứ", "Thực hiện"), "730/QĐ-UBND") == "implements"


def test_a_plan_opening_list_wrapped_after_so_is_carried_out() -> None:
    # real-text audit r15: a plan's "Thực hiện …" opening lists the province's resolutions as "số A …;
    # số B …", hard-wrapped after "số" and with a ";" inside an item's subject: every item is carried out
    text = (
        "Thực hiện Nghị quyết số 05/NQ-CP ngày 10/01/2023 của Chính phủ về phục hồi kinh tế; các Nghị\n"
        "quyết của Hội đồng nhân dân tỉnh: số\n"
        "21/NQ-HĐND ngày 08/12/2022 về giao thông; số 22/NQ-HĐND ngày 08/12/2022 về thu ngân sách trên\n"
        "địa bàn; chi ngân sách địa phương năm 2023; số\n"
        "23/NQ-HĐND ngày 08/12/2022 về đầu tư công, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:"
    )
    rels = {r.number_symbol: r.relation for r in find_references(text)}
    assert rels == {
        "05/NQ-CP": "implements",
        "21/NQ-HĐND": "implements",
        "22/NQ-HĐND": "implements",
        "23/NQ-HĐND": "implements",
    }


@pytest.mark.parametrize(
    ("text", "symbol", "relation"),
    [
        ("Căncứ Nghị định số 18/2021/NĐ-CP ngày 05/3/2021 của Chính phủ;", "18/2021/NĐ-CP", "based_on"),
        ("Thựchiện Chỉ thị số 09/CT-TTg ngày 02/4/2022 của Thủ tướng Chính phủ,", "09/CT-TTg", "implements"),
        ("Thông tư này hướngdẫn Nghị định số 31/2020/NĐ-CP ngày 10/3/2020.", "31/2020/NĐ-CP", "guides"),
    ],
)
def test_a_cue_whose_words_a_page_glued_together_is_still_a_cue(
    text: str, symbol: str, relation: str
) -> None:
    # real-text audit r17: scrapers glue the words of a line ("Căncứ vào Hiến pháp"); no correct text
    # writes two syllables as one, so the glued cue means what the cue means
    assert _rel(text, symbol) == relation


def test_a_heading_over_the_body_shares_no_relation_or_issuer_with_the_next_paragraph() -> None:
    # real-text audit r22: the Gazette heading "… VỀ VIỆC SỬA ĐỔI QUYẾT ĐỊNH SỐ 25-CP … CỦA HỘI ĐỒNG CHÍNH
    # PHỦ" and, after a blank line, the body's first sentence naming the same decision: no list
    text = (
        "QUYẾT ĐỊNH\n\nCỦA HỘI ĐỒNG BỘ TRƯỞNG SỐ 40-HĐBT NGÀY 2 THÁNG 3 NĂM 1983 VỀ VIỆC SỬA ĐỔI "
        "QUYẾT ĐỊNH SỐ 17-CP NGÀY 5-1-1980 CỦA HỘI ĐỒNG CHÍNH PHỦ\n\n"
        "Quyết định số 17-CP được ban hành đã có tác dụng tốt đối với sản xuất.\n"
    )
    refs = [r for r in find_references(text) if r.number_symbol == "17-CP"]
    assert [r.relation for r in refs] == ["amends", "mentions"]
    assert refs[0].issuer == "Hội đồng Chính phủ"
    assert refs[1].issuer != "Hội đồng Chính phủ"


def test_a_basis_item_after_a_subject_longer_than_the_cue_window_stays_a_basis() -> None:
    # real-text audit r20: "Căn cứ A … (a subject of over 160 characters, with commas, ending in 'theo quy
    # định của Luật B'); C …": C continues the basis list opened at A, not the "theo" of B inside A's subject
    text = (
        "Căn cứ Nghị quyết số 31/2019/NQ-HĐND ngày 12 tháng 7 năm 2019 của Hội đồng nhân dân tỉnh về "
        "phân cấp nguồn thu, nhiệm vụ chi giữa ngân sách tỉnh, ngân sách huyện và ngân sách xã trong thời kỳ "
        "ổn định ngân sách theo quy định của Luật Ngân sách nhà nước; Nghị quyết số 32/2019/NQ-HĐND ngày 12 "
        "tháng 7 năm 2019 của Hội đồng nhân dân tỉnh về định mức chi thường xuyên;\n"
    )
    assert _rel(text, "31/2019/NQ-HĐND") == "based_on"
    assert _rel(text, "32/2019/NQ-HĐND") == "based_on"
    # the same with an amending item: "số A …; số B … về sửa đổi, bổ sung Nghị định số A … (long); số C …"
    decrees = (
        "Căn cứ các Nghị định của Chính phủ: số 40/2020/NĐ-CP ngày 06 tháng 4 năm 2020 về đầu tư công; số "
        "99/2021/NĐ-CP ngày 11 tháng 11 năm 2021 về sửa đổi, bổ sung một số điều Nghị định số 40/2020/NĐ-CP "
        "ngày 06 tháng 4 năm 2020 của Chính phủ về quy định chi tiết thi hành một số điều của luật; số "
        "25/2022/NĐ-CP ngày 19 tháng 4 năm 2022 của Chính phủ về quản lý dự án;\n"
    )
    rels = [(r.number_symbol, r.relation) for r in find_references(decrees)]
    assert rels == [
        ("40/2020/NĐ-CP", "based_on"),
        ("99/2021/NĐ-CP", "based_on"),
        ("40/2020/NĐ-CP", "amends"),
        ("25/2022/NĐ-CP", "based_on"),
    ]


def test_a_basis_clause_naming_an_issuing_power_stays_a_basis() -> None:
    # real-text audit r21: "Căn cứ Quy định về thể loại, thẩm quyền ban hành … ban hành kèm theo X": the
    # "ban hành" inside the rule's name is no cue of the clause, which opens with "Căn cứ"
    (r,) = find_references(
        "- Căn cứ Quy định về thể loại, thẩm quyền ban hành và thể thức văn bản của Hội ban hành kèm "
        "theo Quyết định số 120-QĐ/HNDTW ngày 05/5/2015 của Ban Thường vụ Trung ương Hội;"
    )
    assert r.relation == "based_on"


def test_an_amending_document_past_the_cue_window_is_the_source_in_a_plan():
    """In a plan's legal bases, "Thông tư A ngày … sửa đổi, bổ sung khoản 1 Điều 3, khoản 2 Điều 6, điểm c khoản
    1, khoản 4 Điều 9 của Quy chế … ban hành kèm theo X": a long list of provisions puts A beyond the cue
    window, but A is still what amends X (a plan's own "sửa đổi" would be a task; real-text audit r18)."""
    from ingest.pipeline import extract_text

    text = (
        "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 40/KH-UBND | Hà Giang, ngày 10 tháng 3 năm 2023 |\n"
        "KẾ HOẠCH\nTuyển sinh lớp 10 năm học 2023-2024\nCăn cứ Thông tư số 03/2019/TT-BGDĐT ngày 14/3/2019 của "
        "Bộ GD&ĐT sửa đổi, bổ sung khoản 1 Điều 3, khoản 2 Điều 6, điểm c khoản 1, khoản 4 Điều 9 của Quy chế "
        "tuyển sinh THCS và THPT ban hành kèm theo Thông tư số "
        "11/2014/TT-BGDĐT;\n"
    )
    refs = extract_text(text).references
    assert [(r.number_symbol, r.relation, r.relation_source) for r in refs] == [
        ("03/2019/TT-BGDĐT", "based_on", None),
        ("11/2014/TT-BGDĐT", "amends", 0),
    ]


def test_an_opening_tren_co_so_do_names_a_basis_said_before_not_the_document_after_the_comma() -> None:
    """ "Trên cơ sở đó, <body> phê duyệt … tại X": the basis is the sentence before; X is only named
    (real-text audit r25, a portal's news item). A document inside the opening phrase keeps its cue."""
    text = (
        "Quốc hội đã thông qua chủ trương đầu tư chương trình.\n"
        "Trên cơ sở đó, Thủ tướng Chính phủ phê duyệt chương trình tại Quyết định số 1234/QĐ-TTg "
        "ngày 05/6/2022.\n"
        "Trên cơ sở Nghị quyết số 25/2021/QH15, Ủy ban nhân dân tỉnh ban hành Kế hoạch số 12/KH-UBND "
        "ngày 02/3/2022.\n"
        "Trên cơ sở Báo cáo số 77/BC-SNN ngày 03/4/2022 của Sở Nông nghiệp và Phát triển nông thôn, "
        "Ủy ban nhân dân tỉnh giao chỉ tiêu cho các huyện.\n"
    )
    from ingest.pipeline import extract_text

    rel = {r.number_symbol: r.relation for r in extract_text(text).references}
    assert rel == {
        "1234/QĐ-TTg": "mentions",
        "25/2021/QH15": "based_on",
        "12/KH-UBND": "mentions",
        "77/BC-SNN": "based_on",  # a report named right after "Trên cơ sở" is a basis, not a source
    }


def test_unmarked_wrapped_items_under_a_numbered_basis_heading_are_the_basis() -> None:
    # a page hard-wraps each bare item of "I. CĂN CỨ PHÁP LÝ" over lines; no item has a dash
    text = (
        "KẾ HOẠCH\nPHÁT TRIỂN NỀN TẢNG SỐ\n"
        "I. CĂN CỨ PHÁP LÝ\n"
        "Luật Viễn thông ngày 24/11/2023;\n"
        "Nghị định số 12/2021/NĐ-CP ngày 03/3/2021 của Chính\n"
        "phủ sửa đổi một số điều của Nghị định số 34/2018/NĐ-CP ngày 10/2/2018 của\n"
        "Chính phủ về cấp phép dịch vụ;\n"
        "Nghị định số 56/2022/NĐ-CP ngày 01/8/2022 của Chính\n"
        "phủ về chữ ký số;\n"
        "Thông tư số 07/2023/TT-BTTTT ngày 05/6/2023 của Bộ Thông tin và Truyền thông.\n"
        "II. MỤC TIÊU\n"
    )
    rels = {r.number_symbol: r.relation for r in find_references(text)}
    assert rels["12/2021/NĐ-CP"] == "based_on"
    assert rels["34/2018/NĐ-CP"] == "amends"  # in the subject of the item above
    assert rels["56/2022/NĐ-CP"] == "based_on"  # a new item, not the amended one's list
    assert rels["07/2023/TT-BTTTT"] == "based_on"


def test_wrapped_dashed_items_under_a_wrapped_basis_heading_are_the_basis() -> None:
    # real-text audit r47: a page hard-wraps the heading "I. CĂN CỨ XÂY DỰNG KẾ HOẠCH" and each dashed
    # item over lines, a numbered sub-heading between them
    text = (
        "KẾ HOẠCH\nPHÒNG CHỐNG BỆNH DẠI\n"
        "I. CĂN CỨ\nXÂY DỰNG KẾ HOẠCH\n"
        "1. Văn bản của Trung ương\n"
        "- Quyết định số 101/QĐ-TTg ngày\n"
        "12/01/2022 của Thủ tướng Chính phủ về chương trình\n"
        "phòng chống bệnh dại;\n"
        "- Quyết định số 2020/QĐ-BYT ngày\n"
        "05/5/2022 của Bộ Y tế;\n"
        "II. MỤC TIÊU\n"
    )
    rels = {r.number_symbol: r.relation for r in find_references(text)}
    assert rels == {"101/QĐ-TTg": "based_on", "2020/QĐ-BYT": "based_on"}
    # the lines above a dashed item are running text, not a wrapped item: no heading governs it
    text = (
        "I. CĂN CỨ PHÁP LÝ\n"
        "Tỉnh đã rà soát các văn bản về phòng chống dịch;\n"
        "- Quyết định số 2020/QĐ-BYT ngày 05/5/2022 của Bộ Y tế.\n"
    )
    assert _rel(text, "2020/QĐ-BYT") != "based_on"


def test_a_line_opening_with_a_reference_inside_wrapped_prose_takes_no_heading_relation() -> None:
    text = (
        "I. CĂN CỨ PHÁP LÝ\n"
        "Luật Viễn thông ngày 24/11/2023;\n"
        "II. NHIỆM VỤ\n"
        "Các sở, ngành tổ chức tuyên truyền, phổ biến nội dung của\n"
        "Nghị định số 56/2022/NĐ-CP ngày 01/8/2022 của Chính phủ đến doanh nghiệp.\n"
    )
    assert _rel(text, "56/2022/NĐ-CP") != "based_on"


def test_a_request_whose_body_is_wrapped_after_its_head_word_is_answered() -> None:
    text = (
        "Căn cứ Luật Đường sắt ngày 16/6/2017;\n"
        "Theo đề nghị của Ban\n"
        "Quản lý dự án giao thông tại Tờ trình số 15/TTr-BQLDA ngày 02/3/2022.\n"
    )
    assert _rel(text, "15/TTr-BQLDA") == "responds_to"


@pytest.mark.parametrize(
    ("text", "symbol", "relation"),
    [
        # the document conveying a conclusion or instruction carried out, in a parenthesis after it
        # (real-text audit r30: provincial and ministerial documents carrying out VPCP notices)
        (
            "Thực hiện kết luận của Phó Thủ tướng Chính phủ tại buổi làm việc với tỉnh về chống hạn (tại "
            "Thông báo số 45/TB-VPCP ngày 09 tháng 4 năm 2019 của Văn phòng Chính phủ), Sở yêu cầu:",
            "45/TB-VPCP",
            "implements",
        ),
        (
            "Thực hiện ý kiến chỉ đạo của Thủ tướng Chính phủ (Công văn số 781/VPCP-NN ngày 03/02/2018 của "
            "Văn phòng Chính phủ), Bộ đề nghị các địa phương:",
            "781/VPCP-NN",
            "implements",
        ),
        # a conclusion merely recorded, with no implementing cue: evidence, mentions
        (
            "Năm 2019 tỉnh đã họp và có kết luận về việc này (tại Thông báo số 45/TB-UBND ngày 09/4/2019).",
            "45/TB-UBND",
            "mentions",
        ),
    ],
)
def test_a_parenthesis_conveying_a_conclusion_carried_out_is_implemented(
    text: str, symbol: str, relation: str
) -> None:
    assert _rel(text, symbol) == relation


def test_a_circular_detailing_an_ordinance_guides_it() -> None:
    """ "Thông tư … quy định cụ thể thi hành một số điều của Pháp lệnh X và Nghị định Y" (real-text audit
    r37): "quy định cụ thể thi hành" is a guiding verb as "quy định chi tiết thi hành" is."""
    text = (
        "Căn cứ Thông tư số 09/2012/TT-BCA ngày 14/02/2012 của Bộ Công an quy định cụ thể thi hành một số điều "
        "của Nghị định số 38/2006/NĐ-CP ngày 17/4/2006 của Chính phủ về bảo vệ dân phố;"
    )
    assert _rel(text, "09/2012/TT-BCA") == "based_on"
    assert _rel(text, "38/2006/NĐ-CP") == "guides"


def test_a_request_in_the_parenthesis_after_its_author_is_answered() -> None:
    """ "Xét đề nghị của <body> (tờ trình số …) về việc …" (real-text audit r38, the Prime Minister's letters
    on state enterprises): the parenthesis holds the request answered, not evidence; evidence after another
    clause stays mentioned."""
    text = (
        "Xét đề nghị của Ủy ban nhân dân tỉnh Lào Cai (tờ trình số 71/TTr-UBND ngày 15 tháng 4 năm 2012) về "
        "việc sắp xếp công ty lâm nghiệp, Thủ tướng Chính phủ có ý kiến như sau:"
    )
    assert _rel(text, "71/TTr-UBND") == "responds_to"
    text = "Tỉnh đã sắp xếp xong 3 công ty lâm nghiệp (Công văn số 72/UBND-KT ngày 16/4/2012)."
    assert _rel(text, "72/UBND-KT") == "mentions"


def test_a_cue_split_over_an_upper_case_titles_lines_still_governs() -> None:
    """A page's table wraps the title inside its cue ("KẾ HOẠCH⏎THỰC⏎HIỆN QUYẾT ĐỊNH SỐ …", real-text audit
    r38): the break between a cue's two words is no clause boundary; two words making no cue stay apart."""
    text = "KẾ HOẠCH\nTHỰC\nHIỆN QUYẾT ĐỊNH SỐ 900/QĐ-TTg NGÀY 10/7/2019 CỦA THỦ TƯỚNG CHÍNH PHỦ\n"
    assert _rel(text, "900/QĐ-TTg") == "implements"
    text = "THỰC HIỆN KẾ HOẠCH NĂM\nQUYẾT ĐỊNH SỐ 901/QĐ-TTg NGÀY 10/7/2019 CỦA THỦ TƯỚNG CHÍNH PHỦ\n"
    assert _rel(text, "901/QĐ-TTg") == "mentions"


def test_a_document_expiring_with_this_one_over_wrapped_lines_is_replaced() -> None:
    """ "Nghị định số X ngày … của Chính⏎⏎phủ về … hết hiệu lực kể từ ngày Nghị định này⏎⏎có hiệu lực" (real-
    text audit r41, a scanned decree whose lines are wrapped with blank lines between): the statement
    goes on in lower case after each break, the citing decree replaces X; a line of its own does not."""
    text = (
        "2. Nghị định số 41/2019/NĐ-CP ngày 15 tháng 5 năm 2019 của Chính\n\n"
        "phủ về quản lý kho lưu trữ hết hiệu lực kể từ ngày Nghị định này\n\ncó hiệu lực.\n"
    )
    assert _rel(text, "41/2019/NĐ-CP") == "replaces"
    text = (
        "2. Thực hiện Nghị định số 41/2019/NĐ-CP về quản lý kho lưu trữ\n\n"
        "Quy định hết hiệu lực kể từ ngày Nghị định này có hiệu lực.\n"
    )
    assert _rel(text, "41/2019/NĐ-CP") == "implements"


def test_indented_items_under_a_bold_basis_label_rest_on_it() -> None:
    # real-text audit r42: a site's "- **Căn cứ:**" label over its indented "    - " items
    text = (
        "- **Số hiệu:** 5/2026/TT-BNV\n"
        "- **Căn cứ:**\n"
        "    - Luật Việc làm số 74/2025/QH15;\n"
        "    - Nghị định số 12/2025/NĐ-CP của Chính phủ quy định chức năng của Bộ Nội vụ;\n"
        "    - Nghị định số 13/2025/NĐ-CP của Chính phủ\n"
        "- **Thay thế:** Thông tư số 9/2024/TT-BNV.\n"
    )
    rel = {r.number_symbol: r.relation for r in find_references(text)}
    assert rel["12/2025/NĐ-CP"] == "based_on"
    assert rel["13/2025/NĐ-CP"] == "based_on"
    assert rel["9/2024/TT-BNV"] == "replaces"


def test_lettered_items_of_a_repeal_wrapped_by_a_pdf_page_are_repealed() -> None:
    # real-text audit r42: items hard-wrapped over lines, the page number between the heading and the list
    text = (
        "3. Bãi bỏ:\n"
        "7\n"
        "\n"
        "a) Điều 3 Thông tư số 11/2021/TT-BTC sửa đổi, bổ sung một số điều của\n"
        "các Thông tư trong lĩnh vực thuế;\n"
        "b) Điều 2 Thông tư số 12/2022/TT-BTC quy định về mẫu biểu trong lĩnh vực\n"
        "hải quan;\n"
        "c) Khoản 1 Điều 4 Thông tư số 13/2023/TT-BTC quy định về phí.\n"
    )
    rel = {r.number_symbol: r.relation for r in find_references(text)}
    assert rel == {"11/2021/TT-BTC": "replaces", "12/2022/TT-BTC": "replaces", "13/2023/TT-BTC": "replaces"}


def test_a_renaming_takes_the_relation_of_the_document_it_renames() -> None:
    # real-text audit r43: a codified circular's scope names a decree, the law that decree details, then
    # renames the decree ("(sau đây viết tắt là …)"): the short name repeats the decree, not the law
    # named in its subject; "sau đây gọi chung là" renames too
    text = (
        "Việc chi trả thực hiện theo quy định tại Điều 8 Nghị định số 31/2019/NĐ-CP ngày 02 tháng 4 năm 2019 "
        "của Chính phủ quy định chi tiết một số điều của Luật Phí và lệ phí (sau đây viết tắt là Nghị định "
        "số 31/2019/NĐ-CP)."
    )
    refs = find_references(text)
    assert [(r.number_symbol, r.relation) for r in refs if r.kind != "named"] == [
        ("31/2019/NĐ-CP", "implements"),
        ("31/2019/NĐ-CP", "implements"),
    ]
    text = (
        "Thông tư này hướng dẫn Luật Thủy sản ngày 21 tháng 11 năm 2017 và Luật sửa đổi, bổ sung một số "
        "điều của Luật Thủy sản ngày 12 tháng 5 năm 2022 (sau đây gọi chung là Luật Thủy sản)."
    )
    assert [r.relation for r in find_references(text)] == ["guides", "guides", "guides"]


def test_a_provision_named_as_amended_is_no_amending_cue() -> None:
    # real-text audit r43: "theo quy định tại Điều 20 sửa đổi, bổ sung của Luật X" names the amended
    # article of X (its pinpoint); the "theo" governs X, nothing is amended here
    text = "Việc đổi giấy phép thực hiện theo quy định tại Điều 14 sửa đổi, bổ sung của Luật Dược."
    refs = find_references(text)
    assert [(r.name, r.pinpoint, r.relation) for r in refs] == [("Luật Dược", "Điều 14", "implements")]
    text = "Các trường hợp được miễn theo quy định tại khoản 3 Điều 9 được sửa đổi, bổ sung của Luật Dược."
    assert [(r.pinpoint, r.relation) for r in find_references(text)] == [("khoản 3 Điều 9", "implements")]
    # an amending document's own formula still amends
    text = "Nghị định này sửa đổi, bổ sung một số điều của Nghị định số 54/2017/NĐ-CP."
    assert [r.relation for r in find_references(text)] == ["amends"]


def test_replacing_or_repealing_some_words_of_a_document_amends_it() -> None:
    """ "Thay thế, bãi bỏ một số từ, cụm từ của Quy định kèm theo X": only words of X are replaced or
    repealed - X is amended, not replaced (a provincial resolution's Điều 2, real-text audit r44)."""
    for text in (
        "Điều 3. Thay thế, bãi bỏ một số từ, cụm từ của Quy chế kèm theo Quyết định số 15/2021/QĐ-UBND "
        "ngày 02/4/2021 của Ủy ban nhân dân tỉnh.",
        "Điều 2. Bãi bỏ một số cụm từ tại Quy định ban hành kèm theo Nghị quyết số 07/2020/NQ-HĐND.",
    ):
        (r,) = find_references(text)
        assert r.relation == "amends", text


def test_a_line_wrapped_after_a_comma_before_nhan_dan_keeps_the_sentence() -> None:
    """A web page hard-wraps its text: "… của cán bộ,⏎Nhân dân; Luật …" is one sentence (official style
    writes "Nhân dân" with a capital), so the cue at its opening governs the list after the wrap
    (real-text audit r45)."""
    text = (
        "Để thực hiện tốt các nhiệm vụ nêu trong Chỉ thị số 05-CT/TU ngày 02/3/2022 của Ban Thường vụ "
        "Tỉnh ủy về công tác hòa giải, nâng cao ý thức pháp luật của cán bộ,\n"
        "Nhân dân; các Quyết định của Thủ tướng Chính phủ số: 1002/QĐ-TTg ngày 05/10/2021 về trợ giúp "
        "pháp lý; 31/2022/QĐ-TTg ngày 20/6/2022 về hội đồng, Sở Tư pháp đề nghị các phòng thực hiện:"
    )
    assert _rel(text, "1002/QĐ-TTg") == "implements"
    assert _rel(text, "31/2022/QĐ-TTg") == "implements"
    # a capital after a line ending on a full stop still opens a new sentence
    text = (
        "Để thực hiện Chỉ thị số 05-CT/TU ngày 02/3/2022 của Ban Thường vụ Tỉnh ủy, tỉnh đã tuyên truyền.\n"
        "Nhân dân hỏi về Quyết định số 1002/QĐ-TTg ngày 05/10/2021."
    )
    assert _rel(text, "1002/QĐ-TTg") == "mentions"


def test_a_key_value_tables_row_label_is_the_relation_of_its_own_row() -> None:
    """A legal database's information block puts the relation in the row's first cell, not in a column
    header ("| Căn cứ pháp luật | Luật …; Nghị định … |", "| Thay thế | Nghị định số … |"): the row's
    documents take it; a row under another label keeps none (real-text audits r41, r42)."""
    text = (
        "| Trường | Giá trị |\n"
        "|---|---|\n"
        "| **Số hiệu** | 12/2026/TT-BXD |\n"
        "| **Căn cứ pháp luật** | Luật Xây dựng số 50/2014/QH13; Nghị định 15/2021/NĐ-CP |\n"
        "| Văn bản bị thay thế | Thông tư số 03/2016/TT-BXD |\n"
        "| Hướng dẫn | Nghị định số 06/2021/NĐ-CP |\n"
        "| Ghi chú | Nghị định số 10/2021/NĐ-CP |\n"
    )
    assert _rel(text, "50/2014/QH13") == "based_on"
    assert _rel(text, "15/2021/NĐ-CP") == "based_on"
    assert _rel(text, "03/2016/TT-BXD") == "replaces"
    assert _rel(text, "06/2021/NĐ-CP") == "guides"
    assert _rel(text, "10/2021/NĐ-CP") == "mentions"


def test_a_law_dating_a_time_clause_is_no_object_of_the_cue_before_it() -> None:
    """ "… theo các tiêu chuẩn, quy chuẩn cũ đến trước ngày Luật X có hiệu lực thi hành": X only dates the
    clause, the "theo" before it governs the standards (a ministry's decision, real-text audit r42)."""
    for text in (
        "Nhà xưởng được xây dựng theo các tiêu chuẩn, quy chuẩn cũ đến trước ngày Luật Phòng cháy, chữa "
        "cháy và cứu nạn, cứu hộ có hiệu lực thi hành thì được cải tạo dần.",
        "Thực hiện rà soát lại toàn bộ hồ sơ, kể cả hồ sơ được nộp sau ngày Luật Đất đai có hiệu lực.",
    ):
        (r,) = find_references(text)
        assert r.relation == "mentions", text
    # the object of the cue itself still implements
    (r,) = find_references("Các công trình được cải tạo theo Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ.")
    assert r.relation == "implements"


def test_a_main_clause_after_a_fronted_purpose_takes_none_of_its_cue() -> None:
    """ "Để việc thi hành X … được thống nhất, ngày … Bộ … đã ký Công văn Y": the purpose's cue governs X;
    what the subject of the main clause signed or drew up is only named (real-text audit r45)."""
    text = (
        "Để việc thi hành Chỉ thị số 12/CT-TTg ngày 03/4/2019 của Thủ tướng Chính phủ được thống nhất, ngày "
        "10/5/2019 Bộ Tư pháp đã ký Công văn số 1450/BTP-PBGDPL gửi các tỉnh."
    )
    assert _rel(text, "12/CT-TTg") == "implements"
    assert _rel(text, "1450/BTP-PBGDPL") == "mentions"
    text = (
        "Để tổng kết việc thi hành Luật Trợ giúp pháp lý, Bộ Tư pháp đã xây dựng Báo cáo số 120/BC-BTP ngày "
        "15/6/2022 đánh giá kết quả."
    )
    assert _rel(text, "120/BC-BTP") == "mentions"


def test_documents_issued_for_a_purpose_and_listed_after_a_colon_are_mentioned() -> None:
    """ "UBND tỉnh đã ban hành các văn bản làm căn cứ để các huyện thực hiện thống nhất như: A; B": the list
    spells out what was issued, the purpose's "thực hiện" governs none of it (real-text audit r36)."""
    text = (
        "Theo đó, UBND tỉnh đã ban hành các văn bản làm căn cứ để các huyện thực hiện thống nhất như: Kế hoạch "
        "số 45/KH-UBND ngày 02/3/2020 của UBND tỉnh; Quyết định số 812/QĐ-UBND ngày 11/4/2020 của UBND tỉnh."
    )
    assert _rel(text, "45/KH-UBND") == "mentions"
    assert _rel(text, "812/QĐ-UBND") == "mentions"
    # the purpose verb with an object of its own, spelt out after the colon, still implements it
    text = (
        "UBND tỉnh đã ban hành các văn bản để thực hiện các nghị quyết sau: Nghị quyết số 18-NQ/TW ngày "
        "25/10/2017 của Ban Chấp hành Trung ương."
    )
    assert _rel(text, "18-NQ/TW") == "implements"


def test_a_passive_amending_or_repealing_article_is_the_decrees_own_act() -> None:
    """ "Khoản 3 Điều 7 của Nghị định số X được sửa đổi, bổ sung như sau:" amends X like the active
    "Sửa đổi … của Nghị định số X"; "Điều 9 của Thông tư số Y được bãi bỏ." replaces Y (real-text audit
    r41); a status with an agent or "đã" stays a mention."""
    text = (
        "Điều 1. Sửa đổi một số điều\n1. Khoản 3 Điều 7 của Nghị định số 45/2019/NĐ-CP ngày 20 tháng 5 năm "
        "2019 của Chính phủ được sửa đổi, bổ sung như sau:\n“3. Hồ sơ gồm tờ khai.”"
    )
    assert _rel(text, "45/2019/NĐ-CP") == "amends"
    assert _rel("Điều 2. Điều 9 của Thông tư số 12/2018/TT-BTC được bãi bỏ.", "12/2018/TT-BTC") == "replaces"
    assert _rel("b) Khoản 4 Điều 2 Nghị định số 33/2017/NĐ-CP bị bãi bỏ;", "33/2017/NĐ-CP") == "replaces"
    text = "Nghị quyết số 12/2017/NQ-HĐND bị bãi bỏ bởi Nghị quyết số 5/2020/NQ-HĐND."
    assert _rel(text, "12/2017/NQ-HĐND") == "mentions"
    assert _rel("Quyết định số 35/2019/QĐ-UBND đã bị bãi bỏ.", "35/2019/QĐ-UBND") == "mentions"


def test_an_ocr_misread_can_cu_opening_a_preamble_line_is_the_basis() -> None:
    """ "Căn cú Luật …;", "Cän cứ Nghị định …;" (a scan's OCR of "Căn cứ") open the preamble's lines: their
    documents are the basis (real-text audit r41); the misreading inside a sentence is no cue."""
    text = (
        "Căn cú Luật Đất đai ngày 18 tháng 01 năm 2024;\n"
        "Cän cứ Nghị định số 16/2021/NĐ-CP ngày 10 tháng 3 năm 2021 của Chính phủ;\n"
        "Căn cử Thông tư số 07/2022/TT-BXD ngày 30 tháng 11 năm 2022 của Bộ trưởng Bộ Xây dựng;"
    )
    assert _rel(text, "16/2021/NĐ-CP") == "based_on"
    assert _rel(text, "07/2022/TT-BXD") == "based_on"
    assert [r.relation for r in find_references(text) if r.kind == "named"] == ["based_on"]
    text = "Báo cáo ghi căn cú Nghị định số 16/2021/NĐ-CP ngày 10 tháng 3 năm 2021 của Chính phủ."
    assert _rel(text, "16/2021/NĐ-CP") == "mentions"


def test_a_preamble_line_that_lost_the_first_letters_of_can_cu_is_the_basis() -> None:
    """ "n cứ Nghị định …;": a law site's copy dropped the "Că" opening each preamble line (real-text audit
    r72); the line opens lower-case, so it also goes on the unstopped heading line above it."""
    text = (
        "HỘI ĐỒNG NHÂN DÂN HUYỆN MƯỜNG TÈ\n\n"
        "n cứ Nghị định số 71/2023/NĐ-CP ngày 20 tháng 9 năm 2023 của Chính phủ;\n\n"
        "n cứ Quyết định số 58/QĐ-UBND ngày 09/02/2024 của UBND huyện;"
    )
    assert _rel(text, "71/2023/NĐ-CP") == "based_on"
    assert _rel(text, "58/QĐ-UBND") == "based_on"
    assert _rel("Tin cho biết n cứ Nghị định số 71/2023/NĐ-CP của Chính phủ.", "71/2023/NĐ-CP") == "mentions"


def test_the_agent_of_an_amendment_after_a_blank_line_keeps_the_basis() -> None:
    """ "Căn cứ Luật A … đã được sửa đổi, bổ sung bởi⏎⏎Luật số B": no paragraph ends on "bởi"; the blank line
    is a scan's wrap and B shares A's basis like the rest of the "Căn cứ" line (real-text audit r41)."""
    text = (
        "Căn cứ Luật Thuế tài nguyên số 45/2009/QH12 đã được sửa đổi, bổ sung bởi\n\n"
        "Luật số 71/2014/QH13 và Luật số 106/2016/QH13;\n\n"
        "Căn cứ Luật Đầu tư công ngày 29 tháng 11 năm 2024 đã được sửa đổi, bổ sung một số điều bởi\n\n"
        "Luật số 90/2025/QH15;"
    )
    for symbol in ("71/2014/QH13", "106/2016/QH13", "90/2025/QH15"):
        assert _rel(text, symbol) == "based_on"


def test_the_second_item_of_a_cited_decrees_subject_guides_the_law() -> None:
    """ "Nghị định số A của Chính phủ quy định về B; quy định chi tiết và hướng dẫn thi hành một số điều của
    Luật X": the ";" splits the decree's own subject, A guides X (real-text audit r48); a ";" after a plan's
    subject that goes on with a task keeps its own cue."""
    text = (
        "- Nghị định số 58/2025/NĐ-CP của Chính phủ quy định về phân cấp trong công tác thi đua; quy định chi "
        "tiết và hướng dẫn thi hành một số điều của Luật Thi đua, khen thưởng;"
    )
    assert [r.relation for r in find_references(text) if r.kind == "named"] == ["guides"]
    text = "Sở đã ban hành Kế hoạch số 12/KH-SNV về tuyên truyền; hướng dẫn các xã triển khai Luật Thi đua, khen thưởng."
    assert [r.relation for r in find_references(text) if r.kind == "named"] == ["implements"]


def test_a_negated_or_foreign_repeal_is_no_act_of_this_document() -> None:
    """ "… không thay thế hoạt động … được điều chỉnh tại Luật X": nothing is replaced; "bị bãi bỏ theo
    Quyết định số Y": Y is the repealing document, only named (real-text audit r48)."""
    text = "Việc kiểm tra theo Nghị định này không thay thế hoạt động thanh tra được điều chỉnh tại Luật Thanh tra."
    assert [r.relation for r in find_references(text) if r.kind == "named"] == ["mentions"]
    text = "Các Quyết định số 120/QĐ-BCT, 121/QĐ-BCT về giá than bị bãi bỏ theo Quyết định số 700/QĐ-BCT."
    assert _rel(text, "700/QĐ-BCT") == "mentions"


def test_a_document_that_thay_another_replaces_it() -> None:
    """ "(Kế hoạch này thay Kế hoạch số …)", "Quyết định này thay cho Quyết định số …": "thay" without
    "thế" after the document's own "này" replaces; "thay mặt", "thay đổi" are no cue (real-text audit r49)."""
    text = (
        "Tỉnh ủy ban hành Kế hoạch 41-KH/TU về số hóa (Kế hoạch này thay Kế hoạch số 12-KH/TU ngày "
        "05/01/2025 của Ban Thường vụ Tỉnh ủy). Quyết định này thay cho Quyết định số 88/QĐ-UBND ngày "
        "02/02/2024 của UBND tỉnh. Ông A thay mặt Ban Chỉ đạo ký Kế hoạch số 13-KH/BCĐ. Sở Tư pháp thay đổi "
        "Kế hoạch số 14/KH-STP."
    )
    assert [r.relation for r in find_references(text)] == [
        "mentions",
        "replaces",
        "replaces",
        "mentions",
        "mentions",
    ]


def test_a_conveyed_instruction_wrapped_after_the_prime_ministers_title() -> None:
    """ "Thực hiện chỉ đạo của Thủ tướng⏎Chính phủ tại Công văn số …": a hard-wrapped line cannot end on the
    title before its body (issuer_codes.json wrapped_titles; real-text audit r51), so the cue reaches the
    letter as on one line."""
    text = (
        "Thực hiện ý kiến chỉ đạo của Thủ tướng\nChính phủ tại Công văn số 512/VPCP-QHQT ngày 02/3/2023 của "
        "Văn phòng Chính phủ, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:"
    )
    assert [r.relation for r in find_references(text)] == ["implements"]


def test_the_enacting_formula_with_the_issuer_as_subject_guides() -> None:
    """ "Bộ trưởng Bộ X quy định chi tiết thi hành … Nghị định số Y … như sau:", "Chính phủ quy định chi tiết
    một số điều và biện pháp thi hành Luật Z": the citing document guides Y and Z, as with "ban hành Thông
    tư hướng dẫn" (real-text audit r45); an issuer guiding in a report's narrative still implements."""
    text = (
        "Căn cứ Nghị định số 14/2017/NĐ-CP ngày 17 tháng 02 năm 2017 của Chính phủ;\n"
        "Bộ trưởng Bộ Y tế quy định chi tiết thi hành một số điều của Nghị định số 67/2016/NĐ-CP ngày "
        "01 tháng 7 năm 2016 của Chính phủ về điều kiện kinh doanh như sau:\n\n"
        "Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Dược số 105/2016/QH13."
    )
    assert _rel(text, "67/2016/NĐ-CP") == "guides"
    assert _rel(text, "105/2016/QH13") == "guides"
    text = "Ủy ban nhân dân tỉnh hướng dẫn triển khai Nghị định số 67/2016/NĐ-CP đến các xã."
    assert _rel(text, "67/2016/NĐ-CP") == "implements"


def test_the_documents_own_title_with_paired_guiding_verbs_guides() -> None:
    """ "NGHỊ ĐỊNH⏎Quy định chi tiết một số điều và biện pháp thi hành Luật X" (also wrapped over two lines):
    the title under the type word is the document's own, which guides X, as for a single verb (real-text
    audit r41)."""
    text = (
        "NGHỊ ĐỊNH\n"
        "Quy định chi tiết một số điều và biện pháp thi hành Luật Phí và lệ phí\n"
        "số 97/2015/QH13\n\n"
        "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;"
    )
    assert _rel(text, "97/2015/QH13") == "guides"
    text = (
        "THÔNG TƯ\n"
        "Quy định chi tiết một số điều và biện pháp\n"
        "thi hành Nghị định số 120/2016/NĐ-CP ngày 23 tháng 8 năm 2016 của Chính phủ\n\n"
        "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;"
    )
    assert _rel(text, "120/2016/NĐ-CP") == "guides"


def test_every_submission_of_a_list_under_a_basis_heading_is_answered() -> None:
    """ "- Trên cơ sở xem xét các Tờ trình số A ngày …, số B ngày … và số C …" under a "CĂN CỨ …" heading:
    B and C are requests of A's list (responds_to), not items of the heading's list (real-text audit r42)."""
    text = (
        "## CĂN CỨ BAN HÀNH\n\n"
        "- Căn cứ Luật Tổ chức Quốc hội số 57/2014/QH13;\n"
        "- Trên cơ sở xem xét các Tờ trình số 118/TTr-CP ngày 04/4/2025, số 121/TTr-CP ngày 07/4/2025 "
        "và số 130/TTr-CP ngày 15/4/2025 của Chính phủ;\n"
    )
    for symbol in ("118/TTr-CP", "121/TTr-CP", "130/TTr-CP"):
        assert _rel(text, symbol) == "responds_to"
    assert _rel(text, "57/2014/QH13") == "based_on"


def test_a_document_expiring_from_the_day_this_one_takes_effect_without_ke_is_replaced() -> None:
    """ "Nghị định số X … quy định về …⏎hết hiệu lực từ ngày Nghị định này có hiệu lực": the statement
    without "kể" (and on the next, wrapped line) is the citing document's act, as with "kể từ ngày"
    (real-text audit r42); a date of its own is still a status."""
    text = (
        "2. Nghị định số 58/2014/NĐ-CP ngày 16 tháng 6 năm 2014 của Chính phủ quy định về kinh doanh xăng dầu\n"
        "hết hiệu lực từ ngày Nghị định này có hiệu lực thi hành.\n"
        "3. Thông tư số 09/2018/TT-BTC ngày 02 tháng 3 năm 2018 của Bộ trưởng Bộ Tài chính về quỹ bình ổn "
        "hết hiệu lực từ ngày 01 tháng 9 năm 2025."
    )
    assert _rel(text, "58/2014/NĐ-CP") == "replaces"
    assert _rel(text, "09/2018/TT-BTC") == "mentions"


def test_a_title_ve_viec_sua_doi_bo_sung_amends() -> None:
    """A decision's title "Về việc sửa đổi, bổ sung Quyết định số X …" is its own act: X is amended, as after
    "Về việc bãi bỏ" it is replaced; the topic "việc sửa đổi, bổ sung Y là cần thiết" stays no act
    (real-text audit r53)."""
    text = (
        "QUYẾT ĐỊNH\nVề việc sửa đổi, bổ sung Quyết định số 07/2016/QĐ-UBND,\n\nngày 03/5/2016 của UBND tỉnh "
        "Cao Bằng về giá dịch vụ xe ra, vào bến\n"
    )
    assert _rel(text, "07/2016/QĐ-UBND") == "amends"
    text = "Qua rà soát, việc sửa đổi, bổ sung Quyết định số 08/2016/QĐ-UBND là cần thiết."
    assert _rel(text, "08/2016/QĐ-UBND") == "mentions"


def test_every_item_of_a_long_basis_line_is_a_basis() -> None:
    """ "Căn cứ A …; B … (a subject with its own ";"); C …; D …" on one line (real-text audit r52): D, far
    past the sentence cue's reach and after an item whose subject holds a ";", is an item of the basis list."""
    text = (
        "Căn cứ Nghị định số 31/2021/NĐ-CP ngày 12/3/2021 của Chính phủ quy định mức hỗ trợ cho người trồng "
        "lúa, người nuôi cá và người làm muối ở vùng ven biển giai đoạn 2021-2025; Quyết định số 19/2021/QĐ-TTg "
        "ngày 02/6/2021 của Thủ tướng Chính phủ quy định cách bình xét hộ được hỗ trợ hằng năm và cách lập danh "
        "sách các hộ được hỗ trợ ở thôn, bản, tổ dân phố trong giai đoạn 2022-2025; Thông tư số "
        "05/2021/TT-BNNPTNT ngày 20/6/2021 của Bộ Nông nghiệp và Phát triển nông thôn hướng dẫn cách chấm điểm "
        "các hộ; tính thu nhập bình quân của hộ trồng lúa, nuôi cá, làm muối ở các xã ven biển có mức sống thấp "
        "giai đoạn 2022-2025 và các mẫu biểu tổng hợp; Thông tư số 09/2022/TT-BNNPTNT ngày 11/4/2022 của Bộ "
        "Nông nghiệp và Phát triển nông thôn sửa đổi, bổ sung một số điều của Thông tư số 05/2021/TT-BNNPTNT;"
    )
    refs = find_references(text, "2022-09-01")
    assert [(r.number_symbol, r.relation) for r in refs] == [
        ("31/2021/NĐ-CP", "based_on"),
        ("19/2021/QĐ-TTg", "based_on"),
        ("05/2021/TT-BNNPTNT", "based_on"),
        ("09/2022/TT-BNNPTNT", "based_on"),
        ("05/2021/TT-BNNPTNT", "amends"),
    ]


def test_a_basis_item_after_an_item_closed_by_its_alias_and_carrying_out_another() -> None:
    """ "Căn cứ A … về thực hiện X … (sau đây gọi là A); B … về thực hiện X;" (real-text audit r49): B is the
    next item of the basis list, not the list of X inside A's subject; X alone reads implements."""
    text = (
        "Căn cứ Nghị quyết số 08-NQ/TU ngày 01/02/2023 của Tỉnh ủy về thực hiện Nghị quyết số 19-NQ/TW ngày "
        "16/6/2022 của Ban Chấp hành Trung ương về nông nghiệp (sau đây gọi là Nghị quyết số 08-NQ/TU); Kế "
        "hoạch số 17/KH-UBND ngày 10/3/2023 của Ủy ban nhân dân tỉnh về thực hiện Nghị quyết số 19-NQ/TW;"
    )
    refs = find_references(text, "2023-05-01")
    assert [(r.number_symbol, r.relation) for r in refs] == [
        ("08-NQ/TU", "based_on"),
        ("19-NQ/TW", "implements"),
        ("08-NQ/TU", "based_on"),
        ("17/KH-UBND", "based_on"),
        ("19-NQ/TW", "implements"),
    ]


def test_a_long_hard_wrapped_dashed_item_under_a_basis_heading_stays_in_its_list() -> None:
    # real-text audit r58: a page hard-wraps a dashed item naming three decisions over six lines; the
    # items below it are still items of "I. CĂN CỨ PHÁP LÝ"
    text = (
        "KẾ HOẠCH\nQUẢN LÝ CHẤT LƯỢNG KHÔNG KHÍ\n"
        "I. CĂN CỨ PHÁP LÝ\n"
        "- Quyết định số 120/QĐ-TTg ngày\n"
        "10/02/2023 của Thủ tướng Chính phủ về quản lý chất lượng không khí; Quyết\n"
        "định số 305/QĐ-TTg ngày 14/3/2023 của Thủ tướng Chính phủ về kiểm kê khí\n"
        "thải; Quyết định số 411/QĐ-TTg ngày 20/4/2023 của Thủ tướng Chính phủ về\n"
        "quan trắc môi trường tự động tại các khu công nghiệp, cụm công nghiệp và\n"
        "các cơ sở sản xuất có lưu lượng khí thải lớn trên địa bàn cả nước;\n"
        "- Quyết định số 77/QĐ-UBND ngày\n"
        "02/5/2023 của UBND tỉnh về quan trắc môi trường;\n"
        "- Tờ trình số 15/TTr-SNNMT ngày 03/6/2025 của Sở Nông nghiệp và Môi trường.\n"
        "II. MỤC TIÊU\n"
    )
    rels = {r.number_symbol: r.relation for r in find_references(text, "2025-06-10")}
    assert rels == {
        "120/QĐ-TTg": "based_on",
        "305/QĐ-TTg": "based_on",
        "411/QĐ-TTg": "based_on",
        "77/QĐ-UBND": "based_on",
        "15/TTr-SNNMT": "based_on",
    }


def test_a_letter_sent_to_a_list_of_bodies_guides_the_document_its_subject_names() -> None:
    """ "Công văn số A gửi các sở, ngành; Ủy ban nhân dân các huyện về việc hướng dẫn thực hiện X": the
    ";" of the addressee list after "gửi" ends no clause - A guides X; a new clause after a ";" with its
    own subject and no "về" still implements X (real-text audit r59)."""
    found = find_references(
        "Sở Tài chính có Công văn số 52/STC-NS gửi các sở, ngành; Ủy ban nhân dân các huyện về việc hướng "
        "dẫn thực hiện Thông tư số 14/2023/TT-BTC và Thông tư số 15/2023/TT-BTC của Bộ Tài chính."
    )
    assert [(r.number_symbol, r.relation) for r in found] == [
        ("52/STC-NS", "mentions"),
        ("14/2023/TT-BTC", "guides"),
        ("15/2023/TT-BTC", "guides"),
    ]
    assert found[1].relation_source == 0
    found = find_references(
        "Sở có Công văn số 52/STC-NS gửi các sở; các huyện đã hướng dẫn thực hiện Thông tư số 14/2023/TT-BTC."
    )
    assert [(r.number_symbol, r.relation) for r in found] == [
        ("52/STC-NS", "mentions"),
        ("14/2023/TT-BTC", "implements"),
    ]


def test_basis_whose_nested_guidance_is_found_in_the_document() -> None:
    """ "Căn cứ hướng dẫn thực hiện … của <body> tại Công văn số X": "hướng dẫn (thực hiện)" and "chỉ đạo
    thực hiện" name the guidance found in X, nouns; "căn cứ" governs (real-text audit r56). Without "tại"
    the nested verb keeps X ("căn cứ hướng dẫn thực hiện Nghị định X" implements it)."""
    text = (
        "Căn cứ hướng dẫn thực hiện công tác thi đua năm 2024 của Sở Nội vụ tại Công văn số 215/SNV-TĐKT "
        "ngày 12/01/2024;\nCăn cứ chỉ đạo thực hiện chuyển đổi số của UBND huyện tại Văn bản số "
        "77/UBND-VP ngày 03/02/2024, Trường Tiểu học Kim Đồng xây dựng kế hoạch như sau:"
    )
    assert _rel(text, "215/SNV-TĐKT") == "based_on"
    assert _rel(text, "77/UBND-VP") == "based_on"
    text = "Căn cứ hướng dẫn thực hiện Nghị định số 24/2018/NĐ-CP, phòng xây dựng kế hoạch như sau:"
    assert _rel(text, "24/2018/NĐ-CP") == "implements"


def test_a_later_dated_item_after_a_wrapped_subject_continues_the_basis_list() -> None:
    """ "Căn cứ Chỉ thị số A ngày … (khóa XI) về <a subject wrapped over lines> và⏎Kết luận số B ngày …": B,
    dated after A, cannot be inside A's subject; it is the next "Căn cứ" item (real-text audit r57). An
    earlier-dated B may be what the subject names, and stays mentions."""
    text = (
        "Căn cứ Chỉ thị số\n12-CT/TW ngày 03/4/2014 của Ban Bí thư (khóa XI) về\nnâng cao chất lượng công "
        "tác bảo vệ rừng, phòng chống cháy\nrừng ở các vùng trọng điểm, vùng đệm và giữ gìn đa dạng sinh "
        "học của\nđịa phương và\nKết luận số 61-KL/TW ngày 20/5/2021 của Ban Bí thư;"
    )
    assert _rel(text, "12-CT/TW") == "based_on"
    assert _rel(text, "61-KL/TW") == "based_on"
    assert _rel(text.replace("20/5/2021", "20/5/2011"), "61-KL/TW") == "mentions"


def test_a_basis_item_after_a_semicolon_on_a_hard_wrapped_line_is_based_on() -> None:
    # a page wraps the "Căn cứ" list at a fixed width: the second item opens on a line that starts with the
    # end of a body's name ("Bộ Công⏎Thương; Nghị định …"), not with "Căn cứ" (real-text audit r60)
    from ingest.pipeline import extract_text

    text = (
        "Căn cứ Nghị định\nsố 14/2023/NĐ-CP ngày 20 tháng 4 năm 2023 của\nChính phủ quy định chức năng, nhiệm vụ "
        "và cơ cấu tổ chức của Bộ Công\nThương; Nghị định số 29/2025/NĐ-CP ngày 24\ntháng 02 năm 2025 của "
        "Chính phủ sửa đổi Điều 2 của Nghị định số 14/2023/NĐ-CP;\nTheo đề nghị của Cục trưởng Cục Công nghiệp,\n"
    )
    rels = [(r.number_symbol, r.relation) for r in extract_text(text).references]
    assert rels[:2] == [("14/2023/NĐ-CP", "based_on"), ("29/2025/NĐ-CP", "based_on")]


def test_the_agent_of_an_amendment_after_a_subject_with_commas_or_a_line_wrap_shares_its_cue() -> None:
    # real-text audit r66: "… sửa đổi, bổ sung một số điều của Nghị định A … quy định chức năng, nhiệm vụ …
    # của Bộ, cơ quan ngang Bộ đã được sửa đổi, bổ sung một số điều theo Nghị định B": commas in A's subject
    # or a hard-wrapped line inside the passive verb left B with the bare "theo" (implements)
    text = (
        "Nghị định này sửa đổi, bổ sung một số điều của Nghị định số 12/2016/NĐ-CP ngày 02 tháng 3 năm 2016 "
        "của Chính phủ quy định nhiệm vụ, quyền hạn của Sở, ban ngành đã được sửa đổi, bổ sung một số điều "
        "theo Nghị định số 34/2020/NĐ-CP ngày 05 tháng 8 năm 2020 của Chính phủ."
    )
    assert [r.relation for r in find_references(text)] == ["amends", "amends"]
    text = (
        "Nghị định này sửa đổi, bổ sung một số điều của Nghị định số 12/2016/NĐ-CP của Chính phủ về tổ chức "
        "bộ máy đã được sửa đổi,\nbổ sung một số điều theo Nghị định số 34/2020/NĐ-CP của Chính phủ."
    )
    assert [r.relation for r in find_references(text)] == ["amends", "amends"]


def test_own_guidance_closing_the_guided_documents_subject_guides_it() -> None:
    # "<writer> hướng dẫn thực hiện … X, ngày … của … về <subject>, như sau:": X's subject clause runs up to
    # the colon, so "như sau" closes it rather than following it (real-text audit r50: X read implements)
    text = (
        "Ban Tổ chức Tỉnh ủy hướng dẫn thực hiện một số điều trong Quy định số 08-QĐi/TW, ngày 25/10/2018 "
        "của Ban Chấp hành Trung ương về trách nhiệm nêu gương của cán bộ, đảng viên, như sau:\n1. Yêu cầu.\n"
    )
    assert _rel(text, "08-QĐi/TW") == "guides"
    # with no "như sau" the guidance is narrated: X is implemented
    assert _rel(text.replace(", như sau:", "."), "08-QĐi/TW") == "implements"


def test_amending_title_reaches_the_decision_issuing_a_part_named_with_a_comma() -> None:
    # a site's title "Quyết định A sửa đổi Quy chế <name with a comma> kèm theo Quyết định X": the regulation
    # issued with X is amended; the comma inside its name ends no clause (real-text audit r50: X read
    # implements through the "theo" of "kèm theo")
    text = (
        "Quyết định 52/2022/QĐ-UBND sửa đổi Quy chế về tuyển dụng, sử dụng viên chức trên địa bàn tỉnh Hà "
        "Giang kèm theo Quyết định 17/2019/QĐ-UBND\n"
    )
    assert _rel(text, "17/2019/QĐ-UBND") == "amends"
    assert _rel(text.replace("tuyển dụng, sử dụng", "tuyển dụng"), "17/2019/QĐ-UBND") == "amends"


def test_carrying_out_the_content_laid_down_in_a_decree_implements_it() -> None:
    # a plan's aims: "quán triệt và thực hiện đầy đủ, có hiệu quả nội dung được quy định tại X" - the content
    # laid down in X is the object of "thực hiện" (real-text audit r67); the noun phrase alone names X
    text = (
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Quán triệt và thực hiện đầy đủ, có hiệu quả nội dung được quy định tại "
        "Nghị định số 45/2024/NĐ-CP của Chính phủ.\n"
    )
    assert _rel(text, "45/2024/NĐ-CP") == "implements"
    assert _rel(
        "2. Tổ chức thực hiện nội dung quy định tại Nghị định số 45/2024/NĐ-CP.", "45/2024/NĐ-CP"
    ) == ("implements")
    assert _rel("Các nội dung quy định tại Nghị định số 45/2024/NĐ-CP đã rõ.", "45/2024/NĐ-CP") == "mentions"


def test_wrapped_numbered_items_under_a_wrapped_basis_heading_are_the_basis() -> None:
    # real-text audit r64: a page hard-wraps "I. CĂN CỨ XÂY DỰNG KẾ HOẠCH" and each numbered item over lines,
    # the items closed by ";" or "."
    text = (
        "KẾ HOẠCH\nCHUYỂN ĐỔI SỐ NGÀNH Y TẾ\n"
        "I. CĂN CỨ XÂY DỰNG\nKẾ HOẠCH\n"
        "1. Quyết định số 512/QĐ-TTg ngày 03\n"
        "tháng 4 năm 2023 của Thủ tướng Chính phủ về chuyển\n"
        "đổi số;\n"
        "2. Thông tư 11/2023/TT-BYT ngày\n"
        "02 tháng 6 năm 2023 của Bộ Y tế hướng dẫn\n"
        "một số nội dung.\n"
        "3. Nghị quyết số 14-NQ/TU ngày 09\n"
        "tháng 8 năm 2023 của Tỉnh ủy.\n"
        "II. MỤC TIÊU\n"
    )
    rels = {r.number_symbol: r.relation for r in find_references(text)}
    assert rels == {"512/QĐ-TTg": "based_on", "11/2023/TT-BYT": "based_on", "14-NQ/TU": "based_on"}
    # a paragraph of prose above a numbered item is no wrapped item: no heading governs it
    text = (
        "I. CĂN CỨ PHÁP LÝ\n"
        "Tỉnh đã rà soát các văn bản về\n"
        "phòng chống dịch trong năm qua.\n"
        "2. Quyết định số 2020/QĐ-BYT ngày 05/5/2022 của Bộ Y tế.\n"
    )
    assert _rel(text, "2020/QĐ-BYT") != "based_on"


def test_a_submission_right_after_an_opening_theo_is_the_request_answered() -> None:
    # real-text audit r64: "Theo Tờ trình số X …" in a council resolution's preamble, as "Xét Tờ trình …"
    text = (
        "Căn cứ Luật Thủy lợi ngày 19 tháng 6 năm 2017;\n"
        "Theo Tờ trình số 88/TTr-UBND ngày 02 tháng 5 năm 2023 của Ủy ban nhân dân tỉnh về ban hành Nghị "
        "quyết thực hiện Nghị quyết số 31/2022/QH15; Báo cáo thẩm tra của Ban Kinh tế - Ngân sách.\n"
    )
    rels = {r.number_symbol: r.relation for r in find_references(text)}
    assert rels["88/TTr-UBND"] == "responds_to"
    assert rels["31/2022/QH15"] == "implements"
    # "theo" inside a clause keeps its cue
    assert _rel("Các dự án được điều chỉnh theo Tờ trình số 88/TTr-UBND ngày 02/5/2023.", "88/TTr-UBND") == (
        "implements"
    )


def test_a_repeat_in_brackets_after_its_own_words_keeps_their_relation() -> None:
    """ "Căn cứ Nghị quyết số … Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng, khóa XIII về … (Nghị
    quyết số … của Ban Chấp hành Trung ương Đảng)" (real-text audit r67): the bracketed repeat is the same
    document in the same sentence; the comma before "khóa" cut it from the "Căn cứ", so it read mentions."""
    for own in ("", " của Ban Chấp hành Trung ương Đảng"):
        text = (
            "Căn cứ Nghị quyết số 36-NQ/TW ngày 03/6/2022 Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng, "
            f"khóa XIII về phát triển kinh tế biển (Nghị quyết số 36-NQ/TW{own}); Nghị định số 5/2023/NĐ-CP;"
        )
        assert [r.relation for r in find_references(text)] == ["based_on", "based_on", "based_on"], own
    # another cell of a table row is not the repeat's sentence
    row = "| Hướng dẫn thi hành Luật Xây dựng năm 2014 | Văn bản là căn cứ ban hành (Luật Xây dựng số 50/2014/QH13) |"
    assert [r.relation for r in find_references(row, "2025-01-01")] == ["implements", "mentions"]


def test_an_amended_item_after_a_subject_that_names_a_law() -> None:
    """ "sửa đổi, bổ sung một số điều của Nghị định A … quy định chi tiết thi hành Luật X về … và Nghị định B"
    (real-text audit r66): X, in A's subject, is what A guides; B is the next amended item of A's list,
    not of X's, and read mentions."""
    text = (
        "Chính phủ ban hành Nghị định sửa đổi, bổ sung một số điều của Nghị định số 43/2017/NĐ-CP ngày "
        "14 tháng 4 năm 2017 của Chính phủ quy định chi tiết thi hành Luật an toàn thực phẩm về nhãn hàng "
        "hóa và Nghị định số 111/2021/NĐ-CP ngày 09 tháng 12 năm 2021 của Chính phủ."
    )
    got = [(r.number_symbol, r.relation) for r in find_references(text, "2022-01-01")]
    assert got[0] == ("43/2017/NĐ-CP", "amends")
    assert got[1][1] == "guides"
    assert got[2] == ("111/2021/NĐ-CP", "amends")


def test_a_plain_verb_with_its_own_scope_pairs_with_the_guiding_cue() -> None:
    # real-text audit r69: "Thông tư A quy định một số nội dung và biện pháp thi hành X": A guides X
    text = (
        "Căn cứ Thông tư số 07/2020/TT-BCT ngày 02/3/2020 của Bộ Công Thương quy định một số nội dung "
        "và biện pháp thi hành Quyết định số 16/2019/QĐ-TTg ngày 05/4/2019 của Thủ tướng Chính phủ;"
    )
    rel = {r.number_symbol: r.relation for r in find_references(text)}
    assert rel == {"07/2020/TT-BCT": "based_on", "16/2019/QĐ-TTg": "guides"}


def test_a_title_about_amending_the_rules_issued_with_x_amends_x() -> None:
    # real-text audit r74: the title's "Về việc sửa đổi, bổ sung một số điều của Quy định … ban hành kèm
    # theo X" is the amending formula behind "về việc" (it read implements through the "theo")
    text = (
        "QUYẾT ĐỊNH\nVề việc sửa đổi, bổ sung một số điều của Quy chế quản lý hồ sơ cán bộ ban hành kèm "
        "theo Quyết định số 27/QĐ-UBND ngày 05 tháng 3 năm 2020 của Ủy ban nhân dân huyện\n"
    )
    assert _rel(text, "27/QĐ-UBND") == "amends"
    assert _rel(text.upper().replace("QUYẾT ĐỊNH SỐ", "Quyết định số"), "27/QĐ-UBND") == "amends"


def test_the_enacting_formula_in_markdown_italics_guides_what_it_names() -> None:
    """ "*Bộ trưởng Bộ Y tế ban hành Thông tư quy định chi tiết … Luật A và Nghị định B …*": a converted
    preamble wrapped in italic markers is the same enacting formula; the text guides A and B (real-text
    audit r78)."""
    text = (
        "*Căn cứ Nghị định số 42/2025/NĐ-CP ngày 27 tháng 02 năm 2025 của Chính phủ;*\n\n"
        "*Bộ trưởng Bộ Y tế ban hành Thông tư quy định chi tiết một số điều của Luật Dược số 44/2024/QH15 "
        "và Nghị định số 163/2025/NĐ-CP ngày 29 tháng 6 năm 2025 của Chính phủ.*"
    )
    assert _rel(text, "42/2025/NĐ-CP") == "based_on"
    assert _rel(text, "44/2024/QH15") == "guides"
    assert _rel(text, "163/2025/NĐ-CP") == "guides"


def test_a_title_field_of_a_metadata_block_is_the_documents_own_subject() -> None:
    """ "- **Trích yếu:** Quy định chi tiết … X" (also "| Tên văn bản: | Hướng dẫn … X |") in a web page's
    metadata block is the document's own title: X is guided, as under the type word; another field's value
    ("Ghi chú:") is no title (real-text audit r78, round f24)."""
    text = (
        "- **Số hiệu:** 31/2025/TT-BXD\n"
        "- **Cơ quan ban hành:** Bộ Xây dựng\n"
        "- **Trích yếu:** Quy định chi tiết một số điều của Nghị định số 44/2024/NĐ-CP về quản lý dự án\n"
        "- **Ghi chú:** Quy định chi tiết tại Nghị định số 45/2024/NĐ-CP đã hết hiệu lực một phần\n"
    )
    assert _rel(text, "44/2024/NĐ-CP") == "guides"
    assert _rel(text, "45/2024/NĐ-CP") != "guides"
    text = "| Số hiệu: | 12/2025/TT-BYT |\n| Tên văn bản: | Hướng dẫn thi hành Nghị định số 46/2024/NĐ-CP |\n"
    assert _rel(text, "46/2024/NĐ-CP") == "guides"


def test_a_numbered_basis_heading_flattened_with_its_bulleted_list_gives_every_item_basis() -> None:
    """ "I. CĂN CỨ XÂY DỰNG KẾ HOẠCH - Quyết định A …; - Quyết định B …; - Nghị quyết C …" on one line (a
    web page that flattened the bulleted list under the heading): items past the sentence cue's reach are
    still items of the basis list; the heading's number ends no sentence (real-text audit r79)."""
    subject = (
        " về việc phê duyệt chương trình phát triển hạ tầng số và dữ liệu dùng chung giai đoạn 2021-2025"
    )
    items = [
        f"Quyết định số {n}/QĐ-TTg ngày 0{k}/3/2021 của Thủ tướng Chính phủ{subject}, định hướng đến năm 2030"
        for k, n in enumerate((301, 302, 303, 304, 305), start=1)
    ]
    text = (
        "II. CĂN CỨ XÂY DỰNG KẾ HOẠCH - "
        + "; - ".join(items)
        + "; - Nghị quyết số 07-NQ/TU ngày 10/5/2022.\n"
    )
    for n in (301, 302, 303, 304, 305):
        assert _rel(text, f"{n}/QĐ-TTg") == "based_on"
    assert _rel(text, "07-NQ/TU") == "based_on"
