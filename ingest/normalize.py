"""Text normalisation shared by every reader: NFC and nothing else.

Offsets of references and metadata point into the normalised text, so normalisation must be
predictable: it strips a leading byte-order mark and composes to NFC. Everything else (NBSP, "Ð" for
"Đ", markdown markers, line breaks) is left for the recogniser, which records its repairs — except a
page scraped with its line breaks left as escape sequences (the four characters "\\r\\n" between the
words: "Căn cứ Luật Tổ chức chính\\r\\nquyền địa phương"), whose breaks become real ones padded with
spaces to the same length, so that offsets stay those of the raw text (real-text audit r68).
"""

from __future__ import annotations

import unicodedata

BOM = "\ufeff"
# a scraped page's line break written as an escape sequence, and the same length of real whitespace
ESCAPED_BREAKS = (("\\r\\n", "   \n"), ("\\n", " \n"), ("\\r", "  "), ("\\t", "  "))


def normalize_text(raw: str) -> str:
    """`raw` without a leading BOM, composed to NFC."""
    if raw.startswith(BOM):
        raw = raw[1:]
    if "\\r\\n" in raw:  # only a text that carries the escaped CR LF pair: a lone "\\n" may be meant
        for escaped, real in ESCAPED_BREAKS:
            raw = raw.replace(escaped, real)
    if raw.isascii():
        return raw
    return unicodedata.normalize("NFC", raw)
