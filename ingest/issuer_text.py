"""A stated issuer written out through data (bodies.json "issuer_text"): abbreviations of body names
expanded ("Ủy ban MTTQ tỉnh" -> "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "VKSND tối cao" -> "Viện
kiểm sát nhân dân tối cao") and the agent of an advising verb dropped ("Sở đã tham mưu UBND tỉnh
ban hành …": the UBND issued it); `write_out_issuers` then gives each stated issuer the body's full
name ("UBND tỉnh" in a report of An Giang -> "Ủy ban nhân dân tỉnh An Giang", "Ban Bí thư" -> "Ban
Bí thư Trung ương Đảng"), keeping an office holder's title ("Chủ tịch Ủy ban nhân dân tỉnh …")."""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any

from ingest import gazetteer
from ingest.models import Reference
from ingest.patterns import issuer_heads
from ingest.vocab import load_data, vocab


@cache
def _rules() -> tuple[re.Pattern[str] | None, dict[str, str], re.Pattern[str] | None]:
    d = load_data("bodies.json").get("issuer_text", {})
    abbr = {k: v for k, v in d.get("abbreviations", {}).items() if not k.startswith("_")}
    words = sorted(abbr, key=len, reverse=True)
    expand = (
        re.compile(r"(?i)(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)") if words else None
    )
    advisers = sorted(d.get("advisers", ()), key=len, reverse=True)
    advised = (
        re.compile(
            r"(?<!\w)(?:đã[ ]+)?(?:"
            + "|".join(re.escape(w) for w in advisers)
            + rf")[ ]+(?=(?:{issuer_heads()})(?!\w))"
        )
        if advisers
        else None
    )
    return expand, {k.casefold(): v for k, v in abbr.items()}, advised


@cache
def _respellings() -> tuple[re.Pattern[str] | None, dict[str, str]]:
    d = load_data("bodies.json").get("issuer_text", {}).get("respellings", {})
    words = sorted(d, key=len, reverse=True)
    if not words:
        return None, {}
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)"), d


# a dash between words spaced on one side only ("Lao động- Thương", "Lao động -Thương")
_ONE_SIDED_DASH = re.compile(r"(?<=\w)(?: -|- )(?=\w)")


@lru_cache(maxsize=4096)
def tidy_issuer(issuer: str) -> str:
    """The issuer as the body's name: the advised body, abbreviations expanded, old tone placement
    respelt."""
    if "ỷ" in issuer or "Ỷ" in issuer:  # "Uỷ ban": the only old placement the bodies' names meet
        respell, respelt = _respellings()
        if respell is not None:
            issuer = respell.sub(lambda m: respelt[m.group()], issuer)
    if "-" in issuer:  # "Sở Lao động- Thương binh và Xã hội": the name's dash spaced on one side (r52)
        issuer = _ONE_SIDED_DASH.sub(" - ", issuer)
    expand, folded, advised = _rules()
    if advised is not None:
        last = None
        for last in advised.finditer(issuer):  # noqa: B007 (the last adviser's object issued)
            pass
        if last is not None:
            issuer = issuer[last.end() :]
    if expand is not None:
        issuer = expand.sub(lambda m: folded[m.group().casefold()], issuer)
    if issuer[issuer.rfind(" ") + 1 :][:1].isupper() and issuer.count(" ") >= 4:  # a name: capitalised words
        issuer = _drop_person_name(issuer)
    return issuer


@cache
def _surnames() -> frozenset[str]:
    return frozenset(load_data("bodies.json").get("issuer_text", {}).get("person_surnames", ()))


def _drop_person_name(issuer: str) -> str:
    """ "Chủ tịch Ủy ban nhân dân tỉnh Quảng Nam Lê Trí Thanh" -> "Chủ tịch Ủy ban nhân dân tỉnh Quảng Nam":
    an office holder's personal name after the body (a family name, then capitalised words to the end).
    Only after a title, when what is left is a body the gazetteer knows and the name is no province
    ("thành phố Hồ Chí Minh"); after a bare unit word ("thành phố Lê Trung Chinh") the name has three
    words or more, so that a city of two ("thành phố Cao Lãnh") stays (real-text audit r46). With no
    title the body is itself an office held by one person ("Thủ tướng Chính phủ Trần Hồng Hà"): the name
    then has three words or more too (real-text audit r57)."""
    title, rest = split_title(issuer)
    words = rest.split(" ")
    k = len(words)
    while k > 1 and words[k - 1][:1].isupper():
        k -= 1
    surnames = _surnames()
    for j in range(k, len(words) - 1):
        tail = words[j:]
        if words[j] not in surnames or len(tail) > 4:
            continue
        if len(tail) < 3 and (not title or words[j - 1][:1].islower()):
            continue
        body = " ".join(words[:j])
        if gazetteer.province_by_name(" ".join(tail)) is None and gazetteer.body_by_name(body) is not None:
            return title + body
    return issuer


