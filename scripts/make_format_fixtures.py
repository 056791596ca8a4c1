"""Render sample documents as PDF and DOCX files in the official layout (Nghị định 30/2020/NĐ-CP, Phụ lục I).

The realistic-format fixtures of `tests/formats/`: each plain-text document (the four `examples/` and
three held-out documents rich in references) becomes

- a PDF with a text layer (fpdf2, DejaVu Serif: the Liberation Serif of this system has no
  Vietnamese glyphs; A4, 2 cm margins): a two-column
  header table (issuing body and "Số: …" left; Quốc hiệu, Tiêu ngữ and the italic place/date right),
  a centred bold title, justified 14 pt body text with a first-line indent whose lines break at
  spaces and after the hyphens of symbols ("33/CT-⏎TTg"), footnote marks as small raised digits with
  the notes at the bottom of their page, page numbers at the top centre from page 2, body tables
  with ruled cells, and a signature table (11 pt "Nơi nhận" list left, capacity and signer right);
- a DOCX (python-docx) in the same layout: header and signature as borderless tables, body tables,
  real footnotes (a footnotes part with `w:footnoteReference` marks), a PAGE field in the header of
  every page but the first.

Three documents also get a PDF in another real-world layout (`VARIANTS`, `{name}.{layout}.pdf`): an
e-office export (signature stamp, file name and "Trang n/N" on every page) and gazettes (a running
header from page 2 with the page number on the outer side, tables without rules, Word's cell margins).

The text of every line is the text of the `.txt` (markdown "**" removed, superscript digits drawn as
raised digits); only the layout differs. Deterministic: fixed dates, fixed zip entry times.

    .venv/bin/python scripts/make_format_fixtures.py [OUT_DIR]     (default: tests/formats/files)
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.fixture_files import dejavu, fix_zip_times, fonts_missing  # noqa: E402

FIXED_DATE = datetime(2026, 11, 22, tzinfo=UTC)

# fixture name -> the plain-text document it renders (relative to the repository root)
SOURCES: dict[str, str] = {
    "ex000_bc_ubnd_an_giang": "examples/000_07a810e2d8d8df93.txt",
    "ex002_bc_vp_quang_ngai": "examples/002_b0ba540e0eea853a.txt",
    "ex003_bc_snv_bac_giang": "examples/003_9dc4551f63b64ebb.txt",
    "ex004_web_an_giang": "examples/004_23d2312379ba0d2a.txt",
    "ho_bc_so_y_te_ha_tinh": "tests/holdout6/bc_so_y_te_ha_tinh_luat_kbcb.txt",
    "ho_qd_ubnd_kon_tum": "tests/holdout4/qd_ubnd_kon_tum_cong_bo_tthc.txt",
    "ho_kh_ubnd_nghe_an": "tests/holdout/kh_ubnd_nghe_an.txt",
}

# PDF-only variants in other real-world layouts: fixture name -> its layout (the document is that of
# SOURCES[name]; the file is tests/formats/files/{name}.{layout}.pdf)
#   eoffice: an e-office export — the digital-signature stamp ("Người ký: … Thời gian ký: …", small
#            type) at the top right of every page, the file name and "Trang n/N" in the footer, no
#            top page number, a page's last note of two lines or more continued on the next page;
#   gazette: a gazette's running header from page 2 ("CÔNG BÁO/Số …/Ngày …" with the page number on
#            the outer side: left on even pages, right on odd ones) and tables without rules.
VARIANTS: dict[str, str] = {
    "ex003_bc_snv_bac_giang": "eoffice",
    "ho_qd_ubnd_kon_tum": "gazette",
    "ho_kh_ubnd_nghe_an": "gazette",
}
GAZETTE_HEADER = "CÔNG BÁO/Số 123 + 124/Ngày 15-3-2024"
STAMP = ("Người ký: Văn thư điện tử", "Thời gian ký: 15.01.2024 09:12:33 +07:00")

SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
TO_DIGIT = str.maketrans(SUPERSCRIPTS, "0123456789")
_FOOTNOTE = re.compile(f"^([{SUPERSCRIPTS}]+)\\s+(.*)$")
_TITLE = re.compile(
    r"^(BÁO CÁO|KẾ HOẠCH|QUYẾT ĐỊNH|NGHỊ QUYẾT|CHỈ THỊ|HƯỚNG DẪN|THÔNG BÁO|TỜ TRÌNH|CÔNG VĂN|CHƯƠNG TRÌNH)$"
)
_RIGHT_CELL = re.compile(r"^(CỘNG HÒA|CỘNG HOÀ|ĐẢNG CỘNG SẢN|Độc lập|.{2,40}, ngày\b)")
# a superscript after a unit is an exponent ("3.849 km²"), not a footnote mark
_MARK = re.compile(f"(?<![0-9 ](?:k|c|d|m)m)(?<![0-9 ]m)([{SUPERSCRIPTS}]+)")
_HEADING = re.compile(r"^(?:[IVXLC]+\.|[A-Z]\.|Điều \d+\.|Chương [IVXLC]+)\s")


# --- structure of a plain-text document ---------------------------------------------------------


@dataclass
class Block:
    kind: str  # "para", "heading", "centre", "table"
    text: str = ""
    rows: list[list[str]] = field(default_factory=list)


@dataclass
class Document:
    left: list[str] = field(default_factory=list)  # header cells
    right: list[str] = field(default_factory=list)
    title: list[str] = field(default_factory=list)  # type line, then the subject lines
    body: list[Block] = field(default_factory=list)
    notes: dict[str, str] = field(default_factory=dict)  # "1" -> note text
    recipients: list[str] = field(default_factory=list)  # "Nơi nhận:" and its list
    capacity: list[str] = field(default_factory=list)
    signer: str = ""
    annex: list[Block] = field(default_factory=list)


def _caps(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def parse(text: str) -> Document:
    """Split a document's lines into the parts of the official layout (heuristic, for these samples)."""
    lines = [line.replace("**", "").rstrip() for line in text.splitlines()]
    doc = Document()
    title_at = next((i for i, line in enumerate(lines[:20]) if _TITLE.match(line.strip())), None)
    start = 0
    if title_at is not None:
        side = doc.left
        for line in lines[:title_at]:
            s = line.strip()
            if not s:
                continue
            if _RIGHT_CELL.match(s):
                side = doc.right
            elif s.startswith("Số") and doc.right:
                side = doc.left
            if set(s) <= set("-_"):
                continue  # rules are drawn, not written
            side.append(s)
        doc.title.append(lines[title_at].strip())
        i = title_at + 1
        while i < len(lines) and not lines[i].strip():
            i += 1
        while i < len(lines) and lines[i].strip():
            doc.title.append(lines[i].strip())
            i += 1
        start = i
    end = len(lines)
    sign_at = max((i for i, line in enumerate(lines) if line.strip() == "Nơi nhận:"), default=None)
    if sign_at is not None and sign_at > start:
        end = sign_at
        i = sign_at
        while i < len(lines) and (not lines[i].strip() or not _caps(lines[i])):
            if lines[i].strip():
                doc.recipients.append(lines[i].strip())
            i += 1
        while i < len(lines) and (not lines[i].strip() or _caps(lines[i])):
            if lines[i].strip():
                doc.capacity.append(lines[i].strip())
            i += 1
        if i < len(lines):
            doc.signer = lines[i].strip()
            i += 1
        doc.annex = _blocks(lines[i:], doc.notes)
    doc.body = _blocks(lines[start:end], doc.notes)
    return doc


