"""Short back-references: "Pháp lệnh số 34", "Chỉ thị 33", "KẾT LUẬN SỐ 114", and a full-looking
symbol with a dropped letter ("114-KL/W") that only an earlier full reference can explain.

A type word + plain number counts only when "số" precedes the number, a full reference of that
type and number is cited earlier, or — with a capitalised type word — later (a headline "Hội nghị
quán triệt Nghị quyết 57" names a document cited in full below), or an issuer clause follows
("Chỉ thị 05 của Bộ Chính trị"), so "Điều 19", "năm 2023", "quốc lộ 91" never become references.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from ingest.dates import parse_date_at
from ingest.gazetteer import body_by_name
from ingest.models import Reference, Repair
from ingest.patterns import NGAY, NUMBER_YEAR, type_word_before
from ingest.vocab import Vocab, load_data, vocab

# "Chỉ thị 05 của Bộ Chính trị": an issuer clause (a capitalised body) right after the number.
_OF_A_BODY = r"[ ]{1,3}của[ ]{1,3}[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ]"
_ISSUER_AFTER = re.compile(_OF_A_BODY)
# A lower-case type word in news prose ("triển khai nghị quyết 57 của Bộ Chính trị", "nghị quyết 18/2017 của
# Trung ương"): its issuer clause names a document - a count ("quy định 11 nội dung") has a noun after its
# number, never "của <Body>" (real-text audit r36).
_STATED_AFTER = re.compile(",?" + _OF_A_BODY)


def find_short_forms(
    text: str, sh: str, numbers: list[re.Match[str]], full: list[Reference], low: str | None = None
) -> list[Reference]:
    """Short-form candidates (not yet linked) at plain-number anchors; `full` are the full
    references already found (a type word + number counts only with "số" or an antecedent);
    `low` is `sh` lower-cased, when the caller has it."""
    v = vocab()
    seen = {(r.doc_type, r.number): r.start for r in sorted(full, key=lambda r: -r.start)}
    # "nghị quyết 18/2017 … nghị quyết 18": a number-and-year form is an earlier citation of its number
    # too (real-text audit r59)
    year_forms = _number_year_forms(text, sh, v, low) if "/" in sh else []
    for r in year_forms:
        key = (r.doc_type, r.number)
        if key not in seen or r.start < seen[key]:
            seen[key] = r.start
    starts = {r.start for r in full}
    out: list[Reference] = []
    for m in numbers:
        e = m.end("num")
        tw = type_word_before(sh, m.start("num"), low)
        if tw is None:
            continue
        s, word, has_so = tw
        doc_type = v.type_words.get(word)
        if doc_type is None:
            # generic "văn bản 5" is no short form of anything; but "Văn bản số 7328 ngày 02/12/2024 của …",
            # a number and a full date, names one letter cited without its symbol (real-text audit r64)
            if not has_so or not _dated_letter(sh, e):
                continue
            doc_type = v.no_code_type
        num = m.group("num").lstrip("0") or "0"
        first = seen.get((doc_type, num))
        listed = sh[e : e + 1] in (",", " ") and _NEXT_LISTED.match(sh, e) is not None
        # "ba nghị quyết 70, 71, 72": a lower-case type word after a count word, numbers listed (r54)
        count: int | None = None
        if listed and not has_so and not text[s].isupper() and doc_type in _bare_number_types():
            count = _count_before(sh, s, low)
        # without "số" or an earlier citation, only a capitalised type word names a document
        # ("quy định 11 nội dung" is a verb and a count), and only one cited later or with an issuer
        if not (
            has_so
            or (first is not None and first < s)
            or (text[s].isupper() and first is not None)
            or (
                text[s].isupper()
                and doc_type not in _project_types()
                and _ISSUER_AFTER.match(sh, e) is not None
            )
            or (text[s].isupper() and _bare_number_names(sh, s, e, doc_type, num))
            or (
                doc_type not in _project_types()
                and not _looks_like_year(num)
                and _STATED_AFTER.match(sh, e) is not None
            )
            or count is not None
        ):
            continue
        if doc_type in ("Luật", "Bộ luật", "Hiến pháp") and not has_so:
            continue
        items = _listed_short_forms(text, sh, e, doc_type, count or 0, starts) if listed else []
        if count is not None and not items and first is None and _STATED_AFTER.match(sh, e) is None:
            continue  # "các nghị quyết 3, 4 lần": no list of documents after all
        out.append(_short(text, s, e, doc_type, num))
        out.extend(items)
    lettered: set[tuple[str | None, str | None]] = {
        (r.doc_type, r.number) for r in full if r.number and r.number[-1].isalpha()
    }
    if lettered:
        out.extend(_lettered_forms(text, sh, v, low, lettered))
    out.extend(year_forms)
    return out


def _dated_letter(sh: str, e: int) -> bool:
    """A full date (day, month and year) right after the number ending at `e`: "văn bản số 7328 ngày
    02/12/2024" cites one document, where a count or an ordinal ("văn bản số 3 trong tổng số 10") has none."""
    if sh[e : e + 1] not in (" ", ","):
        return False
    m = NGAY.match(sh, e, e + 16)
    d = parse_date_at(sh, m.end(), m.end() + 40) if m else None
    return d is not None and d.iso is not None and len(d.iso) == 10


