"""The PDF reader: the text layer of a PDF in reading order, as `ingest.readers.read_file` gives it.

pdfminer lays each page out in text boxes; this module puts them in reading order (`_reading_order`),
joins the lines a paragraph wrapped, inside a box and from one box to the next (`_box_text`,
`_continues`), drops page furniture (running headers, page numbers: `ingest.pdf_furniture`), moves
page-bottom footnotes to the end, and rebuilds ruled tables (`_table_of`) and borderless ones
(`ingest.pdf_borderless`) as tab-separated rows (`ingest.tables.tab_rows`).
"""

from __future__ import annotations

import bisect
import io
import itertools
import logging
import re
import statistics
from collections import Counter
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import Any

from ingest.legacy import convert_run, font_encoding
from ingest.pdf_borderless import find_borderless
from ingest.pdf_furniture import find_furniture
from ingest.readers import ReadError
from ingest.tables import tab_rows


def read_pdf(data: bytes) -> tuple[str, dict[str, Any]]:
    """The text layer of a PDF in pdfminer's layout order: text boxes separated by a blank line, pages
    by a blank line. Lines that a paragraph wrapped are joined (see `_box_text`); other lines stay.
    Footnotes (small type below a page's last body line, opening with a mark) go to the end, as the
    DOCX reader puts them, their marks and those raised in the body written as superscript digits;
    ruled tables become tab-separated rows (`_table_of`); running headers and page numbers are
    dropped where the pages prove them (`_furniture`, `_top_page_number`)."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError
    from pdfminer.psexceptions import PSException

    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # font warnings are not the user's business
    layouts: list[_Page] = []
    try:
        for page in extract_pages(io.BytesIO(data), laparams=LAParams()):
            carried = layouts[-1].borderless if layouts else None
            layouts.append(_page_layout(page, carried))  # pdfminer's objects are let go page by page
    except (PDFPasswordIncorrect, PDFEncryptionError) as exc:
        raise ReadError("encrypted", f"encrypted PDF ({type(exc).__name__})") from None
    except (PDFSyntaxError, PSException) as exc:
        raise ReadError("corrupt", f"not a readable PDF ({type(exc).__name__}: {exc})") from None
    except Exception as exc:  # pdfminer raises many ad-hoc types on damaged files
        raise ReadError("corrupt", f"not a readable PDF ({type(exc).__name__}: {exc})") from None
    out: list[str] = []
    notes: list[str] = []
    carry: dict[str, Any] = {}  # the previous page's last text box and its column's right edge
    furniture = _furniture(layouts)
    _body_sizes(layouts)
    for layout in layouts:
        _render_page(layout, out, carry, notes, furniture)
        out.append("\f")
    text = "".join(out).replace("\f", "\n\n").strip()
    if not text:
        raise ReadError("no_text", "no text layer (scanned PDF?)")
    cids = len(re.findall(r"\(cid:\d+\)", text))
    if cids > 20 and cids * 6 > len(text) / 4:
        raise ReadError("no_text", "text layer has no Unicode mapping (fonts without ToUnicode); OCR needed")
    meta: dict[str, Any] = {"pages": len(layouts)}
    if legacy := set().union(*(p.legacy for p in layouts)):
        meta["converted_from"] = "+".join(sorted(legacy))
    if notes:
        meta["footnotes"] = sum(n.count("\n\n") + 1 for n in notes)
        text = text + "\n\n" + "\n\n".join(notes)
    return text, meta


@dataclass(slots=True)
class _Line:
    """What the layout tests need of one pdfminer text line."""

    x0: float
    y0: float
    x1: float
    y1: float
    text: str  # as pdfminer writes it ("\n" at the end), raised small digits as superscript digits
    size: float  # the type size of most of its characters
    first_word: float  # the width of its first word (would it have fitted on the line above?)
    space: float  # the narrowest gap between its words (a space, where the line is not justified)
    legacy: str | None = None  # the legacy encoding ("TCVN3", "VNI") its text was converted from

    @property
    def height(self) -> float:
        return self.y1 - self.y0


@dataclass(slots=True)
class _Box:
    """A pdfminer text box: its lines and the type size most of its characters have."""

    x0: float
    y0: float
    x1: float
    y1: float
    lines: list[_Line]
    size: float

    @property
    def text(self) -> str:
        return "".join(ln.text for ln in self.lines)


@dataclass(slots=True)
class _Page:
    """A page as text boxes and other text in pdfminer's order, with what the furniture tests need."""

    items: list[_Box | _Table | str]
    rules: list[tuple[float, float, float]]  # short horizontal lines (y, x0, x1): footnote separators
    separators: list[tuple[float, float, float]]  # all thin horizontal lines (continuation separators too)
    size: float  # the body's type size (that of most characters)
    width: float
    borderless: tuple[tuple[float, float], ...] | None = None  # the columns of its last table without rules
    legacy: frozenset[str] = frozenset()  # legacy encodings its lines were converted from