def _blocks(lines: list[str], notes: dict[str, str]) -> list[Block]:
    blocks: list[Block] = []
    after_note = False
    for raw in lines:
        s = raw.strip()
        if not s:
            continue
        if set(s) <= set("_"):
            continue  # the note separator is drawn
        m = _FOOTNOTE.match(s)
        if m:
            notes[m.group(1).translate(TO_DIGIT)] = m.group(2)
            after_note = True
            continue
        if after_note and s.isdigit():
            after_note = False
            continue  # the page number of the source PDF, after its notes
        after_note = False
        cells = raw.split("\t") if "\t" in raw else raw.split(" | ") if " | " in raw else None
        if cells is not None:
            cells = [c.strip() for c in cells]
            if blocks and blocks[-1].kind == "table" and not any(cells[:-1]) and len(cells) > 1:
                row = blocks[-1].rows[-1]  # a continuation line of the last cell
                row[len(cells) - 1] = (row[len(cells) - 1] + "\n" + cells[-1]).strip()
                continue
            if blocks and blocks[-1].kind == "table":
                width = len(blocks[-1].rows[0])
                blocks[-1].rows.append((cells + [""] * width)[:width])
            else:
                blocks.append(Block("table", rows=[cells]))
            continue
        if _HEADING.match(s) or (_caps(s) and len(s) < 90):
            blocks.append(Block("centre" if _caps(s) and not _HEADING.match(s) else "heading", s))
        else:
            blocks.append(Block("para", s))
    return blocks


