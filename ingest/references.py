"""Reference recognition: find every reference to a legal/administrative document in NFC text.

Flow (each step a small module):
  noise.shadow        same-length copy with look-alike characters fixed (offsets never move)
  patterns.SYMBOL     one linear scan for number/symbol anchors; symbols.parse_symbol reads each
  type word           looked for in a bounded window just before the symbol (span starts there)
  clauses.read_clause date / issuer / Party term / subject after the symbol
  lists               a date/issuer stated once after a list applies to the same-kind items before it
  shortforms          "Pháp lệnh số 34", "Kết luận số 114-KL/W" -> antecedent full reference
  named               "Luật Tiếp công dân", "Hiến pháp năm 2013" via ingest.gazetteer (when present)
  relations           cue words before each reference

Span convention: a reference spans from its type word (or the symbol when there is none) to the
end of the number/symbol; a pinpoint ("Điều 19 của …") is a field and is not part of the span.
"""

from __future__ import annotations

import gc
import re
from functools import cache

from ingest.clauses import issuer_done_by, read_clause, with_joint_organ
from ingest.dates import parse_date_at
from ingest.gazetteer import local_body_codes, province_by_name
from ingest.headings import lines_above
from ingest.issuer_text import tidy_issuer
from ingest.marks import restorations, restore
from ingest.models import Reference, Repair
from ingest.named import find_named
from ingest.noise import (
    SUPERSCRIPT_DIGITS,
    char_repairs,
    emphasis_moves,
    lowered,
    ocr_digit_positions,
    ocr_separator_positions,
    ocr_zero_positions,
    shadow,
    spaced_code_positions,
    with_digits,
    with_moves,
    with_separators,
)
from ingest.party_resolutions import find_party_resolutions
from ingest.patterns import (
    AWARD_AGAIN,
    BARE_DATE_BEFORE_CUA,
    DATE_BEFORE_ISSUING,
    DATED_ISSUING_VERBS,
    FOOTNOTE_LINE,
    OWN_NUMBER,
    PINPOINT_AFTER,
    PINPOINT_AFTER_SUBJECT,
    PINPOINT_ATTACHED,
    PINPOINT_IN_ANNEX,
    PINPOINT_REVERSED,
    PROVINCE_BEFORE_PAREN,
    PROVINCE_ISSUING,
    PROVINCE_LABEL_BEFORE,
    PROVINCE_NAME_BEFORE_PAREN,
    SYMBOL_YEAR,
    UNIT_BEFORE_PAREN,
    anchors,
    approved_by_before,
    awarded_by_before,
    issued_by_before,
    issued_by_colon,
    issued_by_listed,
    issuing_verbs,
    office_issued_before,
    pinpoint_before,
    plain_anchor,
    type_word_before,
)
from ingest.relations import assign_relations, is_list_gap, opens_paragraph
from ingest.shortforms import (
    find_short_forms,
    link_to_built,
    party_symbol,
    resolve_short_forms,
    share_listed_issuer,
)
from ingest.symbols import Symbol, parse_symbol
from ingest.tables import has_simple_table, state_row_cells
from ingest.vocab import Vocab, load_data, vocab

SENTENCE_WINDOW = 600


def find_references(text: str, citing_date: str | None = None) -> list[Reference]:
    """All references in `text` (already NFC), in text order, offsets into `text`.

    `citing_date` (ISO) is the date of the document itself, used to pick the version of a law cited
    by name; when not given, the latest date cited in the text stands in (a lower bound of it)."""
    if not text:
        return []
    # the recogniser creates many small objects and no reference cycles: pausing the cyclic
    # collector saves its repeated scans of them on long documents (~5%)
    paused = gc.isenabled()
    if paused:
        gc.disable()
    try:
        return _find(text, citing_date)
    finally:
        if paused:
            gc.enable()


def _find(text: str, citing_date: str | None) -> list[Reference]:
    v = vocab()
    sh = shadow(text)
    marks = restorations(sh)  # lines typed without diacritics: "Nghi dinh so 168/2024/ND-CP ngay …"
    sh = restore(sh, marks)
    # "số l5/2016/…", "3O/2019/…": an OCR'd "l" for the digit one, "O" for zero
    ocr = ocr_digit_positions(sh) + ocr_zero_positions(sh) if "O" in sh else ocr_digit_positions(sh)
    sh = with_digits(sh, ocr)
    seps = ocr_separator_positions(sh) if "_" in sh or "|" in sh else []  # "TT_BNV", "33|2024|QH15"
    sh = with_separators(sh, seps)
    # "số** 72**/2025/QH15": markdown emphasis inside a symbol, moved before its number (real-text audit r78)
    moves = emphasis_moves(sh) if "*" in sh or "_" in sh else []
    sh = with_moves(sh, moves) if moves else sh
    # the text lower-cased once; windows are sliced from it (None when lower() moves offsets)
    low_text = lowered(text)
    low = (
        low_text
        if low_text is None or sh is text
        else with_separators(with_digits(restore(shadow(low_text), marks, True), ocr), seps)
    )
    if moves and low is not None:
        low = with_moves(low, moves)
    if marks and low_text is not None:
        low_text = restore(low_text, marks, True)  # law names read on the restored spelling
    symbols, numbers = _anchors(sh, text, v, low)
    spaced = [
        p
        for p in (spaced_code_positions(sh, numbers, v.type_codes) if numbers else [])
        if _own_type(sh, p[0], v, low)
    ]
    if spaced:  # "Thông tư số 470 TT-ĐC": the space read as the symbol's separator (rare: scan again)
        sh = with_separators(sh, spaced)
        low = with_separators(low, spaced) if low is not None else None
        symbols, numbers = _anchors(sh, text, v, low)
    clause_end: dict[int, int] = {}
    refs = _full_references(text, sh, v, symbols, clause_end, low)
    refs.extend(find_short_forms(text, sh, numbers, refs, low))
    if citing_date is None:
        citing_date = max((r.date for r in refs if r.date and len(r.date) == 10), default=None)
    refs.extend(find_named(text, sh, refs, citing_date, low_text))
    refs.extend(find_party_resolutions(text, sh, refs))
    refs.sort(key=lambda r: (r.start, r.end))
    if "và" in sh or ", " in sh:
        refs = _shared_suffix_numbers(text, sh, refs, v, low)
    _share_list_clauses(sh, refs)
    _recover_split_dates(sh, refs)
    _same_day_as_previous(sh, refs)
    _short_form_clauses(sh, text, refs, clause_end)
    resolve_short_forms(text, v, refs)
    for r in refs:
        _context(sh, r, low)
    ends = [clause_end.get(id(r), r.end) for r in refs]
    tables = ("|" in text or has_simple_table(text), "\t" in text)  # markdown (pipe, grid, simple), tabs
    assign_relations(sh, refs, ends, text, tables, low)
    if tables[0] or tables[1]:
        state_row_cells(text, refs)
    _issuers_stated_before(sh, refs, ends)
    _stated_before(sh, refs, ends)
    if numbers:
        share_listed_issuer(refs)
    for r in refs:  # "Tỉnh ủy Hà Tĩnh đã ban hành Chương trình hành động số 40": its Party symbol
        if r.kind == "short" and r.number_symbol is None and r.antecedent is None and r.issuer:
            party_symbol(r)
    if numbers:
        link_to_built(refs)
    for r in refs:
        if r.issuer:
            r.issuer = tidy_issuer(r.issuer)
    return refs


_CLOSING_OPENER = "trên đây là"
CLOSING_REACH = 200


