"""scripts/annotate_helper.py: gold files round-trip exactly through spec lines; snippets across line
breaks; --text for documents outside examples/."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GOLD_FILES = sorted((ROOT / "tests" / "gold").glob("*.json")) + sorted(
    (ROOT / "tests" / "holdout").glob("*.json")
)


def _load_helper():
    spec = importlib.util.spec_from_file_location(
        "legalgraph_annotate_helper", ROOT / "scripts" / "annotate_helper.py"
    )
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


ah = _load_helper()


def test_there_are_gold_files_in_both_sets():
    assert any(p.parent.name == "gold" for p in GOLD_FILES) and any(
        p.parent.name == "holdout" for p in GOLD_FILES
    )


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_spec_then_build_gives_the_gold_file_back_byte_for_byte(gold_path, tmp_path, capsys):
    assert ah.main(["spec", str(gold_path)]) == 0
    spec = tmp_path / "x.spec"
    spec.write_text(capsys.readouterr().out, encoding="utf-8")
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text_path = ah.gold_text_path(gold_path, gold)
    out = tmp_path / "out.json"
    assert ah.main(["build", str(spec), str(text_path), "--meta", str(gold_path), "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == gold_path.read_text(encoding="utf-8")


def test_spec_reads_a_document_given_with_text(tmp_path, capsys):
    gold_path = ROOT / "tests" / "holdout" / "pdf_qd_btc_van_thu.json"
    moved = tmp_path / "elsewhere.txt"
    moved.write_text(
        (ROOT / "tests" / "holdout" / "pdf_qd_btc_van_thu.txt").read_text(encoding="utf-8"), encoding="utf-8"
    )
    assert ah.main(["spec", str(gold_path), "--text", str(moved)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == len(json.loads(gold_path.read_text(encoding="utf-8"))["mentions"])
    # a mention across a line break is one spec line, the break written \n
    assert any(line.split(" | ")[1] == r"Nghị định số 30/2020/NĐ-\nCP" for line in lines)


def test_spec_without_the_document_is_a_clear_error(tmp_path, capsys):
    gold = tmp_path / "g.json"
    gold.write_text(json.dumps({"file": "nowhere.txt", "mentions": []}), encoding="utf-8")
    assert ah.main(["spec", str(gold)]) == 1
    assert "give --text" in capsys.readouterr().err


def test_find_across_a_line_break_with_text(tmp_path, capsys):
    text = "Căn cứ Nghị định số 30/2020/NĐ-\nCP ngày 05/3/2020;\nNghị định số 30/2020/NĐ-CP\n"
    doc = tmp_path / "doc.txt"
    doc.write_text(text, encoding="utf-8")
    assert ah.main(["find", r"30/2020/NĐ-\nCP", "--text", str(doc)]) == 0
    start, end, _ = capsys.readouterr().out.split(" ", 2)
    assert text[int(start) : int(end)] == "30/2020/NĐ-\nCP" and int(start) == text.index("30/")
    # the old form (FILE SNIPPET) still works; --line finds a snippet starting on that line
    assert ah.main(["find", str(doc), "Nghị định số", "--line", "3"]) == 0
    third = text.rindex("Nghị định số")
    assert capsys.readouterr().out.startswith(f"{third} {third + 12} ")
    assert ah.main(["find", str(doc), "Nghị định số", "--line", "2"]) == 1
    assert "not found in line 2" in capsys.readouterr().err


def test_build_a_spec_with_escapes(tmp_path, capsys):
    doc = tmp_path / "doc.txt"
    doc.write_text("a | Quyết\nđịnh số 12/QĐ-UB; Quyết định số 12/QĐ-UB #2\n", encoding="utf-8")
    meta = tmp_path / "meta.json"
    meta.write_text(json.dumps({"document": {}}), encoding="utf-8")
    spec = tmp_path / "x.spec"
    spec.write_text(
        "# comment\n"
        r"1 | Quyết\nđịnh số 12/QĐ-UB | full | 12/QĐ-UB | - | - | mentions | pin=Điều 7\, Điều 8 | a \| b"
        "\n"
        r"2 | Quyết định số 12/QĐ-UB \#2 | full | 12/QĐ-UB | - | - | mentions | dt=Quyết định |"
        "\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.json"
    assert ah.main(["build", str(spec), str(doc), "--meta", str(meta), "-o", str(out)]) == 0
    first, second = json.loads(out.read_text(encoding="utf-8"))["mentions"]
    assert (first["text"], first["doc_type"], first["pinpoint"], first["note"]) == (
        "Quyết\nđịnh số 12/QĐ-UB",
        "Quyết định",
        "Điều 7, Điều 8",
        "a | b",
    )
    assert second["text"] == "Quyết định số 12/QĐ-UB #2"
    # and back: the spec written for it builds the same mentions
    lines = ah.spec_lines(json.loads(out.read_text(encoding="utf-8")), doc.read_text(encoding="utf-8"))
    assert [
        ah.parse_spec_line(doc.read_text(encoding="utf-8"), line, i) for i, line in enumerate(lines, 1)
    ] == [first, second]


@pytest.mark.parametrize(
    "line",
    [
        "1 | nowhere | full | - | - | - | mentions |",  # not in the text
        "x | Quyết | full | - | - | - | mentions |",  # bad line number
        "1 | Quyết\\q | full | - | - | - | mentions |",  # unknown escape
        "1 | Quyết | full | - | - | - | mentions | | note | extra",  # too many fields
        "1 | Quyết | full | - | - | - | mentions | pin=khoản 1, khoản 2 Điều 3 |",  # "," unescaped in a value
    ],
)
def test_bad_spec_lines_are_clear_errors(line):
    with pytest.raises(ValueError, match="spec line 7"):
        ah.parse_spec_line("Quyết định số 1/QĐ-UB\n", line, 7)
