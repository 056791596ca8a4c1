"""Graph commands: `legalgraph ingest`, `remove`, `query ...`, `export`.

    legalgraph ingest PATH... [--store embedded|neo4j] [--data-dir DIR] [--workers N] [--batch N]
    legalgraph remove REPORT
    legalgraph query implementers "Chỉ thị 33/CT-TTg" [--level province|body] [--format json|table]
    legalgraph query document|citations|chain REF ; query provinces ; query province-documents P
    legalgraph query stats ; query search TEXT
    legalgraph export --format graphml|csv|cypher --out PATH

Store settings come from legalgraph.config.Settings (LEGALGRAPH_STORE, LEGALGRAPH_DATA_DIR,
NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE), overridden by the options.
Exit codes: 0 ok, 1 some file failed / not found / ambiguous, 2 usage, 3 store unavailable.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from functools import partial
from pathlib import Path
from typing import Any

from graph.store import Store, StoreError, StoreUnavailable

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_UNAVAILABLE = 0, 1, 2, 3


# ---- options and store -----------------------------------------------------------------------
def _store_options(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("store")
    g.add_argument(
        "--store", choices=("embedded", "neo4j"), default=None, help="default $LEGALGRAPH_STORE or embedded"
    )
    g.add_argument(
        "--data-dir",
        default=None,
        help="embedded store directory (default $LEGALGRAPH_DATA_DIR or ./var/legalgraph)",
    )
    g.add_argument("--neo4j-uri", default=None, help="default $NEO4J_URI")
    g.add_argument("--neo4j-user", default=None, help="default $NEO4J_USER")
    g.add_argument("--neo4j-password", default=None, help="default $NEO4J_PASSWORD")
    g.add_argument("--neo4j-database", default=None, help="default $NEO4J_DATABASE")


def open_from_args(args: argparse.Namespace) -> Store:
    from graph.open import open_store
    from legalgraph.config import Settings

    settings = Settings()
    kind = args.store or settings.store
    password = settings.neo4j_password.get_secret_value() if settings.neo4j_password else None
    options = {
        "data_dir": args.data_dir or settings.data_dir,
        "neo4j_uri": args.neo4j_uri or settings.neo4j_uri,
        "neo4j_user": args.neo4j_user or settings.neo4j_user,
        "neo4j_password": args.neo4j_password or password,
        "neo4j_database": args.neo4j_database or settings.neo4j_database,
    }
    try:
        return open_store(kind, **options)
    except StoreError:
        raise
    except (OSError, ConnectionError) as exc:
        raise StoreUnavailable(f"cannot open the {kind} store: {exc}") from exc


def _with_store(fn: Any) -> Any:
    """Run a command with an open store; store failures become one line on stderr and an exit code."""

    def run(args: argparse.Namespace) -> int:
        store: Store | None = None
        try:
            store = open_from_args(args)
            return fn(args, store)
        except StoreUnavailable as exc:
            print(f"legalgraph: store unavailable: {exc}", file=sys.stderr)
            return EXIT_UNAVAILABLE
        except StoreError as exc:  # NotFound included
            print(f"legalgraph: {exc}", file=sys.stderr)
            return EXIT_FAILED
        except ValueError as exc:
            print(f"legalgraph: {exc}", file=sys.stderr)
            return EXIT_USAGE
        finally:
            if store is not None:
                store.close()

    return run


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "ingest",
        help="extract files and write them into the graph",
        description="Extract reports and write their references into the graph. "
        "Files already stored with the same sha256 are skipped.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or folders")
    p.add_argument("--workers", type=int, default=1, help="parallel extraction processes (default 1)")
    p.add_argument(
        "--batch",
        type=int,
        default=1000,
        help="reports written per transaction / journal commit (default 1000)",
    )
    p.add_argument("--quiet", action="store_true", help="only the summary")
    _store_options(p)
    p.set_defaults(func=_with_store(cmd_ingest))

    p = subparsers.add_parser("remove", help="take a report's contribution out of the graph")
    p.add_argument("report", metavar="REPORT", help="report id, key, source path or sha256")
    _store_options(p)
    p.set_defaults(func=_with_store(cmd_remove))

    p = subparsers.add_parser("query", help="ask the graph (implementers, document, citations, ...)")
    qs = p.add_subparsers(dest="query", required=True, metavar="QUERY")

    def q(name: str, fn: Any, help_: str) -> argparse.ArgumentParser:
        sp = qs.add_parser(name, help=help_)
        sp.add_argument("--format", choices=("json", "table"), default="table")
        _store_options(sp)
        sp.set_defaults(func=_with_store(fn))
        return sp

    sp = q("implementers", cmd_implementers, "who implements / reports on / responds to a document")
    sp.add_argument("ref", metavar="REF", help='a reference ("Chỉ thị 33/CT-TTg") or a document id')
    sp.add_argument("--level", choices=("province", "body"), default="province")
    sp.add_argument("--since", default=None, help="only reports dated on/after (ISO date)")
    sp.add_argument("--until", default=None, help="only reports dated on/before (ISO date)")
    sp.add_argument("--limit", type=int, default=None, help="reports listed per group")
    sp = q("document", cmd_document, "one document")
    sp.add_argument("ref", metavar="REF")
    sp = q("citations", cmd_citations, "what cites a document (in) or what it cites (out)")
    sp.add_argument("ref", metavar="REF")
    sp.add_argument("--direction", choices=("in", "out"), default="in")
    sp.add_argument("--relation", default=None)
    sp.add_argument("--limit", type=int, default=None, help="rows to print (default: all)")
    sp.add_argument("--offset", type=int, default=0, help="rows to skip first")
    sp = q("chain", cmd_chain, "citation paths from a document")
    sp.add_argument("ref", metavar="REF")
    sp.add_argument("--direction", choices=("up", "down"), default="up")
    sp.add_argument("--depth", type=int, default=3)
    sp.add_argument("--limit", type=int, default=200)
    q("provinces", cmd_provinces, "provinces with their successors")
    sp = q("province-documents", cmd_province_documents, "documents a province's reports implement")
    sp.add_argument("province", metavar="PROVINCE", help="province id or name")
    sp.add_argument("--relation", default=None)
    q("stats", cmd_stats, "counts")
    sp = q("search", cmd_search, "documents by number/symbol, title or name (diacritics optional)")
    sp.add_argument("text", metavar="TEXT", nargs="?", default=None)
    sp.add_argument("--type", dest="doc_type", default=None)
    sp.add_argument("--issuer", default=None)
    sp.add_argument("--year", type=int, default=None)
    sp.add_argument("--limit", type=int, default=50)

    p = subparsers.add_parser("export", help="write the graph as GraphML, neo4j-admin CSV or a Cypher script")
    p.add_argument("--format", choices=("graphml", "csv", "cypher"), required=True)
    p.add_argument("--out", required=True, help="file (graphml, cypher) or directory (csv)")
    _store_options(p)
    p.set_defaults(func=_with_store(cmd_export))


# ---- ingest ----------------------------------------------------------------------------------
def _file_sha(path: Path) -> str | None:
    h = hashlib.sha256()
    try:
        with open(path, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
    except OSError:
        return None
    return h.hexdigest()


def _extract_one(path: str, compact: bool = False) -> tuple[str, Any]:
    """Worker: file → ("ok", Contribution) or ("error", message). Never raises. With `compact`, the
    contribution is packed here, in the worker, for the embedded store (`graph.embedded.Packed`)."""
    try:
        from graph.build import contribution
        from ingest.pipeline import extract_file
        from ingest.readers import ReadError

        try:
            c = contribution(extract_file(path))
            if compact:
                from graph.embedded import compact as compacted

                return "ok", compacted(c)
            return "ok", c
        except ReadError as exc:
            return "error", f"{exc.kind}: {exc.message}"
    except Exception as exc:  # one bad file must not stop the run
        return "error", f"internal error: {type(exc).__name__}: {exc}"


def _extracted(paths: list[str], workers: int, compact: bool = False) -> Iterator[tuple[str, str, Any]]:
    """(path, status, Contribution/Packed or error message) per file, in order; `workers` processes."""
    one = partial(_extract_one, compact=compact)
    if workers <= 1 or len(paths) < 2:
        for path in paths:
            yield (path, *one(path))
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        chunk = max(1, min(64, len(paths) // (workers * 8) or 1))
        for path, (status, value) in zip(paths, pool.map(one, paths, chunksize=chunk), strict=True):
            yield path, status, value


def cmd_ingest(args: argparse.Namespace, store: Store) -> int:
    from legalgraph.commands.extract import collect_paths

    if args.workers < 1 or args.batch < 1:
        print("legalgraph ingest: --workers and --batch must be at least 1", file=sys.stderr)
        return EXIT_USAGE
    files, problems, *_ = collect_paths(args.paths)
    for msg in problems:
        print(f"legalgraph ingest: {msg}", file=sys.stderr)
    if problems:
        return EXIT_USAGE
    if not files:
        print("legalgraph ingest: no input files found", file=sys.stderr)
        return EXIT_USAGE
    hashes = store.report_hashes()
    stored = set(hashes.values())
    todo, skipped = [], 0
    for f in files:
        sha = _file_sha(f)
        if sha is not None and sha in stored:
            skipped += 1
        else:
            todo.append(os.path.normpath(str(f)))
    counts = {"added": 0, "replaced": 0, "unchanged": 0}
    failed: list[str] = []
    batch: list[Any] = []

    def flush() -> None:
        for status in store.write_many(batch):
            counts[status] = counts.get(status, 0) + 1
        batch.clear()

    compact = getattr(store, "kind", None) == "embedded"  # payloads encoded in the workers
    for path, status, value in _extracted(todo, args.workers, compact):
        if status == "ok":
            batch.append(value)
            if not args.quiet:
                n = value.n_mentions if hasattr(value, "n_mentions") else len(value.mentions)
                print(f"{path}: {n} references", file=sys.stderr)
            if len(batch) >= args.batch:
                flush()
        else:
            failed.append(path)
            print(f"legalgraph ingest: {path}: {value}", file=sys.stderr)
    if batch:
        flush()
    print(
        f"ingested {len(files)} files: {counts['added']} added, {counts['replaced']} replaced, "
        f"{counts['unchanged'] + skipped} unchanged, {len(failed)} failed",
        file=sys.stderr,
    )
    return EXIT_FAILED if failed else EXIT_OK


def cmd_remove(args: argparse.Namespace, store: Store) -> int:
    if store.remove(args.report):
        print(f"removed {args.report}", file=sys.stderr)
        return EXIT_OK
    print(f"legalgraph remove: no report {args.report!r}", file=sys.stderr)
    return EXIT_FAILED


# ---- query -----------------------------------------------------------------------------------
def _one_document(store: Store, text: str) -> dict[str, Any] | int:
    """The one document `text` means (an id, or a reference read as `GET /resolve` reads it: tolerant
    of missing diacritics, case and "số"), or an exit code after saying why there is not one."""
    from graph.lookup import lookup

    candidates = lookup(store, text)["candidates"]
    if not candidates:
        print(f"legalgraph query: no document matches {text!r}", file=sys.stderr)
        return EXIT_FAILED
    best = max(c["score"] for c in candidates)
    docs = [c["document"] for c in candidates if c["score"] == best]
    resolved = [d for d in docs if d.get("resolved", True)]
    if len(docs) > 1 and len(resolved) == 1:
        docs = resolved
    if len(docs) > 1:
        print(f"legalgraph query: {text!r} matches {len(docs)} documents; give one id:", file=sys.stderr)
        for d in docs:
            print(
                f"  {d['id']}\t{d.get('number_symbol') or ''}\t{d.get('date') or d.get('year') or ''}"
                f"\t{d.get('province') or ''}",
                file=sys.stderr,
            )
        return EXIT_FAILED
    return docs[0]


def _emit(args: argparse.Namespace, data: Any, table: Any) -> int:
    if args.format == "json":
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for line in table(data):
            print(line)
    return EXIT_OK


def _doc_line(d: dict[str, Any]) -> str:
    flags = f" [{', '.join(d['flags'])}]" if d.get("flags") else ""
    unresolved = " (unresolved)" if d.get("resolved") is False else ""
    label = d.get("number_symbol") or d.get("name") or ""
    doc_type = d.get("doc_type") or ""
    if doc_type and not label.startswith(doc_type):  # a name holds its type: "Luật Tiếp công dân"
        label = f"{doc_type} {label}"
    return f"{d['id']}\t{label}\t{d.get('date') or d.get('year') or ''}{unresolved}{flags}"


def cmd_implementers(args: argparse.Namespace, store: Store) -> int:
    doc = _one_document(store, args.ref)
    if isinstance(doc, int):
        return doc
    kw: dict[str, Any] = {"level": args.level, "since": args.since, "until": args.until}
    if args.limit is not None:
        kw["limit"] = args.limit
    rows = store.implementers(doc["id"], **kw)

    def table(rows: list[dict[str, Any]]) -> Iterator[str]:
        yield f"{_doc_line(doc)}: {len(rows)} {args.level} group(s)"
        for row in rows:
            n = row.get("report_count", len(row["reports"]))
            yield f"{row['group'].get('name')}\t{n} report(s)"
            for item in row["reports"]:
                r = item["report"]
                yield (
                    f"  {r.get('number_symbol') or r['id']}\t{r.get('date') or ''}"
                    f"\t{','.join(item['relations'])}\t{len(item['evidence'])} mention(s)"
                )

    return _emit(args, {"document": doc, "groups": rows}, lambda d: table(d["groups"]))


def cmd_document(args: argparse.Namespace, store: Store) -> int:
    doc = _one_document(store, args.ref)
    if isinstance(doc, int):
        return doc
    full = store.get_document(doc["id"]) or doc
    return _emit(args, full, lambda d: [f"{k}: {v}" for k, v in d.items()])


def cmd_citations(args: argparse.Namespace, store: Store) -> int:
    doc = _one_document(store, args.ref)
    if isinstance(doc, int):
        return doc
    if args.offset < 0 or (args.limit is not None and args.limit < 1):
        print(
            "legalgraph query citations: --limit must be at least 1 and --offset at least 0", file=sys.stderr
        )
        return EXIT_USAGE
    rows = store.citations(doc["id"], direction=args.direction, relation=args.relation, limit=args.limit,
                           offset=args.offset)  # fmt: skip
    return _emit(
        args, rows, lambda rows: [f"{r['relation']}\t{r['count']}\t{_doc_line(r['document'])}" for r in rows]
    )


def cmd_chain(args: argparse.Namespace, store: Store) -> int:
    doc = _one_document(store, args.ref)
    if isinstance(doc, int):
        return doc
    paths = store.chain(doc["id"], direction=args.direction, depth=args.depth, limit=args.limit)

    def table(paths: list[dict[str, Any]]) -> Iterator[str]:
        for p in paths:
            parts = [p["nodes"][0]["id"]]
            for rel, node in zip(p["relations"], p["nodes"][1:], strict=True):
                parts.append(f"-{rel}-> {node['id']}" if args.direction == "up" else f"<-{rel}- {node['id']}")
            yield " ".join(parts)

    return _emit(args, paths, table)


def cmd_provinces(args: argparse.Namespace, store: Store) -> int:
    rows = store.provinces()
    return _emit(
        args,
        rows,
        lambda rows: [
            f"{p['id']}\t{p['name']}\t{p.get('era') or ''}\t→ {p.get('successor') or ''}" for p in rows
        ],
    )


def cmd_province_documents(args: argparse.Namespace, store: Store) -> int:
    from graph.identity import province_key

    pid = province_key(args.province) or args.province
    rows = store.province_documents(pid, relation=args.relation)
    return _emit(
        args,
        rows,
        lambda rows: [
            f"{_doc_line(r['document'])}\t{','.join(r['relations'])}\t{len(r['reports'])} report(s)"
            for r in rows
        ],
    )


def cmd_stats(args: argparse.Namespace, store: Store) -> int:
    return _emit(args, store.stats(), lambda s: [f"{k}: {v}" for k, v in s.items()])


def cmd_search(args: argparse.Namespace, store: Store) -> int:
    rows = store.search_documents(
        q=args.text, doc_type=args.doc_type, issuer=args.issuer, year=args.year, limit=args.limit
    )
    return _emit(args, rows, lambda rows: [_doc_line(d) for d in rows])


# ---- export ----------------------------------------------------------------------------------
def cmd_export(args: argparse.Namespace, store: Store) -> int:
    from graph import export

    out = Path(args.out)
    try:
        summary = export.export(store, args.format, out)
    except OSError as exc:
        print(f"legalgraph export: cannot write {out}: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except export.ExportError as exc:  # data the format cannot hold; nothing was written
        print(f"legalgraph export: {exc}", file=sys.stderr)
        return EXIT_FAILED
    print(f"exported {summary['nodes']} nodes and {summary['edges']} relationships to {out}", file=sys.stderr)
    if args.format == "csv":
        print(f"load with:\n  {export.neo4j_admin_command(out)}", file=sys.stderr)
    return EXIT_OK
