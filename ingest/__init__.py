"""ingest: file → text → references + the report's own metadata.

    from ingest import extract_file, extract_text, iter_extract
    result = extract_file("examples/000_07a810e2d8d8df93.txt")
    result.document.number_symbol, [r.number_symbol for r in result.references]

Names are imported lazily so that `import ingest.models` stays cheap and cycle-free.
"""

from __future__ import annotations

import importlib
from typing import Any

from ingest import native

native.guard()  # before any compiled module is imported: a stale build must not shadow its sources

_EXPORTS = {
    "extract_text": "ingest.pipeline",
    "extract_file": "ingest.pipeline",
    "iter_extract": "ingest.pipeline",
    "extractor_version": "ingest.pipeline",
    "ExtractError": "ingest.pipeline",
    "normalize_text": "ingest.normalize",
    "read_file": "ingest.readers",
    "ReadError": "ingest.readers",
    "ReadResult": "ingest.readers",
    "SUPPORTED_SUFFIXES": "ingest.readers",
    "extract_metadata": "ingest.metadata",
    "find_references": "ingest.references",
    "ExtractionResult": "ingest.models",
    "DocumentMeta": "ingest.models",
    "Reference": "ingest.models",
    "Repair": "ingest.models",
    "Signer": "ingest.models",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'ingest' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
