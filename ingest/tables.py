"""Table cells in plain text: which column a position is in, and what that column's header says.

Two layouts reach the recogniser as text:
  * markdown: "| Văn bản Trung ương | Văn bản triển khai của tỉnh |" over a "|---|---|" line, one row
    a line;
  * tab-separated (docx/clipboard annexes): a block of lines holding tabs whose first line is the
    header; a line starting with tabs continues the previous row's cell of that column
    ("\\t\\t\\t\\t- Nghị định số …" under "Căn cứ pháp lý").

The header's words are matched against relation_cues.json "table_columns": a cell with no cue of
its own takes its column's relation ("Căn cứ pháp lý" -> based_on), and the row's "Ngày ban hành" /
"Cơ quan ban hành" cells state the date and issuer of the document in the row. Every look is
bounded (the header is searched at most MAX_ROWS lines up), so tables cost nothing elsewhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ingest.dates import parse_date_at
from ingest.models import Reference
from ingest.vocab import load_data

MAX_ROWS = 80  # how many lines up a header is looked for
MAX_HEADER_CELL = 60  # a header cell is a short label
# pandoc indents by 2; GFM allows one dash a cell ("|:-:|:-|") when pipes show the row is a table's
_SEPARATOR = re.compile(
    r"[ ]{0,3}(?:\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?|\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?)\s*$"
)


@dataclass(frozen=True, slots=True)
class Cell:
    """A position's cell: the row's line span, its column index and the table's header cells."""

    row_start: int
    row_end: int
    column: int
    headers: tuple[str, ...]  # lower-cased, whitespace-collapsed
    sep: str  # "|" or "\t"

    def cell_start(self, text: str, pos: int) -> int:
        """Where the cell holding `pos` starts (after its separator)."""
        return text.rfind(self.sep, self.row_start, pos) + 1 or self.row_start

    @property
    def header(self) -> str:
        return self.headers[self.column] if self.column < len(self.headers) else ""


@cache
def _columns() -> tuple[tuple[tuple[str, str], ...], tuple[str, ...], tuple[str, ...]]:
    d = load_data("relation_cues.json").get("table_columns", {})
    rel = [(p, r) for r, ps in d.get("relations", {}).items() for p in ps]
    rel.sort(key=lambda x: len(x[0]), reverse=True)
    return tuple(rel), tuple(d.get("date", ())), tuple(d.get("issuer", ()))


def _line(text: str, pos: int) -> tuple[int, int]:
    s = text.rfind("\n", 0, pos) + 1
    e = text.find("\n", pos)
    return s, (len(text) if e == -1 else e)


def _prev_line(text: str, s: int) -> tuple[int, int] | None:
    if s == 0:
        return None
    return text.rfind("\n", 0, s - 1) + 1, s - 1


def _split(line: str, sep: str) -> tuple[str, ...]:
    if sep == "|":
        line = line.strip()
        line = line[1:] if line.startswith("|") else line
        line = line[:-1] if line.endswith("|") else line
    return tuple(" ".join(c.split()).lower() for c in line.split(sep))


def cell_at(text: str, pos: int) -> Cell | None:
    """The table cell holding `pos`, with its table's header, or None outside a table."""
    s, e = _line(text, pos)
    head = text[s:pos]
    if "|" in head and text[s:e].lstrip().startswith("|"):
        return _markdown_cell(text, s, e, head)
    if "\t" in head:
        return _tab_cell(text, s, e, head)
    if text[s : s + 1] == " ":
        return _simple_cell(text, s, e, pos)
    row = _quoted_row(text, s)
    if row is not None:  # a line of a multi-line cell pasted from Excel ('"NĐ 101/2024/NĐ-CP;⏎QĐ …"')
        rs, re_ = row
        cell = _tab_cell(text, rs, re_, text[rs:re_])
        if cell is not None:
            column = cell.column + head.count("\t")
            return Cell(rs, e, column, cell.headers, "\t") if column < len(cell.headers) else None
    return None


