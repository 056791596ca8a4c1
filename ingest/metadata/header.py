"""The header block: the report's number ("Số: …"), place and date, type heading and title."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from ingest.gazetteer import body_by_name
from ingest.metadata.base import (
    BLANK_PLACE,
    PASSED_ON,
    UNDATED_PLACE,
    Line,
    ParseState,
    is_upper_line,
    iso_date,
    may_be_national,
    national_search,
    number_search,
    page_furniture,
    place_date_search,
    to_upper,
    vocab,
)
from ingest.models import DocumentMeta, Reference
from ingest.symbols import repair_code
from ingest.vocab import vocab as reference_vocab


def _d_for_đ(code: str) -> str:
    """The code part of the own number with a code typed or OCR'd with D for Đ repaired, when exactly one
    code folds to it ("QD-UBND" -> "QĐ-UBND", holdout17; as in references: symbols.canon_folded)."""
    if "D" not in code:
        return code
    rv = reference_vocab()
    parts = re.split(r"([/-])", code)
    return "".join(p if p in "/-" or rv.canon(p) else rv.canon_folded(p) or p for p in parts)


def parse_number(header: list[Line], meta: DocumentMeta) -> Line | None:
    for ln in header[:20]:
        m = number_search(ln.clean)
        if not m or (m.start() and _cited_in_title(ln.clean, m.start())):
            continue
        num = m.group("num")
        raw = m.group("code")
        if raw.endswith("V") and ln.clean.startswith(("/v", "/V"), m.end()):
            raw = raw[:-1]  # "Số: 5538/TCT-CSV/v thuế GTGT": the subject's "V/v" glued to the code (r20)
        code = repair_code(_d_for_đ(re.sub(r"\s+", "", raw).rstrip(".")))
        year = re.sub(r"\s+", "", m.group("year") or "")
        sep = m.group("sep")
        meta.symbol = code
        meta.number = num
        if num:
            meta.number_symbol = f"{num}{sep}{year}{code}"
        else:
            meta.warnings.append(f"unnumbered draft (Số: {sep}{year}{code})")
        return ln
    return None


def _cited_in_title(line: str, at: int) -> bool:
    """The number at `at` follows the type word of another document in a title that opens with its own
    type word ("BÁO CÁO TÌNH HÌNH THỰC HIỆN NGHỊ QUYẾT SỐ 01/NQ-CP …", a web report without a "Số:"
    line, real-text audit r72): the document reported on, never the own number; the heading's own
    "QUYẾT ĐỊNH SỐ 24/2021/QĐ-UBND" or a gazette's "THÔNG TƯ CỦA BỘ TÀI CHÍNH SỐ …" is."""
    words = line[:at].lower().split()
    if len(words) < 3:
        return False
    types = reference_vocab().type_words
    k = next((k for k in (1, 2, 3) if len(words) > k and " ".join(words[-k:]) in types), 0)
    return bool(k) and any(" ".join(words[:j]) in types for j in (1, 2, 3) if j < len(words) - k)


_YEAR_LINE = re.compile(r"(?:19|20)\d\d\W{0,2}$")


def _weekday(place: str) -> bool:
    """ "Thứ Sáu", "Thứ 3": a day's name (report_meta.json weekdays), never a place; also after a menu
    word the header's line joining put before it ("Analytic⏎Thứ Sáu, ngày 23 tháng 08 năm 2019")."""
    words = place.lower().split()  # every name is two words
    return " ".join(words[-2:]) in vocab().cfg.get("weekdays", {}).get("names", ())


def parse_place_date(header: list[Line], meta: DocumentMeta) -> Line | None:
    for k, ln in enumerate(header[:20]):
        m = place_date_search(ln.clean)
        if (
            not m
            and ln.clean.endswith(("năm", "NĂM"))
            and k + 1 < len(header)
            and _YEAR_LINE.match(header[k + 1].clean)
        ):
            # a header table's column wrapped the year onto the next line ("…, ngày 06 tháng 3 năm⏎ 2024")
            m = place_date_search(f"{ln.clean} {header[k + 1].clean}")
        if not m or _weekday(m.group("place")):
            continue  # "Thứ Sáu, ngày 23 tháng 08 năm 2019": a web page's day, not a place
        meta.place = (
            None if BLANK_PLACE.fullmatch(m.group("place")) else _after_national(m.group("place").strip())
        )
        if m.group("y2"):
            meta.date = iso_date(m.group("d2"), m.group("m2"), m.group("y2"), meta.warnings, "header date")
        else:
            year = m.group("y").replace("O", "0")  # "năm 2O24": OCR's O for 0
            meta.date = iso_date(m.group("d"), m.group("m"), year, meta.warnings, "header date")
        return ln
    _undated_place(header[:20], meta)
    return None


def _undated_place(header: list[Line], meta: DocumentMeta) -> None:
    """The place of a draft whose header date is wholly blank ("Hà Nội, ngày   tháng   năm", no year: real-text
    audit r78); no date is read, so the header's other dates are still looked for."""
    for ln in header:
        s = ln.clean
        if len(s) > 160 or not s.rstrip(" .…_|").endswith(("năm", "NĂM", "nam")):
            continue
        m = UNDATED_PLACE.search(s)
        if m and not _weekday(m.group("place")) and not BLANK_PLACE.fullmatch(m.group("place")):
            meta.place = _after_national(m.group("place").strip())
            return


# the national name's tail before the place, where a page glued the header's two cells on one line
# ("… | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Đồng Tháp, ngày 21 tháng 12 năm 2017 |", real-text audit r19)
_NATIONAL_TAIL = re.compile(r"(?i)^.*\bch[ủu]\s+ngh[ĩi]a\s+vi[ệe]t\s+nam\s+(?=\S)")


