"""One thin route module per resource; `build_router` gathers them."""

from __future__ import annotations

from fastapi import APIRouter, Depends

from api.deps import require_read_key
from api.problems import problem_responses
from api.routes import documents, health, matrix, provinces, reports, resolve


def build_router(reads_need_key: bool = False) -> APIRouter:
    """All routes; read routes are guarded by the API key only when the configuration says so (and
    only then does the OpenAPI schema declare the key on them)."""
    router = APIRouter(responses=problem_responses(422, 500, 503))
    router.include_router(health.router)
    reads = APIRouter(
        dependencies=[Depends(require_read_key)] if reads_need_key else [],
        responses=problem_responses(401, 403) if reads_need_key else {},
    )
    reads.include_router(health.stats_router)
    for module in (resolve, documents, provinces, reports, matrix):
        reads.include_router(module.router)
    router.include_router(reads)
    return router
