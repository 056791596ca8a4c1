"""Loaders for the reference recogniser's data files (document types, issuer codes, relation cues)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any


def load_data(name: str) -> Any:
    """One JSON data file of `ingest/data/` (package data, so it is found when installed too)."""
    with resources.files("ingest.data").joinpath(name).open(encoding="utf-8") as fh:
        return json.load(fh)


@dataclass(frozen=True, slots=True)
class Vocab:
    """Everything the recogniser knows about document types and issuers, indexed for lookup."""

    type_words: dict[str, str | None]  # lower-case type word -> doc type name (None: generic "văn bản")
    code_to_type: dict[str, str]  # canonical type code -> doc type name (state symbols)
    party_code_to_type: dict[str, str]  # canonical type code -> doc type name (Party symbols)
    type_codes: frozenset[str]
    issuers: dict[str, dict[str, Any]]  # canonical issuer code -> {"name", "scope", ...}
    term_codes: tuple[str, ...]  # issuer codes followed by a term number (QH14, UBTVQH11)
    canonical: dict[str, str]  # casefolded code -> canonical spelling (types and issuers)
    no_code_type: str  # doc type of a symbol with no type code (n/ISSUER-UNIT): "Công văn"
    cues: dict[str, list[str]] = field(default_factory=dict)
    doc_to_doc: frozenset[str] = frozenset()
    responds_to_types: frozenset[str] = frozenset()
    responds_to_opening: tuple[str, ...] = ()
    inherit: frozenset[str] = frozenset()
    reports_on_cue: tuple[str, ...] = ("kết quả",)
    reports_on_reach: int = 40
    title_chars: int = 1200
    named_issuer: dict[str, str] = field(default_factory=dict)
    folded: dict[str, str] = field(default_factory=dict)  # Đ-less spelling -> code, when unique
    issuer_heads: tuple[str, ...] = ()  # "Ủy ban nhân dân", "Sở", ... (a body's first words)
    office_titles: dict[str, str] = field(default_factory=dict)  # "Chánh Thanh tra" -> "Thanh tra "
    codes_of_type: dict[str, frozenset[str]] = field(default_factory=dict)  # "Quy định" -> {QĐi, QyĐ, QĐ}
    not_document_words: tuple[str, ...] = ()  # "mẫu", "biểu": "Mẫu số 01/BC-CCHC" numbers a form
    passive_markers: tuple[str, ...] = ()  # "bởi", "tại": "được sửa đổi bởi X" (X is the agent)
    after_cues: dict[str, tuple[str, ...]] = field(default_factory=dict)  # "X hết hiệu lực" -> replaces
    amending_prefixes: tuple[str, ...] = ()  # "luật sửa đổi, bổ sung một số điều của" (lower-case)
    amending_joiners: tuple[str, ...] = ()  # what chains the amended laws' names: ",", "và"
    alone_codes: frozenset[str] = frozenset()  # issuer codes once a whole symbol: "15/CP", "38/TTg"
    # type codes numbered n/yyyy/TYPE with no issuer code, and the issuer code the type implies: "AL"
    # (án lệ) -> "HĐTP"
    type_issuer: dict[str, str] = field(default_factory=dict)
    # type codes once a whole symbol, no issuer code ("76/SL", "37-NĐ" of 1945-1950s; doc_types.json type_alone)
    type_alone_codes: frozenset[str] = frozenset()
    # a type whose code a year-form symbol of ministries' codes may drop ("Thông tư liên tịch" -> "TTLT"), and
    # the ministries' codes (doc_types.json type_code_dropped)
    type_code_dropped: dict[str, str] = field(default_factory=dict)
    ministry_codes: frozenset[str] = frozenset()

    def implied_issuer(self, code: str) -> str | None:
        """The issuer a code names on its own: central, single-body codes only (TTg, CP, BNV ...)."""
        info = self.issuers.get(code)
        if info is None or info.get("scope") != "central" or info.get("shared"):
            return None
        return info["name"]

    def canon(self, code: str) -> str | None:
        return self.canonical.get(code.casefold())

    def canon_folded(self, code: str) -> str | None:
        """'BCSD' -> 'BCSĐ': a code typed with D for Đ, when exactly one code folds to it."""
        return self.folded.get(_fold(code))


def _fold(code: str) -> str:
    return code.casefold().replace("đ", "d")


@cache
def vocab() -> Vocab:
    types = load_data("doc_types.json")
    issuer_data = load_data("issuer_codes.json")
    issuers = issuer_data["codes"]
    rel = load_data("relation_cues.json")
    type_words: dict[str, str | None] = {}
    codes_of_type: dict[str, frozenset[str]] = {}
    code_to_type: dict[str, str] = {}
    for t in types["types"]:
        for w in t["words"]:
            type_words[w] = t["name"]
        for c in t["codes"]:
            code_to_type.setdefault(c, t["name"])
        if t["name"]:
            codes_of_type[t["name"]] = frozenset(t["codes"]) | frozenset(t.get("also_written", ()))
    party = dict(code_to_type)
    party.update(types.get("party_codes", {}))
    canonical = {c.casefold(): c for c in issuers}
    canonical.update({c.casefold(): c for c in code_to_type})
    # another spelling of a code ("TƯ" for "TW"): read as the code it stands for
    canonical.update({c.casefold(): info["same_as"] for c, info in issuers.items() if info.get("same_as")})
    folds: dict[str, list[str]] = {}
    for c in {*issuers, *code_to_type}:
        folds.setdefault(_fold(c), []).append(c)
    folded = {f: cs[0] for f, cs in folds.items() if len(cs) == 1 and f not in canonical}
    return Vocab(
        type_words=type_words,
        code_to_type=code_to_type,
        party_code_to_type=party,
        type_codes=frozenset(code_to_type),
        issuers=issuers,
        term_codes=tuple(
            sorted((c for c, v in issuers.items() if v.get("term_suffix")), key=len, reverse=True)
        ),
        canonical=canonical,
        no_code_type=types["no_code_type"],
        cues=rel["cues"],
        doc_to_doc=frozenset(rel["doc_to_doc"]),
        responds_to_types=frozenset(rel["responds_to_types"]),
        responds_to_opening=tuple(rel["responds_to_opening"]),
        inherit=frozenset(rel["inherit"]),
        reports_on_cue=(
            (rel["reports_on_cue"],)
            if isinstance(rel["reports_on_cue"], str)
            else tuple(rel["reports_on_cue"])
        ),
        reports_on_reach=rel["reports_on_reach"],
        title_chars=rel["title_chars"],
        named_issuer=types.get("named_issuer", {}),
        folded=folded,
        codes_of_type=codes_of_type,
        issuer_heads=tuple(sorted(issuer_data.get("issuer_heads", ()), key=len, reverse=True)),
        office_titles={
            k: v for k, v in issuer_data.get("office_titles", {}).items() if not k.startswith("_")
        },
        not_document_words=tuple(types.get("not_documents", {}).get("words", ())),
        passive_markers=tuple(rel.get("passive_markers", ())),
        after_cues={k: tuple(c) for k, c in rel.get("after_cues", {}).items() if not k.startswith("_")},
        amending_prefixes=tuple(types.get("amending_law", {}).get("prefixes", ())),
        amending_joiners=tuple(types.get("amending_law", {}).get("joiners", ())),
        alone_codes=frozenset(c for c, info in issuers.items() if info.get("alone")),
        type_code_dropped=types.get("type_code_dropped", {}).get("types", {}),
        ministry_codes=frozenset(
            c
            for c, info in issuers.items()
            if "ministry_prefix" in types.get("type_code_dropped", {})
            and info.get("name", "").startswith(types["type_code_dropped"]["ministry_prefix"])
            and not info.get("same_as")
        ),
        type_alone_codes=frozenset(types.get("type_alone", {}).get("codes", ())),
        type_issuer={c: t["issuer_code"] for t in types["types"] if "issuer_code" in t for c in t["codes"]},
    )


@cache
def party_types() -> frozenset[str]:
    """The doc types a Party body issues (doc_types.json party_types): "Công điện" is none."""
    return frozenset(load_data("doc_types.json").get("party_types", {}).get("names", ()))