def _after_national(place: str) -> str:
    """`place` without the national name a flattened header put before it."""
    if len(place) < 24 or not may_be_national(place):
        return place
    m = _NATIONAL_TAIL.match(place)
    return place[m.end() :] if m else place


# "Số 924/SNV-CCHC Ngày 07-9-2015 V/v …": a web list's line giving the number and the date together
_NUMBER_LINE_DATE = re.compile(
    r"(?i)\sngày\s+(?P<d>\d{1,2})\s*[-/.]\s*(?P<m>\d{1,2})\s*[-/.]\s*(?P<y>(?:19|20)\d\d)\b"
)


def number_date(number_line: Line, meta: DocumentMeta) -> bool:
    """The date on the number's line, when the header has no place-and-date line."""
    m = _NUMBER_LINE_DATE.search(number_line.clean)
    if m is None:
        return False
    meta.date = iso_date(m.group("d"), m.group("m"), m.group("y"), meta.warnings, "header date")
    return True


# "Ngày 22 tháng 7 năm 2021" alone on a line of the header: a document that writes no place before its date
_DATE_LINE = re.compile(
    r"(?i)ngày\s+(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})\s+năm\s+(?P<y>(?:19|20)\d\d)[ .]*"
)


def date_line(header: list[Line], meta: DocumentMeta) -> bool:
    """The date of a header that has a number line but no place before its date: a line that is the
    date and nothing else, also wrapped after "tháng" or "năm" ("Ngày 22 tháng⏎7 năm 2021")."""
    for k, ln in enumerate(header[:20]):
        if ln.clean[:4].lower() != "ngày":
            continue
        m = _DATE_LINE.fullmatch(ln.clean)
        if m is None and k + 1 < len(header):
            m = _DATE_LINE.fullmatch(f"{ln.clean} {header[k + 1].clean}")
        if m is not None:
            meta.date = iso_date(m.group("d"), m.group("m"), m.group("y"), meta.warnings, "header date")
            return True
    return False


def passed_on(text: str, meta: DocumentMeta) -> None:
    """The date a law was passed, from its closing line (searched in the last part of the text)."""
    k = text.rfind("thông qua ngày")
    if k == -1:
        return
    m = PASSED_ON.search(text, max(0, k - 220), k + 40)
    if m:
        d, mo, y = (m.group("d"), m.group("m"), m.group("y")) if m.group("d") else m.group("dd", "mm", "yy")
        meta.date = iso_date(d, mo, y, meta.warnings, "date passed")


# a paragraph this long is the body: a type word alone on a line after it is no heading of the document
# (a web page's box title "THÔNG BÁO" under the article, holdout19)
HEADING_BEFORE_PROSE = 300


def parse_heading(header: list[Line], meta: DocumentMeta, st: ParseState) -> int | None:
    # "# QUYẾT ĐỊNH⏎## THÔNG TIN VĂN BẢN": a law site's bare type heading over its information block (page
    # furniture, report_meta.json): its type stands, the document's own heading below it is preferred and
    # the block's name is no title (real-text audit r42)
    site_heading: int | None = None
    for i, ln in enumerate(header):
        if not is_upper_line(ln.clean):
            if len(ln.clean) >= HEADING_BEFORE_PROSE:
                return site_heading
            if ln.clean[1:2].isupper() and (title := _sentence_title_after_heading(header, i, meta)):
                meta.title, st.title_inline = title, (ln.start, ln.end)
                return i
            continue
        up = to_upper(ln.clean).rstrip(":. ")
        if len(up) > 200:
            continue
        if (ln.clean.endswith(":") or ln.clean.rstrip(". ") == ln.clean.rstrip(". ").upper()) and _enacts(
            header, i, colon=ln.clean.endswith(":")
        ):
            # "QUYẾT ĐỊNH:" after the preamble: the enacting words, not the document's heading; also with
            # its colon lost ("QUYẾT ĐỊNH" under "Theo đề nghị …", a law site's page)
            continue
        for heading, opening, name in _heading_openings():
            if up == heading or (name != "Luật" and up.startswith(opening)):
                own = _own_symbol_type(meta.number_symbol, name)
                if own is not None:
                    # "Số: 108/2018/TT-BTC⏎HƯỚNG DẪN KẾ TOÁN …" on a page that dropped "THÔNG TƯ" (real-text
                    # audit r66): the own symbol's type code wins, and the line is the title, whole
                    meta.doc_type, meta.title = own, ln.clean
                    st.title_inline = (ln.start, ln.end)
                    return i
                meta.doc_type = name
                rest = ln.clean[len(heading) :].strip(" :-–")
                if rest.lower().startswith(_issuer_under_heading()):
                    rest = ""  # "QUYẾT ĐỊNH CỦA UỶ BAN NHÂN DÂN TỈNH": the issuer, the title is below
                if rest and meta.number_symbol and _own_number(rest, meta.number_symbol):
                    rest = ""  # "QUYẾT ĐỊNH 24/2021/QĐ-TTg" (a site's heading, r18): the title is below
                if (
                    not rest
                    and site_heading is None
                    and i + 1 < len(header)
                    and page_furniture(header[i + 1].clean)
                ):
                    site_heading = i
                    break
                if rest:  # "BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ THỊ SỐ 33/CT-TTG": kept as written
                    meta.title = rest
                    st.title_inline = (ln.start, ln.end)
                return i
    return site_heading


@cache
def _heading_openings() -> tuple[tuple[str, str, str], ...]:
    """(heading, heading with the space after it, type name) of the vocabulary's headings, longest first:
    built once, not for each heading of each upper-case line."""
    return tuple((heading, heading + " ", name) for heading, name in vocab().headings)


