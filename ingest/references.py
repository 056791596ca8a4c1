"""Reference recognition: find every legal reference in NFC text (stub; being built)."""

from __future__ import annotations

from ingest.models import Reference


def find_references(text: str) -> list[Reference]:
    """All references in `text` (already NFC), in text order, offsets into `text`."""
    return []
