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
errors): the earlier version of each report is taken out, then `UNWIND $rows … MERGE/CREATE` per
label and relationship type, then the merged views are recomputed. If the server dies mid-write the
transaction rolls back: never a partial report. Reads: `driver.execute_query(...,
routing_=READ)` so a cluster can serve them from secondaries. Driver failures surface as
`StoreUnavailable` / `StoreError` naming the URI and the reason, never as a raw driver traceback.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from typing import Any, TypeVar

import neo4j
import orjson
from neo4j import GraphDatabase, RoutingControl
from neo4j import exceptions as nx

import cypher
from graph.export import EXPORT_ORIGIN
from graph.identity import fold, is_partial, key_id, partial_of
from graph.merge import (
    DOC_FIELDS,
    OWN_WEIGHT,
    best,
    doc_tuple,
    key_symbol_entries,
    merged_view,
    symbol_index_key,
)
from graph.records import Contribution, Mention
from graph.store import NotFound, StoreError, StoreUnavailable

T = TypeVar("T")
logging.getLogger("neo4j").addHandler(logging.NullHandler())  # no driver log lines on stderr by default
log = logging.getLogger("legalgraph.neo4j")

URI_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")
IMPL_TYPES = ("IMPLEMENTS", "REPORTS_ON", "RESPONDS_TO")  # what makes a report an implementer
# Relationship types a contribution may carry; anything else is refused (never spliced into Cypher).
DOC_RELATION_TYPES = frozenset({*IMPL_TYPES, "GUIDES", "AMENDS", "REPLACES", "BASED_ON"})
RELATE_QUERY = {t: f"relate_{t.lower()}" for t in DOC_RELATION_TYPES}  # one named query per type
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
_CHUNK = 2000
TOP_K = 20  # reports kept per group in the implementer aggregates (a larger `limit` scans instead)
AGGREGATES_VERSION = 5  # the derived structures this code keeps (LegalgraphMeta.version)
REBUILD_WAIT = 3600.0  # seconds a store waits for another process building them (then takes over)
LEVELS = ("province", "body")


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
        if session.run(cypher.load("meta")).single()["origin"] == EXPORT_ORIGIN:
            raise StoreError(
                f"Neo4j at {self.uri} holds a graph bulk-imported from `legalgraph export --format csv`: "
                "a copy for Neo4j Browser and Cypher, which legalgraph's Neo4j store cannot serve or "
                "update; point --neo4j-uri at a database written by `legalgraph ingest --store neo4j`"
            )

    def _ensure_aggregates(self, session: neo4j.Session) -> None:
        """Build the derived structures once if the database predates them. One process builds
        (claimed on the marker node); others opening the store meanwhile wait for it."""
        deadline = time.monotonic() + REBUILD_WAIT
        while (meta := session.run(cypher.load("meta")).single())["version"] != AGGREGATES_VERSION:
            now = time.time()
            claim = session.run(
                cypher.load("claim_rebuild"), version=AGGREGATES_VERSION, now=now, stale=now - REBUILD_WAIT
            ).single()
            if claim["claimed"]:
                if meta["has_reports"]:
                    _rebuild_implementers(session)
                session.run(cypher.load("set_meta"), version=AGGREGATES_VERSION).consume()
            elif time.monotonic() > deadline:
                raise StoreUnavailable(f"Neo4j at {self.uri}: another process is still building the aggregates")
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

    def write_many(self, contributions: list[Contribution]) -> list[str]:
        """One write transaction per `batch_size` reports; every report is written whole or not at
        all. A batch over the server's per-transaction memory limit (db.memory.transaction.max) is
        written again in two halves, and later batches keep the smaller size."""
        for c in contributions:
            _validate(c)
        statuses: list[str] = []
        i = 0
        while i < len(contributions):
            part = contributions[i : i + self.batch_size]
            statuses += self._write_batch(part)
            i += len(part)
        return statuses

    def _write_batch(self, part: list[Contribution]) -> list[str]:
        try:
            return self._write(lambda tx: _Batch(tx).write_within_memory(part), f"writing {len(part)} report(s)")
        except (_TooBig, StoreError) as exc:  # the limit may also be reached at commit
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
            batch = _Batch(tx)
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
        for i in range(0, len(wanted), _CHUNK):
            for row in self._read("implementer_evidence", key=key, reports=wanted[i : i + _CHUNK]):
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

    def _implementers_from_aggregates(self, key: str, level: str, limit: int | None) -> list[dict[str, Any]] | None:
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
            for rid, rk, types in map(_entry, json.loads(r["top"])):
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
                gk: (n, [_implementer(key, details[rk], tops[gk][rk][1], details[rk]["evidence"]) for rk in keys])
                for gk, (n, keys) in listed.items()
            },
        )

    def citations(
        self, doc_id: str, direction: str = "in", relation: str | None = None
    ) -> list[dict[str, Any]]:
        if direction not in ("in", "out"):
            raise ValueError("direction must be 'in' or 'out'")
        key = self._key_of(doc_id)
        if key is None:
            raise NotFound(f"no document {doc_id!r}")
        want = relation.upper() if relation else None
        agg: Counter[tuple[str, str]] = Counter()
        for r in self._read(f"citations_{direction}", key=key):
            if want is None or r["relation"] == want:
                agg[(r["other"], r["relation"])] += int(r["count"])
        docs = self._docs(o for o, _ in agg)
        rows = [{"document": docs[o], "relation": t, "count": n} for (o, t), n in agg.items() if o in docs]
        rows.sort(key=lambda r: (r["document"]["id"], r["relation"]))
        return rows

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
            for i in range(0, len(todo), _CHUNK):
                for r in self._read(f"chain_{direction}", keys=todo[i : i + _CHUNK]):
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
        merged: dict[str, dict[str, set[str]]] = {}
        for r in rows:
            m = merged.setdefault(r["key"], {"relations": set(), "reports": set()})
            m["relations"].update(r["relations"])
            m["reports"].update(r["reports"])
        docs = self._docs(merged)
        summaries = self._summaries(k for m in merged.values() for k in m["reports"])
        out = [
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

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: object) -> bool:
        if exc is None or isinstance(exc, StoreError):
            return False
        if isinstance(exc, _UNAVAILABLE):
            raise StoreUnavailable(
                f"Neo4j at {self.uri} is unavailable while {self.doing}: {_reason(exc)}"
            ) from None
        if isinstance(exc, nx.Neo4jError | nx.DriverError):
            raise StoreError(f"Neo4j at {self.uri} failed while {self.doing}: {_reason(exc)}") from None
        return False


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


