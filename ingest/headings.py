"""Section headings over lists: "II. CĂN CỨ XÂY DỰNG ĐỀ ÁN" then "- Nghị quyết số 29-NQ/TW …".

A list under a heading that names a relation (relation_cues.json "section_headings": "căn cứ" ->
based_on) gives that relation to its items that have no cue of their own, as a "Căn cứ pháp lý" table
column does (ingest/tables.py). The reference's line must be a list item; walking up from it, only
list items ("- …",
"+ …", "• …") and short numbered sub-headings ("1. Văn bản của Trung ương") may lie between it and the
heading; running text ends the search, and so does any other heading ("I. SỰ CẦN THIẾT").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from ingest.after_cues import EXPIRES_WITH_THIS
from ingest.vocab import load_data

MAX_LINES = 60  # how many lines up the heading is looked for
MAX_HEADING = 120  # a heading is one short line
_BULLET = "-+•–*"
_MARKUP = "*_"
_NUMBERED = re.compile(r"(?:[IVXL]{1,5}|\d{1,2}(?:\.\d{1,2})*|[a-zđ])[.)]\s")  # "II. ", "1. ", "1.2. ", "a) "
_ROMAN = re.compile(r"[IVXL]{1,5}[.)]\s")
_LETTERED = re.compile(r"[a-zđ]\)\s")  # "a) ", "đ) ": items of a normative list


@cache
def _heading_cues() -> tuple[tuple[str, str], ...]:
    d = load_data("relation_cues.json").get("section_headings", {})
    cues = [(p, r) for r, ps in d.get("relations", {}).items() for p in ps]
    return tuple(sorted(cues, key=lambda x: len(x[0]), reverse=True))


@cache
def _intro_cues() -> tuple[tuple[str, str], ...]:
    """Cues of a line that introduces the list under it with a colon ("3. Bãi bỏ các văn bản, quy định
    sau đây:" over "a) Điều 26 của Nghị định …;"): they name the relation only there."""
    d = load_data("relation_cues.json").get("section_headings", {})
    cues = [(p, r) for r, ps in d.get("list_intro_relations", {}).items() for p in ps]
    return tuple(sorted(cues, key=lambda x: len(x[0]), reverse=True))


@cache
def _expiry_intro_cues() -> tuple[tuple[str, str], ...]:
    """Cues of a list's intro line that state its items expire ("Các thông tư sau hết hiệu lực kể từ
    ngày Thông tư này có hiệu lực thi hành:", real-text audit r71): they name the relation only with the
    citing document's own enacting wording (EXPIRES_WITH_THIS)."""
    d = load_data("relation_cues.json").get("section_headings", {})
    return tuple((p, r) for r, ps in d.get("list_intro_own_expiry", {}).items() if r[0] != "_" for p in ps)


@cache
def _bare_headings() -> dict[str, str]:
    """Whole lines that are a heading by their words alone ("Căn cứ pháp lý", "Cơ sở pháp lý:")."""
    d = load_data("relation_cues.json").get("section_headings", {})
    return {p: r for r, ps in d.get("bare_headings", {}).items() for p in ps}


@cache
def _bare_heading_probes() -> tuple[str, ...]:
    """The bare headings that hold no other one: a line that is any of them holds one of these, so the
    text is searched once per probe ("căn cứ" finds "Căn cứ pháp lý" and "Văn bản căn cứ" too)."""
    phrases = _bare_headings()
    return tuple(p for p in phrases if not any(q != p and q in p for q in phrases))


def _bare_heading(line: str) -> str | None:
    """The relation of a plain heading line that is only its words ("Căn cứ pháp lí" over "• Bộ luật
    …"): a Q&A page's legal-basis box, neither numbered nor upper case."""
    if len(line) > MAX_HEADING:
        return None
    return _bare_headings().get(" ".join(line.rstrip(":").lower().split()))


_ARTICLE = re.compile(r"Điều\s+\d+[a-zđ]?\.\s", re.IGNORECASE)  # "Điều 1. ": a normative article's heading


