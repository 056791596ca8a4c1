"""The FastAPI application: `create_app(settings, store)` wires settings, store, routes, errors.

uvicorn --factory api.app:create_app        # settings from the environment
legalgraph serve --store embedded --data-dir var/demo
"""

from __future__ import annotations

import gc
import logging
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.cache import AnswerCache
from api.deps import StoreHolder, load_settings, setting
from api.problems import install_handlers
from api.routes import build_router
from api.routes.web import mount_web
from graph.store import Store
from legalgraph import __version__

access_log = logging.getLogger("legalgraph.api.access")

DESCRIPTION = """Who implements which Vietnamese legal and administrative documents, with evidence.

Errors are RFC 9457 `application/problem+json`. Write endpoints need the `X-API-Key` header."""


class RequestLog:
    """One log line per request: method, path, status, duration (pure ASGI, no body buffering)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not access_log.isEnabledFor(logging.INFO):
            await self.app(scope, receive, send)
            return
        start = time.perf_counter()
        status = 500

        async def send_wrapper(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_wrapper)
        finally:
            ms = (time.perf_counter() - start) * 1000
            query = scope.get("query_string", b"").decode("latin-1")
            path = scope["path"] + (f"?{query}" if query else "")
            access_log.info("%s %s %d %.1fms", scope["method"], path, status, ms)


def create_app(settings: Any = None, store: Store | None = None) -> FastAPI:
    """The API over `store` (injected, e.g. by tests) or over the store the settings name."""
    settings = settings if settings is not None else load_settings()
    holder = StoreHolder(settings, store)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        try:
            holder.get().stats()  # open and load now (Neo4j: schema applied); a failure leaves /health at 503
        except Exception as exc:
            logging.getLogger("legalgraph.api").warning("store not available at start: %s", exc)
        # An embedded graph is millions of long-lived objects: a full collection would walk them all
        # (seconds, measured at 100k reports) and stall requests, so they leave the collector's view.
        gc.collect()
        gc.freeze()
        yield
        holder.close()

    app = FastAPI(
        title="legalgraph",
        version=__version__,
        description=DESCRIPTION,
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.store_holder = holder
    app.state.cache = {}
    app.state.answers = AnswerCache()
    install_handlers(app)
    app.include_router(build_router(bool(setting(settings, "read_api_key_required", False))))
    mount_web(app)

    origins = setting(settings, "cors_origins", []) or []
    if isinstance(origins, str):
        origins = [o.strip() for o in origins.split(",") if o.strip()]
    if origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=list(origins),
            allow_methods=["GET", "POST", "DELETE"],
            allow_headers=["X-API-Key", "Content-Type"],
        )
    app.add_middleware(RequestLog)
    return app
