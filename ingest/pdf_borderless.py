"""Tables without rules in a PDF page (columns aligned by position only), rebuilt into rows only on
strong layout evidence, so that `ingest.readers` can write them as tab-separated rows like the ruled
ones (the layout `ingest/tables.py` reads).

pdfminer reads such a table box by box (a column at a time, or two cells close together as one line:
"Quyết định số 1234/QĐ-UBND Sở Tư pháp"). Here the page's text lines are cut into segments where a gap
wider than `_SPLIT` ems stands between two visible characters (blank space drawn as space characters
too: columns aligned by spaces), segments level with each other make a visual row, and a run of
close rows is a table when:

- three rows or more have three segments or more ("strong" rows), and the x-ranges of their segments
  fall into three columns or more (overlapping ranges are one column), each strong row having at
  most one segment per column;
- three columns or more are used by three rows or more;
- every row of the run (the lines a cell wrapped onto have fewer segments) has each segment inside
  one column: a line of body text across the columns ends the run.

A row with text in the first column (the "STT" one, most often) opens a table row; the others go on
the cells of the row above (the lines its cells wrapped onto). Anything less certain stays as
pdfminer reads it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

# a gap of 0.7 em between two visible characters separates two cells: a space is about 0.3 em (0.6 in
# a monospaced font), Word's cell margins leave 0.38 cm between cells (0.77 em at 14 pt)
_SPLIT = 0.7
_PITCH = 2.5  # rows of one table are at most 2.5 line heights apart
_MIN_ROWS = 3
_MIN_COLUMNS = 3
_KEEP_BREAK_AFTER = re.compile(r"[;:.!?]\s*$")
_OPENS_ITEM = re.compile(r"^\s*(?:[-–—+•*]|\d{1,3}[.)]|[a-zđ]\)|[IVXLC]+\.\s)")


@dataclass(slots=True)
class Segment:
    """The part of a text line between two wide gaps."""

    x0: float
    x1: float
    text: str


@dataclass(slots=True)
class _Row:
    y0: float
    y1: float
    segments: list[Segment] = field(default_factory=list)
    lines: list[Any] = field(default_factory=list)


@dataclass(slots=True)
class Borderless:
    """A table rebuilt from aligned text: its bounding box, column edges, rows of cells (each cell its
    paragraphs) and the pdfminer text lines it consumed."""

    x0: float
    y0: float
    x1: float
    y1: float
    columns: tuple[float, ...]
    rows: list[list[list[str]]]
    lines: list[Any]
    spans: tuple[tuple[float, float], ...]  # each column's x-range (a table going on over the next page)


def segments_of(line: Any) -> list[Segment]:
    """A pdfminer text line cut where two characters stand more than `_SPLIT` ems apart."""
    from pdfminer.layout import LTChar

    out: list[Segment] = []
    parts: list[str] = []
    x0: float | None = None
    x1: float | None = None
    for item in line:
        text = item.get_text()
        if isinstance(item, LTChar) and text.strip():  # spaces drawn as characters fill gaps, not cells
            if x0 is not None and x1 is not None and item.x0 - x1 > _SPLIT * max(item.size, 1.0):
                out.append(Segment(x0, x1, "".join(parts)))
                parts, x0 = [], None
            if x0 is None:
                x0 = item.x0
            x1 = item.x1
        parts.append(text)
    if x0 is not None and x1 is not None:
        out.append(Segment(x0, x1, "".join(parts)))
    for seg in out:
        seg.text = " ".join(seg.text.split())
    return [s for s in out if s.text]


def _rows(lines: list[Any]) -> list[_Row]:
    """The lines as visual rows, top down: lines whose centres are level (within half a line)."""
    rows: list[_Row] = []
    for ln in sorted(lines, key=lambda ln: -(ln.y0 + ln.y1)):
        mid, height = (ln.y0 + ln.y1) / 2, max(ln.y1 - ln.y0, 1.0)
        row = rows[-1] if rows else None
        if row is not None and abs((row.y0 + row.y1) / 2 - mid) <= 0.5 * height:
            row.y0, row.y1 = min(row.y0, ln.y0), max(row.y1, ln.y1)
        else:
            row = _Row(ln.y0, ln.y1)
            rows.append(row)
        row.lines.append(ln)
        row.segments.extend(segments_of(ln))
    for row in rows:
        row.segments.sort(key=lambda s: s.x0)
    return rows


def _columns(rows: list[_Row]) -> list[tuple[float, float]]:
    """The x-ranges of the strong rows' segments, overlapping ones merged."""
    spans = sorted((s.x0, s.x1) for r in rows if len(r.segments) >= _MIN_COLUMNS for s in r.segments)
    out: list[tuple[float, float]] = []
    for x0, x1 in spans:
        if out and x0 <= out[-1][1] + 1.0:
            out[-1] = (out[-1][0], max(out[-1][1], x1))
        else:
            out.append((x0, x1))
    return out


