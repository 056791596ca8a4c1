r"""Helper for hand-annotating gold files (tests/gold/, tests/holdout/); offsets are never counted by hand.

Sub-commands:

  find FILE SNIPPET [--line N] [--occ K]      (or: find SNIPPET --text FILE ...)
      print the offsets and context of the K-th occurrence (1-based) of SNIPPET, in the whole
      file or starting on line N (1-based, as `cat -n` numbers lines). SNIPPET may span line
      breaks, written as \n (see "Escapes" below).

  build SPEC FILE --meta META.json -o OUT.json
      (META.json: the document/article blocks; an existing gold file will do.) Turn a line-oriented spec of hand-decided mentions into a gold JSON file. Each spec line:
          LINE | TEXT[#K] | KIND | NUMBER_SYMBOL | DATE | ISSUER | RELATION | FLAGS | NOTE
      "-" means null; TEXT#K is the K-th occurrence of TEXT on LINE; FLAGS is a comma list of
      `self`, `fn` (in footnote), `pin=Điều 19`, `dt=Báo cáo` (doc_type when the text has no type
      word), `written=28/2018/QĐ-CP` (symbol as written when the canonical one differs), `term=XX`
      (the Party term the text states for the mention, "khóa XX": the committee's own numbering).
      Lines starting with "#" are comments. A mention may span a line break: it starts on LINE.

  spec GOLD.json [--text FILE]
      print a gold file back as spec lines (to edit a gold file and rebuild it). The text is FILE,
      else the gold's "file" next to the gold file (tests/holdout/), else in examples/.

  scan FILE [--gold GOLD.json]
      list every candidate a document-mention pattern finds (symbols, "số N", Luật/Pháp lệnh/Hiến
      pháp names, upper-case type words) that no gold mention covers: a checklist against misses.
      The patterns are deliberately over-inclusive; every hit is decided by reading.

Escapes in spec fields and snippets: \n (line break), \t, \r, \f, \v, \| (a literal "|"), \, (a
literal "," in a flag value), \# (a literal "#"), \\ (a backslash), \xHH and \uHHHH (other
control characters). `spec` writes them wherever the text needs them, so spec -> build is exact.
"""

from __future__ import annotations

import argparse
import bisect
import itertools
import json
import re
import sys
import unicodedata
from pathlib import Path

from ingest.models import KINDS, RELATIONS

ROOT = Path(__file__).resolve().parent.parent
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


def read_text(path: str | Path) -> str:
    text = Path(path).read_text(encoding="utf-8")
    return unicodedata.normalize("NFC", text)


def line_starts(text: str) -> list[int]:
    starts = [0]
    starts.extend(m.end() for m in re.finditer("\n", text))
    return starts


def occurrences(text: str, snippet: str, line: int | None = None) -> list[int]:
    """Start offsets of every occurrence of snippet (overlapping ones too) in the text, or of those
    starting on a given 1-based line; a snippet may run on past the end of its line."""
    if not snippet:
        raise ValueError("empty snippet")
    lo, last = 0, len(text)
    if line is not None:
        starts = line_starts(text)
        if not 1 <= line <= len(starts):
            raise ValueError(f"line {line} out of range (1-{len(starts)})")
        lo = starts[line - 1]
        last = starts[line] - 1 if line < len(starts) else len(text)  # the line's own "\n" may start it
    found = []
    pos = text.find(snippet, lo)
    while 0 <= pos <= last:
        found.append(pos)
        pos = text.find(snippet, pos + 1)
    return found


def locate(text: str, snippet: str, line: int | None = None, occ: int = 1) -> tuple[int, int]:
    """Offsets of the occ-th occurrence (1-based) of snippet (starting on a given 1-based line, if any)."""
    if occ < 1:
        raise ValueError(f"occurrence must be 1 or more, got {occ}")
    found = occurrences(text, snippet, line)
    if len(found) < occ:
        where = f"line {line}" if line is not None else "file"
        raise ValueError(f"occurrence {occ} of {snippet!r} not found in {where} ({len(found)} found)")
    return found[occ - 1], found[occ - 1] + len(snippet)


def context(text: str, start: int, end: int, width: int = 60) -> str:
    left = text[max(0, start - width) : start].replace("\n", "⏎")
    right = text[end : end + width].replace("\n", "⏎")
    return f"…{left}[{text[start:end]}]{right}…"


def doc_type_of(mention: str) -> str | None:
    low = " ".join(mention.casefold().split())  # "Quyết\nđịnh" (a type word split by a line break)
    for word, full in TYPE_WORDS:
        if low.startswith(word):
            return full
    return None


def _null(value: str) -> str | None:
    value = value.strip()
    return None if value in {"", "-"} else value


