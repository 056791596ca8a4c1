"""Response models: the public shape of every answer (and of the OpenAPI schema clients generate from).

Models accept extra keys (`extra="allow"`) so a store adding a property does not break the API; the
documented fields are the contract.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field


class Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class ProblemDetail(BaseModel):
    """RFC 9457 problem details."""

    type: str = Field(examples=["https://legalgraph.dev/problems/not-found"])
    title: str
    status: int
    detail: str
    instance: str
    errors: list[dict[str, Any]] | None = None


class Health(BaseModel):
    ok: bool
    store: str
    detail: str = ""


class Stats(Open):
    documents: int = 0
    reports: int = 0
    unresolved: int = 0
    bodies: int = 0
    provinces: int = 0
    mentions: int = 0
    relations: int = 0


class Body(Open):
    """An issuing or receiving body (Thủ tướng Chính phủ, UBND tỉnh An Giang, ...)."""

    id: str | None = None
    key: str | None = None
    name: str | None = None
    short_name: str | None = None
    province: str | None = None


class DocumentSummary(Open):
    id: str
    key: str | None = None
    doc_type: str | None = None
    number_symbol: str | None = None
    year: int | None = None
    date: str | None = None
    issuer: str | None = Field(None, description="display name of the issuing body")
    province: str | None = None
    title: str | None = None
    name: str | None = None
    resolved: bool = True
    is_report: bool = False
    flags: list[str] = Field(default_factory=list)
    href: str | None = Field(None, description="path of this document in the API")


class DocumentDetail(DocumentSummary):
    issuer_body: Body | None = None
    dates_seen: list[str] = Field(default_factory=list)
    conflicts: list[str] = Field(default_factory=list, description="flags that denote conflicting data")
    repaired: bool = False
    cited_by: int = Field(0, description="number of documents/reports citing this one")
    cites: int = Field(0, description="number of documents this one cites")


class DocumentPage(BaseModel):
    items: list[DocumentSummary]
    limit: int
    next_cursor: str | None = Field(None, description="pass as `cursor` to get the next page")


class Candidate(BaseModel):
    document: DocumentSummary
    why: str
    score: float


class ParsedReference(Open):
    doc_type: str | None = None
    number_symbol: str | None = None
    number: str | None = None
    symbol: str | None = None
    year: int | None = None
    name: str | None = None


class Resolution(BaseModel):
    query: str
    folded: str = Field(description="the query without diacritics, case and punctuation noise")
    parsed: ParsedReference | None = None
    ambiguous: bool
    candidates: list[Candidate]


class ProvinceRef(Open):
    id: str
    key: str | None = None
    name: str | None = None
    era: str | None = None


class Province(ProvinceRef):
    successor: ProvinceRef | None = None
    predecessors: list[ProvinceRef] = Field(default_factory=list)


class Evidence(Open):
    sentence: str
    start: int
    end: int
    text: str
    relation: str
    report_id: str


class ReportSummary(Open):
    id: str
    key: str | None = None
    doc_type: str | None = None
    number_symbol: str | None = None
    date: str | None = None
    title: str | None = None
    issuer: str | None = None
    source: str | None = None
    href: str | None = None


class ImplementingReport(BaseModel):
    report: ReportSummary
    relations: list[str]
    evidence_count: int = Field(
        description="all evidence items (`evidence` lists at most the requested number)"
    )
    evidence: list[Evidence]


class ImplementerGroup(BaseModel):
    group: Open = Field(description="the province or body (id, name, ...)")
    successor: ProvinceRef | None = Field(None, description="the post-1 July 2025 unit of an old province")
    report_count: int = Field(description="all reports of the group (`reports` lists at most `limit`)")
    reports: list[ImplementingReport]


class Implementers(BaseModel):
    document: DocumentSummary
    level: Literal["province", "body"]
    groups: list[ImplementerGroup]


class Citation(BaseModel):
    document: DocumentSummary
    relation: str
    count: int


class Citations(BaseModel):
    document_id: str
    direction: Literal["in", "out"]
    items: list[Citation]
    offset: int = 0
    next_offset: int | None = Field(None, description="offset of the next page; null on the last page")


class ChainPath(BaseModel):
    nodes: list[DocumentSummary]
    relations: list[str]


class Chain(BaseModel):
    document_id: str
    direction: Literal["up", "down"]
    depth: int
    paths: list[ChainPath]
    truncated: bool


class ProvinceDocument(BaseModel):
    document: DocumentSummary
    relations: list[str]
    reports: list[ReportSummary]


class ProvinceDocuments(BaseModel):
    province: Province
    units: list[ProvinceRef] = Field(
        description="the units whose reports are included (itself + predecessors)"
    )
    items: list[ProvinceDocument]


class Report(Open):
    id: str
    key: str | None = None
    source: str | None = None
    sha256: str | None = None
    doc_type: str | None = None
    number_symbol: str | None = None
    date: str | None = None
    province: str | None = None
    issuer: str | None = None
    title: str | None = None


class ReferenceOut(Open):
    start: int
    end: int
    text: str
    doc_type: str | None = None
    number_symbol: str | None = None
    relation: str | None = None
    kind: str | None = None
    target_id: str | None = None


class ReportReferences(BaseModel):
    report_id: str
    references: list[ReferenceOut]


class IngestResult(BaseModel):
    status: Literal["added", "replaced", "unchanged"]
    report: Report
    references: list[ReferenceOut]