# ---- write path -----------------------------------------------------------------------------------
def _validate(c: Contribution) -> None:
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


class _TooBig(Exception):
    """A write transaction went over the server's transaction memory limit (not retried as is)."""


class _Batch:
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
        self, docs: dict[str, tuple[str, ...]], report_id: str, report_key: str, groups: tuple[Any, Any], n: int
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
        for i in range(0, len(rows), _CHUNK):
            self.tx.run(cypher.load(name), rows=rows[i : i + _CHUNK], **params).consume()

    def data(self, name: str, **params: Any) -> list[dict[str, Any]]:
        """Records as dicts of plain values (write-path queries return no nodes or paths, so the
        driver's recursive `data()` conversion is not needed)."""
        return [dict(r) for r in self.tx.run(cypher.load(name), **params)]

    def write_within_memory(self, contributions: list[Contribution]) -> list[str]:
        """`write`, with the server's transaction memory limit raised as `_TooBig` (the driver
        would otherwise retry it as a transient error, again and again, for the same batch)."""
        try:
            return self.write(contributions)
        except nx.TransientError as exc:
            if "MemoryPoolOutOfMemoryError" in (exc.code or ""):
                raise _TooBig from None
            raise

    # -- statuses, as EmbeddedStore.write_many decides them, contribution by contribution
    def write(self, contributions: list[Contribution]) -> list[str]:
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
            self._impl(dict.fromkeys(row["implemented"], ()), row["id"], key, (row["province"], row["body"]), -1)
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
    def add(self, contributions: list[Contribution]) -> None:
        doc_rows: dict[str, dict[str, Any]] = {}
        body_rows: dict[str, dict[str, Any]] = {}
        province_rows: dict[str, dict[str, Any]] = {}
        reports, mentions, relations, issued, located, sent = [], [], [], [], [], []

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
            for d, b in c.issued_by:
                doc_row(d)
                body_rows.setdefault(b, {"key": b, "id": key_id(b)})
                self.body_delta.setdefault(b, Counter())
                self.touched.add(d)
            for b, p in c.located_in:
                body_rows.setdefault(b, {"key": b, "id": key_id(b)})
                province_rows.setdefault(p, {"key": p})
                self.body_delta.setdefault(b, Counter())
                self.province_delta.setdefault(p, Counter())
            ms = [m for m in c.mentions if m.target_key != K]
            targets = sorted({m.target_key for m in ms})
            for t in targets:
                doc_row(t)
            self.touched.update(targets)
            mentions.append(
                {"report": K, "mentions": [{"target": m.target_key, "props": _mention(m, K)} for m in ms]}
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
            (level, g, doc): change for (level, doc), groups in self.impl.items() for g, change in groups.items()
        }
        if not changes:
            return
        keys = sorted(_impl_key(*k) for k in changes)
        stored: dict[str, dict[str, Any]] = {}
        for i in range(0, len(keys), _CHUNK):
            for r in self.data("load_implementers", keys=keys[i : i + _CHUNK]):
                stored[r["key"]] = r
        rows = []
        for (level, g, doc), (delta, added, removed) in sorted(changes.items()):
            key = _impl_key(level, g, doc)
            old = stored.get(key)
            n = (old["count"] if old else 0) + delta
            top = [_entry(x) for x in json.loads(old["top"])] if old else []
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
            rows.append({"key": key, "doc": doc, "level": level, "grp": g, "count": n, "top": _dump(top)})
        self.run("save_implementers", rows)

    def _load_docs(self, keys: Iterable[str]) -> dict[str, dict[str, Any]]:
        keys = sorted(set(keys))
        out: dict[str, dict[str, Any]] = {}
        for i in range(0, len(keys), _CHUNK):
            for r in self.data("load_documents", keys=keys[i : i + _CHUNK]):
                counter = Counter(dict(zip(r["vk"] or [], r["vc"] or [], strict=True)))
                r["counter"] = counter
                out[r["key"]] = r
        return out

    def _refresh_documents(self) -> None:
        nodes = self._load_docs(self.touched)
        for key, delta in self.doc_delta.items():
            if key in nodes:
                c = nodes[key]["counter"]
                c.update(delta)
                for v in [v for v, n in c.items() if n <= 0]:
                    del c[v]
        partials = {partial_of(k) for k in nodes} | {k for k in nodes if is_partial(k)}
        partials.discard(None)
        cand_rows = self.data("load_candidates", partials=sorted(partials)) if partials else []
        extra = {r["key"] for r in cand_rows} | {p for p in partials if p}
        nodes.update(self._load_docs(k for k in extra if k not in nodes))
        # alias index: partial → full keys some report still contributes (as a document or as itself)
        alias: dict[str, list[str]] = {}
        for key, n in nodes.items():
            p = partial_of(key)
            if p is not None and (n["is_report"] or sum(n["counter"].values()) > 0):
                alias.setdefault(p, []).append(key)
        for r in cand_rows:  # candidates not loaded as nodes cannot occur; kept for clarity
            alias.setdefault(r["partial"], [])
        eff = {}
        for key in nodes:
            if is_partial(key):
                cands = alias.get(key, [])
                eff[key] = cands[0] if len(cands) == 1 else key
            else:
                eff[key] = key
        rows, gc = [], []
        for key, n in nodes.items():
            group = [n]
            if not is_partial(key):
                p = partial_of(key)
                if p in nodes and eff.get(p) == key:
                    group.append(nodes[p])
            view = _doc_view(key, n, group, sorted(alias.get(key, [])) if is_partial(key) else [])
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
        view: Callable[[str, Counter[str], Any], dict[str, Any]],
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


