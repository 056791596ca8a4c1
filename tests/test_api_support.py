"""Helpers for the API tests (no tests here): settings, the stores the API is tested against, and a
stand-in store used only until `graph.embedded.EmbeddedStore` is available."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from types import SimpleNamespace
from typing import Any

from unidecode import unidecode

from graph.records import Contribution
from graph.store import StoreUnavailable

API_KEY = "test-key-\u00e9"  # non-ASCII on purpose: compared as bytes
ASCII_KEY = "test-key-123"


def make_settings(**overrides: Any) -> SimpleNamespace:
    base = {
        "store": "embedded",
        "data_dir": None,
        "neo4j_uri": None,
        "neo4j_user": None,
        "neo4j_password": None,
        "neo4j_database": None,
        "api_key": ASCII_KEY,
        "read_api_key_required": False,
        "max_upload_mb": 1,
        "cors_origins": ["http://localhost:5173"],
    }
    base.update(overrides)
    return SimpleNamespace(**base)


def _fold(s: str | None) -> str:
    return unidecode(unicodedata.normalize("NFC", s or "")).casefold()


class DeadStore:
    """A store whose database is gone: every call raises StoreUnavailable, health says so."""

    def health(self) -> dict[str, Any]:
        return {"ok": False, "store": "neo4j", "detail": "connection refused"}

    def close(self) -> None:
        pass

    def __getattr__(self, name: str) -> Any:
        def fail(*args: Any, **kwargs: Any) -> Any:
            raise StoreUnavailable("connection refused")

        return fail


class MemoryStore:
    """A plain-dict store over Contributions, following graph/store.py's documented shapes."""

    def __init__(self) -> None:
        self.contribs: dict[str, Contribution] = {}

    # lifecycle / writes
    def close(self) -> None:
        pass

    def health(self) -> dict[str, Any]:
        return {"ok": True, "store": "memory", "detail": f"{len(self.contribs)} reports"}

    def write(self, c: Contribution) -> str:
        for key, old in list(self.contribs.items()):
            if old.source == c.source or key == c.report_key:
                if old.sha256 == c.sha256:
                    return "unchanged"
                del self.contribs[key]
                self.contribs[c.report_key] = c
                return "replaced"
        self.contribs[c.report_key] = c
        return "added"

    def write_many(self, contributions: list[Contribution]) -> list[str]:
        return [self.write(c) for c in contributions]

    def remove(self, report: str) -> bool:
        for key, c in list(self.contribs.items()):
            if report in (c.report_id, c.report_key, c.source, c.sha256):
                del self.contribs[key]
                return True
        return False

    def report_hashes(self) -> dict[str, str]:
        return {c.source: c.sha256 for c in self.contribs.values()}

    # helpers
    def _docs(self) -> dict[str, Any]:
        docs: dict[str, Any] = {}
        for c in self.contribs.values():
            for d in [c.report, *c.documents]:
                docs.setdefault(d.id, d)
        return docs

    def _doc_dict(self, d: Any) -> dict[str, Any]:
        return {k: getattr(d, k) for k in ("key", "id", "doc_type", "number_symbol", "year", "date", "issuer",
                                           "province", "title", "name", "resolved", "is_report", "flags",
                                           "dates_seen")}

    def _by_key(self) -> dict[str, Any]:
        return {d.key: d for d in self._docs().values()}

    def _provinces(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for c in self.contribs.values():
            for p in c.provinces:
                out.setdefault(p.key, p)
        return out

    # reads
    def stats(self) -> dict[str, int]:
        docs = self._docs()
        return {
            "documents": sum(1 for d in docs.values() if not d.is_report),
            "reports": len(self.contribs),
            "unresolved": sum(1 for d in docs.values() if not d.resolved),
            "bodies": len({b.key for c in self.contribs.values() for b in c.bodies}),
            "provinces": len(self._provinces()),
            "mentions": sum(len(c.mentions) for c in self.contribs.values()),
            "relations": sum(len(c.relations) for c in self.contribs.values()),
        }

    def get_document(self, doc_id: str) -> dict[str, Any] | None:
        d = self._docs().get(doc_id)
        if d is None:
            return None
        out = self._doc_dict(d)
        bodies = {b.key: b for c in self.contribs.values() for b in c.bodies}
        issuer_key = next((b for c in self.contribs.values() for dk, b in c.issued_by if dk == d.key), None)
        b = bodies.get(issuer_key) if issuer_key else None
        out["issuer"] = {"id": b.id, "key": b.key, "name": b.name} if b else None
        out["cited_by"] = len(self.citations(doc_id, "in"))
        out["cites"] = len(self.citations(doc_id, "out"))
        return out

    def find_by_symbol(self, number_symbol: str) -> list[dict[str, Any]]:
        return sorted((self._doc_dict(d) for d in self._docs().values()
                       if (d.number_symbol or "").casefold() == number_symbol.casefold()), key=lambda x: x["id"])

    def search_documents(self, q=None, doc_type=None, issuer=None, year=None, after=None, limit=50):
        out = []
        for d in sorted(self._docs().values(), key=lambda d: d.id):
            if after is not None and d.id <= after:
                continue
            hay = " ".join(_fold(x) for x in (d.number_symbol, d.title, d.name))
            if q and _fold(q) not in hay:
                continue
            if doc_type and _fold(doc_type) != _fold(d.doc_type):
                continue
            if issuer and _fold(issuer) not in _fold(d.issuer):
                continue
            if year and d.year != year:
                continue
            out.append(self._doc_dict(d))
            if len(out) >= limit:
                break
        return out

    def implementers(self, doc_id, level="province", since=None, until=None):
        target = self._docs().get(doc_id)
        if target is None:
            return []
        groups: dict[str, dict[str, Any]] = {}
        for c in self.contribs.values():
            date = c.report.date or ""
            if (since and date < since) or (until and date[: len(until)] > until):
                continue
            rels = sorted({r.type.lower() for r in c.relations
                           if r.target_key == target.key and r.source_key == c.report_key
                           and r.type in ("IMPLEMENTS", "REPORTS_ON", "RESPONDS_TO")})
            if not rels:
                continue
            if level == "province":
                p = self._provinces().get(c.report.province or "")
                group = {"id": p.id, "key": p.key, "name": p.name, "era": p.era} if p else {"id": "?", "name": "?"}
            else:
                body_key = next((b for dk, b in c.issued_by if dk == c.report_key), None)
                b = next((x for x in c.bodies if x.key == body_key), None)
                group = {"id": b.id, "key": b.key, "name": b.name} if b else {"id": "?", "name": "?"}
            ev = [{"sentence": m.sentence, "start": m.start, "end": m.end, "text": m.text, "relation": m.relation,
                   "report_id": c.report_id} for m in c.mentions if m.target_key == target.key]
            entry = groups.setdefault(group["id"], {"group": group, "reports": []})
            entry["reports"].append({"report": self._doc_dict(c.report), "relations": rels, "evidence": ev})
        return sorted(groups.values(), key=lambda g: g["group"]["name"])

    def citations(self, doc_id, direction="in", relation=None):
        by_key = self._by_key()
        d = self._docs().get(doc_id)
        if d is None:
            return []
        counts: dict[tuple[str, str], int] = {}
        for c in self.contribs.values():
            for r in c.relations:
                rel = r.type.lower()
                if relation and rel != relation:
                    continue
                if direction == "in" and r.target_key == d.key:
                    counts[(r.source_key, rel)] = counts.get((r.source_key, rel), 0) + 1
                if direction == "out" and r.source_key == d.key:
                    counts[(r.target_key, rel)] = counts.get((r.target_key, rel), 0) + 1
        rows = [{"document": self._doc_dict(by_key[k]), "relation": rel, "count": n} for (k, rel), n in counts.items()]
        return sorted(rows, key=lambda r: r["document"]["id"])

    def chain(self, doc_id, direction="up", depth=3, limit=200):
        paths = []
        start = self._docs().get(doc_id)
        if start is None:
            return []
        frontier = [([self._doc_dict(start)], [])]
        for _ in range(depth):
            nxt = []
            for nodes, rels in frontier:
                for row in self.citations(nodes[-1]["id"], "out" if direction == "up" else "in"):
                    if any(n["id"] == row["document"]["id"] for n in nodes):
                        continue
                    p = ([*nodes, row["document"]], [*rels, row["relation"]])
                    paths.append({"nodes": p[0], "relations": p[1]})
                    nxt.append(p)
                    if len(paths) >= limit:
                        return paths
            frontier = nxt
        return paths

    def provinces(self):
        provs = self._provinces()
        out = []
        for p in sorted(provs.values(), key=lambda p: p.id):
            preds = [q.key for q in provs.values() if q.successor == p.key and q.key != p.key]
            out.append({"id": p.id, "key": p.key, "name": p.name, "era": p.era, "successor": p.successor,
                        "predecessors": preds})
        return out

    def province_documents(self, province_id, relation=None):
        provs = self._provinces()
        units = {k for k, p in provs.items() if p.id == province_id or p.successor == province_id}
        rows: dict[str, dict[str, Any]] = {}
        by_key = self._by_key()
        for c in self.contribs.values():
            if c.report.province not in units:
                continue
            for r in c.relations:
                rel = r.type.lower()
                if r.source_key != c.report_key or (relation and rel != relation):
                    continue
                d = by_key[r.target_key]
                row = rows.setdefault(d.id, {"document": self._doc_dict(d), "relations": set(), "reports": {}})
                row["relations"].add(rel)
                row["reports"][c.report_id] = self._doc_dict(c.report)
        return [{"document": r["document"], "relations": sorted(r["relations"]), "reports": list(r["reports"].values())}
                for _, r in sorted(rows.items())]

    def _contrib(self, report_id: str) -> Contribution | None:
        return next((c for c in self.contribs.values() if c.report_id == report_id), None)

    def get_report(self, report_id):
        c = self._contrib(report_id)
        if c is None:
            return None
        return {**c.report_meta, "id": c.report_id, "key": c.report_key, "source": c.source, "sha256": c.sha256,
                "province": c.report.province, "number_symbol": c.report.number_symbol}

    def report_references(self, report_id):
        c = self._contrib(report_id)
        return None if c is None else [dict(r) for r in c.references]

    def report_text(self, report_id):
        c = self._contrib(report_id)
        return None if c is None else c.text

    def iter_nodes(self) -> Iterator[tuple[str, str, dict[str, Any]]]:
        return iter(())

    def iter_edges(self) -> Iterator[tuple[str, str, str, dict[str, Any]]]:
        return iter(())


def _sample_contribution(n: int, province: tuple[str, str, str, str | None], symbol: str, date: str,
                         cites: list[tuple[str, str, str, int | None, str, str]]) -> Contribution:
    """A small hand-made report contribution: `cites` = (key, number_symbol, doc_type, year, issuer, relation)."""
    from graph.records import BodyNode, DocRelation, DocumentNode, Mention, ProvinceNode

    pkey, pname, era, successor = province
    rkey = f"BC:{n}:{date[:4]}:{pkey}"
    rid = rkey.replace(":", "-").lower()
    text_parts, mentions, refs, docs, rels = [], [], [], [], []
    pos = 0
    for i, (key, ns, dtype, year, issuer, rel) in enumerate(cites):
        sentence = f"Thực hiện {dtype} số {ns} của {issuer}, tỉnh {pname} đã triển khai."
        start = pos + len("Thực hiện ")
        end = start + len(f"{dtype} số {ns}")
        text_parts.append(sentence)
        docs.append(DocumentNode(key=key, id=key.replace(":", "-").lower(), doc_type=dtype, number_symbol=ns,
                                 year=year, issuer=issuer))
        mentions.append(Mention(report_key=rkey, target_key=key, index=i, start=start, end=end,
                                text=f"{dtype} số {ns}", sentence=sentence, sentence_start=pos, relation=rel,
                                kind="full"))
        refs.append({"start": start, "end": end, "text": f"{dtype} số {ns}", "doc_type": dtype, "number_symbol": ns,
                     "relation": rel, "kind": "full", "target_id": key.replace(":", "-").lower()})
        rels.append(DocRelation(source_key=rkey, type=rel.upper(), target_key=key, mention_index=i))
        pos += len(sentence) + 1
    text = " ".join(text_parts) + " <script>alert(1)</script>"
    report = DocumentNode(key=rkey, id=rid, doc_type="Báo cáo", number_symbol=symbol, year=int(date[:4]), date=date,
                          province=pkey, is_report=True, title=f"Báo cáo của {pname}")
    body = BodyNode(key=f"ubnd:{pkey}", id=f"ubnd-{pkey}", name=f"Ủy ban nhân dân tỉnh {pname}", province=pkey)
    provs = [ProvinceNode(key=pkey, id=pkey, name=pname, era=era, successor=successor)]
    if successor and successor != pkey:
        provs.append(ProvinceNode(key=successor, id=successor, name=successor.replace("-", " ").title(),
                                  era="both", successor=None))
    return Contribution(report_key=rkey, report_id=rid, source=f"sample-{n}.txt", sha256=f"{n:064d}", text=text,
                        report=report, documents=docs, bodies=[body], provinces=provs, mentions=mentions,
                        relations=rels, issued_by=[(rkey, body.key)], located_in=[(body.key, pkey)], sent_to=[],
                        report_meta={"doc_type": "Báo cáo", "number_symbol": symbol, "date": date,
                                     "province": pname, "title": f"Báo cáo của {pname}"},
                        references=refs)


CT33 = ("CT-TTg:33:2021", "33/CT-TTg", "Chỉ thị", 2021, "Thủ tướng Chính phủ")
ND04 = ("NĐ-CP:04:2015", "04/2015/NĐ-CP", "Nghị định", 2015, "Chính phủ")
KL114 = ("KL-TW:114:2014", "114-KL/TW", "Kết luận", 2014, "Ban Bí thư")


def sample_contributions() -> list[Contribution]:
    return [
        _sample_contribution(529, ("an-giang", "An Giang", "both", None), "529/BC-UBND", "2024-05-24",
                             [(*CT33, "implements"), (*ND04, "implements")]),
        _sample_contribution(876, ("quang-ngai", "Quảng Ngãi", "both", None), "876/BC-VP", "2021-06-07",
                             [(*ND04, "implements")]),
        _sample_contribution(1, ("bac-giang", "Bắc Giang", "pre-2025", "bac-ninh"), "/BC-SNV", "2020-07",
                             [(*KL114, "reports_on")]),
    ]


EXAMPLES = __import__("pathlib").Path(__file__).resolve().parent.parent / "examples"


def pipeline_ready() -> bool:
    """True once the real ingest pipeline and contribution builder are on main."""
    try:
        import ingest
        from graph.build import contribution  # noqa: F401
    except ImportError:
        return False
    return hasattr(ingest, "extract_file") and hasattr(ingest, "extract_text")


def corpus_contributions() -> list[Contribution]:
    """The four example reports through the real pipeline (hand-made equivalents until it lands)."""
    if not pipeline_ready():
        return sample_contributions()
    import ingest
    from graph.build import contribution

    return [contribution(ingest.extract_file(p)) for p in sorted(EXAMPLES.glob("*.txt"))]


def embedded_store(data_dir: Any) -> Any:
    """The real embedded store in `data_dir` (the stand-in until graph.embedded lands)."""
    try:
        from graph.open import open_store
    except ImportError:
        try:
            from graph.embedded import EmbeddedStore
        except ImportError:
            return MemoryStore()
        return EmbeddedStore(data_dir)
    return open_store("embedded", data_dir=data_dir)
