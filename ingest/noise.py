"""Character-level noise: a same-length "shadow" of the text in which look-alike characters are
replaced one for one, so every offset found in the shadow is an offset into the original text.

The recogniser parses the shadow and reports surfaces from the original; `char_repairs` says which
look-alikes a surface contained, so each fix is recorded as a Repair with the original spelling.
"""

from __future__ import annotations

import re
from functools import cache

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


# a line break written as HTML inside a markdown table cell (pandoc -t gfm, mammoth): "NĐ 40/2020/NĐ-CP<br>ngày
# 06/4/2020" reads as the cell's lines joined by spaces (same length)
_BREAKS = ("<br />", "<br/>", "<br>")


def shadow(text: str) -> str:
    """`text` with look-alike characters replaced one for one (same length), "<br>" by spaces and
    syllables of the old tone placement respelt as the bodies' names are written ("Uỷ ban" -> "Ủy
    ban", same length: real-text audit r37)."""
    for bad, good in _MAP.items():  # str.replace runs at memory speed; only present characters cost
        if bad in text:
            text = text.replace(bad, good)
    if "<br" in text:
        for tag in _BREAKS:
            text = text.replace(tag, " " * len(tag))
    return _respell_old_tones(text)


def _respell_old_tones(text: str) -> str:
    """Whole syllables of the old tone placement respelt ("Uỷ ban" -> "Ủy ban", "Tỉnh uỷ"; bodies.json
    issuer_text respellings of the same length). Found from their accented letter with str.find, not with
    a regex scan: a lookbehind tried at every position of a long text costs more than the rest of the
    shadow."""
    spans: list[tuple[int, str]] = []
    for mark, syllables in _tone_respellings().items():
        i = text.find(mark)
        while i != -1:
            for old, at, new in syllables:
                s, e = i - at, i - at + len(old)
                if (
                    s >= 0
                    and text.startswith(old, s)
                    and (s == 0 or not text[s - 1].isalnum())
                    and (e == len(text) or not text[e].isalnum())
                ):
                    spans.append((s, new))
                    break
            i = text.find(mark, i + 1)
    if not spans:
        return text
    spans.sort()
    parts: list[str] = []
    last = 0
    for s, new in spans:
        parts += (text[last:s], new)
        last = s + len(new)
    parts.append(text[last:])
    return "".join(parts)


@cache
def _tone_respellings() -> dict[str, list[tuple[str, int, str]]]:
    """The respellings by their accented letter (the syllable's first non-ASCII one): (syllable, where
    that letter is in it, respelling)."""
    from ingest.vocab import load_data  # lazily: this module stays free of the data layer at import

    d = load_data("bodies.json").get("issuer_text", {}).get("respellings", {})
    by_mark: dict[str, list[tuple[str, int, str]]] = {}
    for old, new in d.items():
        if old.startswith("_") or len(old) != len(new):
            continue
        at = next((k for k, c in enumerate(old) if ord(c) > 0x7F), None)
        if at is not None:
            by_mark.setdefault(old[at], []).append((old, at, new))
    return by_mark


# an OCR'd number after "số" with a lower-case L for the digit one ("số l5/2016/QĐ-UBND"): an "l"
# among at most four digits or "l"s before a symbol's slash or hyphen (a literal first: a fast scan)
_OCR_L = re.compile(r"l(?=[0-9l]{0,4}[ ]?[/-])")
_NUMBER_CHARS = frozenset("0123456789l")
_SO_BEFORE = re.compile(r"(?:số|Số|SỐ)[ ]{1,2}\Z")
_YEAR_NEXT = re.compile(r"[ ]?/\d{4}/")


def _run(sh: str, a: int, b: int, chars: frozenset[str]) -> tuple[int, int]:
    """The span `a:b` widened to the run of `chars` around it (a number with OCR'd letters in it)."""
    while a > 0 and sh[a - 1] in chars:
        a -= 1
    while b < len(sh) and sh[b] in chars:
        b += 1
    return a, b


def ocr_digit_positions(sh: str) -> list[int]:
    """Where an "l" stands for the digit one in a number right after "số" and before a symbol's slash
    or hyphen ("số l5/2016/QĐ-UBND", "số 1l2/KH-UBND"): only in a number holding a digit besides, or
    followed by a year ("số l/2016/…")."""
    out: list[int] = []
    done = -1
    for m in _OCR_L.finditer(sh):
        if m.start() < done:
            continue
        a, b = _run(sh, m.start(), m.start() + 1, _NUMBER_CHARS)
        done = b
        tok = sh[a:b]
        if len(tok) > 5 or not _SO_BEFORE.search(sh, max(0, a - 5), a):
            continue
        if not any(c.isdigit() for c in tok) and not _YEAR_NEXT.match(sh, b):
            continue
        out.extend(k for k in range(a, b) if sh[k] == "l")
    return out


