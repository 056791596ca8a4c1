"""The public entry points of ingest: text or file → `ExtractionResult`, and a streaming batch.

extract_text(raw)   normalise (NFC) → find_references → extract_metadata → link title refs
extract_file(path)  read_file (readers) → extract_text, sha256 of the original bytes
iter_extract(paths) one result (or `ExtractError`) per path, one file in memory at a time
"""

from __future__ import annotations

import gc
import hashlib
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from ingest import gazetteer
from ingest.clauses import province_in_issuer
from ingest.code_repairs import repair_issuer_codes
from ingest.issuer_text import named_units, write_out_issuers
from ingest.metadata import extract_metadata
from ingest.models import ExtractionResult, Reference
from ingest.named import prefer_cited_versions, repin_versions
from ingest.normalize import normalize_text
from ingest.party_resolutions import scope_congresses
from ingest.readers import ReadError, read_file
from ingest.references import drop_report_period_years, find_references
from ingest.stated_issuers import (
    carry_issuers,
    footnote_speakers,
    name_spoken_issuers,
    scope_by_clause_place,
    scope_by_named_place,
    scope_by_subject_place,
)
from ingest.vocab import load_data
from legalgraph import __version__


@dataclass(slots=True)
class ExtractError:
    """One file that could not be extracted; `kind` as in `ReadError` (plus "internal")."""

    source: str
    kind: str
    message: str
    size: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "error": self.kind, "message": self.message}


@cache
def extractor_version() -> str:
    """'legalgraph-<version>+<hash of ingest/data/*>': changes when code version or vocabulary does."""
    h = hashlib.sha256()
    data = resources.files("ingest").joinpath("data")
    for entry in sorted(data.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".json"):
            h.update(entry.name.encode())
            h.update(entry.read_bytes())
    return f"legalgraph-{__version__}+{h.hexdigest()[:10]}"


def extract_text(
    raw: str, source: str = "<text>", *, sha256: str | None = None, hints: dict[str, Any] | None = None
) -> ExtractionResult:
    """Extract references and the document's metadata from text. `sha256` defaults to the hash of
    the text's UTF-8; `hints` are reader metadata (an HTML page's title and date)."""
    # extraction makes many small objects and no reference cycles: the cyclic collector's repeated
    # scans of them are pure cost (as in find_references, now over metadata and version pins too)
    paused = gc.isenabled()
    if paused:
        gc.disable()
    try:
        return _extract(raw, source, sha256, hints)
    finally:
        if paused:
            gc.enable()


def _extract(raw: str, source: str, sha256: str | None, hints: dict[str, Any] | None) -> ExtractionResult:
    text = normalize_text(raw)
    refs = find_references(text)
    meta = extract_metadata(text, refs, hints=hints)
    bills = {id(r) for r in repin_versions(refs, meta.date)}
    if meta.date is None:
        prefer_cited_versions(refs)
    if bills:  # "Luật X (sửa đổi)" not passed lately, a law passed after the document: bills
        refs = _keep(refs, [i for i, r in enumerate(refs) if id(r) not in bills], meta)
    drop_report_period_years(refs, meta.date, meta.period)
    scope_congresses(refs, meta.province)
    scope_by_named_place(text, refs)
    scope_by_clause_place(text, refs, meta.province)
    scope_by_subject_place(text, refs, meta.province)
    shared = shared_codes()
    if any(r.issuer_code in shared for r in refs):
        name_spoken_issuers(text, refs, shared)  # "Theo đề nghị của Bộ Chỉ huy Quân sự tỉnh tại …/TTr-BCH"
    carry_issuers(refs)  # a repeat takes its stated issuer before a local code names the citing province's
    _infer_local_issuers(refs, meta.province, _own_issuer(meta))
    name_spoken_issuers(text, refs)
    footnote_speakers(text, refs)
    repair_issuer_codes(refs)
    units = named_units(text) if meta.kind == "article" and meta.issuer is None else None
    write_out_issuers(refs, meta.province, meta.issuer, units)
    carry_issuers(refs)
    _issuer_provinces(refs)
    if meta.boilerplate_start is not None:
        refs = _drop_after(refs, meta.boilerplate_start, meta)
    return ExtractionResult(
        source=source,
        sha256=sha256 or hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest(),
        text=text,
        document=meta,
        references=refs,
        extractor_version=extractor_version(),
    )


def _own_issuer(meta: Any) -> tuple[str, str] | None:
    """(issuer code of the document's own symbol, its issuer): "412-BC/HU" of the Huyện ủy Lục Ngạn."""
    if not meta.symbol or not meta.issuer:
        return None
    code = meta.symbol.replace("-", "/").split("/")[-1]
    return (code, meta.issuer) if code else None


