"""The reporting period as an ISO 8601 year, month or interval: "năm 2023" → "2023", "6 tháng đầu
năm 2021" → "2021-01/2021-06", "quý III/2024" → "2024-07/2024-09", "giai đoạn 2021-2025" →
"2021/2025", and "05 năm" (a review of five years) → "2015/2020" from the report's own year."""

from __future__ import annotations

import re

_WORD_MONTHS = {"ba": 3, "sáu": 6, "chín": 9}
_QUARTERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}

_MONTHS = re.compile(r"(?i)(\d{1,2}|sáu|chín|ba) tháng (?:(đầu|cuối) )?năm (\d{4})")
_QUARTER = re.compile(r"(?i)quý\s+([IV1-4]+)(?:\s*/\s*|\s+năm\s+)(\d{4})")
_MONTH = re.compile(r"(?i)tháng\s+(\d{1,2})(?:\s*/\s*|\s+năm\s+)(\d{4})")
_SPAN = re.compile(r"(?i)(?:giai đoạn|năm học)\s+(\d{4})\s*[-–]\s*(\d{4})")
_YEARS = re.compile(r"(?i)(\d{1,2}) năm")
_YEAR = re.compile(r"(?i)năm (\d{4})")


def iso_period(period: str | None, own_date: str | None) -> str | None:
    """`period` (the phrase `PERIOD` found in the title) in ISO 8601; None when it names no span
    that can be told ("05 năm" needs the report's own date, `own_date`)."""
    if not period:
        return None
    if m := _MONTHS.fullmatch(period):
        n = int(m.group(1)) if m.group(1).isdigit() else _WORD_MONTHS[m.group(1).lower()]
        year = m.group(3)
        if not 1 <= n <= 12:
            return None
        first = 13 - n if (m.group(2) or "").lower() == "cuối" else 1
        return f"{year}-{first:02d}/{year}-{first + n - 1:02d}"
    if m := _QUARTER.fullmatch(period):
        q = _QUARTERS.get(m.group(1).lower())
        return f"{m.group(2)}-{3 * q - 2:02d}/{m.group(2)}-{3 * q:02d}" if q else None
    if m := _MONTH.fullmatch(period):
        month = int(m.group(1))
        return f"{m.group(2)}-{month:02d}" if 1 <= month <= 12 else None
    if m := _SPAN.fullmatch(period):
        return f"{m.group(1)}/{m.group(2)}" if m.group(1) <= m.group(2) else None
    if m := _YEAR.fullmatch(period):
        return m.group(1)
    if (m := _YEARS.fullmatch(period)) and own_date:
        end = int(own_date[:4])
        return f"{end - int(m.group(1))}/{end}"
    return None
