"""Relation cues (ingest/data/relation_cues.json): what a report does with a document it cites.

For each reference the cue is looked for in the clause just before it (back to ";", ".", a line
break or a parenthesis, at most CUE_WINDOW characters); the cue nearest the reference wins, and it
must reach the reference without crossing a comma. A reference with no cue of its own that directly
continues a list ("thực hiện A; B và C", "Căn cứ Luật A ngày …; Luật B") inherits the relation of
the item before it - across ";" from the first item of the previous clause, and past a cue that sits
in the previous item's own subject ("X … về việc ban hành Quy chế … và Y": Y joins X). Failing
that, an implements/based_on cue earlier in the sentence governs it, with the names and subjects of
earlier references blanked out (their cues govern what they name).
"X hướng dẫn Y" style cues (doc_to_doc) name the previous reference of the clause as the source;
in a proposal or draft ("tham mưu sửa đổi X", "dự thảo … thay thế X") they are no act of the
document (mentions). Noun-phrase uses are no cues: "theo hướng dẫn tại X", "các công việc quy định
tại X" (weak cues yield to a "… theo" before them). Evidence in parentheses ("(theo Báo cáo số …)")
is mentioned. A few cues follow what they govern ("Luật A số … và Luật B số … hết hiệu lực"): they
apply to the list that ends right before them, to items that have no cue of their own.

The cue rules live in `ingest.relation_rules`, where a clause or sentence begins in
`ingest.clause_bounds`, the cues after a reference in `ingest.after_cues`; this module holds the cue
tests and `assign_relations`, in steps.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from ingest.after_cues import cues_after, quoted_preambles
from ingest.clause_bounds import (
    clause_start,
    content_end,
    line_end,
    same_clause,
    soft_break,
    wrapped_sentence_start,
)
from ingest.headings import has_cue_heading, heading_relation
from ingest.models import Reference
from ingest.patterns import pinpoint_before
from ingest.relation_rules import CUE_WINDOW, SENTENCE_REACH, is_list_gap, nearest_cue, rules
from ingest.tables import (
    cell_at,
    flat_cell_relation,
    header_relation,
    in_task_table,
    intro_relation,
    row_label_relation,
    task_column_relation,
)
from ingest.vocab import Vocab, load_data, vocab

_SENTENCE_WIDE = frozenset(["implements", "based_on"])  # cues that govern a whole enumeration
# an amendment right before the repeal of the same document's parts: "sửa đổi, bổ sung, bãi bỏ …", "sửa đổi,
# bổ sung 04 điều và bãi bỏ 04 điều, khoản của X", "sửa đổi Điều 3 và bãi bỏ Điều 5 của X" (lower case, ending
# where the repealing cue starts)
_AMENDED_AND_REPEALED = re.compile(
    r"sửa đổi(?:,? bổ sung)?(?:[ ](?:(?:\d{1,3}|một số|các)[ ]điều(?:, khoản)?|(?:khoản[ ]\d{1,3}[ ])?điều[ ]\d{1,3}))?"
    r"(?:,|[ ]và)[ ]\Z"
)


# "… ban hành Hướng dẫn tạm thời chuyên môn thực hiện X": a guidance named (capitalised) right before the
# implementing cue, issued by the reference before it in the clause
_GUIDANCE_TITLE_BEFORE = re.compile(r"ban hành[ ]hướng dẫn(?:[ ][^\W\d_]+){0,4}[ ]\Z")


def _guided_scope_item(
    text: str, before: str, cue: tuple[int, int, str], lo: int, prev: Reference | None
) -> bool:
    """A ";" item of the text's own scope sentence ("Thông tư này hướng dẫn thực hiện Điều 8 của Nghị
    định A; chế độ báo cáo thống kê theo Luật X"): the bare "theo" names what the text guides."""
    if prev is None or prev.relation != "guides" or prev.relation_source is not None:
        return False
    if not lo or text[lo - 1] != ";" or _cue_words(before, cue) != "theo" or prev.end > lo:
        return False
    head = text[clause_start(text, prev.start) : prev.start].lower()
    return " này hướng dẫn" in head


def _in_body_name(text: str, prev: Reference, prev_end: int, r: Reference, ex: dict[str, Any]) -> bool:
    """`r` follows right on the issuer clause of `prev`, whose body is named after a document ("của Ban
    Chỉ đạo tổng kết Nghị quyết 18 của Tỉnh ủy"): the reference is part of that name."""
    if not prev.issuer or not 0 <= r.start - prev_end <= 2 or text[prev_end : r.start].strip():
        return False
    iss = prev.issuer.lower().rstrip()
    return iss.startswith(ex["named_heads"]) and iss.endswith(ex["named_verbs"])


# a meeting's conclusions: what was heard "tại <ref>" is answered; a letter answering several requests
# named in a parenthesis ("nhận được văn bản của một số địa phương (A tại Công văn số …, B tại …)")
_LABEL_AFTER_THEO = re.compile(r" (?:[^\W\d]+ ){0,2}[^\W\d]+:")


def _theo_before_a_noun(w: str, cue: tuple[int, int, str]) -> bool:
    """A bare "theo" closing a short label ("2. Kiểm tra theo thẩm quyền: Sở … kiểm tra …, trong đó có
    X"): it governs that noun, not the documents later in the sentence."""
    return w[cue[0] : cue[1]] == "theo" and _LABEL_AFTER_THEO.match(w, cue[1]) is not None


def _gap_text(text: str, a: int, r: Reference) -> str:
    """text[a:r.start], and across a page break inside the sentence the text before the running header
    joined to the line the reference opens, less the type word the break split from it ("… và
    Nghị⏎⏎BAN QUẢN LÝ … 2⏎\f⏎định số 08/2022/NĐ-CP": " và ")."""
    i = text.rfind("\n", a, r.start)
    if i == -1 or not soft_break(text, i, a):
        return text[a : r.start]
    joined = text[a : content_end(text, i, a)] + " " + text[i + 1 : r.start].lstrip()
    if r.doc_type:
        low = " ".join(joined.lower().split())
        for tail in (f" {r.doc_type.lower()} số", f" {r.doc_type.lower()}"):
            if low.endswith(tail):
                return low[: -len(tail)] + " "
    return joined


def _noun_then_tai(after_cue: str) -> bool:
    """What follows a cue word used as a noun up to the reference: "tại", or "của <its author> tại" (a
    body of at most six words)."""
    words = after_cue.split()
    return words == ["tại"] or (len(words) <= 8 and words[:1] == ["của"] and words[-1:] == ["tại"])


_GUIDANCE_SUBJECT = re.compile(r"(?im)^[ \t]*v/v\s*:?\s*hướng dẫn\b")


def _in_guidance_subject(text: str, pos: int) -> bool:
    """`pos` lies in a letter's own subject line "V/v hướng dẫn …" (wrapped over lines up to a blank
    one, at most 300 characters back; holdout13, holdout21): the letter guides what it names."""
    seg = text[max(0, pos - 300) : pos]
    seg = seg[seg.rfind("\n\n") + 1 :]
    # "v/v" in any case: without a "/v" or "/V" the regex cannot match (most clauses)
    return ("/v" in seg or "/V" in seg) and _GUIDANCE_SUBJECT.search(seg) is not None


def _title_under_type(text: str, pos: int, v: Any) -> bool:
    """`pos` opens a line right under an upper-case type word alone on its line ("THÔNG TƯ⏎Hướng dẫn
    hồ sơ …"): the document's own title."""
    ls = text.rfind("\n", max(0, pos - 8), pos)
    if ls == -1 or text[ls + 1 : pos].strip(" *_#"):
        return _title_field_value(text, pos)
    j = ls
    while j > 0 and text[j - 1] in "\n ":
        j -= 1
    prev_ls = text.rfind("\n", max(0, j - 40), j) + 1
    line = text[prev_ls:j].strip(" *_#")
    return bool(line) and line.isupper() and line.lower() in v.type_words


@cache
def _title_labels() -> frozenset[str]:
    """The labels of a metadata block's field that holds the document's own title (report_meta.json
    document_field_roles: "trích yếu", "tên văn bản")."""
    roles = load_data("report_meta.json").get("document_field_roles", {})
    return frozenset(k for k, role in roles.items() if role == "title")


_FIELD_LABEL_REACH = 40


def _title_field_value(text: str, pos: int) -> bool:
    """`pos` opens the value of a web page's title field ("- **Trích yếu:** Quy định chi tiết … X",
    "| Trích yếu: | Hướng dẫn … |"): the document's own subject, as its title is (real-text audit r78,
    round f24)."""
    ls = text.rfind("\n", max(0, pos - _FIELD_LABEL_REACH), pos)
    if ls == -1 and pos > _FIELD_LABEL_REACH:
        return False
    head = text[ls + 1 : pos]
    return ":" in head and head.strip(" *_#-|•:\t").lower() in _title_labels()


def _plan_content_cue(text: str, paren: int, prev: Reference | None, ex: dict[str, Any]) -> str | None:
    """ "thực hiện Đề án phát triển … (Quyết định số …)": a reference opening the parenthesis after an
    unnumbered plan or programme that an implementing cue governs is the plan's own document: the cue's
    relation (gold README: the plan is the content of the numbered document); so is the document that
    conveys a conclusion or instruction carried out ("Thực hiện kết luận của … (tại Thông báo số …)")."""
    a = clause_start(text, paren)
    if prev is not None and prev.end > a:
        return None
    seg = text[a:paren].lower()
    cue = nearest_cue(seg)
    plans = ex["plan_words"]
    if (
        cue is not None
        and cue[2] == "implements"
        and seg[cue[1] :].lstrip(" *_").startswith(ex["plan_conclusions"])
    ):
        return "implements"  # "Thực hiện kết luận của Thủ tướng … (tại Thông báo số …)": it conveys them
    if cue is not None and not seg[cue[1] :].lstrip(" *_").startswith(plans):
        # a cue inside the plan's own title ("Chương trình công tác theo nhiệm vụ …"): the one
        # governing the plan is the cue right before its type word
        at = max(seg.rfind(w, 0, cue[0]) for w in plans)
        cue = nearest_cue(seg[:at]) if at > 0 else None
    if cue is None or cue[2] != "implements":
        return None
    issued = seg.rfind("ban hành", 0, cue[0])
    if issued != -1 and seg[issued + len("ban hành") : cue[0]].strip(" ,") not in ("", "và"):
        return None  # "UBND tỉnh ban hành kế hoạch thực hiện Chương trình … (Kế hoạch số …)": issued
    # ("Ban hành và tổ chức thực hiện Chương trình … (Quyết định số …)": both verbs govern the plan)
    return "implements" if seg[cue[1] :].lstrip(" *_").startswith(plans) else None


def _opens_parenthesis(text: str, lo: int, start: int) -> bool:
    """The reference opens a parenthesis, alone or after its pinpoint: evidence cited for what was
    said ("(*Quyết định số …*)", "(Điều 38 *VBHN số …*)")."""
    if lo == 0 or text[lo - 1] != "(":
        return False
    gap = text[lo:start].strip(" *_")
    if not gap:
        return True
    if len(gap) > 40 or "iều" not in gap:
        return False
    pin = pinpoint_before(gap + " ")
    return pin is not None and pin.start() == 0


def _self_before(before: str, cue: tuple[int, int, str], ex: dict[str, Any]) -> bool:
    """ "Thông tư này hướng dẫn …", and the enacting formula "Bộ trưởng Bộ Nội vụ ban hành Thông tư
    hướng dẫn …": the citing document itself is the one that guides."""
    head = before[: cue[0]].rstrip(" *_")
    if head.endswith(" này") or _ENACTING_FORMULA.search(head) is not None:
        return True
    # the enacting formula with the issuer as the subject of "quy định …" ("Bộ trưởng Bộ Tư pháp quy định
    # chi tiết thi hành một số điều của Nghị định số X như sau:", "Chính phủ quy định chi tiết một số điều
    # và biện pháp thi hành Luật Y"; real-text audit r45): the first of a pair of guiding verbs decides
    cue = _first_of_pair(before, cue, ex)
    return (
        before.startswith(ex["enacting_verbs"], cue[0])
        and _ENACTING_ISSUER.search(before[: cue[0]].rstrip(" *_")) is not None
    )


def _first_of_pair(before: str, cue: tuple[int, int, str], ex: dict[str, Any]) -> tuple[int, int, str]:
    """The first of two paired guiding verbs ("quy định chi tiết một số điều và biện pháp thi hành X"),
    which stands where the text's own scope or title opens; else `cue`."""
    if _paired_guides(before, cue, ex["paired_between"]):
        first = nearest_cue(before[: cue[0]])
        if first is not None:
            return first
    return cue


def _own_scope_goes_on(text: str, lo: int, head: str) -> bool:
    """The clause at `lo` follows a ";" with no subject before its cue (`head`: at most a verb, "quy định"),
    in a line that opened with the text's own scope ("Nghị định này quy định chi tiết …; quy định biện
    pháp thi hành …")."""
    if not lo or text[lo - 1] != ";" or len(head.strip(" *_,")) > 12:
        return False
    line = text[text.rfind("\n", 0, lo) + 1 : lo].lower()
    return _OWN_SCOPE.match(line) is not None


