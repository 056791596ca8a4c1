"""Compiled patterns of the recogniser, built once from the data files.

Every repetition is bounded, so each pattern runs in time linear in the text: the two whole-text
scans (SYMBOL, SHORT) are single-pass anchors; everything else runs in a small window at an anchor.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache

from ingest.spelling import spelling_fold
from ingest.vocab import load_data, vocab


def words_alternation(words: Iterable[str], space: str = "[ ]{1,3}") -> str:
    """`words` as one regex alternation, longest first, each space of a word matching `space`."""
    return "|".join(re.escape(w).replace(r"\ ", space) for w in sorted(words, key=len, reverse=True))


LETTERS = "A-Za-zĐđƯư"
# a code may join two parts with "&" as ministries write theirs in joint symbols ("BNN&PTNT" in
# "01/2017/TTLT-BCA-BQP-BTC-BNN&PTNT-VKSNDTC"); parse_symbol reads it as the code without "&"
# "&" a page lost may be written as a space, before the second parts that follow it (issuer_codes.json
# ampersand_as_space: "TT-BGD ĐT"); parse_symbol keeps the space only where the joined code is known
_AMP_TAILS = "|".join(map(re.escape, load_data("issuer_codes.json")["ampersand_as_space"]["tails"]))
# a space for the hyphen before an issuer code ("29/2024/TT BGDĐT", "15/QĐ UBND"; real-text audit r56): the
# whole next word must be a known issuer code (as written); parse_symbol keeps it only after a type code
_SPACED_ISSUERS = words_alternation(
    c for c in load_data("issuer_codes.json")["codes"] if len(c) <= 8 and not c.startswith("_")
)
SEG = (
    rf"[{LETTERS}][{LETTERS}0-9]{{0,15}}"
    rf"(?:(?:&|[ ](?=(?:{_AMP_TAILS}|{_SPACED_ISSUERS})(?![\w&])))[{LETTERS}][{LETTERS}0-9]{{0,7}})?"
)
# a separator inside a symbol, optionally followed by a PDF line break ("30/CT-\nTTg")
# inside the code part a PDF may also put a space around a separator ("NĐ - CP"); parse_symbol keeps
# such a separator only when the code after it is a known one
# a markdown escape before a hyphen ("NĐ\-CP", "02\-NQ/TW": pandoc and mammoth escape it) is part of
# the separator; the symbol is read without it
# a dot before an upper-case code ("QĐ.UB") is a separator of the 1990s-2000s: parse_symbol keeps it only
# before a code whose `old_separators` admit it (issuer_codes.json)
SEP = r"[ \\]?(?:[/-]|\.(?=[A-ZĐ]))(?:\n{1,2}[ ]{0,4}|[ ])?"

# One linear scan finds every anchor: a number right after a separator-like character, followed
# either by a symbol (n/yyyy/TYPE-ISSUER, n/TYPE-ISSUER, n/ISSUER-UNIT, n-TYPE/ISSUER, n/yyyy/QH13)
# or by nothing symbol-like (a plain number: a short-form candidate "Chỉ thị 33").
# Starting with a small character class (not a look-behind) lets the regex engine skip fast;
# "ố" admits "số33/CT-TTg" written without a space.
# a word character that is not a superscript footnote mark: "NĐ-CP¹" ends the symbol at "CP"
_WORD_NOT_SUP = "[^\\W¹²³⁴⁵⁶⁷⁸⁹⁰]"
# "số" clipped to its first letter by a page's font ("Nghị định s20/2008/NĐ-CP"; doc_types.json
# number_word_clipped): that letter admits a number too, read as "số" only right after a type word
CLIPPED_SO: frozenset[str] = frozenset(load_data("doc_types.json")["number_word_clipped"]["forms"])
_NUM_PREFIX = (
    r"[ (*_\n:“\"'\[ốỐ,;–—‘«|>" + "".join(sorted(CLIPPED_SO | {c.upper() for c in CLIPPED_SO})) + "]"
)
# a word a scraper glued to the symbol's last code ("156/2013/NĐ-CPngày 11/11/2013"; real-text audit r38):
# the symbol ends before it (issuer_codes.json glued_after_symbol; parse_symbol keeps a known code only)
GLUED_AFTER_SYMBOL: tuple[str, ...] = tuple(load_data("issuer_codes.json")["glued_after_symbol"]["words"])
_GLUED = "|".join(map(re.escape, GLUED_AFTER_SYMBOL))
# a one-letter marker in lower case closing the symbol ("462/BNG-CNV-m"; real-text audit r51)
LOWER_CASE_SUFFIXES: frozenset[str] = frozenset(
    load_data("issuer_codes.json")["lower_case_suffixes"]["suffixes"]
)
_SYMBOL_BODY = (
    # "15 /2022/ QĐ-UBND", "45/ 2020/NĐ-CP": a space around the first slash
    # "100 - KL/TW": a space on both sides of a Party symbol's hyphen (only before a code and its slash)
    # "57NQ/TW": a Party symbol with its hyphen dropped (s1 empty; parse_symbol keeps it only for a
    # Party type code over Party bodies)
    # "Kế hoạch số 298 KH/TWĐTN": a Party symbol with a space for its hyphen (s1 a space; kept only
    # after a type word of the code's own type, references._anchors)
    # a PDF line end after a slash: across the blank line pdfminer leaves ("10/\n\nCT-TTg"), or joined
    # by the reader with the justified line's double space ("112/2020/  NĐ-CP", "10/  CT-TTg"); OCR's
    # space after the first hyphen of a Party symbol ("45- CT/TW"); a scraper's space before the slash
    # after the year, only right before an upper-case code ("01/2011 /CT-VKSTC"; real-text audit r24),
    # also with a space after it ("188/2007 / NĐ-CP"; real-text audit r47); a letter's space after the
    # slash with a spaced dash after the issuer ("6902/ BTP – PBGDPL": the shadow reads the en dash as "-";
    # real-text audit r45)
    rf"(?:[ ](?=/|-[ ]{{0,2}}[A-ZĐ][A-ZĐa-zđ]{{0,5}}/[A-ZĐ])|\\(?=-))?(?P<s1>[/-]|(?=[A-ZĐ][A-ZĐa-zđ]{{0,3}}/[A-ZĐ])|[ ](?=[A-ZĐ][A-ZĐa-zđ]{{0,3}}/[A-ZĐ]))"
    rf"(?:\n{{1,2}}[ ]{{0,4}}|[ ](?=(?:19|20)[0-9][0-9]/)|(?<=[/-])[ ]{{1,2}}(?=[A-ZĐ][A-ZĐa-zđ]{{0,5}}(?:[-/]|[ ]-[ ])[A-ZĐ]))?"
    rf"(?:(?P<yr>(?:19|20)[0-9][0-9])(?:[ ](?=/[ ]?[A-ZĐ]))?/(?:\n{{1,2}}[ ]{{0,4}}|[ ]{{1,2}})?)?"
    rf"(?P<segs>{SEG}(?:{SEP}{SEG}){{0,7}})(?:(?!{_WORD_NOT_SUP})|(?<=[A-Zg0-9])(?=(?:{_GLUED})(?!\w)))"
)
# or a dotted sub-number ("Nghị quyết số 66.22/2026/NQ-CP": a series of resolutions numbered under one
# programme; real-text audit r42)
_LETTER_SUFFIX = r"(?:(?:[a-e]|\.[0-9]{1,2})(?=/))?"
_PLAIN = rf"(?P<plain>)(?!{_WORD_NOT_SUP}|[/-]|[.,:][0-9]|[ ]?%)"
SYMBOL = re.compile(rf"(?<![\w/.,-])(?P<num>\d{{1,5}}){_SYMBOL_BODY}")  # the floor scan of bench/
SEG_SPLIT = re.compile(r"([ \\]?(?:[/-]|\.(?=[A-ZĐ]))(?:\n{1,2}[ ]{0,4}|[ ])?)")
TRAILING_DIGITS = re.compile(r"^(?P<code>.*?[^\d])(?P<digits>\d{1,2})$")
TERM_CODE = re.compile(r"^(?P<code>[A-Za-zĐđ]+?)(?P<term>\d{1,2})$")
# a unit code with one lower-case letter inside an upper-case code ("GDTrH", "CTrPH"): two upper-case
# letters before it, one after
MIXED_CASE_CODE = re.compile(r"^[A-ZĐ]{2,}[a-zđ][A-ZĐ]+[0-9]{0,2}$")
# an office's own code written the same way, ending in its lower-case letter ("KTr" in "1184/KTrVB-KTr"):
# only after a first mixed-case segment
MIXED_CASE_TAIL = re.compile(r"^[A-ZĐ]{2,}[a-zđ]$")
# an office's code ending in lower-case letters right after the type code ("QĐ-TTra" of a Thanh tra,
# "BC-ĐTTr" of a Đoàn thanh tra; holdout25): two upper-case letters, then one or two lower-case ones
LOWER_TAIL_CODE = re.compile(r"^[A-ZĐ]{2,}[a-zđ]{1,2}$")
# an office's code after a known type or issuer code and a spaced hyphen ("1578/SGDĐT- CTTT", "473/TTr -⏎
# NN&PTNT"; real-text audit r14): upper case throughout, so that a word ("KH-UBND - Phòng") is none
SPACED_UNIT_CODE = re.compile(r"^[A-ZĐ][A-ZĐ0-9&]{1,9}$")
# a unit code typed in lower case after the issuer code ("KH-BCA-c06")
LOWER_UNIT_CODE = re.compile(r"^[a-zđ]{1,2}[0-9]{2}$")

# the header line of the document's own number: "Số: 529/BC-UBND" (not a reference)
# (also a quoted sample of that heading: theo mẫu "Số: 15/QĐ-UBND" names no document)
OWN_NUMBER = re.compile(r"(?:^|\n|[\"“])[ *_]{0,6}(?i:số)[ ]{0,3}:[ *_]{0,6}\Z")

CLOSERS = ",;.()[]\n“”\"':"


@cache
def _type_words() -> tuple[str, ...]:
    return tuple(sorted(vocab().type_words, key=len, reverse=True))


@cache
def _words_by_last_syllable() -> dict[str, tuple[str, ...]]:
    """ "định" -> ("nghị định", "quyết định", "quy định") (longest first)."""
    out: dict[str, list[str]] = {}
    for w in _type_words():
        out.setdefault(w.split()[-1], []).append(w)
    return {k: tuple(v) for k, v in out.items()}


@cache
def _last_syllables() -> tuple[str, ...]:
    return tuple({w.split()[-1] for w in _type_words()})


@cache
def type_word_last_chars() -> frozenset[str]:
    """Last letters of type words and of "số": a plain number whose preceding word ends otherwise
    ("năm 2023", "có 156") cannot be a short form, and is dropped before any lookup."""
    return frozenset({w[-1] for w in _type_words()} | {"ố", ":"})


def _lower_preimage(chars: frozenset[str]) -> str:
    """Every character whose lower case is one of `chars` (for a character class)."""
    cands = {x for c in chars for x in (c, c.upper(), c.title())} | {"\u212a", "\u212b"}  # Kelvin, Ångström
    return "".join(sorted(c for c in cands if len(c) == 1 and c.lower() in chars))


@cache
def anchors() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(ANCHOR, ANCHOR_AT_START): one linear scan finds every number after a separator-like
    character that is followed by a symbol, or by nothing symbol-like (a plain number). A plain
    number is kept only when the character before its separator ends a type word or "số" ("Chỉ thị
    33", "số 34"; not "năm 2023", "có 156"): a look-behind aligned on the number's length (1-5
    digits, the separator a non-digit) tests it, so that the many other numbers of a report never
    become match objects."""
    last = re.escape(_lower_preimage(type_word_last_chars()))
    plain_after = "|".join(rf"(?<=[{last}][^0-9][0-9]{{{n}}})" for n in range(1, 6))
    plain = rf"{_PLAIN}(?:{plain_after})"
    rest = rf"(?:{_SYMBOL_BODY}|{plain})"
    # the scan starts at a digit (far rarer than the separator-like characters, spaces above all)
    # and tests the character before it by a look-behind: the same matches as
    # _NUM_PREFIX(?P<num>[0-9]{1,5})…, since a match never ends on a separator-like character.
    # The digit run is possessive ("{0,4}+"): a shorter run is followed by a digit, which neither a
    # symbol nor a plain number admits, so giving digits back could never match (it only cost time)
    # a number may carry one lower-case letter before its slash ("Nghị quyết số 30a/2008/NQ-CP",
    # "30c/NQ-CP": resolutions numbered after another); a plain number never does
    anchor = re.compile(rf"(?P<num>[0-9](?<={_NUM_PREFIX}[0-9])[0-9]{{0,4}}+{_LETTER_SUFFIX}){rest}")
    return anchor, re.compile(rf"(?P<num>[0-9]{{1,5}}{_LETTER_SUFFIX}){rest}")


