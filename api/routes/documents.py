"""Documents: search, one document, who implements it, its citations and citation chains."""

from __future__ import annotations

import base64
import binascii
import time
from typing import Annotated, Any, Literal

import orjson
from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import Response

from api.deps import StoreDep
from api.problems import Problem, not_found, problem_responses
from api.schemas import Chain, Citations, DocumentDetail, DocumentPage, Implementers
from api.shape import (
    document_detail,
    document_summary,
    province_full,
    relation_name,
    relation_names,
    report_summary,
)
from graph.store import Store

router = APIRouter(prefix="/documents", tags=["documents"])

MAX_LIMIT = 200
MAX_DEPTH = 6
MAX_PATHS = 500
MAX_CITATIONS = 5000  # rows per page of /citations
DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"
RELATION_PATTERN = r"^[A-Za-z_]{1,32}$"
MAX_REPORTS_PER_GROUP = 1000
MAX_EVIDENCE = 200
DOC_CACHE_SECONDS = 30.0
DOC_CACHE_SIZE = 20_000
CURSOR_PATTERN = r"^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$"  # unpadded base64url

DocId = Annotated[str, Path(min_length=1, max_length=300, description="document id (see `id` in any answer)")]


def encode_cursor(last_id: str) -> str:
    return base64.urlsafe_b64encode(last_id.encode("utf-8")).decode("ascii").rstrip("=")


def decode_cursor(cursor: str) -> str:
    try:
        raw = base64.b64decode(cursor + "=" * (-len(cursor) % 4), altchars=b"-_", validate=True)
    except (binascii.Error, ValueError) as exc:
        raise Problem(422, "The cursor is not one this API issued.", type_="invalid-cursor") from exc
    last_id = raw.decode("utf-8", errors="replace")  # a forged cursor only moves the page start
    if not last_id:
        raise Problem(422, "The cursor is not one this API issued.", type_="invalid-cursor")
    return last_id


def existing(store: Store, doc_id: str) -> dict[str, Any]:
    doc = store.get_document(doc_id)
    if doc is None:
        raise not_found("document", doc_id)
    return doc


def cached_document(request: Request, store: Store, doc_id: str) -> dict[str, Any]:
    """`existing`, remembered for DOC_CACHE_SECONDS (cleared by every write through the API)."""
    cache = request.app.state.cache.setdefault("documents", {})
    now = time.monotonic()
    hit = cache.get(doc_id)
    if hit is not None and hit[0] > now:
        return hit[1]
    doc = existing(store, doc_id)
    if len(cache) >= DOC_CACHE_SIZE:
        cache.clear()
    cache[doc_id] = (now + DOC_CACHE_SECONDS, doc)
    return doc


def province_lookup(request: Request, store: Store) -> dict[str, dict[str, Any]]:
    """Provinces by id and key, cached on the app (cleared by every write)."""
    cache = request.app.state.cache
    if "provinces" not in cache:
        from api.shape import province_index

        cache["provinces"] = province_index(store.provinces())
    return cache["provinces"]


@router.get("", response_model=DocumentPage)
def search_documents(
    store: StoreDep,
    q: Annotated[
        str | None, Query(max_length=200, description="text matched ignoring diacritics and case")
    ] = None,
    doc_type: Annotated[str | None, Query(max_length=100, description='e.g. "Chỉ thị"')] = None,
    issuer: Annotated[str | None, Query(max_length=200)] = None,
    year: Annotated[int | None, Query(ge=1900, le=2100)] = None,
    cursor: Annotated[
        str | None,
        Query(max_length=800, pattern=CURSOR_PATTERN, description="`next_cursor` of the previous page"),
    ] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 50,
) -> dict[str, Any]:
    """Documents ordered by id, one page at a time."""
    after = decode_cursor(cursor) if cursor else None
    rows = store.search_documents(
        q=q or None, doc_type=doc_type or None, issuer=issuer or None, year=year, after=after, limit=limit + 1
    )
    page = rows[:limit]
    next_cursor = encode_cursor(page[-1]["id"]) if len(rows) > limit and page else None
    return {"items": [document_summary(d) for d in page], "limit": limit, "next_cursor": next_cursor}


@router.get("/{doc_id}", response_model=DocumentDetail, responses=problem_responses(404))
def get_document(store: StoreDep, doc_id: DocId) -> dict[str, Any]:
    """Metadata, issuer, flags (conflicting dates, repairs) and citation counts."""
    return document_detail(existing(store, doc_id))


