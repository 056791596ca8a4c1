"""Wrong issuer codes that the text itself proves (domain.md §3, "a wrong issuer code").

Three provable cases, each recorded as a `Repair` with the symbol as written:
- a type and issuer code that cannot go together in a symbol of that year ("28/2018/QĐ-CP": a
  Quyết định is the Thủ tướng's, `doc_types.json` `impossible_issuer`);
- one document cited twice with two codes ("Tỉnh ủy Bắc Giang ban hành Nghị quyết số 110-NQ/TW ngày
  11/7/2016" and "Nghị quyết số 110-NQ/TU ngày 11/7/2016"): same type, number and date, and the
  issuer stated with the first is the body of the other's code, not of its own;
- a code that is none, one letter short of the code of the issuer stated with it ("Quy định số
  232-QĐ/W … của Ban Chấp hành Trung ương": TW), kind "dropped_letter" (shortforms.py repairs the
  same slip from an earlier citation of the document).
Anything less certain stays as written (the graph then keeps both codes with a flag).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from ingest import gazetteer
from ingest.models import Reference, Repair
from ingest.patterns import SYMBOL_YEAR
from ingest.shortforms import drops_one_letter
from ingest.symbols import PARTY_BODY
from ingest.vocab import load_data, party_types, vocab


@cache
def _impossible() -> dict[tuple[str, str], tuple[str, int]]:
    rules = load_data("doc_types.json").get("impossible_issuer", {}).get("rules", [])
    return {(r["type_code"], r["issuer_code"]): (r["means"], r["since_year"]) for r in rules}


def repair_issuer_codes(refs: list[Reference]) -> None:
    """Repair, in place, the issuer codes the text proves wrong (see the module docstring)."""
    _impossible_pairs(refs)
    _cited_twice(refs)
    _dropped_letter(refs)
    _folded_code(refs)
    _party_form(refs)
    _to_short_forms(refs)


def _repair(r: Reference, issuer_code: str, symbol: str, kind: str = "wrong_issuer_code") -> None:
    r.repairs.append(Repair(kind, r.number_symbol or "", symbol))
    r.number_symbol, r.issuer_code = symbol, issuer_code


def _stated_code(r: Reference) -> str | None:
    """The issuer code of the body the reference's stated issuer names ("Tỉnh ủy Bắc Giang" -> TU)."""
    body = gazetteer.body_by_name(r.issuer) if r.issuer else None
    return body.get("code") if body else None


def _impossible_pairs(refs: list[Reference]) -> None:
    rules = _impossible()
    for r in refs:
        if not (r.number_symbol and r.doc_type_code and r.issuer_code):
            continue
        rule = rules.get((r.doc_type_code, r.issuer_code))
        year = SYMBOL_YEAR.search(r.number_symbol)
        if rule is None or year is None or int(year.group(1)) < rule[1]:
            continue
        head, _, _ = r.number_symbol.rpartition(r.issuer_code)
        _repair(r, rule[0], head + rule[0])


def _cited_twice(refs: list[Reference]) -> None:
    by_doc: dict[tuple[str, str, str], list[Reference]] = {}
    for r in refs:
        if r.kind == "full" and r.number and r.doc_type_code and r.issuer_code and r.date:
            by_doc.setdefault((r.doc_type_code, r.number, r.date), []).append(r)
    for group in by_doc.values():
        symbols = {r.issuer_code: r.number_symbol for r in group}
        if len(symbols) != 2:
            continue
        for r in group:
            stated = _stated_code(r)
            if (
                stated is not None
                and stated in symbols
                and stated != r.issuer_code
                and (symbol := symbols[stated])
            ):
                _repair(r, stated, symbol)


def _dropped_letter(refs: list[Reference]) -> None:
    known = vocab().issuers
    for r in refs:
        code, symbol = r.issuer_code, r.number_symbol
        if not (code and symbol and r.issuer) or code in known or not symbol.endswith(code):
            continue
        stated = _stated_code(r)
        if stated and stated in known and drops_one_letter(code, stated):
            _repair(r, stated, symbol[: -len(code)] + stated, "dropped_letter")


def _fold(code: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", code) if not unicodedata.combining(c))


def _folded_code(refs: list[Reference]) -> None:
    """A code that is the stated issuer's with a diacritic added by OCR or a font ("13-NQ/TƯ … của Tỉnh
    ủy": TU). With no such issuer the symbol reader took "TƯ" as the Party's own spelling of TW
    (issuer_codes.json same_as, repair "code_spelling"); the issuer stated proves the other reading, which
    replaces that repair."""
    known = vocab().issuers
    for r in refs:
        code, symbol = r.issuer_code, r.number_symbol
        if not (code and symbol and r.issuer) or not symbol.endswith(code):
            continue
        spelled = next((x for x in r.repairs if x.kind == "code_spelling" and x.repaired == code), None)
        written = spelled.original if spelled is not None else code
        stated = _stated_code(r)
        if stated and stated in known and stated != code and _fold(written) == stated:
            if spelled is not None:  # the symbol as written, then the one repair that explains it
                r.repairs.remove(spelled)
                r.number_symbol = symbol = symbol[: -len(code)] + written
            _repair(r, stated, symbol[: -len(written)] + stated, "diacritic")


def _to_short_forms(refs: list[Reference]) -> None:
    """A short form linked to a full reference before a repair changed that one's symbol ("Nghị quyết
    68/NQ-TW … Nghị quyết 68": the Party form 68-NQ/TW) takes the repaired symbol (real-text audit r75)."""
    n = len(refs)
    for r in refs:
        j = r.antecedent
        if r.kind != "short" or j is None or not 0 <= j < n:
            continue
        a = refs[j]
        if (
            a.repairs
            and r.number_symbol != a.number_symbol
            and r.number_symbol in [x.original for x in a.repairs]
        ):
            r.number_symbol, r.issuer_code = a.number_symbol, a.issuer_code


_STATE_FORM = re.compile(r"(?P<num>\d+[a-zđ]?)/(?P<type>[^/-]+)-(?P<codes>[^/]+)")


def _party_form(refs: list[Reference]) -> None:
    """A Party document's symbol written in the state form, "n/TYPE-ISSUER" ("Chỉ thị số 22/CT-TW của Ban
    Bí thư", "Nghị quyết số 22/NQ-TU"): every issuer code a Party body's and the type word the Party type
    of the type code prove "n-TYPE/ISSUER". A type word that disagrees ("Chương trình hành động số
    11/CT-TU": CT is a Chỉ thị) proves nothing, and the symbol stays as written; nor does a type the
    Party never issues ("Công điện số 02/CĐ-TW": a telegram of the Ban Chỉ đạo Trung ương về phòng,
    chống thiên tai, real-text audit r46; doc_types.json party_types)."""
    v = vocab()
    for r in refs:
        m = _STATE_FORM.fullmatch(r.number_symbol or "")
        if m is None or r.kind != "full" or r.doc_type not in party_types():
            continue
        if v.party_code_to_type.get(m.group("type")) != r.doc_type:
            continue
        codes = m.group("codes").split("-")
        if all(PARTY_BODY.search(str(v.issuers.get(c, {}).get("name", ""))) for c in codes):
            _repair(
                r,
                r.issuer_code or codes[0],
                f"{m.group('num')}-{m.group('type')}/{m.group('codes')}",
                "party_form",
            )
