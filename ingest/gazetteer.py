"""Gazetteers of named laws, provinces and issuing bodies, and fast matching of them in text.

The data lives in `ingest/data/{laws,provinces,bodies}.json` (sources in `ingest/data/SOURCES.md`) and is
loaded once. Matching in running text uses one Aho-Corasick automaton per gazetteer over a *match form*
of the text: lower-cased, with every whitespace character turned into a space, dashes unified and "ð"
(casefolded "Ð", often typed for "Đ") turned into "đ". Every one of these steps maps one character to
one character, so offsets in the match form are offsets in the original text. Both Vietnamese tone-mark
placements ("Khánh Hòa" / "Khánh Hoà", "Ủy ban" / "Uỷ ban") are added as keys.

Matches are word-bounded and leftmost-longest. `fold()` is the diacritic-insensitive form used for
tolerant look-ups by name (and by the API's search).
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date as _date
from functools import cache, lru_cache
from typing import Any

import ahocorasick

from ingest.vocab import load_data

__all__ = [
    "LawMatch",
    "bodies",
    "body_by_code",
    "body_by_name",
    "choose_version",
    "find_bodies",
    "find_bodies_and_provinces",
    "find_law_names",
    "find_provinces",
    "fold",
    "laws",
    "province",
    "province_by_name",
    "provinces",
    "successor",
]

# ---------------------------------------------------------------------------------------------------------
# text forms


_FOLD_EXTRA = str.maketrans({"đ": "d", "Đ": "d", "Ð": "d", "ð": "d"})


@lru_cache(maxsize=1 << 12)  # pure; asked for the same names (issuers, bodies) again and again
def fold(s: str) -> str:
    """Diacritic-insensitive, case-insensitive form: "Đắk Lắk" -> "dak lak", "Ủy ban" -> "uy ban"."""
    decomposed = unicodedata.normalize("NFD", s.translate(_FOLD_EXTRA))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


# one character -> one character replacements applied to the casefolded text (str.replace is a fast scan)
_ONE_FOR_ONE = (
    ("\n", " "),
    ("\r", " "),
    ("\t", " "),
    ("\xa0", " "),
    ("\u202f", " "),
    ("\u2009", " "),
    ("\u200b", " "),
    ("\x0b", " "),
    ("\x0c", " "),
    ("–", "-"),
    ("—", "-"),
    ("‐", "-"),
    ("‑", "-"),
    ("ð", "đ"),
)


def match_form(text: str, lowered: str | None = None) -> str:
    """Lower-cased copy of `text` with the same length (offsets map 1:1); see the module docstring.
    `lowered` is `text.lower()` when the caller has it already."""
    if not isinstance(text, str):
        raise TypeError(f"expected text (str), got {type(text).__name__}")
    f = text.lower() if lowered is None else lowered  # same as casefold() for Vietnamese, twice as fast
    if len(f) != len(text):  # a character such as "İ" expands: keep those as they are
        f = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    for old, new in _ONE_FOR_ONE:
        if old in f:
            f = f.replace(old, new)
    return f


# Old ("hoà", "thuỷ") and new ("hòa", "thủy") tone placement in open syllables ending in oa/oe/uy.
_TONED = {"a": "àáảãạ", "e": "èéẻẽẹ", "y": "ỳýỷỹỵ"}
_TONED_BASE = {"o": "òóỏõọ", "u": "ùúủũụ"}
_OLD_TO_NEW: dict[str, str] = {}
for _first, _second in (("o", "a"), ("o", "e"), ("u", "y")):
    for _i in range(5):
        _OLD_TO_NEW[_first + _TONED[_second][_i]] = _TONED_BASE[_first][_i] + _second
_NEW_TO_OLD = {v: k for k, v in _OLD_TO_NEW.items()}


def _syllable_variants(syl: str) -> set[str]:
    out = {syl}
    for table in (_OLD_TO_NEW, _NEW_TO_OLD):
        tail = syl[-2:]
        if tail in table and syl[-3:-2] != "q":  # "quý" keeps its mark on y in both styles
            out.add(syl[:-2] + table[tail])
    return out


def _key_variants(key: str) -> set[str]:
    """All tone-placement spellings of a (match-form) key."""
    parts = [sorted(_syllable_variants(s)) for s in key.split(" ")]
    return {" ".join(p) for p in itertools.product(*parts)}


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


def _bounded(text: str, start: int, end: int) -> bool:
    if start > 0 and _is_word_char(text[start - 1]) and _is_word_char(text[start]):
        return False
    return not (end < len(text) and _is_word_char(text[end]) and _is_word_char(text[end - 1]))


def _leftmost_longest(cands: list[tuple[int, int, Any]]) -> list[tuple[int, int, Any]]:
    cands.sort(key=lambda c: (c[0], c[0] - c[1]))
    out: list[tuple[int, int, Any]] = []
    last = -1
    for c in cands:
        if c[0] >= last:
            out.append(c)
            last = c[1]
    return out


def _automaton(items: list[tuple[str, Any]]) -> ahocorasick.Automaton:
    """Automaton over match-form keys (and their tone variants); a key seen twice keeps its first value."""
    a = ahocorasick.Automaton()
    for surface, value in items:
        for key in _key_variants(match_form(surface)):
            if key not in a:
                a.add_word(key, (len(key), value))
    a.make_automaton()
    return a


def _scan(a: ahocorasick.Automaton, text_f: str):
    """(start, end, value) for every key occurrence in the match-form text."""
    if len(a) == 0:
        return
    for end_idx, (length, value) in a.iter(text_f):
        yield end_idx + 1 - length, end_idx + 1, value


@cache
def _load(name: str) -> Any:
    return load_data(name)  # cached: the gazetteer rereads laws.json and provinces.json often


# ---------------------------------------------------------------------------------------------------------
# laws


@dataclass(slots=True)
class LawMatch:
    start: int
    end: int
    surface: str  # text[start:end], including a trailing "năm 2013" when present
    law: dict[str, Any]  # the laws.json entry
    year: int | None = None  # from "năm YYYY" / "YYYY" right after the name


def laws() -> list[dict[str, Any]]:
    return _load("laws.json")["laws"]


def _initials(name: str) -> str | None:
    """The initialism reports write for a law ("Luật Phòng, chống bạo lực gia đình" -> "Luật PCBLGĐ",
    as the curated "Luật TTATGTĐB", "Luật PCTN"): None for other kinds, amending laws and initialisms
    shorter than three letters ("Luật ĐT" would be two laws)."""
    words = re.findall(r"[^\W\d_]+", name)
    if len(words) < 4 or words[0] != "Luật" or "sửa" in words:
        return None
    # the bare letter of each syllable ("án" -> "A", "Ủy" -> "U"); "Đ" keeps its bar
    return "Luật " + "".join(unicodedata.normalize("NFD", w[0])[0].upper() for w in words[1:])


@cache
def _law_automaton() -> ahocorasick.Automaton:
    items = []
    for law in laws():
        for surface in (law["name"], *law.get("aliases", ())):
            items.append((surface, law))
    curated = list(items)
    # words a citation often drops ("… một số điều Luật X", without "của"; laws.json "derived_aliases"):
    # after every curated name, so a curated name spelled the same keeps its own law
    for dropped, kept in _load("laws.json").get("derived_aliases", {}).get("pairs", ()):
        items.extend(
            (surface.replace(dropped, kept), law) for surface, law in list(items) if dropped in surface
        )
    # derived initialisms, where no other law has the same one and no curated name or alias is it
    known = {fold(s) for s, _ in items}
    derived: dict[str, list[dict[str, Any]]] = {}
    for law in laws():
        if (short := _initials(law["name"])) is not None and fold(short) not in known:
            derived.setdefault(short, []).append(law)
    items.extend((short, found[0]) for short, found in derived.items() if len(found) == 1)
    # a name written without its commas ("Luật Quản lý sử dụng vốn nhà nước đầu tư vào sản xuất kinh
    # doanh tại doanh nghiệp", "Luật Phòng chống tham nhũng"; real-text audit r71): after every curated
    # name, so a curated name spelled the same keeps its own law
    named = list(items)
    items.extend((bare, law) for surface, law in named if (bare := _without_commas(surface)) is not None)
    # a name with two of its words glued where a page joined two lines ("Luật Tổ chức Quốchội", "Luật
    # Tổ chức chính quyền địa phương" as "…chính quyềnđịa phương"): after every real name, so a real
    # name that happens to be spelled the same keeps its own law (one slip at a time: never a name that
    # also lost its commas or words, whose variants of every long amending law's name would double the
    # automaton and the first extraction's set-up)
    items.extend((glued, law) for surface, law in curated for glued in _glued(surface))
    return _automaton(items)


def _without_commas(name: str) -> str | None:
    """`name` with its commas dropped ("Luật Phòng, chống tham nhũng" -> "Luật Phòng chống tham nhũng"),
    or None when it has none."""
    return " ".join(name.replace(",", " ").split()) if "," in name else None


def _glued(name: str) -> list[str]:
    """`name` with one of its spaces dropped, once for each space (names of three words or more)."""
    words = name.split(" ")
    if len(words) < 3:
        return []
    return [
        " ".join([*words[: i - 1], words[i - 1] + words[i], *words[i + 1 :]]) for i in range(1, len(words))
    ]


_YEAR_AFTER = re.compile(r" {1,3}(?:năm {1,3})?((?:19|20)\d\d)(?!\d)")
# "Luật Tổ chức Chính phủ sửa đổi 2025", "(sửa đổi) năm 2015": the revised law of that year
_REVISED_YEAR_AFTER = re.compile(
    r" {1,3}\(?sửa đổi(?:, bổ sung)?\)?(?:,? {1,3}(?:năm {1,3})?)((?:19|20)\d\d)(?!\d)"
)
# "pháp luật xử lý vi phạm hành chính" is the body of law, "kỷ luật viên chức" (disciplining public
# employees) and "kỷ luật công đoàn viên" are discipline: neither is the Luật of that name
_GENERIC_BEFORE = ("pháp ", "kỷ ")


def find_law_names(text: str, lowered: str | None = None) -> list[LawMatch]:
    """Laws, codes, ordinances and the Constitution cited by name in `text` (NFC), leftmost-longest.
    `lowered` is `text.lower()` when the caller has it already (same length)."""
    text_f = match_form(text, lowered)
    cands = []
    for start, end, law in _scan(_law_automaton(), text_f):
        if not _bounded(text_f, start, end) and not _after_item_number(text, text_f, start, end):
            continue
        if any(text_f.endswith(g, 0, start) for g in _GENERIC_BEFORE):
            continue
        cands.append((start, end, law))
    out = []
    for start, end, law in _leftmost_longest(cands):
        year = None
        m = _YEAR_AFTER.match(text_f, end)
        if m is None:
            m = _REVISED_YEAR_AFTER.match(text_f, end)
            if m is not None and not any(v.get("year") == int(m.group(1)) for v in law.get("versions", ())):
                # "Luật Ban hành văn bản quy phạm pháp luật sửa đổi 2020" (a legal database's list of
                # related documents): the law amending it that year, when the gazetteer knows one
                amending = _amending_law_of(law["name"])
                if amending is not None and any(
                    v.get("year") == int(m.group(1)) for v in amending["versions"]
                ):
                    law = amending
                else:
                    m = None  # "sửa đổi năm 2020": an amending law of that year, no version of this one
        if m:
            year, end = int(m.group(1)), m.end()
        out.append(LawMatch(start, end, text[start:end], law, year))
    return out


_AMENDING_OF = "luat sua doi, bo sung mot so dieu cua "


@cache
def _amending_laws_all() -> tuple[tuple[str, dict[str, Any]], ...]:
    """Every amending law of the gazetteer with the folded list of what it amends."""
    out: list[tuple[str, dict[str, Any]]] = []
    for law in laws():
        name = fold(law["name"])
        if name.startswith(_AMENDING_OF):
            out.append((name[len(_AMENDING_OF) :], law))
    return tuple(out)


@cache
def _amending_laws() -> dict[str, dict[str, Any]]:
    """The gazetteer's amending laws by the folded name of the one law each amends ("Luật sửa đổi, bổ sung
    một số điều của Luật Xây dựng" under "luat xay dung"), built once."""
    out: dict[str, dict[str, Any]] = {}
    for inner, law in _amending_laws_all():
        out.setdefault(inner, law)
    return out


