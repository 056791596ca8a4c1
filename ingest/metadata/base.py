"""Shared by the metadata readers: the vocabulary (`report_meta.json`, `doc_types.json`,
`issuer_codes.json`), the text as lines, the patterns of header and end lines, and small helpers
(symbols, dates, national bodies).
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import accumulate
from typing import Any

from ingest.gazetteer import province_by_name
from ingest.patterns import words_alternation
from ingest.vocab import load_data
from ingest.vocab import vocab as reference_vocab

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
        headings[to_upper(t["name"])] = t["name"]
        for code in t.get("codes", []):
            type_codes[code] = t["name"]
    for extra in cfg.get("extra_headings", []):
        headings[to_upper(extra["heading"])] = extra["name"]
    issuers = {
        code: (v["name"], v.get("scope", "central"))
        for code, v in _load("issuer_codes.json").get("codes", {}).items()
    }
    for code, name in cfg.get("issuer_overrides", {}).items():
        issuers[code] = (name, "local")
    proper = {to_upper(name): name for name, _ in issuers.values()}
    proper.update({k: v for k, v in cfg.get("header_names", {}).items() if not k.startswith("_")})
    return Vocab(
        headings=tuple(sorted(headings.items(), key=lambda kv: -len(kv[0]))),
        type_codes=type_codes,
        party_codes=dict(types.get("party_codes", {})),
        no_code_type=types.get("no_code_type", "Công văn"),
        issuers=issuers,
        proper_names=proper,
        cfg=cfg,
    )


def to_upper(s: str) -> str:
    return s.upper().replace("UỶ", "ỦY").replace("HOÁ", "HÓA").replace("HOÀ", "HÒA")


def province_lookup(name: str) -> str | None:
    """Canonical province name (`ingest.gazetteer.province_by_name`), without its level word."""
    found = province_by_name(name)
    return _strip_level(found["name"]) if found is not None else None


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


MD_ESCAPE = re.compile(r"\\(?!\w)")


# the spaces a line's runs of which become one " " ([ \t\u2002-\u200b\u3000]+ -> " ")
_ODD_SPACES = ("\t", *map(chr, range(0x2002, 0x200C)), "\u3000")


def clean_marked(s: str) -> str:
    """The clean form of a line that holds markup, odd spaces or "  " (one of _DIRTY); any other
    line's clean form is the line stripped."""
    s = s.replace("\u00a0", " ").replace("\u00d0", "\u0110").replace("\u00f0", "\u0111")
    if "\\" in s:  # markdown (pandoc, mammoth): escapes "\-", "\(" and a hard break "\" at the line end
        s = MD_ESCAPE.sub("", s)
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


# the marker of a markdown (ATX) heading: "# ", "## " … at the line start
_ATX = re.compile(r"#{1,6}[ ]+")


# what makes a line's clean form more than the line stripped: one of these characters, or "  "
_DIRTY = (
    "  ",
    "*",
    "_",
    "\\",
    "\u00a0",
    "\u00d0",
    "\u00f0",
    "\t",
    *map(chr, range(0x2002, 0x200C)),
    "\u3000",
)


def split_lines(text: str) -> list[Line]:
    """Every line of `text` ('\n'-separated, a trailing '\r' outside the span) with its clean form.

    Most lines only need stripping; the few with markup or odd spaces are found by str.find over the
    whole text (memchr-fast, not a regex call per line) and cleaned by `clean_marked`."""
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
        cleans[k] = clean_marked(raws[k])
    if text.startswith("#") or "\n#" in text:  # a markdown heading "# CHƯƠNG TRÌNH …" (pandoc, mammoth)
        for k, c in enumerate(cleans):
            if c[:1] == "#" and (m := _ATX.match(c)) is not None:
                cleans[k] = c[m.end() :]
    ends = map(int.__add__, starts, map(len, raws))
    return list(map(Line, starts, ends, cleans))


def page_furniture(s: str) -> bool:
    """A web page's control or link alone on its line ("TOP", "In bài viết"; report_meta.json
    page_furniture_lines)."""
    s = s.strip(" |")
    if "://" in s and _page_url(s):  # the cheap test first
        return True
    lines, longest = _furniture_lines()
    return len(s) <= longest and to_upper(s) in lines  # upper-casing never shortens: a long line is none


@cache
def _furniture_lines() -> tuple[frozenset[str], int]:
    lines = vocab().cfg.get("page_furniture_lines", ())
    return frozenset(lines), max(map(len, lines), default=0)


