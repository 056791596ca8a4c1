"""The clause after a reference: "ngày 26/11/2021 của Thủ tướng Chính phủ (khóa XI) về “…”".

Each part is matched right where the previous one ended, inside a bounded window, so the clause
reader never runs away along the text. Date, issuer and term may come in any order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from ingest.dates import ParsedDate, parse_date_at, parse_date_through_markers
from ingest.gazetteer import body_by_name
from ingest.issuer_text import split_title
from ingest.noise import SUPERSCRIPT_DIGITS
from ingest.patterns import (
    ISSUED_PASSIVE,
    ISSUER,
    JOINED_BODY_NAME,
    NGAY,
    PARTY_TERM,
    PROVINCE,
    SESSION,
    SUBJECT_START,
    YEAR_AFTER,
    bare_issuer,
    compound_titles,
    issuer_heads,
    next_joint_issuer,
    type_word_inside,
)
from ingest.relation_rules import rules
from ingest.vocab import load_data, vocab

WINDOW = 160
# the next paragraph holding only a date: the "Ngày ban hành" cell of a flattened table row
_DATE_CELL = re.compile(r"[ ]{0,3}\n{1,3}[ ]{0,4}(?P<d>\d{1,2}/\d{1,2}/(?:19|20)\d\d)[ ]{0,4}(?=\n)")
# a list's row: the symbol's date column on the same line, after spaces, a tab or a pipe, or glued to it
# by a scraper ("20/2014/NĐ-CP15/05/2014", "12/QĐ-UBND | 15/3/2020 |"); or a labelled issue date,
# on the same line or under it ("Số hiệu: Nghị định số 107/2016/NĐ-CP⏎⏎Ngày ban hành: 01/07/2016").
# Only the issue date: a "Ngày hiệu lực" (effective date) is not the document's date
_ROW_DATE_FIRST = frozenset(" \t|\n0123456789")
_ROW_DATE = re.compile(
    r"(?:[ \t]{0,4}\|)?[ \t]{0,4}(?:\n{0,3}[ \t]{0,4}[Nn]gày ban hành[ \t]{0,2}:?[ \t]{0,4}(?:\|[ \t]{0,4})?)?"
    r"(?P<d>\d{1,2}/\d{1,2}/(?:19|20)\d\d)(?![\d/])"
)


@cache
def _renaming() -> re.Pattern[str]:
    """A renaming parenthesis ("(sau đây gọi là …)", relation_cues.json bridges.renaming)."""
    words = rules()["renaming"]
    alt = "|".join(re.escape(w).replace(r"\ ", "[ ]{1,3}") for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"[ *_,]{{0,4}}\([ ]{{0,2}}(?i:{alt or '(?!)'})[^()\n]{{1,120}}\)")


_HEADS = (
    "ngày",
    "của",
    "do ",
    "(",
    "khóa",
    "khoá",
    "năm",
    "được",
    "đã được",
    "kỳ họp",
    "tại kỳ",
    "lập ngày",
    "ký ngày",
)  # how far the date/issuer part may reach
# a verb of making the document before its date: "Biên bản … số 27/BB-VPHC lập ngày 28/7/2023" (holdout25)
_MADE_ON = ("lập ngày", "ký ngày")
_MEETING_HEAD = "hội nghị"
_PAREN_DATE_HEAD = ("(ngày", "( ngày")
# a day and month with no year after "ngày" ("ngày 25/5", "ngày 19-6", "ngày 23.5"): skipped, not read
_DAY_MONTH = re.compile(r"[ ]{1,3}(?:[12]\d|3[01]|0?[1-9])[/.-](?:1[0-2]|0?[1-9])(?![/.-]?\d)(?!\w)")
SUBJECT_MAX = 400
_QUOTES = "“”\"'‘’*_ "


@dataclass(slots=True)
class Clause:
    end: int
    date: str | None = None
    year: int | None = None
    issuer: str | None = None
    issuer_province: str | None = None
    party_term: str | None = None
    subject: str | None = None
    warnings: list[str] = field(default_factory=list)
    issuer_by_do: bool = False  # the issuer came from "do X ban hành", which may belong to an earlier head
    date_unmarked: tuple[int, int, str] | None = None  # a date read through markers: its span, as read

    def take_date(self, d: ParsedDate) -> None:
        """The clause's date and year from `d`; a date that does not exist is a warning, never a date."""
        self.date, self.year = d.iso, d.year
        self.date_unmarked = (d.unmarked[0], d.end, d.unmarked[1]) if d.unmarked is not None else None
        if d.warning and d.iso is None:
            self.warnings.append(d.warning)


