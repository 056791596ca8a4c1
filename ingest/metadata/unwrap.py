"""Header fields a web page's table wrapped over lines, joined back.

A legal database renders the header table cell by cell, each cell's text broken where the page's
column was narrow, the cells apart by a line holding only "|":

    THỦ TƯỚNG CHÍNH⏎PHỦ⏎-------⏎|⏎CỘNG HÒA XÃ HỘI⏎CHỦ NGHĨA VIỆT NAM⏎…⏎|⏎Số:⏎45/CT-TTg⏎|⏎Hà Nội, ngày 18⏎tháng 12 năm 2024

Two adjacent header lines are one field broken in two when joined they make what neither makes
alone: the national name, the number ("Số:" + "80/NQ-CP"), the place and date ("Hà" + "Nội, ngày …",
"…, ngày 18" + "tháng 12 năm 2024"), or a known body ("BỘ" + "TÀI CHÍNH"). The line break between them
becomes a space, so every offset into the text stays valid.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable

from ingest.metadata.base import (
    Line,
    is_upper_line,
    national_search,
    number_search,
    place_date_search,
    to_upper,
)

HEADER_SCAN = 40  # non-empty lines looked at


def unwrap_header(text: str, lines: list[Line]) -> str:
    """`text` with the line breaks inside wrapped header fields turned into spaces (same length)."""
    joins: list[int] = []  # offsets of the "\n" to replace
    seen = 0
    k = 0
    while k + 1 < len(lines) and seen < HEADER_SCAN:
        a = lines[k]
        if not a.clean:
            k += 1
            continue
        seen += 1
        merged, end = a.clean, a
        j = k + 1
        # adjacent lines only: the next line starts right after this one's "\n" (a "\r" may sit between)
        while (
            j < len(lines)
            and lines[j].clean
            and lines[j].start - end.end <= 2
            and _joins(merged, lines[j].clean)
        ):
            joins.append(text.index("\n", end.end))
            merged = f"{merged} {lines[j].clean}"
            end = lines[j]
            j += 1
        k = j if end is not a else k + 1
    if not joins:
        return text
    chars = list(text)
    for i in joins:
        chars[i] = " "
    return "".join(chars)


def _joins(a: str, b: str) -> bool:
    """`a` and the next line `b` are one header field broken in two."""
    joined = f"{a} {b}"
    return _place_date_joins(a, b, joined) or any(_makes(test, a, b, joined) for test in _FIELDS)


def _makes(test: Callable[[str], object], a: str, b: str, joined: str) -> bool:
    return not test(a) and not test(b) and bool(test(joined))


def _place_date_joins(a: str, b: str, joined: str) -> bool:
    """The place and date made by the two lines together: the date ends in `b` ("Hà Nội, ngày 18" +
    "tháng 12 năm 2024"), or `b` has it all but the first word of the place, alone on `a` ("Hà" +
    "Nội, ngày …"; not an organisation line above it, "ĐẢNG CỘNG SẢN VIỆT NAM" + "Tân Kỳ, ngày …")."""
    if place_date_search(a):
        return False
    if len(a.split()) == 1 and not is_upper_line(a) and _PLACE_OPENS.match(b):
        return True  # "Hà" + "Nội, ngày 09" (+ "tháng 9 năm 2019")
    m = place_date_search(joined)
    if m is None or m.start("place") >= len(a):
        return False
    return not place_date_search(b) or (len(a.split()) == 1 and not is_upper_line(a))


# the rest of a place name and ", ngày": a place and date whose first word is on the line above
_PLACE_OPENS = re.compile(r"^[^\W\d_]+(?:[ -][^\W\d_]+){0,3}\s*,\s*ng[àa]y\b")


def _number(s: str) -> object:
    m = number_search(s)
    return m is not None and m.group("num")


def _body(s: str) -> object:
    """An upper-case line naming a known body."""
    if len(s) > 90 or not is_upper_line(s):
        return False
    try:
        body = importlib.import_module("ingest.gazetteer").body_by_name(to_upper(s))
    except Exception:  # optional layer
        return False
    return isinstance(body, dict)


_FIELDS: tuple[Callable[[str], object], ...] = (national_search, _number, _body)
