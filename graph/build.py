"""ExtractionResult → Contribution: what one report adds to the graph (pure, no store access).

Keys come from `graph.identity` (document-level resolution only); partial keys stay partial here and
are resolved corpus-wide at read time (`graph.resolve`). Evidence: one `Mention` per reference.
"""

from __future__ import annotations

import json
import re
import sys
from functools import cache, lru_cache
from importlib import resources

from graph.identity import (
    KeyInfo,
    fold,
    issuer_name,
    issuer_scope,
    key_id,
    parse_symbol,
    province_key,
    provinces,
    reference_keys,
    report_key,
    slug,
)
from graph.merge import DOC_FIELDS
from graph.records import BodyNode, Contribution, DocRelation, DocumentNode, Mention, ProvinceNode
from ingest import gazetteer
from ingest.models import ExtractionResult, Reference

REPORT_RELATIONS = {"implements", "reports_on", "responds_to", "guides", "amends", "replaces", "based_on"}
_SENTENCE_END = re.compile(r"[.;:!?]\s|\n")
_MAX_SENTENCE = 600


@cache
def _local_prefixes() -> tuple[str, ...]:
    with resources.files("graph.data").joinpath("bodies.json").open(encoding="utf-8") as fh:
        return tuple(json.load(fh)["local_prefixes"])


@lru_cache(maxsize=1 << 14)
def body_key(code: str | None, name: str | None, province: str | None) -> str | None:
    """Canonical key of a body: from its issuer code when known ("ubnd" → "uy-ban-nhan-dan:an-giang"),
    else from its name; local bodies carry their province."""
    base = slug(issuer_name(code) or code) if code else (slug(name) if name else "")
    if not base:
        return None
    local = issuer_scope(code) == "local" if code else fold(name or "").startswith(_local_prefixes())
    if local:
        return f"{base}:{province}" if province else None
    return base


def _body_name(code: str | None, name: str | None, province: str | None) -> str | None:
    """The name a body node shows: the body its issuer code names (its key comes from the code), not
    how one mention wrote its issuer ("Chủ tịch …", "Ban Thường vụ Tỉnh ủy …" for the TU code, the
    joint issuers of a joint code); the mention's words only when the code names no known body."""
    base = issuer_name(code) if code else None
    if code and issuer_scope(code) == "local":
        if not province:
            return name or base
        body = gazetteer.local_body(code, province)
        return body["name"] if body else (name or f"{base or code} {province_node(province).name}")
    if base is None and name and province:  # a recipient named without a code: "Ban Dân vận Tỉnh ủy"
        body = gazetteer.body_by_name(name)
        if body is not None and body.get("level") == "provincial" and body.get("province") is None:
            body = gazetteer.local_body_in(body["pattern"], province)
        if body is not None and body.get("province") in (None, province):
            return body["name"]
    return base or name


def province_node(key: str, name: str | None = None) -> ProvinceNode:
    rec = provinces().get(key)
    if rec is None:
        return ProvinceNode(key, key, name or key, "unknown", None)
    return ProvinceNode(key, key, rec["name"], rec.get("era", "pre-2025"), rec.get("successor"))


def _sentence(text: str, ref: Reference) -> tuple[int, int]:
    if ref.sentence is not None:
        return ref.sentence[0], ref.sentence[1]
    lo = max(0, ref.start - _MAX_SENTENCE)
    starts = [m.end() for m in _SENTENCE_END.finditer(text, lo, ref.start)]
    s = starts[-1] if starts else lo
    m = _SENTENCE_END.search(text, ref.end, min(len(text), ref.end + _MAX_SENTENCE))
    e = m.start() + 1 if m else min(len(text), ref.end + _MAX_SENTENCE)
    return s, e


def _doc_node(info: KeyInfo, ref: Reference | None, issuer_key: str | None) -> DocumentNode:
    flags = list(info.flags)
    if ref is not None and ref.repairs:
        flags.append("repaired")
    return DocumentNode(
        key=info.key,
        id=info.id,
        doc_type=info.doc_type,
        number_symbol=info.number_symbol,
        year=info.year,
        date=info.date,
        issuer=(ref.issuer if ref else None) or issuer_name(info.issuer_code),
        issuer_key=issuer_key,
        province=info.province,
        title=ref.subject if ref else None,
        name=ref.name if ref else None,
        resolved=info.resolved,
        flags=sorted(set(flags)),
        dates_seen=[info.date] if info.date else [],
    )


def _merge_into(node: DocumentNode, other: DocumentNode) -> None:
    for attr in DOC_FIELDS:
        if getattr(node, attr) is None:
            setattr(node, attr, getattr(other, attr))
    node.flags = sorted(set(node.flags) | set(other.flags))
    node.dates_seen = sorted(set(node.dates_seen) | set(other.dates_seen))
    if len({d for d in node.dates_seen if len(d) == 10}) > 1 and "conflicting_dates" not in node.flags:
        node.flags = sorted([*node.flags, "conflicting_dates"])


