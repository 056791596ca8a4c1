"""The web explorer at `/` (static files, no build step) and the Neo4j Browser assets:
`/guide` for `:play http://localhost:8000/guide` and `/cypher/style.grass` for `:style`."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import FileResponse, HTMLResponse, PlainTextResponse, Response
from fastapi.staticfiles import StaticFiles

WEB_DIR = Path(__file__).resolve().parent.parent / "web"

router = APIRouter(include_in_schema=False)
CORS = {"Access-Control-Allow-Origin": "*"}


@router.get("/")
def index() -> FileResponse:
    return FileResponse(WEB_DIR / "index.html", media_type="text/html; charset=utf-8")


@router.get("/guide")
def browser_guide() -> HTMLResponse:
    """Neo4j Browser guide slides; Browser fetches them cross-origin, hence the CORS header."""
    html = files("cypher").joinpath("guide/legalgraph.html").read_text(encoding="utf-8")
    return HTMLResponse(html, headers=CORS)


@router.options("/guide")
@router.options("/cypher/style.grass")
def browser_preflight(request: Request) -> Response:
    """CORS preflight: Neo4j Browser sends its own headers with :play / :style fetches, so the
    browser asks first; these two read-only documents may be read from any origin."""
    return Response(
        status_code=204,
        headers={
            **CORS,
            "Access-Control-Allow-Methods": "GET, OPTIONS",
            "Access-Control-Allow-Headers": request.headers.get("access-control-request-headers", "*"),
            "Access-Control-Max-Age": "600",
        },
    )


@router.get("/cypher/style.grass")
def browser_style() -> PlainTextResponse:
    """The Browser style sheet (no comments in it: Browser's grass parser has none)."""
    grass = files("cypher").joinpath("style.grass").read_text(encoding="utf-8")
    return PlainTextResponse(grass, headers=CORS)


def mount_web(app: FastAPI) -> None:
    app.include_router(router)
    app.mount("/web", StaticFiles(directory=WEB_DIR), name="web")