@cache
def plain_anchor() -> re.Pattern[str]:
    """A plain number alone (matched at a position): the short-form candidate of a number that the
    anchor scan read as a spaced Party symbol ("Kế hoạch số 298 KH/…") where no type word of the
    code's type stands before it."""
    last = re.escape(_lower_preimage(type_word_last_chars()))
    plain_after = "|".join(rf"(?<=[{last}][^0-9][0-9]{{{n}}})" for n in range(1, 6))
    return re.compile(rf"(?P<num>[0-9]{{1,5}}){_PLAIN}(?:{plain_after})")


@cache
def type_word_inside() -> re.Pattern[str]:
    """' Kế hoạch ', ' Quyết định ' ...: a capitalised type word that ends an issuer clause running on."""
    words = sorted({w[:1].upper() + w[1:] for w in _type_words() if len(w) > 4}, key=len, reverse=True)
    return re.compile("[ ](?:" + "|".join(re.escape(w) for w in words) + ")[ ]")


_OPENERS = "(“\"'‘*_"


def _glued(sh: str, i: int) -> bool:
    """The capitalised type word at `i` is glued to the lower-case word before it, the space lost where a
    page's lines were joined ("Thực hiệnQuyết định số 1489/QĐ-TTg"), or to the number of a list item a
    site wrote before it ("- 1Quyết định 263/QĐ-TTg …", real-text audits r25, r31): a word of its own."""
    if not sh[i].isupper():
        return False
    if sh[i - 1].islower():
        return True
    j = i - 1
    while j >= 0 and i - j <= 3 and sh[j].isdigit():
        j -= 1
    if j == i - 1 or (j >= 0 and sh[j].isdigit()):
        return False  # no list number, or a longer number ("2024Quyết định")
    return not sh[max(0, j - 3) : j + 1].rsplit("\n", 1)[-1].strip(" -+•*|\t")


