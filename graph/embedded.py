"""EmbeddedStore: the graph in a NetworkX DiGraph plus side tables, persisted under a data directory.

Layout of the data directory (default `./var/legalgraph`, or `$LEGALGRAPH_DATA_DIR`; its files are
read and written by `graph.embedded_files`, what goes into them is decided here):

    graph.pickle                snapshot of the whole graph state; replaced atomically (temp file in
                                the same directory, fsync, os.replace), so a crash leaves the previous one
    journal-<gen>.log           the batches committed since that snapshot (generation <gen>, recorded in
                                the snapshot): appended and fsync'ed per batch, each record framed by
                                length and CRC-32, so a crash mid-append leaves a torn tail that loading
                                detects and ignores (and the next writer truncates). Loading = snapshot +
                                replay of its journal. When the journal holds as many reports as the
                                snapshot (at least JOURNAL_MIN), the next commit writes a new snapshot
                                instead and deletes the old journal: the cost of a commit does not grow
                                with the store, and replay on load stays bounded by the snapshot size.
    reports/p<time>-<pid>.pack  report payloads, one pack file per written batch: each report's
                                text, metadata and references as its own zlib-compressed JSON blob
                                (located by pack, offset, length); read on demand — report texts
                                are not held in RAM; a pack is deleted when no report uses it
    .lock                       flock'ed by the one process allowed to write

Graph representation (why it is compact enough for ~100k reports):
- `g` nodes are Document keys. A node's properties are not stored as one dict but as a Tally (count dict) of
  the property tuples each contributing report gave it (tuples interned, so equal versions share
  one object); the merged view (most common value per field, ties by smallest) is computed on read.
  That makes the node independent of ingestion order and lets a removal subtract exactly what the
  report added.
- MENTIONS are edges report → cited document holding an evidence list of compact tuples (one per
  mention: offsets, surface text, deduplicated sentence, relation, kind ...). One edge per cited
  pair with an evidence list, rather than one Mention node per mention, keeps memory per mention
  near the size of its evidence; CITES (count = mentions) is that same edge seen aggregated, and is
  materialised only in exports/queries. IMPLEMENTS/REPORTS_ON/RESPONDS_TO stated by the report
  itself are a bitmask on the same edge; other typed relations (GUIDES, AMENDS, REPLACES, BASED_ON
  or any doc→doc relation) are kept on the edge as {type: Tally(contributing report)}.
- Bodies and Provinces are side tables (few, small), with ISSUED_BY/LOCATED_IN as Tallies.
- Undated yearless mentions point at *partial* keys; `graph.resolve.AliasIndex` maps them at read
  time to the unique dated document of the same symbol and scope (order independence).
"""

from __future__ import annotations

import dataclasses
import heapq
import os
import pickle
import sys
import zlib
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, NamedTuple

import networkx as nx
import orjson

from graph.embedded_files import DataDir
from graph.identity import fold, is_partial, key_id
from graph.merge import (
    OWN_WEIGHT,
    best,
    doc_tuple,
    key_symbol_entries,
    merged_view,
    symbol_index_key,
    unknown_body,
    unknown_province,
)
from graph.records import Contribution
from graph.resolve import AliasIndex, Tally
from graph.store import NotFound, StoreError, StoreUnavailable, citation_page, no_gc

FORMAT_VERSION = 3
JOURNAL_MIN = 2000  # journaled reports before the first compaction into a snapshot
IMPL_TYPES = ("IMPLEMENTS", "REPORTS_ON", "RESPONDS_TO")  # what makes a report an implementer
_BIT = {t: 1 << i for i, t in enumerate(IMPL_TYPES)}
# mention tuple layout
M_TARGET, M_INDEX, M_START, M_END, M_REL, M_KIND, M_TEXT, M_SENT, M_SENT_START, M_PIN, M_CONF, M_VER = range(
    12
)


def default_data_dir() -> Path:
    return Path(os.environ.get("LEGALGRAPH_DATA_DIR") or "var/legalgraph")


def encode_payload(c: Contribution) -> bytes:
    """The report's payload as stored in a pack: its text, metadata and references, zlib'ed JSON."""
    data = {
        "source": c.source,
        "sha256": c.sha256,
        "key": c.report_key,
        "id": c.report_id,
        "text": c.text,
        "meta": c.report_meta,
        "references": c.references,
    }
    return zlib.compress(orjson.dumps(data, option=orjson.OPT_NON_STR_KEYS), 3)


class Packed(NamedTuple):
    """A contribution prepared for the embedded store where it was built (an extraction worker):
    its payload encoded for a pack and the rest pickled as the journal records it, so the writer
    neither encodes nor re-pickles it and unpickles only what it indexes. Embedded store only."""

    report_key: str
    source: str
    sha256: str
    n_mentions: int
    payload: bytes  # pack blob: text, metadata, references (`encode_payload`)
    record: bytes  # pickled Contribution without text, metadata and references


def compact(c: Contribution) -> Packed:
    """`c` packed for `EmbeddedStore.write_many` (see `Packed`)."""
    record = pickle.dumps(_journaled(c), protocol=pickle.HIGHEST_PROTOCOL)
    return Packed(c.report_key, c.source, c.sha256, len(c.mentions), encode_payload(c), record)


def _journaled(c: Contribution) -> Contribution:
    """What the journal keeps of a contribution: everything but the payload (kept in a pack)."""
    return dataclasses.replace(c, text="", report_meta={}, references=[])