def _looks_like_year(num: str) -> bool:
    """A bare number that reads as a year ("2023", "1998"), no document's number after a type word."""
    return len(num) == 4 and num[:2] in ("19", "20")


def _short(
    text: str,
    s: int,
    e: int,
    doc_type: str | None,
    num: str,
    year: int | None = None,
    confidence: float = 0.9,
) -> Reference:
    """A short form spanning text[s:e]: its type and number, no symbol."""
    return Reference(
        start=s,
        end=e,
        text=text[s:e],
        doc_type=doc_type,
        number_symbol=None,
        kind="short",
        number=num,
        year=year,
        confidence=confidence,
    )


# "Nghị quyết 66 (về pháp luật), 57 (về khoa học …) và 59": more numbers listed after a short form, each
# maybe with its subject in parentheses, sharing its type word; a number ends at a stop, a comma, "và" or
# an opening parenthesis (never a count: "57 đại biểu"), and a year is no item (real-text audit r23)
_LIST_GAP = r"(?:[ ]{0,2}\([^()\n]{1,80}\))?(?:,[ ]{1,2}(?:và[ ]{1,2})?|[ ]{1,2}và[ ]{1,2})(?:số[ ]{1,2})?"
_NEXT_LISTED = re.compile(rf"{_LIST_GAP}\d")
_LISTED_NUMBER = re.compile(
    rf"{_LIST_GAP}(?P<num>\d{{1,4}})(?=[ ]{{0,2}}[(),;.:–-]|[ ]{{1,2}}(?:và|của|ngày)[ ]|[ ]{{0,2}}\n|\Z)"
)
_MAX_LISTED = 12
_LIST_GAP_MAX = 90  # a parenthesised subject (80) and the separator between two listed numbers


# the last of a counted list ("ba nghị quyết 70, 71, 72 đều …"): any word may follow, no symbol's rest
_LAST_COUNTED = re.compile(rf"{_LIST_GAP}(?P<num>\d{{1,4}})(?![\w/-]|[.,]\d)")


def _listed_short_forms(
    text: str, sh: str, end: int, doc_type: str, count: int = 0, starts: set[int] | None = None
) -> list[Reference]:
    """The numbers listed after a short form ending at `end`, each a short form of the same type spanning
    its number only; `count` items in all when a number word counted them ("ba nghị quyết 70, 71, 72");
    none at `starts`, where a full reference begins ("Nghị quyết số 57, 59 và 66-NQ/TW": 66 is the
    symbol's; real-text audit r54)."""
    out: list[Reference] = []
    for _ in range(_MAX_LISTED):
        m = _LISTED_NUMBER.match(sh, end)
        if m is None and count == len(out) + 2:
            m = _LAST_COUNTED.match(sh, end)
        if m is None or _looks_like_year(m.group("num")) or (starts and m.start("num") in starts):
            break
        s, end = m.start("num"), m.end("num")
        out.append(_short(text, s, end, doc_type, m.group("num").lstrip("0") or "0"))
    return out


# a number with a letter after it and nothing symbol-like ("Nghị quyết 30a", "Nghị quyết số 30c"):
# a resolution numbered after another; the anchor scan reads a letter only before a slash
_LETTERED = re.compile(r"(?<=[ \n(])([0-9]{1,4}[a-e])(?![\w/-]|[.,][0-9])")