def type_word_before(sh: str, pos: int, low: str | None = None) -> tuple[int, str, bool] | None:
    """The type word (and optional "số") ending just before `pos`: (start, word, has_số).

    Uses str.endswith on a small lower-cased window instead of a regex search: this runs at every
    anchor, so it must cost about a microsecond. `low` is `sh` lower-cased (same length), when the
    caller has it: the windows are sliced from it.
    """
    words = _type_words()  # longest first
    # quick reject on a short tail first: most numbers in a report ("năm 2023", "có 156") are not
    # preceded by a type word, and this keeps their cost to one small slice
    a = max(0, pos - 12)
    tail = low[a:pos] if low is not None else sh[a:pos].lower()
    k = len(tail.rstrip(" *_:\n"))
    if k > 1 and tail[k - 1] in CLIPPED_SO and tail[k - 2] == " ":
        # "Nghị định s20/2008/NĐ-CP", "Nghị định s 63/…": a clipped "số" after a type word (real-text audit r74)
        found = type_word_before(sh, a + k - 1, low)
        return None if found is None or found[2] else (found[0], found[1], True)
    if not tail.endswith("số", 0, k) and (k == len(tail) or not tail.endswith(_last_syllables(), 0, k)):
        if k and tail[k - 1] in _misspelt_last_chars() and _misspelt_last(tail[:k]):
            return _misspelt_type_word_before(sh, pos, low)
        return None
    lo = max(0, pos - 48)
    w = (low[lo:pos] if low is not None else sh[lo:pos].lower()).replace("\n", " ")
    if len(w) != pos - lo:
        return None
    k = len(w.rstrip(" *_:"))
    has_so = w.endswith("số", 0, k)
    if has_so:
        k = len(w[: k - 2].rstrip(" *_"))
    elif k == len(w):
        return None  # the number touches the word: "Tổ571", "lần1"
    # the words sharing the window's last syllable, longest first: a type word that the window ends
    # with is one of them (tested first, so that the test against all type words runs only on a miss)
    last = w[:k].rsplit(" ", 1)[-1]
    if last[:1] in _OPENERS:  # "(VBHN số", "*VBHN số": a one-syllable word after an opener
        last = last.lstrip(_OPENERS)
    for word in _words_by_last_syllable().get(last, ()):
        if w.endswith(word, 0, k):
            i = k - len(word)
            if i > 0 and w[i - 1].isalnum() and not _glued(sh, lo + i):
                return None
            if lo and i == 0 and sh[lo - 1].isalnum():
                return None
            return lo + i, word, has_so
    if "  " in w and not w.endswith(words, 0, k):
        return _spaced_type_word_before(sh, lo, w, k, has_so)
    return _misspelt_type_word_before(sh, pos, low)


_TOKEN = re.compile(r"[^\s*_:(“\"'‘]+")


@cache
def _folded_type_words() -> dict[str, str]:
    """Type words of two syllables or more by their spelling without marks (when no other has it)."""
    out: dict[str, str] = {}
    for w in _type_words():
        if " " in w:
            key = " ".join(spelling_fold(s) for s in w.split())
            out[key] = w if out.get(key, w) == w else ""
    return {k: w for k, w in out.items() if w}


@cache
def _misspelt_last_chars() -> frozenset[str]:
    """Last letters a misspelt type word's last syllable (or "số") may end with."""
    lasts = {w.split()[-1] for w in _folded_type_words().values()} | {"số"}
    return frozenset({s[-1] for s in lasts} | {spelling_fold(s)[-1] for s in lasts} | set("sfrxjôơ"))


@cache
def _folded_last_syllables() -> frozenset[str]:
    return frozenset({w.split()[-1] for w in _folded_type_words()} | {"so"})


def _misspelt_last(tail: str) -> bool:
    """The tail's last word is, without marks, the last syllable of a type word or "số"."""
    return spelling_fold(tail.rsplit(None, 1)[-1].lstrip(_OPENERS)) in _folded_last_syllables()


def _misspelt_type_word_before(sh: str, pos: int, low: str | None = None) -> tuple[int, str, bool] | None:
    """A type word of two syllables or more with a mark dropped or wrong ("Chỉ thi", "Chí thị", "Kêt
    luận", "Nghị quyêt", "Quy đinh so"), or typed in Telex ("Keets luận", "Quyeets định"), before
    `pos`: the window's last words compared without marks. Runs only where the exact test found
    nothing."""
    lo = max(0, pos - 40)
    w = low[lo:pos] if low is not None else sh[lo:pos].lower()
    if len(w) != pos - lo:
        return None
    toks = [(m.start(), m.group()) for m in _TOKEN.finditer(w)][-5:]
    if not toks:
        return None
    has_so = spelling_fold(toks[-1][1]) == "so"
    if has_so:
        toks.pop()
    elif toks[-1][0] + len(toks[-1][1]) == len(w):
        return None  # the number touches the word
    for n in range(min(4, len(toks)), 1, -1):
        word = _folded_type_words().get(" ".join(spelling_fold(t) for _, t in toks[-n:]))
        if word:
            i = toks[-n][0]
            if lo and i == 0 and sh[lo - 1].isalnum():
                return None
            return lo + i, word, has_so
    return None


def _spaced_type_word_before(sh: str, lo: int, w: str, k: int, has_so: bool) -> tuple[int, str, bool] | None:
    """The type word of a justified PDF line, its syllables apart by runs of spaces ("Nghị  định  số
    66/2021/NĐ-CP"): the last syllables of the window compared with single spaces."""
    toks = [(m.start(), m.group()) for m in re.finditer(r"\S+", w[:k])][-4:]
    types = set(_type_words())
    for n in range(len(toks), 0, -1):
        first_at, first = toks[-n]
        head = first.lstrip('(“"*_')
        cand = " ".join([head, *(t for _, t in toks[len(toks) - n + 1 :])])
        if cand in types:
            i = first_at + len(first) - len(head)
            if i == 0 and lo and sh[lo - 1].isalnum():
                return None
            return lo + i, cand, has_so
    return None


def trie_alternation(words: list[str] | set[str] | dict[str, str], space: str = r"\s+") -> str:
    """The alternation of `words` as a trie: each shared prefix is matched once, a space in a word
    matches `space`. Where a word continues another ("theo" / "theo dõi") the longer is tried first,
    so a match is the one an alternation sorted longest first would give."""
    root: dict[str, dict] = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        alts = [(space if ch == " " else re.escape(ch)) + emit(node[ch]) for ch in sorted(node) if ch]
        if not alts:
            return ""
        if len(alts) == 1 and "" not in node:
            return alts[0]
        return f"(?:{'|'.join(alts)})" + ("?" if "" in node else "")

    return emit(root)


def bounded_trie_alternation(words: list[str] | set[str] | dict[str, str], space: str = r"\s+") -> str:
    """`trie_alternation` of words that start at a word boundary ("(?<!\\w)"). The boundary is tested
    after the first character, so that every branch starts with a literal: the regex engine then
    skips from one possible first character to the next instead of trying every position."""
    out = []
    for first in sorted({w[0] for w in words}):
        rest = [w[1:] for w in words if w[0] == first]
        inner = trie_alternation([r for r in rest if r], space)
        tail = f"(?:{inner})" + ("?" if "" in rest else "") if inner else ""
        out.append(re.escape(first) + r"(?<!\w[\s\S])" + tail)
    return "(?:" + "|".join(out) + ")"


# a footnote line as converters write it: "¹ …" (checked by the caller), "[1] …", "[^1]: …"
FOOTNOTE_LINE = re.compile(r"[ ]{0,3}\[\^?\d{1,3}\]:?[ ]")

