"""The legacy Vietnamese 8-bit encodings TCVN3 (TCVN 5712:1993, the "ABC" fonts .VnTime, .VnArialH …)
and VNI (VNI-Windows, the VNI-Times fonts): detection in text read as Latin-1/cp1252, conversion
to Unicode with `ingest/data/tcvn3.json` / `vni.json`, and the fonts that announce them
(`ingest/data/legacy_fonts.json`), for readers that know a run's font (.docx).
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import cache
from importlib import resources

_VIET_BEYOND_LATIN1 = re.compile("[\u0100-\u01b0\u1ea0-\u1ef9]")


@cache
def _tcvn3() -> tuple[dict[int, str], frozenset[str]]:
    """The TCVN3 → Unicode translation table (for str.translate) and the marker characters."""
    raw = json.loads(resources.files("ingest").joinpath("data/tcvn3.json").read_text(encoding="utf-8"))
    return str.maketrans(raw["map"]), frozenset(raw["markers"])


def detect_legacy(text: str) -> str | None:
    """'TCVN3' or 'VNI' when `text` (a legacy file read as Latin-1/cp1252) is in a legacy Vietnamese
    encoding, else None.

    Both put characters that never occur in Unicode Vietnamese ("µ ¸ ¹ Ö ø û ï ä Ñ") where letters
    should be. In TCVN3 such a character is the toned vowel itself ("héi", "chñ"); in VNI it is a
    tone/hat byte after the base vowel ("hoäi", "chuû"). The words carrying them must read as
    Vietnamese syllables once decoded the one way or the other, which rules out German or French.
    """
    table, markers = _tcvn3()
    sample = text[:100_000]
    hits = _markers_re().findall(sample)
    if len(hits) < 5 or len(set(hits)) < 4:
        return None
    if len(_VIET_BEYOND_LATIN1.findall(sample)) >= len(hits):
        return None  # real Unicode Vietnamese with a few odd symbols
    words = [w for w in _WORD.findall(sample) if any(ch in markers for ch in w)][:2000]
    if len(words) < 5:
        return None
    vni_table, vni_pattern = _vni()
    as_tcvn3 = sum(_is_syllable(w.translate(table)) for w in words)
    as_vni = sum(_is_syllable(vni_pattern.sub(lambda m: vni_table[m.group()], w)) for w in words)
    best, name = max((as_tcvn3, "TCVN3"), (as_vni, "VNI"))
    # Below 0.3 the words are not Vietnamese (German, French); in between, legacy text too damaged
    # to convert is still legacy: `_convert_legacy` refuses it rather than a charset guess garbling it.
    return name if best / len(words) >= 0.3 else None


_WORD = re.compile(r"[^\W\d_]+")
_TONES = dict.fromkeys(map(ord, "\u0300\u0301\u0303\u0309\u0323"))


@cache
def _syllable_re() -> re.Pattern[str]:
    raw = json.loads(
        resources.files("ingest").joinpath("data/vietnamese_syllables.json").read_text(encoding="utf-8")
    )

    def alt(items: list[str]) -> str:
        return "|".join(re.escape(x) for x in sorted(items, key=len, reverse=True))

    return re.compile(f"^(?:{alt(raw['onsets'])})?(?:{alt(raw['nuclei'])})(?:{alt(raw['codas'])})?$")


def _is_syllable(word: str) -> bool:
    """A Vietnamese syllable: onset, a real vowel nucleus (hats and horns kept), at most one tone, coda."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    if len(decomposed) - len(decomposed.translate(_TONES)) > 1:
        return False
    bare = unicodedata.normalize("NFC", decomposed.translate(_TONES))
    syllable = _syllable_re()
    return bool(syllable.match(bare)) or (bare.startswith("gi") and bool(syllable.match("g" + bare[2:])))


@cache
def _markers_re() -> re.Pattern[str]:
    return re.compile("[" + re.escape("".join(sorted(_tcvn3()[1]))) + "]")


@cache
def _vni() -> tuple[dict[str, str], re.Pattern[str]]:
    raw = json.loads(resources.files("ingest").joinpath("data/vni.json").read_text(encoding="utf-8"))
    table = dict(raw["map"])
    return table, re.compile("|".join(re.escape(k) for k in sorted(table, key=len, reverse=True)))


def _reads_as_vietnamese(text: str) -> bool:
    """After conversion, the words with Vietnamese letters must be Vietnamese syllables."""
    words = [w for w in _WORD.findall(text[:100_000]) if not w.isascii()][:2000]
    return bool(words) and sum(map(_is_syllable, words)) / len(words) >= 0.8


def _upper_word(m: re.Match[str]) -> str:
    """TCVN3 has no upper-case toned vowels (the '...H' fonts drew them from lower-case codes):
    'BáO' was 'BÁO' when the other letters of the word are capitals."""
    w = m.group()
    upper = sum(ch.isupper() for ch in w)
    ascii_lower = any(ch.isascii() and ch.islower() for ch in w)
    return w.upper() if upper >= 2 and not ascii_lower else w


def convert_legacy(text: str, legacy: str) -> str | None:
    """`text` in `legacy` ("TCVN3" or "VNI") as Unicode, or None when the result does not read as
    Vietnamese (damaged text: refuse rather than garble)."""
    converted = _converted(text, legacy)
    return converted if _reads_as_vietnamese(converted) else None


def _converted(text: str, legacy: str) -> str:
    if legacy == "TCVN3":
        return _WORD.sub(_upper_word, text.translate(_tcvn3()[0]))
    table, pattern = _vni()
    return pattern.sub(lambda m: table[m.group()], text)


@cache
def _fonts() -> tuple[tuple[tuple[str, str], ...], str]:
    raw = json.loads(resources.files("ingest").joinpath("data/legacy_fonts.json").read_text(encoding="utf-8"))
    prefixes = tuple((p.lower(), enc) for enc, spec in raw["encodings"].items() for p in spec["prefixes"])
    return prefixes, raw["encodings"]["TCVN3"]["capitals_suffix"]


@cache  # called for every run of a .docx and every character of a PDF line; few fonts recur
def font_encoding(font: str | None) -> tuple[str, bool] | None:
    """(encoding, capitals) of a legacy Vietnamese font name, else None: ".VnTime" → ("TCVN3", False),
    ".VnTimeH" → ("TCVN3", True) (the H fonts draw every letter as a capital), "VNI-Times" → ("VNI", False).
    A PDF subset prefix ("ABCDEF+.VnTime") is ignored."""
    if not font:
        return None
    name = font.split("+", 1)[1] if len(font) > 7 and font[6] == "+" else font
    prefixes, capitals = _fonts()
    low = name.lower()
    for prefix, encoding in prefixes:
        if low.startswith(prefix):
            return encoding, encoding == "TCVN3" and name.endswith(capitals)
    return None


def convert_run(text: str, encoding: str, capitals: bool) -> str:
    """One run of text set in a legacy font, as Unicode. A run that already holds Unicode Vietnamese
    letters (typed in Unicode, only formatted with the old font) is left as it is."""
    if _VIET_BEYOND_LATIN1.search(text):
        return text
    converted = _converted(text, encoding)
    return converted.upper() if capitals else converted