def _lettered_forms(
    text: str, sh: str, v: Vocab, low: str | None, lettered: set[tuple[str | None, str | None]]
) -> list[Reference]:
    """Short forms with a lettered number ("Nghị quyết 30a" after "Nghị quyết 30a/2008/NQ-CP"): kept
    only for a type and number that a full reference of the text carries."""
    out: list[Reference] = []
    for m in _LETTERED.finditer(sh):
        tw = type_word_before(sh, m.start(1), low)
        if tw is None:
            continue
        s, word, _has_so = tw
        doc_type = v.type_words.get(word)
        num = m.group(1).lstrip("0") or "0"
        if (doc_type, num) not in lettered:
            continue
        out.append(_short(text, s, m.end(1), doc_type, num))
    return out


def _number_year_forms(text: str, sh: str, v: Vocab, low: str | None) -> list[Reference]:
    """ "NĐ 123/2021", "Thông tư số 09/2021": a type word with "số" or capitalised, then only a
    number and a year (laws are cited by name or full symbol: not here)."""
    out: list[Reference] = []
    if "/20" not in sh and "/19" not in sh:  # "/20" first: found early in most texts
        return out  # (no scan of slash runs with no year after them)
    for m in NUMBER_YEAR.finditer(sh):
        j = k = m.start()
        while j > 0 and sh[j - 1].isdigit():
            j -= 1
        tw = type_word_before(sh, j, low)
        if tw is None:
            continue
        s, word, has_so = tw
        doc_type = v.type_words.get(word)
        if doc_type is None or doc_type in v.named_issuer:
            continue
        if not (has_so or text[s].isupper() or _STATED_AFTER.match(sh, m.end()) is not None):
            continue  # "nghị quyết 18/2017 của Trung ương": lower case, with its issuer (r36)
        out.append(_short(text, s, m.end(), doc_type, sh[j:k].lstrip("0") or "0", int(m.group("yr")), 0.8))
    return out


_WRITTEN_NUMBER = re.compile(r"(\d{1,4})/\d{4}\Z")


@cache
def _bare_number_types() -> frozenset[str]:
    return frozenset(load_data("doc_types.json").get("bare_number", {}).get("types", ()))


@cache
def _project_types() -> frozenset[str]:
    """Types whose bare number before an issuer clause names a programme ("Đề án 06 của Chính
    phủ"), not a document (doc_types.json bare_number.projects)."""
    return frozenset(load_data("doc_types.json").get("bare_number", {}).get("projects", ()))


def _bare_number_names(sh: str, s: int, e: int, doc_type: str, num: str) -> bool:
    """ "thay thế Nghị định 100": a capitalised type word of a normative kind and a number on one
    line, the number no year ("Nghị quyết 2023"), name a document cited nowhere in full."""
    if doc_type not in _bare_number_types() or sh.find("\n", s, e) != -1:
        return False
    if s > 1 and sh[s - 1] == " " and sh[max(0, s - 6) : s - 1].lower().rsplit(" ", 1)[-1] in _row_words():
        return False  # "Số TT 2": a table's row number
    return not _looks_like_year(num)


@cache
def _count_words() -> dict[str, int]:
    """Words counting a list's documents before its type word (doc_types.json listed_count)."""
    return dict(load_data("doc_types.json").get("listed_count", {}).get("words", {}))


def _count_before(sh: str, s: int, low: str | None) -> int | None:
    """The count word right before the type word at `s` ("ba", "các" → 0), or None."""
    if s < 3 or sh[s - 1] != " ":
        return None
    w = low[max(0, s - 6) : s - 1] if low is not None else sh[max(0, s - 6) : s - 1].lower()
    word = w.rsplit(" ", 1)[-1].rsplit("\n", 1)[-1]
    if len(word) != len(w) and w[-len(word) - 1 : -len(word)] not in (" ", "\n"):
        return None
    return _count_words().get(word)


@cache
def _row_words() -> frozenset[str]:
    """Words before a type word that make "TT 2" a row number ("Số TT 2"; doc_types.json bare_number)."""
    return frozenset(load_data("doc_types.json").get("bare_number", {}).get("row_words", ()))


@cache
def _sole_issuers() -> dict[str, str]:
    """Doc types with one possible issuer: "Nghị định" -> "CP" (doc_types.json number_year)."""
    return dict(load_data("doc_types.json").get("number_year", {}).get("sole_issuer", {}))


def _built_symbol(r: Reference, v: Vocab) -> bool:
    """ "NĐ 123/2021" cited nowhere in full: "123/2021/NĐ-CP" when the type has one issuer."""
    issuer = _sole_issuers().get(r.doc_type or "")
    written = _WRITTEN_NUMBER.search(r.text)
    if issuer is None or written is None or r.year is None:
        return False
    return _built_symbol_from(r, v, written.group(1), r.year, issuer)


