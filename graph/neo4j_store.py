"""`Neo4jStore`: the `graph.store.Store` protocol on a Neo4j 5 server (Community or Enterprise).

Model in Neo4j (schema in `cypher/schema.cypher`, every query a named file in `cypher/queries/`):

- `(:Document {key, id, ...})` for every cited or ingested document; ingested reports are also
  `:Report` (with `source`, `sha256`, the report metadata and references as JSON, and the lists of
  node keys the report touched) and their text lives in `(:ReportText {report, text})`.
- `(:Body)`, `(:Province)`, `(old:Province)-[:SUCCEEDED_BY]->(new:Province)`.
- One `MENTIONS` relationship per reference (report → document) carrying the evidence; typed
  relations IMPLEMENTS, REPORTS_ON, … (source acts on target), ISSUED_BY, LOCATED_IN, SENT_TO.
  Every relationship a report writes carries `report` (its key), so replacing or removing a report
  deletes exactly what it wrote: its own outgoing relationships plus the `report`-tagged outgoing
  relationships of the nodes it touched; nodes left unreferenced and not ingested are deleted.

Writes: one managed write transaction per batch (`session.execute_write`, retried on transient
errors): take out the earlier version of each report, then `UNWIND $rows … MERGE/CREATE` per label
and relationship type. If the server dies mid-write the transaction rolls back: never a partial
report. Reads: `driver.execute_query(..., routing_=READ)` so a cluster can serve them from
secondaries. Any driver failure surfaces as `StoreUnavailable` / `StoreError` with the URI and the
reason, never a raw driver traceback.
"""

from __future__ import annotations

import json
import logging
import re
import threading
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import neo4j
from neo4j import GraphDatabase, RoutingControl
from neo4j import exceptions as nx

import cypher
from graph.records import Contribution, DocumentNode, Mention
from graph.store import StoreError, StoreUnavailable

T = TypeVar("T")
logging.getLogger("neo4j").addHandler(logging.NullHandler())  # no driver log lines on stderr by default

URI_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")
# Relationship types a contribution may carry; anything else is refused (never spliced into Cypher).
DOC_RELATION_TYPES = frozenset(
    {"IMPLEMENTS", "REPORTS_ON", "RESPONDS_TO", "GUIDES", "AMENDS", "REPLACES", "BASED_ON"}
)
_DOC_FIELDS = (
    "id", "doc_type", "number_symbol", "year", "date", "issuer", "issuer_key", "province",
    "title", "name", "resolved", "is_report", "flags", "dates_seen",
)  # fmt: skip
_UNAVAILABLE = (
    nx.ServiceUnavailable,
    nx.SessionExpired,
    nx.DatabaseUnavailable,
    nx.ConnectionAcquisitionTimeoutError,
    nx.AuthError,
    nx.ConfigurationError,
    OSError,
)


def fold(text: str) -> str:
    """Lower-case, diacritics removed, "đ" → "d" — the same folding the embedded store searches with."""
    try:
        from ingest.gazetteer import fold as shared_fold  # the project's one fold function
    except ImportError:  # gazetteer not present: the same rules via unidecode
        from unidecode import unidecode

        return " ".join(unidecode(text).lower().split())
    return shared_fold(text)


