"""Which extractor modules are compiled with mypyc, and the guard that keeps a stale build from running.

`make native` (tools/native/build.py) compiles NATIVE_MODULES in place: each gets a C extension beside
its source, which Python's import system prefers. The build stamps the hash of every source it compiled;
`guard()` (run by `ingest/__init__.py` before any of them is imported) compares the stamp with the
sources and, when one was edited since or LEGALGRAPH_PURE_PYTHON is set, puts a finder first on
`sys.meta_path` that loads all of them from their sources — all, since compiled modules call each other
directly. Without a build nothing changes: the sources are the product, the extensions only a speed-up.
One difference shows: a pickle of ingest's model objects (ExtractionResult, Reference …) loads only
under the build that wrote it. The stores and the worker processes pass plain dicts and graph records.
"""

from __future__ import annotations

import hashlib
import importlib.machinery
import importlib.util
import json
import os
import sys
import warnings
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
STAMP = ROOT / "ingest" / "_native.json"
GROUP = "ingest_native"  # mypyc's shared library: ingest_native__mypyc.<suffix> at the root

# The hot path of extract_text: pure functions over the text, fully typed. Not here: the readers and
# their PDF/DOCX helpers (I/O-bound), the spaCy components, `pipeline` (the orchestrator, whose
# look-ups tests may replace) and `gazetteer` (public functions that accept any object).
NATIVE_MODULES = (
    "ingest.after_cues",
    "ingest.clause_bounds",
    "ingest.clauses",
    "ingest.code_repairs",
    "ingest.dates",
    "ingest.headings",
    "ingest.issuer_text",
    "ingest.marks",
    "ingest.metadata.article",
    "ingest.metadata.attributes",
    "ingest.metadata.base",
    "ingest.metadata.cells",
    "ingest.metadata.header",
    "ingest.metadata.issuer",
    "ingest.metadata.period",
    "ingest.metadata.signature",
    "ingest.metadata.subjects",
    "ingest.models",
    "ingest.named",
    "ingest.noise",
    "ingest.normalize",
    "ingest.party_resolutions",
    "ingest.patterns",
    "ingest.references",
    "ingest.relation_rules",
    "ingest.relations",
    "ingest.shortforms",
    "ingest.spelling",
    "ingest.stated_issuers",
    "ingest.symbols",
    "ingest.tables",
    "ingest.vocab",
)

PURE_ENV = "LEGALGRAPH_PURE_PYTHON"
_SUFFIX = importlib.machinery.EXTENSION_SUFFIXES[0]


def source_path(module: str, root: Path = ROOT) -> Path:
    return root.joinpath(*module.split(".")).with_suffix(".py")


def extension_files(root: Path = ROOT) -> list[Path]:
    """The compiled extensions present: one per module and mypyc's shared library."""
    paths = [root.joinpath(*m.split(".")).with_name(m.rsplit(".", 1)[1] + _SUFFIX) for m in NATIVE_MODULES]
    paths.append(root / f"{GROUP}__mypyc{_SUFFIX}")
    return [p for p in paths if p.exists()]


def source_hashes(root: Path = ROOT) -> dict[str, str]:
    return {m: hashlib.sha256(source_path(m, root).read_bytes()).hexdigest() for m in NATIVE_MODULES}


class _SourceFinder:
    """Loads the named modules from their .py files, ahead of the extensions beside them."""

    def __init__(self, modules: Sequence[str]) -> None:
        self.modules = frozenset(modules)

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        if fullname not in self.modules:
            return None
        return importlib.util.spec_from_file_location(fullname, source_path(fullname))


def _stale() -> bool:
    try:
        stamp = json.loads(STAMP.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return True
    return bool(stamp.get("sources") != source_hashes())


def guard() -> str | None:
    """Make the sources win over a compiled build that is stale or unwanted; return why, or None when
    the build (if any) is used."""
    if not extension_files():
        return None
    if os.environ.get(PURE_ENV):
        reason = f"{PURE_ENV} is set"
    elif _stale():
        reason = "the compiled extractor is older than its sources (run `make native`)"
        warnings.warn(
            f"legalgraph: {reason}; running the pure-Python extractor", RuntimeWarning, stacklevel=3
        )
    else:
        return None
    if not any(isinstance(f, _SourceFinder) for f in sys.meta_path):
        sys.meta_path.insert(0, _SourceFinder(NATIVE_MODULES))  # type: ignore[arg-type]
    return reason


def compiled() -> bool:
    """Whether the extractor's hot path runs compiled in this process."""
    module = importlib.import_module("ingest.references")
    return str(module.__file__).endswith(_SUFFIX)
