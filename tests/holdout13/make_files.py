"""Build the held-out-13 files (PDF, DOCX, HTML) from the hand-written sources in sources/.

Deterministic: fixed creation dates, fixed zip entry times, no randomness. Source markup, one line each:

    =text          centred bold line (titles)
    @left||right   a row of the two-column header (agency left, Quốc hiệu right; DOCX: a borderless table)
    !text          one unjustified line as written (PDF: runs of spaces kept, "Số: …     Nơi, ngày …")
    |a|b|c         a table row; the first row of a run is the heading (PDF: repeated on a new page)
    ^n text        footnote n; "[n]" in a line marks where it is cited (DOCX: the real footnotes part)
    #page          a page break (PDF)
    ⏎              inside a paragraph: a forced line end (PDF: the paragraph goes on on the next line)
    *text          HTML: an item of the "Tin liên quan" list after the article
    %key|value     HTML: a row of the document attributes table of a legal database page
    +text          HTML: an item of the "Văn bản liên quan" sidebar of a legal database page
    anything else  a paragraph

    PYTHONPATH=. .venv/bin/python tests/holdout13/make_files.py [OUT_DIR]   (default: tests/holdout13/files)
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from html import escape
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from scripts.fixture_files import (  # noqa: E402
    MARK,
    SUPERSCRIPT,
    dated_docx,
    dejavu,
    fix_zip_times,
    fonts_missing,
    html_paragraph,
    parse,
    runs,
)

SOURCES = HERE / "sources"
FIXED_DATE = datetime(2026, 11, 23, tzinfo=UTC)

# name -> (format, running header of a PDF page / page header of a DOCX / site of a web page)
FILES: dict[str, tuple[str, str]] = {
    "kh_ubnd_phu_yen_nq57_bang": ("pdf", ""),
    "qd_ubnd_ninh_thuan_quy_che_van_thu": ("pdf", "CÔNG BÁO TỈNH NINH THUẬN/Số 21/Ngày 30-5-2024"),
    "bc_snv_quang_binh_ct10_cat_dong": ("pdf", ""),
    "ttr_stp_dong_nai_bang_so_sanh": ("pdf", ""),
    "bc_ubnd_tp_bao_loc_dan_chu_chu_thich": ("docx", "UBND thành phố Bảo Lộc - Phòng Nội vụ"),
    "cv_stc_ha_nam_kinh_phi_nd178": ("docx", ""),
    "web_moj_hoi_nghi_luat_bhvbqppl_2025": ("portal", "Cổng thông tin điện tử Bộ Tư pháp"),
    "web_vbpl_nghi_dinh_107_2021": ("vbpl", "Cơ sở dữ liệu quốc gia về văn bản pháp luật"),
}
SUFFIX = {"pdf": "pdf", "docx": "docx", "portal": "html", "vbpl": "html"}

# --- PDF -----------------------------------------------------------------------------------------


def make_pdf(lines: list[str], notes: dict[str, str], header: str, out: Path) -> None:
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    pending: list[str] = []

    class Doc(FPDF):
        def header(self) -> None:
            if header:
                self.set_font("DejaVu", size=8)
                self.set_xy(25, 10)
                self.cell(160, 5, header, align="C")
                self.ln(10)

        def footer(self) -> None:
            if pending:
                self.set_y(-48)
                self.line(25, self.get_y(), 70, self.get_y())
                self.set_font("DejaVu", size=8)
                for n in pending:
                    self.set_x(25)
                    self.multi_cell(150, 4, f"{n.translate(SUPERSCRIPT)} {notes[n]}")
                pending.clear()
            self.set_y(-15)
            self.set_font("DejaVu", size=8)
            self.cell(0, 5, str(self.page_no()), align="C")

    pdf = dejavu(Doc(format="A4"), FIXED_DATE)
    pdf.set_margins(25, 20, 25)
    pdf.set_auto_page_break(True, margin=52)
    pdf.add_page()
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("@"):
            rows, i = runs(lines, "@", i)
            y = pdf.get_y()
            pdf.set_font("DejaVu", "B", 9)
            for row in rows:
                pdf.set_x(15)
                pdf.multi_cell(65, 5, row.split("||")[0], align="C")
            pdf.set_y(y)
            for row in rows:
                pdf.set_x(85)
                pdf.multi_cell(110, 5, row.split("||")[1], align="C")
            pdf.ln(4)
            continue
        if line.startswith("|"):
            rows, i = runs(lines, "|", i)
            cells = [r.split("|") for r in rows]
            widths = [max(len(c[k]) for c in cells) ** 0.5 + 4 for k in range(len(cells[0]))]
            pdf.set_font("DejaVu", size=9)
            heading = FontFace(emphasis="BOLD")
            with pdf.table(
                col_widths=widths, headings_style=heading, text_align="LEFT", line_height=4.5
            ) as t:
                for row in cells:
                    r = t.row()
                    for cell in row:
                        r.cell(cell)
            pdf.ln(3)
            continue
        i += 1
        if line == "#page":
            pdf.add_page()
            continue
        for n in MARK.findall(line):
            pending.append(n)
        text = MARK.sub(lambda m: m.group(1).translate(SUPERSCRIPT), line)
        if line.startswith("="):
            pdf.set_font("DejaVu", "B", 11)
            pdf.multi_cell(0, 6, text[1:], align="C")
        elif line.startswith("!"):
            pdf.set_font("DejaVu", "B", 10)
            pdf.cell(0, 6, text[1:])
            pdf.ln(8)
            continue
        else:
            pdf.set_font("DejaVu", size=11)
            parts = text.split("⏎")
            for k, part in enumerate(parts):
                # a forced line end: the line before it is stretched to the margin, as a wrap is
                if k == len(parts) - 1:
                    pdf.multi_cell(0, 6, part.strip(), align="J", new_x="LMARGIN", new_y="NEXT")
                else:
                    _full_lines(pdf, part.strip())
        pdf.ln(1)
    pdf.output(str(out))


def _full_lines(pdf: Any, text: str) -> None:
    """Justified lines, the last one too (its word spacing stretched to the right margin, as a line
    wrapped inside a symbol is): fpdf2 sets a paragraph's last line flush left, so it is re-aligned."""
    from fpdf.enums import Align

    render = pdf._render_styled_text_line

    def justified(text_line: Any, *args: Any, **kwargs: Any) -> Any:
        if text_line.align == Align.L and text_line.number_of_spaces:
            text_line = text_line._replace(align=Align.J)
        return render(text_line, *args, **kwargs)

    pdf._render_styled_text_line = justified
    try:
        pdf.multi_cell(0, 6, text, align="J", new_x="LMARGIN", new_y="NEXT")
    finally:
        del pdf._render_styled_text_line


