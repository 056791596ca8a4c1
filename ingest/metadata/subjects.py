"""Which references the report is about (its title, the "Thực hiện …" preamble) and which request it
answers; checks of the report's own number and of the dates it cites.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.metadata.base import (
    CLOSING_FIRST,
    CLOSING_HEAD,
    DATE_ANY,
    KINH_GUI_HEAD,
    RULE_LINE,
    SPACE_COMMA,
    Line,
    heading_names,
    iso_date,
    to_upper,
    vocab,
)
from ingest.models import DocumentMeta, Reference
from ingest.relation_rules import rules
from ingest.vocab import vocab as reference_vocab


def link_refs(
    text: str,
    lines: list[Line],
    refs: Sequence[Reference],
    title_span: tuple[int, int] | None,
    meta: DocumentMeta,
) -> None:
    cfg = vocab().cfg
    span = title_span
    subjects: list[int] = []
    if span:
        subjects = [i for i, r in enumerate(refs) if span[0] <= r.start < span[1]]
        subjects = [i for i in subjects if not _in_subject_of(text, refs, i, subjects)]
    pre = _preamble(lines, span)
    responds: list[int] = []
    if pre is not None:
        low = text[pre[0] : pre[1]].lower()
        cues_ok = low.lstrip("*_ ").startswith(tuple(cfg.get("preamble_cues", [])))
        inside = [i for i, r in enumerate(refs) if pre[0] <= r.start < pre[1]] if cues_ok else []
        request_types = set(cfg.get("request_types", []))
        request_cues = tuple(cfg.get("request_cues", []))
        subject_cues = tuple(cfg.get("subject_cues", []))
        review = cfg.get("review_requests", {})
        title_syms = {refs[i].number_symbol for i in subjects if refs[i].number_symbol}
        reviewed = False  # the first reference asks for the review this report makes
        for n, i in enumerate(inside):
            r = refs[i]
            before = text[max(pre[0], r.start - 60) : r.start].lower()
            before = before[before.rfind(". ") + 1 :]  # this sentence's words ("… thực hiện. Tỉnh ủy …")
            lead = text[pre[0] : r.start].lower()
            if (
                n == 0
                and (r.doc_type in request_types or any(c in lead for c in request_cues))
                and r.start - pre[0] < 200
                and not _instruction_carried_out(r, lead, request_cues)
            ):
                responds.append(i)
                continue
            if (
                n > 0
                and r.doc_type in request_types
                and (r.subject or "").lower().startswith(tuple(cfg.get("request_subject_starts", ())))
            ):
                responds.append(i)  # "Thực hiện Kế hoạch A … và Công văn số B … về việc báo cáo …"
                continue
            if (
                n == 0
                and r.number_symbol not in title_syms
                and (r.subject or "").lower().startswith(tuple(review.get("subject_starts", ())))
                and r.start - pre[0] < 200
            ):
                responds.append(i)  # "Thực hiện Kế hoạch … về tổng kết …"
                reviewed = True
                continue
            if reviewed and r.doc_type in review.get("followers", ()) and r.number_symbol not in title_syms:
                responds.append(i)  # "… và Hướng dẫn số 62-HD/BDVTW …": the guidance on the same review
                continue
            if (
                responds
                and i - 1 == responds[-1]
                and r.doc_type in request_types
                and re.fullmatch(r"[\s,;]*(?:và)?[\s,;]*", text[refs[responds[-1]].end : r.start])
            ):
                responds.append(i)
                continue
            # "Thực hiện X" in the opening is the report's subject only when the title names X or X's
            # subject does ("Thực hiện Kế hoạch 210-KH/TU … thực hiện Chỉ thị 05-CT/TW" under a title on
            # Chỉ thị 05); "Thực hiện Kế hoạch năm … của UBND tỉnh" under "Kết quả công tác …" is carried
            # out (holdout8)
            if any(c in (lead if n == 0 else before) for c in subject_cues) and (
                r.number_symbol in title_syms or _names_next(text, refs, i, title_syms)
            ):
                subjects.append(i)
    closing = _closing(lines)  # "Trên đây là báo cáo kết quả 05 năm thực hiện Kết luận số 114-KL/TW …"
    if closing is not None and meta.kind == "report":
        subject_cues = tuple(cfg.get("subject_cues", []))
        for i, r in enumerate(refs):
            if not closing[0] <= r.start < closing[1] or i in responds:
                continue
            before = text[max(closing[0], r.start - 60) : r.start].lower()
            if any(c in before for c in subject_cues):
                subjects.append(i)
    if meta.kind == "report" and span:
        subjects.extend(_restating_title(text, refs, subjects, span))
    # "Tình hình triển khai Nghị định 76 … sửa đổi, bổ sung một số điều của Nghị định 20": the title
    # states what its subject does to another document; that one is not what the report is about
    doc_to_doc = reference_vocab().doc_to_doc
    subjects = [
        i for i in subjects if not (refs[i].relation_source is not None and refs[i].relation in doc_to_doc)
    ]
    meta.subjects = sorted(set(subjects))
    meta.responds_to = responds
    headline = set()
    if meta.kind == "article" and span:
        words = cfg.get("headline_carried_out", {})
        carried = set()
        for i in meta.subjects:
            lead = text[span[0] : refs[i].start].lower()
            # "Hội nghị triển khai Nghị định 178": the event carries it out (holdout3); else, also in
            # "Sơ kết 2 năm thực hiện Chỉ thị 23", the headline names what the article is about
            if (
                lead.rstrip(" *_").endswith(tuple(words.get("verbs", ())))
                and not any(w in lead for w in words.get("reviews", ()))
            ) or (i - 1 in carried and _LIST_GAP.fullmatch(text[refs[i - 1].end : refs[i].start])):
                carried.add(i)  # "… thực hiện Nghị quyết 66-NQ/TW và Nghị quyết 68-NQ/TW": both carried out
            elif refs[i].relation not in _HEADLINE_KEEPS:
                headline.add(i)  # "Nghị định quy định chi tiết … của Luật Đất đai": the law is guided
    for i in meta.subjects:
        r = refs[i]
        if meta.kind == "report" or i in headline:
            r.relation = "reports_on"
        elif r.relation == "mentions" and meta.kind == "document":
            before = text[max(0, r.start - 60) : r.start].lower()
            if any(c in before for c in ("thực hiện", "triển khai")) and not _asks_guidance(text, r.start):
                r.relation = "implements"
    if meta.kind == "article" and span:
        _repeated_headline(text, refs, span)
    for i in responds:
        refs[i].relation = "responds_to"
    plans = cfg.get("plan_types", {})
    if meta.doc_type in plans.get("types", ()):
        self_words = tuple(plans.get("self_words", ()))
        for r in refs:
            if r.relation in ("amends", "replaces") and r.relation_source is None:
                lo = max(text.rfind("\n", max(0, r.start - 80), r.start) + 1, r.start - 80)
                if text.rfind("(", lo, r.start) > text.rfind(")", lo, r.start):
                    continue  # "Quyết định A (thay thế B)": the cited document's act
                if not any(w in text[lo : r.start] for w in self_words):
                    r.relation = "mentions"  # a task of the plan, not the plan's own act
    if meta.kind == "document":
        # a decision or resolution reports on nothing but what its title names: "ghi nhận kết quả thực
        # hiện Nghị quyết số 43/2022/QH15" in its body carries that resolution out
        named = {refs[i].number_symbol for i in meta.subjects} - {None}
        for i, r in enumerate(refs):
            if r.relation == "reports_on" and i not in meta.subjects and r.number_symbol not in named:
                r.relation = "implements"
    # what the document answers is also what its body answers ("Xét Tờ trình số …", "Bộ Nội vụ nhận
    # được Công văn số … của UBND tỉnh"), not only what its opening names
    meta.responds_to = sorted(
        {*meta.responds_to, *(i for i, r in enumerate(refs) if r.relation == "responds_to")}
    )


def _asks_guidance(text: str, start: int) -> bool:
    """ "V/v đề nghị hướng dẫn bố trí kinh phí thực hiện chính sách theo X": a title asking another body to
    guide carries X out no more than the same request in the body does (relation_cues.json proposals
    asks_guidance); X stays mentioned (holdout27)."""
    ex = rules()
    head = " ".join(text[max(0, start - GUIDANCE_REACH) : start].lower().split())
    k = max(head.rfind(w) for w in ex["asks_guidance"]) if ex["asks_guidance"] else -1
    return k != -1 and head.find(ex["guidance_verb"], k) != -1


GUIDANCE_REACH = 160  # a subject line's request ("đề nghị hướng dẫn …") starts this close to the reference
_LIST_GAP = re.compile(r"[\s,;]*(?:và)?[\s,]*")
_HEADLINE_KEEPS = frozenset({"guides", "amends", "replaces"})


def _repeated_headline(text: str, refs: Sequence[Reference], span: tuple[int, int]) -> None:
    """The headline again on a line of its own near the top (the reader prepends the page's <title> to
    the text holding its <h1>; holdout13, holdout19): its references read as in the headline."""
    title = text[span[0] : span[1]].strip()
    lo = span[0] + text[span[0] : span[1]].find(title)
    if len(title) < 20:
        return
    again = _line_of_its_own(text, title, span[1] - 1, min(len(text), span[1] + 600))
    if again == -1:
        return
    shift = again - lo
    by_start = {r.start: r for r in refs if span[1] <= r.start}
    for r in refs:
        if lo <= r.start < span[1] and (twin := by_start.get(r.start + shift)) is not None:
            twin.relation, twin.relation_source = r.relation, r.relation_source


def _line_of_its_own(text: str, title: str, lo: int, hi: int) -> int:
    """Where `title` stands alone on a line (only spaces or tabs beside it) whose line break is at or
    after `lo`, within text[:hi]; -1 if nowhere. A string search: a pattern built from each headline
    would be compiled anew for every document."""
    k = text.find(title, lo, hi)
    while k != -1:
        a, b = k, k + len(title)
        while a > lo and text[a - 1] in " \t":
            a -= 1
        while b < hi and text[b] in " \t":
            b += 1
        if a > lo and text[a - 1] == "\n" and (b == hi or text[b] == "\n"):
            return k
        k = text.find(title, k + 1, hi)
    return -1


def _closing(lines: list[Line]) -> tuple[int, int] | None:
    """The closing paragraph of a report ("Trên đây là báo cáo …"), the last one if several."""
    for ln in reversed(lines):
        if ln.clean.startswith(CLOSING_FIRST) and CLOSING_HEAD.match(ln.clean):
            return (ln.start, ln.end)
    return None


def _names_next(text: str, refs: Sequence[Reference], i: int, syms: set[str | None]) -> bool:
    """The reference's own clause names one of `syms` next ("Kế hoạch số 210-KH/TU … của Ban Thường vụ
    Tỉnh ủy về sơ kết 5 năm thực hiện Chỉ thị số 05-CT/TW"): no list break before it."""
    if i + 1 >= len(refs) or refs[i + 1].number_symbol not in syms:
        return False
    gap = text[refs[i].end : refs[i + 1].start]
    if _MAIN_CLAUSE_REPORTS.search(gap):
        return False  # "Thực hiện X của Quốc hội về …, Bộ Nội vụ tổng hợp báo cáo … về kết quả thực hiện Y"
    return len(gap) < 200 and ";" not in gap and " và " not in gap and "\n" not in gap


