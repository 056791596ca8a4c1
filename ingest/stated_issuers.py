"""The issuer named before a reference as the one who spoke through it: "Sau khi nghe Ban cán sự đảng
UBND tỉnh báo cáo tại Tờ trình số …", "ý kiến của Thành phố Hồ Chí Minh tại Văn bản số …", "Xét đề nghị
của Giám đốc Sở Nội vụ tại Tờ trình số …", "(…, Sở Nông nghiệp và Môi trường tỉnh Quảng Ngãi tại Công văn
số …)". A province so named scopes the reference's local code (the pipeline then names its body); any
other body is the issuer when the code names none."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from ingest import gazetteer
from ingest.models import Reference
from ingest.patterns import JOINED_BODY_NAME, issuer_heads
from ingest.vocab import load_data, vocab

REACH = 120  # "của <body> tại" fits in this many characters before the reference
_PLACE = re.compile(r"(?i:thành phố|tỉnh|tp\.?)[ ](?P<name>.+)\Z")


def _titles() -> str:
    """The office titles of the data (`office_titles`) as a regex alternation: "Giám[ ]đốc|…"."""
    return "|".join(re.escape(t).replace(r"\ ", "[ ]") for t in vocab().office_titles)


@cache
def _before_tai() -> re.Pattern[str]:
    spoken = "|".join(re.escape(w) for w in load_data("issuer_codes.json")["spoken_heads"]["words"])
    return re.compile(
        # "… (A tại Công văn số …, B tại Công văn số …)": the senders named in a parenthesis or a list; a
        # body whose name holds a comma ("của Cục Quản lý Khám, chữa bệnh tại Công văn số …") read whole
        # "của A tại Tờ trình số …, B tại Tờ trình số …", "của A tại Tờ trình số … và B tại Tờ trình số …"
        rf"(?:(?:của|nghe)[ ]|và[ ](?!của[ ])|\(|,[ ])(?P<iss>{JOINED_BODY_NAME.pattern}"
        rf"|(?:{issuer_heads()}|Thành[ ]phố|Tỉnh|{_titles()}|(?:{spoken})[ ])"
        # a PDF line wrapped right after the head or title ("của Giám đốc⏎Sở Nông nghiệp …", r14)
        r"(?:\n(?=[A-ZĐ]))?[^,;.()\n“”\"]{0,80}?)(?:[ ]báo[ ]cáo)?"
        # a comma before "tại" ("Xét đề nghị của Trưởng phòng Nội vụ, tại Tờ trình số …", real-text audit r64)
        r",?[ ]tại[ ]\Z"
    )


def _named_before(text: str, r: Reference, lo: int) -> str | None:
    if not text.endswith("tại ", max(lo, r.start - 4), r.start):
        return None  # cheap test first: the clause ends "… tại" right before the reference
    m = _before_tai().search(text, max(lo, r.start - REACH), r.start)
    return " ".join(m.group("iss").split()) if m else None


def scope_by_named_place(text: str, refs: list[Reference]) -> None:
    """ "ý kiến của Thành phố Hồ Chí Minh tại Văn bản số 5129/UBND-ĐT": the city's UBND issued it;
    "…; tại TP Hồ Chí Minh, Sở Tư pháp có Công văn số …": the clause is set in that city."""
    for i, r in enumerate(refs):
        if r.issuer_province or not r.issuer_code or r.kind != "full":
            continue
        if r.issuer:
            # a provincial body stated without its province in a clause set in one ("…; tại TP Hồ Chí Minh,
            # Sở Tư pháp có Công văn số …"): of that province, not of the citing text's
            if (name := _set_in(text, r)) is not None and _bare_provincial(r.issuer):
                r.issuer_province = name
            continue
        iss = _named_before(text, r, refs[i - 1].end if i else 0)
        m = _PLACE.match(iss) if iss else None
        if m and gazetteer.province_by_name(m.group("name")) is not None:
            r.issuer_province = m.group("name")
            continue
        if iss and (body := _lower_unit_body(iss, r.issuer_code)) is not None:
            r.issuer = body  # "Xét đề nghị của Chủ tịch UBND huyện Hải Hậu tại Tờ trình số …/TTr-UBND"
            continue
        if (name := _set_in(text, r)) is not None:
            r.issuer_province = name


def _set_in(text: str, r: Reference) -> str | None:
    """The province the clause of `r` is set in ("…; tại TP Hồ Chí Minh, … <ref>"), if it opens so."""
    lo = max(0, r.start - REACH)
    cut = max(text.rfind(";", lo, r.start), text.rfind(". ", lo, r.start), text.rfind("\n", lo, r.start))
    m = _SET_IN.match(text, cut + 1, r.start) if cut != -1 or lo == 0 else None
    return m.group("name") if m and gazetteer.province_by_name(m.group("name")) is not None else None


def _bare_provincial(issuer: str) -> bool:
    """A provincial body named without its province ("Sở Tư pháp", "UBND tỉnh")."""
    found = gazetteer.find_bodies(issuer)
    return (
        len(found) == 1
        and found[0][:2] == (0, len(issuer))
        and found[0][2].get("level") == "provincial"
        and found[0][2].get("province") is None
    )


# a body of a unit below the province, after an office holder's title or none: "Chủ tịch UBND huyện Hải
# Hậu", "Ủy ban nhân dân xã Quảng Tân" (holdout41)
_LOWER_UNIT = re.compile(
    r"(?:(?P<title>[^ ].*?)[ ])?(?P<body>(?P<head>UBND|Ủy[ ]ban[ ]nhân[ ]dân|HĐND|Hội[ ]đồng[ ]nhân[ ]dân)[ ]"
    r"(?P<unit>huyện|quận|thị[ ]xã|thành[ ]phố|xã|phường|thị[ ]trấn)[ ](?P<name>[A-ZĐÂÊÔƠƯĂÁÀẢÃẠÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÉÈẺẼẸÝỲỶỸỴ]"
    r"\w*(?:[ ][A-ZĐÂÊÔƠƯĂÁÀẢÃẠÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÉÈẺẼẸÝỲỶỸỴ0-9]\w*){0,3}))\Z"
)
_UNIT_HEADS = {"UBND": "UBND", "Ủy ban nhân dân": "UBND", "HĐND": "HĐND", "Hội đồng nhân dân": "HĐND"}


def _lower_unit_body(iss: str, code: str | None) -> str | None:
    """The spoken body when it is a district's, town's or commune's council or committee that the
    reference's code names ("…/TTr-UBND" of the "UBND huyện Hải Hậu"), so that the code's default, the
    citing province's body, does not take its place; None otherwise (a province-level city included)."""
    m = _LOWER_UNIT.match(iss)
    if m is None or not code or (m.group("title") and m.group("title") not in vocab().office_titles):
        return None
    if code.split("-")[-1] != _UNIT_HEADS[" ".join(m.group("head").split())]:
        return None
    if m.group("unit") == "thành phố" and gazetteer.province_by_name(m.group("name")) is not None:
        return None
    return m.group("body")