def _page_url(s: str) -> bool:
    """A saved page's address alone on its line, maybe after a label ("https://…", "URL https://…";
    report_meta.json page_url_labels): the page's, never its headline (real-text audit r75)."""
    words = s.split()
    if not 1 <= len(words) <= 2 or not words[-1].lower().startswith(("http://", "https://")):
        return False
    return len(words) == 1 or to_upper(words[0].rstrip(":")) in vocab().cfg.get("page_url_labels", ())


@lru_cache(maxsize=4096)
def is_upper_line(s: str) -> bool:
    """More than 85% of the letters are upper case (a heading, an organisation, a signature). Cached:
    the header's, the title's and the signature's readers ask it of the same lines (more than half of
    the calls on real texts repeat one)."""
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
    r"(?P<code>[A-ZĐ][A-Za-zĐđƯ0-9.&]*(?:\s?[-/]\s?[A-ZĐ][A-Za-zĐđƯ0-9.&]*)*)"
)


# a capital that opens a word of a place name, accented ones too ("Âu Lâu", "Ô Môn", "Ứng Hòa", "Ý Yên")
_CAP = "A-ZĐÀÁẢÃẠÂẦẤẨẪẬĂẰẮẲẴẶÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"


_PLACE_DATE = re.compile(
    r"(?:^|(?<=\s)|(?<=\|))\s*(?P<place>(?:(?:Thành phố|Thị xã|Thị trấn)\s+)?["
    + _CAP
    + r"][^\W\d_]*\.?(?:(?:\s?[-–]\s?|[ .]{1,2})["
    + _CAP
    + r"][^\W\d_]*){0,5}"
    # a template's or draft's place left blank: "………., ngày 20 tháng 6 năm 2018" (BLANK_PLACE)
    + r"|[.…_]{2,}[ .…_]*)\s*,\s*"
    # a telegram states the hour first: "Hà Nội, hồi 10 giờ 00 ngày 10 tháng 10 năm 2020" (real-text audit r46)
    + r"(?:h[ồo]i\s*\d{1,2}\s*giờ\s*(?:\d{1,2}\s*(?:phút\s*)?)?,?\s*)?"
    # also typed without marks or OCR'd with O for 0 ("Kim Son, ngay 14 thang 3 nam 2025", "năm 2O24"), or
    # with the tilde a legacy font's conversion puts for the breve ("ngày 18 tháng 10 nãm 2019")
    r"ng[àa]y\s*(?:(?P<d>\d{1,2})?[\s.…_]*th[áa]ng\s*(?P<m>\d{1,2})?[\s.…_]*n[ăǎãa]m\s*(?P<y>(?:19|2[0O])[\dO]{2})"
    r"|(?P<d2>\d{1,2})\s*[/.-]\s*(?P<m2>\d{1,2})\s*[/.-]\s*(?P<y2>(?:19|20)\d{2}))",
)


# the same, a province's name with its later words in any case (place_date_search checks the name)
_PLACE_DATE_LOOSE = re.compile(
    r"(?:^|(?<=\|))\s*(?P<place>["
    + _CAP
    + r"][^\W\d_]*(?:\s?[-–]\s?|\s)[^\W\d_]+(?:\s[^\W\d_]+)?)\s*,\s*"
    + _PLACE_DATE.pattern.split(r")\s*,\s*", 1)[1]
)


# a draft's place-and-date line with the whole date left blank, no year ("Hà Nội, ngày   tháng   năm"):
# its place is still the document's (real-text audit r78); a short header line ending in "năm" only
UNDATED_PLACE = re.compile(
    _PLACE_DATE.pattern.split(r")\s*,\s*", 1)[0]
    + r")\s*,\s*ng[àa]y[\s.…_]*th[áa]ng[\s.…_]*n[ăǎãa]m[\s.…_|]*\Z"
)


# a place-and-date line's place left blank, dots or an ellipsis only (real-text audit r9): no place
BLANK_PLACE = re.compile(r"[.…_ ]+")


SPACE_COMMA = re.compile(r"\s*,?\s*")  # after a symbol, before its date


DATE_ANY = re.compile(
    r"ngày\s*(?P<d>\d{1,2})\s*(?:[/.-]\s*(?P<m1>\d{1,2})\s*[/.-]\s*(?P<y1>\d{4})"
    r"|tháng\s*(?P<m2>\d{1,2})\s*n[ăǎ]m\s*(?P<y2>\d{4}))"
)


