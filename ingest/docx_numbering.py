"""Word's automatic list numbers (numbering.xml) as the labels Word shows: "I.", "1.", "a)".

A paragraph numbered by Word carries no label in its runs, only `w:numPr` (a list and a level); the
label is computed from the list's level definitions (format, text such as "%1.", start) and the count
of earlier paragraphs of that list. The DOCX reader puts the label before the paragraph's text, as a
user sees and quotes it. Covered: `w:numPr` on a paragraph or on its paragraph style (styles.xml,
through `w:basedOn`), decimal / Roman / letter formats, multi-level texts ("%1.%2."), level restarts,
`w:startOverride`; bullets are not labels (their symbol is decoration).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MAX_LEVELS = 9


@dataclass(frozen=True)
class _Level:
    fmt: str
    text: str
    start: int


def roman(n: int) -> str:
    """`n` in upper-case Roman numerals (12 -> "XII")."""
    out = []
    for value, digits in (
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ):
        while n >= value:
            out.append(digits)
            n -= value
    return "".join(out)


def _letters(n: int) -> str:
    """Word's letter numbering: a … z, then aa … zz, aaa …"""
    if n <= 0:
        return ""
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def format_number(n: int, fmt: str) -> str | None:
    """`n` in Word's number format `fmt`; None for formats that are no label (bullet, none)."""
    if fmt in ("decimal", "decimalZero"):
        return f"{n:02d}" if fmt == "decimalZero" else str(n)
    if fmt == "upperRoman":
        return roman(n)
    if fmt == "lowerRoman":
        return roman(n).lower()
    if fmt == "upperLetter":
        return _letters(n).upper()
    if fmt == "lowerLetter":
        return _letters(n)
    return None


def _levels(abstract: Any) -> dict[int, _Level]:
    out = {}
    for lvl in abstract.iterchildren(f"{_W}lvl"):
        ilvl = _int(lvl.get(f"{_W}ilvl"))
        if ilvl is None or ilvl >= _MAX_LEVELS:
            continue
        fmt, text, start = "decimal", "", 1
        for child in lvl.iterchildren():
            if child.tag == f"{_W}numFmt":
                fmt = child.get(f"{_W}val", fmt)
            elif child.tag == f"{_W}lvlText":
                text = child.get(f"{_W}val", "")
            elif child.tag == f"{_W}start":
                start = _int(child.get(f"{_W}val")) or 0
        out[ilvl] = _Level(fmt, text, start)
    return out


def _int(value: str | None) -> int | None:
    return int(value) if value is not None and value.lstrip("-").isdigit() else None


