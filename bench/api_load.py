"""Load test of the HTTP API: `/documents/{id}/implementers` on an embedded store of N reports.

    .venv/bin/python bench/api_load.py                      # 100,000 reports, wrk if installed
    .venv/bin/python bench/api_load.py --reports 10000 --runs 3 --duration 10

1. Builds (once, cached under ~/.cache/legalgraph/bench-api-<N>/) an embedded store of N synthetic
   reports written like the examples — a province's UBND reporting on shared central directives,
   decrees and Party conclusions (popularity skewed: a few are cited by most reports) and on its
   own local plans — each run through the real pipeline (`ingest.extract_text` → `graph.build`).
2. Starts `legalgraph serve` (uvicorn, one process, request log off) on loopback.
3. Drives it with wrk (Debian package `wrk`; else an asyncio httpx client) over URL lists of
   implementers queries: documents drawn uniformly, drawn by how often they are implemented, and
   the most implemented one alone; reports throughput and p50/p95/p99 latency, median of `--runs`.
   `--runs 0` only builds the store.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CACHE = Path(os.environ.get("LEGALGRAPH_CACHE", Path.home() / ".cache" / "legalgraph"))

CENTRAL = [  # (type word, symbol pattern, issuer, year range) — shared national documents
    ("Chỉ thị", "{n}/CT-TTg", "Thủ tướng Chính phủ", (2015, 2024)),
    ("Nghị định", "{n:02d}/{y}/NĐ-CP", "Chính phủ", (2013, 2024)),
    ("Kết luận", "{n}-KL/TW", "Ban Bí thư", (2016, 2024)),
    ("Nghị quyết", "{n}-NQ/TW", "Bộ Chính trị", (2016, 2024)),
    ("Quyết định", "{n}/QĐ-TTg", "Thủ tướng Chính phủ", (2015, 2024)),
    ("Thông tư", "{n:02d}/{y}/TT-BNV", "Bộ trưởng Bộ Nội vụ", (2014, 2024)),
]
CUES = ["Thực hiện", "Triển khai thực hiện", "Quán triệt và thực hiện", "Căn cứ", "Theo"]


# ---- corpus --------------------------------------------------------------------------------------


def _provinces() -> list[dict[str, Any]]:
    data = json.loads((ROOT / "ingest" / "data" / "provinces.json").read_text(encoding="utf-8"))
    return [p for p in data["provinces"] if p.get("era") in ("pre-2025", "both")]


def _central_docs(rng: random.Random, count: int) -> list[tuple[str, str, str, str]]:
    docs, seen = [], set()
    while len(docs) < count:
        word, pattern, issuer, (y0, y1) = rng.choice(CENTRAL)
        y = rng.randint(y0, y1)
        symbol = pattern.format(n=rng.randint(1, 180), y=y)
        if symbol in seen:
            continue
        seen.add(symbol)
        date = f"{rng.randint(1, 28)}/{rng.randint(1, 12)}/{y}"
        docs.append((word, symbol, issuer, date))
    return docs


def report_text(
    rng: random.Random,
    i: int,
    prov: dict[str, Any],
    central: list[tuple[str, str, str, str]],
    weights: list[float],
) -> str:
    year = rng.randint(2017, 2025)
    day, month = rng.randint(1, 28), rng.randint(1, 12)
    subject = rng.choices(central, weights)[0]
    lines = [
        f"ỦY BAN NHÂN DÂN TỈNH {prov['name'].upper()}",
        f"Số: {i % 9000 + 1}/BC-UBND",
        f"{prov['name']}, ngày {day} tháng {month} năm {year}",
        "BÁO CÁO",
        f"Kết quả thực hiện {subject[0]} số {subject[1]} của {subject[2]}",
        f"Thực hiện {subject[0]} số {subject[1]} ngày {subject[3]} của {subject[2]}, Ủy ban nhân dân tỉnh "
        f"{prov['name']} báo cáo kết quả như sau.",
    ]
    for word, symbol, issuer, date in rng.choices(central, weights, k=rng.randint(2, 6)):
        lines.append(
            f"{rng.choice(CUES)} {word} số {symbol} ngày {date} của {issuer}, các sở, ngành đã "
            "ban hành kế hoạch và tổ chức quán triệt đến cán bộ, công chức."
        )
    plan = rng.randint(1, 400)
    lines.append(
        f"Triển khai Kế hoạch số {plan}/KH-UBND ngày {rng.randint(1, 28)}/{rng.randint(1, 12)}/{year - 1} "
        f"của Ủy ban nhân dân tỉnh, các huyện đã thực hiện đầy đủ."
    )
    return "\n\n".join(lines) + "\n"


def build_store(data_dir: Path, reports: int, seed: int, batch: int) -> dict[str, int]:
    import ingest
    from graph.build import contribution
    from graph.open import open_store

    rng = random.Random(seed)
    provinces = _provinces()
    central = _central_docs(rng, 400)
    weights = [1.0 / (rank + 1) ** 1.1 for rank in range(len(central))]  # Zipf-like popularity
    tmp = Path(tempfile.mkdtemp(prefix=data_dir.name + ".", dir=data_dir.parent))
    store = open_store("embedded", data_dir=tmp)
    started = time.perf_counter()
    pending = []
    for i in range(reports):
        prov = provinces[i % len(provinces)] if i < len(provinces) else rng.choice(provinces)
        text = report_text(rng, i, prov, central, weights)
        pending.append(contribution(ingest.extract_text(text, source=f"bench/report-{i:06d}.txt")))
        if len(pending) >= batch:
            store.write_many(pending)
            pending = []
            done = i + 1
            rate = done / (time.perf_counter() - started)
            print(f"  {done:,} reports written ({rate:,.0f}/s)", file=sys.stderr)
    if pending:
        store.write_many(pending)
    stats = store.stats()
    store.close()
    if data_dir.exists():
        shutil.rmtree(data_dir)
    tmp.rename(data_dir)
    print(f"built {stats} in {time.perf_counter() - started:,.0f} s", file=sys.stderr)
    return stats


def target_ids(data_dir: Path, sample: int, seed: int) -> tuple[list[str], list[str], str, dict[str, int]]:
    """Document ids to query: drawn in proportion to how often they are implemented (popular
    documents are asked about more), drawn uniformly, and the most implemented one."""
    from graph.open import open_store

    store = open_store("embedded", data_dir=data_dir)
    try:
        counts: dict[str, int] = {}
        after = None
        while True:
            page = store.search_documents(after=after, limit=1000)
            if not page:
                break
            after = page[-1]["id"]
            for d in page:
                if not d.get("is_report"):
                    counts[d["id"]] = 0
        for doc_id in counts:
            counts[doc_id] = sum(
                g.get("report_count", len(g["reports"])) for g in store.implementers(doc_id, limit=1)
            )
        stats = store.stats()
    finally:
        store.close()
    cited = [d for d, n in counts.items() if n > 0]
    rng = random.Random(seed)
    weighted = rng.choices(cited, weights=[counts[d] for d in cited], k=sample)
    uniform = rng.choices(cited, k=sample)
    top = max(cited, key=lambda d: counts[d])
    print(
        f"{len(cited):,} implemented documents; most implemented {top} by {counts[top]:,} reports; "
        f"median {statistics.median(counts[d] for d in cited):.0f}",
        file=sys.stderr,
    )
    return weighted, uniform, top, stats


# ---- server --------------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(data_dir: Path, port: int, workers: int) -> subprocess.Popen[bytes]:
    cmd = [
        sys.executable,
        "-m",
        "legalgraph.cli",
        "serve",
        "--store",
        "embedded",
        "--data-dir",
        str(data_dir),
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--log-level",
        "warning",
        "--workers",
        str(workers),
    ]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    import httpx

    deadline = time.time() + 300
    while time.time() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"server exited: {proc.stderr.read().decode()[-2000:] if proc.stderr else ''}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/health", timeout=2).status_code == 200:
                return proc
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    proc.kill()
    raise SystemExit("server did not become healthy")


# ---- load generators -------------------------------------------------------------------------------

WRK_SCRIPT = """
local paths = {}
for line in io.lines("%s") do paths[#paths + 1] = line end
local i = 0
request = function()
  i = i %% #paths + 1
  return wrk.format("GET", paths[i])
end
done = function(summary, latency, requests)
  io.write(string.format("RESULT %%d %%d %%d %%d %%f %%f %%f %%f\\n", summary.requests, summary.duration,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write, summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.mean / 1000))
end
"""


def run_wrk(base: str, paths: list[str], seconds: int, connections: int, threads: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        plist = Path(tmp) / "paths.txt"
        plist.write_text("\n".join(paths) + "\n")
        script = Path(tmp) / "rotate.lua"
        script.write_text(WRK_SCRIPT % plist)
        out = subprocess.run(
            ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "-s", str(script), base],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    line = next(ln for ln in out.splitlines() if ln.startswith("RESULT"))
    n, duration_us, errors, timeouts, p50, p95, p99, mean = line.split()[1:]
    return {
        "rps": int(n) / (int(duration_us) / 1e6),
        "errors": int(errors),
        "timeouts": int(timeouts),
        "p50_ms": float(p50),
        "p95_ms": float(p95),
        "p99_ms": float(p99),
        "mean_ms": float(mean),
        "requests": int(n),
    }


async def _httpx_load(base: str, paths: list[str], seconds: int, connections: int) -> dict[str, float]:
    import httpx

    latencies: list[float] = []
    errors = 0
    stop = time.perf_counter() + seconds

    async def worker(k: int, client: httpx.AsyncClient) -> None:
        nonlocal errors
        i = k
        while time.perf_counter() < stop:
            t0 = time.perf_counter()
            r = await client.get(paths[i % len(paths)])
            latencies.append((time.perf_counter() - t0) * 1000)
            errors += r.status_code != 200
            i += connections

    limits = httpx.Limits(max_connections=connections, max_keepalive_connections=connections)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=30) as client:
        t0 = time.perf_counter()
        await asyncio.gather(*(worker(k, client) for k in range(connections)))
        elapsed = time.perf_counter() - t0
    q = statistics.quantiles(latencies, n=100)
    return {
        "rps": len(latencies) / elapsed,
        "errors": errors,
        "timeouts": 0,
        "p50_ms": q[49],
        "p95_ms": q[94],
        "p99_ms": q[98],
        "mean_ms": statistics.fmean(latencies),
        "requests": len(latencies),
    }


def load(
    base: str, paths: list[str], seconds: int, connections: int, threads: int, tool: str
) -> dict[str, float]:
    if tool == "wrk":
        return run_wrk(base, paths, seconds, connections, threads)
    return asyncio.run(_httpx_load(base, paths, seconds, connections))


def median_of(results: list[dict[str, float]]) -> dict[str, float]:
    return {k: statistics.median(r[k] for r in results) for k in results[0]}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reports", type=int, default=100_000)
    ap.add_argument(
        "--data-dir", type=Path, help="store to build/reuse (default ~/.cache/legalgraph/bench-api-N)"
    )
    ap.add_argument("--rebuild", action="store_true")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--batch", type=int, default=5000, help="reports per store write")
    ap.add_argument("--duration", type=int, default=15, help="seconds per run")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--connections", type=int, default=8)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--per-group", type=int, default=10, help="`limit` (reports listed per province)")
    ap.add_argument("--workers", type=int, default=1, help="server processes")
    ap.add_argument("--tool", choices=("auto", "wrk", "httpx"), default="auto")
    ap.add_argument("--json", type=Path, help="also write the results here")
    args = ap.parse_args(argv)

    data_dir = args.data_dir or CACHE / f"bench-api-{args.reports}"
    data_dir.parent.mkdir(parents=True, exist_ok=True)
    if args.rebuild or not data_dir.exists():
        print(f"building {args.reports:,} reports into {data_dir}", file=sys.stderr)
        build_store(data_dir, args.reports, args.seed, args.batch)
    if args.runs < 1:
        return 0
    weighted, uniform, top, stats = target_ids(data_dir, 500, args.seed)
    tool = ("wrk" if shutil.which("wrk") else "httpx") if args.tool == "auto" else args.tool
    port = free_port()
    proc = start_server(data_dir, port, args.workers)
    base = f"http://127.0.0.1:{port}"
    results: dict[str, Any] = {
        "store": stats,
        "tool": tool,
        "workers": args.workers,
        "connections": args.connections,
        "duration_s": args.duration,
        "runs": args.runs,
        "per_group": args.per_group,
    }
    try:
        query = f"implementers?limit={args.per_group}"
        suites = {
            "implementers_uniform": [f"/documents/{d}/{query}" for d in uniform],
            "implementers_by_popularity": [f"/documents/{d}/{query}" for d in weighted],
            "implementers_most_implemented": [f"/documents/{top}/{query}"],
        }
        for name, paths in suites.items():
            load(base, paths, 2, args.connections, args.threads, tool)  # warm-up
            runs = [
                load(base, paths, args.duration, args.connections, args.threads, tool)
                for _ in range(args.runs)
            ]
            results[name] = {"median": median_of(runs), "runs": runs}
            m = results[name]["median"]
            print(
                f"{name:30s} {m['rps']:8.0f} req/s  p50 {m['p50_ms']:6.1f} ms  p95 {m['p95_ms']:6.1f} ms  "
                f"p99 {m['p99_ms']:6.1f} ms  errors {m['errors']:.0f}  timeouts(>2s) {m['timeouts']:.0f}"
            )
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
    print(json.dumps(results, indent=2), file=sys.stderr)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