def _in_closing(sh: str, start: int, low: str | None) -> bool:
    """The reference stands in the closing sentence of a report ("Trên đây là báo cáo tình hình thực
    hiện Nghị định số … của Ban Quản lý …"), on its line, within CLOSING_REACH characters."""
    a = max(0, start - CLOSING_REACH)
    w = low[a:start] if low is not None else sh[a:start].lower()
    k = w.rfind(_CLOSING_OPENER)
    return k != -1 and "\n" not in w[k:] and ". " not in w[k:]


def _closing_issuer(stated: str, implied: str) -> str:
    """In a closing sentence the body after the symbol is the report's own ("… của Ban Quản lý …"):
    where its codes imply another issuer, the codes' issuer is the document's."""
    a, b = stated.casefold(), implied.casefold()
    return stated if a in b or b in a else implied


def _numbers_a_form(sh: str, s: int, v: Vocab) -> bool:
    """ "Mẫu số 01/BC-CCHC", "Biểu số 03/TH": the symbol numbers a form or a table."""
    w = sh[max(0, s - 20) : s].lower().rstrip(" *_:\n")
    if not w.endswith("số"):
        return False
    w = w[:-2].rstrip(" *_")
    for word in v.not_document_words:
        if w.endswith(word):
            k = len(w) - len(word)
            return k == 0 or not w[k - 1].isalnum()
    return False


def _written_number(sh: str, s: int, text: str) -> int:
    """Where the number of the symbol whose number starts at `s` in the shadow starts in the text: the
    markers the shadow moved out of the symbol stand before `s` (its first digit as written)."""
    a = s
    while a > 0 and sh[a - 1] in "*_":
        a -= 1
    while a < s and not text[a].isdigit():
        a += 1
    return a


def _anchors(
    sh: str, text: str, v: Vocab, low: str | None
) -> tuple[list[re.Match[str]], list[re.Match[str]]]:
    """One scan: symbol anchors and plain-number anchors (short-form candidates: "Chỉ thị 33",
    "số 34", where the word before may be a type word; patterns.anchors() keeps only those)."""
    anchor, anchor_at_start = anchors()
    found = anchor.finditer(sh)
    first = anchor_at_start.match(sh)
    symbols: list[re.Match[str]] = []
    numbers: list[re.Match[str]] = []
    for m in (first, *found) if first else found:
        if m.lastgroup == "plain":
            numbers.append(m)
        elif m.group("s1") != " " or _spaced_party_symbol(sh, text, m, v, low):
            symbols.append(m)
        elif (p := plain_anchor().match(sh, m.start("num"))) is not None:
            numbers.append(p)
    return symbols, numbers


def _own_type(sh: str, e: int, v: Vocab, low: str | None) -> bool:
    """ "Thông tư số 470 TT-ĐC": the type code written apart from the number ending at `e` is one of the
    type word's before it (else "Quyết định số 57 KH/…" keeps its number as a short form, as
    `_spaced_party_symbol` decides for the Party form)."""
    s = e
    while s > 0 and sh[s - 1].isdigit():
        s -= 1
    tw = type_word_before(sh, s, low)
    j = e + 1
    while j < len(sh) and j <= e + 6 and sh[j] not in "-/":
        j += 1
    doc_type = v.type_words.get(tw[1]) if tw is not None else None
    return doc_type is not None and v.canon(sh[e + 1 : j]) in v.codes_of_type.get(doc_type, frozenset())


def _spaced_party_symbol(sh: str, text: str, m: re.Match[str], v: Vocab, low: str | None) -> bool:
    """ "Kế hoạch số 298 KH/TWĐTN", "Quyết định số 84 QĐ/TWĐTN": a Party symbol written with a space
    for its hyphen is one only after a type word of its code's own type (else "298" stays a number)."""
    tw = type_word_before(sh, m.start("num"), low)
    if tw is None or parse_symbol(m, text, v) is None:
        return False
    code = m.group("segs").partition("/")[0]
    return v.type_words.get(tw[1]) == v.party_code_to_type.get(v.canon(code) or "")


# between two 1990s symbols of one list: "196-CP năm 1994, 41-CP", "15/CP và 16/CP"
_ALONE_LIST_GAP = re.compile(r"(?:[ ]{1,3}năm[ ]{1,3}\d{4})?[ ]{0,3}(?:,|;|[ ]và)[ ]{0,3}(?:và[ ]{1,3})?")


_LAW_LIST_GAP = re.compile(r"[ ]{0,3}(?:,|;|[ ]và)\s{0,3}(?:và\s{1,3})?(?:số\s{0,3})?")


def _law_code(symbol: str) -> str:
    """ "QH" of "47/2024/QH15", "UBTVQH" of "1/2016/UBTVQH14": the code without its term."""
    return symbol.rpartition("/")[2].rstrip("0123456789")


def _law_list_type(prev: Reference, symbol: str, sh: str, s: int) -> str | None:
    """The type word of the list item right before a bare law symbol, when that item is of the same
    body's law family and only a list gap ("," ";" "và", then "số") lies between them."""
    if prev.doc_type is None or prev.end > s or s - prev.end > 12 or prev.number_symbol is None:
        return None
    if _law_code(prev.number_symbol) != _law_code(symbol) or not _LAW_LIST_GAP.fullmatch(sh, prev.end, s):
        return None
    return prev.doc_type