_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"


def _page_layout(page: Any, carried: tuple[tuple[float, float], ...] | None = None) -> _Page:
    from pdfminer.layout import LTLine, LTRect, LTTextBox

    curves = [c for c in page if isinstance(c, LTLine | LTRect)]
    tables, consumed, borderless = _page_tables(page, curves, carried)
    items: list[_Box | _Table | str] = []
    for child in page:
        if isinstance(child, LTTextBox):
            text_lines = _text_lines(child)
            taken = [consumed[id(ln)] for ln in text_lines if id(ln) in consumed]
            lines = [_line(ln) for ln in text_lines if id(ln) not in consumed]
            box = (
                _Box(
                    min(ln.x0 for ln in lines),
                    min(ln.y0 for ln in lines),
                    max(ln.x1 for ln in lines),
                    max(ln.y1 for ln in lines),
                    lines,
                    _dominant_size(lines),
                )
                if lines
                else None
            )
            new = [t for t in dict.fromkeys(map(id, taken)) if tables.get(t) is not None]
            found = [tb for t in new if (tb := tables.pop(t)) is not None]  # placed once, here
            if box is not None and found and box.y1 < found[0].y1:
                items.extend(found)
                items.append(box)
                continue
            if box is not None:
                items.append(box)
            items.extend(found)
        elif not isinstance(child, LTLine | LTRect):
            raw = _raw_text(child)
            if raw:
                items.append(raw)
    separators = [((c.y0 + c.y1) / 2, c.x0, c.x1) for c in curves if c.y1 - c.y0 <= 2.0 and c.x1 - c.x0 > 0]
    rules = [r for r in separators if r[2] - r[1] <= page.width * 0.4]
    all_lines = [ln for b in items if isinstance(b, _Box) for ln in b.lines]
    legacy = frozenset(ln.legacy for ln in all_lines if ln.legacy)
    return _Page(
        _reading_order(items), rules, separators, _dominant_size(all_lines), page.width, borderless, legacy
    )


def _reading_order(items: list[_Box | _Table | str]) -> list[_Box | _Table | str]:
    """pdfminer's order, but a text box wholly above the box listed before it and overlapping it
    horizontally goes first: pdfminer can list a short centred line after the wider one below it (a
    title's "QUYẾT ĐỊNH" after the first line of its wrapped subject). Side-by-side columns (the
    two-column header) do not overlap and keep their order."""
    out = list(items)
    for i in range(1, len(out)):
        j = i
        while j > 0 and _above_overlapping(out[j], out[j - 1]):
            out[j - 1], out[j] = out[j], out[j - 1]
            j -= 1
    return out


def _above_overlapping(b: object, a: object) -> bool:
    return isinstance(a, _Box) and isinstance(b, _Box) and b.y0 >= a.y1 - 1.0 and b.x0 < a.x1 and a.x0 < b.x1


def _page_tables(
    page: Any,
    curves: list[Any],
    carried: tuple[tuple[float, float], ...] | None = None,
) -> tuple[dict[int, _Table | None], dict[int, _Table], tuple[tuple[float, float], ...] | None]:
    """The page's tables (keyed by id) — ruled ones, then those without rules (`ingest.pdf_borderless`,
    `carried` the columns of one on the previous page) among the other lines — for each text line read
    into one, that table, and the columns of the page's last table without rules."""
    from pdfminer.layout import LTTextBox

    text_lines = [ln for child in page if isinstance(child, LTTextBox) for ln in _text_lines(child)]
    grids = _grids(curves) if len(curves) >= 6 else []
    inside: dict[int, list[Any]] = {}
    for ln in text_lines if grids else ():
        x, y = (ln.x0 + ln.x1) / 2, (ln.y0 + ln.y1) / 2
        k = next((k for k, g in enumerate(grids) if g.inside(x, y)), None)
        if k is not None:
            inside.setdefault(k, []).append(ln)
    tables: dict[int, _Table | None] = {}
    consumed: dict[int, _Table] = {}
    for k, lines in inside.items():
        table = _table_of(grids[k], lines)
        if table is not None:
            tables[id(table)] = table
            consumed.update((id(ln), table) for ln in lines)
    last = None
    for found in find_borderless([ln for ln in text_lines if id(ln) not in consumed], carried):
        table = _Table(found.x0, found.y0, found.x1, found.y1, found.columns, found.rows)
        tables[id(table)] = table
        consumed.update((id(ln), table) for ln in found.lines)
        last = found.spans
    return tables, consumed, last


def _raw_text(item: Any) -> str:
    """What pdfminer's TextConverter writes for a layout item that is not a text box of the page."""
    from pdfminer.layout import LTContainer, LTText, LTTextBox

    if isinstance(item, LTTextBox):
        return item.get_text() + "\n"
    if isinstance(item, LTContainer):
        return "".join(_raw_text(child) for child in item)
    if isinstance(item, LTText):
        return item.get_text()
    return ""