@cache
def _issuer_under_heading() -> tuple[str, ...]:
    """report_meta.json issuer_under_heading: the words that open an issuer, not a title, after the type
    heading ("QUYẾT ĐỊNH CỦA UỶ BAN NHÂN DÂN TỈNH")."""
    return tuple(vocab().cfg.get("issuer_under_heading", ["của "]))


@cache
def _body_openers() -> tuple[str, ...]:
    """report_meta.json title_body_openers, each with the space after it ("Thực hiện ", "Ngày ")."""
    return tuple(w + " " for w in vocab().cfg.get("title_body_openers", ()))


def _before_glued_body(s: str) -> str | None:
    """The upper-case title words of `s` before a capitalised body opener a page glued to them ("THỰC
    HIỆN … NĂM 2024 Thực hiện Kế hoạch số …", "… CỦA TỈNH Căn cứ Luật …"; real-text audit r72); None when
    `s` has no such opener after upper-case words."""
    for w in _body_openers():
        k = s.find(" " + w)
        if k >= 8 and is_upper_line(s[:k]):
            return s[:k].rstrip()
    return None


def _sentence_title_after_heading(header: list[Line], i: int, meta: DocumentMeta) -> str | None:
    """The sentence-case title a page put on the type heading's line ("NGHỊ ĐỊNH Về đăng ký doanh nghiệp
    _ ______", "THÔNG TƯ Quy định về … ---", real-text audit r71): the type is set and the title returned,
    without the rule; None when the line is no such heading (a preamble above it: "QUYẾT ĐỊNH Điều 1. …"
    is the enacting words glued to the first article)."""
    s = header[i].clean
    for heading, name in vocab().headings:
        if name == "Luật" or not s.startswith(heading + " "):
            continue
        rest = _TRAILING_RULE.sub("", s[len(heading) + 1 :]).strip()
        if not (rest[:1].isupper() and rest[1:2].islower()) or number_search(rest) is not None:
            return None
        if rest.lower().startswith(_issuer_under_heading()):
            return None  # "CHỈ THỊ Của Thủ tướng Chính phủ": the issuer, not the title
        if any(_opens_preamble(ln.clean) for ln in header[:i]):
            return None
        meta.doc_type = name
        return rest
    return None


def _next_filled(lines: list[Line], i: int) -> int:
    """The first line from `i` on that is not blank (len(lines) when none is)."""
    while i < len(lines) and not lines[i].clean:
        i += 1
    return i


def _enacting_body_at(lines: list[Line], i: int) -> bool:
    """Line `i` is an upper-case body's name: the enacting body under a heading, no title."""
    return i < len(lines) and is_upper_line(lines[i].clean) and _is_body(to_upper(lines[i].clean))


def _own_symbol_type(number_symbol: str | None, name: str) -> str | None:
    """The type of the document's own state symbol ("108/2018/TT-BTC": Thông tư) when its type code
    contradicts the type `name` a heading line reads and `name` is one a title may open with as a verb
    ("HƯỚNG DẪN …"; report_meta.json title_verb_headings); None when they agree or it has none."""
    if not number_symbol or name not in vocab().cfg.get("title_verb_headings", ()):
        return None
    tail = number_symbol.rsplit("/", 1)[-1]
    if "-" not in tail:
        return None  # a Party symbol ("12-HD/TW") or a letter's codes: no type code to compare
    v = reference_vocab()
    code = tail.split("-", 1)[0]
    own = v.code_to_type.get(code)
    return own if own is not None and code not in v.codes_of_type.get(name, ()) else None


def _own_number(rest: str, number_symbol: str) -> bool:
    """`rest` of a heading line is only the document's own number ("24/2021/QĐ-TTg", "SỐ 24/2021/QĐ-TTg")."""
    if len(rest) > len(number_symbol) + 6:
        return False
    low = rest.lower()
    if low.startswith("số"):
        low = low[2:].lstrip(" :")
    return low == number_symbol.lower()


_ENACTING_PREAMBLE = ("căn cứ", "xét đề nghị", "theo đề nghị", "xét tờ trình")


def _opens_preamble(s: str) -> bool:
    """`s` opens with a preamble's words ("Căn cứ …"; only its start is lower-cased: lines may be long)."""
    return s[:20].lower().startswith(_ENACTING_PREAMBLE)


def _enacts(header: list[Line], i: int, colon: bool = True) -> bool:
    """The heading-like line `header[i]` ending in ':' ("QUYẾT ĐỊNH:", "QUYẾT NGHỊ:") enacts: the
    preamble is above it ("Căn cứ …", "Xét đề nghị …") or an article below it ("Điều 1. …") — a page
    that lost the document's own heading ("QUYẾT ĐỊNH⏎VỀ VIỆC …") keeps only this one. Without its
    colon (`colon` False) only the preamble right above proves it."""
    if not colon:
        above = next((ln for ln in reversed(header[:i]) if ln.clean), None)
        return above is not None and _opens_preamble(above.clean)
    if any(_opens_preamble(ln.clean) for ln in header[:i]):
        return True
    return i + 1 < len(header) and header[i + 1].clean.startswith("Điều ")


# the subject line on the number's line ("Số: 2294/LĐTBXH-BVCSTE V/v: Thực hiện …", a web list's
# "Số 924/SNV-CCHC Ngày 07-9-2015 V/v báo cáo …")
# (also glued to the code: "Số: 5538/TCT-CSV/v thuế GTGT", real-text audit r20)
_SUBJECT_AFTER_NUMBER = re.compile(r"(?i)^số\b.{0,80}?(?:\s|(?<=[A-ZĐ]))v/v\s*:?\s*(.+)$")