def _full_references(
    text: str,
    sh: str,
    v: Vocab,
    matches: list[re.Match[str]],
    clause_end: dict[int, int],
    low: str | None = None,
) -> list[Reference]:
    out: list[Reference] = []
    lookalikes = sh is not text
    # symbols cited after a type word, with that type: a later bare "8/HĐBT" or "18-HĐBT" (a list's row,
    # a database's history table) repeats the "Nghị định 8/HĐBT" cited before (real-text audit r40)
    typed: dict[str, str] = {}
    for n, m in enumerate(matches):
        parsed = parse_symbol(m, text, v)
        if parsed is None:
            continue
        sym_end, sym = parsed
        s = m.start("num")
        if ":" in sh[max(0, s - 6) : s] and OWN_NUMBER.search(sh, max(0, s - 24), s):
            continue  # "Số: 529/BC-UBND" heading of the document itself
        tw = type_word_before(sh, s, low)
        seen: str | None = typed.get(sym.canonical) if tw is None and typed else None
        # "n/XX-YY" with an issuer code we do not know: only with "số" before it ("Phòng 2/KT-TC")
        if (
            sym.family == "letter"
            and not sym.known
            and tw is None
            and seen is None
            and not sh[max(0, s - 8) : s].lower().rstrip(" *_:\n").endswith("số")
        ):
            continue
        if (
            sym.family == "letter"
            and "-" not in sym.canonical
            and seen is None
            and (tw is None or v.type_words[tw[1]] != v.no_code_type)
            # "Văn bản số 745/BDN": the generic word, with a code naming one known body
            and not (tw is not None and sym.known and v.type_words[tw[1]] is None)
            # "Tờ trình số 126/SKHĐT": a submission or report numbered with a known body's code alone
            and not (tw is not None and sym.known and v.type_words[tw[1]] in _code_alone_types())
        ):
            continue  # "38/TP", an office's letter numbered with its code alone: only as "Công văn số 38/TP"
        list_type = None
        if (
            tw is None
            and seen is None
            and sym.type_code is None
            and (code := sym.canonical.replace("-", "/", 1).partition("/")[2]) in v.alone_codes
        ):
            # "15/CP" is a 1990s decree only after its type word ("Nghị định 15/CP"), or as the next item
            # of a list that opened with one ("thay thế Nghị định 196-CP năm 1994, 41-CP năm 1995, …")
            prev = out[-1] if out else None
            if (
                prev is None
                or prev.doc_type is None
                or (prev.number_symbol or "").replace("-", "/", 1).partition("/")[2] != code
                or not _ALONE_LIST_GAP.fullmatch(sh, prev.end, s)
            ):
                continue
            list_type = prev.doc_type
        if tw is None and seen is None and sym.family == "law" and sym.doc_type is None and out:
            # "Luật số 43/2024/QH15, số 47/2024/QH15 và số 16/2025/QH15": the later items of a list of
            # laws (or of resolutions) opened by one type word share it (real-text audit r41)
            list_type = _law_list_type(out[-1], sym.canonical, sh, s)
        if tw is None and sym.family == "party" and sym.type_code is None:
            continue  # "01-CB/TW", a Party code we do not know: only as "Công văn số 01-CB/TW"
        if (
            (not tw or not tw[2])
            and m.group("yr") is None
            and sh[m.end("s1")] == " "
            and " - " in sh[m.end("s1") : sym_end]
        ):
            continue  # "6902/ BTP – PBGDPL", spaced after the slash and around the dash: only after "<type> số"
        if (
            sym.issuer_code is None
            and sym.type_code in v.type_alone_codes
            and (tw is None or v.type_words[tw[1]] != sym.doc_type)
        ):
            continue  # "76/SL", "37-NĐ": a type code alone only after its own type word (real-text audit r45)
        dropped = None
        if sym.family == "normative" and sym.type_code is None:
            # "Thông tư liên tịch số 43/2015/BNNPTNT-BKHĐT": ministries' codes with the type code dropped, read
            # only after the type word that may drop it (doc_types.json type_code_dropped; real-text audit r46)
            dropped = v.type_code_dropped.get(v.type_words[tw[1]] or "") if tw is not None else None
            if dropped is None:
                continue
        if tw is None and _numbers_a_form(sh, s, v):
            continue  # "theo Mẫu số 01/BC-CCHC": a form, not a document
        # "72**/2025/QH15", "15/**2020**/NĐ-CP": markdown emphasis inside the symbol, which the shadow moved
        # before its number (noise.emphasis_moves; real-text audit r78): the symbol as written starts at
        # its first digit in the text
        num_at = (
            _written_number(sh, s, text)
            if lookalikes
            and sh[s - 1 : s] in ("*", "_")
            and ("*" in text[s:sym_end] or "_" in text[s:sym_end])
            else s
        )
        start = tw[0] if tw else num_at
        word_type = v.type_words.get(tw[1]) if tw else None
        doc_type = seen or sym.doc_type or list_type
        warnings: list[str] = []
        # the written type word names the type, "công văn số 34/TTr-UBND" too (real-text audits r38, r39)
        if word_type:
            if sym.type_code is not None and sym.type_code not in v.codes_of_type.get(word_type, ()):
                warnings.append(f"type word {word_type!r} disagrees with symbol code {sym.type_code!r}")
            doc_type = word_type
        limit = matches[n + 1].start("num") if n + 1 < len(matches) else len(sh)
        cl = read_clause(sh, sym_end, limit, text, joint=len(sym.issuer_codes) > 1)
        warnings.extend(cl.warnings)
        surface = text[start:sym_end]
        # look-alikes only where the shadow differs from the text (usually nowhere: the same object)
        repairs: list[Repair] = (
            [*char_repairs(surface), *sym.repairs]
            if lookalikes and sh[start:sym_end] != surface
            else list(sym.repairs)
        )
        if num_at != s:
            repairs.append(Repair("markdown_emphasis", text[num_at:sym_end], sh[s:sym_end]))
        elif lookalikes and sh[s:sym_end] != (raw := shadow(text[s:sym_end])):  # "l5/2016/…", "TT_BNV"
            kinds = {
                "ocr_separator" if a in "_|" else "ocr_digit"
                for a, b in zip(raw, sh[s:sym_end], strict=True)
                if a != b
            }
            repairs.extend(Repair(k, text[s:sym_end], sh[s:sym_end]) for k in sorted(kinds))
        if cl.date_unmarked is not None:  # "ngày **10/5**/2025" read through its markers (round f24)
            da, db, dread = cl.date_unmarked
            repairs.append(Repair("markdown_emphasis", text[da:db], dread))
        number_symbol, type_code = sym.canonical, sym.type_code
        # the type code put back before the ministries' codes: "43/2015/TTLT-BNNPTNT-BKHĐT"
        if dropped is not None:
            head, _, codes = sym.canonical.rpartition("/")
            number_symbol, type_code = f"{head}/{dropped}-{codes}", dropped
            repairs.append(Repair("missing_type_code", text[s:sym_end], number_symbol))
        year = sym.year or cl.year
        if sym.year and cl.year and sym.year != cl.year and cl.date:
            warnings.append(f"date {cl.date} disagrees with the year {sym.year} in the symbol")
        issuer = cl.issuer if cl.issuer is not None else sym.implied_issuer
        if issuer is None and sym.issuer_code is not None:
            # "Quy định số 29-QĐ/TW thi hành Điều lệ Đảng do Ban Chấp hành Trung ương ban hành": a phrase not
            # opened by "về", then the issuing body of the symbol's code (real-text audit r59)
            issuer = issuer_done_by(sh, sym_end, limit, sym.issuer_code)
        if cl.issuer_by_do and sym.implied_issuer and _other_body(cl.issuer, sym.implied_issuer):
            # "Quyết định … về Kế hoạch thi hành Luật … số 72/2025/QH15 do Thủ tướng Chính phủ ban hành": the
            # "do" clause belongs to the head of the phrase when the symbol's code names another single
            # issuer (real-text audit r34)
            issuer = sym.implied_issuer
        if cl.issuer is not None and sym.implied_issuer and _in_closing(sh, start, low):
            issuer = _closing_issuer(cl.issuer, sym.implied_issuer)
        elif cl.issuer is not None and sym.implied_issuer and _local_for_central(cl.issuer, sym):
            # "Hội nghị quán triệt Nghị định số 45/2024/NĐ-CP của UBND tỉnh", "tập huấn Thông tư số
            # …/TT-BTC của Sở Tài chính" (real-text audit r67): the "của" clause is the meeting's; a local
            # body never issues under the one central body its code names
            issuer, cl.issuer_province = sym.implied_issuer, None
        if cl.issuer is not None and sym.implied_issuer and _joint_collective(cl.issuer):
            # "của Liên Bộ: Tài nguyên và Môi trường - Tài chính" (real-text audit r53): the ministries the
            # joint code names, written as for a joint code with no stated issuer
            issuer = sym.implied_issuer
        ref = Reference(
            start=start,
            end=sym_end,
            text=surface,
            doc_type=doc_type,
            number_symbol=number_symbol,
            year=year,
            date=cl.date,
            issuer=issuer,
            subject=cl.subject,
            kind="full",
            confidence=_confidence(tw is not None, sym.known, bool(repairs)),
            repairs=repairs,
            warnings=warnings,
            number=sym.number,
            doc_type_code=type_code,
            issuer_code=sym.issuer_code,
            issuer_province=cl.issuer_province,
            party_term=cl.party_term,
        )
        out.append(ref)
        clause_end[id(ref)] = cl.end
        if tw is not None and doc_type is not None:
            typed.setdefault(sym.canonical, doc_type)
    return out