def _infer_local_issuers(
    refs: list[Reference], province: str | None, own: tuple[str, str] | None = None
) -> None:
    """A local issuer code ("38/KH-UBND") with no stated issuer names the body of the province the
    text names for it, else of the citing document's own province (domain.md §1); failing that, a
    code equal to the one of the document's own symbol names the document's own issuer ("87-KH/HU"
    in a report numbered "412-BC/HU" of the Huyện ủy Lục Ngạn)."""
    names: dict[tuple[str, str], str | None] = {}  # the look-ups are pure: once per (code, place)
    for ref in refs:
        if ref.issuer or not ref.issuer_code:
            continue
        place = ref.issuer_province or province or ""
        if (ref.issuer_code, place) not in names:
            prov = gazetteer.province_by_name(place)
            names[ref.issuer_code, place] = _local_issuer_name(ref.issuer_code, prov["key"]) if prov else None
        name = names[ref.issuer_code, place]
        if name is not None:
            ref.issuer = name
        elif own is not None and ref.issuer_code == own[0] and ref.issuer_province is None:
            ref.issuer = own[1]


@cache
def shared_codes() -> frozenset[str]:
    """Local issuer codes that bodies of different kinds use (bodies.json issuer_text shared_codes)."""
    return frozenset(load_data("bodies.json").get("issuer_text", {}).get("shared_codes", ()))


def _issuer_provinces(refs: list[Reference]) -> None:
    """A reference whose issuer a step after the issuer clause named ("UBND tỉnh Quảng Ngãi ban hành
    Quyết định số 12/2023/QĐ-UBND") is of the province that name holds, as one with an issuer
    clause is: its local symbol is scoped there (graph.identity), not left unscoped."""
    for ref in refs:
        if ref.issuer and ref.issuer_province is None:
            ref.issuer_province = province_in_issuer(ref.issuer)


def _local_issuer_name(code: str, province_key: str) -> str | None:
    """The body a local code names in a province; a joint code ("BDVTU-BCSĐUBND") names its bodies
    joined by "và", the province written once, at the end ("Ban Dân vận Tỉnh ủy và Ban cán sự đảng
    Ủy ban nhân dân tỉnh Bắc Giang"), when every part is a local body of that province."""
    parts = code.split("-")
    bodies = [gazetteer.local_body(part, province_key) for part in parts]
    if any(b is None for b in bodies):
        return None
    names = [b["name"] for b in bodies if b is not None]
    prov = gazetteer.province(province_key)
    if len(names) > 1 and prov is not None:
        for suffix in (f" {prov['full_name']}", f" {prov['name']}"):
            names[:-1] = [n.removesuffix(suffix) for n in names[:-1]]
    return " và ".join(names)


def _drop_after(refs: list[Reference], cut: int, meta: Any) -> list[Reference]:
    """References before `cut` (site boilerplate is not the document); metadata indexes remapped."""
    return _keep(refs, [i for i, r in enumerate(refs) if r.start < cut], meta)


def _keep(refs: list[Reference], keep: list[int], meta: Any) -> list[Reference]:
    """The references at the indexes `keep`, with the indexes that point into the list (metadata
    subjects and requests, antecedents, relation sources) remapped."""
    if len(keep) == len(refs):
        return refs
    new_index = {old: new for new, old in enumerate(keep)}
    meta.subjects = [new_index[i] for i in meta.subjects if i in new_index]
    meta.responds_to = [new_index[i] for i in meta.responds_to if i in new_index]
    kept = [refs[i] for i in keep]
    for r in kept:
        for attr in ("antecedent", "relation_source"):
            old = getattr(r, attr)
            if old is not None:
                setattr(r, attr, new_index.get(old))
    return kept


def extract_file(path: str | os.PathLike[str], *, max_bytes: int | None = None) -> ExtractionResult:
    """Read a file (.txt/.md/.docx/.pdf/.html) and extract it. Raises `ReadError` when unreadable."""
    read = read_file(path, max_bytes=max_bytes)
    hints: dict[str, Any] = {
        k: read.meta[k]
        for k in ("title", "date", "author", "published")
        if k in read.meta and read.format == "html"
    }
    result = extract_text(read.text, source=str(path), sha256=read.sha256, hints=hints or None)
    for note in _reader_notes(read.meta):
        result.document.warnings.append(note)
    return result


def _reader_notes(meta: dict[str, Any]) -> list[str]:
    notes = []
    if meta.get("converted_from"):
        notes.append(f"converted from legacy encoding {meta['converted_from']}")
    if meta.get("detected"):
        notes.append(f"text encoding detected as {meta.get('encoding')}")
    if meta.get("fallback"):
        notes.append("HTML main text not found; whole-page text used")
    return notes


def iter_extract(
    paths: Iterable[str | os.PathLike[str]], *, max_bytes: int | None = None
) -> Iterator[ExtractionResult | ExtractError]:
    """Extract each path in turn; a file that fails yields an `ExtractError` and the run goes on."""
    for path in paths:
        source = str(path)
        try:
            size = Path(path).stat().st_size
        except OSError:
            size = 0
        try:
            yield extract_file(path, max_bytes=max_bytes)
        except ReadError as exc:
            yield ExtractError(source, exc.kind, exc.message, size)
        except Exception as exc:  # a bug must not stop a batch: report it for this file
            yield ExtractError(source, "internal", f"internal error: {type(exc).__name__}: {exc}", size)
