"""Where the clause, the sentence and the line of a reference begin and end, for the relation cues:
a clause opens after ";", ".", a line break or a parenthesis, at most CUE_WINDOW characters back,
but not at a soft break (a PDF line wrapped inside a sentence, a running header or a page number,
"(cũ)" after a body)."""

from __future__ import annotations

import re
from functools import cache

from ingest.patterns import pinpoint_before
from ingest.relation_rules import CUE_WINDOW, SENTENCE_REACH, nearest_cue
from ingest.spelling import fold
from ingest.vocab import load_data, vocab


def clause_start(text: str, start: int, cells: bool = False, reach: int = CUE_WINDOW) -> int:
    """Where the clause holding `start` begins, at most `reach` characters back; `cells`: the text has
    markdown tables (a cell is one)."""
    lo = max(0, start - reach)
    cut = max(lo, text.rfind(";", lo, start) + 1, _paren_cut(text, lo, start))
    if cells:
        cut = max(cut, text.rfind("|", lo, start) + 1)
    i = text.rfind("\n", lo, start)
    while (
        i != -1 and i + 1 > cut and (soft_break(text, i, lo) or _wrapped_before(text, i, start))
    ):  # a page break mid-sentence: look further
        i = text.rfind("\n", lo, content_end(text, i, lo))
    if i + 1 > cut:
        cut = i + 1
    i = text.rfind(". ", lo, start)
    if i != -1 and i + 2 > cut:
        cut = i + 2
    return cut


_OLD_OR_NEW = ("(cũ)", "(mới)")  # a body named as before or after the 2025 mergers: no parenthesis of its own


def _paren_cut(text: str, lo: int, start: int) -> int:
    """After the last parenthesis mark before `start` (from `lo`), passing over those of "(cũ)" and
    "(mới)" ("… của Bộ Thông tin và Truyền thông (cũ) hướng dẫn Nghị định …" is one clause)."""
    end = start
    while (k := max(text.rfind("(", lo, end), text.rfind(")", lo, end))) != -1:
        o = k if text[k] == "(" else text.rfind("(", max(lo, k - 4), k)
        if o == -1 or not text.startswith(_OLD_OR_NEW, o):
            return k + 1
        end = o
    return lo


def _wrapped_before(text: str, i: int, start: int) -> bool:
    """A PDF line wrapped right before the reference ("… cho phù hợp với⏎Nghị định 30/2020/NĐ-CP"),
    also after a pinpoint ("(căn cứ Điều 18⏎⏎Nghị định 138/2020/NĐ-CP)")."""
    if text[i + 1 : start].strip(" "):
        return False
    j = i
    while j > 0 and text[j - 1] in "\n ":
        j -= 1
    if j == 0:
        return False
    c = text[j - 1]
    if c.isdigit():
        return pinpoint_before(text[max(0, j - 40) : j] + " ") is not None
    if not c.islower():
        return False
    if "\n" not in text[j:i]:
        return True  # one line break after a lower-case word
    # across a blank line (a paragraph or a table cell ends there) only when a cue ends the line
    tail = text[max(0, j - 30) : j].lower()
    cue = nearest_cue(tail)
    return cue is not None and cue[1] == len(tail)


def wrapped_sentence_start(text: str, s0: int, floor: int) -> int:
    """The sentence start `s0` at a line start, moved back over PDF line wraps ("… của Chính phủ, được
    sửa đổi, bổ sung⏎bởi Nghị định số …"): over at most three soft breaks, never before `floor` or past
    the end of a previous sentence (". ")."""
    for _ in range(3):
        if s0 <= max(floor, 1) or text[s0 - 1] != "\n" or not soft_break(text, s0 - 1, max(floor, 0)):
            return s0
        ls = text.rfind("\n", max(floor, 0), s0 - 1) + 1
        stop = text.rfind(". ", ls, s0 - 1)
        if stop != -1:
            return stop + 2
        s0 = max(ls, floor)
    return s0


