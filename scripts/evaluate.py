"""Evaluate the reference extractor against the hand-checked gold annotation in tests/gold/.

For every gold file it runs `ingest.extract_file` on the document it annotates (next to the gold
file, as in tests/holdout/, or else in examples/; the original PDF/DOCX/HTML file when the gold names
a "source", as in tests/holdout3/, whose "file" is then the reader's text) and prints mentions
(gold / found / matched), precision, recall, F1, field accuracy on matched mentions, then every miss
(gold not found) and every false positive (found, not in gold) with its context.

Matching (one-to-one, best pairs first): a found reference matches a gold mention when the spans
overlap and the number/symbol agrees (case-insensitive; the gold canonical symbol or the symbol as
written) - or, when either side has no symbol (named, unresolved short references), when the spans
overlap and the kind agrees. The report's own number ("self" mentions) is judged against the
document metadata and left out of the reference counts; `--include-self` counts it as a reference.
The other metadata fields the gold states (type, place, province, issuer, title, signer name, period
in ISO 8601, and author/published for web articles) are compared too and listed per file.

    python scripts/evaluate.py [--gold DIR] [--files F ...] [--include-self] [--json]
                               [--min-precision P] [--min-recall R]

Exit status 0 unless a --min-* threshold is given and not met.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # measure this checkout's extractor (also from a git worktree)
DEFAULT_GOLD = ROOT / "tests" / "gold"
FIELDS = ("number_symbol", "kind", "date", "issuer", "relation", "pinpoint")
DOCUMENT_FIELDS = (
    "doc_type",
    "place",
    "province",
    "issuer",
    "title",
    "signer",
    "author",
    "published",
    "period",
)

# Abbreviations expanded before issuers are compared (data of the comparison, not of extraction).
ISSUER_ABBREVIATIONS = {
    "ubnd": "ủy ban nhân dân",
    "hđnd": "hội đồng nhân dân",
    "ubtvqh": "ủy ban thường vụ quốc hội",
    "bch": "ban chấp hành",
    "btv": "ban thường vụ",
    "tw": "trung ương",
    "vp": "văn phòng",
}


class ExtractorUnavailable(RuntimeError):
    """`ingest.extract_file` cannot be imported."""


@dataclass
class FileResult:
    file: str
    gold: int = 0
    found: int = 0
    matched: int = 0
    fields: dict[str, list[int]] = field(default_factory=lambda: {f: [0, 0] for f in FIELDS})
    misses: list[dict[str, Any]] = field(default_factory=list)
    false_positives: list[dict[str, Any]] = field(default_factory=list)
    field_errors: list[dict[str, Any]] = field(default_factory=list)
    self_check: dict[str, Any] = field(default_factory=dict)
    document_check: dict[str, Any] = field(default_factory=dict)
    error: str | None = None

    def scores(self) -> dict[str, float]:
        return prf(self.gold, self.found, self.matched)


def prf(gold: int, found: int, matched: int) -> dict[str, float]:
    precision = matched / found if found else (1.0 if not gold else 0.0)
    recall = matched / gold if gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def norm_symbol(symbol: str | None) -> str | None:
    if not symbol:
        return None
    s = nfc(symbol).replace("⁄", "/").replace("Ð", "Đ").replace("ð", "đ")
    return re.sub(r"\s+", "", s).casefold()


_TERM = re.compile(r"\((?:khóa|khoá)[^)]*\)")
# strict: a Party organ's term ("khóa XI", "(khóa XI)") is the reference's `party_term`, not its issuer
_TERM_STRICT = re.compile(r"\(?(?:khóa|khoá) [ivxlc]+\)?")


def norm_pinpoint(pinpoint: str | None) -> str | None:
    """A pinpoint compared without case and spacing ("Điều  19" = "điều 19"); none = null."""
    if not pinpoint:
        return None
    return " ".join(nfc(pinpoint).lower().split())


def _issuer_words(issuer: str, term: re.Pattern[str]) -> list[str]:
    """The issuer's lower-case words, its Party term cut out and "và" dropped ("A và B" and "A, B"
    name the same joint issuers)."""
    s = term.sub(" ", nfc(issuer).casefold().replace("uỷ", "ủy").replace("ð", "đ"))
    return [w for w in re.findall(r"\w+", s) if w != "và"]


def norm_issuer(issuer: str | None) -> str | None:
    if not issuer:
        return None
    return " ".join(ISSUER_ABBREVIATIONS.get(w, w) for w in _issuer_words(issuer, _TERM))


# --strict-issuers: an issuer agrees only when it is the gold's full name (normalised, no abbreviation
# expanded, no containment: "Ủy ban nhân dân tỉnh" is not "Ủy ban nhân dân tỉnh An Giang")
STRICT_ISSUERS = False


def issuer_agrees(gold: str, found: str | None) -> bool:
    if STRICT_ISSUERS:
        return bool(gold and found) and _strict_issuer(gold) == _strict_issuer(found or "")
    g, f = norm_issuer(gold), norm_issuer(found)
    return bool(g and f) and (g in f or f in g)


def _strict_issuer(issuer: str) -> str:
    return " ".join(_issuer_words(issuer, _TERM_STRICT))


def as_dict(obj: Any) -> dict[str, Any]:
    if isinstance(obj, dict):
        return obj
    if hasattr(obj, "to_dict"):
        return obj.to_dict()
    return {k: getattr(obj, k) for k in dir(obj) if not k.startswith("_") and not callable(getattr(obj, k))}


def found_symbols(ref: dict[str, Any]) -> set[str]:
    out = {norm_symbol(ref.get("number_symbol"))}
    resolved = ref.get("resolved") or {}
    if isinstance(resolved, dict):
        out.add(norm_symbol(resolved.get("number_symbol")))
    out.discard(None)
    return out  # type: ignore[return-value]


def found_symbol(ref: dict[str, Any]) -> str | None:
    resolved = ref.get("resolved") or {}
    if ref.get("number_symbol"):
        return ref["number_symbol"]
    return resolved.get("number_symbol") if isinstance(resolved, dict) else None


def gold_symbols(mention: dict[str, Any]) -> set[str]:
    out = {norm_symbol(mention.get("number_symbol")), norm_symbol(mention.get("written_symbol"))}
    out.discard(None)
    return out  # type: ignore[return-value]


def match(gold: list[dict[str, Any]], found: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, found index), symbol agreement before kind agreement."""
    candidates = []
    for gi, g in enumerate(gold):
        gs = gold_symbols(g)
        for fi, f in enumerate(found):
            overlap = min(g["end"], f["end"]) - max(g["start"], f["start"])
            if overlap <= 0:
                continue
            fs = found_symbols(f)
            if gs and fs:
                if not gs & fs:
                    continue
                strength = 2
            elif f.get("kind") == g["kind"]:
                strength = 1
            else:
                continue
            candidates.append((strength, overlap, gi, fi))
    candidates.sort(reverse=True)
    used_g: set[int] = set()
    used_f: set[int] = set()
    pairs = []
    for _, _, gi, fi in candidates:
        if gi in used_g or fi in used_f:
            continue
        used_g.add(gi)
        used_f.add(fi)
        pairs.append((gi, fi))
    return sorted(pairs)


