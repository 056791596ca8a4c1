"""What the writers of real test files share: scripts/make_format_fixtures.py and
tests/holdout3/make_files.py, tests/holdout13/make_files.py (PDF with fpdf2 and the DejaVu fonts,
DOCX with python-docx, HTML pages), so that each builds reproducible bytes the same way.

Source markup of the held-out sets, one line each: "^n text" is footnote n and "[n]" in a line marks
where it is cited; the other prefixes are the writer's own (see its docstring).
"""

from __future__ import annotations

import re
import zipfile
from datetime import datetime
from html import escape
from pathlib import Path
from typing import Any

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
MARK = re.compile(r"\[(\d+)\]")


def fonts_missing() -> str | None:
    """Why PDFs cannot be written here, or None."""
    if (FONT_DIR / "DejaVuSerif.ttf").exists():
        return None
    return f"DejaVu fonts missing in {FONT_DIR} (Debian package fonts-dejavu-core)"


def parse(text: str) -> tuple[list[str], dict[str, str]]:
    """The non-blank lines of a source and its footnotes ("^n text" lines) by number."""
    body, notes = [], {}
    for line in text.splitlines():
        if line.startswith("^"):
            n, _, rest = line[1:].partition(" ")
            notes[n] = rest
        elif line.strip():
            body.append(line)
    return body, notes


def runs(lines: list[str], prefix: str, i: int) -> tuple[list[str], int]:
    """The run of lines starting with `prefix` from line i (prefix removed), and the index after it."""
    out = []
    while i < len(lines) and lines[i].startswith(prefix):
        out.append(lines[i][len(prefix) :])
        i += 1
    return out, i


_STYLE_FILES = {"": "", "B": "-Bold", "I": "-Italic", "BI": "-BoldItalic"}


def dejavu(pdf: Any, created: datetime, family: str = "DejaVu", styles: tuple[str, ...] = ("", "B")) -> Any:
    """`pdf` (an fpdf2 FPDF) with a fixed creation date and DejaVu Serif as `family` in `styles`."""
    pdf.set_creation_date(created)
    for style in styles:
        pdf.add_font(family, style, str(FONT_DIR / f"DejaVuSerif{_STYLE_FILES[style]}.ttf"))
    return pdf


def dated_docx(doc: Any, created: datetime) -> Any:
    """A python-docx Document whose core properties carry a fixed date."""
    doc.core_properties.created = created.replace(tzinfo=None)
    doc.core_properties.modified = created.replace(tzinfo=None)
    return doc


def fix_zip_times(path: Path, when: datetime) -> None:
    """Rewrite a .docx zip with fixed entry times, so that the bytes are reproducible."""
    with zipfile.ZipFile(path) as src:
        entries = [(info.filename, src.read(info)) for info in src.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, data in entries:
            dst.writestr(zipfile.ZipInfo(name, date_time=when.timetuple()[:6]), data, zipfile.ZIP_DEFLATED)


def html_paragraph(line: str) -> str:
    """A source line as an HTML paragraph: "=text" centred and bold, anything else plain."""
    if line.startswith("="):
        return f'<p style="text-align:center"><strong>{escape(line[1:])}</strong></p>'
    return f"<p>{escape(line)}</p>"