def soft_break(text: str, i: int, lo: int = 0) -> bool:
    """A line break inside a sentence (PDF/docx page break): a letter, digit or comma before ("ngày 14
    tháng 5⏎⏎năm 2016"), a lower-case letter after; page furniture between is skipped."""
    k = i
    while k + 1 < len(text) and text[k + 1] in "\n \f":
        k += 1
    if k + 1 >= len(text):
        return False
    if not text[k + 1].islower():  # most breaks: a capital, a digit or a bullet after
        # but "… theo khoản 5 Điều⏎33 Nghị định …": a pinpoint wrapped before its number
        if text[k + 1].isdigit() and text.endswith(_PIN_WORDS, max(0, i - 7), i):
            return True
        # and a PDF line wrapped inside a symbol ("34/2016/⏎NĐ-CP") or after a word that cannot end a
        # sentence ("ngày 03 tháng 01 năm 2013 của⏎Chính phủ quy định chi tiết …")
        j = i
        while j > 0 and text[j - 1] in " \f":
            j -= 1
        if j > 0 and text[j - 1] in "/-" and text[k + 1].isalnum():
            return True
        # and a list wrapped after its comma, the next item's type word opening the line ("… giai đoạn
        # 2021-2030,⏎Chỉ thị số 23/CT-TTg …")
        if j > 0 and text[j - 1] == "," and fold(text[k + 1 : k + 24].lower()).startswith(_list_type_words()):
            return True
        # and a sentence wrapped after its comma before a noun written with a capital ("… của cán bộ,⏎Nhân
        # dân (Kết luận số …); Luật …", a hard-wrapped web page; real-text audit r45)
        if j > 0 and text[j - 1] == "," and _capitalised_word_at(text, k + 1):
            return True
        # and a date wrapped between its parts ("ngày 30 tháng⏎6 năm 2023", "năm⏎2021"), not a count after
        # a line ending on "năm" ("kế hoạch năm⏎33 Nghị định …")
        if text[k + 1].isdigit() and any(
            text.endswith(word, max(0, j - 6), j) and rest.match(text, k + 1) for word, rest in _DATE_WRAPS
        ):
            return True
        # and a document number wrapped after its "số" ("các Nghị quyết của Hội đồng nhân dân tỉnh: số⏎340/NQ-HĐND …")
        if text[k + 1].isdigit() and _NUMBER_AFTER_WRAP.match(text, k + 1):
            words = _number_wraps()
            if text.endswith(words, max(0, j - 4), j):
                return True
        # and a pinpoint wrapped between its parts ("theo điểm c khoản 2⏎Điều 21 của Luật …")
        if text.startswith(_PIN_HEADS, k + 1) and _PIN_TAIL.search(text, max(0, j - 16), j):
            return True
        # and a list of pinpoints wrapped after its comma ("quy định chi tiết Điều 11,⏎Điều 19, khoản 1
        # Điều 21 của Luật …"; real-text audit r16): "Điều 19," opening a line is no article heading
        pin_list = j > 1 and text[j - 1] == "," and text.startswith(_PIN_HEADS, k + 1)
        if pin_list and _PIN_TAIL.search(text, max(0, j - 17), j - 1):
            return True
        words, reach = _dangling()
        if not text[k + 1].isalpha():
            return False
        if text.endswith(words, max(0, j - reach), j):
            return True
        # an upper-case title wrapped after such a word ("QUY ĐỊNH CHI TIẾT MỘT SỐ ĐIỀU CỦA⏎LUẬT …", r16)
        tail = text[max(0, j - reach) : j]
        if not tail.isupper():
            return False
        # or inside a cue's two words ("KẾ HOẠCH⏎THỰC⏎HIỆN QUYẾT ĐỊNH SỐ …", a page's table wrapping the
        # title; real-text audit r38)
        return tail.lower().endswith(words) or _splits_cue(text, j, k + 1)
    j = i
    while j > 0 and text[j - 1] in "\n \f":
        j -= 1
    if j > 0 and text[j - 1].isalpha():
        return True
    j = content_end(text, i, lo)  # a digit before: "tháng 5⏎năm 2016", or a page number to skip
    return j > 0 and (text[j - 1].isalnum() or text[j - 1] == ",")


