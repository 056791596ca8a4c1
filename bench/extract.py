"""Throughput of the reference recogniser (text in, structured references out).

Builds a corpus in memory — the four examples replicated plus generated report-like text with
references at a realistic density — and reports, as medians over several runs:

  * find_references over ≥20 MB cut into 40 KB documents (MB/s, references/s);
  * the floor: one compiled regex scan (the symbol pattern) over the same text;
  * one single 50 MB document, to show the cost is linear (same MB/s as 40 KB reports);
  * adversarial input (runs of "số 1/", slashes, hyphens, digits).

With --end-to-end it measures the whole extraction instead (what `legalgraph extract` does per
document): `extract_text` (normalise → references → metadata → version pins → local issuers) and
`extract_text` + `graph.identity.annotate_keys`, on the generated corpus and on the four real
samples replicated (reference-dense), each next to the one-regex floor over the same text, and the
whole corpus as one document (the same MB/s: cost linear in document length); 20 MB per corpus by
default, as issue 2 asks (--quick: 1 MB).

    python bench/extract.py [--quick] [--runs N] [--mb N] [--big-mb N] [--end-to-end]

On the shared 2-core machine even CPU-time medians move by ±15% from run to run, more than most
single speed-ups. For an A/B decision count instructions instead (deterministic once the hash seed
is fixed), e.g. `PYTHONHASHSEED=0 valgrind --tool=callgrind --callgrind-out-file=/dev/null python -c
"…extract the examples N times…"` for two values of N: the difference per pass is the cost of one
pass over the examples (about 111M instructions for the four, ~150 KB, at the merge of h38).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ingest import native  # noqa: E402
from ingest.patterns import SYMBOL  # noqa: E402
from ingest.references import find_references  # noqa: E402

DOC_BYTES = 40_000

_FILLER = (
    "Ủy ban nhân dân tỉnh tiếp tục chỉ đạo các sở, ban, ngành, địa phương tăng cường công tác dân vận, "
    "cải cách hành chính, nâng cao chất lượng phục vụ người dân và doanh nghiệp trên địa bàn. "
    "Trong năm 2023, toàn tỉnh có 156/156 xã, phường, thị trấn niêm yết công khai thủ tục hành chính, "
    "tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,5%; tiếp 1.245 lượt công dân, giải quyết 84,7% vụ việc. "
    "Hàng tuần có lịch tiếp công dân định kỳ 01 ngày/tuần; đường dây nóng 0296.3852.555 hoạt động thường xuyên. "
    "Các cơ quan áp dụng hệ thống quản lý chất lượng TCVN ISO 9001:2015, quốc lộ 91 được nâng cấp. "
)
_TYPES = [
    ("Chỉ thị", "CT"),
    ("Quyết định", "QĐ"),
    ("Kế hoạch", "KH"),
    ("Nghị quyết", "NQ"),
    ("Thông báo", "TB"),
    ("Kết luận", "KL"),
]
_STATE_ISSUERS = ["TTg", "UBND", "BNV", "BTC", "VP", "SNV", "CP"]
_PARTY_ISSUERS = ["TW", "TU", "HU", "ĐUK", "BDVTU"]
_ISSUER_NAMES = [
    "Thủ tướng Chính phủ",
    "Ủy ban nhân dân tỉnh",
    "Bộ Nội vụ",
    "Ban Thường vụ Tỉnh ủy",
    "Chính phủ",
]
_CUES = ["Thực hiện", "Triển khai", "Căn cứ", "Theo đề nghị của Sở Nội vụ tại", "quán triệt", "theo"]


def _reference(rng: random.Random) -> str:
    word, code = rng.choice(_TYPES)
    n = rng.randint(1, 2999)
    form = rng.random()
    if form < 0.3:
        sym = f"{n}-{code}/{rng.choice(_PARTY_ISSUERS)}"
    elif form < 0.6:
        sym = f"{n}/{rng.randint(2005, 2024)}/{rng.choice(['NĐ', 'TT', 'QĐ', 'NQ'])}-{rng.choice(_STATE_ISSUERS)}"
        word = {"NĐ": "Nghị định", "TT": "Thông tư"}.get(sym.split("/")[2].split("-")[0], word)
    else:
        sym = f"{n}/{code}-{rng.choice(_STATE_ISSUERS)}"
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2005, 2024)
    date = f"ngày {day}/{month}/{year}" if rng.random() < 0.7 else f"ngày {day} tháng {month} năm {year}"
    return (
        f"{rng.choice(_CUES)} {word} số {sym} {date} của {rng.choice(_ISSUER_NAMES)} "
        f"về tăng cường công tác dân vận trong tình hình mới"
    )


def generated_report(rng: random.Random, size: int) -> str:
    """Report-like text of about `size` characters: filler sentences with references in between."""
    parts: list[str] = []
    total = 0
    while total < size:
        piece = (
            _FILLER if rng.random() < 0.8 else _reference(rng) + ". "
        )  # ~1 reference per KB, as in the examples
        if rng.random() < 0.1:
            piece += "\n\n"
        parts.append(piece)
        total += len(piece)
    return "".join(parts)


def corpus(mb: float, seed: int = 7) -> list[str]:
    """About `mb` MB of ~40 KB documents: each example once per round, then generated reports."""
    rng = random.Random(seed)
    examples = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("0*.txt"))]
    docs: list[str] = []
    size = 0
    target = int(mb * 1_000_000)
    i = 0
    while size < target:
        doc = examples[i % len(examples)] if i % 3 == 0 else generated_report(rng, DOC_BYTES // 2)
        docs.append(doc)
        size += len(doc.encode("utf-8"))
        i += 1
    return docs


def _median_seconds(fn: Callable[[], object], runs: int) -> tuple[float, float]:
    """Median CPU seconds of this process (robust on a shared machine) and median wall seconds."""
    cpu, wall = [], []
    for _ in range(runs):
        c0, w0 = time.process_time(), time.perf_counter()
        fn()
        cpu.append(time.process_time() - c0)
        wall.append(time.perf_counter() - w0)
    return statistics.median(cpu), statistics.median(wall)


def generated_corpus(mb: float, seed: int = 7) -> list[str]:
    """About `mb` MB of generated ~20 KB reports only (no examples)."""
    rng = random.Random(seed)
    docs: list[str] = []
    size, target = 0, int(mb * 1_000_000)
    while size < target:
        docs.append(generated_report(rng, DOC_BYTES // 2))
        size += len(docs[-1].encode("utf-8"))
    return docs


def samples_corpus(mb: float) -> list[str]:
    """The four real examples replicated to about `mb` MB."""
    examples = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("0*.txt"))]
    docs: list[str] = []
    size, target, i = 0, int(mb * 1_000_000), 0
    while size < target:
        docs.append(examples[i % len(examples)])
        size += len(docs[-1].encode("utf-8"))
        i += 1
    return docs


def end_to_end_rows(mb: float, runs: int) -> list[tuple[str, float, tuple[float, float], str]]:
    """extract_text and extract_text + annotate_keys per document, with the regex floor."""
    from graph.identity import annotate_keys
    from ingest.pipeline import extract_text

    def with_keys(doc: str) -> None:
        annotate_keys(extract_text(doc))

    rows: list[tuple[str, float, tuple[float, float], str]] = []
    for label, docs in (("generated", generated_corpus(mb)), ("real samples ×N", samples_corpus(mb))):
        size = sum(len(d.encode("utf-8")) for d in docs) / 1e6
        joined = "\n\n".join(docs)
        n_refs = sum(len(extract_text(d).references) for d in docs)
        t = _median_seconds(lambda docs=docs: [extract_text(d) for d in docs], runs)
        rows.append((f"{label}: extract_text, {len(docs)} docs", size, t, f"{n_refs / t[0]:,.0f} refs/s"))
        t = _median_seconds(lambda docs=docs: [with_keys(d) for d in docs], runs)
        rows.append((f"{label}: extract_text + annotate_keys", size, t, f"{n_refs / t[0]:,.0f} refs/s"))
        t = _median_seconds(lambda joined=joined: sum(1 for _ in SYMBOL.finditer(joined)), runs)
        rows.append((f"{label}: floor, one compiled regex scan", size, t, ""))
        big_size = len(joined.encode("utf-8")) / 1e6  # the same text as one document: cost is linear
        t = _median_seconds(lambda joined=joined: with_keys(joined), max(1, min(runs, 3)))
        rows.append((f"{label}: one {big_size:.0f} MB document, + keys", big_size, t, ""))
    return rows


def _print(rows: list[tuple[str, float, tuple[float, float], str]], runs: int) -> None:
    print(f"{'case':48} {'MB':>7} {'CPU s':>7} {'MB/s CPU':>9} {'MB/s wall':>10}  note")
    print("-" * 99)
    for name, mbs, (cpu, wall), note in rows:
        print(f"{name:48} {mbs:7.2f} {cpu:7.3f} {mbs / cpu:9.1f} {mbs / wall:10.1f}  {note}")
    print(
        f"(medians of {runs} runs; MB/s CPU = per-process throughput from this process's CPU time, "
        f"MB/s wall = elapsed; Python {sys.version.split()[0]}; shared machine: wall numbers are noisy)"
    )
    how = (
        "compiled with mypyc (make native)"
        if native.compiled()
        else "pure Python (no up-to-date `make native` build)"
    )
    print(f"(the extractor ran {how}; {native.PURE_ENV}=1 runs the sources)")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="small corpus, 3 runs (a smoke run)")
    ap.add_argument("--runs", type=int, default=None)
    ap.add_argument("--mb", type=float, default=None, help="corpus size in MB (default 20)")
    ap.add_argument("--big-mb", type=float, default=None, help="single-document size in MB (default 50)")
    ap.add_argument(
        "--end-to-end",
        action="store_true",
        help="measure extract_text (and + annotate_keys) instead of find_references",
    )
    a = ap.parse_args(argv)
    if a.end_to_end:
        runs = a.runs or 5
        _print(end_to_end_rows(a.mb or (1.0 if a.quick else 20.0), runs), runs)
        return 0
    runs = a.runs or (3 if a.quick else 5)
    mb = a.mb or (2.0 if a.quick else 20.0)
    big_mb = a.big_mb or (5.0 if a.quick else 50.0)

    docs = corpus(mb)
    joined = "\n\n".join(docs)
    size = len(joined.encode("utf-8")) / 1e6
    n_refs = sum(len(find_references(d)) for d in docs)

    rows: list[tuple[str, float, tuple[float, float], str]] = []
    t = _median_seconds(lambda: [find_references(d) for d in docs], runs)
    rows.append((f"find_references, {len(docs)} docs of ~40 KB", size, t, f"{n_refs / t[0]:,.0f} refs/s"))
    t = _median_seconds(lambda: sum(1 for _ in SYMBOL.finditer(joined)), runs)
    rows.append(("floor: one compiled regex scan", size, t, ""))

    reps = max(1, int(big_mb * 1e6 / len(joined.encode("utf-8"))) + 1)
    big = (joined + "\n\n") * reps
    big = big[: int(len(big) * big_mb * 1e6 / len(big.encode("utf-8")))]
    big_size = len(big.encode("utf-8")) / 1e6
    t = _median_seconds(lambda: find_references(big), max(1, min(runs, 3)))
    rows.append((f"find_references, one {big_size:.0f} MB document", big_size, t, ""))

    adversarial = ("số 1/" * 50_000 + "/" * 100_000 + "-" * 100_000 + "1" * 100_000 + "1/1-1/" * 50_000)[
        :1_000_000
    ]
    adv_size = len(adversarial.encode("utf-8")) / 1e6
    t = _median_seconds(lambda: find_references(adversarial), runs)
    rows.append(("adversarial 1 MB (số 1/, ///, ---, 111)", adv_size, t, ""))

    _print(rows, runs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
