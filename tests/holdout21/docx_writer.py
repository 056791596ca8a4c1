"""The DOCX writer of held-out-21 (see make_files.py for the source markup): python-docx for the
document, raw WordprocessingML for what python-docx cannot write — automatic list numbering
(numbering.xml), tracked insertions and deletions, a text box (wps shape with its VML fallback, as Word
saves it), hyperlinks, complex fields and a two-column section."""

from __future__ import annotations

import re
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

FIXED = datetime(2026, 11, 23, tzinfo=UTC)
STAMP = "2026-11-23T00:00:00Z"
NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)
INLINE = re.compile(r"\{([+\-]|c:|h:|f:)(.*?)(?:\|(.*?))?([+\-]?)\}")
HYPERLINK_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"
# abstract numbering 90: I. / 1. / a) as government documents number their headings
NUMBERING = (
    f'<w:abstractNum {NS} w:abstractNumId="90"><w:multiLevelType w:val="multilevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/>'
    '<w:lvlJc w:val="left"/><w:rPr><w:b/></w:rPr></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/>'
    '<w:lvlJc w:val="left"/></w:lvl>'
    '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/>'
    '<w:lvlJc w:val="left"/></w:lvl></w:abstractNum>'
)


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def _run(text: str, tag: str = "w:t") -> str:
    return f'<w:r><{tag} xml:space="preserve">{_esc(text)}</{tag}></w:r>'