_OWN_SCOPE = re.compile(
    r"[ *_]*(?:\d{1,2}\.[ ]+)?(?:nghị định|thông tư liên tịch|thông tư|nghị quyết liên tịch|nghị quyết|"
    r"quyết định|luật|pháp lệnh)[ ]này[ ](?:quy định|hướng dẫn)"
)


# a markdown italic or bold marker may open the formula ("*Bộ trưởng Bộ Y tế ban hành Thông tư …*": the
# preamble of a converted text is italic; real-text audit r78)
_ENACTING_ISSUERS = (
    r"^[ \n*_]*(?:bộ trưởng|chính phủ|thủ tướng chính phủ|tổng thanh tra|thống đốc|ủy ban nhân dân|hội đồng "
    r"nhân dân)"
)
# the enacting formula of a normative text: its issuer "ban hành" its own (unnumbered) type, now
_ENACTING_FORMULA = re.compile(
    _ENACTING_ISSUERS
    + r"[^.;:\n]{0,160}[ ]ban hành[ ](?:thông tư liên tịch|thông tư|nghị định|quyết định|nghị quyết)\Z"
)
# the issuer alone before the formula's verb: its name, no comma, no other clause
_ENACTING_ISSUER = re.compile(_ENACTING_ISSUERS + r"[^.;:,\n]{0,80}\Z")


def _passive(after_cue: str, markers: tuple[str, ...], before_cue: str = "") -> bool:
    """ "được sửa đổi, bổ sung bởi X", also with a pinpoint between ("được sửa đổi, bổ sung một số
    điều tại X"): X is the agent; "A đã được sửa đổi, bổ sung và X": the passive verb is A's."""
    words = after_cue.split(None, 1)
    if bool(words) and words[0] in markers:
        return True
    if not before_cue.rstrip(" *_").endswith("được"):
        return False
    if after_cue.lstrip(" *_").startswith(("và ", ",", ";")):
        return True  # "Luật A đã được sửa đổi, bổ sung và Điều 19 <ref>": the verb was A's, not the ref's
    # "được hướng dẫn cụ thể tại Điều 9 <ref>": the marker before the pinpoint (r13)
    words = after_cue[: _pin_start(after_cue)].split()
    return 1 < len(words) <= 6 and words[-1] in markers


def _pin_start(s: str) -> int:
    """Where a pinpoint closing `s` starts ("… tại Điều 9 "), or len(s)."""
    m = pinpoint_before(s)
    return len(s) if m is None else m.start()


def _passive_status(after_cue: str, before_cue: str, ex: dict[str, Any]) -> bool:
    """ "Bị thay thế 32/2006/NĐ-CP", "Được sửa đổi 42/2019/TT-BCT": a passive verb right before the
    reference, nothing between but the extent ("Bị bãi bỏ 1 phần 32/2013/QH13"), makes it the agent (a
    database's history row; relation_cues.json passive_status)."""
    if not ex["passive_status"]:
        return False
    if after_cue.strip(" ") and (len(after_cue) > 12 or after_cue.strip(" ") not in ex["passive_partial"]):
        return False  # "Bị bãi bỏ 1 phần <ref>": only the extent of the change may stand between
    words = before_cue.rstrip(" *_").rsplit(None, 1)
    return bool(words) and words[-1] in ex["passive_status"]


_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def opens_paragraph(text: str, a: int, r: Reference) -> bool:
    """A blank line between the previous reference's clause (ending at `a`) and `r` after no list
    separator: `r` opens a paragraph of its own, no item of that list ("… SỬA ĐỔI … QUYẾT ĐỊNH SỐ 25-CP …
    CỦA HỘI ĐỒNG CHÍNH PHỦ⏎⏎Quyết định số 25-CP được ban hành …", a heading over the body; real-text audit
    r22). A page break inside the sentence is none (`_gap_text` joins across it)."""
    if "\n" not in text[a : r.start]:
        return False
    m = _BLANK_LINE.search(text, a, r.start)
    if m is None or text[max(0, m.start() - 40) : m.start()].rstrip()[-1:] in (";", ",", ":"):
        return False
    return _BLANK_LINE.search(_gap_text(text, a, r)) is not None


def _continues_list(gap: str) -> bool:
    """A list gap, also when the next item opens with its pinpoint ("… và Điều 2 <ref>")."""
    if is_list_gap(gap):
        return True
    if "iều" not in gap:  # no "Điều"/"điều": no pinpoint to strip
        return False
    for _ in range(4):  # "Điều 3, Điều 5 và khoản 2 Điều 17 <ref>": a list of pinpoints
        lo = max(0, len(gap) - 60)  # a pinpoint is short; the \Z-anchored search stays cheap
        pin = pinpoint_before(gap, lo)
        if pin is None:
            return False
        gap = gap[: pin.start()]
        if is_list_gap(gap):
            return True
        gap = gap.rstrip(" ,")
        if gap.endswith(" và"):
            gap = gap[:-3]
        gap += " "
        if "iều" not in gap:
            return False
    return False


_DATE_LEAD = re.compile(r"\s*,?\s*ngày\s+\d{1,2}(?:\s*(?:/|-|tháng)\s*\d{1,2}\s*(?:/|-|năm)\s*\d{4})")


def _later_item_after_subject(gap: str, prev: Reference, r: Reference, ex: dict[str, Any]) -> bool:
    """ "Căn cứ Chỉ thị số A ngày 04/9/2012 của Ban Bí thư về tăng cường … giao thông và⏎Kết luận số B ngày
    01/02/2019 của Ban Bí thư": the gap is A's subject, opened by a word of relation_cues.json amended_list
    and closed by "và"; B, dated after A, cannot be inside A's subject: it is the next item of A's list
    (real-text audit r57: B read "mentions" once the subject's wrapped lines hid the "Căn cứ")."""
    if not (r.date and prev.date and len(r.date) == 10 and len(prev.date) == 10 and r.date > prev.date):
        return False
    words = " ".join(gap.lower().split())
    if not words.startswith(ex["subject_openers"]) or not words.endswith(" và"):
        return False
    return not any(b in words for b in (";", ". ", ":"))


def _item_past_inner_subject(t: _Pass, i: int) -> Reference | None:
    """The amended or replaced item whose subject holds the previous reference (that reference's relation
    comes from the item's own cue: "Nghị định A quy định chi tiết Luật X"), when reference i, of A's type
    and not X's, follows X's words as the next item of A's list (`_amended_item_subject`)."""
    prev, r = t.refs[i - 1], t.refs[i]
    j = prev.relation_source
    if j is None or j >= i - 1 or prev.doc_type == r.doc_type:
        return None
    head = t.refs[j]
    gap = t.text[min(t.ends[i - 1], r.start) : r.start]
    return head if _amended_item_subject(gap, head, r, t.ex) else None


def _strip_date(gap: str) -> str:
    """ "Luật A ngày 22/6/2015 và Luật B": a list gap once the first item's date is dropped."""
    m = _DATE_LEAD.match(gap)
    return gap[m.end() :] if m else gap


def _amended_item_subject(gap: str, prev: Reference, r: Reference, ex: dict[str, Any]) -> bool:
    """ "Chính phủ ban hành Nghị định sửa đổi, bổ sung … của Nghị định A … của Chính phủ quy định chức năng,
    nhiệm vụ … của Bộ, cơ quan ngang Bộ và Nghị định B": the gap is A's subject, opened by a word of
    relation_cues.json amended_list (no cue, no clause break of its own) and closed by the list's "và",
    "," or ";": B is the next item of the list the citing document amends or replaces (real-text audit r8)."""
    if (
        prev.relation not in ("amends", "replaces")
        or prev.relation_source is not None
        or prev.doc_type != r.doc_type
    ):
        return False
    words = " ".join(gap.lower().split())
    if not words.startswith(ex["subject_openers"]):
        return False
    for sep in (" và", ",", ";"):
        if words.endswith(sep):
            body = words[: -len(sep)]
            break
    else:
        return False
    return not any(b in body for b in (";", ". ", ":", "(", ")")) and nearest_cue(body) is None


def _yield_weak(
    before: str, cue: tuple[int, int, str] | None, ex: dict[str, Any], skip: frozenset[str] = frozenset()
) -> tuple[int, int, str] | None:
    """A noun-phrase cue ("… quy định tại X") yields to a "… theo" cue before it in the clause
    ("thực hiện theo quy định tại X": implements; "được sửa đổi theo quy định tại X": mentions)."""
    if cue is None or cue[2] != "mentions" or _cue_words(before, cue) not in ex["weak"]:
        return cue
    earlier = nearest_cue(before[: cue[0]], skip)
    if earlier is not None and earlier[2] == "guides" and before[earlier[1] :].split()[:1] == ["tại"]:
        # "căn cứ hướng dẫn tại Công văn này và quy định tại X" (holdout21): "hướng dẫn tại" is a noun
        earlier = nearest_cue(before[: earlier[0]], skip)
    if (
        earlier is None
        or not (
            _cue_words(before, earlier).endswith(ex["yield_to"])
            or earlier[2] in ex["yield_to_rel"]
            # "thực hiện (nghiêm) quy định tại X": the noun phrase is the object of the verb right before it;
            # so too of an amending or repealing one ("Sửa đổi, bổ sung quy định tại điểm g … X", r71), not
            # of a passive one ("các thủ tục … bị bãi bỏ quy định tại X": X is where that is laid down)
            or (
                earlier[2] in ex["weak_verbs"]
                and (" ".join(before[earlier[1] : cue[0]].split()) in ex["weak_adverbs"] | {""})
                # (relation_cues.json passive_status auxiliaries: "bị", "được")
                and (
                    earlier[2] == "implements"
                    or before[: earlier[0]].rstrip().rpartition(" ")[2] not in ex["passive_status"]
                )
            )
        )
    ):
        return cue
    return (earlier[0], cue[1], earlier[2])


def _verb_scope_pair(head: str, ex: dict[str, Any]) -> bool:
    """`head` (the text before a guiding cue) ends in "<enacting verb> <scope> và" ("Thông tư A quy định một
    số nội dung và biện pháp thi hành X"; real-text audit r69): the plain verb and its own object pair with
    the cue, whose subject is still the guiding document A."""
    tail = head[-60:]
    if "và" not in tail:
        return False
    words = " ".join(tail.split()).lower()
    if not words.endswith(" và"):
        return False
    words = words[:-3]
    return any(
        words.endswith(f"{verb} {scope}") for verb in ex["enacting_verbs"] for scope in ex["paired_between"]
    )


def _paired_guides(before: str, cue: tuple[int, int, str], between: tuple[str, ...] = ()) -> bool:
    """ "(các văn bản) quy định chi tiết, hướng dẫn thi hành X": two guiding verbs in a row with no
    guiding document name the documents that guide X, a noun phrase: the cue before it decides. The first
    verb may take its own object from `between` ("Nghị định quy định chi tiết một số điều và hướng dẫn thi
    hành Luật X", real-text audit r12)."""
    head = before[: cue[0]].rstrip(" *_")
    if head.endswith(","):
        head = head[:-1]
    elif head.endswith(" và"):
        head = head[:-3]
    else:
        return False
    prev = nearest_cue(head)
    if prev is None or prev[2] != "guides":
        return False
    gap = " ".join(head[prev[1] :].split()).lower()
    return gap == "" or gap in between


def _without_pinpoint(tail: str) -> str:
    """The text between a cue and its reference without a pinpoint right before the reference (the
    commas of "các Điều 11, 14, 16, 22 và 26 của" separate articles, not clauses)."""
    if "iều" not in tail:
        return tail
    flat = tail.replace("\n", " ")  # a PDF line break inside the pinpoint ("khoản 3⏎Điều 119 của")
    pm = pinpoint_before(flat, max(0, len(flat) - 80))
    while pm:  # "Điều 7, Điều 9, khoản 2 Điều 11 và Điều 31 của": a list of pinpoints, one by one
        tail = tail[: pm.start()]
        jm = _PINPOINT_JOINER.search(flat, max(0, pm.start() - 6), pm.start())
        pm = pinpoint_before(flat[: jm.start()] + " ", max(0, jm.start() - 80)) if jm else None
        if pm:
            tail = tail[: pm.start()]
    return tail


_PINPOINT_JOINER = re.compile(r"(?:,|[ ]và)[ ]{1,2}\Z")
_QUOTED = re.compile(r'"[^"\n]{0,200}"|“[^”\n]{0,200}”')


def _without_quoted(tail: str) -> str:
    """The text between a cue and its reference without quoted phrases: the comma of "Thay thế cụm từ "A"
    bằng cụm từ "B, C" tại … của X" is inside the quoted words, not between clauses; likewise "điều, khoản"."""
    tail = _QUOTED.sub("", tail) if '"' in tail or "“" in tail else tail
    # nor the comma of the generic "một số điều, khoản của X", "một số điểm, khoản tại các điều của X"
    # (units of X, relation_cues.json unit_lists), which names no clause
    return _unit_list().sub(r"\1 ", tail) if ", " in tail else tail


@cache
def _unit_list() -> re.Pattern[str]:
    """The comma between two unit words ("điểm, khoản"; relation_cues.json unit_lists)."""
    words = "|".join(load_data("relation_cues.json").get("unit_lists", {}).get("words", ()))
    return re.compile(rf"\b({words}),[ ](?=(?:{words})\b)") if words else re.compile("(?!)")


_ARTICLE_HEAD = re.compile(r"[ \t*_#]{0,6}Điều[ ]+\d{1,3}[a-zđ]?\.[ ]{1,3}")


