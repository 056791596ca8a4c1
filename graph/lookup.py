"""Which stored document(s) a free-text reference means — `GET /resolve` and every CLI query.

An exact document id is taken as it is. Otherwise the extractor reads the query first ("Chỉ thị số 33/CT-TTg ngày 26/11/2021"); when it cannot, the
query is folded (diacritics removed, đ→d, casefolded, punctuation and spacing normalised) and its
number/symbol compared with the folded symbols of stored documents, so "chi thi 33 ct-ttg" works.
Several matches are all returned, each with why it matched and how it differs from the others.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from unidecode import unidecode

from graph.identity import key_id, named_key
from graph.store import Store

SEARCH_PAGE = 200
SEARCH_PAGES = 10  # at most this many pages of number matches are scanned per query

_CHAR_FIXES = str.maketrans({"\u2044": "/", "\u2215": "/", "\u00d0": "Đ", "\u00a0": " "})
_YEAR = r"(?:19|20)\d{2}"
# number, optional /year, then the symbol: letters and digits joined by -, / or spaces
_NUMBER_SYMBOL = re.compile(
    rf"(?<![\w/])(?P<num>\d{{1,5}})(?:\s*[/-]\s*(?P<year>{_YEAR})(?=\s*[/-]))?"
    r"(?:(?P<sep>\s*[/-]\s*|\s+)(?P<sym>[a-z][a-z0-9]*(?:[-/][a-z][a-z0-9]*)*))?"
)
_STANDALONE_YEAR = re.compile(rf"\b({_YEAR})\b")
_NOISE_WORDS = re.compile(r"\b(?:so|ngay|nam|cua|ve)\b")


def fold(text: str) -> str:
    """Diacritics removed (đ→d), casefolded, punctuation other than / and - turned into spaces."""
    text = unicodedata.normalize("NFKC", text).translate(_CHAR_FIXES)
    text = unidecode(text).casefold()
    text = re.sub(r"[^\w/\- ]+", " ", text)
    text = re.sub(r"\s*([/-])\s*", r"\1", text)
    return re.sub(r"\s+", " ", text).strip()


@dataclass(slots=True)
class SymbolKey:
    """A number/symbol reduced to what identifies it regardless of spelling."""

    number: int
    year: int | None
    letters: str  # symbol without separators: "cttg", "ndcp", "kltw", "plubtvqh11"
    surface: str = ""  # the folded number/symbol as a lookup form: "33/ct-ttg", "04/2015/nd-cp"

    def matches(self, other: SymbolKey) -> bool:
        if self.number != other.number:
            return False
        if self.letters and other.letters and self.letters != other.letters:
            return False
        return not (self.year and other.year and self.year != other.year)


def symbol_key(folded: str) -> tuple[SymbolKey, str] | None:
    """The first number/symbol in folded text and the type words before it ("chi thi")."""
    for m in _NUMBER_SYMBOL.finditer(folded):
        raw_sym = m.group("sym") or ""
        if raw_sym and not (m.group("sep").strip() or re.search(r"[-/]", raw_sym)):
            raw_sym = ""  # "33 nam 2021": a plain word after the number is not a symbol
        sym = re.sub(r"[^a-z0-9]", "", raw_sym)
        before = _NOISE_WORDS.sub(" ", folded[: m.start()]).strip()
        year = int(m.group("year")) if m.group("year") else None
        if not sym and not before:
            continue  # a bare number is not a reference
        surface = re.sub(r"\s+", "/", folded[m.start() : m.end()].strip()) if sym else ""
        return SymbolKey(int(m.group("num")), year, sym, surface), before
    return None


def _doc_key(doc: dict[str, Any]) -> SymbolKey | None:
    ns = doc.get("number_symbol")
    if not ns:
        return None
    parsed = symbol_key(fold(ns))
    if parsed is None:
        return None
    key = parsed[0]
    if key.year is None and doc.get("year"):
        key.year = int(doc["year"])
    return key


def _extract(query: str) -> dict[str, Any] | None:
    """The extractor's reading of the query, if it finds a reference with a number/symbol or a name."""
    try:
        from ingest.references import find_references

        refs = find_references(unicodedata.normalize("NFC", query))
    except Exception:  # the extractor is best effort here; folding is the fallback
        return None
    for ref in refs:
        if ref.number_symbol or ref.name:
            named = named_key(ref) if not ref.number_symbol else None
            return {
                "doc_type": ref.doc_type,
                "number_symbol": ref.number_symbol,
                "number": ref.number,
                "symbol": ref.number_symbol.split("/", 1)[-1] if ref.number_symbol else None,
                "year": ref.year,
                "name": ref.name,
                "named_id": key_id(named[0]) if named and named[1] else None,
            }
    return None


