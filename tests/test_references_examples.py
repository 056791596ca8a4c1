"""The reference recogniser on the four real sample documents in examples/."""

from __future__ import annotations

from functools import cache
from itertools import pairwise
from pathlib import Path

import pytest

from ingest.models import Reference
from ingest.references import find_references

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@cache
def found(prefix: str) -> tuple[str, list[Reference]]:
    path = next(EXAMPLES.glob(f"{prefix}_*.txt"))
    text = path.read_text(encoding="utf-8")
    return text, find_references(text)


def by_symbol(prefix: str, symbol: str) -> list[Reference]:
    return [r for r in found(prefix)[1] if r.number_symbol == symbol]


@pytest.mark.parametrize("prefix", ["000", "002", "003", "004"])
def test_offsets_and_order(prefix: str) -> None:
    text, refs = found(prefix)
    assert refs
    for r in refs:
        assert text[r.start : r.end] == r.text
    assert [r.start for r in refs] == sorted(r.start for r in refs)
    for a, b in pairwise(refs):
        assert a.end <= b.start  # no overlaps


def test_000_chi_thi_33() -> None:
    dated = [r for r in by_symbol("000", "33/CT-TTg") if r.date]
    assert dated and all(r.date == "2021-11-26" and r.issuer == "Thủ tướng Chính phủ" for r in dated)
    repaired = [r for r in by_symbol("000", "33/CT-TTg") if r.text.endswith("CT-TTG")]
    assert len(repaired) == 1 and repaired[0].repairs[0].kind == "case"


def test_000_symbols_and_repairs() -> None:
    assert by_symbol("000", "03-CTr/BDVTW-BCSĐCP")
    assert by_symbol("000", "34/2007/PL-UBTVQH11")
    (qdi,) = by_symbol("000", "11-QĐi/TW")
    assert qdi.text == "Quy định số 11-Qđi/TW"
    assert by_symbol("000", "1719/QĐ-TTg")[0].date == "2021-10-14"


def test_000_short_pinpoint() -> None:
    _, refs = found("000")
    (short,) = [r for r in refs if r.kind == "short"]
    assert (short.text, short.pinpoint, short.number_symbol) == (
        "Pháp lệnh số 34",
        "Điều 19",
        "34/2007/PL-UBTVQH11",
    )
    assert refs[short.antecedent].number_symbol == "34/2007/PL-UBTVQH11"  # type: ignore[index]


def test_000_interleaved_footnote() -> None:
    (kl,) = by_symbol("000", "65-KL/TW")
    (bc,) = by_symbol("000", "2202-BC/BCSĐCP")
    assert kl.date in (None, "2019-10-30")  # recovered or left open, never wrong
    assert bc.date == "2023-09-11"


def test_000_responds_to_and_guides() -> None:
    _, refs = found("000")
    assert refs[0].number_symbol == "2748/BNV-CTTN" and refs[0].relation == "responds_to"
    guided = [r for r in refs if r.relation == "guides"]
    assert [r.number_symbol for r in guided] == ["04/2015/NĐ-CP"]
    assert refs[guided[0].relation_source].number_symbol == "01/2016/TT-BNV"  # type: ignore[index]


def test_002_party_and_normative() -> None:
    assert by_symbol("002", "247-CV/TU")[0].date == "2021-02-08"
    assert by_symbol("002", "32-KH/ĐUK")[0].date == "2021-05-18"
    assert by_symbol("002", "28/2018/QĐ-CP")[0].year == 2018
    (bad,) = by_symbol("002", "31/QĐ-VP")
    assert bad.date is None and bad.year == 2019 and bad.warnings


def test_003_heading_short_and_dropped_letter() -> None:
    _, refs = found("003")
    heading = [r for r in refs if r.text == "KẾT LUẬN SỐ 114"]
    assert len(heading) == 1 and heading[0].kind == "short" and heading[0].number_symbol == "114-KL/TW"
    (w,) = [r for r in refs if r.text.endswith("114-KL/W")]
    assert w.number_symbol == "114-KL/TW" and w.repairs[-1].kind == "dropped_letter"


def test_004_article() -> None:
    _, refs = found("004")
    assert [r.number_symbol for r in refs] == [
        "26/CT-TTg",
        "15-CT/TU",
        "07/2013/CT-UBND",
        "352/KH-UBND",
        "25/NQ-CP",
        "11/CT-TU",
    ]


def test_named_laws_when_gazetteer_present() -> None:
    pytest.importorskip("ingest.gazetteer")
    _, refs = found("003")
    named = [r for r in refs if r.kind == "named"]
    assert {r.name for r in named} >= {
        "Luật Tiếp công dân",
        "Luật Khiếu nại",
        "Luật Tố cáo",
        "Hiến pháp năm 2013",
    }
    (to_cao,) = {r.number_symbol for r in named if r.name == "Luật Tố cáo"}
    assert to_cao == "25/2018/QH14"  # the version in force when the 2020 report was written
    assert all(r.issuer == "Quốc hội" for r in named if r.doc_type != "Nghị quyết")
    (plenum,) = (r for r in named if r.doc_type == "Nghị quyết")  # "Nghị quyết Trung ương 6 (khóa XII)"
    assert (plenum.text, plenum.issuer, plenum.party_term) == (
        "Nghị quyết Trung ương 6",
        "Ban Chấp hành Trung ương Đảng",
        "XII",
    )
