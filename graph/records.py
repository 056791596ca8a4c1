"""What one ingested report contributes to the graph, independent of the store.

`graph.build.contribution(result)` turns an `ingest.ExtractionResult` into a `Contribution`; both
stores write exactly this, so they hold the same graph. A store replaces a report's whole
contribution atomically (remove the old one, write the new one) and can take it out again.

Node keys are canonical identities (see `graph.identity`); ids are URL-safe forms of the keys.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(slots=True)
class DocumentNode:
    key: str  # canonical identity, e.g. "CT-TTg:33:2021", "KH-UBND:38:2021:an-giang"
    id: str  # URL-safe id derived from key
    doc_type: str | None
    number_symbol: str | None
    year: int | None = None
    date: str | None = None
    issuer: str | None = None  # display name of the issuing body
    issuer_key: str | None = None
    province: str | None = None  # province key the document is scoped to (local issuers)
    title: str | None = None  # subject/title as cited
    name: str | None = None  # name of a named law ("Luật Tiếp công dân")
    resolved: bool = True  # False for references that could not be pinned to one document
    is_report: bool = False
    flags: list[str] = field(default_factory=list)  # "conflicting_dates", "repaired", ...
    dates_seen: list[str] = field(default_factory=list)  # all dates seen for it (conflicts kept)
    props: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class BodyNode:
    key: str  # e.g. "thu-tuong-chinh-phu", "ubnd:an-giang", "so-noi-vu:bac-giang"
    id: str
    name: str
    short_name: str | None = None
    province: str | None = None  # province key for local bodies


@dataclass(slots=True)
class ProvinceNode:
    key: str  # e.g. "an-giang"
    id: str
    name: str
    era: str  # "pre-2025" (one of the 63) or "post-2025" (one of the 34); a unit in both is "both"
    successor: str | None = None  # key of the post-1 July 2025 unit it became part of


@dataclass(slots=True)
class Mention:
    """One reference in one report: the evidence behind every link."""

    report_key: str
    target_key: str  # DocumentNode.key (resolved or unresolved)
    index: int  # position of the reference in the extraction
    start: int
    end: int
    text: str
    sentence: str
    sentence_start: int
    relation: str  # implements | reports_on | responds_to | guides | amends | replaces | based_on | mentions
    kind: str  # full | short | named
    pinpoint: str | None = None
    confidence: float = 1.0
    extractor_version: str = ""


@dataclass(slots=True)
class DocRelation:
    """A typed link between two documents, in its one documented direction (source acts on target)."""

    source_key: str  # e.g. the report, or the circular that guides
    type: str  # IMPLEMENTS | REPORTS_ON | RESPONDS_TO | GUIDES | AMENDS | REPLACES | BASED_ON
    target_key: str
    mention_index: int | None = None


@dataclass(slots=True)
class Contribution:
    report_key: str
    report_id: str
    source: str
    sha256: str
    text: str
    report: DocumentNode  # the report itself (is_report=True)
    documents: list[DocumentNode]  # every document cited
    bodies: list[BodyNode]
    provinces: list[ProvinceNode]
    mentions: list[Mention]
    relations: list[DocRelation]
    issued_by: list[tuple[str, str]]  # (document key, body key)
    located_in: list[tuple[str, str]]  # (body key, province key)
    sent_to: list[tuple[str, str]]  # (report key, body key)
    report_meta: dict[str, Any] = field(default_factory=dict)  # DocumentMeta.to_dict()
    references: list[dict[str, Any]] = field(default_factory=list)  # Reference.to_dict() list