def _subject_after_number(line: str) -> re.Match[str] | None:
    return _SUBJECT_AFTER_NUMBER.match(line) if line[:1] in ("S", "s") else None


_BARE_SUBJECT_MARK = re.compile(r"(?i)^v/v\s*:?$")
_SUBJECT_NEXT_LINE = re.compile(r"^:?\s*([^\W\d_].*)$")


def _opens_with_word(s: str, words: tuple[str, ...]) -> bool:
    """`s` opens with one of `words` as a whole word."""
    return any(s.startswith(w) and not s[len(w) : len(w) + 1].isalnum() for w in words)


def parse_title(
    lines: list[Line], header: list[Line], heading_idx: int | None, meta: DocumentMeta, st: ParseState
) -> None:
    """The title (trích yếu): lines after the heading up to a blank line or the preamble; for a
    công văn, the "V/v …" line."""
    cfg = vocab().cfg
    stops = tuple(cfg.get("title_stops", []))
    issuer_line = _issuer_under_heading()
    title_continues = tuple(cfg.get("title_continues", []))
    never_opens = tuple(cfg.get("title_never_opens", []))
    if heading_idx is None:
        anaphora = tuple(cfg.get("subject_line_not_before", []))
        for k, ln in enumerate(header):
            m = re.match(r"(?i)^(?:v/v|về việc)\s*:?\s*(.+)$", ln.clean) or _subject_after_number(ln.clean)
            if m is None and k + 1 < len(header) and _BARE_SUBJECT_MARK.match(ln.clean):
                # "V/v⏎: Thực hiện quy định về hóa đơn.": the mark alone, the subject on the next line (r20)
                m = _SUBJECT_NEXT_LINE.match(header[k + 1].clean)
                ln = Line(ln.start, header[k + 1].end, ln.clean) if m else ln
            if m and _opens_with_word(m.group(1).lower(), anaphora):
                m = None  # "Về việc này, Phó Thủ tướng … có ý kiến": the body, not the subject line
            if m:
                parts, end = [_before_place_date(m.group(1).strip())], ln.end
                for nxt in header[k + 1 : k + 4]:  # a wrapped trích yếu continues in lower case,
                    # or with the number of a document whose "… số" ends the line before
                    goes_on = (
                        nxt.clean[:1].islower()
                        or (nxt.clean[:1].isdigit() and re.search(r"(?i)\bsố$", parts[-1]) is not None)
                        or (nxt.start - end == 1 and _title_wraps([Line(0, 0, p) for p in parts], nxt.clean))
                    )
                    if nxt.start - end > 2 or not goes_on:
                        break
                    part = _before_place_date(nxt.clean)
                    if not part:
                        break
                    parts.append(part)
                    end = nxt.end
                meta.title = " ".join(parts)
                if meta.title.endswith(".") and not meta.title.endswith(".."):
                    meta.title = meta.title[:-1].rstrip()  # "V/v báo cáo công tác quý III năm 2015."
                st.title_span = (ln.start, end)
                return
        above_body = _title_above_enacting_body(header)
        if above_body is not None:
            meta.title, st.title_span = above_body.clean, (above_body.start, above_body.end)
        return
    inline = st.title_inline
    pos = lines.index(next(ln for ln in lines if ln.start == header[heading_idx].start))
    taken: list[Line] = []
    wrapped = False  # an upper-case title's line wrapped over lines was joined
    i = pos + 1
    while i < len(lines) and not lines[i].clean and not taken and not inline:
        i += 1
    while i < len(lines):
        ln = lines[i]
        s = ln.clean
        if not s:
            following = next((x for x in lines[i + 1 : i + 4] if x.clean), None)
            if (
                taken
                and following is not None
                and following.clean[:1].islower()
                and len(following.clean) < 200
                and len(taken) < 4
            ):
                i = lines.index(following)  # a PDF text box break inside the title
                continue
            break
        if re.fullmatch(r"[-_=*.…~–—\s]{3,}", s):
            if taken:
                break
            i += 1
            continue
        low = s.lower()
        if s[1:2].isupper() and not is_upper_line(s) and (cut := _before_glued_body(s)):
            taken.append(Line(ln.start, ln.end - (len(s) - len(cut)), cut))
            break  # "… NĂM 2024 Thực hiện Kế hoạch số …": a page glued the body's first sentence on (r72)
        if (
            s[:1].isupper()
            and s.startswith(_body_openers())
            and not is_upper_line(s)
            and is_upper_line(taken[-1].clean if taken else (meta.title or "") if inline else "")
        ):
            break  # "TRIỂN KHAI THI HÀNH LUẬT …⏎Ngày 28 tháng 6 năm 2024, tại Kỳ họp …": the body (r72)
        if wrapped and not is_upper_line(s) and not s[:1].islower() and not _YEARS_LINE.fullmatch(s):
            # an upper-case title joined over its wrapped lines: a sentence below is the body ("Năm 2024, …"),
            # a lower-case line still the title's ("… CỦA BỘ⏎CHÍNH TRỊ⏎về đột phá …")
            break
        continues = (
            bool(taken)
            and low.startswith(title_continues)
            and is_upper_line(s)
            and is_upper_line(taken[-1].clean)
            and _names_reference(taken[-1].clean)
        )
        if not inline:
            wraps_from = taken
        elif meta.title and is_upper_line(meta.title) and (wrapped or not taken):
            # a law site's header cell put the title's first words on the heading's line ("QUY CHẾ LÀM⏎
            # VIỆC⏎CỦA ỦY⏎BAN NHÂN DÂN XÃ …", real-text audit r9): the upper-case title goes on below it
            wraps_from = taken or [Line(0, 0, meta.title)]
        else:
            wraps_from = []
        if not continues and wraps_from and _title_wraps(wraps_from, s):
            continues = wrapped = True
        if (
            (taken or inline)
            and not continues
            # a stop word opens the preamble ("Căn cứ …", "Theo đề nghị …"); in lower case it goes on with
            # the title wrapped over lines ("HƯỚNG DẪN⏎một số nội dung …⏎theo Quy định số 232-QĐ/TW …")
            and ((low.startswith(stops) and not s[:1].islower()) or is_upper_line(s) or s.endswith(":"))
        ):
            break
        if low.startswith(_ATTACHED_OPENERS):
            break  # "(Kèm theo Quyết định số …)": the decision the document is issued with
        if not taken and not inline and page_furniture(s):
            break  # "NGHỊ QUYẾT⏎## THÔNG TIN VĂN BẢN": a site's block under its page heading, no title (r42)
        if not taken and not inline and low.startswith(never_opens) and not is_upper_line(s):
            break  # "NGHỊ QUYẾT⏎Căn cứ Luật …": the page lost the title, this is the preamble
        if (
            not taken
            and not inline
            and is_upper_line(s)
            and (
                low.startswith(issuer_line)
                or _heading_goes_on(header[heading_idx].clean, s, issuer_line, lines[i + 1 : i + 2])
            )
        ):
            # "CHỈ THỊ⏎CỦA BAN THƯỜNG VỤ TỈNH ỦY⏎về …": the issuer under the heading, not the title;
            # "THÔNG BÁO⏎KẾT LUẬN CỦA BAN THƯỜNG VỤ HUYỆN ỦY⏎tại …": a longer heading split over lines
            if low.startswith(issuer_line) and _gazette_heading(lines, i, meta, st):
                return
            i = _next_filled(lines, i + 1)  # "QUYẾT ĐỊNH⏎⏎CỦA THỦ TƯỚNG CHÍNH PHỦ⏎⏎Về việc …": blank lines
            if _enacting_body_at(lines, i):
                break  # "… CỦA ỦY BAN NHÂN DÂN TỈNH⏎⏎ỦY BAN NHÂN DÂN TỈNH …": the enacting body, no title
            continue
        if not taken and not inline and s[:2] in ("Số", "SỐ") and number_search(s) is not None:
            # "CÔNG ĐIỆN⏎Số: 02/CĐ-TW hồi 10 giờ 00 ngày …⏎BAN CHỈ ĐẠO …⏎Điện:": a telegram's number line under
            # its heading, and the enacting body under that, are no title (real-text audit r46)
            i = _next_filled(lines, i + 1)
            if _enacting_body_at(lines, i):
                break
            continue
        if len(s) > 400 and (taken or inline):
            break
        taken.append(ln)
        i += 1
        if len(taken) >= (_WRAPPED_TITLE_LINES if wrapped else 5) or _TRAILING_RULE.search(s):
            break  # the rule under the title, joined to its last line by a PDF reader, ends it
    if taken and not inline and taken[-1].clean.endswith((".", ":")):
        # A PDF may put a centred heading after a wider title line: what follows the heading is then
        # the preamble ("Thực hiện …, Sở báo cáo như sau:"), and the title is just above the heading.
        above = _title_above(header, heading_idx)
        if above:
            taken = above
    if taken:
        joined = _TRAILING_RULE.sub("", " ".join(t.clean for t in taken))
        if not inline and joined.lower().startswith(issuer_line) and (k := joined.find(" về ")) != -1:
            joined = joined[
                k + 1 :
            ]  # "THÔNG BÁO KẾT LUẬN⏎của Ban Thường vụ Tỉnh ủy về …": issuer, then title
        meta.title = f"{meta.title} {joined}" if inline and meta.title else joined
        st.title_span = (inline[0] if inline else taken[0].start, taken[-1].end)
    elif inline:
        st.title_span = inline


