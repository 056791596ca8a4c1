"""File → text. One reader per format; every failure is a `ReadError` with a short `kind`.

Formats: .txt/.md (UTF-8, UTF-8/16/32 with BOM, confident charset detection; the legacy Vietnamese
encodings TCVN3 and VNI converted by `ingest.legacy` when the result reads as Vietnamese, refused
otherwise — as is the text of a .docx, PDF or web page set in the old fonts; a .docx converts run by run
by font, `ingest.docx_fonts`), .docx (python-docx: paragraphs and tables in
body order, data tables as tab-separated rows, then footnotes), .pdf (`ingest.pdf_reader`: the
pdfminer.six text layer read the same way: wrapped paragraph lines joined, ruled tables as
tab-separated rows, footnotes at the end, page numbers and running headers dropped where the pages
prove them), .html/.htm (trafilatura main text,
with the page's title and date kept in `ReadResult.meta`).
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from ingest.docx_fonts import LegacyFonts
from ingest.docx_numbering import ListNumbers
from ingest.legacy import convert_legacy, detect_legacy
from ingest.tables import tab_rows

DEFAULT_MAX_MB = 200.0
MAX_MB_ENV = "LEGALGRAPH_MAX_FILE_MB"

TEXT_SUFFIXES = frozenset({".txt", ".md", ".text"})
DOCX_SUFFIXES = frozenset({".docx"})
PDF_SUFFIXES = frozenset({".pdf"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | DOCX_SUFFIXES | PDF_SUFFIXES | HTML_SUFFIXES


class ReadError(Exception):
    """A file that cannot be turned into text. `kind` is a stable short code, `message` is for people.

    kinds: not_found, unreadable, too_large, empty, binary, encoding, legacy_encoding, no_text, corrupt,
    encrypted, unsupported.
    """

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message

    def __str__(self) -> str:
        return self.message


@dataclass(slots=True)
class ReadResult:
    text: str  # not yet NFC-normalised
    sha256: str  # of the original file bytes
    format: str  # "text", "docx", "pdf", "html"
    size: int  # bytes
    meta: dict[str, Any] = field(default_factory=dict)  # encoding, converted_from, title, date...


def max_bytes_default() -> int:
    """The size limit: $LEGALGRAPH_MAX_FILE_MB megabytes, else 200 MB."""
    raw = os.environ.get(MAX_MB_ENV)
    try:
        mb = float(raw) if raw else DEFAULT_MAX_MB
    except ValueError:
        mb = DEFAULT_MAX_MB
    return int(mb * 1024 * 1024)


def read_file(path: str | os.PathLike[str], *, max_bytes: int | None = None) -> ReadResult:
    """Read one file into text; raise `ReadError` for anything that is not readable text."""
    p = Path(path)
    limit = max_bytes_default() if max_bytes is None else max_bytes
    try:
        size = p.stat().st_size
    except FileNotFoundError:
        raise ReadError("not_found", "no such file") from None
    except OSError as exc:
        raise ReadError("not_found", f"cannot open: {exc.strerror or exc}") from None
    if p.is_dir():
        raise ReadError("unsupported", "is a directory")
    if not p.is_file():
        raise ReadError("unsupported", "not a regular file")
    if size > limit:
        raise ReadError(
            "too_large", f"file is {_mb(size)} MB, over the {_mb(limit)} MB limit (--max-size / {MAX_MB_ENV})"
        )
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise ReadError("unreadable", f"cannot read: {exc.strerror or exc}") from None
    return read_bytes(data, suffix=p.suffix.lower(), max_bytes=limit)


def read_bytes(data: bytes, *, suffix: str = ".txt", max_bytes: int | None = None) -> ReadResult:
    """Read file content given its name suffix (the content is sniffed when the suffix is unknown)."""
    limit = max_bytes_default() if max_bytes is None else max_bytes
    if len(data) > limit:
        raise ReadError("too_large", f"file is {_mb(len(data))} MB, over the {_mb(limit)} MB limit")
    if not data.strip():
        raise ReadError("empty", "empty file")
    if data.startswith(b"\xd0\xcf\x11\xe0"):  # OLE2 compound file: .doc, .xls
        raise ReadError("unsupported", "old Microsoft Office (.doc/.xls) file; save it as .docx or PDF")
    fmt = _format_for(suffix, data)
    reader: Callable[[bytes], tuple[str, dict[str, Any]]] = _READERS[fmt]
    text, meta = reader(data)
    if fmt != "text":  # plain text was checked while decoding; here legacy text set in old fonts
        text, meta = _check_legacy(text, meta)
    if not text.strip():
        raise ReadError(
            "empty" if fmt == "text" else "no_text", "empty file" if fmt == "text" else "no text found"
        )
    return ReadResult(
        text=text, sha256=hashlib.sha256(data).hexdigest(), format=fmt, size=len(data), meta=meta
    )


def _mb(n: int) -> str:
    return f"{n / 1024 / 1024:.3g}"


def _format_for(suffix: str, data: bytes) -> str:
    if suffix in TEXT_SUFFIXES:
        return "text"
    if suffix in DOCX_SUFFIXES:
        return "docx"
    if suffix in PDF_SUFFIXES:
        return "pdf"
    if suffix in HTML_SUFFIXES:
        return "html"
    head = data[:1024].lstrip()
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "docx"
    if re.match(rb"(?i)(<!doctype html|<html|<\?xml[^>]*>\s*<html)", head):
        return "html"
    return "text"


# --- plain text -------------------------------------------------------------------------------

_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


def read_text_bytes(data: bytes) -> tuple[str, dict[str, Any]]:
    """Decode a plain-text file: BOM, else UTF-8, else a confident detection; legacy Vietnamese checked."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(codec.replace("-sig", ""))
            except UnicodeDecodeError as exc:
                raise ReadError(
                    "encoding", f"invalid {codec} text after its byte-order mark ({exc.reason})"
                ) from None
            return _check_legacy(text, {"encoding": codec})
    if b"\x00" in data:
        utf16 = _bomless_utf16(data)
        if utf16 is None:
            raise ReadError("binary", "binary file (NUL bytes), not text")
        return _check_legacy(data.decode(utf16), {"encoding": utf16})
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if _control_ratio(text) > 0.05:
            raise ReadError("binary", "binary file (control characters), not text")
        return _check_legacy(text, {"encoding": "utf-8"})
    # Not UTF-8: legacy Vietnamese 8-bit encodings first (charset detectors call them cp1252).
    latin = data.decode("latin-1")
    if _control_ratio(latin) > 0.05:
        raise ReadError("binary", "binary file (control characters), not text")
    legacy = detect_legacy(latin)
    if legacy is not None:  # TCVN3/VNI files were typed on Windows: 0x80-0x9F are cp1252 quotes
        return _convert_legacy(latin.translate(_CP1252_C1), legacy, {"encoding": legacy})
    return _detected(data)


