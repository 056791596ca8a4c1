"""Cues that follow what they govern: "Luật A số … và Luật B số … hết hiệu lực kể từ ngày Luật này có
hiệu lực" (the citing document replaces them), "…, tiếp tục được thực hiện" (implemented), carried
back over the list that ends there; and the quoted preambles whose "Căn cứ" lines are another
text's basis (`quoted_preambles`)."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from ingest.models import Reference
from ingest.relation_rules import is_list_gap
from ingest.vocab import load_data


def cues_after(
    text: str,
    refs: list[Reference],
    ends: list[int],
    after_cues: dict[str, tuple[str, ...]],
    ex: dict[str, Any],
    low: str | None = None,
) -> None:
    """Cues right after a reference's clause, tied to the citing document ("… số 31/2004/QH11 hết hiệu
    lực kể từ ngày Luật này có hiệu lực"), carried back over the list that ends there, over a renaming
    parenthesis and over a passive agent ("Luật A đã được sửa đổi, bổ sung theo Luật B (sau đây gọi là
    …) hết hiệu lực"); only items at the default relation, or at a "theo"-style implements the
    statement overrides, take them."""
    carried: str | None = None
    for i in range(len(refs) - 1, -1, -1):
        r = refs[i]
        nxt = refs[i + 1] if i + 1 < len(refs) else None
        rel = None
        if carried is not None and nxt is not None and _bridged(text, min(ends[i], nxt.start), nxt.start, ex):
            rel = carried
        elif (
            text.find("hiệu lực", ends[i], ends[i] + 40) != -1 or text.find("bị ", ends[i], ends[i] + 8) != -1
        ):
            tail = text[ends[i] : ends[i] + 40].lstrip(" ,)").lower()
            rel = next((k for k, cues in after_cues.items() if tail.startswith(cues)), None)
            stop = min(
                (j for j in (text.find(c, ends[i], ends[i] + 160) for c in ".;\n") if j != -1), default=-1
            )
            if (
                rel is not None
                and " này" not in text[ends[i] : stop if stop != -1 else ends[i] + 160]
                and not (
                    tail.startswith(_SAME_DAY)
                    and _THIS_TAKES_EFFECT.search(text, max(0, r.start - 160), r.start)
                )
            ):
                rel = None  # "X hết hiệu lực kể từ ngày 05/3/2020": a status, not this document's act
        if rel is None and r.relation == "mentions" and text.startswith(_OWN_ACT_START, ends[i] + 1):
            rel = _own_act_after(text, ends[i])  # "Điều 9 của Thông tư số X được bãi bỏ." (r41)
        if rel is None and r.relation == "mentions" and _may_expire_with_this(text, low, r.end):
            # "X … về công tác văn thư hết hiệu lực kể từ ngày Luật này có hiệu lực": after X's subject
            limit = min((j for j in (text.find(c, r.end, r.end + 400) for c in ".;") if j != -1), default=-1)
            nl = _unwrapped_newline(text, r.end, limit if limit != -1 else r.end + 400)
            limit = nl if nl != -1 else limit
            # a document named in X's own subject ("X … quy định chi tiết … của Luật Y hết hiệu lực …") does
            # not end X's clause: the statement after it is still X's
            in_subject = nxt is not None and nxt.relation_source == i
            limit = min(
                limit if limit != -1 else r.end + 400, nxt.start if nxt and not in_subject else len(text)
            )
            if _expires_with_this(text, r.end, limit):
                rel = "replaces"
        if rel is None and r.relation == "mentions" and _implemented_after(text, r, nxt):
            rel = "implements"  # "…, tiếp tục được thực hiện", "…, mà huyện đang tiếp tục thực hiện"
        carried = rel
        if rel is not None and (
            r.relation == "mentions" or (r.relation == "implements" and rel != "implements")
        ):
            r.relation = rel  # type: ignore[assignment]


_OWN_ACT_START = ("được ", "bị ")  # every own_act_after cue opens with one (a cheap test first)


@cache
def _own_acts() -> tuple[tuple[str, str], ...]:
    """(cue, relation) of relation_cues.json own_act_after, longest cue first."""
    d = load_data("relation_cues.json").get("own_act_after", {})
    pairs = [(c, k) for k, cues in d.items() if not k.startswith("_") for c in cues]
    return tuple(sorted(pairs, key=lambda p: len(p[0]), reverse=True))


def _own_act_after(text: str, end: int) -> str | None:
    """The relation of a passive act stated right after a reference's clause and ending there ("Khoản 2
    Điều 5 của Nghị định số X được sửa đổi, bổ sung như sau:", "… Thông tư số Y bị bãi bỏ.": the
    amending decree's own act, real-text audit r41); None when the cue is absent or goes on ("bị bãi
    bỏ bởi Z": Z did it, a status)."""
    tail = text[end + 1 : end + 48].lower()
    for cue, rel in _own_acts():
        if tail.startswith(cue):
            rest = tail[len(cue) :].lstrip(" *_")
            return rel if not rest or rest[0] in ".:;\n" else None
    return None