# the Official Gazette's heading of a document before 2010, its issuer, number, date and title in one
# upper-case clause under the type ("QUYẾT ĐỊNH⏎CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 60/2002/QĐ-TTG NGÀY 13 THÁNG 5⏎
# NĂM 2002 VỀ VIỆC …", "… SỐ 12/CPNGÀY 22-2-1994 VỀ …", real-text audit r22)
_GAZETTE = re.compile(
    r"CỦA\s+(?P<issuer>.+?)\s+SỐ\s*:?\s*(?P<sym>\d{1,5}\s*[/-][\w/.\- ]*?)\s*NGÀY\s+(?P<d>\d{1,2})"
    r"(?:\s+THÁNG\s+|\s*[-/.]\s*)(?P<m>\d{1,2})(?:\s+NĂM\s+|\s*[-/.]\s*)(?P<y>(?:19|20)\d\d)\b[\s,.]*(?P<title>.*)"
)
_GAZETTE_LINES = 6  # the clause's lines, at most


def _gazette_heading(lines: list[Line], i: int, meta: DocumentMeta, st: ParseState) -> bool:
    """The upper-case clause opening at `lines[i]` under the type heading is the Gazette's "CỦA <issuer>
    SỐ <number> NGÀY <date> <title>" (wrapped over lines up to a blank line, the enacting body or the
    preamble): the title is what follows the date; the date and number fill what the header lacks, the
    issuer is left in `st` for parse_issuer's reading to be checked against. False when it is not."""
    taken: list[Line] = []
    for ln in lines[i : i + _GAZETTE_LINES]:
        s = ln.clean
        if not s or not is_upper_line(s) or (taken and _is_body(to_upper(s).rstrip(". "))):
            break
        taken.append(ln)
    written = " ".join(ln.clean for ln in taken)
    joined = to_upper(written)  # as long as `written`: its offsets are the written text's
    if " SỐ" not in joined or "NGÀY" not in joined or len(joined) != len(written):
        return False
    m = _GAZETTE.match(joined)
    if m is None or len(m.group("title")) < 8:
        return False
    meta.title = _TRAILING_RULE.sub("", written[m.start("title") :]).rstrip(" .")
    # the title's offsets: from its line on (its first words may share the date's line)
    first = next((ln for ln in taken if m.group("title")[:20] in to_upper(ln.clean)), taken[0])
    st.title_span = (first.start, taken[-1].end)
    if meta.date is None:
        meta.date = iso_date(m.group("d"), m.group("m"), m.group("y"), meta.warnings, "header date")
    st.gazette_issuer = m.group("issuer")
    return True


