"""Named Cypher: the Neo4j schema (`schema.cypher`) and one query per file under `queries/`.

Queries are package data so they can be read, reviewed and run as-is in Neo4j Browser (each file
starts with a `//` header naming its parameters; set them with `:param`). Code never builds Cypher
from user input: it loads a named query here and passes values as parameters.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

_NAME = re.compile(r"^[a-z][a-z0-9_]*$")


@cache
def load(name: str) -> str:
    """The text of `queries/<name>.cypher` (or `schema` for `schema.cypher`), `//` comment lines removed.

    Raises KeyError for an unknown name (names are code constants, never user input)."""
    if not _NAME.match(name):
        raise KeyError(f"invalid query name {name!r}")
    root = resources.files(__name__)
    path = root / "schema.cypher" if name == "schema" else root / "queries" / f"{name}.cypher"
    if not path.is_file():
        raise KeyError(f"no Cypher query named {name!r}")
    return _strip_comments(path.read_text(encoding="utf-8"))


def schema_statements() -> list[str]:
    """The statements of `schema.cypher`, one per `;`-terminated statement, in file order."""
    return [s.strip() for s in load("schema").split(";") if s.strip()]


def names() -> list[str]:
    """Names of every query under `queries/`, sorted."""
    folder = resources.files(__name__) / "queries"
    return sorted(p.name[: -len(".cypher")] for p in folder.iterdir() if p.name.endswith(".cypher"))


def _strip_comments(text: str) -> str:
    lines = [line for line in text.splitlines() if not line.lstrip().startswith("//")]
    return "\n".join(lines).strip()