@cache
def _paren_issuer() -> re.Pattern[str]:
    """An issuer alone in parentheses right after the symbol: " (UBND huyện)"."""
    heads = issuer_heads()
    return re.compile(rf"[ ]{{0,3}}\((?P<iss>(?:{heads})(?:[ ][^,;.()\n“”\"]{{1,20}}){{0,6}})\)")


@cache
def _meeting_aliases() -> tuple[tuple[str, str], ...]:
    d = load_data("issuer_codes.json").get("issuer_aliases", {})
    return tuple((k.lower(), v) for k, v in d.items() if not k.startswith("_"))


_ORDINAL_ONLY = re.compile(r"[ ]*(?:lần[ ]thứ[ ])?(?:\d{1,2}|[IVX]{1,5}|\w{2,5})?[ ]*")


_MEETING_OF = re.compile(
    r"Hội[ ]nghị[ ](?:lần[ ]thứ[ ]\w{1,5}[ ])?(?:của[ ])?(?P<body>Ban[ ]Chấp[ ]hành[ ].+)"
)


def _body_of_meeting(issuer: str) -> str:
    """ "Hội nghị Trung ương 5", "Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng" -> "Ban Chấp hành
    Trung ương Đảng": the body whose meeting issued."""
    if not issuer.startswith("Hội"):
        return issuer
    low = issuer.lower()
    for prefix, body in _meeting_aliases():
        if low.startswith(prefix) and _ORDINAL_ONLY.fullmatch(issuer, len(prefix)):
            return body
    m = _MEETING_OF.fullmatch(issuer)
    return m.group("body") if m else issuer


@lru_cache(maxsize=4096)  # issuers repeat within and across documents
def province_in_issuer(issuer: str) -> str | None:
    """The province an issuer's name holds ("Ủy ban nhân dân tỉnh Quảng Ngãi" -> "Quảng Ngãi"), or None."""
    m = PROVINCE.search(issuer)
    if not m:
        return None
    words = []
    for w in m.group("prov").split(" "):
        if not w[:1].isupper():
            break
        words.append(w)
    return " ".join(words) or None


_PLACE_ONLY = re.compile(r"(?:tỉnh|thành[ ]phố)[ ][A-ZĐ]")


@cache
def _open_words() -> frozenset[str]:
    return frozenset(load_data("issuer_codes.json").get("issuer_open_words", {}).get("words", ()))


@dataclass(frozen=True, slots=True)
class _Shifted:
    """A match on a copy of the clause window, with offsets moved back to those of the whole text."""

    m: re.Match[str]
    shift: int

    def group(self, name: str) -> str:
        return self.m.group(name)

    def start(self, name: str) -> int:
        return self.m.start(name) + self.shift

    def end(self) -> int:
        return self.m.end() + self.shift


def _issuer_match(sh: str, p: int, end: int) -> re.Match[str] | _Shifted | None:
    """ISSUER at `p`; over a single PDF line break right after "của" or after a word that starts a body's
    name and never ends it ("của Hội nghị lần thứ sáu Ban⏎Chấp hành …"), the break read as a space;
    also where the issuer read up to the break names no body and read across it does ("của Bộ
    trưởng Bộ Tài⏎chính")."""
    nl = sh.find("\n", p, end)
    if nl == -1 or nl + 1 >= end:
        return ISSUER.match(sh, p, end)
    # the break: one line end, or the blank line pdfminer leaves at a wrap ("của Bộ⏎⏎Chính trị"), read as
    # as many spaces (offsets kept)
    after = nl + 2 if sh[nl + 1] == "\n" else nl + 1
    if after >= end or sh[after] == "\n":
        return ISSUER.match(sh, p, end)
    joined = sh[p:nl] + " " * (after - nl) + sh[after:end]
    plain = ISSUER.match(sh, p, end)
    if (
        after == nl + 1
        and sh[nl + 1].isupper()
        and sh[max(p, nl - 12) : nl].rsplit(" ", 1)[-1] in _open_words()
    ):
        m = ISSUER.match(joined)
        if (
            plain is not None
            and plain.end("iss") == nl
            and _names_body(plain.group("iss"))
            and (m is None or not _names_body(m.group("iss")))
        ):
            return plain  # "của Ban Chấp hành Trung ương Đảng⏎Căn cứ …": the body ends at the line end
        return _Shifted(m, p) if m else None
    if plain is not None and plain.end("iss") < nl and sh[after].islower() and sh[nl - 1].isalpha():
        # a body name that holds "và", wrapped after it ("của Bộ Nông nghiệp và Phát triển nông⏎thôn và
        # Bộ Nội vụ"): the line alone stops at "và"; read across the break it names the body
        m = ISSUER.match(joined)
        if (
            m
            and m.end("iss") > nl - p
            and _names_body(m.group("iss"))
            and not _names_body(plain.group("iss"))
        ):
            return _Shifted(m, p)
        return plain
    if plain is None or plain.end("iss") != nl or not sh[after].isalpha():
        return plain
    m = ISSUER.match(joined)
    if m and _names_body(m.group("iss")) and not _names_body(plain.group("iss")):
        return _Shifted(m, p)
    if m and sh[after].islower() and sh[nl - 1].isalpha():
        # a PDF line wrapped inside the name: a line never opens in lower case ("của UBND⏎huyện Như
        # Xuân", "của Ban chấp⏎hành Đảng bộ huyện"; real-text audit r18); a word that ends the clause
        # ("của Bộ Y tế⏎về việc …") still ends it, read across the break
        return _Shifted(m, p)
    if m and sh[after].isupper() and _name_tail_line(sh, after, end) and not _names_body(plain.group("iss")):
        # a place name broken over a page's lines, the clause closing right after its last word ("của Ủy
        # ban nhân dân xã Xuân⏎Phú)": real-text audit r34)
        return _Shifted(m, p)
    return plain


