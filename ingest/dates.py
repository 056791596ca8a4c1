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
    unmarked: tuple[int, str] | None = None  # (where it starts, as read) when read through emphasis markers


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


# markdown emphasis runs a docx→markdown converter left inside a date where Word's runs changed ("ngày
# **10/5**/2025", "ngày 10 tháng **5** năm 2025", "ngày **10/5/2025**"; real-text audit r78, round f24):
# the date is read with the runs left out. A run counts only when short (the emphasis runs of
# noise.emphasis_moves, "*" to "***", "_" or "__", or two of them that the shadow put together when it moved
# one out of "10/5**/2025" as out of a symbol) and glued to a word or figure on one side, so a formula's
# star between blanks ("10 * 5") or a blank line of underscores is never read through.
_EMPHASIS_RUN = re.compile(r"\*+|_+")
_RUN_LONGEST = {"*": 6, "_": 4}
_MARKED_REACH = 64  # a date with its markers ("ngày ** 10 ** tháng ** 5 ** năm ** 2025 **") fits


def parse_date_through_markers(shadow: str, pos: int, endpos: int) -> ParsedDate | None:
    """A date at `pos` (just after "ngày") with emphasis runs inside it (see above); None when there is
    no run in reach or the date does not read without them."""
    stop = min(endpos, pos + _MARKED_REACH)
    nl = shadow.find("\n", pos, stop)
    if nl != -1:
        stop = nl
    window = shadow[pos:stop]
    if "*" not in window and "_" not in window:
        return None
    kept: list[str] = []
    where: list[int] = []  # the window offset of each kept character
    last = 0
    for r in _EMPHASIS_RUN.finditer(window):
        a, b = r.start(), r.end()
        before = window[a - 1] if a > 0 else " "
        after = window[b] if b < len(window) else " "
        if b - a > _RUN_LONGEST[window[a]] or before in "*_" or after in "*_":
            continue  # a longer run (a blank to fill in), or one of mixed markers
        if not (before.isalnum() or after.isalnum()):
            continue  # a star between blanks
        kept.append(window[last:a])
        where.extend(range(last, a))
        last = b
    if last == 0:
        return None
    kept.append(window[last:])
    where.extend(range(last, len(window)))
    m = DATE_AFTER_NGAY.match("".join(kept))
    if not m:
        return None
    end = where[m.end() - 1] + 1
    while end < len(window) and window[end] in "*_" and end - where[m.end() - 1] <= 3:
        end += 1  # the run closing the emphasis ("**10/5/2025**")
    iso, year, warning = _read(m.group())
    lead = len(window) - len(window.lstrip())
    return ParsedDate(pos + end, iso, year, warning, (pos + lead, m.group().strip()))
