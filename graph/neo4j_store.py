"""`Neo4jStore`: the `graph.store.Store` protocol on a Neo4j 5 server, with the embedded store's answers.

Model in Neo4j (schema `cypher/schema.cypher`; every query is a named file in `cypher/queries/`):

- `(:Document {key, id, ...})` for every cited or ingested document; ingested reports are also
  `:Report` and their text lives in `(:ReportText {report, text})`. `(:Body)`, `(:Province)`,
  `(old:Province)-[:SUCCEEDED_BY]->(new:Province)`.
- One `MENTIONS` relationship per reference (report → document, the evidence) and one typed
  relation (IMPLEMENTS, REPORTS_ON, …; source acts on target) per stating report, both tagged with
  `report`; ISSUED_BY and LOCATED_IN are shared, with `count` = number of reports stating them.
- Merged node properties, as in `graph.embedded`: each node keeps a vote counter (`vk` = distinct
  versions as JSON, `vc` = how many reports gave each); the visible properties are the most common
  non-null value per field (the report's own metadata wins on its node), recomputed in Python for
  every node a write touches, in the same transaction. So the graph is independent of ingestion
  order and a removal subtracts exactly what the report added.
- Partial keys ("CT-TTg:33:?", undated yearless mentions) resolve at read time to the unique dated
  document of the same symbol and scope (`graph.resolve`): each document stores `eff`, the key it
  stands for, kept current by the same recomputation; queries group by `eff`. A view is written
  only when its digest (`vh`) changes.
- `(:Implementers {key: "<level>|<group>|<document key>"})`: per document, level (province or body)
  and group, the number of implementing reports and the first TOP_K of them by id, kept exact by
  every write, so "which provinces implement X" reads one small node per group instead of every
  implementing report.
  Date filters, a larger `limit`, or a document with two stored keys count in the graph instead.
  A database written before these existed gets them built once at start (`LegalgraphMeta.version`).

Writes: one managed write transaction per batch (`session.execute_write`, retried on transient
errors), carried out by `graph.neo4j_write.WriteBatch`: the earlier version of each report is taken
out, then `UNWIND $rows … MERGE/CREATE` per label and relationship type, then the merged views are
recomputed. If the server dies mid-write the
transaction rolls back: never a partial report. Reads: `driver.execute_query(...,
routing_=READ)` so a cluster can serve them from secondaries. Driver failures surface as
`StoreUnavailable` / `StoreError` naming the URI and the reason, never as a raw driver traceback.
"""

from __future__ import annotations

import json
import logging
import os
import re
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, Literal, TypeVar

import neo4j
from neo4j import GraphDatabase, RoutingControl
from neo4j import exceptions as nx

import cypher
from graph.export import EXPORT_ORIGIN
from graph.identity import fold, key_id, partial_of
from graph.merge import DOC_FIELDS, symbol_index_key, unknown_body, unknown_province
from graph.neo4j_write import (
    CHUNK,
    DOC_RELATION_TYPES,
    IMPL_TYPES,
    TOP_K,
    TooBig,
    WriteBatch,
    implementer_entry,
    rebuild_implementers,
    validate,
)
from graph.records import Contribution
from graph.store import NotFound, StoreError, StoreUnavailable, citation_page, no_gc

__all__ = ["DOC_RELATION_TYPES", "Neo4jStore"]

T = TypeVar("T")
logging.getLogger("neo4j").addHandler(logging.NullHandler())  # no driver log lines on stderr by default
log = logging.getLogger("legalgraph.neo4j")

URI_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")
_VIEW_FIELDS = (*DOC_FIELDS, "resolved", "is_report", "labels", "flags", "dates_seen")
_UNAVAILABLE = (
    nx.ServiceUnavailable,
    nx.SessionExpired,
    nx.DatabaseUnavailable,
    nx.ConnectionAcquisitionTimeoutError,
    nx.AuthError,
    nx.ConfigurationError,
    OSError,
)
AGGREGATES_VERSION = 5  # the derived structures this code keeps (LegalgraphMeta.version)
REBUILD_WAIT = 3600.0  # seconds a store waits for another process building them (then takes over)