SNIPPET_SPECIALS = "\\|#"  # characters escaped in a snippet ("#" ends one: "TEXT#2")
FLAG_SPECIALS = "\\|,"  # in a flag value ("," separates flags)
# the flags a spec line may give; any other key is an error (an unescaped "," in a value)
FLAGS = ("self", "fn", "pin", "dt", "written", "term")
_NAMED_ESCAPES = {"\n": "n", "\t": "t", "\r": "r", "\f": "f", "\v": "v"}
_UNESCAPES = {v: k for k, v in _NAMED_ESCAPES.items()}


def escape(value: str, specials: str = "\\|") -> str:
    """A spec field for `value`: one line, no bare separators (`specials` also get a backslash; a
    leading or trailing space, which the spec parser strips, is written \\x20). Inverse of `unescape`."""
    out = []
    for i, c in enumerate(value):
        if c.isspace() and (i == 0 or i == len(value) - 1) and c not in _NAMED_ESCAPES:
            out.append(f"\\x{ord(c):02x}" if ord(c) < 0x100 else f"\\u{ord(c):04x}")
        elif c in _NAMED_ESCAPES:
            out.append("\\" + _NAMED_ESCAPES[c])
        elif c in specials:
            out.append("\\" + c)
        elif unicodedata.category(c) in {"Cc", "Zl", "Zp"}:  # would break or end the spec line
            out.append(f"\\x{ord(c):02x}" if ord(c) < 0x100 else f"\\u{ord(c):04x}")
        else:
            out.append(c)
    return "".join(out)


_ESCAPE = re.compile(r"\\(?:x([0-9A-Fa-f]{2})|u([0-9A-Fa-f]{4})|(.)|$)", re.DOTALL)


def unescape(value: str) -> str:
    def one(m: re.Match[str]) -> str:
        if m.group(1) or m.group(2):
            return chr(int(m.group(1) or m.group(2), 16))
        c = m.group(3)
        if c is None:
            raise ValueError(f"a lone backslash at the end of {value!r}")
        if c in _UNESCAPES:
            return _UNESCAPES[c]
        if c in "\\|#,":
            return c
        raise ValueError(f"unknown escape \\{c} in {value!r}")

    return _ESCAPE.sub(one, value)


def split_unescaped(value: str, sep: str) -> list[str]:
    """`value` split at every `sep` not escaped by a backslash (the pieces keep their escapes)."""
    parts, cur, i = [], [], 0
    while i < len(value):
        c = value[i]
        if c == "\\" and i + 1 < len(value):
            cur.append(value[i : i + 2])
            i += 2
            continue
        if c == sep:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(c)
        i += 1
    parts.append("".join(cur))
    return parts


def _field(value: str) -> str | None:
    """A spec field's value: None for "-" or empty, else the unescaped text."""
    return None if _null(value) is None else unescape(value.strip())


def parse_spec_line(text: str, raw: str, lineno: int) -> dict:
    try:
        return _parse_spec_line(text, raw, lineno)
    except ValueError as exc:
        if str(exc).startswith("spec line"):
            raise
        raise ValueError(f"spec line {lineno}: {exc}") from None


def _parse_spec_line(text: str, raw: str, lineno: int) -> dict:
    parts = [p.strip() for p in split_unescaped(raw, "|")]
    if len(parts) < 8:
        raise ValueError(f"spec line {lineno}: expected at least 8 fields, got {len(parts)}")
    if len(parts) > 9:
        raise ValueError(
            f"spec line {lineno}: expected at most 9 fields, got {len(parts)} (write a literal | as \\|)"
        )
    parts += [""] * (9 - len(parts))
    line_s, snippet_s, kind, symbol, date, issuer, relation, flags, note = parts
    occ = 1
    pieces = split_unescaped(snippet_s, "#")
    if len(pieces) > 1 and pieces[-1].strip().isdigit():
        snippet_s, occ = "#".join(pieces[:-1]).strip(), int(pieces[-1])
    snippet = unescape(snippet_s)
    if not line_s.isdigit():
        raise ValueError(f"spec line {lineno}: bad line number {line_s!r}")
    start, end = locate(text, snippet, int(line_s), occ)
    flag_map: dict[str, str | bool] = {}
    for flag in filter(None, (f.strip() for f in split_unescaped(flags, ","))):
        key, _, value = flag.partition("=")
        if key not in FLAGS:
            raise ValueError(
                f"spec line {lineno}: unknown flag {flag!r} (escape a comma in a flag value: \\,)"
            )
        flag_map[key] = unescape(value) if value else True
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
        "number_symbol": _field(symbol),
        "date": _field(date),
        "issuer": _field(issuer),
        "pinpoint": flag_map.get("pin") or None,
        "relation": relation,
        "self": bool(flag_map.get("self")),
        "in_footnote": bool(flag_map.get("fn")),
    }
    if flag_map.get("written"):
        mention["written_symbol"] = flag_map["written"]
    if flag_map.get("term"):
        mention["term"] = flag_map["term"]
    if _field(note):
        mention["note"] = _field(note)
    return mention


