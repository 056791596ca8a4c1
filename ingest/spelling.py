"""Vietnamese spelling without marks: one letter for one letter ("Nghị định" -> "Nghi dinh"), and a
syllable typed in Telex with the input method off ("Keets" -> "ket"). Used to read text typed without
diacritics (ingest.marks) and type words with a mark dropped (ingest.patterns)."""

from __future__ import annotations

import unicodedata
from functools import cache

_TELEX_TONE = frozenset("sfrxj")
_VOWELS = frozenset("aeiouy")
_TELEX_LETTERS = (("dd", "d"), ("aa", "a"), ("ee", "e"), ("oo", "o"), ("aw", "a"), ("ow", "o"), ("uw", "u"))


@cache
def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {ord("đ"): "d", ord("Đ"): "D"}
    for cp in range(0xC0, 0x1EFA):
        base = unicodedata.normalize("NFD", chr(cp))[0]
        if base != chr(cp) and base.isascii() and base.isalpha():
            table[cp] = base
    return table


def fold(s: str) -> str:
    """`s` (NFC) without its Vietnamese marks, one letter for one letter ("Nghị định" -> "Nghi dinh")."""
    return s.translate(_fold_table())


def spelling_fold(token: str) -> str:
    """A syllable in lower case without its marks, also when typed in Telex with the input method off
    ("keets" -> "ket", "ddinhj" -> "dinh", "quyeets" -> "quyet"): a Vietnamese syllable never ends in s,
    f, r, x or j, so such a last letter is a tone; doubled vowels and "dd" are the hat and the stroke."""
    t = token.lower()
    if len(t) >= 3 and t[-1] in _TELEX_TONE and not _VOWELS.isdisjoint(t[:-1]):
        t = t[:-1]
        for double, single in _TELEX_LETTERS:
            if double in t:
                t = t.replace(double, single)
    return t.translate(_fold_table())
