"""Relation cues (ingest/data/relation_cues.json): what a report does with a document it cites.

The cue is looked for in the clause just before a reference (back to the previous reference,
";", or sentence start, at most CUE_WINDOW characters); the cue nearest the reference wins.
"X hướng dẫn Y" style cues (doc_to_doc) name the previous reference of the clause as the source.
"""

from __future__ import annotations

from functools import cache

from ingest.models import Reference
from ingest.vocab import vocab

CUE_WINDOW = 120


@cache
def _cues() -> list[tuple[str, str]]:
    v = vocab()
    pairs = [(cue, rel) for rel, cues in v.cues.items() for cue in cues]
    return sorted(pairs, key=lambda p: len(p[0]), reverse=True)


def _clause_start(text: str, start: int, floor: int) -> int:
    lo = max(floor, start - CUE_WINDOW)
    cut = lo
    for ch in (";", "\n", "(", ")"):
        i = text.rfind(ch, lo, start)
        if i + 1 > cut:
            cut = i + 1
    i = text.rfind(". ", lo, start)
    if i != -1 and i + 2 > cut:
        cut = i + 2
    return cut


def assign_relations(text: str, refs: list[Reference]) -> None:
    """Set `relation` (and `relation_source` for doc-to-doc cues) on each reference, in place."""
    v = vocab()
    cues = _cues()
    prev_end = 0
    for i, r in enumerate(refs):
        lo = _clause_start(text, r.start, 0)
        window_from_prev = i > 0 and refs[i - 1].end > lo
        seg_lo = max(lo, prev_end)
        before = text[seg_lo : r.start].lower()
        best: tuple[int, str] | None = None
        for cue, rel in cues:
            j = before.rfind(cue)
            if j == -1:
                continue
            # whole words only
            if j > 0 and before[j - 1].isalnum():
                continue
            k = j + len(cue)
            if k < len(before) and before[k].isalnum():
                continue
            if best is None or j + len(cue) > best[0]:
                best = (j + len(cue), rel)
        prev_end = max(prev_end, r.end)
        if best is None:
            continue
        rel = best[1]
        if rel == "implements" and r.doc_type in v.responds_to_types:
            head = before[: best[0]].strip(" *_-+•")
            if head in v.responds_to_opening and (seg_lo == 0 or text[seg_lo - 1] in "\n"):
                rel = "responds_to"
        if rel in v.doc_to_doc:
            if window_from_prev:
                r.relation_source = i - 1
            elif rel == "guides":
                continue  # "hướng dẫn" with no guiding document in the clause: a noun, not a cue
        r.relation = rel  # type: ignore[assignment]
