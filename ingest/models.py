"""Result types of the ingest layer.

These dataclasses are the contract between ingest and the rest of legalgraph: `to_dict()` gives the
JSON printed by `legalgraph extract` (field names fixed by the product; fields may be added, never
renamed). All offsets are character offsets into `ExtractionResult.text`, the NFC-normalised text.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any, Literal, get_args

Kind = Literal["full", "short", "named"]
Relation = Literal[
    "implements", "reports_on", "responds_to", "guides", "amends", "replaces", "based_on", "mentions"
]
KINDS: tuple[str, ...] = get_args(Kind)
RELATIONS: tuple[str, ...] = get_args(Relation)


@dataclass(slots=True)
class Repair:
    """A provable fix applied while reading a reference: what was there and what it means."""

    kind: str  # e.g. "D_for_Đ", "fraction_slash", "split_line", "missing_hyphen", "case", "code_spelling", "roman_term"
    original: str  # the surface text as written
    repaired: str  # the value used instead


@dataclass(slots=True)
class Reference:
    start: int
    end: int
    text: str
    doc_type: str | None  # full Vietnamese name: "Chỉ thị", "Nghị định", ...
    number_symbol: str | None  # canonical "33/CT-TTg", "04/2015/NĐ-CP", "114-KL/TW"
    year: int | None = None  # from the symbol, else from the date
    date: str | None = None  # ISO "2021-11-26" (or "2020-07" when the day is blank)
    issuer: str | None = None  # "Thủ tướng Chính phủ", stated or inferred from the issuer code
    subject: str | None = None  # text after "về"
    kind: Kind = "full"
    name: str | None = None  # for named references: the name as cited ("Luật Tiếp công dân")
    pinpoint: str | None = None  # "Điều 19", "khoản 2 Điều 5"
    relation: Relation = "mentions"
    resolved: dict[str, Any] | None = None  # {"number_symbol": ..., "key": ...} when known
    confidence: float = 1.0
    repairs: list[Repair] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # additions beyond the contract
    number: str | None = None  # "33"
    doc_type_code: str | None = None  # "CT"
    issuer_code: str | None = None  # "TTg"
    issuer_province: str | None = None  # a province named in the "của ..." clause
    party_term: str | None = None  # "XI" from "(khóa XI)"
    antecedent: int | None = None  # index of the full reference a short one points back to
    sentence: tuple[int, int] | None = None  # sentence span (evidence)
    relation_source: int | None = None  # for doc→doc relations ("X hướng dẫn Y"): index of X
    in_footnote: bool = False

    def to_dict(self) -> dict[str, Any]:
        """`dataclasses.asdict(self)` without its recursive deep copies (same result, ~10x faster:
        it runs for every reference of every ingested report)."""
        d = {f: getattr(self, f) for f in _REFERENCE_FIELDS}
        d["repairs"] = [
            {"kind": r.kind, "original": r.original, "repaired": r.repaired} for r in self.repairs
        ]
        d["warnings"] = list(self.warnings)
        d["resolved"] = dict(self.resolved) if self.resolved is not None else None
        return d


@dataclass(slots=True)
class Signer:
    name: str | None
    capacity: str | None  # "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"


@dataclass(slots=True)
class DocumentMeta:
    doc_type: str | None = None  # "Báo cáo"
    number_symbol: str | None = None  # "529/BC-UBND"; "/BC-SNV" for an unnumbered draft is kept in `symbol`
    date: str | None = None  # "2024-05-24" or "2020-07"
    place: str | None = None
    province: str | None = None
    issuer: str | None = None
    title: str | None = None
    signer: Signer | None = None
    recipients: list[str] = field(default_factory=list)
    responds_to: list[int] = field(default_factory=list)  # indexes into references
    subjects: list[int] = field(default_factory=list)  # indexes into references
    period: str | None = None  # as the title writes it: "6 tháng đầu năm 2021"
    warnings: list[str] = field(default_factory=list)
    # additions
    symbol: str | None = None  # "BC-UBND" (also for drafts without a number)
    number: str | None = None
    kind: Literal["report", "article", "document"] = "document"
    author: str | None = None  # web articles
    published: str | None = None  # web articles: ISO timestamp
    category: str | None = None  # web articles: the site's category line
    author_unit: str | None = None  # web articles: the author's unit ("Phòng Cải cách hành chính")
    period_iso: str | None = None  # the period in ISO 8601: "2021-01/2021-06", "2023", "2015/2020"
    boilerplate_start: int | None = None  # web articles: offset where site boilerplate begins (excluded)

    def to_dict(self) -> dict[str, Any]:
        """`dataclasses.asdict(self)` without its recursive deep copies (same result)."""
        d = {f: getattr(self, f) for f in _META_FIELDS}
        for f in ("recipients", "responds_to", "subjects", "warnings"):
            d[f] = list(d[f])
        if self.signer is not None:
            d["signer"] = {"name": self.signer.name, "capacity": self.signer.capacity}
        return d


_REFERENCE_FIELDS = tuple(f.name for f in fields(Reference))
_META_FIELDS = tuple(f.name for f in fields(DocumentMeta))


@dataclass(slots=True)
class ExtractionResult:
    source: str
    sha256: str
    text: str  # NFC-normalised text that all offsets point into
    document: DocumentMeta
    references: list[Reference]
    extractor_version: str = ""

    def to_dict(self, *, with_text: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "source": self.source,
            "sha256": self.sha256,
            "extractor_version": self.extractor_version,
            "document": self.document.to_dict(),
            "references": [r.to_dict() for r in self.references],
        }
        if with_text:
            out["text"] = self.text
        return out