def _article_heading_guides(text: str, at: int, tail: str) -> bool:
    """ "Điều 3. Hướng dẫn khoản 2 Điều 5 Nghị định số X": the cue at `at` opens an article heading and
    only a pinpoint (`tail`) stands between it and the reference: the circular's own act on X."""
    line = text.rfind("\n", max(0, at - 24), at) + 1
    if (not line and at > 24) or _ARTICLE_HEAD.fullmatch(text, line, at) is None:
        return False
    return not _without_pinpoint(tail).strip(" *_")


def _comma_before_passive(before: str) -> bool:
    """ "…, đã được sửa đổi … theo": a comma right before the passive verb."""
    head = before[: before.rfind("được")].rstrip()
    if head.endswith("đã"):
        head = head[:-2].rstrip()
    return head.endswith(",")


def _in_agent_phrase(before: str, cue: tuple[int, int, str], ex: dict[str, Any], comma: bool = False) -> bool:
    """The cue is the marker of a passive agent right before the reference ("đã được sửa đổi, bổ sung
    một số điều theo <ref>"); `comma`: also after a comma (the caller checks whose amendment it is)."""
    k = before.rfind("được")
    if k == -1 or k > cue[0] or (not comma and before.find(",", 0, k) != -1):
        return False  # after a comma the agent may belong to a document further back
    m = ex["agent"].match(before, max(0, k - 4))
    if m is None:
        m = ex["agent"].match(before, k)
    return m is not None and m.end() == len(before)


def _past_attached(
    before: str, cue: tuple[int, int, str] | None, ex: dict[str, Any], after_ref: bool = False
) -> tuple[int, int, str] | None:
    """ "Ban Thường vụ ban hành Quy chế … kèm theo X": "kèm theo" is no cue, the one before decides
    (None: X is named); "Quy chế … ban hành kèm theo X" keeps its "theo". `after_ref`: `before` opens
    right after the previous reference (the clause is that reference's subject)."""
    if cue is None or not ex["attached"]:
        return cue
    head = " ".join(before[: cue[1]].split())
    word = next((w for w in ex["attached"] if head.endswith(w)), None)
    if word is None:
        return cue
    k = before.rfind(word.split()[0], 0, cue[1])
    if head[: -len(word)].endswith(ex["attached_keeps"]):
        # "Bãi bỏ Điều 9 và Biểu mẫu … ban hành kèm theo X": what is repealed is part of X (an amendment
        # keeps "theo": "Rà soát, sửa đổi Quy chế … ban hành kèm theo X" implements X, holdout)
        earlier = nearest_cue(before[: before.rfind("ban", 0, k)]) if k != -1 else None
        # placed at "kèm theo": commas inside the part's name ("Nội quy thi tuyển, xét tuyển …") end no clause
        if earlier is not None and earlier[2] == "amends":
            # "Quyết định sửa đổi, bổ sung một số điều của Quy định … ban hành kèm theo X": X amended
            formula = " ".join(before[earlier[0] : before.rfind("ban", 0, k)].split())
            if formula.startswith(ex["attached_amending"]) or (
                (pins := ex["attached_amending_pins"]) is not None and pins.match(formula)
            ):
                return (cue[0], cue[1], "amends")
            if after_ref and not _strip_date(before[: earlier[0]]).strip(" ,*_"):
                # "Thông tư A ngày … sửa đổi, bổ sung Danh mục … ban hành kèm theo X": A's own subject, the
                # amending document's act on X (holdout36), not a task to amend
                return (cue[0], cue[1], "amends")
        if earlier is not None and earlier[2] not in ("replaces", "based_on") and k != -1:
            # "Bãi bỏ Điều 5 của Quy chế thực hiện cơ chế một cửa ban hành kèm theo X": the clause opens
            # with the repeal; a cue inside the part's name ("thực hiện") is no cue of the clause; so
            # does "Căn cứ Quy định về thể loại, thẩm quyền ban hành … ban hành kèm theo X" (r21)
            opening = before[: before.rfind("ban", 0, k)].lstrip(" *_-+•\t0123456789.)")[:24]
            first = nearest_cue(opening)
            if first is not None and first[2] in ("replaces", "based_on") and not opening[: first[0]].strip():
                earlier = first
        # "Căn cứ Quy chế … ban hành kèm theo X": X is the basis the clause names (holdout20)
        if earlier is not None and earlier[2] in ("replaces", "based_on"):
            return (cue[0], cue[1], earlier[2])
        return cue
    earlier = nearest_cue(before[:k]) if k != -1 else cue
    if earlier is not None and earlier[2] in ("amends", "replaces"):
        # "Quyết định A sửa đổi Quy chế về công tác thi đua, khen thưởng … kèm theo X": placed at "kèm
        # theo" as above, the commas inside the part's name end no clause (real-text audit r50: X read
        # implements through the "theo" once the comma cut the "sửa đổi")
        return (cue[0], cue[1], earlier[2])
    return earlier


def _cue_words(before: str, cue: tuple[int, int, str]) -> str:
    return " ".join(before[cue[0] : cue[1]].split())


def _answer_vehicle(before: str, cue: tuple[int, int, str], ex: dict[str, Any]) -> bool:
    """ "(Bộ X) (đã) trả lời (cử tri tỉnh …) tại X": X carries the answer (relation_cues.json
    answer_vehicle); a request answered comes after "nhận được" or "theo đề nghị", not after "tại"."""
    if _cue_words(before, cue) not in ex["answer_cues"]:
        return False
    gap = before[cue[1] :].rstrip(" *_\n")
    return (
        len(gap) <= 60
        and any(gap == m or gap.endswith(" " + m) for m in ex["answer_markers"])
        and not any(c in gap for c in ",;:()")
    )


def _evidence(text: str, lo: int, start: int, openers: tuple[str, ...]) -> bool:
    """The reference opens a parenthesis after only an evidence word ("(theo Báo cáo số …)"), also
    after a short adverbial and a comma ("(trước đây, theo Nghị định 100 …)")."""
    if lo == 0 or text[lo - 1] != "(":
        return False
    words = " ".join(text[lo:start].strip(" *_").lower().split())
    if words in openers:
        return True
    head, comma, tail = words.rpartition(",")
    return bool(comma) and len(head.split()) <= 3 and "," not in head and tail.strip() in openers


# a clause after ";" headed by its own passive verb ("…; đã được thẩm định tại X"): the reference is where
# it was done, no cue earlier in the sentence governs it (holdout5, holdout8, holdout13)
# (also after a short subject and "đã": "…; danh sách đối tượng đã được phê duyệt tại X", holdout27; not
# "…; hoàn thành 100% nhiệm vụ được giao tại X", which carries X out)
_OWN_PASSIVE = re.compile(r"\s*(?:(?:[^\s,;()]+\s+){1,5}?đã\s+|(?:đã\s+)?)được(?:\s+\S+){1,3}\s+tại\s*\Z")


def _fronted_source(w: str, cue: tuple[int, int, str], ex: dict[str, Any]) -> bool:
    """ "Theo các chuyên gia, <ref> …", "Theo đó, <ref> …": a sentence opening with "according to …,"
    names a source, not a document the reference is implemented under; nor does a cue inside an opening
    adverbial phrase ("Trên cơ sở kết quả rà soát theo A, một số quy định của <ref> …") govern past its
    comma."""
    opening = w[: cue[0]].strip(" *_-+•\n")
    if opening and opening.lower().startswith(ex["fronted_phrases"]) and "," not in opening:
        return "," in w[cue[1] :]
    if _cue_words(w, cue) not in ex["fronted"] or opening:
        return False
    comma = w.find(",", cue[1])
    if comma == -1:
        return False
    words = w[cue[1] : comma].split()
    return len(words) <= 12 and not (words and words[0] in ex["fronted_not_before"])  # "Theo dõi …"


def _opens_with_fronted_cue(text: str, r: Reference, ex: dict[str, Any]) -> bool:
    """The reference's sentence opens with only a source cue before it ("Theo <ref> …"; not "Trên cơ sở
    <ref>", a basis)."""
    if r.sentence is None:
        return False
    head = " ".join(text[r.sentence[0] : r.start].strip(" *_-+•\n\t").lower().split())
    return head in ex["fronted_type_cues"]


def _renames(text: str, lo: int, before: str, renaming: tuple[str, ...]) -> bool:
    """The reference opens a renaming parenthesis ("(sau đây gọi là Nghị định số 33/2023/NĐ-CP)")."""
    return lo > 0 and text[lo - 1] == "(" and " ".join(before.strip(" *_").split()) in renaming


def _proposal_sentence(text: str, r: Reference, ex: dict[str, Any]) -> bool:
    """The reference's sentence opens with a proposal ("Đề nghị Bộ … hướng dẫn …; sửa đổi X")."""
    if r.sentence is None:
        return False
    s0 = r.sentence[0]
    head = text[s0 : min(s0 + 24, r.start)].lstrip(" *_-+•0123456789.)\t").lower()
    return head.startswith(ex["proposal_in"])


def _draft_earlier(text: str, r: Reference, cue_at: int) -> bool:
    """ "đang xây dựng dự thảo Nghị định quy định chi tiết Luật … (có hiệu lực …) về …, thay thế X": the
    draft named earlier in the sentence, past a parenthesis or a comma that ended the cue's clause, is
    what would replace X (never across ";" or a line)."""
    lo = max(r.sentence[0] if r.sentence else 0, cue_at - DRAFT_REACH)
    lo = max(lo, text.rfind(";", lo, cue_at) + 1, text.rfind("\n", lo, cue_at) + 1)
    return text.find("dự thảo", lo, cue_at) != -1 or text.find("Dự thảo", lo, cue_at) != -1


DRAFT_REACH = 240


def _submitted_earlier(text: str, r: Reference, cue_at: int, ex: dict[str, Any]) -> bool:
    """ "trình Hội đồng nhân dân tỉnh ban hành nghị quyết … theo …, thay thế X": what is to be submitted
    earlier in the sentence would replace X — a proposal, not the document's act (never across ";" or
    a line, as for a draft)."""
    lo = max(r.sentence[0] if r.sentence else 0, cue_at - DRAFT_REACH)
    lo = max(lo, text.rfind(";", lo, cue_at) + 1, text.rfind("\n", lo, cue_at) + 1)
    head = text[lo:cue_at].lower()
    return any(w in head for w in ex["proposal_task_in"])


def _proposal_goes_on(text: str, lo: int, ex: dict[str, Any]) -> bool:
    """ "kính trình … ban hành Quyết định sửa đổi … X; đồng thời bãi bỏ Y": a clause opened by "đồng
    thời" after ";" goes on with the proposal of the clause before it (on the same line)."""
    if not lo or text[lo - 1] != ";" or not text[lo : lo + 12].lstrip().lower().startswith("đồng thời"):
        return False
    a = max(lo - 1 - DRAFT_REACH, text.rfind("\n", 0, lo) + 1)
    a = max(a, text.rfind(";", a, lo - 1) + 1)
    return _proposal(text[a : lo - 1].lower(), ex)


DRAFT_HEADING_REACH = 3000  # how far up the section heading of a draft's contents is looked for


def _under_draft_heading(text: str, start: int, headings: tuple[str, ...]) -> bool:
    """The reference's section is headed "IV. NỘI DUNG SỬA ĐỔI, BỔ SUNG" (a Tờ trình setting out a draft):
    the nearest upper-case heading line above it, within DRAFT_HEADING_REACH, names a draft's contents."""
    if not headings:
        return False
    end = text.rfind("\n", 0, start)
    floor = max(0, start - DRAFT_HEADING_REACH)
    while end > floor:
        ls = text.rfind("\n", 0, end) + 1
        line = text[ls:end].strip()
        if 4 <= len(line) <= 120 and line == line.upper() and sum(c.isalpha() for c in line) >= 4:
            low = line.lower()
            return any(h in low for h in headings)
        end = ls - 1
    return False


def _asks_guidance(head: str, ex: dict[str, Any]) -> bool:
    """The clause asks another body to guide ("kiến nghị Bộ Nội vụ sớm hướng dẫn việc đánh giá … theo X"):
    a proposal to guide is no guidance, and X is only named (holdout2, holdout6, holdout10)."""
    if not ex["asks_guidance"] or "hướng" not in head:
        return False
    flat = " ".join(head.split())
    k = max(flat.rfind(w) for w in ex["asks_guidance"])
    return k != -1 and flat.find(ex["guidance_verb"], k) != -1


def _proposal(head: str, ex: dict[str, Any]) -> bool:
    """ "tham mưu sửa đổi X", "dự thảo Nghị định thay thế X": a proposal, not the document's act."""
    return any(p in head for p in ex["proposal_in"]) or head.rstrip(" *_").endswith(ex["proposal_before"])


# ", Ngân hàng Nhà nước Việt Nam (NHNN) đề nghị …": a new subject (capitalised) opening the main clause
_MAIN_CLAUSE = re.compile(r",[ ]{1,3}[A-ZĐ]")
_REPORT_NOUN = re.compile(r"\s+(?:số|thẩm định|thẩm tra)\b")