def _amending_law_of(name: str) -> dict[str, Any] | None:
    return _amending_laws().get(fold(name))


def amending_law_dated(name: str, date: str) -> str | None:
    """The number of the one amending law the gazetteer dates `date` whose list of amended laws opens as
    `name` does ("Luật sửa đổi, bổ sung một số điều của Luật Chứng khoán, Luật Kế toán, …" of 29/11/2024, its
    list written with a short or misspelt name, so that the whole name matches no entry; real-text audit
    r53): only the first listed law is compared, the stated date decides."""
    key = fold(name)
    if not key.startswith(_AMENDING_OF):
        return None
    first = key[len(_AMENDING_OF) :].split(",")[0].split(" va ")[0].strip()
    if not first:
        return None
    found = {
        v["number_symbol"]
        for inner, law in _amending_laws_all()
        if inner.startswith(first) and inner[len(first) : len(first) + 1] in ("", ",", " ")
        for v in law.get("versions") or ()
        if v.get("date") == date and v.get("number_symbol")
    }
    return found.pop() if len(found) == 1 else None


def _item_number_before(text_f: str, start: int) -> bool:
    """A list item's or footnote's number glued to the name ("- 2Luật tổ chức chính quyền địa phương
    2015", a legal database's list of related documents): digits right before `start`, opening a word."""
    i = start
    while i > 0 and text_f[i - 1].isdigit():
        i -= 1
    return 0 < start - i <= 2 and (i == 0 or not _is_word_char(text_f[i - 1]))


