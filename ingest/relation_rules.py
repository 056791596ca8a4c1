"""The relation cues as rules (ingest/data/relation_cues.json): the cue pattern and the nearest cue of a
clause, the rules `Vocab` does not carry (`rules()`: weak cues, evidence, proposals, …), and what
glues the items of a list together (`is_list_gap`). Shared by `ingest.relations`,
`ingest.clause_bounds` and `ingest.after_cues`."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from ingest.patterns import PIN, bounded_trie_alternation
from ingest.vocab import load_data, vocab

CUE_WINDOW = 160  # characters before a reference searched for its clause's cue
SENTENCE_REACH = 600  # characters before a reference searched for a cue earlier in its sentence
_LIST_GLUE = frozenset(load_data("relation_cues.json")["list_glue"]["words"])
# a character that is none of: whitespace, what is_list_gap drops, a letter of a glue word in any case
_NOT_GLUE = re.compile('(?i)[^\\s,;()“”"*' + re.escape("".join(sorted(set("".join(_LIST_GLUE))))) + "]")


def _adverbs_with_determiners(d: dict[str, Any]) -> frozenset[str]:
    """What may stand between an implementing verb and the noun phrase "quy định tại X" it governs: an
    adverb ("nghiêm", "đúng thẩm quyền"), a determiner ("các"), a head noun ("nội dung (được)"), or
    several in that order ("đúng các", "đầy đủ, có hiệu quả nội dung được")."""
    adverbs = ("", *d.get("adverbs", ()))
    dets = ("", *d.get("determiners", ()))
    heads = ("", *d.get("heads", ()))
    return frozenset(" ".join(w for w in (a, t, h) if w) for a in adverbs for t in dets for h in heads) - {""}


@cache
def rules() -> dict[str, Any]:
    """The rules of relation_cues.json that Vocab does not carry (weak cues, evidence, proposals)."""
    d = load_data("relation_cues.json")
    return {
        "weak": frozenset(d.get("weak_cues", {}).get("cues", ())),
        "yield_to": d.get("weak_cues", {}).get("yield_to_ending", "theo"),
        "yield_to_rel": frozenset(d.get("weak_cues", {}).get("yield_to_relations", ())),
        "weak_adverbs": _adverbs_with_determiners(d.get("weak_cues", {})),
        "weak_verbs": frozenset(d.get("weak_cues", {}).get("verb_relations", ("implements",))),
        "own_requirement": frozenset(d.get("own_requirement", {}).get("cues", ())),
        "own_then": frozenset(d.get("own_requirement", {}).get("then", ("của",))),
        "heard": frozenset(d.get("heard_before_tai", {}).get("cues", ())),
        "list_continues": tuple(d.get("list_continues", {}).get("openers", ())),
        "evidence": tuple(d.get("parenthesis_evidence", {}).get("openers", ())),
        "proposal_in": tuple(d.get("proposals", {}).get("in_clause", ())),
        "draft_headings": tuple(d.get("proposals", {}).get("draft_headings", ())),
        "proposal_before": tuple(d.get("proposals", {}).get("right_before", ())),
        "asks_guidance": tuple(d.get("proposals", {}).get("asks_guidance", ())),
        "guidance_verb": d.get("proposals", {}).get("guidance_verb", "hướng dẫn"),
        "task_in": tuple(d.get("proposals", {}).get("tasks_in_clause", ())),
        "absent_in": tuple(d.get("proposals", {}).get("absent_in_clause", ())),
        "proposal_task_in": tuple(d.get("proposals", {}).get("proposal_tasks_in_sentence", ())),
        "same_text": frozenset(d.get("same_text_in_parentheses", {}).get("types", ())),
        "quoted_preamble": tuple(d.get("quoted_preamble", {}).get("openers", ())),
        "named_heads": tuple(d.get("named_after_document", {}).get("heads", ())),
        "named_verbs": tuple(d.get("named_after_document", {}).get("verbs", ())),
        "body_name_before": _body_name_before(d.get("named_after_document", {})),
        # the names that pattern opens with: a cheap test before it (it costs ~12k instructions a search)
        "body_names": tuple(d.get("named_after_document", {}).get("names", ())),
        "responds_needs": tuple(d.get("responds_to_needs", {}).get("words", ())),
        "purpose_openers": frozenset(d.get("purpose_guidance", {}).get("openers", ())),
        "time_clause": tuple(d.get("time_clause", {}).get("before", ())),
        "issued_list": tuple(d.get("issued_for_purpose", {}).get("issued", ())),
        "issued_purpose": tuple(d.get("issued_for_purpose", {}).get("purpose", ())),
        "issued_plural": tuple(d.get("issued_for_purpose", {}).get("plural", ())),
        "new_main_clause": _new_main_clause(d.get("new_main_clause", {}).get("verbs", ())),
        "answer_cues": frozenset(d.get("answer_vehicle", {}).get("cues", ())),
        "answer_markers": tuple(d.get("answer_vehicle", {}).get("markers", ())),
        "guides_implements": frozenset(d.get("guides_implements", {}).get("cues", ())),
        "paired_between": tuple(d.get("guides_implements", {}).get("paired_between", ())),
        "basis_noun_before_ref": tuple(
            " " + w for w in d.get("basis_noun_phrase", {}).get("before_reference", ())
        ),
        "basis_noun_between": int(d.get("basis_noun_phrase", {}).get("max_between", 0)),
        "enacting_verbs": tuple(d.get("enacting_formula", {}).get("verbs", ())),
        "assigned_where": tuple(d.get("assigned_where", {}).get("endings", ())),
        "request_paren": tuple(d.get("request_in_parenthesis", {}).get("cues", ())),
        "request_paren_words": int(d.get("request_in_parenthesis", {}).get("max_words", 12)),
        "guided_above": {
            k: frozenset(v) for k, v in d.get("guided_above", {}).items() if not k.startswith("_")
        },
        "own_guidance_after": tuple(d.get("guides_implements", {}).get("own_guidance_after", ())),
        "sent_to": tuple(f"{w} " for w in d.get("sent_to", {}).get("words", ())),
        "sent_to_near": int(d.get("sent_to", {}).get("near", 60)),
        "sent_to_openers": tuple(f" {w}" for w in d.get("sent_to", {}).get("subject_openers", ())),
        "sent_to_reach": int(d.get("sent_to", {}).get("reach", 400)),
        "renaming": tuple(d.get("bridges", {}).get("renaming", ())),
        "amended_provision": tuple(d.get("bridges", {}).get("amended_provision", ())),
        "plan_words": tuple(f"{w} " for w in d.get("plan_content", {}).get("words", ())),
        "plan_openers": tuple(d.get("plan_content", {}).get("openers", ())),
        "plan_conclusions": tuple(f"{w} " for w in d.get("plan_content", {}).get("conclusions", ())),
        "cue_not_after": _merged_words(d.get("cue_not_after", {}), d.get("noun_uses", {})),
        "noun_uses": re.compile(
            "|".join(
                re.escape(f"{w} {k}")
                for k, ws in d.get("noun_uses", {}).items()
                if not k.startswith("_")
                for w in ws
            )
            or "(?!)"
        ),
        "cue_not_before": {
            k: tuple(w) for k, w in d.get("cue_not_before", {}).items() if not k.startswith("_")
        },
        "fronted": frozenset(d.get("fronted_source", {}).get("cues", ())),
        "fronted_not_before": frozenset(d.get("fronted_source", {}).get("not_before", ())),
        "agent": _agent_pattern(d.get("bridges", {})),
        "attached": tuple(d.get("attached_to", {}).get("words", ())),
        "attached_keeps": tuple(w + " " for w in d.get("attached_to", {}).get("keeps_after", ())),
        "attached_last": frozenset(w.split()[-1] for w in d.get("attached_to", {}).get("words", ())),
        "fronted_phrases": tuple(d.get("fronted_source", {}).get("phrases", ())),
        "fronted_types": frozenset(d.get("fronted_source", {}).get("source_types", ())),
        "fronted_type_cues": frozenset(d.get("fronted_source", {}).get("source_cues", ())),
        "fronted_requests": frozenset(d.get("fronted_source", {}).get("request_types", ())),
        "attached_amending": tuple(d.get("attached_to", {}).get("amending_formulas", ())),
        "attached_amending_pins": _amending_pinpoints(d.get("attached_to", {})),
        "passive_status": tuple(d.get("passive_status", {}).get("auxiliaries", ())),
        "passive_partial": frozenset(d.get("passive_status", {}).get("partial", ())),
        "misread_cues": tuple(
            (w, c["cue"])
            for c in d.get("line_start_misreadings", {}).get("cues", ())
            for w in c["misreadings"]
        ),
        # what a line opening with a misread cue starts with (a cheap test before the words are compared)
        "misread_first": frozenset("*_ ").union(
            w[:1] for c in d.get("line_start_misreadings", {}).get("cues", ()) for w in c["misreadings"]
        ),
        "subject_openers": tuple(w + " " for w in d.get("amended_list", {}).get("subject_openers", ())),
        "review_tasks": tuple(d.get("reports_on_tasks", {}).get("openers", ())),
        "review_years": re.compile(
            rf"(?:^|\s)(?:{'|'.join(map(re.escape, d.get('reports_on_years', {}).get('openers', ())))})"
            r"\s+(?:hơn\s+)?\d{1,2}\s+năm\s*$"
        ),
    }


def _new_main_clause(verbs: Any) -> re.Pattern[str]:
    """ ", ngày 24/12/2025, Chủ tịch nước … đã ký", ", ngày 22/5/2017 Bộ trưởng … đã ký", ", Bộ Tư pháp đã xây
    dựng": a main clause of its own after a comma (relation_cues.json new_main_clause)."""
    alt = "|".join(re.escape(w).replace(r"\ ", "[ ]") for w in verbs) or "(?!)"
    return re.compile(
        r",[ ]{1,3}(?:ngày[ ][^,;.\n]{4,30}?(?:,[ ]{1,3}|[ ](?=[A-ZĐ])))?[A-ZĐ][^,;.\n()]{0,60}?[ ](?:đã|vừa)[ ]"
        rf"(?:{alt})(?!\w)"
    )


