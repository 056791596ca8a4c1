"""Canonical identities of documents: a stable key and a URL-safe id for every document.

Key grammar (fields separated by ":"; see docs in shared domain.md §1):

    <symbol>:<number>:<period>[:<province>]
        symbol    the number/symbol without number and year, codes in canonical spelling:
                  "CT-TTg", "NĐ-CP", "QH13", "KL/TW" (Party symbols keep their "/"), "BNV-CTTN"
        number    without leading zeros: "33", "4", "12a"
        period    the year for state documents (from the symbol when it carries one, else from the
                  date of the mention); the Party term in roman numerals for Party documents
                  ("XIII", numbering restarts each term); "?" when unknown — a *partial* key, which
                  `graph.resolve` attaches corpus-wide to the unique dated document of that symbol
        province  slug of the province, only for local issuers (UBND, HĐND, TU, Sở, VP, ...): the
                  province named in the reference ("của UBND tỉnh Bắc Giang"), else the citing
                  report's own
    named:<slug of the name>[:<year>]   a named law ("Luật Tiếp công dân") with no known number, or a
                                        Party resolution named by its congress or plenum
                                        ("Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng")
    unresolved:<report>:<slug>          a reference that cannot be scoped (no parseable symbol, or a
                                        local issuer and no known province); one per citing report
    report:<sha256[:16]>                an ingested report with no number (draft, web article)

Document ids are `key_id(key)`: the key folded to ASCII, lower-case, "-" separated (no "/").

Approximation: local Party committees hold their congresses months before the national one; their
documents are mapped to terms with the national congress dates (graph/data/party_terms.json).
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from unidecode import unidecode

from ingest.gazetteer import body_by_name
from ingest.models import ExtractionResult, Reference
from ingest.party_resolutions import UNSCOPED

PARTIAL = "?"

_PARTY_RE = re.compile(r"^(\d+[A-Za-z]?)-([^/\s]+)/(\S+)$")
_YEAR_RE = re.compile(r"^(\d+[A-Za-z]?)/(\d{4})/(\S+)$")
_ADMIN_RE = re.compile(r"^(\d+[A-Za-z]?)/(\S+)$")
# the Government's yearly resolutions "19-2017/NQ-CP": the year after a dash, never a Party type code
_DASH_YEAR_RE = re.compile(r"^(\d+[A-Za-z]?)-((?:19|20)\d{2})/(\S+)$")
# the Government's and the 1940s-1990s forms with one code after a dash, no "/": "64-CP", "217-HĐBT", "37-NĐ"
_DASH_ALONE_RE = re.compile(r"^(\d+[A-Za-z]?)-([^/\s-]+)$")
_TERM_SUFFIX_RE = re.compile(r"^([A-Za-zĐđ]+?)(\d+)$")
_PROVINCE_PREFIX_RE = re.compile(r"^(tỉnh|thành phố|tp\.?)\s+", re.IGNORECASE)
_ROMAN_RE = re.compile(r"^[IVXL]+$")


# ---------------------------------------------------------------------------------------------
# text helpers


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lower-case ASCII form without diacritics ("Đ" → "d"), for ids and diacritic-free search."""
    return unidecode(unicodedata.normalize("NFC", text).replace("Ð", "Đ")).lower()


_YEAR_START = re.compile(r"^\d{4}")  # an ISO date (or bare year) begins with its year
# "Luật X năm 1991", "Luật X (1991)": a name as written with its year, which the key carries apart
_NAME_YEAR_TAIL = re.compile(r"[\s,]*\(?(?:năm\s+)?(?P<year>(?:19|20)\d\d)\)?$", re.IGNORECASE)


@lru_cache(maxsize=1 << 16)
def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")


@lru_cache(maxsize=1 << 16)
def key_id(key: str) -> str:
    """URL-safe id of a canonical key ("CT-TTg:33:2021" → "ct-ttg-33-2021")."""
    return slug(key.replace(PARTIAL, "undated"))