def line_context(text: str, start: int, end: int, width: int = 50) -> dict[str, Any]:
    line = text.count("\n", 0, start) + 1
    left = text[max(0, start - width) : start].replace("\n", " ")
    right = text[end : end + width].replace("\n", " ")
    return {"line": line, "context": f"…{left}[{text[start:end]}]{right}…"}


def field_value(name: str, ref: dict[str, Any]) -> Any:
    return found_symbol(ref) if name == "number_symbol" else ref.get(name)


def compare_fields(g: dict[str, Any], f: dict[str, Any], result: FileResult, text: str) -> None:
    for name in FIELDS:
        if name == "issuer":
            if not g.get("issuer"):
                continue  # gold issuer null = not stated; anything the extractor infers is not judged
            ok = issuer_agrees(g["issuer"], f.get("issuer"))
        elif name == "number_symbol":
            ok = norm_symbol(g.get("number_symbol")) == norm_symbol(found_symbol(f))
        elif name == "pinpoint":
            ok = norm_pinpoint(g.get("pinpoint")) == norm_pinpoint(f.get("pinpoint"))
        else:
            ok = g.get(name) == f.get(name)
        result.fields[name][1] += 1
        result.fields[name][0] += ok
        if not ok:
            result.field_errors.append(
                {
                    "field": name,
                    "gold": g.get(name),
                    "found": field_value(name, f),
                    **line_context(text, g["start"], g["end"]),
                }
            )


def check_self(gold_doc: dict[str, Any], meta: dict[str, Any]) -> dict[str, Any]:
    """The report's own number and date (what self mentions stand for) against the found metadata."""
    out = {}
    for name in ("number_symbol", "date"):
        want, got = gold_doc.get(name), meta.get(name)
        same = norm_symbol(want) == norm_symbol(got) if name == "number_symbol" else want == got
        out[name] = {"gold": want, "found": got, "ok": same}
    return out


def _text_key(value: Any) -> str | None:
    return re.sub(r"\s+", " ", nfc(str(value))).strip().casefold() if value else None