class Neo4jStore:
    """A `Store` backed by Neo4j. The URI may be bolt://, neo4j:// or their +s/+ssc (TLS) forms."""

    kind = "neo4j"

    def __init__(
        self,
        neo4j_uri: str | None = None,
        neo4j_user: str | None = None,
        neo4j_password: str | None = None,
        neo4j_database: str | None = None,
        *,
        connect: bool = True,
        connection_timeout: float = 5.0,
        max_transaction_retry_time: float = 10.0,
        batch_size: int = 500,
    ) -> None:
        """Create the driver (parameter names match `legalgraph.config.Settings`); with `connect`
        (default) also reach the server and apply the schema now, raising `StoreUnavailable` if it is
        down — else on first use."""
        uri = neo4j_uri or "bolt://127.0.0.1:7687"
        self.uri = uri
        self.database = neo4j_database or None
        self.batch_size = max(1, int(batch_size))
        auth = (neo4j_user, neo4j_password or "") if neo4j_user else None
        scheme = uri.split("://", 1)[0].lower() if "://" in uri else ""
        if scheme not in URI_SCHEMES:
            raise StoreUnavailable(
                f"Neo4j URI {uri!r} is not usable: the scheme must be one of {', '.join(URI_SCHEMES)}"
            )
        try:
            self._driver = GraphDatabase.driver(
                uri,
                auth=auth,
                connection_timeout=connection_timeout,
                connection_acquisition_timeout=connection_timeout * 2,
                max_transaction_retry_time=max_transaction_retry_time,
                notifications_min_severity="OFF",  # e.g. "unknown label" warnings on an empty graph
            )
        except (nx.ConfigurationError, ValueError) as exc:
            raise StoreUnavailable(f"Neo4j URI {uri!r} is not usable: {exc}") from None
        self._schema_ready = False
        self._lock = threading.Lock()
        if connect:
            try:
                self.ensure_schema()
            except StoreError:
                self._driver.close()
                raise

    # ---- lifecycle -------------------------------------------------------------------------
    def close(self) -> None:
        self._driver.close()

    def __enter__(self) -> Neo4jStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def health(self) -> dict[str, Any]:
        try:
            with self._guard("checking health"):
                self._driver.verify_connectivity()
                agent = self._driver.get_server_info().agent
            self.ensure_schema()
            return {"ok": True, "store": "neo4j", "detail": f"{self.uri} ({agent})"}
        except Exception as exc:  # health never raises
            return {"ok": False, "store": "neo4j", "detail": str(exc) or type(exc).__name__}

    def ensure_schema(self) -> None:
        """Apply `cypher/schema.cypher` (idempotent, one transaction per statement), then wait for
        the indexes to come online. Runs once per store."""
        if self._schema_ready:
            return
        with self._lock:
            if self._schema_ready:
                return
            with self._guard("applying the schema"):
                self._driver.verify_connectivity()
                with self._driver.session(database=self.database) as session:
                    self._refuse_export(session)
                    for statement in cypher.schema_statements():
                        session.run(statement).consume()  # schema commands: auto-commit, one each
                    session.run("CALL db.awaitIndexes(300)").consume()
                    self._ensure_aggregates(session)
            self._schema_ready = True

    def _refuse_export(self, session: neo4j.Session) -> None:
        """A database bulk-imported from `legalgraph export --format csv` holds the graph without
        the merged views and aggregates this store keeps: refuse it (before touching it) rather
        than answer from it."""
        if _single(session.run(cypher.load("meta")))["origin"] == EXPORT_ORIGIN:
            raise StoreError(
                f"Neo4j at {self.uri} holds a graph bulk-imported from `legalgraph export --format csv`: "
                "a copy for Neo4j Browser and Cypher, which legalgraph's Neo4j store cannot serve or "
                "update; point --neo4j-uri at a database written by `legalgraph ingest --store neo4j`"
            )

    def _ensure_aggregates(self, session: neo4j.Session) -> None:
        """Build the derived structures once if the database predates them. One process builds
        (claimed on the marker node); others opening the store meanwhile wait for it."""
        deadline = time.monotonic() + REBUILD_WAIT
        while (meta := _single(session.run(cypher.load("meta"))))["version"] != AGGREGATES_VERSION:
            now = time.time()
            claim = _single(
                session.run(
                    cypher.load("claim_rebuild"),
                    version=AGGREGATES_VERSION,
                    now=now,
                    stale=now - REBUILD_WAIT,
                )
            )
            if claim["claimed"]:
                if meta["has_reports"]:
                    rebuild_implementers(session)
                session.run(cypher.load("set_meta"), version=AGGREGATES_VERSION).consume()
            elif time.monotonic() > deadline:
                raise StoreUnavailable(
                    f"Neo4j at {self.uri}: another process is still building the aggregates"
                )
            else:
                time.sleep(1.0)

    def clear(self) -> None:
        """Delete every node and relationship (the schema stays). For tests and re-imports."""
        self.ensure_schema()
        with self._guard("clearing the database"), self._driver.session(database=self.database) as session:
            session.run(cypher.load("clear_relationships")).consume()
            session.run(cypher.load("clear")).consume()
            session.run(cypher.load("set_meta"), version=AGGREGATES_VERSION).consume()

    # ---- plumbing --------------------------------------------------------------------------
    def _guard(self, doing: str) -> _Guard:
        return _Guard(self.uri, doing)

    def _read(self, name: str, **params: Any) -> list[dict[str, Any]]:
        """Run the named read query with read routing; records as dicts. The named queries return
        values, lists and maps only (no nodes or paths), so records need none of the driver's
        recursive `data()` conversion (its cost shows on large answers)."""
        self.ensure_schema()
        with self._guard(f"running query {name!r}"):
            records, _, _ = self._driver.execute_query(
                cypher.load(name), parameters_=params, routing_=RoutingControl.READ, database_=self.database
            )
        return [dict(record) for record in records]

    def _provinces_by_keys(self, keys: list[str]) -> dict[str, dict[str, Any]]:
        if not keys:
            return {}
        return {p["key"]: _province(p) for p in self._read("provinces_by_key", keys=keys)[0]["provinces"]}

    def _write(self, work: Callable[[neo4j.ManagedTransaction], T], doing: str) -> T:
        self.ensure_schema()
        with self._guard(doing), self._driver.session(database=self.database) as session:
            return session.execute_write(work)

    # ---- writes ----------------------------------------------------------------------------
    def write(self, contribution: Contribution) -> str:
        return self.write_many([contribution])[0]

    def write_many(self, contributions: Sequence[Contribution]) -> list[str]:
        """One write transaction per `batch_size` reports; every report is written whole or not at
        all. A batch over the server's per-transaction memory limit (db.memory.transaction.max) is
        written again in two halves, and later batches keep the smaller size."""
        for c in contributions:
            validate(c)
        statuses: list[str] = []
        i = 0
        while i < len(contributions):
            part = contributions[i : i + self.batch_size]
            statuses += self._write_batch(part)
            i += len(part)
        return statuses

    def _write_batch(self, part: Sequence[Contribution]) -> list[str]:
        try:
            with no_gc():
                return self._write(
                    lambda tx: WriteBatch(tx).write_within_memory(part), f"writing {len(part)} report(s)"
                )
        except (TooBig, StoreError) as exc:  # the limit may also be reached at commit
            if isinstance(exc, StoreError) and "MemoryPoolOutOfMemoryError" not in str(exc):
                raise
            if len(part) < 2:
                raise StoreError(
                    f"Neo4j at {self.uri}: one report needs more than the server's transaction memory "
                    "(db.memory.transaction.max)"
                ) from None
            self.batch_size = min(self.batch_size, len(part) // 2)
            log.warning("transaction memory limit reached with %d reports; %d per transaction from now on",
                        len(part), self.batch_size)  # fmt: skip
            mid = len(part) // 2
            return self._write_batch(part[:mid]) + self._write_batch(part[mid:])

    def remove(self, report: str) -> bool:
        def work(tx: neo4j.ManagedTransaction) -> bool:
            rows = tx.run(cypher.load("find_report"), ref=report, abspath=os.path.abspath(report)).data()
            key = _pick_report(rows)
            if key is None:
                return False
            batch = WriteBatch(tx)
            batch.remove([key])
            batch.refresh()
            return True

        return self._write(work, f"removing report {report!r}")

    def report_hashes(self) -> dict[str, str]:
        return {row["source"]: row["sha256"] for row in self._read("report_hashes")}

    # ---- reads -----------------------------------------------------------------------------
    def stats(self) -> dict[str, int]:
        row = self._read("stats")[0]
        return {k: int(row[k] or 0) for k in _STATS}

    def _key_of(self, doc_id: str) -> str | None:
        rows = self._read("resolve_id", id=doc_id)
        return rows[0]["key"] if rows else None

    def _docs(self, keys: Iterable[str]) -> dict[str, dict[str, Any]]:
        keys = sorted(set(keys))
        if not keys:
            return {}
        return {r["document"]["key"]: _doc(r["document"]) for r in self._read("documents", keys=keys)}

    def get_document(self, doc_id: str) -> dict[str, Any] | None:
        key = self._key_of(doc_id)
        if key is None:
            return None
        rows = self._read("document", key=key)
        if not rows:
            return None
        row = rows[0]
        out = _doc(row["document"])
        out["issuer_name"] = out["issuer"]
        out["issuer"] = _body(row["issuer"]) if row["issuer"] else None
        out["cited_by"] = int(row["cited_by"])
        out["cites"] = int(row["cites"])
        return out

    def find_by_symbol(self, number_symbol: str) -> list[dict[str, Any]]:
        sk = symbol_index_key(number_symbol)
        if not sk:
            return []
        return [_doc(r["document"]) for r in self._read("find_by_symbol", symbol=sk)]

    def search_documents(
        self,
        q: str | None = None,
        doc_type: str | None = None,
        issuer: str | None = None,
        year: int | None = None,
        after: str | None = None,
        limit: int = 50,
    ) -> list[dict[str, Any]]:
        rows = self._read(
            "search",
            words=fold(q).split() if q else [],
            doc_type=fold(doc_type) if doc_type else None,
            issuer=fold(issuer) if issuer else None,
            year=year,
            after=after,
            limit=max(0, int(limit)),
        )
        return [_doc(r["document"]) for r in rows]

    def search_fulltext(self, q: str, limit: int = 20) -> list[dict[str, Any]]:
        """Ranked search through the Lucene full-text index (beyond the protocol; for relevance
        ordering): [{"id", "number_symbol", "title", "score"}], best first. `q` is folded like the
        indexed text and its words are escaped, so Lucene syntax in user input is taken literally."""
        words = [re.sub(r'([+\-&|!(){}\[\]^"~*?:\\/])', r"\\\1", w) for w in fold(q).split()]
        if not words:
            return []
        rows = self._read("search_fulltext", q=" ".join(words), limit=max(0, int(limit)))
        return [dict(r) for r in rows]

    def implementers(
        self,
        doc_id: str,
        level: str = "province",
        since: str | None = None,
        until: str | None = None,
        limit: int | None = None,
    ) -> list[dict[str, Any]]:
        """See Store.implementers. `limit` caps the reports listed per group (None: all); every
        group also carries "report_count", the uncapped number of its reports."""
        if level not in ("province", "body"):
            raise ValueError("level must be 'province' or 'body'")
        key = self._key_of(doc_id)
        if key is None:
            raise NotFound(f"no document {doc_id!r}")
        since, until = since or None, until or None
        fast = self._implementers_from_aggregates(key, level, limit) if not (since or until) else None
        if fast is not None:
            return fast
        counts: dict[str | None, int] = {}
        groups: dict[str | None, list[dict[str, Any]]] = {}
        if limit is None:
            rows = self._read("implementers", key=key, since=since, until=until)
            for row in rows:
                groups.setdefault(row["province"] if level == "province" else row["body"], []).append(row)
        else:  # counted and cut per group in the database
            rows = self._read(
                "implementers_top", key=key, level=level, since=since, until=until, limit=max(0, int(limit))
            )
            for row in rows:
                groups[row["grp"]] = list(row["reports"])
                counts[row["grp"]] = int(row["report_count"])
        group_keys = sorted(gk for gk in groups if gk)
        known = self._provinces_by_keys(group_keys) if level == "province" else self._bodies(group_keys)
        shown: dict[str | None, list[dict[str, Any]]] = {}
        for gk, reps in groups.items():
            reps.sort(key=lambda r: r["id"])
            shown[gk] = reps if limit is None else reps[:limit]
        wanted = sorted({r["key"] for reps in shown.values() for r in reps})
        evidence: dict[str, list[dict[str, Any]]] = {}
        for i in range(0, len(wanted), CHUNK):
            for row in self._read("implementer_evidence", key=key, reports=wanted[i : i + CHUNK]):
                evidence[row["report"]] = row["evidence"]
        return _implementer_groups(
            level,
            known,
            {
                gk: (
                    counts.get(gk, len(reps)),
                    [_implementer(key, r, r["types"], evidence.get(r["key"], [])) for r in shown[gk]],
                )
                for gk, reps in groups.items()
            },
        )

    def _implementers_from_aggregates(
        self, key: str, level: str, limit: int | None
    ) -> list[dict[str, Any]] | None:
        """implementers() read from the (:Implementers) aggregates: counts per group and the first
        reports by id, without visiting every implementing report. A dated key and the partial key
        resolving to it are merged (their overlap aggregate is subtracted). None when the aggregates
        cannot answer exactly (a `limit` above TOP_K): the caller then counts in the graph."""
        if limit is None or limit > TOP_K:
            return None
        rows = self._read("implementers_groups", key=key, level=level)[0]["groups"]
        docs = {r["doc"] for r in rows}
        if not docs <= {key, partial_of(key)}:  # cannot happen: the keys standing for `key`
            return None
        counts: Counter[str | None] = Counter()
        tops: dict[str | None, dict[str, tuple[str, set[str]]]] = {}  # group → report key → (id, types)
        found: dict[str, dict[str, Any]] = {}  # group key → its province or body
        for r in rows:
            g = r["grp"] or None
            if r["level"] != level:  # the overlap of the dated key and its partial key
                if len(docs) > 1:  # both stand for the document: reports stating both count once
                    counts[g] -= r["count"]
                continue
            counts[g] += r["count"]
            listed_here = tops.setdefault(g, {})
            for rid, rk, types in map(implementer_entry, json.loads(r["top"])):
                listed_here.setdefault(rk, (rid, set()))[1].update(types)
            if g and (r["province"] or r["body"]):
                found[g] = _province(r["province"]) if level == "province" else _body(r["body"])
        cut = max(0, int(limit))
        listed = {g: (counts[g], sorted(top, key=lambda k: (top[k][0], k))[:cut]) for g, top in tops.items()}
        wanted = sorted({k for _, keys in listed.values() for k in keys})
        reports = self._read("implementer_reports", key=key, reports=wanted)[0]["reports"]
        details = {r["key"]: r for r in reports}
        return _implementer_groups(
            level,
            found,
            {
                gk: (
                    n,
                    [_implementer(key, details[rk], tops[gk][rk][1], details[rk]["evidence"]) for rk in keys],
                )
                for gk, (n, keys) in listed.items()
            },
        )

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
        edges = (
            (r["other"], r["relation"], int(r["count"]))
            for r in self._read(f"citations_{direction}", key=key)
        )
        rows = citation_page(edges, relation, limit, offset)
        docs = self._docs(o for o, _, _ in rows)
        return [{"document": docs[o], "relation": t, "count": n} for o, t, n in rows if o in docs]

    def chain(
        self, doc_id: str, direction: str = "up", depth: int = 3, limit: int = 200
    ) -> list[dict[str, Any]]:
        if direction not in ("up", "down"):
            raise ValueError("direction must be 'up' or 'down'")
        key = self._key_of(doc_id)
        if key is None:
            raise NotFound(f"no document {doc_id!r}")
        hops: dict[str, list[tuple[str, str]]] = {}

        def expand(keys: set[str]) -> None:
            todo = sorted(k for k in keys if k not in hops)
            for k in todo:
                hops[k] = []
            for i in range(0, len(todo), CHUNK):
                for r in self._read(f"chain_{direction}", keys=todo[i : i + CHUNK]):
                    types = set(r["types"]) - {"CITES"}
                    hops[r["key"]].append((r["other"], min(types) if types else "CITES"))
            for k in todo:
                hops[k].sort(key=lambda x: key_id(x[0]))

        paths: list[tuple[list[str], list[str]]] = []
        frontier: list[tuple[list[str], list[str]]] = [([key], [])]
        done = False
        for _ in range(max(0, depth)):
            expand({nodes[-1] for nodes, _ in frontier})
            nxt = []
            for nodes, rels in frontier:
                for other, typ in hops[nodes[-1]]:
                    if other in nodes:
                        continue
                    p = ([*nodes, other], [*rels, typ])
                    paths.append(p)
                    if len(paths) >= limit:
                        done = True
                        break
                    nxt.append(p)
                if done:
                    break
            if done:
                break
            frontier = nxt
        docs = self._docs(k for nodes, _ in paths for k in nodes)
        return [{"nodes": [docs[k] for k in nodes], "relations": rels} for nodes, rels in paths]

    def _provinces_by_key(self) -> list[dict[str, Any]]:
        return [
            _province(r["province"]) | {"predecessors": sorted(r["predecessors"])}
            for r in self._read("provinces")
        ]

    def provinces(self) -> list[dict[str, Any]]:
        return self._provinces_by_key()

    def _bodies(self, keys: Iterable[str]) -> dict[str, dict[str, Any]]:
        keys = sorted(set(keys))
        return {r["body"]["key"]: _body(r["body"]) for r in self._read("bodies", keys=keys)} if keys else {}

    def _summaries(self, keys: Iterable[str]) -> dict[str, dict[str, Any]]:
        keys = sorted(set(keys))
        return {r["key"]: _summary(r) for r in self._read("report_summaries", keys=keys)} if keys else {}

    def province_documents(self, province_id: str, relation: str | None = None) -> list[dict[str, Any]]:
        if not self._read("province_exists", id=province_id):
            raise NotFound(f"no province {province_id!r}")
        rows = self._read(
            "province_documents", id=province_id, relation=relation.upper() if relation else None
        )
        merged: dict[str, dict[str, set[Any]]] = {}
        for r in rows:
            m = merged.setdefault(r["key"], {"relations": set(), "reports": set()})
            m["relations"].update(r["relations"])
            m["reports"].update(r["reports"])
        docs = self._docs(merged)
        summaries = self._summaries(k for m in merged.values() for k in m["reports"])
        out: list[dict[str, Any]] = [
            {
                "document": docs[k],
                "relations": sorted(m["relations"]),
                "reports": sorted((summaries[r] for r in m["reports"]), key=lambda s: s["id"]),
            }
            for k, m in merged.items()
        ]
        out.sort(key=lambda r: r["document"]["id"])
        return out

    def _report_key(self, ref: str) -> str | None:
        return _pick_report(self._read("find_report", ref=ref, abspath=os.path.abspath(ref)))

    def get_report(self, report_id: str) -> dict[str, Any] | None:
        key = self._report_key(report_id)
        rows = self._read("report", key=key) if key else []
        if not rows:
            return None
        r = rows[0]
        out = dict(json.loads(r["meta_json"] or "{}"))
        out.update(
            {"id": r["id"], "key": r["key"], "source": r["source"], "sha256": r["sha256"],
             "province_key": r["province"], "body_key": r["body"], "sent_to": list(r["sent_to"] or [])}
        )  # fmt: skip
        return out

    def report_references(self, report_id: str) -> list[dict[str, Any]] | None:
        key = self._report_key(report_id)
        rows = self._read("report", key=key) if key else []
        if not rows:
            return None
        refs = [dict(ref) for ref in json.loads(rows[0]["references_json"] or "[]")]
        targets = sorted({ref["target_key"] for ref in refs if ref.get("target_key")})
        eff = {r["key"]: r["eff"] for r in self._read("effective_keys", keys=targets)} if targets else {}
        for ref in refs:
            if ref.get("target_key"):
                e = eff.get(ref["target_key"], ref["target_key"])
                ref["target_key"], ref["target_id"] = e, key_id(e)
        return refs

    def report_text(self, report_id: str) -> str | None:
        key = self._report_key(report_id)
        rows = self._read("report_text", key=key) if key else []
        return rows[0]["text"] if rows else None

    # ---- export ------------------------------------------------------------------------------
    def iter_nodes(self) -> Iterator[tuple[str, str, dict[str, Any]]]:
        for r in self._read("export_documents"):
            d = _doc(r["document"])
            yield ("Report" if d["is_report"] else "Document"), d["key"], d
        for r in self._read("export_bodies"):
            b = _body(r["body"])
            yield "Body", b["key"], b
        for p in self.provinces():
            yield "Province", p["key"], p

    def iter_edges(self) -> Iterator[tuple[str, str, str, dict[str, Any]]]:
        """MENTIONS (with evidence) and CITES (count) report → document, the typed relations,
        ISSUED_BY, LOCATED_IN, SENT_TO and SUCCEEDED_BY, in the embedded store's order."""
        mentions: dict[tuple[str, str], list[dict[str, Any]]] = {}
        rids: dict[str, str] = {}
        for r in self._read("export_mentions"):
            mentions.setdefault((r["source"], r["target"]), []).append(r["mention"])
            rids[r["source"]] = r["source_id"]
        for (u, target), items in sorted(mentions.items()):
            items.sort(key=lambda m: m["index"])
            ev = [_evidence(m, rids[u], target) for m in items]
            yield "MENTIONS", u, target, {"count": len(ev), "evidence": ev}
            yield "CITES", u, target, {"count": len(ev)}
        for r in self._read("export_relations"):
            yield r["type"], r["source"], r["target"], {"count": int(r["count"])}
        for r in self._read("export_issued_by"):
            yield "ISSUED_BY", r["source"], r["target"], {}
        for r in self._read("export_bodies"):
            for prov in r["provinces"]:
                yield "LOCATED_IN", r["body"]["key"], prov, {}
        for r in self._read("export_sent_to"):
            yield "SENT_TO", r["source"], r["target"], {}
        for p in self.provinces():
            if p["successor"] and p["successor"] != p["key"]:
                yield "SUCCEEDED_BY", p["key"], p["successor"], {}


_STATS = ("documents", "reports", "unresolved", "bodies", "provinces", "mentions", "relations")


# ---- errors ---------------------------------------------------------------------------------------
class _Guard:
    """Translate driver failures into store errors naming the URI and the reason."""

    def __init__(self, uri: str, doing: str) -> None:
        self.uri, self.doing = uri, doing

    def __enter__(self) -> None:
        return None

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: object
    ) -> Literal[False]:
        if exc is None or isinstance(exc, StoreError):
            return False
        if isinstance(exc, _UNAVAILABLE):
            raise StoreUnavailable(
                f"Neo4j at {self.uri} is unavailable while {self.doing}: {_reason(exc)}"
            ) from None
        if isinstance(exc, nx.Neo4jError | nx.DriverError):
            raise StoreError(f"Neo4j at {self.uri} failed while {self.doing}: {_reason(exc)}") from None
        return False


