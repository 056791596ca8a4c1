"""The mypyc-compiled extractor (`make native`, ingest/native.py): it gives byte for byte what the
sources give on every annotated document, and a build that no longer matches its sources never runs.

`make test` builds it first and sets LEGALGRAPH_NATIVE_REQUIRED, so there these tests cannot skip."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ingest import native

ROOT = Path(__file__).resolve().parent.parent
PROBE = "import ingest.native as n; print('compiled' if n.compiled() else 'sources')"


def _require_build() -> None:
    if native.extension_files() and not native._stale():
        return
    if os.environ.get("LEGALGRAPH_NATIVE_REQUIRED"):
        pytest.fail("no up-to-date compiled extractor: `make native` must run before the tests")
    pytest.skip("the extractor is not compiled here (make native)")


def _run(args: list[str], *, cwd: Path = ROOT, pythonpath: Path | None = None, pure: bool = False):
    env = {k: v for k, v in os.environ.items() if k != native.PURE_ENV}
    if pure:
        env[native.PURE_ENV] = "1"
    if pythonpath is not None:
        env["PYTHONPATH"] = str(pythonpath)
    return subprocess.run(
        [sys.executable, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300
    )


def test_the_build_is_used_and_LEGALGRAPH_PURE_PYTHON_turns_it_off() -> None:
    _require_build()
    assert _run(["-c", PROBE]).stdout.strip() == "compiled"
    assert _run(["-c", PROBE], pure=True).stdout.strip() == "sources"


def test_compiled_and_pure_extraction_are_byte_identical_on_every_annotated_document(tmp_path: Path) -> None:
    _require_build()
    script = str(ROOT / "scripts" / "dump_extractions.py")
    compiled, pure = _run([script, str(tmp_path / "c")]), _run([script, str(tmp_path / "p")], pure=True)
    assert compiled.returncode == 0 and pure.returncode == 0, compiled.stderr + pure.stderr
    files = sorted(p.relative_to(tmp_path / "c") for p in (tmp_path / "c").rglob("*.json"))
    assert len(files) > 250
    assert files == sorted(p.relative_to(tmp_path / "p") for p in (tmp_path / "p").rglob("*.json"))
    different = [f for f in files if (tmp_path / "c" / f).read_bytes() != (tmp_path / "p" / f).read_bytes()]
    assert different == []


def test_an_edited_source_is_never_shadowed_by_its_stale_extension(tmp_path: Path) -> None:
    _require_build()
    shutil.copytree(ROOT / "ingest", tmp_path / "ingest", ignore=shutil.ignore_patterns("__pycache__"))
    for lib in ROOT.glob(f"{native.GROUP}__mypyc*"):
        shutil.copy2(lib, tmp_path / lib.name)
    fresh = _run(["-c", PROBE], cwd=tmp_path, pythonpath=tmp_path)
    assert fresh.stdout.strip() == "compiled", fresh.stderr

    source = tmp_path / "ingest" / "dates.py"
    source.write_text(source.read_text(encoding="utf-8") + "\nEDITED = True\n", encoding="utf-8")
    probe = PROBE + "; import ingest.dates as d; print(d.EDITED)"
    stale = _run(["-c", probe], cwd=tmp_path, pythonpath=tmp_path)
    assert stale.stdout.split() == ["sources", "True"], stale.stderr
    assert "older than its sources" in stale.stderr  # said once, on stderr, with the remedy
    assert "make native" in stale.stderr


def test_without_a_build_the_sources_run_unchanged(tmp_path: Path) -> None:
    shutil.copytree(
        ROOT / "ingest", tmp_path / "ingest", ignore=shutil.ignore_patterns("__pycache__", "*.so")
    )
    (tmp_path / "ingest" / "_native.json").unlink(missing_ok=True)
    run = _run(
        [
            "-c",
            PROBE
            + "; from ingest import extract_text; print(len(extract_text('Chỉ thị số 33/CT-TTg').references))",
        ],
        cwd=tmp_path,
        pythonpath=tmp_path,
    )
    assert run.stdout.split() == ["sources", "1"], run.stderr
    assert run.stderr == ""