def check_document(gold_doc: dict[str, Any], meta: dict[str, Any]) -> dict[str, Any]:
    """Other metadata fields the gold states (whitespace- and case-insensitive)."""
    out = {}
    for name in DOCUMENT_FIELDS:
        if name not in gold_doc:
            continue
        want, got = gold_doc[name], meta.get(name)
        if name == "period":  # the gold writes the period in ISO 8601 ("2021-01/2021-06")
            got = meta.get("period_iso")
        if name == "signer":
            want = (want or {}).get("name")
            got = (as_dict(got) if got else {}).get("name")
        if name == "issuer":
            ok = (want is None and not got) or (want is not None and issuer_agrees(want, got))
        else:
            ok = _text_key(want) == _text_key(got)
        out[name] = {"gold": want, "found": got, "ok": ok}
    return out


def load_extractor():
    try:
        from ingest import extract_file
    except ImportError as exc:
        raise ExtractorUnavailable(
            f"the extractor is not available (from ingest import extract_file failed: {exc})"
        ) from exc
    return extract_file


def document_path(gold_path: Path, name: str) -> Path:
    """The annotated document: next to its gold file (held-out sets) or in examples/ (the samples)."""
    beside = gold_path.parent / name
    return beside if beside.is_file() else ROOT / "examples" / name


def evaluate_file(gold_path: Path, extract_file, include_self: bool = False) -> FileResult:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    example = document_path(gold_path, gold["file"])
    text = nfc(example.read_text(encoding="utf-8"))
    # a gold "source" (tests/holdout3/) names the original PDF/DOCX/HTML file: the extractor reads that
    # through the file readers; "file" is the reader's text the offsets refer to
    original = gold_path.parent / gold["source"] if gold.get("source") else example
    result = FileResult(file=gold["file"])
    mentions = [m for m in gold["mentions"] if include_self or not m.get("self")]
    self_spans = [(m["start"], m["end"]) for m in gold["mentions"] if m.get("self")]
    result.gold = len(mentions)
    try:
        extraction = extract_file(original)
    except Exception as exc:  # the extractor's failure is a result to report, not a crash
        result.error = f"{type(exc).__name__}: {exc}"
        result.misses = [{"text": m["text"], **line_context(text, m["start"], m["end"])} for m in mentions]
        return result
    data = as_dict(extraction)
    ext_text = data.get("text")
    if ext_text is not None and ext_text != text:
        result.error = "extractor text differs from the NFC file text: offsets may not be comparable"
    refs = [as_dict(r) for r in data.get("references") or []]
    if not include_self:  # a found reference on the header number is neither a hit nor a false positive
        refs = [r for r in refs if not any(r["start"] < e and s < r["end"] for s, e in self_spans)]
    result.found = len(refs)
    pairs = match(mentions, refs)
    result.matched = len(pairs)
    for gi, fi in pairs:
        compare_fields(mentions[gi], refs[fi], result, text)
    matched_g = {gi for gi, _ in pairs}
    matched_f = {fi for _, fi in pairs}
    for gi, m in enumerate(mentions):
        if gi not in matched_g:
            result.misses.append(
                {
                    "text": m["text"],
                    "number_symbol": m.get("number_symbol"),
                    **line_context(text, m["start"], m["end"]),
                }
            )
    for fi, r in enumerate(refs):
        if fi not in matched_f:
            result.false_positives.append(
                {
                    "text": text[r["start"] : r["end"]],
                    "number_symbol": r.get("number_symbol"),
                    **line_context(text, r["start"], r["end"]),
                }
            )
    found_doc = as_dict(data.get("document") or {})
    result.self_check = check_self(gold.get("document") or {}, found_doc)
    result.document_check = check_document(gold.get("document") or {}, found_doc)
    return result


def select_gold(gold_dir: Path, files: list[str] | None) -> list[Path]:
    paths = sorted(gold_dir.glob("*.json"))
    if not files:
        return paths
    wanted = {Path(f).stem for f in files}
    chosen = [p for p in paths if p.stem in wanted]
    missing = wanted - {p.stem for p in chosen}
    if missing:
        raise FileNotFoundError(f"no gold file for: {', '.join(sorted(missing))}")
    return chosen


def evaluate(
    gold_dir: Path = DEFAULT_GOLD, files: list[str] | None = None, include_self: bool = False
) -> dict[str, Any]:
    """Run the extractor over the gold files; raises ExtractorUnavailable if it cannot be imported."""
    extract_file = load_extractor()
    results = [evaluate_file(p, extract_file, include_self) for p in select_gold(gold_dir, files)]
    total = FileResult(file="ALL")
    for r in results:
        total.gold += r.gold
        total.found += r.found
        total.matched += r.matched
        for name in FIELDS:
            total.fields[name][0] += r.fields[name][0]
            total.fields[name][1] += r.fields[name][1]
    return {"include_self": include_self, "files": [summary(r) for r in results], "overall": summary(total)}