@cache
def _joint_collective_heads() -> tuple[str, ...]:
    """Collective names for the ministries of a joint document (issuer_codes.json joint_collectives)."""
    return tuple(load_data("issuer_codes.json").get("joint_collectives", {}).get("heads", ()))


def _joint_collective(stated: str) -> bool:
    """The stated issuer is a collective name ("Liên bộ …"), not the ministries themselves."""
    return stated[:1] in "Ll" and stated.casefold().startswith(_joint_collective_heads())


def _local_for_central(stated: str, sym: Symbol) -> bool:
    """The stated issuer is a local body (bodies.json) with another code than the symbol's one central
    code ("Nghị định …/NĐ-CP của UBND tỉnh"); a joint code, a ministry or any body not known stays."""
    if len(sym.issuer_codes) != 1 or not _other_body(stated, sym.implied_issuer or ""):
        return False
    codes = local_body_codes(stated)
    return bool(codes) and sym.issuer_code not in codes


def _other_body(stated: str | None, implied: str) -> bool:
    """The stated issuer neither holds nor is held in the one the symbol's code implies."""
    return stated is not None and implied not in stated and stated not in implied


@cache
def _confidence(typed: bool, known: bool, repaired: bool) -> float:
    """A full reference's confidence: less without a type word, with unknown codes, with repairs
    (eight values, rounded once each instead of once per reference)."""
    conf = 1.0
    if not typed:
        conf -= 0.1
    if not known:
        conf -= 0.15
    if repaired:
        conf -= 0.05
    return round(max(conf, 0.5), 2)


# the gap between two list items when the first carries its own date: ", ngày 14/02/2025 và "
# "Quyết định số 112, 113 và 114/QĐ-UBND": bare numbers listed before a symbol that carries the suffix
_NUMBERS_BEFORE = re.compile(r"(?:\d{1,5}(?:[ ]{0,2},[ ]{1,3}(?:và[ ]{1,3})?|[ ]{1,3}và[ ]{1,3}))+\Z")
_NUMBER = re.compile(r"\d{1,5}")
_SUFFIX = re.compile(r"\d+(?P<suffix>[/-].+)\Z")
NUMBER_LIST_REACH = 60


def _shared_suffix_numbers(
    text: str, sh: str, refs: list[Reference], v: Vocab, low: str | None
) -> list[Reference]:
    """ "QĐ số 12, 13 và 14/QĐ-UBND": the numbers listed after one type word share the symbol's suffix
    written once on the last; each is a full reference of its own ("12/QĐ-UBND"), the first spanning
    from the type word. Date and issuer come to them as to any list (`_share_list_clauses`)."""
    by_span = {(r.start, r.end): r for r in refs}
    added: list[Reference] = []
    for r in refs:
        if r.kind != "full" or not r.number_symbol or not sh[r.start : r.start + 1].isdigit():
            continue
        sm = _SUFFIX.match(r.number_symbol)
        m = _NUMBERS_BEFORE.search(sh, max(0, r.start - NUMBER_LIST_REACH), r.start)
        if sm is None or m is None or sh[m.start() - 1 : m.start()] in ("/", "-", ".", ","):
            continue
        tw = type_word_before(sh, m.start(), low)
        if tw is None or v.type_words.get(tw[1]) != r.doc_type:
            continue
        for k, n in enumerate(_NUMBER.finditer(sh, m.start(), m.end())):
            s, e = (tw[0] if k == 0 else n.start()), n.end()
            item = by_span.get((s, e))
            if item is None:
                item = Reference(start=s, end=e, text=text[s:e], doc_type=r.doc_type, number_symbol=None)
                added.append(item)
            item.kind, item.number = "full", n.group().lstrip("0") or "0"
            item.number_symbol = n.group() + sm.group("suffix")
            item.doc_type, item.doc_type_code, item.issuer_code = r.doc_type, r.doc_type_code, r.issuer_code
            item.year = r.year if r.year and f"/{r.year}/" in r.number_symbol else None
            item.confidence = r.confidence
    return sorted(refs + added, key=lambda r: (r.start, r.end)) if added else refs


_OWN_DATE_THEN_NEXT = re.compile(
    r"[ *_]{0,3},?[ ]{0,3}\n?[ ]{0,3}ngày[ ]{1,3}[\d/.\-]{6,10}(?:[ ]{1,3}tháng[ ]{1,3}\d{1,2}[ ]{1,3}năm[ ]{1,3}\d{4})?"
    r"[ *_]{0,3}(?:,[ ]{0,3}(?:và[ ]{1,3})?|[ ]{1,3}và[ ]{1,3})"
)


def _share_list_clauses(sh: str, refs: list[Reference]) -> None:
    """ "Quyết định số 217-QĐ/TW, Quyết định số 218-QĐ/TW ngày 12/12/2013": the clause stated once
    after a list of same-kind references applies to each of them — not to an item whose document the
    text cites elsewhere with another date of its own ("Chỉ thị số 36-CT/TW [16/8/2019 in the title] và
    Chỉ thị số 21-CT/TW ngày 26/3/2008 của Ban Bí thư")."""
    own_dates: dict[str, set[str]] = {}
    for r in refs:
        if r.date and r.number_symbol:
            own_dates.setdefault(r.number_symbol, set()).add(r.date)
    for i in range(len(refs) - 2, -1, -1):
        a, b = refs[i], refs[i + 1]
        if a.kind == "short" and _short_item_of_party_list(sh, a, b):
            # "Thực hiện Kết luận số 01 và Chỉ thị số 36-CT/TW của Bộ Chính trị": the issuer stated once
            # after a Party list is its short item's too (real-text audit r21)
            a.issuer, a.party_term = b.issuer, a.party_term or b.party_term
            continue
        if a.kind != "full" or b.kind != "full" or a.issuer_province:
            continue
        if a.date:  # "Kết luận số 126-KL/TW, ngày 14/02/2025 và Kết luận số 127-KL/TW, ngày … của X"
            # also items of two types and one issuer code, as in an undated list below ("Chỉ thị số 05-CT/TW
            # ngày … và Kết luận số 01-KL/TW ngày … của Bộ Chính trị"; real-text audit r50)
            if (
                a.issuer is None
                and b.issuer
                and a.issuer_code == b.issuer_code
                and (a.doc_type_code == b.doc_type_code or a.issuer_code)
                and _OWN_DATE_THEN_NEXT.fullmatch(sh, a.end, b.start)
            ):
                a.issuer = b.issuer
                a.party_term = a.party_term or b.party_term
            continue
        gap = sh[a.end : b.start].strip(" *_")
        if gap == ";" and a.issuer is None and b.issuer and a.issuer_code and a.issuer_code == b.issuer_code:
            # "¹ Kế hoạch số 01-KH/BCĐTW; Công văn số 45-CV/BCĐTW ngày … của Ban Chỉ đạo Trung ương": the
            # issuer stated once at the end of a ";" list of one issuer code (not the date: the last one's)
            a.issuer = b.issuer
            continue
        if gap not in (",", "và", ", và") or a.issuer_code != b.issuer_code:
            continue
        if a.doc_type_code != b.doc_type_code:
            # "Quy định số 144-QĐ/TW, … và Chỉ thị số 28-CT/TW của Bộ Chính trị": the issuer stated once
            # after a list of one issuer code is each item's (a date may be the last one's own)
            if a.issuer is None and b.issuer and a.issuer_code:
                a.issuer = b.issuer
                a.party_term = a.party_term or b.party_term
            continue
        if b.date and a.number_symbol in own_dates and b.date not in own_dates[a.number_symbol]:
            continue  # the clause is the last item's own
        if b.date and (a.year is None or b.date[:4] == str(a.year)):
            a.date = b.date
            a.year = a.year or b.year
        if b.issuer and b.issuer_code == a.issuer_code:
            a.issuer = b.issuer
        a.party_term = a.party_term or b.party_term


