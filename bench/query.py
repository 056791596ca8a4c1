"""Query latency: "which provinces implement X" (Store.implementers, level=province).

    python bench/query.py [--n 100000] [--queries 300] [--limit 5] [--store embedded|neo4j ...]

Embedded: builds (once, cached under bench/out/) a store of n synthetic reports, then opens it
fresh. Neo4j: the store given by --neo4j-uri must already hold the corpus (load it with
`--build`). Targets are the 20 most cited documents (each implemented by thousands of reports) and
random documents with at least one implementer; reports p50/p95/max per set. `--limit` caps the
reports listed per province (each group still reports its full count); the uncapped listing of the
head document is timed separately. Targets: p95 ≤ 20 ms embedded, ≤ 50 ms Neo4j at 100k reports.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import build_store, cached_embedded_store, open_bench_store, store_options


def percentile(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, round(p * (len(xs) - 1)))]


def targets(store, rng: random.Random) -> tuple[list[str], list[str]]:
    """(head documents, random cited documents) among the central documents of the generator."""
    from bench.generate import central_pool
    from graph.identity import parse_symbol

    pool = central_pool(random.Random(8))
    ids = []
    for d in pool:
        ps = parse_symbol(d["ns"])
        for doc in store.find_by_symbol(d["ns"]):
            if doc.get("resolved") and (ps.year or doc.get("year")):
                ids.append(doc["id"])
    head = ids[:20]
    rest = ids[20:]
    rng.shuffle(rest)
    return head, rest[:100]


CPU: list[float] = []  # CPU time of each timed query (the machine may be shared: wall time is noisy)


def timed(store, doc_id: str, limit: int | None) -> float:
    t, c = time.perf_counter(), time.thread_time()
    store.implementers(doc_id, level="province", limit=limit)
    CPU.append((time.thread_time() - c) * 1000)
    return (time.perf_counter() - t) * 1000


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=100000)
    ap.add_argument("--queries", type=int, default=300)
    ap.add_argument("--limit", type=int, default=5)
    ap.add_argument("--build", action="store_true", help="(neo4j) write the corpus first")
    store_options(ap)
    args = ap.parse_args(argv)
    if args.store == "embedded":
        path = args.data_dir or cached_embedded_store(args.n)
        store = open_bench_store(args, path)
    else:
        store = open_bench_store(args)
        if args.build:
            build_store(store, args.n, batch=2000)
    t = time.perf_counter()
    stats = store.stats()
    print(f"opened: {stats} in {time.perf_counter() - t:.1f} s", file=sys.stderr)
    rng = random.Random(1)
    head, rest = targets(store, rng)
    for d in head[:3] + rest[:3]:  # warm-up (first query loads lazily)
        timed(store, d, args.limit)
    for name, docs in (("head (20 most cited)", head), ("random cited", rest)):
        CPU.clear()
        times = [timed(store, rng.choice(docs), args.limit) for _ in range(args.queries)]
        cpu = list(CPU)
        counts = [
            sum(g.get("report_count", len(g["reports"])) for g in store.implementers(d, limit=1))
            for d in docs[:5]
        ]
        print(
            f"{args.store} n={args.n} implementers(level=province, limit={args.limit}) {name}: "
            f"p50 {statistics.median(times):.1f} ms, p95 {percentile(times, 0.95):.1f} ms, "
            f"max {max(times):.1f} ms; CPU p50 {statistics.median(cpu):.1f} ms, p95 {percentile(cpu, 0.95):.1f} ms "
            f"(implementing reports per target e.g. {counts})"
        )
    full = [timed(store, head[0], None) for _ in range(5)]
    print(
        f"{args.store} uncapped listing of {head[0]} (all reports with evidence): median "
        f"{statistics.median(full):.0f} ms"
    )
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
