"""The held-out set (tests/holdout/): documents written after the recogniser was tuned, in styles the
four samples do not have (decrees, circulars, provincial decisions and plans, Party guidance, letters,
pdfminer text, a consolidated text, NFD text, a 2007 decision), annotated by hand per
tests/gold/README.md. The gold must be faithful to the texts, and the extractor must score
P >= 0.98 and R >= 0.97 on it (computed by scripts/evaluate.py).
The set-wide checks (complete, faithful, the figures it keeps) are in tests/test_holdout_sets.py;
here, single cases the set raised."""

from __future__ import annotations

import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HOLDOUT = ROOT / "tests" / "holdout"


def test_unicode_noise_document_is_really_noisy():
    raw = (HOLDOUT / "nfd_bc_can_loc.txt").read_text(encoding="utf-8")
    assert not unicodedata.is_normalized("NFC", raw)
    assert "\u00a0" in raw and "\u00d0" in raw and "\u2044" in raw


def test_amending_law_is_one_named_reference():
    from ingest import find_references

    text = (
        "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của "
        "Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;"
    )
    refs = find_references(text)
    assert [r.text for r in refs] == [
        "Luật Tổ chức Chính phủ",
        "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương",
    ]
    amending = refs[1]
    assert amending.kind == "named" and amending.date == "2019-11-22"
    assert amending.number_symbol == "47/2019/QH14"  # its own number, never the amended law's