def _short_item_of_party_list(sh: str, a: Reference, b: Reference) -> bool:
    """`a`, a bare "Kết luận số 01" of no clause, joined by "và" or a comma to `b`, a Party document of a
    stated issuer: both are the issuer's."""
    return (
        b.kind == "full"
        and a.issuer is None
        and a.date is None
        and a.number_symbol is None
        and b.issuer is not None
        and b.issuer_province is None
        and b.number_symbol is not None
        and _PARTY_NUMBER.match(b.number_symbol) is not None
        and sh[a.end : b.start].strip(" *_") in (",", "và", ", và")
    )


_PARTY_NUMBER = re.compile(r"\d{1,5}[a-e]?-[^/]+/")


def _recover_split_dates(sh: str, refs: list[Reference]) -> None:
    """ "Kết luận số 65-KL/TW ngày 9 Báo cáo số 2202-BC/BCSĐCP ngày 11/9/2023 7 30/10/2019 của Bộ
    Chính trị": footnote text interleaved at a page break split the date from its reference. When
    the "ngày" is unreadable, another reference follows, and then a bare date + "của", that date
    (and issuer) is the one meant; the references in between are footnote text."""
    for i, r in enumerate(refs):
        if "unreadable date after 'ngày'" not in r.warnings or r.date:
            continue
        hi = min(len(sh), r.end + 250)
        between = [x for x in refs[i + 1 : i + 12] if x.start < hi]  # refs are sorted
        if not between:
            continue
        m = BARE_DATE_BEFORE_CUA.search(sh, between[0].end, hi)
        if m is None or "ngày" in sh[max(0, m.start() - 6) : m.start()].lower():
            continue
        inside = [x for x in between if x.end <= m.start()]
        d = parse_date_at(sh, m.start(), m.end())
        if d is None or d.iso is None:
            continue
        r.date, r.year = d.iso, r.year or d.year
        r.warnings.remove("unreadable date after 'ngày'")
        r.warnings.append("date recovered across interleaved footnote text")
        r.confidence = min(r.confidence, 0.8)
        cl = read_clause(sh, m.end(), hi)
        if cl.issuer:
            r.issuer = cl.issuer
            r.party_term = r.party_term or cl.party_term
        for x in inside:
            x.in_footnote = True


def _short_form_clauses(sh: str, text: str, refs: list[Reference], clause_end: dict[int, int]) -> None:
    """A short form's own clause: "Nghị quyết số 18 ngày 25-10-2017 của Ban Chấp hành Trung ương Đảng
    khóa XII", "Nghị quyết số 202/2025 của Quốc hội khóa XV" — the date and the body stated for this
    mention, read as for a full reference (never past the next reference). An issuer already taken
    stays."""
    for i, r in enumerate(refs):
        if r.kind != "short" or r.date is not None:
            continue
        limit = refs[i + 1].start if i + 1 < len(refs) else len(sh)
        if limit <= r.end:
            continue
        cl = read_clause(sh, r.end, limit, text)
        if cl.date is None and cl.issuer is None:
            continue
        if cl.date is not None:
            r.date, r.year = cl.date, r.year or cl.year
        if cl.issuer is not None and r.issuer is None:
            r.issuer, r.issuer_province = cl.issuer, cl.issuer_province
        r.party_term = r.party_term or cl.party_term
        clause_end[id(r)] = cl.end


_SAME_DAY = re.compile(r"[ *_]{0,3},?[ ]{1,3}cùng[ ]ngày(?![ ]{0,3}\d)")
SAME_DAY_REACH = 200


def _same_day_as_previous(sh: str, refs: list[Reference]) -> None:
    """ "… tại Quyết định số 1021/QĐ-UBND ngày 30/5/2025 và … tại Quyết định số 1022/QĐ-UBND cùng ngày": the
    day of the previous dated reference of the sentence."""
    for i in range(1, len(refs)):
        r, prev = refs[i], refs[i - 1]
        if r.date or not prev.date or r.kind != "full" or r.start - prev.end > SAME_DAY_REACH:
            continue
        if _SAME_DAY.match(sh, r.end) is None or any(c in sh[prev.end : r.start] for c in (". ", "\n")):
            continue
        r.date, r.year = prev.date, r.year or prev.year


def _issuers_stated_before(sh: str, refs: list[Reference], ends: list[int]) -> None:
    """ "UBND tỉnh ban hành Kế hoạch số 104/KH-UBND …, Quyết định số 274/QĐ-UBND …": the issuer named
    before "ban hành" issued the reference and the list items that follow it."""
    pattern = issued_by_before()
    v = vocab()
    awarded: set[int] = set()  # award decisions whose giver was stated
    for i, r in enumerate(refs):
        if r.kind == "named":
            continue
        # an issuer implied by the code alone ("TT-BNV" -> Bộ Nội vụ) yields to the office holder stated
        # before "ban hành" ("Bộ trưởng Bộ Nội vụ đã ban hành Thông tư số …")
        implied = (
            r.issuer is not None
            and r.issuer == v.implied_issuer((r.issuer_code or "").rstrip("0123456789"))
            and _STATED_ISSUER.search(sh, r.end, max(r.end, ends[i])) is None
        )
        if r.issuer is not None and not implied:
            continue
        lo = max(0, r.start - 140, refs[i - 1].end if i else 0)
        if (
            i
            and lo == refs[i - 1].end
            and (close := sh.find(")", lo, r.start)) != -1
            and "(" not in sh[lo:close]
        ):
            # the previous reference sits in an aside before the verb ("UBND tỉnh X (cũ, … theo Nghị quyết số
            # 22/2003/QH11 …) đã ban hành <ref>"): the body before the aside may be the issuer
            opened = sh.rfind("(", max(0, r.start - 400), refs[i - 1].start)
            if opened != -1 and ")" not in sh[opened : refs[i - 1].start]:
                lo = max(0, opened - 100)
        behalf = _ON_BEHALF.search(sh, lo, r.start) if sh.find("mặt ", lo, r.start) != -1 else None
        if (
            behalf is not None
            or sh.find("ban hành", lo, r.start) != -1
            or sh[lo : r.start].rstrip(" *_").endswith(issuing_verbs())
        ):
            m = (
                behalf
                or pattern.search(sh, lo, r.start)
                or issued_by_listed().search(sh, lo, r.start)
                or issued_by_colon().search(sh, lo, r.start)
                or (office_issued_before(r.issuer).search(sh, lo, r.start) if implied and r.issuer else None)
            )
            if m and (not implied or m.group("iss").endswith(" " + (r.issuer or ""))):
                r.issuer = m.group("iss")
                if m is behalf:  # "thay mặt Bộ Chính trị, Ban Bí thư, …": the organs signed for together
                    r.issuer = with_joint_organ(sh, r.issuer, behalf.end("iss"), r.start)
                if m.re is pattern and m.group("term") and r.party_term is None:
                    r.party_term = m.group("term")  # the issuing committee's term is the document's
                continue
        if not implied and sh.find("phê duyệt tại", max(0, r.start - 20), r.start) != -1:
            m = approved_by_before().search(sh, max(0, r.start - 120), r.start)
            if m:  # "quy trình nội bộ được Chủ tịch Ủy ban nhân dân tỉnh phê duyệt tại Quyết định số …"
                r.issuer = m.group("iss")
                continue
        if _award_giver(sh, refs, i, lo, awarded, r.issuer if implied else None):
            awarded.add(i)
            continue
        if not implied and any(sh.find(w, max(0, r.start - 20), r.start) != -1 for w in _AMONG_WORDS):
            m = _AMONG_OF.search(sh, max(0, r.start - 240), r.start)
            if m:  # "các quyết định của UBND huyện A (cũ) về …, trong đó có Quyết định số …"
                r.issuer = m.group("iss").strip()
                continue
        if not implied and (iss := _group_heading_issuer(sh, r.start)) is not None:
            r.issuer = iss  # "1. Các Quyết định sau đây của UBND tỉnh A (cũ):" over "a) <ref> …;", "b) …"
            continue
        prev = refs[i - 1] if i else None
        if (
            prev is not None
            and prev.issuer
            and prev.kind == "full"
            and (
                is_list_gap(sh[min(ends[i - 1], r.start) : r.start])
                or _RANGE_GAP.fullmatch(sh, min(ends[i - 1], r.start), r.start) is not None
            )
            and (prev.issuer_code or "").rstrip("0123456789") == (r.issuer_code or "").rstrip("0123456789")
            and (not implied or prev.issuer.endswith(" " + (r.issuer or "")))
            and not opens_paragraph(sh, min(ends[i - 1], r.start), r)
        ):
            r.issuer = prev.issuer