class Neo4jStore:
    """A `Store` backed by Neo4j. `uri` may be bolt://, neo4j://, neo4j+s:// (TLS, routing)."""

    kind = "neo4j"

    def __init__(
        self,
        uri: str = "bolt://127.0.0.1:7687",
        user: str | None = None,
        password: str | None = None,
        database: str | None = None,
        *,
        connect: bool = True,
        connection_timeout: float = 5.0,
        max_transaction_retry_time: float = 10.0,
    ) -> None:
        """Create the driver; with `connect` (default) also reach the server and apply the schema now
        (raising `StoreUnavailable` if it is down), else on first use."""
        self.uri = uri
        self.database = database or None
        auth = (user, password or "") if user else None
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
            self.ensure_schema()

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
                    for statement in cypher.schema_statements():
                        session.run(statement).consume()  # schema commands: auto-commit, one each
                    session.run("CALL db.awaitIndexes(300)").consume()
            self._schema_ready = True

    # ---- plumbing --------------------------------------------------------------------------
    def _guard(self, doing: str) -> _Guard:
        return _Guard(self.uri, doing)

    def _read(self, name: str, **params: Any) -> list[dict[str, Any]]:
        """Run the named read query with read routing; records as dicts."""
        self.ensure_schema()
        with self._guard(f"running query {name!r}"):
            records, _, _ = self._driver.execute_query(
                cypher.load(name), parameters_=params, routing_=RoutingControl.READ, database_=self.database
            )
        return [record.data() for record in records]

    def _write(self, work: Callable[[neo4j.ManagedTransaction], T], doing: str) -> T:
        self.ensure_schema()
        with self._guard(doing), self._driver.session(database=self.database) as session:
            return session.execute_write(work)

    # ---- writes ----------------------------------------------------------------------------
    def write(self, contribution: Contribution) -> str:
        return self.write_many([contribution])[0]

    def write_many(self, contributions: list[Contribution]) -> list[str]:
        if not contributions:
            return []
        for c in contributions:
            _validate(c)
        return self._write(
            lambda tx: _write_batch(tx, contributions), f"writing {len(contributions)} report(s)"
        )

    def remove(self, report: str) -> bool:
        def work(tx: neo4j.ManagedTransaction) -> bool:
            keys = [r["key"] for r in tx.run(cypher.load("find_report"), ref=report).data()]
            if not keys:
                return False
            _remove_reports(tx, keys)
            return True

        return self._write(work, f"removing report {report!r}")

    def report_hashes(self) -> dict[str, str]:
        return {row["source"]: row["sha256"] for row in self._read("report_hashes")}

    def clear(self) -> None:
        """Delete every node and relationship (keeps the schema). For tests and re-imports."""
        self.ensure_schema()
        with self._guard("clearing the database"), self._driver.session(database=self.database) as session:
            session.run(cypher.load("clear")).consume()

    # ---- reads -----------------------------------------------------------------------------
    def stats(self) -> dict[str, int]:
        rows = self._read("stats")
        return {k: int(v) for k, v in rows[0].items()}

    def get_document(self, doc_id: str) -> dict[str, Any] | None:
        rows = self._read("document", id=doc_id)
        if not rows:
            return None
        row = rows[0]
        out = _doc(row["document"])
        out["issuer"] = dict(row["issuer"]) if row["issuer"] else None
        out["cited_by"] = int(row["cited_by"])
        out["cites"] = int(row["cites"])
        return out

    def find_by_symbol(self, number_symbol: str) -> list[dict[str, Any]]:
        return [_doc(r["document"]) for r in self._read("find_by_symbol", symbol=number_symbol.casefold())]

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
            q=fold(q) if q and q.strip() else None,
            doc_type=doc_type,
            issuer=issuer,
            year=year,
            after=after,
            limit=max(0, int(limit)),
        )
        return [_doc(r["document"]) for r in rows]

    def implementers(
        self, doc_id: str, level: str = "province", since: str | None = None, until: str | None = None
    ) -> list[dict[str, Any]]:
        if level not in ("province", "body"):
            raise StoreError(f"level must be 'province' or 'body', not {level!r}")
        rows = self._read("implementers", id=doc_id, level=level, since=since, until=until)
        return [_implementer_group(row) for row in rows]

    def citations(
        self, doc_id: str, direction: str = "in", relation: str | None = None
    ) -> list[dict[str, Any]]:
        if direction not in ("in", "out"):
            raise StoreError(f"direction must be 'in' or 'out', not {direction!r}")
        rows = self._read(f"citations_{direction}", id=doc_id, relation=relation)
        return [
            {"document": _doc(r["document"]), "relation": r["relation"], "count": int(r["count"])}
            for r in rows
        ]

    def chain(
        self, doc_id: str, direction: str = "up", depth: int = 3, limit: int = 200
    ) -> list[dict[str, Any]]:
        if direction not in ("up", "down"):
            raise StoreError(f"direction must be 'up' or 'down', not {direction!r}")
        depth = max(1, min(int(depth), 10))
        rows = self._read(f"chain_{direction}", id=doc_id, depth=depth, limit=max(0, int(limit)))
        return [{"nodes": [_doc(n) for n in r["nodes"]], "relations": list(r["relations"])} for r in rows]

    def provinces(self) -> list[dict[str, Any]]:
        return [_province(r) for r in self._read("provinces")]

    def province_documents(self, province_id: str, relation: str | None = None) -> list[dict[str, Any]]:
        rows = self._read("province_documents", id=province_id, relation=relation)
        return [
            {"document": _doc(r["document"]), "relations": sorted(r["relations"]), "reports": r["reports"]}
            for r in rows
        ]

    def get_report(self, report_id: str) -> dict[str, Any] | None:
        rows = self._read("report", id=report_id)
        if not rows:
            return None
        r = rows[0]["report"]
        out = json.loads(r.get("meta_json") or "{}")
        out.update({"id": r["id"], "key": r["key"], "source": r["source"], "sha256": r["sha256"]})
        return out

    def report_references(self, report_id: str) -> list[dict[str, Any]] | None:
        rows = self._read("report_references", id=report_id)
        if not rows:
            return None
        return json.loads(rows[0]["references_json"] or "[]")

    def report_text(self, report_id: str) -> str | None:
        rows = self._read("report_text", id=report_id)
        return rows[0]["text"] if rows else None

    def iter_nodes(self) -> Iterator[tuple[str, str, dict[str, Any]]]:
        for row in self._read("export_nodes"):
            props = dict(row["props"])
            yield row["label"], props.pop("key"), _clean_export(props)

    def iter_edges(self) -> Iterator[tuple[str, str, str, dict[str, Any]]]:
        for row in self._read("export_edges"):
            yield row["type"], row["source"], row["target"], dict(row["props"] or {})


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


