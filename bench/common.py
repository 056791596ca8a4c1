"""Helpers shared by the graph benchmarks: open a store from options, build a synthetic store."""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

OUT = ROOT / "bench" / "out"  # gitignored


def store_options(ap: argparse.ArgumentParser) -> None:
    ap.add_argument("--store", choices=("embedded", "neo4j"), default="embedded")
    ap.add_argument("--data-dir", type=Path, default=None, help="embedded store directory")
    ap.add_argument("--neo4j-uri", default=None)
    ap.add_argument("--neo4j-user", default=None)
    ap.add_argument("--neo4j-password", default=None)


def open_bench_store(args: argparse.Namespace, data_dir: Path | None = None) -> Any:
    from graph.open import open_store

    if args.store == "embedded":
        return open_store("embedded", data_dir=data_dir or args.data_dir)
    return open_store(
        "neo4j", neo4j_uri=args.neo4j_uri, neo4j_user=args.neo4j_user, neo4j_password=args.neo4j_password
    )


def build_store(store: Any, n: int, batch: int = 20000, seed: int = 7, log: bool = True) -> dict[str, float]:
    """Write n synthetic reports (built from the generator's spec, no extraction) into `store`."""
    from bench.generate import results
    from graph.build import contribution

    t0 = time.perf_counter()
    pending = []
    build_s = write_s = 0.0
    done = 0
    for r in results(n, seed):
        a = time.perf_counter()
        pending.append(contribution(r))
        build_s += time.perf_counter() - a
        if len(pending) >= batch:
            a = time.perf_counter()
            store.write_many(pending)
            write_s += time.perf_counter() - a
            done += len(pending)
            pending = []
            if log:
                print(f"  ... {done} reports written ({time.perf_counter() - t0:.0f} s)", file=sys.stderr)
    if pending:
        a = time.perf_counter()
        store.write_many(pending)
        write_s += time.perf_counter() - a
    return {"total_s": time.perf_counter() - t0, "build_s": build_s, "write_s": write_s}


def cached_embedded_store(n: int, seed: int = 7) -> Path:
    """bench/out/store-<n>: a built embedded store, reused across benchmark runs."""
    from graph.embedded import EmbeddedStore

    path = OUT / f"store-{n}-s{seed}"
    marker = path / "COMPLETE"
    if not marker.exists():
        shutil.rmtree(path, ignore_errors=True)
        print(f"building {path} ({n} reports) ...", file=sys.stderr)
        s = EmbeddedStore(path)
        t = build_store(s, n, seed=seed)
        s.close()
        marker.write_text(f"{t}\n")
    return path
