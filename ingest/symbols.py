"""Read one number/symbol ("33/CT-TTg", "04/2015/NĐ-CP", "114-KL/TW", "2748/BNV-CTTN") into its parts
and its canonical spelling, repairing what the codes prove (case, a missing hyphen, a footnote digit
glued to the end, a line break inside the symbol) and rejecting what is not a symbol ("5 lần/năm")."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.models import Repair
from ingest.patterns import SEG_SPLIT, TERM_CODE, TRAILING_DIGITS
from ingest.vocab import Vocab


@dataclass(slots=True)
class Symbol:
    end: int  # offset just after the symbol (may be before the regex match end after a trim)
    number: str
    canonical: str
    family: str  # "party" | "normative" | "law" | "administrative" | "letter"
    type_code: str | None
    doc_type: str | None  # from the type code
    issuer_code: str | None
    issuer_codes: list[str]
    year: int | None
    known: bool  # every issuer/type code is in the data files
    repairs: list[Repair] = field(default_factory=list)


def _term_code(seg: str, v: Vocab) -> str | None:
    """'QH13' -> 'QH13', 'ubtvqh11' -> 'UBTVQH11' (a legislature code with its term number)."""
    m = TERM_CODE.match(seg)
    if m:
        code = v.canon(m.group("code"))
        if code in v.term_codes:
            return f"{code}{m.group('term')}"
    return None


def _is_code_like(seg: str, v: Vocab) -> bool:
    if v.canon(seg) is not None or _term_code(seg, v):
        return True
    letters = [c for c in seg if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _split_missing_hyphen(seg: str, v: Vocab) -> tuple[str, str] | None:
    """'NĐCP' -> ('NĐ', 'CP') when exactly one split gives a type code + an issuer code."""
    found = []
    for i in range(1, len(seg)):
        t, iss = v.canon(seg[:i]), v.canon(seg[i:])
        if t in v.type_codes and iss in v.issuers:
            found.append((t, iss))
    return found[0] if len(found) == 1 else None


def parse_symbol(m: re.Match[str], original: str, v: Vocab) -> Symbol | None:
    """Interpret a SYMBOL match (found in the shadow text); None when it is not a document symbol."""
    num, s1, yr = m.group("num"), m.group("s1"), m.group("yr")
    parts = SEG_SPLIT.split(m.group("segs"))
    segs, seps = parts[0::2], parts[1::2]
    seg_starts = []
    pos = m.start("segs")
    for i, s in enumerate(segs):
        seg_starts.append(pos)
        pos += len(s) + (len(seps[i]) if i < len(seps) else 0)
    # keep segments up to the first one that does not look like a code ("km/h", "5 lần/năm"), or
    # that follows a spaced separator without being a known code ("NĐ - CP" yes, "KH-UBND - Phòng" no)
    keep = 0
    for k, s in enumerate(segs):
        if not _is_code_like(s, v):
            break
        if k and " " in seps[k - 1] and not (v.canon(s) or v.canon_folded(s) or _term_code(s, v)):
            break
        keep += 1
    if keep == 0:
        return None
    segs, seps = segs[:keep], seps[: keep - 1]
    repairs: list[Repair] = []
    end = seg_starts[keep - 1] + len(segs[-1])

    # a footnote digit glued to the last code: "04/2015/NĐ-CP2" (only when the code proves it)
    last = segs[-1]
    dm = TRAILING_DIGITS.match(last)
    if dm and len(segs) >= 2 and v.canon(last) is None:
        code = dm.group("code")
        if _term_code(last, v) is None and v.canon(code) in v.issuers:
            surface = original[m.start("num") : end]
            repairs.append(Repair("footnote_digit", surface, surface[: -len(dm.group("digits"))]))
            segs[-1] = code
            end -= len(dm.group("digits"))

    if any(" " in s for s in seps) or " " in original[m.start("num") : m.start("segs")].replace("\n", ""):
        surface = original[m.start("num") : end]
        repairs.append(Repair("spaces", surface, re.sub(r"[ ]*([/-])[ ]*", r"\1", surface)))
    if any("\n" in s for s in seps) or "\n" in original[m.start("num") : m.start("segs")]:
        surface = original[m.start("num") : end]
        repairs.append(Repair("split_line", surface, re.sub(r"\n[ ]*", "", surface)))

    def canon_seg(s: str, fold: bool = True) -> str:
        c = v.canon(s) or _term_code(s, v)
        if c is None and fold:
            c = v.canon_folded(s)
            if c is not None:
                repairs.append(Repair("D_for_Đ", s, c))
                return c
        if c is None:
            return s
        if c != s:
            repairs.append(Repair("case", s, c))
        return c

    seps_clean = [x.strip()[0] for x in seps]
    family: str
    type_code: str | None = None
    issuers: list[str] = []
    if s1 == "-":
        # Party: n-TYPE/ISSUER[-ISSUER...]
        if len(segs) < 2 or seps_clean[0] != "/":
            return None
        tc = v.canon(segs[0]) or v.canon_folded(segs[0])
        if tc not in v.party_code_to_type:
            return None
        family, type_code = "party", canon_seg(segs[0])
        issuers = [canon_seg(s) for s in segs[1:]]
        canonical = f"{num}-{type_code}/" + "-".join(issuers)
        doc_type = v.party_code_to_type[type_code]
    else:
        if "/" in seps_clean:  # a second slash ends the symbol (not a form of any family)
            cut = seps_clean.index("/") + 1
            segs, seps_clean = segs[:cut], seps_clean[: cut - 1]
            end = seg_starts[cut - 1] + len(segs[-1])
        first = segs[0]
        if yr and len(segs) == 1 and _term_code(first, v):
            family, doc_type = "law", None
            issuers = [canon_seg(first)]
            canonical = f"{num}/{yr}/{issuers[0]}"
        else:
            tc = v.canon(first) or v.canon_folded(first)
            if tc not in v.type_codes and not (yr is None and tc in v.issuers):
                split = _split_missing_hyphen(first, v)
                if split is None:
                    if yr is None and len(segs) >= 2 and first.isupper():
                        tc = None  # công văn with an issuer code not in our data: n/ISSUER-UNIT
                    else:
                        return None
                else:
                    repairs.append(Repair("missing_hyphen", first, "-".join(split)))
                    segs = [split[0], split[1], *segs[1:]]
            if len(segs) < 2:
                return None
            if (v.canon(segs[0]) or v.canon_folded(segs[0])) in v.type_codes:
                type_code = canon_seg(segs[0])
                rest = [canon_seg(s) for s in segs[1:]]
                family = "normative" if yr else "administrative"
                doc_type = v.code_to_type.get(type_code)
            else:
                rest = [canon_seg(segs[0]), *(canon_seg(x, fold=False) for x in segs[1:])]
                if yr:
                    return None
                family, doc_type = "letter", v.no_code_type
            issuers = rest
            body = "-".join(([type_code] if type_code else []) + rest)
            canonical = f"{num}/{yr}/{body}" if yr else f"{num}/{body}"
    known_issuers = [c for c in issuers if c in v.issuers or _term_code(c, v)]
    if family == "letter":
        issuer_code = issuers[0]
    elif known_issuers:
        issuer_code = "-".join(known_issuers)
    else:
        issuer_code = issuers[0] if issuers else None
    known = bool(known_issuers) and (family != "party" or all(c in v.issuers for c in issuers))
    return Symbol(
        end=end,
        number=num.lstrip("0") or "0",
        canonical=canonical,
        family=family,
        type_code=type_code,
        doc_type=doc_type,
        issuer_code=issuer_code,
        issuer_codes=known_issuers,
        year=int(yr) if yr else None,
        known=known,
        repairs=repairs,
    )
