"""RFC 9457 problem details: every error the API returns is `application/problem+json`.

Routes raise `Problem` (or let a `graph.store` error escape); the handlers installed by
`install_handlers` turn those, FastAPI's validation errors, unknown routes and any unexpected
exception into `{type, title, status, detail, instance}` bodies with stable `type` URIs. An
unexpected exception is logged with its traceback and answered with a generic 500: no internals leak.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match

from graph.store import NotFound, StoreError, StoreUnavailable

log = logging.getLogger("legalgraph.api")

PROBLEM_BASE = "https://legalgraph.dev/problems/"
PROBLEM_MEDIA_TYPE = "application/problem+json"
RETRY_AFTER_SECONDS = 5

# status -> (type slug, title) for problems raised without an explicit type
_DEFAULTS: dict[int, tuple[str, str]] = {
    400: ("bad-request", "Bad request"),
    401: ("unauthorized", "Missing or invalid API key"),
    403: ("forbidden", "Forbidden"),
    404: ("not-found", "Not found"),
    405: ("method-not-allowed", "Method not allowed"),
    406: ("not-acceptable", "Not acceptable"),
    413: ("payload-too-large", "Upload too large"),
    415: ("unsupported-media-type", "Unsupported media type"),
    422: ("invalid-request", "Invalid request"),
    500: ("internal-error", "Internal server error"),
    503: ("store-unavailable", "Graph store unavailable"),
}


class Problem(Exception):
    """An error answer: raise it from a route or dependency."""

    def __init__(
        self,
        status: int,
        detail: str,
        *,
        type_: str | None = None,
        title: str | None = None,
        headers: dict[str, str] | None = None,
        extra: dict[str, Any] | None = None,
    ) -> None:
        slug, default_title = _DEFAULTS.get(status, ("error", "Error"))
        self.status = status
        self.detail = detail
        self.type = PROBLEM_BASE + (type_ or slug)
        self.title = title or default_title
        self.headers = headers or {}
        self.extra = extra or {}
        super().__init__(detail)


def not_found(what: str, ident: str) -> Problem:
    return Problem(404, f"No {what} with id {ident!r}.")


def problem_response(request: Request, problem: Problem) -> JSONResponse:
    body: dict[str, Any] = {
        "type": problem.type,
        "title": problem.title,
        "status": problem.status,
        "detail": problem.detail,
        "instance": request.url.path,
        **problem.extra,
    }
    return JSONResponse(
        body, status_code=problem.status, headers=problem.headers, media_type=PROBLEM_MEDIA_TYPE
    )


def _validation_errors(exc: RequestValidationError) -> list[dict[str, Any]]:
    out = []
    for err in exc.errors():
        loc = [str(part) for part in err.get("loc", ())]
        out.append({"loc": loc, "msg": str(err.get("msg", "")), "type": str(err.get("type", ""))})
    return out


def _allowed_methods(request: Request) -> list[str]:
    """Every method some route serves at this path (FastAPI keeps one route per method)."""
    methods = []
    for method in ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"):
        scope = {**request.scope, "method": method}
        if any(route.matches(scope)[0] == Match.FULL for route in request.app.router.routes):
            methods.append(method)
    return methods


def install_handlers(app: FastAPI) -> None:
    async def on_problem(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, Problem)
        return problem_response(request, exc)

    async def on_validation(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, RequestValidationError)
        errors = _validation_errors(exc)
        detail = "; ".join(f"{'.'.join(e['loc'])}: {e['msg']}" for e in errors) or "invalid request"
        return problem_response(request, Problem(422, detail, extra={"errors": errors}))

    async def on_http(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, StarletteHTTPException)
        detail = exc.detail if isinstance(exc.detail, str) else "error"
        headers = dict(exc.headers or {})
        if exc.status_code == 404 and detail == "Not Found":
            detail = f"No route {request.url.path!r}."
        if exc.status_code == 405:
            allowed = _allowed_methods(request)
            headers["Allow"] = ", ".join(allowed)
            detail = f"{request.method} is not allowed here; use {', '.join(allowed)}."
        return problem_response(request, Problem(exc.status_code, detail, headers=headers))

    async def on_unavailable(request: Request, exc: Exception) -> JSONResponse:
        log.warning("store unavailable on %s: %s", request.url.path, exc)
        problem = Problem(
            503,
            "The graph store cannot be reached; retry shortly.",
            headers={"Retry-After": str(RETRY_AFTER_SECONDS)},
        )
        return problem_response(request, problem)

    async def on_not_found(request: Request, exc: Exception) -> JSONResponse:
        return problem_response(request, Problem(404, str(exc) or "Not found."))

    async def on_store_error(request: Request, exc: Exception) -> JSONResponse:
        log.error("store error on %s: %s", request.url.path, exc)
        return problem_response(
            request,
            Problem(
                503,
                "The graph store failed to answer; retry shortly.",
                headers={"Retry-After": str(RETRY_AFTER_SECONDS)},
            ),
        )

    async def on_unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
        return problem_response(request, Problem(500, "An unexpected error occurred; it has been logged."))

    app.add_exception_handler(Problem, on_problem)
    app.add_exception_handler(RequestValidationError, on_validation)
    app.add_exception_handler(StarletteHTTPException, on_http)
    app.add_exception_handler(StoreUnavailable, on_unavailable)
    app.add_exception_handler(NotFound, on_not_found)
    app.add_exception_handler(StoreError, on_store_error)
    app.add_exception_handler(Exception, on_unexpected)


def problem_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI `responses` entries documenting problem+json answers for the given statuses."""
    from api.schemas import ProblemDetail

    schema_ref = {"$ref": "#/components/schemas/ProblemDetail"}
    out: dict[int | str, dict[str, Any]] = {}
    for status in statuses:
        out[status] = {
            "model": ProblemDetail,
            "description": _DEFAULTS.get(status, ("error", "Error"))[1],
            "content": {PROBLEM_MEDIA_TYPE: {"schema": schema_ref}},
        }
    return out