def _line(ln: Any) -> _Line:
    """A pdfminer text line; a digit set smaller and raised above the line (a footnote mark drawn as
    a raised digit, "năm 2015¹") is written as a superscript digit, as the DOCX reader writes marks."""
    from pdfminer.layout import LTChar

    chars = [c for c in ln if isinstance(c, LTChar)]
    sizes = [c.size for c in chars]
    size = statistics.median(sizes) if sizes else ln.height
    if not sizes or min(sizes) >= size * 0.8:
        text = ln.get_text()
    else:
        normal = [c.y0 for c in chars if c.size >= size * 0.85]
        base = statistics.median(normal) if normal else ln.y0
        parts = []
        for c in ln:
            t = c.get_text()
            if (
                isinstance(c, LTChar)
                and len(t) == 1
                and t.isdigit()
                and c.size < size * 0.8
                and c.y0 > base + size * 0.2
            ):
                t = _SUPERSCRIPTS[int(t)]
            parts.append(t)
        text = "".join(parts)
    first_word = 0.0
    for ch in ln:
        if not isinstance(ch, LTChar) or not ch.get_text().strip():
            break
        first_word = ch.x1 - ln.x0
    gaps = [b.x0 - a.x1 for a, b in itertools.pairwise(chars) if b.x0 - a.x1 > size * 0.15]
    space = min(gaps) if gaps else size * 0.25
    legacy = next((enc[0] for c in chars if (enc := font_encoding(_font_name(c)))), None)
    if legacy is not None:
        text = _unlegacy(ln, text)
    return _Line(ln.x0, ln.y0, ln.x1, ln.y1, text, size, first_word, space, legacy)


def _font_name(c: Any) -> str:
    """A character's font name; "" for none, or for a damaged PDF's name that is no string
    ("/FontName (Arial)" gives bytes)."""
    name = getattr(c, "fontname", "")
    return name if isinstance(name, str) else ""


def _unlegacy(ln: Any, text: str) -> str:
    """A line whose characters are (partly) set in legacy Vietnamese fonts (.VnTime, VNI-Times …):
    each stretch of one font converted by it (`ingest.legacy`). `text` is the line as read, kept when
    its characters do not line up one to one with pdfminer's (a raised footnote digit is one too)."""
    items = list(ln)
    if sum(len(c.get_text()) for c in items) != len(text):
        return text
    out: list[str] = []
    pos = 0
    for legacy, group in itertools.groupby(items, key=lambda c: font_encoding(_font_name(c))):
        n = sum(len(c.get_text()) for c in group)
        part = text[pos : pos + n]
        pos += n
        out.append(convert_run(part, *legacy) if legacy else part)
    return "".join(out)


def _dominant_size(lines: list[_Line]) -> float:
    """The type size most characters have (lines weighted by their length)."""
    weights: Counter[float] = Counter()
    for ln in lines:
        weights[round(ln.size, 1)] += len(ln.text.strip())
    return weights.most_common(1)[0][0] if weights else 0.0


def _body_sizes(pages: list[_Page]) -> None:
    """A page holding more notes than body (a short last page, a long note) has the document's body
    size, when some of its text is set in it."""
    size = _dominant_size([ln for p in pages for b in p.items if isinstance(b, _Box) for ln in b.lines])
    for page in pages:
        if page.size < size * 0.9 and any(isinstance(b, _Box) and b.size >= size * 0.9 for b in page.items):
            page.size = size


def _furniture(pages: list[_Page]) -> set[int]:
    """The ids of the boxes that are page furniture where the pages prove it (running headers and
    footers, page numbers at the bottom or top: `ingest.pdf_furniture`; the body's type size is the
    document's: a page may hold more furniture than body). The top page number of the
    official layout, which needs no proof, is `_top_page_number`'s."""
    size = _dominant_size([ln for p in pages for b in p.items if isinstance(b, _Box) for ln in b.lines])
    return find_furniture([[it for it in p.items if not isinstance(it, str)] for p in pages], size)


