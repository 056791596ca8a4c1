"""The ninth held-out set (tests/holdout9/): ten documents of the kinds the earlier sets cover least — the
full text of a Chỉ thị of the Thủ tướng, a Nghị định amending two decrees, a provincial plan with a tasks
table whose last column is "Căn cứ", a UBND Quyết định promulgating a Quy chế, a pdfminer-style ministry
Hướng dẫn, an HĐND fees resolution with a fee table, a pdfminer-style Thanh tra report, a meeting Biên bản,
a Đảng ủy Khối plan and a Công điện of the Thủ tướng — annotated by hand before the recogniser was run on
them. The gold must be faithful to the texts; the extractor was first gated at its first measurement; after the
holdout9 fixes the gates are raised to what they reached (both measurements are recorded in
tests/holdout9/README.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.goldsets import check_faithful, check_set_complete, load, nfc_text, overall_scores

ROOT = Path(__file__).resolve().parent.parent
HOLDOUT9 = ROOT / "tests" / "holdout9"
GOLD_FILES = sorted(HOLDOUT9.glob("*.json"))


def test_holdout9_set_is_complete():
    check_set_complete(HOLDOUT9, range(10, 11))


@pytest.mark.parametrize("path", GOLD_FILES, ids=[p.stem for p in GOLD_FILES])
def test_gold_is_faithful_to_the_text(path):
    gold = load(path)
    check_faithful(gold, nfc_text(HOLDOUT9, gold))


def test_first_measurement_is_recorded():
    readme = (HOLDOUT9 / "README.md").read_text(encoding="utf-8")
    assert "First measurement, before any fix" in readme


def test_extractor_precision_and_recall_on_holdout9():
    """First measured (commit 0d6fc34): P 100%, R 99.5% (189 references, 188 found and matched); after
    the holdout9 fixes (4494c81) P 100%, R 100% (the gates)."""
    overall = overall_scores(HOLDOUT9)
    assert overall["precision"] >= 1.0, overall
    assert overall["recall"] >= 1.0, overall


def test_extractor_field_accuracy_on_holdout9():
    """First measured: number 100%, kind 100%, date 100%, issuer 96.3%, relation 90.4%; after the holdout9
    fixes (4494c81) issuer 99.4%, relation 96.3% (the gates; what remains is in the README)."""
    fields = overall_scores(HOLDOUT9)["field_accuracy"]
    assert fields["relation"] >= 0.96, fields
    assert fields["issuer"] >= 0.99, fields
    assert fields["date"] >= 1.0, fields
    assert fields["number_symbol"] >= 1.0, fields
    assert fields["kind"] >= 1.0, fields
