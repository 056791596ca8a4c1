"""`legalgraph extract PATH... [--format json|jsonl|table] [--with-text]`

Prints one object per document, exactly `ExtractionResult.to_dict()` after identity keys are filled
in. Per-file errors do not stop the run; a summary goes to stderr. Exit 0 all ok, 1 some failed,
2 usage error (no such path, no input files).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "extract",
        help="extract references and report metadata from files or folders",
        description="Extract every legal reference and the report's own metadata from .txt/.md/"
        ".docx/.pdf/.html files (folders are searched recursively; hidden files are skipped).",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or folders")
    p.add_argument(
        "--format",
        choices=("json", "jsonl", "table"),
        default="json",
        help="json: one pretty-printed array (default); jsonl: one object per line; "
        "table: a readable per-reference table",
    )
    p.add_argument("--with-text", action="store_true", help="include the normalised text in the output")
    p.add_argument(
        "--progress", action="store_true", help="show a progress bar even when stderr is not a TTY"
    )
    p.add_argument(
        "--max-size",
        type=float,
        metavar="MB",
        default=None,
        help="skip files larger than this (default $LEGALGRAPH_MAX_FILE_MB or 200)",
    )
    p.set_defaults(func=run)


def collect_paths(args_paths: list[str]) -> tuple[list[Path], list[str], Counter[str]]:
    """Input files in a stable order, usage problems (missing paths), and the suffixes of files
    skipped inside folders because no reader handles them."""
    from ingest.readers import SUPPORTED_SUFFIXES

    files: list[Path] = []
    problems: list[str] = []
    skipped: Counter[str] = Counter()
    for raw in args_paths:
        p = Path(raw)
        if p.is_dir():
            for root, dirs, names in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for n in sorted(names):
                    if n.startswith("."):
                        continue
                    if Path(n).suffix.lower() in SUPPORTED_SUFFIXES:
                        files.append(Path(root) / n)
                    else:
                        skipped[Path(n).suffix.lower() or "(no suffix)"] += 1
        elif p.exists():
            files.append(p)
        else:
            problems.append(f"{raw}: no such file or directory")
    return files, problems, skipped


def run(args: argparse.Namespace) -> int:
    files, problems, skipped = collect_paths(args.paths)
    if skipped:
        kinds = ", ".join(f"{suffix} ×{n}" if n > 1 else suffix for suffix, n in sorted(skipped.items()))
        total = sum(skipped.values())
        print(
            f"skipped {total} file{'s' if total != 1 else ''} of unsupported type ({kinds})", file=sys.stderr
        )
    if problems:
        for msg in problems:
            print(f"legalgraph extract: {msg}", file=sys.stderr)
        return EXIT_USAGE
    if not files:
        print("legalgraph extract: no input files (.txt .md .docx .pdf .html) found", file=sys.stderr)
        return EXIT_USAGE
    if args.max_size is not None and args.max_size <= 0:
        print("legalgraph extract: --max-size must be positive", file=sys.stderr)
        return EXIT_USAGE
    max_bytes = int(args.max_size * 1024 * 1024) if args.max_size is not None else None
    out = _utf8_stdout()
    writer = _WRITERS[args.format](out, args.with_text)
    ok, failed = 0, []
    # a reader that goes away (`| head`) ends the run quietly: legalgraph.cli.main
    with _progress(files, args.progress) as bar:
        for item in _results(files, max_bytes, bar):
            if isinstance(item, tuple):
                failed.append(item)
                continue
            writer.write(item)
            ok += 1
    writer.close()
    out.flush()
    _summary(len(files), ok, failed)
    return EXIT_OK if not failed else EXIT_FAILED


def _results(files: list[Path], max_bytes: int | None, bar: Any) -> Iterator[Any]:
    """ExtractionResult (identity keys filled in) or (source, message) per file."""
    from graph.identity import annotate_keys
    from ingest.pipeline import ExtractError, iter_extract

    for path, item in zip(files, iter_extract(files, max_bytes=max_bytes), strict=True):
        size = _size(path)
        if isinstance(item, ExtractError):
            bar.step(size)
            yield (str(path), item.message)
            continue
        try:
            annotate_keys(item)
        except Exception as exc:  # identity is another layer: keep the extraction, say what broke
            item.document.warnings.append(f"identity keys not assigned: {type(exc).__name__}: {exc}")
        bar.step(size)
        yield item


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _summary(total: int, ok: int, failed: list[tuple[str, str]]) -> None:
    line = f"{total} file{'s' if total != 1 else ''}, {ok} ok, {len(failed)} failed"
    if failed:
        shown = "; ".join(f"{Path(src).name}: {msg}" for src, msg in failed[:10])
        more = f"; … and {len(failed) - 10} more" if len(failed) > 10 else ""
        line += f": {shown}{more}"
    print(line, file=sys.stderr)


def _utf8_stdout() -> TextIO:
    out = sys.stdout
    reconfigure = getattr(out, "reconfigure", None)
    if reconfigure is not None and (out.encoding or "").lower().replace("-", "") != "utf8":
        with contextlib.suppress(ValueError, OSError):
            reconfigure(encoding="utf-8")
    return out


# --- progress -------------------------------------------------------------------------------


class _NoBar:
    def step(self, size: int) -> None:
        pass

    def __enter__(self) -> _NoBar:
        return self

    def __exit__(self, *exc: object) -> None:
        pass


class _Bar(_NoBar):
    """tqdm over bytes (MB/s) with the file count in the postfix."""

    def __init__(self, files: list[Path]) -> None:
        from tqdm import tqdm

        self.total_files = len(files)
        self.done = 0
        self.bar = tqdm(
            total=sum(_size(f) for f in files),
            unit="B",
            unit_scale=True,
            unit_divisor=1024,
            desc="extract",
            file=sys.stderr,
            dynamic_ncols=True,
            leave=True,
        )

    def step(self, size: int) -> None:
        self.done += 1
        self.bar.set_postfix_str(f"{self.done}/{self.total_files} files", refresh=False)
        self.bar.update(size)

    def __exit__(self, *exc: object) -> None:
        self.bar.close()


def _progress(files: list[Path], forced: bool) -> _NoBar:
    if forced or sys.stderr.isatty():
        return _Bar(files)
    return _NoBar()


# --- output formats ---------------------------------------------------------------------------


class _JsonArray:
    """A pretty-printed JSON array written item by item (memory stays flat)."""

    def __init__(self, out: TextIO, with_text: bool) -> None:
        self.out, self.with_text, self.n = out, with_text, 0

    def write(self, result: Any) -> None:
        body = json.dumps(result.to_dict(with_text=self.with_text), ensure_ascii=False, indent=2)
        self.out.write(("[\n" if self.n == 0 else ",\n") + _indent(body))
        self.n += 1

    def close(self) -> None:
        self.out.write("\n]\n" if self.n else "[]\n")


def _indent(body: str) -> str:
    return "\n".join("  " + line for line in body.splitlines())


class _JsonLines(_JsonArray):
    def write(self, result: Any) -> None:
        self.out.write(json.dumps(result.to_dict(with_text=self.with_text), ensure_ascii=False) + "\n")

    def close(self) -> None:
        pass


class _Table(_JsonArray):
    """Per document a header, then one row per reference."""

    COLUMNS = ("#", "offsets", "kind", "type", "number/symbol", "date", "relation", "resolved", "text")

    def write(self, result: Any) -> None:
        d = result.document
        w = self.out.write
        if self.n:
            w("\n")
        self.n += 1
        w(f"== {result.source}\n")
        w(
            f"   {d.doc_type or '?'} {d.number_symbol or d.symbol or '(no number)'}"
            f" · {d.date or '?'} · {d.issuer or '?'} · {d.province or '?'} · {d.kind}\n"
        )
        if d.title:
            w(f"   {_short(d.title, 110)}\n")
        if d.kind == "article" and (d.author or d.published):
            w(f"   {d.category or 'article'} · {d.published or d.date or '?'} · {d.author or '?'}\n")
        if d.signer and (d.signer.name or d.signer.capacity):
            w(f"   signed: {d.signer.capacity or ''} {d.signer.name or ''}".rstrip() + "\n")
        if d.subjects or d.responds_to:
            w(f"   reports on refs {d.subjects}; responds to refs {d.responds_to}\n")
        for note in d.warnings:
            w(f"   ! {note}\n")
        rows = [self.COLUMNS]
        for i, r in enumerate(result.references):
            key = (r.resolved or {}).get("key") or (r.resolved or {}).get("number_symbol") or ""
            rows.append(
                (
                    str(i),
                    f"{r.start}-{r.end}",
                    r.kind,
                    r.doc_type or "",
                    r.number_symbol or r.name or "",
                    r.date or "",
                    r.relation,
                    str(key),
                    _short(r.text, 60),
                )
            )
        widths = [max(len(row[c]) for row in rows) for c in range(len(self.COLUMNS) - 1)]
        for row in rows:
            w(
                "   "
                + "  ".join(cell.ljust(widths[c]) for c, cell in enumerate(row[:-1]))
                + "  "
                + row[-1]
                + "\n"
            )
        if self.with_text:
            w("\n" + result.text + "\n")

    def close(self) -> None:
        pass


def _short(s: str, n: int) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


_WRITERS = {"json": _JsonArray, "jsonl": _JsonLines, "table": _Table}