def _joint_match(sh: str, p: int, end: int) -> re.Match[str] | _Shifted | None:
    """The next body of a joint issuer at `p`; over a single line break after a word that starts a body's
    name and never ends it, the break read as a space, as for the first body ("của Văn phòng Chính phủ
    và Bộ⏎Nội vụ hướng dẫn …"; real-text audit r69)."""
    j = next_joint_issuer().match(sh, p, end)
    if j is None or j.end() + 1 >= end or sh[j.end()] != "\n" or not sh[j.end() + 1].isupper():
        return j
    if j.group("iss").rsplit(" ", 1)[-1] not in _open_words():
        return j
    nl = j.end()
    m = next_joint_issuer().match(sh[p:nl] + " " + sh[nl + 1 : end])
    return _Shifted(m, p) if m is not None and m.end() > nl - p else j


_NAME_TAIL = re.compile(r"[^);,.\n]{1,24}(?:[);,]|\.(?=[ \n]|\Z))")


def _name_tail_line(sh: str, at: int, end: int) -> bool:
    """The line at `at` holds one capitalised word (a name's last syllable) and then ")" closing the clause;
    or, the line hard-wrapped inside a body's name, up to three capitalised words and then ";", "," or "."
    ("của Tập đoàn Điện lực⏎Việt Nam; Hồ sơ …"; real-text audit r60): a line opening a new item or heading
    ("Căn cứ …", "Điều 1.", "QUYẾT ĐỊNH:") holds other words or marks."""
    t = _NAME_TAIL.match(sh, at, end)
    if t is None:
        return False
    run = sh[at : t.end() - 1]
    words = run.split(" ")
    if not all(w[:1].isupper() and w.isalpha() for w in words):
        return False
    if sh[t.end() - 1] == ")":
        return len(words) == 1
    return len(words) <= 3 and not (len(run) > 1 and run.isupper())


def _grid_cell_next_line(sh: str, pos: int) -> int | None:
    """Where the cell holding `pos` goes on in the next line of a pandoc grid-table row, when nothing but
    spaces follows `pos` in this line's part of the cell ("| Kế hoạch số 365/KH-BCA-C08 ngày    | … |⏎|
    | 05/8/2024 của Bộ Công an | … |"); None elsewhere."""
    bar = sh.find("|", pos, pos + 40)
    if bar == -1 or sh[pos:bar].strip(" ") or "\n" in sh[pos:bar]:
        return None
    ls = sh.rfind("\n", max(0, pos - 300), pos) + 1
    column = sh.count("|", ls, pos)
    le = sh.find("\n", pos, pos + 300)
    if column == 0 or le == -1 or not sh.startswith("|", ls) or not sh.startswith("|", le + 1):
        return None
    at = le + 1
    for _ in range(column):
        at = sh.find("|", at, at + 300) + 1
        if at == 0:
            return None
    while sh.startswith(" ", at):
        at += 1
    return at


@cache
def _folded_heads() -> tuple[str, ...]:
    """The words an issuer name starts with (vocab `issuer_heads`), case-folded, each with its space."""
    return tuple(h.casefold() + " " for h in vocab().issuer_heads)


def _lower_case_head(issuer: str) -> bool:
    """An issuer typed with a lower-case head word before its capitalised name ("ủy ban An toàn giao
    thông Quốc gia", "bộ Giao thông vận tải"; real-text audit r57): a head of vocab `issuer_heads`, then
    a capitalised word. A generic "của ủy ban nhân dân các cấp" stays no issuer."""
    if not issuer[:1].islower():
        return False
    folded = issuer[:24].casefold()
    return any(folded.startswith(h) and issuer[len(h) : len(h) + 1].isupper() for h in _folded_heads())


