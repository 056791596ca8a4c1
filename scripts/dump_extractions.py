"""Dump what the extractor makes of every annotated document, one JSON file each, to compare two
versions of the code byte for byte: a refactor that must not change behaviour, or a speed-up.

    python scripts/dump_extractions.py OUT            # then, after the change:
    python scripts/dump_extractions.py OUT2 && diff -r OUT OUT2

The inputs are the texts of examples/ and of every tests/*/ set, and the real files (PDF, DOCX,
HTML) of the file sets. `source` and `extractor_version` are left out: the first names the path, the
second hashes the code and data, so both differ between checkouts even when the output does not.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ingest.pipeline import extract_file  # noqa: E402

FILE_SUFFIXES = {".txt", ".md", ".pdf", ".docx", ".html"}


def inputs() -> list[Path]:
    """Every annotated document: examples/ and the sets' texts and real files (not their notes)."""
    found = [p for p in sorted((ROOT / "examples").iterdir()) if p.suffix in FILE_SUFFIXES]
    for folder in sorted((ROOT / "tests").iterdir()):
        if not folder.is_dir() or not any(folder.glob("*.json")):
            continue
        for path in sorted(folder.rglob("*")):
            if path.suffix in FILE_SUFFIXES and path.name != "README.md" and ".extracted" not in path.name:
                found.append(path)
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("out", type=Path, help="folder to write the dumps to (created)")
    args = parser.parse_args(argv)
    count = 0
    for path in inputs():
        result = extract_file(path).to_dict()
        del result["source"], result["extractor_version"]
        target = args.out / path.relative_to(ROOT).with_suffix(path.suffix + ".json")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(result, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")
        count += 1
    print(f"{count} documents dumped to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
