"""The write transaction of `graph.neo4j_store.Neo4jStore`: take reports out, put reports in,
recompute what they touched.

One `WriteBatch` per managed write transaction. `remove` subtracts what a stored report contributed
(its `record`), `add` writes the new reports with `UNWIND $rows … MERGE/CREATE` per label and
relationship type, and `refresh` recomputes, in Python and in the same transaction, the merged
view of every node the batch touched (vote counters `vk`/`vc`, the visible fields, `eff` for
partial keys, the digest `vh`) and the implementer aggregates (`:Implementers`). The views mirror
`graph.embedded` (EmbeddedStore._doc, _body, _province), so both stores give the same answers.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from typing import Any

import neo4j
import orjson
from neo4j import exceptions as nx

import cypher
from graph.identity import fold, is_partial, key_id, partial_of
from graph.merge import OWN_WEIGHT, best, doc_tuple, key_symbol_entries, merged_view, symbol_index_key
from graph.records import Contribution, Mention
from graph.store import StoreError

IMPL_TYPES = ("IMPLEMENTS", "REPORTS_ON", "RESPONDS_TO")  # what makes a report an implementer
# Relationship types a contribution may carry; anything else is refused (never spliced into Cypher).
DOC_RELATION_TYPES = frozenset({*IMPL_TYPES, "GUIDES", "AMENDS", "REPLACES", "BASED_ON"})
RELATE_QUERY = {t: f"relate_{t.lower()}" for t in DOC_RELATION_TYPES}  # one named query per type
CHUNK = 2000  # rows per statement
TOP_K = 20  # reports kept per group in the implementer aggregates (a larger `limit` scans instead)
LEVELS = ("province", "body")
log = logging.getLogger("legalgraph.neo4j")


def validate(c: Contribution) -> None:
    if not c.sha256:
        raise StoreError(f"{c.source}: contribution without sha256")
    if not c.report_key:
        raise StoreError(f"{c.source}: contribution without a report key")
    bad = {r.type for r in c.relations} - DOC_RELATION_TYPES
    if bad:
        raise StoreError(f"{c.source}: unknown relation type(s) {sorted(bad)}")


def _dump(value: Any) -> str:
    """Compact JSON (the same text as json.dumps(ensure_ascii=False, separators=(",", ":")))."""
    try:
        return orjson.dumps(value).decode()
    except orjson.JSONEncodeError:  # e.g. a lone surrogate or a huge int: the slow, permissive way
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


@lru_cache(maxsize=65536)
def _tuple(text: str) -> tuple[Any, ...]:
    """A version tuple from its JSON (the same few versions are parsed again and again: cached)."""
    return tuple(tuple(v) if isinstance(v, list) else v for v in json.loads(text))


class Rows(list):  # type: ignore[type-arg]
    """A parameter list whose repr is short. The driver formats every RUN message's parameters
    with repr() for a debug log line even when debug logging is off; for a batch of reports (their
    texts, evidence and views) that cost a fifth of the client's CPU. Packed like any list."""

    __slots__ = ()

    def __repr__(self) -> str:
        return f"<{len(self)} rows>"


class TooBig(Exception):
    """A write transaction went over the server's transaction memory limit (not retried as is)."""


