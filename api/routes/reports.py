"""Reports: metadata, references, text (plain or highlighted HTML), upload and removal."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Path, Query, Request, Response
from fastapi.responses import HTMLResponse, PlainTextResponse
from starlette.concurrency import run_in_threadpool

from api.deps import StoreDep, require_write_key, setting
from api.problems import not_found, problem_responses
from api.render import render_html
from api.schemas import IngestResult, Report, ReportReferences
from api.upload import ingest_upload, read_upload
from graph.store import Store

router = APIRouter(prefix="/reports", tags=["reports"])

ReportId = Annotated[str, Path(min_length=1, max_length=300, description="report id")]

_UPLOAD_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "required": ["file"],
                    "properties": {
                        "file": {
                            "type": "string",
                            "format": "binary",
                            "description": ".txt, .docx, .pdf, .html",
                        },
                        "source": {
                            "type": "string",
                            "description": "identity of the document (re-upload replaces)",
                        },
                    },
                }
            },
            "application/json": {
                "schema": {
                    "type": "object",
                    "required": ["text"],
                    "properties": {
                        "text": {"type": "string", "minLength": 1, "pattern": "\\S"},
                        "source": {"type": ["string", "null"]},
                    },
                }
            },
        },
    }
}


def _report(store: Store, report_id: str) -> dict[str, Any]:
    report = store.get_report(report_id)
    if report is None:
        raise not_found("report", report_id)
    return report


@router.get("/{report_id}", response_model=Report, responses=problem_responses(404))
def get_report(store: StoreDep, report_id: ReportId) -> dict[str, Any]:
    """The report's metadata: number/symbol, date, province, issuer, title, signer, source, sha256."""
    return _report(store, report_id)


@router.get("/{report_id}/references", response_model=ReportReferences, responses=problem_responses(404))
def report_references(store: StoreDep, report_id: ReportId) -> dict[str, Any]:
    """Every reference found in the report, in text order, with the document it resolved to."""
    refs = store.report_references(report_id)
    if refs is None:
        raise not_found("report", report_id)
    return {"report_id": report_id, "references": refs}


@router.get(
    "/{report_id}/text",
    response_class=Response,
    responses={
        200: {
            "description": "the text",
            "content": {
                "text/plain": {"schema": {"type": "string"}},
                "text/html": {"schema": {"type": "string"}},
            },
        },
        **problem_responses(404),
    },
)
def report_text(
    store: StoreDep,
    report_id: ReportId,
    format: Annotated[
        Literal["text", "html"], Query(description="html: references highlighted and linked")
    ] = "text",
) -> Response:
    """The report's text; as HTML every reference is highlighted and linked to its document."""
    text = store.report_text(report_id)
    if text is None:
        raise not_found("report", report_id)
    if format == "text":
        return PlainTextResponse(text)
    report = store.get_report(report_id) or {}
    refs = store.report_references(report_id) or []
    title = " ".join(str(report[k]) for k in ("number_symbol", "title") if report.get(k)) or report_id
    return HTMLResponse(render_html(text, refs, title=title))


@router.post(
    "",
    response_model=IngestResult,
    status_code=201,
    dependencies=[Depends(require_write_key)],
    openapi_extra=_UPLOAD_BODY,
    responses={
        200: {"model": IngestResult, "description": "the same document was already stored (unchanged)"},
        **problem_responses(401, 403, 413, 415),
    },
)
async def upload_report(request: Request, response: Response, store: StoreDep) -> dict[str, Any]:
    """Ingest one document (multipart `file`, or JSON `{"text", "source"}`) and return what was found.
    A document with the same `source` replaces the stored one; the same content is `unchanged`."""
    limit = int(float(setting(request.app.state.settings, "max_upload_mb", 20)) * 1024 * 1024)
    upload = await read_upload(request, limit)
    status, report_id = await ingest_upload(store, upload)
    request.app.state.cache.clear()
    request.app.state.answers.clear()
    if status == "unchanged":
        response.status_code = 200
    report, references = await run_in_threadpool(
        lambda: (store.get_report(report_id) or {"id": report_id}, store.report_references(report_id) or [])
    )
    return {"status": status, "report": report, "references": references}


@router.delete(
    "/{report_id}",
    status_code=204,
    response_class=Response,
    dependencies=[Depends(require_write_key)],
    responses=problem_responses(401, 403, 404),
)
def delete_report(request: Request, store: StoreDep, report_id: ReportId) -> Response:
    """Take the report and everything it contributed out of the graph."""
    if not store.remove(report_id):
        raise not_found("report", report_id)
    request.app.state.cache.clear()
    request.app.state.answers.clear()
    return Response(status_code=204)