_LOW = "a-zđàáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ"  # lower-case letters


def _words_alternation(words: list[str]) -> str:
    """Words of report_meta.json as one case-blind alternation, longest first ("mười một" before "mười")."""
    return f"(?i:{words_alternation(words, '[ ]')})"


_MONTH_WORDS: dict[str, int] = _load("report_meta.json").get("month_words", {}).get("months", {})
_WEEKDAY = _words_alternation(_load("report_meta.json").get("weekdays", {}).get("names", []))
TIMESTAMP = re.compile(
    r"^(?:[^\d]{0,40}?)(?:(?P<h1>\d{1,2}):(?P<mi1>\d{2})(?::\d{2})?\s*(?:[,|-]\s*)?"
    # "Cập nhật, 09:55, Thứ Năm, 04/08/2022 (GMT+7)": the weekday between the time and the date (real-text audit r58)
    rf"(?:{_WEEKDAY},?\s*)?"
    # "08:21, ngày 16-04-2021": the word for the day and dashes after the time (real-text audit r75)
    r"(?:ngày\s+)?(?P<d1>\d{1,2})(?P<sep1>[/-])(?P<mo1>\d{1,2})(?P=sep1)(?P<y1>\d{4})"
    # "11:13 30/11/2025 98": the page's view count after its time and date, its icon dropped (real-text audit r54)
    r"(?:[ ]{1,3}\d{1,3}(?:[.,]\d{3}){0,3})?"
    # "Thứ tư 17/10/2018 22:09:45 Địa phương": the seconds, then the site's section (real-text audit r45)
    # (a word in lower case: "11:40 AM" is no section; a time before AM or PM is left unread)
    r"|(?P<d2>\d{1,2})/(?P<mo2>\d{1,2})/(?P<y2>\d{4})(?:\s*[,|-]?\s*(?P<h2>\d{1,2}):(?P<mi2>\d{2})(?::\d{2})?"
    # "18/04/2023 4:15:55 CH": the Vietnamese afternoon mark (SA sáng, CH chiều) after the time (real-text audit r60)
    r"(?:[ ](?:SA|(?P<pm>CH))\b)?"
    rf"(?![ ]?[AaPp][Mm]\b)(?:[ ](?P<section>[{_CAP}][{_LOW}]+(?:[ ][{_LOW}]+){{0,3}}))?)?"
    # "03 Tháng Ba 2023 8:45:00 SA": the month as a word (report_meta.json month_words), always with the time
    # (a SharePoint portal's stamp, real-text audit r58)
    rf"|(?P<d4>\d{{1,2}})[ ](?i:tháng)[ ](?P<mo4>{_words_alternation(list(_MONTH_WORDS))}),?[ ](?P<y4>\d{{4}}),?[ ]"
    r"(?P<h4>\d{1,2}):(?P<mi4>\d{2})(?::\d{2})?(?:[ ](?:SA|(?P<pm4>CH))\b)?"
    # "Thứ ba, ngày 24 tháng 1 năm 2023 | 10:31": a weekday, the date written out, maybe the time (real-text audit
    # r75); the weekday first, so a document's "Hà Nội, ngày 24 tháng 1 năm 2023" is none
    rf"|{_WEEKDAY},?\s*(?i:ngày)\s+(?P<d5>\d{{1,2}})\s+(?i:tháng)\s+(?P<mo5>\d{{1,2}})\s+(?i:năm)\s+(?P<y5>\d{{4}})"
    r"(?:\s*[,|-]\s*(?P<h5>\d{1,2}):(?P<mi5>\d{2}))?"
    # "2025-07-17 15:10:00.0": an ISO stamp, its seconds with a fraction (real-text audit r36)
    r"|(?P<y3>(?:19|20)\d{2})-(?P<mo3>\d{2})-(?P<d3>\d{2})(?:[ T](?P<h3>\d{1,2}):(?P<mi3>\d{2})(?::\d{2}(?:\.\d{1,6})?)?"
    # "2025-09-27 Chính trị": the ISO date, then the site's section (real-text audit r54)
    rf"|[ ](?P<section3>[{_CAP}][{_LOW}]+(?:[ ][{_LOW}]+){{0,3}}))?)"
    # "14:46'(GMT+7)": a minute mark before the zone (tuyengiao.vn); "… | Tác giả: … | Chuyên mục: …" may follow
    r"'?\s*(?:\(GMT[^)]*\)|\[GMT[^\]]*\]|GMT\S*)?(?:\s*\|.*)?"
    r"(?:\s+(?i:lượt xem|lượt đọc)\s*:?\s*[\d.]+)?$"  # "Cập nhật: 20/03/2025 09:12   Lượt xem: 235"
)