# the years of a title's period wrapped onto a line of their own ("… GIAI ĐOẠN⏎2017-2021"; real-text audit r21)
_YEARS_LINE = re.compile(r"\(?(?:19|20)\d\d(?:[ ]?[-–—][ ]?(?:19|20)\d\d)?\)?")


# a part of the body: "I. MỤC TIÊU", "1. …", "A. …"; a roman numeral also with a hyphen for the dot, "I- MỤC
# TIÊU" (real-text audit r51: the title ran on into that heading)
_SECTION_MARK = re.compile(r"^(?:(?:[IVXLC]{1,5}|\d{1,2}|[A-Z])[.)]|[IVXLC]{1,5}-)\s")


# an upper-case title wrapped over lines has at most this many: a resolution amending another names it in
# full ("SỬA ĐỔI … KÈM THEO NGHỊ QUYẾT⏎SỐ …/NQ-HĐND NGÀY … CỦA HỘI ĐỒNG NHÂN DÂN TỈNH …⏎… QUY ĐỊNH …⏎…⏎…
# TRÊN ĐỊA BÀN TỈNH …", five lines and more; real-text audit r44); it still ends at the first line that is
# not upper case, a known body or the preamble
_WRAPPED_TITLE_LINES = 8


def _title_wraps(taken: list[Line], s: str) -> bool:
    """The upper-case line `s` goes on with the upper-case title in `taken` wrapped over lines ("QUY ĐỊNH
    CHỨC NĂNG … CỦA BAN DÂN TỘC⏎TỈNH KON TUM", "BAN⏎HÀNH QUY CHẾ …", "… VÀ CƠ⏎CẤU TỔ CHỨC …"): the last
    title line ends in no stop, and `s` opens no enacting body, office holder, address or part of the
    body (report_meta.json title_wraps_not_before; a body after a line ending in "CỦA" is the issuer of
    the document the title names: "… KẾ HOẠCH SỐ 183-KH/TU NGÀY 18/3/2024 CỦA⏎BAN THƯỜNG VỤ TỈNH ỦY …"),
    is no heading ending in ':', and is no known body by itself ("… DO ĐẠI DỊCH COVID-19⏎CHÍNH PHỦ⏎Căn cứ
    …": the enacting authority) unless the title line ends asking for one ("… CỦA⏎BỘ NGOẠI GIAO")."""
    last = taken[-1].clean
    if (
        len(taken) >= _WRAPPED_TITLE_LINES
        or not is_upper_line(last)
        or not is_upper_line(s)
        or last.endswith((".", ":", ";", "!", "?"))
    ):
        return False
    up = to_upper(s)
    if up.endswith(":") or _SECTION_MARK.match(up):
        return False
    if len(last) < 9 and _BARE_ABOUT.fullmatch(to_upper(last)):
        # "NGHỊ QUYẾT⏎VỀ⏎CHƯƠNG TRÌNH GIÁM SÁT …": the subject mark alone on its line is no title, whatever
        # its subject opens with (a type word, "CHƯƠNG TRÌNH" read as a chapter; real-text audit r77)
        return True
    cfg = vocab().cfg
    if up.startswith(tuple(cfg.get("title_wraps_not_before", ()))) and not (
        (to_upper(last).endswith(" CỦA") and up.startswith(tuple(cfg.get("title_wraps_after_cua", ()))))
        or _body_split_after_cua(to_upper(last), up)
    ):
        return False
    return not (_is_body(up.rstrip(". ")) and not to_upper(last).endswith(_WANTS_MORE))


def _body_split_after_cua(last: str, up: str) -> bool:
    """The title line `last` ends "… CỦA THỦ TƯỚNG" and `up` opens "CHÍNH PHỦ VỀ …": the issuer of the
    document the title names, its name broken over the lines (real-text audit r61), not the enacting body."""
    k = last.rfind(" CỦA ")
    if k == -1 or len(last) - k > 40:
        return False
    head = last[k + 5 :]
    words = up.split(" ", 4)
    return any(_is_enacting(head + " " + " ".join(words[:n])) for n in range(1, min(4, len(words)) + 1))


# a title's first line that is only its subject mark ("VỀ", "VỀ VIỆC", "V/V")
_BARE_ABOUT = re.compile(r"(?:VỀ(?: VIỆC)?|V/V)\s*:?")


# a title line ending in these goes on below, whatever the next line names ("… CỦA⏎BỘ NGOẠI GIAO")
_WANTS_MORE = (" CỦA", " VÀ", " CHO", " VỚI", " TẠI", " THUỘC", " VỀ", ",", "-")


def _is_body(up: str) -> bool:
    """An upper-case line naming a known body ("CHÍNH PHỦ", "BỘ TÀI CHÍNH")."""
    return body_by_name(up) is not None


def _is_enacting(up: str) -> bool:
    """An upper-case line naming a known body or an office holder of one ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH
    …": report_meta.json enacting_office_holders; real-text audit r56)."""
    if _is_body(up):
        return True
    for holder in vocab().cfg.get("enacting_office_holders", ()):
        if up.startswith(holder):
            return _is_body(up[len(holder) :].strip())
    return False