# pandoc's simple tables: a header line over a rule of dash groups, one a column ("  ---- ------ ----"), the
# rows' cells aligned under them and indented ("  1    Ngân sách trung ương  45.000   QĐ 263/QĐ-TTg;")
_SIMPLE_RULE = re.compile(r"[ ]{0,3}-{2,}(?:[ ]+-{2,}){2,}[ ]*$")
_DASHES = re.compile(r"-+")


def has_simple_table(text: str) -> bool:
    """The text holds a pandoc simple table (a rule of at least three dash groups on its own line).
    Every such rule holds "-- ", a substring test far cheaper than the multiline search it guards."""
    return "-- " in text and _SIMPLE_RULE_IN_TEXT.search(text) is not None


_SIMPLE_RULE_IN_TEXT = re.compile(r"^[ ]{0,3}-{2,}(?:[ ]+-{2,}){2,}[ ]*$", re.M)


def _simple_cell(text: str, s: int, e: int, pos: int) -> Cell | None:
    """`pos`'s cell in a pandoc simple table: its column is the dash group of the rule under the
    header it stands under; the walk up passes only indented or blank lines (table lines)."""
    line = (s, e)
    for _ in range(MAX_ROWS):
        up = _prev_line(text, line[0])
        if up is None:
            return None
        seg = text[up[0] : up[1]]
        if _SIMPLE_RULE.match(seg):
            hdr = _prev_line(text, up[0])
            if hdr is None:
                return None
            starts = [m.start() for m in _DASHES.finditer(seg)]
            head = text[hdr[0] : hdr[1]]
            bounds = zip(starts, [*starts[1:], max(len(head), starts[-1]) + 1], strict=True)
            headers = tuple(" ".join(head[a:b].split()).lower() for a, b in bounds)
            if any(len(h) > MAX_HEADER_CELL for h in headers):
                return None
            column = max(k for k, a in enumerate(starts) if a <= pos - s or k == 0)
            return Cell(s, e, column, headers, "  ")
        if seg[:1] not in ("", " "):
            return None  # running text: no table above
        line = up
    return None


MAX_QUOTED = 4  # how many lines a quoted multi-line cell of a tab-separated row may go on over


def _quoted_row(text: str, s: int) -> tuple[int, int] | None:
    """The tab-separated row line whose last cell, opened with a '"' (as Excel copies a cell holding
    line breaks), goes on over the tab-less line starting at `s` up to its closing '"'; None else."""
    quotes = 0
    line = (s, s)
    for _ in range(MAX_QUOTED):
        up = _prev_line(text, line[0])
        if up is None:
            return None
        seg = text[up[0] : up[1]]
        quotes += seg.count('"')
        if "\t" in seg:
            return up if quotes % 2 == 1 and '"' in seg[seg.rfind("\t") :] else None
        line = up
    return None


def _markdown_cell(text: str, s: int, e: int, head: str) -> Cell | None:
    column = head.count("|") - 1
    line = (s, e)
    for _ in range(MAX_ROWS):
        up = _prev_line(text, line[0])
        if up is not None and _GRID_RULE.match(text, up[0], up[1]):
            if "=" not in text[up[0] : up[1]]:
                line = up  # a rule between two rows of a pandoc grid table
                continue
            headers = _grid_header(text, up[0])  # "+====+" closes a grid table's header row
            if headers is None or any(len(h) > MAX_HEADER_CELL for h in headers):
                return None
            return Cell(s, e, column, headers, "|")
        if up is None or not text[up[0] : up[1]].lstrip().startswith("|"):
            return None
        if _SEPARATOR.match(text, up[0], up[1]):
            hdr = _prev_line(text, up[0])
            if hdr is None or not text[hdr[0] : hdr[1]].lstrip().startswith("|"):
                return None
            headers = _split(text[hdr[0] : hdr[1]], "|")
            if any(len(h) > MAX_HEADER_CELL for h in headers):
                return None
            return Cell(s, e, column, headers, "|")
        line = up
    return None


