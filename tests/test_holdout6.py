"""The sixth held-out set (tests/holdout6/): ten documents from issuers the earlier sets cover least
(a Sở Y tế and a Sở Giáo dục report, a Công an tỉnh plan, a ministry Thông tư pinpointing several
decrees, an Ủy ban MTTQ report, a normative Quyết định of a centrally-run city, a procuracy guideline
letter, a PDF report of an economic-zone authority, an HĐND budget resolution, a commune Đảng ủy report
in a merged province), annotated by hand before the recogniser was run on them. The gold must be
faithful to the texts. The extractor was first gated a little below its first measurement; after the
holdout6 fixes (899faf5 … 6c76931, each a general cause with a unit test on new text) the gates are
raised to what those fixes reached: P = R = 100%, number 99.6%, date 100%, issuer 99.5%, relation
98.4%. The first measurement, the figures after the holdout5 fixes and after the holdout6 fixes are
recorded in tests/holdout6/README.md."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.goldsets import check_faithful, check_set_complete, load, nfc_text, overall_scores

ROOT = Path(__file__).resolve().parent.parent
HOLDOUT6 = ROOT / "tests" / "holdout6"
GOLD_FILES = sorted(HOLDOUT6.glob("*.json"))


def test_holdout6_set_is_complete():
    check_set_complete(HOLDOUT6, range(10, 11))


@pytest.mark.parametrize("path", GOLD_FILES, ids=[p.stem for p in GOLD_FILES])
def test_gold_is_faithful_to_the_text(path):
    gold = load(path)
    check_faithful(gold, nfc_text(HOLDOUT6, gold))


def test_first_measurement_is_recorded():
    readme = (HOLDOUT6 / "README.md").read_text(encoding="utf-8")
    assert "First measurement, before any fix" in readme


def test_extractor_precision_and_recall_on_holdout6():
    """First measured (commit 1b29e55): P 99.6%, R 94.3% (246 references, 233 found, 232 matched);
    the same after the holdout5 fixes (c16642c); 100% / 100% after the gazetteer and unit-code fixes,
    kept by the holdout6 fixes (gate raised to it)."""
    overall = overall_scores(HOLDOUT6)
    assert overall["precision"] >= 1.0, overall
    assert overall["recall"] >= 1.0, overall


def test_extractor_field_accuracy_on_holdout6():
    """First measured: number 99.6%, kind 100%, date 98.3%, issuer 95.7%, relation 89.2%; after the
    holdout5 fixes (c16642c) date 99.1%, issuer 96.6%, relation 89.7%; after the holdout6 fixes
    (6c76931) number 99.6%, kind 100%, date 100%, issuer 99.5%, relation 98.4% (the gates)."""
    fields = overall_scores(HOLDOUT6)["field_accuracy"]
    assert fields["relation"] >= 0.987, fields  # 98.8% (243/246) since the holdout8 fixes (h29)
    assert fields["issuer"] >= 0.995, fields
    assert fields["date"] >= 1.0, fields
    assert fields["number_symbol"] >= 0.995, fields
    assert fields["kind"] >= 1.0, fields
