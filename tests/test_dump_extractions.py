"""scripts/dump_extractions.py: the safety net for refactors lists every annotated document and writes
what the extractor makes of it without the fields that differ between checkouts."""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import dump_extractions  # noqa: E402


def test_inputs_are_the_examples_and_every_sets_texts_and_real_files():
    names = {p.relative_to(ROOT).as_posix() for p in dump_extractions.inputs()}
    assert {p.relative_to(ROOT).as_posix() for p in (ROOT / "examples").glob("*.txt")} <= names
    assert any(n.startswith("tests/holdout3/") and n.endswith(".pdf") for n in names)
    assert any(n.startswith("tests/holdout27/") and n.endswith(".txt") for n in names)
    assert not any(".extracted" in n or n.endswith("README.md") for n in names)


def test_a_dump_leaves_out_the_path_and_the_code_hash(tmp_path, monkeypatch):
    example = sorted((ROOT / "examples").glob("*.txt"))[0]
    monkeypatch.setattr(dump_extractions, "inputs", lambda: [example])
    assert dump_extractions.main([str(tmp_path)]) == 0
    dumped = json.loads((tmp_path / "examples" / (example.name + ".json")).read_text(encoding="utf-8"))
    assert "source" not in dumped and "extractor_version" not in dumped
    assert dumped["document"]["number_symbol"] and dumped["references"]
