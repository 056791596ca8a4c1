"""Start and stop a real Neo4j 5.26 server (tools/neo4j/run.sh → Launcher.java) for tests.

The launcher binds free ports itself (port 0) and reports them on its ready line, so parallel test
runs never race for a port. Its output goes to a log file (never a pipe nobody drains); its stdin is
a pipe we hold open, and the launcher exits when that pipe closes, so even a SIGKILLed test run does
not leave an orphan server on the shared machine.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
RUN_SH = REPO / "tools" / "neo4j" / "run.sh"
READY = re.compile(r"^NEO4J READY (bolt://\S+)(?: (http://\S+))?", re.MULTILINE)
FAILED = re.compile(r"^NEO4J FAILED (.*)$", re.MULTILINE)
# C1 only: on the shared 2-core machines this halves start-up CPU (≈12 → 6.5 s) and was also faster
# on a 20k-node MERGE workload, because C2 compilation competes with everything else for the cores.
FAST_START_JAVA_OPTS = "-XX:TieredStopAtLevel=1"


class Neo4jStartError(RuntimeError):
    """The server did not come up; the message ends with the last lines of its output."""


@dataclass
class Neo4jServer:
    bolt_uri: str
    http_url: str | None
    home: Path
    log_path: Path
    startup_seconds: float
    process: subprocess.Popen = field(repr=False)
    owns_home: bool = True

    def stop(self, timeout: float = 30.0) -> None:
        """Graceful shutdown (SIGTERM runs Neo4j's shutdown hook), then SIGKILL if it hangs."""
        _stop(self.process, timeout)
        if self.owns_home:
            shutil.rmtree(self.home, ignore_errors=True)


def start(
    home: Path | None = None,
    *,
    timeout: float = 120.0,
    extra_args: tuple[str, ...] = (),
    heap: str = "512m",
    java_opts: str = FAST_START_JAVA_OPTS,
) -> Neo4jServer:
    """Start a server on free ports with a fresh home (a temp dir unless given) and wait until ready.

    Raises Neo4jStartError (with the output's tail) if it exits, reports failure or is not ready
    within `timeout` seconds; the process is stopped in that case and the home is kept for inspection.
    Env NEO4J_JAVA_OPTS, if set, replaces `java_opts`.
    """
    owns_home = home is None
    home = Path(tempfile.mkdtemp(prefix="legalgraph-neo4j-")) if home is None else home
    home.mkdir(parents=True, exist_ok=True)
    log_path = home / "launcher.log"
    args = ["bash", str(RUN_SH), "--home", str(home), "--bolt-port", "0", "--http-port", "0"]
    args += ["--exit-on-stdin-eof", *extra_args]
    env = {**os.environ, "NEO4J_HEAP": heap, "NEO4J_JAVA_OPTS": os.environ.get("NEO4J_JAVA_OPTS", java_opts)}
    began = time.monotonic()
    with open(log_path, "wb") as log:
        process = subprocess.Popen(
            args, stdin=subprocess.PIPE, stdout=log, stderr=subprocess.STDOUT, env=env, cwd=REPO
        )
    deadline = began + timeout
    while True:
        text = _read(log_path)
        if match := READY.search(text):
            return Neo4jServer(
                bolt_uri=match.group(1),
                http_url=match.group(2),
                home=home,
                log_path=log_path,
                startup_seconds=time.monotonic() - began,
                process=process,
                owns_home=owns_home,
            )
        failed = FAILED.search(text)
        if failed or process.poll() is not None or time.monotonic() > deadline:
            _stop(process, 10.0)
            if failed:
                reason = f"the launcher reported: {failed.group(1)}"
            elif process.returncode is not None and time.monotonic() <= deadline:
                reason = f"the launcher exited with code {process.returncode}"
            else:
                reason = f"not ready after {timeout:.0f} s"
            raise Neo4jStartError(
                f"Neo4j did not start ({reason}); home kept at {home}.\n"
                f"Last lines of {log_path}:\n{tail(_read(log_path))}"
            )
        time.sleep(0.2)


def tail(text: str, lines: int = 40) -> str:
    return "\n".join(text.rstrip().splitlines()[-lines:])


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on (at the moment of the call)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def dead_bolt_uri() -> str:
    """A bolt:// URI with nothing listening behind it, for "Neo4j is down" tests."""
    for _ in range(20):
        port = free_port()
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
            probe.settimeout(0.2)
            if probe.connect_ex(("127.0.0.1", port)) != 0:
                return f"bolt://127.0.0.1:{port}"
    raise RuntimeError("could not find a free port on 127.0.0.1")


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except FileNotFoundError:
        return ""


def _stop(process: subprocess.Popen, timeout: float) -> None:
    if process.poll() is None:
        if process.stdin:
            with contextlib.suppress(OSError):  # broken pipe: it is exiting already
                process.stdin.close()
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(10)
    elif process.stdin and not process.stdin.closed:
        process.stdin.close()