def _after_item_number(text: str, text_f: str, start: int, end: int) -> bool:
    """The name is bounded at its end and opens with a capital right after an item number (real-text
    audit r8)."""
    return (
        text[start].isupper()
        and _item_number_before(text_f, start)
        and not (end < len(text_f) and _is_word_char(text_f[end]) and _is_word_char(text_f[end - 1]))
    )


def _as_day(date: str) -> str:
    """A comparable ISO day for "2021-11-26", "2020-07" (mid-month) or "2020" (mid-year)."""
    if len(date) == 4:
        return date + "-07-01"
    if len(date) == 7:
        return date + "-15"
    return date[:10]


def _in_force(versions: list[dict[str, Any]], day: str) -> dict[str, Any] | None:
    found = None
    for v in versions:
        start = v.get("effective") or v.get("date")
        if start is None:  # only the year is known
            if int(day[:4]) == v["year"]:
                return None  # cannot tell whether this version already applied
            if int(day[:4]) < v["year"]:
                continue
            start = ""
        if start <= day and (v.get("until") is None or day <= v["until"]):
            found = v
    return found


def choose_version(
    law: dict[str, Any], citing_date: str | None, year: int | None, stated: str | None = None
) -> dict[str, Any] | None:
    """The version of `law` meant by a citation: the one passed on the `stated` day ("Luật Tổ chức chính
    quyền địa phương ngày 16 tháng 6 năm 2025"), else the one of `year` when a year is cited ("Luật Đất
    đai năm 2013"), else the one in force on `citing_date` (ISO, possibly "YYYY-MM") - or the first
    version when it was adopted but not yet in force then; the only version when there is one and nothing
    else is known; None when it cannot be determined."""
    versions = sorted(law.get("versions", ()), key=lambda v: v["year"])
    if not versions:
        return None
    if stated:
        same_day = [v for v in versions if v.get("date") == stated]
        if len(same_day) == 1:
            return same_day[0]
    if year is not None:
        exact = [v for v in versions if v["year"] == year]
        if len(exact) == 1:
            return exact[0]
        if exact:  # two versions in one year: the one in force at the citing date, if known
            return _in_force(exact, _as_day(citing_date)) if citing_date else None
        # a year with no version of its own is usually an amendment year: the version then in force
        return _in_force(versions, f"{year}-12-31")
    if citing_date:
        day = _as_day(citing_date)
        found = _in_force(versions, day)
        first = versions[0]
        if (
            found is None
            and first.get("date")
            and first["date"] <= day < (first.get("effective") or first["date"])
        ):
            return first  # adopted, not yet in force, and no earlier version: the law cited is this one
        return found
    return versions[0] if len(versions) == 1 else None