# ---- write helpers --------------------------------------------------------------------------------
def _validate(c: Contribution) -> None:
    bad = {r.type for r in c.relations} - DOC_RELATION_TYPES
    if bad:
        raise StoreError(f"report {c.source!r}: unknown relation type(s) {sorted(bad)}")
    if not c.report_key or not c.sha256:
        raise StoreError(f"report {c.source!r}: missing report key or sha256")


def _write_batch(tx: neo4j.ManagedTransaction, contributions: list[Contribution]) -> list[str]:
    """Statuses for the batch, in order; removes earlier versions first, then writes the rest."""
    existing = tx.run(
        cypher.load("existing_reports"),
        keys=[c.report_key for c in contributions],
        sources=[c.source for c in contributions],
    ).data()
    by_key = {r["key"]: r for r in existing}
    by_source = {r["source"]: r for r in existing}
    statuses: list[str] = []
    to_remove: list[str] = []
    to_write: dict[str, Contribution] = {}  # report key → latest contribution in this batch
    for c in contributions:
        pending = to_write.get(c.report_key) or next(
            (w for w in to_write.values() if w.source == c.source), None
        )
        if pending is not None:
            if pending.sha256 == c.sha256:
                statuses.append("unchanged")
                continue
            to_write.pop(pending.report_key)
            to_write[c.report_key] = c
            statuses.append("replaced")
            continue
        old = [r for r in (by_key.get(c.report_key), by_source.get(c.source)) if r]
        if any(r["sha256"] == c.sha256 for r in old):
            statuses.append("unchanged")
            continue
        to_remove.extend(r["key"] for r in old)
        to_write[c.report_key] = c
        statuses.append("replaced" if old else "added")
    if to_remove:
        _remove_reports(tx, sorted(set(to_remove)))
    if to_write:
        _create(tx, list(to_write.values()))
    return statuses


def _remove_reports(tx: neo4j.ManagedTransaction, keys: list[str]) -> None:
    tx.run(cypher.load("remove_reports"), keys=keys).consume()


