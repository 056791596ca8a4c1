"""The issuer named before a reference as the one who spoke through it: "Sau khi nghe Ban cán sự đảng
UBND tỉnh báo cáo tại Tờ trình số …", "ý kiến của Thành phố Hồ Chí Minh tại Văn bản số …", "Xét đề nghị
của Giám đốc Sở Nội vụ tại Tờ trình số …". A province so named scopes the reference's local code (the
pipeline then names its body); any other body is the issuer when the code names none."""

from __future__ import annotations

import re
from functools import cache

from ingest import gazetteer
from ingest.models import Reference
from ingest.patterns import issuer_heads
from ingest.vocab import vocab

REACH = 120  # "của <body> tại" fits in this many characters before the reference
_PLACE = re.compile(r"(?i:thành phố|tỉnh|tp\.?)[ ](?P<name>.+)\Z")


def _titles() -> str:
    """The office titles of the data (`office_titles`) as a regex alternation: "Giám[ ]đốc|…"."""
    return "|".join(re.escape(t).replace(r"\ ", "[ ]") for t in vocab().office_titles)


@cache
def _before_tai() -> re.Pattern[str]:
    return re.compile(
        rf"(?:của|nghe)[ ](?P<iss>(?:{issuer_heads()}|Thành[ ]phố|Tỉnh|{_titles()})"
        r"[^,;.()\n“”\"]{0,80}?)(?:[ ]báo[ ]cáo)?[ ]tại[ ]\Z"
    )


def _named_before(text: str, r: Reference, lo: int) -> str | None:
    if not text.endswith("tại ", max(lo, r.start - 4), r.start):
        return None  # cheap test first: the clause ends "… tại" right before the reference
    m = _before_tai().search(text, max(lo, r.start - REACH), r.start)
    return m.group("iss") if m else None


def scope_by_named_place(text: str, refs: list[Reference]) -> None:
    """ "ý kiến của Thành phố Hồ Chí Minh tại Văn bản số 5129/UBND-ĐT": the city's UBND issued it;
    "…; tại TP Hồ Chí Minh, Sở Tư pháp có Công văn số …": the clause is set in that city."""
    for i, r in enumerate(refs):
        if r.issuer or r.issuer_province or not r.issuer_code or r.kind != "full":
            continue
        iss = _named_before(text, r, refs[i - 1].end if i else 0)
        m = _PLACE.match(iss) if iss else None
        if m and gazetteer.province_by_name(m.group("name")) is not None:
            r.issuer_province = m.group("name")
            continue
        lo = max(0, r.start - REACH)
        cut = max(text.rfind(";", lo, r.start), text.rfind(". ", lo, r.start), text.rfind("\n", lo, r.start))
        m = _SET_IN.match(text, cut + 1, r.start) if cut != -1 or lo == 0 else None
        if m and gazetteer.province_by_name(m.group("name")) is not None:
            r.issuer_province = m.group("name")


# a clause opening with its place: "tại TP Hồ Chí Minh, Sở Tư pháp có Công văn số …"
_SET_IN = re.compile(
    r"[ .]*(?i:tại|ở)[ ](?:(?i:tỉnh|thành phố|tp\.?)[ ])?(?P<name>[A-ZĐ]\w*(?:[ ][A-ZĐ]\w*){0,3}),[ ]"
)


def name_spoken_issuers(text: str, refs: list[Reference]) -> None:
    """ "… nghe Ban cán sự đảng Ủy ban nhân dân tỉnh báo cáo tại Tờ trình số 214-TTr/BCSĐ": the body
    (without the office holder's title: "Giám đốc Sở Nội vụ" → "Sở Nội vụ") for a reference still
    without an issuer once the codes have named what they can."""
    for i, r in enumerate(refs):
        if r.issuer or r.kind != "full":
            continue
        iss = _named_before(text, r, refs[i - 1].end if i else 0)
        if not iss or _PLACE.match(iss):
            continue
        for title, body in vocab().office_titles.items():
            if iss.startswith(title + " ") and len(iss) > len(title) + 3:
                iss = body + iss[len(title) + 1 :]
                break
        r.issuer = iss
