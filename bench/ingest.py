"""End-to-end ingest throughput: files → extract (parallel processes) → build → store, batched.

    python bench/ingest.py [--n 10000] [--workers N] [--runs 3] [--store embedded|neo4j]

Generates the corpus once under bench/corpus/<n> (gitignored), then for each run ingests it into a
fresh store exactly as `legalgraph ingest --workers N --batch B` does, and reports the median
reports/s (and the extraction-only rate for reference). Target: embedded ≥ 500 reports/s.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import ROOT, open_bench_store, store_options
from bench.generate import generate


def corpus(n: int) -> list[str]:
    d = ROOT / "bench" / "corpus" / str(n)
    if not (d / "COMPLETE").exists():
        shutil.rmtree(d, ignore_errors=True)
        d.mkdir(parents=True)
        for name, text in generate(n):
            (d / name).write_text(text, encoding="utf-8")
        (d / "COMPLETE").write_text("ok\n")
    return sorted(str(p) for p in d.glob("*.txt"))


def run_once(args: argparse.Namespace, files: list[str]) -> dict[str, float]:
    from legalgraph.commands.graph import _extracted

    tmp = Path(tempfile.mkdtemp(prefix="lg-bench-ingest-"))
    store = open_bench_store(args, tmp / "store")
    children0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu0 = time.process_time()
    t0 = time.perf_counter()
    batch, written, failed, write_s = [], 0, 0, 0.0
    for _path, status, value in _extracted(files, args.workers, args.store == "embedded"):
        if status != "ok":
            failed += 1
            continue
        batch.append(value)
        if len(batch) >= args.batch:  # as `legalgraph ingest` does
            a = time.perf_counter()
            store.write_many(batch)
            write_s += time.perf_counter() - a
            written += len(batch)
            batch = []
    if batch:
        a = time.perf_counter()
        store.write_many(batch)
        write_s += time.perf_counter() - a
        written += len(batch)
    total = time.perf_counter() - t0
    main_cpu = time.process_time() - cpu0
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    worker_cpu = (children.ru_utime + children.ru_stime) - (children0.ru_utime + children0.ru_stime)
    stats = store.stats()
    store.close()
    reopen_s = 0.0
    if args.store == "embedded":  # what a reader (the API) pays to load the result: snapshot + journal
        a = time.perf_counter()
        open_bench_store(args, tmp / "store").stats()
        reopen_s = time.perf_counter() - a
    shutil.rmtree(tmp, ignore_errors=True)
    return {
        "reports_per_s": written / total,
        "total_s": total,
        "write_s": write_s,
        "failed": failed,
        "mentions": stats["mentions"],
        "main_cpu_ms": 1000 * main_cpu / max(written, 1),
        "worker_cpu_ms": 1000 * worker_cpu / max(written, 1),
        "reopen_s": reopen_s,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=10000)
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--batch", type=int, default=1000)
    ap.add_argument("--runs", type=int, default=3)
    store_options(ap)
    args = ap.parse_args(argv)
    files = corpus(args.n)
    results = []
    for i in range(args.runs):
        r = run_once(args, files)
        results.append(r)
        print(
            f"run {i + 1}: {r['reports_per_s']:.0f} reports/s ({r['total_s']:.1f} s, store writes "
            f"{r['write_s']:.1f} s, {r['mentions']} mentions, {r['failed']} failed; CPU per report: "
            f"main {r['main_cpu_ms']:.2f} ms, extraction workers {r['worker_cpu_ms']:.2f} ms; "
            f"reopen {r['reopen_s']:.1f} s)",
            file=sys.stderr,
        )
    med = statistics.median(r["reports_per_s"] for r in results)
    cpu = statistics.median(r["main_cpu_ms"] + r["worker_cpu_ms"] for r in results)
    print(
        f"CPU per report (main + workers): {cpu:.2f} ms → on {os.cpu_count()} idle cores at most "
        f"{1000 * (os.cpu_count() or 1) / cpu:.0f} reports/s"
    )
    load = os.getloadavg()[0]
    print(
        f"ingest {args.store}: {len(files)} reports, {args.workers} workers, median {med:.0f} reports/s "
        f"over {args.runs} runs (load average {load:.1f} on {os.cpu_count()} cores)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
