"""The fifth held-out set (tests/holdout5/): ten documents in styles none of the earlier sets covers
(a Quốc hội resolution, a chairman's meeting conclusions, a Tỉnh ủy directive across two Party terms,
a legal Q&A column, a draft plan, a Đề án, a Quyết định with Pháp lệnh pinpoints and a joint
resolution, a Ban Dân vận report, a ministry report citing provinces, a PDF Tờ trình with its draft
resolution), annotated by hand before the recogniser was run on them. The gold must be faithful to
the texts; the extractor is gated at what it reaches. The first measurement, before any fix, is
recorded in tests/holdout5/README.md."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest import extract_text
from ingest.references import find_references
from tests.goldsets import check_faithful, check_set_complete, load, nfc_text, overall_scores

ROOT = Path(__file__).resolve().parent.parent
HOLDOUT5 = ROOT / "tests" / "holdout5"
GOLD_FILES = sorted(HOLDOUT5.glob("*.json"))


def test_holdout5_set_is_complete():
    check_set_complete(HOLDOUT5, range(10, 11))


@pytest.mark.parametrize("path", GOLD_FILES, ids=[p.stem for p in GOLD_FILES])
def test_gold_is_faithful_to_the_text(path):
    gold = load(path)
    check_faithful(gold, nfc_text(HOLDOUT5, gold))


def test_first_measurement_is_recorded():
    readme = (HOLDOUT5 / "README.md").read_text(encoding="utf-8")
    assert "First measurement, before any fix" in readme


def test_extractor_precision_and_recall_on_holdout5():
    """First measured: P 99.0%, R 95.5%; after the data fixes P 99.5%, R 96.0%; after the recogniser
    fixes (branch h23-quality) P 100%, R 100%."""
    overall = overall_scores(HOLDOUT5)
    assert overall["precision"] >= 0.995, overall
    assert overall["recall"] >= 0.995, overall


def test_extractor_field_accuracy_on_holdout5():
    """First measured: number 99.5%, kind 100%, date 98.4%, issuer 95.1%, relation 84.3%; after the
    data fixes issuer 95.2%, relation 85.9%. After the recogniser fixes (branch h23-quality): number
    99.0% (the two "Nghị định 100" of the Q&A column are found now, unresolved by design: the text
    never cites it in full), kind 100%, date 100%, issuer 100%, relation 97.0%."""
    fields = overall_scores(HOLDOUT5)["field_accuracy"]
    assert fields["relation"] >= 0.98, fields  # 98.0% since the holdout8 fixes (h29)
    assert fields["issuer"] >= 0.99, fields
    assert fields["date"] >= 0.99, fields
    assert fields["number_symbol"] >= 0.985, fields
    assert fields["kind"] >= 0.99, fields


# --- the data fixes, on small texts ------------------------------------------------------------


def refs(text: str, citing_date: str | None = None) -> list[tuple[str, str | None, str]]:
    return [(r.text, r.number_symbol, r.relation) for r in find_references(text, citing_date)]


def test_laws_the_gazetteer_lacked_resolve_to_the_version_in_force():
    text = "hướng dẫn thi hành Luật Các tổ chức tín dụng; tổ chức thực hiện hiệu quả Luật Tài nguyên nước."
    assert [(t, n) for t, n, _ in refs(text, "2024-11-30")] == [
        ("Luật Các tổ chức tín dụng", "32/2024/QH15"),
        ("Luật Tài nguyên nước", "28/2023/QH15"),
    ]
    assert [n for _, n, _ in refs(text, "2020-01-01")] == ["47/2010/QH12", "17/2012/QH13"]
    assert refs("Ngoài ra, theo Luật TTATGTĐB năm 2024, người đủ 18 tuổi", "2025-02-25")[0][:2] == (
        "Luật TTATGTĐB năm 2024",
        "36/2024/QH15",
    )


def test_related_links_and_a_copyright_footer_after_an_article_are_boilerplate():
    body = "Theo Nghị định 168/2024/NĐ-CP của Chính phủ, mức phạt tăng từ ngày 01/01/2025. " * 3
    text = (
        "Pháp luật › Hỏi đáp pháp luật\nMức phạt mới theo Nghị định 168\n25/02/2025 10:15\n\n"
        f"{body}\n\nBình luận (12)\nBài viết cùng chuyên mục:\n- Mức lương cơ sở mới theo Nghị định "
        "73/2024/NĐ-CP\n\n© Bản quyền thuộc Báo Pháp luật và Đời sống. Giấy phép số 115/GP-BTTTT. Ghi rõ "
        "nguồn khi phát hành lại thông tin từ website này, không sao chép khi chưa được sự đồng ý bằng văn bản.\n"
    )
    found = {r.number_symbol for r in extract_text(text).references}
    assert "73/2024/NĐ-CP" not in found and "115/GP-BTTTT" not in found
    assert "168/2024/NĐ-CP" in found


def test_what_a_meeting_heard_is_answered():
    text = "Sau khi nghe Sở Tài nguyên và Môi trường báo cáo tại Tờ trình số 512/TTr-STNMT ngày 10/9/2024"
    assert refs(text)[0][2] == "responds_to"


def test_a_review_with_a_view_to_amending_is_a_task_not_an_amendment():
    text = "c) Rà soát, sửa đổi Nghị định số 75/2021/NĐ-CP ngày 24/7/2021 của Chính phủ quy định mức hưởng"
    assert refs(text)[0][2] == "mentions"
    text = "đồng thời rà soát để sửa đổi Thông tư số 02/2021/TT-BLĐTBXH ngày 24/6/2021 hướng dẫn thi hành"
    assert refs(text)[0][2] == "mentions"


def test_a_blank_numbered_own_header_may_be_a_self_mention_without_a_number():
    text = "Số:    /KH-UBND\nKẾ HOẠCH\n"
    mention = {
        "start": 8,
        "end": 15,
        "text": text[8:15],
        "kind": "full",
        "relation": "mentions",
        "doc_type": "Kế hoạch",
        "date": None,
        "number_symbol": None,
        "self": True,
    }
    check_faithful({"document": {"number_symbol": None}, "mentions": [mention]}, text)
    with pytest.raises(AssertionError):  # a numbered document's self mention needs its number
        check_faithful({"document": {"number_symbol": "5/KH-UBND"}, "mentions": [mention]}, text)
