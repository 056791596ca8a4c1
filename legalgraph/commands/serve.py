"""`legalgraph serve`: run the HTTP API (FastAPI under uvicorn).

Options override the environment (LEGALGRAPH_*, NEO4J_*; see legalgraph/config.py).
"""

from __future__ import annotations

import argparse
import logging
import sys
from typing import Any

from legalgraph.config import Settings

_OVERRIDES = ("store", "data_dir", "neo4j_uri", "neo4j_user", "neo4j_password", "neo4j_database",
              "max_upload_mb")


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
    p.add_argument("--log-level", default="info", choices=("debug", "info", "warning", "error"),
                   help="info logs one line per request; warning keeps only problems")
    p.set_defaults(func=run)


def settings_from(args: argparse.Namespace) -> Settings:
    overrides = {name: getattr(args, name) for name in _OVERRIDES if getattr(args, name, None) is not None}
    return Settings(**overrides)


def run(args: argparse.Namespace) -> int:
    import uvicorn
    from pydantic import ValidationError

    from api.app import create_app

    try:
        settings = settings_from(args)
    except ValidationError as exc:
        first = exc.errors()[0]
        print(f"legalgraph serve: bad setting {'.'.join(map(str, first['loc']))}: {first['msg']}", file=sys.stderr)
        return 2
    level = getattr(logging, args.log_level.upper())
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    app = create_app(settings)
    try:
        uvicorn.run(app, host=args.host, port=args.port, log_level=args.log_level, access_log=False)
    except OSError as exc:  # port in use, bad interface
        print(f"legalgraph serve: cannot listen on {args.host}:{args.port}: {exc}", file=sys.stderr)
        return 3
    return 0