# "khoản 2 Điều 5 <ref>", "các Điều 11, 14, 16, 22 và 26 của <ref>": a list of provisions of one document is
# one pinpoint ("Điều 7, Điều 8 và Điều 12 của", "khoản 3, khoản 4 Điều 6", "điểm a, c, đ khoản 1 Điều 28",
# "điểm d khoản 1 Điều 81, khoản 2 Điều 83 và Điều 85"), and so is a section of a chapter ("Mục 2 Chương VI"),
# a section of a guide or letter ("mục 3", "khoản 2 mục III", "mục 3 phần I"), a list of chapters ("Chương II
# và Chương III"), an annex or form ("Phụ lục I", "khoản 3 Điều 12 và Phụ lục II", "Điều 3 và Mẫu số 02") and
# a numbered point of a letter ("Điểm 3 Công văn số …")
# The lists inside a unit are possessive ("{0,12}+"): "Điều 1, Điều 2" is one unit's list or two units, and
# trying every split of a long list that does not end the window costs milliseconds per reference; the
# longest list reaches every end a split would (the split's units start with the same words)
_PIN_SEP = r"(?:,[ ]{0,2}|[ ]{1,3}và[ ]{1,3})"
# a point is lettered ("điểm a") or, in amending decrees, numbered ("Điểm 4 Khoản 11 Điều 1 Nghị định …", real-text
# audit r58: the point was cut)
_PIN_POINT_ID = r"(?:[a-zđ]|\d{1,2})(?!\w)"
_PIN_POINTS = (
    rf"(?i:điểm)[ ]{{1,3}}{_PIN_POINT_ID}(?:{_PIN_SEP}(?:(?i:điểm)[ ]{{1,3}})?{_PIN_POINT_ID}){{0,12}}+"
)
_PIN_CLAUSES = (
    rf"(?i:khoản)[ ]{{1,3}}\d{{1,3}}(?:{_PIN_SEP}(?:(?i:khoản)[ ]{{1,3}})?\d{{1,3}}(?!\d)){{0,12}}+"
)
_PIN_ARTICLES = (
    rf"(?i:điều)[ ]{{1,3}}\d{{1,3}}[a-zđ]?(?:{_PIN_SEP}(?:(?i:điều)[ ]{{1,3}})?\d{{1,3}}[a-zđ]?){{0,12}}+"
)
# "khoản 1 của Điều 1", "điểm a của khoản 2 Điều 3": a "của" may join the parts
_PIN_OF = r"(?:(?i:của)[ ]{1,3})?"
# "khoản 2, Điều 8, Nghị định số …" (older preambles): a comma may part the units and close the pinpoint
# "Khoản 4 và điểm a khoản 5 Điều 6", "Điểm a Khoản 3 và Điểm a Khoản 4 Điều 5" (Q&A pages, r13): clauses of one
# article listed, each with its own points
_PIN_CLAUSE_GROUP = rf"(?:{_PIN_POINTS},?[ ]{{1,3}}{_PIN_OF})?{_PIN_CLAUSES}"
_PIN_ITEM = (
    rf"(?:{_PIN_CLAUSE_GROUP}(?:{_PIN_SEP}{_PIN_CLAUSE_GROUP}){{0,6}},?[ ]{{1,3}}{_PIN_OF}"
    rf"|{_PIN_POINTS},?[ ]{{1,3}}{_PIN_OF})?{_PIN_ARTICLES}"
)
_ROMAN = r"[IVXLC]{1,6}(?!\w)"
# "mục 3, 4, 5 Phần A" (rows of a list of procedures, holdout32): numbered sections listed, a part by letter;
# a numbered point or clause of a section ("khoản 2 mục III", "điểm 2 mục II" of a Party conclusion, holdout42)
_PIN_SECTION = (
    rf"(?:(?:(?i:khoản|điểm)[ ]{{1,3}}\d{{1,3}}[ ]{{1,3}})?(?i:mục)[ ]{{1,3}}(?:số[ ]{{1,3}})?(?:\d{{1,2}}(?:{_PIN_SEP}\d{{1,2}}){{0,12}}+(?!\w)|{_ROMAN})"
    rf"(?:[ ]{{1,3}}(?i:chương|phần)[ ]{{1,3}}(?:{_ROMAN}|[A-Z](?!\w)))?|(?i:chương)[ ]{{1,3}}{_ROMAN}"
    # "số thứ tự 10 Phụ lục II" (a row of an annexed list, holdout37)
    rf"|(?i:số[ ]thứ[ ]tự)[ ]{{1,3}}\d{{1,3}}(?!\w))"
)
# "Mẫu 01" (holdout36), "Mẫu số 05.A" (holdout37), "mẫu số 01/KHBS" (a tax form's code, holdout39): a form;
# "Phụ lục VIb", "Phụ lục IIa": an annex split into lettered parts (the completion records of Nghị định
# 06/2021/NĐ-CP, holdout40)
_ROMAN_LETTERED = r"[IVXLC]{1,6}[a-d]?(?!\w)"
_PIN_ANNEX = (
    rf"(?:(?i:phụ[ ]lục)[ ]{{1,3}}(?:số[ ]{{1,3}})?(?:{_ROMAN_LETTERED}|\d{{1,2}}(?!\w))"
    r"|(?i:mẫu)[ ](?:số[ ])?\d{1,3}(?:\.[A-Z]\d?)?(?:/[A-ZĐ]{2,8})?(?!\w))"
)
_PIN_UNIT = rf"(?:{_PIN_ITEM}|{_PIN_SECTION}|{_PIN_ANNEX})"
PIN = rf"(?P<pin>{_PIN_UNIT}(?:{_PIN_SEP}{_PIN_UNIT}){{0,8}}|(?i:điểm)[ ]{{1,3}}\d{{1,2}}(?!\w))"
# "Điều 9của Luật …": a site's joined lines glue the "của" to the article's number (real-text audit r16)
# "Điều 20 sửa đổi, bổ sung của Luật …": the provision named as amended (relation_cues.json amended_provision)
_AMENDED_PROVISION = words_alternation(load_data("relation_cues.json")["bridges"]["amended_provision"])
PINPOINT_BEFORE = re.compile(
    rf"{PIN}(?:,?[ ]{{1,3}}(?:(?:của|tại|thuộc)[ ]{{1,3}})?|(?<=\d)(?:của|tại|thuộc)[ ]{{1,3}}"
    rf"|[ ]{{1,3}}(?:{_AMENDED_PROVISION})[ ]{{1,3}}của[ ]{{1,3}})[*_]{{0,2}}\Z"
)
# the words every unit of PIN opens with (the same case-insensitive literals): where a pinpoint can start
_PIN_HEAD = re.compile(r"(?i:điểm|khoản|điều|mục|chương|số[ ]thứ[ ]tự|phụ[ ]lục|mẫu)")


def pinpoint_before(s: str, pos: int = 0) -> re.Match[str] | None:
    """`PINPOINT_BEFORE.search(s, pos)`, the same match: the pattern is tried only where a unit word
    starts. Anchored at the end, the pattern would otherwise be run from every position of the window
    (tens of thousands of instructions a search, per reference)."""
    head = _PIN_HEAD.search(s, pos)
    while head is not None:
        m = PINPOINT_BEFORE.match(s, head.start())
        if m is not None:
            return m
        head = _PIN_HEAD.search(s, head.start() + 1)
    return None