# a clause opening with its place: "tại TP Hồ Chí Minh, Sở Tư pháp có Công văn số …"
_SET_IN = re.compile(
    r"[ .]*(?i:tại|ở)[ ](?:(?i:tỉnh|thành phố|tp\.?)[ ])?(?P<name>[A-ZĐ]\w*(?:[ ][A-ZĐ]\w*){0,3}),[ ]"
)


# a list item labelled with its province: "- Tỉnh Bắc Kạn: …", "+ Thành phố Hà Nội: …", a numbered item "3.
# Thành phố Hồ Chí Minh: …" (holdout30)
_LABEL = re.compile(
    r"[ \t]*(?:[-+•*]|\d{1,2}\.)[ ]?(?:(?i:tỉnh|thành phố|tp\.?)[ ])?(?P<name>[A-ZĐ]\w*(?:[ ][A-ZĐ]\w*){0,3})[ ]?:"
)


def scope_by_clause_place(text: str, refs: list[Reference], own_province: str | None) -> None:
    """In a document of no province of its own (a ministry's summary of the provinces, a national
    news site), a local reference whose issuer names no province ("HĐND tỉnh ban hành Nghị quyết số
    08/2024/NQ-HĐND", "… của Chủ tịch UBND tỉnh", no issuer at all) is of the one province its list
    item's label names ("- Tỉnh Bắc Kạn: …") or else its clause names before it ("tỉnh Sóc Trăng ban
    hành …", "Phát biểu tại điểm cầu tỉnh Nam Định, Phó Chủ tịch UBND tỉnh cho biết …"). In a
    provincial document such a reference is the document's own province's (the pipeline's default)."""
    if own_province:
        return
    for r in refs:
        if r.issuer_province or not r.issuer_code or r.kind != "full":
            continue
        if r.issuer and _PLACE_IN_NAME.search(r.issuer):
            continue  # "… của UBND tỉnh Quảng Nam": named already
        code = r.issuer_code.split("-")[0]
        if not gazetteer.is_local_code(code):
            continue
        line = text.rfind("\n", 0, r.start) + 1
        label = _LABEL.match(text, line, r.start)
        names = {label.group("name")} if label and gazetteer.province_by_name(label.group("name")) else set()
        if not names and text.startswith("|", line) and (cell := text.rfind("|", line, r.start)) > line:
            # a summary table's row "| 3 | Lâm Đồng | Quyết định số A; Quyết định số B … |": the province
            # of the cells before the reference's own, whatever the ";" inside its cell (holdout30)
            names = {p["name"] for _, _, p in gazetteer.find_provinces(text[line:cell])}
        if not names or label:
            lo = max(line, r.start - 2 * REACH)
            lo = max(lo, text.rfind(";", lo, r.start) + 1, text.rfind(". ", lo, r.start) + 1)
            in_clause = {p["name"] for _, _, p in gazetteer.find_provinces(text[lo : r.start])}
            if not names or (in_clause and not in_clause & names):
                # "5. Tỉnh Phú Thọ: …; UBND tỉnh Vĩnh Phúc (cũ) và UBND tỉnh Hòa Bình (cũ) … theo các Quyết
                # định số …": the provinces the clause names win over the item's label (holdout30)
                names = in_clause
        if len(names) != 1:
            continue
        prov = gazetteer.province_by_name(next(iter(names)))
        if prov is not None and gazetteer.local_body(code, prov["key"]) is not None:
            r.issuer_province = prov["name"]


