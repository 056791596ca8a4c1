"""`POST /reports`: read one uploaded document (size-limited while streaming), extract, write.

Nothing reaches the store unless extraction succeeded and the whole contribution was built; the
store writes a contribution atomically, so a failed upload leaves the graph as it was.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections.abc import AsyncGenerator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fastapi import Request
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.formparsers import MultiPartException, MultiPartParser

from api.problems import Problem
from graph.store import Store

CHUNK = 64 * 1024
_SAFE_NAME = re.compile(r"[^\w.\-]+")


@dataclass(slots=True)
class Upload:
    source: str
    text: str | None = None  # JSON uploads
    path: Path | None = None  # file uploads (a temporary copy, deleted after ingest)


def _too_large(limit: int) -> Problem:
    return Problem(413, f"The upload exceeds the limit of {limit:,} bytes.")


async def _limited(request: Request, limit: int) -> AsyncGenerator[bytes, None]:
    total = 0
    async for chunk in request.stream():
        total += len(chunk)
        if total > limit:
            raise _too_large(limit)
        yield chunk


async def _read_all(request: Request, limit: int) -> bytes:
    return b"".join([chunk async for chunk in _limited(request, limit)])


async def read_upload(request: Request, limit: int) -> Upload:
    """The uploaded document; raises Problem 413/415/422 for oversized, unsupported or malformed input."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit + CHUNK:
        raise _too_large(limit)  # refuse before reading when the client announces too much
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media == "application/json":
        return _json_upload(await _read_all(request, limit))
    if media == "multipart/form-data":
        return await _multipart_upload(request, limit)
    raise Problem(
        415, 'Send the document as multipart/form-data (field `file`) or as JSON {"text", "source"}.'
    )


def _json_upload(raw: bytes) -> Upload:
    try:
        body = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise Problem(422, f"The body is not valid JSON: {exc}.") from exc
    if not isinstance(body, dict) or not isinstance(body.get("text"), str):
        raise Problem(422, 'The JSON body must be an object with a string field "text".')
    source = body.get("source")
    if source is not None and not isinstance(source, str):
        raise Problem(422, '"source" must be a string.')
    if not body["text"].strip():
        raise Problem(422, "The document is empty.", type_="empty-document")
    if "\x00" in body["text"]:
        raise Problem(
            415, "The text contains NUL characters; it looks like binary data.", type_="binary-document"
        )
    return Upload(source=source or "upload:text", text=body["text"])


async def _multipart_upload(request: Request, limit: int) -> Upload:
    parser = MultiPartParser(request.headers, _limited(request, limit), max_files=1, max_fields=10)
    try:
        form = await parser.parse()
    except MultiPartException as exc:
        raise Problem(422, f"Malformed multipart body: {exc.message}.") from exc
    file = form.get("file")
    if not isinstance(file, UploadFile):
        raise Problem(422, "The multipart body needs a file in the field `file`.")
    source = form.get("source")
    name = _SAFE_NAME.sub("_", os.path.basename(file.filename or "upload.txt")) or "upload.txt"
    suffix = Path(name).suffix or ".txt"
    fd, tmp = tempfile.mkstemp(prefix="legalgraph-upload-", suffix=suffix)
    size = 0
    with os.fdopen(fd, "wb") as out:
        while chunk := await file.read(CHUNK):
            size += len(chunk)
            out.write(chunk)
    await file.close()
    path = Path(tmp)
    if size == 0:
        path.unlink(missing_ok=True)
        raise Problem(422, "The uploaded file is empty.", type_="empty-document")
    return Upload(source=source if isinstance(source, str) and source else f"upload:{name}", path=path)


# ingest.readers.ReadError kinds → HTTP status (anything else a reader refuses is 422)
_KIND_STATUS = {"unsupported": 415, "binary": 415, "encoding": 415, "legacy_encoding": 415, "too_large": 413}


def _reader_problem(exc: Exception) -> Problem:
    """An ingest reader's refusal (empty, binary, legacy encoding, no text layer) as 413/415/422,
    carrying the reader's message."""
    kind = getattr(exc, "kind", None) or re.sub(r"(?<!^)(?=[A-Z])", "_", type(exc).__name__).lower()
    status = _KIND_STATUS.get(kind, 422)
    return Problem(status, str(exc) or kind, type_=kind.replace("_", "-"))


def _is_reader_error(exc: Exception) -> bool:
    return type(exc).__module__.startswith("ingest") or isinstance(exc, UnicodeDecodeError | ValueError)


def _extract(upload: Upload) -> Any:
    import ingest

    try:
        if upload.text is not None:
            return ingest.extract_text(upload.text, source=upload.source)
        assert upload.path is not None
        result = ingest.extract_file(upload.path)
        result.source = upload.source  # the client's name for it, not the temporary copy's
        return result
    except Exception as exc:
        if _is_reader_error(exc):
            raise _reader_problem(exc) from exc
        raise


def _ingest(store: Store, upload: Upload) -> tuple[str, str]:
    from graph.build import contribution

    try:
        result = _extract(upload)
    finally:
        if upload.path is not None:
            upload.path.unlink(missing_ok=True)
    if not result.text.strip():
        raise Problem(422, "No text could be read from the document.", type_="empty-document")
    contrib = contribution(result)
    status = store.write(contrib)
    return status, contrib.report_id


async def ingest_upload(store: Store, upload: Upload) -> tuple[str, str]:
    """Extract and write the upload; returns (status, report id)."""
    return await run_in_threadpool(_ingest, store, upload)