def _view_hash(view: dict[str, Any]) -> str:
    """A short digest of a document's merged view, stored as `vh`: an unchanged view is not rewritten."""
    return hashlib.blake2b(orjson.dumps(view, option=orjson.OPT_SORT_KEYS), digest_size=12).hexdigest()


def _entry(x: list[Any]) -> tuple[str, str, tuple[str, ...]]:
    """A listed report of an implementer aggregate: (id, key, its relation types to the document)."""
    return x[0], x[1], tuple(x[2])


def _impl_key(level: str, group: str, doc: str) -> str:
    """Key of an implementer aggregate: level, group ("" for none) and stored document key."""
    return f"{level}|{group}|{doc}"


def _rebuild_implementers(session: neo4j.Session) -> None:
    """Build the implementer aggregates of a database written before they existed (or in an older
    layout): read every (document, implementing report) pair, write the aggregates in batches of
    documents. Safe to interrupt: the version marker is set only afterwards, so the next start
    builds them again."""
    session.run(cypher.load("clear_implementers")).consume()
    reports: dict[str, tuple[str, Any, Any, dict[str, tuple[str, ...]]]] = {}
    for r in session.run(cypher.load("implementer_pairs")):
        reports.setdefault(r["key"], (r["id"], r["province"], r["body"], {}))[3][r["doc"]] = tuple(r["types"])
    keys = sorted(reports)
    for i in range(0, len(keys), _CHUNK):

        def work(tx: neo4j.ManagedTransaction, part: list[str] = keys[i : i + _CHUNK]) -> None:
            batch = _Batch(tx)
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


def _mention(m: Mention, report_key: str) -> dict[str, Any]:
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
    fields = (out["doc_type"], out["number_symbol"], out["title"], out["name"], key)
    out["search"] = " ".join(fold(v) for v in fields if v)
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


def _implementer(key: str, r: dict[str, Any], types: Iterable[str], mentions: list[dict[str, Any]]) -> dict[str, Any]:
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
    out = []
    for gk, (n, items) in groups.items():
        if level == "province":
            group = _province_group(gk, known)
        else:
            group = known.get(gk or "") or {"id": "unknown", "key": None, "name": "(unknown)"}
        out.append({"group": group, "report_count": n, "reports": items})
    out.sort(key=lambda row: (row["group"]["name"] or "", row["group"]["id"] or ""))
    return out


def _province_group(key: str | None, known: dict[str, dict[str, Any]]) -> dict[str, Any]:
    if key is None or key not in known:
        return {
            "id": key or "unknown",
            "key": key,
            "name": key or "(unknown)",
            "era": None,
            "successor": None,
        }
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