class _Report(NamedTuple):
    """What the store keeps in RAM about one report (enough to answer queries and to remove it)."""

    key: str
    id: str
    source: str
    sha256: str
    province: str | None
    body: str | None
    date: str | None
    title: str | None
    own: tuple[Any, ...]
    doc_keys: tuple[str, ...]
    doc_props: tuple[tuple[Any, ...], ...]
    xrels: tuple[tuple[str, str, str], ...]
    issued_by: tuple[tuple[str, str], ...]
    located_in: tuple[tuple[str, str], ...]
    bodies: tuple[tuple[str, tuple[Any, ...]], ...]
    provinces: tuple[tuple[str, tuple[Any, ...]], ...]
    sent_to: tuple[str, ...]
    n_mentions: int
    pack: str  # payload location: pack file name, offset, length
    offset: int
    length: int


class _State:
    """Everything persisted in graph.pickle."""

    def __init__(self) -> None:
        self.version = FORMAT_VERSION
        self.g = nx.DiGraph()
        self.reports: dict[str, _Report] = {}
        self.by_source: dict[str, str] = {}
        self.by_sha: dict[str, str] = {}
        self.ids: dict[str, str] = {}  # document id -> key
        self.bodies: dict[str, dict[str, Any]] = {}  # key -> {"c": Tally[props], "li": Tally[province]}
        self.provinces: dict[str, Tally] = {}
        self.body_ids: dict[str, str] = {}
        self.alias = AliasIndex()
        self.symbols: dict[str, set[str]] = {}  # symbol index key -> document keys
        self.loose_symbols: dict[str, str] = {}  # key without symbol fields -> its symbol index key
        self.impl: dict[
            str, dict[str | None, dict[str, int]]
        ] = {}  # raw target -> province -> report id -> bits
        self.rid: dict[str, str] = {}  # report id -> report key
        self.by_province: dict[str | None, set[str]] = {}
        self.n_mentions = 0
        self.packs: dict[str, int] = {}  # pack file -> number of live payloads in it
        self.journal_gen = 0  # generation of the journal that continues this snapshot


_LOOSE_PREFIXES = ("unresolved:", "named:", "report:")  # keys whose symbol is not part of the key