def revised_version(law: dict[str, Any], citing_date: str | None, within_days: int) -> dict[str, Any] | None:
    """The version of `law` a text means by "Luật X (sửa đổi)" when X was revised lately: the newest one
    adopted on or before `citing_date` and at most `within_days` before it ("Luật Bảo hiểm xã hội (sửa
    đổi)" in December 2024 is 41/2024/QH15, passed in June, while 58/2014/QH13 is still in force); None
    when no version was adopted in that time - the words then name a bill."""
    if not citing_date:
        return None
    day = _date.fromisoformat(_as_day(citing_date))
    adopted = [
        v
        for v in law.get("versions", ())
        if v.get("date") and 0 <= (day - _date.fromisoformat(v["date"])).days <= within_days
    ]
    return max(adopted, key=lambda v: v["date"]) if adopted else None


def adopted_after(law: dict[str, Any], citing_date: str | None) -> bool:
    """Every version of `law` was adopted after `citing_date` (each date known): in that text the law is
    still a bill ("… cho ý kiến lần đầu (… Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ)" in July 2024)."""
    versions = law.get("versions", ())
    if not citing_date or not versions:
        return False
    day = _as_day(citing_date)
    return all(v.get("date") and v["date"] > day for v in versions)


# ---------------------------------------------------------------------------------------------------------
# provinces


def provinces() -> list[dict[str, Any]]:
    """All 64 entries: the 63 units before 2025-07-01 and the 34 after (33 of them continue a name)."""
    return _load("provinces.json")["provinces"]


@cache
def _province_index() -> dict[str, dict[str, Any]]:
    return {p["key"]: p for p in provinces()}


def province(key: str) -> dict[str, Any] | None:
    return _province_index().get(key)


_UNIT_PREFIX = re.compile(r"^(?:(?:tinh|thanh pho|tp|thu do)(?: |$))+")