def _award_giver(
    sh: str, refs: list[Reference], i: int, lo: int, awarded: set[int], implied: str | None
) -> bool:
    """Set the issuer of an award decision from the giver stated before it ("Chủ tịch UBND tỉnh tặng Bằng
    khen … tại <ref>"), or from the previous decision of the same giver ("…; công nhận … (<ref>"). An issuer
    the code implies ("QĐ-BGDĐT") yields to the office holder of that body ("Bộ trưởng Bộ …")."""
    r = refs[i]
    if r.issuer is not None and implied is None:
        return False
    if not any(sh.find(w, lo, r.start) != -1 for w in ("tặng", "khen thưởng", "công nhận")):
        return False  # cheap prefilter: every match has an award verb
    m = awarded_by_before().search(sh, max(0, r.start - AWARD_REACH, lo), r.start)
    if m is not None and (implied is None or m.group("iss").endswith(" " + implied)):
        r.issuer = m.group("iss")
        return True
    prev = refs[i - 1] if i else None
    if (
        implied is None
        and prev is not None
        and prev.issuer
        and i - 1 in awarded
        and AWARD_AGAIN.fullmatch(sh, prev.end, r.start)
    ):
        r.issuer = prev.issuer
        return True
    return False


AWARD_REACH = 240
_STATED_ISSUER = re.compile(r"(?<!\w)(?:của|do)[ ]")
# the end of a range of documents of one issuer: "(từ Thông báo số 45/TB-UBND đến số 56/TB-UBND)"
_RANGE_GAP = re.compile(r"[ ]{1,3}đến[ ]{1,3}(?:số[ ]{1,3})?")
# a group of documents of one issuer, then one of them: "các quyết định của UBND huyện Đắk R'lấp (cũ) về
# thủ tục hành chính không còn phù hợp, trong đó có Quyết định số …", "các văn bản của UBND tỉnh Kiên Giang
# (cũ) cho đến khi …, gồm: Quyết định số …", "một số văn bản của UBND huyện Đăk Tô (cũ), như Quyết định số …";
# a count for "các" and "do … ban hành" for "của": "Rà soát 57 văn bản của UBND xã A (cũ), trong đó có …", "các
# văn bản do UBND thành phố B (cũ) ban hành, trong đó có …"
_AMONG_WORDS = ("trong đó", "gồm", "như")
_AMONG_OF = re.compile(
    r"(?:(?i:các|một[ ]số)|\d{1,4})[ ](?:\w+[ ]){1,3}?(?:của|do)[ ](?P<iss>[A-ZĐ][^,;.()\n]{2,80}?)(?:[ ]\((?i:cũ)\))?"
    r"(?:[ ](?:về|đã|không|ban|cho[ ]đến[ ]khi)[^;.()\n]{0,120})?,?[ ]"
    r"(?:trong[ ]đó[ ](?:có[ ])?|gồm:?[ ]|như[ ])\Z"
)
# the line heading a lettered list with the group's issuer: "1. Các Quyết định sau đây của UBND tỉnh Bắc
# Giang (cũ):" over "a) Quyết định số …;", "b) …" (holdout29)
_GROUP_HEADING = re.compile(
    r"(?:\d{1,2}[.)][ ]|[IVX]{1,4}[.)][ ]|[-+•][ ])?(?i:các|một[ ]số)[ ](?:\w+[ ]){1,4}?(?:sau[ ]đây[ ])?"
    r"của[ ](?P<iss>[A-ZĐ][^,;:.()\n]{2,80}?)(?:[ ]\((?i:cũ|mới)\))?[ ]?:[ ]*"
)
_LETTER_ITEM = re.compile(r"[ \t]*[a-zđ]\)[ ]")
GROUP_LINES = 12  # how many items up the group's heading may lie


def _group_heading_issuer(sh: str, start: int) -> str | None:
    """The issuer a group heading names for the lettered item that `start` opens ("a) <ref> …")."""
    pos = sh.rfind("\n", 0, start) + 1
    item = _LETTER_ITEM.match(sh, pos, start + 1)
    if item is None or item.end() != start:
        return None
    for lo, end in lines_above(sh, pos, GROUP_LINES):
        if _LETTER_ITEM.match(sh, lo, end):
            continue  # an earlier item of the same list
        m = _GROUP_HEADING.fullmatch(sh, lo, end)
        return m.group("iss").strip() if m else None
    return None


PROVINCE_REACH = 120
DATE_REACH = 120


def _stated_before(sh: str, refs: list[Reference], ends: list[int]) -> None:
    """What the words right before a reference say of a local document with no issuer or date of its
    own: "- Tỉnh Lào Cai (Quyết định số 38/2024/QĐ-UBND …)", "tỉnh Cao Bằng đến ngày 30/9/2024 mới ban
    hành Kế hoạch số 3015/KH-UBND", "Ngày 10/6/2023, Chính phủ ban hành Nghị định số …": the province
    whose body issued it (named from its code once the document's own province is known, see
    ingest.pipeline) and the date, never across the previous reference's clause or another clause."""
    for i, r in enumerate(refs):
        if r.kind == "named":
            continue
        k = r.start
        while k > 0 and sh[k - 1] in " *_":
            k -= 1
        paren = sh[k - 1 : k] == "("
        label = sh[k - 1 : k] == ":"
        if not paren and not label and not sh.endswith(_ISSUING_VERBS, 0, k):
            continue  # the statements end right before the reference
        prev_end = refs[i - 1].end if i else 0
        if r.issuer is None and r.issuer_province is None and r.issuer_code is not None and r.kind == "full":
            lo = max(0, r.start - PROVINCE_REACH, prev_end)
            if label:
                m = PROVINCE_LABEL_BEFORE.search(sh, max(lo, k - 60), r.start)
            elif paren:
                m = PROVINCE_BEFORE_PAREN.search(sh, max(lo, k - 60), r.start)
            else:
                m = PROVINCE_ISSUING.search(sh, lo, r.start)
            if paren and m is not None and province_by_name(m.group("prov")) is None:
                m = None  # "thành phố Đông Hà (…)": a city of a province, see _unit_before_paren
            if m is None and paren:
                m = PROVINCE_NAME_BEFORE_PAREN.search(sh, max(lo, k - 60), r.start)
                m = m if m is not None and province_by_name(m.group("prov")) is not None else None
            if m is not None:
                r.issuer_province = m.group("prov")
            elif paren:
                r.issuer = _unit_before_paren(sh, r, max(lo, k - 60)) or _described_before_paren(
                    sh, r, max(0, r.start - DESCRIBED_REACH, prev_end), k - 1
                )
        if label:
            continue
        if r.date is None and not paren:
            lo_date = max(0, r.start - DATE_REACH, min(ends[i - 1], r.start) if i else 0)
            if _date_stated_before(sh, r, lo_date):
                _share_stated_date(sh, refs, i)