# "Điều 42, Khoản 1 của Luật …", "Điều 5 khoản 2 điểm a Nghị định …": one article before its clauses (and their
# points), no article after them (then it is a list: "Điều 4, khoản 2 Điều 17"); the pinpoint is written back in
# the canonical order, "Khoản 1 Điều 42" (real-text audit r58: missed)
PINPOINT_REVERSED = re.compile(
    rf"(?P<art>(?i:điều)[ ]{{1,3}}\d{{1,3}}[a-zđ]?),?[ ]{{1,3}}(?P<cl>{_PIN_CLAUSES})"
    rf"(?:,?[ ]{{1,3}}(?P<pt>{_PIN_POINTS}))?,?[ ]{{1,3}}(?:(?:của|tại|thuộc)[ ]{{1,3}})?[*_]{{0,2}}\Z"
)
# "Nghị định số 123/2015/NĐ-CP (Điều 24, 25)": the pinpoint in parentheses right after the reference
# also after the date ("<ref> ngày 05/10/2024 (Điều 19)") and on a table cell's next line ("<ref>⏎\t\t\t\t(khoản 2
# Điều 47)", a tab table's cell going on; holdout32)
PINPOINT_AFTER = re.compile(
    rf"(?:[ ]{{1,3}}ngày[ ]{{1,3}}\d{{1,2}}/\d{{1,2}}/\d{{4}})?(?:[ *_]{{0,3}}|[ ]{{0,3}}\n[\t ]{{1,8}})\({PIN}\)"
)
# "<ref> ngày 05/3/2020 của Chính phủ về công tác văn thư (Phụ lục I)": a pinpoint in parentheses closing the
# reference's issuer and its "về …" subject, nothing between that is another reference (no "/", no bracket or
# sentence stop; holdout46); not after a statement about the reference ("… của UBND tỉnh hết hiệu lực một phần
# (khoản 2 Điều 4)", holdout23)
PINPOINT_AFTER_SUBJECT = re.compile(
    rf"(?:[ ]{{1,3}}ngày[ ]{{1,3}}\d{{1,2}}/\d{{1,2}}/\d{{4}})?[ ]{{1,3}}của[ ][^()./;:\n]{{3,80}}?[ ]về[ ]"
    rf"[^()./;:\n]{{3,160}}?[ ]\({PIN}\)"
)
# "Điều 5 và Điều 7 của Nội quy thi tuyển … ban hành kèm theo <ref>": a provision of the rules a decision or
# circular issues is cited into that document (also "Điều 9 và Biểu mẫu số … ban hành kèm theo <ref>")
PINPOINT_ATTACHED = re.compile(
    rf"{PIN}[ ]{{1,3}}(?:(?:của[ ]{{1,3}})?(?:Quy chế|Quy định|Nội quy|Điều lệ|Quy trình)(?:[ ,][^.;:\n()]{{0,160}}?)?"
    r"|và[ ]{1,3}(?:Biểu[ ])?mẫu[ ]số[ ][^\s]{1,40})[ ]{1,3}ban[ ]hành[ ]kèm[ ]theo[ ]{1,3}[*_]{0,2}\Z"
)
# "mục I, mục II Phụ lục ban hành kèm theo <ref>": provisions of the unnumbered annex a document issues;
# the annex is part of the pinpoint ("Phụ lục II" is a pinpoint of its own, PIN)
# — also a decision's list issued as its annex ("mục 3, 4, 5 Phần A Danh mục ban hành kèm theo <ref>",
# holdout32); an annex or form alone ("thuộc Phụ lục II ban hành kèm theo <ref>", "theo Mẫu số 01 ban hành kèm
# theo <ref>") is what the reference issues, no pinpoint (holdout2, holdout24)
PINPOINT_IN_ANNEX = re.compile(
    # "theo Mẫu số 01, Phụ lục II ban hành kèm theo <ref>": a comma before the annex (holdout41)
    rf"(?P<pin>{_PIN_UNIT}(?:{_PIN_SEP}{_PIN_UNIT}){{0,8}},?[ ]{{1,3}}(?:của[ ]{{1,3}})?(?i:phụ[ ]lục|danh[ ]mục)"
    # the annex's own number: "theo Mẫu 01 Phụ lục I ban hành kèm theo <ref>" (a form of an annex, holdout36)
    rf"(?:[ ]{{1,3}}(?:số[ ]{{1,3}})?(?:{_ROMAN}|\d{{1,2}}(?!\w)))?)"
    r"[ ]{1,3}ban[ ]hành[ ]kèm[ ]theo[ ]{1,3}[*_]{0,2}\Z"
)

# "ngày" after the symbol; also on the next line when lower-case (a PDF line wrapped before it:
# "… 52/2015/NĐ-CP⏎⏎ngày 28 tháng 5", or a table cell going on after the row's leading tabs, which the
# shadow text turns into spaces: "…⏎\t\t\t\tngày 24/6/2022", or a pandoc simple table's cell going on under
# its column, indented deep: "NQ 28/2022/NQ-HĐND⏎<72 spaces>ngày 09/12/2022"), never a sentence starting
# "Ngày …" on a new line; a date glued to it is read ("ngày02/03/2010", a page's lines joined)
NGAY = re.compile(
    r"(?:[ *_]{0,4},?[ *_]{0,3}(?i:ngày)|[ ]{0,3},?[ ]{0,3}\n{1,2}(?:[ ]{0,8}|[ ]{20,80})ngày)(?![^\W\d])"
)


def with_abbreviated_heads(names: Iterable[str]) -> set[str]:
    """`names` and each written with its head abbreviated as bodies.json issuer_text abbreviations do
    ("BCĐ Trung ương về Phòng, chống thiên tai (PCTT) đã có Công điện số …" for the "Ban Chỉ đạo Trung
    ương về phòng, chống thiên tai"): the comma inside is read over as in the full name (real-text audit r65)."""
    abbr = load_data("bodies.json")["issuer_text"]["abbreviations"]
    heads = [(full + " ", short) for short, full in abbr.items() if not short.startswith("_") and " " in full]
    out = set(names)
    for n in list(out):
        out.update(short + n[len(full) - 1 :] for full, short in heads if n.startswith(full))
    return out


def _joined_body_names() -> str:
    """The body names holding "và" or a comma ("Sở Tài nguyên và Môi trường", "Bộ Văn hóa, Thể thao và
    Du lịch"; bodies.json), as one case-insensitive alternation (a trie: each shared prefix matched
    once): an issuer clause reads over their "và" and commas, which elsewhere end it ("của Bộ Nội vụ
    và Bộ Tài chính": two issuers). An office holder's title or an organ may stand before the name."""
    data = load_data("bodies.json")
    names = {
        n
        for b in (*data["central"], *data["local"])
        for n in (b["name"], *b.get("aliases", ()))
        # a spaced "&" for "và" ("Sở Kế hoạch & Đầu tư"): read as one name, never cut at its "Kế hoạch"
        if " và " in n or "," in n or " & " in n
    }
    names.update(data["issuer_text"].get("joined_unit_names", ()))  # "Phòng Giáo dục và Đào tạo" (r18)
    names = with_abbreviated_heads(names)
    # "Sở Lao động- Thương binh và Xã hội", "Lao động -Thương binh": the dash of a name spaced on one side
    # only, or on none (a page's typing; real-text audit r52); "¤" stands for it in the trie
    spaced = {" ".join(n.split()).replace(" - ", "¤") for n in names}
    body = trie_alternation(spaced, space="[ ]{1,3}").replace("¤", r"[ ]{0,3}\-[ ]{0,3}")
    # an organ or title before the name: "Ban Thường vụ Đảng ủy Khối Cơ quan và Doanh nghiệp", "Bộ
    # trưởng Bộ Tài nguyên và Môi trường" (at most four words, never "và": "A và B" is two issuers; nor a
    # word that ends an issuer clause: "của UBND tỉnh kiện toàn Ban Chỉ huy …" is the UBND's, holdout37)
    ends = sorted(load_data("issuer_clause.json")["ends"], key=len, reverse=True)
    stop = "|".join(r"[ ]{1,3}".join(map(re.escape, e.split())) for e in ("và", *ends))
    organ = rf"(?:(?!(?:{stop})(?!\w))[^\s,;.()“”\"\[\]:]{{1,20}}[ ]{{1,3}}){{0,4}}?"
    return f"{organ}(?i:{body})(?![^\\W_])"