@cache
def provinces() -> dict[str, dict[str, Any]]:
    """Province records of ingest/data/provinces.json by key (empty if the file is absent)."""
    try:
        with resources.files("ingest.data").joinpath("provinces.json").open(encoding="utf-8") as fh:
            return {p["key"]: p for p in json.load(fh)["provinces"]}
    except (FileNotFoundError, KeyError, json.JSONDecodeError):
        return {}


@cache
def _province_names() -> dict[str, str]:
    out: dict[str, str] = {}
    for key, p in provinces().items():
        for name in (key, p.get("name"), p.get("full_name"), *p.get("aliases", [])):
            if name:
                out.setdefault(slug(_PROVINCE_PREFIX_RE.sub("", name)), key)
    return out


@lru_cache(maxsize=1 << 16)
def province_key(name: str | None) -> str | None:
    """Key of a province named as written ("tỉnh An Giang", "An Giang", "an-giang" → "an-giang"):
    the key of ingest/data/provinces.json when known, else the slug of the name."""
    if not name:
        return None
    name = unicodedata.normalize("NFC", name).strip()
    s = slug(_PROVINCE_PREFIX_RE.sub("", name))
    return _province_names().get(s, s) or None


# ---------------------------------------------------------------------------------------------
# vocabulary (issuer codes and document types are data: ingest/data/*.json, graph/data/*.json)


@dataclass(frozen=True, slots=True)
class _Vocab:
    canonical: dict[str, str]  # casefolded code (and its folded form) -> canonical spelling
    scopes: dict[str, str]  # canonical issuer code -> "central" | "local"
    names: dict[str, str]  # canonical issuer code -> name
    type_codes: frozenset[str]
    type_names: dict[str, str]  # type code -> doc type name (Party meanings where they differ)
    type_alone: frozenset[str]  # type codes once a whole symbol, national: "76/SL", "37-NĐ" (1945-1950s)
    alone: frozenset[str]  # issuer codes once a whole symbol: "15/CP", "64-CP", "217-HĐBT"
    state_type_names: dict[str, str]
    terms: tuple[tuple[str, str], ...]  # (from date, term), ascending


@cache
def _vocab() -> _Vocab:
    from ingest.vocab import vocab

    v = vocab()
    canonical: dict[str, str] = {}
    for code in [*v.issuers, *v.code_to_type]:
        canonical.setdefault(fold(code), code)
    canonical.update(v.canonical)
    with resources.files("graph.data").joinpath("party_terms.json").open(encoding="utf-8") as fh:
        terms = json.load(fh)["terms"]
    return _Vocab(
        canonical=canonical,
        scopes={c: i.get("scope", "local") for c, i in v.issuers.items()},
        names={c: i.get("name", c) for c, i in v.issuers.items()},
        type_codes=v.type_codes,
        type_names=dict(v.party_code_to_type),
        type_alone=v.type_alone_codes,
        alone=v.alone_codes,
        state_type_names=dict(v.code_to_type),
        terms=tuple((t["from"], t["term"]) for t in terms),
    )


@lru_cache(maxsize=1 << 16)
def canon_code(code: str) -> str:
    code = unicodedata.normalize("NFC", code).replace("Ð", "Đ")
    v = _vocab()
    if code.casefold() in v.canonical:
        return v.canonical[code.casefold()]
    return v.canonical.get(fold(code), code)


@lru_cache(maxsize=1 << 16)
def issuer_scope(code: str | None) -> str:
    """ "central" (one national issuer) or "local" (scoped to a province); unknown codes ending in
    TW/TƯ are central, other unknown codes local (never merges two provinces' documents)."""
    if not code:
        return "local"
    v = _vocab()
    code = canon_code(code)
    if code in v.scopes:
        return v.scopes[code]
    m = _TERM_SUFFIX_RE.match(code)
    if m and canon_code(m.group(1)) in v.scopes:
        return v.scopes[canon_code(m.group(1))]
    return "central" if fold(code).endswith("tw") else "local"


@lru_cache(maxsize=1 << 16)
def issuer_name(code: str | None) -> str | None:
    if not code:
        return None
    v = _vocab()
    code = canon_code(code)
    m = _TERM_SUFFIX_RE.match(code)
    base = canon_code(m.group(1)) if m and code not in v.names else code
    return v.names.get(base)


