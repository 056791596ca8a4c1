"""Neo4j store benchmark: write throughput (mentions/s, batched UNWIND) and "which provinces
implement X" latency on the loaded graph.

    .venv/bin/python bench/neo4j_write.py --uri bolt://127.0.0.1:7687 --reports 10000 --batch 2000
    .venv/bin/python bench/neo4j_write.py --uri … --reports 20000 --queries 200   # + implementers p50/p95

For latency at 100,000 reports use bench/query.py --store neo4j --neo4j-uri … --build (streams the
corpus in, then times the same query on head and random documents).

With --ceiling it also measures what the server alone can do with the same mentions: one bare
`UNWIND … MATCH … CREATE` relationship per mention (no properties), and the same carrying the
mention's evidence properties, between throwaway `:BenchCeiling` nodes (deleted afterwards). The
store writes two relationships per mention (MENTIONS with evidence, and the typed relation) plus
nodes, merged views and aggregates, so these rates bound what any transactional write can reach on
the machine. It then times a minimal model of the same reports under the store's schema: report
nodes with their metadata, references and text, document and body nodes (MERGE), one relationship
per (report, cited document) carrying that pair's evidence as one JSON string, and ISSUED_BY with
counts; no merged views, no aggregates, no reads: a practical upper bound, on the same machine, for
any store that keeps the reports, their documents and their evidence in Neo4j.

Reports come from bench/generate.py (`results`: synthetic reports shaped like the sample corpus,
built from the generator's spec, no extraction) and are turned into contributions up front, so
the timing is the store's alone. The database is cleared first (everything in it is deleted).
Prints one JSON line per measurement; medians over `--runs` write runs, after `--warmup` untimed
ones (the server's JIT compiles its hot paths over the first runs: a fresh server writes the same
reports up to half as fast as one that has run a while, as a production server has). Each run also
reports the client's CPU seconds (this process) and, when the server runs on this machine, the
server's (utime + stime of the process listening on the Bolt port, or of `--server-pid`), so a
change can be told apart from the noise of a shared machine.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.generate import results
from graph import neo4j_write
from graph.build import contribution
from graph.neo4j_store import Neo4jStore
from graph.neo4j_write import mention_props
from graph.records import Contribution


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--uri", default="bolt://127.0.0.1:7687")
    ap.add_argument("--user")
    ap.add_argument("--password")
    ap.add_argument("--reports", type=int, default=2000)
    ap.add_argument("--batch", type=int, default=2000, help="reports per write_many call")
    ap.add_argument("--tx", type=int, default=1000, help="reports per write transaction (store batch_size)")
    ap.add_argument("--runs", type=int, default=3, help="write runs (the last one is kept for queries)")
    ap.add_argument("--warmup", type=int, default=0, help="untimed write runs first (a warm server)")
    ap.add_argument("--queries", type=int, default=100, help="implementers queries to time (0: none)")
    ap.add_argument("--limit", type=int, default=5, help="reports listed per province (as the API does)")
    ap.add_argument("--ceiling", action="store_true", help="also time bare per-mention relationship creation")
    ap.add_argument(
        "--by-statement", action="store_true", help="also print the wall seconds spent in each named query"
    )
    ap.add_argument(
        "--server-pid", type=int, help="server process for CPU time (default: the one on the port)"
    )
    args = ap.parse_args(argv)

    t0 = time.perf_counter()
    cs = [contribution(r) for r in results(args.reports)]
    mentions = sum(len(c.mentions) for c in cs)
    print(json.dumps({"built": len(cs), "mentions": mentions, "seconds": round(time.perf_counter() - t0, 1)}))
    store = Neo4jStore(args.uri, args.user, args.password, batch_size=args.tx)
    if args.ceiling:
        ceiling(store, cs, args.runs, args.tx)
        minimal_model(store, cs, args.runs, args.tx)
    spent = time_statements() if args.by_statement else None
    rates, client, server = [], [], []
    server_pid = args.server_pid or listening_pid(args.uri)
    for _ in range(args.warmup):
        store.clear()
        for i in range(0, len(cs), args.batch):
            store.write_many(cs[i : i + args.batch])
    for run in range(args.runs):
        store.clear()
        t0, c0, s0 = time.perf_counter(), time.process_time(), cpu_seconds(server_pid)
        for i in range(0, len(cs), args.batch):
            store.write_many(cs[i : i + args.batch])
        dt = time.perf_counter() - t0
        client_cpu = time.process_time() - c0
        s1 = cpu_seconds(server_pid)
        server_cpu = round(s1 - s0, 2) if s0 is not None and s1 is not None else None
        rates.append(mentions / dt)
        client.append(client_cpu)
        if spent is not None:
            top = sorted(spent.items(), key=lambda kv: -kv[1])
            print(json.dumps({"run": run, "statement_seconds": {k: round(v, 2) for k, v in top}}))
            spent.clear()
        if server_cpu is not None:
            server.append(server_cpu)
        print(
            json.dumps(
                {
                    "run": run,
                    "reports": len(cs),
                    "mentions": mentions,
                    "seconds": round(dt, 2),
                    "mentions_per_s": round(mentions / dt),
                    "reports_per_s": round(len(cs) / dt),
                    "client_cpu_s": round(client_cpu, 2),
                    "server_cpu_s": server_cpu,
                }
            )
        )
    print(
        json.dumps(
            {
                "write_median_mentions_per_s": round(statistics.median(rates)),
                "client_cpu_median_s": round(statistics.median(client), 2),
                "server_cpu_median_s": round(statistics.median(server), 2) if server else None,
                "batch": args.batch,
                "tx": args.tx,
                "reports": len(cs),
                "stats": store.stats(),
            }
        )
    )
    if args.queries:
        docs = [d["id"] for d in store.search_documents(limit=10_000) if not d["is_report"]]
        popular = sorted(docs, key=lambda i: -store.get_document(i)["cited_by"])[:50]
        rng = random.Random(1)
        for name, pool in (("popular", popular[:5]), ("any", docs)):
            times = []
            for _ in range(args.queries):
                doc = rng.choice(pool)
                t0 = time.perf_counter()
                store.implementers(doc, limit=args.limit)
                times.append((time.perf_counter() - t0) * 1000)
            times.sort()
            print(
                json.dumps(
                    {
                        "query": f"implementers/{name}",
                        "n": len(times),
                        "p50_ms": round(statistics.median(times), 1),
                        "p95_ms": round(times[int(0.95 * (len(times) - 1))], 1),
                    }
                )
            )
    store.close()
    return 0


def time_statements() -> dict[str, float]:
    """Wall seconds per named query of the write path (each statement's result is consumed at once,
    so its wall time is the server's time for it plus one round trip); Python time between the
    statements is left out."""
    spent: dict[str, float] = {}
    real_run = neo4j_write.WriteBatch.run
    real_data = neo4j_write.WriteBatch.data

    def run(self: neo4j_write.WriteBatch, name: str, rows: list, **params: object) -> None:
        t0 = time.perf_counter()
        real_run(self, name, rows, **params)
        spent[name] = spent.get(name, 0.0) + time.perf_counter() - t0

    def data(self: neo4j_write.WriteBatch, name: str, **params: object) -> list:
        t0 = time.perf_counter()
        out = real_data(self, name, **params)
        spent[name] = spent.get(name, 0.0) + time.perf_counter() - t0
        return out

    neo4j_write.WriteBatch.run = run  # type: ignore[method-assign]
    neo4j_write.WriteBatch.data = data  # type: ignore[method-assign]
    return spent


def listening_pid(uri: str) -> int | None:
    """The local process listening on the URI's port (Linux /proc; None if not found or not ours)."""
    try:
        port = int(uri.rsplit(":", 1)[1].split("/")[0])
        inodes = set()
        for table in ("/proc/net/tcp", "/proc/net/tcp6"):
            for line in Path(table).read_text().splitlines()[1:]:
                f = line.split()
                if f[3] == "0A" and int(f[1].rsplit(":", 1)[1], 16) == port:  # 0A: LISTEN
                    inodes.add(f"socket:[{f[9]}]")
        for proc in Path("/proc").iterdir():
            if proc.name.isdigit():
                try:
                    if any(os.readlink(fd) in inodes for fd in (proc / "fd").iterdir()):
                        return int(proc.name)
                except OSError:
                    continue
    except (OSError, ValueError, IndexError):
        return None
    return None


def cpu_seconds(pid: int | None) -> float | None:
    """utime + stime of a process in seconds (None if unknown)."""
    if pid is None:
        return None
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


_CEILING_QUERIES = {
    "bare": "CREATE (r)-[:BENCH_MENTION]->(d)",
    "with_evidence": "CREATE (r)-[e:BENCH_MENTION]->(d) SET e = m.props",
}


def ceiling(store: Neo4jStore, cs: list[Contribution], runs: int, tx_reports: int) -> None:
    """Per-mention relationship creation alone, in transactions of `tx_reports` reports, between
    `:BenchCeiling` copies of the cited and citing documents (no constraint lookups beyond an index
    seek, no other writes). Prints the median mentions/s per variant."""
    rows = [
        {"report": c.report_key, "mentions": [{"target": m.target_key, "props": mention_props(m, c.report_key)}
                                              for m in c.mentions]}
        for c in cs
    ]  # fmt: skip
    keys = sorted({r["report"] for r in rows} | {m["target"] for r in rows for m in r["mentions"]})
    mentions = sum(len(r["mentions"]) for r in rows)
    match = (
        "UNWIND $rows AS row MATCH (r:BenchCeiling {key: row.report}) "
        "UNWIND row.mentions AS m MATCH (d:BenchCeiling {key: m.target}) "
    )
    with store._driver.session(database=store.database) as session:
        session.run("CREATE INDEX bench_ceiling_key IF NOT EXISTS FOR (n:BenchCeiling) ON (n.key)").consume()
        session.run("CALL db.awaitIndexes(300)").consume()
        session.run("UNWIND $keys AS k CREATE (:BenchCeiling {key: k})", keys=keys).consume()
        try:
            for name, create in _CEILING_QUERIES.items():
                rates = []
                for _ in range(runs):
                    t0 = time.perf_counter()
                    for i in range(0, len(rows), tx_reports):
                        part = rows[i : i + tx_reports]
                        session.execute_write(
                            lambda tx, part=part, create=create: tx.run(match + create, rows=part).consume()
                        )
                    rates.append(mentions / (time.perf_counter() - t0))
                    clear = (
                        "MATCH (:BenchCeiling)-[e:BENCH_MENTION]->() CALL (e) { DELETE e } IN TRANSACTIONS"
                    )
                    session.run(clear).consume()
                print(
                    json.dumps(
                        {
                            "ceiling": name,
                            "mentions": mentions,
                            "median_mentions_per_s": round(statistics.median(rates)),
                            "runs": [round(r) for r in rates],
                        }
                    )
                )
        finally:
            session.run("MATCH (n:BenchCeiling) CALL (n) { DETACH DELETE n } IN TRANSACTIONS").consume()
            session.run("DROP INDEX bench_ceiling_key IF EXISTS").consume()


_MINIMAL_QUERIES = (
    ("documents", "UNWIND $rows AS key MERGE (:Document {key: key})"),
    ("bodies", "UNWIND $rows AS key MERGE (:Body {key: key})"),
    (
        "reports",
        "UNWIND $rows AS row MATCH (r:Document {key: row.key}) SET r:Report, r += row.props "
        "MERGE (t:ReportText {report: row.key}) SET t.text = row.text",
    ),
    (
        "pairs",
        "UNWIND $rows AS row MATCH (r:Document {key: row.report}) MATCH (d:Document {key: row.target}) "
        "CREATE (r)-[:MENTIONS {count: row.n, evidence: row.evidence}]->(d)",
    ),
    (
        "issued_by",
        "UNWIND $rows AS row MATCH (d:Document {key: row.doc}) MATCH (b:Body {key: row.body}) "
        "MERGE (d)-[e:ISSUED_BY]->(b) SET e.count = coalesce(e.count, 0) + row.n",
    ),
)


def _minimal_rows(part: list[Contribution]) -> dict[str, list]:
    docs: set[str] = set()
    reports, pairs = [], []
    issued: dict[tuple[str, str], int] = {}
    for c in part:
        docs.add(c.report_key)
        docs.update(d.key for d in c.documents)
        for pair in c.issued_by:
            issued[pair] = issued.get(pair, 0) + 1
        props = {"id": c.report_id, "source": c.source, "sha256": c.sha256,
                 "references_json": json.dumps(c.references, ensure_ascii=False),
                 "meta_json": json.dumps(c.report_meta, ensure_ascii=False)}  # fmt: skip
        reports.append({"key": c.report_key, "text": c.text, "props": props})
        by_target: dict[str, list] = {}
        for m in c.mentions:
            if m.target_key != c.report_key:
                by_target.setdefault(m.target_key, []).append(mention_props(m, c.report_key))
        docs.update(by_target)
        pairs += [{"report": c.report_key, "target": t, "n": len(ev), "evidence": json.dumps(ev, ensure_ascii=False)}
                  for t, ev in by_target.items()]  # fmt: skip
    return {
        "documents": sorted(docs),
        "bodies": sorted({b for _, b in issued}),
        "reports": reports,
        "pairs": pairs,
        "issued_by": [{"doc": d, "body": b, "n": n} for (d, b), n in issued.items()],
    }


def minimal_model(store: Neo4jStore, cs: list[Contribution], runs: int, tx_reports: int) -> None:
    """Time the minimal model (see the module docstring) on an emptied database, in transactions
    of `tx_reports` reports, rows built inside the timing as the store builds its own. Prints the
    median mentions/s; the database is emptied again afterwards."""
    mentions = sum(len(c.mentions) for c in cs)
    rates = []
    for _ in range(runs):
        store.clear()
        t0 = time.perf_counter()
        for i in range(0, len(cs), tx_reports):
            rows = _minimal_rows(cs[i : i + tx_reports])
            with store._driver.session(database=store.database) as session:
                session.execute_write(
                    lambda tx, rows=rows: [
                        tx.run(q, rows=rows[name]).consume() for name, q in _MINIMAL_QUERIES
                    ]
                )
        rates.append(mentions / (time.perf_counter() - t0))
    store.clear()
    print(json.dumps({"ceiling": "minimal_model", "mentions": mentions,
                      "median_mentions_per_s": round(statistics.median(rates)),
                      "runs": [round(r) for r in rates]}))  # fmt: skip


if __name__ == "__main__":
    sys.exit(main())