def _create(tx: neo4j.ManagedTransaction, contributions: list[Contribution]) -> None:
    docs: dict[str, dict[str, Any]] = {}
    bodies: dict[str, dict[str, Any]] = {}
    provinces: dict[str, dict[str, Any]] = {}
    reports, mentions, relations, issued, located, sent, succession = [], [], [], [], [], [], []
    for c in contributions:
        rk = c.report_key
        for d in c.documents:
            if d.key != rk:
                docs.setdefault(d.key, _doc_row(d))
        for b in c.bodies:
            bodies.setdefault(
                b.key, {"key": b.key, "props": _props(b, ("id", "name", "short_name", "province"))}
            )
        for p in c.provinces:
            provinces.setdefault(
                p.key, {"key": p.key, "props": _props(p, ("id", "name", "era", "successor"))}
            )
            if p.successor and p.successor != p.key:
                succession.append({"key": p.key, "successor": p.successor})
        report_props = _doc_row(c.report)["props"] | {
            "is_report": True,
            "source": c.source,
            "sha256": c.sha256,
            "meta_json": json.dumps(c.report_meta, ensure_ascii=False),
            "references_json": json.dumps(c.references, ensure_ascii=False),
            "doc_keys": sorted({d.key for d in c.documents} | {rk}),
            "body_keys": sorted({b.key for b in c.bodies}),
            "province_keys": sorted({p.key for p in c.provinces}),
        }
        reports.append({"key": rk, "props": report_props, "text": c.text})
        mentions.append(
            {
                "report": rk,
                "mentions": [{"target": m.target_key, "props": _mention_props(m, rk)} for m in c.mentions],
            }
        )
        relations += [
            {"source": r.source_key, "type": r.type, "target": r.target_key, "report": rk,
             "mention_index": r.mention_index}
            for r in c.relations
        ]  # fmt: skip
        issued += [{"source": s, "target": t, "report": rk} for s, t in c.issued_by]
        located += [{"source": s, "target": t, "report": rk} for s, t in c.located_in]
        sent += [{"source": s, "target": t, "report": rk} for s, t in c.sent_to]
    steps: list[tuple[str, list[dict[str, Any]]]] = [
        ("write_provinces", list(provinces.values())),
        ("write_succession", succession),
        ("write_bodies", list(bodies.values())),
        ("write_documents", list(docs.values())),
        ("write_reports", reports),
        ("write_mentions", mentions),
        ("write_relations", relations),
        ("write_issued_by", issued),
        ("write_located_in", located),
        ("write_sent_to", sent),
    ]
    for name, rows in steps:
        for chunk in _chunks(rows, 5000):
            tx.run(cypher.load(name), rows=chunk).consume()


def _chunks(rows: list[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    for i in range(0, len(rows), size):
        yield rows[i : i + size]


def _props(obj: object, fields: tuple[str, ...]) -> dict[str, Any]:
    return {f: getattr(obj, f) for f in fields if getattr(obj, f) is not None}


def _doc_row(d: DocumentNode) -> dict[str, Any]:
    props = _props(d, _DOC_FIELDS)
    props["flags"] = list(d.flags)
    props["dates_seen"] = list(d.dates_seen)
    if d.number_symbol:
        props["symbol_lc"] = d.number_symbol.casefold()
    props["search"] = fold(" ".join(x for x in (d.number_symbol, d.title, d.name) if x))
    if d.props:
        props["props_json"] = json.dumps(d.props, ensure_ascii=False, sort_keys=True)
    fill = {k: v for k, v in props.items() if k not in ("flags", "dates_seen")}
    return {"key": d.key, "props": props, "fill": fill}


def _mention_props(m: Mention, report_key: str) -> dict[str, Any]:
    props = {
        f: getattr(m, f)
        for f in ("index", "start", "end", "text", "sentence", "sentence_start", "relation", "kind",
                  "pinpoint", "confidence", "extractor_version")
        if getattr(m, f) is not None
    }  # fmt: skip
    props["report"] = report_key
    return props


# ---- read helpers ---------------------------------------------------------------------------------
_INTERNAL = frozenset(
    {"symbol_lc", "search", "props_json", "meta_json", "references_json", "doc_keys", "body_keys",
     "province_keys", "source", "sha256"}
)  # fmt: skip


def _doc(node: dict[str, Any]) -> dict[str, Any]:
    out = {k: v for k, v in dict(node).items() if k not in _INTERNAL}
    if node.get("props_json"):
        out["props"] = json.loads(node["props_json"])
    return out


def _province(row: dict[str, Any]) -> dict[str, Any]:
    return dict(row["province"]) | {"predecessors": sorted(row["predecessors"])}


def _implementer_group(row: dict[str, Any]) -> dict[str, Any]:
    return {"group": dict(row["group"]), "reports": row["reports"]}


def _clean_export(props: dict[str, Any]) -> dict[str, Any]:
    return {
        k: v
        for k, v in props.items()
        if k not in ("symbol_lc", "search", "doc_keys", "body_keys", "province_keys")
    }