# --- PDF ------------------------------------------------------------------------------------------

MM_PER_PT = 25.4 / 72
PAGE_W, PAGE_H, MARGIN = 210.0, 297.0, 20.0
BODY_PT, NOTE_PT, TABLE_PT = 13, 10, 11  # DejaVu is wider than Times: 13 pt ~ Times 14 pt


class PdfWriter:
    """Lays out lines itself (fpdf2 only draws strings) so that breaks fall where Word puts them."""

    def __init__(
        self, notes: dict[str, str], layout: str = "official", file_name: str = "", pages: int = 0
    ) -> None:
        from fpdf import FPDF

        self.layout, self.file_name, self.pages = layout, file_name, pages
        self.pdf = dejavu(FPDF(unit="mm", format="A4"), FIXED_DATE, "LSerif", ("", "B", "I", "BI"))
        self.pdf.set_auto_page_break(False)
        self.notes = notes
        self.pending: list[str] = []
        self.carried: list[str] = []  # the lines of a note going on at the next page's bottom (eoffice)
        self.page = 0
        self.y = 0.0
        self.new_page()

    # page furniture
    def notes_height(self, marks: list[str]) -> float:
        if not marks:
            return 0.0
        lh = NOTE_PT * MM_PER_PT * 1.15
        return 4 + sum(
            len(self.wrap(f"{m} {self.notes[m]}", PAGE_W - 2 * MARGIN, "", NOTE_PT)) * lh for m in marks
        )

    def carried_height(self) -> float:
        return len(self.carried) * NOTE_PT * MM_PER_PT * 1.15 + (4 if self.carried else 0)

    def limit(self) -> float:
        return PAGE_H - MARGIN - self.notes_height(self.pending) - self.carried_height()

    def new_page(self) -> None:
        self.flush_notes()
        self.pdf.add_page()
        self.page += 1
        self.y = MARGIN
        if self.layout == "eoffice":  # stamp on every page, file name and "Trang n/N" at the bottom
            for k, line in enumerate(STAMP):
                self.y = 6 + 3 * k
                self.draw_line(line, 120, PAGE_W - MARGIN - 120, 7, "", "L")
            self.y = PAGE_H - 12
            self.draw_line(f"D:\\VanBan\\2023\\{self.file_name}.docx", MARGIN, 100, 8, "", "L")
            self.draw_line(f"Trang {self.page}/{self.pages}", PAGE_W - MARGIN - 40, 40, 9, "", "R")
            self.y = MARGIN
        elif self.layout == "gazette" and self.page > 1:  # the page number on the outer side
            even = self.page % 2 == 0
            head = f"{self.page} {GAZETTE_HEADER}" if even else f"{GAZETTE_HEADER} {self.page}"
            self.y = MARGIN - 8
            self.draw_line(head, MARGIN, PAGE_W - 2 * MARGIN, 10, "B", "L" if even else "R")
            self.pdf.set_line_width(0.3)
            self.pdf.line(MARGIN, MARGIN - 2.5, PAGE_W - MARGIN, MARGIN - 2.5)
            self.y = MARGIN + 2
        elif self.layout == "official" and self.page > 1:  # page number at the top centre from page 2
            self.pdf.set_font("LSerif", "", 13)
            self.draw_line(str(self.page), MARGIN, PAGE_W - 2 * MARGIN, 13, "", "C")
            self.y = MARGIN + 10

    def flush_notes(self, final: bool = False) -> None:
        """The page's notes at its bottom under a short rule. In the e-office layout the last note of a
        page, when it has two lines or more, goes on at the bottom of the next page (as Word does when
        room is short): its other lines there, under a full-width continuation rule, before that
        page's own notes."""
        if not self.pending and not self.carried:
            return
        lh = NOTE_PT * MM_PER_PT * 1.15
        y = PAGE_H - MARGIN - self.notes_height(self.pending) - self.carried_height()
        self.pdf.set_line_width(0.2)
        if self.carried:
            self.pdf.line(MARGIN, y + 1.5, PAGE_W - MARGIN, y + 1.5)
            y += 4
            for k, line in enumerate(self.carried):
                self.y = y
                self.draw_words(
                    line, MARGIN, PAGE_W - 2 * MARGIN, NOTE_PT, "", "J" if k < len(self.carried) - 1 else "L"
                )
                y += lh
            self.carried = []
        if not self.pending:
            return
        self.pdf.line(MARGIN, y + 1.5, MARGIN + 50, y + 1.5)
        y += 4
        for n, mark in enumerate(self.pending):
            lines = self.wrap(f"{mark} {self.notes[mark]}", PAGE_W - 2 * MARGIN, "", NOTE_PT)
            if self.layout == "eoffice" and not final and n == len(self.pending) - 1 and len(lines) >= 2:
                lines, self.carried = lines[:1], lines[1:]
            for k, line in enumerate(lines):
                self.y = y
                if k == 0:  # the mark is raised
                    self.draw_super(mark, MARGIN, y, NOTE_PT)
                    line = line[len(mark) + 1 :]
                    indent = self.width(mark, "", NOTE_PT * 0.6) + 0.8
                else:
                    indent = 0.0
                self.draw_words(
                    line,
                    MARGIN + indent,
                    PAGE_W - 2 * MARGIN - indent,
                    NOTE_PT,
                    "",
                    "J" if k < len(lines) - 1 or self.carried else "L",
                )
                y += lh
        self.pending = []

    # measuring
    def width(self, text: str, style: str, size: float) -> float:
        w = 0.0
        for run in re.split(f"([{SUPERSCRIPTS}]+)", text):
            if run:
                sup = run[0] in SUPERSCRIPTS
                self.pdf.set_font("LSerif", "" if sup else style, size * 0.6 if sup else size)
                w += self.pdf.get_string_width(run.translate(TO_DIGIT))
        return w

    @staticmethod
    def pieces(text: str) -> list[tuple[str, bool]]:
        """(piece, space after) with a break allowed after a hyphen inside a word, as Word does."""
        out: list[tuple[str, bool]] = []
        for word in text.split():
            parts = re.split(r"(?<=\w-)(?=\w)", word)
            out.extend((p, k == len(parts) - 1) for k, p in enumerate(parts))
        return out

    def wrap(self, text: str, width: float, style: str, size: float, indent: float = 0.0) -> list[str]:
        lines: list[str] = []
        current = ""
        room = width - indent
        for piece, space in self.pieces(text):
            trial = current + piece
            if current and self.width(trial.rstrip(), style, size) > room:
                lines.append(current.rstrip())
                current, room = piece, width
            else:
                current = trial
            current += " " if space else ""
        if current.strip():
            lines.append(current.rstrip())
        return lines

    # drawing
    def draw_super(self, digits: str, x: float, y: float, size: float) -> float:
        self.pdf.set_font("LSerif", "", size * 0.6)
        self.pdf.text(x, y + size * MM_PER_PT * 0.55, digits.translate(TO_DIGIT))
        return self.pdf.get_string_width(digits.translate(TO_DIGIT))

    def draw_text(self, text: str, x: float, size: float, style: str) -> None:
        """A word at x on the current line; superscript digits smaller and raised."""
        base = self.y + size * MM_PER_PT * 0.85
        for run in re.split(f"([{SUPERSCRIPTS}]+)", text):
            if not run:
                continue
            if run[0] in SUPERSCRIPTS:
                x += self.draw_super(run, x, self.y, size)
            else:
                self.pdf.set_font("LSerif", style, size)
                self.pdf.text(x, base, run)
                x += self.pdf.get_string_width(run)

    def draw_words(self, line: str, x: float, width: float, size: float, style: str, align: str) -> None:
        words = line.split(" ")
        widths = [self.width(w, style, size) for w in words]
        space = self.width(" ", style, size)
        natural = sum(widths) + space * (len(words) - 1)
        gap = space
        if align == "J" and len(words) > 1:
            gap = space + (width - natural) / (len(words) - 1)
        elif align == "C":
            x += (width - natural) / 2
        elif align == "R":
            x += width - natural
        for w, ww in zip(words, widths, strict=True):
            self.draw_text(w, x, size, style)
            x += ww + gap

    def draw_line(self, line: str, x: float, width: float, size: float, style: str, align: str) -> None:
        self.draw_words(line, x, width, size, style, align)

    def paragraph(
        self,
        text: str,
        *,
        size: float = BODY_PT,
        style: str = "",
        align: str = "J",
        indent: float = 10.0,
        x: float = MARGIN,
        width: float = PAGE_W - 2 * MARGIN,
        after: float = 2.0,
        page_breaks: bool = True,
    ) -> None:
        lh = size * MM_PER_PT * 1.2
        lines = self.wrap(text, width, style, size, indent)
        marks = [m.translate(TO_DIGIT) for m in _MARK.findall(text)]
        marks = [m for m in marks if m in self.notes and m not in self.pending]
        if marks and page_breaks:
            need = len(lines) * lh + self.notes_height(self.pending + marks)
            if self.y + need > PAGE_H - MARGIN and need < PAGE_H - 2 * MARGIN - 40:
                self.new_page()
            self.pending.extend(marks)
        for k, line in enumerate(lines):
            if page_breaks and self.y + lh > self.limit():
                self.new_page()
            last = k == len(lines) - 1
            start = indent if k == 0 else 0.0
            self.draw_line(
                line, x + start, width - start, size, style, ("L" if last else "J") if align == "J" else align
            )
            self.y += lh
        self.y += after

    def cell_lines(self, texts: list[tuple[str, str, float]], x: float, width: float, align: str) -> float:
        """Lines of one table cell from the current y (no page breaks); returns the bottom."""
        y0 = self.y
        for text, style, size in texts:
            if not text:
                self.y += size * MM_PER_PT * 1.2
                continue
            self.paragraph(
                text,
                size=size,
                style=style,
                align=align,
                indent=0,
                x=x,
                width=width,
                after=0.5,
                page_breaks=False,
            )
        bottom = self.y
        self.y = y0
        return bottom

    def table(self, rows: list[list[str]]) -> None:
        ncol = len(rows[0])
        longest = [max(min(len(r[c]), 60) for r in rows) + 4 for c in range(ncol)]
        total = PAGE_W - 2 * MARGIN
        widths = [total * n / sum(longest) for n in longest]
        lh = TABLE_PT * MM_PER_PT * 1.2
        pad = 1.9 if self.layout == "gazette" else 1.0  # Word's cell margins (0.19 cm) without rules
        if self.layout == "gazette":  # no word wider than its column (a rule no longer stops it)
            least = [
                max(self.width(w, "B", TABLE_PT) for r in rows for w in r[c].split() or ["-"]) + 2 * pad + 0.5
                for c in range(ncol)
            ]
            short = [c for c in range(ncol) if widths[c] < least[c]]
            spare = total - sum(least[c] for c in short)
            rest = sum(widths[c] for c in range(ncol) if c not in short)
            widths = [least[c] if c in short else widths[c] * spare / rest for c in range(ncol)]
        for k, row in enumerate(rows):
            heights = [
                sum(
                    max(1, len(self.wrap(part, w - 2 * pad, "B" if k == 0 else "", TABLE_PT)))
                    for part in cell.split("\n")
                )
                * lh
                + 2
                for cell, w in zip(row, widths, strict=True)
            ]
            height = max(heights)
            if self.y + height > self.limit():
                self.new_page()
            x = MARGIN
            for cell, w in zip(row, widths, strict=True):
                if self.layout != "gazette":  # the gazette's tables have no rules
                    self.pdf.rect(x, self.y, w, height)
                saved = self.y
                self.y += 1
                for part in cell.split("\n"):
                    self.paragraph(
                        part,
                        size=TABLE_PT,
                        style="B" if k == 0 else "",
                        align="L",
                        indent=0,
                        x=x + pad,
                        width=w - 2 * pad,
                        after=0,
                        page_breaks=False,
                    )
                self.y = saved
                x += w
            self.y += height
        self.y += 3

    def blocks(self, blocks: list[Block]) -> None:
        for b in blocks:
            if b.kind == "table":
                self.table(b.rows)
            elif b.kind == "centre":
                self.paragraph(b.text, style="B", align="C", indent=0)
            elif b.kind == "heading":
                self.paragraph(b.text, style="B", indent=10)
            else:
                self.paragraph(b.text)