def _row_document(text: str, prev: Reference, start: int, original: str) -> bool:
    """Whether `prev` stands in an earlier cell of the table row holding `start`: the row's document is
    the subject of its "Trích yếu" cell ("| 10/2020/TT-BLĐTBXH | 12/11/2020 | Quy định chi tiết … |"), in a
    markdown or a tab-separated row (`original` keeps the tabs the shadow `text` made spaces)."""
    ls = text.rfind("\n", 0, start) + 1
    if prev.start < ls:
        return False
    if text.startswith("|", ls):
        return "|" in text[prev.end : start]
    return "\t" in original[prev.end : start]


def _sent_to(text: str, prev_end: int, cue_at: int, head: str, ex: dict[str, Any]) -> bool:
    """ "Công văn số A gửi các bộ, …; Ủy ban nhân dân các tỉnh … về việc hướng dẫn thực hiện X": the
    addressee list after "gửi" (its ";" ended the clause) stands between A and the guiding verb that opens
    A's subject - A guides X (relation_cues.json sent_to; real-text audit r59)."""
    if cue_at - prev_end > ex["sent_to_reach"] or not head.rstrip().endswith(ex["sent_to_openers"]):
        return False
    gap = text[prev_end:cue_at]
    if "\n" in gap or ". " in gap:
        return False
    near = gap[: ex["sent_to_near"]].lower()
    return any(w in near for w in ex["sent_to"])


def _asks_for_report(text: str, r: Reference, clause_end: int, words: tuple[str, ...]) -> bool:
    """ "Thực hiện Công văn số …" opening a line answers a request when its sentence or the next one
    speaks of the report ("…, Sở Nội vụ báo cáo …"), or when nothing follows its own clause; an
    instruction goes on with other work ("…; duy trì Tổ liên gia …", "…, UBND tỉnh đã giao …")."""
    if not words:
        return True
    para_end = line_end(text, r.end)
    sent_end = r.sentence[1] if r.sentence is not None else para_end
    if sent_end < para_end and "\n" in text[sent_end - 1 : sent_end + 1]:
        stop = text.find(". ", sent_end, para_end)  # a PDF line wrap ended the sentence: read on
        sent_end = para_end if stop == -1 else stop
    if not text[max(clause_end, r.end) : sent_end].strip(" .,:;*_") and not _MAIN_CLAUSE.search(
        text, r.end, sent_end
    ):
        return True  # nothing follows its own clause (a main clause after a comma is read below)
    stop = text.find(". ", sent_end + 1, para_end)  # the end of the next sentence
    stop = para_end if stop == -1 else stop
    rest = " ".join(text[r.end : max(stop, sent_end)].lower().split())  # "báo  cáo" of justified lines
    for w in words:
        k = rest.find(w)
        while k != -1:
            if not _REPORT_NOUN.match(rest, k + len(w)):
                return True  # "báo cáo" as the act, not "Báo cáo số …", "Báo cáo thẩm định"
            k = rest.find(w, k + 1)
    return False


_SPACES = re.compile(r"\s+")


def _single_spaced(s: str) -> str:
    """`s` with each run of whitespace as one space. Most windows have nothing to squeeze: without "  "
    and with every character printable (any whitespace but " " is not) `s` is returned as it is, no
    regex run."""
    if "  " not in s and s.isprintable():
        return s
    return _SPACES.sub(" ", s)


def _in_subject_of_prev(before: str, cue: tuple[int, int, str]) -> bool:
    """The cue follows the previous reference in its clause ("X … về việc ban hành Quy chế … và <ref>",
    "X … của Chính phủ ban hành Chương trình … và <ref>") and governs its own object there: the
    reference is coordinated with the previous one."""
    between = before[cue[1] :]
    return between.rstrip().endswith(" và") and not is_list_gap(between)


_ISSUED_RIGHT_BEFORE = re.compile(r"(?<!\w)ban[ ]hành[ *_]{0,3}\Z")


def _head_of_previous_clause(text: str, refs: list[Reference], i: int, lo: int) -> Reference | None:
    """For a reference opening a ";" clause with nothing but a pinpoint before it, the first reference
    of the previous ";" clause: the list item it continues ("thay thế A …; B … sửa đổi …; Điều 1 C …")."""
    if lo == 0 or text[lo - 1] != ";" or not _continues_list(text[lo : refs[i].start]):
        return None
    lo2 = clause_start(text, lo - 1)
    if lo2 == lo - 1 - CUE_WINDOW:
        # no boundary within the cue window: the previous item's subject is long ("Căn cứ A … của HĐND tỉnh
        # phân cấp nguồn thu, nhiệm vụ chi … theo quy định của Luật B; C …"), and the clause opens further
        # back — at A, not at B inside A's subject (real-text audit r20); a colon still opens the list ("…
        # đã ban hành các văn bản: A …; B …", holdout8)
        lo2 = clause_start(text, lo - 1, reach=SENTENCE_REACH)
        lo2 = max(lo2, text.rfind(":", lo2, lo - 1) + 1)
    first = None
    for j in range(i - 1, -1, -1):
        if refs[j].start < lo2:
            if j + 1 < i and refs[j + 1].start < lo - 1:
                first = j + 1
            break
    else:
        if refs[0].start < lo - 1:
            first = 0
    if first is not None:
        # "thực hiện A, <body> đã ban hành B …; C": C continues the list of issued documents (B's)
        for k in range(first + 1, i):
            if refs[k].relation == "mentions" and _ISSUED_RIGHT_BEFORE.search(
                text, max(0, refs[k].start - 30), refs[k].start
            ):
                return refs[k]
        return refs[first]
    # a previous item longer than the cue window ("…; Nghị quyết liên tịch số 403/… quy định chi tiết
    # các hình thức …; Hướng dẫn số 18/…"): it opens its own ";" clause
    p = refs[i - 1]
    if i == 0 or p.start >= lo - 1 or p.start < lo - 1 - SENTENCE_REACH:
        return None
    k = max(text.rfind(";", p.start - CUE_WINDOW, p.start), text.rfind("\n", p.start - CUE_WINDOW, p.start))
    if k == -1 and p.start > CUE_WINDOW:
        return None
    if text.find(";", p.end, lo - 1) != -1 and not (
        # "…: số A ngày … về dự toán thu trên địa bàn; thu chi ngân sách năm 2022; số B …": an item that is
        # a bare "số B" continues the list sharing one type word, past a ";" inside A's subject (r15)
        _BARE_NUMBER_ITEM.fullmatch(text, lo, refs[i].start) and _BARE_NUMBER_ITEM.match(text, k + 1, p.start)
    ):
        return None
    opening = text[k + 1 : p.start]
    if _continues_list(opening):
        return p
    own = (i < 2 or refs[i - 2].end <= k) and _one_sentence(text, p.end, lo - 1)
    return p if own and (_own_amending_opening(opening, p) or _list_cue_opening(opening)) else None


def _list_cue_opening(opening: str) -> bool:
    """ "Căn cứ A … (a subject longer than the cue window, wrapped over lines); B …": the line opens with
    a cue that governs a whole enumeration and nothing after it (real-text audit r16)."""
    words = opening.strip(" -+*_\t").lower()
    if not words or len(words) > 24:
        return False
    cue = nearest_cue(words)
    return cue is not None and cue[2] in _SENTENCE_WIDE and cue[1] == len(words)


_BARE_NUMBER_ITEM = re.compile(r"\s*[Ss]ố\s*")  # a list item sharing the list's type word: "; số 160/NQ-HĐND"


def _one_sentence(text: str, a: int, b: int) -> bool:
    """text[a:b] stays in one sentence and out of any parenthesis (a wrapped line is no break)."""
    if ". " in text[a:b] or "(" in text[a:b] or ")" in text[a:b]:
        return False
    i = text.find("\n", a, b)
    while i != -1:
        if not soft_break(text, i, a):
            return False
        i = text.find("\n", i + 1, b)
    return True


def _own_amending_opening(opening: str, p: Reference) -> bool:
    """ "Chính phủ ban hành Nghị định sửa đổi, bổ sung một số điều của Nghị định A … quy định xử phạt …
    trong lĩnh vực giống cây trồng, bảo vệ và kiểm dịch thực vật; Nghị định B …": A's clause opens with
    the citing document's own amending (replacing) formula, whose cue set A's relation; an item after
    the ";" continues that list however long A's subject (real-text audit r8)."""
    if p.relation not in ("amends", "replaces") or p.relation_source is not None or "(" in opening:
        return False
    cue = nearest_cue(opening.lower())
    return cue is not None and cue[2] == p.relation


def _outside_parenthesis(text: str, refs: list[Reference], i: int, gap_lo: int) -> Reference | None:
    """ "Thực hiện A (thay thế B và C); D": the previous item C sits in a parenthesis closed in the gap
    before D, so D continues the list outside it: the item before the parenthesis (A)."""
    r = refs[i]
    close = text.rfind(")", gap_lo, r.start)
    if close == -1:
        return None
    prev = refs[i - 1]
    opened = text.rfind("(", max(0, prev.start - CUE_WINDOW), prev.start)
    if opened == -1 or text.find(")", opened, prev.start) != -1:
        return None
    for j in range(i - 2, -1, -1):
        if refs[j].end <= opened:
            return (
                refs[j]
                if opened - refs[j].end <= SENTENCE_REACH and "\n" not in text[refs[j].end : opened]
                else None
            )
    return None


_ENUMERATED = re.compile(
    r"(?:^|\s)(?:các|những)\s+(?P<type>\w+(?:\s\w+)?)(?:\s+(?:của|do)\s[^;.()\n]{1,60})?[\s*_]*\Z"
)


def _enumerated_relation(
    text: str, low: str | None, refs: list[Reference], i: int, lo: int, ends: list[int]
) -> str | None:
    """ "Quán triệt Luật A, Nghị định B và các Thông tư của Bộ Công an (Thông tư số …; Thông tư số …)":
    a parenthesis opened by the reference enumerates the documents named before it; they take the
    relation of the item before them, or the cue of the clause that names them."""
    r = refs[i]
    if lo == 0 or text[lo - 1] != "(" or text[lo : r.start].strip(" *_") or not r.doc_type:
        return None
    outer_lo = clause_start(text, lo - 1)
    outer = low[outer_lo : lo - 1] if low is not None else text[outer_lo : lo - 1].lower()
    m = _ENUMERATED.search(outer, max(0, len(outer) - 100))
    if m is None or not r.doc_type.lower().startswith(m.group("type")):
        return None
    prev = refs[i - 1] if i else None
    if prev is not None and prev.end > outer_lo:
        gap_lo = min(ends[i - 1], outer_lo + m.start()) - outer_lo
        return prev.relation if is_list_gap(outer[max(0, gap_lo) : m.start()]) else None
    cue = nearest_cue(outer[: m.start() + 1])
    if cue is None or "," in outer[cue[1] :]:
        return None
    return cue[2]


def _mask_between_refs(text: str, refs: list[Reference], i: int, a: int, low: str | None = None) -> str:
    """Lower-cased text[a:refs[i].start] with earlier references blanked (a name is no cue: "Luật
    Ban hành văn bản …"), and so the stretches between them that hold no clause break: those are
    their subjects ("Kế hoạch 104 về triển khai thực hiện Chỉ thị 16"), whose cues govern what they
    name, not a later item of the sentence; a subject ends at a clause break (";", line, sentence)."""
    w = low[a : refs[i].start] if low is not None else text[a : refs[i].start].lower()
    j = i - 1
    while j >= 0 and refs[j].end > a:
        s, e = max(refs[j].start - a, 0), refs[j].end - a
        gap = w[e : refs[j + 1].start - a]
        cut = min((k for k in (gap.find(";"), gap.find("\n"), gap.find(". ")) if k != -1), default=len(gap))
        if "," not in gap[:cut] and ":" not in gap[:cut]:
            e += cut  # its subject, up to the clause break
        elif gap.startswith((" về ", " ngày ")):
            # "Kết luận số 45 ngày … về việc chấp hành pháp luật trong quản lý, sử dụng đất …; B": the
            # subject runs at least to its first comma (the sentence may go on after it)
            e += min(k for k in (gap.find(","), gap.find(":"), cut) if k != -1)
        w = w[:s] + " " * (e - s) + w[e:]
        j -= 1
    return w


# a tab inside a line (not a continuation line's leading tabs): the gap crosses into the next cell of a
# tab-separated table row, whose document is no item of the previous cell's list
_CELL_BOUNDARY = re.compile(r"(?<![\n\t])\t")


_FIRST_HEADING = re.compile(r"\n[ *_#]{0,6}(?:(?i:phần)[ ]+)?(?:I|1)[.:][ ]")

Cue = tuple[int, int, str]  # (start, end, relation) of a cue in a clause's lower-cased text


@dataclass(slots=True)
class _Pass:
    """What every step of one `assign_relations` call reads (and `subject_syms`, which it gathers)."""

    text: str  # the shadow: tabs read as spaces
    original: str  # the text before the shadow (table columns)
    low: str | None  # `text` lower-cased, same length, when the caller has it
    refs: list[Reference]
    ends: list[int]  # where each reference's date/issuer/subject clause ends
    cells: bool  # the text has "|" (markdown tables)
    tabs: bool  # the text has tabs (tab-separated rows)
    v: Vocab
    ex: dict[str, Any]
    title_end: int  # the title area ends at the first section heading
    cue_headings: bool  # the text has cue headings ("II. CĂN CỨ XÂY DỰNG ĐỀ ÁN")
    subject_syms: set[str] = field(default_factory=set)  # symbols the title reports on

    @property
    def tables(self) -> bool:
        return self.cells or self.tabs