@cache
def _article_intro_ends() -> tuple[str, ...]:
    """Last words of an article heading that introduces the list under it without a colon ("Điều 1. Bãi
    bỏ toàn bộ các quyết định quy phạm pháp luật sau đây")."""
    d = load_data("relation_cues.json").get("section_headings", {})
    return tuple(d.get("list_intro_article_ends", ()))


def _introduces(line: str) -> bool:
    if line.endswith(":"):
        return True
    low = " ".join(line.lower().split())
    return _ARTICLE.match(line) is not None and low.endswith(_article_intro_ends())


def _intro_relation(line: str) -> str | None:
    if len(line) > MAX_HEADING or line[0] in _BULLET or not _introduces(line):
        return None
    low = " ".join(line.lower().split())
    rel = next((r for phrase, r in _intro_cues() if phrase in low), None)
    if rel is None:
        # "Các thông tư sau hết hiệu lực kể từ ngày Thông tư này có hiệu lực thi hành:" (r71): the citing
        # document's own act; "các văn bản đã hết hiệu lực gồm:" (a fact, holdout4) has no "… này"
        rel = next((r for phrase, r in _expiry_intro_cues() if phrase in low), None)
        if rel is not None and EXPIRES_WITH_THIS.search(" " + low) is None:
            rel = None
    return rel


def _marker_kind(marker: str) -> str:
    """The level an item's marker numbers: "II. " roman, "a) " lettered, "3. " / "1.2. " numbered."""
    return "roman" if _ROMAN.match(marker) else "letter" if _LETTERED.match(marker) else "number"


def _same_kind(above: re.Match[str] | None, own: re.Match[str]) -> bool:
    return above is not None and _marker_kind(above.group()) == _marker_kind(own.group())


def _letters_upper(s: str) -> bool:
    """All letters upper case, at least four of them ("II. CĂN CỨ XÂY DỰNG ĐỀ ÁN")."""
    return s == s.upper() and sum(c.isalpha() for c in s) >= 4


def has_cue_heading(text: str, low: str | None = None) -> bool:
    """Whether any line of `text` is a heading naming a relation (one look per cue occurrence; a text
    without one costs its references nothing). `low`: `text` lower-cased, same length, if known."""
    low = text.lower() if low is None else low
    for phrase, _ in _intro_cues() + _expiry_intro_cues():
        k = low.find(phrase)
        while k != -1:
            le = low.find("\n", k)
            le = len(text) if le == -1 else le
            if _intro_relation(text[low.rfind("\n", 0, k) + 1 : le].strip()) is not None:
                return True
            k = low.find(phrase, le)
    for phrase, _ in _heading_cues():
        k = low.find(phrase)
        while k != -1:
            ls = low.rfind("\n", 0, k) + 1
            le = low.find("\n", k)
            le = len(text) if le == -1 else le
            line = text[ls:le].strip()
            if le - ls <= MAX_HEADING + 8 and (_heading_line(line) or _item_intro(line)):  # long: prose
                return True
            k = low.find(phrase, le)
    for phrase in _bare_heading_probes():
        k = low.find(phrase)
        while k != -1:
            ls = low.rfind("\n", 0, k) + 1
            le = low.find("\n", k)
            le = len(text) if le == -1 else le
            if le - ls <= MAX_HEADING + 8 and _bare_heading(text[ls:le].strip()) is not None:  # long: prose
                return True
            k = low.find(phrase, le)
    return False


def _heading_line(line: str) -> bool:
    if not line or line[0] in _BULLET or len(line) > MAX_HEADING or line.endswith((".", ";", ",")):
        return False
    return _NUMBERED.match(line) is not None or _letters_upper(line)


def lines_above(text: str, pos: int, limit: int) -> Iterator[tuple[int, int]]:
    """(start, end) of each of the `limit` lines above the line that starts at `pos`, nearest first,
    up to the start of the text."""
    for _ in range(limit):
        if pos <= 0:
            return
        end = pos - 1
        pos = text.rfind("\n", 0, end) + 1
        yield pos, end