def _plain_key(s: str) -> str:
    """`s` folded, each run of other characters than ASCII letters and digits one space."""
    return re.sub(r"[^0-9a-z]+", " ", fold(s)).strip()


@lru_cache(maxsize=1 << 12)  # pure; asked for the same few names in every document
def _name_key(s: str) -> str:
    return _UNIT_PREFIX.sub("", _plain_key(s))


@cache
def _province_names() -> dict[str, dict[str, Any]]:
    index: dict[str, dict[str, Any]] = {}
    for p in provinces():
        for s in (p["name"], p["full_name"], p["key"], *p.get("aliases", ())):
            k = _name_key(s)
            other = index.setdefault(k, p)
            if other is not p:
                raise ValueError(f"provinces.json: {s!r} names both {other['key']} and {p['key']}")
    return index


def province_by_name(name: object) -> dict[str, Any] | None:
    """Tolerant look-up: "tỉnh An Giang", "TP. Hồ Chí Minh", "an giang", "Thua Thien Hue", "ho-chi-minh"."""
    if not isinstance(name, str) or not name.strip():
        return None
    return _province_names().get(_name_key(name))


def successor(key: str) -> dict[str, Any]:
    """The unit (one of the 34 from 2025-07-01) that `key` is or became part of."""
    p = province(key)
    if p is None:
        raise KeyError(f"unknown province key {key!r}")
    return province(p["successor"]) if p.get("successor") else p  # type: ignore[return-value]


@cache
def _context(name: str) -> frozenset[str]:
    return frozenset(_load("provinces.json")["context"][name])


def _proper(surface: str) -> bool:
    """Every word of the name (after a leading "thành phố"/"tỉnh") starts with a capital letter."""
    words = surface.split()
    while words and words[0].casefold() in _context("unit_words"):
        words = words[1:]
    return bool(words) and all(not w[0].isalpha() or w[0].isupper() for w in words)


def _part_of_longer_name(prev: str) -> bool:
    """A capitalised word right before the name makes it part of a longer proper name: "Nguyễn Bình
    Định" (a person), "Báo An Giang" (a newspaper). Unit words, acronyms ("UBND An Giang") and
    sentence-initial function words ("Tại An Giang") do not."""
    return (
        prev.isalpha()
        and prev[0].isupper()
        and not prev.isupper()
        and prev.casefold() not in _context("unit_words")
        and prev.casefold() not in _context("capitalised_words_before_a_name")
    )


@cache
def _province_automaton() -> ahocorasick.Automaton:
    items = []
    for p in provinces():
        if p.get("match_bare_name", True):
            items.append((p["name"], p))
        items.extend((a, p) for a in p.get("aliases", ()))
    return _automaton(items)


def _province_matches(text: str, text_f: str) -> list[tuple[int, int, dict[str, Any]]]:
    cands = []
    for start, end, p in _scan(_province_automaton(), text_f):
        if not _bounded(text_f, start, end) or not _proper(text[start:end]):
            continue
        before = text[max(0, start - 14) : start]
        words = before.split()
        if words and words[-1].casefold() in _context("not_after"):
            continue
        if before.endswith(" ") and words and _part_of_longer_name(words[-1]):
            continue
        cands.append((start, end, p))
    return _leftmost_longest(cands)


def find_provinces(text: str) -> list[tuple[int, int, dict[str, Any]]]:
    """Provinces named in `text` (capitalised names; not after "huyện", "xã", "sông" ...)."""
    return _province_matches(text, match_form(text))


# ---------------------------------------------------------------------------------------------------------
# bodies


def bodies() -> dict[str, list[dict[str, Any]]]:
    """{"central": [...], "local": [...]} as in bodies.json."""
    data = _load("bodies.json")
    return {"central": data["central"], "local": data["local"]}


def _local_body(pattern: dict[str, Any], prov: dict[str, Any] | None) -> dict[str, Any]:
    body = {k: v for k, v in pattern.items() if k not in ("aliases", "display", "bare", "prefix")}
    body["pattern"] = pattern["prefix"]
    body["province"] = prov["key"] if prov else None
    if prov is None:
        body["key"] = pattern["prefix"]
        return body
    body["key"] = f"{pattern['prefix']}:{prov['key']}"
    name, short_name = pattern["name"], pattern["short_name"]
    if is_city(prov):  # "Thành ủy Hà Nội", "Ban Thường vụ Thành ủy Hải Phòng", "Công an thành phố Hà Nội"
        words = _load("bodies.json")["city_names"]["words"]
        name, short_name = _city_words(name, words), _city_words(short_name, words)
    body["name"] = pattern["display"].format(name=name, province=prov["name"], full_name=prov["full_name"])
    short = pattern["display"].replace("{name}", "{short}")
    body["short_name"] = short.format(short=short_name, province=prov["name"], full_name=prov["full_name"])
    return body


