"""Rebuild tests/seeds_independent/*.json (core) and broad/*.json (core + broad lines) from spec/.

    PYTHONPATH=. .venv/bin/python tests/seeds_independent/build.py

Offsets come from scripts/annotate_helper.py's spec parser (never counted by hand); this script only
adds the two contract fields the spec format has no column for: `year` (the year in the symbol, else
the year of the date) and `name` (the cited name, for named references).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SPEC = HERE / "spec"


def year_of(mention: dict) -> int | None:
    for value in (mention.get("number_symbol"), mention.get("date")):
        m = re.search(r"(?<!\d)((?:19|20)\d\d)(?!\d)", value or "")
        if m and (value == mention.get("date") or "/" in value):
            return int(m.group(1))
    return None


def augment(path: Path) -> None:
    gold = json.loads(path.read_text(encoding="utf-8"))
    for m in gold["mentions"]:
        m["year"] = year_of(m)
        m["name"] = " ".join(m["text"].split()) if m["kind"] == "named" else None
    path.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def build(spec: Path, text: Path, meta: Path, out: Path) -> None:
    helper = ROOT / "scripts" / "annotate_helper.py"
    cmd = [sys.executable, str(helper), "build", str(spec), str(text), "--meta", str(meta), "-o", str(out)]
    subprocess.run(cmd, check=True)
    augment(out)


def main() -> int:
    (HERE / "broad").mkdir(exist_ok=True)
    for spec in sorted(SPEC.glob("*.spec")):
        if spec.name.endswith(".broad.spec"):
            continue
        stem = spec.name.removesuffix(".spec")
        text, meta = ROOT / "examples" / f"{stem}.txt", SPEC / f"{stem}.meta.json"
        build(spec, text, meta, HERE / f"{stem}.json")
        with tempfile.NamedTemporaryFile("w", suffix=".spec", encoding="utf-8", delete=False) as tmp:
            broad = SPEC / f"{stem}.broad.spec"
            tmp.write(
                spec.read_text(encoding="utf-8")
                + "\n"
                + (broad.read_text(encoding="utf-8") if broad.exists() else "")
            )
        build(Path(tmp.name), text, meta, HERE / "broad" / f"{stem}.json")
        Path(tmp.name).unlink()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