def _scan_by_number(store: Store, number: int) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    after = None
    for _ in range(SEARCH_PAGES):
        page = store.search_documents(q=str(number), after=after, limit=SEARCH_PAGE)
        out.extend(page)
        if len(page) < SEARCH_PAGE:
            break
        after = page[-1]["id"]
    return out


def _differences(docs: list[dict[str, Any]]) -> str:
    diffs = []
    for field, label in (
        ("year", "year"),
        ("province", "province"),
        ("issuer", "issuer"),
        ("doc_type", "type"),
    ):
        values = {str(d.get(field)) for d in docs}
        if len(values) > 1:
            diffs.append(label)
    return ", ".join(diffs) if diffs else "no distinguishing metadata"


def lookup(store: Store, query: str) -> dict[str, Any]:
    """Candidates for `query`, best first: {query, folded, parsed, ambiguous, candidates}."""
    by_id = store.get_document(query.strip()) if query.strip() else None
    if by_id is not None:
        candidates = [{"document": by_id, "why": "document id", "score": 1.0}]
        return {
            "query": query,
            "folded": fold(query),
            "parsed": None,
            "ambiguous": False,
            "candidates": candidates,
        }
    folded = fold(query)
    parsed = _extract(query)
    scored: dict[str, tuple[float, str, dict[str, Any]]] = {}

    def add(doc: dict[str, Any], score: float, why: str) -> None:
        if doc.get("id") and (doc["id"] not in scored or scored[doc["id"]][0] < score):
            scored[doc["id"]] = (score, why, doc)

    year_filter: int | None = parsed.get("year") if parsed else None
    if parsed and parsed.get("named_id"):  # a document by name alone: its key
        doc = store.get_document(parsed["named_id"])
        if doc is not None:
            add(doc, 1.0, "the document this name stands for")
    if parsed and parsed.get("number_symbol"):
        for doc in store.find_by_symbol(parsed["number_symbol"]):
            add(doc, 1.0, "exact number/symbol")

    found = symbol_key(folded)
    if found is not None:
        key, type_words = found
        if key.year is None and year_filter is None:
            rest = folded.replace(str(key.number), " ", 1)
            m = _STANDALONE_YEAR.search(rest)
            year_filter = int(m.group(1)) if m else None
        if key.surface:  # the store's symbol index is itself tolerant of case and diacritics
            for doc in store.find_by_symbol(key.surface):
                add(doc, 0.9, "same number/symbol ignoring diacritics, case and punctuation")
        if not scored:  # short forms ("Chỉ thị 33") and odd spellings: compare folded symbols
            for doc in _scan_by_number(store, key.number):
                dkey = _doc_key(doc)
                if dkey is None or not key.matches(dkey):
                    continue
                if key.letters:
                    add(doc, 0.8, "same number/symbol ignoring diacritics, case and punctuation")
                elif type_words and fold(doc.get("doc_type") or "").startswith(type_words):
                    add(doc, 0.6, "same type and number (no symbol given)")
    elif folded:
        name_q = parsed.get("name") if parsed and parsed.get("name") else query
        for doc in store.search_documents(q=name_q, limit=50):
            add(doc, 0.5, "name or title contains the query")

    ranked = sorted(scored.values(), key=lambda t: (-t[0], t[2].get("id", "")))
    if year_filter:
        in_year = [t for t in ranked if not t[2].get("year") or int(t[2]["year"]) == year_filter]
        if in_year:
            ranked = in_year
        else:  # keep them, but say the year given matches none
            ranked = [(s, f"{why}; none is of {year_filter}, the year asked", d) for s, why, d in ranked]
    ambiguous = len(ranked) > 1
    if ambiguous:
        differ = _differences([t[2] for t in ranked])
        ranked = [(s, f"{why}; several documents match, differing in {differ}", d) for s, why, d in ranked]
    return {
        "query": query,
        "folded": folded,
        "parsed": parsed,
        "ambiguous": ambiguous,
        "candidates": [{"document": d, "why": why, "score": s} for s, why, d in ranked],
    }
