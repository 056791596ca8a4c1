"""Compare two hand annotations of the same documents mention by mention (e.g. tests/gold/ against
the independent tests/seeds_independent/), to find where two annotators disagree.

Mentions are aligned one-to-one with scripts/evaluate.py's matching (overlapping spans and the same
number/symbol, canonical or as written; kind when either has no symbol). Self mentions take part.
Printed: mentions only one side has, then every field that differs on an aligned pair, then the
document metadata fields that differ.

    python scripts/compare_annotations.py A_DIR B_DIR [--files F ...] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from evaluate import document_path, issuer_agrees, line_context, match, nfc, norm_symbol

FIELDS = (
    "kind",
    "doc_type",
    "number_symbol",
    "date",
    "issuer",
    "relation",
    "pinpoint",
    "self",
    "in_footnote",
)
DOCUMENT_FIELDS = (
    "doc_type",
    "number_symbol",
    "date",
    "place",
    "province",
    "issuer",
    "title",
    "signer",
    "recipients",
    "period",
)


def same(name: str, a: Any, b: Any) -> bool:
    if name == "number_symbol":
        return norm_symbol(a) == norm_symbol(b)
    if name == "issuer":
        return (not a and not b) or (bool(a) and bool(b) and issuer_agrees(a, b))
    return a == b


def compare_file(a_path: Path, b_path: Path) -> dict[str, Any]:
    a, b = (json.loads(p.read_text(encoding="utf-8")) for p in (a_path, b_path))
    text = nfc(document_path(a_path, a["file"]).read_text(encoding="utf-8"))
    am, bm = a["mentions"], b["mentions"]
    pairs = match(am, bm)
    paired_a, paired_b = {i for i, _ in pairs}, {j for _, j in pairs}

    def describe(m: dict[str, Any]) -> dict[str, Any]:
        return {
            "text": m["text"],
            "number_symbol": m.get("number_symbol"),
            "kind": m["kind"],
            "self": m.get("self", False),
            **line_context(text, m["start"], m["end"]),
        }

    diffs = []
    for i, j in pairs:
        for name in FIELDS:
            va, vb = am[i].get(name), bm[j].get(name)
            if not same(name, va, vb):
                diffs.append(
                    {"field": name, "a": va, "b": vb, **line_context(text, am[i]["start"], am[i]["end"])}
                )
    da, db = a.get("document") or {}, b.get("document") or {}
    doc_diffs = [
        {"field": n, "a": da.get(n), "b": db.get(n)}
        for n in DOCUMENT_FIELDS
        if n in da and n in db and not same(n, da.get(n), db.get(n))
    ]
    return {
        "file": a["file"],
        "a": len(am),
        "b": len(bm),
        "aligned": len(pairs),
        "only_a": [describe(m) for i, m in enumerate(am) if i not in paired_a],
        "only_b": [describe(m) for j, m in enumerate(bm) if j not in paired_b],
        "field_diffs": diffs,
        "document_diffs": doc_diffs,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("a", type=Path, help="first annotation directory (e.g. tests/gold)")
    parser.add_argument("b", type=Path, help="second annotation directory (e.g. tests/seeds_independent)")
    parser.add_argument("--files", nargs="+", help="only these files (stems)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    results = []
    for a_path in sorted(args.a.glob("*.json")):
        if args.files and a_path.stem not in args.files:
            continue
        b_path = args.b / a_path.name
        if not b_path.is_file():
            print(f"compare: {b_path} is missing", file=sys.stderr)
            return 1
        results.append(compare_file(a_path, b_path))
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=1))
        return 0
    for r in results:
        print(f"== {r['file']}: {r['a']} vs {r['b']} mentions, {r['aligned']} aligned")
        for side in ("only_a", "only_b"):
            for m in r[side]:
                print(f"  {side:<7} L{m['line']:<4} {m['kind']:<6} {m['number_symbol']!s:<22} {m['context']}")
        for d in r["field_diffs"]:
            print(f"  {d['field']:<13} L{d['line']:<4} a={d['a']!r} b={d['b']!r}  {d['context']}")
        for d in r["document_diffs"]:
            print(f"  document.{d['field']}: a={d['a']!r} b={d['b']!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
