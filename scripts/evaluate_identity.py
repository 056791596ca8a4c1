"""Canonical identities against the hand annotations: are two mentions of one document stored as one
document, and mentions of two documents as two?

Every annotated text of the gold sets (tests/gold and tests/holdout*, or the `--gold` folders given)
is ingested into one embedded store (a temporary one), as `legalgraph ingest` would, so that undated
mentions are resolved across the whole corpus as they are in use. Each gold mention with a
number/symbol is matched to the extractor's reference on the same span (scripts/evaluate.py's
matching) and paired with the stored document that reference ended up as. The gold identity of the
document a mention means is

    (number/symbol, year, scope)

- number/symbol as the gold writes it canonically (case, spaces, "Đ"/"D" folded as evaluate.py does);
- year from the symbol ("04/2015/NĐ-CP"), else from the gold date, else from another mention of the
  same symbol in the same text that has one; still none: the mention is left out (it cannot be told
  which document it means without reading the corpus). A Party document ("28-CT/TW") is numbered
  within a congress term, not a year: its term, from that year (the congresses' dates in
  ingest/data), stands for the year — or the term the gold states for the mention ("term": "XX",
  the term the text gives it, "khóa XX": a provincial committee's own numbering, which the national
  dates cannot tell apart — 05-NQ/TU of 2021 and of 2026 of one Tỉnh ủy are two documents);
- scope: national for a central issuer (Thủ tướng, Chính phủ, Bộ …, Quốc hội, the Party's central
  bodies, the supreme court …) or a central issuer code ("TT-TTCP"); else the province the gold issuer
  names ("Ủy ban nhân dân tỉnh Quảng Ngãi"), or for a local issuer written without its province
  ("UBND tỉnh", "Tỉnh ủy"), the citing document's province.

Then a **split** is one gold identity stored as several documents, and a **merge** is one stored
document meant by several gold identities. Both should be zero. A mention stored as an explicit
unresolved reference (no year in the text, a law version the data cannot date, a short form with
no antecedent) is counted apart: unresolved by design, never merged into a guess.

    .venv/bin/python scripts/evaluate_identity.py [--gold DIR ...] [--json]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from evaluate import as_dict, document_path, match, norm_symbol  # noqa: E402

from graph.build import contribution  # noqa: E402
from graph.embedded import EmbeddedStore  # noqa: E402
from graph.identity import issuer_scope, parse_symbol, party_term  # noqa: E402
from ingest import extract_file  # noqa: E402
from ingest.gazetteer import find_provinces, fold  # noqa: E402

_YEAR_IN_SYMBOL = re.compile(r"/((?:19|20)\d\d)/")
# issuers whose documents are national whatever the citing province (matched on the folded name)
_CENTRAL = re.compile(
    r"^(?:thu tuong|chinh phu|van phong chinh phu|bo |bo truong|quoc hoi|uy ban thuong vu quoc hoi"
    r"|chu tich nuoc|ban bi thu|bo chinh tri|ban chap hanh trung uong|trung uong|ban .* trung uong"
    r"|toa an nhan dan toi cao|vien kiem sat nhan dan toi cao|kiem toan nha nuoc|ngan hang nha nuoc"
    r"|bao hiem xa hoi viet nam|thanh tra chinh phu|tong thanh tra|uy ban trung uong|doan chu tich"
    r"|chanh an toa an nhan dan toi cao|hoi dong tham phan|vien truong vien kiem sat nhan dan toi cao)"
)


def gold_sets(dirs: list[str] | None) -> list[Path]:
    if dirs:
        return [Path(d) for d in dirs]
    return [ROOT / "tests" / "gold", *sorted((ROOT / "tests").glob("holdout*"), key=lambda p: p.name)]


def _province(text: str | None) -> str | None:
    if not text:
        return None
    found = find_provinces(unicodedata.normalize("NFC", text))
    return found[0][2]["name"] if found else None


def scope_of(mention: dict[str, Any], citing_province: str | None) -> str | None:
    """The province a mention's document belongs to, or "" for a national one; None: unknown."""
    issuer = mention.get("issuer") or ""
    folded = fold(issuer)
    ps = parse_symbol(mention.get("number_symbol"))
    if (folded and _CENTRAL.match(folded)) or (ps is not None and issuer_scope(ps.issuer_code) == "central"):
        return ""
    named = _province(issuer)
    if named:
        return named
    if folded:  # a local issuer without its province: the citing document's
        return citing_province
    return None


