"""Helper for hand-annotating the gold files in tests/gold/ (offsets are never counted by hand).

Three sub-commands:

  find FILE SNIPPET [--line N] [--occ K]
      print the offsets and context of the K-th occurrence (1-based) of SNIPPET, in the whole
      file or only on line N (1-based, as `cat -n` numbers lines).

  build SPEC FILE --meta META.json -o OUT.json
      (META.json: the document/article blocks; an existing gold file will do.) Turn a line-oriented spec of hand-decided mentions into a gold JSON file. Each spec line:
          LINE | TEXT[#K] | KIND | NUMBER_SYMBOL | DATE | ISSUER | RELATION | FLAGS | NOTE
      "-" means null; TEXT#K is the K-th occurrence of TEXT on LINE; FLAGS is a comma list of
      `self`, `fn` (in footnote), `pin=Điều 19`, `dt=Báo cáo` (doc_type when the text has no type
      word), `written=28/2018/QĐ-CP` (symbol as written when the canonical one differs).
      Lines starting with "#" are comments.

  spec GOLD.json
      print a gold file back as spec lines (to edit a gold file and rebuild it).

  scan FILE [--gold GOLD.json]
      list every candidate a document-mention pattern finds (symbols, "số N", Luật/Pháp lệnh/Hiến
      pháp names, upper-case type words) that no gold mention covers: a checklist against misses.
      The patterns are deliberately over-inclusive; every hit is decided by reading.
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import sys
import unicodedata
from pathlib import Path

# Type words as they open a mention, longest first; value is the full Vietnamese type.
TYPE_WORDS: tuple[tuple[str, str], ...] = (
    ("chương trình hành động", "Chương trình"),
    ("chương trình phối hợp", "Chương trình"),
    ("thông tư liên tịch", "Thông tư liên tịch"),
    ("chương trình", "Chương trình"),
    ("nghị quyết", "Nghị quyết"),
    ("nghị định", "Nghị định"),
    ("quyết định", "Quyết định"),
    ("quy định", "Quy định"),
    ("thông tư", "Thông tư"),
    ("chỉ thị", "Chỉ thị"),
    ("công văn", "Công văn"),
    ("kết luận", "Kết luận"),
    ("kế hoạch", "Kế hoạch"),
    ("báo cáo", "Báo cáo"),
    ("pháp lệnh", "Pháp lệnh"),
    ("hiến pháp", "Hiến pháp"),
    ("luật", "Luật"),
)

KINDS = {"full", "short", "named"}
RELATIONS = {
    "implements", "reports_on", "responds_to", "guides", "amends", "replaces", "based_on", "mentions",
}


def read_text(path: str | Path) -> str:
    text = Path(path).read_text(encoding="utf-8")
    return unicodedata.normalize("NFC", text)


def line_starts(text: str) -> list[int]:
    starts = [0]
    starts.extend(m.end() for m in re.finditer("\n", text))
    return starts


def locate(text: str, snippet: str, line: int | None = None, occ: int = 1) -> tuple[int, int]:
    """Offsets of the occ-th occurrence of snippet (on a given 1-based line, if any)."""
    lo, hi = 0, len(text)
    if line is not None:
        starts = line_starts(text)
        if not 1 <= line <= len(starts):
            raise ValueError(f"line {line} out of range")
        lo = starts[line - 1]
        hi = starts[line] - 1 if line < len(starts) else len(text)
    pos = lo - 1
    for _ in range(occ):
        pos = text.find(snippet, pos + 1, hi)
        if pos < 0:
            where = f"line {line}" if line is not None else "file"
            raise ValueError(f"occurrence {occ} of {snippet!r} not found in {where}")
    return pos, pos + len(snippet)


def context(text: str, start: int, end: int, width: int = 60) -> str:
    left = text[max(0, start - width):start].replace("\n", "⏎")
    right = text[end:end + width].replace("\n", "⏎")
    return f"…{left}[{text[start:end]}]{right}…"


def doc_type_of(mention: str) -> str | None:
    low = mention.casefold()
    for word, full in TYPE_WORDS:
        if low.startswith(word):
            return full
    return None


def _null(value: str) -> str | None:
    value = value.strip()
    return None if value in {"", "-"} else value


def parse_spec_line(text: str, raw: str, lineno: int) -> dict:
    parts = [p.strip() for p in raw.split("|")]
    if len(parts) < 8:
        raise ValueError(f"spec line {lineno}: expected at least 8 fields, got {len(parts)}")
    parts += [""] * (9 - len(parts))
    line_s, snippet, kind, symbol, date, issuer, relation, flags, note = parts[:9]
    occ = 1
    if "#" in snippet and snippet.rsplit("#", 1)[1].isdigit():
        snippet, occ_s = snippet.rsplit("#", 1)
        occ = int(occ_s)
    start, end = locate(text, snippet, int(line_s), occ)
    flag_map: dict[str, str | bool] = {}
    for flag in filter(None, (f.strip() for f in flags.split(","))):
        key, _, value = flag.partition("=")
        flag_map[key] = value if value else True
    if kind not in KINDS:
        raise ValueError(f"spec line {lineno}: bad kind {kind!r}")
    if relation not in RELATIONS:
        raise ValueError(f"spec line {lineno}: bad relation {relation!r}")
    doc_type = flag_map.get("dt") or doc_type_of(snippet)
    if not doc_type:
        raise ValueError(f"spec line {lineno}: no type word in {snippet!r}; give dt=")
    mention: dict = {
        "start": start,
        "end": end,
        "text": text[start:end],
        "kind": kind,
        "doc_type": doc_type,
        "number_symbol": _null(symbol),
        "date": _null(date),
        "issuer": _null(issuer),
        "pinpoint": flag_map.get("pin") or None,
        "relation": relation,
        "self": bool(flag_map.get("self")),
        "in_footnote": bool(flag_map.get("fn")),
    }
    if flag_map.get("written"):
        mention["written_symbol"] = flag_map["written"]
    if _null(note):
        mention["note"] = note.strip()
    return mention


def build(spec_path: str, text_path: str, meta_path: str, out_path: str) -> int:
    text = read_text(text_path)
    mentions = []
    errors = []
    for lineno, raw in enumerate(Path(spec_path).read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        try:
            mentions.append(parse_spec_line(text, raw, lineno))
        except ValueError as exc:
            errors.append(str(exc))
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 1
    mentions.sort(key=lambda m: (m["start"], m["end"]))
    for a, b in itertools.pairwise(mentions):
        if b["start"] < a["end"]:
            print(f"overlap: {a['text']!r} @{a['start']} and {b['text']!r} @{b['start']}", file=sys.stderr)
            return 1
    meta = json.loads(Path(meta_path).read_text(encoding="utf-8"))
    meta = {k: v for k, v in meta.items() if k not in {"file", "mentions"}}  # a gold file works as META
    gold = {"file": Path(text_path).name, **meta, "mentions": mentions}
    Path(out_path).write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{out_path}: {len(mentions)} mentions ({sum(m['self'] for m in mentions)} self)")
    return 0


def to_spec(gold_path: str) -> int:
    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    text = read_text(Path(gold_path).resolve().parents[2] / "examples" / gold["file"])
    starts = line_starts(text)
    for m in gold["mentions"]:
        line = sum(1 for s in starts if s <= m["start"])
        line_text = text[starts[line - 1]:m["start"]]
        occ = line_text.count(m["text"]) + 1
        snippet = m["text"] + (f"#{occ}" if occ > 1 or text.count(m["text"], m["end"], _line_end(text, starts, line)) else "")
        flags = [f for f, on in (("self", m["self"]), ("fn", m["in_footnote"])) if on]
        if m.get("pinpoint"):
            flags.append(f"pin={m['pinpoint']}")
        if doc_type_of(m["text"]) != m["doc_type"]:
            flags.append(f"dt={m['doc_type']}")
        if m.get("written_symbol"):
            flags.append(f"written={m['written_symbol']}")
        fields = [str(line), snippet, m["kind"], m["number_symbol"] or "-", m["date"] or "-",
                  m["issuer"] or "-", m["relation"], ",".join(flags), m.get("note", "")]
        print(" | ".join(fields))
    return 0


def _line_end(text: str, starts: list[int], line: int) -> int:
    return starts[line] - 1 if line < len(starts) else len(text)


CANDIDATE_PATTERNS = (
    r"\d+[\w]*[/⁄-][\wĐđ/\-]*[A-Za-zĐđ][\wĐđ/\-]*",  # a symbol: 33/CT-TTg, 114-KL/TW, 04/2015/NĐ-CP
    r"(?i)\bsố\s+\d+\b",  # "số 34", "SỐ 114"
    r"\b(?:Luật|Pháp lệnh|Hiến pháp|Bộ luật)\b[^,.;:()]{0,60}",
    r"\b(?:NGHỊ QUYẾT|NGHỊ ĐỊNH|QUYẾT ĐỊNH|CHỈ THỊ|KẾT LUẬN|THÔNG TƯ|KẾ HOẠCH|CÔNG VĂN|QUY ĐỊNH)\b",
)


def scan(text_path: str, gold_path: str | None) -> int:
    text = read_text(text_path)
    covered: list[tuple[int, int]] = []
    if gold_path:
        gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
        covered = [(m["start"], m["end"]) for m in gold["mentions"]]
    starts = line_starts(text)
    seen = set()
    for pattern in CANDIDATE_PATTERNS:
        for m in re.finditer(pattern, text):
            if any(s <= m.start() < e or s < m.end() <= e for s, e in covered):
                continue
            if (m.start(), m.end()) in seen:
                continue
            seen.add((m.start(), m.end()))
            line = sum(1 for s in starts if s <= m.start())
            print(f"L{line:<4} {context(text, m.start(), m.end(), 40)}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="cmd", required=True)
    p_find = sub.add_parser("find")
    p_find.add_argument("file")
    p_find.add_argument("snippet")
    p_find.add_argument("--line", type=int)
    p_find.add_argument("--occ", type=int, default=1)
    p_build = sub.add_parser("build")
    p_build.add_argument("spec")
    p_build.add_argument("file")
    p_build.add_argument("--meta", required=True)
    p_build.add_argument("-o", "--out", required=True)
    p_spec = sub.add_parser("spec")
    p_spec.add_argument("gold")
    p_scan = sub.add_parser("scan")
    p_scan.add_argument("file")
    p_scan.add_argument("--gold")
    args = parser.parse_args(argv)
    try:
        if args.cmd == "find":
            text = read_text(args.file)
            start, end = locate(text, args.snippet, args.line, args.occ)
            print(f"{start} {end} {context(text, start, end)}")
            return 0
        if args.cmd == "build":
            return build(args.spec, args.file, args.meta, args.out)
        if args.cmd == "spec":
            return to_spec(args.gold)
        return scan(args.file, args.gold)
    except (OSError, ValueError, json.JSONDecodeError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