class Writer:
    def __init__(self) -> None:
        from docx import Document

        self.doc = Document()
        self.doc.core_properties.created = FIXED.replace(tzinfo=None)
        self.doc.core_properties.modified = FIXED.replace(tzinfo=None)
        self.doc.core_properties.author = "Văn thư"
        self.body = self.doc.element.body
        self.change_id = 100
        numbering = self.doc.part.numbering_part.element
        from docx.oxml import parse_xml

        self.parse = parse_xml
        numbering.insert(0, parse_xml(NUMBERING))
        numbering.append(parse_xml(f'<w:num {NS} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))

    # -- inline ------------------------------------------------------------------------------
    def inline(self, paragraph: Any, text: str) -> None:
        pos = 0
        for m in INLINE.finditer(text):
            if m.start() > pos:
                paragraph.add_run(text[pos : m.start()])
            kind, body, extra = m.group(1), m.group(2), m.group(3)
            self.change_id += 1
            cid = self.change_id
            p = paragraph._p
            if kind == "+":
                p.append(
                    self.parse(
                        f'<w:ins {NS} w:id="{cid}" w:author="Phòng NC" w:date="{STAMP}">{_run(body)}</w:ins>'
                    )
                )
            elif kind == "-":
                p.append(
                    self.parse(
                        f'<w:del {NS} w:id="{cid}" w:author="Phòng NC" w:date="{STAMP}">{_run(body, "w:delText")}</w:del>'
                    )
                )
            elif kind == "c:":
                run = paragraph.add_run(body)
                self.doc.add_comment(run, text=extra or "", author="Phó Chánh Văn phòng", initials="PCVP")
            elif kind == "h:":
                rid = self.doc.part.relate_to(extra, HYPERLINK_REL, is_external=True)
                p.append(
                    self.parse(
                        f'<w:hyperlink {NS} r:id="{rid}" w:history="1"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t xml:space="preserve">{_esc(body)}</w:t></w:r></w:hyperlink>'
                    )
                )
            elif kind == "f:":
                for xml in (
                    '<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
                    f'<w:r><w:instrText xml:space="preserve"> {_esc(extra or "")} </w:instrText></w:r>',
                    '<w:r><w:fldChar w:fldCharType="separate"/></w:r>',
                    _run(body),
                    '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
                ):
                    p.append(self.parse(xml.replace("<w:r>", f"<w:r {NS}>", 1)))
            pos = m.end()
        if pos < len(text):
            paragraph.add_run(text[pos:])

    # -- blocks ------------------------------------------------------------------------------
    def paragraph(
        self, text: str, *, level: int | None = None, centred: bool = False, bold: bool = False
    ) -> Any:
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        par = self.doc.add_paragraph()
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER if centred else WD_ALIGN_PARAGRAPH.JUSTIFY
        if level is not None:
            ppr = par._p.get_or_add_pPr()
            ppr.insert(
                0, self.parse(f'<w:numPr {NS}><w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>')
            )
        self.inline(par, text)
        if bold:
            for r in par.runs:
                r.bold = True
        return par

    def header_table(self, rows: list[tuple[str, str]]) -> None:
        """The header block a row a line; the signature block ("Nơi nhận:" first) as Word offices lay
        it out: one row, the recipients' list in the left cell, the signature in the right one."""
        table = self.doc.add_table(rows=0, cols=2)
        if rows[0][0].startswith("Nơi nhận"):
            cells = table.add_row().cells
            for cell, column in zip(cells, zip(*rows, strict=True), strict=True):
                lines = [x for x in column if x]
                self.inline(cell.paragraphs[0], lines[0])
                for line in lines[1:]:
                    self.inline(cell.add_paragraph(), line)
            return
        for left, right in rows:
            cells = table.add_row().cells
            for cell, text in zip(cells, (left, right), strict=True):
                self.inline(cell.paragraphs[0], text)

    def text_box(self, rows: list[tuple[str, str]]) -> None:
        """The header block as Word 2010+ saves a text box: a wps shape and its VML fallback, each
        holding the same w:txbxContent (a borderless two-column table)."""
        cells = "".join(
            f"<w:tr><w:tc><w:p>{_run(a)}</w:p></w:tc><w:tc><w:p>{_run(b)}</w:p></w:tc></w:tr>"
            for a, b in rows
        )
        content = (
            '<w:txbxContent><w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/></w:tblPr>'
            f'<w:tblGrid><w:gridCol w:w="3600"/><w:gridCol w:w="5400"/></w:tblGrid>{cells}</w:tbl>'
            "<w:p/></w:txbxContent>"
        )
        xml = (
            f'<w:p {NS}><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
            '<wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="2" behindDoc="0" '
            'locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
            '<wp:positionH relativeFrom="margin"><wp:posOffset>0</wp:posOffset></wp:positionH>'
            '<wp:positionV relativeFrom="margin"><wp:posOffset>0</wp:posOffset></wp:positionV>'
            '<wp:extent cx="5715000" cy="1000000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
            '<wp:docPr id="1" name="Hộp văn bản 1"/><wp:cNvGraphicFramePr/>'
            '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
            '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="5715000" cy="1000000"/>'
            '</a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>'
            f"<wps:txbx>{content}</wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor>"
            "</w:drawing></mc:Choice><mc:Fallback><w:pict>"
            '<v:shape id="Hộp văn bản 1" type="#_x0000_t202" style="width:450pt;height:78.75pt" stroked="f" filled="f">'
            f"<v:textbox>{content}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>"
        )
        self.body.sectPr.addprevious(self.parse(xml))

    def grid(self, rows: list[list[str]]) -> None:
        table = self.doc.add_table(rows=0, cols=len(rows[0]))
        table.style = "Table Grid"
        for i, row in enumerate(rows):
            cells = table.add_row().cells
            for cell, text in zip(cells, row, strict=False):
                cell.text = ""
                self.inline(cell.paragraphs[0], text)
                if i == 0:
                    for r in cell.paragraphs[0].runs:
                        r.bold = True

    def section(self, columns: int) -> None:
        """End the current section here (continuous), with `columns` text columns."""
        par = self.doc.add_paragraph()
        ppr = par._p.get_or_add_pPr()
        ppr.append(
            self.parse(
                f'<w:sectPr {NS}><w:type w:val="continuous"/><w:pgSz w:w="11906" w:h="16838"/>'
                '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" w:header="720" w:footer="720" w:gutter="0"/>'
                f'<w:cols w:num="{columns}" w:space="425"/></w:sectPr>'
            )
        )


def make_docx(source: str, out: Path, name: str) -> None:
    w = Writer()
    lines = [x for x in source.splitlines() if x.strip() and not x.startswith("//")]
    header_in_box = lines and lines[0] == "~textbox"
    if header_in_box:
        lines = lines[1:]
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("@"):
            rows = []
            while i < len(lines) and lines[i].startswith("@"):
                left, _, right = lines[i][1:].partition("||")
                rows.append((left, right))
                i += 1
            (w.text_box if header_in_box else w.header_table)(rows)
            header_in_box = False  # only the header block sits in the text box
            continue
        if line.startswith("|"):
            rows = []
            while i < len(lines) and lines[i].startswith("|"):
                rows.append(lines[i].strip("|").split("|"))
                i += 1
            w.grid(rows)
            continue
        if line in ("~cols2", "~cols1"):
            # a section ends with the columns it had: "~cols2" closes a one-column part, "~cols1" a two-column one
            w.section(1 if line == "~cols2" else 2)
        elif line.startswith("="):
            w.paragraph(line[1:], centred=True, bold=True)
        elif re.match(r"N[123] ", line):
            w.paragraph(line[3:], level=int(line[1]) - 1, bold=line[1] == "1")
        else:
            w.paragraph(line)
        i += 1
    w.doc.save(str(out))
    _fix(out)


def _fix(path: Path) -> None:
    """Fixed zip entry times and comment dates, so that the bytes are reproducible."""
    with zipfile.ZipFile(path) as src:
        entries = [(info.filename, src.read(info)) for info in src.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, data in entries:
            if name == "word/comments.xml":
                data = re.sub(rb'w:date="[^"]*"', f'w:date="{STAMP}"'.encode(), data)
            dst.writestr(zipfile.ZipInfo(name, date_time=FIXED.timetuple()[:6]), data, zipfile.ZIP_DEFLATED)
