"""How both stores merge what many reports say about one document into its one view.

Every report that cites a document contributes a version of its properties (`doc_tuple`); the view
takes, field by field, the value most reports agree on (`best`, ties broken by the smallest value so
the answer never depends on ingestion order); a report's own metadata outweighs citations of it.
Flags and the dates seen are the union, and two different full dates flag `conflicting_dates`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import Any

from graph.identity import fold, parse_symbol, split_key
from graph.records import DocumentNode

DOC_FIELDS = (
    "doc_type",
    "number_symbol",
    "year",
    "date",
    "issuer",
    "issuer_key",
    "province",
    "title",
    "name",
)
RESOLVED, FLAGS, DATES = 9, 10, 11  # positions after DOC_FIELDS in a version tuple
OWN_WEIGHT = 10**9  # a report's own metadata wins over any number of citations


def unknown_province(key: str | None) -> dict[str, Any]:
    """The group of an implementer whose province is not stored (the same in both stores)."""
    return {"id": key or "unknown", "key": key, "name": key or "(unknown)", "era": None, "successor": None}


def unknown_body() -> dict[str, Any]:
    """The group of an implementer whose body is not stored (the same in both stores)."""
    return {"id": "unknown", "key": None, "name": "(unknown)"}


def doc_tuple(d: DocumentNode) -> tuple[Any, ...]:
    """One report's version of a document's properties (hashable, so versions can be counted)."""
    return (
        d.doc_type,
        d.number_symbol,
        d.year,
        d.date,
        d.issuer,
        d.issuer_key,
        d.province,
        d.title,
        d.name,
        d.resolved,
        tuple(sorted(d.flags)),
        tuple(sorted(d.dates_seen)),
    )


def best(counter: Mapping[tuple[Any, ...], int], i: int) -> Any:
    """Most common non-null value of field i over the versions (ties: smallest), order independent."""
    votes: Counter[Any] = Counter()
    for t, n in counter.items():
        if t[i] is not None:
            votes[t[i]] += n
    if not votes:
        return None
    top = max(votes.values())
    return min((v for v, n in votes.items() if n == top), key=lambda v: (str(type(v)), v))


def merged_view(counter: Mapping[tuple[Any, ...], int]) -> tuple[dict[str, Any], set[str], set[str]]:
    """(fields, flags, dates seen) of a document from the counted versions of it."""
    if len(counter) == 1:  # most documents: one version, whose values are the view (what `best` gives)
        (only,) = counter
        fields = dict(zip(DOC_FIELDS, only, strict=False))
        dates: set[str] = set(only[DATES])
        flags: set[str] = set(only[FLAGS])
        if len({d for d in dates if len(d) == 10}) > 1:
            flags.add("conflicting_dates")
        return fields, flags, dates
    fields = {f: best(counter, i) for i, f in enumerate(DOC_FIELDS)}
    flags, dates = set(), set()
    for t in counter:
        flags.update(t[FLAGS])
        dates.update(t[DATES])
    if len({d for d in dates if len(d) == 10}) > 1:
        flags.add("conflicting_dates")
    return fields, flags, dates


def symbol_index_key(number_symbol: str | None) -> str | None:
    """Lookup form of a number/symbol: canonical symbol and number, and the year when the symbol
    has one ("33/CT-TTG" → "ct-ttg:33", "04/2015/NĐ-CP" → "nd-cp:4:2015")."""
    if not number_symbol:
        return None
    ps = parse_symbol(number_symbol)
    if ps is None:
        return fold(number_symbol).replace(" ", "")
    return fold(f"{ps.symbol}:{ps.number}" + (f":{ps.year}" if ps.year else ""))


def key_symbol_entries(key: str) -> list[str]:
    """Symbol index entries of a symbol key: "sym:num" and "sym:num:period"."""
    parts = split_key(key)
    if parts is None:
        return []
    sym, num, period, _ = parts
    base = fold(f"{sym}:{num}")
    return [base] if period == "?" else [base, fold(f"{sym}:{num}:{period}")]
