"""The thirteenth held-out set (tests/holdout13/): eight unseen documents in file layouts no earlier set
covers, turned into real PDF, DOCX and HTML files by tests/holdout13/make_files.py — a provincial plan whose
tasks table wraps across a PDF page break, a Quyết định with its Quy chế annex and page-bottom footnotes, a
report whose references are split by justified line ends at the hyphen or slash, a Tờ trình with a
comparison table, a DOCX report with a real footnotes part, a DOCX công văn with "V/v" and "Kính gửi", a
ministry portal's article and a legal-database page of a Nghị định — annotated by hand on the text the
file readers give, before the recogniser was run on them. The files must still read to the annotated
text, the gold must be faithful to it, and the extractor (reading the original files) is gated."""

from __future__ import annotations

import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from ingest.readers import read_file
from tests.goldsets import check_faithful, load, overall_scores

ROOT = Path(__file__).resolve().parent.parent
HOLDOUT13 = ROOT / "tests" / "holdout13"
GOLD_FILES = sorted(HOLDOUT13.glob("*.json"))


def read_nfc(path: Path) -> str:
    return unicodedata.normalize("NFC", read_file(path).text)


def test_holdout13_set_is_complete():
    assert len(GOLD_FILES) == 8
    formats = set()
    for path in GOLD_FILES:
        gold = load(path)
        assert gold["file"] == f"{path.stem}.extracted.txt"
        source = HOLDOUT13 / gold["source"]
        assert source.is_file() and source.stat().st_size < 80_000, source
        formats.add(source.suffix)
        assert 2_000 <= (HOLDOUT13 / gold["file"]).stat().st_size <= 15_000
    assert formats == {".pdf", ".docx", ".html"}


@pytest.mark.parametrize("path", GOLD_FILES, ids=[p.stem for p in GOLD_FILES])
def test_readers_give_the_annotated_text(path):
    gold = load(path)
    assert read_nfc(HOLDOUT13 / gold["source"]) == (HOLDOUT13 / gold["file"]).read_text(encoding="utf-8")


def test_make_files_is_deterministic(tmp_path):
    pytest.importorskip("fpdf")
    if not Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf").exists():
        pytest.skip("DejaVu fonts (fonts-dejavu-core) not installed")
    subprocess.run(
        [sys.executable, str(HOLDOUT13 / "make_files.py"), str(tmp_path)], check=True, capture_output=True
    )
    for made in sorted(tmp_path.iterdir()):
        assert made.read_bytes() == (HOLDOUT13 / "files" / made.name).read_bytes(), made.name


@pytest.mark.parametrize("path", GOLD_FILES, ids=[p.stem for p in GOLD_FILES])
def test_gold_is_faithful_to_the_text(path):
    gold = load(path)
    text = (HOLDOUT13 / gold["file"]).read_text(encoding="utf-8")
    assert unicodedata.is_normalized("NFC", text)
    check_faithful(gold, text)


def test_first_measurement_is_recorded():
    readme = (HOLDOUT13 / "README.md").read_text(encoding="utf-8")
    assert "First measurement, before any fix" in readme


def test_extractor_precision_and_recall_on_holdout13():
    """First measured (gold 0b82230, recogniser as at dd6a91b): P 100%, R 96.5% (170 references, 164
    found); after the holdout13 fixes P 100%, R 100% (the gates)."""
    overall = overall_scores(HOLDOUT13)
    assert overall["precision"] >= 1.0, overall
    assert overall["recall"] >= 1.0, overall


def test_extractor_field_accuracy_on_holdout13():
    """First measured: number 98.8%, kind 100%, date 99.4%, issuer 98.6% (strict 94.5%), relation 85.4%;
    after the holdout13 fixes (and two gold corrections, see the README) number, kind and date 100%,
    issuer 99.3% (strict 96.7%), relation 97.1% (the gates; what remains is in the README)."""
    fields = overall_scores(HOLDOUT13)["field_accuracy"]
    assert fields["relation"] >= 0.97, fields
    assert fields["number_symbol"] >= 1.0, fields
    assert fields["issuer"] >= 0.99, fields
    assert fields["date"] >= 1.0, fields
    assert fields["kind"] >= 1.0, fields
