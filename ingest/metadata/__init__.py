"""The report's own metadata: number, place and date, type, title, issuer, province, signer,
recipients, reporting period, and which references it reports on or responds to.

Read from the header block (national motto, issuing body, "Số: …", "An Giang, ngày …", heading,
title), the preamble ("Thực hiện Công văn số …"), and the end (“Nơi nhận:”, signature block). Web
articles (title, category, "04:57 14/12/2017", author line, site boilerplate) are recognised too.
Vocabulary lives in `ingest/data/report_meta.json`, `doc_types.json` and `issuer_codes.json`.

The readers, one module each: `header` (number, place and date, type, title), `issuer` (issuing
body and province), `signature` (recipients and signer), `article` (web articles), `subjects`
(what the report is about and answers); `base` holds what they share.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ingest.gazetteer import body_by_name
from ingest.issuer_text import tidy_issuer
from ingest.metadata.article import parse_article
from ingest.metadata.attributes import attribute_block
from ingest.metadata.base import (
    NATIONAL,
    Line,
    ParseState,
    issuer_code,
    may_be_national,
    split_lines,
    type_from_symbol,
    vocab,
)
from ingest.metadata.cells import join_header_fields
from ingest.metadata.header import (
    HEADING_BEFORE_PROSE,
    date_line,
    number_date,
    number_of_attached,
    number_of_captioned_part,
    parse_heading,
    parse_number,
    parse_place_date,
    parse_title,
    passed_on,
)
from ingest.metadata.issuer import parse_issuer
from ingest.metadata.period import PERIOD, iso_period
from ingest.metadata.signature import parse_end
from ingest.metadata.subjects import check_cited_dates, check_self_mentions, date_own_number, link_refs
from ingest.models import DocumentMeta, Reference, Repair

HEADER_LINES = 40  # non-empty lines searched for the header block
PAGE_INFO_LINES = 120  # non-empty lines searched for the national name under a site's menu and info block


def extract_metadata(
    text: str, refs: Sequence[Reference], *, hints: dict[str, Any] | None = None
) -> DocumentMeta:
    """Metadata of the document in `text` (NFC). `refs` are its references, in text order; `hints`
    are what a reader already knew (an HTML page's title and date)."""
    hints = hints or {}
    meta = DocumentMeta()
    lines = join_header_fields(_letter_lines(split_lines(text)))
    body = [ln for ln in lines if ln.clean]
    header = body[:HEADER_LINES]

    st = ParseState()
    number_line = parse_number(header, meta)
    if number_line is None and (start := _below_page_info(body)):
        # the header below a site's info block has its fields split over lines too ("Số:⏎1972/QĐ-BKHĐT",
        # "Hà⏎Nội, ngày …"): they are joined there, not only in the first lines (real-text audit r39)
        at = body[start].start
        k = next(i for i, ln in enumerate(lines) if ln.start >= at)
        lines = lines[:k] + join_header_fields(lines[k:])
        body = [ln for ln in lines if ln.clean]
        start = next(i for i, ln in enumerate(body) if ln.start >= at)
        header = body[start : start + HEADER_LINES]
        number_line = parse_number(header, meta)
    if (
        parse_place_date(header, meta) is None
        and not _place_date_below(header, number_line, meta)
        and number_line is not None
        and not number_date(number_line, meta)
        and not date_line(header, meta)
    ):
        passed_on(text, meta)
    # a law site's attribute block ("| Số hiệu | … |", "- **Ngày ban hành:** …") states the document's number
    # and date where the text has no header of its own (real-text audits r41, r42, r47, r48)
    block = attribute_block(body)
    if block:
        _block_number_date(block, number_line, meta)
    heading_idx = parse_heading(header, meta, st)
    if meta.date is None and number_line is None and meta.doc_type in vocab().cfg.get("passed_types", ()):
        # a council's resolution whose header was stripped: its closing "Nghị quyết này đã được Hội đồng nhân
        # dân tỉnh X khóa …, kỳ họp thứ … thông qua ngày …" dates it (real-text audit r44)
        passed_on(text, meta)
    parse_title(lines, header, heading_idx, meta, st)
    if meta.title is None and "title" in block:
        # "| Trích yếu: | Quy định … |": a database page with no title of its own (real-text audit r73)
        meta.title = block["title"]
    by_symbol = type_from_symbol(meta.symbol) if meta.symbol else None
    if by_symbol and meta.doc_type and by_symbol in vocab().cfg.get("symbol_type_over_heading", ()):
        # "NGHỊ ĐỊNH⏎VỀ …" over "Số: 05/VBHN-VPCP": a consolidated decree, named "Nghị định về …"
        if meta.title and meta.doc_type != by_symbol:
            meta.title = f"{meta.doc_type} {meta.title}"
        meta.doc_type = by_symbol
    if meta.doc_type is None:
        meta.doc_type = by_symbol or block.get("type")
    elif by_symbol and by_symbol != meta.doc_type and by_symbol != vocab().no_code_type:
        meta.warnings.append(f"heading says {meta.doc_type} but the symbol {meta.symbol} says {by_symbol}")
    if number_line is None and heading_idx is not None and "number" not in block:
        number_of_attached(header[heading_idx:], refs, meta)  # the decision's type is not the document's
    if number_line is None and meta.number_symbol is None and not block:
        number_of_captioned_part(body, refs, meta)  # its own number only in an appendix's caption (r77)
    if meta.doc_type is None and number_line is None and not block:  # a page reprinting one: no article
        parse_article(lines, body, meta, hints, st)
    if meta.kind != "article":
        meta.kind = vocab().cfg.get("kinds", {}).get(meta.doc_type or "", "document")
    if st.title_span is not None:  # the title's upper-case lines name no issuer ("… CỦA VĂN PHÒNG CHÍNH PHỦ")
        a, b = st.title_span
        header = [ln for ln in header if not a <= ln.start < b]
    read_number = meta.number_symbol
    parse_issuer(text, header, number_line, meta)
    if "issuer" in block and (number_line is None or meta.issuer is None):
        _block_issuer(block["issuer"], meta)
    if read_number and number_line is not None and meta.number_symbol != read_number:
        _respell_own_mention(refs, number_line, read_number, meta)
    if st.gazette_issuer:
        _gazette_issuer(st.gazette_issuer, meta)
    if meta.issuer:  # abbreviations written out: "Văn phòng Ủy ban nhân dân tỉnh Quảng Ngãi"
        meta.issuer = tidy_issuer(meta.issuer)
    parse_end(lines, meta, text)
    _standing_committee(meta)
    if meta.title:
        meta.period = _title_period(meta.title, refs)
        meta.period_iso = iso_period(meta.period, meta.date)
    link_refs(text, lines, refs, st.title_span, meta)
    check_self_mentions(text, number_line, meta)
    date_own_number(refs, meta)
    check_cited_dates(refs, meta)
    return meta


def _place_date_below(header: list[Line], number_line: Line | None, meta: DocumentMeta) -> bool:
    """The place and date under the number line when a site's front matter and info block put that line
    past the first lines searched ("---⏎layout: …⏎---⏎# Nghị định …⏎- **Số hiệu:** …⏎…⏎Số: 315/2026/NĐ-CP⏎
    …⏎Hà Nội, ngày 10 tháng 8 năm 2026", real-text audit r48)."""
    if number_line is None:
        return False
    k = next((i for i, ln in enumerate(header) if ln.start == number_line.start), 0)
    return k >= 10 and parse_place_date(header[k:], meta) is not None


def _block_number_date(block: dict[str, str], number_line: Line | None, meta: DocumentMeta) -> None:
    """Number and date from the attribute block where the header states none; the header's wins, and a
    block naming another number is another document's (nothing taken from it)."""
    if "number" in block:
        if number_line is not None and meta.number_symbol != block["number"]:
            block.clear()
            return
        if number_line is None:
            parse_number([Line(0, 0, f"Số: {block['number']}")], meta)
    date = block.get("date")
    if date is not None and meta.date is None:
        meta.date = date
    elif date is not None and meta.date != date:
        meta.warnings.append(f"date mismatch: header says {meta.date}, but the attribute block gives {date}")


def _block_issuer(name: str, meta: DocumentMeta) -> None:
    """The issuer the attribute block names (a known body): a central one is of no province."""
    meta.issuer = name
    body = body_by_name(name)
    if body is not None and body.get("level") == "central":
        meta.province = None


def _respell_own_mention(refs: Sequence[Reference], line: Line, read: str, meta: DocumentMeta) -> None:
    """The header's own number as a mention ("Số 445-KL/TƯ") takes the code the header's body proved
    for the own number (parse_issuer: TU of the Tỉnh ủy, not the Party's spelling of TW): real-text audit r32."""
    for r in refs:
        if line.start <= r.start < line.end and r.number_symbol == read and meta.number_symbol:
            r.repairs = [x for x in r.repairs if x.kind != "code_spelling"]
            r.repairs.append(Repair("diacritic", r.text, meta.number_symbol))
            r.number_symbol = meta.number_symbol
            if meta.symbol:
                r.issuer_code = issuer_code(meta.symbol)


def _gazette_issuer(named: str, meta: DocumentMeta) -> None:
    """The issuer the Gazette's heading names ("CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ …") when it is a known central
    body and the header's reading names none ("CỦA THỦ⏎TƯỚNG …" read as "Của thủ"): the heading states it."""
    body = body_by_name(named)
    known = meta.issuer is not None and body_by_name(meta.issuer) is not None
    if body is not None and body.get("level") == "central" and not known:
        meta.issuer = body["name"]
        meta.province = None  # a ministry's document written in Hà Nội is not about Hà Nội


_DAY_BEFORE = re.compile(r"(?i)ngày\s+\d{1,2}\s+\Z")


def _title_period(title: str, refs: Sequence[Reference]) -> str | None:
    """The period the title states ("6 tháng đầu năm 2025", "năm 2024"), not the month of a date ("Nghị
    định số 79/2025/NĐ-CP ngày 01 tháng 4 năm 2025") nor the year of a law named in it ("hướng dẫn thực
    hiện Luật Tổ chức chính quyền địa phương năm 2025", holdout27)."""
    for m in PERIOD.finditer(title):
        if _DAY_BEFORE.search(title, max(0, m.start() - 12), m.start()):
            continue
        if any(r.kind == "named" and r.text.endswith(m.group()) and r.text in title for r in refs):
            continue
        return _yearless_before_tasks(title, m) or m.group()
    return None


# a half-year or a quarter written without its year before the tasks' period ("6 tháng đầu năm và
# nhiệm vụ 6 tháng cuối năm 2010"): the kind of the period, the span before it, and its year's group
_YEARLESS = (
    ("m_year", re.compile(r"(?i)(?<!\w)(?:\d{1,2}|sáu|chín|ba) tháng (?:đầu|cuối) năm(?=[ ,;]|\Z)")),
    ("q_year", re.compile(r"(?i)(?<!\w)quý\s+[IV1-4]+(?=[ ,;]|\Z)")),
)


def _yearless_before_tasks(title: str, m: re.Match[str]) -> str | None:
    """The report's own period when the title's first dated one is the tasks' ("… 6 tháng đầu năm và
    nhiệm vụ 6 tháng cuối năm 2010", report_meta.json period_task_words): the same kind of period
    written before the task word without a year, given the tasks' year ("6 tháng đầu năm 2010")."""
    head = title[: m.start()].rstrip(" ,;:-–").lower()
    cut = -1
    for w in vocab().cfg.get("period_task_words", ()):
        k = head.rfind(w)
        if k > cut and len(head[k + len(w) :].split()) <= 2:  # "nhiệm vụ trọng tâm 6 tháng …"
            cut = k
    if cut < 0:
        return None
    for group, pat in _YEARLESS:
        year = m.group(group)
        if year is None:
            continue
        found: re.Match[str] | None = None
        for y in pat.finditer(title, 0, cut):
            found = y
        return f"{found.group()} {'' if group == 'm_year' else 'năm '}{year}" if found else None
    return None


# lines of a header above the national name ("ỦY BAN NHÂN DÂN⏎TỈNH …⏎-------⏎|"), at most
_ABOVE_NATIONAL = 8


def _below_page_info(body: list[Line]) -> int:
    """Where the header starts when a law site's information block ("• Số hiệu văn bản: …", "• Cơ quan
    ban hành: …", a dozen lines and more) pushes it past the lines searched for the number: a few lines
    above the national name; 0 when that name is near the top or absent (r10). A law firm's site puts its
    menu and the block before it, sixty lines and more (real-text audit r18): the name is looked for in the
    first PAGE_INFO_LINES lines."""
    for k, ln in enumerate(body[:PAGE_INFO_LINES]):
        # a paragraph naming the state ("… của nước Cộng hòa xã hội chủ nghĩa Việt Nam") is no header line
        if len(ln.clean) <= HEADING_BEFORE_PROSE and may_be_national(ln.clean) and NATIONAL.search(ln.clean):
            if k < 2 * _ABOVE_NATIONAL:
                return 0
            start = k
            while start > k - _ABOVE_NATIONAL and len(body[start - 1].clean) < HEADING_BEFORE_PROSE:
                start -= 1  # the issuer's lines, not the block's prose above them
            return start
    return 0


# an e-mail client's forward header ("---------- Forwarded message ---------", "-----Original Message-----")
# and the mail fields under it; a copy certificate's heading ("SAO Y BẢN CHÍNH") after a letter
_FORWARD = re.compile(r"(?i)^-{3,}[ ]*(?:forwarded message|original message|thư chuyển tiếp)[ ]*-{3,}$")


_MAIL_FIELD = re.compile(r"(?i)^(?:from|từ|date|ngày|sent|subject|chủ đề|to|đến|cc)[ ]?:")


_COPY_HEADS = ("SAO Y BẢN CHÍNH", "SAO Y", "SAO LỤC", "TRÍCH SAO")


def _letter_lines(lines: list[Line]) -> list[Line]:
    """The lines of the document itself: of a letter forwarded by e-mail, those after the last forward
    header and its mail fields (the forwarding notes above are not the letter); without a copy
    certificate after it ("SAO Y BẢN CHÍNH", the copy's own number and signature)."""
    start = 0
    for i, ln in enumerate(lines[:200]):
        if ln.clean.startswith("-") and _FORWARD.match(ln.clean):
            j = i + 1
            while j < len(lines) and (not lines[j].clean or _MAIL_FIELD.match(lines[j].clean)):
                j += 1
            start = j
    end = next((k for k in range(start + 10, len(lines)) if lines[k].clean in _COPY_HEADS), len(lines))
    return lines if (start, end) == (0, len(lines)) else lines[start:end]


def _standing_committee(meta: DocumentMeta) -> None:
    """A Party committee's document signed "T/M BAN THƯỜNG VỤ" is its standing committee's
    (report_meta.json standing_committee): "Huyện ủy Lục Ngạn" -> "Ban Thường vụ Huyện ủy Lục Ngạn"; one of
    the Central Committee's signed "T/M BAN BÍ THƯ" is the Ban Bí thư's."""
    cfg = vocab().cfg.get("standing_committee", {})
    capacity = (meta.signer.capacity or "").upper() if meta.signer else ""
    issuer = meta.issuer or ""
    organ = capacity.split("/")[0].strip()
    for words, name in cfg.get("named_organs", {}).items():  # "TM. BAN THƯỜNG VỤ TỈNH ĐOÀN"
        if organ.endswith(f"BAN THƯỜNG VỤ {words}") and meta.province:
            meta.issuer = f"{cfg['organ']} {name} {meta.province}"
            return
    if (
        capacity.startswith(tuple(cfg.get("capacities", ())))
        and issuer.startswith(tuple(cfg.get("committees", ())))
        and not issuer.startswith(cfg["organ"])
    ):
        meta.issuer = f"{cfg['organ']} {issuer}"
    elif issuer == cfg.get("central_body"):  # "T/M BAN BÍ THƯ" -> "Ban Bí thư Trung ương Đảng"
        for prefix in cfg.get("on_behalf_of", ()):
            if capacity.startswith(prefix):
                organ = capacity[len(prefix) :].split("/")[0].strip()
                meta.issuer = cfg.get("central_organs", {}).get(organ, issuer)
                break
