"""Build the held-out-3 files (PDF, DOCX, HTML) from the hand-written sources in sources/.

Deterministic: fixed creation dates, no randomness. Source markup, one line each:

    =text          centred line (titles)
    @left||right   a row of the two-column header (Số/ký hiệu left, Quốc hiệu right)
    |a|b|c         a table row
    ^n text        footnote n; "[n]" in a line marks where it is cited
    anything else  a paragraph

    .venv/bin/python tests/holdout3/make_files.py [OUT_DIR]   (default: tests/holdout3/files)
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

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
)

SOURCES = HERE / "sources"
FIXED_DATE = datetime(2026, 11, 22, tzinfo=UTC)

# name -> (format, running header of a PDF page or site name of a web page)
FILES: dict[str, tuple[str, str]] = {
    "nq_hdnd_tinh_quang_binh": ("pdf", "CÔNG BÁO/Số 45 + 46/Ngày 28-7-2023"),
    "cd_ttg_mua_lu": ("pdf", "VĂN PHÒNG CHÍNH PHỦ - BẢN ĐIỆN TỬ"),
    "tt_btp_phu_luc": ("pdf", "CÔNG BÁO/Số 801 + 802/Ngày 05-7-2024"),
    "qd_ubnd_hai_cot_dak_lak": ("pdf", ""),
    "hd_ban_tuyen_giao_tinh_uy": ("docx", ""),
    "bc_ubnd_tinh_ha_nam_cchc": ("docx", ""),
    "qd_tinh_uy_quy_dinh_web": ("html", "Cổng thông tin điện tử Đảng bộ tỉnh Bắc Giang"),
    "web_tin_so_noi_vu_quang_tri": ("html", "Sở Nội vụ tỉnh Quảng Trị"),
}

# --- PDF -----------------------------------------------------------------------------------------


def make_pdf(lines: list[str], notes: dict[str, str], header: str, out: Path) -> None:
    from fpdf import FPDF

    pending: list[str] = []

    class Doc(FPDF):
        def header(self) -> None:
            if header:
                self.set_font("DejaVu", size=8)
                self.set_xy(30, 10)
                self.cell(150, 5, header, align="C")
                self.ln(10)

        def footer(self) -> None:
            if pending:
                self.set_y(-45)
                self.line(35, self.get_y(), 80, self.get_y())
                self.set_font("DejaVu", size=8)
                for n in pending:
                    self.set_x(35)
                    self.multi_cell(100, 4, f"{n.translate(SUPERSCRIPT)} {notes[n]}")
                pending.clear()
            self.set_y(-15)
            self.set_font("DejaVu", size=8)
            self.cell(0, 5, str(self.page_no()), align="C")

    pdf = dejavu(Doc(format="A4"), FIXED_DATE)
    pdf.set_margins(35, 20, 60)  # a narrow column: references wrap inside
    pdf.set_auto_page_break(True, margin=50)
    pdf.add_page()
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("@"):
            rows = []
            while i < len(lines) and lines[i].startswith("@"):
                rows.append(lines[i][1:].split("||"))
                i += 1
            y = pdf.get_y()
            pdf.set_font("DejaVu", "B", 9)
            for left, _ in rows:
                pdf.set_x(20)
                pdf.multi_cell(60, 5, left, align="C")
            pdf.set_y(y)
            for _, right in rows:
                pdf.set_x(95)
                pdf.multi_cell(95, 5, right, align="C")
            pdf.ln(4)
            continue
        i += 1
        if line.startswith("|"):
            pdf.set_font("DejaVu", size=9)
            cells = line.strip("|").split("|")
            width = 115 / len(cells)
            y = pdf.get_y()
            height = 0.0
            for k, cell in enumerate(cells):
                pdf.set_xy(35 + k * width, y)
                pdf.multi_cell(width, 5, cell, border=1)
                height = max(height, pdf.get_y() - y)
            pdf.set_xy(35, y + height)
            continue
        for n in MARK.findall(line):
            pending.append(n)
        text = MARK.sub(lambda m: m.group(1).translate(SUPERSCRIPT), line)
        if line.startswith("="):
            pdf.set_font("DejaVu", "B", 11)
            pdf.multi_cell(0, 6, text[1:], align="C")
        else:
            pdf.set_font("DejaVu", size=11)
            pdf.multi_cell(0, 6, text, align="J")
        pdf.ln(1)
    pdf.output(str(out))


# --- DOCX ----------------------------------------------------------------------------------------


def make_docx(lines: list[str], notes: dict[str, str], out: Path) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    doc = dated_docx(docx.Document(), FIXED_DATE)
    table = None
    for line in lines:
        if line.startswith("|"):
            cells = line.strip("|").split("|")
            if table is None:
                table = doc.add_table(rows=0, cols=len(cells))
                table.style = "Table Grid"
            row = table.add_row()
            for cell, value in zip(row.cells, cells, strict=True):
                cell.text = value
            continue
        table = None
        p = doc.add_paragraph()
        if line.startswith("="):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(line[1:]).bold = True
            continue
        pos = 0
        for m in MARK.finditer(line):
            p.add_run(line[pos : m.start()])
            p.add_run(m.group(1).translate(SUPERSCRIPT)).font.superscript = True
            pos = m.end()
        p.add_run(line[pos:])
    if notes:
        doc.add_paragraph("_______________")
        for n, text in notes.items():
            p = doc.add_paragraph()
            p.add_run(n.translate(SUPERSCRIPT)).font.superscript = True
            p.add_run(" " + text).font.size = Pt(9)
    doc.save(str(out))
    fix_zip_times(out, FIXED_DATE)


# --- HTML ----------------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{title} - {site}</title>
<meta name="author" content="{site}"></head>
<body>
<header><div class="logo">{site}</div>
<nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li>
<li><a href="/tin-tuc">Tin tức - Sự kiện</a></li><li><a href="/van-ban">Văn bản</a></li>
<li><a href="/dich-vu-cong">Dịch vụ công</a></li><li><a href="/lien-he">Liên hệ</a></li></ul></nav>
<div class="breadcrumb"><a href="/">Trang chủ</a> &gt; <a href="/tin-tuc">Tin tức</a></div></header>
<main><article>
<h1>{title}</h1>
{body}
</article>
<aside><h3>Tin mới</h3><ul>
<li><a href="/tin/1">Hội nghị giao ban công tác quý IV</a></li>
<li><a href="/tin/2">Thông báo lịch tiếp công dân tháng 12</a></li>
<li><a href="/tin/3">Kết quả Chỉ số hài lòng của người dân năm 2024</a></li></ul>
<h3>Liên kết</h3><ul><li><a href="https://chinhphu.vn">Cổng TTĐT Chính phủ</a></li></ul></aside>
</main>
<footer><p>Bản quyền thuộc về {site}</p>
<p>Giấy phép số 45/GP-TTĐT do Sở Thông tin và Truyền thông cấp ngày 12/3/2019</p>
<p>Địa chỉ: 12 Lê Lợi - Điện thoại: 0234.3822.111 - Email: banbientap@gov.vn</p>
<p>Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></footer>
</body></html>
"""


def make_html(lines: list[str], site: str, out: Path) -> None:
    from html import escape

    title = lines[0].lstrip("=")
    parts = [html_paragraph(line) for line in lines[1:]]
    out.write_text(
        PAGE.format(title=escape(title), site=escape(site), body="\n".join(parts)), encoding="utf-8"
    )


def main(argv: list[str]) -> int:
    out_dir = Path(argv[0]) if argv else HERE / "files"
    out_dir.mkdir(parents=True, exist_ok=True)
    if missing := fonts_missing():
        print(missing, file=sys.stderr)
        return 1
    for name, (fmt, extra) in FILES.items():
        lines, notes = parse((SOURCES / f"{name}.txt").read_text(encoding="utf-8"))
        out = out_dir / f"{name}.{fmt}"
        if fmt == "pdf":
            make_pdf(lines, notes, extra, out)
        elif fmt == "docx":
            make_docx(lines, notes, out)
        else:
            make_html(lines, extra, out)
        print(out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