def _city_words(name: str, words: dict[str, str]) -> str:
    """`name` with each whole word or phrase of `words` replaced (longest first)."""
    for old in sorted(words, key=len, reverse=True):
        name = re.sub(rf"(?<!\w){re.escape(old)}(?!\w)", words[old], name)
    return name


@cache
def _city_committee() -> tuple[str, str]:
    """("Tỉnh ủy", "Thành ủy"): a province's Party committee and its name in a centrally-run city
    (bodies.json city_names)."""
    d = _load("bodies.json")["city_names"]
    return d["committee"], d["words"][d["committee"]]


def is_city(prov: dict[str, Any]) -> bool:
    """A province that is a centrally-run city ("thành phố Hải Phòng"), not a "tỉnh"."""
    return _CITY_WORD.match(fold(prov["full_name"]) + " ") is not None


def names_city_committee(name: str) -> bool:
    """A body's name written with the city committee's word ("Ban Thường vụ Thành ủy", "BTV Thành ủy")."""
    return f" {fold(_city_committee()[1])} " in f" {_plain_key(name)} "


@cache
def _city_unit_word() -> str:
    """ "thanh pho": the unit word a centrally-run city's bodies carry for "tỉnh" (bodies.json city_names)."""
    return fold(_load("bodies.json")["city_names"]["words"]["tỉnh"])


def ends_in_city_unit(name: str) -> bool:
    """A local body's name ending in the bare city word, no name after it ("Ủy ban nhân dân thành phố"):
    in a province that is a "tỉnh", one of its cities (real-text audit r67)."""
    word = _city_unit_word()
    return len(name) > len(word) and fold(name).endswith(" " + word)


@cache
def _code_index() -> dict[str, dict[str, Any]]:
    index: dict[str, dict[str, Any]] = {}
    data = bodies()
    for b in data["central"]:
        if b.get("code") and (b["code"] not in index or b.get("default_for_code")):
            index[b["code"]] = b
    for p in data["local"]:
        if p.get("code"):
            index.setdefault(p["code"], _local_body(p, None))
    return index


def body_by_code(code: object) -> dict[str, Any] | None:
    """The body an issuer code stands for ("TTg", "BNV", "UBND" → the provincial pattern, "TW" → Ban
    Chấp hành Trung ương). Tolerates case and "Ð" for "Đ"."""
    if not isinstance(code, str):
        return None
    code = code.strip().replace("Ð", "Đ")
    index = _code_index()
    if code in index:
        return index[code]
    upper = {k.upper(): v for k, v in index.items()}
    return upper.get(code.upper())


@cache
def _body_names() -> tuple[dict[str, dict[str, Any]], list[tuple[str, dict[str, Any]]]]:
    central: dict[str, dict[str, Any]] = {}
    for b in bodies()["central"]:
        for s in (b["name"], b["short_name"], *b.get("aliases", ())):
            central.setdefault(_name_key(s), b)
    heads = []
    for p in bodies()["local"]:
        for s in (p["name"], p["short_name"], *p.get("aliases", ())):
            heads.append((_plain_key(s), p))
    heads.sort(key=lambda h: -len(h[0]))
    return central, heads


@cache
def _heads_by_first_word() -> dict[str, list[tuple[str, dict[str, Any]]]]:
    """The local bodies' name heads of `_body_names` grouped by their first word, longest first as
    there: a head can only begin a key that begins with the head's first word."""
    out: dict[str, list[tuple[str, dict[str, Any]]]] = {}
    for head, pattern in _body_names()[1]:
        out.setdefault(head.split(" ", 1)[0], []).append((head, pattern))
    return out


