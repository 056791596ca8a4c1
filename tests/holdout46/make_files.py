"""Build the held-out-46 files: .docx letters of a provincial People's Committee's Văn phòng, some typed
in the legacy TCVN3 ("ABC") fonts as older offices still type them — runs in ".VnTime" with capitals in
".VnTimeH", the TCVN3 code points stored as the Latin-1 characters of their bytes — some in Unicode,
some mixing the two (an old header and signature block over a Unicode body, or the reverse).

Deterministic: fixed creation dates, fixed zip entry times. Source markup (sources/*.txt), one
paragraph a line:

    ~font NAME     the font of the lines that follow ("Times New Roman", ".VnTime", ".VnTimeH")
    @left||right   a row of the two-column header or signature block (a borderless table)
    |a|b|c         a table row (the first row of a run is the heading)
    =text          centred bold line (titles)
    // text        a comment, not written
    anything else  a paragraph
  inline: {H:text} a run in .VnTimeH, {V:text} a run in .VnTime, {U:text} a run in Times New Roman
          (Unicode), whatever the line's font.

Text is written in Unicode here; a run whose font is a TCVN3 font is stored as TCVN3 (a typist of
those fonts had no upper-case toned vowels: they are stored with the lower-case code, and a .VnTimeH
run draws every letter as a capital).

    PYTHONPATH=. .venv/bin/python tests/holdout46/make_files.py [OUT_DIR]   (default: tests/holdout46/files)
"""

from __future__ import annotations

import json
import re
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))

from scripts.fixture_files import dated_docx, fix_zip_times, runs  # noqa: E402

SOURCES = HERE / "sources"
FIXED_DATE = datetime(2026, 11, 23, tzinfo=UTC)
UNICODE_FONT = "Times New Roman"
INLINE = re.compile(r"\{([HVU]):(.*?)\}")
INLINE_FONT = {"H": ".VnTimeH", "V": ".VnTime", "U": UNICODE_FONT}

FILES = (
    "tb_vpubnd_ninh_binh_ket_luan_giai_ngan_2025",
    "gm_vpubnd_ha_tinh_hop_nd178_tcvn3_2025",
    "cv_vpubnd_quang_binh_sao_gui_cv_bnv_tron_font_2025",
    "bc_vpubnd_tuyen_quang_nhiem_vu_ton_dong_2025",
    "bb_hop_ubnd_soc_trang_vntime_dan_2025",
    "tb_vpubnd_phu_yen_ket_luan_dat_dai_2025",
    "cv_vpubnd_binh_dinh_y_kien_to_trinh_2024",
    "tb_vpubnd_thai_binh_tiep_cong_dan_tcvn3_2024",
)


def _to_tcvn3() -> dict[str, str]:
    table = json.loads((ROOT / "ingest/data/tcvn3.json").read_text(encoding="utf-8"))["map"]
    return {unicode: byte for byte, unicode in table.items()}


TO_TCVN3 = _to_tcvn3()


def tcvn3(text: str) -> str:
    """Unicode Vietnamese as a TCVN3 typist's .docx holds it."""
    return "".join(TO_TCVN3.get(ch, TO_TCVN3.get(ch.lower(), ch)) for ch in text)


def add_runs(paragraph: Any, text: str, font: str) -> None:
    """The runs of one line: the line's font, and {X:…} stretches in their own font."""
    pos = 0
    pieces: list[tuple[str, str]] = []
    for m in INLINE.finditer(text):
        if m.start() > pos:
            pieces.append((text[pos : m.start()], font))
        pieces.append((m.group(2), INLINE_FONT[m.group(1)]))
        pos = m.end()
    if pos < len(text):
        pieces.append((text[pos:], font))
    for piece, name in pieces:
        run = paragraph.add_run(tcvn3(piece) if name.startswith(".Vn") else piece)
        run.font.name = name


def make_docx(lines: list[str], out: Path) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    doc = dated_docx(docx.Document(), FIXED_DATE)
    doc.core_properties.author = "Văn thư"
    font = UNICODE_FONT
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("~font "):
            font = line[6:].strip()
            i += 1
            continue
        if line.startswith("@") or line.startswith("|"):
            prefix = line[0]
            rows, i = runs(lines, prefix, i)
            cells = [r.split("||") if prefix == "@" else r.split("|") for r in rows]
            table = doc.add_table(rows=0, cols=len(cells[0]))
            if prefix == "|":
                table.style = "Table Grid"
            for row in cells:
                for cell, value in zip(table.add_row().cells, row, strict=True):
                    p = cell.paragraphs[0]
                    if prefix == "@":
                        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    add_runs(p, value, font)
            continue
        i += 1
        p = doc.add_paragraph()
        if line.startswith("="):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            add_runs(p, line[1:], font)
            for run in p.runs:
                run.bold = True
            continue
        add_runs(p, line, font)
    doc.save(str(out))
    fix_zip_times(out, FIXED_DATE)


def source_lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip() and not line.startswith("//")]


def main(argv: list[str]) -> int:
    out_dir = Path(argv[0]) if argv else HERE / "files"
    out_dir.mkdir(parents=True, exist_ok=True)
    for name in FILES:
        source = SOURCES / f"{name}.txt"
        if not source.exists():
            continue
        out = out_dir / f"{name}.docx"
        make_docx(source_lines(source.read_text(encoding="utf-8")), out)
        print(out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
