"""Exports of any Store (via `iter_nodes` / `iter_edges`): GraphML, neo4j-admin CSV, Cypher script.

- GraphML (`export_graphml`): one file for Gephi / NetworkX (`networkx.read_graphml`). Node ids are
  canonical keys; list and dict properties (flags, dates_seen, evidence) are JSON strings.
- CSV (`export_csv`): a directory laid out for the fast bulk path of an EMPTY database,
  `neo4j-admin database import full` (see `neo4j_admin_command`): documents.csv, bodies.csv,
  provinces.csv with `key:ID(<space>)` and `:LABEL`; relationship files with
  `:START_ID(<space>)`, `:END_ID(<space>)`, `:TYPE`. MENTIONS carry `count` and `evidence` (JSON).
  legalgraph_meta.csv marks the database as an export (`origin: "csv-export"`): a copy for Neo4j
  Browser and Cypher, without the merged views and aggregates legalgraph's Neo4j store maintains,
  so `Neo4jStore` refuses it with a clear error instead of answering from it.
- Cypher (`export_cypher`): a script of UNWIND batches for cypher-shell (`cypher-shell -f FILE`);
  values are rendered as escaped Cypher literals (the only input is the store's own data; labels
  and relationship types come from a fixed list).
"""

from __future__ import annotations

import json
import re
import shlex
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import networkx as nx

from graph.store import Store

REL_TYPES = frozenset(
    {
        "MENTIONS",
        "CITES",
        "IMPLEMENTS",
        "REPORTS_ON",
        "RESPONDS_TO",
        "GUIDES",
        "AMENDS",
        "REPLACES",
        "BASED_ON",
        "ISSUED_BY",
        "LOCATED_IN",
        "SENT_TO",
        "SUCCEEDED_BY",
    }
)
# (property, CSV header): the header types are the importer's (int → long, boolean, string[] split on ';').
DOC_FIELDS = [
    ("key", "key:ID(Document)"),
    ("id", "id"),
    ("doc_type", "doc_type"),
    ("number_symbol", "number_symbol"),
    ("year", "year:int"),
    ("date", "date"),
    ("issuer", "issuer"),
    ("issuer_key", "issuer_key"),
    ("province", "province"),
    ("title", "title"),
    ("name", "name"),
    ("resolved", "resolved:boolean"),
    ("is_report", "is_report:boolean"),
    ("flags", "flags:string[]"),
    ("dates_seen", "dates_seen:string[]"),
    ("source", "source"),
]
BODY_FIELDS = [
    ("key", "key:ID(Body)"),
    ("id", "id"),
    ("name", "name"),
    ("short_name", "short_name"),
    ("province", "province"),
]
PROVINCE_FIELDS = [
    ("key", "key:ID(Province)"),
    ("id", "id"),
    ("name", "name"),
    ("era", "era"),
    ("successor", "successor"),
    ("predecessors", "predecessors:string[]"),
]
NODE_FIELDS = {"documents.csv": DOC_FIELDS, "bodies.csv": BODY_FIELDS, "provinces.csv": PROVINCE_FIELDS}
DOC_REL_FIELDS = [("count", "count:int"), ("evidence", "evidence")]
# relationship file -> (start space, end space, types, property fields)
REL_FILES = {
    "document_relationships.csv": (
        "Document",
        "Document",
        REL_TYPES - {"ISSUED_BY", "LOCATED_IN", "SENT_TO", "SUCCEEDED_BY"},
        DOC_REL_FIELDS,
    ),
    "issued_by.csv": ("Document", "Body", {"ISSUED_BY"}, []),
    "sent_to.csv": ("Document", "Body", {"SENT_TO"}, []),
    "located_in.csv": ("Body", "Province", {"LOCATED_IN"}, []),
    "succeeded_by.csv": ("Province", "Province", {"SUCCEEDED_BY"}, []),
}
NODE_FILES = {
    "Document": "documents.csv",
    "Report": "documents.csv",
    "Body": "bodies.csv",
    "Province": "provinces.csv",
}
ID_SPACES = {"Document": "Document", "Report": "Document", "Body": "Body", "Province": "Province"}
ARRAY_DELIMITER = ";"
IMPORT_COMMAND_FILE = "neo4j-admin-import.txt"
MARKER_FILE = "legalgraph_meta.csv"  # one LegalgraphMeta node: this database is an export
EXPORT_ORIGIN = "csv-export"  # its `origin` (graph.neo4j_store refuses to serve such a database)


