"""`GET /resolve`: free-text reference → canonical document(s)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from api.deps import StoreDep
from api.schemas import Resolution
from api.shape import document_summary
from graph.lookup import lookup

router = APIRouter(tags=["documents"])


@router.get("/resolve", response_model=Resolution)
def resolve(
    store: StoreDep,
    ref: Annotated[
        str, Query(min_length=1, max_length=500, description='e.g. "Chỉ thị 33/CT-TTg", "chi thi 33 ct-ttg"')
    ],
) -> dict[str, Any]:
    """The document(s) a reference means; tolerant of missing diacritics, case, "số" and spacing.
    Several candidates are all returned, each with `why` it matched and what tells them apart."""
    out = lookup(store, ref)
    for cand in out["candidates"]:
        cand["document"] = document_summary(cand["document"])
    return out