class EmbeddedStore:
    """The default store; see the module docstring. Thread-safe for reads; one writer process."""

    kind = "embedded"

    def __init__(self, data_dir: str | os.PathLike[str] | None = None) -> None:
        self.data_dir = Path(data_dir) if data_dir else default_data_dir()
        self._state: _State | None = None
        self._stamp: tuple[Any, Any] | None = None  # (snapshot stat, journal stat) when loaded
        self._jpos = 0  # end of the last valid journal record applied to the state
        self._jops = 0  # reports added or removed through the journal since the snapshot
        self._snap_reports = 0  # reports in the snapshot
        self._dir = DataDir(self.data_dir)
        self._intern: dict[Any, Any] = {}
        self._cache: dict[str, Any] = {}

    # ---- lifecycle ---------------------------------------------------------------------------
    def close(self) -> None:
        self._dir.unlock()

    def __enter__(self) -> EmbeddedStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def health(self) -> dict[str, Any]:
        try:
            st = self._s()
            return {"ok": True, "store": "embedded", "detail": f"{self.data_dir} ({len(st.reports)} reports)"}
        except StoreError as exc:
            return {"ok": False, "store": "embedded", "detail": str(exc)}

    @property
    def _st(self) -> _State:
        """The loaded state without the freshness check (for helpers inside one public call)."""
        return self._state if self._state is not None else self._s()

    def _file_stamp(self, gen: int | None = None) -> tuple[Any, Any]:
        """(snapshot stat, stat of the journal of generation `gen`, default the loaded one)."""
        if gen is None:
            gen = self._state.journal_gen if self._state is not None else 0
        return self._dir.stamp(gen)

    def _s(self) -> _State:
        """The state, loaded lazily and reloaded (snapshot + journal) when another process has
        committed. A reload builds a new state object and swaps it in, so a thread still reading
        the previous one sees it whole."""
        if self._state is not None and self._dir.locked:
            return self._state  # the writer's state is authoritative while it holds the lock
        if self._state is not None and self._file_stamp() == self._stamp:
            return self._state
        loader = EmbeddedStore(self.data_dir)
        state = loader._load()
        self._intern, self._jpos, self._jops, self._stamp = (
            loader._intern,
            loader._jpos,
            loader._jops,
            loader._stamp,
        )
        self._snap_reports = loader._snap_reports
        self._state = state
        self._cache = {}
        return state

    def _load(self) -> _State:
        for _ in range(5):  # a writer may compact between our reading the snapshot and its journal
            snap = self._dir.stat(self._dir.snapshot_path)
            self._state = state = self._load_snapshot() if snap is not None else _State()
            self._intern, self._snap_reports = {}, len(state.reports)
            with no_gc():
                self._jpos, self._jops = self._replay(state.journal_gen, 0)
            self._stamp = self._file_stamp()
            if self._stamp[0] == snap:
                break
        return state

    def _load_snapshot(self) -> _State:
        state = self._dir.read_snapshot()
        if getattr(state, "version", None) != FORMAT_VERSION:
            raise StoreUnavailable(
                f"{self._dir.snapshot_path} has an unsupported format; re-ingest the reports"
            )
        if not hasattr(state, "journal_gen"):
            state.journal_gen = 0  # a snapshot written before the journal existed
        return state

    def _replay(self, gen: int, pos: int) -> tuple[int, int]:
        """Apply the journal records of generation `gen` from offset `pos` (up to a torn tail).
        Returns (end of the last valid record, reports added or removed)."""
        end, n = pos, 0
        for record_end, ops in self._dir.read_journal(gen, pos):
            self._apply(ops)
            end, n = record_end, n + len(ops)
        return end, n

    def _apply(self, ops: list[tuple[Any, ...]]) -> None:
        for op in ops:
            if op[0] == "rm":
                self._remove_report(op[1])
            else:
                self._add(pickle.loads(op[1]), *op[2:])

    def _acquire(self) -> None:
        if self._dir.locked:
            return
        self._dir.lock()
        if self._state is not None and self._file_stamp() != self._stamp:
            self._state = None  # another writer committed since we loaded: re-read it

    def _commit(self, ops: list[tuple[Any, ...]]) -> None:
        """Make the applied `ops` durable: append them to the journal, or, when the journal has grown
        as large as the snapshot, write a new snapshot (which includes them)."""
        if self._jops + len(ops) >= max(JOURNAL_MIN, self._snap_reports):
            self._persist()
        else:
            self._jpos = self._dir.append_journal(self._st.journal_gen, self._jpos, ops)
            self._jops += len(ops)
            self._stamp = self._file_stamp()

    def _persist(self) -> None:
        """Write a full snapshot that starts a new journal generation (the old journals go)."""
        st = self._s()
        old_gen = st.journal_gen
        st.journal_gen = old_gen + 1
        try:
            self._dir.write_snapshot(st, st.journal_gen)
        except BaseException:
            st.journal_gen = old_gen
            raise
        self._jpos, self._jops, self._snap_reports = 0, 0, len(st.reports)
        self._stamp = self._file_stamp()

    def _payload(self, rec: _Report) -> dict[str, Any] | None:
        blob = self._dir.read_pack(rec.pack, rec.offset, rec.length)
        if blob is None:
            return None
        try:
            return orjson.loads(zlib.decompress(blob))
        except (ValueError, zlib.error) as exc:
            raise StoreUnavailable(f"cannot read the stored report {rec.sha256}: {exc}") from exc

    def _drop_packs(self) -> None:
        """Delete pack files no report points into any more (after the state commit)."""
        st = self._s()
        for name in [n for n, live in st.packs.items() if live <= 0]:
            del st.packs[name]
            self._dir.delete_pack(name)

    # ---- writes ------------------------------------------------------------------------------
    def write(self, contribution: Contribution | Packed) -> str:
        return self.write_many([contribution])[0]

    def write_many(self, contributions: Sequence[Contribution | Packed]) -> list[str]:
        self._acquire()
        st = self._s()
        statuses: list[str] = []
        ops: list[tuple[Any, ...]] = []  # what was applied, in order: the journal record
        try:
            new: dict[str, Contribution | Packed] = {}  # sha -> contribution, in order, first of duplicates
            for c in contributions:
                if not c.sha256:
                    raise StoreError(f"{c.source}: contribution without sha256")
                if c.sha256 not in st.by_sha and c.sha256 not in new:
                    new[c.sha256] = c
            blobs = [c.payload if isinstance(c, Packed) else encode_payload(c) for c in new.values()]
            pack, locs = self._dir.write_pack(blobs) if new else ("", [])
            loc = dict(zip(new, locs, strict=True))
            if pack:
                st.packs[pack] = 0  # counts the reports added below (and any replaced within the batch)
            with no_gc():
                for c in contributions:
                    if c.sha256 in st.by_sha or c.sha256 not in loc:
                        statuses.append("unchanged")
                        continue
                    old = {
                        k
                        for k in (
                            st.by_source.get(c.source),
                            c.report_key if c.report_key in st.reports else None,
                        )
                        if k
                    }
                    for k in sorted(old):
                        self._remove_report(k)
                        ops.append(("rm", k))
                    if isinstance(c, Packed):
                        record, full = c.record, pickle.loads(c.record)
                    else:
                        record, full = pickle.dumps(_journaled(c), protocol=pickle.HIGHEST_PROTOCOL), c
                    op = ("add", record, pack, *loc.pop(c.sha256))
                    self._add(full, *op[2:])
                    ops.append(op)
                    statuses.append("replaced" if old else "added")
            if ops:
                self._commit(ops)
        except BaseException:
            self._state = None  # discard the half-applied batch; the file still holds the last commit
            raise
        finally:
            self._cache = {}
        self._drop_packs()
        return statuses

    def remove(self, report: str) -> bool:
        self._acquire()
        key = self._find_report(report)
        if key is None:
            return False
        try:
            self._remove_report(key)
            self._commit([("rm", key)])
        except BaseException:
            self._state = None
            raise
        finally:
            self._cache = {}
        self._drop_packs()
        return True

    def report_hashes(self) -> dict[str, str]:
        return {r.source: r.sha256 for r in self._s().reports.values()}

    def _find_report(self, ref: str) -> str | None:
        st = self._s()
        if ref in st.reports:
            return ref
        for index in (st.by_source, st.by_sha):
            if ref in index:
                return index[ref]
        if ref in st.rid:
            return st.rid[ref]
        ab = os.path.abspath(ref)
        return st.by_source.get(ab)

    def _i(self, value: Any) -> Any:
        return self._intern.setdefault(value, value)

    def _add(self, c: Contribution, pack: str, offset: int, length: int) -> None:
        st, g, K = self._st, self._st.g, c.report_key
        prov = c.report.province
        own = self._i(doc_tuple(c.report))
        self._node(K, c.report_id, c.report.number_symbol)
        st.alias.add(K)
        doc_keys, doc_props = [], []
        for d in c.documents:
            t = self._i(doc_tuple(d))
            self._node(d.key, d.id, d.number_symbol)["c"].inc(t)
            st.alias.add(d.key)
            doc_keys.append(d.key)
            doc_props.append(t)
        nodes = g._node  # networkx's node-attribute dict (hot path; every doc here exists)
        for doc, body in c.issued_by:
            nodes[doc].setdefault("ib", Tally()).inc(body)
        bodies = []
        for b in c.bodies:
            t = self._i((b.name, b.short_name, b.province))
            st.bodies.setdefault(b.key, {"c": Tally(), "li": Tally()})["c"].inc(t)
            st.body_ids[b.id] = b.key
            bodies.append((b.key, t))
        for body, province in c.located_in:
            st.bodies.setdefault(body, {"c": Tally(), "li": Tally()})["li"].inc(province)
        provinces = []
        for p in c.provinces:
            t = self._i((p.name, p.era, p.successor))
            st.provinces.setdefault(p.key, Tally()).inc(t)
            provinces.append((p.key, t))
        # mentions: one edge report -> raw target with the evidence list
        ev: dict[str, list[tuple[Any, ...]]] = {}
        for m in c.mentions:
            if m.target_key == K:
                continue
            ev.setdefault(m.target_key, []).append(
                (
                    m.target_key,
                    m.index,
                    m.start,
                    m.end,
                    sys.intern(m.relation),
                    sys.intern(m.kind),
                    # the surface text is kept only when the sentence does not contain it verbatim
                    None
                    if m.sentence[m.start - m.sentence_start : m.end - m.sentence_start] == m.text
                    else m.text,
                    sys.intern(m.sentence),
                    m.sentence_start,
                    m.pinpoint,
                    None if m.confidence == 1.0 else m.confidence,
                    sys.intern(m.extractor_version),
                )
            )
        for target, items in ev.items():
            if target not in g:
                self._node(target, key_id(target))
            g.add_edge(K, target, ev=tuple(items))
        st.n_mentions += sum(len(v) for v in ev.values())
        xrels = []
        for r in c.relations:
            if r.source_key == K and r.type in _BIT and r.target_key in g:
                data = g.get_edge_data(K, r.target_key)
                if data is None:
                    g.add_edge(K, r.target_key)
                    data = g.get_edge_data(K, r.target_key)
                data["r"] = data.get("r", 0) | _BIT[r.type]
                continue
            for end in (r.source_key, r.target_key):
                if end not in g:
                    self._node(end, key_id(end))
            if not g.has_edge(r.source_key, r.target_key):
                g.add_edge(r.source_key, r.target_key)
            x = g[r.source_key][r.target_key].setdefault("x", {})
            x.setdefault(r.type, Tally()).inc(K)
            xrels.append((r.source_key, r.type, r.target_key))
        for target in g.successors(K):
            bits = g[K][target].get("r", 0)
            if bits:
                st.impl.setdefault(target, {}).setdefault(prov, {})[c.report_id] = bits
        st.by_province.setdefault(prov, set()).add(K)
        rec = _Report(
            key=K,
            id=c.report_id,
            source=c.source,
            sha256=c.sha256,
            province=prov,
            body=c.report.issuer_key,
            date=c.report.date,
            title=c.report.title,
            own=own,
            doc_keys=tuple(doc_keys),
            doc_props=tuple(doc_props),
            xrels=tuple(xrels),
            issued_by=tuple(c.issued_by),
            located_in=tuple(c.located_in),
            bodies=tuple(bodies),
            provinces=tuple(provinces),
            sent_to=tuple(b for _, b in c.sent_to),
            n_mentions=sum(len(v) for v in ev.values()),
            pack=pack,
            offset=offset,
            length=length,
        )
        st.reports[K] = rec
        st.packs[pack] = st.packs.get(pack, 0) + 1
        st.rid[c.report_id] = K
        st.by_source[c.source] = K
        st.by_sha[c.sha256] = K

    def _node(self, key: str, doc_id: str, number_symbol: str | None = None) -> dict[str, Any]:
        """The node's attribute dict, creating (and indexing) the node when new."""
        st = self._st
        attrs = st.g._node.get(key)
        if attrs is None:
            st.g.add_node(key, c=Tally())
            attrs = st.g._node[key]
            st.ids.setdefault(doc_id, key)
            self._index_symbol(number_symbol, key)
        elif number_symbol and key not in st.loose_symbols and key.startswith(_LOOSE_PREFIXES):
            self._index_symbol(number_symbol, key)
        return attrs

    def _index_symbol(self, number_symbol: str | None, key: str) -> None:
        st = self._st
        entries = key_symbol_entries(key)
        if not entries and key not in st.loose_symbols and (sk := symbol_index_key(number_symbol)):
            st.loose_symbols[key] = sk
            entries = [sk]
        for sk in entries:
            st.symbols.setdefault(sk, set()).add(key)

    def _remove_report(self, K: str) -> None:
        st, g = self._st, self._st.g
        rec = st.reports.pop(K)
        st.rid.pop(rec.id, None)
        if rec.pack in st.packs:
            st.packs[rec.pack] -= 1
        st.by_source.pop(rec.source, None)
        st.by_sha.pop(rec.sha256, None)
        st.by_province.get(rec.province, set()).discard(K)
        if not st.by_province.get(rec.province, True):
            del st.by_province[rec.province]
        st.n_mentions -= rec.n_mentions
        touched = {K, *rec.doc_keys}
        for target in list(g.successors(K)):
            data = g[K][target]
            if data.pop("r", 0):
                per = st.impl.get(target, {})
                per.get(rec.province, {}).pop(rec.id, None)
                if rec.province in per and not per[rec.province]:
                    del per[rec.province]
                if not per:
                    st.impl.pop(target, None)
            data.pop("ev", None)
            if not data.get("x"):
                g.remove_edge(K, target)
            touched.add(target)
        for src, typ, dst in rec.xrels:
            data = g.get_edge_data(src, dst)
            if data is None:
                continue
            cnt = data["x"][typ]
            cnt.dec(K)
            if not cnt:
                del data["x"][typ]
            if not data["x"]:
                del data["x"]
            if not data:
                g.remove_edge(src, dst)
            touched.update((src, dst))
        for key, t in zip(rec.doc_keys, rec.doc_props, strict=True):
            g.nodes[key]["c"].dec(t)
            st.alias.discard(key)
        st.alias.discard(K)
        for doc, body in rec.issued_by:
            if doc in g and "ib" in g.nodes[doc]:
                g.nodes[doc]["ib"].dec(body)
        for key, t in rec.bodies:
            st.bodies[key]["c"].dec(t)
        for body, province in rec.located_in:
            st.bodies[body]["li"].dec(province)
        for key, _ in rec.bodies:
            if key in st.bodies and not st.bodies[key]["c"] and not st.bodies[key]["li"]:
                del st.bodies[key]
                st.body_ids.pop(key_id(key), None)
        for key, t in rec.provinces:
            pc = st.provinces[key]
            pc.dec(t)
            if not pc:
                del st.provinces[key]
        for key in touched:
            self._gc_node(key)

    def _gc_node(self, key: str) -> None:
        """Drop a document no report contributes any more (and that is not itself ingested)."""
        st, g = self._st, self._st.g
        if key not in g or key in st.reports or g.nodes[key]["c"]:
            return
        if g.in_degree(key) or g.out_degree(key):
            return
        g.remove_node(key)
        did = key_id(key)
        if st.ids.get(did) == key:
            del st.ids[did]
        entries = key_symbol_entries(key)
        if key in st.loose_symbols:
            entries.append(st.loose_symbols.pop(key))
        for sk in entries:
            keys = st.symbols.get(sk)
            if keys is not None:
                keys.discard(key)
                if not keys:
                    del st.symbols[sk]

    # ---- read helpers ------------------------------------------------------------------------
    def _visible(self, key: str) -> bool:
        """False for a partial key that resolves to a dated document (shown as that document)."""
        return not (is_partial(key) and self._st.alias.resolve(key) != key)

    def _effective(self, key: str) -> str:
        return self._st.alias.resolve(key)

    def _key_of(self, doc_id: str) -> str | None:
        st = self._s()  # entry point of most reads: freshness check here
        key = st.ids.get(doc_id)
        if key is None and doc_id in st.g:
            key = doc_id
        if key is None or key not in st.g:
            return None
        return self._effective(key)

    def _group_keys(self, key: str) -> list[str]:
        """The key plus the partial key that currently resolves to it."""
        p = self._st.alias.partials_into(key)
        return [key, p] if p is not None and p in self._st.g else [key]

    def _doc(self, key: str, *, with_issuer_body: bool = False) -> dict[str, Any]:
        st = self._st
        counter: Counter[tuple[Any, ...]] = Counter()
        for k in self._group_keys(key):
            counter.update(st.g.nodes[k]["c"])
        rep = st.reports.get(key)
        if rep is not None:
            counter[rep.own] += OWN_WEIGHT
        fields, flags, dates = merged_view(counter)
        out: dict[str, Any] = {"id": key_id(key), "key": key, **fields}
        own_versions = st.g.nodes[key]["c"]
        resolved = not key.startswith("unresolved:") and all(t[9] for t in own_versions)
        if is_partial(key):
            resolved = False
            cands = st.alias.candidates(key)
            if len(cands) > 1:
                flags.add("ambiguous")
                out["candidates"] = sorted(key_id(c) for c in cands)
        if out["year"] is None and (parts := key.split(":")) and len(parts) >= 3 and parts[2].isdigit():
            out["year"] = int(parts[2])
        out["resolved"] = resolved
        out["is_report"] = rep is not None
        out["labels"] = ["Document", "Report"] if rep is not None else ["Document"]
        out["flags"] = sorted(flags)
        out["dates_seen"] = sorted(dates)
        if rep is not None:
            out["source"] = rep.source
        if with_issuer_body:
            out["issuer_name"] = out["issuer"]
            bk = out["issuer_key"]
            ib: Counter[str] = Counter()
            for k in self._group_keys(key):
                ib.update(st.g.nodes[k].get("ib", {}))
            if rep is not None and rep.body:
                bk = rep.body
            elif ib:
                top = max(ib.values())
                bk = min(b for b, n in ib.items() if n == top)
            out["issuer"] = self._body(bk) if bk and bk in st.bodies else None
        return out

    def _body(self, key: str) -> dict[str, Any]:
        rec = self._st.bodies[key]
        c = rec["c"]
        name, short, province = (best(c, i) for i in range(3)) if c else (key, None, None)
        li = rec["li"]
        return {
            "id": key_id(key),
            "key": key,
            "name": name or key,
            "short_name": short,
            "province": province or (min(li) if li else None),
        }

    def _province(self, key: str | None) -> dict[str, Any]:
        cache = self._cache.setdefault("province", {})
        if key not in cache:
            cache[key] = self._province_uncached(key)
        return dict(cache[key])

    def _province_uncached(self, key: str | None) -> dict[str, Any]:
        if key is None or key not in self._st.provinces:
            return unknown_province(key)
        c = self._st.provinces[key]
        name, era, successor = (best(c, i) for i in range(3))
        return {"id": key, "key": key, "name": name, "era": era, "successor": successor}

    def _report_summary(self, key: str) -> dict[str, Any]:
        r = self._st.reports[key]
        own = r.own
        return {
            "id": r.id,
            "key": key,
            "doc_type": own[0],
            "number_symbol": own[1],
            "date": r.date,
            "title": r.title,
            "province": r.province,
            "source": r.source,
        }

    @staticmethod
    def _evidence(m: tuple[Any, ...], report_id: str, key: str) -> dict[str, Any]:
        text = m[M_TEXT]
        if text is None:
            text = m[M_SENT][m[M_START] - m[M_SENT_START] : m[M_END] - m[M_SENT_START]]
        return {
            "sentence": m[M_SENT],
            "start": m[M_START],
            "end": m[M_END],
            "text": text,
            "relation": m[M_REL],
            "report_id": report_id,
            "index": m[M_INDEX],
            "kind": m[M_KIND],
            "pinpoint": m[M_PIN],
            "sentence_start": m[M_SENT_START],
            "target_id": key_id(key),
        }

    # ---- reads -------------------------------------------------------------------------------
    def stats(self) -> dict[str, int]:
        st = self._s()  # (re)loads first, which clears the cache when the file changed
        if "stats" not in self._cache:
            docs = unresolved = 0
            for key in st.g:
                if self._visible(key):
                    docs += 1
                    if (
                        key.startswith("unresolved:")
                        or is_partial(key)
                        or not all(t[9] for t in st.g.nodes[key]["c"])
                    ):
                        unresolved += 1
            self._cache["stats"] = {
                "documents": docs,
                "reports": len(st.reports),
                "unresolved": unresolved,
                "bodies": len(st.bodies),
                "provinces": len(st.provinces),
                "mentions": st.n_mentions,
                "relations": self._count_relations(),
            }
        return dict(self._cache["stats"])

    def _count_relations(self) -> int:
        """Number of distinct typed relations (type, source, target) in the resolved graph; the same
        as counting `_typed_edges()` but without materialising them."""
        g, n = self._st.g, 0
        odd: set[tuple[str, str, str]] = set()  # triples involving a partial key: dedupe after resolution
        for u, v, data in g.edges(data=True):
            bits, x = data.get("r", 0), data.get("x")
            if not bits and not x:
                continue
            if is_partial(u) or is_partial(v):
                eu, ev = self._effective(u), self._effective(v)
                if (eu, ev) == (u, v):  # an unresolved partial key: counted as it is
                    n += bin(bits).count("1") + len(x or ())
                elif eu != ev:
                    odd.update((t, eu, ev) for t in IMPL_TYPES if bits & _BIT[t])
                    odd.update((t, eu, ev) for t in (x or ()))
                continue
            n += bin(bits).count("1") + len(x or ())
        for t, eu, ev in odd:
            data = g.get_edge_data(eu, ev)
            if data is None or not ((t in _BIT and data.get("r", 0) & _BIT[t]) or t in data.get("x", {})):
                n += 1
        return n

    def get_document(self, doc_id: str) -> dict[str, Any] | None:
        key = self._key_of(doc_id)
        if key is None:
            return None
        out = self._doc(key, with_issuer_body=True)
        g = self._s().g
        cited_by: set[str] = set()
        cites: set[str] = set()
        for k in self._group_keys(key):
            cited_by.update(self._effective(s) for s in g.predecessors(k))
            cites.update(self._effective(t) for t in g.successors(k))
        out["cited_by"] = len(cited_by - {key})
        out["cites"] = len(cites - {key})
        return out

    def find_by_symbol(self, number_symbol: str) -> list[dict[str, Any]]:
        st = self._s()
        sk = symbol_index_key(number_symbol)
        keys = {self._effective(k) for k in st.symbols.get(sk or "", ()) if k in st.g}
        return [self._doc(k) for k in sorted(keys, key=key_id)]

    def _search_rows(self) -> list[tuple[str, str, str]]:
        self._s()
        if "search" not in self._cache:
            rows: list[tuple[str, str, str]] = []
            for key in self._s().g:
                if self._visible(key):
                    d = self._doc(key)
                    fields = (d["doc_type"], d["number_symbol"], d["title"], d["name"], key)
                    hay = " ".join(fold(v) for v in fields if v)
                    rows.append((d["id"], key, hay))
            rows.sort()
            self._cache["search"] = rows
        return self._cache["search"]

    def search_documents(
        self,
        q: str | None = None,
        doc_type: str | None = None,
        issuer: str | None = None,
        year: int | None = None,
        after: str | None = None,
        limit: int = 50,
    ) -> list[dict[str, Any]]:
        needles = fold(q).split() if q else []
        out: list[dict[str, Any]] = []
        for doc_id, key, hay in self._search_rows():
            if after is not None and doc_id <= after:
                continue
            if needles and not all(n in hay for n in needles):
                continue
            d = self._doc(key)
            if doc_type and fold(d["doc_type"] or "") != fold(doc_type):
                continue
            if (
                issuer
                and fold(issuer) not in fold(d["issuer"] or "")
                and fold(issuer) != fold(d["issuer_key"] or "")
            ):
                continue
            if year is not None and d["year"] != year:
                continue
            out.append(d)
            if len(out) >= limit:
                break
        return out

    def implementers(
        self,
        doc_id: str,
        level: str = "province",
        since: str | None = None,
        until: str | None = None,
        limit: int | None = None,
    ) -> list[dict[str, Any]]:
        """See Store.implementers. Reports within a group are ordered by report id; `limit` caps
        how many are listed (None: all); "report_count" is the uncapped number."""
        if level not in ("province", "body"):
            raise ValueError("level must be 'province' or 'body'")
        key = self._key_of(doc_id)
        if key is None:
            raise NotFound(f"no document {doc_id!r}")
        st = self._s()
        keys = self._group_keys(key)
        maps = [st.impl.get(k, {}) for k in keys]
        groups: dict[str | None, dict[str, int]]
        merged_cache = self._cache.setdefault("impl", {})  # cleared on every write / reload
        if level == "province" and not (since or until) and key in merged_cache:
            groups = merged_cache[key]
        elif level == "province" and not (since or until):
            groups = dict(maps[0])  # the index is already grouped by province
            for m in maps[1:]:  # the partial key's reports: merge per province (C-level dict ops)
                for prov, reps in m.items():
                    base = groups.get(prov)
                    if base is None:
                        groups[prov] = reps
                        continue
                    merged = base | reps
                    for rid in base.keys() & reps.keys():
                        merged[rid] = base[rid] | reps[rid]
                    groups[prov] = merged
            if len(maps) > 1:
                if len(merged_cache) >= 256:
                    merged_cache.clear()
                merged_cache[key] = groups
        else:
            groups = {}
            for m in maps:
                for prov, reps in m.items():
                    for rid, bits in reps.items():
                        rec = st.reports[st.rid[rid]]
                        if (since or until) and (
                            not rec.date or (since and rec.date < since) or (until and rec.date > until)
                        ):
                            continue
                        bucket = groups.setdefault(prov if level == "province" else rec.body, {})
                        bucket[rid] = bucket.get(rid, 0) | bits
        rows: list[dict[str, Any]] = []
        for gk, reps in groups.items():
            if not reps:
                continue
            group = (
                self._province(gk)
                if level == "province"
                else (self._body(gk) if gk in st.bodies else unknown_body())
            )
            chosen = heapq.nsmallest(limit, reps) if limit is not None and limit < len(reps) else sorted(reps)
            items = []
            for rid in chosen:
                rk = st.rid[rid]
                evidence: list[dict[str, Any]] = []
                for k in keys:
                    data = st.g.get_edge_data(rk, k)
                    if data:
                        evidence.extend(self._evidence(m, rid, key) for m in data.get("ev", ()))
                evidence.sort(key=lambda e: e["start"])
                items.append(
                    {
                        "report": self._report_summary(rk),
                        "relations": [t for t in IMPL_TYPES if reps[rid] & _BIT[t]],
                        "evidence": evidence,
                    }
                )
            rows.append({"group": group, "report_count": len(reps), "reports": items})
        rows.sort(key=lambda row: (row["group"]["name"] or "", row["group"]["id"] or ""))
        return rows

    def _edges_of(self, key: str, direction: str) -> Iterator[tuple[str, str, int]]:
        """(other effective key, relation type, count) around the document (group of keys)."""
        g = self._s().g
        for k in self._group_keys(key):
            nbrs = g.predecessors(k) if direction == "in" else g.successors(k)
            for other in nbrs:
                data = g[other][k] if direction == "in" else g[k][other]
                o = self._effective(other)
                if o == key:
                    continue
                if data.get("ev"):
                    yield o, "CITES", len(data["ev"])
                for t in IMPL_TYPES:
                    if data.get("r", 0) & _BIT[t]:
                        yield o, t, 1
                for t, cnt in data.get("x", {}).items():
                    yield o, t, len(cnt)

    def citations(
        self,
        doc_id: str,
        direction: str = "in",
        relation: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[dict[str, Any]]:
        if direction not in ("in", "out"):
            raise ValueError("direction must be 'in' or 'out'")
        key = self._key_of(doc_id)
        if key is None:
            raise NotFound(f"no document {doc_id!r}")
        rows = citation_page(self._edges_of(key, direction), relation, limit, offset)
        return [{"document": self._doc(o), "relation": t, "count": n} for o, t, n in rows]

    def chain(
        self, doc_id: str, direction: str = "up", depth: int = 3, limit: int = 200
    ) -> list[dict[str, Any]]:
        if direction not in ("up", "down"):
            raise ValueError("direction must be 'up' or 'down'")
        key = self._key_of(doc_id)
        if key is None:
            raise NotFound(f"no document {doc_id!r}")
        way = "out" if direction == "up" else "in"

        def hops(k: str) -> list[tuple[str, str]]:
            types: dict[str, set[str]] = {}
            for other, typ, _ in self._edges_of(k, way):
                types.setdefault(other, set()).add(typ)
            best = {o: min(ts - {"CITES"}) if ts - {"CITES"} else "CITES" for o, ts in types.items()}
            return sorted(best.items(), key=lambda x: key_id(x[0]))

        paths: list[dict[str, Any]] = []
        frontier: list[tuple[list[str], list[str]]] = [([key], [])]
        for _ in range(max(0, depth)):
            nxt = []
            for nodes, rels in frontier:
                for other, typ in hops(nodes[-1]):
                    if other in nodes:
                        continue
                    p = ([*nodes, other], [*rels, typ])
                    paths.append({"nodes": [self._doc(n) for n in p[0]], "relations": p[1]})
                    if len(paths) >= limit:
                        return paths
                    nxt.append(p)
            frontier = nxt
        return paths

    def provinces(self) -> list[dict[str, Any]]:
        st = self._s()
        preds: dict[str, list[str]] = {}
        rows = [self._province(k) for k in st.provinces]
        for p in rows:
            if p["successor"] and p["successor"] != p["key"]:
                preds.setdefault(p["successor"], []).append(p["key"])
        for p in rows:
            p["predecessors"] = sorted(preds.get(p["key"], []))
        return sorted(rows, key=lambda p: p["id"])

    def province_documents(self, province_id: str, relation: str | None = None) -> list[dict[str, Any]]:
        st = self._s()
        if province_id not in st.provinces:
            raise NotFound(f"no province {province_id!r}")
        members = {province_id} | {k for k in st.provinces if self._province(k)["successor"] == province_id}
        want = relation.upper() if relation else None
        docs: dict[str, dict[str, Any]] = {}
        for prov in sorted(members):
            for r in st.by_province.get(prov, ()):
                for target in st.g.successors(r):
                    bits = st.g[r][target].get("r", 0)
                    types = [t for t in IMPL_TYPES if bits & _BIT[t] and (want is None or t == want)]
                    if not types:
                        continue
                    eff = self._effective(target)
                    row = docs.setdefault(eff, {"relations": set(), "reports": set()})
                    row["relations"].update(types)
                    row["reports"].add(r)
        out: list[dict[str, Any]] = []
        for k, row in docs.items():
            out.append(
                {
                    "document": self._doc(k),
                    "relations": sorted(row["relations"]),
                    "reports": [
                        self._report_summary(r)
                        for r in sorted(row["reports"], key=lambda r: st.reports[r].id)
                    ],
                }
            )
        out.sort(key=lambda r: r["document"]["id"])
        return out

    def get_report(self, report_id: str) -> dict[str, Any] | None:
        key = self._find_report(report_id)
        if key is None:
            return None
        r = self._s().reports[key]
        payload = self._payload(r) or {}
        out = dict(payload.get("meta") or {})
        out.update(
            {
                "id": r.id,
                "key": key,
                "source": r.source,
                "sha256": r.sha256,
                "province_key": r.province,
                "body_key": r.body,
                "sent_to": list(r.sent_to),
            }
        )
        return out

    def report_references(self, report_id: str) -> list[dict[str, Any]] | None:
        key = self._find_report(report_id)
        if key is None:
            return None
        payload = self._payload(self._s().reports[key]) or {}
        refs = []
        for ref in payload.get("references") or []:
            ref = dict(ref)
            if ref.get("target_key"):
                eff = self._effective(ref["target_key"])
                ref["target_key"], ref["target_id"] = eff, key_id(eff)
            refs.append(ref)
        return refs

    def report_text(self, report_id: str) -> str | None:
        key = self._find_report(report_id)
        if key is None:
            return None
        payload = self._payload(self._s().reports[key])
        return None if payload is None else payload.get("text")

    # ---- export ------------------------------------------------------------------------------
    def iter_nodes(self) -> Iterator[tuple[str, str, dict[str, Any]]]:
        st = self._s()
        for key in sorted(st.g):
            if self._visible(key):
                d = self._doc(key)
                yield ("Report" if d["is_report"] else "Document"), key, d
        for key in sorted(st.bodies):
            yield "Body", key, self._body(key)
        for p in self.provinces():
            yield "Province", p["key"], p

    def _typed_edges(self) -> Iterator[tuple[str, str, str, dict[str, Any]]]:
        """Typed relations in the resolved graph; count = number of reports stating them."""
        g = self._s().g
        agg: dict[tuple[str, str, str], set[str]] = {}
        for u, v, data in g.edges(data=True):
            eu, ev = self._effective(u), self._effective(v)
            if eu == ev:
                continue
            for t in IMPL_TYPES:
                if data.get("r", 0) & _BIT[t]:
                    agg.setdefault((t, eu, ev), set()).add(u)
            for t, cnt in data.get("x", {}).items():
                agg.setdefault((t, eu, ev), set()).update(cnt)
        for (t, u, v), by in sorted(agg.items()):
            yield t, u, v, {"count": len(by)}

    def iter_edges(self) -> Iterator[tuple[str, str, str, dict[str, Any]]]:
        """MENTIONS (with evidence) and CITES (count) report → document, the typed relations,
        ISSUED_BY, LOCATED_IN, SENT_TO and SUCCEEDED_BY, in a stable order."""
        st, g = self._s(), self._s().g
        mentions: dict[tuple[str, str], list[tuple[Any, ...]]] = {}
        for u, v, data in g.edges(data=True):
            if data.get("ev"):
                mentions.setdefault((u, self._effective(v)), []).extend(data["ev"])
        for (u, target), items in sorted(mentions.items()):
            rid = st.reports[u].id if u in st.reports else key_id(u)
            ev = [self._evidence(m, rid, target) for m in sorted(items, key=lambda m: m[M_INDEX])]
            yield "MENTIONS", u, target, {"count": len(ev), "evidence": ev}
            yield "CITES", u, target, {"count": len(ev)}
        yield from self._typed_edges()
        for key in sorted(g):
            if not self._visible(key):
                continue
            ib: Counter[str] = Counter()
            for k in self._group_keys(key):
                ib.update(g.nodes[k].get("ib", {}))
            for body in sorted(ib):
                yield "ISSUED_BY", key, body, {}
        for body in sorted(st.bodies):
            for prov in sorted(st.bodies[body]["li"]):
                yield "LOCATED_IN", body, prov, {}
        for rk in sorted(st.reports):
            for body in sorted(set(st.reports[rk].sent_to)):
                yield "SENT_TO", rk, body, {}
        for p in self.provinces():
            if p["successor"] and p["successor"] != p["key"]:
                yield "SUCCEEDED_BY", p["key"], p["successor"], {}