_PLACE_IN_NAME = re.compile(r"(?:tỉnh|thành phố|Tỉnh|Thành phố|TP\.?)[ ][A-ZĐ]")


def scope_by_subject_place(text: str, refs: list[Reference], own_province: str | None) -> None:
    """ "- 2 Quyết định 2808/QĐ-UBND năm 2016 Kế hoạch … trên địa bàn tỉnh Trà Vinh" in a law site's list of
    related documents, "Quyết định 672/QĐ-UBND phê duyệt … huyện Sơn Động, tỉnh Bắc Giang" (real-text audits
    r52, r53): a local code with no stated issuer is of the one province its own clause after it names as
    "tỉnh X" / "thành phố X", when that is another than the citing document's; a subject naming a district
    or commune (of any province) or several provinces changes nothing."""
    own = gazetteer.province_by_name(own_province) if own_province else None
    for i, r in enumerate(refs):
        if r.issuer or r.issuer_province or not r.issuer_code or r.kind != "full":
            continue
        hi = min(r.end + SUBJECT_REACH, refs[i + 1].start if i + 1 < len(refs) else len(text))
        hi = min(k for k in (text.find("\n", r.end, hi), text.find(";", r.end, hi), hi) if k != -1)
        seg = text[r.end : hi]
        if "tỉnh" not in seg and "phố" not in seg and "TP" not in seg:
            continue  # cheap test first: no unit word, no province named
        code = r.issuer_code.split("-")[0]
        if not gazetteer.is_local_code(code):
            continue
        k = seg.find(". ")
        while k != -1 and seg[max(0, k - 2) : k].upper() == "TP":  # "TP. Hồ Chí Minh" ends no sentence
            k = seg.find(". ", k + 2)
        if k != -1:
            seg = seg[:k]
        named = {p["key"] for s, _, p in gazetteer.find_provinces(seg) if _UNIT_BEFORE.search(seg, 0, s)}
        if len(named) != 1 or (own is not None and own["key"] in named):
            continue
        prov = gazetteer.province(next(iter(named)))
        if prov is not None and gazetteer.local_body(code, prov["key"]) is not None:
            r.issuer_province = prov["name"]


SUBJECT_REACH = 240  # characters of a reference's clause after it searched for the province it names
_UNIT_BEFORE = re.compile(r"(?i:thành[ ]phố|tỉnh|tp\.?)[ ]\Z")  # "tỉnh X", "thành phố X", "TP. X"