def make_pdf(doc: Document, out: Path, layout: str = "official") -> None:
    pages = _render_pdf(doc, layout, out.name.split(".")[0]).page if layout == "eoffice" else 0  # "Trang n/N"
    _render_pdf(doc, layout, out.name.split(".")[0], pages).pdf.output(str(out))


def _render_pdf(doc: Document, layout: str, file_name: str, pages: int = 0) -> PdfWriter:
    w = PdfWriter(doc.notes, layout, file_name, pages)
    if doc.left or doc.right:  # the header table: two borderless cells side by side
        left_w, right_w = 62.0, PAGE_W - 2 * MARGIN - 62.0
        left = [(s, "" if k == 0 and len(doc.left) > 2 else "B", 13) for k, s in enumerate(doc.left)]
        left = [(s, "", 13) if s.startswith("Số") else (s, st, sz) for s, st, sz in left]
        right = [
            (s, "I", 13) if ", ngày" in s else (s, "B", 12 if k == 0 else 13) for k, s in enumerate(doc.right)
        ]
        bottom = max(
            w.cell_lines(left, MARGIN, left_w, "C"), w.cell_lines(right, MARGIN + left_w, right_w, "C")
        )
        w.y = bottom + 6
    if doc.title:
        w.paragraph(doc.title[0], style="B", align="C", indent=0, size=14, after=0.5)
        for line in doc.title[1:]:
            w.paragraph(line, style="B", align="C", indent=0, size=14, after=0.5)
        w.y += 5
    w.blocks(doc.body)
    if doc.recipients or doc.capacity:  # the signature table
        lh = BODY_PT * MM_PER_PT * 1.2
        need = max(len(doc.recipients) * 5 + 8, (len(doc.capacity) + 5) * lh)
        if w.y + need > w.limit():
            w.new_page()
        w.y += 4
        left_w = 80.0
        rec = [(s, "BI" if s.endswith(":") else "", 12 if s.endswith(":") else 11) for s in doc.recipients]
        cap = [(s, "B", 13) for s in doc.capacity] + [("", "", 13)] * 4 + [(doc.signer, "B", 14)]
        w.y = (
            max(
                w.cell_lines(rec, MARGIN, left_w, "L"),
                w.cell_lines(cap, MARGIN + left_w, PAGE_W - 2 * MARGIN - left_w, "C"),
            )
            + 4
        )
    if doc.annex:
        w.new_page()
        w.blocks(doc.annex)
    w.flush_notes(final=True)
    return w


