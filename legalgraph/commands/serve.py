"""`legalgraph serve`: run the HTTP API (FastAPI under uvicorn).

Options override the environment (LEGALGRAPH_*, NEO4J_*; see legalgraph/config.py).
"""

from __future__ import annotations

import argparse
import copy
import os
import sys
from typing import Any

from legalgraph.config import Settings

_ENV = {
    "store": "LEGALGRAPH_STORE",
    "data_dir": "LEGALGRAPH_DATA_DIR",
    "neo4j_uri": "NEO4J_URI",
    "neo4j_user": "NEO4J_USER",
    "neo4j_password": "NEO4J_PASSWORD",
    "neo4j_database": "NEO4J_DATABASE",
    "max_upload_mb": "LEGALGRAPH_MAX_UPLOAD_MB",
}
_OVERRIDES = (
    "store",
    "data_dir",
    "neo4j_uri",
    "neo4j_user",
    "neo4j_password",
    "neo4j_database",
    "max_upload_mb",
)


def register(subparsers: Any) -> None:
    p: argparse.ArgumentParser = subparsers.add_parser(
        "serve", help="run the HTTP API", description="Serve the graph over HTTP (OpenAPI docs at /docs)."
    )
    p.add_argument("--host", default="127.0.0.1", help="interface to bind (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    p.add_argument("--store", choices=("embedded", "neo4j"), help="graph store (env LEGALGRAPH_STORE)")
    p.add_argument("--data-dir", help="embedded store directory (env LEGALGRAPH_DATA_DIR)")
    p.add_argument("--neo4j-uri", help="env NEO4J_URI")
    p.add_argument("--neo4j-user", help="env NEO4J_USER")
    p.add_argument("--neo4j-password", help="env NEO4J_PASSWORD (prefer the environment)")
    p.add_argument("--neo4j-database", help="env NEO4J_DATABASE")
    p.add_argument("--max-upload-mb", type=int, help="upload size limit (env LEGALGRAPH_MAX_UPLOAD_MB)")
    p.add_argument(
        "--workers",
        type=int,
        default=1,
        help="server processes (each opens the store; the embedded store is read by all, "
        "written by one at a time)",
    )
    p.add_argument(
        "--log-level",
        default="info",
        choices=("debug", "info", "warning", "error"),
        help="info logs one line per request; warning keeps only problems",
    )
    p.set_defaults(func=run)


def settings_from(args: argparse.Namespace) -> Settings:
    overrides = {name: getattr(args, name) for name in _OVERRIDES if getattr(args, name, None) is not None}
    return Settings(**overrides)


def log_config(level: str) -> dict[str, Any]:
    """uvicorn's logging plus the `legalgraph` loggers (one access line per request at info)."""
    from uvicorn.config import LOGGING_CONFIG

    config = copy.deepcopy(LOGGING_CONFIG)
    config["loggers"]["legalgraph"] = {"handlers": ["default"], "level": level.upper(), "propagate": False}
    return config


def _export_env(settings: Settings) -> None:
    """Hand the effective settings to worker processes, which build their app from the environment."""
    for name, var in _ENV.items():
        value = getattr(settings, name)
        if value is None:
            continue
        if hasattr(value, "get_secret_value"):
            value = value.get_secret_value()
        os.environ[var] = str(value)


def run(args: argparse.Namespace) -> int:
    import uvicorn
    from pydantic import ValidationError

    from api.app import create_app

    try:
        settings = settings_from(args)
    except ValidationError as exc:
        first = exc.errors()[0]
        print(
            f"legalgraph serve: bad setting {'.'.join(map(str, first['loc']))}: {first['msg']}",
            file=sys.stderr,
        )
        return 2
    if args.workers < 1:
        print("legalgraph serve: --workers must be at least 1", file=sys.stderr)
        return 2
    options: dict[str, Any] = {
        "host": args.host,
        "port": args.port,
        "log_level": args.log_level,
        "access_log": False,
        "log_config": log_config(args.log_level),
    }
    try:
        if args.workers == 1:
            uvicorn.run(create_app(settings), **options)
        else:
            _export_env(settings)
            uvicorn.run("api.app:create_app", factory=True, workers=args.workers, **options)
    except OSError as exc:  # port in use, bad interface
        print(f"legalgraph serve: cannot listen on {args.host}:{args.port}: {exc}", file=sys.stderr)
        return 3
    return 0