# an OCR'd upper-case O for the digit zero inside a number ("3O/2019/QĐ-UBND", "O5/CT-UBND", "45/2O20/NĐ-CP",
# "ngày 1O/3/2023", "năm 2O21"; holdout17): a run of digits and O's, at most five, not touching a letter,
# holding a digit besides, that is a symbol's number or a date's day or month (a slash or hyphen and a
# digit or capital after it), or a year (after "n/" or "năm"). "H2O", "CO2", "khí O2" are left alone.
_O_BY_DIGIT = re.compile(r"O(?:(?<=[0-9]O)|(?=[0-9]))")  # a literal first: the regex engine skips to each "O"
_RUN_CHARS = frozenset("0123456789O")
_ZERO_AFTER = re.compile(r"[ ]?[/-][ ]?[0-9A-ZĐ]")
_ZERO_BEFORE = re.compile(r"(?:[0-9][/-]|(?i:năm)[ \n]{1,2})\Z")


def ocr_zero_positions(sh: str) -> list[int]:
    """Where an "O" stands for the digit zero in a number of a symbol or a date (see above)."""
    out: list[int] = []
    done = -1
    for m in _O_BY_DIGIT.finditer(sh):
        if m.start() < done:
            continue
        a, b = _run(sh, m.start(), m.end(), _RUN_CHARS)
        done = b
        if b - a > 5 or (a and sh[a - 1].isalpha()) or (b < len(sh) and sh[b].isalpha()):
            continue
        if _ZERO_AFTER.match(sh, b) or _ZERO_BEFORE.search(sh, max(0, a - 6), a):
            out.extend(k for k in range(a, b) if sh[k] == "O")
    return out


# OCR's underscore for a hyphen between two codes ("10/2022/TT_BNV", "102/KH_UBND") and vertical bars for
# the slashes of a law's symbol ("33|2024|QH15"; holdout17): read as the separator they stand for
_CODE_BEFORE = re.compile(r"(?<![0-9|])[0-9]{1,5}[/-](?:(?:19|20)[0-9]{2}/)?[A-ZĐ]{1,8}\Z")
_BAR_SYMBOL = re.compile(r"(?<![0-9|/])[0-9]{1,5}\|(?:19|20)[0-9]{2}\|[A-ZĐ]{2,}")


def ocr_separator_positions(sh: str) -> list[tuple[int, str]]:
    """(offset, separator) for an underscore or a vertical bar that OCR put for a symbol's hyphen or
    slashes (see above)."""
    out: list[tuple[int, str]] = []
    for ch in ("_", "|"):
        p = sh.find(ch)
        while p != -1:
            if ch == "_":
                if (
                    p + 1 < len(sh)
                    and sh[p + 1] in _CODE_START
                    and _CODE_BEFORE.search(sh, max(0, p - 20), p)
                ):
                    out.append((p, "-"))
            elif p and sh[p - 1].isdigit():
                m = _BAR_SYMBOL.match(sh, _bar_start(sh, p))
                if m is not None:
                    out.extend((k, "/") for k in range(m.start(), m.end()) if sh[k] == "|")
                    p = m.end() - 1
            p = sh.find(ch, p + 1)
    return out


_CODE_START = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZĐ")


def _bar_start(sh: str, p: int) -> int:
    """Where the digits before the bar at `p` start (at most five)."""
    a = p
    while a > 0 and a > p - 5 and sh[a - 1].isdigit():
        a -= 1
    return a


# the code part of an old symbol written apart from its number by a space ("Thông tư số 470 TT-ĐC",
# "NGHỊ QUYẾT SỐ 214 NQ/UBTVQH9"; real-text audit r22): a type code, its separator, a code
_SPACED_CODE = re.compile(r"([A-ZĐ][A-Za-zĐđ]{0,4})([-/])[A-ZĐ][A-ZĐa-zđ0-9&]{0,12}(?![\w/-])")


def spaced_code_positions(
    sh: str, numbers: list[re.Match[str]], type_codes: frozenset[str]
) -> list[tuple[int, str]]:
    """(offset, separator) for the space between "số <n>" and a symbol's code part that opens with a known
    type code (`numbers`: the plain-number anchors, few): "-" before a code written "TYPE/ISSUER" (the
    old "n-NQ/UBTVQH9" form), "/" before "TYPE-ISSUER" ("470/TT-ĐC")."""
    out: list[tuple[int, str]] = []
    for m in numbers:
        e = m.end("num")
        if sh[e : e + 1] != " " or not sh[
            max(0, m.start("num") - 4) : m.start("num")
        ].rstrip().lower().endswith("số"):
            continue
        c = _SPACED_CODE.match(sh, e + 1)
        if c is not None and c.group(1) in type_codes:
            out.append((e, "-" if c.group(2) == "/" else "/"))
    return out