# --- DOCX ----------------------------------------------------------------------------------------

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"


def _footnotes_xml(notes: dict[str, str]) -> bytes:
    sep = (
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
        "</w:r></w:p></w:footnote>"
    )
    body = "".join(
        f'<w:footnote w:id="{n}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
        f'<w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {escape(text)}</w:t></w:r></w:p></w:footnote>'
        for n, text in notes.items()
    )
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="{W_NS}">{sep}{body}</w:footnotes>'.encode()


def _footnote_reference(paragraph: object, n: str) -> None:
    from docx.oxml import parse_xml

    run = parse_xml(
        f'<w:r xmlns:w="{W_NS}"><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
        f'<w:footnoteReference w:id="{n}"/></w:r>'
    )
    paragraph._p.append(run)  # type: ignore[attr-defined]


def make_docx(lines: list[str], notes: dict[str, str], page_header: str, out: Path) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    doc = dated_docx(docx.Document(), FIXED_DATE)
    if page_header:
        doc.sections[0].header.paragraphs[0].text = page_header
        doc.sections[0].footer.paragraphs[0].text = "Trang 1"
    if notes:
        part = Part(PackURI("/word/footnotes.xml"), FOOTNOTES_CT, _footnotes_xml(notes), doc.part.package)
        doc.part.relate_to(part, RT.FOOTNOTES)
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("@"):
            rows, i = runs(lines, "@", i)
            table = doc.add_table(rows=0, cols=2)  # no style: a borderless layout table
            for row in rows:
                left, right = row.split("||")
                cells = table.add_row().cells
                for cell, value in ((cells[0], left), (cells[1], right)):
                    cell.text = value
                    cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            continue
        if line.startswith("|"):
            rows, i = runs(lines, "|", i)
            cells = [r.split("|") for r in rows]
            table = doc.add_table(rows=0, cols=len(cells[0]))
            table.style = "Table Grid"
            for row in cells:
                for cell, value in zip(table.add_row().cells, row, strict=True):
                    cell.text = value
            continue
        i += 1
        p = doc.add_paragraph()
        if line.startswith("="):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(line[1:]).bold = True
            continue
        pos = 0
        for m in MARK.finditer(line):
            p.add_run(line[pos : m.start()])
            _footnote_reference(p, m.group(1))
            pos = m.end()
        p.add_run(line[pos:])
    doc.save(str(out))
    fix_zip_times(out, FIXED_DATE)