def _body_name_before(d: dict[str, Any]) -> re.Pattern[str]:
    """ "Ban Chỉ đạo quốc gia triển khai " right before a reference: a body named after it."""
    alt = lambda ws: "|".join(re.escape(w).replace(r"\ ", "[ ]") for w in ws)  # noqa: E731
    return re.compile(
        rf"(?<!\w)(?:{alt(d.get('names', ()) or ['(?!)'])})(?:[ ](?:{alt(d.get('qualifiers', ()) or ['(?!)'])}))?"
        rf"[ ](?:{alt(d.get('verbs', ()) or ['(?!)'])})[ ]{{1,3}}\Z"
    )


def _amending_pinpoints(attached: dict[str, Any]) -> re.Pattern[str] | None:
    """ "sửa đổi, bổ sung khoản 1 Điều 2, điểm d khoản 1 Điều 7 của": an amending formula that names the
    provisions (relation_cues.json attached_to amending_pinpoint_verbs), matched at its start."""
    verbs = sorted(attached.get("amending_pinpoint_verbs", ()), key=len, reverse=True)
    if not verbs:
        return None
    return re.compile(rf"(?i)(?:{'|'.join(map(re.escape, verbs))})[ ]{PIN}[ ,]{{0,2}}của[ ]")


def _agent_pattern(bridges: dict[str, Any]) -> re.Pattern[str]:
    """The gap "đã được sửa đổi, bổ sung một số điều theo" between a document and its passive agent."""
    verbs = "|".join(
        re.escape(w) for w in sorted(bridges.get("agent_verbs", ["sửa đổi"]), key=len, reverse=True)
    )
    markers = "|".join(re.escape(w) for w in bridges.get("agent_markers", ["bởi"]))
    # a hard-wrapped line may break the gap once ("đã được sửa đổi,⏎bổ sung một số điều theo", real-text audit r66)
    return re.compile(
        rf"(?i)[\s,*_]*(?:đã\s+)?được\s+(?:{verbs})(?:[^;.()\n]|\n(?![ \t]*\n)){{0,40}}?\s(?:{markers})[\s*_]*"
    )