# "Quy định này có hiệu lực kể từ ngày ký. X … hết hiệu lực cùng ngày": X expires the day the citing
# document takes effect, said in the sentence before (holdout20)
_SAME_DAY = ("hết hiệu lực cùng ngày", "hết hiệu lực thi hành cùng ngày", "hết hiệu lực kể từ cùng ngày")


_THIS_TAKES_EFFECT = re.compile(r"(?i)[ ]này[ ]có[ ]hiệu[ ]lực[^\n]{0,140}\Z")


# the statement that a document expires when the citing one takes effect ("… hết hiệu lực kể từ ngày Nghị
# định này có hiệu lực thi hành"): the citing document replaces it
EXPIRES_WITH_THIS = re.compile(
    # "… hết hiệu lực, kể từ ngày Luật này có hiệu lực thi hành" (a comma before "kể từ": real-text audit r17)
    # "… hết hiệu lực từ ngày Nghị định này có hiệu lực" ("kể" left out: real-text audit r42's wrapped case)
    r"[ ](?:hết hiệu lực|bị bãi bỏ|bị thay thế)(?:[ ]thi hành)?,?[ ](?:kể[ ])?từ ngày[ ]"
    r"(?:(?:[^\W\d_]+[ ]){1,3}này[ ]có hiệu lực"
    # "… hết hiệu lực kể từ ngày ký Công văn này", "… kể từ ngày ban hành Quyết định này" (holdout36)
    r"|(?:ký|ban[ ]hành)[ ](?:[^\W\d_]+[ ]){1,3}này(?!\w))",
    re.IGNORECASE,
)


def _unwrapped_newline(text: str, start: int, end: int) -> int:
    """The first line break in [start, end) that ends a line of its own: not one a PDF or a scan wrapped
    the sentence at, whose next line (after blank lines too) goes on in lower case ("… của Chính⏎⏎phủ
    về … hết hiệu lực kể từ ngày Nghị định này⏎⏎có hiệu lực", real-text audit r41); -1 when none."""
    j = text.find("\n", start, end)
    while j != -1:
        k = j + 1
        while k < len(text) and text[k] in " \t\n":
            k += 1
        if k >= len(text) or not text[k].islower():
            return j
        j = text.find("\n", k, end)
    return -1


def _expires_with_this(text: str, start: int, end: int) -> bool:
    """EXPIRES_WITH_THIS in text[start:end], its wrapped lines joined with single spaces."""
    if text.find("\n", start, end) == -1:
        return EXPIRES_WITH_THIS.search(text, start, end) is not None
    return EXPIRES_WITH_THIS.search(" ".join(text[start:end].split()).join("  ")) is not None


def _may_expire_with_this(text: str, low: str | None, end: int) -> bool:
    """Whether EXPIRES_WITH_THIS can match in the 400 characters after `end`: every match names "…
    này" (the citing document), so a lower-cased "này" is there (none of its letters has a
    case-insensitive equivalent that lower() does not map to it). A cheap test before the window's
    bounds and the case-insensitive search (`low`: `text` lower-cased, when the caller has it)."""
    return low is None or low.find("này", end, end + 400) != -1


