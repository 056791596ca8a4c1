"""The eleventh held-out set (tests/holdout11/): ten normative texts — a Luật excerpt, a Nghị định with a
long "Bãi bỏ" list, a Thông tư guiding a decree by article, a Thông tư liên tịch, a Văn bản hợp nhất with
footnotes, an HĐND Nghị quyết, a UBND Quyết định promulgating a Quy chế, a Chỉ thị of the Thủ tướng, a
Quy định of the Ban Chấp hành Trung ương and the text layer of a Công báo PDF — annotated by hand before
the recogniser was run on them. The gold must be faithful to the texts; the extractor was first measured
before any fix; after the holdout11 fixes the gates are raised to what they reached (both measurements are
recorded in tests/holdout11/README.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.goldsets import check_faithful, check_set_complete, load, nfc_text, overall_scores

ROOT = Path(__file__).resolve().parent.parent
HOLDOUT11 = ROOT / "tests" / "holdout11"
GOLD_FILES = sorted(HOLDOUT11.glob("*.json"))


def test_holdout11_set_is_complete():
    check_set_complete(HOLDOUT11, range(10, 11))


@pytest.mark.parametrize("path", GOLD_FILES, ids=[p.stem for p in GOLD_FILES])
def test_gold_is_faithful_to_the_text(path):
    gold = load(path)
    check_faithful(gold, nfc_text(HOLDOUT11, gold))


def test_first_measurement_is_recorded():
    readme = (HOLDOUT11 / "README.md").read_text(encoding="utf-8")
    assert "First measurement, before any fix" in readme


def test_extractor_precision_and_recall_on_holdout11():
    """First measured (commit 51abb2f, recogniser as at f44c981): P 98.0%, R 99.5% (199 references, 202
    found, 198 matched); after the holdout11 fixes P 100%, R 100% (the gates)."""
    overall = overall_scores(HOLDOUT11)
    assert overall["precision"] >= 1.0, overall
    assert overall["recall"] >= 1.0, overall


def test_extractor_field_accuracy_on_holdout11():
    """First measured: number 99.5%, kind 100%, date 100%, issuer 100%, relation 83.3% (85.9% against the
    gold as corrected after it); after the holdout11 fixes relation 99.0%, the rest unchanged (the gates;
    what remains is in the README)."""
    fields = overall_scores(HOLDOUT11)["field_accuracy"]
    assert fields["relation"] >= 0.989, fields
    assert fields["number_symbol"] >= 0.994, fields
    assert fields["issuer"] >= 1.0, fields
    assert fields["date"] >= 1.0, fields
    assert fields["kind"] >= 1.0, fields