# --- DOCX -----------------------------------------------------------------------------------------

_FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
_FOOTNOTES_RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


class DocxWriter:
    def __init__(self, notes: dict[str, str]) -> None:
        import docx
        from docx.shared import Cm, Pt

        self.doc = docx.Document()
        self.notes = notes
        self.note_ids: list[str] = []
        core = self.doc.core_properties
        core.created = core.modified = FIXED_DATE.replace(tzinfo=None)
        core.author = core.last_modified_by = "legalgraph fixtures"
        section = self.doc.sections[0]
        section.page_width, section.page_height = Cm(21), Cm(29.7)
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, Cm(2))
        style = self.doc.styles["Normal"]
        style.font.name = "Times New Roman"
        style.font.size = Pt(14)
        self._page_numbers(section)

    def _page_numbers(self, section) -> None:
        """A centred PAGE field in the page header, none on the first page."""
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.oxml import parse_xml

        section.different_first_page_header_footer = True
        p = section.header.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p._p.append(
            parse_xml(
                f'<w:fldSimple xmlns:w="{_W_NS}" w:instr=" PAGE "><w:r><w:t>2</w:t></w:r></w:fldSimple>'
            )
        )

    def runs(
        self, paragraph, text: str, *, bold: bool = False, italic: bool = False, size: float | None = None
    ) -> None:
        """Text with its superscript digits as footnote references (or plain superscript: km²)."""
        from docx.shared import Pt

        marks = {m.start() for m in _MARK.finditer(text)}
        pos = 0
        for part in re.split(f"([{SUPERSCRIPTS}]+)", text):
            at, pos = pos, pos + len(part)
            if not part:
                continue
            digits = part.translate(TO_DIGIT)
            if part[0] in SUPERSCRIPTS and digits in self.notes and at in marks:
                self.note_ids.append(digits)
                paragraph._p.append(self._note_ref(len(self.note_ids)))
                continue
            run = paragraph.add_run(digits if part[0] in SUPERSCRIPTS else part)
            run.bold, run.italic = bold or None, italic or None
            if part[0] in SUPERSCRIPTS:
                run.font.superscript = True
            if size:
                run.font.size = Pt(size)

    @staticmethod
    def _note_ref(n: int):
        from docx.oxml import parse_xml

        return parse_xml(
            f'<w:r xmlns:w="{_W_NS}"><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:footnoteReference w:id="{n}"/></w:r>'
        )

    def para(
        self,
        text: str,
        *,
        align: str = "J",
        bold: bool = False,
        italic: bool = False,
        size: float | None = None,
        indent: bool = True,
        container=None,
    ):
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Cm, Pt

        p = (container or self.doc).add_paragraph()
        p.alignment = {
            "J": WD_ALIGN_PARAGRAPH.JUSTIFY,
            "C": WD_ALIGN_PARAGRAPH.CENTER,
            "L": WD_ALIGN_PARAGRAPH.LEFT,
        }[align]
        fmt = p.paragraph_format
        fmt.space_after = Pt(3)
        if indent and align == "J":
            fmt.first_line_indent = Cm(1)
        self.runs(p, text, bold=bold, italic=italic, size=size)
        return p

    def layout_table(self, left: list[tuple[str, dict]], right: list[tuple[str, dict]], split: float) -> None:
        from docx.shared import Cm

        table = self.doc.add_table(rows=1, cols=2)
        table.autofit = False
        for cell, items, width in zip(table.rows[0].cells, (left, right), (split, 17 - split), strict=True):
            cell.width = Cm(width)
            first = cell.paragraphs[0]
            for k, (text, opts) in enumerate(items):
                p = first if k == 0 else cell.add_paragraph()
                from docx.enum.text import WD_ALIGN_PARAGRAPH

                p.alignment = (
                    WD_ALIGN_PARAGRAPH.LEFT if opts.get("align") == "L" else WD_ALIGN_PARAGRAPH.CENTER
                )
                self.runs(
                    p,
                    text,
                    bold=opts.get("bold", False),
                    italic=opts.get("italic", False),
                    size=opts.get("size"),
                )

    def body(self, blocks: list[Block]) -> None:
        from docx.shared import Pt

        for b in blocks:
            if b.kind == "table":
                table = self.doc.add_table(rows=0, cols=len(b.rows[0]))
                table.style = "Table Grid"
                for k, row in enumerate(b.rows):
                    cells = table.add_row().cells
                    for cell, value in zip(cells, row, strict=True):
                        for j, part in enumerate(value.split("\n")):
                            p = cell.paragraphs[0] if j == 0 else cell.add_paragraph()
                            self.runs(p, part, bold=k == 0, size=11)
                self.doc.add_paragraph().paragraph_format.space_after = Pt(0)
            elif b.kind == "centre":
                self.para(b.text, align="C", bold=True)
            elif b.kind == "heading":
                self.para(b.text, bold=True)
            else:
                self.para(b.text)

    def finish(self, out: Path) -> None:
        if self.note_ids:
            self._footnotes_part()
        self.doc.save(str(out))

    def _footnotes_part(self) -> None:
        from xml.sax.saxutils import escape

        from docx.opc.packuri import PackURI
        from docx.opc.part import Part

        notes = [
            '<w:footnote w:id="-1" w:type="separator"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
            '<w:footnote w:id="0" w:type="continuationSeparator"><w:p><w:r><w:continuationSeparator/>'
            "</w:r></w:p></w:footnote>",
        ]
        for n, mark in enumerate(self.note_ids, 1):
            notes.append(
                f'<w:footnote w:id="{n}"><w:p><w:pPr><w:jc w:val="both"/></w:pPr>'
                f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
                f'<w:r><w:rPr><w:sz w:val="20"/></w:rPr><w:t xml:space="preserve"> {escape(self.notes[mark])}</w:t>'
                f"</w:r></w:p></w:footnote>"
            )
        blob = (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{_W_NS}">'
            + "".join(notes)
            + "</w:footnotes>"
        ).encode("utf-8")
        part = Part(PackURI("/word/footnotes.xml"), _FOOTNOTES_CT, blob, self.doc.part.package)
        self.doc.part.relate_to(part, _FOOTNOTES_RT)