def _bomless_utf16(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when NULs sit in every other byte as in UTF-16 text, else None."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even = sample[0::2].count(0) / (len(sample) / 2)
    odd = sample[1::2].count(0) / (len(sample) / 2)
    codec = "utf-16-le" if odd > 0.3 and even < 0.05 else "utf-16-be" if even > 0.3 and odd < 0.05 else None
    if codec is None:
        return None
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    return None if _control_ratio(text) > 0.05 else codec


_CP1252_C1 = {c: bytes([c]).decode("cp1252", errors="ignore") or chr(c) for c in range(0x80, 0xA0)}


_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def _control_ratio(text: str) -> float:
    sample = text[:20000]
    return len(_CONTROL.findall(sample)) / len(sample) if sample else 0.0


def _detected(data: bytes) -> tuple[str, dict[str, Any]]:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is None or best.chaos > 0.1 or (best.coherence < 0.2 and not best.encoding.startswith("utf")):
        raise ReadError("encoding", "unknown text encoding (not UTF-8/UTF-16 and not reliably detectable)")
    try:
        text = data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        raise ReadError(
            "encoding", f"unknown text encoding (detected {best.encoding} does not decode)"
        ) from None
    return _check_legacy(text, {"encoding": best.encoding, "detected": True})


# --- legacy Vietnamese encodings (ingest.legacy) -------------------------------------------------


def _check_legacy(text: str, meta: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """Legacy text that reached us as Unicode (a TCVN3 file re-saved as UTF-8 by a converter, the
    text layer of a PDF set in .VnTime, a .docx whose fonts do not say): converted, or refused."""
    legacy = detect_legacy(text)
    if legacy is None:
        return text, meta
    return _convert_legacy(text, legacy, meta)


def _convert_legacy(text: str, legacy: str, meta: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    converted = convert_legacy(text, legacy)
    if converted is None:
        raise ReadError(
            "legacy_encoding", f"legacy Vietnamese encoding {legacy} detected; convert to Unicode first"
        )
    return converted, {**meta, "converted_from": legacy}


# --- docx -------------------------------------------------------------------------------------

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def read_docx_bytes(data: bytes) -> tuple[str, dict[str, Any]]:
    """Paragraphs and tables in body order, then footnotes. A data table (two rows or more, three
    columns or more) becomes tab-separated lines, a row a line; the cells of layout tables (the
    header and signature blocks) are paragraphs of their own."""
    try:
        from docx import Document
        from docx.opc.exceptions import PackageNotFoundError
    except ImportError as exc:  # pragma: no cover - dependency declared in pyproject
        raise ReadError("unsupported", f"python-docx is not installed ({exc})") from None
    try:
        doc = Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise ReadError("corrupt", f"not a readable .docx file ({type(exc).__name__})") from None
    except Exception as exc:  # lxml/zip errors of damaged files
        raise ReadError("corrupt", f"not a readable .docx file ({type(exc).__name__}: {exc})") from None
    blocks: list[str] = []
    styles = _part_root(doc, "styles")
    fonts = LegacyFonts(styles) if _names_legacy_fonts(doc) else None
    parts = _Parts(ListNumbers.from_numbering(_part_root(doc, "numbering"), styles), fonts)
    _docx_blocks(doc.element.body, blocks, parts)
    notes = _docx_footnotes(doc, fonts)
    meta: dict[str, Any] = {}
    if fonts is not None and fonts.converted:
        meta["converted_from"] = "+".join(sorted(fonts.converted))
    if notes:
        meta["footnotes"] = len(notes)
        blocks.append("")
        blocks.extend(notes)
    core = doc.core_properties
    if core.title:
        meta["title"] = core.title
    return "\n\n".join(b for b in _collapse_blank(blocks)), meta


def _part_root(doc: Any, name: str) -> Any | None:
    """The root element of the document's word/<name>.xml part, or None."""
    for part in doc.part.package.parts:
        if str(part.partname) == f"/word/{name}.xml":
            from lxml import etree

            try:
                return etree.fromstring(part.blob)
            except etree.XMLSyntaxError:
                return None
    return None


@dataclass(slots=True)
class _Parts:
    """What the block walk needs besides the body: list numbers and the legacy-font runs."""

    numbers: ListNumbers | None = None
    fonts: LegacyFonts | None = None


def _names_legacy_fonts(doc: Any) -> bool:
    """Whether any part of the document names a legacy Vietnamese font (most never do: no run is looked at)."""
    return any(
        b'".vn' in blob or b'"vni' in blob
        for part in doc.part.package.parts
        if str(part.partname).startswith("/word/")
        and str(part.partname).endswith(".xml")
        and (blob := part.blob.lower())
    )


def _para_text(p: Any, fonts: LegacyFonts | None = None) -> str:
    """Text of a w:p element: runs' text, tabs as tabs, line breaks as newlines. Text boxes anchored in
    the paragraph are blocks of their own (`_text_boxes`), not part of its text."""
    out: list[str] = []
    _run_text(p, out, fonts, fonts.paragraph_style(p) if fonts is not None else None)
    return "".join(out).strip()


def _run_text(el: Any, out: list[str], fonts: LegacyFonts | None = None, style: str | None = None) -> None:
    for child in el.iterchildren():
        tag = child.tag
        if tag == f"{_W}r" and fonts is not None and (legacy := fonts.encoding(child, style)) is not None:
            run: list[str] = []
            _run_text(child, run)
            out.append(fonts.convert("".join(run), legacy))
        elif tag == f"{_W}t":
            out.append(child.text or "")
        elif tag == f"{_W}tab":
            out.append("\t")
        elif tag in (f"{_W}br", f"{_W}cr"):
            out.append("\n")
        elif tag == f"{_W}footnoteReference":
            out.append(_superscript(child.get(f"{_W}id", "")))
        elif isinstance(tag, str) and tag not in _NOT_RUN_TEXT:
            _run_text(child, out, fonts, style)


def _text_boxes(el: Any, out: list[Any]) -> list[Any]:
    """The w:txbxContent elements anchored in `el`, once each: Word saves a text box twice, as a
    drawing (mc:Choice) and as its VML fallback (mc:Fallback), which is skipped."""
    for child in el.iterchildren():
        if child.tag == f"{_W}txbxContent":
            out.append(child)
        elif isinstance(child.tag, str) and child.tag != _MC_FALLBACK:
            _text_boxes(child, out)
    return out


_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
# subtrees of a paragraph whose text is not the paragraph's: text boxes and the fallback copy of a drawing
_NOT_RUN_TEXT = frozenset({f"{_W}txbxContent", _MC_FALLBACK})


_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def _superscript(n: str) -> str:
    return n.translate(_SUPERSCRIPT) if n.isdigit() else ""


def _docx_blocks(container: Any, out: list[str], parts: _Parts) -> None:
    """The blocks of a body, cell or text box in order: a paragraph with the label Word's automatic
    numbering shows before it ("I. MỤC ĐÍCH", "a) Rà soát …"), then the text boxes anchored in it as
    blocks of their own; tables as `read_docx_bytes` says."""
    for child in container.iterchildren():
        tag = child.tag
        if tag == f"{_W}p":
            text = _para_text(child, parts.fonts)
            label = parts.numbers.label(child) if parts.numbers is not None else ""
            out.append(f"{label} {text}" if label and text else text)
            for box in _text_boxes(child, []):
                _docx_blocks(box, out, parts)
                out.append("")
        elif tag == f"{_W}tbl":
            rows = _docx_grid(child, parts)
            if len(rows) >= 2 and max(len(r) for r in rows) >= 3:
                out.extend(tab_rows(rows))
                out.append("")
                continue
            for row in child.iterchildren(f"{_W}tr"):
                for cell in row.iterchildren(f"{_W}tc"):
                    _docx_blocks(cell, out, parts)
                    out.append("")
        elif tag == f"{_W}sdt":
            content = child.find(f"{_W}sdtContent")
            if content is not None:
                _docx_blocks(content, out, parts)


def _docx_grid(tbl: Any, parts: _Parts) -> list[list[list[str]]]:
    """A table as rows of cells, each cell its lines (paragraphs, nested tables flattened); a cell
    spanning columns (w:gridSpan) is followed by empty cells so that columns stay aligned."""
    rows = []
    for tr in tbl.iterchildren(f"{_W}tr"):
        cells: list[list[str]] = []
        for tc in tr.iterchildren(f"{_W}tc"):
            lines: list[str] = []
            _docx_blocks(tc, lines, parts)
            cells.append(
                [" ".join(x.replace("\t", " ").split()) for b in lines for x in b.split("\n") if x.strip()]
            )
            span = tc.find(f"{_W}tcPr/{_W}gridSpan")
            extra = (
                int(span.get(f"{_W}val", "1")) - 1
                if span is not None and span.get(f"{_W}val", "").isdigit()
                else 0
            )
            cells.extend([] for _ in range(min(extra, 20)))
        rows.append(cells)
    return rows


def _docx_footnotes(doc: Any, fonts: LegacyFonts | None = None) -> list[str]:
    from lxml import etree

    for part in doc.part.package.parts:
        if str(part.partname) == "/word/footnotes.xml":
            try:
                root = etree.fromstring(part.blob)
            except etree.XMLSyntaxError:
                return []
            notes = []
            for note in root.iterchildren(f"{_W}footnote"):
                nid = note.get(f"{_W}id", "")
                if not nid.isdigit() or int(nid) <= 0:
                    continue  # separators
                text = " ".join(t for t in (_para_text(p, fonts) for p in note.iter(f"{_W}p")) if t)
                if text:
                    notes.append(f"{_superscript(nid)} {text}")
            return notes
    return []


def _collapse_blank(blocks: list[str]) -> list[str]:
    out: list[str] = []
    for b in blocks:
        if b or (out and out[-1]):
            out.append(b)
    while out and not out[-1]:
        out.pop()
    return [b for b in out if b]


# --- pdf --------------------------------------------------------------------------------------


def read_pdf_bytes(data: bytes) -> tuple[str, dict[str, Any]]:
    """The text layer of a PDF (`ingest.pdf_reader`, imported on first use as pdfminer is)."""
    from ingest.pdf_reader import read_pdf

    return read_pdf(data)


# --- html -------------------------------------------------------------------------------------


def read_html_bytes(data: bytes) -> tuple[str, dict[str, Any]]:
    """Main text of a web page (boilerplate removed by trafilatura). Layout tables (the header and
    signature blocks of documents published as HTML) are opened into paragraphs first, so cells and
    their line breaks stay lines. The page title goes first unless the body is a formal document."""
    import trafilatura

    source = _html_source(data)
    try:
        tree = _open_layout_tables(source)
        published = _page_timestamp(tree)
        doc = trafilatura.bare_extraction(
            tree if tree is not None else source,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            favor_recall=True,
            # a date the page states in its markup, not one guessed from the text ("04/2015/NĐ-CP")
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # trafilatura/lxml on broken markup
        raise ReadError("corrupt", f"not a readable HTML page ({type(exc).__name__}: {exc})") from None
    fields: dict[str, Any] = {}
    if doc is not None:
        fields = doc if isinstance(doc, dict) else doc.as_dict()
    body = (fields.get("text") or "").strip()
    if not body:
        body = (trafilatura.baseline(source)[1] or "").strip()
        fields["fallback"] = "baseline"
    if not body:
        raise ReadError("no_text", "no main text found in the HTML page")
    meta = {
        k: fields[k] for k in ("title", "date", "author", "sitename", "categories", "url") if fields.get(k)
    }
    if fields.get("fallback"):
        meta["fallback"] = "baseline"
    if published and str(meta.get("date", published))[:10] == published[:10]:
        meta["published"] = published
    title = str(meta.get("title") or "").strip()
    body = body.replace("\r\n", "\n")
    if title and not body.startswith(title) and not _FORMAL_HEADER.search(body[:3000]):
        text = f"{title}\n\n{body}"
        meta["title_prepended"] = True
    else:
        text = body
    return text, meta


def _html_source(data: bytes) -> bytes | str:
    """The page for lxml: its bytes when they state their encoding (a BOM, a meta charset, an XML
    declaration), else text decoded as a plain-text file is (UTF-8, else detected, legacy Vietnamese
    converted): lxml would read undeclared bytes as Latin-1 ("Thá»±c hiá»n")."""
    head = data[:4096].lower()
    if (
        data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"))
        or b"charset" in head
        or b"encoding=" in head
    ):
        return data
    return read_text_bytes(data)[0]


# a publication time as sites print it: "12/05/2025 - 15:30", "12/05/2025 15:30 GMT+7", "22/01/2025 | 08:45",
# "15:30 12/05/2025", "15:30, 12/05/2025"
_PAGE_STAMP = re.compile(
    r"(?<![\d/:.])(?:(?P<d1>\d{1,2})/(?P<mo1>\d{1,2})/(?P<y1>\d{4})\s*(?:[-|,–]\s*)?(?P<h1>\d{1,2})[:h](?P<mi1>\d{2})"
    r"|(?P<h2>\d{1,2}):(?P<mi2>\d{2})\s*(?:[-|,–]\s*)?(?:ngày\s+)?(?P<d2>\d{1,2})/(?P<mo2>\d{1,2})/(?P<y2>\d{4}))"
    r"(?![\d/:])"
)


def _page_timestamp(tree: Any) -> str | None:
    """The first date with a time the page prints ("Thứ Hai, 12/05/2025 - 15:30", "Ngày đăng: 22/01/2025
    | 08:45"), as "2025-05-12T15:30": the article's publication time, which the main-text extraction
    often cuts with the byline. None when the page has none (or no tree)."""
    if tree is None:
        return None
    body = tree.find("body")
    m = _PAGE_STAMP.search(" ".join((body if body is not None else tree).itertext()))
    if m is None:
        return None
    g = m.groupdict()
    d, mo, y = int(g["d1"] or g["d2"]), int(g["mo1"] or g["mo2"]), int(g["y1"] or g["y2"])
    h, mi = int(g["h1"] or g["h2"]), int(g["mi1"] or g["mi2"])
    if not (1 <= d <= 31 and 1 <= mo <= 12 and h < 24 and mi < 60):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}"


_FORMAL_HEADER = re.compile(r"(?m)^[\W_]*(?:Số|SỐ)\s*:?\s*\d*\s*[/-]\s*[A-ZĐ]")


def _open_layout_tables(data: bytes | str) -> Any:
    """The page as an lxml tree whose tables are plain blocks, each cell a paragraph (trafilatura
    would flatten a cell's <br>-separated lines into one table row). None when it does not parse."""
    import lxml.html
    from lxml import etree

    try:
        tree = lxml.html.document_fromstring(data)
    except (ValueError, etree.ParserError):
        return None
    for el in tree.iter("table", "tbody", "thead", "tfoot", "tr"):
        el.tag = "div"
    for el in tree.iter("td", "th"):
        # a cell holding paragraphs or a nested layout table is a container: its blocks stay blocks (as a
        # paragraph it would run a headline, its timestamp and the article into one line, holdout19)
        el.tag = "div" if any(c.tag in _CELL_BLOCKS for c in el.iterdescendants()) else "p"
    _drop_related_links(tree)
    return tree


_CELL_BLOCKS = frozenset({"p", "div", "ul", "ol", "h1", "h2", "h3", "h4", "blockquote"})
_RELATED_BLOCKS = ("p", "div", "ul", "ol", "li", "section", "aside", "span", "font", "b", "strong")
_LINK_LEAD = re.compile(r"^[\s>»›\-–•*]*")


@cache
def _related_labels() -> tuple[str, ...]:
    raw = json.loads(resources.files("ingest").joinpath("data/report_meta.json").read_text(encoding="utf-8"))
    return tuple(raw.get("web_related_labels", []))


def _drop_related_links(tree: Any) -> None:
    """Boxes of links to other articles inside the article body ("Xem thêm: <a>…</a>", ">> Xem thêm: …",
    "Tin liên quan: <ul><li><a>…"): a block opening with such a label whose other text is all link text
    is navigation; trafilatura keeps it as a paragraph (its headlines name documents). The block's tail
    text stays."""
    labels = _related_labels()
    found = []
    for el in tree.iter(*_RELATED_BLOCKS):
        head = ""  # the block's first words only: its whole text is read once a label opens it
        for chunk in el.itertext():
            head += chunk
            if len(head) > 40:
                break
        lead = _LINK_LEAD.sub("", " ".join(head.split())).lower()
        label = next((lb for lb in labels if lead.startswith(lb)), None)
        if label is None:
            continue
        text = " ".join(el.text_content().split())
        if len(text) > 600:
            continue
        links = " ".join(" ".join(a.text_content().split()) for a in el.iter("a"))
        if links and len(text) - len(links) <= len(label) + 4:
            found.append(el)
    chosen = set(found)
    for el in found:
        if not any(parent in chosen for parent in el.iterancestors()):
            el.drop_tree()


_READERS: dict[str, Callable[[bytes], tuple[str, dict[str, Any]]]] = {
    "text": read_text_bytes,
    "docx": read_docx_bytes,
    "pdf": read_pdf_bytes,
    "html": read_html_bytes,
}