# a phrase that names the document without "về", then who issued it: "Quy định số 29-QĐ/TW thi hành Điều lệ
# Đảng do Ban Chấp hành Trung ương ban hành" (real-text audit r59); never past a mark that ends the phrase
_DO_AFTER_PHRASE = re.compile(r"[^,;:.()\n]{0,120}?[ ](?=do[ ])")
_ISSUED = (" ban hành", " đã ban hành")


def issuer_done_by(sh: str, pos: int, limit: int, code: str) -> str | None:
    """The body of a "do <body> ban hành" clause after a phrase that follows the symbol at `pos` (no
    "của" clause read), when the body is one the gazetteer knows by the symbol's issuer code `code`: a
    document named inside the phrase ("… triển khai Luật Đất đai do Quốc hội ban hành") is another's."""
    m = _DO_AFTER_PHRASE.match(sh, pos, min(limit, pos + 130))
    if m is None:
        return None
    im = _issuer_match(sh, m.end() - 1, limit)
    if im is None or not sh.startswith(_ISSUED, im.end()):
        return None
    iss = " ".join(im.group("iss").strip(" *_").split())
    body = body_by_name(split_title(iss)[1])
    return iss if body is not None and body.get("code") == code else None


def _names_body(issuer: str) -> bool:
    """The issuer, after an office holder's title, is a body the gazetteer knows."""
    return body_by_name(split_title(issuer)[1]) is not None


@cache
def _level_after_symbol() -> re.Pattern[str]:
    """A level word right after a local symbol, a date or an issuer clause after it ("… 10/2016/NQ-HĐND
    tỉnh ngày 7/12/2016", issuer_clause.json level_after_symbol)."""
    words = sorted(load_data("issuer_clause.json").get("level_after_symbol", []), key=len, reverse=True)
    alt = "|".join(re.escape(w).replace(r"\ ", "[ ]") for w in words) or "(?!)"
    return re.compile(rf"[ ](?:{alt})(?=[ ](?:ngày[ ]{{1,3}}\d|của[ ]))")


@cache
def _file_extensions() -> tuple[str, ...]:
    """The file extensions a page glues to an attachment's symbol, longest first (doc_types.json)."""
    exts = load_data("doc_types.json").get("file_extensions", {}).get("list", ())
    return tuple(sorted(exts, key=len, reverse=True))


def _file_extension(sh: str, p: int) -> int:
    """The length of a file extension at `p` ending at a word boundary, else 0."""
    head = sh[p : p + 12].lower()
    for ext in _file_extensions():
        if head.startswith(ext) and not head[len(ext) : len(ext) + 1].isalnum():
            return len(ext)
    return 0


