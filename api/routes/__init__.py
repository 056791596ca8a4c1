"""One thin route module per resource; `api_router` gathers them."""

from __future__ import annotations

from fastapi import APIRouter, Depends

from api.deps import require_read_key
from api.problems import problem_responses
from api.routes import documents, health, provinces, reports, resolve

COMMON = problem_responses(422, 500, 503)

api_router = APIRouter(responses=COMMON)
api_router.include_router(health.router)
_reads = APIRouter(dependencies=[Depends(require_read_key)], responses=problem_responses(401, 403))
_reads.include_router(resolve.router)
_reads.include_router(documents.router)
_reads.include_router(provinces.router)
_reads.include_router(reports.router)
api_router.include_router(_reads)