def _unit_before_paren(sh: str, r: Reference, lo: int) -> str | None:
    """ "thành phố Đông Hà (Kế hoạch số 210/KH-UBND …)", "Huyện ủy Lâm Thao (Báo cáo số 210-BC/HU …)": a
    district-level unit names its body of the reference's code (Ủy ban nhân dân, Hội đồng nhân dân); a
    Party committee is the issuer as named when its code is the committee's (HU Huyện ủy, ThU Thành ủy)."""
    m = UNIT_BEFORE_PAREN.search(sh, lo, r.start)
    body = vocab().issuers.get(r.issuer_code or "", {}).get("name")
    if m is None or body is None:
        return None
    unit, name = m.group("unit"), m.group("name")
    if unit.endswith("ủy"):
        return f"{unit} {name}" if body == unit else None
    if body not in _UNIT_BODIES or (unit.lower() == "thành phố" and province_by_name(name) is not None):
        return None  # "thành phố Đà Nẵng (…)" is the province-level city (PROVINCE_BEFORE_PAREN)
    return f"{body} {unit.lower()} {name}"


_UNIT_BODIES = ("Ủy ban nhân dân", "Hội đồng nhân dân")
DESCRIBED_REACH = 300


def _described_before_paren(sh: str, r: Reference, lo: int, paren: int) -> str | None:
    """ "… ký ban hành Kết luận của Bộ Chính trị, Ban Bí thư về … (Kết luận số 200-KL/TW)": a news sentence
    describes the document by its type word, issuer and subject, then gives its number in brackets; the
    body after "của" is the issuer when the description runs on to the bracket (real-text audit r78,
    round f24)."""
    window = sh[lo:paren]
    if r.doc_type is None or "của" not in window:
        return None
    cut = max(window.rfind(". "), window.rfind("\n"), window.rfind(";"), window.rfind(")"))
    at = window.lower().rfind(r.doc_type.lower() + " của ", cut + 1)
    if at == -1:
        return None
    cl = read_clause(sh, lo + at + len(r.doc_type), paren)
    if cl.issuer is None or cl.subject is None or sh[cl.end : paren].strip(" *_"):
        return None
    return cl.issuer


# what states a document's date before it: "Ngày 10/6/2023, Chính phủ ban hành <ref>", "Ngày 21 tháng 6 năm
# 2024, tại Kỳ họp thứ 7, Quốc hội khóa XV đã thông⏎qua <ref>" (the session's place is no clause of its own)
_ISSUING_VERBS = (*DATED_ISSUING_VERBS, *(w.replace(" ", "\n") for w in DATED_ISSUING_VERBS))
_AT_SESSION = re.compile(r"tại[ ][^,]{1,40},[ ]")
# "Ngày 20/5/2025, thay mặt Ban Thường vụ Tỉnh ủy, đồng chí Phó Bí thư … đã ký ban hành <ref>" (holdout19):
# the body signed for issued it; its clause is no clause of its own between the date and the verb
_ON_BEHALF_ASIDE = re.compile(r"(?i:thay)[ ]mặt[ ][^,]{1,60},[ ]")
# the signer's titles may hold commas ("Thay mặt Bộ Chính trị, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư
# … vừa ký ban hành <ref>"), and "ký" alone issues too ("thay mặt Bộ Chính trị, ngày 25-2, Tổng Bí thư … đã
# ký <ref>"; real-text audit r21)
_ON_BEHALF = re.compile(
    r"(?<!\w)(?i:thay)[ ]mặt[ ](?P<iss>[^,;.()\n]{3,60}?),[ ][^;.()\n]{0,120}?[ ]"
    r"(?:(?:đã|vừa|mới|vừa[ ]mới)[ ])?ký(?:[ ]ban[ ]hành)?[ *_]{0,3}\Z"
)


def _date_stated_before(sh: str, r: Reference, lo: int) -> bool:
    """ "Ngày 10/6/2023, Chính phủ ban hành <ref>", "… đến ngày 30/9/2024 mới ban hành <ref>": the
    reference takes the date; whether it did."""
    k = sh.find("gày", lo, r.start)
    if k == -1:
        return False
    m = DATE_BEFORE_ISSUING.search(sh, max(lo, k - 1), r.start)
    if m is None:
        return False
    d = parse_date_at(sh, m.start("mid"), m.end("mid"))
    if d is None or d.iso is None:
        return False
    between, aside = _ON_BEHALF_ASIDE.subn(
        "", _AT_SESSION.sub("", sh[d.end : m.end("mid")].lstrip(" ,"), count=1), count=1
    )
    if aside and "," in between and between.endswith(" ký"):
        # "Ngày 20/6/2020, thay mặt Bộ Chính trị, Tổng Bí thư, Chủ tịch nước … đã ký ban hành <ref>": after
        # the body signed for, the signer's titles hold the commas (real-text audit r35)
        between = between.replace(",", "")
    if "," in between:
        # "Ngày 09/4/2024, Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch đã ban hành <ref>": a body's name that
        # holds commas is no clause of its own (real-text audit r31)
        between = _comma_names().sub("", between)
    if between.count(",") > 0:
        return False  # "Ngày 10/6/2023, UBND tỉnh đã họp, sau đó ban hành …": another clause between
    r.date = d.iso
    r.year = r.year or d.year
    return True


@cache
def _comma_names() -> re.Pattern[str]:
    """The issuing bodies whose names hold a comma ("Bộ Văn hóa, Thể thao và Du lịch"), from the issuer
    codes' names (issuer_codes.json)."""
    names = {
        str(e.get("name"))
        for e in vocab().issuers.values()
        if isinstance(e, dict) and "," in str(e.get("name"))
    }
    alts = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(f"(?i:{alts})" if alts else r"(?!)")


SHARED_DATE_REACH = 300


def _share_stated_date(sh: str, refs: list[Reference], i: int) -> None:
    """ "Ngày 25/6/2024, Chính phủ ban hành Nghị định số A quy định … và Nghị định số B quy định …": the
    date stated before "ban hành" applies to the later items of its sentence of the same type and
    issuer joined by "và", until another clause (";", ".", a line, a parenthesis) starts."""
    r = refs[i]
    hi = min(len(sh), r.end + SHARED_DATE_REACH)
    for x in refs[i + 1 :]:
        if x.start >= hi or any(sh.find(c, r.end, x.start) != -1 for c in (";", ". ", "\n", "(", ")")):
            return
        if (
            x.kind == "full"
            and x.date is None
            and x.doc_type == r.doc_type
            and x.issuer_code == r.issuer_code
            and sh[max(0, x.start - 6) : x.start].rstrip(" *_").endswith(" và")
        ):
            x.date, x.year = r.date, x.year or r.year


_PIN_WORDS = ("iều", "chương ", "mục ", "phụ lục ", "mẫu số ", "điểm ")