# the report's own main clause after the opening's reference ("…, Bộ Nội vụ tổng hợp báo cáo …",
# holdout30): what it names next is the subject of the report, not of X's clause
_MAIN_CLAUSE_REPORTS = re.compile(r",[ ][^,;]{0,60}?[ ](?:tổng hợp[ ])?báo[ ]cáo[ ]")


def _lead(text: str, start: int) -> str:
    """The last RESTATE_WORDS words before a reference, lower-cased ("quy định chi tiết")."""
    return " ".join(text[max(0, start - 80) : start].lower().replace("*", " ").split()[-RESTATE_WORDS:])


RESTATE_WORDS = 3


def _restating_title(
    text: str, refs: Sequence[Reference], subjects: list[int], span: tuple[int, int]
) -> list[int]:
    """ "Tình hình ban hành văn bản quy định chi tiết Luật Đất đai …" (title) restated by the request's
    subject ("… về việc báo cáo tình hình ban hành văn bản quy định chi tiết Luật Đất đai số …") or an
    appendix heading ("… QUY ĐỊNH CHI TIẾT LUẬT ĐẤT ĐAI …", holdout30): the same words before the same
    document name the report's subject again, whatever cue they hold."""
    leads = {
        (refs[i].number_symbol, _lead(text, refs[i].start))
        for i in subjects
        if span[0] <= refs[i].start < span[1] and refs[i].number_symbol
    }
    leads = {(sym, lead) for sym, lead in leads if len(lead.split()) == RESTATE_WORDS}
    return [
        i
        for i, r in enumerate(refs)
        if r.start >= span[1]
        and r.relation == "mentions"
        and (r.number_symbol, _lead(text, r.start)) in leads
    ]