# pandoc's grid tables: "+------+------+" between rows, "+======+======+" under the header row
_GRID_RULE = re.compile(r"[ ]{0,3}\+[-=:]{3,}(?:\+[-=:]{3,})*\+[ ]*$")


def _grid_header(text: str, rule: int) -> tuple[str, ...] | None:
    """The header cells of a grid table whose "+====+" line starts at `rule`: its "| … |" lines up to
    the table's top rule, joined column by column (a header cell may wrap over lines)."""
    rows: list[tuple[str, ...]] = []
    line = _prev_line(text, rule)
    while line is not None and len(rows) < 6:
        seg = text[line[0] : line[1]]
        if _GRID_RULE.match(seg):
            break
        if not seg.lstrip().startswith("|"):
            return None
        rows.append(_split(seg, "|"))
        line = _prev_line(text, line[0])
    if not rows or len({len(r) for r in rows}) != 1:
        return None
    return tuple(" ".join(w for w in col if w) for col in zip(*reversed(rows), strict=True))


@cache
def _intro_cues() -> tuple[tuple[str, str], ...]:
    d = load_data("relation_cues.json").get("table_columns", {}).get("intro_relations", {})
    cues = [(p, r) for r, ps in d.items() if not r.startswith("_") for p in ps]
    return tuple(sorted(cues, key=lambda x: len(x[0]), reverse=True))


def intro_relation(text: str, pos: int) -> str | None:
    """The relation a markdown or tab-separated table takes from the line introducing it with a colon ("…; tiếp tục áp dụng
    …, trong đó có các văn bản sau:" over "| TT | Số, ký hiệu | …"): relation_cues.json table_columns
    intro_relations; None when no such line stands right above the table."""
    line = _line(text, pos)
    for _ in range(MAX_ROWS + 2):
        up = _prev_line(text, line[0])
        if up is None:
            return None
        seg = text[up[0] : up[1]].strip()
        line = up
        if seg.startswith("|") or not seg or "\t" in text[up[0] : up[1]] or _GRID_RULE.match(seg):
            continue  # a row (markdown, grid or tab-separated), the header, a rule, the blank line before
        low = " ".join(seg.lower().split())
        if not low.endswith(":"):
            return None
        return next((r for phrase, r in _intro_cues() if phrase in low), None)
    return None


def _tab_cell(text: str, s: int, e: int, head: str) -> Cell | None:
    column = head.count("\t")
    top = (s, e)
    for _ in range(MAX_ROWS):  # the header: the first line of the block of tabbed lines
        up = _prev_line(text, top[0])
        if up is not None and "\t" not in text[up[0] : up[1]]:
            up = _quoted_row(text, up[0])  # a multi-line cell of the row above goes on there
        if up is None:
            break
        top = up
    else:
        return None
    if top == (s, e):
        return None  # the header itself
    headers = _split(text[top[0] : top[1]], "\t")
    if len(headers) < 3 or column >= len(headers) or any(len(h) > MAX_HEADER_CELL for h in headers):
        return None
    # the row: this line, or the last line above it that does not start with a tab
    r = (s, e)
    while text[r[0] : r[0] + 1] == "\t":
        up = _prev_line(text, r[0])
        if up is None or up[0] <= top[0]:
            break
        r = up
    return Cell(r[0], e, column, headers, "\t")


@cache
def _task_words() -> tuple[str, ...]:
    return tuple(load_data("relation_cues.json").get("table_columns", {}).get("task", ()))


def in_task_table(text: str, pos: int) -> bool:
    """`pos` lies in a table with a column naming who carries the row out ("Cơ quan chủ trì"): a list
    of tasks, whose verbs ("Sửa đổi Quyết định …") are assigned, not done by the text."""
    words = _task_words()
    cell = cell_at(text, pos) if words else None
    return cell is not None and any(w in h for h in cell.headers for w in words)