def read_clause(sh: str, pos: int, limit: int, text: str | None = None, *, joint: bool = False) -> Clause:
    """Read date / issuer / term / subject starting at `pos`; never past `limit` (next reference).
    `text` (the original of the shadow `sh`) shows the tabs between table cells: a bare issuer after
    the date is not read across one (the next cell of a row is another column). `joint`: the symbol
    names several issuers ("TTLT-BTC-BTP"), so a stated issuer goes on over "và" and commas to the
    next body ("của Bộ Tài chính và Bộ Tư pháp")."""
    c = Clause(end=pos)
    end = min(limit, pos + WINDOW)
    p = pos
    m: re.Match[str] | _Shifted | None  # the clause part read last (an issuer may be read across a break)
    while p < end and sh[p] in SUPERSCRIPT_DIGITS:  # a footnote mark right after the symbol
        p += 1
    if sh.startswith(".", p) and (ext := _file_extension(sh, p)):
        p += ext  # "…/NQ-UBTVQH13.pdf ngày …": an attached file's name (real-text audit r35)
    if sh.startswith(" ", p) and (lv := _level_after_symbol().match(sh, p, end)) is not None:
        p = lv.end()  # "NQ-HĐND tỉnh ngày …": the council's level, then the clause
    if p < end and sh[p] in _ROW_DATE_FIRST and (row := _ROW_DATE.match(sh, p, end)) is not None:
        d = parse_date_at(sh, row.start("d"), row.end())
        if d is not None and d.end == row.end():
            c.take_date(d)
            p = c.end = d.end
    if "\n" in sh[p : p + 4] and (cell := _DATE_CELL.match(sh, p, end)) is not None:
        # a table flattened one cell per paragraph (docx2txt, mammoth): the row's date is the next cell
        d = parse_date_at(sh, cell.start("d"), cell.end())
        if d is not None and d.end == cell.end():
            c.take_date(d)
            c.end = d.end
            return c
    for _ in range(4):
        # dispatch on the next word, so no pattern runs where it cannot match
        raw = sh[p : p + 16].lstrip(" *_,")
        upper_next = False
        if raw[:1] == "\n":  # only a lower-case "ngày" goes on across a line break (see NGAY)
            raw = raw.lstrip("\n ")
            if not raw:  # a cell going on under its column, indented deep (a pandoc simple table)
                raw = sh[p : p + 96].lstrip(" *_,\n")[:16]
            # or an upper-case title's next line: "NGHỊ ĐỊNH SỐ 70/2024/NĐ-CP⏎NGÀY 25/6/2024 CỦA …"
            upper_next = raw.startswith("NGÀY") and c.date is None and _upper_line(sh, p)
            # or a capitalised "Ngày" line whose date goes on to "của": a page's line broken before the
            # date of a cited document ("Quyết định số 59/QĐ-UBND⏎Ngày 22 tháng 7 năm 2021 của …"), never
            # a sentence opening on a date ("…⏎Ngày 16/6/2025, Quốc hội …": real-text audit r34)
            upper_next = upper_next or (
                raw.startswith("Ngày ") and c.date is None and _cap_date_line(sh, p, end)
            )
            # or "của" after the date, an OCR'd line wrapped before it ("ngày 10/3/2023⏎của Chủ tịch …")
            wrapped_cua = raw.startswith("của ") and c.date is not None and c.issuer is None
            if not raw.startswith("ngày") and not upper_next and not wrapped_cua:
                break
            if wrapped_cua:
                p = sh.index("của", p)
        head = raw.lower()
        if not head.startswith(_HEADS):
            # after the date a bare issuer; right after the symbol only the meeting that adopted the
            # document, in apposition ("Nghị quyết số 60-NQ/TW Hội nghị lần thứ 11 Ban Chấp hành Trung
            # ương Đảng khóa XIII", "Nghị quyết 60 Hội nghị lần thứ 11 …": real-text audit r9)
            meeting = c.date is None and head.startswith(_MEETING_HEAD)
            if (c.date is not None or meeting) and c.issuer is None and raw[:1].isupper():
                tab = text.find("\t", p, end) if text is not None else -1  # a table cell ends here
                from_ = p
                # ", Hội nghị lần thứ sáu …": from the space before the meeting's name (after the date
                # only with its body after a comma, below)
                comma_meeting = sh[p] == "," and head.startswith(_MEETING_HEAD)
                if meeting or comma_meeting:
                    from_ = sh.index("H", p) - 1
                m = bare_issuer().match(sh, from_, end if tab < 0 else tab) if sh[from_] == " " else None
                if m is not None and comma_meeting and _body_of_meeting(m.group("iss")) == m.group("iss"):
                    # the meeting, then its body after a comma: "ngày 16/6/2022, Hội nghị lần thứ năm, Ban
                    # Chấp hành Trung ương Đảng khóa XIII" (real-text audit r38)
                    body = None
                    if sh.startswith(", Ban", m.end()):
                        body = bare_issuer().match(sh, m.end() + 1, end if tab < 0 else tab)
                    m = body if body is not None or not meeting else m
                if m and meeting and _body_of_meeting(m.group("iss")) == m.group("iss"):
                    m = None  # "Nghị quyết số 12 Hội nghị …" naming no body whose meeting it was
                if m:
                    c.issuer = _body_of_meeting(m.group("iss"))
                    c.issuer_province = province_in_issuer(c.issuer)
                    p = m.end()
                    continue
            break
        if head[:1] == "đ":  # "được …", "đã được …" (the only heads opening so): a passive clause
            m = ISSUED_PASSIVE.match(sh, p, end) if c.date is None else None
            if m is None:
                break  # "được sửa đổi …": the sentence goes on, the clause has ended
            if m.group("iss") and c.issuer is None:  # "được Chính phủ ban hành ngày 26/12/2024"
                c.issuer = m.group("iss")
                c.issuer_province = province_in_issuer(c.issuer)
            p = m.end()
            continue
        if head.startswith("(") and c.date is None and (rn := _renaming().match(sh, p, end)) is not None:
            # "Luật Thủ đô số 39/2024/QH15 (sau đây gọi là Luật Thủ đô năm 2024) đã được Quốc hội … thông
            # qua … ngày …": the renaming parenthesis stands between the symbol and its passive clause
            nxt = sh[rn.end() : rn.end() + 16].lstrip(" ,").lower()
            if nxt.startswith(("được", "đã được")):
                p = rn.end()
                continue
        if head.startswith(_PAREN_DATE_HEAD) and c.date is None and c.year is None:
            # the date in parentheses: "Nghị quyết số 11/2012/NQ-HĐND (ngày 13.7.2012) của HĐND thành phố"
            k = sh.index("(", p)
            m = NGAY.match(sh, k + 1, end)
            d = parse_date_at(sh, m.end(), end) if m else None
            close = sh.find(")", d.end, d.end + 3) if d is not None else -1
            if d is not None and close != -1 and not sh[d.end : close].strip():
                c.take_date(d)
                p = close + 1
                continue
        if head.startswith("(") and c.issuer is None:
            m = _paren_issuer().match(sh, p, end)  # "Kế hoạch 35/KH-UBND (UBND huyện) ngày …"
            if m:
                c.issuer = m.group("iss")
                c.issuer_province = province_in_issuer(c.issuer)
                p = m.end()
                continue
        if head.startswith(_MADE_ON):
            if c.date is not None:
                break
            p = sh.index("ngày", p)  # the date made on is the document's date
            head = "ngày"
        # each pattern below can only match where the next word is its own: the others are skipped
        m = NGAY.match(sh, p, end) if head.startswith("ngày") else None
        if m is None and upper_next:
            m = _NGAY_NEXT_UPPER_LINE.match(sh, p, end) or _NGAY_NEXT_CAP_LINE.match(sh, p, end)
        if m and c.date is None and c.year is None:
            d = parse_date_at(sh, m.end(), end)
            if d is None and sh[m.end() + 1 : m.end() + 5].lower() == "ngày":
                # the word typed twice: "Nghị định số 30/2021/NĐ-CP ngày ngày 26 tháng 3 năm 2021 của …"
                # (real-text audit r72)
                m2 = NGAY.match(sh, m.end(), end)
                d = parse_date_at(sh, m2.end(), end) if m2 is not None else None
            if d is None and ("*" in sh[m.end() : m.end() + 16] or "_" in sh[m.end() : m.end() + 16]):
                # "ngày **10/5**/2025": emphasis markers inside the date (real-text audit r78, round f24)
                d = parse_date_through_markers(sh, m.end(), end)
            if d is None and (at := _grid_cell_next_line(sh, m.end())) is not None:
                d = parse_date_at(sh, at, min(len(sh), at + 40))  # "ngày   |…⏎|   | 05/8/2024 của …"
            if d is None and (dm := _DAY_MONTH.match(sh, m.end(), end)) is not None:
                # "Công văn số 4913/VP-KT ngày 15/6 của UBND thành phố …": a news page's date without its
                # year is no date (null), but the issuer clause after it is read (real-text audit r65)
                c.warnings.append("date without a year after 'ngày'")
                p = dm.end()
                continue
            if d is None:
                c.warnings.append("unreadable date after 'ngày'")
                p = m.end()
                break
            c.take_date(d)
            p = d.end
            continue
        m = None
        if head.startswith(("của", "do ")):
            tab = text.find("\t", p, end) if text is not None else -1  # the cell ends the issuer
            m = _issuer_match(sh, p, end if tab < 0 else tab)
        if m and head.startswith("do ") and sh.startswith(_CARRIED_OUT_BY, m.end() + 1):
            m = None  # "… Luật Đất đai số … do Chủ tịch Ủy ban nhân dân cấp xã thực hiện": who acts, not who issued
        if m and c.issuer is None and c.issuer_province is None and _PLACE_ONLY.match(m.group("iss")):
            # "Quyết định số 12/2023/QĐ-UBND của tỉnh Quảng Ngãi": the province scopes the local code
            c.issuer_province = province_in_issuer(m.group("iss"))
            p = m.end()
            continue
        if m and sh[m.end() : m.end() + 4].lstrip(" ").startswith("|") and not _names_body(m.group("iss")):
            m = None  # "của Bộ | …": a grid-table cell wraps the name onto its next line; read none of it
        if (
            m
            and c.issuer is None
            and (m.group("iss").strip(" *_")[:1].isupper() or _lower_case_head(m.group("iss").strip(" *_")))
        ):
            # "của một số nơi" is not an issuer: issuers are named (capitalised)
            iss = m.group("iss")
            # "của Ủy ban nhân dân tỉnh Kế hoạch cải cách ...", never inside "Sở Kế hoạch và Đầu tư"
            named = JOINED_BODY_NAME.match(iss)
            cut = type_word_inside().search(iss, named.end() if named else 0)
            if cut:
                iss = iss[: cut.start()]
            c.issuer = iss.strip(" *_")
            if c.issuer[:1].islower():  # "của ủy ban An toàn giao thông Quốc gia": the name's capital
                c.issuer = c.issuer[:1].upper() + c.issuer[1:]
            c.issuer_by_do = head.startswith("do ")
            if "  " in c.issuer or "\n" in c.issuer:  # a justified or wrapped PDF line
                c.issuer = " ".join(c.issuer.split())
            if c.issuer.startswith("Hội"):
                c.issuer = _body_of_meeting(c.issuer)
            p = m.start("iss") + len(iss) if iss != m.group("iss") else m.end()
            if c.issuer.startswith("Hội nghị") and sh.startswith(", Ban", p):
                # the meeting, then its body after a comma: "của Hội nghị lần thứ 6, Ban Chấp hành Trung
                # ương khóa XII" (real-text audit r47), as after the date without "của" above
                body = bare_issuer().match(sh, p + 1, end)
                if body is not None:
                    c.issuer, p = _body_of_meeting(f"Hội nghị {body.group('iss')}"), body.end()
            while joint and (j := _joint_match(sh, p, end)) is not None:
                sep = ", " if "," in sh[p : j.start("iss")] else " và "
                c.issuer, p = f"{c.issuer}{sep}{' '.join(j.group('iss').split())}", j.end()
            if (second := compound_titles().get(c.issuer)) and (t := second.match(sh, p, end)):
                c.issuer, p = f"{c.issuer}, {' '.join(t.group('iss').split())}", t.end()
            if iss == m.group("iss") and c.issuer in _JOINT_ORGANS:
                j = _JOINT_ISSUER.match(sh, p, end)  # "của Bộ Chính trị, Ban Bí thư": a joint issuer
                if j and j.group("iss") in _JOINT_ORGANS and j.group("iss") != c.issuer:
                    c.issuer, p = f"{c.issuer}, {j.group('iss')}", j.end()
            c.issuer_province = province_in_issuer(c.issuer)
            continue
        if m is None and c.issuer is None and raw.startswith("CỦA"):
            # an upper-case title: "… NGÀY 30 THÁNG 4 NĂM 2025 CỦA BỘ CHÍNH TRỊ VỀ …"
            up = _upper_issuer(sh, p, end)
            if up is not None:
                c.issuer, p = up
                c.issuer_province = province_in_issuer(c.issuer)
                continue
        m = PARTY_TERM.match(sh, p, end) if head.startswith(("(", "khóa", "khoá")) else None
        if m and c.party_term is None:
            c.party_term = m.group("term")
            p = m.end()
            continue
        m = SESSION.match(sh, p, end) if head.startswith(("kỳ họp", "tại kỳ")) and c.issuer else None
        if m:  # "của Hội đồng nhân dân tỉnh khóa XVI, kỳ họp thứ 9 về …": the session, then the subject
            p = m.end()
            continue
        m = YEAR_AFTER.match(sh, p, end) if head.startswith("năm") else None
        if m and c.year is None:
            c.year = int(m.group("y"))
            p = m.end()
            continue
        break
    c.end = p
    # "về"/"v/v" opens a subject within 9 characters (after at most 8 of spaces, marks, a comma or
    # line breaks), or "quy định về" does: only then can the pattern match
    opens = sh.find("v", p, p + 9) != -1 or sh.find("V", p, p + 9) != -1 or sh.startswith(" quy định về", p)
    m = SUBJECT_START.match(sh, p, min(limit, p + 20)) if opens else None
    if m:
        c.subject, c.end = _subject(sh, m.end(), min(limit, m.end() + SUBJECT_MAX))
    return c