def _render_page(
    page: _Page,
    out: list[str],
    carry: dict[str, Any],
    notes: list[str],
    furniture: AbstractSet[int] = frozenset(),
) -> None:
    """What pdfminer's TextConverter writes for a page, with wrapped lines joined: inside a text box,
    from one box to the next when pdfminer cut a paragraph in two (the indented first line of a
    two-line paragraph is aligned with neither edge of the second: two boxes), and across a page
    break when only page furniture stood between (a top page number, dropped here, or what
    `_furniture` found) and the footnotes, kept for the end (`notes`). A table ending a page and one
    with the same columns opening the next are one block of rows."""
    items = [it for it in page.items if id(it) not in furniture]
    boxes = [b for b in items if isinstance(b, _Box)]
    placed = [it for it in page.items if not isinstance(it, str)]  # furniture too: the top number is one
    number = (
        _top_page_number(
            [b for b in placed if isinstance(b, _Box)], [t for t in placed if isinstance(t, _Table)]
        )
        if carry
        else None
    )  # page 2 on
    continued, footnotes = _footnote_boxes(page, [b for b in boxes if b is not number], carry.get("note"))
    footnotes = continued + footnotes
    body = [b for b in boxes if b is not number and all(b is not n for n in footnotes)]
    left = min((b.x0 for b in body), default=0.0)
    right = _column_right(body, [t.x1 for t in items if isinstance(t, _Table)])
    previous = None
    table: tuple[tuple[float, ...], list[list[str]]] | None = None  # the last item's table: columns, header
    first = True
    for item in items:
        if item is number or any(item is n for n in footnotes):
            continue
        if isinstance(item, _Box):
            join = _continues_page(carry, item, body, left, out) if previous is None else None
            if join is not None:
                del out[-2:]  # the page break and the box separator
                out[-1] = out[-1][:-1] + join
            elif (
                previous is not None
                and right is not None
                and len(out) > 1
                and out[-1] == "\n"
                and out[-2].endswith("\n")
                and _continues(previous, item, left, right)
            ):
                out[-2] = out[-2][:-1] + " "  # the last line's break and the box separator become
                out[-1] = " "  # spaces: offsets do not move
            out.append(_box_text(item, (left, right) if right is not None else None))
            out.append("\n")
            previous, table = item, None
        elif isinstance(item, _Table):
            rows, header = item.rows, item.rows[0]
            if first and _continues_table(carry, item, out):
                del out[-2:]  # the page break and the separator: the rows go on the table's block
                header = carry["table"][1]
                if rows[0] == header:
                    rows = rows[1:]  # the header row repeated on the new page
                out[-1] += "".join(t + "\n" for t in tab_rows(rows))
            else:
                out.append(tab_rows(rows)[0] + "\n")
            out.append("\n")
            previous, table = None, (item.columns, header)
        else:
            out.append(item)
            table = None
        first = False
    if continued:  # the previous page's last note goes on here
        more = " ".join(_box_text(b).strip("\n").replace("\n", " ") for b in continued)
        notes[-1] += ("\n" if _ENDS_IN_SYMBOL_HYPHEN.search(notes[-1]) else " ") + more
    notes.extend(_note_text(n) for n in footnotes[len(continued) :])
    last = footnotes[-1] if footnotes else None
    note = (last.size, last.x0, not _ENDS_NOTE.search(notes[-1])) if last is not None else None
    carry.update(box=previous, right=right, end=len(out), table=table, note=note)


def _continues_table(carry: dict[str, Any], table: _Table, out: list[str]) -> bool:
    """`table`, the first item of its page, goes on the table that ended the previous page (same
    columns, nothing between but the page break)."""
    prev = carry.get("table")
    return (
        prev is not None
        and carry.get("end") == len(out) - 1
        and out[-1] == "\f"
        and len(out) >= 3
        and out[-2] == "\n"
        and _same_columns(prev[0], table.columns)
    )


