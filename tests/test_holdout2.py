"""The second held-out set (tests/holdout2/): ten documents in styles neither tests/gold nor
tests/holdout covers, annotated by hand before the recogniser was run on them. The gold must be
faithful to the texts; the extractor is gated at the product's targets (P >= 0.98, R >= 0.97). The
first measurement, before any fix, is recorded in tests/holdout2/README.md."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.goldsets import check_faithful, check_set_complete, load, nfc_text, overall_scores

ROOT = Path(__file__).resolve().parent.parent
HOLDOUT2 = ROOT / "tests" / "holdout2"
GOLD_FILES = sorted(HOLDOUT2.glob("*.json"))


def test_holdout2_set_is_complete():
    check_set_complete(HOLDOUT2, range(10, 11))


@pytest.mark.parametrize("path", GOLD_FILES, ids=[p.stem for p in GOLD_FILES])
def test_gold_is_faithful_to_the_text(path):
    gold = load(path)
    text = nfc_text(HOLDOUT2, gold)
    check_faithful(gold, text)


def test_first_measurement_is_recorded():
    readme = (HOLDOUT2 / "README.md").read_text(encoding="utf-8")
    assert "First measurement, before any fix" in readme


def test_extractor_precision_and_recall_on_holdout2():
    overall = overall_scores(HOLDOUT2)
    assert overall["precision"] >= 0.98, overall
    assert overall["recall"] >= 0.97, overall