class WriteBatch:
    """One write transaction: take reports out, put reports in, recompute what they touched."""

    def __init__(self, tx: neo4j.ManagedTransaction) -> None:
        self.tx = tx
        self.doc_delta: dict[str, Counter[str]] = {}
        self.body_delta: dict[str, Counter[str]] = {}
        self.province_delta: dict[str, Counter[str]] = {}
        self.touched: set[str] = set()
        # implementer aggregates: (level, doc) → group → [count delta, added (id, key), removed keys]
        self.impl: dict[tuple[str, str], dict[str, list[Any]]] = {}

    def _impl(
        self,
        docs: dict[str, tuple[str, ...]],
        report_id: str,
        report_key: str,
        groups: tuple[Any, Any],
        n: int,
    ) -> None:
        """Count one report (n = 1 in, -1 out) in the aggregates of the documents it implements
        (`docs`: document key → the report's relation types to it). A report implementing both a
        dated key and its partial key also counts in the dated key's overlap aggregate (level
        "<level>:both"), so a read merging the two does not count it twice."""
        both = {d: () for d in docs if (p := partial_of(d)) is not None and p in docs}
        for level, grp in zip(LEVELS, groups, strict=True):
            for lv, targets in ((level, docs), (f"{level}:both", both)):
                for doc, types in targets.items():
                    entry = self.impl.setdefault((lv, doc), {}).setdefault(grp or "", [0, [], set()])
                    entry[0] += n
                    if n > 0:
                        entry[1].append((report_id, report_key, tuple(sorted(types))))
                    else:
                        entry[2].add(report_key)

    def run(self, name: str, rows: list[Any], **params: Any) -> None:
        for i in range(0, len(rows), CHUNK):
            self.tx.run(cypher.load(name), rows=Rows(rows[i : i + CHUNK]), **params).consume()

    def data(self, name: str, **params: Any) -> list[dict[str, Any]]:
        """Records as dicts of plain values (write-path queries return no nodes or paths, so the
        driver's recursive `data()` conversion is not needed)."""
        params = {k: Rows(v) if isinstance(v, list) else v for k, v in params.items()}
        result = self.tx.run(cypher.load(name), **params)
        keys = result.keys()
        return [dict(zip(keys, r, strict=True)) for r in result]  # a Record is a tuple of its values

    def write_within_memory(self, contributions: Sequence[Contribution]) -> list[str]:
        """`write`, with the server's transaction memory limit raised as `TooBig` (the driver
        would otherwise retry it as a transient error, again and again, for the same batch)."""
        try:
            return self.write(contributions)
        except nx.TransientError as exc:
            if "MemoryPoolOutOfMemoryError" in (exc.code or ""):
                raise TooBig from None
            raise

    # -- statuses, as EmbeddedStore.write_many decides them, contribution by contribution
    def write(self, contributions: Sequence[Contribution]) -> list[str]:
        existing = self.data(
            "existing_reports",
            keys=sorted({c.report_key for c in contributions}),
            sources=sorted({c.source for c in contributions}),
            shas=sorted({c.sha256 for c in contributions}),
        )
        reports = {r["key"]: r for r in existing}
        by_source = {r["source"]: r["key"] for r in existing}
        by_sha = {r["sha256"]: r["key"] for r in existing}
        stored = set(reports)
        to_remove: set[str] = set()
        to_write: dict[str, Contribution] = {}
        statuses = []
        for c in contributions:
            if c.sha256 in by_sha:
                statuses.append("unchanged")
                continue
            old = {
                k for k in (by_source.get(c.source), c.report_key if c.report_key in reports else None) if k
            }
            for k in old:
                r = reports.pop(k)
                by_source.pop(r["source"], None)
                by_sha.pop(r["sha256"], None)
                to_write.pop(k, None)
                if k in stored:
                    to_remove.add(k)
                    stored.discard(k)
            to_write[c.report_key] = c
            reports[c.report_key] = {"key": c.report_key, "source": c.source, "sha256": c.sha256}
            by_source[c.source] = c.report_key
            by_sha[c.sha256] = c.report_key
            statuses.append("replaced" if old else "added")
        if to_remove:
            self.remove(sorted(to_remove))
        if to_write:
            self.add(list(to_write.values()))
        if to_remove or to_write:
            self.refresh()
        return statuses

    # -- removal: what the stored record says the report contributed
    def remove(self, keys: list[str]) -> None:
        rows = {r["key"]: r for r in self.data("report_records", keys=keys)}
        xrels, issued, located = [], [], []
        for key in keys:
            row = rows[key]
            rec = json.loads(row["record"])
            self._impl(
                dict.fromkeys(row["implemented"], ()), row["id"], key, (row["province"], row["body"]), -1
            )
            self.touched.add(key)
            self.touched.update(rec["targets"])
            for k, v in rec["docs"]:
                self.doc_delta.setdefault(k, Counter())[v] -= 1
                self.touched.add(k)
            for k, v in rec["bodies"]:
                self.body_delta.setdefault(k, Counter())[v] -= 1
            for k, v in rec["provinces"]:
                self.province_delta.setdefault(k, Counter())[v] -= 1
            for s, t, o in rec["xrels"]:
                xrels.append({"source": s, "type": t, "target": o, "report": key})
                self.touched.update((s, o))
            issued += [{"source": d, "target": b, "n": -1} for d, b in rec["issued_by"]]
            located += [{"source": b, "target": p, "n": -1} for b, p in rec["located_in"]]
            for b, _ in rec["located_in"]:
                self.body_delta.setdefault(b, Counter())
            for _, p in rec["located_in"]:
                self.province_delta.setdefault(p, Counter())
            for d, b in rec["issued_by"]:
                self.touched.add(d)
                self.body_delta.setdefault(b, Counter())
        self.tx.run(cypher.load("remove_report_edges"), keys=keys).consume()
        self.run("remove_relations", xrels)
        self.run("change_issued_by", _summed(issued))
        self.run("change_located_in", _summed(located))

    # -- addition
    def add(self, contributions: Sequence[Contribution]) -> None:
        doc_rows: dict[str, dict[str, Any]] = {}
        body_rows: dict[str, dict[str, Any]] = {}
        province_rows: dict[str, dict[str, Any]] = {}
        reports: list[dict[str, Any]] = []
        mentions: list[dict[str, Any]] = []
        relations: list[dict[str, Any]] = []
        issued: list[dict[str, Any]] = []
        located: list[dict[str, Any]] = []
        sent: list[dict[str, Any]] = []

        def doc_row(key: str, number_symbol: str | None = None) -> None:
            if key not in doc_rows:
                entries = key_symbol_entries(key)
                if not entries and (sk := symbol_index_key(number_symbol)):
                    entries = [sk]
                doc_rows[key] = {
                    "key": key, "id": key_id(key), "partial": partial_of(key),
                    "sym1": entries[0] if entries else None, "sym2": entries[1] if len(entries) > 1 else None,
                }  # fmt: skip

        for c in contributions:
            K = c.report_key
            doc_row(K, c.report.number_symbol)
            self.touched.add(K)
            docs = []
            for d in c.documents:
                doc_row(d.key, d.number_symbol)
                v = _dump(doc_tuple(d))
                self.doc_delta.setdefault(d.key, Counter())[v] += 1
                docs.append((d.key, v))
                self.touched.add(d.key)
            bodies = []
            for b in c.bodies:
                body_rows.setdefault(b.key, {"key": b.key, "id": key_id(b.key)})
                v = _dump((b.name, b.short_name, b.province))
                self.body_delta.setdefault(b.key, Counter())[v] += 1
                bodies.append((b.key, v))
            provinces = []
            for p in c.provinces:
                province_rows.setdefault(p.key, {"key": p.key})
                v = _dump((p.name, p.era, p.successor))
                self.province_delta.setdefault(p.key, Counter())[v] += 1
                provinces.append((p.key, v))
            for doc, body in c.issued_by:
                doc_row(doc)
                body_rows.setdefault(body, {"key": body, "id": key_id(body)})
                self.body_delta.setdefault(body, Counter())
                self.touched.add(doc)
            for body, prov in c.located_in:
                body_rows.setdefault(body, {"key": body, "id": key_id(body)})
                province_rows.setdefault(prov, {"key": prov})
                self.body_delta.setdefault(body, Counter())
                self.province_delta.setdefault(prov, Counter())
            ms = [m for m in c.mentions if m.target_key != K]
            targets = sorted({m.target_key for m in ms})
            for t in targets:
                doc_row(t)
            self.touched.update(targets)
            mentions.append(
                {
                    "report": K,
                    "mentions": [{"target": m.target_key, "props": mention_props(m, K)} for m in ms],
                }
            )
            xrels = []
            for r in c.relations:
                doc_row(r.source_key)
                doc_row(r.target_key)
                self.touched.update((r.source_key, r.target_key))
                relations.append(
                    {"source": r.source_key, "type": r.type, "target": r.target_key, "report": K,
                     "mention_index": r.mention_index}
                )  # fmt: skip
                if not (r.source_key == K and r.type in IMPL_TYPES):
                    xrels.append((r.source_key, r.type, r.target_key))
            implemented: dict[str, tuple[str, ...]] = {}
            for r in c.relations:
                if r.source_key == K and r.type in IMPL_TYPES:
                    implemented[r.target_key] = (*implemented.get(r.target_key, ()), r.type)
            self._impl(implemented, c.report_id, K, (c.report.province, c.report.issuer_key), 1)
            issued += [{"source": d, "target": b, "n": 1} for d, b in c.issued_by]
            located += [{"source": b, "target": p, "n": 1} for b, p in c.located_in]
            sent += [{"source": K, "target": b, "report": K} for _, b in c.sent_to]
            record = {
                "docs": docs, "bodies": bodies, "provinces": provinces, "targets": targets, "xrels": xrels,
                "issued_by": [list(x) for x in c.issued_by], "located_in": [list(x) for x in c.located_in],
            }  # fmt: skip
            rep = c.report
            reports.append(
                {
                    "key": K,
                    "text": c.text,
                    "props": {
                        "id": c.report_id,
                        "source": c.source,
                        "sha256": c.sha256,
                        "record": _dump(record),
                        "own": _dump(doc_tuple(rep)),
                        "meta_json": _dump(c.report_meta),
                        "references_json": _dump(c.references),
                        "rep_date": rep.date,
                        "rep_title": rep.title,
                        "rep_province": rep.province,
                        "rep_body": rep.issuer_key,
                        "rep_doc_type": rep.doc_type,
                        "rep_number_symbol": rep.number_symbol,
                        "sent_to": [b for _, b in c.sent_to],
                    },
                }
            )
        self.run("merge_provinces", list(province_rows.values()))
        self.run("merge_bodies", list(body_rows.values()))
        self.run("merge_documents", list(doc_rows.values()))
        self.run("write_reports", reports)
        self.run("write_mentions", mentions)
        for typ in sorted({r["type"] for r in relations}):
            self.run(RELATE_QUERY[typ], [r for r in relations if r["type"] == typ])
        self.run("change_issued_by", _summed(issued))
        self.run("change_located_in", _summed(located))
        self.run("write_sent_to", sent)

    # -- recompute merged views of everything touched (documents, partial groups, bodies, provinces)
    def refresh(self) -> None:
        self._refresh_implementers()
        self._refresh_documents()
        self._refresh_simple("bodies", self.body_delta, _body_view)
        self._refresh_simple("provinces", self.province_delta, _province_view)

    def _refresh_implementers(self) -> None:
        """Apply the batch's changes to the implementer aggregates it touched (one node per
        document, level and group, so a batch rewrites only the groups it changes). A group's list
        stays exact: additions merge in; if a listed report was taken out of a full list, the group
        is read again from the graph (rare: only removals of one of its first reports)."""
        changes = {
            (level, g, doc): change
            for (level, doc), groups in self.impl.items()
            for g, change in groups.items()
        }
        if not changes:
            return
        keys = sorted(_impl_key(*k) for k in changes)
        stored: dict[str, dict[str, Any]] = {}
        for i in range(0, len(keys), CHUNK):
            for r in self.data("load_implementers", keys=keys[i : i + CHUNK]):
                stored[r["key"]] = r
        rows = []
        for (level, g, doc), (delta, added, removed) in sorted(changes.items()):
            key = _impl_key(level, g, doc)
            old = stored.get(key)
            n = (old["count"] if old else 0) + delta
            top = [implementer_entry(x) for x in json.loads(old["top"])] if old else []
            gone = removed - {x[1] for x in added}  # a replaced report keeps its key and place
            kept = [x for x in top if x[1] not in removed]  # (its new entry is among `added`)
            if level.endswith(":both"):  # overlap aggregates only count
                top = []
            elif len(top) >= TOP_K and any(x[1] in gone for x in top):  # a full list lost one: read again
                query = f"implementers_refill_{level}" if g else "implementers_refill_ungrouped"
                refill = self.data(query, doc=doc, level=level, grp=g, k=TOP_K)
                top = [(x["id"], x["key"], tuple(sorted(x["types"]))) for x in refill]
            else:
                top = sorted({*kept, *added})[:TOP_K]
            text: str | None = _dump(top)
            if old and text == old["top"]:  # the list did not change: only the count is sent
                text = None
            rows.append({"key": key, "doc": doc, "level": level, "grp": g, "count": n, "top": text})
        self.run("save_implementers", rows)

    def _load_docs(self, keys: Iterable[str]) -> dict[str, dict[str, Any]]:
        keys = sorted(set(keys))
        out: dict[str, dict[str, Any]] = {}
        for i in range(0, len(keys), CHUNK):
            for r in self.data("load_documents", keys=keys[i : i + CHUNK]):
                counter = Counter(dict(zip(r["vk"] or [], r["vc"] or [], strict=True)))
                r["counter"] = counter
                out[r["key"]] = r
        return out

    def _refresh_documents(self) -> None:
        """Recompute the merged views the batch may have changed: the documents it touched, the
        partial keys of their families, and the dated documents a partial key stood for or now
        stands for. A dated sibling whose own inputs did not change needs its view again only when
        its partial key's group moves to or away from it or that partial key's own votes changed;
        every other view stays as stored."""
        partials = {p for k in self.touched if (p := partial_of(k)) is not None}
        partials |= {k for k in self.touched if is_partial(k)}
        nodes = self._load_docs(self.touched | partials)  # partial keys: only those that exist
        for key, delta in self.doc_delta.items():
            if key in nodes:
                c = nodes[key]["counter"]
                c.update(delta)
                for v in [v for v, n in c.items() if n <= 0]:
                    del c[v]
        # alias index: partial → full keys some report still contributes (as a document or as
        # itself) after the batch; the stored state stands for every key not loaded. Only partial
        # keys that exist as documents need it (for their `eff` and candidates).
        partials = {p for p in partials if p in nodes}
        alias: dict[str, set[str]] = {p: set() for p in partials}
        if partials:
            for r in self.data("load_candidates", partials=sorted(partials)):
                alias[r["partial"]].update(k for k in r["keys"] if k not in nodes)
        for key, n in nodes.items():
            p = partial_of(key)
            if p in alias and _contributes(n):
                alias[p].add(key)
        # dated documents whose group (itself + the partial key standing for it) may change: the one
        # a partial key stood for (its stored `eff`) and the one it stands for now, when these differ
        # or the partial key's own votes changed. Every existing partial key of a touched family is
        # loaded above and recomputed below, so its stored `eff` stays current.
        extra = set()
        for p in partials:
            if p in self.touched or nodes[p]["eff"] != _eff(p, alias[p]):
                extra |= {nodes[p]["eff"], _eff(p, alias[p])}
        extra.discard(None)
        nodes.update(self._load_docs(k for k in extra if k not in nodes))
        eff = {key: _eff(key, alias.get(key, set())) if is_partial(key) else key for key in nodes}
        rows, gc = [], []
        for key, n in nodes.items():
            group = [n]
            if not is_partial(key):
                p = partial_of(key)
                if p in nodes and eff.get(p) == key:
                    group.append(nodes[p])
            view = _doc_view(key, n, group, sorted(alias.get(key, ())) if is_partial(key) else [])
            view["eff"] = eff[key]
            view["visible"] = eff[key] == key
            vh = _view_hash(view)
            props: dict[str, Any] = view | {"vh": vh} if vh != n["vh"] else {}
            vk, vc = list(n["counter"]), list(n["counter"].values())
            if vk != (n["vk"] or []) or vc != (n["vc"] or []):
                props |= {"vk": vk, "vc": vc}
            if props:
                rows.append({"key": key, "props": props})
            if not n["is_report"] and not n["counter"]:
                gc.append(key)
        self.run("save_documents", rows)
        if gc:
            self.tx.run(cypher.load("gc_documents"), keys=gc).consume()

    def _refresh_simple(
        self,
        label: str,
        deltas: dict[str, Counter[str]],
        view: Callable[[str, Counter[str], Any], tuple[dict[str, Any], bool]],
    ) -> None:
        keys = sorted(deltas)
        if not keys:
            return
        rows = []
        for r in self.data(f"load_{label}", keys=keys):
            c = Counter(dict(zip(r["vk"] or [], r["vc"] or [], strict=True)))
            c.update(deltas.get(r["key"], Counter()))
            for v in [v for v, n in c.items() if n <= 0]:
                del c[v]
            props, keep = view(r["key"], c, r.get("li"))
            props |= {"vk": list(c), "vc": list(c.values())}
            old = r["view"] | {"vk": r["vk"] or [], "vc": r["vc"] or []}
            if not keep or any(old.get(k) != v for k, v in props.items()):  # unchanged: nothing to write
                rows.append({"key": r["key"], "keep": keep, "props": props})
        self.run(f"save_{label}", rows)