@cache
def _cue_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    v = vocab()
    rel_of = {cue: rel for rel, cues in v.cues.items() for cue in cues}
    # a trie of the cues ("theo tinh\n\nthần" across a page break: a space matches any whitespace);
    # the same matches as "(?<!\w)(?:<cues longest first>)(?!\w)", 40% faster
    # a cue word inside a name is none ("Ban Chấp hành"): tested only once a cue has matched
    # … unless a longer cue ends in those words ("xem xét" is no "xét", "sau khi xem xét" is a cue)
    not_after = "".join(
        _not_after(w + " " + cue, rel_of) for cue, words in rules()["cue_not_after"].items() for w in words
    )
    # … nor is one that a following word makes a noun ("xét tuyển": recruitment by review)
    not_before = "".join(
        f"(?!(?<={re.escape(cue)})[ ]{re.escape(w)}(?!\\w))"
        for cue, words in rules()["cue_not_before"].items()
        for w in words
    )
    # a space in a cue matches none as well: a page that glued two words ("Căncứ Luật …") keeps its cue;
    # the relation is then looked up by the cue without its spaces
    glued = {"".join(cue.split()): rel for cue, rel in rel_of.items()}
    pattern = bounded_trie_alternation(rel_of, space=r"\s*") + r"(?!\w)" + not_after + not_before
    return re.compile(pattern), glued


