"""The one store interface the CLI and the API use; `EmbeddedStore` and `Neo4jStore` implement it.

Both implementations must give identical answers (tests/test_store_conformance.py runs the same
corpus and queries against both). Results are plain JSON-able dicts whose shapes are documented on
each method; lists come in a stable, documented order so pagination and comparisons are exact.

Document dicts ("doc" below) have: id, key, doc_type, number_symbol, year, date, issuer (name),
issuer_key, province, title, name, resolved, is_report, labels, flags, dates_seen (+ source for
reports, + candidates [ids] for an ambiguous unresolved document).

Partial keys (graph.resolve): a mention stored under "SYM:N:?[:province]" stands for the unique
full key of that symbol and scope present in the store; reads show it as that document (its id
redirects there, its mentions count there) or, with zero or several candidates, as a
Document{resolved: false} (flag "ambiguous" and `candidates` when several). Changes:
2026-11-22 implementers() gained `limit` and "report_count"; this header documents doc dicts;
citations() gained `limit` and `offset`.
"""

from __future__ import annotations

import contextlib
import gc
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, Protocol, TypeVar, runtime_checkable

from graph.identity import key_id
from graph.records import Contribution


@contextlib.contextmanager
def no_gc() -> Iterator[None]:
    """Pause the cyclic GC while a store (un)pickles or builds many containers: it would rescan
    every live object again and again (halves the embedded load time; a fifth of the Neo4j writer's
    CPU); nothing made there is cyclic garbage."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


class StoreError(Exception):
    """Base of store errors the API and CLI turn into clear messages."""


class StoreUnavailable(StoreError):
    """The backing database cannot be reached (dead Neo4j, unreadable data directory)."""


class NotFound(StoreError):
    pass


T = TypeVar("T")


def page(items: Sequence[T], limit: int | None, offset: int = 0) -> list[T]:
    """`items[offset : offset + limit]` (everything from `offset` when `limit` is None)."""
    if offset < 0 or (limit is not None and limit < 0):
        raise ValueError("limit and offset must not be negative")
    return list(items[offset : None if limit is None else offset + limit])


def citation_page(
    edges: Iterable[tuple[str, str, int]], relation: str | None, limit: int | None, offset: int = 0
) -> list[tuple[str, str, int]]:
    """`Store.citations` rows from one store's (other key, relation, count) edges: counts summed per
    pair, only `relation` when given, ordered by the other document's id then relation, paged."""
    want = relation.upper() if relation else None
    agg: Counter[tuple[str, str]] = Counter()
    for other, typ, n in edges:
        if want is None or typ == want:
            agg[(other, typ)] += n
    pairs = page(sorted(agg, key=lambda ot: (key_id(ot[0]), ot[1])), limit, offset)
    return [(other, typ, agg[(other, typ)]) for other, typ in pairs]


@runtime_checkable
class Store(Protocol):
    # ---- lifecycle -------------------------------------------------------------------------
    def close(self) -> None: ...

    def health(self) -> dict[str, Any]:
        """{"ok": bool, "store": "embedded"|"neo4j", "detail": str}; never raises."""

    # ---- writes ----------------------------------------------------------------------------
    def write(self, contribution: Contribution) -> str:
        """Write one report's contribution atomically.

        Returns "unchanged" (same sha256 already stored for this report), "added" or "replaced"
        (an earlier version of the same report, same `source` or same report key, is taken out
        first, in the same transaction/commit)."""

    def write_many(self, contributions: Sequence[Contribution]) -> list[str]:
        """Batched `write` (one transaction / one persist per batch)."""

    def remove(self, report: str) -> bool:
        """Take a report's contribution out (by report id, key, source path or sha256)."""

    def report_hashes(self) -> dict[str, str]:
        """{source: sha256} of every stored report (for idempotent re-ingest)."""

    # ---- reads -----------------------------------------------------------------------------
    def stats(self) -> dict[str, int]:
        """Counts: documents, reports, unresolved, bodies, provinces, mentions, relations."""

    def get_document(self, doc_id: str) -> dict[str, Any] | None:
        """Document node props + {"issuer": {...}|None, "cited_by": int, "cites": int}."""

    def find_by_symbol(self, number_symbol: str) -> list[dict[str, Any]]:
        """Every document whose canonical number_symbol equals the argument (case-insensitive)."""

    def search_documents(
        self,
        q: str | None = None,
        doc_type: str | None = None,
        issuer: str | None = None,
        year: int | None = None,
        after: str | None = None,
        limit: int = 50,
    ) -> list[dict[str, Any]]:
        """Documents matching (q matched without diacritics/case against number_symbol, title,
        name), ordered by id; `after` is the last id of the previous page."""

    def implementers(
        self,
        doc_id: str,
        level: str = "province",
        since: str | None = None,
        until: str | None = None,
        limit: int | None = None,
    ) -> list[dict[str, Any]]:
        """Who implements / reports on / responds to the document (reports whose own relation to it
        is IMPLEMENTS, REPORTS_ON or RESPONDS_TO; since/until filter on the report's date).

        One row per group (province or body), ordered by group name, then id:
        {"group": {"id","name",...}, "report_count": int,
         "reports": [{"report": {...}, "relations": ["IMPLEMENTS", ...],
         "evidence": [{"sentence","start","end","text","relation","report_id"}]}]}
        Reports within a group are ordered by report id; `limit` caps how many are listed per
        group (None = all), "report_count" is always the full number. Raises NotFound."""

    def citations(
        self,
        doc_id: str,
        direction: str = "in",
        relation: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[dict[str, Any]]:
        """[{"document": {...}, "relation": str, "count": int}] ordered by document id, then relation.
        One row per (other document, relation): "CITES" (count = mentions) and each typed relation
        (count = reports stating it); `relation` filters by type (case-insensitive). `offset` and
        `limit` page through the rows in that order (a directive cited by tens of thousands of
        reports: only the page's documents are built). Raises NotFound."""

    def chain(
        self, doc_id: str, direction: str = "up", depth: int = 3, limit: int = 200
    ) -> list[dict[str, Any]]:
        """Citation paths from the document: "down" follows what cites it, "up" what it cites.
        [{"nodes": [doc...], "relations": [type...]}], at most `limit` paths, depth ≤ `depth`."""

    def provinces(self) -> list[dict[str, Any]]:
        """All provinces with their successor/predecessors, ordered by id."""

    def province_documents(self, province_id: str, relation: str | None = None) -> list[dict[str, Any]]:
        """Documents the reports of a province (old unit, or new unit = itself + predecessors)
        implement/report on/respond to: [{"document", "relations", "reports"}] ordered by id."""

    def get_report(self, report_id: str) -> dict[str, Any] | None:
        """Report metadata (DocumentMeta dict + id, key, source, sha256)."""

    def report_references(self, report_id: str) -> list[dict[str, Any]] | None:
        """The report's references (Reference dicts + "target_id"), in text order."""

    def report_text(self, report_id: str) -> str | None: ...

    def iter_nodes(self) -> Iterator[tuple[str, str, dict[str, Any]]]:
        """(label, key, props) for every node, for exports."""

    def iter_edges(self) -> Iterator[tuple[str, str, str, dict[str, Any]]]:
        """(type, source key, target key, props) for every relationship, for exports."""
