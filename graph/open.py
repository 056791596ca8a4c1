"""`open_store(kind, **settings)`: the one place that turns settings into a Store."""

from __future__ import annotations

from typing import Any

from graph.store import Store, StoreError

KINDS = ("embedded", "neo4j")


def open_store(kind: str = "embedded", **settings: Any) -> Store:
    """Open the store named `kind`.

    embedded: `data_dir` (default $LEGALGRAPH_DATA_DIR or ./var/legalgraph).
    neo4j: `neo4j_uri`, `neo4j_user`, `neo4j_password`, `neo4j_database` (see graph.neo4j_store).
    Unknown settings for the chosen kind are ignored, so one settings object serves both.
    """
    if kind == "embedded":
        from graph.embedded import EmbeddedStore

        return EmbeddedStore(settings.get("data_dir"))
    if kind == "neo4j":
        # --- neo4j branch: owned by the Neo4j engineer (graph/neo4j_store.py) ---
        from graph.neo4j_store import Neo4jStore

        names = ("neo4j_uri", "neo4j_user", "neo4j_password", "neo4j_database")
        return Neo4jStore(**{k: v for k, v in settings.items() if k in names and v is not None})
    raise StoreError(f"unknown store {kind!r}; choose one of: {', '.join(KINDS)}")