_PIN_WORDS = (" Điều", " điều", " khoản", " Khoản", " điểm", " Điểm")


@cache
def _list_type_words() -> tuple[str, ...]:
    """Type words of two syllables or more, without marks (OCR loses them: "Chí thị"), followed by a
    space ("chi thi ", "ke hoach ")."""
    return tuple({fold(w) + " " for w in vocab().type_words if " " in w})


@cache
def _capitalised_words() -> tuple[str, ...]:
    """Common nouns written with a capital mid-sentence ("Nhân dân", "Nhà nước"; relation_cues.json
    capitalised_after_comma)."""
    return tuple(load_data("relation_cues.json")["capitalised_after_comma"]["words"])


def _capitalised_word_at(text: str, i: int) -> bool:
    """One of _capitalised_words opens at `i`, a whole word."""
    for w in _capitalised_words():
        if text.startswith(w, i):
            e = i + len(w)
            return e >= len(text) or not text[e].isalpha()
    return False


_DATE_WRAPS = (
    (" tháng", re.compile(r"\d{1,2}[ ]{1,3}năm[ ]")),
    (" năm", re.compile(r"(?:19|20)\d\d(?!\d)")),
    (" ngày", re.compile(r"\d{1,2}(?:/|[ ]{1,3}tháng[ ])")),
)


_NUMBER_AFTER_WRAP = re.compile(r"\d{1,5}[a-zđ]?[/-]")  # the start of a document number: "340/", "25-"


@cache
def _number_wraps() -> tuple[str, ...]:
    """Words a line cannot end on before a document number (relation_cues.json wrapped_before_number),
    each after a space."""
    return tuple(" " + w for w in load_data("relation_cues.json")["wrapped_before_number"]["words"])


_PIN_HEADS = ("Điều ", "Khoản ", "Điểm ")


_PIN_TAIL = re.compile(r"(?:khoản|điểm|[Đđ]iều|mục)[ ]\w{1,3}\Z")


# words that never end a sentence ("theo⏎" before a reference is _wrapped_before's)
_DANGLING = (
    " của",
    " và",
    " với",
    " bởi",
    " do",
    " về",
    " Bộ",
    " Sở",
    " ban hành",
)  # "… của Bộ trưởng Bộ⏎Tư pháp …"


@cache
def _cue_pairs() -> frozenset[str]:
    """The first two words of each relation cue of two words or more ("thực hiện", "triển khai", "căn
    cứ"; relation_cues.json), lower-cased."""
    pairs = set()
    for cues in vocab().cues.values():
        for cue in cues:
            words = cue.split()
            if len(words) >= 2:
                pairs.add(f"{words[0]} {words[1]}")
    return frozenset(pairs)


def _splits_cue(text: str, j: int, nxt: int) -> bool:
    """The word ending at `j` and the word opening at `nxt` (the next line) make a cue's first two words."""
    a = max(text.rfind(" ", max(0, j - 12), j), text.rfind("\n", max(0, j - 12), j)) + 1
    b = nxt
    while b < len(text) and b - nxt < 12 and text[b].isalpha():
        b += 1
    return a > 0 and f"{text[a:j]} {text[nxt:b]}".lower() in _cue_pairs()


