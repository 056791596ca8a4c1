"""Build the held-out-21 files from the hand-written sources in sources/: PDFs printed by headless
Chromium from HTML laid out like a Word-exported government document, and DOCX files carrying the Word
features real offices use (automatic list numbering, tracked changes, comments, a text box, hyperlinks
and fields, a two-column section).

PDF sources (sources/*.html) are body fragments; the page template below adds the CSS of a Word
document (Liberation Serif 13 pt, justified, no automatic hyphenation, the two-column header table,
the signature table beside "Nơi nhận:"). Chromium stamps the print time into the PDF: the two dates
are replaced with a fixed one, so a rebuild with the same Chromium gives the same bytes.

DOCX sources (sources/*.docx.txt), one paragraph a line:

    @left||right    a row of the header block (in a text box when the file's option says so)
    =text           centred bold line (titles)
    N1 text         an automatically numbered paragraph, level 1 ("I."), N2 ("1."), N3 ("a)"): the
                    label is in numbering.xml, not in the text
    |a|b|c          a table row (the first row of a run is the heading)
    ~cols2 / ~cols1 start / end a two-column section
    anything else   a paragraph
  inline:  {+text+} a tracked insertion, {-text-} a tracked deletion, {c:text|remark} text commented
           with a reviewer's remark, {h:text|url} a hyperlink, {f:text|instr} a field showing text

    PYTHONPATH=. .venv/bin/python tests/holdout21/make_files.py [OUT_DIR]   (default: tests/holdout21/files)
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from tests.holdout21.docx_writer import make_docx  # noqa: E402

SOURCES = HERE / "sources"
CHROMIUM = "/usr/bin/chromium"
FIXED_PDF_DATE = b"D:20261123000000+00'00'"

PAGE_CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: "Liberation Serif"; font-size: 13pt; line-height: 1.3; hyphens: manual; }
p { text-align: justify; text-indent: 10mm; margin: 0 0 6pt 0; }
p.title, p.c, p.part { text-align: center; text-indent: 0; font-weight: bold; }
p.c { font-weight: normal; }
table.head, table.sign { width: 100%; border-collapse: collapse; }
table.head td { text-align: center; vertical-align: top; font-size: 12.5pt; padding: 2pt 0; }
table.head td:first-child { width: 38%; }
table.sign td { vertical-align: top; }
table.sign td.nn { width: 50%; font-size: 11pt; }
table.sign td.sg { text-align: center; }
table.grid { width: 100%; border-collapse: collapse; font-size: 11.5pt; margin: 6pt 0; }
table.grid th, table.grid td { border: 0.75pt solid black; padding: 2pt 4pt; vertical-align: top; }
table.grid tr { break-inside: avoid; }
.running { position: fixed; top: -12mm; left: 0; right: 0; text-align: center; font-size: 9pt; }
@page { @bottom-center { content: counter(page); font-family: "Liberation Serif"; font-size: 11pt; } }
"""

# name -> format
FILES: dict[str, str] = {
    "nd_cp_cong_bao_van_thu_2020": "pdf",
    "kh_ubnd_tay_ninh_nd118_mot_cua": "pdf",
    "cv_bnv_che_do_nd178": "pdf",
    "bc_stp_kiem_tra_van_ban_bang_rong": "pdf",
    "kh_ubnd_huyen_chuyen_doi_so_danh_so": "docx",
    "bc_ubnd_binh_thuan_theo_doi_sua": "docx",
    "cv_bgddt_hop_van_ban": "docx",
}


def chromium_missing() -> str | None:
    """Why the PDFs cannot be printed here, or None."""
    return None if Path(CHROMIUM).exists() else f"{CHROMIUM} missing (Debian package chromium)"


def page_html(body: str) -> str:
    return (
        '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title></title>'
        f"<style>{PAGE_CSS}</style></head><body>{body}</body></html>"
    )


def make_pdf(source: Path, out: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="h21-") as tmp:
        html = Path(tmp) / "page.html"
        html.write_text(page_html(source.read_text(encoding="utf-8")), encoding="utf-8")
        pdf = Path(tmp) / "page.pdf"
        subprocess.run(
            [
                CHROMIUM,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                f"--user-data-dir={tmp}/profile",
                "--no-pdf-header-footer",
                f"--print-to-pdf={pdf}",
                html.as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
        data = re.sub(rb"D:\d{14}[+-]\d\d'\d\d'", FIXED_PDF_DATE, pdf.read_bytes())
    out.write_bytes(data)


def main(argv: list[str]) -> int:
    out_dir = Path(argv[0]) if argv else HERE / "files"
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, fmt in FILES.items():
        if fmt == "pdf":
            source = SOURCES / f"{name}.html"
            if not source.exists():
                continue
            why = chromium_missing()
            if why:
                print(why, file=sys.stderr)
                return 1
            make_pdf(source, out_dir / f"{name}.pdf")
        else:
            source = SOURCES / f"{name}.docx.txt"
            if not source.exists():
                continue
            make_docx(source.read_text(encoding="utf-8"), out_dir / f"{name}.docx", name)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