def _item_intro(line: str) -> str | None:
    """The relation a short line introducing the list under it names by its first words, bulleted or
    not ("- Căn cứ pháp lý của thủ tục hành chính:" over "+ Nghị định số …;", "Căn cứ pháp lý:" over
    bare lines "Luật … số …;"): the procedure sheets of a decision publishing administrative procedures."""
    body = line.lstrip(_BULLET + " \t")
    if body[-1:] in _MARKUP:
        body = body.strip(_MARKUP + " ")  # "- **Căn cứ:**" (a site's bold label over its indented items)
    if not body.endswith(":") or len(body) > MAX_HEADING:
        return None
    low = " ".join(body.lower().split())
    return next((r for phrase, r in _heading_cues() if low.startswith(phrase)), None)


_WRAPPED_ITEM_LINES = 4  # lines a page may hard-wrap one unmarked item over
# lines a page may hard-wrap one bulleted item over: a "- " item of a "CĂN CỨ PHÁP LÝ" list naming two or
# three documents with their dates, issuers and subjects runs to six or more lines at ~80 characters
# (real-text audit r58); the run must still close with ";" and open with a bullet
_WRAPPED_BULLET_LINES = 10
_WRAPPED_HEADING = 40  # the longest second line of a hard-wrapped heading


def _indent(text: str, lo: int) -> int:
    """The blanks opening the line that starts at `lo`."""
    k = lo
    while k < len(text) and text[k] in " \t":
        k += 1
    return k - lo


def _bare_item_relation(text: str, pos: int) -> str | None:
    """A reference opening an unmarked line of a list whose lines above end with ";" up to a line
    "Căn cứ pháp lý:" (`_item_intro`) or a heading naming a relation ("I. CĂN CỨ PHÁP LÝ"): that
    line's relation. An item above may be hard-wrapped over lines ("Nghị định số … của Chính⏎phủ quy
    định …;"), but the line right above the reference's must close an item or be the list's head."""
    wrapped = -1  # no item closed yet: the reference's line may be a wrapped sentence's rest
    for lo, end in lines_above(text, pos, MAX_LINES):
        line = text[lo:end].strip()
        if line.endswith(";") and not line.endswith(":;"):
            wrapped = 0
            continue  # an earlier item of the same list
        if not line or line[0] in _BULLET:
            return None
        intro = _item_intro(line)
        if intro is not None:
            return intro
        if _heading_line(line):
            low = " ".join(line.lower().split())
            return next((r for phrase, r in _heading_cues() if phrase in low), None)
        if 0 <= wrapped < _WRAPPED_ITEM_LINES and line[-1] not in ".:!?":
            wrapped += 1
            continue  # a wrapped line of the item above
        return None
    return None