def _placed(row: _Row, columns: list[tuple[float, float]]) -> list[int] | None:
    """The column of each segment of the row, None when one does not fit a single column (or two
    share one)."""
    out: list[int] = []
    for s in row.segments:
        hit = [k for k, (a, b) in enumerate(columns) if s.x0 < b + 1.0 and s.x1 > a - 1.0]
        if len(hit) != 1 or (out and hit[0] <= out[-1]):
            return None
        out.append(hit[0])
    return out


def _table(run: list[_Row]) -> tuple[Borderless | None, int]:
    """The table the rows of `run` (close, the first strong) make, and how many rows it takes."""
    end = len(run)
    while end >= _MIN_ROWS:
        rows = run[:end]
        columns = _columns(rows)
        maybe = [_placed(r, columns) for r in rows]
        bad = next((k for k, p in enumerate(maybe) if p is None), None)
        if bad is not None:
            end = bad
            continue
        placed = [p for p in maybe if p is not None]  # every row (checked above)
        strong = sum(1 for r in rows if len(r.segments) >= _MIN_COLUMNS)
        used = [sum(1 for p in placed if k in p) for k in range(len(columns))]
        if (
            strong < _MIN_ROWS
            or len(columns) < _MIN_COLUMNS
            or sum(u >= _MIN_ROWS for u in used) < _MIN_COLUMNS
        ):
            return None, 1
        return _build(rows, placed, columns), end
    return None, 1


def _build(rows: list[_Row], placed: list[list[int]], columns: list[tuple[float, float]]) -> Borderless:
    cells: list[list[list[str]]] = []
    for row, cols in zip(rows, placed, strict=True):
        if not cells or 0 in cols:
            cells.append([[] for _ in columns])
        for seg, k in zip(row.segments, cols, strict=True):
            cell = cells[-1][k]
            if cell and not _KEEP_BREAK_AFTER.search(cell[-1]) and not _OPENS_ITEM.match(seg.text):
                cell[-1] += seg.text if re.search(r"\w-$", cell[-1]) else " " + seg.text
            else:
                cell.append(seg.text)
    edges = tuple([a for a, _ in columns] + [columns[-1][1]])
    lines = [ln for r in rows for ln in r.lines]
    return Borderless(
        min(a for a, _ in columns),
        min(r.y0 for r in rows),
        columns[-1][1],
        max(r.y1 for r in rows),
        edges,
        cells,
        lines,
        tuple(columns),
    )


def _carried(run: list[_Row], columns: list[tuple[float, float]]) -> tuple[Borderless | None, int]:
    """The rows at the top of a page that go on the table of the previous page: they fit its columns
    (the first one, strong, placed in three of them or more)."""
    end = next((k for k, r in enumerate(run) if _placed(r, columns) is None), len(run))
    placed = [p for r in run[:end] if (p := _placed(r, columns)) is not None]  # all of them
    if not placed or len(placed[0]) < _MIN_COLUMNS:
        return None, 1
    return _build(run[:end], placed, columns), end


def find_borderless(
    lines: list[Any], carried: tuple[tuple[float, float], ...] | None = None
) -> list[Borderless]:
    """The tables without rules among a page's text lines (see the module's docstring). `carried`:
    the columns of a table without rules on the previous page; rows at the top of this page (at most
    two lines above them: a running header, a page number) that fit them go on that table, even
    fewer than three."""
    rows = _rows(lines)
    strong = sum(1 for r in rows if len(r.segments) >= _MIN_COLUMNS)
    if strong < (1 if carried else _MIN_ROWS):
        return []
    out: list[Borderless] = []
    i = 0
    while i < len(rows):
        if len(rows[i].segments) < _MIN_COLUMNS:
            i += 1
            continue
        j = i + 1
        while j < len(rows):
            height = max(rows[j - 1].y1 - rows[j - 1].y0, 1.0)
            if rows[j - 1].y0 - rows[j].y1 > _PITCH * height:
                break
            j += 1
        table, taken = _carried(rows[i:j], list(carried)) if carried and not out and i <= 2 else (None, 0)
        if table is None:
            table, taken = _table(rows[i:j])
        if table is not None:
            out.append(table)
        i += taken
    return out
