"""The container files hold together: the compose environment is valid configuration, the image runs
a command the CLI accepts, and healthchecks probe the real health endpoint."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from legalgraph.cli import build_parser
from legalgraph.config import Settings

ROOT = Path(__file__).resolve().parent.parent


def _interpolate(value: str) -> str:
    """Compose's ${VAR:-default} with the variables unset."""
    return re.sub(r"\$\{[A-Z0-9_]+:-([^}]*)\}", r"\1", value)


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))


def test_compose_runs_the_api_over_a_healthy_neo4j(compose):
    neo4j, api = compose["services"]["neo4j"], compose["services"]["api"]
    assert neo4j["image"] == "neo4j:5" and "cypher-shell" in neo4j["healthcheck"]["test"]
    assert api["depends_on"]["neo4j"]["condition"] == "service_healthy"
    assert "/health" in " ".join(api["healthcheck"]["test"])
    assert {v.split(":")[0] for v in neo4j["volumes"]} <= set(compose["volumes"])


def test_compose_environment_is_valid_configuration(compose, monkeypatch):
    env = {k: _interpolate(str(v)) for k, v in compose["services"]["api"]["environment"].items()}
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    settings = Settings(_env_file=None)
    assert settings.store == "neo4j" and settings.neo4j_uri == "bolt://neo4j:7687"
    password = settings.neo4j_password.get_secret_value() if settings.neo4j_password else None
    assert (
        password == _interpolate(compose["services"]["neo4j"]["environment"]["NEO4J_AUTH"]).split("/", 1)[1]
    )
    assert settings.cors_origins == []


def test_dockerfile_copies_the_packages_and_serves(monkeypatch):
    text = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    for line in re.findall(r"^COPY (?!--from)(\S+) ", text, flags=re.M):
        assert (ROOT / line).exists(), line
    cmd = re.search(r"^CMD (\[.*\])$", text, flags=re.M)
    assert cmd
    argv = yaml.safe_load(cmd.group(1))
    assert argv[0] == "legalgraph"
    args = build_parser().parse_args(argv[1:])
    assert args.command == "serve" and args.host == "0.0.0.0" and args.port == 8000
    assert "HEALTHCHECK" in text and "/health" in text
    assert "USER legalgraph" in text


def test_image_compiles_the_extractor_it_copies():
    """The build stage copies every module `make native` compiles and the build script, compiles them
    in place (an editable install keeps the sources, and so the extensions, in /app) and fails the
    image if the extensions are missing; the final stage takes the compiled tree."""
    from ingest import native

    text = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    build, final = text.split("\nFROM ", 2)[1:]
    copied = re.findall(r"^COPY (\S+) ", build, flags=re.M)
    for module in native.NATIVE_MODULES:
        source = native.source_path(module, ROOT).relative_to(ROOT)
        assert any(source.parts[: len(Path(c).parts)] == Path(c).parts for c in copied), module
    assert "tools/native" in copied
    assert "pip install -e ." in build and "tools/native/build.py" in build and "native.compiled()" in build
    assert "COPY --from=build /app /app" in final and "COPY --from=build /opt/venv /opt/venv" in final
    ignored = (ROOT / ".dockerignore").read_text(encoding="utf-8").split()
    assert {"**/*.so", "ingest/_native.json", ".venv"} <= set(ignored)