def _heading_goes_on(head: str, s: str, issuer_line: tuple[str, ...], below: list[Line]) -> bool:
    """The upper-case line `s` under the type heading `head` completes a longer heading of
    report_meta.json ("THÔNG BÁO" + "KẾT LUẬN", "CHƯƠNG TRÌNH" + "CÔNG TÁC"), alone or followed by
    the issuer with the subject on the line `below` in lower case ("KẾT LUẬN CỦA BAN THƯỜNG VỤ HUYỆN
    ỦY⏎tại buổi làm việc …", holdout22): not title. Written as one upper-case line with its subject
    ("KẾT LUẬN CỦA PHÓ THỦ TƯỚNG … TẠI CUỘC HỌP VỀ …", holdout8), it is the title."""
    head_up = to_upper(head).rstrip(":. ")
    up = f"{head_up} {to_upper(s).rstrip(':. ')}"
    for heading, _ in vocab().headings:
        if len(heading) <= len(head_up) or not up.startswith(heading):
            continue
        rest = up[len(heading) :]
        if not rest:
            return True
        if rest[:1] == " " and rest[1:].lower().startswith(issuer_line):
            return bool(below) and below[0].clean[:1].islower()
    return False


def _before_place_date(s: str) -> str:
    """A line of a "V/v" subject without the place-date column a header table flattened beside it ("V/v
    hướng dẫn thực hiện quy định   Hà Nội, ngày 07 tháng 3 năm 2025", holdout22); "" when the line is
    the place-date line itself."""
    m = place_date_search(s)
    return s[: m.start()].rstrip(" |") if m else s  # also the table border before that cell (r20)


_ATTACHED_OPENERS = ("(kèm theo ", "(ban hành kèm theo ")
# "… trên địa bàn tỉnh Tây Ninh  _______________": the rule under a centred title on the title's line
# (also a rule broken by a space, "… doanh nghiệp _ ______", real-text audit r71)
_TRAILING_RULE = re.compile(r"\s+[-_=~–—](?: ?[-_=~–—]){2,}\s*$")


_ENDS_IN_REFERENCE = re.compile(r"(?:\d{1,5}[/-][\w/Đđ-]*\d?\w*|\d{4})$")


def _names_reference(line: str) -> bool:
    """An upper-case title line ending in a symbol or a date ("… NGHỊ ĐỊNH SỐ 70/2024/NĐ-CP", "… NGÀY
    30/12/2024"): its reference's clause may go on on the next line."""
    return _ENDS_IN_REFERENCE.search(line.rstrip(" ,.")) is not None


def number_of_attached(after_heading: list[Line], refs: Sequence[Reference], meta: DocumentMeta) -> None:
    """A document with no number of its own issued with a decision ("ĐỀ ÁN⏎…⏎(Kèm theo Quyết định
    số 2210/QĐ-UBND ngày 15/10/2024 của UBND tỉnh Lâm Đồng)") has that decision's number and date."""
    for ln in after_heading[1:6]:
        if not ln.clean.lower().startswith(_ATTACHED_OPENERS):
            continue
        r = next(
            (r for r in refs if ln.start <= r.start < ln.end and r.kind == "full" and r.number_symbol), None
        )
        if r is None or r.number is None or r.number_symbol is None:
            return
        meta.number_symbol, meta.number, meta.date = r.number_symbol, r.number, meta.date or r.date
        meta.symbol = r.number_symbol[len(r.number) :].lstrip("/-") or None
        return


# a part's caption naming the document it is attached to: "(Kèm theo Nghị quyết số 88/NQ-HĐND ngày …)" and,
# under a part's upper-case title, "Ban hành kèm theo Quyết định số …" without the parenthesis
_CAPTION_OPENERS = (*_ATTACHED_OPENERS, "ban hành kèm theo ", "kèm theo ")


def number_of_captioned_part(body: list[Line], refs: Sequence[Reference], meta: DocumentMeta) -> None:
    """A resolution or decision whose header was stripped states its own number only in the caption of an
    appendix or form far below ("PHỤ LỤC⏎…⏎(Kèm theo Nghị quyết số 88/NQ-HĐND ngày 14 tháng 7 năm 2017 của
    Hội đồng nhân dân tỉnh …)", real-text audit r77): that caption names the document itself, when its type
    is the document's (or the document has no heading, and its first lines name no other type), never a
    "kèm theo" inside a sentence of the body."""
    blank: tuple[str, str] | None = None  # a draft's caption with its number left blank: (type, code)
    for k, ln in enumerate(body):
        s = ln.clean
        if s[:1] not in "(BbKk" or not s.lower().startswith(_CAPTION_OPENERS):
            continue
        above = body[k - 1].clean if k else ""
        if s[0] != "(" and not (is_upper_line(above) and not above.endswith(":")):
            continue  # "QUYẾT NGHỊ:⏎Ban hành kèm theo …": a sentence of the body, not a part's caption
        if (b := _blank_caption(s)) is not None:
            blank = blank or b
            continue
        r = next((r for r in refs if ln.start <= r.start < ln.end), None)
        if r is None or r.kind != "full" or r.number is None or r.number_symbol is None:
            continue
        if r.start - ln.start > len(s) - len(s.lstrip("( ")) + 20 or meta.doc_type not in (None, r.doc_type):
            continue  # another document named further in the caption; a decision's caption under a plan
        if meta.doc_type is None and _other_type_opens(body, r.doc_type):
            continue  # "Quyết định phê duyệt …" over a plan's caption "(Kèm theo Kế hoạch số …)" (f25)
        meta.number_symbol, meta.number, meta.date = r.number_symbol, r.number, meta.date or r.date
        meta.symbol = r.number_symbol[len(r.number) :].lstrip("/-") or None
        meta.doc_type = meta.doc_type or r.doc_type
        meta.issuer = meta.issuer or r.issuer
        return
    if blank is not None and meta.doc_type in (None, blank[0]) and meta.symbol is None:
        # "(Ban hành kèm theo Quyết định số      /2024/QĐ-UBND ngày   tháng   năm 2024 …)": the draft's own
        # number left blank, read as the header's "Số:    /2024/QĐ-UBND" is (no number, its code; r77)
        if meta.doc_type is None and _other_type_opens(body, blank[0]):
            return
        meta.doc_type, meta.symbol = blank
        meta.warnings.append(f"unnumbered draft (caption: /{blank[1]})")