def contribution(result: ExtractionResult) -> Contribution:
    """Everything `result` (one ingested report) contributes to the graph."""
    meta = result.document
    own = report_key(result)
    own_province = province_key(meta.province)
    infos = reference_keys(result)
    version = sys.intern(result.extractor_version or "")

    bodies: dict[str, BodyNode] = {}
    prov_names: dict[str, str | None] = {}
    issued_by: set[tuple[str, str]] = set()
    located_in: set[tuple[str, str]] = set()

    def add_body(code: str | None, name: str | None, province: str | None) -> str | None:
        key = body_key(code, name, province)
        if key is None:
            return None
        if key not in bodies:
            display = _body_name(code, name, province) or key
            bodies[key] = BodyNode(key, key_id(key), display, code, province if ":" in key else None)
            if ":" in key and province:
                located_in.add((key, province))
                prov_names.setdefault(province, None)
        return key

    # the report itself
    symbol_code = None
    ps = parse_symbol(meta.number_symbol) or (parse_symbol(f"0/{meta.symbol}") if meta.symbol else None)
    if ps is not None:
        symbol_code = ps.issuer_code
    report_body = add_body(symbol_code, meta.issuer, own_province) if (symbol_code or meta.issuer) else None
    report = DocumentNode(
        key=own.key,
        id=own.id,
        doc_type=meta.doc_type or own.doc_type,
        number_symbol=meta.number_symbol,
        year=own.year,
        date=meta.date,
        issuer=meta.issuer,
        issuer_key=report_body,
        province=own_province,
        title=meta.title,
        resolved=True,
        is_report=True,
        flags=sorted(set(own.flags)),
        dates_seen=[meta.date] if meta.date else [],
        props={"source": result.source, "kind": meta.kind},
    )
    if own_province:
        prov_names.setdefault(own_province, meta.province)
    if report_body:
        issued_by.add((own.key, report_body))

    # cited documents
    documents: dict[str, DocumentNode] = {}
    for ref, info in zip(result.references, infos, strict=True):
        if info.key == own.key:
            continue
        if info.province:
            prov_names.setdefault(info.province, ref.issuer_province)
        ikey = add_body(info.issuer_code, ref.issuer, info.province) if info.issuer_code else None
        node = _doc_node(info, ref, ikey)
        if info.key in documents:
            _merge_into(documents[info.key], node)
        else:
            documents[info.key] = node
        if ikey:
            issued_by.add((info.key, ikey))

    mentions: list[Mention] = []
    relations: dict[tuple[str, str, str], DocRelation] = {}
    for i, (ref, info) in enumerate(zip(result.references, infos, strict=True)):
        s, e = _sentence(result.text, ref)
        mentions.append(
            Mention(
                report_key=own.key,
                target_key=info.key,
                index=i,
                start=ref.start,
                end=ref.end,
                text=ref.text,
                sentence=result.text[s:e],
                sentence_start=s,
                relation=ref.relation,
                kind=ref.kind,
                pinpoint=ref.pinpoint,
                confidence=ref.confidence,
                extractor_version=version,
            )
        )
        if ref.relation in REPORT_RELATIONS and info.key != own.key:
            source = own.key
            if ref.relation_source is not None and 0 <= ref.relation_source < len(infos):
                source = infos[ref.relation_source].key
            if source != info.key:
                relations.setdefault(
                    (source, ref.relation.upper(), info.key),
                    DocRelation(source, ref.relation.upper(), info.key, i),
                )
    for indexes, rel in ((meta.responds_to, "RESPONDS_TO"), (meta.subjects, "REPORTS_ON")):
        for i in indexes:
            if 0 <= i < len(infos) and infos[i].key != own.key:
                relations.setdefault((own.key, rel, infos[i].key), DocRelation(own.key, rel, infos[i].key, i))

    sent_to = set()
    for name in meta.recipients:
        bkey = add_body(None, name.strip(" -+;.:"), own_province)
        if bkey:
            sent_to.add((own.key, bkey))

    for k in list(prov_names):  # successors are nodes too (SUCCEEDED_BY needs both ends)
        successor = province_node(k).successor
        if successor:
            prov_names.setdefault(successor, None)
    province_nodes = [province_node(k, n) for k, n in sorted(prov_names.items())]
    references = []
    for ref, info in zip(result.references, infos, strict=True):
        d = ref.to_dict()
        d["target_key"], d["target_id"] = info.key, info.id
        references.append(d)
    return Contribution(
        report_key=own.key,
        report_id=own.id,
        source=result.source,
        sha256=result.sha256,
        text=result.text,
        report=report,
        documents=[documents[k] for k in sorted(documents)],
        bodies=[bodies[k] for k in sorted(bodies)],
        provinces=province_nodes,
        mentions=mentions,
        relations=[relations[k] for k in sorted(relations)],
        issued_by=sorted(issued_by),
        located_in=sorted(located_in),
        sent_to=sorted(sent_to),
        report_meta=meta.to_dict(),
        references=references,
    )