@lru_cache(maxsize=1 << 12)  # pure: the term table is fixed data
def party_term(date: str | None = None, year: int | None = None) -> tuple[str | None, bool]:
    """(term, assumed) for a Party document dated `date` (ISO, possibly "YYYY-MM") or in `year`.
    `assumed` is True when only the year is known and the congress fell in that year."""
    terms = _vocab().terms
    if date and len(date) >= 10:
        found = None
        for start, term in terms:
            if date >= start:
                found = term
        return found, False
    if date and len(date) >= 4:
        year = int(date[:4])
    if year is None:
        return None, False
    found = None
    assumed = False
    for start, term in terms:
        if int(start[:4]) <= year:
            found = term
            assumed = int(start[:4]) == year
    return found, assumed


# ---------------------------------------------------------------------------------------------
# symbols


@dataclass(frozen=True, slots=True)
class ParsedSymbol:
    number: str  # without leading zeros
    year: int | None  # from the symbol
    symbol: str  # the symbol without number and year, canonical codes: "CT-TTg", "KL/TW"
    type_code: str | None
    issuer_code: str | None  # the first (lead) issuer
    party: bool

    @property
    def scope(self) -> str:
        """The issuer's scope (issuer_scope); a symbol of a type code alone ("76/SL", "37-NĐ": a Sắc lệnh of
        the President, a Nghị định of 1945) is national, with no issuer code."""
        if self.issuer_code is None and self.type_code in _vocab().type_alone:
            return "central"
        return issuer_scope(self.issuer_code)

    @property
    def doc_type(self) -> str | None:
        v = _vocab()
        if self.type_code is None:  # "15/CP", "217-HĐBT": a decree, decision or resolution alike
            return (
                "Công văn"
                if not self.party and self.year is None and self.issuer_code not in v.alone
                else None
            )
        names = v.type_names if self.party else v.state_type_names
        return names.get(self.type_code)


