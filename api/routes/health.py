"""Liveness of the store and graph counts."""

from __future__ import annotations

import logging

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from api.deps import StoreDep
from api.problems import RETRY_AFTER_SECONDS
from api.schemas import Health, Stats
from graph.store import StoreError

log = logging.getLogger("legalgraph.api")
router = APIRouter(tags=["health"])
stats_router = APIRouter(tags=["health"])


@router.get(
    "/health", response_model=Health, responses={503: {"model": Health, "description": "store unreachable"}}
)
def health(request: Request) -> JSONResponse:
    """200 when the store answers, 503 (with Retry-After) when it does not."""
    try:
        info = request.app.state.store_holder.get().health()
    except StoreError as exc:
        info = {"ok": False, "store": "unknown", "detail": str(exc)}
    except Exception as exc:  # a probe must answer, whatever the store does
        log.exception("health check failed")
        info = {"ok": False, "store": "unknown", "detail": type(exc).__name__}
    body = Health(
        ok=bool(info.get("ok")), store=str(info.get("store", "unknown")), detail=str(info.get("detail", ""))
    )
    if body.ok:
        return JSONResponse(body.model_dump())
    return JSONResponse(body.model_dump(), status_code=503, headers={"Retry-After": str(RETRY_AFTER_SECONDS)})


@stats_router.get("/stats", response_model=Stats)
def stats(store: StoreDep) -> dict[str, int]:
    """Counts of documents, reports, unresolved references, bodies, provinces, mentions, relations."""
    return store.stats()