@cache
def _task_columns() -> tuple[tuple[str, str], ...]:
    d = load_data("relation_cues.json").get("table_columns", {}).get("task_columns", {})
    return tuple((p, r) for r, ps in d.items() if not r.startswith("_") for p in ps)


def task_column_relation(cell: Cell) -> str | None:
    """The relation of a task table's column whose whole header names one ("Văn bản" beside "Cơ quan
    chủ trì": the documents each task rests on -> based_on); None elsewhere (holdout26)."""
    rel = next((r for phrase, r in _task_columns() if cell.header == phrase), None)
    if rel is None or not any(w in h for h in cell.headers for w in _task_words()):
        return None
    return rel


def header_relation(header: str) -> str | None:
    """The relation a column header states ("căn cứ pháp lý" -> based_on), if any."""
    return next((rel for phrase, rel in _columns()[0] if phrase in header), None) if header else None


@cache
def _row_labels() -> dict[str, str]:
    d = load_data("relation_cues.json").get("table_columns", {}).get("row_labels", {})
    return {p: r for r, ps in d.items() if not r.startswith("_") for p in ps}


def row_label_relation(text: str, cell: Cell) -> str | None:
    """The relation the first cell of `cell`'s row states as its label, for the row's other cells: a
    legal database's key-value block "| **Căn cứ pháp luật** | Luật …; Nghị định … |", "| Thay thế |
    Nghị định số … |" (relation_cues.json table_columns row_labels; real-text audits r41, r42)."""
    if cell.column == 0:
        return None
    s = cell.row_start
    if cell.sep == "|":
        s = text.find("|", s, cell.row_end) + 1
        if not s:
            return None
    e = text.find(cell.sep, s, cell.row_end)
    if e == -1 or e - s > MAX_HEADER_CELL:
        return None
    label = " ".join(text[s:e].split()).strip("*_: ").lower()
    return _row_labels().get(label) if label else None


def column_relation(text: str, pos: int) -> str | None:
    """The relation the header of `pos`'s table column states, None outside a table."""
    cell = cell_at(text, pos)
    return None if cell is None else header_relation(cell.header)


def row_date_and_issuer(text: str, pos: int) -> tuple[str | None, str | None]:
    """The raw text of the row's "Ngày ban hành" and "Cơ quan ban hành" cells (None when absent)."""
    cell = cell_at(text, pos)
    if cell is None:
        return None, None
    _, date_words, issuer_words = _columns()
    date_col = next((k for k, h in enumerate(cell.headers) if any(w in h for w in date_words)), None)
    issuer_col = next((k for k, h in enumerate(cell.headers) if any(w in h for w in issuer_words)), None)
    if date_col is None and issuer_col is None:
        return None, None
    row = text[cell.row_start : cell.row_end]
    cells = _raw_cells(row, cell.sep)
    if len(cells) != len(cell.headers):
        return None, None  # a ragged row: no column can be trusted
    date = cells[date_col] if date_col is not None and date_col != cell.column else None
    issuer = cells[issuer_col] if issuer_col is not None and issuer_col != cell.column else None
    return date or None, issuer or None


def _raw_cells(row: str, sep: str) -> list[str]:
    if sep == "|":
        row = row.strip()
        row = row[1:] if row.startswith("|") else row
        row = row[:-1] if row.endswith("|") else row
    return [" ".join(c.split()) for c in row.split(sep)]