def _contributes(node: dict[str, Any]) -> bool:
    """Whether some report still contributes a document (as a cited document or as itself)."""
    return bool(node["is_report"]) or sum(node["counter"].values()) > 0


def _eff(partial: str, aliases: set[str]) -> str:
    """The key a partial key stands for: its only contributed dated document, else itself."""
    return next(iter(aliases)) if len(aliases) == 1 else partial


def _view_hash(view: dict[str, Any]) -> str:
    """A short digest of a document's merged view, stored as `vh`: an unchanged view is not rewritten."""
    return hashlib.blake2b(orjson.dumps(view, option=orjson.OPT_SORT_KEYS), digest_size=12).hexdigest()


def implementer_entry(x: list[Any]) -> tuple[str, str, tuple[str, ...]]:
    """A listed report of an implementer aggregate: (id, key, its relation types to the document)."""
    return x[0], x[1], tuple(x[2])


def _impl_key(level: str, group: str, doc: str) -> str:
    """Key of an implementer aggregate: level, group ("" for none) and stored document key."""
    return f"{level}|{group}|{doc}"


def rebuild_implementers(session: neo4j.Session) -> None:
    """Build the implementer aggregates of a database written before they existed (or in an older
    layout): read every (document, implementing report) pair, write the aggregates in batches of
    documents. Safe to interrupt: the version marker is set only afterwards, so the next start
    builds them again."""
    session.run(cypher.load("clear_implementers")).consume()
    reports: dict[str, tuple[str, Any, Any, dict[str, tuple[str, ...]]]] = {}
    for r in session.run(cypher.load("implementer_pairs")):
        reports.setdefault(r["key"], (r["id"], r["province"], r["body"], {}))[3][r["doc"]] = tuple(r["types"])
    keys = sorted(reports)
    for i in range(0, len(keys), CHUNK):

        def work(tx: neo4j.ManagedTransaction, part: list[str] = keys[i : i + CHUNK]) -> None:
            batch = WriteBatch(tx)
            for key in part:
                rid, province, body, docs = reports[key]
                batch._impl(docs, rid, key, (province, body), 1)
            batch._refresh_implementers()

        session.execute_write(work)
    log.info("built implementer aggregates for %d reports", len(keys))