def heading_relation(text: str, start: int) -> str | None:
    """The relation of the section heading whose list holds the reference at `start`, if any."""
    cues = _heading_cues()
    if not cues:
        return None
    pos = text.rfind("\n", 0, start) + 1  # the reference's own line must be a list item
    first = pos
    while first < start and text[first] in " \t":
        first += 1
    own = _NUMBERED.match(text, first, start)
    if text[first] not in _BULLET and own is None:
        return _bare_item_relation(text, pos) if first == start else None
    wrapped = -1  # lines of a hard-wrapped item above passed over (-1: no item closed yet)
    dashed = own is None  # the reference opens a bulleted item ("- Luật …")
    run = 0  # lines of a hard-wrapped bulleted item above passed over (0: none)
    held = ""  # an upper-case line without a number or a cue: the second line of a wrapped heading?
    for lo, end in lines_above(text, pos, MAX_LINES):
        line = text[lo:end].strip()
        if not line:
            continue
        if held:
            # "I. CĂN CỨ⏎XÂY DỰNG KẾ HOẠCH": a page hard-wraps a numbered heading; read the two lines as
            # one (real-text audit r47)
            if not (_NUMBERED.match(line) and _letters_upper(line)):
                return None
            low = " ".join(line.lower().split()) + " " + held
            return next((r for phrase, r in cues if phrase in low), None)
        # "- Luật Phòng, chống bệnh⏎truyền nhiễm ngày …;": an item above hard-wrapped over lines by a page,
        # passed over only when a bulleted line opens it (real-text audit r47)
        if (
            dashed
            and (line.endswith(";") or run)
            and run < _WRAPPED_BULLET_LINES
            and line[0] not in _BULLET
            and line[-1] not in ".:!?"
            and not _NUMBERED.match(line)
            and not _letters_upper(line)
        ):
            run += 1
            continue
        if run and line[0] not in _BULLET:
            return None  # the lines passed over were running text, not an item's
        run = 0
        digit = own is not None and "0" <= text[first] <= "9"
        if own is not None and (digit or _LETTERED.match(text, first)) and not _NUMBERED.match(line):
            # "b) Điều 1 Thông tư …" under "a) … sửa đổi … của⏎các Thông tư trong lĩnh vực …;": a PDF page
            # hard-wraps a lettered item over lines; its closing line and its rest are no running text. So
            # too a numbered one ("2. Thông tư …" under "1. Quyết định … ngày 22⏎tháng 8 năm 2022 …⏎2021-2025;"
            # below "I. CĂN CỨ XÂY DỰNG KẾ HOẠCH"), closed by ";" or "." (real-text audit r64)
            if (line[-1] == ";" or (digit and wrapped < 0 and line[-1] == ".")) and not line.endswith(":;"):
                wrapped = 0
                continue
            if 0 <= wrapped < _WRAPPED_ITEM_LINES and line[-1] not in ".:!?":
                wrapped += 1
                continue
        if digit and own is not None and wrapped >= 0 and not _same_kind(_NUMBERED.match(line), own):
            return None  # the lines passed over were prose under a heading, not a numbered item above
        wrapped = -1
        if len(line) <= 3 and line.isdigit():
            continue  # a PDF page's number between the list's heading and its items ("3. Bãi bỏ:⏎9⏎⏎a) …")
        if line[0] in _BULLET and (line[0] != text[first] or _indent(text, lo) < first - pos):
            # "- Căn cứ pháp lý …:" over "+ " items, "- **Căn cứ:**" over indented "    - " items: their
            # parent, not a sibling
            intro = _item_intro(line)
            if intro is not None:
                return intro
        if line[0] in _BULLET or _LETTERED.match(line):
            continue  # an item of the same list ("- …", "b) Khoản 3 Điều 9 Nghị định …;")
        if own is not None and line.endswith(";") and _same_kind(_NUMBERED.match(line), own):
            continue  # "2. Quyết định số …" under "1. Quyết định số …;": an item of the same numbered list
        intro = _intro_relation(line)
        if intro is not None:
            above = _NUMBERED.match(line)
            if (
                own is not None
                and above is not None
                and _marker_kind(above.group()) == _marker_kind(own.group())
            ):
                return None  # "4. X …" after "3. Bãi bỏ … sau đây:" and its a), b): a sibling, not an item
            return intro
        if len(line) > MAX_HEADING or line.endswith((".", ";", ",")):
            return None  # running text: the reference is in no heading's list
        bare = _bare_heading(line)
        if bare is not None:
            return bare  # "Căn cứ pháp lý" / "Cơ sở pháp lý:" alone on its line
        numbered = _NUMBERED.match(line)
        upper = _letters_upper(line)
        if not (numbered or upper):
            return None
        low = " ".join(line.lower().split())
        rel = next((r for phrase, r in cues if phrase in low), None)
        if rel is not None:
            return rel
        if upper and not numbered and len(line) <= _WRAPPED_HEADING:
            held = low  # perhaps a heading's wrapped second line: its first line decides
            continue
        if upper or _ROMAN.match(line):
            return None  # another section's heading
        # a numbered sub-heading ("1. Văn bản của Trung ương"): the section's heading is further up
    return None