# an issuer: a body name holding "và" or commas and what follows it, else any words; up to the
# word or mark that ends an issuer clause
_ISSUER_NAME = (
    _joined_body_names() + r"[^,;.()\n“”\"\[\]:⁰¹²³⁴⁵⁶⁷⁸⁹|]{0,88}?|[^,;.()\n“”\"\[\]:⁰¹²³⁴⁵⁶⁷⁸⁹|]{2,90}?"
)


def _issuer_end() -> str:
    """What ends an issuer clause (lookahead): a word of issuer_clause.json `ends` (its spaces also a line
    break; not right after its `not_after` word: "Ban Chỉ đạo tổng kết …" goes on), else a mark."""
    data = load_data("issuer_clause.json")
    words = []
    for phrase in sorted(data["ends"], key=len, reverse=True):
        words.append(r"[ \n]{1,3}".join(map(re.escape, phrase.split())))
        if before := data["not_after"].get(phrase):
            words[-1] += f"(?<!{re.escape(before)}[ ]{'[ ]'.join(map(re.escape, phrase.split()))})"
    # "… của UBND tỉnh X Ban hành Bảng giá đất …", "… V/v thông qua …": a title's subject, capitalised
    for phrase in sorted(data.get("title_case_ends", ()), key=len, reverse=True):
        words.append(r"[ \n]{1,3}".join(map(re.escape, (phrase[0].upper() + phrase[1:]).split())))
    # markdown emphasis may open the word ("của Quốc hội **về …": a converter's bold run; real-text audit r78)
    return (
        rf"(?=[ ]{{1,3}}[*_]{{0,3}}(?:{'|'.join(words)})(?!\w)" + r"|[,;.()\n“”\"\[\]:⁰¹²³⁴⁵⁶⁷⁸⁹|]|[ ]*\Z)"
    )  # "|": a table cell's border


_ISSUER_END = _issuer_end()
ISSUER = re.compile(r"[ *_]{0,4},?[ ]{0,3}(?:của|do)[ ]{1,3}(?P<iss>" + _ISSUER_NAME + ")" + _ISSUER_END)
JOINED_BODY_NAME = re.compile(_joined_body_names())  # where an issuer opens with such a name, its end
# "… số 168/2024/NĐ-CP được Chính phủ ban hành ngày 26/12/2024", "Luật … số 41/2024/QH15 được Quốc
# hội thông qua ngày 29/6/2024", "Luật … năm 2024, được Quốc hội khóa XV thông qua tại Kỳ họp thứ 8
# ngày …", "…, đã được Quốc hội khóa XV, kỳ họp thứ 10 thông qua ngày …": the issuer and the date
# stated in a passive clause right after the symbol or name (only when a date follows)
# a space between the words of a passive clause, or a line end (pandoc's 72-column wrap, an indented footnote)
_WRAP = r"(?:[ ]{1,3}|[ ]?\n[ ]{0,4})"
ISSUED_PASSIVE = re.compile(
    rf"[ ]{{0,3}},?{_WRAP}(?:đã{_WRAP})?được{_WRAP}"
    rf"(?:(?P<iss>[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ][^,;.()\n“”\"]{{1,60}}?)(?:[ ]{{1,3}}(?i:khóa|khoá)[ ]{{1,3}}[IVXL]{{1,6}})?"
    r"(?:[ ]{0,3},[ ]{1,3}(?i:kỳ)[ ]{1,3}họp[ ]{1,3}(?:bất[ ]thường[ ]{1,3})?(?:lần[ ]{1,3})?(?:thứ[ ]{1,3})?\w{1,12})?"
    rf"{_WRAP})?"  # ", kỳ họp thứ 10", ", kỳ họp bất thường lần thứ 5"
    r"(?:ký[ ]{1,3})?(?:ban|thông)[ ]{1,3}(?:hành|qua)"
    r"(?:[ ]{1,3}tại[ ]{1,3}(?i:kỳ)[ ]{1,3}họp[ ]{1,3}(?:thứ[ ]{1,3})?\w{1,6})?"  # "… tại Kỳ họp thứ 8"
    r"(?=[ ]{1,3}(?:vào[ ]{1,3})?ngày(?!\w))(?:[ ]{1,3}vào)?"
)
# the term after a Party body, "(khóa XI)" or "khóa XI": a closing parenthesis only when it opened one ("… của
# Bộ Chính trị khóa XI); C": the ")" closes an enclosing parenthesis, which the list after it leaves)
PARTY_TERM = re.compile(
    r"[ ]{0,3}(?P<open>\()?[ ]{0,2}(?i:khóa|khoá)[ ]{1,3}(?P<term>[IVXL]{1,6})(?!\w)(?(open)[ ]{0,2}\))"
)
# the session of an elected body after its issuer and term: ", kỳ họp thứ 9", " tại Kỳ họp thứ mười (bất thường)"
SESSION = re.compile(
    r"[ ]{0,3},?[ ]{0,3}(?:tại[ ]{1,3})?(?i:kỳ)[ ]{1,3}họp[ ]{1,3}(?:thứ[ ]{1,3})?\w{1,12}"
    r"(?:[ ]{1,3}\(?(?:bất[ ]thường|chuyên[ ]đề)\)?)?(?!\w)"
)
SYMBOL_YEAR = re.compile(r"/((?:19|20)\d\d)/")  # the year inside a number/symbol: "04/2015/NĐ-CP"
YEAR_AFTER = re.compile(r"[ ]{1,3}(?i:năm)[ ]{1,3}(?P<y>(?:19|20)\d\d)(?!\d)")
# a date written without "ngày" right before "của": recovers a date split by interleaved footnote text
BARE_DATE_BEFORE_CUA = re.compile(
    r"(?<![\d/])(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>(?:19|20)\d\d)(?=[ ]{1,3}của[ ])"
)


@cache
def issuer_heads() -> str:
    """The regex alternation of the words an issuer name starts with (vocab `issuer_heads`)."""
    return "|".join(re.escape(h) for h in vocab().issuer_heads)


@cache
def next_joint_issuer() -> re.Pattern[str]:
    """The next body of a joint issuer, after the first ("của Bộ Tài chính[ và Bộ Tư pháp]", "của Bộ
    Nội vụ[, Bộ Tài chính] và …"): a comma or "và", then a name opening with an issuer head word."""
    return re.compile(
        rf"(?:[ ]{{0,3}},|[ ]{{1,3}}và)[ ]{{1,3}}(?P<iss>(?=(?:{issuer_heads()})(?!\w))(?:{_ISSUER_NAME})){_ISSUER_END}"
    )