def _number(n: str) -> str:
    digits = n.rstrip("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
    return str(int(digits)) + n[len(digits) :].lower() if digits else n


@lru_cache(maxsize=1 << 16)
def parse_symbol(number_symbol: str | None) -> ParsedSymbol | None:
    """Parse a canonical number/symbol ("33/CT-TTg", "04/2015/NĐ-CP", "114-KL/TW"); None if it is
    not one (drafts "/BC-SNV", free text)."""
    if not number_symbol:
        return None
    ns = unicodedata.normalize("NFC", number_symbol).strip().replace("⁄", "/").replace("Ð", "Đ")
    ns = re.sub(r"\s+", "", ns)
    ns = _DASH_YEAR_RE.sub(r"\1/\2/\3", ns)  # "19-2017/NQ-CP" is 19/2017/NQ-CP
    m = _DASH_ALONE_RE.match(ns)
    if m and canon_code(m.group(2)) in (_vocab().alone | _vocab().type_alone):
        ns = f"{m.group(1)}/{m.group(2)}"  # "64-CP" is the same document as "64/CP"
    m = _PARTY_RE.match(ns)
    if m and not _YEAR_RE.match(ns) and not _ADMIN_RE.match(ns):
        number, type_code, issuers = m.groups()
        type_code = canon_code(type_code)
        parts = [canon_code(p) for p in issuers.split("-") if p]
        if not parts:
            return None
        return ParsedSymbol(
            _number(number), None, f"{type_code}/{'-'.join(parts)}", type_code, parts[0], True
        )
    m = _YEAR_RE.match(ns)
    year: int | None = None
    if m:
        number, y, rest = m.groups()
        year = int(y)
        if not 1945 <= year <= 2100:
            return None
    else:
        m = _ADMIN_RE.match(ns)
        if not m:
            return None
        number, rest = m.groups()
    parts = [canon_code(p) for p in rest.split("-") if p]
    if not parts:
        return None
    v = _vocab()
    if parts[0] in v.type_codes and len(parts) > 1:
        type_code, issuer = parts[0], parts[1]
    elif len(parts) == 1 and parts[0] in v.type_alone and year is None:
        return ParsedSymbol(_number(number), None, parts[0], parts[0], None, False)  # "76/SL", "37-NĐ"
    else:
        type_code, issuer = None, parts[0]
    tm = _TERM_SUFFIX_RE.match(issuer)
    if issuer not in v.scopes and tm and canon_code(tm.group(1)) in v.scopes:
        issuer = canon_code(tm.group(1))  # QH13 -> QH (the symbol keeps "QH13")
    return ParsedSymbol(_number(number), year, "-".join(parts), type_code, issuer, False)


def make_key(ps: ParsedSymbol, period: str | None, province: str | None) -> str:
    key = f"{ps.symbol}:{ps.number}:{period or PARTIAL}"
    return f"{key}:{province}" if province else key


@lru_cache(maxsize=1 << 16)  # pure, and asked again for each mention of a key
def split_key(key: str) -> tuple[str, str, str, str | None] | None:
    """(symbol, number, period, province) of a symbol key; None for named/unresolved/report keys."""
    parts = key.split(":")
    if parts[0] in ("named", "unresolved", "report") or len(parts) not in (3, 4):
        return None
    return parts[0], parts[1], parts[2], (parts[3] if len(parts) == 4 else None)


@lru_cache(maxsize=1 << 16)  # pure, and asked again for each mention of a key
def partial_of(key: str) -> str | None:
    """The partial key (period unknown) whose mentions may resolve to this full key; None if it is
    not a symbol key. (For symbols with the year inside, the partial key only arises from a
    malformed yearless citation such as "4/NĐ-CP", which then resolves like any other.)"""
    parts = split_key(key)
    if parts is None or parts[2] == PARTIAL:
        return None
    symbol, number, _period, province = parts
    return f"{symbol}:{number}:{PARTIAL}" + (f":{province}" if province else "")


@lru_cache(maxsize=1 << 16)  # pure, and asked again for each mention of a key
def is_partial(key: str) -> bool:
    parts = split_key(key)
    return parts is not None and parts[2] == PARTIAL


# ---------------------------------------------------------------------------------------------
# keys of references and reports


@dataclass(slots=True)
class KeyInfo:
    """The identity of one reference (or of a report)."""

    key: str
    resolved: bool  # False: partial (year/term unknown) or unresolved
    via: str  # symbol | date | term | document | antecedent | named | none
    number_symbol: str | None = None
    doc_type: str | None = None
    year: int | None = None
    date: str | None = None
    issuer_code: str | None = None
    scope: str | None = None
    province: str | None = None
    flags: list[str] = field(default_factory=list)

    @property
    def id(self) -> str:
        return key_id(self.key)


@lru_cache(maxsize=1 << 16)
def _year_of_date(date: str) -> int | None:
    """The year an ISO date (or bare year) begins with; None when it does not begin with one."""
    return int(date[:4]) if _YEAR_START.match(date) else None


def named_key(ref: Reference) -> tuple[str, bool] | None:
    """(key, unique?) of a reference by name alone ("named:<slug>[:<year>]"); None for any other. A law
    is unique with its year (its version); a Party resolution named by its congress or plenum and term
    (ingest.party_resolutions) is one document without one, and one of no known province or term
    (UNSCOPED) is no named document at all."""
    if not (ref.kind == "named" or ref.name) or UNSCOPED in ref.warnings:
        return None
    name = (ref.resolved or {}).get("law") or ref.name or ref.text  # the gazetteer's name first
    year = _year_of(ref)
    # a version the gazetteer lacks, "Luật X năm 1991", is the "Luật X" of 1991 cited elsewhere with its date
    tail = _NAME_YEAR_TAIL.search(name) if year else None
    if tail and tail.start() and int(tail["year"]) == year:
        name = name[: tail.start()]
    key = f"named:{slug(name)}" + (f":{year}" if year else "")
    return key, year is not None or (ref.party_term is not None and "law" in (ref.resolved or {}))


def _year_of(ref: Reference) -> int | None:
    year = _year_of_date(ref.date) if ref.date else None
    return ref.year if year is None else year


def _scoped(ps: ParsedSymbol, province: str | None) -> tuple[str, str | None]:
    scope = ps.scope
    return scope, (province if scope == "local" else None)


def _central_issuer(issuer: str | None) -> bool:
    """The issuer is a central body (ingest.gazetteer, bodies.json `central`)."""
    body = body_by_name(issuer) if issuer else None
    return body is not None and body.get("level") == "central"


def _national_symbols(refs: list[Reference]) -> set[str]:
    """Symbols with a local-looking code that a mention of the text gives a central issuer ("Quyết
    định số 595/QĐ-BHXH … của Bảo hiểm xã hội Việt Nam": provincial offices use QĐ-BHXH too, the
    stated body is national): the document is one for the whole country."""
    return {
        r.number_symbol
        for r in refs
        if r.number_symbol
        and _central_issuer(r.issuer)
        and (ps := parse_symbol(r.number_symbol)) is not None
        and ps.scope == "local"
    }


def _symbol_key(
    ps: ParsedSymbol,
    ref_date: str | None,
    ref_year: int | None,
    term: str | None,
    province: str | None,
    national: bool = False,
) -> tuple[str | None, str, list[str], str | None]:
    """(key or None if the scope is unknown, via, flags, province used); `national`: a central issuer
    stated for a local-looking code."""
    scope, prov = ("central", None) if national else _scoped(ps, province)
    flags: list[str] = []
    if scope == "local" and not prov:
        return None, "none", ["no_province"], None
    if ps.year is not None:
        return make_key(ps, str(ps.year), prov), "symbol", flags, prov
    if ps.party:
        if term and _ROMAN_RE.match(term.upper()):
            return make_key(ps, term.upper(), prov), "term", flags, prov
        t, assumed = party_term(ref_date, ref_year)
        if assumed:
            flags.append("term_assumed")
        return make_key(ps, t, prov), ("date" if t else "none"), flags, prov
    year = _year_of_date(ref_date) if ref_date else None
    year = ref_year if year is None else year
    return make_key(ps, str(year) if year else None, prov), ("date" if year else "none"), flags, prov


def _report_tag(result: ExtractionResult) -> str:
    return (result.sha256 or slug(result.source))[:16]


def reference_keys(result: ExtractionResult) -> list[KeyInfo]:
    """One KeyInfo per reference of `result`, using only the document itself (graph.resolve does the
    corpus-wide step for partial keys)."""
    own_province = province_key(result.document.province)
    infos: list[KeyInfo | None] = [None] * len(result.references)
    tag = _report_tag(result)
    national = _national_symbols(result.references)
    for i, ref in enumerate(result.references):
        if ref.kind == "short" and ref.antecedent is not None and 0 <= ref.antecedent < i:
            ante = infos[ref.antecedent]
            if ante is not None:
                infos[i] = KeyInfo(**{**_as_dict(ante), "via": "antecedent", "flags": list(ante.flags)})
                continue
        ns = ref.number_symbol or (ref.resolved or {}).get("number_symbol")
        ps = parse_symbol(ns)
        if ps is not None:
            stated = province_key(ref.issuer_province)
            if stated is not None and provinces() and stated not in provinces():
                stated = None  # not a province the gazetteer knows: fall back to the report's own
            province = stated or own_province
            year = _year_of(ref)
            # a mention without an issuer of its own follows the central body another one states
            central = ns in national and (not ref.issuer or _central_issuer(ref.issuer))
            key, via, flags, prov = _symbol_key(ps, ref.date, year, ref.party_term, province, central)
            scope = "central" if central else ps.scope
            if key is None:
                infos[i] = KeyInfo(
                    f"unresolved:{tag}:{slug(ns or ref.text)}",
                    False,
                    "none",
                    ns,
                    ref.doc_type or ps.doc_type,
                    ps.year,
                    ref.date,
                    ps.issuer_code,
                    scope,
                    None,
                    flags,
                )
                continue
            infos[i] = KeyInfo(
                key,
                not is_partial(key),
                via,
                ns,
                ref.doc_type or ps.doc_type,
                ps.year or year,
                ref.date,
                ps.issuer_code,
                scope,
                prov,
                flags,
            )
            continue
        by_name = named_key(ref)
        if by_name is not None:
            name_key, unique = by_name
            infos[i] = KeyInfo(name_key, unique, "named", None, ref.doc_type, _year_of(ref), ref.date)
            continue
        infos[i] = KeyInfo(
            f"unresolved:{tag}:{slug(ref.text)[:60]}",
            False,
            "none",
            ns,
            ref.doc_type,
            _year_of(ref),
            ref.date,
        )
    out = [x for x in infos if x is not None]
    _fill_from_document(out)
    _flag_conflicting_issuers(out)
    return out


def _as_dict(info: KeyInfo) -> dict[str, Any]:
    return {f: getattr(info, f) for f in KeyInfo.__slots__}  # type: ignore[attr-defined]


def _fill_from_document(infos: list[KeyInfo]) -> None:
    """An undated mention takes the period of the other mentions of the same symbol and scope in the
    same document — only when exactly one period is seen."""
    periods: dict[str, set[str]] = {}
    for info in infos:
        if info.resolved and (partial := partial_of(info.key)) is not None:
            periods.setdefault(partial, set()).add(split_key(info.key)[2])  # type: ignore[index]
    for info in infos:
        if is_partial(info.key):
            seen = periods.get(info.key, set())
            if len(seen) == 1:
                symbol, number, _, province = split_key(info.key)  # type: ignore[misc]
                period = next(iter(seen))
                info.key = f"{symbol}:{number}:{period}" + (f":{province}" if province else "")
                info.resolved, info.via = True, "document"
                if period.isdigit():
                    info.year = int(period)
            elif len(seen) > 1:
                info.flags.append("ambiguous")


def _flag_conflicting_issuers(infos: list[KeyInfo]) -> None:
    """Same type, number and full date but different issuer codes: keep both, flag both."""
    groups: dict[tuple[str, str, str], set[str]] = {}
    grouped: list[tuple[KeyInfo, tuple[str, str, str]]] = []  # each info with its group, once
    for info in infos:
        ps = parse_symbol(info.number_symbol)
        if ps and ps.type_code and info.date and len(info.date) == 10:
            group = (ps.type_code, ps.number, info.date)
            groups.setdefault(group, set()).add(info.key)
            grouped.append((info, group))
    for info, group in grouped:
        if len(groups[group]) > 1 and "conflicting_issuer" not in info.flags:
            info.flags.append("conflicting_issuer")


def report_key(result: ExtractionResult) -> KeyInfo:
    """The identity of the ingested report itself: its own number/symbol, date and province when it
    has a number, else "report:<sha256[:16]>"."""
    meta = result.document
    ps = parse_symbol(meta.number_symbol)
    year = int(meta.date[:4]) if meta.date and _YEAR_START.match(meta.date) else None
    province = province_key(meta.province)
    if ps is not None:
        key, _via, flags, prov = _symbol_key(ps, meta.date, year, None, province)
        if key is not None and not is_partial(key):
            return KeyInfo(
                key,
                True,
                "symbol",
                meta.number_symbol,
                meta.doc_type or ps.doc_type,
                ps.year or year,
                meta.date,
                ps.issuer_code,
                ps.scope,
                prov,
                flags,
            )
    return KeyInfo(
        f"report:{_report_tag(result)}",
        True,
        "none",
        meta.number_symbol,
        meta.doc_type,
        year,
        meta.date,
        None,
        None,
        province,
    )


def annotate_keys(result: ExtractionResult) -> None:
    """Fill `ref.resolved = {"number_symbol", "key", "id"}` for every reference that can be pinned to
    one canonical document; leave None (and add a warning) when it cannot."""
    for ref, info in zip(result.references, reference_keys(result), strict=True):
        if info.resolved:
            ref.resolved = {"number_symbol": info.number_symbol, "key": info.key, "id": info.id}
            if info.flags:
                ref.resolved["flags"] = list(info.flags)
        else:
            ref.resolved = None
            reason = "year or Party term unknown" if is_partial(info.key) else "scope unknown"
            if "ambiguous" in info.flags:
                reason = "several dated documents share this symbol"
            warning = f"unresolved: {reason} ({info.key})"
            if warning not in ref.warnings:
                ref.warnings.append(warning)
