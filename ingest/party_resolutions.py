"""Party resolutions named by the meeting that adopted them, without a number: "Nghị quyết Đại hội
đại biểu toàn quốc lần thứ XIII của Đảng", "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX", "Nghị quyết
Trung ương 6 (khóa XII)". Each names one document (one per congress, per province, per plenum and
term), so it is a named reference with a canonical name (data: `party_resolutions.json`). A
provincial congress of no stated province takes the citing document's (`scope_congresses`, once the
metadata is read); a plenum with no stated term, or a provincial congress of no known province, stays
an explicit unresolved reference (UNSCOPED), never merged with another's."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache
from typing import Any

from ingest import gazetteer
from ingest.docx_numbering import roman
from ingest.models import Reference
from ingest.vocab import load_data

UNSCOPED = "Party resolution named without its province or term: not resolved"

# one space between the words of a name, or a line break where a title wraps
_S = r"[ \n]"
_NQ = rf"(?:Nghị{_S}quyết|NGHỊ{_S}QUYẾT|nghị{_S}quyết){_S}(?:(?i:của){_S})?"
_TERM = r"[IVXL]{1,6}"


# "Đại hội (đại biểu) toàn quốc lần thứ XIII của Đảng", "Đại hội Đảng toàn quốc lần thứ XIII",
# "Đại hội XIII của Đảng"; a provincial congress "Đại hội (đại biểu) Đảng bộ tỉnh (Bắc Giang) lần thứ XX"
# or "Đại hội tỉnh Đảng bộ lần thứ XX";
# last, a bare "Đại hội XIV" (group t4), kept only where the text names that national congress in full
@cache
def _national_parts() -> tuple[str, str]:
    """The national congress after "Đại hội (đại biểu)": "(Đảng) toàn quốc (lần thứ) XIII" or, with "đại biểu
    toàn quốc" abbreviated from the data, "ĐBTQ lần thứ XIII" (real-text audit r50) — group t1; "(lần thứ)
    XIII của Đảng", not "của Đảng bộ" — group t2."""
    abbr = sorted(_data().get("national_congress_abbreviations", ()), key=len, reverse=True)
    national = "|".join(re.escape(a) for a in abbr) or "(?!)"
    return (
        rf"(?:(?:(?i:đảng){_S})?(?i:toàn{_S}quốc)|{national}){_S}(?:(?i:lần{_S}thứ){_S})?(?P<t1>{_TERM})",
        rf"(?:(?i:lần{_S}thứ){_S})?(?P<t2>{_TERM}){_S}(?i:của){_S}(?i:đảng)(?!{_S}(?i:bộ)(?![^\W_]))",
    )


@cache
def _congress_re() -> re.Pattern[str]:
    full, of_party = _national_parts()
    return re.compile(
        rf"{_NQ}(?i:đại{_S}hội){_S}(?:(?i:đại{_S}biểu){_S})?(?:"
        rf"(?:(?i:lần{_S}thứ){_S})?(?P<t5>{_TERM}){_S}(?:(?i:của){_S})?(?i:đảng{_S}bộ){_S}"
        rf"(?P<level2>(?i:tỉnh|thành{_S}phố))(?:[ ](?P<place2>[A-ZĐ]\w*(?:[ ][A-ZĐ]\w*){{0,3}}))?(?![^\W_])"
        rf"|(?P<nat>{full}(?:{_S}(?i:của){_S}(?i:đảng))?|{of_party})(?![^\W_])"
        rf"|(?:(?i:đảng{_S}bộ){_S}(?P<level>(?i:tỉnh|thành{_S}phố))(?:[ ](?P<place>[A-ZĐ]\w*(?:[ ][A-ZĐ]\w*){{0,3}}))?"
        rf"|(?i:tỉnh|thành{_S}phố){_S}(?i:đảng{_S}bộ))"  # "Đại hội tỉnh Đảng bộ lần thứ XVII" (real-text audit r56)
        rf"{_S}(?i:lần{_S}thứ){_S}(?P<t3>{_TERM})(?![^\W_])"
        rf"|(?P<t4>{_TERM})(?![^\W_]))"
    )


