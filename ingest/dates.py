"""Dates written after "ngày": "26/11/2021", "26-11-2021", "14 tháng 10 năm 2021", and drafts with
the day left blank ("ngày    tháng 7 năm 2020" -> "2020-07"), and the words glued to the numbers where a
scraper joined lines ("ngày 27 tháng 11 năm2007", "tháng11 năm 2011", "ngày 04tháng 5 năm 2013": real-text
audit r18). Impossible dates are never made up."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date as _date
from functools import lru_cache

_NUMERIC = r"(?P<d>\d{1,2})\s{0,2}[/.-]\s{0,2}(?P<m>\d{1,2})\s{0,2}[/.-]\s{0,2}(?P<y>(?:19|20)\d\d)(?!\d)"
_WORDS = (
    r"(?:(?P<wd>\d{1,2})\s{0,4}|\s{0,12}|[.…_ ]{0,16})(?i:tháng)\s{0,4}(?P<wm>\d{1,2})"
    r"\s{0,4},?\s{0,4}(?i:n[ăã]m)\s{0,4}(?P<wy>(?:19|20)\d\d)(?!\d)"
)
# anchored right after the word "ngày"
DATE_AFTER_NGAY = re.compile(rf"\s{{0,12}}(?:{_NUMERIC}|{_WORDS})")
NGAY = re.compile(r"(?i:ngày)")


@dataclass(slots=True)
class ParsedDate:
    end: int  # offset just after the date
    iso: str | None  # "2021-11-26", "2020-07", or None when impossible
    year: int | None  # kept when the year is sure even if the date is not
    warning: str | None = None


def parse_date_at(shadow: str, pos: int, endpos: int) -> ParsedDate | None:
    """Parse a date starting at `pos` (just after "ngày"); None when no date form is there."""
    m = DATE_AFTER_NGAY.match(shadow, pos, endpos)
    if not m:
        return None
    iso, year, warning = _read(m.group())
    return ParsedDate(m.end(), iso, year, warning)


@lru_cache(maxsize=4096)
def _read(written: str) -> tuple[str | None, int | None, str | None]:
    """(iso, year, warning) of a date as written (the same dates recur all through a corpus)."""
    m = DATE_AFTER_NGAY.match(written)
    assert m is not None and m.end() == len(written)
    if m.group("y"):
        d, mo, y = int(m.group("d")), int(m.group("m")), int(m.group("y"))
    else:
        y, mo = int(m.group("wy")), int(m.group("wm"))
        if not m.group("wd"):
            if 1 <= mo <= 12:
                return f"{y:04d}-{mo:02d}", y, "day left blank"
            return None, y, f"impossible month in date {m.group(0).strip()!r}"
        d = int(m.group("wd"))
    try:
        iso = _date(y, mo, d).isoformat()
    except ValueError:
        return None, y, f"impossible date {m.group(0).strip()!r}"
    return iso, y, None