@cache
def _dangling() -> tuple[tuple[str, ...], int]:
    """_DANGLING, a one-word body head and an office holder's title before the body it heads ("Xét đề nghị
    của Giám đốc⏎Sở Nông nghiệp …"; issuer_codes.json office_titles, real-text audit r14), with the
    longest's length."""
    v = vocab()
    # and a one-word body head of issuer_codes.json ("Theo đề nghị của Ban⏎An toàn giao thông tỉnh tại
    # Tờ trình số …", real-text audit r26); not an upper-case abbreviation ("UBND")
    heads = tuple(f" {h}" for h in v.issuer_heads if " " not in h and not h.isupper())
    # and a title whose body follows ("của Thủ tướng⏎Chính phủ tại …"; issuer_codes.json wrapped_titles)
    wrapped = tuple(
        f" {t}" for t in load_data("issuer_codes.json").get("wrapped_titles", {}).get("words", ())
    )
    words = tuple(dict.fromkeys(_DANGLING + heads + tuple(f" {t}" for t in v.office_titles) + wrapped))
    return words, max(len(w) for w in words)


_FURNITURE_LINE = 60  # a running page header is short


def content_end(text: str, i: int, lo: int) -> int:
    """Where the text before the line break at `i` ends, over blank lines and page furniture: a page
    number alone on its line and the running header after it ("…theo Nghị⏎⏎1⏎⏎VĂN PHÒNG CHÍNH PHỦ -
    BẢN ĐIỆN TỬ⏎⏎định số …")."""
    j = i
    for _ in range(3):
        while j > lo and text[j - 1] in "\n \f":
            j -= 1
        ls = text.rfind("\n", lo, j) + 1
        if ls <= lo:  # tested before the line is sliced: with no break after `lo`, `ls` is 0
            return j
        line = text[ls:j].strip()
        if not line:
            return j
        if not (line.isdigit() and len(line) <= 4) and not _header_with_page_number(line):
            if len(line) > _FURNITURE_LINE:
                return j
            p = ls
            while p > lo and text[p - 1] in "\n \f":
                p -= 1
            if not _page_number(text, text.rfind("\n", lo, p) + 1, p):
                return j  # a short line, but no page number above it: text
        j = ls
    return j


_STRIPPED_SHORT = re.compile(r"\s*(\S{1,4})\s*")


_HEADER_PAGE = re.compile(r"(?P<head>\S.{0,100}?)[ \t]{3,}\d{1,4}")


def _header_with_page_number(line: str) -> bool:
    """A running header with its page number on the same line, apart by a run of spaces (a flattened
    PDF: "BAN QUẢN LÝ KKT DUNG QUẤT …                 2")."""
    if not line[-1:].isdigit():
        return False
    m = _HEADER_PAGE.fullmatch(line)
    return m is not None and m.group("head").isupper()


def _page_number(text: str, a: int, b: int) -> bool:
    """`text[a:b].strip()` is a number of at most 4 digits. When no line break was found (`a` is 0)
    the stretch runs from the start of the text: a pattern tells it without copying that stretch
    (a copy per call made the cost quadratic in the length of a long document)."""
    if a:
        s = text[a:b].strip()
        return s.isdigit() and len(s) <= 4
    m = _STRIPPED_SHORT.fullmatch(text, 0, b)
    return m is not None and m.group(1).isdigit()


def line_end(text: str, pos: int) -> int:
    """The end of the line holding `pos`, across PDF line wraps (soft breaks), at most eight lines on."""
    k = len(text)
    for _ in range(8):
        k = text.find("\n", pos)
        if k == -1:
            return len(text)
        if not soft_break(text, k):
            return k
        pos = k + 1
        while pos < len(text) and text[pos] == "\n":
            pos += 1  # the blank line pdfminer leaves at a wrap ("10/⏎⏎CT-TTg") is one break
    return k


def same_clause(text: str, prev_end: int, lo: int) -> bool:
    """The previous reference is in the reference's clause, also when the clause is longer than the
    cue window ("Căn cứ Nghị định A … quy định quyền tự chủ về thực hiện nhiệm vụ, … và Nghị định B")."""
    if prev_end > lo:
        return True
    gap = text[prev_end:lo]
    return len(gap) < SENTENCE_REACH and not any(c in gap for c in (";", "\n", ". ", "(", ")"))