def identities(gold: dict[str, Any], mentions: list[dict[str, Any]]) -> list[tuple[str, str, str] | None]:
    """The gold identity of each mention (None when it has no number/symbol or no knowable year)."""
    citing = (gold.get("document") or {}).get("province")
    years: dict[str, set[int]] = defaultdict(set)
    parsed = []
    for m in mentions:
        sym = norm_symbol(m.get("number_symbol"))
        year = None
        if sym:
            y = _YEAR_IN_SYMBOL.search(m["number_symbol"])
            year = int(y.group(1)) if y else (int(m["date"][:4]) if m.get("date") else None)
            if year:
                years[sym].add(year)
        parsed.append((sym, year))
    out: list[tuple[str, str, str] | None] = []
    for m, (sym, year) in zip(mentions, parsed, strict=True):
        if sym and year is None and len(years[sym]) == 1:
            year = next(iter(years[sym]))  # "Chỉ thị 33" after "Chỉ thị 33/CT-TTg ngày 26/11/2021"
        scope = scope_of(m, citing) if sym else None
        ps = parse_symbol(m["number_symbol"]) if sym else None
        stated = m.get("term") if ps is not None and ps.party and ps.year is None else None
        if not sym or (year is None and not stated) or scope is None:
            out.append(None)
            continue
        period = str(year)
        if stated:
            period = stated.upper()  # the term the text states: the committee's own numbering
        elif ps is not None and ps.party and ps.year is None:
            term, _ = party_term(m.get("date"), year)
            period = term or period
        out.append((sym, period, scope))
    return out


def run(dirs: list[str] | None) -> dict[str, Any]:
    by_identity: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    by_document: dict[str, set[tuple[str, str, str]]] = defaultdict(set)
    where: dict[tuple[tuple[str, str, str], str], list[str]] = defaultdict(list)
    counted = skipped = 0
    unresolved: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        store = EmbeddedStore(Path(tmp) / "store")
        pending = []
        for folder in gold_sets(dirs):
            for gold_path in sorted(folder.glob("*.json")):
                gold = json.loads(gold_path.read_text(encoding="utf-8"))
                if "mentions" not in gold:
                    continue
                original = gold_path.parent / gold["source"] if gold.get("source") else None
                path = original or document_path(gold_path, gold["file"])
                result = extract_file(path)
                pending.append((gold_path, gold, result.text, contribution(result)))
        store.write_many([c for *_, c in pending])
        for gold_path, gold, text, c in pending:
            refs = store.report_references(c.report_id) or []
            mentions = [m for m in gold["mentions"] if not m.get("self")]
            pairs = match(mentions, [as_dict(r) for r in refs])
            gold_ids = identities(gold, mentions)
            for gi, fi in pairs:
                ident, doc = gold_ids[gi], refs[fi].get("target_id")
                if ident is None or not doc:
                    skipped += 1
                    continue
                counted += 1
                m = mentions[gi]
                if (store.get_document(doc) or {}).get("resolved") is False:
                    unresolved.append(
                        f"{gold_path.parent.name}/{gold_path.stem}: {text[m['start'] : m['end']]!r}"
                    )
                    continue
                by_identity[ident].add(doc)
                by_document[doc].add(ident)
                where[(ident, doc)].append(
                    f"{gold_path.parent.name}/{gold_path.stem}: {text[m['start'] : m['end']]!r}"
                )
        store.close()
    splits = {i: sorted(d) for i, d in by_identity.items() if len(d) > 1}
    merges = {d: sorted(i) for d, i in by_document.items() if len(i) > 1}
    return {
        "mentions": counted,
        "left_out": skipped,
        "unresolved": unresolved,
        "identities": len(by_identity),
        "documents": len(by_document),
        "splits": [
            {"identity": list(i), "documents": {d: where[(i, d)][:3] for d in docs}}
            for i, docs in splits.items()
        ],
        "merges": [
            {"document": d, "identities": {"/".join(map(str, i)): where[(i, d)][:3] for i in idents}}
            for d, idents in merges.items()
        ],
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", action="append", help="a gold folder (repeatable; default: all)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    report = run(args.gold)
    if args.json:
        json.dump(report, sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        print(
            f"{report['mentions']} mentions of {report['identities']} documents (gold) stored as "
            f"{report['documents']} documents; {report['left_out']} left out (no number/symbol, year or scope)"
        )
        print(f"stored as explicit unresolved references: {len(report['unresolved'])}")
        for u in report["unresolved"]:
            print(f"  {u}")
        print(f"splits (one document stored as several): {len(report['splits'])}")
        for s in report["splits"]:
            print(f"  {'/'.join(map(str, s['identity']))}")
            for doc, seen in s["documents"].items():
                print(f"    {doc}: {'; '.join(seen)}")
        print(f"merges (several documents stored as one): {len(report['merges'])}")
        for m in report["merges"]:
            print(f"  {m['document']}")
            for ident, seen in m["identities"].items():
                print(f"    {ident}: {'; '.join(seen)}")
    return 1 if report["splits"] or report["merges"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
