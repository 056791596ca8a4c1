"""The report's own metadata: number, place and date, type, title, issuer, province, signer,
recipients, reporting period, and which references it reports on or responds to.

Read from the header block (national motto, issuing body, "Số: …", "An Giang, ngày …", heading,
title), the preamble ("Thực hiện Công văn số …"), and the end (“Nơi nhận:”, signature block). Web
articles (title, category, "04:57 14/12/2017", author line, site boilerplate) are recognised too.
Vocabulary lives in `ingest/data/report_meta.json`, `doc_types.json` and `issuer_codes.json`.
"""

from __future__ import annotations

import datetime as dt
import importlib
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import accumulate
from typing import Any

from ingest.issuer_text import tidy_issuer
from ingest.models import DocumentMeta, Reference, Signer
from ingest.vocab import load_data
from ingest.vocab import vocab as reference_vocab

HEADER_LINES = 40  # non-empty lines searched for the header block


# --- data -------------------------------------------------------------------------------------


def _load(name: str) -> dict[str, Any]:
    try:
        return load_data(name)
    except FileNotFoundError:
        return {}


@dataclass(frozen=True, slots=True)
class Vocab:
    headings: tuple[tuple[str, str], ...]  # (UPPER HEADING, doc type name), longest first
    type_codes: dict[str, str]  # "BC" -> "Báo cáo"
    party_codes: dict[str, str]
    no_code_type: str
    issuers: dict[str, tuple[str, str]]  # code -> (name, scope)
    proper_names: dict[str, str]  # "ỦY BAN NHÂN DÂN" -> "Ủy ban nhân dân"
    cfg: dict[str, Any]


@cache
def vocab() -> Vocab:
    cfg = _load("report_meta.json")
    types = _load("doc_types.json")
    headings: dict[str, str] = {}
    type_codes: dict[str, str] = {}
    for t in types.get("types", []):
        if not t.get("name"):
            continue
        headings[_upper(t["name"])] = t["name"]
        for code in t.get("codes", []):
            type_codes[code] = t["name"]
    for extra in cfg.get("extra_headings", []):
        headings[_upper(extra["heading"])] = extra["name"]
    issuers = {
        code: (v["name"], v.get("scope", "central"))
        for code, v in _load("issuer_codes.json").get("codes", {}).items()
    }
    for code, name in cfg.get("issuer_overrides", {}).items():
        issuers[code] = (name, "local")
    proper = {_upper(name): name for name, _ in issuers.values()}
    return Vocab(
        headings=tuple(sorted(headings.items(), key=lambda kv: -len(kv[0]))),
        type_codes=type_codes,
        party_codes=dict(types.get("party_codes", {})),
        no_code_type=types.get("no_code_type", "Công văn"),
        issuers=issuers,
        proper_names=proper,
        cfg=cfg,
    )


def _upper(s: str) -> str:
    return s.upper().replace("UỶ", "ỦY").replace("HOÁ", "HÓA").replace("HOÀ", "HÒA")


def _province_lookup(name: str) -> str | None:
    """Canonical province name via `ingest.gazetteer.province_by_name` when it exists."""
    try:
        gazetteer = importlib.import_module("ingest.gazetteer")
        found = gazetteer.province_by_name(name)
    except Exception:  # the gazetteer is optional (built by another layer)
        return None
    if isinstance(found, dict):
        for key in ("name", "province", "canonical", "full_name"):
            if isinstance(found.get(key), str):
                return _strip_level(found[key])
    if isinstance(found, str):
        return _strip_level(found)
    return None


def _strip_level(name: str) -> str:
    return re.sub(r"(?i)^(tỉnh|thành phố|tp\.?)\s+", "", name).strip()


# --- lines ------------------------------------------------------------------------------------


@dataclass(slots=True)
class Line:
    start: int
    end: int
    clean: str  # markup stripped, NBSP as space, "Ð" as "Đ", spaces collapsed


# "*" runs, and one or two "_" opening or closing a word: each branch starts with a literal, so the
# regex engine skips to the next "*" or "_" (the look-behinds, after the first "_", see the same
# character before it as "(?<!\w)_{1,2}(?=\w)|(?<=\w)_{1,2}(?!\w)" would)
_MARKUP = re.compile(r"\*\**|_(?:(?<!\w_)_?(?=\w)|(?<=\w_)_?(?!\w))")


# the spaces a line's runs of which become one " " ([ \t\u2002-\u200b\u3000]+ -> " ")
_ODD_SPACES = ("\t", *map(chr, range(0x2002, 0x200C)), "\u3000")


def _clean_marked(s: str) -> str:
    """The clean form of a line that holds markup, odd spaces or "  " (one of _DIRTY); any other
    line's clean form is the line stripped."""
    s = s.replace("\u00a0", " ").replace("\u00d0", "\u0110").replace("\u00f0", "\u0111")
    if "_" in s:
        s = _MARKUP.sub("", s)
    elif "*" in s:  # without '_' only '*' runs match: every '*' goes
        s = s.replace("*", "")
    for c in _ODD_SPACES:  # str.replace and "in" run in C; a regex would stop at every space
        if c in s:
            s = s.replace(c, " ")
    while "  " in s:
        s = s.replace("  ", " ")
    return s.strip()


# what makes a line's clean form more than the line stripped: one of these characters, or "  "
_DIRTY = ("  ", "*", "_", "\u00a0", "\u00d0", "\u00f0", "\t", *map(chr, range(0x2002, 0x200C)), "\u3000")


def split_lines(text: str) -> list[Line]:
    """Every line of `text` ('\n'-separated, a trailing '\r' outside the span) with its clean form.

    Most lines only need stripping; the few with markup or odd spaces are found by str.find over the
    whole text (memchr-fast, not a regex call per line) and cleaned by `_clean`."""
    parts = text.split("\n")
    raws = [p.rstrip("\r") for p in parts] if "\r" in text else parts
    cleans = list(map(str.strip, raws))
    starts = [0, *accumulate(map((1).__add__, map(len, parts)))]  # one past each line's "\n"
    dirty: set[int] = set()
    for needle in _DIRTY:
        i = text.find(needle)
        while i != -1:
            k = bisect_right(starts, i) - 1
            dirty.add(k)
            i = text.find(needle, starts[k + 1])
    for k in dirty:
        cleans[k] = _clean_marked(raws[k])
    ends = map(int.__add__, starts, map(len, raws))
    return list(map(Line, starts, ends, cleans))


