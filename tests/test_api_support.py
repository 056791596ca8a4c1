"""Helpers for the API tests (no tests here): settings, the example corpus through the real
pipeline, the embedded store, and a store whose database is gone."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

from graph.records import Contribution
from graph.store import StoreUnavailable

ASCII_KEY = "test-key-123"
EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def make_settings(**overrides: Any) -> SimpleNamespace:
    """Settings with the fields of legalgraph.config.Settings (plain values, no environment)."""
    base = {
        "store": "embedded",
        "data_dir": None,
        "neo4j_uri": None,
        "neo4j_user": None,
        "neo4j_password": None,
        "neo4j_database": None,
        "api_key": ASCII_KEY,
        "read_api_key_required": False,
        "max_upload_mb": 1,
        "cors_origins": ["http://localhost:5173"],
    }
    base.update(overrides)
    return SimpleNamespace(**base)


def corpus_contributions() -> list[Contribution]:
    """The four example reports through the real pipeline (ingest → graph.build)."""
    import ingest
    from graph.build import contribution

    return [contribution(ingest.extract_file(p)) for p in sorted(EXAMPLES.glob("*.txt"))]


def embedded_store(data_dir: Any) -> Any:
    from graph.open import open_store

    return open_store("embedded", data_dir=data_dir)


class DeadStore:
    """A store whose database is gone: every call raises StoreUnavailable, health says so."""

    def health(self) -> dict[str, Any]:
        return {"ok": False, "store": "neo4j", "detail": "connection refused"}

    def close(self) -> None:
        pass

    def __getattr__(self, name: str) -> Any:
        def fail(*args: Any, **kwargs: Any) -> Any:
            raise StoreUnavailable("connection refused")

        return fail
