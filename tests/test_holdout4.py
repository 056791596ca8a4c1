"""The fourth held-out set (tests/holdout4/): ten documents in styles none of the earlier sets covers
(law excerpt, amending decree, joint circular, ministry reply, Huyện ủy report across Party terms,
consolidated texts, markdown and tab-separated tables, a commune after the 2025 reorganisation, a
newspaper article), annotated by hand before the recogniser was run on them. The gold must be
faithful to the texts; the extractor is gated at what it reaches. The first measurement, before any
fix, is recorded in tests/holdout4/README.md."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from tests.goldsets import check_faithful, load, overall_scores

ROOT = Path(__file__).resolve().parent.parent
HOLDOUT4 = ROOT / "tests" / "holdout4"
GOLD_FILES = sorted(HOLDOUT4.glob("*.json"))


def nfc_text(gold: dict) -> str:
    return unicodedata.normalize("NFC", (HOLDOUT4 / gold["file"]).read_text(encoding="utf-8"))


def test_holdout4_set_is_complete():
    texts = {p.name for p in HOLDOUT4.glob("*.txt")}
    assert len(texts) == 10
    assert texts == {load(p)["file"] for p in GOLD_FILES}
    for name in texts:
        assert 3_000 <= (HOLDOUT4 / name).stat().st_size <= 15_000, name


@pytest.mark.parametrize("path", GOLD_FILES, ids=[p.stem for p in GOLD_FILES])
def test_gold_is_faithful_to_the_text(path):
    gold = load(path)
    check_faithful(gold, nfc_text(gold))


def test_first_measurement_is_recorded():
    readme = (HOLDOUT4 / "README.md").read_text(encoding="utf-8")
    assert "First measurement, before any fix" in readme


def test_extractor_precision_and_recall_on_holdout4():
    overall = overall_scores(HOLDOUT4)
    assert overall["precision"] >= 0.98, overall
    assert overall["recall"] >= 0.94, overall