# the verbs after "do <body>" that name who carries a rule out, not who issued the document before it
_CARRIED_OUT_BY = ("thực hiện", "giải quyết", "chủ trì", "tiếp nhận", "quản lý")

# central Party organs that sign together ("Kết luận số 127-KL/TW … của Bộ Chính trị, Ban Bí thư";
# bodies.json issuer_text joint_organs)
_JOINT_ORGANS = frozenset(load_data("bodies.json").get("issuer_text", {}).get("joint_organs", ()))
_JOINT_ISSUER = re.compile(
    r",[ ]{1,3}(?P<iss>"
    + "|".join(re.escape(o) for o in sorted(_JOINT_ORGANS))
    + r")(?=[ ]{1,3}(?:về|ngày|khóa|khoá|và)(?!\w)|[ ]*[,;.()\n:]|[ ]*\Z)"
)

# the joint organ right before the verb: "thay mặt Bộ Chính trị, Ban Bí thư đã ký ban hành <ref>"
_JOINT_SIGNED = re.compile(
    r",[ ]{1,3}(?P<iss>"
    + "|".join(re.escape(o) for o in sorted(_JOINT_ORGANS))
    + r")(?=[ ]{1,3}(?:(?:đã|vừa|mới)[ ])?ký(?!\w))"
)