def make_docx(doc: Document, out: Path) -> None:
    w = DocxWriter(doc.notes)
    if doc.left or doc.right:
        left = [
            (s, {"size": 13, "bold": not s.startswith("Số") and not (k == 0 and len(doc.left) > 2)})
            for k, s in enumerate(doc.left)
        ]
        right = [
            (s, {"size": 13, "italic": True})
            if ", ngày" in s
            else (s, {"size": 12 if k == 0 else 13, "bold": True})
            for k, s in enumerate(doc.right)
        ]
        w.layout_table(left, right, 6.8)
        w.doc.add_paragraph()
    for k, line in enumerate(doc.title):
        w.para(line, align="C", bold=True, size=14 if k else 15)
    w.body(doc.body)
    if doc.recipients or doc.capacity:
        rec = [
            (
                s,
                {
                    "align": "L",
                    "bold": s.endswith(":"),
                    "italic": s.endswith(":"),
                    "size": 12 if s.endswith(":") else 11,
                },
            )
            for s in doc.recipients
        ]
        cap = (
            [(s, {"bold": True, "size": 13}) for s in doc.capacity]
            + [("", {})] * 3
            + [(doc.signer, {"bold": True})]
        )
        w.layout_table(rec, cap, 8.0)
    if doc.annex:
        from docx.enum.text import WD_BREAK

        w.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        w.body(doc.annex)
    w.finish(out)
    fix_zip_times(out, FIXED_DATE)


def main(argv: list[str]) -> int:
    out_dir = Path(argv[0]) if argv else ROOT / "tests" / "formats" / "files"
    out_dir.mkdir(parents=True, exist_ok=True)
    if missing := fonts_missing():
        print(missing, file=sys.stderr)
        return 1
    for name, source in SOURCES.items():
        doc = parse((ROOT / source).read_text(encoding="utf-8"))
        for suffix, make in ((".pdf", make_pdf), (".docx", make_docx)):
            out = out_dir / f"{name}{suffix}"
            make(doc, out)
            print(out)
        if name in VARIANTS:
            out = out_dir / f"{name}.{VARIANTS[name]}.pdf"
            make_pdf(doc, out, VARIANTS[name])
            print(out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
