"""The implementation matrix: documents × provinces, each cell the reports that implement, report on
or respond to the document, and the gaps — provinces with no such report in the period.

Columns are the 63 units before 1 July 2025 (`era=old`, reports counted where they were written) or
the 34 after (`era=new`, an old unit's reports counted under the unit it became part of).
"""

from __future__ import annotations

import csv
import hashlib
import io
import threading
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel, Field, field_validator

from api.deps import StoreDep
from api.routes.documents import province_lookup
from api.schemas import DocumentSummary, ProvinceRef, ReportSummary
from api.shape import document_summary, province_ref, report_summary
from graph.store import Store
from ingest import gazetteer
from ingest.gazetteer import fold

router = APIRouter(tags=["matrix"])

DATE = r"^(\d{4}-\d{2}-\d{2})?$"  # empty: no bound (HTML forms send it)
SCAN_PAGE = 200  # documents read per search page while looking for implemented ones
MAX_SCAN = 5000  # documents looked at, at most, for one matrix
CACHE_SIZE = 16  # matrices kept per app (each keyed by its parameters and the stored reports)
CELL_FIELDS = ("id", "doc_type", "number_symbol", "date", "title", "source", "href")
_build_lock = threading.Lock()


class MatrixQuery(BaseModel):
    """The query parameters of /matrix and /matrix.csv; an empty string (HTML forms send it) is None."""

    era: Literal["old", "new"] = Field(
        "old", description="old: the 63 units before 1 July 2025; new: the 34 after"
    )
    since: str | None = Field(None, pattern=DATE, description="ISO date, inclusive (report date)")
    until: str | None = Field(None, pattern=DATE, description="ISO date, inclusive (report date)")
    doc_type: str | None = Field(None, max_length=100, description='e.g. "Chỉ thị"')
    limit: int = Field(30, ge=1, le=200, description="most-implemented documents shown")

    @field_validator("since", "until", "doc_type", mode="after")
    @classmethod
    def _empty_is_none(cls, value: str | None) -> str | None:
        return value or None


class MatrixCell(BaseModel):
    document_id: str
    province_id: str
    reports: list[ReportSummary]


class Matrix(BaseModel):
    era: Literal["old", "new"]
    since: str | None
    until: str | None
    provinces: list[ProvinceRef]
    documents: list[DocumentSummary]
    cells: list[MatrixCell]
    gaps: int


def _columns(index: dict[str, dict[str, Any]], era: str) -> list[dict[str, Any]]:
    """Every unit of the era (from the gazetteer, so provinces with no report show as gaps)."""
    wanted = ("pre-2025", "both") if era == "old" else ("post-2025", "both")
    seen: dict[str, dict[str, Any]] = {}
    for p in [*gazetteer.provinces(), *index.values()]:
        if p.get("era") in wanted:
            stored = index.get(p["key"]) or {}
            seen[p["key"]] = {**p, "id": stored.get("id") or p.get("id") or p["key"]}
    return sorted(seen.values(), key=lambda p: fold(p.get("name") or p["key"]))


def _unit(group: dict[str, Any], index: dict[str, dict[str, Any]], era: str) -> dict[str, Any] | None:
    """The column a report group falls in (the successor for `era=new`)."""
    key = group.get("key") or group.get("id") or ""
    province = index.get(key) or gazetteer.province(key)
    if province is None:
        return None
    if era == "new" and province.get("era") == "pre-2025":
        successor = province.get("successor")
        successor_key = successor.get("key") if isinstance(successor, dict) else successor
        province = index.get(successor_key or "") or gazetteer.province(successor_key or "")
        if province is None:
            return None
    return {**province, "id": province.get("id") or province["key"]}


def _in_period(report: dict[str, Any], since: str | None, until: str | None) -> bool:
    """Whether the report falls in the period (undated reports only count when no period is set)."""
    if not since and not until:
        return True
    date = report.get("date") or ""
    return bool(date) and (not since or date >= since) and (not until or date <= until)


def report_label(report: dict[str, Any]) -> str:
    """How a report is named in a cell: type + number/symbol, else its title or source file."""
    if report.get("number_symbol"):
        label = f"{report.get('doc_type') or ''} {report['number_symbol']}".strip()
    else:
        label = report.get("title") or (report.get("source") or "").rsplit("/", 1)[-1] or report["id"]
    return f"{label} ({report['date']})" if report.get("date") else label