def _built_symbol_from(r: Reference, v: Vocab, number: str, year: int, issuer: str) -> bool:
    """Set `r`'s symbol "number/year/CODE-ISSUER" of its type's own code (False when it has none)."""
    codes = sorted(v.codes_of_type.get(r.doc_type or "", ()))
    code = next((c for c in codes if v.code_to_type.get(c) == r.doc_type), None)
    if code is None:
        return False
    r.number_symbol = f"{number}/{year}/{code}-{issuer}"
    r.year = year
    r.doc_type_code, r.issuer_code = code, issuer
    r.issuer = v.implied_issuer(issuer)
    return True


@cache
def _dated_from() -> dict[str, int]:
    """Sole-issuer types whose symbols carry the year, from which year (doc_types.json number_year)."""
    return dict(load_data("doc_types.json").get("number_year", {}).get("dated_from", {}))


def _dated_symbol(r: Reference, v: Vocab) -> bool:
    """ "Nghị định số 33, ngày 10/6/2023 của Chính phủ" cited nowhere in full: a sole-issuer type with
    its own full date has the symbol of its number and the date's year ("33/2023/NĐ-CP"); not when
    another issuer is stated, nor before the type's symbols carried the year."""
    issuer = _sole_issuers().get(r.doc_type or "")
    since = _dated_from().get(r.doc_type or "")
    date = r.date
    if issuer is None or since is None or date is None or len(date) != 10 or int(date[:4]) < since:
        return False
    stated = r.issuer
    if stated is not None and stated.casefold() != (v.implied_issuer(issuer) or "").casefold():
        return False  # "của Chính Phủ" as written passes
    written = _WRITTEN_PLAIN.search(r.text)
    if written is None:
        return False
    return _built_symbol_from(r, v, written.group(1), int(date[:4]), issuer)


# "Thông tư số 26/2018 của Bộ Tài chính": the body named right after a short form, or after its date
# ("Thông tư số 26/2018 ngày 10/4/2018 của Bộ Tài chính"; the date itself is read with the short form's
# clause, references._short_form_clauses)
_CENTRAL_AFTER = re.compile(
    r"(?:,?[ ]{1,3}ngày[ ]{1,3}\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d\d,?)?"
    r"[ ]{1,3}của[ ]{1,3}(?P<body>(?:Bộ|Ban)[ ][^\n,;.()]{2,80})"
)
MAX_BODY_WORDS = 12


def _leading_body(clause: str, least: int = 1, central: bool = False) -> dict[str, Any] | None:
    """The longest known body (central ones only with `central`) that `clause` opens with, in at least
    `least` and at most MAX_BODY_WORDS words ("Bộ Tài chính về …" → Bộ Tài chính)."""
    words = clause.split()
    for n in range(min(len(words), MAX_BODY_WORDS), least - 1, -1):
        body = body_by_name(" ".join(words[:n]))
        if body is not None and (not central or body.get("level") == "central"):
            return body
    return None


@cache
def _party_short_codes() -> dict[str, str]:
    """The code a Party body numbers a type with, n-CODE/ISSUER: the type's one code ("Nghị quyết" ->
    "NQ"), or for a type with several the one doc_types.json party_short_form names ("Chương trình" ->
    "CTr"); a type with several and none named (Quy định: QĐ, QĐi) has none."""
    codes: dict[str, list[str]] = {}
    for c, t in vocab().party_code_to_type.items():
        codes.setdefault(t, []).append(c)
    out = {t: cs[0] for t, cs in codes.items() if len(cs) == 1}
    out.update(load_data("doc_types.json").get("party_short_form", {}).get("codes", {}))
    return out


_WRITTEN_PLAIN = re.compile(r"(?<![\d/])(\d{1,5})\Z")


def party_symbol(r: Reference) -> bool:
    """ "Nghị quyết số 57" cited nowhere in full, its Party body stated ("của Bộ Chính trị", also after
    its date; "Tỉnh ủy Hà Tĩnh đã ban hành …"): the symbol a Party body gives that type ("57-NQ/TW",
    "40-CTr/TU"). False (nothing set) otherwise."""
    code = _party_short_codes().get(r.doc_type or "")
    body = body_by_name(r.issuer) if r.issuer and code else None
    written = _WRITTEN_PLAIN.search(r.text)
    if body is None or body.get("kind") != "party" or not body.get("code") or written is None:
        return False
    r.number_symbol = f"{written.group(1)}-{code}/{body['code']}"
    r.doc_type_code, r.issuer_code = code, body["code"]
    return True