def _not_after(phrase: str, cues: dict[str, str]) -> str:
    """A match may not end in `phrase` (a cue word inside a name), unless it ends in a longer cue that
    ends in `phrase`."""
    longer = [c for c in cues if c != phrase and c.endswith(" " + phrase)]
    if not longer:
        return f"(?<!{re.escape(phrase)})"
    return "(?:" + "|".join([f"(?<!{re.escape(phrase)})", *(f"(?<={re.escape(c)})" for c in longer)]) + ")"


def _merged_words(*tables: dict[str, Any]) -> dict[str, tuple[str, ...]]:
    """The words of several cue -> words tables, a cue in more than one keeping all of them
    ("hướng dẫn" after "văn bản" in `cue_not_after` and after "các" in `noun_uses`)."""
    out: dict[str, tuple[str, ...]] = {}
    for table in tables:
        for k, ws in table.items():
            if not k.startswith("_"):
                out[k] = (*out.get(k, ()), *(w for w in ws if w not in out.get(k, ())))
    return out


def nearest_cue(before: str, skip: frozenset[str] = frozenset()) -> tuple[int, int, str] | None:
    """(cue start, cue end, relation) of the cue nearest the end of `before` (lower-cased), ignoring
    cues of the relations in `skip`."""
    pattern, rel_of = _cue_pattern()
    best: tuple[int, int, str] | None = None
    if not skip:  # matches come in text order and do not overlap: the last one is the nearest
        last = None
        for last in pattern.finditer(before):  # noqa: B007 (the loop keeps the last match)
            pass
        return None if last is None else (last.start(), last.end(), rel_of["".join(last.group().split())])
    for m in pattern.finditer(before):
        if best is None or m.end() > best[1]:
            rel = rel_of["".join(m.group().split())]
            if rel not in skip:
                best = (m.start(), m.end(), rel)
    return best


# "… của Luật A[ và 02 điều của ]Luật B": the next item's count of articles (or "một số điều, khoản")
_ARTICLES_OF_NEXT = re.compile(r"[ ]*,?[ ]*và[ ]+(?:\d{1,3}|một[ ]số|các)[ ]+điều(?:,[ ]*khoản)?[ ]+của[ ]+")


def is_list_gap(gap: str) -> bool:
    """Only separators and list glue words ("và", "các", …) between two references; or the articles of
    the next item, counted like the first's ("sửa đổi, bổ sung 02 điều của Luật A và 02 điều của Luật B")."""
    if _NOT_GLUE.search(gap):  # a character no glue word or separator has: found in the first word
        return _ARTICLES_OF_NEXT.fullmatch(gap) is not None

    words = gap.replace(",", " ").replace(";", " ").replace("(", " ").replace(")", " ")
    words = words.replace("“", " ").replace("”", " ").replace('"', " ").replace("*", " ")
    return all(w in _LIST_GLUE for w in words.lower().split())