@cache
def compound_titles() -> dict[str, re.Pattern[str]]:
    """An office holder's first title -> its second title and body after a comma ("của Bộ trưởng[,
    Chủ nhiệm Văn phòng Chính phủ]"; issuer_codes.json compound_titles)."""
    titles = {
        k: v for k, v in load_data("issuer_codes.json").get("compound_titles", {}).items() if k[:1] != "_"
    }
    return {
        first: re.compile(
            rf"[ ]{{0,3}},[ ]{{1,3}}(?P<iss>(?:{'|'.join(map(re.escape, seconds))})[ ]{{1,3}}(?:{_ISSUER_NAME})){_ISSUER_END}"
        )
        for first, seconds in titles.items()
    }


@cache
def approved_by_before() -> re.Pattern[str]:
    """ "… quy trình nội bộ được Chủ tịch Ủy ban nhân dân tỉnh phê duyệt tại <ref>", "… do Sở Nội vụ phê duyệt
    tại <ref>": the body or office holder that approved, by the reference it approved with."""
    return re.compile(
        rf"(?:được|do)[ ](?P<iss>(?:{issuer_heads()})(?!\w)[^,;.()\n“”\"]{{0,80}}?)[ ](?:đã[ ])?phê[ ]duyệt[ ]tại[ ]\Z"
    )


@cache
def bare_issuer() -> re.Pattern[str]:
    """An issuer written right after the date without "của": "ngày 04/7/2014 Ban Thường vụ Tỉnh ủy về …",
    "ngày 04/11/2013 Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XI về …"."""
    heads = issuer_heads()
    return re.compile(
        rf"[ ]{{1,3}}(?P<iss>(?:{heads}|Hội[ ]nghị)(?:[ ][^,;.()\n“”\"\[\]: ]{{1,20}}){{0,10}}?)"
        rf"(?=[ ]{{1,3}}(?:về|khóa|khoá|v/v)(?!\w)|[ ]*[,;.()\n“”\"]|[ ]*\Z)"
    )


@cache
def issued_by_before() -> re.Pattern[str]:
    """ "Tỉnh ủy Bắc Giang ban hành <ref>", "Văn phòng UBND tỉnh xây dựng và ban hành <ref>"; never across
    "và" ("… của Chủ tịch UBND Thành phố và Thành phố Hồ Chí Minh ban hành <ref>": the last one issued)."""
    heads = issuer_heads()
    speech = load_data("bodies.json").get("issuer_text", {}).get("reported_speech", ())
    adverbs = load_data("bodies.json").get("issuer_text", {}).get("issued_adverbs", ("đã",))
    adverb = words_alternation(adverbs)
    # "xây dựng và ban hành", "kịp thời ban hành", "đã khẩn trương ban hành" (bodies.json issuing_manners)
    manner = (
        words_alternation(load_data("bodies.json").get("issuer_text", {}).get("issuing_manners", ()))
        or "(?!)"
    )
    verbs = words_alternation(issuing_verbs())
    # never across "và", nor across a verb of reported speech ("Phó Chủ tịch UBND tỉnh cho biết tỉnh đã ban
    # hành <ref>": the speaker did not issue it)
    stop = "|".join(["và[ ]", *(re.escape(w) + "(?!\\w)" for w in speech)])
    # a body whose name holds "và" or a comma (bodies.json issuer_text names_with_and), then its unit
    names = with_abbreviated_heads(load_data("bodies.json").get("issuer_text", {}).get("names_with_and", ()))
    joined = words_alternation(names, "[ ]")
    compound = rf"(?i:{joined})(?:[ ](?!{stop})[^,;.()\n“” ]{{1,20}}){{0,3}}?|" if names else ""
    return re.compile(
        rf"(?<!\w)(?P<iss>{compound}(?:{heads})(?:[ ](?!{stop})[^,;.()\n“” ]{{1,20}}){{0,8}}?)"
        # the body's term: "Ban Chấp hành Đảng bộ tỉnh khóa I ban hành", "(khóa XIX) đã ban hành"
        r"(?:[ ]{1,3}\(?(?i:khóa|khoá)[ ](?P<term>[IVXL]{1,6})\)?(?![^\W_]))?"
        # an aside between the body and its verb: "UBND tỉnh Đắk Lắk (cũ, trước khi chia tách …) đã ban hành"
        r"(?:[ ]{1,3}\([^()\n]{1,240}\))?"
        rf"[ ]{{1,3}}(?:(?:{adverb})[ ]{{1,3}})?"
        rf"(?:(?:(?:{manner})[ ]{{1,3}}(?:và[ ]{{1,3}})?)?ban hành"
        rf"(?:[ ]{{1,3}}(?:các|kèm theo))?|(?:{verbs}))[ *_]{{0,3}}\Z"
    )


@cache
def issuing_verbs() -> tuple[str, ...]:
    """Verbs besides "ban hành" by which the body right before a reference issued it (bodies.json)."""
    return tuple(load_data("bodies.json").get("issuer_text", {}).get("issuing_verbs", ()))


@lru_cache(maxsize=256)
def office_issued_before(body: str) -> re.Pattern[str]:
    """ "Bộ trưởng Bộ Giáo dục và Đào tạo ban hành <ref>": the office holder of `body` (the issuer the code
    implies) stated before "ban hành", for a body whose name holds "và", which `issued_by_before` never
    crosses (holdout22)."""
    titles = load_data("bodies.json").get("issuer_text", {}).get("titles", ())
    return re.compile(
        rf"(?<!\w)(?P<iss>(?:{'|'.join(re.escape(t) for t in titles)})[ ]{re.escape(body)})"
        r"[ ]{1,3}(?:đã[ ]{1,3})?ban hành[ *_]{0,3}\Z"
    )


_AWARD_VERB = r"(?:tặng|khen[ ]thưởng|công[ ]nhận)"
# the award's object up to the decision: "Bằng khen cho 12 tập thể, 1.245 cá nhân tại" / "… (" (no clause end)
_AWARD_OBJECT = r"[ ](?:[^;()\n.]|\.(?=\d)){0,160}?(?:[ ]tại|[ ]?\()[ *_]{0,3}\Z"


@cache
def awarded_by_before() -> re.Pattern[str]:
    """ "Chủ tịch UBND tỉnh tặng Bằng khen cho 12 tập thể, 45 cá nhân tại <ref>", "Giám đốc Sở tặng Giấy khen
    … (<ref>": an award decision is the awarding office holder's (or body's)."""
    titles = load_data("bodies.json").get("issuer_text", {}).get("titles", ())
    heads = "|".join([issuer_heads(), *(re.escape(t) for t in titles)])
    return re.compile(
        rf"(?<!\w)(?P<iss>(?:{heads})(?:[ ][^,;.()\n“” ]{{1,20}}){{0,8}}?)[ ]{{1,3}}(?:đã[ ]{{1,3}})?"
        rf"{_AWARD_VERB}{_AWARD_OBJECT}"
    )


# a further award of the same giver after its previous decision: "…(<ref> ngày …); công nhận … (<ref>"
AWARD_AGAIN = re.compile(
    rf"[^;\n]{{0,30}}?(?:[ ]{{0,2}};|[ ]và|,)[ ]{{1,3}}(?:đã[ ]{{1,3}})?{_AWARD_VERB}{_AWARD_OBJECT}"
)