def _same_columns(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return len(a) == len(b) and all(abs(x - y) <= 2.0 for x, y in zip(a, b, strict=True))


_PAGE_NUMBER = re.compile(r"\s*(?:[-–—]\s*)?\d{1,4}(?:\s*[-–—])?\s*")
_MARK = re.compile(f"[{_SUPERSCRIPTS}]{{1,3}}")
_PLAIN_MARK = re.compile(r"(\d{1,3})[ \t]+\w")


def _footnote_boxes(
    page: _Page,
    boxes: list[_Box],
    previous: tuple[float, float, bool] | None = None,
) -> tuple[list[_Box], list[_Box]]:
    """The boxes of the page's footnotes, told by layout alone: set in a smaller type than the body,
    below the last body line, the first of them opening with a mark (a raised or superscript digit;
    a plain "1 " only under a short separator rule). A bare number is never a note.

    Returned first: the continuation of the previous page's last note (`previous`: its type size, left
    edge and whether it was left unfinished), the unmarked boxes right below the body in the note's
    size and at its left edge, when that note was cut mid-sentence or a rule stands above them (the
    continuation separator)."""
    body = [b for b in boxes if b.size >= page.size * 0.9]
    if not body:
        return [], []
    floor = min(b.y0 for b in body)
    below = sorted(
        (b for b in boxes if b.size < page.size * 0.9 and b.y1 <= floor + 1.0), key=lambda b: -b.y1
    )
    k = next((k for k, box in enumerate(below) if _opens_with_mark(box, page.rules, floor)), None)
    continued: list[_Box] = []
    if previous is not None and below:
        size, x0, unfinished = previous
        ruled = any(below[0].y1 <= y <= floor + 1.0 for y, _, _ in page.separators)
        for box in below[:k]:
            if (
                abs(box.size - size) > 0.5
                or abs(box.x0 - x0) > box.lines[0].height
                or _PAGE_NUMBER.fullmatch(box.text)
                or not (unfinished or ruled)
            ):
                break
            continued.append(box)
    if k is None:
        return continued, []
    return continued, [b for b in below[k:] if not _PAGE_NUMBER.fullmatch(b.text)]


_ENDS_NOTE = re.compile(r"[.;!?)]\s*$")


_FROM_SUPERSCRIPT = str.maketrans(_SUPERSCRIPTS, "0123456789")


def _opens_with_mark(box: _Box, rules: list[tuple[float, float, float]], floor: float) -> bool:
    first = box.lines[0].text.lstrip()
    if _MARK.match(first):
        return not _PAGE_NUMBER.fullmatch(box.text.translate(_FROM_SUPERSCRIPT))
    return bool(_PLAIN_MARK.match(first)) and any(
        box.y1 <= y <= floor + 1.0 and x0 <= box.x0 + box.lines[0].height for y, x0, _ in rules
    )


def _note_text(box: _Box) -> str:
    """A footnote box as the DOCX reader writes notes: a note a paragraph, its mark in superscript."""
    text = _box_text(box).strip("\n")
    lines = text.split("\n")
    expect = None
    for i, line in enumerate(lines):  # plain marks "1 …", "2 …" numbered in sequence
        m = _PLAIN_MARK.match(line)
        if m and (expect is None or int(m.group(1)) == expect):
            lines[i] = m.group(1).translate(_TO_SUPERSCRIPT) + line[m.end(1) :]
            expect = int(m.group(1)) + 1
        elif _MARK.match(line):
            expect = None
    return re.sub(f"\n(?=[{_SUPERSCRIPTS}])", "\n\n", "\n".join(lines))


_TO_SUPERSCRIPT = str.maketrans("0123456789", _SUPERSCRIPTS)


def _top_page_number(boxes: list[_Box], tables: list[_Table]) -> _Box | None:
    """The box above all others (and the tables) when it holds just a page number ("2", "- 2 -")."""
    if len(boxes) + len(tables) < 2 or not boxes:
        return None
    top = max(boxes, key=lambda b: b.y1)
    if not _PAGE_NUMBER.fullmatch(top.text):
        return None
    others: list[_Box | _Table] = [*boxes, *tables]
    return top if all(b is top or b.y1 < top.y0 for b in others) else None


def _continues_page(
    carry: dict[str, Any], box: _Box, body: list[_Box], left: float, out: list[str]
) -> str | None:
    """How `box`, the first on its page, carries on the paragraph that ended the previous page: " "
    (or "\n" after a symbol's hyphen, "29/KH-⏎UBND", which the recogniser repairs), None when it does
    not. It must be the page's topmost text, the previous page must have ended with that paragraph's
    box (footnotes set aside), the type size be the same, and the last line there wrapped."""
    prev, right = carry.get("box"), carry.get("right")
    if prev is None or right is None or carry.get("end") != len(out) - 1 or out[-1] != "\f":
        return None
    if len(out) < 3 or out[-2] != "\n" or not out[-3].endswith("\n"):
        return None
    if any(b.y1 > box.y1 for b in body):
        return None
    lines, next_lines = prev.lines, box.lines
    if not lines or not next_lines:
        return None
    last, first = lines[-1], next_lines[0]
    if abs(first.x0 - left) > last.height * 0.5 or abs(first.height - last.height) > 0.15 * last.height:
        return None
    if (
        _ENDS_IN_SYMBOL_HYPHEN.search(last.text)
        and _ends_full(last, first, right)
        and not (_OPENS_ITEM.match(first.text) or _all_caps(first.text))
    ):
        return "\n"
    return " " if _wrapped(last, first, right) else None


def _column_right(boxes: list[_Box], tables: Sequence[float] = ()) -> float | None:
    """The right edge of the page's text column: the rightmost line end that at least two lines
    reach (justified or wrapped text; a ruled table's right edge counts as two), in the right 40% of
    the text's width; None when no two lines do (then no box is joined to the next)."""
    ends = sorted([ln.x1 for b in boxes for ln in b.lines] + list(tables) * 2, reverse=True)
    if not ends:
        return None
    # short lines ending level (list numbers on lines of their own) are no column edge
    floor = min(ln.x0 for b in boxes for ln in b.lines) if boxes else 0.0
    floor += 0.6 * (ends[0] - floor)
    for a, b in itertools.pairwise(e for e in ends if e >= floor):
        if a - b <= 2.0:
            return a
    return None


def _text_lines(box: Any) -> list[Any]:
    from pdfminer.layout import LTTextLine

    return [ln for ln in box if isinstance(ln, LTTextLine)]


def _continues(box: _Box, nxt: _Box, left: float, right: float) -> bool:
    """`nxt` goes on the paragraph `box` ends: right below it, and either starting at the column's
    left edge with the last line of `box` wrapped (see `_wrapped`) against the column's right edge,
    or the next line of a centred paragraph as wide as the column (`_centred_wrap`: a title's last
    line, which pdfminer can put in a box of its own)."""
    lines, next_lines = box.lines, nxt.lines
    if not lines or not next_lines:
        return False
    last, first = lines[-1], next_lines[0]
    height = max(last.height, 1.0)
    if not 0 <= last.y0 - first.y1 <= height:
        return False
    if abs(first.x0 - left) > height * 0.5:
        return _centred_wrap(last, first, (left, right))
    return _wrapped(last, first, right)


def _wrapped(line: _Line, nxt: _Line, right: float) -> bool:
    """The line was broken by wrapping: the first word of the next line would not have fitted after
    it (before `right`), it does not end a clause (";", ":", ".") or a symbol's hyphen ("33/CT-"),
    and the next line does not open a list item or a footnote."""
    if not _ends_full(line, nxt, right):
        return False  # the next word would have fitted: the line ended on purpose
    return not _kept_break(line.text, nxt.text)


def _kept_break(text: str, next_text: str) -> bool:
    """A line end that stays whatever the layout: the line ends a clause (";", ":", ".") or a symbol's
    hyphen ("33/CT-"), or the next line opens a list item or a footnote, or is in capitals."""
    return bool(
        _KEEP_BREAK_AFTER.search(text)
        or _ENDS_IN_SYMBOL_HYPHEN.search(text)
        or _OPENS_ITEM.match(next_text)
        or _all_caps(next_text)
    )


def _ends_full(line: _Line, nxt: _Line, right: float) -> bool:
    """The first word of the next line would not have fitted at the end of this one."""
    return line.x1 + max(line.height, 1.0) * 0.25 + nxt.first_word > right + 0.5


def _all_caps(text: str) -> bool:
    """A line in capitals (a title or heading) never continues a paragraph."""
    letters = [c for c in text if c.isalpha()]
    starts_with_letter = next((c.isalpha() for c in text if c.isalnum()), False)
    return starts_with_letter and len(letters) >= 4 and all(c.isupper() for c in letters)


# a line that ends a list item or a clause, or a next line that opens one (or a footnote), is never joined
_KEEP_BREAK_AFTER = re.compile(r"[;:.!?]\s*$")
_OPENS_ITEM = re.compile(f"^\\s*(?:[-–—+•*{_SUPERSCRIPTS}]|\\d{{1,3}}[.)]|[a-zđ]\\)|[IVXLC]+\\.\\s)")
_ENDS_IN_SYMBOL_HYPHEN = re.compile(r"\w-\s*$")


def _box_text(box: _Box, column: tuple[float, float] | None = None) -> str:
    """The lines of one text box. A line is joined to the next with a space (in place of its line
    break, so offsets do not move) when the paragraph wrapped there (`_wrapped`, against the box's
    right edge) and the next line starts at the box's left edge (the first line may be indented).
    Centred lines keep their breaks (header and signature cells), unless they are a centred
    paragraph as wide as the page's text `column` (a title): centred on the same axis, the next
    line's first word would not have fitted in the column's width."""
    lines = box.lines
    texts = [ln.text for ln in lines]
    for i in range(len(lines) - 1):
        line, nxt = lines[i], lines[i + 1]
        if not texts[i].endswith("\n"):
            continue
        if abs(nxt.x0 - box.x0) > max(line.height, 1.0) * 0.5:
            if column is not None and _centred_wrap(line, nxt, column):
                texts[i] = texts[i][:-1] + " "
            continue  # the next line is centred or indented: not a continuation
        if _wrapped(line, nxt, box.x1):
            texts[i] = texts[i][:-1] + " "
    return "".join(texts)


def _centred_wrap(line: _Line, nxt: _Line, column: tuple[float, float]) -> bool:
    """Two lines of one centred paragraph spanning the text column: same axis, same type size, the
    next line's first word would not have fitted on this line within the column."""
    height = max(line.height, 1.0)
    if abs((line.x0 + line.x1) - (nxt.x0 + nxt.x1)) > height or abs(line.size - nxt.size) > 0.5:
        return False
    if line.x1 - line.x0 + line.space + nxt.first_word <= column[1] - column[0]:
        return False
    return not (_kept_break(line.text, nxt.text) or _all_caps(line.text))


# --- pdf: ruled tables -------------------------------------------------------------------------


@dataclass(slots=True)
class _Table:
    """A ruled table rebuilt from its grid: rows of cells, each cell its paragraphs."""

    x0: float
    y0: float
    x1: float
    y1: float
    columns: tuple[float, ...]  # the column edges (a table going on over the next page has the same)
    rows: list[list[list[str]]]


class _Grid:
    """The cells of a ruled table: the column edges `xs` (left to right), the row edges `ys` (top
    down), and for each grid cell the cell it belongs to (cells spanning columns or rows: no rule
    between them)."""

    def __init__(
        self,
        xs: list[float],
        ys: list[float],
        hs: list[tuple[float, float, float]],
        vs: list[tuple[float, float, float]],
    ) -> None:
        self.xs, self.ys = xs, ys
        nr, nc = len(ys) - 1, len(xs) - 1
        parent = {(i, j): (i, j) for i in range(nr) for j in range(nc)}

        def find(a: tuple[int, int]) -> tuple[int, int]:
            while parent[a] != a:
                parent[a] = parent[parent[a]]
                a = parent[a]
            return a

        def union(a: tuple[int, int], b: tuple[int, int]) -> None:
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)  # the top-left cell anchors the merged one

        at_x = {x: [v for v in vs if abs(v[0] - x) <= 1.5] for x in xs}  # the rules on each edge
        at_y = {y: [h for h in hs if abs(h[0] - y) <= 1.5] for y in ys}
        for i in range(nr):
            for j in range(nc):
                ymid, xmid = (ys[i] + ys[i + 1]) / 2, (xs[j] + xs[j + 1]) / 2
                if j + 1 < nc and not _covered(at_x[xs[j + 1]], ymid):
                    union((i, j), (i, j + 1))
                if i + 1 < nr and not _covered(at_y[ys[i + 1]], xmid):
                    union((i, j), (i + 1, j))
        self.anchor = {k: find(k) for k in parent}
        self.right: dict[tuple[int, int], float] = {}  # the right edge of each anchored cell
        for (_, j), a in self.anchor.items():
            self.right[a] = max(self.right.get(a, 0.0), xs[j + 1])

    def cell(self, x: float, y: float) -> tuple[int, int]:
        j = min(max(bisect.bisect_right(self.xs, x) - 1, 0), len(self.xs) - 2)
        i = min(max(sum(1 for v in self.ys[1:-1] if v > y), 0), len(self.ys) - 2)
        return self.anchor[(i, j)]

    def inside(self, x: float, y: float) -> bool:
        return self.xs[0] - 1 <= x <= self.xs[-1] + 1 and self.ys[-1] - 1 <= y <= self.ys[0] + 1


