"""A stated issuer written out through data (bodies.json "issuer_text"): abbreviations of body names
expanded ("Ủy ban MTTQ tỉnh" -> "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "VKSND tối cao" -> "Viện
kiểm sát nhân dân tối cao") and the agent of an advising verb dropped ("Sở đã tham mưu UBND tỉnh
ban hành …": the UBND issued it)."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ingest.patterns import issuer_heads
from ingest.vocab import load_data


@cache
def _rules() -> tuple[re.Pattern[str] | None, dict[str, str], re.Pattern[str] | None]:
    d = load_data("bodies.json").get("issuer_text", {})
    abbr = {k: v for k, v in d.get("abbreviations", {}).items() if not k.startswith("_")}
    words = sorted(abbr, key=len, reverse=True)
    expand = (
        re.compile(r"(?i)(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)") if words else None
    )
    advisers = sorted(d.get("advisers", ()), key=len, reverse=True)
    advised = (
        re.compile(
            r"(?<!\w)(?:đã[ ]+)?(?:"
            + "|".join(re.escape(w) for w in advisers)
            + rf")[ ]+(?=(?:{issuer_heads()})(?!\w))"
        )
        if advisers
        else None
    )
    return expand, {k.casefold(): v for k, v in abbr.items()}, advised


@lru_cache(maxsize=4096)
def tidy_issuer(issuer: str) -> str:
    """The issuer as the body's name: the advised body, abbreviations expanded."""
    expand, folded, advised = _rules()
    if advised is not None:
        last = None
        for last in advised.finditer(issuer):  # noqa: B007 (the last adviser's object issued)
            pass
        if last is not None:
            issuer = issuer[last.end() :]
    if expand is not None:
        issuer = expand.sub(lambda m: folded[m.group().casefold()], issuer)
    return issuer