@dataclass
class ListNumbers:
    """The lists of one document and their running counts, read in body order."""

    lists: dict[int, dict[int, _Level]] = field(default_factory=dict)
    counts: dict[int, list[int | None]] = field(default_factory=dict)
    styles: dict[str, tuple[int | None, int | None]] = field(default_factory=dict)  # style -> (numId, ilvl)

    @classmethod
    def from_numbering(cls, root: Any | None, styles: Any | None = None) -> ListNumbers:
        """From the `w:numbering` element of numbering.xml (None: a document without lists) and the
        `w:styles` element of styles.xml (the lists paragraph styles carry)."""
        lists: dict[int, dict[int, _Level]] = {}
        if root is None:
            return cls(lists)
        abstracts = {
            _int(a.get(f"{_W}abstractNumId")): _levels(a) for a in root.iterchildren(f"{_W}abstractNum")
        }
        for num in root.iterchildren(f"{_W}num"):
            num_id = _int(num.get(f"{_W}numId"))
            ref = num.find(f"{_W}abstractNumId")
            levels = abstracts.get(_int(ref.get(f"{_W}val"))) if ref is not None else None
            if num_id is None or levels is None:
                continue
            levels = dict(levels)
            for override in num.iterchildren(f"{_W}lvlOverride"):
                ilvl, start = _int(override.get(f"{_W}ilvl")), override.find(f"{_W}startOverride")
                if ilvl in levels and start is not None:
                    level = levels[ilvl]
                    levels[ilvl] = _Level(level.fmt, level.text, _int(start.get(f"{_W}val")) or 0)
            lists[num_id] = levels
        return cls(lists, styles=_style_numbering(styles))

    def label(self, p: Any) -> str:
        """The label Word shows before paragraph `p` ("" when it has none), counting it."""
        ppr = p.find(f"{_W}pPr")
        if ppr is None:
            return ""
        num_pr, style = ppr.find(f"{_W}numPr"), ppr.find(f"{_W}pStyle")
        num_id, ilvl = _num_pr(num_pr)
        if style is not None and (num_id is None or ilvl is None):
            by_style = self.styles.get(style.get(f"{_W}val", ""), (None, None))
            num_id = by_style[0] if num_id is None else num_id
            ilvl = by_style[1] if ilvl is None else ilvl
        ilvl = ilvl or 0
        if not num_id:
            return ""
        levels = self.lists.get(num_id)
        if not levels or ilvl not in levels or not 0 <= ilvl < _MAX_LEVELS:
            return ""
        if format_number(1, levels[ilvl].fmt) is None:
            return ""  # a bullet: decoration, not a label
        counts = self.counts.setdefault(num_id, [None] * _MAX_LEVELS)
        last = counts[ilvl]
        counts[ilvl] = levels[ilvl].start if last is None else last + 1
        for deeper in range(ilvl + 1, _MAX_LEVELS):
            counts[deeper] = None
        text = levels[ilvl].text
        for n in range(ilvl + 1):
            placeholder = f"%{n + 1}"
            if placeholder not in text:
                continue
            level = levels.get(n)
            count = counts[n]
            value = count if count is not None else (level.start if level else 1)
            shown = format_number(value, level.fmt) if level else None
            if shown is None:
                return ""
            text = text.replace(placeholder, shown)
        return text.strip()


def _num_pr(num_pr: Any | None) -> tuple[int | None, int | None]:
    """(numId, ilvl) of a `w:numPr`, None where not stated."""
    if num_pr is None:
        return None, None
    num_el, ilvl_el = num_pr.find(f"{_W}numId"), num_pr.find(f"{_W}ilvl")
    return (
        _int(num_el.get(f"{_W}val")) if num_el is not None else None,
        _int(ilvl_el.get(f"{_W}val")) if ilvl_el is not None else None,
    )


def _style_numbering(root: Any | None) -> dict[str, tuple[int | None, int | None]]:
    """Paragraph style id -> the (numId, ilvl) it carries, itself or through `w:basedOn` (a few steps)."""
    if root is None:
        return {}
    own: dict[str, tuple[int | None, int | None]] = {}
    based: dict[str, str] = {}
    for st in root.iterchildren(f"{_W}style"):
        sid = st.get(f"{_W}styleId")
        if not sid or st.get(f"{_W}type", "paragraph") != "paragraph":
            continue
        ppr = st.find(f"{_W}pPr")
        if ppr is not None and (stated := _num_pr(ppr.find(f"{_W}numPr"))) != (None, None):
            own[sid] = stated
        parent = st.find(f"{_W}basedOn")
        if parent is not None and parent.get(f"{_W}val"):
            based[sid] = parent.get(f"{_W}val")
    out = {}
    pair: tuple[int | None, int | None] | None
    for sid in {*own, *based}:
        pair = own.get(sid)
        cur, steps = sid, 0
        while (pair is None or pair[0] is None) and cur in based and steps < 10:
            cur, steps = based[cur], steps + 1
            up = own.get(cur)
            if up is not None:
                pair = up if pair is None else (up[0], pair[1] if pair[1] is not None else up[1])
        if pair is not None and pair[0] is not None:
            out[sid] = pair
    return out