def _stated_central_issuer(text: str, r: Reference, v: Vocab, number_year: bool) -> bool:
    """A short form cited nowhere in full with a central body stated after it ("NQ 57 của Bộ Chính
    trị", "Thông tư số 26/2018 của Bộ Tài chính"): that body is its issuer, and a number/year of a type
    a ministry issues under its own code makes the symbol ("26/2018/TT-BTC"); a Party body stated for
    it (by its clause, also after the date) makes its Party symbol ("57-NQ/TW"). False when none is stated."""
    if party_symbol(r):
        return True
    m = _CENTRAL_AFTER.match(text, r.end)
    if m is None:
        return False
    body = _leading_body(m.group("body"), least=2, central=True)
    if body is None:
        return False
    r.issuer = body["name"]
    if party_symbol(r):
        return True
    code = body.get("code")
    type_code = next(
        (c for c in sorted(v.codes_of_type.get(r.doc_type or "", ())) if v.code_to_type.get(c) == r.doc_type),
        None,
    )
    written = _WRITTEN_NUMBER.search(r.text) if number_year else None
    if body.get("kind") == "state" and code and type_code and written is not None and r.year is not None:
        r.number_symbol = f"{written.group(1)}/{r.year}/{type_code}-{code}"
        r.doc_type_code, r.issuer_code = type_code, code
        return True
    r.warnings.append("no antecedent")
    r.confidence = 0.5
    return True


# the body a short form's "của …" clause names, the clause maybe on the next line ("Nghị quyết 15⏎của Quốc hội")
_STATED_AFTER = re.compile(r"[ ]{0,3}\n?[ ]{0,3}của\s{1,3}([^\n,;.()]{2,80})")


def _body_of_other_kind(text: str, r: Reference, a: Reference) -> str | None:
    """The body stated after the short form `r` when it is a state body and the issuer of the full
    reference `a` of the same type and number is a Party body, or the reverse: the two are different
    documents. None when no known body is stated or both are of one kind."""
    m = _STATED_AFTER.match(text, r.end)
    if m is None or not a.issuer:
        return None
    body = _leading_body(m.group(1))
    if body is None:
        return None
    earlier = body_by_name(a.issuer)
    kinds = (body.get("kind"), earlier.get("kind") if earlier else None)
    if None in kinds or kinds[0] == kinds[1]:
        return None
    return str(body["name"])


def drops_one_letter(written: str, full: str) -> bool:
    """ "W" for "TW": `written` is `full` with one letter left out."""
    if len(full) != len(written) + 1:
        return False
    return any(full[:i] + full[i + 1 :] == written for i in range(len(full)))


def resolve_short_forms(text: str, v: Vocab, refs: list[Reference]) -> None:
    """Link each short reference to the nearest earlier full reference of the same type and number,
    else to the first later one (a headline citing what the text then cites in full)."""
    latest: dict[tuple[str | None, str | None], int] = {}
    first_full: dict[tuple[str | None, str | None], int] = {}
    for i in range(len(refs) - 1, -1, -1):
        if refs[i].kind == "full":
            first_full[(refs[i].doc_type, refs[i].number)] = i
    # (type code, number) -> {symbol with known codes: latest index}; few distinct symbols per key
    known: dict[tuple[str | None, str | None], dict[str, int]] = {}
    for i, r in enumerate(refs):
        if r.kind == "full":
            unknown = [c for c in (r.issuer_code or "").split("-") if c and c not in v.issuers]
            key = (r.doc_type_code, r.number)
            if unknown and r.doc_type_code and r.number_symbol:
                cands = {
                    sym: j
                    for sym, j in known.get(key, {}).items()
                    if any(
                        drops_one_letter(u, c)
                        for u in unknown
                        for c in (refs[j].issuer_code or "").split("-")
                    )
                }
                if len(cands) == 1:
                    sym, earlier = next(iter(cands.items()))
                    # a mistyped full symbol ("114-KL/W"): stays kind "full", symbol repaired from
                    # the one earlier document it can only mean
                    r.repairs.append(Repair("dropped_letter", text[r.start : r.end], sym))
                    _link(r, refs[earlier], earlier)
                    r.kind = "full"
                    continue
            latest[(r.doc_type, r.number)] = i
            if not unknown and r.number_symbol and r.issuer_code:
                known.setdefault(key, {})[r.number_symbol] = i
        elif r.kind == "short":
            j = latest.get((r.doc_type, r.number))
            if j is None:
                j = first_full.get((r.doc_type, r.number))
            number_year = r.year is not None and _WRITTEN_NUMBER.search(r.text) is not None
            if j is not None and number_year and refs[j].year != r.year:
                j = None  # "Thông tư số 09/2021" is not the Thông tư 09 of another year
            if j is not None and (stated := _body_of_other_kind(text, r, refs[j])) is not None:
                j = None  # "Nghị quyết 15 của Quốc hội" is not the Party's Nghị quyết 15-NQ/TW cited before
                r.issuer = stated
            if j is None and number_year and _built_symbol(r, v):
                continue
            if j is None and not number_year and _dated_symbol(r, v):
                continue
            if j is None and _stated_central_issuer(text, r, v, number_year):
                continue
            if j is None:
                r.warnings.append("no antecedent")
                r.confidence = 0.5
            else:
                _link(r, refs[j], j)