def _single(result: neo4j.Result) -> neo4j.Record:
    """The one record a MERGE-backed query always returns."""
    record = result.single()
    if record is None:
        raise StoreError("Neo4j returned no row where one is always written (meta node)")
    return record


def _reason(exc: BaseException) -> str:
    """One line: the server's code and message, or the driver's message with its underlying cause."""
    if isinstance(exc, nx.Neo4jError) and exc.message:
        return f"{exc.code}: {exc.message}"
    text = " ".join(str(exc).split()) or type(exc).__name__
    cause = re.search(r"\(reason (.*)\)\s*$", text)
    return cause.group(1) if cause else text


# ---- finding reports ------------------------------------------------------------------------------
def _pick_report(rows: list[dict[str, Any]]) -> str | None:
    """The key of the stored report a reference names, in the embedded store's order of precedence:
    key, source path, sha256, then id or absolute source path (rows of find_report.cypher)."""
    for flag in ("by_key", "by_source", "by_sha", None):
        for r in sorted(rows, key=lambda r: r["key"]):
            if flag is None or r[flag]:
                return r["key"]
    return None


# ---- read shaping ---------------------------------------------------------------------------------
def _doc(node: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {"id": node.get("id"), "key": node.get("key")}
    for f in _VIEW_FIELDS:
        out[f] = node.get(f)
    out["flags"] = list(node.get("flags") or [])
    out["dates_seen"] = list(node.get("dates_seen") or [])
    out["labels"] = list(node.get("labels") or ["Document"])
    out["is_report"] = bool(node.get("is_report"))
    if node.get("candidates"):
        out["candidates"] = list(node["candidates"])
    if out["is_report"] and node.get("source") is not None:
        out["source"] = node["source"]
    return out


def _body(node: dict[str, Any]) -> dict[str, Any]:
    province = node.get("province")  # the voted province, else the first it is located in
    key = node["key"]
    return {"id": key_id(key), "key": key, "name": node.get("name") or key, "short_name": node.get("short_name"),
            "province": province}  # fmt: skip


def _province(node: dict[str, Any]) -> dict[str, Any]:
    key = node["key"]
    return {
        "id": key,
        "key": key,
        "name": node.get("name"),
        "era": node.get("era"),
        "successor": node.get("successor"),
    }


def _implementer(
    key: str, r: dict[str, Any], types: Iterable[str], mentions: list[dict[str, Any]]
) -> dict[str, Any]:
    """One implementing report of `key` as implementers() lists it: summary, relations, evidence."""
    types = set(types)
    return {
        "report": _summary(r),
        "relations": [t for t in IMPL_TYPES if t in types],
        "evidence": sorted((_evidence(m, r["id"], key) for m in mentions), key=lambda e: e["start"]),
    }


def _implementer_groups(
    level: str, known: dict[str, dict[str, Any]], groups: dict[str | None, tuple[int, list[dict[str, Any]]]]
) -> list[dict[str, Any]]:
    """implementers() rows from {group key: (report count, listed reports)}, ordered by group name;
    `known` holds the provinces or bodies by key (an unknown body is "(unknown)")."""
    out: list[dict[str, Any]] = []
    for gk, (n, items) in groups.items():
        group = _province_group(gk, known) if level == "province" else known.get(gk or "") or unknown_body()
        out.append({"group": group, "report_count": n, "reports": items})
    out.sort(key=lambda row: (row["group"]["name"] or "", row["group"]["id"] or ""))
    return out


def _province_group(key: str | None, known: dict[str, dict[str, Any]]) -> dict[str, Any]:
    if key is None or key not in known:
        return unknown_province(key)
    p = known[key]
    return {k: p[k] for k in ("id", "key", "name", "era", "successor")}


def _summary(r: dict[str, Any]) -> dict[str, Any]:
    return {
        k: r.get(k) for k in ("id", "key", "doc_type", "number_symbol", "date", "title", "province", "source")
    }


def _evidence(m: dict[str, Any], report_id: str, key: str) -> dict[str, Any]:
    return {"sentence": m.get("sentence"), "start": m.get("start"), "end": m.get("end"), "text": m.get("text"),
            "relation": m.get("relation"), "report_id": report_id, "index": m.get("index"), "kind": m.get("kind"),
            "pinpoint": m.get("pinpoint"), "sentence_start": m.get("sentence_start"), "target_id": key_id(key)}  # fmt: skip