_DIGIT = re.compile(r"\d")
# every form of TIMESTAMP holds a digit, and the line's first one stands within 40 characters (the most
# text before the stamp), or 4 more when the stamp opens with a weekday written "thứ 2"; only a stamp
# opening with a weekday in words and "ngày" ("Thứ Sáu, ngày 23 tháng 08 …") puts it further on
_STAMP_DIGIT_BY = 40 + len("thứ ")


def stamp_match(s: str) -> re.Match[str] | None:
    """`TIMESTAMP.match`, skipping a line whose first digit rules it out (most prose lines): the pattern
    tries each of the 40 beginnings, each with all its forms, before it fails on such a line."""
    digit = _DIGIT.search(s)
    if digit is None:
        return None
    if digit.start() > _STAMP_DIGIT_BY and "ngày" not in s[: digit.start()].lower():
        return None
    return TIMESTAMP.match(s)


def stamp_parts(m: re.Match[str]) -> tuple[str, str, str, str | None, str | None]:
    """Day, month, year, hour and minute of a TIMESTAMP match, whichever of its forms matched."""
    g = m.groupdict()
    hour = g["h1"] or g["h2"] or g["h3"] or g["h4"] or g["h5"]
    if (g["pm"] or g["pm4"]) and hour is not None and int(hour) < 12:
        hour = str(int(hour) + 12)
    month = g["mo1"] or g["mo2"] or g["mo3"] or g["mo5"]
    if month is None and g["mo4"]:
        month = str(_MONTH_WORDS[" ".join(g["mo4"].lower().split())])
    return (
        g["d1"] or g["d2"] or g["d3"] or g["d4"] or g["d5"],
        month,
        g["y1"] or g["y2"] or g["y3"] or g["y4"] or g["y5"],
        hour,
        g["mi1"] or g["mi2"] or g["mi3"] or g["mi4"] or g["mi5"],
    )


NAME_WORD = rf"[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ][{_LOW}]*"


PERSON = re.compile(
    rf"^(?:(?:Ông|Bà|Đồng chí|TS\.|ThS\.)\s+)?(?P<name>{NAME_WORD}(?:\s+{NAME_WORD}){{1,5}})$"
)


@cache
def _ranked_person() -> re.Pattern[str]:
    """A signer's name after a military or police rank ("Đại tá Nguyễn Quốc Toản", report_meta.json
    "signer_ranks"): the rank is no part of the name."""
    ranks = sorted(vocab().cfg.get("signer_ranks", []), key=len, reverse=True)
    alt = "|".join(re.escape(r) for r in ranks) or "(?!)"
    return re.compile(rf"^(?i:{alt})\s+(?P<name>{NAME_WORD}(?:\s+{NAME_WORD}){{1,5}})$")


def person(s: str) -> re.Match[str] | None:
    return _ranked_person().match(s) or PERSON.match(s)


_NUMBER_WORD = re.compile("S[ốỐôo]")  # Số, SỐ, Sô or So opens every _NUMBER match (or "<type word> số:")


# a law states its date in its closing line when its header has none: "Luật này được Quốc hội …
# khóa XV, kỳ họp … thông qua ngày 18 tháng 01 năm 2024."
# the closing formula may be wrapped over lines ("Nghị quyết này đã được Hội đồng nhân dân tỉnh⏎Đồng Tháp
# khóa IX, kỳ họp thứ năm thông qua ngày …", real-text audit r44): it is searched near "thông qua ngày" only
# (or in figures, "… kỳ họp thứ 4 thông qua ngày 13/7/2017", real-text audit r77)
PASSED_ON = re.compile(
    r"(?<!\w)này[^.]{0,200}?thông qua ngày\s*(?:(?P<d>\d{1,2})\s*tháng\s*(?P<m>\d{1,2})\s*năm\s*"
    r"(?P<y>(?:19|20)\d{2})|(?P<dd>\d{1,2})/(?P<mm>\d{1,2})/(?P<yy>(?:19|20)\d{2}))"
)