# --- HTML ----------------------------------------------------------------------------------------

PORTAL = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{title} - {site}</title></head>
<body>
<header><div class="logo">{site}</div>
<nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li>
<li><a href="/tin-tuc">Tin tức - Sự kiện</a></li><li><a href="/van-ban">Văn bản chỉ đạo điều hành</a></li>
<li><a href="/hoi-dap">Hỏi đáp</a></li></ul></nav>
<div class="breadcrumb"><a href="/">Trang chủ</a> &gt; <a href="/tin-tuc">Tin tức - Sự kiện</a> &gt;
<a href="/tin-tuc/hoat-dong">Tin hoạt động</a></div></header>
<main><article>
<h1>{title}</h1>
{body}
</article>
<div class="related"><h3>Tin liên quan</h3><ul>
{related}
</ul></div>
<aside><h3>Văn bản mới</h3><ul>
<li><a href="/vb/1">Thông tư số 02/2025/TT-BTP hướng dẫn nghiệp vụ hộ tịch</a></li>
<li><a href="/vb/2">Quyết định số 512/QĐ-BTP ban hành Kế hoạch công tác năm 2025</a></li></ul></aside>
</main>
<footer><p>Bản quyền thuộc {site}</p>
<p>Giấy phép số 18/GP-TTĐT ngày 20/02/2020 của Cục Phát thanh, truyền hình và thông tin điện tử</p>
<p>Địa chỉ: 58-60 Trần Phú, Ba Đình, Hà Nội</p></footer>
</body></html>
"""

VBPL = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{title} - {site}</title></head>
<body>
<header><div class="logo">{site}</div>
<nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/tw">Văn bản trung ương</a></li>
<li><a href="/dp">Văn bản địa phương</a></li><li><a href="/hn">Văn bản hợp nhất</a></li></ul></nav>
<div class="breadcrumb"><a href="/">Trang chủ</a> &gt; <a href="/tw">Văn bản trung ương</a> &gt;
<a href="/tw/nghi-dinh">Nghị định</a></div></header>
<main>
<div class="tabs"><a href="#toan-van">Toàn văn</a> | <a href="#thuoc-tinh">Thuộc tính</a> |
<a href="#lich-su">Lịch sử</a> | <a href="#luoc-do">Lược đồ</a> | <a href="#tai-ve">Tải về</a></div>
<table class="thuoc-tinh">
{attributes}
</table>
<article id="toan-van">
<h1>{title}</h1>
{body}
</article>
<aside><h3>Văn bản liên quan</h3><ul>
{related}
</ul></aside>
</main>
<footer><p>{site} - Bộ Tư pháp</p><p>Ghi rõ nguồn khi phát hành lại thông tin từ trang này.</p></footer>
</body></html>
"""


def make_html(lines: list[str], template: str, site: str, out: Path) -> None:
    title = lines[0].lstrip("=")
    parts, related, attributes = [], [], []
    for line in lines[1:]:
        if line.startswith("*") or line.startswith("+"):
            related.append(f'<li><a href="/tin/{len(related) + 1}">{escape(line[1:])}</a></li>')
        elif line.startswith("%"):
            key, value = line[1:].split("|")
            attributes.append(f"<tr><td>{escape(key)}</td><td>{escape(value)}</td></tr>")
        else:
            parts.append(html_paragraph(line))
    page = (PORTAL if template == "portal" else VBPL).format(
        title=escape(title),
        site=escape(site),
        body="\n".join(parts),
        related="\n".join(related),
        attributes="\n".join(attributes),
    )
    out.write_text(page, encoding="utf-8")


def main(argv: list[str]) -> int:
    out_dir = Path(argv[0]) if argv else HERE / "files"
    out_dir.mkdir(parents=True, exist_ok=True)
    if missing := fonts_missing():
        print(missing, file=sys.stderr)
        return 1
    for name, (fmt, extra) in FILES.items():
        lines, notes = parse((SOURCES / f"{name}.txt").read_text(encoding="utf-8"))
        out = out_dir / f"{name}.{SUFFIX[fmt]}"
        if fmt == "pdf":
            make_pdf(lines, notes, extra, out)
        elif fmt == "docx":
            make_docx(lines, notes, extra, out)
        else:
            make_html(lines, fmt, extra, out)
        print(out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