@cache
def _titles() -> re.Pattern[str]:
    titles = sorted(load_data("bodies.json").get("issuer_text", {}).get("titles", ()), key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(re.escape(t) for t in titles) + r") (?=\w)")


def split_title(name: str) -> tuple[str, str]:
    """(office holder's title with its space, the body): "Bộ trưởng Bộ Tài chính" -> ("Bộ trưởng ",
    "Bộ Tài chính"); ("", name) when no title opens it."""
    m = _titles().match(name)
    return (m.group(), name[m.end() :]) if m else ("", name)


def write_out_issuers(
    refs: list[Reference],
    province: str | None,
    own_issuer: str | None = None,
    text_units: dict[str, str] | None = None,
) -> None:
    """Each stated issuer as the full name of its body (see the module docstring); a name the
    gazetteer does not know stays as written (abbreviations expanded), and one ending in a bare unit
    ("UBND huyện", "Đảng ủy xã") gets the name of the citing document's own unit of that level (from
    `own_issuer`, "Ủy ban nhân dân huyện Điện Biên"; for a text of no issuer of its own, a news article,
    `text_units`: the one unit of a level the text names, see `named_units`)."""
    units = _own_units(own_issuer) or text_units or {}
    for r in refs:
        if r.issuer:
            bare = tidy_issuer(r.issuer)
            if units and (own := _with_own_unit(bare, units)) != bare:
                # "Ủy ban nhân dân thành phố" in the report of the city of Bảo Lộc: that city's, never
                # the province's (a provincial city is named so too)
                r.issuer = own
                continue
            title, rest = split_title(bare)
            if rest == _PARTY_COMMITTEE and own_issuer and (k := own_issuer.find(_PARTY_COMMITTEE)) != -1:
                r.issuer = title + own_issuer[k:]  # "Đảng ủy ban hành …" in a Đảng ủy's own report: itself
                continue
            if own_issuer and rest in _own_body_words() and own_issuer.startswith(rest + " "):
                r.issuer = title + own_issuer  # "Giám đốc Sở tặng Giấy khen …" in the Sở's own report
                continue
            name = _full_name(r.issuer, r.issuer_province or province, r.issuer_code)
            if own_issuer and name.endswith(_own_committee_tails()) and own_issuer.startswith(name + " "):
                # "Ban Thường vụ Đảng ủy ban hành …" in the report of the Đảng ủy UBND tỉnh, "Ban Thường vụ
                # Đảng ủy Khối đã ban hành …" in that of the Đảng ủy Khối các cơ quan tỉnh (holdout22)
                name = own_issuer
            r.issuer = _with_own_unit(name, units) if units else name


_PARTY_COMMITTEE = "Đảng ủy"


@cache
def _own_committee_tails() -> tuple[str, ...]:
    """Party committees named without their unit ("… Đảng ủy", "… Đảng ủy Khối"): in a document of such a
    committee, its own full name (bodies.json issuer_text own_committee_tails)."""
    tails = load_data("bodies.json").get("issuer_text", {}).get("own_committee_tails", [_PARTY_COMMITTEE])
    return tuple(f" {t}" for t in tails)


@cache
def _own_body_words() -> frozenset[str]:
    """Bare body words that, alone after a title, name the citing document's own body ("Giám đốc Sở")."""
    return frozenset(load_data("bodies.json").get("issuer_text", {}).get("own_body_words", ()))


@cache
def _unit_words() -> dict[str, str]:
    """Unit word -> level, longest word first ("thị xã" before "xã")."""
    d = load_data("bodies.json").get("issuer_text", {}).get("own_units", {})
    return {k: d[k] for k in sorted((k for k in d if not k.startswith("_")), key=len, reverse=True)}


@cache
def _unit_pattern() -> re.Pattern[str]:
    words = list(_unit_words())
    # the unit word in any case, its name capitalised: "xã hội" in "Bảo hiểm xã hội huyện Nga Sơn" is no unit
    return re.compile(
        r"(?<!\w)(?P<word>(?i:" + "|".join(re.escape(w) for w in words) + r"))[ ](?P<name>[A-ZĐ].*)\Z"
    )


# a district-level unit named in running text: "huyện Lục Nam", "UBND huyện Krông Pắc", "thị xã Hồng Lĩnh"
_NAMED_UNIT = re.compile(r"(?<!\w)(?P<word>huyện|quận|thị xã)[ ](?P<name>[A-ZĐ]\w*(?:[ ][A-ZĐ]\w*){0,3})")