class ExportError(ValueError):
    """The store's data cannot be written in the requested format (nothing is left half-written)."""


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
        g.add_edge(
            s, t, key=f"{typ}:{e}", type=typ, **{k: _scalar(v) for k, v in props.items() if v is not None}
        )
        e += 1
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = _tmp(out)
    nx.write_graphml(g, tmp, named_key_ids=True)
    tmp.replace(out)
    return {"nodes": n, "edges": e}


def _quote(text: str) -> str:
    """One CSV field as the importer reads it (RFC 4180 quotes, doubled inside; quoted "" is an
    empty string, an unquoted empty field is no value)."""
    if text == "" or any(c in text for c in ',"\n\r'):
        return '"' + text.replace('"', '""') + '"'
    return text


def _cell(v: Any, header: str, where: str) -> str:
    if v is None:
        return ""
    if header.endswith("[]"):
        # The importer cannot write an empty array: [] becomes no property, like None.
        items = [str(x) for x in v]
        bad = [x for x in items if ARRAY_DELIMITER in x or x == ""]
        if bad:
            raise ExportError(
                f"{where}: {header.split(':')[0]} element {bad[0]!r} cannot be written to a "
                f"{ARRAY_DELIMITER!r}-delimited CSV array"
            )
        return _quote(ARRAY_DELIMITER.join(items)) if items else ""
    if header.endswith(":boolean"):
        return "true" if v else "false"
    if header.endswith(":int"):
        if isinstance(v, bool) or not isinstance(v, int):
            raise ExportError(f"{where}: {header.split(':')[0]} {v!r} is not an integer")
        return str(v)
    if isinstance(v, (list, dict)):
        return _quote(json.dumps(v, ensure_ascii=False))
    return _quote(str(v))


def _row(cells: list[str]) -> str:
    return ",".join(cells) + "\n"


def export_csv(store: Store, out: Path) -> dict[str, int]:
    """Write the neo4j-admin CSV files (and `neo4j-admin-import.txt`, the import command) into `out`.

    All files are written under temporary names and renamed only when every row was written, so a
    failure (ExportError, OSError) leaves an existing export as it was.
    """
    out.mkdir(parents=True, exist_ok=True)
    names = [*NODE_FIELDS, MARKER_FILE, *REL_FILES]
    handles: dict[str, Any] = {}
    n = e = 0
    ids: dict[str, set[str]] = {"Document": set(), "Body": set(), "Province": set()}
    done = False
    try:
        for name in names:
            handles[name] = open(_tmp(out / name), "w", newline="", encoding="utf-8")  # noqa: SIM115
        for name, flds in NODE_FIELDS.items():
            handles[name].write(_row([_quote(h) for _, h in flds] + [":LABEL"]))
        handles[MARKER_FILE].write(_row(["key:ID(LegalgraphMeta)", "origin", ":LABEL"]))
        handles[MARKER_FILE].write(_row(["legalgraph", EXPORT_ORIGIN, "LegalgraphMeta"]))
        for name, (start, end, _types, flds) in REL_FILES.items():
            handles[name].write(
                _row([f":START_ID({start})", f":END_ID({end})", ":TYPE"] + [h for _, h in flds])
            )
        for label, key, props in store.iter_nodes():
            if label not in NODE_FILES:
                raise ExportError(f"node {key!r} has a label the CSV export does not know: {label!r}")
            space = ID_SPACES[label]
            if not key:
                raise ExportError(f"a {label} node has an empty key")
            if key in ids[space]:
                raise ExportError(f"two {space} nodes have the key {key!r} (the importer needs unique ids)")
            ids[space].add(key)
            name = NODE_FILES[label]
            labels = props.get("labels") or (["Document", "Report"] if label == "Report" else [label])
            where = f"{label} {key!r}"
            cells = [_cell(key if f == "key" else props.get(f), h, where) for f, h in NODE_FIELDS[name]]
            handles[name].write(_row([*cells, _cell(labels, ":LABEL[]", where)]))
            n += 1
        by_type = {t: name for name, (_, _, types, _) in REL_FILES.items() for t in types}
        for typ, s, t, props in store.iter_edges():
            if typ not in by_type:
                raise ExportError(
                    f"relationship {s!r} -> {t!r} has a type the CSV export does not know: {typ!r}"
                )
            name = by_type[typ]
            start, end, _types, flds = REL_FILES[name]
            where = f"{typ} {s!r} -> {t!r}"
            if s not in ids[start] or t not in ids[end]:
                missing = s if s not in ids[start] else t
                raise ExportError(
                    f"{where}: no {start if missing == s else end} node {missing!r} was exported"
                )
            cells = [_quote(s), _quote(t), typ] + [_cell(props.get(f), h, where) for f, h in flds]
            handles[name].write(_row(cells))
            e += 1
        done = True
    finally:
        for h in handles.values():
            h.close()
        if not done:
            for name in handles:
                _tmp(out / name).unlink(missing_ok=True)
    names.append(IMPORT_COMMAND_FILE)
    _tmp(out / IMPORT_COMMAND_FILE).write_text(neo4j_admin_command(out) + "\n", encoding="utf-8")
    for name in names:
        _tmp(out / name).replace(out / name)
    return {"nodes": n, "edges": e}


