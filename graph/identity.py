"""Canonical identities of documents (stub; being built)."""

from __future__ import annotations

from ingest.models import ExtractionResult


def annotate_keys(result: ExtractionResult) -> None:
    """Fill `ref.resolved = {"number_symbol", "key", "id"}` for every reference that can be pinned to
    one canonical document; leave None (and add a warning) when it cannot."""