def _in_subject_of(text: str, refs: Sequence[Reference], i: int, title: list[int]) -> bool:
    """ "Kết quả thực hiện Kết luận số 01-KL/TW … của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số
    05-CT/TW …" (holdout30): a title reference inside the subject ("về …") of the title's reference before
    it, with a cue of its own, is what that document does, not what the report is about."""
    if i - 1 not in title or refs[i].relation == "mentions":
        return False
    gap = text[refs[i - 1].end : refs[i].start]
    return " về " in gap and " và " not in gap and ";" not in gap


def _instruction_carried_out(r: Reference, lead: str, request_cues: tuple[str, ...]) -> bool:
    """ "Thực hiện Công văn số … về việc giao xây dựng …, Sở … kính trình …": a letter the relation cues
    found carried out (it asks for no report, holdout6) is no request, unless a request cue says so."""
    return r.relation == "implements" and not any(c in lead for c in request_cues)


def _preamble(lines: list[Line], span: tuple[int, int] | None) -> tuple[int, int] | None:
    """The first paragraph after the title."""
    if span is None:
        return None
    for ln in lines:
        if ln.start >= span[1] and ln.clean and not RULE_LINE.fullmatch(ln.clean):
            if KINH_GUI_HEAD.match(ln.clean) or to_upper(ln.clean).rstrip(": ") in heading_names():
                continue  # the addressee line; a heading printed after the title (PDF order)
            return (ln.start, ln.end)
    return None