def with_separators(s: str, edits: list[tuple[int, str]]) -> str:
    """`s` with the separators of `ocr_separator_positions` put in (same length)."""
    if not edits:
        return s
    chars = list(s)
    for k, c in edits:
        chars[k] = c
    return "".join(chars)


def with_digits(s: str, positions: list[int]) -> str:
    """`s` with the digit read at `positions` (same length): "0" for an O (or its lower case), else "1"."""
    if not positions:
        return s
    chars = list(s)
    for k in positions:
        chars[k] = "0" if chars[k] in "Oo" else "1"
    return "".join(chars)


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


# markdown emphasis markers that a docx→markdown converter (pandoc, mammoth) left where Word's runs changed
# inside a symbol ("số** 72**/2025/QH15", "394**/TTr-CP", "395/**ĐA-CP", "15/**2020**/NĐ-CP"; real-text
# audit r78): the shadow moves each such run ("*", "**", "***", "_", "__") to before the symbol's number
# (same length; the symbol's end does not move), where the anchor scan admits a marker, so the symbol reads
# whole. Only a run between a symbol's separator and a letter or digit counts; a marker that only touches
# a symbol from outside ("NĐ-CP*" a footnote star, "* " a bullet) or a blank ("____/QĐ-UBND") stays.
_MARKERS = "*_"
_MARKER_RUN = {"*": 3, "_": 2}  # longest run read as emphasis ("***" bold italic, "__" bold)
_SYMBOL_REACH = 32  # from a run back to its symbol's number


def emphasis_moves(sh: str) -> list[tuple[int, int, int]]:
    """(number start, run start, run end) for each emphasis run inside a symbol (see above), in text
    order."""
    out: list[tuple[int, int, int]] = []
    n = len(sh)
    for ch, longest in _MARKER_RUN.items():
        p = sh.find(ch)
        while p != -1:
            q = p + 1
            while q < n and sh[q] == ch:
                q += 1
            if p > 1 and q < n - 1 and q - p <= longest and _inside_symbol(sh, p, q):
                a = _symbol_number(sh, p)
                if a != -1:
                    out.append((a, p, q))
            p = sh.find(ch, q)
    out.sort(key=lambda x: x[1])
    return out


def _inside_symbol(sh: str, p: int, q: int) -> bool:
    """The run at [p, q) stands between a symbol's separator and its code or number: "72**/", "/**ĐA"."""
    before, after = sh[p - 1], sh[q]
    if before in "/-":
        return after.isalnum() and (sh[p - 2].isalnum() or sh[p - 2] in _MARKERS)
    return after in "/-" and before.isalnum() and (sh[q + 1].isalnum() or sh[q + 1] in _MARKERS)


def _symbol_number(sh: str, p: int) -> int:
    """Where the number of the symbol holding the run at `p` starts (-1 when the token before the run
    does not open with a number: "và**/hoặc")."""
    a = p
    while a > 0 and p - a < _SYMBOL_REACH and (sh[a - 1].isalnum() or sh[a - 1] in "/-*_"):
        a -= 1
    while a < p and not sh[a].isdigit():
        if sh[a] in "/-":
            return -1
        a += 1
    return a if a < p else -1


def with_moves(s: str, moves: list[tuple[int, int, int]]) -> str:
    """`s` with each run of `emphasis_moves` put before its symbol's number (same length). The moves
    are made one after another on the short stretch they touch, not on the whole text: a long document
    with many such symbols stays linear. Their number starts never go back (`emphasis_moves` finds the
    same number for the runs of one symbol, a later one for a later symbol), so overlapping moves are
    consecutive."""
    parts: list[str] = []
    pos = i = 0
    while i < len(moves):
        lo, hi = moves[i][0], moves[i][2]
        j = i + 1
        while j < len(moves) and moves[j][0] < hi:
            hi = max(hi, moves[j][2])
            j += 1
        seg = s[lo:hi]
        for a, p, q in moves[i:j]:
            a, p, q = a - lo, p - lo, q - lo
            seg = seg[:a] + seg[p:q] + seg[a:p] + seg[q:]
        parts += (s[pos:lo], seg)
        pos, i = hi, j
    parts.append(s[pos:])
    return "".join(parts)