@dataclass(slots=True)
class _Site:
    """One reference, the one before it, and its clause: from `lo` (the clause start) or, when the
    previous reference ends inside the clause, from `seg_lo`; `before` is that segment lower-cased."""

    i: int
    r: Reference
    prev: Reference | None
    lo: int
    seg_lo: int
    before: str


@dataclass(slots=True)
class _Governing:
    """The cue that governs a reference, after every correction, with what the corrections found."""

    cue: Cue | None
    guiding: bool = False  # the previous reference of the clause is the cue's subject ("A hướng dẫn X")
    self_guides: bool = False  # the citing document's own title or scope guides ("HƯỚNG DẪN thực hiện X")
    no_cue_here: bool = False  # the clause has a verb of its own: no sentence-wide cue reaches it
    noun_joined: bool = False  # "theo A và hướng dẫn tại B": B joins A
    coordinated: bool = False  # "X về việc ban hành Quy chế … và Y": Y joins X, not the cue


def assign_relations(
    text: str,
    refs: list[Reference],
    clause_ends: list[int] | None = None,
    original: str | None = None,
    table_marks: tuple[bool, bool] | None = None,
    low: str | None = None,
) -> None:
    """Set `relation` (and `relation_source` for doc-to-doc cues) on each reference, in place.

    `clause_ends[i]` is where reference i's date/issuer/subject clause ends (default: its end);
    `original` is the text before the shadow turned tabs into spaces (table columns; default `text`);
    `table_marks`: whether it holds "|" and tabs, when the caller knows; `low`: `text` lower-cased
    (same length), when the caller has it.

    Per reference: a neighbour may settle it (part of a body's name, the same text again); else its
    clause (`_site`) may (a plan's content, evidence, a renaming); else the nearest cue of the clause,
    corrected (`_adjusted_cue`, `_governing`), decides (`_with_cue`), or, with none, a table column,
    a heading, the list it continues or a cue earlier in the sentence (`_without_cue`)."""
    original = text if original is None else original
    cells, tabs = table_marks if table_marks is not None else ("|" in original, "\t" in original)
    v = vocab()
    # the title area ends at the first section heading ("I. CÔNG TÁC …", "1. …"): a short report's
    # body "Tiếp theo kết quả thực hiện X" within title_chars names no subject
    head = _FIRST_HEADING.search(text, 0, v.title_chars)
    t = _Pass(
        text=text,
        original=original,
        low=low,
        refs=refs,
        ends=clause_ends or [r.end for r in refs],
        cells=cells,
        tabs=tabs,
        v=v,
        ex=rules(),
        title_end=head.start() if head else v.title_chars,
        cue_headings=bool(refs) and has_cue_heading(text, low),
    )
    for i in range(len(refs)):
        if _settled_by_neighbour(t, i):
            continue
        s = _site(t, i)
        if _settled_by_clause(t, s):
            continue
        cue, noun_use = _adjusted_cue(t, s)
        if cue is not None and _shares_agent_cue(t, s, cue):
            continue
        g = _governing(t, s, cue, noun_use)
        if g.cue is None:
            _without_cue(t, s, g)
        else:
            _with_cue(t, s, g.cue, g.self_guides)
    if v.after_cues:
        cues_after(text, refs, t.ends, v.after_cues, t.ex, low)
    for a, b in quoted_preambles(text, low, t.ex["quoted_preamble"]) if refs else ():
        for r in refs:
            if a <= r.start < b and r.relation == "based_on":
                r.relation = (
                    "mentions"  # "… căn cứ ban hành như sau: "Căn cứ Luật …"": the quoted text's basis
                )


def _settled_by_neighbour(t: _Pass, i: int) -> bool:
    """What stands right before settles the reference: it is part of a body's name in the previous
    reference's clause ("… của Ban Chỉ đạo tổng kết Nghị quyết 18 của Tỉnh ủy") or right before it
    ("Ban Chỉ đạo quốc gia triển khai <ref>"), or it is the previous one's text again in parentheses
    ("theo Luật Thống kê (Văn bản hợp nhất số 11/VBHN-VPQH)": the same law's text, the same relation)."""
    text, r = t.text, t.refs[i]
    if _in_quoted_phrase(text, r):
        return True  # "Thay thế cụm từ "Luật … số A" bằng cụm từ "…"": words replaced, A is only named
    prev = t.refs[i - 1] if i else None
    if prev is not None and _in_body_name(text, prev, t.ends[i - 1], r, t.ex):
        return True
    near = text[max(0, r.start - 60) : r.start]
    # the body's name must stand in the window: a substring test first spares most references the regex
    if any(n in near for n in t.ex["body_names"]) and (
        t.ex["body_name_before"].search(text, max(0, r.start - 60), r.start) is not None
    ):
        return True
    if prev is None:
        return False
    if r.doc_type in t.ex["same_text"] and text[prev.end : r.start].strip() == "(":
        r.relation, r.relation_source = prev.relation, prev.relation_source
        return True
    if (
        r.number_symbol == prev.number_symbol
        and text[r.start - 1] == "("
        and _repeat_gap(text, prev.end, r.start)
    ):
        # "Căn cứ Nghị quyết số 19-NQ/TW ngày … Ban Chấp hành Trung ương Đảng, khóa XIII về … (Nghị quyết số
        # 19-NQ/TW của …)" (real-text audit r67): the same document again in brackets after its own words,
        # in the same sentence, is its repeat and has its relation; a comma in those words ("Đảng, khóa
        # XIII") cut the repeat from the cue, with or without the repeat's own "của …"
        r.relation, r.relation_source = prev.relation, prev.relation_source
        return True
    if (
        prev.kind == "named"
        and r.start - prev.end <= 2
        and " ".join(prev.text.lower().split()) in t.v.amending_prefixes
        and not text[prev.end : r.start].strip()
    ):
        # "Luật sửa đổi, bổ sung một số điều của" Luật A số …, Luật B số …: the amending law named by its own
        # words amends the numbered laws it lists (the list after the first follows it; real-text audit r39)
        r.relation, r.relation_source = "amends", i - 1
        return True
    return False


def _repeat_gap(text: str, a: int, b: int) -> bool:
    """text[a:b] runs from a reference to the "(" of its repeat within one sentence and table cell, no
    bracket between."""
    gap = text[a : b - 1]
    return not any(c in gap for c in "\n;()|\t") and ". " not in gap


_PHRASE_QUOTE = re.compile(r'(?i)cụm[ ]từ[ ]?["“]\Z')


def _in_quoted_phrase(text: str, r: Reference) -> bool:
    """The reference opens the quoted words of "Thay thế cụm từ "…" bằng cụm từ "…"" (holdout23)."""
    return (
        r.start > 0
        and text[r.start - 1] in '"“'
        and _PHRASE_QUOTE.search(text, max(0, r.start - 10), r.start) is not None
    )


def _site(t: _Pass, i: int) -> _Site:
    text, r = t.text, t.refs[i]
    lo = clause_start(text, r.start, t.cells)
    if t.tabs:  # a cell of a tab-separated row is a clause of its own (the shadow made tabs spaces)
        lo = max(lo, t.original.rfind("\t", lo, r.start) + 1)
    prev = t.refs[i - 1] if i else None
    if prev is not None and prev.start >= lo and _in_quoted_phrase(text, prev):
        # "Thay thế cụm từ "Luật … số A" bằng cụm từ "Luật … số B" tại … của X": the quoted words are no
        # party of X's clause, whose cue is read from the clause's start
        prev = None
    seg_lo = max(lo, prev.end) if prev else lo
    before = t.low[seg_lo : r.start] if t.low is not None else text[seg_lo : r.start].lower()
    return _Site(i, r, prev, lo, seg_lo, before)


def _settled_by_clause(t: _Pass, s: _Site) -> bool:
    """The clause settles the reference before any cue: the decision whose content is a plan named
    before it, evidence in parentheses, or a renaming parenthesis."""
    text, ex, r, lo = t.text, t.ex, s.r, s.lo
    paren = text.rfind("(", max(0, lo - 1), r.start)  # "Đề án "…" (ban hành kèm theo <ref>"
    if (
        paren != -1
        and not text[lo:paren].strip(' *_"“”')
        and ((opener := text[paren + 1 : r.start].strip(" *_").lower()) == "" or opener in ex["plan_openers"])
    ):
        content = _plan_content_cue(text, paren, s.prev, ex)
        if content is not None:
            r.relation = content  # type: ignore[assignment]
            return True  # "Thực hiện Đề án … (Quyết định số …)": the decision whose content is the plan
    if _evidence(text, lo, r.start, ex["evidence"]):
        return True  # "(theo Báo cáo số …)", "(như Quyết định số …)": evidence, mentions
    if r.doc_type in ex["fronted_types"] and _opens_with_fronted_cue(text, r, ex):
        return True  # "Theo Báo cáo số X của UBND tỉnh, đến nay …": the source of the figures, mentions
    if r.doc_type in ex["fronted_requests"] and _opens_with_fronted_cue(text, r, ex):
        r.relation = "responds_to"
        return True  # "Theo Tờ trình số X của UBND …": the submission answered, as after "Xét"
    if (
        s.prev is not None
        and lo
        and text[lo - 1] == "("
        and s.prev.start >= lo
        and s.prev.relation == "mentions"
        and _evidence(text, lo, s.prev.start, ex["evidence"])
        and nearest_cue(text[max(s.seg_lo, s.prev.end) : r.start].lower()) is None
    ):
        return True  # "(như Quyết định A … nêu tại Công văn B)": B belongs to the same evidence
    if s.prev is not None and lo and text[lo - 1] == "(" and _renames(text, lo, s.before, ex["renaming"]):
        named = _renamed(t.refs, s)
        r.relation, r.relation_source = named.relation, named.relation_source
        return True  # "X … (sau đây gọi là Y)": Y is X under a short name
    if (
        s.prev is not None
        and r.kind == "short"
        and r.antecedent == s.i - 1
        and lo
        and text[lo - 1] == "("
        and not s.before.strip(" *_")
        and text[r.end : r.end + 4].lstrip(" *_").startswith(")")
    ):
        r.relation, r.relation_source = s.prev.relation, s.prev.relation_source
        return True  # "Nghị định 04/2021/NĐ-CP … quy định xử phạt … (NĐ 04)": X repeated under its short name
    return False


def _renamed(refs: list[Reference], s: _Site) -> Reference:
    """The reference a renaming parenthesis renames: the latest one of the sentence with the same
    symbol ("Điều 5 Nghị định số X … quy định chi tiết … Luật Y (sau đây viết tắt là Nghị định số X)":
    X, not Y, which only names X's subject); else the one before it."""
    r, prev = s.r, s.prev
    sym = r.number_symbol
    if prev is None or sym is None or prev.number_symbol == sym:
        return prev  # type: ignore[return-value]
    lo = r.sentence[0] if r.sentence else 0
    for j in range(s.i - 2, -1, -1):
        q = refs[j]
        if q.start < lo:
            break
        if q.number_symbol == sym:
            return q
    return prev


def _adjusted_cue(t: _Pass, s: _Site) -> tuple[Cue | None, bool]:
    """The nearest cue of the clause, with the corrections that only read the clause's words; and
    whether the clause has no cue but a noun use of one ("chưa có hướng dẫn … khi X")."""
    text, v, ex, before, prev, lo = t.text, t.v, t.ex, s.before, s.prev, s.lo
    cue = nearest_cue(before)
    if cue is None and before[:1] in ex["misread_first"] and (lo == 0 or text[lo - 1] == "\n"):
        cue = _misread_cue(before, ex)  # "Căn cú Luật … ngày …;": an OCR "Căn cứ" opening the line (r41)
    if cue is None and (ls := before.rfind("\n") + 1) and before[ls : ls + 1] in ex["misread_first"]:
        # "ỦY BAN NHÂN DÂN TỈNH …⏎⏎n cứ Nghị định số …": a line opening lower-case goes on the clause of the
        # unstopped heading above it; the misread cue opens the reference's own line (real-text audit r72)
        line_cue = _misread_cue(before[ls:], ex)
        cue = None if line_cue is None else (ls + line_cue[0], ls + line_cue[1], line_cue[2])
    if cue is not None and cue[2] == "amends" and _amended_provision(before, cue, ex):
        cue = nearest_cue(before[: cue[0]])  # "theo quy định tại Điều 20 sửa đổi, bổ sung của X": the "theo"
    cue = _yield_weak(before, cue, ex)
    if cue is not None and cue[2] == "replaces" and _AMENDED_AND_REPEALED.search(before, 0, cue[0]):
        cue = (cue[0], cue[1], "amends")  # "sửa đổi, bổ sung, bãi bỏ một số điều của X": X stays in force
    if cue is not None and prev is not None and prev.end > lo and _cue_words(before, cue) == "theo":
        earlier = nearest_cue(before[: cue[0]])
        if (
            earlier is not None
            and earlier[2] == "guides"
            and not _strip_date(before[: earlier[0]]).strip(" ,*_")
        ):
            # "Công văn A hướng dẫn tổ chức hội nghị … theo Mục 3 Chương III Luật X": A guides X; also
            # "Hướng dẫn số A ngày 22/12/2020 hướng dẫn trình tự … theo X" (A's date between)
            cue = (earlier[0], cue[1], "guides")
    noun_use = cue is None and ex["noun_uses"].search(before) is not None
    if cue is not None and cue[2] == "mentions" and _cue_words(before, cue) in ex["weak"]:
        earlier = nearest_cue(before[: cue[0]])
        if (
            earlier is not None
            and earlier[2] == "guides"
            and _title_under_type(text, s.seg_lo + earlier[0], v)
        ):
            cue = (earlier[0], cue[1], "guides")  # "THÔNG TƯ⏎Hướng dẫn … quy định tại X": the title
    if cue is not None and cue[2] == "implements" and _issued_for_purpose(before, cue, ex):
        cue = (cue[0], cue[1], "mentions")  # "đã ban hành các văn bản … để … thực hiện … như: A; B" (r36)
    if cue is not None and before[cue[0] : cue[1]] in ex["attached_last"]:
        cue = _past_attached(before, cue, ex, prev is not None and prev.end > lo)
        if cue is not None and cue[2] != "amends" and _amending_clause(text, s, ex):
            cue = (cue[0], cue[1], "amends")
    if cue is not None and cue[0] and cue[2] in ("implements", "guides"):
        cue = _basis_over_noun(before, cue, ex)
    return cue, noun_use


