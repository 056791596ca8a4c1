"""`legalgraph extract`: formats, folders, identity keys, progress, summary and exit codes."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from legalgraph.cli import main
from tests.test_readers import make_pdf

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(["extract", *argv])
    except SystemExit as exc:  # argparse usage errors
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    """The sample corpus plus a hidden file, an unsupported file and a nested folder."""
    root = tmp_path / "corpus"
    (root / "nested").mkdir(parents=True)
    for p in sorted(EXAMPLES.glob("*.txt")):
        shutil.copy(p, (root / "nested" if p.name.startswith("004") else root) / p.name)
    (root / ".hidden.txt").write_text("Chỉ thị số 33/CT-TTg", encoding="utf-8")
    (root / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    return root


def test_json_array_of_every_document(capsys: pytest.CaptureFixture[str], corpus: Path) -> None:
    code, out, err = run(capsys, str(corpus))
    assert code == 0
    docs = json.loads(out)
    assert [Path(d["source"]).name[:3] for d in docs] == ["000", "002", "003", "004"]
    for d in docs:
        assert list(d) == ["source", "sha256", "extractor_version", "document", "references"]
    assert "Báo cáo" in out and "\\u" not in out  # UTF-8, ensure_ascii=False
    assert docs[0]["document"]["number_symbol"] == "529/BC-UBND"
    assert err.splitlines() == ["skipped 1 file of unsupported type (.png)", "4 files, 4 ok, 0 failed"]


def test_identity_keys_are_filled_before_printing(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import graph.identity as identity

    seen = []
    real = identity.annotate_keys

    def spy(result):
        seen.append(result.source)
        return real(result)

    monkeypatch.setattr(identity, "annotate_keys", spy)
    code, out, _ = run(capsys, str(next(EXAMPLES.glob("000_*.txt"))), "--format", "jsonl")
    assert code == 0
    assert len(seen) == 1
    (doc,) = [json.loads(line) for line in out.splitlines()]
    assert any(r["resolved"] for r in doc["references"]) or not doc["references"]


def test_jsonl_table_and_with_text(capsys: pytest.CaptureFixture[str], corpus: Path) -> None:
    code, out, _ = run(capsys, str(corpus), "--format", "jsonl", "--with-text")
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == 4
    first = json.loads(lines[0])
    assert first["text"].startswith("\n\nSố: 529/BC-UBND")
    for ref in first["references"]:
        assert first["text"][ref["start"] : ref["end"]] == ref["text"]

    code, out, _ = run(capsys, str(corpus / "000_07a810e2d8d8df93.txt"), "--format", "table")
    assert code == 0
    assert "Báo cáo 529/BC-UBND · 2024-05-24 · Ủy ban nhân dân tỉnh An Giang" in out
    assert "2748/BNV-CTTN" in out and "responds_to" in out


def test_failures_do_not_stop_the_run(capsys: pytest.CaptureFixture[str], corpus: Path) -> None:
    (corpus / "scan.pdf").write_bytes(make_pdf([], text_layer=False))
    (corpus / "empty.md").write_bytes(b"")
    code, out, err = run(capsys, str(corpus), "--format", "jsonl")
    assert code == 1
    assert len(out.splitlines()) == 4
    assert (
        err.splitlines()[-1]
        == "6 files, 4 ok, 2 failed: empty.md: empty file; scan.pdf: no text layer (scanned PDF?)"
    )


def test_size_limit_option(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, str(next(EXAMPLES.glob("000_*.txt"))), "--max-size", "0.01")
    assert code == 1
    assert json.loads(out) == []
    assert "over the 0.01 MB limit" in err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["/no/such/path.txt"], "no such file or directory"),
        (["--format", "xml", "examples"], "invalid choice"),
        ([], "required"),
        (["--max-size", "0", "examples"], "--max-size must be positive"),
    ],
)
def test_usage_errors(capsys: pytest.CaptureFixture[str], argv: list[str], message: str) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert message in err
    assert out == ""


def test_folder_without_documents_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / ".x.txt").write_text("hidden", encoding="utf-8")
    code, _, err = run(capsys, str(tmp_path))
    assert code == 2
    assert "no input files" in err


def test_progress_bar_on_request(capsys: pytest.CaptureFixture[str], corpus: Path) -> None:
    code, _, err = run(capsys, str(corpus), "--progress", "--format", "jsonl")
    assert code == 0
    assert "4/4 files" in err and "B/s" in err


def test_console_script_speaks_utf8(tmp_path: Path) -> None:
    exe = Path(sys.executable).parent / "legalgraph"
    env = {**os.environ, "PYTHONIOENCODING": "ascii", "LC_ALL": "C"}
    proc = subprocess.run(
        [str(exe), "extract", str(next(EXAMPLES.glob("002_*.txt"))), "--format", "jsonl"],
        capture_output=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr.decode()
    doc = json.loads(proc.stdout.decode("utf-8"))
    assert doc["document"]["issuer"] == "Văn phòng Ủy ban nhân dân tỉnh Quảng Ngãi"
    assert proc.stderr.decode().strip() == "1 file, 1 ok, 0 failed"


def test_a_reader_that_stops_early_ends_the_run_quietly() -> None:
    """ "legalgraph extract … | head": the pipe closes before the output is written; the command stops with
    the status of a broken pipe and no traceback."""
    exe = Path(sys.executable).parent / "legalgraph"
    with subprocess.Popen(
        [str(exe), "extract", str(EXAMPLES), "--format", "json", "--with-text"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        head = proc.stdout.read(100)
        proc.stdout.close()  # the reader goes away with most of the output unread
        err = proc.stderr.read().decode()
        code = proc.wait(timeout=120)
    assert head.startswith(b"[")
    assert code == 141, err
    assert "Traceback" not in err
