"""Provinces (old 63 and new 34 units, with the mapping) and the documents their reports implement."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request

from api.deps import StoreDep
from api.problems import not_found, problem_responses
from api.routes.documents import RELATION_PATTERN, province_lookup
from api.schemas import Province, ProvinceDocuments
from api.shape import document_summary, province_full, province_ref, relation_names, report_summary

router = APIRouter(prefix="/provinces", tags=["provinces"])


@router.get("", response_model=list[Province])
def list_provinces(request: Request, store: StoreDep) -> list[dict[str, Any]]:
    """Every province, with the unit it became part of on 1 July 2025 and the units merged into it."""
    index = province_lookup(request, store)
    return [province_full(p, index) for p in store.provinces()]


@router.get("/{province_id}/documents", response_model=ProvinceDocuments, responses=problem_responses(404))
def province_documents(
    request: Request,
    store: StoreDep,
    province_id: Annotated[str, Path(min_length=1, max_length=100, description='e.g. "an-giang"')],
    relation: Annotated[str | None, Query(pattern=RELATION_PATTERN, description="e.g. implements")] = None,
) -> dict[str, Any]:
    """What the province's reports implement / report on / respond to. A new unit answers for
    itself and the old units merged into it; an old unit answers for itself."""
    index = province_lookup(request, store)
    known = index.get(province_id)
    if known is None:
        raise not_found("province", province_id)
    province = province_full(known, index)
    units = [province_ref(known), *province["predecessors"]]
    rows = store.province_documents(known.get("id") or province_id, relation=relation)
    items = [
        {
            "document": document_summary(r["document"]),
            "relations": relation_names(r.get("relations")),
            "reports": [report_summary(x) for x in r.get("reports") or []],
        }
        for r in rows
    ]
    return {"province": province, "units": units, "items": items}