def _basis_over_noun(before: str, cue: Cue, ex: dict[str, Any]) -> Cue:
    """ "Căn cứ hướng dẫn thực hiện nhiệm vụ … của Bộ … tại Công văn số X": the nearer cue names the
    guidance found "tại" X, a noun; the "căn cứ" opening the clause governs (relation_cues.json
    basis_noun_phrase; real-text audit r56)."""
    tail = " " + " ".join(before[max(cue[1], len(before) - 24) :].split())  # the last words only: cheap
    if not tail.endswith(ex["basis_noun_before_ref"]):
        return cue
    earlier = nearest_cue(before[: cue[0]])
    if (
        earlier is None
        or earlier[2] != "based_on"
        or before[: earlier[0]].strip(" *_-+•\t\n")
        or len(before[earlier[1] : cue[0]].split()) > ex["basis_noun_between"]
    ):
        return cue
    return (earlier[0], cue[1], "based_on")


def _misread_cue(before: str, ex: dict[str, Any]) -> Cue | None:
    """The cue an OCR misreading opening the clause stands for (relation_cues.json
    line_start_misreadings: "căn cú" -> "căn cứ"), as (start, end, relation); else None."""
    k = len(before) - len(before.lstrip(" *_"))
    for word, cue in ex["misread_cues"]:
        if before.startswith(word, k) and not before[k + len(word) : k + len(word) + 1].isalnum():
            rel = nearest_cue(cue)
            return None if rel is None else (k, k + len(word), rel[2])
    return None


def _issued_for_purpose(before: str, cue: Cue, ex: dict[str, Any]) -> bool:
    """ "Tỉnh ủy đã ban hành các văn bản làm cơ sở để địa phương thực hiện thống nhất như: A; B": the list
    after the colon spells out the documents issued; the cue of the purpose phrase governs none of them
    (relation_cues.json issued_for_purpose, real-text audit r36)."""
    colon = before.find(":", cue[1])
    if colon == -1 or any(w in before[cue[1] : colon] for w in ex["issued_plural"]):
        return False  # no list opened after the cue, or the purpose verb's own object ("thực hiện các văn bản sau:")
    head = before[: cue[0]]
    p = max(head.rfind(w) for w in ex["issued_purpose"]) if ex["issued_purpose"] else -1
    return p > 0 and any(w in head[:p] for w in ex["issued_list"])


# the end of a provision's number before the words naming it amended ("… Điều 20 ", "khoản 2 Điều 31 ")
_PROVISION_END = re.compile(r"điều[ ]{1,3}\d{1,3}[a-zđ]?[ ]{1,3}(?:(?:đã[ ]{1,3})?được[ ]{1,3})?\Z")


def _amended_provision(before: str, cue: Cue, ex: dict[str, Any]) -> bool:
    """ "Điều 20 sửa đổi, bổ sung của X": the amending words name the provision of X as amended (its
    pinpoint), they are no cue (relation_cues.json amended_provision)."""
    tail = " ".join(before[cue[0] :].split())
    if not tail.endswith(" của") or tail[:-4] not in ex["amended_provision"]:
        return False
    return _PROVISION_END.search(before, max(0, cue[0] - 28), cue[0]) is not None


# an article's or item's number before its clause ("Điều 1. ", "2. ", "a) ")
_ITEM_MARK = re.compile(r"[ \t*_]*(?:điều[ ]+\d+[a-zđ]?\.[ ]+|(?:\d{1,2}|[a-zđ])[.)][ ]+)?")


def _amending_clause(text: str, s: _Site, ex: dict[str, Any]) -> bool:
    """ "Điều 1. Sửa đổi, bổ sung một số điều của Quy định <a name too long for the clause window> ban
    hành kèm theo X": the line's clause opens with the amending formula, beyond CUE_WINDOW (holdout29)."""
    formulas = ex["attached_amending"]
    if not formulas:
        return False
    start = s.r.start
    lo = max(text.rfind("\n", 0, start) + 1, text.rfind(";", 0, start) + 1, start - SENTENCE_REACH)
    if s.prev is not None and s.prev.end > lo:
        return False  # another reference between the formula and this one
    clause = " ".join(text[lo:start].lower().split())
    mark = _ITEM_MARK.match(clause)
    clause = clause[mark.end() :] if mark else clause
    return "." not in clause and clause.startswith(formulas)  # no sentence ends between


def _amended_shared(t: _Pass, prev: Reference) -> Reference:
    """Whose relation the agent of `prev`'s amendment shares: `prev`'s, or, when `prev` is the object of another
    document's act in a sentence-wide clause ("Căn cứ Nghị định A quy định chi tiết Luật B đã được sửa đổi, bổ
    sung … theo <ref>": B is guided by A), that document's, as "… bởi <ref>" reads (real-text audit r58: the
    agent read `guides`); also up a short chain ("Căn cứ Nghị định C sửa đổi Nghị định A quy định chi tiết Luật
    B …")."""
    src = prev
    for _ in range(3):
        k = src.relation_source
        if k is None or src.relation not in t.v.doc_to_doc or not 0 <= k < len(t.refs):
            break
        src = t.refs[k]
        if src.relation in _SENTENCE_WIDE:
            return src
    return prev


# the longest stretch from an amended document's end to its agent over commas of its subject
_AGENT_SUBJECT_MAX = 400


def _shares_agent_cue(t: _Pass, s: _Site, cue: Cue) -> bool:
    """ "Căn cứ Luật A đã được sửa đổi, bổ sung … theo <ref>": the agent shares A's cue (set here)."""
    prev = s.prev
    if (
        cue[2] == "implements"
        and prev is not None
        and (
            (prev.end > s.lo and _in_agent_phrase(s.before, cue, t.ex))
            # "… Nghị định A ngày … quy định chức năng, nhiệm vụ … của Bộ, cơ quan ngang Bộ đã được sửa đổi,
            # bổ sung một số điều theo <ref>": commas in A's subject cut the clause, yet the passive verb is
            # still A's, the nearest document of the sentence (real-text audit r66); one set off by a comma
            # (", đã được bổ sung … theo") may be another's
            or (
                s.r.start - prev.end < _AGENT_SUBJECT_MAX
                and _in_agent_phrase(s.before, cue, t.ex, comma=True)
                and ";" not in t.text[prev.end : s.r.start]
                and not _comma_before_passive(s.before)
            )
        )
    ):
        # the bare "theo"; "được sửa đổi theo" is a cue of its own: the agent shares A's cue
        shared = _amended_shared(t, prev)
        s.r.relation, s.r.relation_source = shared.relation, shared.relation_source
        return True
    if (
        cue[2] == "mentions"
        and prev is not None
        and prev.end > s.lo
        and (shared := _amended_shared(t, prev)).relation in _SENTENCE_WIDE
        and _agent_gap(_strip_date(t.text[prev.end : s.r.start]), t.ex)
    ):
        # "Căn cứ Hiến pháp năm 1992 đã được sửa đổi, bổ sung theo Nghị quyết số …": right after the document
        # it amended, the agent shares its basis as with "… một số điều theo" (real-text audit r17); a
        # footnote's "Điều này được sửa đổi, bổ sung theo X" names no document before X
        s.r.relation, s.r.relation_source = shared.relation, shared.relation_source
        return True
    return False


def _own_guidance_after(text: str, start: int, end: int, words: tuple[str, ...]) -> bool:
    """ "… hướng dẫn thực hiện X như sau:" - "như sau" right after X's clause, or closing it: "hướng dẫn thực
    hiện một số Điều trong X, ngày … của Bộ Chính trị về <subject>, như sau:" runs X's subject clause up to
    the colon (real-text audit r50: X read implements)."""
    if text[end : end + 20].lstrip(" ,").startswith(words):
        return True
    return end - start > 8 and text[max(start, end - 20) : end].rstrip(" :").endswith(words)


def _governing(t: _Pass, s: _Site, cue: Cue | None, noun_use: bool) -> _Governing:
    """The cue corrected by what the clause says around it: who guides, the document's own title or
    scope, a noun use ("theo hướng dẫn tại X"), a request for guidance, a passive agent, a proposal or
    draft, a cue inside the previous reference's subject, a comma between cue and reference."""
    text, v, ex, r, prev, lo, seg_lo, before = t.text, t.v, t.ex, s.r, s.prev, s.lo, s.seg_lo, s.before
    guiding = prev is not None and (prev.end > lo or _row_document(text, prev, r.start, t.original))
    if not guiding and prev is not None and cue is not None and cue[2] == "guides" and ex["sent_to"]:
        guiding = _sent_to(text, prev.end, seg_lo + cue[0], before[: cue[0]], ex)
    if (
        guiding
        and cue is not None
        and cue[2] == "guides"
        and before[: cue[0]].rstrip().endswith(" và")
        and nearest_cue(before[: cue[0]]) is None  # not "quy định chi tiết và hướng dẫn thi hành"
        and not _verb_scope_pair(before[: cue[0]], ex)
    ):
        guiding = False  # "… Nghị định 150 và hướng dẫn thực hiện X": a new verb, not "A hướng dẫn X"
    # "Nghị định này quy định chi tiết … của Luật A; quy định biện pháp thi hành Luật A …": the text's own
    # scope goes on after ";" with no subject of its own
    self_guides = (
        cue is not None
        and cue[2] == "guides"
        and not guiding
        and _own_scope_goes_on(text, lo, before[: cue[0]])
    )
    no_cue_here = noun_use
    noun_joined = False
    if (
        cue is not None
        and cue[2] == "guides"
        and not guiding
        and not self_guides
        and not _self_before(before, cue, ex)
    ):
        if " ".join(before[: cue[0]].split()).lower() in ex["purpose_openers"]:
            # "Để hướng dẫn thi hành X, Chính phủ đã ban hành A; B": the documents issued after guide X
            self_guides = True
        elif (
            text[seg_lo + cue[0] : seg_lo + cue[0] + 4].isupper()
            or _title_under_type(text, seg_lo + cue[0], v)
            # "NGHỊ ĐỊNH⏎Quy định chi tiết một số điều và biện pháp thi hành Luật X": the title opens with
            # the first verb of the pair (real-text audit r41)
            or _title_under_type(text, seg_lo + _first_of_pair(before, cue, ex)[0], v)
            or _article_heading_guides(text, seg_lo + cue[0], before[cue[1] :])
        ):
            # "HƯỚNG DẪN thực hiện X", "THÔNG TƯ⏎Hướng dẫn …": the document's own title; "Điều 3. Hướng
            # dẫn khoản 2 Điều 5 Nghị định X": the heading of one of its articles
            self_guides = True
        elif (
            _cue_words(before, cue) in ex["guides_implements"]
            and not _paired_guides(before, cue, ex["paired_between"])
            and _own_guidance_after(text, r.end, t.ends[s.i], ex["own_guidance_after"])
        ):
            # "Bộ … hướng dẫn thực hiện một số nội dung của X như sau:": this text guides X
            self_guides = True
        elif _cue_words(before, cue) in ex["guides_implements"] and not _paired_guides(
            before, cue, ex["paired_between"]
        ):
            # "hướng dẫn thực hiện X": X is implemented; in a proposal or review in its clause ("Rà
            # soát các văn bản do Công an tỉnh ban hành hướng dẫn thực hiện X"), X is only named
            cue = (cue[0], cue[1], "mentions" if _proposal(before[: cue[0]], ex) else "implements")
        else:
            # "theo A và hướng dẫn tại B", "… và hướng dẫn của Bộ Tài chính tại B" (holdout21): a noun
            # coordinated with the item before, which B joins
            noun_joined = before[: cue[0]].rstrip().endswith(" và") and _noun_then_tai(before[cue[1] :])
            cue = nearest_cue(before[: cue[0]])  # "theo hướng dẫn tại …": a noun, not a cue
            no_cue_here = cue is None  # the clause has its own verb: no sentence-wide cue
    if (
        cue is not None
        # not "đề nghị hướng dẫn … trong thực hiện X" (holdout4)
        and _cue_words(before, cue) in ("theo", "áp dụng")
        and _asks_guidance(before[: cue[0]], ex)
    ):
        cue = (cue[0], cue[1], "mentions")  # "kiến nghị Bộ Nội vụ sớm hướng dẫn việc … theo X"
    if (
        cue is not None
        and cue[2] in v.doc_to_doc
        and (
            _passive(before[cue[1] :], v.passive_markers, before[: cue[0]])
            or _passive_status(before[cue[1] :], before[: cue[0]], ex)
        )
    ):
        # "(đã được thay thế bởi <ref>)": the agent of a past replacement, a fact about another document
        # that no cue of the sentence reaches (holdout14, holdout23)
        no_cue_here = no_cue_here or cue[2] == "replaces"
        cue = None  # "được sửa đổi, bổ sung bởi <ref>": the reference is the agent
    if (
        cue is not None
        and cue[2] in v.doc_to_doc
        and (
            _proposal(before[: cue[0]], ex)
            or _proposal_sentence(text, r, ex)
            or _draft_earlier(text, r, seg_lo + cue[0])
            or (cue[2] != "guides" and _submitted_earlier(text, r, seg_lo + cue[0], ex))
            or (cue[2] != "guides" and any(w in before[: cue[0]] for w in ex["task_in"]))
            # "trong khi chưa có nghị định hướng dẫn mới thay thế X": no replacing document exists yet
            or any(w in before[: cue[0]] for w in ex["absent_in"])
            # "A chủ trì … hướng dẫn thực hiện …; sửa đổi, bổ sung X cho phù hợp": the task's next item
            or (cue[2] != "guides" and _task_item(text, r, lo, ex))
            or (cue[2] != "guides" and _proposal_goes_on(text, lo, ex))
            or (cue[2] != "guides" and _under_draft_heading(text, r.start, ex["draft_headings"]))
            or (cue[2] != "guides" and t.tables and in_task_table(t.original, r.start))
        )
    ):
        cue = (cue[0], cue[1], "mentions")  # "tham mưu sửa đổi X", "dự thảo … thay thế X"
    coordinated = False
    if (
        cue is not None
        and prev is not None
        and _in_subject_of_prev(before, cue)
        and same_clause(text, prev.end, lo)
    ):
        cue, coordinated = None, True  # "X về việc ban hành Quy chế … và Y": Y joins X, not the cue
    if (
        cue is not None
        and "," in before[cue[1] :]
        and "," in _without_pinpoint(_without_quoted(before[cue[1] :]))
    ):
        cue = None  # the cue belongs to something said before the comma
    return _Governing(cue, guiding, self_guides, no_cue_here, noun_joined, coordinated)