def _is_upper_line(s: str) -> bool:
    """More than 85% of the letters are upper case (a heading, an organisation, a signature)."""
    if len(s) > 250:  # headings, org names and signature lines are short
        return False
    # prose ends here cheaply: its first quarter alone holds 15% of len(s) lower-case letters, each
    # a letter that is not upper case, and no line has more than len(s) letters
    head = "".join(filter(str.isalpha, s[: len(s) // 4 + 8]))
    if 20 * sum(map(str.islower, head)) >= 3 * len(s):
        return False
    letters = "".join(filter(str.isalpha, s))  # filter/map: the per-character loop runs in C
    return len(letters) >= 2 and sum(map(str.isupper, letters)) / len(letters) > 0.85


# --- patterns ---------------------------------------------------------------------------------

_NUMBER = re.compile(
    r"(?:^|(?<=\s))(?:Số|SỐ|Sô|So|(?<=[^\W\d_] )số(?=\s*:)|(?<=[^\W\d_] )SỐ(?=\s*:))\s*[:.]?\s*(?P<num>\d{1,6}[a-z]?)?\s*[.…_]*\s*(?P<sep>[/-])\s*"
    r"(?P<year>(?:19|20)\d{2}\s*/\s*)?"
    r"(?P<code>[A-ZĐ][A-Za-zĐđ0-9.&]*(?:\s?[-/]\s?[A-ZĐ][A-Za-zĐđ0-9.&]*)*)"
)
_PLACE_DATE = re.compile(
    r"(?:^|(?<=\s)|(?<=\|))\s*(?P<place>(?:(?:Thành phố|Thị xã|Thị trấn)\s+)?[A-ZĐ][^\W\d_]*\.?(?:(?:\s?[-–]\s?|[ .]{1,2})[A-ZĐ][^\W\d_]*){0,5})\s*,\s*"
    r"ngày\s*(?:(?P<d>\d{1,2})?[\s.…_]*tháng\s*(?P<m>\d{1,2})?[\s.…_]*n[ăǎ]m\s*(?P<y>(?:19|20)\d{2})"
    r"|(?P<d2>\d{1,2})\s*[/.-]\s*(?P<m2>\d{1,2})\s*[/.-]\s*(?P<y2>(?:19|20)\d{2}))",
)
_SPACE_COMMA = re.compile(r"\s*,?\s*")  # after a symbol, before its date
_DATE_ANY = re.compile(
    r"ngày\s*(?P<d>\d{1,2})\s*(?:[/.-]\s*(?P<m1>\d{1,2})\s*[/.-]\s*(?P<y1>\d{4})"
    r"|tháng\s*(?P<m2>\d{1,2})\s*n[ăǎ]m\s*(?P<y2>\d{4}))"
)
_TIMESTAMP = re.compile(
    r"^(?:[^\d]{0,40}?)(?:(?P<h1>\d{1,2}):(?P<mi1>\d{2})(?::\d{2})?\s*(?:[,|-]\s*)?(?P<d1>\d{1,2})/(?P<mo1>\d{1,2})/(?P<y1>\d{4})"
    r"|(?P<d2>\d{1,2})/(?P<mo2>\d{1,2})/(?P<y2>\d{4})(?:\s*[,|-]?\s*(?P<h2>\d{1,2}):(?P<mi2>\d{2}))?)"
    r"\s*(?:\(GMT[^)]*\)|GMT\S*)?(?:\s*\|.*)?$"  # "… | Tác giả: … | Chuyên mục: …" may follow
)
_PERIOD = re.compile(
    r"(?i)(?:(?:\d{1,2}|sáu|chín|ba) tháng (?:đầu |cuối )?năm \d{4}"
    r"|quý\s+[IV1-4]+(?:\s*/\s*|\s+năm\s+)\d{4}"
    r"|tháng\s+\d{1,2}(?:\s*/\s*|\s+năm\s+)\d{4}"
    r"|giai đoạn\s+\d{4}\s*[-–]\s*\d{4}"
    r"|năm học\s+\d{4}\s*[-–]\s*\d{4}"
    r"|\d{1,2} năm(?= )"
    r"|năm \d{4})"
)
_NAME_WORD = r"[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ][a-zđàáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]*"
_PERSON = re.compile(
    rf"^(?:(?:Ông|Bà|Đồng chí|TS\.|ThS\.)\s+)?(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,5}})$"
)


@cache
def _ranked_person() -> re.Pattern[str]:
    """A signer's name after a military or police rank ("Đại tá Nguyễn Quốc Toản", report_meta.json
    "signer_ranks"): the rank is no part of the name."""
    ranks = sorted(vocab().cfg.get("signer_ranks", []), key=len, reverse=True)
    alt = "|".join(re.escape(r) for r in ranks) or "(?!)"
    return re.compile(rf"^(?i:{alt})\s+(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,5}})$")


def _person(s: str) -> re.Match[str] | None:
    return _ranked_person().match(s) or _PERSON.match(s)


_NUMBER_WORD = re.compile("S[ốỐôo]")  # Số, SỐ, Sô or So opens every _NUMBER match (or "<type word> số:")
# a law states its date in its closing line when its header has none: "Luật này được Quốc hội …
# khóa XV, kỳ họp … thông qua ngày 18 tháng 01 năm 2024."
_PASSED_ON = re.compile(
    r"(?<!\w)này[^.\n]{0,200}?thông qua ngày\s*(?P<d>\d{1,2})\s*tháng\s*(?P<m>\d{1,2})\s*năm\s*(?P<y>(?:19|20)\d{2})"
)
_COMMA_NGAY = re.compile(r",\s*ngày")  # inside every _PLACE_DATE match
_WS_RUN = re.compile(r"\s+")
_ODD_WS = re.compile(r"[^\S ]")  # whitespace other than a plain space
_RULE_RUN = re.compile(r"[-_=*–—]{2,}")


def _number_search(s: str) -> re.Match[str] | None:
    """`_NUMBER.search`, skipping the scan of a line without the word that opens every match."""
    if _NUMBER_WORD.search(s) or "số:" in s or "số :" in s:  # "Luật số: 31/2024/QH15", "Nghị quyết số: …"
        return _NUMBER.search(s)
    return None


def _place_date_search(s: str) -> re.Match[str] | None:
    """`_PLACE_DATE.search`, skipping the scan of a line without ', ngày'."""
    return _PLACE_DATE.search(s) if _COMMA_NGAY.search(s) else None


# --- entry point ------------------------------------------------------------------------------


def extract_metadata(
    text: str, refs: Sequence[Reference], *, hints: dict[str, Any] | None = None
) -> DocumentMeta:
    """Metadata of the document in `text` (NFC). `refs` are its references, in text order; `hints`
    are what a reader already knew (an HTML page's title and date)."""
    hints = hints or {}
    meta = DocumentMeta()
    lines = split_lines(text)
    body = [ln for ln in lines if ln.clean]
    header = body[:HEADER_LINES]

    st = _State()
    number_line = _parse_number(header, meta)
    if _parse_place_date(header, meta) is None and number_line is not None:
        _passed_on(text, meta)
    heading_idx = _parse_heading(header, meta, st)
    _parse_title(lines, header, heading_idx, meta, st)
    by_symbol = _type_from_symbol(meta.symbol) if meta.symbol else None
    if by_symbol and meta.doc_type and by_symbol in vocab().cfg.get("symbol_type_over_heading", ()):
        # "NGHỊ ĐỊNH⏎VỀ …" over "Số: 05/VBHN-VPCP": a consolidated decree, named "Nghị định về …"
        if meta.title and meta.doc_type != by_symbol:
            meta.title = f"{meta.doc_type} {meta.title}"
        meta.doc_type = by_symbol
    if meta.doc_type is None:
        meta.doc_type = by_symbol
    elif by_symbol and by_symbol != meta.doc_type and by_symbol != vocab().no_code_type:
        meta.warnings.append(f"heading says {meta.doc_type} but the symbol {meta.symbol} says {by_symbol}")
    if number_line is None and heading_idx is not None:  # the decision's type is not the document's
        _number_of_attached(header[heading_idx:], refs, meta)
    if meta.doc_type is None and number_line is None:
        _parse_article(lines, body, meta, hints, st)
    if meta.kind != "article":
        meta.kind = vocab().cfg.get("kinds", {}).get(meta.doc_type or "", "document")
    _parse_issuer(text, header, number_line, meta)
    if meta.issuer:  # abbreviations written out: "Văn phòng Ủy ban nhân dân tỉnh Quảng Ngãi"
        meta.issuer = tidy_issuer(meta.issuer)
    _parse_end(lines, meta, text)
    _standing_committee(meta)
    if meta.title:
        m = _PERIOD.search(meta.title)
        meta.period = m.group() if m else None
    _link_refs(text, lines, refs, st.title_span, meta)
    _check_self_mentions(text, number_line, meta)
    _check_cited_dates(refs, meta)
    return meta


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


@dataclass(slots=True)
class _State:
    title_span: tuple[int, int] | None = None  # offsets of the title in the text
    title_inline: tuple[int, int] | None = None  # heading line that also carries the title


# --- header -----------------------------------------------------------------------------------


def _parse_number(header: list[Line], meta: DocumentMeta) -> Line | None:
    for ln in header[:20]:
        m = _number_search(ln.clean)
        if not m:
            continue
        num = m.group("num")
        code = re.sub(r"\s+", "", m.group("code")).rstrip(".")
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


def _parse_place_date(header: list[Line], meta: DocumentMeta) -> Line | None:
    for ln in header[:20]:
        m = _place_date_search(ln.clean)
        if not m:
            continue
        meta.place = m.group("place").strip()
        if m.group("y2"):
            meta.date = _iso_date(m.group("d2"), m.group("m2"), m.group("y2"), meta.warnings, "header date")
        else:
            meta.date = _iso_date(m.group("d"), m.group("m"), m.group("y"), meta.warnings, "header date")
        return ln
    return None


def _passed_on(text: str, meta: DocumentMeta) -> None:
    """The date a law was passed, from its closing line (searched in the last part of the text)."""
    k = text.rfind("thông qua ngày")
    if k == -1:
        return
    m = _PASSED_ON.search(text, max(0, k - 220), k + 40)
    if m:
        meta.date = _iso_date(m.group("d"), m.group("m"), m.group("y"), meta.warnings, "date passed")


def _iso_date(d: str | None, m: str | None, y: str, warnings: list[str], what: str) -> str:
    if m is None:
        warnings.append(f"{what}: day and month left blank")
        return y
    month = int(m)
    if not 1 <= month <= 12:
        warnings.append(f"{what}: month {m} does not exist")
        return y
    if d is None:
        warnings.append(f"{what}: day left blank")
        return f"{y}-{month:02d}"
    try:
        return dt.date(int(y), month, int(d)).isoformat()
    except ValueError:
        warnings.append(f"{what}: {d}/{m}/{y} does not exist")
        return f"{y}-{month:02d}"


def _parse_heading(header: list[Line], meta: DocumentMeta, st: _State) -> int | None:
    for i, ln in enumerate(header):
        if not _is_upper_line(ln.clean):
            continue
        up = _upper(ln.clean).rstrip(":. ")
        if len(up) > 200:
            continue
        for heading, name in vocab().headings:
            if up == heading or (up.startswith(heading + " ") and name != "Luật"):
                meta.doc_type = name
                rest = ln.clean[len(heading) :].strip(" :-–")
                issuer_line = tuple(vocab().cfg.get("issuer_under_heading", ["của "]))
                if rest.lower().startswith(issuer_line):
                    rest = ""  # "QUYẾT ĐỊNH CỦA UỶ BAN NHÂN DÂN TỈNH": the issuer, the title is below
                if rest:  # "BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ THỊ SỐ 33/CT-TTG": kept as written
                    meta.title = rest
                    st.title_inline = (ln.start, ln.end)
                return i
    return None


def _parse_title(
    lines: list[Line], header: list[Line], heading_idx: int | None, meta: DocumentMeta, st: _State
) -> None:
    """The title (trích yếu): lines after the heading up to a blank line or the preamble; for a
    công văn, the "V/v …" line."""
    cfg = vocab().cfg
    stops = tuple(cfg.get("title_stops", []))
    issuer_line = tuple(cfg.get("issuer_under_heading", ["của "]))
    title_continues = tuple(cfg.get("title_continues", []))
    if heading_idx is None:
        for k, ln in enumerate(header):
            m = re.match(r"(?i)^(?:v/v|về việc)\s*:?\s*(.+)$", ln.clean)
            if m:
                parts, end = [m.group(1).strip()], ln.end
                for nxt in header[k + 1 : k + 4]:  # a wrapped trích yếu continues in lower case
                    if nxt.start - end > 2 or not nxt.clean[:1].islower() or _place_date_search(nxt.clean):
                        break
                    parts.append(nxt.clean)
                    end = nxt.end
                meta.title = " ".join(parts)
                st.title_span = (ln.start, end)
                return
        return
    inline = st.title_inline
    pos = lines.index(next(ln for ln in lines if ln.start == header[heading_idx].start))
    taken: list[Line] = []
    i = pos + 1
    while i < len(lines) and not lines[i].clean and not taken and not inline:
        i += 1
    while i < len(lines):
        ln = lines[i]
        s = ln.clean
        if not s:
            nxt = next((x for x in lines[i + 1 : i + 4] if x.clean), None)
            if (
                taken
                and nxt is not None
                and nxt.clean[:1].islower()
                and len(nxt.clean) < 200
                and len(taken) < 4
            ):
                i = lines.index(nxt)  # a PDF text box break inside the title
                continue
            break
        if re.fullmatch(r"[-_=*.…~–—\s]{3,}", s):
            if taken:
                break
            i += 1
            continue
        low = s.lower()
        continues = (
            bool(taken)
            and low.startswith(title_continues)
            and _is_upper_line(s)
            and _is_upper_line(taken[-1].clean)
            and _names_reference(taken[-1].clean)
        )
        if (
            (taken or inline)
            and not continues
            and (low.startswith(stops) or _is_upper_line(s) or s.endswith(":"))
        ):
            break
        if low.startswith(_ATTACHED_OPENERS):
            break  # "(Kèm theo Quyết định số …)": the decision the document is issued with
        if not taken and not inline and low.startswith(issuer_line) and _is_upper_line(s):
            i += 1  # "CHỈ THỊ⏎CỦA BAN THƯỜNG VỤ TỈNH ỦY⏎về …": the issuer under the heading, not the title
            continue
        if len(s) > 400 and (taken or inline):
            break
        taken.append(ln)
        i += 1
        if len(taken) >= 5:
            break
    if taken and not inline and taken[-1].clean.endswith((".", ":")):
        # A PDF may put a centred heading after a wider title line: what follows the heading is then
        # the preamble ("Thực hiện …, Sở báo cáo như sau:"), and the title is just above the heading.
        above = _title_above(header, heading_idx)
        if above:
            taken = above
    if taken:
        joined = " ".join(t.clean for t in taken)
        meta.title = f"{meta.title} {joined}" if inline and meta.title else joined
        st.title_span = (inline[0] if inline else taken[0].start, taken[-1].end)
    elif inline:
        st.title_span = inline


_ATTACHED_OPENERS = ("(kèm theo ", "(ban hành kèm theo ")
_ENDS_IN_REFERENCE = re.compile(r"(?:\d{1,5}[/-][\w/Đđ-]*\d?\w*|\d{4})$")


def _names_reference(line: str) -> bool:
    """An upper-case title line ending in a symbol or a date ("… NGHỊ ĐỊNH SỐ 70/2024/NĐ-CP", "… NGÀY
    30/12/2024"): its reference's clause may go on on the next line."""
    return _ENDS_IN_REFERENCE.search(line.rstrip(" ,.")) is not None


def _number_of_attached(after_heading: list[Line], refs: Sequence[Reference], meta: DocumentMeta) -> None:
    """A document with no number of its own issued with a decision ("ĐỀ ÁN⏎…⏎(Kèm theo Quyết định
    số 2210/QĐ-UBND ngày 15/10/2024 của UBND tỉnh Lâm Đồng)") has that decision's number and date."""
    for ln in after_heading[1:6]:
        if not ln.clean.lower().startswith(_ATTACHED_OPENERS):
            continue
        r = next(
            (r for r in refs if ln.start <= r.start < ln.end and r.kind == "full" and r.number_symbol), None
        )
        if r is None or r.number is None:
            return
        meta.number_symbol, meta.number, meta.date = r.number_symbol, r.number, meta.date or r.date
        meta.symbol = r.number_symbol[len(r.number) :].lstrip("/-") or None
        return


def _title_above(header: list[Line], heading_idx: int) -> list[Line]:
    """Sentence-case lines just above the heading that are not header fields."""
    out: list[Line] = []
    for ln in reversed(header[max(heading_idx - 3, 0) : heading_idx]):
        s = ln.clean
        if (
            _is_upper_line(s)
            or _number_search(s)
            or _place_date_search(s)
            or _national_search(s)
            or s.endswith((".", ":"))
        ):
            break
        if re.fullmatch(r"[-_=*.…~–—\s]{3,}", s):
            break
        out.insert(0, ln)
    return out


def _type_from_symbol(symbol: str) -> str | None:
    v = vocab()
    if "/" in symbol and not re.match(r"^(?:19|20)\d{2}/", symbol):  # Party: KL/TW
        code = symbol.split("/", 1)[0]
        return v.party_codes.get(code) or v.type_codes.get(code)
    code = symbol.split("/")[-1].split("-", 1)[0]
    if code in v.type_codes:
        return v.type_codes[code]
    return v.no_code_type if "-" in symbol else None


def _issuer_code(symbol: str) -> str | None:
    v = vocab()
    if "/" in symbol and not re.match(r"^(?:19|20)\d{2}/", symbol):
        rest = symbol.split("/", 1)[1]
    else:
        parts = symbol.split("/")[-1].split("-")
        rest = "-".join(parts[1:]) if parts[0] in v.type_codes else "-".join(parts)
    code = rest.split("-")[0] if rest else None
    return code or None


# --- issuer and province ----------------------------------------------------------------------


def _parse_issuer(text: str, header: list[Line], number_line: Line | None, meta: DocumentMeta) -> None:
    v = vocab()
    orgs = _header_orgs(header, number_line, text) if meta.kind != "article" else []
    province = None
    org_name = None
    if orgs:
        org_name, province = _org_name(orgs)
    if province is None and meta.place:
        province = _province_lookup(meta.place)
        if province is None and _names_province(text, meta.place):
            province = meta.place
    if province is None and (meta.kind == "article" or meta.place or org_name):
        province = _mentioned_province(text, meta)
    code = _issuer_code(meta.symbol) if meta.symbol else None
    central = code in v.issuers and v.issuers[code][1] == "central" if code else False
    if not central and org_name and province and not _LEVEL_RE.search(_upper(org_name)):
        # "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI" numbering its reports "…/BC-LĐTBXH": central by name
        central = _central_by_name(org_name)
    if central and not (orgs and province and org_name and _LEVEL_RE.search(_upper(org_name))):
        province = None  # a ministry's report written in Hà Nội is not about Hà Nội
    meta.province = province
    if org_name:
        meta.issuer = org_name
        return
    if code and code in v.issuers:
        name, scope = v.issuers[code]
        if scope == "local" and province:
            meta.issuer = (
                f"{name} {province}" if _is_committee(name) else f"{name} {_level(province)} {province}"
            )
        elif scope == "local":  # a district or town named with its level ("Thị xã Tân Châu"), else unknown
            m = re.match(r"^(Thành phố|Thị xã|Thị trấn|Huyện|Quận)\s+(.+)$", meta.place or "")
            meta.issuer = (
                f"{name} {m.group(1).lower()} {m.group(2)}" if m and not _is_committee(name) else None
            )
        else:
            meta.issuer = name


def _is_committee(name: str) -> bool:
    """Party committees named after their place without a level word: Tỉnh ủy, Thành ủy, Huyện ủy."""
    return name.split()[-1].lower() in ("ủy", "uỷ") and len(name.split()) == 2


def _level(province: str) -> str:
    """'thành phố' for centrally-run cities, else 'tỉnh' (the gazetteer's full name when it exists)."""
    try:
        found = importlib.import_module("ingest.gazetteer").province_by_name(province)
    except Exception:  # optional layer
        found = None
    if isinstance(found, dict) and isinstance(found.get("full_name"), str):
        return "thành phố" if found["full_name"].lower().startswith("thành phố") else "tỉnh"
    return "thành phố" if province in vocab().cfg.get("municipalities", []) else "tỉnh"


def _names_province(text: str, place: str) -> bool:
    """The text names `place` as a province: "tỉnh X", or X is a centrally-run city ("thành phố
    Bảo Lộc" is a city of Lâm Đồng, not a province)."""
    return bool(re.search(rf"(?i:tỉnh)\s+{re.escape(place)}\b", text)) or place in vocab().cfg.get(
        "municipalities", []
    )


def _mentioned_province(text: str, meta: DocumentMeta) -> str | None:
    """The province a document is about when its header does not say: a "An Giang:" title prefix,
    else the province named most often in its body (the gazetteer's matches when it exists)."""
    if meta.title:
        m = re.match(r"^([A-ZĐ][^\W\d_]*(?:\s[A-ZĐ][^\W\d_]*){0,3})\s*:", meta.title)
        if m:
            found = _province_lookup(m.group(1))
            if found or _names_province(text, m.group(1)):
                return found or m.group(1)
    body = text[: meta.boilerplate_start]
    try:
        gazetteer = importlib.import_module("ingest.gazetteer")
        found_in_text = [p["name"] for _, _, p in gazetteer.find_provinces(body)]
    except Exception:  # optional layer
        found_in_text = None
    if found_in_text is not None:
        counts = Counter(found_in_text)
        top = counts.most_common(2)
        if top and (len(top) == 1 or (top[0][1] >= 2 and top[0][1] >= 2 * top[1][1])):
            return top[0][0]
        return None
    counts = Counter(
        m.group(1)
        for m in re.finditer(rf"(?:tỉnh|thành phố)\s+({_NAME_WORD}(?:\s{_NAME_WORD}){{0,3}})", body)
    )
    for name, n in counts.most_common(3):
        found = _province_lookup(name)
        if found:
            return found
        if n >= 2:
            return name
    return None


_COLUMN_GAP = re.compile(r"[ \t]{3,}")


def _left_column(text: str | None, ln: Line) -> str:
    """The line, or only its left column when a two-column header was flattened into it with a run
    of spaces and that column is upper-case ("TỈNH ỦY          Quảng Ninh, ngày 10 tháng 3 …")."""
    raw = text[ln.start : ln.end] if text is not None else ""
    if "   " not in raw and "\t" not in raw:
        return ln.clean
    cols = _COLUMN_GAP.split(raw.strip(), 1)
    left = " ".join(cols[0].replace("*", " ").split())
    return left if len(cols) == 2 and left and _is_upper_line(left) else ln.clean


def _header_orgs(header: list[Line], number_line: Line | None, text: str | None = None) -> list[str]:
    """Upper-case organisation lines of the header ("ỦY BAN NHÂN DÂN", "TỈNH AN GIANG"); of a flattened
    two-column header, the left column (`text`: the document, when the caller has it)."""
    orgs: list[str] = []
    for ln in header:
        if number_line is not None and ln.start >= number_line.start:
            break
        if _surely_long(ln.clean):  # not an upper-case organisation line, and not empty
            if orgs:
                break
            continue
        rest = _national_sub(_left_column(text, ln))
        rest = _RULE_RUN.sub(" ", rest)
        if "  " in rest or _ODD_WS.search(rest):  # else collapsing whitespace changes nothing
            rest = _WS_RUN.sub(" ", rest)
        rest = rest.strip(" .:|-")
        if not rest:
            continue
        if not _is_upper_line(rest):
            if orgs:
                break
            continue
        s = _upper(rest)
        if any(h == s for h, _ in vocab().headings) or len(s) > 90:
            if orgs:
                break
            continue
        orgs.append(s)
    return orgs


_NATIONAL = re.compile(
    r"(?i)c[ộo]ng\s+h[òo][àa]?\s+x[ãa]\s+h[ộo]i\s+ch[ủu]\s+ngh[ĩi]a\s+vi[ệe]t\s+nam"
    r"|đ[ộo]c\s+l[ậa]p\s*[-–—]\s*t[ựu]\s+do\s*[-–—]\s*h[ạa]nh\s+ph[úu]c"
    r"|đ[ảa]ng\s+c[ộo]ng\s+s[ảa]n\s+vi[ệe]t\s+nam"
)


_PHUC_LOWER, _PHUC_UPPER_U = "phúc".encode(), "phÚc".encode()


def _may_be_national(s: str) -> bool:
    """Every _NATIONAL match ends in 'nam' or 'phúc'/'phuc' (any case): a cheap test first."""
    if len(s) > 300:
        # a long line: its UTF-8 lower-cased as ASCII is twice as fast as str.lower, and the same
        # test (only "A-Z" and "Ú" lower-case to these letters; multi-byte sequences hold no ASCII)
        b = s.encode("utf-8", "surrogatepass").lower()
        return b"nam" in b or b"phuc" in b or _PHUC_LOWER in b or _PHUC_UPPER_U in b
    low = s.lower()
    return "nam" in low or "phúc" in low or "phuc" in low


_SHRINKING = " -_=*–—.:|"  # what the clean-up of a header line may drop, besides other spaces


def _surely_long(s: str) -> bool:
    """The header clean-up of `s` (`_header_orgs`) keeps more than 250 characters: too long for an
    upper-case line. Only characters in _SHRINKING or whitespace are dropped, unless a national
    motto is cut out (then this says False)."""
    if len(s) <= 250:
        return False
    for w in (s[:600], s) if len(s) > 600 else (s,):  # what a prefix keeps is a lower bound
        if len(w) - sum(w.count(c) for c in _SHRINKING) - len(_ODD_WS.findall(w)) > 250:
            return not _may_be_national(s)
    return False


def _national_search(s: str) -> re.Match[str] | None:
    return _NATIONAL.search(s) if _may_be_national(s) else None


def _national_sub(s: str) -> str:
    return _NATIONAL.sub(" ", s) if _may_be_national(s) else s


_LEVEL_RE = re.compile(
    r"\b(THÀNH PHỐ|THỊ TRẤN|THỊ XÃ|PHƯỜNG|HUYỆN|QUẬN|TỈNH|XÃ(?! HỘI\b)|TP\.)\s+(?![ỦU][YỶ]\s)(.+)$"
)
# a Party committee named by its level ("HUYỆN ỦY LỤC NGẠN", "TỈNH ỦY", "THỊ ỦY"): a unit, not a place line
_COMMITTEE_LINE = re.compile(r"^(?:THÀNH|TỈNH|HUYỆN|QUẬN|THỊ|ĐẢNG)\s+[ỦU][YỶ](?:\s|$)")


def _continues_unit(s: str) -> bool:
    """A header line that opens with no organisation word (report_meta.json header_unit_heads) and
    names no known body: the rest of the unit name above it."""
    heads = vocab().cfg.get("header_unit_heads", ())
    first = s.split(" ", 1)[0]
    if any(s == h or s.startswith(h + " ") or first == h for h in heads):
        return False
    return s not in vocab().proper_names and _body_lookup(s) is None


def _org_name(orgs: list[str]) -> tuple[str | None, str | None]:
    """(issuer name, province) from header organisation lines, parent first."""
    merged: list[str] = []
    for s in orgs:
        if (
            merged
            and s not in vocab().proper_names
            and not _COMMITTEE_LINE.match(s)
            and re.match(r"^(THÀNH PHỐ|THỊ TRẤN|THỊ XÃ|PHƯỜNG|HUYỆN|QUẬN|TỈNH|XÃ|TP\.)\s", s)
        ):
            merged[-1] = f"{merged[-1]} {s}"
        elif len(merged) == 1 and _central_by_name(f"{merged[0]} {s}"):
            merged[0] = f"{merged[0]} {s}"  # "NGÂN HÀNG NHÀ NƯỚC⏎VIỆT NAM": a central body's name wrapped
        elif len(merged) >= 2 and _continues_unit(s):
            merged[-1] = f"{merged[-1]} {s}"  # a unit's long name wrapped over header lines
        else:
            merged.append(s)
    province = None
    parent_scope = None
    known = vocab().proper_names
    for s in merged:
        body = _body_lookup(s)
        if body is not None:  # "TỈNH ỦY AN GIANG", "ỦY BAN NHÂN DÂN TỈNH AN GIANG"
            province = body[1] or province
            m = None if body[1] is None else _LEVEL_RE.search(s)
        else:
            m = None if s in known else _LEVEL_RE.search(s)
            if m and m.group(1) in ("TỈNH", "THÀNH PHỐ", "TP."):
                name = m.group(2).title()
                # "THÀNH PHỐ BẢO LỘC" that is no province is a city of one: the body names its province
                province = _province_lookup(name) or (name if m.group(1) == "TỈNH" else province)
        if m:
            parent_scope = (m.group(1), m.group(2))
    unit = merged[-1]
    body = _body_lookup(unit)
    if (body is None or not (body[1] or body[2])) and parent_scope and len(merged) > 1:
        # "SỞ NỘI VỤ" under "UBND TỈNH AN GIANG"; "TỈNH ỦY" under "ĐẢNG BỘ TỈNH BẮC GIANG"
        body = _body_lookup(f"{unit} {parent_scope[0]} {parent_scope[1]}") or _body_lookup(
            f"{unit} {parent_scope[1]}"
        )
    if (body is None or not (body[1] or body[2])) and len(merged) > 1:
        # "BAN DÂN VẬN" under "TỈNH ỦY QUẢNG TRỊ": the organ of the committee above
        body = _body_lookup(f"{unit} {merged[-2]}") or body
    if body is not None and (body[1] or body[2]):
        return body[0], body[1] or (None if body[2] else province)
    if _COMMITTEE_LINE.match(unit) and len(unit.split()) > 2:  # "HUYỆN ỦY LỤC NGẠN" -> "Huyện ủy Lục Ngạn"
        head = " ".join(unit.split()[:2])
        rest = unit[len(head) :].strip()
        if parent_scope and rest.endswith(f" {parent_scope[0]}"):  # "ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH"
            return f"{_proper(head)} {_proper(rest)} {parent_scope[1].title()}", province
        return f"{_proper(head)} {rest.title()}", province
    m = None if unit in known else _LEVEL_RE.search(unit)
    if m:
        return _proper(
            unit[: m.start()].strip()
        ) + f" {_proper_level(m.group(1))} {m.group(2).title()}", province
    if parent_scope and len(merged) > 1:
        parent = merged[-2]
        parent_head = parent[: _LEVEL_RE.search(parent).start()].strip() if _LEVEL_RE.search(parent) else ""
        name = _proper(unit)
        scope = f"{_proper_level(parent_scope[0])} {parent_scope[1].title()}"
        if unit.startswith("VĂN PHÒNG") and parent_head in ("UBND", "ỦY BAN NHÂN DÂN"):
            return f"{name} UBND {scope}", province
        if _is_committee(name):  # "Tỉnh ủy Bắc Giang", not "Tỉnh ủy tỉnh Bắc Giang"
            return f"{name} {parent_scope[1].title()}", province
        committee = vocab().cfg.get("party_committees", {}).get(parent_scope[0])
        if parent_head == "ĐẢNG BỘ" and committee and unit.startswith("BAN "):
            return f"{name} {committee} {parent_scope[1].title()}", province  # Ban Tuyên giáo Tỉnh ủy X
        prefixes = tuple(vocab().cfg.get("organ_unit_prefixes", {}).get(parent_head, ()))
        if parent_head and (
            unit in vocab().cfg.get("organ_units", ()) or (prefixes and unit.startswith(prefixes))
        ):
            return f"{name} {tidy_issuer(_proper(parent_head))} {scope}", province  # organ of the body above
        place = parent_scope[1]
        if unit.endswith(f" {place}"):  # "… VÀ CÁC KCN QUẢNG NGÃI" under "TỈNH QUẢNG NGÃI": named already
            return f"{name[: -len(place)]}{place.title()}", province
        if name.endswith(f" {_proper_level(parent_scope[0])}"):  # "… PHÁP LUẬT TỈNH" under "UBND TỈNH X"
            return f"{name} {parent_scope[1].title()}", province
        return f"{name} {scope}", province
    return _proper(unit), province


@lru_cache(maxsize=1024)
def _central_by_name(name: str) -> bool:
    """A central body named in a header ("Bộ Lao động - Thương binh và Xã hội"), via the gazetteer."""
    body = _body_lookup(name)
    return body is not None and body[2]


def _body_lookup(name: str) -> tuple[str, str | None, bool] | None:
    """(canonical name, province name, central?) of a body via the gazetteer, when it exists."""
    try:
        gazetteer = importlib.import_module("ingest.gazetteer")
        body = gazetteer.body_by_name(name)
        if not isinstance(body, dict) or not isinstance(body.get("name"), str):
            return None
        prov = gazetteer.province(body["province"]) if body.get("province") else None
    except Exception:  # optional layer
        return None
    return body["name"], (prov or {}).get("name"), body.get("level") == "central"


def _proper_level(level: str) -> str:
    return "thành phố" if level == "TP." else level.lower()


_VOWELS = frozenset("aeiouy")


def _acronym(word: str) -> bool:
    """An upper-case word of two or more letters and no vowel ("KCN", "KKT", "CNTT"): an acronym."""
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and word.isupper() and not _VOWELS.intersection(_fold_letters(word))


def _fold_letters(word: str) -> str:
    return importlib.import_module("ingest.gazetteer").fold(word)


def _proper(upper: str) -> str:
    if upper in vocab().proper_names:
        return vocab().proper_names[upper]
    words = upper.split()
    out = []
    for i, w in enumerate(words):
        if w in vocab().issuers or w in vocab().type_codes or _acronym(w):  # UBND, HĐND, BCĐ, KCN
            out.append(w)
        elif i == 0:
            out.append(w.capitalize())
        else:
            out.append(w.lower())
    name = " ".join(out)
    for known in vocab().proper_names.values():  # keep capitals of known bodies: "Sở Nội vụ"
        if name.lower().startswith(known.lower()):
            name = known + name[len(known) :]
            break
    return name


# --- end of document: recipients and signer -----------------------------------------------------

# the line-opening patterns below run on every line; each is tried only on a line that opens with
# its first letter in a case it admits (what "(?i)" lets match "n", "k", "t")
_NOI_NHAN = re.compile(r"(?i)^nơi nhận\s*:?")
_NOI_NHAN_FIRST = ("n", "N")
_KINH_GUI_FIRST = ("k", "K", "\u212a")  # KELVIN SIGN matches "k" without regard to case
_CLOSING_FIRST = ("t", "T")
_BULLET = re.compile(r"^[-+•·*–]\s*")
_BULLET_MARK = re.compile(r"^[-+•·*–]")
_KINH_GUI = re.compile(r"(?i)^kính gửi\s*:?\s*(.*)$")
_KINH_GUI_ITEM = re.compile(r"^[-+•*–]")
_APPENDIX_HEAD = re.compile(r"^(PHỤ LỤC|Phụ lục|BIỂU|DANH MỤC)\b")
_CLOSING_HEAD = re.compile(r"(?i)^trên đây là\b")
_RULE_LINE = re.compile(r"[-_=*.…~–—\s]+")
_KINH_GUI_HEAD = re.compile(r"(?i)^kính gửi")


def _parse_end(lines: list[Line], meta: DocumentMeta, text: str | None = None) -> None:
    cfg = vocab().cfg
    heads = tuple(cfg.get("recipient_list_heads", []))
    drop = tuple(cfg.get("recipient_drop", []))
    idx = next(
        (
            i
            for i in range(len(lines) - 1, -1, -1)
            if lines[i].clean.startswith(_NOI_NHAN_FIRST) and _NOI_NHAN.match(lines[i].clean)
        ),
        None,
    )
    kinh_gui = _kinh_gui(lines)
    if idx is not None:
        recipients: list[str] = []
        i = idx + 1
        first = re.sub(r"(?i)^nơi nhận\s*:?\s*", "", lines[idx].clean)
        if first:
            recipients.append(first)
        while i < len(lines):
            s = lines[i].clean
            if not s:
                i += 1
                continue
            if _BULLET.match(s) or (
                len(s) < 150
                and not _is_upper_line(s)
                and (s.endswith((";", ";.")) or s.lower().startswith("lưu"))
            ):
                recipients.append(s)
                i += 1
                continue
            if s.lower().rstrip(": ").startswith(heads) and s.rstrip().endswith(":"):
                i += 1  # a second list ("Bản điện tử:"), not recipients proper
                while i < len(lines) and (not lines[i].clean or _BULLET_MARK.match(lines[i].clean)):
                    i += 1
                continue
            break
        for name in (n for r in recipients for n in _split_recipients(_clean_recipient(r))):
            if not name:
                continue
            if name.lower().startswith("như trên") and kinh_gui:
                meta.recipients.extend(k for k in kinh_gui if k not in meta.recipients)
                continue
            if name.lower().startswith(drop):
                continue
            if name not in meta.recipients:
                meta.recipients.append(name)
        # a two-column PDF may put the signature block before the "Nơi nhận" list
        meta.signer = _signer(lines[i : i + 40]) or _signer(lines[max(idx - 15, 0) : idx])
        if (meta.signer is None or meta.signer.name is None) and text is not None:
            # or beside it, each line holding both columns apart by a run of spaces
            beside = _signer(_right_column(text, lines[idx : idx + 40]))
            meta.signer = beside if beside is not None and beside.name else meta.signer
    else:
        meta.recipients = kinh_gui
        meta.signer = _signer(_tail(lines))
    if meta.signer is None or meta.signer.name is None:
        stamped = _stamp_signer(lines)
        if stamped:
            meta.signer = Signer(name=stamped, capacity=meta.signer.capacity if meta.signer else None)


_WIDE_GAP = re.compile(r"[ \t]{8,}")


def _right_column(text: str, block: list[Line]) -> list[Line]:
    """The right column of lines flattened from a two-column layout (a signature block beside the
    "Nơi nhận" list: "- Bộ Nội vụ;          PHÓ CHỦ TỊCH"): the text after a run of 8+ spaces, or a
    line indented by such a run."""
    out = []
    for ln in block:
        raw = text[ln.start : ln.end]
        m = None
        for m in _WIDE_GAP.finditer(raw.rstrip()):  # noqa: B007 (the last gap on the line)
            pass
        if m is None or not raw[m.end() :].strip():
            continue
        out.append(Line(ln.start + m.end(), ln.end, " ".join(raw[m.end() :].split())))
    return out


_STAMP_LINE = re.compile(r"(?i)^(?:người ký|email|cơ quan|thời gian ký|ngày ký|chức vụ)\s*:")
_STAMP = re.compile(r"^Người ký\s*:\s*(?P<name>.+?)\s*$")


def _stamp_signer(lines: list[Line]) -> str | None:
    """A digitally signed PDF prints "Người ký: Lê Văn Phước" (with Email/Cơ quan/Thời gian ký)."""
    for ln in lines:
        m = _STAMP.match(ln.clean) if ln.clean.startswith("Người ký") else None
        if m and _PERSON.match(m.group("name")):
            return m.group("name")
    return None


def _kinh_gui(lines: list[Line]) -> list[str]:
    for i, ln in enumerate(lines[:80]):
        m = _KINH_GUI.match(ln.clean) if ln.clean.startswith(_KINH_GUI_FIRST) else None
        if not m:
            continue
        out = [_clean_recipient(m.group(1))] if m.group(1) else []
        for nxt in lines[i + 1 : i + 15]:
            if not nxt.clean:
                if out:
                    break
                continue
            if not _KINH_GUI_ITEM.match(nxt.clean):
                break
            out.append(_clean_recipient(nxt.clean))
        return [o for o in out if o]
    return []


_RECIPIENT_BULLET = re.compile(r"^[-+•·*–\s]+")
_RECIPIENT_NOTE = re.compile(
    r"\s*\((?:để\s+)?(?:b/c|báo cáo|biết|t/h|thực hiện|p/h|phối hợp|chỉ đạo|theo dõi|tổng hợp|đăng tải|[^()]{0,30})\)\s*$",
    re.I,
)


def _clean_recipient(s: str) -> str:
    s = _RECIPIENT_BULLET.sub("", s)
    s = s.rstrip(" ;,.")
    if "(" in s:  # every note opens with "("
        s = _RECIPIENT_NOTE.sub("", s)
    return s.strip(" ;,.")


def _split_recipients(item: str) -> list[str]:
    """One "Nơi nhận" item naming several bodies apart by commas ("TT Tỉnh ủy, TT HĐND tỉnh"): each
    part of two words or more opens with a body's head word (issuer heads, "TT"). A name holding a
    comma ("Sở Văn hóa, Thể thao và Du lịch", "UBND các huyện, thị xã") stays whole."""
    parts = [p.strip() for p in item.split(", ")]
    if len(parts) < 2:
        return [item]
    heads = (*reference_vocab().issuer_heads, *vocab().cfg.get("recipient_heads", ()))
    if all(len(p.split()) >= 2 and p.startswith(heads) and p[:1].isupper() for p in parts):
        return parts
    return [item]


def _tail(lines: list[Line]) -> list[Line]:
    """The last lines of the main body (before an appendix), where a signature block sits."""
    end = len(lines)
    for i in range(len(lines) - 1, max(len(lines) - 400, 0), -1):
        if _APPENDIX_HEAD.match(lines[i].clean) and _is_upper_line(lines[i].clean):
            end = i
    return lines[max(end - 40, 0) : end]


@cache
def _signature_vocab() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], frozenset[str], int]:
    """(capacity prefixes, titles, noise lines, noise cores, longest noise) of report_meta.json."""
    cfg = vocab().cfg
    prefixes = tuple(p.upper() for p in cfg.get("signature_prefixes", []))
    titles = tuple(cfg.get("signature_titles", []))
    noise = tuple(n.lower() for n in cfg.get("signature_noise", []))
    noise_core = frozenset(n.strip("()[]") for n in noise)
    longest = max((len(n) for n in (*noise, *noise_core)), default=0)  # lower() never shortens
    return prefixes, titles, noise, noise_core, longest


def _signer(block: list[Line]) -> Signer | None:
    """Capacity lines (TM./KT./… titles, upper case) followed by a person's name."""
    prefixes, titles, noise, noise_core, longest = _signature_vocab()
    capacity: list[str] = []
    found: Signer | None = None  # the last complete block wins (a header can look like one)
    for ln in block:
        s = ln.clean
        if not s:
            continue
        if len(s.strip("()[]")) <= longest:
            low = s.lower()
            if low in noise or low.strip("()[]") in noise_core:
                continue
        if len(s) < 120 and _is_upper_line(s):
            up = _upper(s)
            if up.startswith(prefixes) or any(t in up for t in titles):
                capacity.extend(_split_capacity(up))
                continue
        if capacity:
            up = _upper(s)
            not_a_name = (
                _national_search(s)
                or up in vocab().proper_names
                or up.rstrip(":. ") in _heading_names()
                or _LEVEL_RE.match(up) is not None  # "TỈNH BÌNH THUẬN": the header of an attached draft
            )
            m = None if not_a_name else (_person(s) or (_is_upper_line(s) and _person(s.title())))
            if m:
                found = Signer(name=m.group("name"), capacity=" / ".join(capacity))
                capacity = []
            elif len(s) > 3 and not _STAMP_LINE.match(s):  # other text between titles and name
                capacity = []
    if capacity and found is None:
        return Signer(name=None, capacity=" / ".join(capacity))
    return found


_CAPACITY_DOT = re.compile(r"\b(TM|KT|TL|TUQ|Q)\.\s*")
_CAPACITY_PAIR = re.compile(r"^((?:TM|KT|TL|TUQ|Q)\. .+?)\s+(PHÓ .+|Q\. .+)$")


def _split_capacity(up: str) -> list[str]:
    """'KT.GIÁM ĐỐC PHÓ GIÁM ĐỐC' -> ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC']."""
    up = _CAPACITY_DOT.sub(r"\1. ", up).strip()
    m = _CAPACITY_PAIR.match(up)
    if m:
        return [m.group(1), m.group(2)]
    return [up]


# --- web articles -----------------------------------------------------------------------------


def _parse_article(
    lines: list[Line], body: list[Line], meta: DocumentMeta, hints: dict[str, Any], st: _State
) -> bool:
    """Title / category / timestamp / text / author / site boilerplate. True when it is one."""
    stamp_line = None
    for ln in body[:15]:
        m = _TIMESTAMP.match(ln.clean)
        if m:
            stamp_line = ln
            break
    if stamp_line is None and not hints.get("title"):
        return False
    meta.kind = "article"
    meta.doc_type = meta.doc_type or None
    if stamp_line is not None:
        g = m.groupdict()
        d, mo, y = g["d1"] or g["d2"], g["mo1"] or g["mo2"], g["y1"] or g["y2"]
        h, mi = g["h1"] or g["h2"], g["mi1"] or g["mi2"]
        meta.date = _iso_date(d, mo, y, meta.warnings, "article date")
        if h and len(meta.date) == 10:
            meta.published = f"{meta.date}T{int(h):02d}:{mi}"
        _stamp_fields(stamp_line.clean, meta)
    elif hints.get("date"):
        meta.date = str(hints["date"])[:10]
    title_line = body[0] if body else None
    if hints.get("title"):
        meta.title = str(hints["title"]).strip()
        title_line = next((ln for ln in body[:5] if ln.clean == meta.title), title_line)
    elif title_line is not None:
        # "Thời sự › Giao thông" above the headline, maybe under the site's name ("Báo Nghệ An điện tử")
        k = next((j for j, ln in enumerate(body[:2]) if ln is not stamp_line and _breadcrumb(ln.clean)), None)
        if k is not None and k + 1 < len(body) and body[k + 1] is not stamp_line:
            meta.category = body[k].clean
            title_line = body[k + 1]
        meta.title = title_line.clean
    if title_line is not None:
        st.title_span = (title_line.start, title_line.end)
        before = [ln for ln in body if title_line.start < ln.start < (stamp_line.start if stamp_line else 0)]
        if before and before[0].clean != meta.title and len(before[0].clean) < 80:
            meta.category = before[0].clean
    _cut_boilerplate(lines, body, stamp_line, meta)
    if meta.author is None and stamp_line is not None:
        _author_under_stamp(body, stamp_line, meta)
    if meta.author is None and hints.get("author"):
        meta.author = str(hints["author"])
    return True


def _author_under_stamp(body: list[Line], stamp_line: Line, meta: DocumentMeta) -> None:
    """ "Thứ Năm, 15/06/2023 - 10:42⏎Thành Duy⏎⏎(Baonghean.vn) - …": a name alone (two to four words)
    on the line right under the timestamp, before the lead, is the author."""
    i = next((j for j, ln in enumerate(body) if ln is stamp_line), None)
    if i is None or i + 2 >= len(body):
        return
    s = body[i + 1].clean.strip()
    m = _author_line().match(s)
    if (
        m is not None
        and m.group("unit") is None
        and 2 <= len(s.split()) <= 4
        and len(body[i + 2].clean) >= 80
    ):
        meta.author = m.group("name")


def _breadcrumb(line: str) -> bool:
    """A site's section path: short segments joined by a separator ("Thời sự › Giao thông")."""
    cfg = vocab().cfg.get("web_breadcrumb", {})
    most = cfg.get("max_words", 5)
    for sep in cfg.get("separators", ()):
        parts = line.split(sep)
        if len(parts) > 1 and all(0 < len(p.split()) <= most and not p.strip().endswith(".") for p in parts):
            return True
    return False


def _stamp_fields(stamp: str, meta: DocumentMeta) -> None:
    """Author and category stated on the timestamp line ("Cập nhật: … | Tác giả: X | Chuyên mục: Y")."""
    fields = vocab().cfg.get("web_stamp_fields", {})
    for part in stamp.split("|")[1:]:
        label, sep, value = part.partition(":")
        value = value.strip()
        if not sep or not value:
            continue
        label = label.strip().lower()
        if label in fields.get("author", ()) and meta.author is None:
            meta.author = value
        elif label in fields.get("category", ()) and meta.category is None:
            meta.category = value


@cache
def _author_line() -> re.Pattern[str]:
    """ "Nguyễn Văn A", "Luật sư Nguyễn Đức Thắng", "Hoàng Minh - Phòng CCHC": an article's author line
    (a professional title before the name is not part of it: report_meta.json author_titles)."""
    titles = "|".join(
        re.escape(t) for t in sorted(vocab().cfg.get("author_titles", []), key=len, reverse=True)
    )
    prefix = rf"(?:(?:{titles})\s+)?" if titles else ""
    return re.compile(
        rf"^{prefix}(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,4}})(?:\s*[-–,(]\s*(?P<unit>.+?)\)?)?$"
    )


def _prose_before_author(run: list[Line], i: int) -> bool:
    """run[i] is a sentence of the article (eight words or more, ending like a sentence) and one of the
    next two lines is the author line: "… trong thực hiện Chỉ thị số 23.⏎Thu Hà⏎Tags: …"."""
    s = run[i].clean.rstrip()
    if len(s.split()) < 8 or not s.endswith((".", "!", "?", '."', "…")):
        return False
    return any(_author_line().match(ln.clean) for ln in run[i + 1 : i + 3])


def _cut_boilerplate(
    lines: list[Line], body: list[Line], stamp_line: Line | None, meta: DocumentMeta
) -> None:
    """Site boilerplate after the article (hotlines, visitor counters): the trailing run of short
    lines that contains a boilerplate marker. The author line just before it stays in the article."""
    cfg = vocab().cfg
    markers = tuple(cfg.get("web_boilerplate", []))
    start_after = stamp_line.end if stamp_line else 0
    run: list[Line] = []
    for ln in reversed(body):
        if ln.start <= start_after:
            break
        if len(ln.clean) >= 120 and not ln.clean.lower().startswith(markers):
            break  # article prose, even when it names a hotline; a long copyright line is not
        run.append(ln)
    run.reverse()
    lows = [ln.clean.lower() for ln in run]  # once per line, not once per marker
    if not run or not any(mk in low for low in lows for mk in markers):
        return
    i = 0
    while i < len(run) and not any(mk in lows[i] for mk in markers):
        s = run[i].clean
        author = _author_line().match(s)
        if not author and meta.author is None and _prose_before_author(run, i):
            i += 1  # a short last paragraph of the article, then its author line
            continue
        if author and meta.author is None and i < 3:
            meta.author = author.group("name")
            meta.author_unit = author.group("unit")
            i += 1
            unit = run[i].clean if i < len(run) else ""
            if meta.author_unit is None and unit.startswith("(") and unit.endswith(")") and len(unit) < 80:
                meta.author_unit = unit[1:-1].strip()  # "Luật sư Nguyễn Đức Thắng⏎(Đoàn Luật sư TP Hà Nội)"
                i += 1
            continue
        if s.lower().startswith(tuple(cfg.get("web_source_lines", []))) and i < 3:
            i += 1
            continue
        break
    if i < len(run):
        meta.boilerplate_start = run[i].start


# --- references: what the report is about and what it answers -------------------------------


def _link_refs(
    text: str,
    lines: list[Line],
    refs: Sequence[Reference],
    title_span: tuple[int, int] | None,
    meta: DocumentMeta,
) -> None:
    cfg = vocab().cfg
    span = title_span
    subjects: list[int] = []
    if span:
        subjects = [i for i, r in enumerate(refs) if span[0] <= r.start < span[1]]
    pre = _preamble(lines, span)
    responds: list[int] = []
    if pre is not None:
        low = text[pre[0] : pre[1]].lower()
        cues_ok = low.lstrip("*_ ").startswith(tuple(cfg.get("preamble_cues", [])))
        inside = [i for i, r in enumerate(refs) if pre[0] <= r.start < pre[1]] if cues_ok else []
        request_types = set(cfg.get("request_types", []))
        request_cues = tuple(cfg.get("request_cues", []))
        subject_cues = tuple(cfg.get("subject_cues", []))
        review = cfg.get("review_requests", {})
        title_syms = {refs[i].number_symbol for i in subjects if refs[i].number_symbol}
        reviewed = False  # the first reference asks for the review this report makes
        for n, i in enumerate(inside):
            r = refs[i]
            before = text[max(pre[0], r.start - 60) : r.start].lower()
            before = before[before.rfind(". ") + 1 :]  # this sentence's words ("… thực hiện. Tỉnh ủy …")
            lead = text[pre[0] : r.start].lower()
            if (
                n == 0
                and (r.doc_type in request_types or any(c in lead for c in request_cues))
                and r.start - pre[0] < 200
                and not _instruction_carried_out(r, lead, request_cues)
            ):
                responds.append(i)
                continue
            if (
                n > 0
                and r.doc_type in request_types
                and (r.subject or "").lower().startswith(tuple(cfg.get("request_subject_starts", ())))
            ):
                responds.append(i)  # "Thực hiện Kế hoạch A … và Công văn số B … về việc báo cáo …"
                continue
            if (
                n == 0
                and r.number_symbol not in title_syms
                and (r.subject or "").lower().startswith(tuple(review.get("subject_starts", ())))
                and r.start - pre[0] < 200
            ):
                responds.append(i)  # "Thực hiện Kế hoạch … về tổng kết …"
                reviewed = True
                continue
            if reviewed and r.doc_type in review.get("followers", ()) and r.number_symbol not in title_syms:
                responds.append(i)  # "… và Hướng dẫn số 62-HD/BDVTW …": the guidance on the same review
                continue
            if (
                responds
                and i - 1 == responds[-1]
                and r.doc_type in request_types
                and re.fullmatch(r"[\s,;]*(?:và)?[\s,;]*", text[refs[responds[-1]].end : r.start])
            ):
                responds.append(i)
                continue
            # "Thực hiện X" in the opening is the report's subject only when the title names X or X's
            # subject does ("Thực hiện Kế hoạch 210-KH/TU … thực hiện Chỉ thị 05-CT/TW" under a title on
            # Chỉ thị 05); "Thực hiện Kế hoạch năm … của UBND tỉnh" under "Kết quả công tác …" is carried
            # out (holdout8)
            if any(c in (lead if n == 0 else before) for c in subject_cues) and (
                r.number_symbol in title_syms or _names_next(text, refs, i, title_syms)
            ):
                subjects.append(i)
    closing = _closing(lines)  # "Trên đây là báo cáo kết quả 05 năm thực hiện Kết luận số 114-KL/TW …"
    if closing is not None and meta.kind == "report":
        subject_cues = tuple(cfg.get("subject_cues", []))
        for i, r in enumerate(refs):
            if not closing[0] <= r.start < closing[1] or i in responds:
                continue
            before = text[max(closing[0], r.start - 60) : r.start].lower()
            if any(c in before for c in subject_cues):
                subjects.append(i)
    # "Tình hình triển khai Nghị định 76 … sửa đổi, bổ sung một số điều của Nghị định 20": the title
    # states what its subject does to another document; that one is not what the report is about
    doc_to_doc = reference_vocab().doc_to_doc
    subjects = [
        i for i in subjects if not (refs[i].relation_source is not None and refs[i].relation in doc_to_doc)
    ]
    meta.subjects = sorted(set(subjects))
    meta.responds_to = responds
    headline = set()
    if meta.kind == "article" and span:
        words = cfg.get("headline_carried_out", {})
        for i in meta.subjects:
            lead = text[span[0] : refs[i].start].lower()
            # "Hội nghị triển khai Nghị định 178": the event carries it out (holdout3); else, also in
            # "Sơ kết 2 năm thực hiện Chỉ thị 23", the headline names what the article is about
            if not (
                lead.rstrip(" *_").endswith(tuple(words.get("verbs", ())))
                and not any(w in lead for w in words.get("reviews", ()))
            ):
                headline.add(i)
    for i in meta.subjects:
        r = refs[i]
        if meta.kind == "report" or i in headline:
            r.relation = "reports_on"
        elif r.relation == "mentions" and meta.kind == "document":
            before = text[max(0, r.start - 60) : r.start].lower()
            if any(c in before for c in ("thực hiện", "triển khai")):
                r.relation = "implements"
    for i in responds:
        refs[i].relation = "responds_to"
    plans = cfg.get("plan_types", {})
    if meta.doc_type in plans.get("types", ()):
        self_words = tuple(plans.get("self_words", ()))
        for r in refs:
            if r.relation in ("amends", "replaces") and r.relation_source is None:
                lo = max(text.rfind("\n", max(0, r.start - 80), r.start) + 1, r.start - 80)
                if text.rfind("(", lo, r.start) > text.rfind(")", lo, r.start):
                    continue  # "Quyết định A (thay thế B)": the cited document's act
                if not any(w in text[lo : r.start] for w in self_words):
                    r.relation = "mentions"  # a task of the plan, not the plan's own act
    if meta.kind == "document":
        # a decision or resolution reports on nothing but what its title names: "ghi nhận kết quả thực
        # hiện Nghị quyết số 43/2022/QH15" in its body carries that resolution out
        named = {refs[i].number_symbol for i in meta.subjects} - {None}
        for i, r in enumerate(refs):
            if r.relation == "reports_on" and i not in meta.subjects and r.number_symbol not in named:
                r.relation = "implements"


def _closing(lines: list[Line]) -> tuple[int, int] | None:
    """The closing paragraph of a report ("Trên đây là báo cáo …"), the last one if several."""
    for ln in reversed(lines):
        if ln.clean.startswith(_CLOSING_FIRST) and _CLOSING_HEAD.match(ln.clean):
            return (ln.start, ln.end)
    return None


@cache
def _heading_names() -> frozenset[str]:
    return frozenset(h for h, _ in vocab().headings)


def _names_next(text: str, refs: Sequence[Reference], i: int, syms: set[str | None]) -> bool:
    """The reference's own clause names one of `syms` next ("Kế hoạch số 210-KH/TU … của Ban Thường vụ
    Tỉnh ủy về sơ kết 5 năm thực hiện Chỉ thị số 05-CT/TW"): no list break before it."""
    if i + 1 >= len(refs) or refs[i + 1].number_symbol not in syms:
        return False
    gap = text[refs[i].end : refs[i + 1].start]
    return len(gap) < 200 and ";" not in gap and " và " not in gap and "\n" not in gap


def _instruction_carried_out(r: Reference, lead: str, request_cues: tuple[str, ...]) -> bool:
    """ "Thực hiện Công văn số … về việc giao xây dựng …, Sở … kính trình …": a letter the relation cues
    found carried out (it asks for no report, holdout6) is no request, unless a request cue says so."""
    return r.relation == "implements" and not any(c in lead for c in request_cues)


def _preamble(lines: list[Line], span: tuple[int, int] | None) -> tuple[int, int] | None:
    """The first paragraph after the title."""
    if span is None:
        return None
    for ln in lines:
        if ln.start >= span[1] and ln.clean and not _RULE_LINE.fullmatch(ln.clean):
            if _KINH_GUI_HEAD.match(ln.clean) or _upper(ln.clean).rstrip(": ") in _heading_names():
                continue  # the addressee line; a heading printed after the title (PDF order)
            return (ln.start, ln.end)
    return None


def _check_cited_dates(refs: Sequence[Reference], meta: DocumentMeta) -> None:
    """A document cannot cite one issued after it: a warning on the reference, and on the document
    when it answers or reports on it."""
    if not meta.date or len(meta.date) != 10:
        return
    for r in refs:
        if r.date and len(r.date) == 10 and r.date > meta.date and r.number_symbol != meta.number_symbol:
            r.warnings.append(f"dated {r.date}, after the citing document's date {meta.date}")
    for i in [*meta.responds_to, *meta.subjects]:
        r = refs[i]
        if r.date and len(r.date) == 10 and r.date > meta.date and r.number_symbol != meta.number_symbol:
            what = "it answers" if i in meta.responds_to else "it reports on"
            meta.warnings.append(
                f"{r.doc_type or 'document'} {r.number_symbol or r.text} {what} is dated {r.date}, "
                f"after the header date {meta.date}"
            )


def _check_self_mentions(text: str, number_line: Line | None, meta: DocumentMeta) -> None:
    """The document's own number cited elsewhere (appendix: "Kèm theo Báo cáo số 876/BC-VP ngày
    17/6/2021") with a date that disagrees with the header."""
    if not meta.number_symbol or not meta.date:
        return
    symbol = meta.number_symbol
    at = text.find(symbol)
    while at >= 0:
        start, end = at, _SPACE_COMMA.match(text, at + len(symbol)).end()
        at = text.find(symbol, at + len(symbol))
        if number_line is not None and number_line.start <= start < number_line.end:
            continue
        d = _DATE_ANY.match(text, end)
        if not d:
            continue
        g = d.groupdict()
        sink: list[str] = []
        other = _iso_date(g["d"], g["m1"] or g["m2"], g["y1"] or g["y2"], sink, "")
        if other != meta.date:
            line_start = text.rfind("\n", 0, start) + 1
            surface = text[max(line_start, start - 40) : d.end()].strip(" (")
            meta.warnings.append(f"date mismatch: header says {meta.date}, but '{surface}' gives {other}")