def share_listed_issuer(refs: list[Reference]) -> None:
    """ "Nghị quyết 66 (…), 57 (…) và 59 do Bộ Chính trị ban hành": a number listed after a short form
    (`_listed_short_forms`) with no body of its own shares the body stated for the list's first item, and
    a body stated after the last item only is the list's."""
    pairs = [
        (refs[i - 1], refs[i])
        for i in range(1, len(refs))
        if refs[i].kind == "short"
        and refs[i].text.isdigit()
        and refs[i - 1].kind == "short"
        and refs[i - 1].doc_type == refs[i].doc_type
        and refs[i].start - refs[i - 1].end <= _LIST_GAP_MAX
    ]
    for prev, r in pairs:
        if r.issuer is None and prev.issuer:
            r.issuer = prev.issuer
    # "Nghị quyết số 18, 19 của Ban Chấp hành Trung ương": the last one's body
    for prev, r in reversed(pairs):
        if prev.issuer is None and r.issuer and prev.number_symbol is None:
            prev.issuer = r.issuer


def link_to_built(refs: list[Reference]) -> None:
    """ "… thực hiện Chỉ thị 05 của Bộ Chính trị. … việc thực hiện Chỉ thị 05 còn hạn chế": a short form
    with no antecedent and no body of its own is the document an earlier short form of the same type and
    number was given a symbol for by the body stated with it (no full citation in the text; real-text
    audit r23). With none earlier, the first later one: a headline "Nghị quyết 57 không phải là khẩu hiệu"
    over "… triển khai Nghị quyết 57 của Bộ Chính trị" (real-text audit r36)."""
    last: dict[tuple[str | None, str | None], int] = {}  # the nearest earlier short form of each
    waiting: dict[tuple[str | None, str | None], list[int]] = {}  # bare ones with none earlier
    for i, r in enumerate(refs):
        if r.kind != "short":
            continue
        key = (r.doc_type, r.number)
        j = last.get(key)
        last[key] = i
        bare = (
            r.number_symbol is None
            and r.antecedent is None
            and r.issuer is None
            and _WRITTEN_PLAIN.search(r.text) is not None
        )
        if bare and j is not None and refs[j].number_symbol:
            _link_built(r, refs[j], j)
        elif bare:
            waiting.setdefault(key, []).append(i)
        elif r.number_symbol and key in waiting:
            for k in waiting.pop(key):
                _link_built(refs[k], r, i)


def _link_built(r: Reference, a: Reference, j: int) -> None:
    _link(r, a, j)
    r.warnings = [w for w in r.warnings if w != "no antecedent"]
    r.confidence = a.confidence


def _link(r: Reference, a: Reference, j: int) -> None:
    r.kind = "short"
    r.antecedent = j
    r.number_symbol = a.number_symbol
    r.doc_type = r.doc_type or a.doc_type
    r.doc_type_code = a.doc_type_code
    r.issuer = r.issuer or a.issuer
    r.issuer_code = a.issuer_code
    r.issuer_province = r.issuer_province or a.issuer_province
    r.year = a.year
    # the date stays the one stated for this mention (never borrowed from the antecedent)
    r.party_term = r.party_term or a.party_term
    r.confidence = min(r.confidence, 0.9)