def with_joint_organ(sh: str, issuer: str, p: int, end: int) -> str:
    """`issuer` read up to `p`, with the organ that signs together with it named next ("thay mặt Bộ Chính
    trị, Ban Bí thư, Ủy viên Bộ Chính trị … ký ban hành <ref>"), as a stated "của Bộ Chính trị, Ban Bí thư"
    is read (real-text audit r78, round f24)."""
    if issuer not in _JOINT_ORGANS:
        return issuer
    j = _JOINT_ISSUER.match(sh, p, end) or _JOINT_SIGNED.match(sh, p, end)
    if j is None or j.group("iss") not in _JOINT_ORGANS or j.group("iss") == issuer:
        return issuer
    return f"{issuer}, {j.group('iss')}"


# the title's line may wrap inside the body's name ("… CỦA HỘI ĐỒNG NHÂN DÂN TỈNH THỪA⏎THIÊN HUẾ QUY ĐỊNH …")
_UPPER_OF = re.compile(r"[ *_]{0,4},?[ ]{0,3}CỦA((?:(?:[ ]{1,3}|[ ]?\n[ ]{0,3})[^\W\d_]\w*){1,10})")


def _upper_issuer(sh: str, p: int, end: int) -> tuple[str, int] | None:
    """ "CỦA BỘ CHÍNH TRỊ VỀ …" in an upper-case title: the longest run of upper-case words after "CỦA"
    that names a known body, as the body names itself ("Bộ Chính trị"), and where it ends."""
    m = _UPPER_OF.match(sh, p, end)
    if m is None:
        return None
    words = []
    for w in re.finditer(r"\S+", m.group(1)):
        if not w.group().isupper():
            break  # the title's upper case ends: "CỦA Bộ Chính trị" is the ordinary clause's
        words.append(w)
    for k in range(len(words), 0, -1):
        name = m.group(1)[: words[k - 1].end()]
        body = body_by_name(" ".join(name.split()) if "\n" in name else name)
        if body is not None and body.get("name"):
            return body["name"], m.start(1) + words[k - 1].end()
    return None