def summary(r: FileResult) -> dict[str, Any]:
    out: dict[str, Any] = {
        "file": r.file,
        "gold": r.gold,
        "found": r.found,
        "matched": r.matched,
        **r.scores(),
    }
    out["field_accuracy"] = {n: (ok / total if total else None) for n, (ok, total) in r.fields.items()}
    out["field_counts"] = {n: {"correct": ok, "judged": total} for n, (ok, total) in r.fields.items()}
    if r.file != "ALL":
        out.update(
            misses=r.misses,
            false_positives=r.false_positives,
            field_errors=r.field_errors,
            self=r.self_check,
            document=r.document_check,
            error=r.error,
        )
    return out


def pct(x: float | None) -> str:
    return "  n/a" if x is None else f"{100 * x:5.1f}"


def print_report(report: dict[str, Any], out=sys.stdout) -> None:
    head = f"{'file':<28} {'gold':>5} {'found':>5} {'match':>5}   P%     R%     F1%  | " + "  ".join(
        f"{n[:6]:>6}" for n in FIELDS
    )
    print(head, file=out)
    print("-" * len(head), file=out)
    for s in [*report["files"], report["overall"]]:
        fa = "  ".join(f"{pct(s['field_accuracy'][n]):>6}" for n in FIELDS)
        print(
            f"{s['file'][:28]:<28} {s['gold']:>5} {s['found']:>5} {s['matched']:>5} "
            f"{pct(s['precision'])}  {pct(s['recall'])}  {pct(s['f1'])} | {fa}",
            file=out,
        )
    print(
        f"(self mentions {'included' if report['include_self'] else 'excluded; judged against metadata'};"
        " issuer accuracy only where the gold states an issuer)",
        file=out,
    )
    for s in report["files"]:
        print(f"\n== {s['file']}", file=out)
        if s.get("error"):
            print(f"  ERROR: {s['error']}", file=out)
        for name, check in (s.get("self") or {}).items():
            mark = "ok" if check["ok"] else "WRONG"
            print(f"  self {name}: gold={check['gold']!r} found={check['found']!r} {mark}", file=out)
        doc = s.get("document") or {}
        if doc:
            wrong = {n: c for n, c in doc.items() if not c["ok"]}
            print(f"  metadata: {len(doc) - len(wrong)}/{len(doc)} fields agree", file=out)
            for name, check in wrong.items():
                print(f"  metadata {name}: gold={check['gold']!r} found={check['found']!r}", file=out)
        for label, items in (("miss", s["misses"]), ("false positive", s["false_positives"])):
            for item in items:
                print(f"  {label:<15} L{item['line']:<4} {item['context']}", file=out)
        for item in s["field_errors"]:
            print(
                f"  {item['field']:<15} L{item['line']:<4} gold={item['gold']!r} found={item['found']!r}"
                f"  {item['context']}",
                file=out,
            )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help="directory of gold JSON files")
    parser.add_argument("--files", nargs="+", help="only these examples (file names, stems or paths)")
    parser.add_argument(
        "--include-self", action="store_true", help="count the report's own number as a reference"
    )
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument("--min-precision", type=float)
    parser.add_argument("--min-recall", type=float)
    parser.add_argument(
        "--strict-issuers",
        action="store_true",
        help="issuers must equal the gold's full name (no containment)",
    )
    args = parser.parse_args(argv)
    global STRICT_ISSUERS
    STRICT_ISSUERS = args.strict_issuers
    gated = args.min_precision is not None or args.min_recall is not None
    try:
        report = evaluate(args.gold, args.files, args.include_self)
    except ExtractorUnavailable as exc:
        print(f"evaluate: {exc}", file=sys.stderr)
        return 1 if gated else 0
    except (OSError, ValueError) as exc:
        print(f"evaluate: {exc}", file=sys.stderr)
        return 1 if gated else 0
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=1))
    else:
        print_report(report)
    overall = report["overall"]
    failed = []
    if args.min_precision is not None and overall["precision"] < args.min_precision:
        failed.append(f"precision {overall['precision']:.3f} < {args.min_precision}")
    if args.min_recall is not None and overall["recall"] < args.min_recall:
        failed.append(f"recall {overall['recall']:.3f} < {args.min_recall}")
    if failed:
        print("evaluate: threshold not met: " + "; ".join(failed), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
