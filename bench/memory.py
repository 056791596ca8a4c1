"""Embedded store memory per mention at 1k / 10k / 100k reports.

    python bench/memory.py [--sizes 1000 10000 100000]

For each size, fresh processes load the (cached, see bench/common.py) store from disk and report
the Python heap it holds (tracemalloc, exact) and, in a run without tracemalloc, the RSS growth
(includes allocator slack), each divided by the number of mentions.
Target: ≤ 2 KB per mention at 100k reports.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PROBE = """
import gc, json, resource, sys, tracemalloc
sys.path.insert(0, sys.argv[2])
from graph.embedded import EmbeddedStore
def rss():
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * resource.getpagesize()
trace = sys.argv[3] == "heap"
gc.collect()
before = rss()
if trace:
    tracemalloc.start()
s = EmbeddedStore(sys.argv[1])
st = s._s()
gc.collect()
heap = tracemalloc.get_traced_memory()[0] if trace else 0
after = rss()
print(json.dumps({"reports": len(st.reports), "mentions": st.n_mentions, "heap": heap, "rss": after - before}))
"""


def main(argv: list[str] | None = None) -> int:
    from bench.common import cached_embedded_store

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    args = ap.parse_args(argv)
    for n in args.sizes:
        path = cached_embedded_store(n)

        def probe(mode: str, path: Path = path) -> dict:
            out = subprocess.run(
                [sys.executable, "-c", PROBE, str(path), str(ROOT), mode],
                check=True,
                capture_output=True,
                text=True,
            ).stdout
            return json.loads(out)

        r = probe("heap")  # tracemalloc's own bookkeeping would inflate RSS: measure RSS separately
        r["rss"] = probe("rss")["rss"]
        m = r["mentions"]
        print(
            f"n={n}: {r['reports']} reports, {m} mentions; heap {r['heap'] / 2**20:.0f} MiB = "
            f"{r['heap'] / m:.0f} B/mention; RSS +{r['rss'] / 2**20:.0f} MiB = {r['rss'] / m:.0f} B/mention"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