def _summed(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows of (source, target, n) with n summed per pair (one MERGE per pair, not per report)."""
    total: Counter[tuple[str, str]] = Counter()
    for r in rows:
        total[(r["source"], r["target"])] += r["n"]
    return [{"source": s, "target": t, "n": n} for (s, t), n in sorted(total.items()) if n]


def mention_props(m: Mention, report_key: str) -> dict[str, Any]:
    props = {
        "index": m.index, "start": m.start, "end": m.end, "text": m.text, "sentence": m.sentence,
        "sentence_start": m.sentence_start, "relation": m.relation, "kind": m.kind, "pinpoint": m.pinpoint,
        "confidence": m.confidence, "extractor_version": m.extractor_version, "report": report_key,
    }  # fmt: skip
    return {k: v for k, v in props.items() if v is not None}


# ---- merged views (mirror graph.embedded: EmbeddedStore._doc, _body, _province) ------------------
def _doc_view(
    key: str, node: dict[str, Any], group: list[dict[str, Any]], candidates: list[str]
) -> dict[str, Any]:
    """The merged properties of a document from the vote counters of its group (itself and the
    partial key resolving to it); the report's own metadata wins on its node."""
    counter: Counter[tuple[Any, ...]] = Counter()
    for n in group:
        for v, c in n["counter"].items():
            counter[_tuple(v)] += c
    own = _tuple(node["own"]) if node["is_report"] and node["own"] else None
    if own is not None:
        counter[own] += OWN_WEIGHT
    fields, flags, dates = merged_view(counter)
    out: dict[str, Any] = {"id": key_id(key), "key": key, **fields}
    resolved = not key.startswith("unresolved:") and all(_tuple(v)[9] for v in node["counter"])
    out["candidates"] = None
    if is_partial(key):
        resolved = False
        if len(candidates) > 1:
            flags.add("ambiguous")
            out["candidates"] = sorted(key_id(c) for c in candidates)
    if out["year"] is None and (parts := key.split(":")) and len(parts) >= 3 and parts[2].isdigit():
        out["year"] = int(parts[2])
    out["resolved"] = resolved
    out["is_report"] = bool(node["is_report"])
    out["labels"] = ["Document", "Report"] if node["is_report"] else ["Document"]
    out["flags"] = sorted(flags)
    out["dates_seen"] = sorted(dates)
    own_counter = node["counter"]
    out["unresolved"] = (
        key.startswith("unresolved:") or is_partial(key) or not all(_tuple(v)[9] for v in own_counter)
    )
    # issuing body: the report's own, else the most common ISSUED_BY of the group, else issuer_key
    ib: Counter[str] = Counter()
    for n in group:
        for b, c in n["ib"]:
            if b is not None:
                ib[b] += c
    bk = out["issuer_key"]
    if node["is_report"] and node["rep_body"]:
        bk = node["rep_body"]
    elif ib:
        top = max(ib.values())
        bk = min(b for b, n in ib.items() if n == top)
    out["issuer_body"] = bk
    searched = (out["doc_type"], out["number_symbol"], out["title"], out["name"], key)
    out["search"] = " ".join(fold(v) for v in searched if v)
    out["doc_type_f"] = fold(out["doc_type"] or "")
    out["issuer_f"] = fold(out["issuer"] or "")
    out["issuer_key_f"] = fold(out["issuer_key"] or "")
    return out


def _body_view(key: str, counter: Counter[str], li: list[list[Any]] | None) -> tuple[dict[str, Any], bool]:
    c = Counter({_tuple(v): n for v, n in counter.items()})
    name, short, province = (best(c, i) for i in range(3)) if c else (None, None, None)
    located = sorted(p for p, n in li or [] if p is not None and n > 0)
    province = province or (located[0] if located else None)
    return {"id": key_id(key), "name": name, "short_name": short, "province": province}, bool(c) or bool(
        located
    )


def _province_view(key: str, counter: Counter[str], _li: Any) -> tuple[dict[str, Any], bool]:
    c = Counter({_tuple(v): n for v, n in counter.items()})
    name, era, successor = (best(c, i) for i in range(3)) if c else (None, None, None)
    return {"id": key, "name": name, "era": era, "successor": successor}, bool(c)