def _covered(segments: list[tuple[float, float, float]], mid: float) -> bool:
    """One of the rules of an edge crosses the point `mid` of the other axis."""
    return any(lo - 1.5 <= mid <= hi + 1.5 for _, lo, hi in segments)


# how far short of each other rules may stop and still touch: Word and PDF printers draw a table's
# borders cell by cell and often leave a few points' gap at the crossings (or at a broken rule)
_REACH = 4.0


def _grids(curves: list[Any]) -> list[_Grid]:
    """The ruled tables of a page: groups of touching horizontal and vertical rules (cell rectangles
    or lines, gaps up to `_REACH` at their ends bridged) with three columns or more and two rows or
    more."""
    hs: list[tuple[float, float, float]] = []  # (y, x0, x1)
    vs: list[tuple[float, float, float]] = []  # (x, y0, y1)
    for c in curves:
        w, h = c.x1 - c.x0, c.y1 - c.y0
        if w > 2.0 and h > 2.0:
            hs += [(c.y0, c.x0, c.x1), (c.y1, c.x0, c.x1)]
            vs += [(c.x0, c.y0, c.y1), (c.x1, c.y0, c.y1)]
        elif h <= 2.0 < w:
            hs.append(((c.y0 + c.y1) / 2, c.x0, c.x1))
        elif w <= 2.0 < h:
            vs.append(((c.x0 + c.x1) / 2, c.y0, c.y1))
    hs, vs = _merge_collinear(hs), _merge_collinear(vs)
    if not hs or not vs or len(hs) * len(vs) > 250_000:
        return []
    parent = list(range(len(hs) + len(vs)))

    def find(a: int) -> int:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    for i, (y, x0, x1) in enumerate(hs):
        for j, (x, y0, y1) in enumerate(vs):
            if x0 - _REACH <= x <= x1 + _REACH and y0 - _REACH <= y <= y1 + _REACH:
                parent[find(i)] = find(len(hs) + j)
    groups: dict[int, tuple[list, list]] = {}
    for i, seg in enumerate(hs):
        groups.setdefault(find(i), ([], []))[0].append(seg)
    for j, seg in enumerate(vs):
        groups.setdefault(find(len(hs) + j), ([], []))[1].append(seg)
    grids = []
    for ghs, gvs in groups.values():
        xs, ys = _edges_of([s[0] for s in gvs]), _edges_of([s[0] for s in ghs])
        if len(xs) >= 4 and len(ys) >= 3 and (len(xs) - 1) * (len(ys) - 1) <= _MAX_GRID_CELLS:
            grids.append(_Grid(xs, ys[::-1], ghs, gvs))
    return grids


