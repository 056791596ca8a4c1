"""Build the held-out-19 page that is not UTF-8: sources/*.html (UTF-8, as written by hand) are written
to files/ in the legacy encoding their meta tag declares (windows-1258). The other seven pages are
committed as written (files/*.html); they are the fixtures, not built.

windows-1258 has the letters with a hat, breve or horn (â ê ô ơ ư ă đ) but no precomposed tone: each
toned letter is written as its base letter and a combining tone mark, as legacy pages are.

    PYTHONPATH=. .venv/bin/python tests/holdout19/make_files.py [OUT_DIR]
"""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
TONES = "\u0300\u0301\u0303\u0309\u0323"
_CHARSET = re.compile(r'charset=([\w-]+)"', re.IGNORECASE)


def to_legacy(text: str, encoding: str) -> bytes:
    """The text in a Vietnamese code page that composes tones (windows-1258)."""
    out = []
    for char in unicodedata.normalize("NFC", text):
        try:
            out.append(char.encode(encoding))
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", char)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONES))
        tones = "".join(c for c in parts if c in TONES)
        out.append((base + tones).encode(encoding))
    return b"".join(out)


def main(argv: list[str]) -> int:
    out_dir = Path(argv[0]) if argv else HERE / "files"
    out_dir.mkdir(parents=True, exist_ok=True)
    for source in sorted((HERE / "sources").glob("*.html")):
        text = source.read_text(encoding="utf-8")
        encoding = _CHARSET.search(text).group(1)
        (out_dir / source.name).write_bytes(to_legacy(text, encoding))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