def named_units(text: str) -> dict[str, str]:
    """Level -> name of the district-level unit a text names, for each level it names exactly one of
    ("Tại huyện Lục Nam, Huyện ủy ban hành …": {"huyện": "Lục Nam"}, holdout19); a level named with two
    names is left out (which one a bare "UBND huyện" means is not known)."""
    found: dict[str, set[str]] = {}
    for m in _NAMED_UNIT.finditer(text):
        found.setdefault(_unit_words()[m.group("word")], set()).add(m.group("name"))
    return {level: next(iter(names)) for level, names in found.items() if len(names) == 1}


@lru_cache(maxsize=256)
def _own_units(own_issuer: str | None) -> dict[str, str]:
    """Level -> name of the citing document's own unit: "Huyện ủy Tân Kỳ" -> {"huyện": "Tân Kỳ"}."""
    m = _unit_pattern().search(own_issuer) if own_issuer else None
    return {_unit_words()[m.group("word").lower()]: m.group("name")} if m else {}


def _with_own_unit(name: str, units: dict[str, str]) -> str:
    low = name.lower()
    for word, level in _unit_words().items():
        if low == word or low.endswith(" " + word):  # the longest unit word ending the name decides
            return f"{name} {units[level]}" if level in units else name
    return name


@lru_cache(maxsize=8192)  # pure: a function of the data files; the same issuers recur across reports
def _full_name(issuer: str, place: str | None, code: str | None) -> str:
    name = tidy_issuer(issuer)
    implied = vocab().implied_issuer(code) if code else None
    if implied and implied.startswith(name):  # "của Thanh tra" for a 363/KH-TTCP: Thanh tra Chính phủ
        return implied
    title, rest = split_title(name)
    if rest == _PARTY_COMMITTEE:  # which committee a bare "Đảng ủy" is, its name does not say
        return name
    prov = gazetteer.province_by_name(place) if place else None
    body = gazetteer.body_by_name(rest) or _body_before_verb(rest) or _cut_central_name(rest)
    if body is None:
        # "Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở tỉnh": the unit is the citing text's province
        unit = prov["full_name"].removesuffix(prov["name"]) if prov else None  # "tỉnh ", "thành phố "
        return f"{name} {prov['name']}" if prov and unit and name.endswith(" " + unit.strip()) else name
    if body.get("level") == "provincial" and body.get("province") is None:
        if (
            prov is not None
            and not gazetteer.is_city(prov)
            and (gazetteer.names_city_committee(rest) or gazetteer.ends_in_city_unit(rest))
        ):
            # "Ban Thường vụ Thành ủy", "của UBND thành phố" in a tỉnh: one of its cities' bodies, not the
            # province's
            return name
        body = gazetteer.local_body_in(body["pattern"], prov["key"]) if prov else None
        if body is None:
            return name
    return title + body["name"]


def _body_before_verb(name: str) -> dict[str, Any] | None:
    """ "Văn phòng Quốc hội hợp nhất Luật …", "Chính phủ hết hiệu lực": a clause read past the body's
    name into the verb after it; the longest known body the name starts with, when what follows
    begins in lower case and names no other body ("Ủy ban nhân dân tỉnh A và Sở Nội vụ" is two)."""
    words = name.split(" ")
    for n in range(len(words) - 1, 0, -1):
        tail = " ".join(words[n:])
        if not tail[:1].islower() or words[n] in ("và", "cùng", "với") or gazetteer.find_bodies(tail):
            continue
        body = gazetteer.body_by_name(" ".join(words[:n]))
        if body is not None and (body.get("level") == "central" or body.get("province") is not None):
            return body
    return None


@cache
def _central_names() -> tuple[tuple[str, dict[str, Any]], ...]:
    return tuple((gazetteer.fold(b["name"]), b) for b in gazetteer.bodies()["central"])


def _cut_central_name(name: str) -> dict[str, Any] | None:
    """ "Bộ trưởng Bộ Giáo dục" read up to the "và" of "Bộ Giáo dục và Đào tạo": the one central body
    whose name goes on from it at a "và" or a comma, if there is exactly one. A name that is only the
    start of a longer one ("Ban Chỉ đạo" of "Ban Chỉ đạo quốc gia về …") was not cut: it is generic."""
    if len(name.split()) < 2:
        return None
    head = gazetteer.fold(name)
    found = [
        b
        for folded, b in _central_names()
        if folded.startswith(head + " va ") or folded.startswith(head + ",")
    ]
    return found[0] if len(found) == 1 else None
