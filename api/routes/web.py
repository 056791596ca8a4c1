"""The web explorer at `/` (static files, no build step) and the Neo4j Browser assets:
`/guide` for `:play http://localhost:8000/guide` and `/cypher/style.grass` for `:style`."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from fastapi import APIRouter, FastAPI
from fastapi.responses import FileResponse, HTMLResponse, PlainTextResponse
from fastapi.staticfiles import StaticFiles

WEB_DIR = Path(__file__).resolve().parent.parent / "web"

router = APIRouter(include_in_schema=False)


@router.get("/")
def index() -> FileResponse:
    return FileResponse(WEB_DIR / "index.html", media_type="text/html; charset=utf-8")


@router.get("/guide")
def browser_guide() -> HTMLResponse:
    """Neo4j Browser guide slides; Browser fetches them cross-origin, hence the CORS header."""
    html = files("cypher").joinpath("guide/legalgraph.html").read_text(encoding="utf-8")
    return HTMLResponse(html, headers={"Access-Control-Allow-Origin": "*"})


@router.get("/cypher/style.grass")
def browser_style() -> PlainTextResponse:
    grass = files("cypher").joinpath("style.grass").read_text(encoding="utf-8")
    return PlainTextResponse(grass, headers={"Access-Control-Allow-Origin": "*"})


def mount_web(app: FastAPI) -> None:
    app.include_router(router)
    app.mount("/web", StaticFiles(directory=WEB_DIR), name="web")
