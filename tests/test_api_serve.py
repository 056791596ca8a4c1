"""`legalgraph serve` runs the API under uvicorn: healthy on a fresh embedded store, one access-log
line per request, clean stop on SIGINT, clear errors for bad options."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_healthy(url: str, proc: subprocess.Popen, timeout: float = 60) -> httpx.Response:
    deadline = time.time() + timeout
    while time.time() < deadline:
        assert proc.poll() is None, proc.stderr.read() if proc.stderr else "server exited"
        try:
            return httpx.get(url, timeout=2)
        except httpx.HTTPError:
            time.sleep(0.3)
    pytest.fail("server did not answer")


@pytest.mark.parametrize("workers", [1, 2])
def test_serve_answers_and_stops(tmp_path, workers):
    port = free_port()
    cmd = [
        sys.executable,
        "-m",
        "legalgraph.cli",
        "serve",
        "--store",
        "embedded",
        "--data-dir",
        str(tmp_path),
        "--port",
        str(port),
        "--workers",
        str(workers),
    ]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        health = wait_healthy(f"http://127.0.0.1:{port}/health", proc)
        assert health.status_code == 200 and health.json()["store"] == "embedded"
        stats = httpx.get(f"http://127.0.0.1:{port}/stats", timeout=5).json()
        assert stats["reports"] == 0
        missing = httpx.get(f"http://127.0.0.1:{port}/documents/none", timeout=5)
        assert missing.status_code == 404 and missing.headers["content-type"] == "application/problem+json"
    finally:
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    assert "GET /stats 200" in err and "GET /documents/none 404" in err


def test_serve_rejects_bad_options(tmp_path):
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "legalgraph.cli",
            "serve",
            "--store",
            "embedded",
            "--workers",
            "0",
            "--data-dir",
            str(tmp_path),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 2 and "--workers" in run.stderr and "Traceback" not in run.stderr
