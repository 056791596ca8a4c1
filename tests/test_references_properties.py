"""Properties of the reference recogniser on arbitrary and adversarial text (hypothesis)."""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ingest.references import find_references

# text built from the pieces references are made of, so the generator reaches the parser's corners
PIECES = [
    "Chỉ thị",
    "số",
    " ",
    "33",
    "/",
    "-",
    "CT",
    "TTg",
    "ngày",
    "26/11/2021",
    "của",
    "Thủ tướng",
    "về",
    "“",
    "”",
    ";",
    ",",
    ".",
    "\n",
    "Kết luận",
    "KẾT LUẬN SỐ",
    "114",
    "KL",
    "TW",
    "W",
    "2015",
    "NĐ",
    "CP",
    "NĐCP",
    "QĐi",
    "Qđi",
    "Ð",
    "⁄",
    "\u00a0",
    "*",
    "**",
    "¹",
    "Điều 19",
    "khoản 2",
    "Pháp lệnh",
    "Luật",
    "Hiến pháp",
    "năm 2013",
    "(",
    ")",
    "khóa XI",
    "tháng",
    "năm",
    "Thực hiện",
    "hướng dẫn",
    "và",
    "31/4/2019",
    "UBND",
    "tỉnh Bắc Giang",
    "Công văn",
    "BNV-CTTN",
    "1",
    "0",
    "9",
    "%",
    ":",
]
structured = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)
anything = st.text(max_size=400)


def check(text: str) -> None:
    refs = find_references(text)
    prev_start = -1
    for i, r in enumerate(refs):
        assert 0 <= r.start < r.end <= len(text)
        assert text[r.start : r.end] == r.text
        assert r.start >= prev_start
        prev_start = r.start
        if r.antecedent is not None:
            assert 0 <= r.antecedent < len(refs) and r.antecedent != i
        if r.relation_source is not None:
            assert 0 <= r.relation_source < len(refs)
        if r.sentence is not None:
            assert 0 <= r.sentence[0] <= r.start and r.end <= r.sentence[1] <= len(text)
        if r.date is not None:
            assert len(r.date) in (7, 10)
        assert 0 < r.confidence <= 1


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(anything)
def test_never_crashes_on_any_text(text: str) -> None:
    check(text)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(structured)
def test_offsets_always_slice_to_text(text: str) -> None:
    check(text)


@pytest.mark.parametrize(
    "unit",
    [
        "số 1/",
        "/",
        "-",
        "1",
        "1/1-1/",
        "11/CT-",
        "Chỉ thị số ",
        "ngày ",
        "của Bộ ",
        "A-",
        "1-A/",
        "luật ",
        "1/A - ",
        " - B",
        "Điều 1, ",
        # a reference after every list of articles that no pinpoint pattern can end (12.5 s before the
        # pinpoint lists became possessive)
        "Điều 1, Điều 2, Điều 3, Điều 4, Điều 5, Điều 6, Điều 7, Điều 8, Phụ lục ban hành kèm theo Quyết định"
        " số 1/2020/QĐ-UBND. ",
        # markdown emphasis inside every symbol: each run is moved on its own stretch, not on the whole text
        # (moving it on a copy of the whole text made a megabyte of these quadratic, minutes)
        "Nghị định số 15/**2020**/NĐ-CP, ",
    ],
)
def test_adversarial_megabyte_is_fast(unit: str) -> None:
    text = (unit * (1_000_000 // len(unit) + 1))[:1_000_000]
    t0 = time.process_time()
    find_references(text)
    assert time.process_time() - t0 < 4.0  # generous: a shared, loaded machine; ~0.1-0.5 s normally


@pytest.mark.parametrize(
    "unit",
    [
        # a reference every ~30 characters, each of a kind that looks back or ahead
        "Kết luận số 114-KL/W. ",
        "9 Báo cáo số 2202-BC/BCSĐCP ngày 9 ",
        "Luật Tiếp công dân số 42/2013/QH13 ",
        "Kết luận số 114, ",
        "Thông tư 01/2016/TT-BNV hướng dẫn ",
        "Quyết định số 217-QĐ/TW, ",
    ],
)
def test_dense_references_stay_linear(unit: str) -> None:
    def seconds(size: int) -> float:
        text = (unit * (size // len(unit) + 1))[:size]
        best = float("inf")
        for _ in range(2):
            t0 = time.process_time()
            find_references(text)
            best = min(best, time.process_time() - t0)
        return best

    small, big = seconds(25_000), seconds(200_000)
    assert big < 8 * small * 2.5 + 0.05  # 8x the text: ~8x the time, never 64x


def test_cost_grows_linearly() -> None:
    block = "Thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ về dân vận; " * 50
    small, big = block * 4, block * 64

    def seconds(text: str) -> float:
        best = float("inf")
        for _ in range(3):
            t0 = time.process_time()
            find_references(text)
            best = min(best, time.process_time() - t0)
        return best

    per_char_small = seconds(small) / len(small)
    per_char_big = seconds(big) / len(big)
    assert per_char_big < per_char_small * 3  # linear (with generous noise allowance), not quadratic
