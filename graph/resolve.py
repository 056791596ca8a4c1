"""Corpus-level resolution of partial keys — why the graph does not depend on ingestion order.

A mention of a yearless symbol with no date ("Chỉ thị số 33/CT-TTg") that its own document cannot
pin down (graph.identity) is stored under its *partial* key, "CT-TTg:33:?" — never rewritten at
write time. Resolution happens at read time: a partial key stands for the unique full key of the
same symbol and scope ("CT-TTg:33:2021") present in the store, if exactly one exists; with none or
several it stays an explicit unresolved Document{resolved: false} (with its candidates listed).

Because the stored data is just the union of the reports' contributions and the resolution is a
pure function of that union, ingesting A then B, B then A, or being killed mid-run and rerun gives
the same graph. `AliasIndex` is the incremental index both stores can use: partial key → counts of
the full keys currently contributed by some report. The Neo4j store does the same with a
`partial` property on Document nodes (see cypher/queries).
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from graph.identity import is_partial, partial_of


class Tally(dict[Any, int]):
    """A dict of counts (missing → 0). Unlike collections.Counter it unpickles at C speed, which
    matters for a store of millions of them."""

    def __missing__(self, key: Any) -> int:
        return 0

    def inc(self, key: Any, n: int = 1) -> None:
        self[key] = self.get(key, 0) + n

    def dec(self, key: Any, n: int = 1) -> None:
        """Subtract; the entry disappears at zero."""
        left = self.get(key, 0) - n
        if left > 0:
            self[key] = left
        else:
            self.pop(key, None)


def resolve_partial(candidates: Collection[str]) -> str | None:
    """The full key a partial key stands for: the only candidate, else None (unresolved)."""
    keys = set(candidates)
    return next(iter(keys)) if len(keys) == 1 else None


class AliasIndex:
    """partial key → Tally of full keys (one count per contributing report)."""

    __slots__ = ("_full",)

    def __init__(self) -> None:
        self._full: dict[str, Tally] = {}

    def add(self, key: str) -> None:
        partial = partial_of(key)
        if partial is not None:
            self._full.setdefault(partial, Tally()).inc(key)

    def discard(self, key: str) -> None:
        partial = partial_of(key)
        if partial is None or partial not in self._full:
            return
        c = self._full[partial]
        c.dec(key)
        if not c:
            del self._full[partial]

    def candidates(self, partial: str) -> list[str]:
        return sorted(self._full.get(partial, ()))

    def resolve(self, key: str) -> str:
        """The key a mention target stands for (itself unless it is a resolvable partial key)."""
        if not is_partial(key):
            return key
        full = resolve_partial(self._full.get(key, ()))
        return full if full is not None else key

    def partials_into(self, full_key: str) -> str | None:
        """The partial key that currently resolves to `full_key`, if any."""
        partial = partial_of(full_key)
        if partial is None:
            return None
        c = self._full.get(partial)
        return partial if c is not None and len(c) == 1 and full_key in c else None