def _local_heads(key: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """The local bodies' name heads that the folded name `key` is or begins with, longest first."""
    for head, pattern in _heads_by_first_word().get(key.split(" ", 1)[0], ()):
        if key == head or key.startswith(head + " "):
            yield head, pattern


def body_by_name(name: str) -> dict[str, Any] | None:
    """Tolerant look-up of a body by name: "Bộ Nội vụ", "bo noi vu", "UBND tỉnh An Giang",
    "Ủy ban nhân dân tỉnh Bắc Giang", "Sở Nội vụ" (a provincial body with province None)."""
    if not isinstance(name, str) or not name.strip():
        return None
    found = _body_named(name)
    if found is None:
        return None
    local, body = found
    return dict(body) if local else body  # a provincial body is a new dict for each caller, as built


def local_body_codes(name: str) -> tuple[str, ...]:
    """The symbol codes of the local body `name` names, at any level ("UBND huyện", "Sở Tài chính tỉnh
    X"; bodies.json code and also_codes): none for a central body or a name no local body's head begins
    (real-text audit r67)."""
    found = _body_named(name) if name.strip() else None
    body: dict[str, Any] | None = None
    if found is not None:
        body = found[1] if found[0] else None
    else:  # a head with a rest that names no province ("UBND huyện X"): the head's body
        body = next((pattern for _, pattern in _local_heads(_plain_key(name))), None)
    if body is None or not body.get("code"):
        return ()
    return (str(body["code"]), *body.get("also_codes", ()))


@lru_cache(maxsize=1 << 12)  # pure; the same issuer names recur all through a corpus
def _body_named(name: str) -> tuple[bool, dict[str, Any]] | None:
    """(provincial?, body) of `body_by_name`."""
    central, _ = _body_names()
    key = _plain_key(name)
    for head, pattern in _local_heads(key):
        rest = key[len(head) :].strip()
        if not rest:
            return True, _local_body(pattern, None)
        prov = province_by_name(rest)
        if prov is not None and _city_of_a_province(rest, prov):
            continue  # "UBND thành phố Yên Bái": the province's city (district level), not the province
        if prov is not None and not is_city(prov) and names_city_committee(head):
            # "Thành ủy Ninh Bình": the committee of the city of Ninh Bình, not the Tỉnh ủy: a Party
            # committee of no province's (it numbers its documents …/TU too)
            return True, _local_body(pattern, None)
        if prov is not None:
            return True, _local_body(pattern, prov)
        if _name_key(rest) == "":  # only a unit word: "UBND tỉnh"
            return True, _local_body(pattern, None)
    key = _name_key(name)
    body = central.get(key)
    if body is None and " " in key:
        # "Bộ Chínhtrị", "Ban chấp hànhTrung ương Đảng": a page that joined its lines glued two words of
        # the name; the name without its spaces is still one body's (real-text audit r21)
        body = _central_spaceless().get(key.replace(" ", ""))
    return None if body is None else (False, body)


@cache
def _central_spaceless() -> dict[str, dict[str, Any]]:
    """The central bodies' name keys without their spaces (names two bodies share are left out)."""
    out: dict[str, dict[str, Any]] = {}
    shared: set[str] = set()
    for k, b in _body_names()[0].items():
        k = k.replace(" ", "")
        if out.setdefault(k, b) is not b:
            shared.add(k)
    return {k: b for k, b in out.items() if k not in shared}


_CITY_WORD = re.compile(r"^(?:thanh pho|tp) ")


def _city_of_a_province(key: str, prov: dict[str, Any]) -> bool:
    """A folded "thành phố X" naming a province that is not itself a city ("thanh pho yen bai"): the city
    that was the seat of province X, a unit of the district level, not the province."""
    return _CITY_WORD.match(key) is not None and _CITY_WORD.match(fold(prov["full_name"])) is None


def _acronym(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return len(s.split()) == 1 and bool(letters) and all(c.isupper() for c in letters)


@cache
def _body_automaton() -> ahocorasick.Automaton:
    items: list[tuple[str, Any]] = []
    data = bodies()
    for b in data["central"]:
        items.extend(
            (s, ("central", b, s if _acronym(s) else None)) for s in (b["name"], *b.get("aliases", ()))
        )
    for p in data["local"]:
        items.extend(
            (s, ("local", p, s if _acronym(s) else None)) for s in (p["name"], *p.get("aliases", ()))
        )
    return _automaton(items)


_UNIT_AFTER = re.compile(r" {1,3}(tỉnh|thành phố|tp\.|tp)(?![\w])")


def find_bodies(text: str) -> list[tuple[int, int, dict[str, Any]]]:
    """Issuing bodies named in `text`: central ones ("Bộ Nội vụ", "Thủ tướng Chính phủ") and bodies of a
    province ("UBND tỉnh An Giang", "Sở Nội vụ tỉnh Bắc Giang", "Tỉnh ủy An Giang"). A provincial body
    named without its province has province None; "UBND" alone or of a district is not reported."""
    if not isinstance(text, str) or len(text) > _SHORT_TEXT:
        return find_bodies_and_provinces(text)[0]
    # a short text (an issuer's name, a part of one) is asked about again and again: its scan is
    # cached, and a provincial body is still a new dict for each caller, as when it is built
    central = _central_ids()
    return [(s, e, b if id(b) in central else dict(b)) for s, e, b in _bodies_in_short_text(text)]


_SHORT_TEXT = 200


@lru_cache(maxsize=1 << 12)
def _bodies_in_short_text(text: str) -> tuple[tuple[int, int, dict[str, Any]], ...]:
    return tuple(find_bodies_and_provinces(text)[0])


@cache
def _central_ids() -> frozenset[int]:
    """The identities of the central bodies' records, which find_bodies returns as they are."""
    return frozenset(id(b) for b in bodies()["central"])


def find_bodies_and_provinces(
    text: str,
) -> tuple[list[tuple[int, int, dict[str, Any]]], list[tuple[int, int, dict[str, Any]]]]:
    """`(find_bodies(text), find_provinces(text))` in one pass over the text."""
    text_f = match_form(text)
    prov_matches = _province_matches(text, text_f)
    prov_at = {s: (e, p) for s, e, p in prov_matches}
    cands: list[tuple[int, int, Any]] = []
    for start, end, (level, entry, exact) in _scan(_body_automaton(), text_f):
        if not _bounded(text_f, start, end) or not text[start].isupper():
            continue
        if exact is not None and (text[start:end] != exact or _in_symbol(text, start, end)):
            continue
        if level == "central":
            cands.append((start, end, entry))
            continue
        body_end, prov, unit = _local_tail(text, text_f, end, prov_at)
        if prov is not None or unit == "tỉnh":
            cands.append((start, body_end, _local_body(entry, prov)))
        elif entry.get("bare"):
            cands.append((start, end, _local_body(entry, None)))
    return _leftmost_longest(cands), prov_matches


def _in_symbol(text: str, start: int, end: int) -> bool:
    """An acronym that is part of a document symbol ("529/BC-UBND", "555/UBND-NC") is not a body mention."""
    return (start > 0 and text[start - 1] in "-/") or (end < len(text) and text[end] in "-/")


def _gap(text: str, a: int, b: int) -> bool:
    """The gap text[a:b] between a body's name and its unit stays within one paragraph."""
    return text.count("\n", a, b) <= 1


def _local_tail(text: str, text_f: str, end: int, prov_at: dict[int, tuple[int, dict[str, Any]]]):
    """What follows a local body's name: (end of the body, province or None, unit word or None)."""
    p = end
    while p < len(text_f) and p - end < 3 and text_f[p] == " ":
        p += 1
    if p > end and p in prov_at and _gap(text, end, p):  # "Tỉnh ủy An Giang", "UBND Thành phố Hồ Chí Minh"
        return prov_at[p][0], prov_at[p][1], None
    m = _UNIT_AFTER.match(text_f, end)
    if not m or not _gap(text, end, m.start(1)):
        return end, None, None
    q = m.end()
    while q < len(text_f) and q - m.end() < 3 and text_f[q] == " ":
        q += 1
    if q in prov_at and _gap(text, m.end(), q):
        return prov_at[q][0], prov_at[q][1], m.group(1)
    return m.end(), None, m.group(1)


def local_body(code: str, province_key: str) -> dict[str, Any] | None:
    """The provincial body a local issuer code stands for in a province ("UBND", "an-giang" → Ủy ban
    nhân dân tỉnh An Giang): the code's only pattern, or the one marked `default_for_code`."""
    prov = province(province_key)
    code = (code or "").strip().replace("Ð", "Đ")
    patterns = _local_patterns_by_code().get(code, ())
    if prov is None or not patterns:
        return None
    chosen = (
        patterns[0] if len(patterns) == 1 else next((p for p in patterns if p.get("default_for_code")), None)
    )
    return _local_body(chosen, prov) if chosen else None


def local_body_in(prefix: str, province_key: str) -> dict[str, Any] | None:
    """The body of the local pattern `prefix` ("ubnd", "tinh-uy") in a province."""
    prov = province(province_key)
    pattern = _local_pattern_by_prefix().get(prefix)
    return _local_body(pattern, prov) if pattern is not None and prov is not None else None


def is_local_code(code: str) -> bool:
    """Whether an issuer code names a provincial body ("UBND", "HĐND", "TU"), whatever the province."""
    return bool(_local_patterns_by_code().get((code or "").strip().replace("Ð", "Đ")))


@cache
def _local_patterns_by_code() -> dict[str | None, list[dict[str, Any]]]:
    """The local patterns of each issuer code, in the order of bodies.json."""
    out: dict[str | None, list[dict[str, Any]]] = {}
    for p in bodies()["local"]:
        out.setdefault(p.get("code"), []).append(p)
    return out


@cache
def _local_pattern_by_prefix() -> dict[str, dict[str, Any]]:
    """The first local pattern of each prefix, in the order of bodies.json."""
    out: dict[str, dict[str, Any]] = {}
    for p in bodies()["local"]:
        out.setdefault(p["prefix"], p)
    return out