def check_cited_dates(refs: Sequence[Reference], meta: DocumentMeta) -> None:
    """A document cannot cite one issued after it: a warning on the reference, and on the document
    when it answers or reports on it."""
    if not meta.date or len(meta.date) != 10:
        return
    for r in refs:
        if r.date and len(r.date) == 10 and r.date > meta.date and r.number_symbol != meta.number_symbol:
            r.warnings.append(f"dated {r.date}, after the citing document's date {meta.date}")
    for i in [*meta.responds_to, *meta.subjects]:
        r = refs[i]
        if r.date and len(r.date) == 10 and r.date > meta.date and r.number_symbol != meta.number_symbol:
            what = "it answers" if i in meta.responds_to else "it reports on"
            meta.warnings.append(
                f"{r.doc_type or 'document'} {r.number_symbol or r.text} {what} is dated {r.date}, "
                f"after the header date {meta.date}"
            )


def date_own_number(refs: Sequence[Reference], meta: DocumentMeta) -> None:
    """The document's own number where the text writes it without a date or term (the header "Số
    25-CT/TU", "theo dõi … thực hiện Chỉ thị số 25-CT/TU") is the document itself, of its own date: not
    an earlier document of the same symbol the text also cites ("Chỉ thị số 25-CT/TU ngày 15/7/2019",
    a directive of the previous term), whose date an undated mention would otherwise take."""
    if not meta.number_symbol or not meta.date:
        return
    for r in refs:
        if r.number_symbol == meta.number_symbol and r.date is None and r.party_term is None:
            r.date = meta.date


def check_self_mentions(text: str, number_line: Line | None, meta: DocumentMeta) -> None:
    """The document's own number cited elsewhere (appendix: "Kèm theo Báo cáo số 876/BC-VP ngày
    17/6/2021") with a date that disagrees with the header."""
    if not meta.number_symbol or not meta.date:
        return
    symbol = meta.number_symbol
    at = text.find(symbol)
    while at >= 0:
        gap = SPACE_COMMA.match(text, at + len(symbol))  # always matches (maybe empty)
        start, end = at, gap.end() if gap else at + len(symbol)
        at = text.find(symbol, at + len(symbol))
        if number_line is not None and number_line.start <= start < number_line.end:
            continue
        d = DATE_ANY.match(text, end)
        if not d:
            continue
        g = d.groupdict()
        sink: list[str] = []
        other = iso_date(g["d"], g["m1"] or g["m2"], g["y1"] or g["y2"], sink, "")
        if other != meta.date:
            line_start = text.rfind("\n", 0, start) + 1
            surface = text[max(line_start, start - 40) : d.end()].strip(" (")
            meta.warnings.append(f"date mismatch: header says {meta.date}, but '{surface}' gives {other}")