# "Nghị quyết Trung ương 6 (khóa XII)", "Nghị quyết Hội nghị Trung ương 4 khóa XIII", "Nghị quyết TW4 khóa
# 11", "Nghị quyết Hội nghị lần thứ 7 Ban Chấp hành Trung ương Đảng khoá X", "… lần thứ Tám, Ban Chấp hành
# Trung ương": the term is read after the name (not part of its span); "Trung ương" abbreviated and the
# number as a word or an ordinal ("lần thứ sáu", "lần thứ tư") come from the data
_PLENUM_TERM = re.compile(
    rf"{_S}{{0,2}}(?:\(|,[ ]?)?[ ]?(?i:khóa|khoá)[ ](?P<term>{_TERM}|\d{{1,2}})(?![^\W_])"
)


@cache
def _plenum_re() -> re.Pattern[str]:
    d = _data()
    central = "|".join(
        re.escape(a) for a in sorted(d.get("central_committee_abbreviations", ()), key=len)[::-1]
    )
    central = rf"(?:(?i:trung{_S}ương)|{central})" if central else rf"(?i:trung{_S}ương)"
    words = sorted(d.get("plenum_number_words", {}), key=len, reverse=True)
    number = rf"(?P<n2>\d{{1,2}}|{'|'.join(words)})" if words else r"(?P<n2>\d{1,2})"
    return re.compile(
        rf"{_NQ}(?:(?:(?i:hội[ ]nghị)[ ])?{central}[ ]?(?P<n>\d{{1,2}})(?![\d/\w])"
        rf"|(?i:hội{_S}nghị){_S}(?:(?i:lần{_S}thứ){_S})?(?i:{number}),?{_S}(?:(?i:của){_S})?"
        rf"(?:(?i:ban{_S}chấp{_S}hành)|BCH){_S}{central}(?:{_S}(?i:đảng)(?!{_S}(?i:bộ)(?![^\W_])))?)(?![^\W_])"
    )


def _plenum_number(m: re.Match[str]) -> int:
    if m.group("n"):
        return int(m.group("n"))
    n = m.group("n2")
    return int(n) if n.isdigit() else int(_data()["plenum_number_words"][" ".join(n.lower().split())])


def _roman(term: str) -> str:
    """A term written in Arabic numerals ("khóa 11") as the Roman numeral the names use."""
    return roman(int(term)) if term.isdigit() else term.upper()


@cache
def _data() -> dict[str, Any]:
    return load_data("party_resolutions.json")


def find_party_resolutions(text: str, sh: str, refs: list[Reference]) -> list[Reference]:
    """Named Party resolutions in `sh` (the shadow of `text`) not overlapping `refs`."""
    spans = sorted((r.start, r.end) for r in refs)
    starts = [s for s, _ in spans]

    def free(a: int, b: int) -> bool:
        k = bisect_left(starts, b)
        return not any(spans[j][1] > a for j in range(max(0, k - 2), k))

    out: list[tuple[re.Match[str], Reference]] = []
    bare: list[
        tuple[re.Match[str], Reference]
    ] = []  # "Nghị quyết Đại hội XIV": a national congress only if the text names it so elsewhere
    for at in _type_words(sh):  # each name opens with the type word: only there is a match tried
        if (m := _congress_re().match(sh, at)) is not None:
            if free(m.start(), m.end()):
                (bare if m.group("t4") else out).append((m, _congress(text, m)))
        elif (m := _plenum_re().match(sh, at)) is not None and free(m.start(), m.end()):
            t = _PLENUM_TERM.match(sh, m.end(), m.end() + 14)
            out.append((m, _plenum(text, m, _roman(t.group("term")) if t else None)))
    national = {
        m.group("t1") or m.group("t2")
        for m, _ in out
        if m.re is _congress_re() and not m.group("t3") and not m.group("t5")
    }
    terms = {t.upper() for t in national if t}
    if any(x[1].party_term not in terms for x in bare):
        # "Đại hội đại biểu toàn quốc lần thứ XIV của Đảng đã thành công …", "Đại hội XIV của Đảng":
        # the congress named in full, though not as a resolution, also backs a bare "Nghị quyết Đại hội
        # XIV" (real-text audit r55)
        terms |= _congresses_named(sh)
    kept = [x for x in bare if x[1].party_term in terms]
    return [ref for _, ref in sorted(out + kept, key=lambda x: x[0].start())]