def name_spoken_issuers(text: str, refs: list[Reference], codes: frozenset[str] | None = None) -> None:
    """ "… nghe Ban cán sự đảng Ủy ban nhân dân tỉnh báo cáo tại Tờ trình số 214-TTr/BCSĐ": the body
    (without the office holder's title: "Giám đốc Sở Nội vụ" → "Sở Nội vụ") for a reference still
    without an issuer once the codes have named what they can; with `codes`, only for references of
    those issuer codes (a code several kinds of bodies use: the named body before the code's guess).
    A short form too: "chỉ đạo của Chủ tịch UBND tỉnh tại Chỉ thị số 06 ngày …" (real-text audit r65)."""
    for i, r in enumerate(refs):
        if r.issuer or (r.kind != "full" and r.kind != "short"):
            continue
        if codes is not None and r.issuer_code not in codes:
            continue
        iss = _named_before(text, r, refs[i - 1].end if i else 0)
        if not iss or _PLACE.match(iss):
            continue
        for title, body in vocab().office_titles.items():
            if iss.startswith(title + " ") and len(iss) > len(title) + 3:
                iss = body + iss[len(title) + 1 :]
                break
        r.issuer = iss


# the mark opening a footnote line ("⁶ Chỉ thị số …", "[6] …", "[^6]: …") and the same mark in the body
_NOTE_MARK = re.compile(r"[ ]{0,3}(?:(?P<sup>[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3})|\[\^?(?P<num>\d{1,3})\]:?)")
_ISSUED = re.compile(r"[ ](?:đã[ ])?ban[ ]hành[ ]")
NOTE_REACH = 600  # the sentence carrying a footnote mark starts at most this far before it


def footnote_speakers(text: str, refs: list[Reference]) -> None:
    """ "Chủ tịch UBND tỉnh ban hành nhiều văn bản … trên địa bàn⁶" with the note "⁶ Chỉ thị số
    02/CT-UBND …; Công văn số 2891/UBND-TCD …": the body that the sentence carrying the mark says issued
    the documents is the issuer of the note's items whose code is that body's (tests/gold README: an
    item of a footnote takes its issuer from the sentence carrying the mark). An issuer the item
    states itself ("… giữa Ban Dân vận Tỉnh ủy và …") is left as it is."""
    speakers: dict[int, tuple[str, str] | None] = {}  # footnote line start -> (speaker, its code)
    marks: dict[str, list[int]] | None = None  # built once, only for a text with such items
    starts: list[int] | None = None
    for r in refs:
        if not r.in_footnote or not r.issuer_code or _states_issuer(text, r):
            continue
        line = text.rfind("\n", 0, r.start) + 1
        if line not in speakers:
            marks = _mark_positions(text) if marks is None else marks
            speakers[line] = _note_speaker(text, line, marks)
        found = speakers[line]
        if found is not None and found[1] in r.issuer_code.split("-"):
            r.issuer = found[0]
        elif r.issuer is None and r.number_symbol:
            marks = _mark_positions(text) if marks is None else marks
            starts = [c.start for c in refs] if starts is None else starts  # refs are in text order
            same = _marked_citation(text, line, marks, r, refs, starts)
            if same is not None:  # "⁴ Công văn số 1455/SNV-XDCQ hướng dẫn …" after "… tại Công văn số
                r.issuer = same.issuer  # 1455/SNV-XDCQ ngày … của Sở Nội vụ tỉnh Lâm Đồng⁴": the same letter


def _marked_citation(
    text: str, line: int, marks: dict[str, list[int]], r: Reference, refs: list[Reference], starts: list[int]
) -> Reference | None:
    """The citation of the same document, with an issuer, in the sentence carrying the note's mark: a
    note describing the document its mark is attached to speaks of that document (gold README)."""
    at = _mark_at(text, line, marks)
    if at <= 0:
        return None
    for c in refs[bisect_left(starts, at - NOTE_REACH) : bisect_left(starts, at)]:
        # in the sentence carrying the mark
        if (
            c.number_symbol == r.number_symbol
            and c.issuer
            and not c.in_footnote
            and ". " not in text[c.end : at]
        ):
            return c
    return None