# one of these is inside every _PLACE_DATE match; the telegram's hour ("Hà Nội, hồi 10 giờ 00 ngày …") is
# looked for only in a short line (a header's) that has "giờ": an optional group in the first pattern
# tripled its scan of every paragraph
_COMMA_NGAY = re.compile(r",\s*ng[àa]y")
_COMMA_HOUR_NGAY = re.compile(r",\s*h[ồo]i[^,\n]{1,24}?ng[àa]y")


WS_RUN = re.compile(r"\s+")


ODD_WS = re.compile(r"[^\S ]")  # whitespace other than a plain space


RULE_RUN = re.compile(r"[-_=*–—]{2,}")


def _type_word_before(s: str, at: int) -> bool:
    """Whether a type word ends just before `at` ("Nghị quyết số:"), not another word ("… của Thủ tướng
    Chính phủ số: 1521/QĐ-TTg" in a sentence: a cited document, never the own number; real-text audit r33)."""
    words = s[max(0, at - 48) : at].lower().split()
    if not words or words[-1] == "|":
        return True  # the line's or a table cell's first word
    types = reference_vocab().type_words  # the lower-case type words ("luật", "nghị quyết" …)
    return any(" ".join(words[-k:]) in types for k in (1, 2, 3) if len(words) >= k)


def number_search(s: str) -> re.Match[str] | None:
    """`_NUMBER.search`, skipping the scan of a line without the word that opens every match."""
    if _NUMBER_WORD.search(s) or "số:" in s or "số :" in s:  # "Luật số: 31/2024/QH15", "Nghị quyết số: …"
        m = _NUMBER.search(s)
        # the mid-line lower-case "số:" only after a type word
        while m is not None and m.start() > 0 and s.startswith("số", m.start()):
            if _type_word_before(s, m.start()):
                return m
            m = _NUMBER.search(s, m.end())
        return m
    return None


def place_date_search(s: str) -> re.Match[str] | None:
    """`_PLACE_DATE.search`, skipping the scan of a line without ', ngày'; a province's name typed
    with a word in lower case ("Lạng sơn, ngày 20 tháng 01 năm 2012") when it is one (r14)."""
    # both patterns hold "," and "ngày" (or "ngay"): a line without them (most) needs no regex scan
    if "," not in s or ("ngày" not in s and "ngay" not in s):
        return None
    if not _COMMA_NGAY.search(s) and not (len(s) < 300 and "giờ" in s and _COMMA_HOUR_NGAY.search(s)):
        return None
    m = _PLACE_DATE.search(s)
    if m is not None and m.start() > _PROSE_BEFORE and _prose_before(s[: m.start()]):
        return None
    loose = _PLACE_DATE_LOOSE.search(s) if m is None else None
    if loose is not None and province_lookup(loose.group("place")) is not None:
        return loose
    return m


# A place and date deep inside a line of prose is no header's: "… trong các Văn kiện Đại hội Đảng, ngày
# 24/1/2025, Bộ Chính trị ban hành …", a photo caption "… tại điểm cầu Thái Nguyên, ngày 02/7/2025"
# (real-text audit r36). A flattened header puts only its cells before it: the organ, the national name
# and motto, the number line.
_PROSE_BEFORE = 100


def _prose_before(prefix: str) -> bool:
    """`prefix` (over _PROSE_BEFORE characters before a place and date on one line) is prose: no number
    line, no national name, and mostly lower-case words."""
    if may_be_national(prefix) or number_search(prefix) is not None:
        return False
    words = prefix.split()
    return sum(1 for w in words if w[:1].islower()) * 2 > len(words)


# --- shared by several readers ---------------------------------------------------------------


@dataclass(slots=True)
class ParseState:
    """What one reader leaves for the next: where the title is."""

    title_span: tuple[int, int] | None = None  # offsets of the title in the text
    title_inline: tuple[int, int] | None = None  # heading line that also carries the title
    gazette_issuer: str | None = None  # the issuer the Gazette's heading names ("CỦA BỘ THỦY SẢN SỐ …")


def iso_date(d: str | None, m: str | None, y: str, warnings: list[str], what: str) -> str:
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


def type_from_symbol(symbol: str) -> str | None:
    v = vocab()
    if "/" in symbol and not re.match(r"^(?:19|20)\d{2}/", symbol):  # Party: KL/TW
        code = symbol.split("/", 1)[0]
        return v.party_codes.get(code) or v.type_codes.get(code)
    code = symbol.split("/")[-1].split("-", 1)[0]
    if code in v.type_codes:
        return v.type_codes[code]
    return v.no_code_type if "-" in symbol else None


