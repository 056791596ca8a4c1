"""A law site's attribute block as the document's own metadata (real-text audits r41, r42, r47, r48).

Law sites print the document's attributes above its text, often with no "Số:" header of its own:

    | Số hiệu | 12/2026/TT-BYT |        | Loại văn bản | Thông tư |
    - **Ngày ban hành:** 05/03/2026        Số hiệu: 30/2026/TT-BYT Loại văn bản: Thông tư

Label→value pairs of the first lines are read (report_meta.json document_field_roles); a value counts
only when it proves itself (a symbol that parses, a date that exists, a known type word, a known body),
so the header row of a table of cited documents ("| Số, ký hiệu | Ngày ban hành | Cơ quan ban hành |")
gives nothing.
"""

from __future__ import annotations

import re
from functools import cache

from ingest.gazetteer import body_by_name
from ingest.metadata.base import Line, iso_date, number_search, vocab
from ingest.vocab import vocab as ref_vocab

BLOCK_LINES = 40  # non-empty lines at the top searched for the block
_LEAD = "|*•- "  # a table row's bar, a bullet, markdown's bold


def attribute_block(body: list[Line]) -> dict[str, str]:
    """The document's number, type ("Thông tư"), issuer (the body's name), ISO date and title stated by a site's
    attribute block in the first lines, each under its role; {} unless two of them prove themselves and
    none is stated twice with two values."""
    found: dict[str, str] = {}
    # a label left without its value ("Ngày ban hành:⏎<the site's tooltip>⏎09/12/2025"): the value may
    # stand alone on one of the next two lines (real-text audit r63)
    pending: str | None = None
    left = 0
    for ln in body[:BLOCK_LINES]:
        s = ln.clean
        # cheap tests first: the first letter of a label, then the label (the lower-cased head of the line)
        head = s[:60].lstrip(_LEAD)
        pairs = (
            _pairs(s)
            if head[:1].lower()[:1] in _label_initials() and head.lower().startswith(_labels())
            else []
        )
        if not pairs:
            if pending is not None and left > 0:
                left -= 1
                checked = _checked(pending, s.strip(" |*")) if s[:1].isdigit() else None
                if checked is not None:
                    if found.setdefault(pending, checked) != checked:
                        return {}
                    pending = None
            continue
        pending = None
        for label, value in pairs:
            role = _roles().get(label)
            if role is not None and not value and role not in found:
                pending, left = role, 2
            checked = _checked(role, value) if role is not None else None
            if role is None or checked is None:
                continue
            if found.setdefault(role, checked) != checked:
                return {}  # "Số hiệu: A⏎Ngày ban hành: …⏎Số hiệu: B": a list of documents, none the page's own
    # the title ("| Trích yếu: | Quy định … |", real-text audit r73) proves nothing by itself: it is not counted
    return found if len(found) - ("title" in found) >= 2 else {}


def _pairs(s: str) -> list[tuple[str, str]]:
    """(label, value) of a row: "| Số hiệu | X | Loại văn bản | Y |", "Số hiệu: X Loại văn bản: Y"."""
    if "|" in s:
        cells = [c.strip(" *:") for c in s.strip(" |").split("|")]
        labels, values = [c.lower() for c in cells[0::2]], cells[1::2]
        if any(v.lower() in _all_labels() for v in values):
            return []  # "| Số hiệu | Ngày ban hành |": the header row of a table, its values below
        return list(zip(labels, values, strict=False))
    s = s.lstrip(_LEAD)
    marks = list(_inline_label().finditer(s))
    return [
        (
            m.group("label").lower(),
            s[m.end() : marks[k + 1].start() if k + 1 < len(marks) else len(s)].strip(),
        )
        for k, m in enumerate(marks)
    ]


_DATE = re.compile(
    r"(?i)(?:ngày\s+)?(\d{1,2})\s*(?:[/.-]\s*(\d{1,2})\s*[/.-]|\s+tháng\s+(\d{1,2})\s+năm)\s*((?:19|20)\d\d)(?!\d)"
)


def _checked(role: str, value: str) -> str | None:
    """The value in its reading when it is one of its role: None for a column header, a blank, a dash."""
    if role == "number":
        m = number_search(f"Số: {value}")
        return value if m is not None and m.group("num") and m.end() == len(value) + 4 else None
    if role == "type":
        return ref_vocab().type_words.get(value.lower())
    if role == "title":  # a subject in words, not a column header or "Đang cập nhật"-like dash
        return value if len(value) >= 12 and " " in value and value.lower() not in _all_labels() else None
    if role == "issuer":
        body = body_by_name(value)
        return str(body["name"]) if body is not None else None
    m = _DATE.match(value)
    if m is None or value[m.end() :].strip()[:1] not in ("", "("):  # "20/6/2026 (cùng ngày ký)"
        return None
    warned: list[str] = []
    iso = iso_date(m.group(1), m.group(2) or m.group(3), m.group(4), warned, "attribute block date")
    return iso if not warned else None


@cache
def _labels() -> tuple[str, ...]:
    return tuple(vocab().cfg.get("document_fields", []))


@cache
def _label_initials() -> frozenset[str]:
    """The labels' first letters (lower case, as the labels): a line opening with none of them has none."""
    return frozenset(label[:1] for label in _labels())


@cache
def _roles() -> dict[str, str]:
    return dict(vocab().cfg.get("document_field_roles", {}))


@cache
def _all_labels() -> frozenset[str]:
    return frozenset(w.rstrip(":") for w in _labels()) | frozenset(_roles())


@cache
def _inline_label() -> re.Pattern[str]:
    """A label and its colon inside a line ("… Loại văn bản: Thông tư")."""
    alts = "|".join(re.escape(w) for w in sorted(_all_labels(), key=len, reverse=True))
    return re.compile(rf"(?i)(?<!\S)(?P<label>{alts})\s*\**\s*:\s*\**")