# the national congress named in full without the type word: "Đại hội đại biểu toàn quốc lần thứ XIV của
# Đảng", "Đại hội Đảng toàn quốc lần thứ XIV", "Đại hội ĐBTQ lần thứ XIV", "Đại hội XIV của Đảng"
@cache
def _national_congress_re() -> re.Pattern[str]:
    full, of_party = _national_parts()
    return re.compile(
        rf"(?:Đại|đại|ĐẠI){_S}(?:hội|HỘI){_S}(?:(?i:đại{_S}biểu){_S})?(?:{full}|{of_party})(?![^\W_])"
    )


def _congresses_named(sh: str) -> set[str]:
    """Terms of the national congresses `sh` names in full anywhere (with or without "Nghị quyết")."""
    return {(m.group("t1") or m.group("t2")).upper() for m in _national_congress_re().finditer(sh)}


_TYPE_WORDS = ("Nghị quyết", "nghị quyết", "NGHỊ QUYẾT")


def _type_words(sh: str) -> list[int]:
    """Offsets of "Nghị quyết " (any of its cases) in text order: found by str.find, far cheaper than
    scanning the whole text with the patterns."""
    found = []
    for word in _TYPE_WORDS:
        i = sh.find(word)
        while i != -1:
            found.append(i)
            i = sh.find(word, i + len(word))
    return sorted(found)


def _reference(
    text: str, m: re.Match[str], issuer: str | None, name: str | None, term: str | None
) -> Reference:
    return Reference(
        start=m.start(),
        end=m.end(),
        text=text[m.start() : m.end()],
        doc_type=_data()["doc_type"],
        number_symbol=None,
        issuer=issuer,
        kind="named",
        name=" ".join(text[m.start() : m.end()].split()),  # a wrapped name on one line
        party_term=term,
        resolved={"law": name} if name else None,
        confidence=0.8 if name else 0.5,
        warnings=[] if name else [UNSCOPED],
    )


def _congress(text: str, m: re.Match[str]) -> Reference:
    term = (m.group("t1") or m.group("t2") or m.group("t3") or m.group("t4") or m.group("t5")).upper()
    place = m.group("place") or m.group("place2")
    if m.group("t3") is None and m.group("t5") is None:
        d = _data()["national"]
        return _reference(text, m, d["issuer"].format(term=term), d["name"].format(term=term), term)
    prov = gazetteer.province_by_name(place) if place else None
    if place and prov is None:  # "Đảng bộ tỉnh Lần …": not a province the gazetteer knows
        return _reference(text, m, None, None, term)
    ref = _reference(text, m, None, None, term)
    if prov is not None:
        _scope(ref, prov)
    return ref


def _plenum(text: str, m: re.Match[str], term: str | None) -> Reference:
    d = _data()["plenum"]
    name = d["name"].format(n=_plenum_number(m), term=term) if term else None
    return _reference(text, m, d["issuer"], name, term)


def _scope(ref: Reference, prov: dict[str, Any]) -> None:
    d = _data()["provincial"]
    term = ref.party_term
    ref.issuer = d["issuer"].format(full_name=prov["full_name"], term=term)
    ref.resolved = {"law": d["name"].format(full_name=prov["full_name"], term=term)}
    ref.issuer_province = prov["name"]
    ref.confidence = 0.8
    if UNSCOPED in ref.warnings:
        ref.warnings.remove(UNSCOPED)


def scope_congresses(refs: list[Reference], province: str | None) -> None:
    """A provincial congress named without its province ("Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX")
    is the citing document's province's."""
    prov = gazetteer.province_by_name(province) if province else None
    if prov is None:
        return
    level = prov["full_name"].removesuffix(prov["name"]).strip()  # "tỉnh", "thành phố"
    for r in refs:
        # the level named must be the province's: "Đảng bộ thành phố" in a report of Lâm Đồng is a city's
        named = "thành phố" if "thành phố" in " ".join(r.text.lower().split()) else "tỉnh"
        if UNSCOPED in r.warnings and r.issuer is None and named == level:
            _scope(r, prov)