def neo4j_admin_command(out: Path, database: str = "neo4j") -> str:
    """The bulk import command for a directory written by `export_csv`: for an EMPTY, stopped
    database (`--overwrite-destination` replaces an existing one). Checked with the real tool by
    tests/test_neo4j_import.py (tools/neo4j/import.sh runs the same import from the cached jars)."""
    base = Path(out).resolve()
    files = [f"--nodes={shlex.quote(str(base / f))}" for f in (*NODE_FIELDS, MARKER_FILE)]
    files += [f"--relationships={shlex.quote(str(base / f))}" for f in REL_FILES]
    return (
        f"neo4j-admin database import full {' '.join(files)} --multiline-fields=true "
        f"--array-delimiter={shlex.quote(ARRAY_DELIMITER)} --overwrite-destination {shlex.quote(database)}"
    )


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
        esc = (
            v.replace("\\", "\\\\")
            .replace("'", "\\'")
            .replace("\n", "\\n")
            .replace("\r", "\\r")
            .replace("\t", "\\t")
        )
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
            fh.write(
                f"CREATE CONSTRAINT {label.lower()}_key IF NOT EXISTS FOR (n:{label}) REQUIRE n.key IS UNIQUE;\n"
            )
        nodes = ((space[label], label, key, props) for label, key, props in store.iter_nodes())
        for batch in _batches(nodes):
            for label in ("Document", "Report", "Body", "Province"):
                rows = [{"key": k, "props": _neo4j_props(p)} for sp, lab, k, p in batch if lab == label]
                if not rows:
                    continue
                extra = ":Report" if label == "Report" else ""
                fh.write(
                    f"UNWIND {cypher_literal(rows)} AS row MERGE (n:{space[label]} {{key: row.key}}) "
                    f"SET n += row.props, n{extra or ':' + space[label]};\n"
                )
                n += len(rows)
        ends = {
            "ISSUED_BY": ("Document", "Body"),
            "SENT_TO": ("Document", "Body"),
            "LOCATED_IN": ("Body", "Province"),
            "SUCCEEDED_BY": ("Province", "Province"),
        }
        for batch in _batches(store.iter_edges()):
            for typ in sorted({b[0] for b in batch}):
                if typ not in REL_TYPES:
                    continue
                a, b = ends.get(typ, ("Document", "Document"))
                rows = [{"s": s, "t": t, "props": _neo4j_props(p)} for ty, s, t, p in batch if ty == typ]
                fh.write(
                    f"UNWIND {cypher_literal(rows)} AS row MATCH (a:{a} {{key: row.s}}), (b:{b} {{key: row.t}}) "
                    f"CREATE (a)-[r:{typ}]->(b) SET r += row.props;\n"
                )
                e += len(rows)
    tmp.replace(out)
    return {"nodes": n, "edges": e}