def _opens_item_line(text: str, start: int) -> bool:
    """The reference opens its line right under a line closed by ";": a new item of the list, not the
    rest of the subject above ("… sửa đổi … Nghị định B … trong⏎giải quyết thủ tục hành chính;⏎Nghị
    định C …" under "I. CĂN CỨ PHÁP LÝ")."""
    ls = text.rfind("\n", 0, start)
    if ls <= 0 or text[ls + 1 : start].strip(" \t"):
        return False
    return text[max(ls - 8, 0) : ls].rstrip(" \t").endswith(";")


def _without_cue(t: _Pass, s: _Site, g: _Governing) -> None:
    """A reference no cue of its clause governs: a table column's relation, a cue heading's, the
    relation of the list it continues (across ";", out of a parenthesis, an enumeration, the item
    before), or a cue earlier in its sentence."""
    text, original, low, refs, ends, v, ex = t.text, t.original, t.low, t.refs, t.ends, t.v, t.ex
    i, r, prev, lo, seg_lo, before = s.i, s.r, s.prev, s.lo, s.seg_lo, s.before
    coordinated = g.coordinated
    cell_lo = 0
    if not coordinated and t.tables:
        cell = cell_at(original, r.start)
        if cell is not None:
            col = (
                header_relation(cell.header)
                or task_column_relation(cell)
                or row_label_relation(original, cell)
            )
            if col is None and (prev is None or prev.end <= cell.row_start):
                # the row's own document under "…, tiếp tục áp dụng …, trong đó có các văn bản sau:"
                col = intro_relation(original, r.start)
            if col is not None:
                r.relation = col  # type: ignore[assignment]
                return  # a table cell with no cue of its own: its column's ("Căn cứ pháp lý")
            cell_lo = cell.cell_start(original, r.start)  # the sentence-wide cue stays in the cell
    if not coordinated and (r.start <= 24 or text.rfind("\n", r.start - 24, r.start) != -1):
        # a table read as one cell a line (the reference alone on its line, or after its pinpoint)
        col = flat_cell_relation(text, r.start, r.end)
        if col is not None:
            r.relation = col  # type: ignore[assignment]
            return
    if (
        not coordinated
        and t.cue_headings
        # "… hướng dẫn thi hành … của Luật A và Điều 77 của Luật B" under "CĂN CỨ …": B continues the
        # subject A is in, not the heading's list
        and not (
            prev is not None
            # "- Trên cơ sở xem xét các Tờ trình số A ngày …, số B ngày … và số C …" under "CĂN CỨ …": B and C
            # are requests of A's list too, not items of the heading's (real-text audit r42)
            and (prev.relation_source is not None or prev.relation == "responds_to")
            and prev.doc_type == r.doc_type
            and not _opens_item_line(text, r.start)
            and _continues_list(_strip_date(_gap_text(text, min(ends[i - 1], r.start), r)))
        )
    ):
        col = heading_relation(text, r.start)  # "II. CĂN CỨ XÂY DỰNG ĐỀ ÁN" over "- Nghị quyết …"
        if col is not None:
            r.relation = col  # type: ignore[assignment]
            return
    if (" " + before.rstrip(" *_")).endswith(ex["time_clause"]):
        # "…; từ ngày Thông tư số X có hiệu lực thì …", "… theo các quy chuẩn, tiêu chuẩn cũ đến trước ngày
        # Luật X có hiệu lực thi hành" (real-text audit r42): X dates the clause, no list item or object
        return
    if not coordinated and not before.strip(" *_\t") and _under_basis_line(text, lo):
        r.relation = "based_on"
        return  # "Căn cứ Nghị định A …;⏎Nghị định B …;": a line of the "Căn cứ" block without its own cue
    if (
        not coordinated
        # "…; - Quyết định B …": also an item's bullet, of a bulleted list flattened onto one line
        and not before.strip(" *_\t-+•–")
        and lo
        and text[lo - 1] == ";"
        and _basis_line_item(t, i, lo)
    ):
        r.relation = "based_on"
        return  # "Căn cứ A; B … về thực hiện X (sau đây gọi là B); C": an item of the line's basis list
    if not coordinated and not g.no_cue_here:
        head = _head_of_previous_clause(text, refs, i, lo) if lo and text[lo - 1] == ";" else None
        if (
            head is not None
            and head.relation in v.inherit
            # as for list items; "Thông tư này hướng dẫn Điều 87 Luật A; Điều 3 Nghị định B": all
            and (head.relation != "guides" or head.doc_type == r.doc_type or head.relation_source is None)
        ):
            r.relation, r.relation_source = head.relation, head.relation_source
            _not_a_request(t, head, r)
            return  # "thay thế A …; B …; Điều 1 C …": items of one list across ";"
    if not coordinated and prev is not None:
        outer = _outside_parenthesis(text, refs, i, min(ends[i - 1], r.start))
        if outer is not None and _continues_list(text[text.rfind(")", 0, r.start) + 1 : r.start]):
            if outer.relation in ("guides", "amends") and outer.relation_source is not None:
                # "Căn cứ … A … quy định chi tiết … của Luật B (đã được sửa đổi, bổ sung bởi C); D": B is
                # in A's subject, so D continues the list A stands in (holdout41)
                outer = refs[outer.relation_source]
            if outer.relation in v.inherit:
                r.relation, r.relation_source = outer.relation, outer.relation_source
            return  # "Thực hiện A (thay thế B và C); D": D is A's list, not the parenthesis's
    if not coordinated:
        enum = _enumerated_relation(text, low, refs, i, lo, ends)
        if enum is not None:
            r.relation = enum  # type: ignore[assignment]
            return
    if not coordinated and prev is not None and (head := _item_past_inner_subject(t, i)) is not None:
        # "sửa đổi, bổ sung một số điều của Nghị định A … quy định chi tiết thi hành Luật X về … và Nghị định
        # B" (real-text audit r66): X lies in A's subject; B is the next item of A's list, not of X's
        r.relation, r.relation_source = head.relation, head.relation_source
        return
    if (
        prev is not None
        and prev.relation in v.inherit
        and (
            prev.relation not in ("guides", "amends")
            or prev.doc_type == r.doc_type
            or (prev.relation == "guides" and prev.relation_source is None)
            or _guided_above(refs, prev, r, text[min(ends[i - 1], r.start) : r.start], ex)
        )  # "thi hành Luật A và Nghị định B"; "về điều chỉnh, bổ sung Chỉ thị A, Quy định B …";
        # but the text's own "Thông tư này hướng dẫn … Luật A và Điều 4 Nghị định B" guides both
        and not (t.tabs and _CELL_BOUNDARY.search(original, min(ends[i - 1], r.start), r.start))
        and (
            (
                (
                    coordinated
                    or g.noun_joined
                    or _continues_list(_strip_date(_gap_text(text, min(ends[i - 1], r.start), r)))
                    or _amended_item_subject(text[min(ends[i - 1], r.start) : r.start], prev, r, ex)
                    or _later_item_after_subject(text[min(ends[i - 1], r.start) : r.start], prev, r, ex)
                )
                and not opens_paragraph(text, min(ends[i - 1], r.start), r)
            )
            # the agent after the amended law's date ("Luật A ngày … đã được sửa đổi, bổ sung bởi⏎⏎Luật số B",
            # r41), also across a blank line: no paragraph ends on the agent's "bởi", a scan wrapped there
            or _agent_gap(_strip_date(text[min(ends[i - 1], r.start) : r.start]), ex)
        )
    ):
        r.relation = prev.relation
        r.relation_source = prev.relation_source
        _not_a_request(t, prev, r)
    elif (
        not g.no_cue_here
        and not r.in_footnote
        and r.sentence is not None
        and _opens_parenthesis(text, seg_lo, r.start)
        and _request_before_parenthesis(text, seg_lo - 1, r.sentence[0], ex)
    ):
        r.relation = "responds_to"  # "Xét đề nghị của Ủy ban nhân dân tỉnh X (tờ trình số …)"
    elif (
        not g.no_cue_here
        and not r.in_footnote
        and r.sentence is not None
        and not _opens_parenthesis(text, seg_lo, r.start)
        and not (lo and text[lo - 1] == ";" and (_OWN_PASSIVE.match(before) or _assigned_where(before, ex)))
    ):
        _sentence_cue(t, s, r.sentence[0], cell_lo)


def _request_before_parenthesis(text: str, paren: int, s0: int, ex: dict[str, Any]) -> bool:
    """ "Xét đề nghị của Ủy ban nhân dân tỉnh X (<ref>": the parenthesis right after a request's author holds
    the request (relation_cues.json request_in_parenthesis; real-text audit r38)."""
    cues = ex["request_paren"]
    if not cues or paren <= s0:
        return False
    seg = text[max(s0, paren - 160) : paren].lower()
    for cue in cues:
        k = seg.rfind(cue)
        if k != -1:
            author = seg[k + len(cue) :]
            return (
                not any(c in author for c in ",;:()") and 0 < len(author.split()) <= ex["request_paren_words"]
            )
    return False


def _assigned_where(before: str, ex: dict[str, Any]) -> bool:
    """ "…; tỷ lệ giải ngân mới đạt 18,6% kế hoạch vốn giao tại X": where capital or an estimate was
    assigned names X only (holdout34); a cue earlier in the sentence, before the ";", does not reach it
    (relation_cues.json assigned_where)."""
    words = " ".join(before.lower().split())
    return words.endswith(ex["assigned_where"]) if ex["assigned_where"] else False


def _guided_above(refs: list[Reference], prev: Reference, r: Reference, gap: str, ex: dict[str, Any]) -> bool:
    """ "Thông tư A hướng dẫn … Luật B và Nghị định số C": C, joined to B by "và", ranks above the
    guiding A, so A guides it too (relation_cues.json guided_above)."""
    if prev.relation != "guides" or prev.relation_source is None or gap.strip() != "và":
        return False
    source = refs[prev.relation_source].doc_type or ""
    return (r.doc_type or "") in ex["guided_above"].get(source, frozenset())


def _not_a_request(t: _Pass, head: Reference, r: Reference) -> None:
    """ "Thực hiện Công văn số A … về việc báo cáo …; Công điện số B … về đẩy mạnh …, UBND tỉnh báo cáo
    như sau": the opening answers a request only in a document of `responds_to_types` (a letter); an item
    of another type in its list (a Công điện, a Nghị quyết) is carried out, as it would be alone (holdout34)."""
    if r.relation != "responds_to" or not r.doc_type or r.doc_type in t.v.responds_to_types:
        return
    lo = clause_start(t.text, head.start, t.cells)
    cue = nearest_cue(t.text[lo : head.start].lower())
    if cue is not None and t.text[lo + cue[0] : lo + cue[1]].lower().strip(" *_") in t.v.responds_to_opening:
        r.relation = "implements"