def _may_hold_pinpoint(window: str) -> bool:
    """A cheap test before the pinpoint pattern: an article ("điều"), a chapter, section, annex, form or
    point is named."""
    return any(w in window for w in _PIN_WORDS)


_PIN_EDGE = 12  # a pinpoint found this close to its window's start may go on before it
_PIN_WIDE = 320  # how far back such a pinpoint is read again


def _pinpoint(sh: str, r: Reference, a: int, low: str | None) -> str | None:
    """The pinpoint of `r`: the provisions right before it ("khoản 2 Điều 5 <ref>"), also across a PDF line
    wrap ("khoản 5 Điều⏎33 <ref>") and in front of the rules the reference issues ("Điều 5 của Quy chế …
    ban hành kèm theo <ref>"), or in parentheses right after it ("<ref> (Điều 24, 25)"); `a` is where the
    sentence starts."""
    w = max(0, r.start - 90)  # a list of provisions ("điểm d khoản 1 Điều 81, khoản 2 Điều 83 và Điều 85")
    if w < a and sh[a - 1 : a] == "\n" and sh[a - 2 : a - 1] not in ("\n", ""):
        # the sentence's line opens with the reference or its pinpoint: the line before may hold the
        # pinpoint's first words (one line break, never a blank line)
        p = sh.rfind("\n", w, a - 1)
        w = max(w, p + 1)
    else:
        w = max(w, a)
    window = (low[w : r.start] if low is not None else sh[w : r.start].lower()).replace("\n", " ")
    if _may_hold_pinpoint(window):
        pm = pinpoint_before(sh[w : r.start].replace("\n", " "))
        if pm:
            if pm.start() < _PIN_EDGE and w > a and w == r.start - 90:
                # the list of provisions may begin before the window ("Điều 3, Điều 25, khoản 2 Điều 28,
                # Điều 29, …, Điều 37 và Điều 85 Luật X", real-text audit r43): read it again from further back
                wide = max(a, r.start - _PIN_WIDE)
                pw = pinpoint_before(sh[wide : r.start].replace("\n", " "))
                if pw and pw.end() - pw.start() > pm.end() - pm.start():
                    pm = pw
            return _pin_text(pm.group("pin"))
        if "khoản" in window:  # "Điều 42, Khoản 1 của Luật X": the article first (real-text audit r58)
            rm = PINPOINT_REVERSED.search(sh[w : r.start].replace("\n", " "))
            if rm:
                return _pin_text(" ".join(g for g in (rm.group("pt"), rm.group("cl"), rm.group("art")) if g))
    if sh[max(a, r.start - 12) : r.start].rstrip(" *_").endswith("kèm theo"):
        pm = PINPOINT_IN_ANNEX.search(sh, max(a, r.start - 250), r.start) or PINPOINT_ATTACHED.search(
            sh, max(a, r.start - 250), r.start
        )
        if pm:
            return _pin_text(pm.group("pin"))
    if "(" in sh[r.end : r.end + 30]:
        pm = PINPOINT_AFTER.match(sh, r.end, r.end + 90)
        if pm:
            return _pin_text(pm.group("pin"))
    if "(" in sh[r.end : r.end + 220]:
        pm = PINPOINT_AFTER_SUBJECT.match(sh, r.end, r.end + 220)
        if pm:
            return _pin_text(pm.group("pin"))
    return None


# "khoản 2, Điều 8", "điểm a, khoản 3": a comma parting a unit from the one it belongs to (not a list of
# articles, "Điều 3, Điều 5")
_UNIT_COMMA = re.compile(
    r"(?i)(khoản[ ]\d{1,3}(?:(?:,[ ]|[ ]và[ ])\d{1,3})*),[ ](?=điều[ ]\d)"
    r"|(điểm[ ](?:[a-zđ]|\d{1,2})(?:(?:,[ ]|[ ]và[ ])(?:[a-zđ]|\d{1,2}))*),[ ](?=(?:khoản|điều)[ ]\d)"
)


def _pin_text(pin: str) -> str:
    """A pinpoint as one line, without a comma between its units ("khoản 2, Điều 8" -> "khoản 2 Điều 8")."""
    pin = " ".join(pin.split())
    return _UNIT_COMMA.sub(lambda m: (m.group(1) or m.group(2)) + " ", pin) if "," in pin else pin


def _context(sh: str, r: Reference, low: str | None = None) -> None:
    """The sentence of `r`, whether it sits in a footnote, and a pinpoint before it (`low`: `sh`
    lower-cased, when the caller has it)."""
    line_start = sh.rfind("\n", max(0, r.start - 5000), r.start) + 1
    s = max(line_start, r.start - SENTENCE_WINDOW, 0)  # the line's start, unless farther than the window
    i = sh.rfind(". ", s, r.start)
    if i != -1:
        s = i + 2
    hi = min(len(sh), r.end + SENTENCE_WINDOW)
    e = sh.find("\n", r.end, hi)
    e = hi if e == -1 else e
    j = r.end
    while True:
        j = sh.find(". ", j, e)
        if j == -1 or sh[j + 2 : j + 3].isupper():
            break
        j += 1
    if j != -1:
        e = j + 1
    r.sentence = (s, e)
    first = sh[line_start : line_start + 1]
    r.in_footnote = (
        r.in_footnote
        or (first != "" and first in SUPERSCRIPT_DIGITS)
        # a "[1]" footnote line opens with "[" after at most three spaces
        or (
            sh.find("[", line_start, line_start + 4) != -1
            and FOOTNOTE_LINE.match(sh, line_start, r.start) is not None
        )
    )
    if r.pinpoint is None:
        r.pinpoint = _pinpoint(sh, r, s, low)


_FOUR_DIGITS = re.compile(r"(?:19|20)\d\d")


def drop_report_period_years(refs: list[Reference], report_date: str | None, period: str | None) -> None:
    """A year read from "năm YYYY" after a symbol that carries none is the report's own period, not
    the document's, when it is a year the report is dated or reports on and another mention of that
    symbol is dated in another year ("… báo cáo kết quả thực hiện Nghị quyết số 76/NQ-CP năm 2022" in
    a report on 2022 that cites "Nghị quyết số 76/NQ-CP ngày 15/7/2021"): the year is dropped, so the
    mention is the dated document (graph.identity), and a short form taking it after it follows."""
    own = {int(y) for y in _FOUR_DIGITS.findall(f"{(report_date or '')[:4]} {period or ''}")}
    if not own or not any(r.date is None and r.year in own for r in refs):
        return
    dated: dict[str, set[int]] = {}
    for r in refs:
        if r.number_symbol and r.date and r.date[:4].isdigit():
            dated.setdefault(r.number_symbol, set()).add(int(r.date[:4]))
    dropped: set[int] = set()
    for i, r in enumerate(refs):
        if r.date or r.year is None:
            continue
        if r.kind == "short" and r.antecedent in dropped:
            r.year = None
            continue
        years = dated.get(r.number_symbol or "")
        if r.year in own and years and r.year not in years and not SYMBOL_YEAR.search(r.number_symbol or ""):
            r.warnings.append(
                f"năm {r.year} after the symbol read as the report's period, not the document's year"
            )
            r.year = None
            dropped.add(i)


@cache
def _code_alone_types() -> frozenset[str]:
    """Types besides "Công văn" an office numbers with its code alone after the type word ("Tờ trình số
    126/SKHĐT"; doc_types.json code_alone_types, real-text audit r15)."""
    return frozenset(load_data("doc_types.json")["code_alone_types"]["types"])