def _bridged(text: str, a: int, b: int, ex: dict[str, Any]) -> bool:
    """Two references joined as one subject: a list gap, "(sau đây gọi là", a passive agent."""
    gap = text[a:b]
    if is_list_gap(gap):
        return True
    k = gap.rfind("(")
    if (
        k != -1
        and not gap[:k].strip(" *_,")
        and " ".join(gap[k + 1 :].strip(" *_").lower().split()) in ex["renaming"]
    ):
        return True
    return "được" in gap and ex["agent"].fullmatch(gap) is not None


def quoted_preambles(text: str, low: str | None, openers: tuple[str, ...]) -> list[tuple[int, int]]:
    """Spans of quotations opened right after "… căn cứ ban hành như sau:" (a consolidated text's note
    quoting the amending document's preamble), up to the closing quotation mark."""
    low = text.lower() if low is None else low
    out: list[tuple[int, int]] = []
    for opener in openers:
        k = low.find(opener)
        while k != -1:
            q = k + len(opener)
            while q < len(text) and text[q] in " \n":
                q += 1
            if q < len(text) and text[q] in '"“':
                close = min((j for j in (text.find(c, q + 1) for c in '"”') if j != -1), default=len(text))
                out.append((q, close))
            k = low.find(opener, q)
    return out


IMPLEMENTED_REACH = 300


@cache
def _implemented_after_pattern() -> tuple[re.Pattern[str], tuple[str, ...]]:
    """ ", (tiếp tục) được (tiếp tục) thực hiện" or ", mà <≤4 words> đang (tiếp tục) thực hiện"."""
    d = load_data("relation_cues.json").get("implemented_after", {})
    verbs = tuple(d.get("verbs", ()))

    def alt(words: list[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    verb, ongoing = alt(list(verbs)), alt(d.get("ongoing", []))
    passive, relative = alt(d.get("passive", [])), alt(d.get("relative", []))
    aspect = rf"(?:(?:{ongoing})\s+)*"
    pattern = (
        rf"(?i),\s*(?:{aspect}(?:{passive})\s+{aspect}"
        rf"|(?:{relative})\s+(?:[^\s,;.]+\s+){{0,4}}?(?:{ongoing})\s+{aspect})(?:{verb})(?!\w)"
    )
    return re.compile(pattern), verbs


@cache
def _subject_implemented_pattern() -> re.Pattern[str]:
    """The passive predicate of a sentence whose subject is the reference: " … được thực hiện nghiêm"."""
    d = load_data("relation_cues.json").get("implemented_after", {})

    def alt(words: list[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    aspect = rf"(?:(?:{alt(d.get('ongoing', []))})\s+)*"
    return re.compile(
        rf"(?i)[ ]{aspect}(?:{alt(d.get('passive', []))})\s+{aspect}(?:{alt(d.get('verbs', []))})(?!\w)"
    )


def _implemented_after(text: str, r: Reference, nxt: Reference | None) -> bool:
    """A clause after the reference, in its sentence, saying it is (being) implemented."""
    hi = min(
        r.end + IMPLEMENTED_REACH, r.sentence[1] if r.sentence else len(text), nxt.start if nxt else len(text)
    )
    if hi <= r.end:
        return False
    if text.find("được", r.end, hi) == -1 and text.find("mà ", r.end, hi) == -1:
        return False  # cheap prefilter, no copy: every match has one of them
    if _implemented_after_pattern()[0].search(text, r.end, hi) is not None:
        return True
    # "Chỉ thị 45 và Quy định số … của … được thực hiện nghiêm.": the references are the sentence's
    # subject (only a short list lead before them, no comma after them), the passive its predicate
    s0 = r.sentence[0] if r.sentence else r.start
    # "…; Quyết định số … đã được tổ chức thực hiện": the reference opens its own ";" clause
    s0 = max(s0, text.rfind(";", s0, r.start) + 1)
    if r.start - s0 > SUBJECT_LEAD or "," in text[s0 : r.start] or "," in text[r.end : hi]:
        return False
    return _subject_implemented_pattern().search(text, r.end, hi) is not None


SUBJECT_LEAD = 40  # "Chỉ thị 45 và " before the last item of a subject list