def _merge_collinear(segments: list[tuple[float, float, float]]) -> list[tuple[float, float, float]]:
    """Rules on one line that touch, overlap or stop short of each other by up to 2 × `_REACH`, as one
    (adjacent cell rectangles share their edges; cell-by-cell borders leave gaps at the crossings)."""
    out: list[tuple[float, float, float]] = []
    for c, lo, hi in sorted(segments, key=lambda s: (round(s[0]), s[1])):
        if out and abs(out[-1][0] - c) <= 1.0 and lo <= out[-1][2] + 2 * _REACH:
            out[-1] = (out[-1][0], out[-1][1], max(out[-1][2], hi))
        else:
            out.append((c, lo, hi))
    return out


_MAX_GRID_CELLS = 2000  # more is a drawing (a chart, a map), not a table


def _edges_of(values: list[float]) -> list[float]:
    """Distinct coordinates, ascending (those within 2 pt of each other are one)."""
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > 2.0:
            out.append(v)
    return out


@dataclass(slots=True)
class _Piece:
    """The part of a text line inside one cell."""

    x0: float
    x1: float
    y: float
    height: float
    text: str
    first_word: float


def _table_of(grid: _Grid, lines: list[Any]) -> _Table | None:
    """The table the text lines inside `grid` make: each character goes to the cell holding its
    centre, a cell's lines become paragraphs (wrapped lines joined), rows keep their cells."""
    from pdfminer.layout import LTChar

    pieces: dict[tuple[int, int], list[_Piece]] = {}
    for ln in lines:
        current: tuple[tuple[int, int], list[Any]] | None = None
        runs: list[tuple[tuple[int, int], list[Any]]] = []
        word_start, last_x1 = True, None
        for ch in ln:
            if isinstance(ch, LTChar) and ch.get_text().strip():
                # a word stays whole in the cell its first letter is in (text may overflow its cell);
                # a letter set over the one before it starts a word of the next cell ("STT" | "Tên")
                if word_start or (last_x1 is not None and ch.x0 < last_x1 - 0.5):
                    cell = grid.cell((ch.x0 + ch.x1) / 2, (ch.y0 + ch.y1) / 2)
                    if current is None or current[0] != cell:
                        current = (cell, [])
                        runs.append(current)
                word_start, last_x1 = False, ch.x1
            else:
                word_start = True  # a space, or one pdfminer inferred
            if current is not None:
                current[1].append(ch)
        for cell, chars in runs:
            real = [c for c in chars if isinstance(c, LTChar)]
            text = "".join(c.get_text() for c in chars).strip()
            if not text:
                continue
            first = 0.0
            for c in real:
                if not c.get_text().strip():
                    break
                first = c.x1 - real[0].x0
            pieces.setdefault(cell, []).append(
                _Piece(real[0].x0, real[-1].x1, (ln.y0 + ln.y1) / 2, ln.height, text, first)
            )
    if not pieces:
        return None
    cells = {cell: _cell_paragraphs(grid, cell, ps) for cell, ps in pieces.items()}
    ncol = len(grid.xs) - 1
    rows = []
    for i in sorted({c[0] for c in cells}):
        rows.append([cells.get((i, j), []) if grid.anchor[(i, j)] == (i, j) else [] for j in range(ncol)])
    if len(rows) < 2 or sum(1 for j in range(ncol) if any(r[j] for r in rows)) < 3:
        return None
    return _Table(grid.xs[0], grid.ys[-1], grid.xs[-1], grid.ys[0], tuple(grid.xs), rows)


