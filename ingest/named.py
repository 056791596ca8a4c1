"""Named references without a number ("Luật Tiếp công dân", "Hiến pháp năm 2013") through the laws
gazetteer (ingest.gazetteer, owned by the gazetteer module; skipped while it does not exist)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cache
from itertools import accumulate
from typing import Any

from ingest import gazetteer
from ingest.clauses import read_clause
from ingest.models import Reference
from ingest.vocab import load_data, vocab

AMENDING_WARNING = "amending law: not in the laws gazetteer"
# between a law's name and its number: "số", also with a line break after it ("… gia đình số⏎13/2022/QH15",
# pandoc's wrapped lines; "số⏎    13/…" in an indented footnote), or with the break before it ("… Luật
# Ngân sách nhà nước⏎số 83/2015/QH13": a PDF line wrapped between the name and "số"); also with a blank
# line there, an OCR or scraper paragraph break inside the line ("… Luật Xây dựng⏎⏎số 135/…", "… công chức
# số⏎⏎80/…": real-text audit r41), "số" then in lower case (a paragraph opening with "Số" is a new one) and
# the name inside a running line (_following: not a heading "Luật Đất đai" above an unrelated paragraph)
_GAP = re.compile(
    r"(?:[ *_]{0,3}|[ ]?\n[ ]{0,4}(?=(?i:số))|[ ]?\n[ ]{0,4}\n[ ]{0,4}(?=số))"
    r"(?:(?i:số)(?:[ ]{0,3}|[ ]?\n(?:[ ]{0,4}\n)?[ ]{0,4}):?[ *_]{0,3})?\Z"
)
_GAP_REACH = 18  # the longest gap: "số" between two blank-line breaks with their spaces


def find_named(
    text: str, sh: str, refs: list[Reference], citing_date: str | None = None, lowered: str | None = None
) -> list[Reference]:
    """Named references not already covered by a numbered one; a name right before a bare symbol
    ("Luật Tiếp công dân số 42/2013/QH13") becomes that reference's name instead. `lowered` is
    `text.lower()` when the caller has it (same length)."""
    gz: Any = gazetteer  # passed on as a value, so the helpers below read as pure functions of it
    matches = _law_names(gz, text, lowered)
    matches = _shared_type_word(gz, sh, matches)
    matches = _bills_read_inside(gz, text, sh, matches)
    starts = {r.start: r for r in refs}
    matches = _chained_amending_read_inside(gz, text, sh, matches, starts)
    spans = sorted((r.start, r.end) for r in refs)
    span_starts = [s for s, _ in spans]
    out: list[Reference] = []
    for start, end, last in _amending_laws(sh, matches, starts):
        k = bisect_left(span_starts, end)
        if any(spans[j][1] > start for j in range(max(0, k - 2), k)):
            continue
        if last is None:  # its own name only: the laws it lists are read as references of their own
            out.append(_amending_numbered_list(gz, text, sh, start, end, starts, citing_date))
            spans.append((start, end))
            spans.sort()
            continue
        nxt = _following(sh, start, end, starts)
        if nxt is not None and _version_of(last.law, nxt.number_symbol):
            # "Quốc hội ban hành Luật sửa đổi, bổ sung một số điều của Luật Đấu thầu số 22/2023/QH15": the
            # number is the amended law's own (a version the gazetteer lists): the reference is that law
            nxt.start, nxt.text, nxt.name = last.start, text[last.start : nxt.end], last.surface
            nxt.doc_type = (last.law or {}).get("doc_type") or nxt.doc_type
            continue
        if nxt is not None:  # "Luật sửa đổi, … của Luật A số 47/2019/QH14"
            nxt.start, nxt.text, nxt.name, nxt.doc_type = (
                start,
                text[start : nxt.end],
                text[start:end],
                "Luật",
            )
            continue
        cl = read_clause(sh, end, min(len(sh), end + 80))
        sym, date = _number_in_parenthesis(sh, end, starts, None, cl.date)
        date = date or _passed_below(sh, start, end)
        dated = gz.amending_law_dated(text[start:end], date) if sym is None and date is not None else None
        sym = sym or dated
        out.append(
            Reference(
                start=start,
                end=end,
                text=text[start:end],
                doc_type="Luật",
                number_symbol=sym,
                year=cl.year if cl.date else None,
                date=date,
                issuer=cl.issuer or vocab().named_issuer.get("Luật"),
                kind="named",
                name=text[start:end],
                confidence=0.6,
                warnings=[] if dated else [AMENDING_WARNING],
            )
        )
        spans.append((start, end))
        spans.sort()
        span_starts = [s for s, _ in spans]
    for lm in matches:
        k = bisect_left(span_starts, lm.end)  # spans starting before the name ends
        if any(spans[j][1] > lm.start for j in range(max(0, k - 2), k)):
            inner = _typed_by_last_word(text, lm, starts, span_starts[k - 1] if k else -1)
            if inner is not None:  # "Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13"
                inner.start, inner.text, inner.name = lm.start, text[lm.start : inner.end], lm.surface
                inner.doc_type = (lm.law or {}).get("doc_type") or inner.doc_type
            continue  # overlaps a numbered reference
        law = lm.law or {}
        revised = _revised_mark(sh, lm.start, lm.end)
        if _heading_or_type_item(sh, lm.start, lm.end) or (_bill(sh, lm.start, lm.end) and not revised):
            continue
        nxt = _following(sh, lm.start, lm.end, starts)
        amended = _amended_numbered(gz, text, lm, nxt) if nxt is not None else None
        if nxt is not None and amended is not None:
            # "Luật sửa đổi, bổ sung một số điều của Bộ luật Hình sự số 100/2015/QH13": an amending law the
            # gazetteer knows by its whole name, then a number that is a version of the code it amends, not
            # its own: the code is that reference, and the amending law's own words before it are named
            # (real-text audit r78, round f24; as for a list of numbered laws, r39)
            nxt.start, nxt.text, nxt.name = amended.start, text[amended.start : nxt.end], amended.surface
            nxt.doc_type = (amended.law or {}).get("doc_type") or nxt.doc_type
            own_end = amended.start
            while own_end > lm.start and sh[own_end - 1].isspace():
                own_end -= 1
            version = gz.choose_version(law, citing_date, None, None)
            if version and nxt.year and (version.get("year") or 0) < nxt.year:
                version = None  # an amendment older than the version it would amend ("… số 45/2019/QH14")
            sym = version.get("number_symbol") if version else None
            issuer = law.get("issuer") or vocab().named_issuer.get("Luật")
            out.append(_named(text, lm, version, sym, own_end, (version or {}).get("year"), None, issuer))
            continue
        if nxt is not None:
            nxt.start, nxt.text, nxt.name = lm.start, text[lm.start : nxt.end], lm.surface
            nxt.doc_type = law.get("doc_type") or nxt.doc_type
            nxt.confidence = min(1.0, nxt.confidence + 0.1)
            continue
        # "Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015": the stated date names the version
        cl = read_clause(sh, lm.end, min(len(sh), lm.end + 80))
        if lm.year and cl.date and cl.date[:4] != str(lm.year):
            # "Hiến pháp năm 2013, ngày 24 tháng 12 năm 2025, Chủ tịch nước … đã ký …": a date of another
            # year than the one the name carries dates the next clause, not the law
            cl.date = None
        cl.date = cl.date or _passed_below(sh, lm.start, lm.end)
        year = lm.year or (cl.year if cl.date else None)
        version = (
            gz.revised_version(law, citing_date, _revised_words()[1])
            if revised
            else gz.choose_version(law, citing_date, year, cl.date)
        )
        sym = version.get("number_symbol") if version else None
        sym, cl.date = _number_in_parenthesis(sh, lm.end, starts, sym, cl.date)
        doc_type = law.get("doc_type")
        default_issuer = law.get("issuer") or vocab().named_issuer.get(doc_type or "")
        stated = cl.issuer
        if stated and default_issuer and not stated.startswith(default_issuer):
            # "… báo cáo … việc thi hành Luật X năm 2022 của Đoàn đại biểu Quốc hội tỉnh": the clause is
            # the report's; a law is the Quốc hội's, an ordinance the Ủy ban Thường vụ Quốc hội's
            stated = None
        year = year or (version or {}).get("year")
        ref = _named(text, lm, version, sym, lm.end, year, cl.date, stated or default_issuer)
        if revised:
            ref.warnings.append(REVISED_WARNING)
        out.append(ref)
    # a title the gazetteer does not list before a bare symbol: the reference starts at its type word,
    # and a listed name it holds ("Luật Quản lý ngoại thương" in "… ngoại thương mới số …") is no
    # reference of its own
    unlisted = [r for r in refs if r.kind == "full" and r.doc_type is None and _unlisted_name(text, sh, r)]
    if unlisted:
        unlisted.sort(key=lambda u: u.start)
        begins = [u.start for u in unlisted]
        reach = list(accumulate((u.end for u in unlisted), max))
        out = [o for o in out if not _held(o, begins, reach)]
    _share_numbers_by_name(out)
    if citing_date is None:
        _only_version_cited(gz, refs, out)
    return out


def _held(o: Reference, starts: list[int], reach: list[int]) -> bool:
    """`o` lies inside one of the spans whose sorted `starts` and running furthest ends `reach` are given:
    the furthest end among those starting at or before it reaches its end (log time: a text may hold
    very many references)."""
    k = bisect_right(starts, o.start) - 1
    return k >= 0 and o.end <= reach[k]


def _only_version_cited(gz: Any, refs: list[Reference], named: list[Reference]) -> None:
    """A text with no date to choose a version by (a Q&A page, an explanation): a law named bare ("Bộ luật
    dân sự là …") is the one version of it the text itself cites by number or year ("Bộ luật dân sự số
    91/2015/QH13", "Bộ luật Hình sự 2015"); with two versions cited it stays undetermined."""
    cited = _versions_cited(gz, [*refs, *named])
    if not cited:
        return
    for ref in named:
        if ref.number_symbol or ref.date or _YEAR.search(ref.text) or AMENDING_WARNING in ref.warnings:
            continue
        law = _law_of(gz, ref)
        versions = cited.get(law["name"], []) if law is not None else []
        if law is not None and len({v["number_symbol"] for v in versions}) == 1:
            _pin(ref, law, versions[0])


def _guiding_day(refs: list[Reference], ref: Reference) -> str | None:
    """The day of the document that guides or details `ref` (its relation_source): its date, else the end of
    the year its symbol carries ("Nghị định 40/2019/NĐ-CP sửa đổi các Nghị định hướng dẫn Luật bảo vệ môi
    trường" in a list with no dates); None without one."""
    if ref.relation_source is None:
        return None
    source = refs[ref.relation_source]
    return source.date or (f"{source.year}-12-31" if source.year and source.kind == "full" else None)


def prefer_cited_versions(refs: list[Reference]) -> None:
    """A document whose own date is unknown (a web page giving the circular without its header): its
    bare law names got the version in force at the latest date the text cites, a lower bound of its
    date; when the text cites one version of that law by number and it is the newer one ("Luật Việc làm
    số 74/2025/QH15" in the preamble, "… một số điều của Luật Việc làm" below), the bare names mean it
    too - as `repin_versions` decides with a known date (real-text audit r42)."""
    gz: Any = gazetteer
    cited = _versions_cited(gz, refs)
    if not cited:
        return
    by_name = _laws_by_name(gz)
    for ref in refs:
        if ref.kind != "named" or ref.date or AMENDING_WARNING in ref.warnings or _YEAR.search(ref.text):
            continue
        law = by_name.get((ref.resolved or {}).get("law") or "")
        versions = cited.get(law["name"], []) if law is not None else []
        if law is None or len({v["number_symbol"] for v in versions}) != 1:
            continue
        newer = versions[0]
        now = next((v for v in law.get("versions", ()) if v.get("number_symbol") == ref.number_symbol), None)
        if now is not None and (now.get("date") or "") >= (newer.get("date") or ""):
            continue
        source_day = _guiding_day(refs, ref)
        if source_day and source_day < (newer.get("date") or ""):
            continue  # a guiding document older than the newer law details the older one
        _pin(ref, law, newer)


def _number_in_parenthesis(
    sh: str, end: int, starts: dict[int, Reference], sym: str | None, date: str | None
) -> tuple[str | None, str | None]:
    """(number, date) of a law the gazetteer cannot number, from the numbered law opening a parenthesis
    right after its name ("Luật sửa đổi, … (Luật số 171/2025/QH15), đã được Quốc hội … thông qua ngày …"):
    the same law, whose date is stated after the parenthesis closes (given to both)."""
    if sym is not None:
        return sym, date
    k = end
    while k < len(sh) and sh[k] == " ":
        k += 1
    r = starts.get(k + 1) if sh.startswith("(", k) else None
    if r is None or r.kind != "full" or r.doc_type not in _LAW_TYPES or not sh.startswith(")", r.end):
        return sym, date
    after = read_clause(sh, r.end + 1, min(len(sh), r.end + 121)).date
    r.date = r.date or after
    return r.number_symbol, date or after


_LAW_TYPES = ("Luật", "Bộ luật", "Pháp lệnh")


def _passed_below(sh: str, start: int, end: int) -> str | None:
    """The date of passing stated on the line below a law named alone on its own line, as a Lệnh công bố
    luật writes it ("NAY CÔNG BỐ:⏎⏎Luật …⏎⏎Đã được Quốc hội … thông qua ngày 11 tháng 12 năm 2025.")."""
    if (start and sh[start - 1] != "\n") or not sh.startswith("\n", end):
        return None
    pos = end + 1 + (sh[end + 1 : end + 2] == "\n")
    if not sh.startswith("Đã được ", pos):
        return None
    below = " đ" + sh[pos + 1 : sh.find("\n", pos, pos + 200) if "\n" in sh[pos : pos + 200] else pos + 200]
    return read_clause(below, 0, len(below)).date


def _share_numbers_by_name(named: list[Reference]) -> None:
    """A law the gazetteer cannot number, named again elsewhere in the text with the number it was given
    there ("NAY CÔNG BỐ: Luật sửa đổi, …" and "… Luật sửa đổi, … (Luật số 171/2025/QH15)"): the same law."""
    numbers: dict[str, str | None] = {}
    for r in named:
        if r.number_symbol and r.name:
            key = " ".join(r.name.split()).casefold()
            numbers[key] = r.number_symbol if numbers.get(key, r.number_symbol) == r.number_symbol else None
    if not numbers:
        return
    for r in named:
        if r.number_symbol is None and r.name:
            r.number_symbol = numbers.get(" ".join(r.name.split()).casefold())


_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUPERSCRIPT_AS_SPACE = str.maketrans(_SUPERSCRIPTS, " " * len(_SUPERSCRIPTS))
_LAW_WORDS = ("Luật", "LUẬT", "Pháp lệnh", "PHÁP LỆNH", "Hiến pháp", "HIẾN PHÁP")
_LAW_WORD = re.compile("|".join(_LAW_WORDS))
_WIDE_GAP = re.compile(r"\s{2,}")
_NAME_REACH = 160  # a law's name with its year fits in this many characters
_SAMPLE = 4000  # a justified text layer has double spaces on every page


def _law_names(gz: Any, text: str, lowered: str | None = None) -> list[Any]:
    """The gazetteer's law names in `text`, also where the words are apart by runs of spaces or blank
    lines, as in a justified PDF's text layer ("Luật  Ngân  sách  nhà⏎⏎nước"), or a footnote mark is
    glued to the name ("Luật Hộ tịch¹"): such stretches are read again with each gap as one space
    and the mark as a space, and the names mapped back to the text's offsets. Justified text is told
    by its first characters and footnote marks by the first mark, so that ordinary text costs next
    to nothing (substring scans of a whole text are not free: ~1 ms per MB each)."""
    found = gz.find_law_names(text, lowered) if lowered is not None else gz.find_law_names(text)
    named_at = {lm.start for lm in found}
    starts: list[int] = []
    if "  " in text[:_SAMPLE]:  # justified text: names whose words are apart by wide gaps
        for word in _LAW_WORDS:
            p = text.find(word)
            while p != -1:
                if p not in named_at and _WIDE_GAP.search(text, p, p + _NAME_REACH):
                    starts.append(max(0, p - 30))
                p = text.find(word, p + 1)
    for mark in _SUPERSCRIPTS if "¹" in text else ():  # footnotes are numbered from 1
        p = text.find(mark)
        while p != -1:
            if p > 0 and text[p - 1].isalpha():
                # every law word before the mark: the name the mark is glued to may follow another
                # law's name in the window ("… thi hành Luật A và Nghị định … của Luật B²;")
                for m in _LAW_WORD.finditer(text, max(0, p - _NAME_REACH), p):
                    if m.start() not in named_at:
                        starts.append(max(0, m.start() - 30))
            p = text.find(mark, p + 1)
    if not starts:
        return found
    regions: list[list[int]] = []
    for lo in sorted(starts):
        hi = min(len(text), lo + _NAME_REACH + 70)
        if regions and lo <= regions[-1][1]:
            regions[-1][1] = max(regions[-1][1], hi)
        else:
            regions.append([lo, hi])
    extra = []
    for lo, hi in regions:
        flat, where = [], []
        for tok in re.finditer(r"\s+|\S+", text[lo:hi].translate(_SUPERSCRIPT_AS_SPACE)):
            if tok.group().isspace():
                flat.append(" ")
                where.append(lo + tok.start())
            else:
                flat.append(tok.group())
                where.extend(range(lo + tok.start(), lo + tok.end()))
        for lm in gz.find_law_names("".join(flat)):
            start, end = where[lm.start], where[lm.end - 1] + 1
            extra.append(type(lm)(start, end, text[start:end], lm.law, lm.year))
    out: list[Any] = []
    for lm in sorted([*found, *extra], key=lambda m: (m.start, m.start - m.end)):
        if not out or lm.start >= out[-1].end:
            out.append(lm)
    return out


_SHARED_WORDS = ("Pháp lệnh", "Bộ luật", "Luật")  # "các Luật: Đất đai, Nhà ở, …"
_PLURAL = ("các ", "hai ", "ba ", "những ")  # "các Luật Đất đai, Nhà ở, …"
_ITEM_SEP = re.compile(r", | và | hoặc ")
_ITEM_END = re.compile(r"[ *_]*(?:[,;.)\n]| và | hoặc |\Z)")
_MAX_ITEMS = 12


def _shared_type_word(gz: Any, sh: str, matches: list[Any]) -> list[Any]:
    """Law names sharing one type word ("các Luật: Đất đai, Nhà ở, Kinh doanh bất động sản và …",
    "các Luật Đất đai, Nhà ở"): each name after the first is a law of that type, spanning only its
    name; after a colon the first item spans from the type word ("Luật: Đất đai"). Every item must be
    a name the gazetteer knows, capitalised and followed by a list separator or a clause end; the
    list stops at an item that repeats the type word ("… và Luật Các tổ chức tín dụng": found as is)."""
    heads: list[tuple[int, int, str]] = []  # (type word start, where the items start, the type word)
    p = sh.find(":")
    while p != -1:  # each colon (few per text): a capital after it, a type word right before it
        q = p + 2 if sh[p + 1 : p + 2] == " " else p + 1
        if sh[q : q + 1].isupper():
            k = p - 1 if sh[p - 1 : p] == " " else p
            word = next((w for w in _SHARED_WORDS if sh.endswith(w, 0, k)), None)
            if word is not None and not (k > len(word) and sh[k - len(word) - 1].isalpha()):
                heads.append((k - len(word), q, word))
        p = sh.find(":", p + 1)
    for lm in matches:
        if sh.startswith(", ", lm.end) and sh[max(0, lm.start - 6) : lm.start].lower().endswith(_PLURAL):
            word = next((w for w in _SHARED_WORDS if sh.startswith(w, lm.start)), None)
            if word is not None:
                heads.append((-1, lm.end, word))  # the first name is found as is
    if not heads:
        return matches
    taken = {(lm.start, lm.end) for lm in matches}
    extra: list[Any] = []
    for type_start, pos, word in heads:
        first = type_start >= 0
        if not first:
            sep = _ITEM_SEP.match(sh, pos)
            pos = sep.end() if sep is not None else pos
        for _ in range(_MAX_ITEMS):
            if not sh[pos : pos + 1].isupper() or sh.startswith(word, pos):
                break
            cand = f"{word} {sh[pos : pos + _NAME_REACH]}"
            found = next((m for m in gz.find_law_names(cand) if m.start == 0), None)
            if found is None:
                break
            end = pos + found.end - len(word) - 1
            if _ITEM_END.match(sh, end) is None:
                break  # "Luật Nhà ở xã hội …": more name than the gazetteer's
            start = type_start if first else pos
            if (start, end) not in taken:
                extra.append(type(found)(start, end, found.surface, found.law, found.year))
            first = False
            sep = _ITEM_SEP.match(sh, end)
            if sep is None:
                break
            pos = sep.end()
    if not extra:
        return matches
    out: list[Any] = []
    for lm in sorted([*matches, *extra], key=lambda m: (m.start, m.start - m.end)):
        if not out or lm.start >= out[-1].end:
            out.append(lm)
    return out


_ENUMERATOR = re.compile(r"[ \t]*(?:\d{1,2}|[a-zđ])[.)][ \t]*")


@cache
def _bill_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    d = load_data("doc_types.json").get("bills", {})
    return tuple(d.get("before", ())), tuple(d.get("after", ()))


@cache
def _revised_words() -> tuple[tuple[str, ...], int]:
    d = load_data("doc_types.json").get("bills", {})
    return tuple(d.get("revised", ())), int(d.get("revised_within_days", 0))


def _revised_mark(sh: str, start: int, end: int) -> bool:
    """ "Luật X (sửa đổi)" with no "dự án" / "dự thảo" before it: the revised law if X was passed lately,
    else a bill - told by the document's date in `repin_versions`."""
    before, _ = _bill_words()
    revised, _ = _revised_words()
    head = " ".join(sh[max(0, start - 16) : start].lower().split())
    tail = sh[end : end + 24].lstrip(" ").lower()
    return not head.endswith(before) and tail.startswith(revised)


# a named law written "Luật X (sửa đổi)": the version passed lately, or a bill (see repin_versions)
REVISED_WARNING = "named as revised: the law passed lately, or a bill"


def _bill(sh: str, start: int, end: int) -> bool:
    """A law named as a bill or draft ("dự án Luật Cán bộ, công chức (sửa đổi)"): not in force."""
    before, after = _bill_words()
    head = " ".join(sh[max(0, start - 16) : start].lower().split())
    if head.endswith(before):
        return True
    tail = sh[end : end + 24].lstrip(" ").lower()
    return tail.startswith(after)


def _bills_read_inside(gz: Any, text: str, sh: str, matches: list[Any]) -> list[Any]:
    """An amending law the gazetteer knows by its whole name ("Luật sửa đổi, bổ sung một số điều của
    Luật Xử lý vi phạm hành chính", 67/2020/QH14), named as a bill ("dự án Luật sửa đổi, … của Luật
    A"), is no reference: the laws its name holds are read instead, as for an amending law the
    gazetteer lacks (`_amending_laws`)."""
    out: list[Any] = []
    for lm in matches:
        law = lm.law or {}
        if not (law.get("name", "").startswith(_AMENDING_NAME) and _bill(sh, lm.start, lm.end)):
            out.append(lm)
            continue
        out.extend(_names_inside(gz, text, lm))
    return out


def _chained_amending_read_inside(
    gz: Any, text: str, sh: str, matches: list[Any], starts: dict[int, Reference]
) -> list[Any]:
    """An amending law the gazetteer knows by one law's name ("Luật sửa đổi, bổ sung một số điều của Luật
    Chứng khoán", 62/2010/QH12) that goes on with more law names ("…, Luật Kế toán, Luật Quản lý thuế số
    56/2024/QH15"): another amending law, named by all the laws it amends - the names inside are read so
    that `_amending_laws` spans the whole chain (real-text audit r12, holdout39)."""
    joiners = _joiners()
    out: list[Any] = []
    for k, lm in enumerate(matches):
        law = lm.law or {}
        nxt = matches[k + 1] if k + 1 < len(matches) else None
        if (
            not law.get("name", "").startswith(_AMENDING_NAME)
            or nxt is None
            or (
                " ".join(sh[lm.end : nxt.start].split()).lower() not in joiners
                and not _own_number_then_name(sh, lm, nxt, starts, joiners)
            )
            # "…, Luật sửa đổi, bổ sung một số điều của Luật B": a list of amending laws (holdout33)
            or sh[nxt.start : nxt.end].lower().startswith(_AMENDING_NAME.lower())
        ):
            out.append(lm)
            continue
        out.extend(_names_inside(gz, text, lm))
    return out


def _own_number_then_name(
    sh: str, lm: Any, nxt: Any, starts: dict[int, Reference], joiners: frozenset[str]
) -> bool:
    """ "Luật sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15, Luật Nhà ở …": the number after
    the name is not a version of that (older) amending law but the inner law's, and another law follows:
    a newer amending law listing numbered laws (real-text audit r39)."""
    r = _numbered_before(sh, lm, nxt.start, starts, joiners)
    return r is not None and not _version_of(lm.law, r.number_symbol)


def _numbered_before(
    sh: str, lm: Any, nxt_start: int, starts: dict[int, Reference], joiners: frozenset[str]
) -> Reference | None:
    """The number right after the law name `lm` ("… số 31/2024/QH15") when only a joiner lies between it
    and the next law's name at `nxt_start`: an item of a list of numbered laws; else None."""
    r = _following(sh, lm.start, lm.end, starts)
    if r is None or " ".join(sh[r.end : nxt_start].split()).lower() not in joiners:
        return None
    return r


def _names_inside(gz: Any, text: str, lm: Any) -> list[Any]:
    """The law names inside an amending law's name, past its own type word, at their offsets in `text`."""
    lo = lm.start + len("Luật")
    inside = gz.find_law_names(text[lo : lm.end])
    for inner in inside:
        inner.start, inner.end = inner.start + lo, inner.end + lo
    return list(inside)


_AMENDING_NAME = "Luật sửa đổi"


def _named(
    text: str,
    lm: Any,
    version: dict[str, Any] | None,
    sym: str | None,
    end: int,
    year: int | None,
    date: str | None,
    issuer: str | None,
) -> Reference:
    """The named reference of the gazetteer's law `lm` up to `end`, in the version chosen (None when the
    version could not be told: a lower confidence and a warning)."""
    law = lm.law or {}
    return Reference(
        start=lm.start,
        end=end,
        text=text[lm.start : end],
        doc_type=law.get("doc_type"),
        number_symbol=sym,
        year=year,
        date=date,
        issuer=issuer,
        kind="named",
        name=lm.surface,
        resolved={"law": law.get("name"), "number_symbol": sym, "year": version.get("year")}
        if version
        else None,
        confidence=0.85 if version else 0.6,
        warnings=[] if version else ["law version not determined"],
    )


def _amended_numbered(gz: Any, text: str, lm: Any, nxt: Reference) -> Any | None:
    """The law named last inside the amending law `lm` when the number `nxt` after it is a version of that
    law and not one of `lm`'s own ("Luật sửa đổi, … của Bộ luật Hình sự số 100/2015/QH13"); else None."""
    law = lm.law or {}
    if not str(law.get("name", "")).startswith(_AMENDING_NAME) or _version_of(law, nxt.number_symbol):
        return None
    inside = _names_inside(gz, text, lm)
    last = inside[-1] if inside else None
    return last if last is not None and _version_of(last.law, nxt.number_symbol) else None


def _heading_or_type_item(sh: str, start: int, end: int) -> bool:
    """A document's own title ("LUẬT⏎BAN HÀNH VĂN BẢN …": the type word alone on its line) or a bare
    type word as an item of a list of document types ("1. Hiến pháp."): not references."""
    line_start = sh.rfind("\n", 0, start) + 1
    first_break = sh.find("\n", start, end)
    if first_break != -1 and line_start == start and " " not in sh[start:first_break].strip():
        return True
    name = sh[start:end]
    if vocab().type_words.get(name.lower()) is None:
        return False
    m = _ENUMERATOR.match(sh, line_start)
    if m is None or m.end() != start:
        return False
    line_end = sh.find("\n", end)
    return sh[end : len(sh) if line_end == -1 else line_end].strip(" .;,") == ""


def _amending_prefix() -> re.Pattern[str]:
    global _AMENDING
    if _AMENDING is None:
        alts = sorted(vocab().amending_prefixes, key=len, reverse=True)
        words = (r"[ \n]+".join(re.escape(w) for w in a.split()) for a in alts)
        # "… một số điều và Phụ lục Danh mục chỉ tiêu thống kê quốc gia của Luật Thống kê": a second
        # object of the amendment between "một số điều" and "của" (bounded, within one sentence)
        words = (w.replace(_ARTICLES_OF, _ARTICLES_AND_OBJECT_OF) for w in words)
        _AMENDING = re.compile(rf"(?i:{'|'.join(words)})[ \n]+\Z") if alts else re.compile(r"(?!)")
    return _AMENDING


_AMENDING: re.Pattern[str] | None = None
_ARTICLES_OF = r"điều[ \n]+của"
# "… bổ sung Điều 3 của Luật X", "… Điều 6 và Điều 7 của …" (a news page names the amending law by the
# articles it amends): the article numbers, any, between "Điều" and "của" (prefixes "… bổ sung điều của")
_ARTICLE_NUMBERS = r"(?:[ \n]+\d{1,3}[a-zđ]?(?:[ \n]*(?:,|và)[ \n]*(?:điều[ \n]+)?\d{1,3}[a-zđ]?)*)?"
_ARTICLES_AND_OBJECT_OF = rf"điều{_ARTICLE_NUMBERS}(?:[ \n]+và[ \n]+[^\n;:.()]{{1,80}}?)?[ \n]+của"
# how far before a law's name its amending prefix may start
_AMENDING_REACH = 150


def _version_of(law: dict[str, Any] | None, symbol: str | None) -> bool:
    """`symbol` is the number of one of the law's versions in the gazetteer."""
    if not law or not symbol:
        return False
    return any(v.get("number_symbol") == symbol for v in law.get("versions") or ())


def _amending_laws(sh: str, matches: list[Any], starts: dict[int, Reference]) -> list[tuple[int, int, Any]]:
    """Spans of amending laws named by what they amend ("Luật sửa đổi, bổ sung một số điều của
    Luật A và Luật B"); the law names inside are dropped from `matches` (in place), unless the amending
    law is a bill ("dự án Luật sửa đổi, …"): then it is no reference and the laws it names stay; nor
    where each law it names has its number: then the span is the amending law's own words, `last` None."""
    prefix = _amending_prefix()
    joiners = _joiners()
    out: list[tuple[int, int, Any]] = []
    keep: list[Any] = []
    i = 0
    while i < len(matches):
        lm = matches[i]
        lo = max(0, lm.start - _AMENDING_REACH)
        window = sh[lo : lm.start]
        m = prefix.search(sh, lo, lm.start) if "đổi" in window or "ĐỔI" in window else None
        if m is None:
            keep.append(lm)
            i += 1
            continue
        end = lm.end
        inner = [lm]
        i += 1
        while i < len(matches) and _chain_gap(sh[end : matches[i].start], joiners):
            end = matches[i].end
            inner.append(matches[i])
            i += 1
        if _bill(sh, m.start(), end) or _own_title(sh, m.start()):
            # "dự án Luật sửa đổi, … của Luật A": a bill; "LUẬT⏎SỬA ĐỔI, … CỦA LUẬT A, LUẬT B": the text's own
            # title under its type word, which names the laws it amends (metadata has the title itself)
            keep.extend(inner)
            continue
        if (
            len(inner) == 1
            and i < len(matches)
            and _numbered_before(sh, lm, matches[i].start, starts, joiners) is not None
        ):
            # "Luật sửa đổi, bổ sung một số điều của Luật A số 31/2024/QH15, Luật B số 27/2023/QH15 và …": each
            # law it lists comes with its own number, so each is a reference of its own (amended) and the
            # amending law's name stops before them (real-text audit r39)
            keep.append(lm)
            own_end = lm.start
            while own_end > m.start() and sh[own_end - 1].isspace():
                own_end -= 1
            out.append((m.start(), own_end, None))
            continue
        out.append((m.start(), end, inner[-1]))
    matches[:] = keep
    return out


@cache
def _joiners() -> frozenset[str]:
    """What chains the names of the laws an amending law amends (doc_types.json amending_law joiners)."""
    return frozenset(j.strip() for j in vocab().amending_joiners)


def _chain_gap(gap: str, joiners: frozenset[str]) -> bool:
    """What lies between two law names of an amending law's list: a joiner (", ", " và "), or joiners around
    names the gazetteer lacks, each "Luật" and a few words ("…, Luật Quản lý tài sản công, Luật Dữ trữ quốc
    gia, …": a short or misspelt name of a listed law; real-text audit r53)."""
    words = " ".join(gap.split()).lower()
    if words in joiners:
        return True
    if len(gap) > _UNKNOWN_ITEMS_REACH or "luật " not in words:
        return False
    parts = words.replace(" và ", ",").split(",")
    if parts[0].strip() or parts[-1].strip():
        return False  # the gap must open and close with a joiner
    items = [p.strip() for p in parts[1:-1]]
    return 0 < len(items) <= 2 and all(
        it.startswith("luật ")
        and len(it.split()) <= _UNKNOWN_ITEM_WORDS
        and not any(c.isdigit() or c in ";:()/" for c in it)
        for it in items
    )


_UNKNOWN_ITEMS_REACH = 90  # two unknown names with their joiners
_UNKNOWN_ITEM_WORDS = 8


def _amending_numbered_list(
    gz: Any, text: str, sh: str, start: int, end: int, starts: dict[int, Reference], citing_date: str | None
) -> Reference:
    """The amending law named by its own words before a list of numbered laws ("Luật sửa đổi, bổ sung một
    số điều của" Luật A số …, Luật B số … và Luật C số … ngày 29 tháng 6 năm 2024): the gazetteer knows it
    by the names of the laws without their numbers; the date after the list is its own, not the last
    law's (real-text audit r39)."""
    joiners = _joiners()
    parts = [sh[start:end]]
    k, last = end, None
    while True:  # each law's name, then its number: the joiner before the name is kept, the number dropped
        lm = next(iter(gz.find_law_names(text[k : k + 200])), None)
        gap = " ".join(sh[k : k + lm.start].split()).lower() if lm is not None else "-"
        r = (
            _following(sh, k + lm.start, k + lm.end, starts)
            if lm is not None and (gap in joiners or not gap)
            else None
        )
        if lm is None or r is None:
            break
        parts.append(f"{gap} {lm.surface}" if last is not None else lm.surface)
        k, last = r.end, r
    full = " ".join(" ".join(parts).replace(" ,", ",").split())
    law = next((x.law for x in gz.find_law_names(full) if x.start == 0 and x.end == len(full)), None)
    date = None
    if last is not None:
        date, last.date = last.date, None  # "… số 32/2024/QH15 ngày 29 tháng 6 năm 2024": the amending law's
    version = gz.choose_version(law, citing_date, None, date) if law else None
    sym = version.get("number_symbol") if version else None
    return Reference(
        start=start,
        end=end,
        text=text[start:end],
        doc_type="Luật",
        number_symbol=sym,
        year=(version or {}).get("year"),
        date=date,
        issuer=vocab().named_issuer.get("Luật"),
        kind="named",
        name=full,
        resolved={"law": law.get("name"), "number_symbol": sym, "year": version.get("year")}
        if version and law
        else None,
        confidence=0.85 if version else 0.6,
        warnings=[] if version else [AMENDING_WARNING],
    )


def _own_title(sh: str, start: int) -> bool:
    """The amending law's type word stands alone on its line, upper case, the prefix going on below it
    ("LUẬT⏎SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA …"): the heading of the text's own title."""
    return (start == 0 or sh[start - 1] == "\n") and sh.startswith("LUẬT\n", start)


def _typed_by_last_word(text: str, lm: Any, starts: dict[int, Reference], start: int) -> Reference | None:
    """The numbered reference whose type word is the last word of the law's name ("… pháp luật số
    80/2015/QH13" read as "luật số 80/…"): it is that law, named in full."""
    r = starts.get(start)
    if r is None or r.kind != "full" or not lm.start < start < lm.end or r.end <= lm.end:
        return None
    return r if text[start : lm.end].lower() in ("luật", "pháp lệnh") else None


# a name between a law-type word and the bare symbol after "số" ("Pháp lệnh Chi phí tố tụng số
# 02/2012/UBTVQH13"): capitalised, on one line, no clause punctuation but the commas names hold
_NAME_TO_SO = re.compile(r"[ ]+(?P<name>[A-ZĐ][^\n;:.()\[\]“”\"]{0,150}?)[ ]+số[ ]{0,3}:?[ ]{0,3}\Z")


_AMENDING_BEFORE = re.compile(r"(?i)sửa đổi|bổ sung|bãi bỏ|thay thế")


def _unlisted_name(text: str, sh: str, r: Reference) -> bool:
    """A bare symbol after a law, code or ordinance named by a title the gazetteer does not list
    ("Căn cứ Pháp lệnh Chi phí tố tụng số 02/2012/UBTVQH13"): the reference starts at the type word,
    which gives its type, and the title is its name (the gazetteer's names are joined in the same
    way further on). The nearest type word before the symbol on its line is taken."""
    line = sh.rfind("\n", 0, r.start) + 1
    window = sh[max(line, r.start - 200) : r.start]
    best = None
    for word in vocab().named_issuer:
        at = window.rfind(word)
        while at > 0 and window[at - 1].isalnum():  # "Luật" inside "Bộ luật"? a word of its own only
            at = window.rfind(word, 0, at)
        if at >= 0 and (best is None or at > best[0] or (at == best[0] and len(word) > len(best[1]))):
            best = (at, word)
    if best is None:
        return False
    at, word = best
    if word == "Luật" and window.endswith("Bộ ", 0, at):
        at, word = at - 3, "Bộ luật"
    m = _NAME_TO_SO.match(window, at + len(word))
    if m is None or ("," in m.group("name") and not _commas_in_name(m.group("name"))):
        return False
    if _AMENDING_BEFORE.search(window, max(window.rfind(";", 0, at), 0), at):
        return False  # "Luật sửa đổi, bổ sung một số điều của Luật X số …": the amending law's number
    start = r.start - len(window) + at
    r.doc_type = word
    r.name = text[start : start + len(word) + m.end("name") - at - len(word)]
    r.start, r.text = start, text[start : r.end]
    if r.issuer is None:
        r.issuer = vocab().named_issuer[word]
    return True


def _commas_in_name(name: str) -> bool:
    """Every comma of a name joins words of one title ("Phòng, chống tham nhũng", "Hội đồng nhân dân,
    Ủy ban nhân dân"); none opens another reference (", Luật …") or a date (", ngày …")."""
    parts = [p.strip() for p in name.split(",")[1:]]
    return all(p[:1].isalpha() and not p.startswith(("ngày", *vocab().named_issuer)) for p in parts)


def _following(sh: str, start: int, end: int, starts: dict[int, Reference]) -> Reference | None:
    if sh.startswith(" (", end):
        end = _aside_end(sh, end)
    for k in range(end, min(len(sh), end + _GAP_REACH)):
        r = starts.get(k)
        # "O1/…": OCR; "**72/…": the emphasis the shadow moved out of the symbol "72**/…" (noise.emphasis_moves)
        if (
            r is not None
            and r.kind == "full"
            and (sh[k].isdigit() or sh[k] in "*_")
            and _GAP.match(sh[end:k])
        ):
            if sh.count("\n", end, k) > 1 and not _inside_line(sh, start):
                return None  # a blank line after a name that opens its line (a heading): r41
            return r
    return None


_ASIDE_REACH = 24  # the longest aside in parentheses between a law's name and its number


def _aside_end(sh: str, end: int) -> int:
    """ "Luật Tài nguyên nước (TNN) số 28/2023/QH15", "Luật Đất đai (sửa đổi) số 31/2024/QH15": the end of
    the short aside between the name and "số" - an upper-case abbreviation the text goes on to use, or a
    revised mark (doc_types.json "bills") - else `end` (real-text audit r58)."""
    close = sh.find(")", end + 2, end + _ASIDE_REACH)
    if close == -1:
        return end
    inner = sh[end + 2 : close]
    if inner.replace("&", "").isalpha() and inner.isupper() and len(inner) >= 2:
        return close + 1
    if sh[end + 1 : close + 1].lower() in _revised_words()[0]:
        return close + 1
    return end


def _inside_line(sh: str, start: int) -> bool:
    """Words stand before `start` on its line ("Căn cứ Luật …", "tại Điều 75 Luật …")."""
    line = sh.rfind("\n", 0, start) + 1
    return any(c.isalpha() for c in sh[line:start])


def repin_versions(refs: list[Reference], citing_date: str | None) -> list[Reference]:
    """Choose again, for the document's own date, the version of each named law cited without a
    year or date of its own (the first pass could only use the latest date cited in the text); a law
    named as revised that was not passed lately, or passed only after that date, is a bill: those are
    returned, for the caller to drop."""
    if not citing_date:
        return []
    gz: Any = gazetteer
    by_name = _laws_by_name(gz)
    cited = _versions_cited(gz, refs)
    subject = _subject_versions(gz, refs)
    based = _subject_versions(gz, refs, "based_on")
    bills: list[Reference] = []
    for ref in refs:
        if ref.kind != "named" or ref.date or AMENDING_WARNING in ref.warnings:
            continue
        year: re.Match[str] | None = _YEAR.search(ref.text)
        law = by_name.get((ref.resolved or {}).get("law") or "") or _law_of(gz, ref)
        if law is None:
            continue
        if year is not None:
            y = int(year.group())
            if ref.number_symbol is not None and sum(v["year"] == y for v in law.get("versions", ())) < 2:
                continue  # the year alone chose the version
            # "Luật Tổ chức chính quyền địa phương năm 2025": two versions that year, the one in force on
            # the document's date (the first pass only had the latest date the text cites)
            _pin(ref, law, gz.choose_version(law, citing_date, y))
            continue
        if REVISED_WARNING in ref.warnings:
            # "Luật X (sửa đổi)": the version passed lately by the document's own date; none: a bill
            version = gz.revised_version(law, citing_date, _revised_words()[1])
            if version is None:
                bills.append(ref)
            _pin(ref, law, version)
            continue
        if year is None and gz.adopted_after(law, citing_date):
            if ref.relation not in _IN_FORCE_RELATIONS:
                bills.append(ref)  # every version passed after the document's date: still a bill then
            else:
                # "Căn cứ Luật X;" or "sửa đổi … của Luật X" in a document older than every version the
                # gazetteer knows: an earlier law, in force then, whose number the gazetteer lacks
                _unpin(ref)
            continue
        version = gz.choose_version(law, citing_date, None)
        newer = _newer_cited(cited.get(law["name"], ()), version, citing_date)
        own = subject.get(law["name"])
        if own is not None:
            # "Kết quả thực hiện Luật Việc làm" answering a request "về việc tổng kết thi hành Luật Việc làm
            # số 38/2013/QH13 và chuẩn bị triển khai Luật Việc làm số 74/2025/QH15": the report is about the
            # version its subject names, and so are its bare names of the law
            version, newer = own, None
        elif newer is None:
            # "Căn cứ Luật Hoạt động giám sát … số 87/2015/QH13;" in a text dated after 121/2025/QH15 took
            # effect: the text rests on the version its basis names, and so do its bare names of the law
            # (gazetteer audit gz7, holdout14)
            rests_on = based.get(law["name"])
            if (
                rests_on is not None
                and version is not None
                and (rests_on.get("date") or "") < (version.get("date") or "")
            ):
                version = rests_on
        source_day = _guiding_day(refs, ref)
        if source_day and len(citing_date) >= 10 and source_day > citing_date[:10]:
            # never after the citing text (a year's end, a mistyped date): a page of March 2023 on "Nghị định số
            # 02/2023/NĐ-CP quy định chi tiết … Luật Tài nguyên nước" means the law in force then, not the one
            # passed in November (real-text audit r58, once the page's stamp was read)
            source_day = citing_date[:10]
        if newer and source_day and source_day < newer["date"]:
            newer = None  # "| 28/2015/TT-BLĐTBXH | 31/7/2015 | Hướng dẫn … Luật Việc làm |": not a later law
        version = newer or version
        if source_day and ref.relation in _SUBJECT_RELATIONS:
            # "Nghị định số 43/2014/NĐ-CP ngày 15/5/2014 … quy định chi tiết … Luật Đất đai": the law the
            # decree details is the one passed by the decree's date, not the one in force today
            version = _adopted_by(law, source_day) or version
        _pin(ref, law, version)
    return bills


def _pin(ref: Reference, law: dict[str, Any], version: dict[str, Any] | None) -> None:
    """Give a named reference the law version chosen for it (none chosen: left as it is)."""
    if version is None:
        return
    sym = version.get("number_symbol")
    ref.number_symbol, ref.year = sym, version.get("year")
    ref.resolved = {"law": law.get("name"), "number_symbol": sym, "year": version.get("year")}
    ref.confidence = max(ref.confidence, 0.85)
    ref.warnings = [w for w in ref.warnings if w != "law version not determined"]


def _unpin(ref: Reference) -> None:
    """Take back a version the first pass chose: none the gazetteer knows was passed by then."""
    ref.number_symbol, ref.year, ref.resolved = None, None, None
    if "law version not determined" not in ref.warnings:
        ref.warnings.append("law version not determined")


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# a law in the subject of a dated document that details or amends it
_SUBJECT_RELATIONS = ("guides", "amends")
# a law a document rests on or amends was in force at its date: never a bill
_IN_FORCE_RELATIONS = ("based_on", "amends")


def _adopted_by(law: dict[str, Any], day: str) -> dict[str, Any] | None:
    """The latest version of `law` passed on or before `day` (ISO): the one a document of that day
    details or amends, in force or not yet."""
    passed = [v for v in law.get("versions", ()) if v.get("date") and v["date"] <= day[:10]]
    return max(passed, key=lambda v: v["date"]) if passed else None


def _versions_cited(gz: Any, refs: list[Reference]) -> dict[str, list[dict[str, Any]]]:
    """The versions of each law the text cites explicitly - by number ("Luật Công chứng số
    46/2024/QH15") or by year ("Luật Công chứng 2024") - keyed by the law's name."""
    by_number = _laws_by_number(gz)
    out: dict[str, list[dict[str, Any]]] = {}
    for ref in refs:
        explicit = ref.kind == "full" or (ref.kind == "named" and (ref.date or _YEAR.search(ref.text)))
        hit = by_number.get(ref.number_symbol or "") if explicit else None
        if hit is not None:
            out.setdefault(hit[0]["name"], []).append(hit[1])
    return out


def _subject_versions(
    gz: Any, refs: list[Reference], relation: str = "reports_on"
) -> dict[str, dict[str, Any]]:
    """The version of each law the report is about, where the text names its subject explicitly - a
    `reports_on` reference with the law's number ("về việc tổng kết thi hành Luật Việc làm số
    38/2013/QH13") or year - keyed by the law's name; a law with two such versions has none. With
    `relation` "based_on": the version each law the text rests on ("Căn cứ Luật X số …;")."""
    by_number = _laws_by_number(gz)
    found: dict[str, list[dict[str, Any]]] = {}
    for ref in refs:
        if ref.relation != relation:
            continue
        explicit = ref.kind == "full" or (ref.kind == "named" and (ref.date or _YEAR.search(ref.text)))
        hit = by_number.get(ref.number_symbol or "") if explicit else None
        if hit is not None and hit[1] not in found.setdefault(hit[0]["name"], []):
            found[hit[0]["name"]].append(hit[1])
    return {name: versions[0] for name, versions in found.items() if len(versions) == 1}


def _newer_cited(cited: Any, version: dict[str, Any] | None, citing_date: str) -> dict[str, Any] | None:
    """A version the text names explicitly that was adopted after the one in force and by the citing
    date (passed, not yet in force): an article on the eve of a new law's effect calls it by its bare
    name too ("Nghị định … quy định chi tiết … Luật Công chứng" after "Luật Công chứng số 46/2024/QH15")."""
    floor = (version or {}).get("date") or ""
    best = None
    for v in cited:
        d = v.get("date")
        if d and floor < d <= citing_date[:10] and (best is None or d > best["date"]):
            best = v
    return best


@cache
def _laws_by_number(gz: Any) -> dict[str, tuple[dict[str, Any], dict[str, Any]]]:
    """Each numbered version of a gazetteer law by its number (built once): (law, version)."""
    return {
        v["number_symbol"]: (law, v)
        for law in gz.laws()
        for v in law.get("versions", ())
        if v.get("number_symbol")
    }


@cache
def _laws_by_name(gz: Any) -> dict[str, dict[str, Any]]:
    """The gazetteer's laws by name (built once, not per document)."""
    return {law["name"]: law for law in gz.laws()}


def _law_of(gz: Any, ref: Reference) -> dict[str, Any] | None:
    matches = gz.find_law_names(ref.text)
    return matches[0].law if matches else None
