"""Turn the store's plain dicts into the API's response shapes (ids → links, issuer split out)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

CONFLICT_FLAGS = ("conflict",)  # a flag containing one of these marks conflicting data


@lru_cache(maxsize=256)
def _lower(value: str) -> str:
    return value.lower()


def relation_name(value: Any) -> str:
    """One spelling for relations in answers: lower snake case ("IMPLEMENTS" → "implements")."""
    return _lower(value) if isinstance(value, str) and value else "mentions"


def relation_names(values: Any) -> list[str]:
    return [relation_name(v) for v in values or []]


def document_summary(doc: dict[str, Any]) -> dict[str, Any]:
    out = dict(doc)
    issuer = out.get("issuer")
    if isinstance(issuer, dict):
        out["issuer_body"] = issuer
        out["issuer"] = issuer.get("name")
    out.setdefault("flags", [])
    out["flags"] = list(out["flags"] or [])
    if out.get("id"):
        out["href"] = f"/reports/{out['id']}" if out.get("is_report") else f"/documents/{out['id']}"
    return out


def document_detail(doc: dict[str, Any]) -> dict[str, Any]:
    out = document_summary(doc)
    flags = out["flags"]
    out["conflicts"] = [f for f in flags if any(c in f for c in CONFLICT_FLAGS)]
    out["repaired"] = any("repair" in f for f in flags)
    out["dates_seen"] = list(out.get("dates_seen") or [])
    out["cited_by"] = int(out.get("cited_by") or 0)
    out["cites"] = int(out.get("cites") or 0)
    return out


def report_summary(report: dict[str, Any]) -> dict[str, Any]:
    out = dict(report)
    issuer = out.get("issuer")
    if isinstance(issuer, dict):
        out["issuer"] = issuer.get("name")
    if out.get("id"):
        out["href"] = f"/reports/{out['id']}"
    return out


def province_ref(province: dict[str, Any] | None) -> dict[str, Any] | None:
    if not province:
        return None
    return {k: province.get(k) for k in ("id", "key", "name", "era") if k in province}


def province_index(provinces: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Provinces by id and by key (the store links successors by key)."""
    index: dict[str, dict[str, Any]] = {}
    for p in provinces:
        for field in ("id", "key"):
            if p.get(field):
                index[p[field]] = p
    return index


def province_full(province: dict[str, Any], index: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """A province with its successor and predecessors as references (either may be ids or dicts)."""
    out = dict(province)

    def ref(value: Any) -> dict[str, Any] | None:
        if isinstance(value, dict):
            return province_ref(value)
        if isinstance(value, str):
            return province_ref(index.get(value)) or {"id": value, "key": value}
        return None

    succ = out.get("successor")
    out["successor"] = ref(succ)
    out["predecessors"] = [r for r in (ref(p) for p in out.get("predecessors") or []) if r]
    if out["successor"] and out["successor"].get("id") == out.get("id"):
        out["successor"] = None
    return out