def build_matrix(
    store: Store,
    index: dict[str, dict[str, Any]],
    era: str,
    since: str | None,
    until: str | None,
    doc_type: str | None,
    limit: int,
) -> dict[str, Any]:
    """Rows: documents some report implements / reports on / responds to (at any time), most
    reported first; cells: the reports of each unit in the period; every other cell is a gap."""
    columns = _columns(index, era)
    column_ids = {p["id"] for p in columns}
    rows: list[tuple[dict[str, Any], dict[str, list[dict[str, Any]]], int]] = []
    after: str | None = None
    scanned = 0
    while scanned < MAX_SCAN:
        page = store.search_documents(doc_type=doc_type or None, after=after, limit=SCAN_PAGE)
        if not page:
            break
        for doc in page:
            if doc.get("is_report"):
                continue
            groups = store.implementers(doc["id"], level="province")
            if not groups:
                continue
            cells: dict[str, list[dict[str, Any]]] = {}
            for g in groups:
                unit = _unit(g.get("group") or {}, index, era)
                if unit is None or unit["id"] not in column_ids:
                    continue
                for r in g.get("reports") or []:
                    full = report_summary(r["report"])
                    report = {k: full.get(k) for k in CELL_FIELDS}
                    if _in_period(report, since, until):
                        cell = cells.setdefault(unit["id"], [])
                        if all(x["id"] != report["id"] for x in cell):
                            cell.append(report)
            rows.append((doc, cells, len(groups)))
        scanned += len(page)
        after = page[-1]["id"]
        if len(page) < SCAN_PAGE:
            break
    rows.sort(key=lambda row: (-len(row[1]), -row[2], row[0]["id"]))
    rows = rows[:limit]
    cells_out = [
        {"document_id": doc["id"], "province_id": pid, "reports": reports}
        for doc, cells, _ in rows
        for pid, reports in sorted(cells.items())
    ]
    return {
        "era": era,
        "since": since,
        "until": until,
        "provinces": [province_ref(p) for p in columns],
        "documents": [document_summary(doc) for doc, _, _ in rows],
        "cells": cells_out,
        "gaps": len(rows) * len(columns) - len(cells_out),
    }


def store_version(store: Store) -> str:
    """Changes whenever a report is added, replaced or removed (also by another process)."""
    digest = hashlib.sha256()
    for source, sha in sorted(store.report_hashes().items()):
        digest.update(f"{source}\0{sha}\n".encode())
    return digest.hexdigest()


def cached_matrix(request: Request, store: Store, q: MatrixQuery) -> dict[str, Any]:
    """build_matrix, kept on the app for the stored reports it was built from: building scans every
    document, a lookup only lists the reports' hashes."""
    key = (q.era, q.since, q.until, q.doc_type, q.limit, store_version(store))
    cache: dict[tuple[Any, ...], dict[str, Any]] = request.app.state.cache.setdefault("matrix", {})
    hit = cache.get(key)
    if hit is not None:
        return hit
    with _build_lock:  # one build at a time: concurrent requests for the same matrix wait for it
        hit = cache.get(key)
        if hit is None:
            hit = build_matrix(
                store, province_lookup(request, store), q.era, q.since, q.until, q.doc_type, q.limit
            )
            if len(cache) >= CACHE_SIZE:
                cache.pop(next(iter(cache)))
            cache[key] = hit
    return hit


@router.get("/matrix", response_model=Matrix)
def matrix(request: Request, store: StoreDep, q: Annotated[MatrixQuery, Query()]) -> dict[str, Any]:
    """Documents × provinces: who has reported on what in the period, and the gaps."""
    return cached_matrix(request, store, q)


@router.get(
    "/matrix.csv",
    response_class=Response,
    responses={200: {"content": {"text/csv": {}}, "description": "the matrix as CSV"}},
)
def matrix_csv(request: Request, store: StoreDep, q: Annotated[MatrixQuery, Query()]) -> Response:
    """The matrix as CSV (UTF-8 with a byte-order mark, so spreadsheet programs read the Vietnamese
    right): one row per document, one column per province, each cell the reports ("; "-separated);
    an empty cell is a gap. `reporting` counts the provinces with a report in the period."""
    m = cached_matrix(request, store, q)
    cells = {(c["document_id"], c["province_id"]): c["reports"] for c in m["cells"]}
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(
        [
            "document_id",
            "doc_type",
            "number_symbol",
            "title",
            "reporting",
            "gaps",
            *(p.get("name") or p["id"] for p in m["provinces"]),
        ]
    )
    for doc in m["documents"]:
        row = [cells.get((doc["id"], p["id"]), []) for p in m["provinces"]]
        reporting = sum(1 for reports in row if reports)
        writer.writerow(
            [
                doc["id"],
                doc.get("doc_type") or "",
                doc.get("number_symbol") or doc.get("name") or "",
                doc.get("title") or "",
                reporting,
                len(row) - reporting,
                *("; ".join(report_label(r) for r in reports) for reports in row),
            ]
        )
    suffix = "-".join(x for x in (q.era, q.since, q.until) if x)
    return Response(
        "\ufeff" + out.getvalue(),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="legalgraph-matrix-{suffix}.csv"'},
    )
