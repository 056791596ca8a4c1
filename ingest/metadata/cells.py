"""Header fields a page's table split over lines, joined back before the readers see them.

A law site's copy of a document keeps its header table one cell per line group, each cell's text hard
wrapped and the cells parted by lone "|" lines:

    ỦY⏎BAN NHÂN DÂN⏎TỈNH QUẢNG NAM⏎|⏎CỘNG HÒA XÃ HỘI⏎CHỦ NGHĨA VIỆT NAM⏎…⏎|⏎Số:⏎14/2007/QĐ-UBND⏎|⏎Tam⏎Kỳ, ngày 19 tháng 6 năm 2007

Each field is joined back into one line (its span runs over the line breaks) when the joined text is a
header field and its parts are not: the number after a bare "Số:", a place and date, the national
motto, a body's name broken inside ("ỦY⏎BAN NHÂN DÂN"). A lone "|" becomes a blank line: it parts cells.
"""

from __future__ import annotations

import re
from functools import cache

from ingest.metadata.base import (
    Line,
    is_upper_line,
    national_search,
    number_search,
    place_date_search,
    to_upper,
    vocab,
)

HEADER_SPAN = 40  # lines (blank ones too) searched
_PARTS = 4  # a field wrapped over at most four lines ("Yên Bái,⏎ngày 15⏎tháng⏎12 năm 2020", r72)


def _joined(parts: list[Line]) -> Line:
    return Line(parts[0].start, parts[-1].end, " ".join(p.clean for p in parts if p.clean))


def _is_field(s: str) -> bool:
    return bool(number_search(s) or place_date_search(s) or national_search(s))


@cache
def _long_names() -> frozenset[str]:
    """The bodies' names of more than one word (upper case), looked up by `_name_broken`."""
    return frozenset(name for name in vocab().proper_names if " " in name)


@cache
def _name_heads() -> frozenset[str]:
    """Each long name's beginnings that end before one of its spaces ("ỦY", "ỦY BAN", "ỦY BAN NHÂN" …)."""
    return frozenset(name[:k] for name in _long_names() for k, c in enumerate(name) if c == " ")


@cache
def _longest_head() -> int:
    return max(map(len, _name_heads()), default=0)


def _name_broken(a: str, b: str) -> bool:
    """`a` is a strict beginning of a body's name that `a b` completes ("ỦY" + "BAN NHÂN DÂN", "UỶ BAN
    NHÂN" + "DÂN"): some beginning of `a b` longer than `a` and ending at a word's end is a name."""
    # every such name goes on after `a` with a space: no name's head, no name (most lines). A line
    # longer than every head is none (upper-casing never shortens a text) and need not be upper-cased.
    if len(a) > _longest_head():
        return False
    ua = to_upper(a)
    if ua not in _name_heads():
        return False
    uab = f"{ua} {to_upper(b)}"  # the same as to_upper(f"{a} {b}"): none of its replacements holds a space
    names = _long_names()
    end = uab.find(" ", len(ua) + 1)
    while end != -1:
        if uab[:end] in names:
            return True
        end = uab.find(" ", end + 1)
    return uab in names


def _cells_broken(a: str, b: str) -> bool:
    """A header whose cells end in an inline "|" and wrap inside a name ("UỶ⏎BAN NHÂN DÂN |",
    "CỘNG⏎HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |"; real-text audit r14): the body's or the motto's first
    word alone on its line."""
    if not a or " " in a or not is_upper_line(a) or not b.endswith("|"):
        return False
    return _name_broken(a, b) or (not national_search(a) and national_search(f"{a} {b}") is not None)


# a place and date cut after the day ("Hà Nội, ngày 18⏎tháng 12 năm 2024")
_DAY_CUT = re.compile(r",\s*ng[àa]y\s+\d{1,2}$")


def _place_cut(a: str, b: str) -> bool:
    """The place's first words alone on `a` (short, not upper case) and the rest of it, with the date,
    on `b` ("Hà⏎Nội, ngày 19 tháng 5 năm 2011"), in a header without the table's "|" lines."""
    # a place and date holds ", ngày": without a comma on either line (most lines) there is none to cut
    if "," not in a and "," not in b:
        return False
    # split at most 4 times: a long body line is not split whole only to count its words
    if len(a.split(None, 4)) > 3 or is_upper_line(a) or place_date_search(a):
        return False
    m = place_date_search(f"{a} {b}")
    return m is not None and m.start("place") < len(a)


# a bare "Số:" whose number (or a draft's blank one, "/BC-UBND") a blank line parts from it
_BARE_NUMBER_WORD = re.compile(r"S[ốỐ]\s*:?")


def _join_at(lines: list[Line], i: int) -> int:
    """How many lines from `i` (1 to _PARTS) make one field."""
    first = lines[i].clean
    if not first or first == "|":
        return 1
    if _name_broken(first, lines[i + 1].clean if i + 1 < len(lines) else ""):
        return 2
    if (
        _BARE_NUMBER_WORD.fullmatch(first)
        and i + 2 < len(lines)
        and not lines[i + 1].clean
        and number_search(f"{first} {lines[i + 2].clean}")
    ):
        return 3  # "Số:⏎⏎/BC-UBND" (real-text audit r9): the blank line between is no part of it
    whole: bool | None = None  # _is_field(first), asked only once a joined text is a field
    for n in range(2, _PARTS + 1):
        parts = lines[i : i + n]
        if len(parts) < n or any(not p.clean or p.clean == "|" for p in parts):
            break
        joined = " ".join(p.clean for p in parts)
        # the number's and the place's matches are kept: the tests below ask for them again
        nm = number_search(joined)
        m = place_date_search(joined)
        if nm is None and m is None and national_search(joined) is None:
            continue  # no field
        if whole is None:
            whole = _is_field(first)
        if nm is not None and nm.start() >= len(first) and not whole:
            break  # "XÃ AN LẠC⏎Số:⏎/BC-UBND": the number begins on a later line, the first is no part of it
        # "Kỳ, ngày 19 tháng 6 năm 2007" is a field alone, but "Tam" before it is the place's first word
        if whole and not (m and m.start("place") < len(first) and not place_date_search(first)):
            break
        if any(_is_field(p.clean) for p in parts[1:]) and not (
            m and m.start("place") < len(first) and not is_upper_line(first)
        ):
            break  # an organisation's line above the place and date is no part of the place
        return n
    return 1


def join_header_fields(lines: list[Line]) -> list[Line]:
    """`lines` with the header fields a table split over lines joined back (see the module)."""
    head = lines[:HEADER_SPAN]
    if not any(ln.clean == "|" or ln.clean in ("Số:", "SỐ:") for ln in head) and not any(
        ln.clean.endswith((" ngày", "ngày"))
        or (ln.clean[-1:].isdecimal() and _DAY_CUT.search(ln.clean))  # it ends in the day's digits
        or ln.clean in ("CỘNG HÒA XÃ HỘI", "CỘNG HOÀ XÃ HỘI")
        or (k + 1 < len(head) and _place_cut(ln.clean, head[k + 1].clean))
        or (k + 1 < len(head) and _cells_broken(ln.clean, head[k + 1].clean))
        for k, ln in enumerate(head)
    ):
        return lines  # the common case: no field split over lines
    out: list[Line] = []
    i = 0
    while i < len(head):
        n = _join_at(head, i)
        if n == 1:
            ln = head[i]
            out.append(Line(ln.start, ln.end, "") if ln.clean == "|" else ln)
        else:
            out.append(_joined(head[i : i + n]))
        i += n
    return out + lines[HEADER_SPAN:]
