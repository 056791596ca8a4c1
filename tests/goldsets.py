"""Shared checks of the hand-annotated sets (tests/gold, tests/holdout*; used by tests/test_holdout_sets.py
and the sets' own modules): the annotation is faithful to its text and follows tests/gold/README.md, and
the evaluation script scores it."""

from __future__ import annotations

import importlib.util
import itertools
import json
import re
import sys
import unicodedata
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

from ingest.models import KINDS, RELATIONS

ROOT = Path(__file__).resolve().parent.parent
DOC_TYPES = {
    "Án lệ",  # a precedent "Án lệ số 47/2021/AL" adopted by the Hội đồng Thẩm phán (holdout35; doc_types.json AL)
    "Báo cáo",
    "Biên bản",
    "Bộ luật",
    "Chỉ thị",
    "Chương trình",
    "Công điện",
    "Công văn",
    "Đề án",  # a numbered Đề án of its own ("Số: 05/ĐA-UBND", holdout26; ingest/data/doc_types.json)
    "Giấy mời",
    "Giấy phép",  # a permit or licence ("Giấy phép môi trường số …/GPMT-UBND", holdout37; doc_types.json)
    "Hiến pháp",
    "Hướng dẫn",
    "Kế hoạch",
    "Kết luận",
    "Luật",
    "Lệnh",
    "Nghị định",
    "Nghị quyết",
    "Pháp lệnh",
    "Phiếu chuyển",  # "Phiếu chuyển đơn số 112/PC-BTCD" of a Ban Tiếp công dân (holdout31; doc_types.json PC)
    "Quy chế",
    "Quy định",
    "Quyết định",
    "Thông tư",
    "Thông báo",
    "Thông tư liên tịch",
    "Tờ trình",
    "Văn bản hợp nhất",
}
# what a named mention may be: a law, or a Party resolution named by its congress or plenum
NAMED_TYPES = {"Luật", "Bộ luật", "Hiến pháp", "Pháp lệnh", "Nghị quyết"}
SYMBOL = re.compile(r"^\d+(/\d{4})?[/-][\wĐđ]+([/-][\wĐđ]+)*$")
ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def load(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def load_evaluate() -> ModuleType:
    """scripts/evaluate.py as a module (it is a script, not part of the package)."""
    name = "legalgraph_evaluate"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / "evaluate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def check_faithful(gold: dict[str, Any], text: str) -> None:
    """Every mention slices the text to its `text`, has valid fields and follows the span rules;
    mentions are sorted and disjoint; self mentions agree with the document's metadata."""
    for m in gold["mentions"]:
        assert text[m["start"] : m["end"]] == m["text"], m
        assert m["kind"] in KINDS and m["relation"] in RELATIONS and m["doc_type"] in DOC_TYPES, m
        assert m["date"] is None or ISO_DATE.match(m["date"]), m
        assert m["number_symbol"] is None or SYMBOL.match(m["number_symbol"]), m
        if m["kind"] in {"full", "short"}:
            # a blank-numbered draft's own header ("Số:   /KH-UBND") may be recorded as a self mention
            blank_self = m.get("self") and gold["document"].get("number_symbol") is None
            assert m["number_symbol"] or blank_self, m
        if m["kind"] == "named":
            assert m["doc_type"] in NAMED_TYPES, m
        flat = " ".join(m["text"].split())
        assert " ngày " not in flat, m  # the date is a field, not part of the span
        if m["doc_type"] not in {"Luật", "Bộ luật"}:  # a law's name may contain "của"
            assert " của " not in flat.removesuffix(" của Đảng"), m  # "… lần thứ XIII của Đảng": a name
    for a, b in itertools.pairwise(gold["mentions"]):
        assert a["end"] <= b["start"], (a["text"], b["text"])
    for m in (m for m in gold["mentions"] if m["self"]):
        assert m["number_symbol"] == gold["document"]["number_symbol"]


def nfc_text(gold_dir: Path, gold: dict[str, Any]) -> str:
    """The text a gold file annotates, NFC-normalised (what the offsets refer to)."""
    return unicodedata.normalize("NFC", (gold_dir / gold["file"]).read_text(encoding="utf-8"))


def check_set_complete(gold_dir: Path, sizes: range) -> None:
    """A held-out set of .txt documents: as many as `sizes` allows, each with its gold file, each
    3–15 KB."""
    texts = {p.name for p in gold_dir.glob("*.txt")}
    assert len(texts) in sizes, len(texts)
    assert texts == {load(p)["file"] for p in gold_dir.glob("*.json")}
    for name in texts:
        assert 3_000 <= (gold_dir / name).stat().st_size <= 15_000, name


@cache
def overall_scores(gold_dir: Path) -> dict[str, Any]:
    """scripts/evaluate.py's overall figures for a gold set, computed once per test session (several
    tests gate different figures of the same run)."""
    return load_evaluate().evaluate(gold_dir)["overall"]
