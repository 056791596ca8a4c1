"""Text normalisation shared by every reader: NFC and nothing else.

Offsets of references and metadata point into the normalised text, so normalisation must be
predictable: it strips a leading byte-order mark and composes to NFC. Everything else (NBSP, "Ð" for
"Đ", markdown markers, line breaks) is left for the recogniser, which records its repairs.
"""

from __future__ import annotations

import unicodedata

BOM = "\ufeff"


def normalize_text(raw: str) -> str:
    """`raw` without a leading BOM, composed to NFC."""
    if raw.startswith(BOM):
        raw = raw[1:]
    if raw.isascii():
        return raw
    return unicodedata.normalize("NFC", raw)
