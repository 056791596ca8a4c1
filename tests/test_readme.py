"""The README's examples work: every `$ legalgraph …` line (but `serve`) runs and exits 0 in order
against a fresh embedded store, every `$ curl …` line answers 200 from the API over that store,
and the Python block runs as written."""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from fastapi.testclient import TestClient

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
CLI_LINES = [line[2:] for line in README.splitlines() if line.startswith("$ legalgraph ")]
CURL_LINES = [line[2:] for line in README.splitlines() if line.startswith("$ curl ")]
PYTHON_BLOCKS = re.findall(r"```python\n(.*?)```", README, flags=re.S)


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("readme")
    (work / "examples").symlink_to(ROOT / "examples")
    return work


@pytest.fixture(scope="module")
def cli_env(workdir: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["LEGALGRAPH_DATA_DIR"] = str(workdir / "data")
    env["LEGALGRAPH_STORE"] = "embedded"
    env["PYTHONIOENCODING"] = "utf-8"
    return env


def _run(line: str, workdir: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    argv = shlex.split(line.split(">")[0])  # "> file" redirections: the output is checked instead
    assert argv[0] == "legalgraph"
    cmd = [sys.executable, "-m", "legalgraph.cli", *argv[1:]]
    return subprocess.run(cmd, cwd=workdir, env=env, capture_output=True, text=True, timeout=300)


def test_readme_has_examples() -> None:
    assert len(CLI_LINES) >= 10 and len(CURL_LINES) >= 8 and PYTHON_BLOCKS


def test_cli_examples_in_order(workdir: Path, cli_env: dict[str, str]) -> None:
    ran = 0
    for line in CLI_LINES:
        if line.startswith("legalgraph serve"):
            continue
        proc = _run(line, workdir, cli_env)
        assert proc.returncode == 0, f"{line}\n{proc.stdout[-2000:]}\n{proc.stderr[-2000:]}"
        assert proc.stdout.strip() or proc.stderr.strip(), line
        if "implementers" in line and "33/CT-TTg" in line:
            assert "An Giang" in proc.stdout
        if re.search(r"--format json(\s|$)", line):
            json.loads(proc.stdout)
        ran += 1
    assert ran == len(CLI_LINES) - 1
    assert (workdir / "export" / "legalgraph.graphml").stat().st_size > 0
    assert any((workdir / "export" / "csv").glob("*.csv"))


def test_curl_examples_answer(tmp_path: Path) -> None:
    from api.app import create_app
    from graph.build import contribution
    from graph.open import open_store
    from ingest import extract_file

    store = open_store("embedded", data_dir=str(tmp_path / "data"))
    try:
        store.write_many([contribution(extract_file(p)) for p in sorted((ROOT / "examples").glob("*.txt"))])
        client = TestClient(create_app(store=store))
        for line in CURL_LINES:
            url = shlex.split(line)[-1]
            parts = urlsplit(url)
            response = client.get(parts.path + (f"?{parts.query}" if parts.query else ""))
            assert response.status_code == 200, f"{line}: {response.status_code} {response.text[:500]}"
            assert response.json() is not None
        body = client.get("/documents/nd-cp-4-2015/implementers?level=province").json()
        assert {g["group"]["name"] for g in body["groups"]} == {"An Giang", "Quảng Ngãi"}
    finally:
        store.close()


def test_python_example_runs() -> None:
    for block in PYTHON_BLOCKS:
        exec(compile(block, "README.md", "exec"), {})