_NGAY_NEXT_UPPER_LINE = re.compile(r"[ *_]{0,3}\n[ ]{0,3}NGÀY(?!\w)")
_NGAY_NEXT_CAP_LINE = re.compile(r"[ *_]{0,3}\n[ ]{0,3}Ngày(?!\w)")


def _cap_date_line(sh: str, p: int, end: int) -> bool:
    """The next line opens "Ngày <date>" and the date goes on to "của" (an issuer clause)."""
    m = _NGAY_NEXT_CAP_LINE.match(sh, p, end)
    d = parse_date_at(sh, m.end(), end) if m is not None else None
    return d is not None and sh[d.end : d.end + 12].lstrip(" \n").startswith("của ")


def _upper_line(sh: str, p: int) -> bool:
    """The line ending at `p` is upper-case (a title line), at most 160 characters back."""
    ls = sh.rfind("\n", max(0, p - 160), p)
    if ls == -1 and p > 160:
        return False
    line = sh[ls + 1 : p]
    return any(ch.isalpha() for ch in line) and line.isupper()


def _skip_breaks(sh: str, i: int) -> int:
    """The first position after the run of line breaks and spaces at `i`."""
    while i < len(sh) and sh[i] in "\n ":
        i += 1
    return i


def _soft_line_break(sh: str, i: int) -> bool:
    """ "… do thiên tai, dịch⏎⏎bệnh và …": a letter, digit or comma before, a lower-case letter after."""
    k = _skip_breaks(sh, i)
    if k >= len(sh) or not sh[k].islower():
        return False
    j = i
    while j > 0 and sh[j - 1] in "\n ":
        j -= 1
    return j > 0 and (sh[j - 1].isalnum() or sh[j - 1] == ",")


def _subject(sh: str, p: int, end: int) -> tuple[str | None, int]:
    """The subject text and where it ends."""
    if p >= end:
        return None, p
    if sh[p] in '“"':
        close = sh.find("”" if sh[p] == "“" else '"', p + 1, end)
        if close > p:
            end = close
    stop = end
    i = sh.find(";", p, stop)
    if i != -1:
        stop = i
    i = sh.find("\n", p, stop)
    while i != -1 and _soft_line_break(sh, i):  # a PDF line wrapped inside the subject
        i = sh.find("\n", _skip_breaks(sh, i), stop)
    if i != -1:
        stop = i
    i = p
    while True:  # sentence end: ". " followed by a capital, or "./."
        i = sh.find(".", i, stop)
        if i == -1:
            break
        nxt = sh[i + 1 : i + 3]
        if nxt[:1] in ("", "\n", "/") or (nxt[:1] == " " and nxt[1:2].isupper()):
            stop = i
            break
        i += 1
    s = sh[p:stop].strip().strip(_QUOTES).strip()
    if stop < len(sh) and sh[stop] in '”"':
        stop += 1
    return (s or None), stop