def build(spec_path: str, text_path: str, meta_path: str, out_path: str) -> int:
    text = read_text(text_path)
    mentions = []
    errors = []
    # split at "\n" only: str.splitlines() would also split at form feeds and other separators
    for lineno, raw in enumerate(Path(spec_path).read_text(encoding="utf-8").split("\n"), 1):
        raw = raw.removesuffix("\r")
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


def gold_text_path(gold_path: str | Path, gold: dict) -> Path:
    """The document a gold file annotates: next to it (tests/holdout/), else in examples/."""
    name = gold.get("file")
    if not isinstance(name, str) or not name:
        raise ValueError(f'{gold_path}: no "file" names the annotated document; give --text')
    for candidate in (Path(gold_path).resolve().parent / name, ROOT / "examples" / name):
        if candidate.is_file():
            return candidate
    raise ValueError(f"{gold_path}: {name} is neither next to it nor in examples/; give --text")


def spec_lines(gold: dict, text: str) -> list[str]:
    """The gold's mentions as spec lines over `text` (`build` turns them back into the same mentions)."""
    starts = line_starts(text)
    out = []
    for m in gold["mentions"]:
        if text[m["start"] : m["end"]] != m["text"]:
            raise ValueError(f"mention {m['text']!r} @{m['start']} does not match the text")
        line = bisect.bisect_right(starts, m["start"])
        found = occurrences(text, m["text"], line)
        snippet = escape(m["text"], SNIPPET_SPECIALS)
        if len(found) > 1:
            snippet += f"#{found.index(m['start']) + 1}"
        flags = [f for f, on in (("self", m["self"]), ("fn", m["in_footnote"])) if on]
        if m.get("pinpoint"):
            flags.append(f"pin={escape(m['pinpoint'], FLAG_SPECIALS)}")
        if doc_type_of(m["text"]) != m["doc_type"]:
            flags.append(f"dt={escape(m['doc_type'], FLAG_SPECIALS)}")
        if m.get("written_symbol"):
            flags.append(f"written={escape(m['written_symbol'], FLAG_SPECIALS)}")
        if m.get("term"):
            flags.append(f"term={escape(m['term'], FLAG_SPECIALS)}")
        fields = [
            str(line),
            snippet,
            m["kind"],
            *(_spec_value(m[k]) for k in ("number_symbol", "date", "issuer")),
            m["relation"],
            ",".join(flags),
            _spec_value(m["note"]) if m.get("note") else "",
        ]
        out.append(" | ".join(fields))
    return out


def _spec_value(value: str | None) -> str:
    """A value as a spec field: "-" for null (a literal "-" is written \\x2d)."""
    if not value:
        return "-"
    return "\\x2d" if value == "-" else escape(value)


def to_spec(gold_path: str, text_path: str | None = None) -> int:
    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    text = read_text(text_path or gold_text_path(gold_path, gold))
    print("\n".join(spec_lines(gold, text)))
    return 0


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


def find(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    if args.text and len(args.args) == 1:
        path, snippet = args.text, args.args[0]
    elif not args.text and len(args.args) == 2:
        path, snippet = args.args
    else:
        parser.error("find takes FILE SNIPPET, or SNIPPET --text FILE")
    text = read_text(path)
    start, end = locate(text, unescape(snippet), args.line, args.occ)
    print(f"{start} {end} {context(text, start, end)}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = parser.add_subparsers(dest="cmd", required=True)
    p_find = sub.add_parser("find")
    p_find.add_argument("args", nargs="+", metavar="[FILE] SNIPPET")
    p_find.add_argument("--text", metavar="FILE", help="the document (instead of the first argument)")
    p_find.add_argument("--line", type=int)
    p_find.add_argument("--occ", type=int, default=1)
    p_build = sub.add_parser("build")
    p_build.add_argument("spec")
    p_build.add_argument("file")
    p_build.add_argument("--meta", required=True)
    p_build.add_argument("-o", "--out", required=True)
    p_spec = sub.add_parser("spec")
    p_spec.add_argument("gold")
    p_spec.add_argument(
        "--text", metavar="FILE", help="the annotated document (default: next to GOLD, else examples/)"
    )
    p_scan = sub.add_parser("scan")
    p_scan.add_argument("file")
    p_scan.add_argument("--gold")
    args = parser.parse_args(argv)
    try:
        if args.cmd == "find":
            return find(parser, args)
        if args.cmd == "build":
            return build(args.spec, args.file, args.meta, args.out)
        if args.cmd == "spec":
            return to_spec(args.gold, args.text)
        return scan(args.file, args.gold)
    except (OSError, ValueError, json.JSONDecodeError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
