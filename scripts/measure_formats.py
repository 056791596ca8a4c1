"""Compare what the extractor finds in the realistic PDF/DOCX fixtures with their plain-text twins.

For every fixture in `tests/formats/files/` (made by `scripts/make_format_fixtures.py` from the
documents it names) it extracts the `.txt`, the `.pdf` and the `.docx` and prints, per file and format:

- refs: references found; `=txt`: how many of the text's references the file also gives (matched one to
  one on kind, doc_type, number/symbol or name, pinpoint - offsets differ between formats); `+`: extra
  references the text does not have;
- gold: recall of the document's gold mentions (self mentions excluded) on the same key, text side first;
- rel/date/iss: agreement with the text's relation, date and issuer on the matched references;
- meta: the report's own fields that equal the text's (number, date, place, issuer, title, signer
  name, signer capacity, recipients), with the differing ones named.

The PDF-only variants of `make_format_fixtures.VARIANTS` (an e-office export, a gazette with tables
without rules) are rows of format `pdf-eoffice` / `pdf-gazette`, totalled apart.

    .venv/bin/python scripts/measure_formats.py [--json] [--speed]
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from make_format_fixtures import SOURCES, VARIANTS  # noqa: E402

from ingest import extract_file  # noqa: E402
from ingest.readers import read_file  # noqa: E402

FILES = ROOT / "tests" / "formats" / "files"
META_FIELDS = ("number_symbol", "date", "place", "issuer", "title", "signer", "capacity", "recipients")


def _squash(text: str | None) -> str | None:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip() if text else text


def ref_key(r: dict[str, Any]) -> tuple:
    ident = r.get("number_symbol") or r.get("name") or _squash(r.get("text"))
    return (r.get("kind"), r.get("doc_type"), ident, r.get("pinpoint"))


def gold_key(m: dict[str, Any]) -> tuple:
    ident = m.get("number_symbol") or _squash(m.get("text"))
    return (m.get("kind"), ident)


def meta_view(doc: dict[str, Any]) -> dict[str, Any]:
    signer = doc.get("signer") or {}
    return {
        "number_symbol": doc.get("number_symbol"),
        "date": doc.get("date"),
        "place": doc.get("place"),
        "issuer": doc.get("issuer"),
        "title": _squash(doc.get("title")),
        "signer": signer.get("name"),
        "capacity": signer.get("capacity"),
        "recipients": doc.get("recipients") or [],
    }


def match(base: list[dict[str, Any]], other: list[dict[str, Any]]) -> list[tuple[dict, dict]]:
    """One-to-one pairs of equal keys, in document order on both sides; a footnote's reference is
    paired with one in a footnote first (notes sit inline in a text, at the end of a DOCX or PDF)."""
    pool: dict[tuple, list[dict]] = {}
    for r in other:
        pool.setdefault(ref_key(r), []).append(r)
    pairs = []
    for r in base:
        cands = pool.get(ref_key(r))
        if cands:
            k = next(
                (i for i, c in enumerate(cands) if bool(c.get("in_footnote")) == bool(r.get("in_footnote"))),
                0,
            )
            pairs.append((r, cands.pop(k)))
    return pairs


def gold_recall(gold: list[dict[str, Any]], refs: list[dict[str, Any]]) -> int:
    found = Counter()
    for r in refs:
        found[(r.get("kind"), r.get("number_symbol") or _squash(r.get("text")))] += 1
        if r.get("kind") == "named" and r.get("name"):
            found[(r.get("kind"), _squash(r.get("name")))] += 0  # named laws are keyed by their text
    hits = 0
    for m in gold:
        k = gold_key(m)
        if found[k] > 0:
            found[k] -= 1
            hits += 1
    return hits


def gold_for(source: str) -> dict[str, Any] | None:
    src = ROOT / source
    cands = [src.with_suffix(".json"), ROOT / "tests" / "gold" / f"{src.stem}.json"]
    for c in cands:
        if c.is_file():
            return json.loads(c.read_text(encoding="utf-8"))
    return None


def measure() -> list[dict[str, Any]]:
    rows = []
    for name, source in SOURCES.items():
        base = extract_file(ROOT / source).to_dict()
        gold = gold_for(source)
        gold_mentions = [m for m in (gold or {}).get("mentions", []) if not m.get("self")]
        base_refs = [r for r in base["references"]]
        variant = [f"pdf-{VARIANTS[name]}"] if name in VARIANTS else []  # the same document, another layout
        for fmt in ("txt", "pdf", "docx", *variant):
            if fmt == "txt":
                path = ROOT / source
            elif fmt.startswith("pdf-"):
                path = FILES / f"{name}.{fmt[4:]}.pdf"
            else:
                path = FILES / f"{name}.{fmt}"
            got = extract_file(path).to_dict()
            refs = got["references"]
            pairs = match(base_refs, refs)
            agree = {f: sum(a.get(f) == b.get(f) for a, b in pairs) for f in ("relation", "date", "issuer")}
            mb, mg = meta_view(base["document"]), meta_view(got["document"])
            rows.append(
                {
                    "file": name,
                    "format": fmt,
                    "refs": len(refs),
                    "txt_refs": len(base_refs),
                    "same": len(pairs),
                    "extra": len(refs) - len(pairs),
                    "agree": agree,
                    "gold": len(gold_mentions),
                    "gold_found": gold_recall(gold_mentions, refs),
                    "meta_same": [f for f in META_FIELDS if mb[f] == mg[f]],
                    "meta_diff": {f: [mb[f], mg[f]] for f in META_FIELDS if mb[f] != mg[f]},
                    "missing": [list(ref_key(a)) for a in _unmatched(base_refs, pairs)],
                    "extra_refs": [list(ref_key(b)) for b in _unmatched(refs, pairs, side=1)],
                    "disagree": [
                        [list(ref_key(a)), f, a.get(f), b.get(f)]
                        for a, b in pairs
                        for f in ("relation", "date", "issuer")
                        if a.get(f) != b.get(f)
                    ],
                }
            )
    return rows


def _unmatched(refs: list[dict], pairs: list[tuple[dict, dict]], side: int = 0) -> list[dict]:
    used = {id(p[side]) for p in pairs}
    return [r for r in refs if id(r) not in used]


def table(rows: list[dict[str, Any]]) -> str:
    out = [
        "| file | fmt | refs | =txt | + | gold R | rel | date | issuer | meta = txt | meta differing |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    totals: dict[str, Counter] = {}
    for r in rows:
        t = totals.setdefault(r["format"], Counter())
        for k in ("refs", "txt_refs", "same", "extra", "gold", "gold_found"):
            t[k] += r[k]
        for k, v in r["agree"].items():
            t[k] += v
        t["meta"] += len(r["meta_same"])
        t["meta_all"] += len(META_FIELDS)
        n = r["same"] or 1
        out.append(
            f"| {r['file']} | {r['format']} | {r['refs']} | {r['same']}/{r['txt_refs']} | {r['extra']} "
            f"| {r['gold_found']}/{r['gold']} | {100 * r['agree']['relation'] / n:.0f}% "
            f"| {100 * r['agree']['date'] / n:.0f}% | {100 * r['agree']['issuer'] / n:.0f}% "
            f"| {len(r['meta_same'])}/{len(META_FIELDS)} | {', '.join(r['meta_diff']) or '-'} |"
        )
    for fmt, t in totals.items():
        n = t["same"] or 1
        out.append(
            f"| **all** | {fmt} | {t['refs']} | {t['same']}/{t['txt_refs']} ({100 * t['same'] / t['txt_refs']:.1f}%) "
            f"| {t['extra']} | {t['gold_found']}/{t['gold']} ({100 * t['gold_found'] / t['gold']:.1f}%) "
            f"| {100 * t['relation'] / n:.1f}% | {100 * t['date'] / n:.1f}% | {100 * t['issuer'] / n:.1f}% "
            f"| {t['meta']}/{t['meta_all']} | |"
        )
    return "\n".join(out)


def speed(rounds: int = 5) -> str:
    """Reader throughput (MB of file per second of reading), median of `rounds`."""
    lines = []
    for fmt in ("pdf", "docx"):
        paths = sorted(FILES.glob(f"*.{fmt}"))
        size = sum(p.stat().st_size for p in paths)
        times = []
        for _ in range(rounds):
            t0 = time.perf_counter()
            chars = sum(len(read_file(p).text) for p in paths)
            times.append(time.perf_counter() - t0)
        med = statistics.median(times)
        lines.append(
            f"{fmt}: {len(paths)} files, {size / 1e6:.2f} MB, {chars} chars of text: median {med:.2f} s "
            f"= {size / 1e6 / med:.2f} MB/s of file, {chars * 1.0 / med / 1e6:.3f} M chars/s"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", action="store_true", help="print the rows as JSON")
    ap.add_argument(
        "--details",
        action="store_true",
        help="list the missing and extra references and the differing fields",
    )
    ap.add_argument("--speed", action="store_true", help="also time the readers")
    args = ap.parse_args(argv)
    rows = measure()
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
    else:
        print(table(rows))
        if args.details:
            for r in rows:
                if r["format"] != "txt" and (
                    r["missing"] or r["extra_refs"] or r["meta_diff"] or r["disagree"]
                ):
                    print(f"\n## {r['file']}.{r['format']}")
                    for k in r["missing"]:
                        print("  missing", k)
                    for k, f, want, got in r["disagree"]:
                        print(f"  {f} differs", k, f"txt {want!r}, {r['format']} {got!r}")
                    for k in r["extra_refs"]:
                        print("  extra  ", k)
                    for f, (a, b) in r["meta_diff"].items():
                        print(f"  meta {f}: txt={a!r} file={b!r}")
    if args.speed:
        print(speed())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