@router.get("/{doc_id}/implementers", response_model=Implementers, responses=problem_responses(404))
def implementers(
    request: Request,
    store: StoreDep,
    doc_id: DocId,
    level: Literal["province", "body"] = "province",
    since: Annotated[
        str | None, Query(pattern=DATE_PATTERN, description="ISO date, report dates from")
    ] = None,
    until: Annotated[
        str | None, Query(pattern=DATE_PATTERN, description="ISO date, report dates until")
    ] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_REPORTS_PER_GROUP, description="reports listed per group")] = 10,
    evidence: Annotated[
        int, Query(ge=0, le=MAX_EVIDENCE, description="evidence items listed per report")
    ] = 5,
) -> Response:
    """Per province (or body): the reports and plans that implement / report on / respond to the
    document, with the relation and the evidence sentence and offsets of each mention. Old
    (pre-July 2025) provinces carry their successor. `report_count` / `evidence_count` give the
    totals when `limit` / `evidence` cut a list."""
    key = ("implementers", doc_id, level, since, until, limit, evidence)
    answer = request.app.state.answers.get_or_build(
        key, lambda: implementers_answer(request, store, doc_id, level, since, until, limit, evidence)
    )
    return Response(answer, media_type="application/json")


def implementers_answer(
    request: Request,
    store: Store,
    doc_id: str,
    level: str,
    since: str | None,
    until: str | None,
    limit: int,
    evidence: int,
) -> bytes:
    doc = cached_document(request, store, doc_id)
    rows = store.implementers(doc_id, level=level, since=since, until=until, limit=limit)
    index = province_lookup(request, store) if level == "province" else {}
    groups = []
    for row in rows:
        group = dict(row.get("group") or {})
        successor = None
        if level == "province":
            known = index.get(group.get("id") or "") or index.get(group.get("key") or "")
            successor = province_full(known or group, index)["successor"]
        reports = row.get("reports") or []
        groups.append(
            {
                "group": group,
                "successor": successor,
                "report_count": int(row.get("report_count") or len(reports)),
                "reports": [
                    {
                        "report": report_summary(r.get("report") or {}),
                        "relations": relation_names(r.get("relations")),
                        "evidence_count": len(r.get("evidence") or ()),
                        "evidence": list(r.get("evidence") or [])[:evidence],
                    }
                    for r in reports[:limit]
                ],
            }
        )
    # The hot endpoint: built from plain dicts and serialised directly with orjson (its shape is the
    # documented `Implementers` model, checked by the schema tests), skipping a validation pass.
    return orjson.dumps({"document": document_summary(doc), "level": level, "groups": groups})


@router.get("/{doc_id}/citations", response_model=Citations, responses=problem_responses(404))
def citations(
    store: StoreDep,
    doc_id: DocId,
    direction: Literal["in", "out"] = "in",
    relation: Annotated[
        str | None, Query(pattern=RELATION_PATTERN, description="e.g. implements, guides")
    ] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_CITATIONS, description="rows per page")] = 500,
    offset: Annotated[int, Query(ge=0, description="rows to skip (`next_offset` of the previous page)")] = 0,
) -> dict[str, Any]:
    """Documents citing this one (`in`) or cited by it (`out`), with the relation and mention count,
    ordered by document id then relation, a page at a time (a directive cited by tens of thousands
    of reports is not sent whole)."""
    existing(store, doc_id)
    rows = store.citations(doc_id, direction=direction, relation=relation, limit=limit + 1, offset=offset)
    items = [
        {
            "document": document_summary(r["document"]),
            "relation": relation_name(r.get("relation")),
            "count": int(r.get("count") or 0),
        }
        for r in rows[:limit]
    ]
    return {
        "document_id": doc_id,
        "direction": direction,
        "items": items,
        "offset": offset,
        "next_offset": offset + limit if len(rows) > limit else None,
    }


@router.get("/{doc_id}/chain", response_model=Chain, responses=problem_responses(404))
def chain(
    store: StoreDep,
    doc_id: DocId,
    direction: Literal["up", "down"] = "up",
    depth: Annotated[int, Query(ge=1, le=MAX_DEPTH)] = 3,
    limit: Annotated[int, Query(ge=1, le=MAX_PATHS)] = 200,
) -> dict[str, Any]:
    """Citation paths: `up` follows what the document cites, `down` what cites it (bounded)."""
    existing(store, doc_id)
    rows = store.chain(doc_id, direction=direction, depth=depth, limit=limit + 1)
    paths = [
        {
            "nodes": [document_summary(n) for n in p.get("nodes") or []],
            "relations": relation_names(p.get("relations")),
        }
        for p in rows[:limit]
    ]
    return {
        "document_id": doc_id,
        "direction": direction,
        "depth": depth,
        "paths": paths,
        "truncated": len(rows) > limit,
    }


__all__ = ["decode_cursor", "encode_cursor", "router"]
