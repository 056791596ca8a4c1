"""Character-level noise: a same-length "shadow" of the text in which look-alike characters are
replaced one for one, so every offset found in the shadow is an offset into the original text.

The recogniser parses the shadow and reports surfaces from the original; `char_repairs` says which
look-alikes a surface contained, so each fix is recorded as a Repair with the original spelling.
"""

from __future__ import annotations

import re

from ingest.models import Repair

# one character -> one character, so offsets never move
_MAP: dict[str, str] = {
    "\u00d0": "Đ",  # Ð (Icelandic eth) typed for Đ
    "\u00f0": "đ",
    "\u2044": "/",  # ⁄ fraction slash
    "\u2215": "/",  # ∕ division slash
    "\uff0f": "/",  # ／ full-width solidus
    "\u2010": "-",  # ‐ hyphen
    "\u2011": "-",  # non-breaking hyphen
    "\u2012": "-",  # figure dash
    "\u2013": "-",  # – en dash typed inside a symbol ("NĐ–CP", "01–KL/TW"); prose ranges stay ranges
    "\u2212": "-",  # − minus sign
    "\u00ad": "-",  # soft hyphen (left by PDF hyphenation)
    "\u00a0": " ",  # no-break space
    "\u2007": " ",
    "\u202f": " ",
    "\u2009": " ",
    "\u200a": " ",
    "\u2002": " ",
    "\u2003": " ",
    "\u3000": " ",
    "\t": " ",
    "\r": " ",
    "\u200b": " ",  # zero-width space
    "\ufeff": " ",
}
_KIND: dict[str, str] = {
    "\u00d0": "D_for_Đ",
    "\u00f0": "D_for_Đ",
    "\u2044": "fraction_slash",
    "\u2215": "fraction_slash",
    "\uff0f": "fraction_slash",
    "\u2010": "dash",
    "\u2011": "dash",
    "\u2012": "dash",
    "\u2013": "dash",
    "\u2212": "dash",
    "\u00ad": "dash",
}
SUPERSCRIPT_DIGITS = "¹²³⁴⁵⁶⁷⁸⁹⁰"


def shadow(text: str) -> str:
    """`text` with look-alike characters replaced one for one (same length)."""
    for bad, good in _MAP.items():  # str.replace runs at memory speed; only present characters cost
        if bad in text:
            text = text.replace(bad, good)
    return text


# an OCR'd number after "số" with a lower-case L for the digit one ("số l5/2016/QĐ-UBND")
_OCR_NUMBER = re.compile(r"(?:số|Số|SỐ)[ ]{1,2}(?=[0-9]{0,4}l)([0-9l]{1,5})(?=[ ]?[/-])")


def ocr_digits(sh: str) -> str:
    """The shadow with "l" read as "1" inside a number right after "số" and before a symbol's slash
    or hyphen ("số l5/2016/QĐ-UBND", "số 1l2/KH-UBND"); same length. Only a number holding a digit
    besides, or followed by a year ("số l/2016/…"), is read so."""
    first = _OCR_NUMBER.search(sh)
    if first is None:
        return sh
    out = None
    for m in _OCR_NUMBER.finditer(sh, first.start()):
        tok = m.group(1)
        if not any(c.isdigit() for c in tok) and not re.match(r"[ ]?/\d{4}/", sh[m.end(1) : m.end(1) + 7]):
            continue
        out = out if out is not None else list(sh)
        for k in range(m.start(1), m.end(1)):
            if out[k] == "l":
                out[k] = "1"
    return sh if out is None else "".join(out)


def lowered(text: str) -> str | None:
    """`text.lower()` when it keeps every offset, so that `lowered(text)[a:b] == text[a:b].lower()`
    for every slice: each character lower-cases to one character of its own (not so for "İ", which
    becomes two, nor for the Greek capital sigma, whose lower case depends on its neighbours); else
    None. A document is lower-cased once and its windows are sliced from it (the recogniser
    looks at many overlapping windows of it in lower case).

    The same holds for the shadow: `shadow(lowered(text))` is `lowered(shadow(text))`, since the
    look-alikes it replaces are not letters, but for "Ð"/"ð", whose lower case it replaces as well."""
    if "\u03a3" in text:
        return None
    low = text.lower()
    return low if len(low) == len(text) else None


def char_repairs(original: str) -> list[Repair]:
    """Repairs for the look-alike characters inside one reference surface."""
    kinds = sorted({_KIND[c] for c in original if c in _KIND})
    if not kinds:
        return []
    fixed = shadow(original)
    return [Repair(kind=k, original=original, repaired=fixed) for k in kinds]