def issuer_code(symbol: str) -> str | None:
    v = vocab()
    if "/" in symbol and not re.match(r"^(?:19|20)\d{2}/", symbol):
        rest = symbol.split("/", 1)[1]
    else:
        parts = symbol.split("/")[-1].split("-")
        rest = "-".join(parts[1:]) if parts[0] in v.type_codes else "-".join(parts)
    code = rest.split("-")[0] if rest else None
    return code or None


# "CỘNG HỊA": a PDF font whose text layer maps "ò" to "ị" (with "phịng", "cơng", "tồn quốc" in the body;
# real-text audit r30)
NATIONAL = re.compile(
    r"(?i)c[ộo]ng\s+h[òoị][àa]?\s+x[ãa]\s+h[ộo]i\s+ch[ủu]\s+ngh[ĩi]a\s+vi[ệe]t\s+nam"
    r"|đ[ộo]c\s+l[ậa]p\s*[-–—]\s*t[ựu]\s+do\s*[-–—]\s*h[ạa]nh\s+ph[úu]c"
    r"|đ[ảa]ng\s+c[ộo]ng\s+s[ảa]n\s+vi[ệe]t\s+nam"
)


# the national name word by word, without marks: a header line that is only its head ("CỘNG HÒA XÃ HỘI
# CHỦ") or its tail ("NGHĨA VIỆT NAM") is the name wrapped over two lines (real-text audit r20)
_NATIONAL_WORDS = ("cong", "hoa", "xa", "hoi", "chu", "nghia", "viet", "nam")
_MARKS = str.maketrans("ộòàãộủĩệọđị", "ooaaouieodo")  # "HỊA": the font above


def national_part(s: str) -> bool:
    """`s` (an upper-case header line, spaces collapsed) is the national name's head ("CỘNG" alone,
    "CỘNG⏎HÒA XÃ HỘI …" in a scraped table cell, real-text audit r15; or more words), or its tail of three
    words or more: the name wrapped over two lines."""
    if len(s) > 40 or not s:
        return False
    words = tuple(s.lower().translate(_MARKS).split(" "))
    n = len(words)
    return words == _NATIONAL_WORDS[:n] or (3 <= n < 8 and words == _NATIONAL_WORDS[-n:])


_PHUC_LOWER, _PHUC_UPPER_U = "phúc".encode(), "phÚc".encode()


def may_be_national(s: str) -> bool:
    """Every NATIONAL match ends in 'nam' or 'phúc'/'phuc' (any case): a cheap test first."""
    if len(s) > 300:
        # a long line: its UTF-8 lower-cased as ASCII is twice as fast as str.lower, and the same
        # test (only "A-Z" and "Ú" lower-case to these letters; multi-byte sequences hold no ASCII)
        b = s.encode("utf-8", "surrogatepass").lower()
        return b"nam" in b or b"phuc" in b or _PHUC_LOWER in b or _PHUC_UPPER_U in b
    low = s.lower()
    return "nam" in low or "phúc" in low or "phuc" in low


def national_search(s: str) -> re.Match[str] | None:
    return NATIONAL.search(s) if may_be_national(s) else None


# the administrative levels a header names a unit by, upper case ("XÃ" and "TP." are added where they apply)
LEVEL_WORDS = "THÀNH PHỐ|THỊ TRẤN|THỊ XÃ|PHƯỜNG|HUYỆN|QUẬN|TỈNH"
LEVEL_RE = re.compile(
    # "TP.HỒ CHÍ MINH": the abbreviation glued to the name it abbreviates the level of (real-text audit r14)
    rf"\b({LEVEL_WORDS}|XÃ(?! HỘI\b)|TP\.)(?:\s+|(?<=\.)(?=\w))(?![ỦU][YỶ]\s)(.+)$"
)


CLOSING_FIRST = ("t", "T")


CLOSING_HEAD = re.compile(r"(?i)^trên đây là\b")


RULE_LINE = re.compile(r"[-_=*.…~–—\s]+")


KINH_GUI_HEAD = re.compile(r"(?i)^kính gửi")


@cache
def heading_names() -> frozenset[str]:
    return frozenset(h for h, _ in vocab().headings)