_BLANK_CAPTION = re.compile(
    r"\(?(?:ban hành )?kèm theo (?P<type>[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,3}?) số\s*[.…_]*\s*/\s*"
    r"(?:(?:19|20)\d{2}\s*/\s*)?(?P<code>[A-ZĐ][A-Za-zĐđƯ0-9.&]*(?:-[A-ZĐ][A-Za-zĐđƯ0-9.&]*)*)",
    re.I,
)


def _blank_caption(s: str) -> tuple[str, str] | None:
    """(type, code) of a caption whose number is left blank ("Kèm theo Quyết định số    /2024/QĐ-UBND …" →
    ("Quyết định", "QĐ-UBND")); None for any other line. Only a line with a "/" after "số" is matched."""
    m = _BLANK_CAPTION.match(s) if " số" in s else None
    if m is None:
        return None
    doc_type = reference_vocab().type_words.get(m.group("type").lower())
    return (doc_type, repair_code(m.group("code"))) if doc_type else None


def _other_type_opens(body: list[Line], doc_type: str | None) -> bool:
    """One of the document's first lines opens with the type word of a type other than `doc_type`
    ("Quyết định về việc phê duyệt …", "Báo cáo kết quả …"): a text with no heading that reads as another kind
    of document than the one a caption names (round f25)."""
    types = reference_vocab().type_words
    for ln in body[:3]:
        words = ln.clean.lstrip("#* ").lower().split(None, 3)
        for n in (3, 2, 1):
            found = types.get(" ".join(words[:n]).rstrip(":.")) if len(words) >= n else None
            if found:
                return found != doc_type
    return False


def _title_above_enacting_body(header: list[Line]) -> Line | None:
    """A page that lost the heading ("QUYẾT ĐỊNH") keeps the title right under the number and place-date
    row, above the enacting body over the preamble ("Số: … | Bến Tre, ngày …⏎BAN HÀNH QUY CHẾ …⏎ỦY BAN NHÂN
    DÂN TỈNH BẾN TRE⏎Căn cứ …", a law site's page): that one upper-case line; a plan has no enacting body,
    the preamble follows the title ("Số: … | Phú Yên, ngày …⏎TRIỂN KHAI CHƯƠNG TRÌNH …⏎Căn cứ …", real-text
    audit r18)."""
    filled = [ln for ln in header if ln.clean]
    for k, ln in enumerate(filled):
        if not _opens_preamble(ln.clean):
            if k >= 2 and _sentence_under_lost_title(ln.clean, filled[k - 1].clean, filled[k - 2].clean):
                return filled[k - 1]
            continue
        if k >= 2 and _lost_heading_title(filled[k - 1].clean, filled[k - 2].clean):
            return filled[k - 1]
        if k < 3:
            return None
        title, body, row = filled[k - 2], filled[k - 1], filled[k - 3]
        if not (
            is_upper_line(body.clean)
            and _is_enacting(to_upper(body.clean))
            and is_upper_line(title.clean)
            and not _is_body(to_upper(title.clean))
            and not (
                number_search(title.clean) or place_date_search(title.clean) or national_search(title.clean)
            )
            and (number_search(row.clean) or place_date_search(row.clean))
        ):
            return None
        return title
    return None


def _sentence_under_lost_title(s: str, title: str, row: str) -> bool:
    """`s`, a sentence-case line of the body, follows an upper-case title right under the number and
    place-date row of a page that lost the heading ("Số: … | Hà Nội, ngày … |⏎THỰC HIỆN CHƯƠNG TRÌNH …⏎
    Thực hiện Nghị quyết …" or "⏎Nâng cao nhận thức …": a plan opening with its body, real-text audit r52)."""
    return (
        s[:1].isupper()
        and not is_upper_line(s)
        and ":" not in title
        and "|" in row
        and _lost_heading_title(title, row)
    )


def _lost_heading_title(title: str, row: str) -> bool:
    """`title` is an upper-case line right under the number and place-date `row`, naming no body, no
    section of the body ("I. CĂN CỨ …") and no header field."""
    return (
        is_upper_line(title)
        and len(title) <= 300
        and not _SECTION_MARK.match(title)
        and not _is_enacting(to_upper(title))
        and not (number_search(title) or place_date_search(title) or national_search(title))
        and bool(number_search(row) or place_date_search(row))
    )


def _title_above(header: list[Line], heading_idx: int) -> list[Line]:
    """Sentence-case lines just above the heading that are not header fields."""
    out: list[Line] = []
    for ln in reversed(header[max(heading_idx - 3, 0) : heading_idx]):
        s = ln.clean
        if (
            is_upper_line(s)
            or number_search(s)
            or place_date_search(s)
            or national_search(s)
            or s.endswith((".", ":"))
        ):
            break
        if re.fullmatch(r"[-_=*.…~–—\s]{3,}", s):
            break
        out.insert(0, ln)
    return out
