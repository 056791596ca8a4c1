"""Page furniture of a PDF — running headers, footers, stamps and page numbers — found where the
pages prove it, so that the PDF reader can drop it (`ingest.readers.read_pdf_bytes`).

Only text standing alone at the top or the bottom of a page is a candidate: a band of boxes level
with the topmost (bottommost) one, each a single line or a stamp in small type (under 0.8 × the body's
size), half a line or more apart from everything else. Only repetition across pages, at one height,
proves it:

- a page label ("2", "- 2 -", "Trang 2", "2/5", "Trang 2/5", "Page 2 of 5") whose number minus the
  page's index is the same on two distinct pages or more (the pages count up);
- a running header or footer (a gazette's "CÔNG BÁO/Số 45 + 46/Ngày 28-7-2023", a file name, an
  e-office signature stamp "Người ký: … Thời gian ký: …") whose text, a page label at either end set
  aside, is the same at the same edge of two pages or more and of a third of them (left and right
  pages may alternate, a header may start on page 2) — and which is set apart from the body: in a
  smaller type, or 1.5 lines or more away (a report whose every page opens with the same phrase
  keeps it; the header table of two documents bound in one file keeps it).

A lone line on one page, with nothing to show it is furniture, always stays.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

# "2", "- 2 -", "Trang 2", "trang 2/5", "2/5", "2 / 5", "Page 2 of 5", "Trang 2 trên 5"
_LABEL = (
    r"(?:(?:Trang|TRANG|trang|Page|PAGE|page)\s*:?\s*)?(?:[-–—]\s*)?(\d{1,4})(?:\s*[-–—])?"
    r"(?:\s*(?:/|of|trên)\s*\d{1,4})?"
)
PAGE_LABEL = re.compile(f"\\s*{_LABEL}\\s*")
_EDGE_LABEL = re.compile(f"^{_LABEL}\\s+|\\s+{_LABEL}$")
_GAP = 0.5  # the band stands apart from the rest by half a line or more
_APART = 1.5  # a header in the body's type stands 1.5 lines apart
_PASSES = 2  # a header over a page number line, a file name under a page number


def page_number(text: str) -> int | None:
    """The page number a page label gives ("Trang 2/5" -> 2), None when the text is not one."""
    m = PAGE_LABEL.fullmatch(text)
    return int(m.group(1)) if m else None


def header_key(text: str) -> str:
    """What repeats in a running header or footer: its text, spaces squashed, a page label at either
    end set aside ("4 CÔNG BÁO/Số …" and "CÔNG BÁO/Số … 5" have one key). Other digits stay: a
    header repeats them (its issue, its date), body lines that differ only by a number do not."""
    return _EDGE_LABEL.sub("", " ".join(text.split()))


def _is_box(item: Any) -> bool:
    return getattr(item, "lines", None) is not None


def _small(box: Any, size: float) -> bool:
    return _is_box(box) and box.size < size * 0.95


def _stamp(box: Any, size: float) -> bool:
    """A block of several lines in a stamp's small type (a header table's cells are not: 12-13 pt
    over a 13-14 pt body; an e-office stamp is 7-8 pt)."""
    return _is_box(box) and box.size < size * 0.8


def _band(placed: Sequence[Any], top: bool, size: float) -> tuple[list[Any], float]:
    """The boxes standing alone at the top (or bottom) of a page — those level with the topmost one,
    each a single line or a stamp in small type (`_stamp`) — and the gap between
    them and the rest (in line heights); ([], 0) when nothing stands apart."""
    edge = max(placed, key=lambda b: b.y1) if top else min(placed, key=lambda b: b.y0)
    if not _is_box(edge):
        return [], 0.0
    height = max(min(ln.y1 - ln.y0 for ln in edge.lines), 1.0)
    if top:
        band = [b for b in placed if b.y0 >= edge.y0 - height * 0.3]
        rest = [b for b in placed if all(b is not x for x in band)]
        gap = min(b.y0 for b in band) - max((b.y1 for b in rest), default=float("-inf"))
    else:
        band = [b for b in placed if b.y1 <= edge.y1 + height * 0.3]
        rest = [b for b in placed if all(b is not x for x in band)]
        gap = min((b.y0 for b in rest), default=float("inf")) - max(b.y1 for b in band)
    if (
        not rest
        or gap < _GAP * height
        or not all((_is_box(b) and len(b.lines) <= 1) or _stamp(b, size) for b in band)
    ):
        return [], 0.0
    return band, gap / height


def _level(found: list[tuple[Any, Any, int]]) -> list[tuple[Any, Any, int]]:
    """The candidates standing level with the others of their key (within a line of the median
    height): furniture sits at one height on every page, a body line that happens to match does not."""
    heights: dict[Any, list[float]] = {}
    for box, key, _ in found:
        heights.setdefault(key, []).append(box.y0)
    out = []
    for box, key, k in found:
        ys = sorted(heights[key])
        mid = ys[len(ys) // 2]
        if abs(box.y0 - mid) <= max(box.y1 - box.y0, 1.0) / max(len(box.lines), 1):
            out.append((box, key, k))
    return out


def find_furniture(pages: Sequence[Sequence[Any]], size: float) -> set[int]:
    """The ids of the boxes that are page furniture. `pages`: for each page its placed items (text
    boxes with `lines`, `text`, `size` and a bounding box; tables with a bounding box); `size`: the
    type size of the document's body."""
    found: set[int] = set()
    for _ in range(_PASSES):
        numbers: list[tuple[Any, tuple[bool, int], int]] = []
        texts: list[tuple[Any, tuple[bool, str], int]] = []
        for k, items in enumerate(pages):
            placed = [it for it in items if id(it) not in found]
            if len(placed) < 2:
                continue
            for top in (True, False):
                band, gap = _band(placed, top, size)
                for box in band:
                    n = page_number(box.text) if len(box.lines) == 1 else None
                    if n is not None:
                        numbers.append((box, (top, n - k), k))
                        continue
                    key = header_key(box.text)
                    if any(c.isalpha() for c in key) and (_small(box, size) or gap >= _APART):
                        texts.append((box, (top, key), k))
        pages_of: dict[tuple[bool, int | str], set[int]] = {}
        for _, key, k in [*_level(numbers), *_level(texts)]:
            pages_of.setdefault(key, set()).add(k)
        need = max(2, len(pages) // 3)
        new = {id(b) for b, key, _ in _level(numbers) if len(pages_of[key]) >= 2}
        new |= {id(b) for b, key, _ in _level(texts) if len(pages_of[key]) >= need}
        if not new - found:
            break
        found |= new
    return found
