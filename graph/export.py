"""Exports of any Store (via `iter_nodes` / `iter_edges`): GraphML, neo4j-admin CSV, Cypher script.

- GraphML (`export_graphml`): one file for Gephi / NetworkX (`networkx.read_graphml`). Node ids are
  canonical keys; list and dict properties (flags, dates_seen, evidence) are JSON strings.
- CSV (`export_csv`): a directory laid out for the fast bulk path of an EMPTY database,
  `neo4j-admin database import full` (see `neo4j_admin_command`): documents.csv, bodies.csv,
  provinces.csv with `key:ID(<space>)` and `:LABEL`; relationship files with
  `:START_ID(<space>)`, `:END_ID(<space>)`, `:TYPE`. MENTIONS carry `count` and `evidence` (JSON).
- Cypher (`export_cypher`): a script of UNWIND batches for cypher-shell (`cypher-shell -f FILE`);
  values are rendered as escaped Cypher literals (the only input is the store's own data; labels
  and relationship types come from a fixed list).
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import networkx as nx

from graph.store import Store

REL_TYPES = frozenset({
    "MENTIONS", "CITES", "IMPLEMENTS", "REPORTS_ON", "RESPONDS_TO", "GUIDES", "AMENDS", "REPLACES",
    "BASED_ON", "ISSUED_BY", "LOCATED_IN", "SENT_TO", "SUCCEEDED_BY",
})
DOC_FIELDS = [
    ("key", "key:ID(Document)"), ("id", "id"), ("doc_type", "doc_type"), ("number_symbol", "number_symbol"),
    ("year", "year:int"), ("date", "date"), ("issuer", "issuer"), ("issuer_key", "issuer_key"),
    ("province", "province"), ("title", "title"), ("name", "name"), ("resolved", "resolved:boolean"),
    ("is_report", "is_report:boolean"), ("flags", "flags:string[]"), ("dates_seen", "dates_seen:string[]"),
    ("source", "source"),
]
BODY_FIELDS = [("key", "key:ID(Body)"), ("id", "id"), ("name", "name"), ("short_name", "short_name"),
               ("province", "province")]
PROVINCE_FIELDS = [("key", "key:ID(Province)"), ("id", "id"), ("name", "name"), ("era", "era"),
                   ("successor", "successor")]
# relationship file -> (start space, end space, types)
REL_FILES = {
    "document_relationships.csv": ("Document", "Document", REL_TYPES - {"ISSUED_BY", "LOCATED_IN", "SENT_TO",
                                                                       "SUCCEEDED_BY"}),
    "issued_by.csv": ("Document", "Body", {"ISSUED_BY"}),
    "sent_to.csv": ("Document", "Body", {"SENT_TO"}),
    "located_in.csv": ("Body", "Province", {"LOCATED_IN"}),
    "succeeded_by.csv": ("Province", "Province", {"SUCCEEDED_BY"}),
}
NODE_FILES = {"Document": "documents.csv", "Report": "documents.csv", "Body": "bodies.csv",
              "Province": "provinces.csv"}


def export(store: Store, fmt: str, out: Path) -> dict[str, int]:
    """Write the store in `fmt` (graphml | csv | cypher) to `out`; returns node/edge counts."""
    writers = {"graphml": export_graphml, "csv": export_csv, "cypher": export_cypher}
    if fmt not in writers:
        raise ValueError(f"unknown export format {fmt!r}")
    return writers[fmt](store, Path(out))


def _scalar(v: Any) -> Any:
    if isinstance(v, (list, tuple, dict)):
        return json.dumps(v, ensure_ascii=False)
    return v


def _tmp(path: Path) -> Path:
    return path.with_name(f".{path.name}.tmp")


def export_graphml(store: Store, out: Path) -> dict[str, int]:
    g = nx.MultiDiGraph()
    n = e = 0
    for label, key, props in store.iter_nodes():
        attrs = {k: _scalar(v) for k, v in props.items() if v is not None and k != "labels"}
        attrs["label"] = label
        g.add_node(key, **attrs)
        n += 1
    for typ, s, t, props in store.iter_edges():
        g.add_edge(s, t, key=f"{typ}:{e}", type=typ, **{k: _scalar(v) for k, v in props.items() if v is not None})
        e += 1
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = _tmp(out)
    nx.write_graphml(g, tmp, named_key_ids=True)
    tmp.replace(out)
    return {"nodes": n, "edges": e}


def _cell(v: Any, header: str) -> str:
    if v is None:
        return ""
    if header.endswith("[]"):
        return ";".join(str(x) for x in v)
    if header.endswith(":boolean"):
        return "true" if v else "false"
    if isinstance(v, (list, dict)):
        return json.dumps(v, ensure_ascii=False)
    return str(v)


def export_csv(store: Store, out: Path) -> dict[str, int]:
    out.mkdir(parents=True, exist_ok=True)
    fields = {"documents.csv": DOC_FIELDS, "bodies.csv": BODY_FIELDS, "provinces.csv": PROVINCE_FIELDS}
    handles: dict[str, Any] = {}
    writers: dict[str, Any] = {}
    n = e = 0
    try:
        for name, flds in fields.items():
            handles[name] = open(_tmp(out / name), "w", newline="", encoding="utf-8")  # noqa: SIM115
            writers[name] = csv.writer(handles[name])
            writers[name].writerow([h for _, h in flds] + [":LABEL"])
        for label, key, props in store.iter_nodes():
            name = NODE_FILES[label]
            flds = fields[name]
            labels = "Document;Report" if props.get("is_report") else label
            writers[name].writerow([_cell(key if f == "key" else props.get(f), h) for f, h in flds] + [labels])
            n += 1
        for name, (start, end, _types) in REL_FILES.items():
            handles[name] = open(_tmp(out / name), "w", newline="", encoding="utf-8")  # noqa: SIM115
            writers[name] = csv.writer(handles[name])
            writers[name].writerow([f":START_ID({start})", f":END_ID({end})", ":TYPE", "count:int", "evidence"])
        by_type = {t: name for name, (_, _, types) in REL_FILES.items() for t in types}
        for typ, s, t, props in store.iter_edges():
            ev = props.get("evidence")
            writers[by_type[typ]].writerow(
                [s, t, typ, props.get("count", ""), json.dumps(ev, ensure_ascii=False) if ev else ""]
            )
            e += 1
    finally:
        for h in handles.values():
            h.close()
    for name in handles:
        _tmp(out / name).replace(out / name)
    return {"nodes": n, "edges": e}


def neo4j_admin_command(out: Path, database: str = "neo4j") -> str:
    """The bulk import command for a directory written by `export_csv` (database must be stopped)."""
    nodes = " ".join(f"--nodes={out / f}" for f in ("documents.csv", "bodies.csv", "provinces.csv"))
    rels = " ".join(f"--relationships={out / f}" for f in REL_FILES)
    return (f"neo4j-admin database import full {nodes} {rels} --multiline-fields=true "
            f"--array-delimiter=';' --overwrite-destination {database}")


# ---- Cypher script ---------------------------------------------------------------------------
_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def cypher_literal(v: Any) -> str:
    """A Cypher literal for a JSON-like value (strings escaped; nested lists/maps allowed)."""
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, str):
        esc = (v.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n").replace("\r", "\\r")
               .replace("\t", "\\t"))
        return f"'{esc}'"
    if isinstance(v, (list, tuple)):
        return "[" + ", ".join(cypher_literal(x) for x in v) + "]"
    if isinstance(v, dict):
        items = []
        for k, x in v.items():
            name = k if _IDENT.match(k) else "`" + k.replace("`", "``") + "`"
            items.append(f"{name}: {cypher_literal(x)}")
        return "{" + ", ".join(items) + "}"
    return cypher_literal(str(v))


def _batches(rows: Iterable[Any], size: int = 500) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for r in rows:
        batch.append(r)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _neo4j_props(props: dict[str, Any]) -> dict[str, Any]:
    """Neo4j properties are scalars or homogeneous lists: nested values become JSON strings."""
    out: dict[str, Any] = {}
    for k, v in props.items():
        if v is None or k == "labels":
            continue
        if isinstance(v, dict) or (isinstance(v, list) and any(isinstance(x, (dict, list)) for x in v)):
            v = json.dumps(v, ensure_ascii=False)
        out[k] = v
    return out


def export_cypher(store: Store, out: Path) -> dict[str, int]:
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = _tmp(out)
    n = e = 0
    space = {"Document": "Document", "Report": "Document", "Body": "Body", "Province": "Province"}
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write("// legalgraph export — run with: cypher-shell -f <this file>\n")
        for label in ("Document", "Body", "Province"):
            fh.write(f"CREATE CONSTRAINT {label.lower()}_key IF NOT EXISTS FOR (n:{label}) REQUIRE n.key IS UNIQUE;\n")
        nodes = ((space[label], label, key, props) for label, key, props in store.iter_nodes())
        for batch in _batches(nodes):
            for label in ("Document", "Report", "Body", "Province"):
                rows = [{"key": k, "props": _neo4j_props(p)} for sp, lab, k, p in batch if lab == label]
                if not rows:
                    continue
                extra = ":Report" if label == "Report" else ""
                fh.write(f"UNWIND {cypher_literal(rows)} AS row MERGE (n:{space[label]} {{key: row.key}}) "
                         f"SET n += row.props, n{extra or ':' + space[label]};\n")
                n += len(rows)
        ends = {"ISSUED_BY": ("Document", "Body"), "SENT_TO": ("Document", "Body"),
                "LOCATED_IN": ("Body", "Province"), "SUCCEEDED_BY": ("Province", "Province")}
        for batch in _batches(store.iter_edges()):
            for typ in sorted({b[0] for b in batch}):
                if typ not in REL_TYPES:
                    continue
                a, b = ends.get(typ, ("Document", "Document"))
                rows = [{"s": s, "t": t, "props": _neo4j_props(p)} for ty, s, t, p in batch if ty == typ]
                fh.write(f"UNWIND {cypher_literal(rows)} AS row MATCH (a:{a} {{key: row.s}}), (b:{b} {{key: row.t}}) "
                         f"CREATE (a)-[r:{typ}]->(b) SET r += row.props;\n")
                e += len(rows)
    tmp.replace(out)
    return {"nodes": n, "edges": e}