def state_row_cells(text: str, refs: list[Reference]) -> None:
    """The first reference of a table row with no date / issuer of its own takes the row's "Ngày ban
    hành" / "Cơ quan ban hành" cells ("| 1 | Quyết định số 08/2023/QĐ-UBND | 15/3/2023 | UBND tỉnh |")."""
    if "|" not in text and "\t" not in text:
        return
    seen_rows: set[int] = set()
    for r in refs:
        if r.kind == "named":
            continue
        s = text.rfind("\n", 0, r.start) + 1
        if s in seen_rows or ("|" not in text[s : r.start] and "\t" not in text[s : r.start]):
            continue
        seen_rows.add(s)
        date, issuer = row_date_and_issuer(text, r.start)
        if date is not None and r.date is None:
            d = parse_date_at(date, 0, len(date))
            if d is not None and d.end == len(date) and d.iso is not None:
                r.date = d.iso
                r.year = r.year or d.year
        if issuer is not None and r.issuer is None and issuer[:1].isupper():
            # "UBND tỉnh Hà Giang (cũ)": the body as named when it issued the document
            r.issuer = _OLD_OR_NEW.sub("", issuer)


_OLD_OR_NEW = re.compile(r"[ ]*\((?i:cũ|mới)\)\Z")


FLAT_REACH = 40  # how many cells up a flattened table's header is looked for
FLAT_CELL = 80  # a cell of a flattened table is short; a longer line ends the table
_SECTION = re.compile(r"(?:[ivxl]{1,5}|\d{1,2}|[a-zđ])[.)] ")  # "iii. tổ chức thực hiện", "2. …", "b) …"


_PINPOINT_LEAD = re.compile(r"(?i:(?:điểm|khoản|điều|mục)[ ][0-9a-zđ]{1,4}[.,]?[ ]?){1,3}")


def flat_cell_relation(text: str, start: int, end: int) -> str | None:
    """A reference alone on its line inside a table whose cells became lines (a .docx or PDF table
    read as text: "Thời gian⏎⏎Sự kiện⏎⏎Văn bản chỉ đạo⏎⏎Tháng 2⏎⏎…⏎⏎HD 118-HD/BTGTW"): the relation
    of the one column header among the short lines above it that names one ("văn bản chỉ đạo" ->
    implements, "căn cứ" -> based_on); None when no header or two disagreeing ones are found."""
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    le = len(text) if le == -1 else le
    lead = text[ls:start].strip(" *_-+•\t")
    if (lead and not _PINPOINT_LEAD.fullmatch(lead)) or text[end:le].strip(" .;,*_"):
        return None  # not alone on its line (but for its pinpoint: "Điều 32 Luật …" in a "Căn cứ" cell)
    found: set[str] = set()
    pos = ls
    for _ in range(FLAT_REACH):
        if pos <= 0:
            break
        prev_end = pos - 1
        while prev_end > 0 and text[prev_end - 1] in "\n ":
            prev_end -= 1
        prev_start = text.rfind("\n", 0, prev_end) + 1
        line = " ".join(text[prev_start:prev_end].split()).lower()
        if len(line) > FLAT_CELL or line.endswith((".", ";", ":")) or _SECTION.match(line):
            break  # running text or a section heading: the table (if any) ended
        if len(line) <= MAX_HEADER_CELL and not any(c.isdigit() for c in line):
            rel = header_relation(line)  # "văn bản triển khai của tỉnh" names a column as well
            if rel is not None:
                found.add(rel)
        pos = prev_start
    return found.pop() if len(found) == 1 else None


def tab_rows(rows: list[list[list[str]]]) -> list[str]:
    """A data table as tab-separated lines, the layout this module reads them in (the
    DOCX and PDF readers write it): the header row first, a row a line, a cell's further paragraphs on lines
    of their own indented by tabs to their column ("\t\t\t\t- Nghị định số …")."""
    out = []
    for cells in rows:
        depth = max((len(c) for c in cells), default=0)
        for k in range(max(depth, 1)):
            parts = [c[k] if k < len(c) else "" for c in cells]
            line = "\t".join(parts).rstrip("\t")
            if line.strip():
                out.append(line)
    return ["\n".join(out)] if out else []