def _states_issuer(text: str, r: Reference) -> bool:
    """The item names its issuer itself right after it ("… ngày 19/01/2021 giữa Ban …", "… của …")."""
    clause = text[r.end : r.end + 60].split(";")[0]
    return " của " in clause or " giữa " in clause


_SUPERSCRIPT_RUN = re.compile(r"[¹²³⁴⁵⁶⁷⁸⁹⁰]+")
_BRACKET_MARK = re.compile(r"\[\d{1,3}\]")


def _mark_positions(text: str) -> dict[str, list[int]]:
    """Where each possible footnote mark stands in `text`, in text order: every run of one to three
    superscript digits (also inside a longer run, as a substring search finds it) and every "[n]".
    One pass, so that finding the marks of many notes stays linear in the text's length."""
    at: dict[str, list[int]] = {}
    for m in _SUPERSCRIPT_RUN.finditer(text):
        run, p = m.group(), m.start()
        for i in range(len(run)):
            for j in range(i + 1, min(len(run), i + 3) + 1):
                at.setdefault(run[i:j], []).append(p + i)
    for m in _BRACKET_MARK.finditer(text):
        at.setdefault(m.group(), []).append(m.start())
    return at  # each list in text order: runs and brackets are found in order, a run's i ascending


def _mark_at(text: str, line: int, marks: dict[str, list[int]]) -> int:
    """Where the mark of the note opening at `line` stands in the body (-1: not found)."""
    m = _NOTE_MARK.match(text, line)
    if m is None:
        return -1
    positions = marks.get(m.group("sup") or f"[{m.group('num')}]", [])
    k = bisect_left(positions, line)  # the mark's last place before the note's line …
    while k > 0 and positions[k - 1] > 0 and text[positions[k - 1] - 1] in "\n ":
        k -= 1  # … that does not open a line (a mark opening a line is another note)
    return positions[k - 1] if k else -1


def _note_speaker(text: str, line: int, marks: dict[str, list[int]]) -> tuple[str, str] | None:
    at = _mark_at(text, line, marks)
    if at <= 0:
        return None
    lo = max(0, at - NOTE_REACH)
    start = max(text.rfind(". ", lo, at) + 2, text.rfind(".\n", lo, at) + 2, text.rfind(": ", lo, at) + 2, lo)
    sentence = text[start:at]
    for s, e, body in gazetteer.find_bodies(sentence):
        if _ISSUED.match(sentence, e) and body.get("code"):
            title = _title_before(sentence, s)
            return (f"{title} {sentence[s:e]}" if title else sentence[s:e]), body["code"]
    return None


def _title_before(sentence: str, s: int) -> str | None:
    """ "Chủ tịch UBND tỉnh": the office title right before a body's name, if any."""
    head = sentence[max(0, s - 30) : s].rstrip()
    return next((t for t in _office_titles() if head.endswith(t)), None)


@cache
def _office_titles() -> tuple[str, ...]:
    return tuple(sorted(vocab().office_titles, key=len, reverse=True))


def carry_issuers(refs: list[Reference]) -> None:
    """A repeat of a full reference with no issuer of its own ("triển khai Kết luận số 114-KL/TW" after
    "Kết luận số 114-KL/TW … của Ban Bí thư") takes the issuer the text states for that symbol, as a short
    form takes its antecedent's: one document, one issuer. Only when the text gives the symbol one issuer
    and at most one date, and the repeat's own date (if any) is that date: "38/KH-UBND" of two years or
    two provinces in one text stays as it is."""
    missing = {r.number_symbol for r in refs if r.issuer is None and r.number_symbol and r.kind == "full"}
    if not missing:
        return
    by_symbol: dict[str, list[Reference]] = {}
    for r in refs:
        if r.number_symbol in missing and r.kind == "full":
            by_symbol.setdefault(r.number_symbol, []).append(r)
    for same in by_symbol.values():
        if len(same) < 2:
            continue
        issuers = {r.issuer for r in same if r.issuer}
        dates = {r.date for r in same if r.date}
        if len(issuers) != 1 or len(dates) > 1:
            continue
        stated = next(r for r in same if r.issuer)
        for r in same:
            if r.issuer is None and (r.date is None or r.date in dates):
                r.issuer = stated.issuer
                if r.issuer_province is None:
                    r.issuer_province = stated.issuer_province