@cache
def issued_by_colon() -> re.Pattern[str]:
    """ "UBND huyện đã ban hành các văn bản chỉ đạo¹: <ref>; <ref>", "UBND huyện ban hành 12 thông báo thu
    hồi đất (từ <ref> đến …)": the issuer of a list announced by a colon or a parenthesis after a short
    generic phrase."""
    heads = issuer_heads()
    return re.compile(
        rf"(?<!\w)(?P<iss>(?:{heads})(?:[ ][^,;.()\n“” ]{{1,20}}){{0,6}}?)[ ]{{1,3}}(?:đã[ ]{{1,3}})?ban hành"
        rf"[ ]{{1,3}}(?:các|nhiều|một[ ]số|\d{{1,3}})[ ][^.;:\n()\d]{{2,40}}?[⁰¹²³⁴⁵⁶⁷⁸⁹]*"
        rf"(?::|[ ]?\((?:từ[ ]|gồm[ ]|như[ ])?)[ *_]{{0,3}}\Z"
    )


@cache
def issued_by_listed() -> re.Pattern[str]:
    """ "Các văn bản do UBND huyện Trấn Yên (cũ) ban hành còn hiệu lực, như <ref>": the issuer of the
    documents the reference is an example of."""
    heads = issuer_heads()
    return re.compile(
        rf"(?<!\w)do[ ]{{1,3}}(?P<iss>(?:{heads})(?:[ ][^,;.()\n“” ]{{1,20}}){{0,8}}?)(?:[ ]{{0,2}}\((?:cũ|mới)\))?"
        rf"[ ]{{1,3}}(?:đã[ ]{{1,3}})?ban hành[^.;\n()]{{0,60}}?[ ]{{1,3}}(?:như|gồm|là)[ ]{{0,2}}:?[ *_]{{0,3}}\Z"
    )


# the subject after the clause; on the next line only with a lower-case "về" (a wrapped PDF line)
SUBJECT_START = re.compile(
    r"(?:[ *_]{0,4},?[ *_]{0,3}(?i:về việc|về|v/v)|[ ]{0,3}\n{1,2}[ ]{0,3}(?:về việc|về)"
    r"|[ ]{1,3}quy[ ]định[ ]{1,3}về(?:[ ]việc)?)[ :]{1,3}[ *_]{0,3}"  # "… của Chính phủ quy định về …"
)
PROVINCE = re.compile(r"(?:tỉnh|thành phố|TP\.?)[ ]{1,3}(?P<prov>\w{1,12}(?:[ ]\w{1,12}){0,3})")

# a province named right before a reference's parenthesis ("- Tỉnh Lào Cai (Quyết định số …)") or as
# the subject of the clause that issues it ("; tỉnh Cao Bằng đến ngày 30/9/2024 mới ban hành Kế hoạch …")
_PROV_NAME = r"(?P<prov>[A-ZĐ][^\W\d_]{0,11}(?:[ ][A-ZĐ][^\W\d_]{0,11}){0,3})"
# a former or new unit after its name ("tỉnh Yên Bái (cũ) (Quyết định số …)", holdout30)
_FORMER = r"(?:[ ]\((?:cũ|mới)\))?"
PROVINCE_BEFORE_PAREN = re.compile(
    rf"(?<!\w)(?:[Tt]ỉnh|[Tt]hành[ ]phố)[ ]{_PROV_NAME}{_FORMER}[ ]?\([ *_]*\Z"
)
# a bare province name as a list item right before the parenthesis ("như: Lạng Sơn (Báo cáo số …), Nam
# Định (Báo cáo số …)", "…) và Cao Bằng (Kế hoạch số …)"): the caller checks the name against the gazetteer
PROVINCE_NAME_BEFORE_PAREN = re.compile(
    rf"(?:[:;,][ ]|[ ]và[ ]|\n[ ]*(?:[-+•][ ]*)?)(?:như[ ]|là[ ])?{_PROV_NAME}{_FORMER}[ ]?\([ *_]*\Z"
)
# a province labelling the item right after its colon, inside a longer item ("4. Tỉnh Bắc Ninh: tỉnh Bắc
# Giang (cũ): Nghị quyết số …; tỉnh Bắc Ninh (cũ): Quyết định số …", holdout30)
PROVINCE_LABEL_BEFORE = re.compile(
    rf"(?:[:;,.][ ]|\n[ ]*(?:[-+•]|\d{{1,2}}\.)?[ ]*)(?:[Tt]ỉnh|[Tt]hành[ ]phố)[ ]{_PROV_NAME}{_FORMER}:[ *_]*\Z"
)
# a district-level unit or a Party committee right before a local document's parenthesis ("thành phố Đông
# Hà (Kế hoạch số …)", "thị xã Quảng Trị (…)", "Huyện ủy Lâm Thao (Báo cáo số …-BC/HU …)", holdout30)
UNIT_BEFORE_PAREN = re.compile(
    r"(?<!\w)(?P<unit>[Hh]uyện|[Tt]hị[ ]xã|[Qq]uận|[Tt]hành[ ]phố|(?:Huyện|Thành|Thị|Quận)[ ]ủy)"
    rf"[ ]{_PROV_NAME.replace('prov', 'name')}{_FORMER}[ ]?\([ *_]*\Z"
)
PROVINCE_ISSUING = re.compile(
    rf"(?:\A|[;:.,][ ]|[ ]và[ ]|\n[ ]*(?:[-+•*][ ]*)?)(?:[Tt]ỉnh|[Tt]hành[ ]phố)[ ]{_PROV_NAME}"
    rf"(?:[ ][^;.:()\n]{{0,60}}?)?[ ](?:đã[ ])?ban[ ]hành[ *_]*\Z"
)

# a number and a year with nothing after ("NĐ 123/2021", "Thông tư số 09/2021"): a short form when a
# type word precedes it (not "tháng 12/2021"; not "01/2011 /CT-VKSTC" or "188/2007 / NĐ-CP", a symbol
# with a scraper's spaces, but "26/2011 / TT" cut before its issuer is one)
# (scanned from its literal "/"; the number before it has 1-4 digits and is no part of a date
# "12/9/2023" or a symbol; the caller scans only texts holding "/19" or "/20")
NUMBER_YEAR = re.compile(
    r"/(?P<yr>(?:19|20)\d\d)(?![\w/-]|[.,]\d|[ ]/[A-ZĐ]|[ ]/[ ][A-ZĐ][A-ZĐa-zđ]{0,5}[-0-9])"  # the year first: most "/" fail here at once
    r"(?:(?<=[^\w/.,-]\d/\d{4})|(?<=[^\w/.,-]\d\d/\d{4})|(?<=[^\w/.,-]\d{3}/\d{4})|(?<=[^\w/.,-]\d{4}/\d{4}))"
)

# a date stated before the type word in the clause that issues the reference: "Ngày 10/6/2023, Chính
# phủ ban hành <ref>", "tỉnh Cao Bằng đến ngày 30/9/2024 mới ban hành <ref>" (not "từ ngày …"); the issuer's
# abbreviation in parentheses is no clause of its own ("Ngày 22/11/2019, Ngân hàng Nhà nước (NHNN) ban hành", r13)
DATED_ISSUING_VERBS: tuple[str, ...] = tuple(
    load_data("bodies.json").get("issuer_text", {}).get("dated_issuing_verbs", ("ban hành", "thông qua"))
)
DATE_BEFORE_ISSUING = re.compile(
    r"(?<!\w)(?<!(?<![Nn]gay[ ])[Tt]ừ[ ])[Nn]gày(?=[ ]\d)(?P<mid>(?:[^;.:()\n]|\([A-ZĐ&]{2,12}\)){0,120}?)[ ](?:đã[ ]|mới[ ])?(?:"
    + "|".join(re.escape(w).replace("\\ ", "[ \n]") for w in DATED_ISSUING_VERBS)
    + r")[ *_]*\Z"
)