def _sentence_cue(t: _Pass, s: _Site, s0: int, cell_lo: int) -> None:
    """A cue earlier in the sentence governs the reference ("tiếp tục triển khai các chỉ thị …, trọng
    tâm là: Nghị quyết số 25-NQ/TW …") unless the body lists what it issued; doc-to-doc cues ("… sửa
    đổi Nghị định A và B") speak of other documents: skipped. `s0`: the sentence's start; `cell_lo`:
    a table cell's start."""
    text, refs, v, ex, i, r, prev = t.text, t.refs, t.v, t.ex, s.i, s.r, s.prev
    if prev is not None and prev.start < s0 < prev.end and prev.sentence is not None:
        s0 = prev.sentence[0]  # a line break inside the previous reference ends no sentence
    s0 = wrapped_sentence_start(text, s0, r.start - SENTENCE_REACH)
    s0 = _spelled_out_from(text, s0, r.start - SENTENCE_REACH, ex)
    a = max(s0, r.start - SENTENCE_REACH, cell_lo)
    w = _mask_between_refs(text, refs, i, a, t.low)
    far = _yield_weak(w, nearest_cue(w, v.doc_to_doc), ex, v.doc_to_doc)
    while far is not None and _theo_before_a_noun(w, far):
        far = nearest_cue(w[: far[0]], v.doc_to_doc)  # "Kiểm tra theo thẩm quyền: …"
    if (
        far is not None
        and far[2] in _SENTENCE_WIDE
        and not (a == s0 and _fronted_source(w, far, ex))
        # a main clause of its own after the cue's: "Căn cứ … Hiến pháp năm 2013, ngày 24/12/2025, Chủ tịch nước
        # … đã ký Lệnh số …"; "Để việc thực hiện X …, ngày … Bộ trưởng … đã ký Công văn số Y" (real-text audit
        # r45): what its subject signed, issued or drew up is not under the cue
        and ex["new_main_clause"].search(text, a + far[1], r.start) is None
    ):
        r.relation = far[2]  # type: ignore[assignment]
    elif (
        far is not None
        and far[2] == "responds_to"
        and _cue_words(w, far) in ex["heard"]
        and s.before.rstrip(" *_").endswith(" tại")
    ):
        r.relation = "responds_to"  # "Sau khi nghe A báo cáo tại X, ý kiến của B tại Y, …"


def _spelled_out_from(text: str, s0: int, floor: int, ex: dict[str, Any]) -> int:
    """ "… triển khai 3 nghị quyết của Hội nghị Trung ương.⏎Cụ thể: Nghị quyết số 27-NQ/TW …": a sentence
    opening with a list opener only spells out the sentence before it, whose start is the one to search
    for a cue (relation_cues.json list_continues); never before `floor`."""
    head = text[s0 : s0 + 24].lower().lstrip(" *_-+•")
    if not ex["list_continues"] or not head.startswith(ex["list_continues"]):
        return s0
    j = s0
    while j > max(floor, 0) and text[j - 1] in " \n*_":
        j -= 1
    if j <= max(floor, 0) or text[j - 1] not in ".:":
        return s0
    lo = max(text.rfind("\n", max(floor, 0), j - 1) + 1, floor, 0)
    stop = text.rfind(". ", lo, j - 1)
    return stop + 2 if stop != -1 else lo


def _with_cue(t: _Pass, s: _Site, cue: Cue, self_guides: bool) -> None:
    """The relation of the cue that governs the reference, refined: a guidance title before it, the
    document's own requirement, a request the report answers, the title's subject reported on; a
    doc-to-doc cue takes the clause's previous reference as its source."""
    text, v, ex = t.text, t.v, t.ex
    i, r, prev, lo, seg_lo, before = s.i, s.r, s.prev, s.lo, s.seg_lo, s.before
    rel = cue[2]
    if (
        rel == "implements"
        and prev is not None
        and prev.end > lo
        and _GUIDANCE_TITLE_BEFORE.search(before, 0, cue[0]) is not None
        and "và ban hành" not in before[: cue[0]]
    ):
        r.relation, r.relation_source = "guides", i - 1  # type: ignore[assignment]
        return  # "Quyết định A ban hành Hướng dẫn tạm thời chuyên môn thực hiện X": A guides X
    if rel == "implements" and _guided_scope_item(text, before, cue, lo, prev):
        r.relation = "guides"  # "Thông tư này hướng dẫn thực hiện A; chế độ báo cáo … theo Luật X"
        return
    if rel == "implements" and _in_guidance_subject(text, r.start):
        r.relation = "guides"  # "V/v hướng dẫn thực hiện chính sách, chế độ theo X": the letter guides X
        return
    if (
        rel == "responds_to"
        and len(tail := _without_pinpoint(before[cue[1] :]).split()) == 1
        and tail[0] in ex["own_then"]
        and _cue_words(before, cue) in ex["own_requirement"]
    ):
        # "theo yêu cầu của Chỉ thị số 04", "theo yêu cầu tại khoản 3 Điều 8 X": the document's own requirement
        rel = "implements"
    if rel == "responds_to" and _answer_vehicle(before, cue, ex):
        return  # "Bộ Tài chính trả lời tại Công văn số …": the answer's own document, only named
    if rel == "implements" and r.doc_type in v.responds_to_types:
        head = before[: cue[1]].strip(" \t*_-+•")  # a tab: the indent docx2txt keeps
        nl = text.rfind("\n", max(0, seg_lo - 8), seg_lo)  # the cue opens its line (after an indent)
        if (
            head in v.responds_to_opening
            and (nl != -1 or seg_lo <= 8)
            and not text[nl + 1 : seg_lo].strip(" \t")
            and _asks_for_report(text, r, t.ends[i], ex["responds_needs"])
        ):
            rel = "responds_to"
    unguided = rel == "guides" and (prev is None or prev.end <= lo) and not self_guides
    if (rel == "implements" or unguided) and r.number_symbol:
        # the words before the cue with the gaps of justified lines as single spaces ("sơ  kết  5  năm");
        # also "Tình hình ban hành văn bản quy định chi tiết X" with no guiding document (holdout30)
        near = _single_spaced(before[max(0, cue[0] - 3 * v.reports_on_reach) : cue[0]])
        k = max(near.rfind(c) for c in v.reports_on_cue)
        if k != -1 and near[:k].rstrip().endswith(ex["review_tasks"]):
            k = -1  # "tổ chức sơ kết 02 năm thi hành X": a review still to be held (holdout30)
        # "Sau 9 năm thực hiện X" reviews X in the title area only; in the body it tells a duration
        review = r.start < t.title_end and ex["review_years"].search(near)
        if (k != -1 and len(near) - k <= v.reports_on_reach) or review:
            if r.start < t.title_end:
                t.subject_syms.add(r.number_symbol)
            if r.number_symbol in t.subject_syms:
                rel = "reports_on"
    if rel in v.doc_to_doc:
        if prev is not None and (prev.end > lo or (rel == "amends" and same_clause(text, prev.end, lo))):
            # also past the cue window: "Thông tư A ngày … sửa đổi, bổ sung khoản 1 Điều 2, khoản 2 Điều 4, …
            # của Quy chế … ban hành kèm theo X" (a long list of provisions; real-text audit r18)
            r.relation_source = i - 1
        elif prev is not None and _row_document(text, prev, r.start, t.original):
            r.relation_source = i - 1  # the row's document: "| 10/2020/TT-BLĐTBXH | … | Quy định … |"
        elif (
            rel == "guides"
            and prev is not None
            and (
                _subject_item(text, prev, lo, before, cue)
                or (ex["sent_to"] and _sent_to(text, prev.end, seg_lo + cue[0], before[: cue[0]], ex))
            )
        ):
            # "Nghị định A … quy định về B; quy định chi tiết … Luật X", "Công văn A gửi các bộ; UBND các tỉnh
            # về việc hướng dẫn … X": A guides X
            r.relation_source = i - 1
        elif rel == "guides" and not self_guides and not _self_before(before, cue, ex):
            return  # "hướng dẫn" with no guiding document in the clause: a noun, not a cue
    r.relation = rel  # type: ignore[assignment]


def _subject_item(text: str, prev: Reference, lo: int, before: str, cue: tuple[int, int, str]) -> bool:
    """The clause opens on its guiding cue after a ";" that ends the subject of the reference before it,
    in the same line ("Nghị định số A của Chính phủ quy định về phân cấp …; quy định chi tiết và hướng dẫn
    thi hành một số điều của Luật X"): a decree's subject in two items, the second guiding X (real-text
    audit r48)."""
    if not lo or text[lo - 1] != ";" or not 0 < lo - prev.end <= 400 or before[: cue[0]].strip():
        return False
    gap = text[prev.end : lo - 1]
    return "\n" not in gap and ";" not in gap and " quy định" in gap


def _task_item(text: str, r: Reference, lo: int, ex: dict[str, Any]) -> bool:
    """A ";" item of a sentence that gives a body a task ("Ủy ban Kiểm tra Trung ương chủ trì, … hướng
    dẫn thực hiện Quy định này; sửa đổi, bổ sung Hướng dẫn số …") or a proposal to make ("Thanh tra Chính
    phủ rà soát, trình Chính phủ ban hành …; sửa đổi Thông tư số … cho phù hợp"): the item is that too."""
    if r.sentence is None or not lo or text[lo - 1] != ";":
        return False
    head = text[r.sentence[0] : lo].lower()
    return any(w in head for w in ex["task_in"]) or any(w in head for w in ex["proposal_task_in"])


def _under_basis_line(text: str, lo: int) -> bool:
    """The clause opens a line right under a line that opens with "Căn cứ" and ends with ";" (holdout23)."""
    if not lo or text[lo - 1] != "\n":
        return False
    end = lo - 1
    while end > 0 and text[end - 1] in " \t\n":
        end -= 1
    if not end or text[end - 1] != ";":
        return False
    return _basis_line_start(text, text.rfind("\n", 0, end) + 1, _WRAPPED_LINES) != -1


_WRAPPED_LINES = 4  # lines of one "Căn cứ" item a page may wrap it over


_SECTION_MARKS = frozenset("IVX0123456789")
_SECTION_NO = re.compile(r"(?:[IVX]{1,4}|\d{1,2})[.)]\s+")  # "I. ", "2) ": a section heading's number


def _basis_line_start(text: str, ls: int, lines: int) -> int:
    """The start of the line opening with "Căn cứ" that the line at `ls` is, or that a page hard-wrapped into
    it ("Căn cứ Thông tư số 04/2008/TT-BNV ngày 04⏎tháng 6 năm 2008 …;"): a line above goes on into the next
    when it ends in no stop and no blank line is between; `lines` lines at most, `ls`'s own included; -1
    when there is none."""
    for _ in range(lines):
        head = text[ls : ls + 12].lstrip(" *_-+•\t")
        if head[:1] in _SECTION_MARKS:
            # "I. CĂN CỨ LẬP KẾ HOẠCH - Quyết định A …; - Quyết định B …": a numbered heading that opens
            # the basis list it runs into, a bulleted list flattened onto one line (real-text audit r79)
            m = _SECTION_NO.match(text, ls + len(text[ls : ls + 12]) - len(head))
            if m is not None:
                head = text[m.end() : m.end() + 12]
        if head.lower().startswith("căn cứ"):
            return ls
        above = ls - 1
        if above <= 0 or text[above - 1 : above].strip() == "" or text[above - 1] in ";:.!?":
            return -1
        ls = text.rfind("\n", 0, above) + 1
    return -1


def _basis_line_item(t: _Pass, i: int, lo: int) -> bool:
    """ "Căn cứ Luật A; Nghị định B …; Quyết định C … về thực hiện X (sau đây gọi là …); Thông tư D …" on one
    line (real-text audits r49, r52): a reference opening a ";" item of a line that opens with "Căn cứ", whose
    first reference reads based_on, is an item of that basis list - however long the items before it (the
    sentence cue's reach) and whatever cue or parenthesis closes the item before it (X's cue is X's). Not
    past a sentence's end or a main clause of its own ("…; UBND tỉnh đã ban hành …")."""
    text, refs = t.text, t.refs
    k = text.rfind("\n", max(0, lo - _BASIS_LINE_REACH), lo)
    if k == -1 and lo > _BASIS_LINE_REACH:
        return False
    # also "Căn cứ Nghị định⏎số 96/2022/NĐ-CP … của Bộ Công⏎Thương; Nghị định số 105/2024/NĐ-CP …": a page's
    # hard wrap inside the item list, the ";" on the wrapped line (real-text audit r60)
    ls = _basis_line_start(text, k + 1, _WRAPPED_LINES + 1)
    if ls < 0:
        return False
    first = i
    while first > 0 and refs[first - 1].start >= ls:
        first -= 1
    if first == i or refs[first].relation != "based_on":
        return False
    if text[ls : ls + 1] in _SECTION_MARKS and (m := _SECTION_NO.match(text, ls)) is not None:
        ls = m.end()  # "I. CĂN CỨ …": the heading's number ends no sentence
    return text.find(". ", ls, lo) == -1 and t.ex["new_main_clause"].search(text, ls, lo) is None


_BASIS_LINE_REACH = 3000  # characters of one "Căn cứ" line searched back for its start


def _agent_gap(gap: str, ex: dict[str, Any]) -> bool:
    """ "X (đã được sửa đổi, bổ sung bởi Y)", "X (sau đây gọi là X), đã được sửa đổi, bổ sung bởi Y": Y,
    the agent of X's amendment, shares X's relation (holdout), also a guiding one."""
    return "được" in gap and ex["agent"].fullmatch(gap.lstrip(" ()")) is not None