def _cell_paragraphs(grid: _Grid, cell: tuple[int, int], pieces: list[_Piece]) -> list[str]:
    """A cell's pieces as visual lines (pieces at one height joined left to right), then wrapped
    lines joined into paragraphs: a line ends its paragraph when the next line's first word would
    have fitted after it, when it ends a clause, or when the next opens a list item. A line broken
    after a hyphen ("123/2015/NĐ-⏎CP") is joined without a space, as the writer broke it."""
    pieces.sort(key=lambda p: (-p.y, p.x0))
    lines: list[_Piece] = []
    for p in pieces:
        last = lines[-1] if lines else None
        if last is not None and abs(last.y - p.y) <= 0.5 * max(last.height, 1.0):
            gap = " " if p.x0 - last.x1 > 0.15 * max(last.height, 1.0) else ""
            lines[-1] = _Piece(last.x0, p.x1, last.y, last.height, last.text + gap + p.text, last.first_word)
        else:
            lines.append(p)
    left = grid.xs[cell[1]]
    pad = max(min(p.x0 for p in lines) - left, 0.5)
    right = grid.right[cell] - pad
    out: list[str] = []
    prev: _Piece | None = None
    for ln in lines:
        text = " ".join(ln.text.split())
        if (
            prev is not None
            and out
            and prev.x1 + 0.3 * max(prev.height, 1.0) + ln.first_word > right
            and not _KEEP_BREAK_AFTER.search(out[-1])
            and not _OPENS_ITEM.match(text)
        ):
            out[-1] += text if re.search(r"\w-$", out[-1]) else " " + text
        else:
            out.append(text)
        prev = ln
    return out
