"""Lines typed without Vietnamese diacritics ("Nghi dinh so 168/2024/ND-CP ngay 26/12/2024 cua Chinh phu"):
an e-mail, a forum post, a document retyped from a scan. On such a line the recogniser's vocabulary would
find nothing, so the phrases it reads are restored in its same-length shadow (ingest.noise): every type
word, relation cue, body, province and law name of the data files whose spelling without marks belongs
to it alone, and the few words of `ingest/data/unaccented.json`, some only in their context ("so 45",
"ngay 14/3", "cua Chinh phu"). A letter and its marked form are one character each in NFC, so offsets
never move; the surfaces of references are still read from the text.

Whether a line is written without marks is told by its bytes: in UTF-8 every marked letter takes two or
three, so a line of ordinary Vietnamese carries about one extra byte for every three characters.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Any

from ingest.patterns import trie_alternation
from ingest.spelling import fold
from ingest.vocab import load_data

# a line is read as written without marks when its extra UTF-8 bytes (two or three per marked letter)
# are at most this share of its characters (ordinary Vietnamese: about a third)
MAX_MARKED_SHARE = 0.06
MIN_LINE = 16  # shorter lines (a signature, "- Lưu: VT") are left alone
_PHRASE = re.compile(r"[^\W\d_]+(?:,?[ ][^\W\d_]+){0,12}")
# frequent words that marked Vietnamese never writes without marks ("của", "các"), and "ngay" (a word of
# its own, but before a date it is "ngày")
_GATE_WORDS = (" cua ", " cac ", " ngay ")
SAMPLE = 4000  # characters read to tell a text written without marks as a whole
# "Luât Khiếu nại", "Luat Tố cáo": the type word of a law's name with its mark wrong or lost, before the
# name (on any line; a lost mark elsewhere in the name still leaves it unknown)
_MISSPELT_LUAT = re.compile(  # a literal first letter: the regex engine skips fast to each "L"
    r"L[uU][aâạấầẩẫăáàảãắằẳẵặAÂẠẤẦẨẪĂÁÀẢÃẮẰẲẴẶ][tT](?=[ ]{1,2}[A-ZĐ])"
)
# on a line with marks besides, only "cua" before a name and "ngay" before a date are restored
_IN_MARKED_LINES = (
    re.compile(r"(?<![\w/-])(?i:cua)(?=[ ]{1,2}[A-ZĐ])"),
    re.compile(r"(?<![\w/-])(?i:ngay)(?=[ ]{1,2}[0-9]{1,2}/[0-9]{1,2}/[0-9]{4})"),
)
_AFTER = r"(?![\w/-])"
_BEFORE = r"(?<![\w/-])"


# keys of the data files whose strings are no vocabulary to restore marks from (notes, keys, display
# forms, and OCR misreadings such as "Căn cú", which would make "can cu" ambiguous)
_NOT_VOCABULARY = frozenset({"note", "notes", "key", "prefix", "display", "misreadings"})


def _strings(node: Any) -> Iterator[str]:
    if isinstance(node, str):
        yield node
    elif isinstance(node, list):
        for x in node:
            yield from _strings(x)
    elif isinstance(node, dict):
        for k, x in node.items():
            if not k.startswith("_") and k not in _NOT_VOCABULARY:
                yield from _strings(x)


def _vocabulary() -> Iterator[str]:
    """The phrases of the data files (of two words at least: one word without marks is too often
    another word, "so" for "số" or "sở") and the words of unaccented.json."""
    names: list[str] = [
        *_strings(load_data("doc_types.json")["types"]),
        *_strings(load_data("relation_cues.json")),
        *_strings(load_data("bodies.json")),
        *_strings(load_data("issuer_codes.json")),
    ]
    for p in load_data("provinces.json")["provinces"]:
        names.extend((p["name"], p.get("full_name") or "", *p.get("aliases", ())))
    for law in load_data("laws.json")["laws"]:
        names.extend((law["name"], *law.get("aliases", ())))
    yield from (n for n in names if " " in n.strip())
    yield from load_data("unaccented.json")["words"]


def _restorations(phrases: Iterator[str]) -> dict[str, str]:
    """Spelling without marks (lower case) -> the one marked phrase it stands for; a spelling that two
    phrases share is left out."""
    out: dict[str, str] = {}
    shared: set[str] = set()
    for p in phrases:
        p = " ".join(p.split()).lower()
        if p.isascii() or not _PHRASE.fullmatch(p):
            continue
        key = fold(p)
        if len(key) != len(p) or key in shared:
            continue
        if out.get(key, p) != p:
            shared.add(key)
            del out[key]
            continue
        out[key] = p
    return out


@cache
def _words() -> tuple[dict[str, str], re.Pattern[str]]:
    words = _restorations(_vocabulary())
    pattern = re.compile(_BEFORE + "(?:" + trie_alternation(set(words), space="[ ]") + ")" + _AFTER, re.I)
    return words, pattern


@cache
def _context_words() -> tuple[dict[str, str], tuple[re.Pattern[str], ...]]:
    data = load_data("unaccented.json")
    words = {
        fold(w.lower()): w.lower()
        for k in ("before_number", "between_numbers", "before_name", "pinpoint")
        for w in data[k]
    }

    def alt(key: str) -> str:
        return "|".join(re.escape(fold(w.lower())) for w in sorted(data[key], key=len, reverse=True))

    organs = "|".join(f"(?<={re.escape(o)}[ ])|(?<={re.escape(fold(o))}[ ])" for o in data["organs"])
    patterns = (  # the words in any case; what stands around them as written
        re.compile(rf"{_BEFORE}(?i:{alt('before_number')})(?=[ ]{{0,2}}[0-9]|[ ]?:)"),
        re.compile(rf"(?<=[0-9][ ])(?i:{alt('between_numbers')})(?=[ ][0-9])"),
        re.compile(rf"{_BEFORE}(?i:{alt('pinpoint')})(?=[ ]{{1,2}}(?:[0-9]|[a-zđ](?!\w)))"),
        re.compile(rf"{_BEFORE}(?i:{alt('before_name')})(?=[ ]{{1,2}}[A-ZĐ])"),
        re.compile(rf"(?:{organs})(?i:{alt('before_name')}){_AFTER}"),
    )
    return words, patterns


def _unmarked(line: str) -> bool:
    return line.isascii() or len(line.encode()) - len(line) <= MAX_MARKED_SHARE * len(line)


def _unmarked_lines(text: str) -> Iterator[tuple[int, int, bool]]:
    """(start, end, written without marks) of the lines to read. In a text written without marks (told by
    its first few thousand characters), every line long enough; else only the lines holding a word that
    marked text never writes so ("cua", "cac", "ngay" before a date: "của", "các", "ngày"), found by
    substring search, which costs next to nothing on ordinary text; such a line with marks besides (a
    careless typist's: "thuc hien Chỉ thị … cua Bộ Chính trị") gets back phrases of two words or more,
    "của" and "ngày" only."""
    if _unmarked(text[:SAMPLE]):
        pos = 0
        for line in text.split("\n"):
            if len(line) >= MIN_LINE and _unmarked(line):
                yield pos, pos + len(line), True
            pos += len(line) + 1
        return
    starts: set[int] = set()
    for word in _GATE_WORDS:
        p = text.find(word)
        while p != -1:
            if word != " ngay " or text[p + 6 : p + 7].isdigit():  # "ngay" is a word of its own too
                starts.add(text.rfind("\n", 0, p) + 1)
            p = text.find(word, p + len(word))
    for a in sorted(starts):
        b = text.find("\n", a)
        b = len(text) if b == -1 else b
        yield a, b, b - a >= MIN_LINE and _unmarked(text[a:b])


def _marked(surface: str, phrase: str) -> str:
    """`phrase` (lower case, with marks) in the case of `surface` (the same letters without marks)."""
    return "".join(p.upper() if s.isupper() else p for s, p in zip(surface, phrase, strict=True))


def restorations(text: str) -> list[tuple[int, str]]:
    """(offset, phrase with marks) for every phrase this module restores on the lines of `text` written
    without marks; each phrase has the length of the text it replaces."""
    out: list[tuple[int, str]] = []
    lines = list(_unmarked_lines(text))
    if not lines:
        return _misspelt_luat(text, out)
    words, pattern = _words()
    context_words, context_patterns = _context_words()
    for a, b, unmarked in lines:
        taken: list[tuple[int, int]] = []
        for m in pattern.finditer(text, a, b):
            phrase = words.get(fold(m.group().lower()))
            if not unmarked and (phrase is None or " " not in phrase):
                continue  # on a line with marks besides, phrases of two words or more only ("thuc hien")
            if phrase is not None and len(phrase) == len(m.group()) and phrase != m.group().lower():
                out.append((m.start(), _marked(m.group(), phrase)))
                taken.append((m.start(), m.end()))
        for cp in context_patterns if unmarked else _IN_MARKED_LINES:
            for m in cp.finditer(text, a, b):
                phrase = context_words.get(fold(m.group().lower()))
                if phrase is None or any(s < m.end() and m.start() < e for s, e in taken):
                    continue
                out.append((m.start(), _marked(m.group(), phrase)))
    out.sort()
    return _misspelt_luat(text, out)


def _misspelt_luat(text: str, edits: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """`edits` with "Luật" put for a misspelt one before a law's name where no phrase was restored."""
    done = {at for at, _ in edits}
    more = [
        (m.start(), "Luật" if m.group()[1] == "u" else "LUẬT")
        for m in _MISSPELT_LUAT.finditer(text)
        if m.start() not in done
        and not (m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "/-"))
    ]
    return sorted(edits + more) if more else edits


def restore(text: str, edits: list[tuple[int, str]], lower: bool = False) -> str:
    """`text` with the phrases of `restorations` put in (in lower case for a lower-cased text)."""
    if not edits:
        return text
    parts: list[str] = []
    pos = 0
    for at, phrase in edits:
        if at < pos:
            continue
        parts.append(text[pos:at])
        parts.append(phrase.lower() if lower else phrase)
        pos = at + len(phrase)
    parts.append(text[pos:])
    return "".join(parts)
