"""`kea serve` as an operator starts it: a real uvicorn on 127.0.0.1, spoken to over real HTTP."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from index.build import build_index
from index.embedders import HashingEmbeddings
from ingest.chunk import ChunkSettings
from ingest.document import ManifestEntry
from ingest.pipeline import IngestResult, ingest_file
from tests.api_app import PAGES, sse_events
from tests.pdfs import text_pdf
from tests.servers import free_port, wait_until_up


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    folder = tmp_path_factory.mktemp("server")
    pdf = text_pdf(folder / "konzept.pdf", PAGES)
    result = IngestResult((ingest_file(pdf, ManifestEntry("konzept", "Konzept 2030", "konzept.pdf")),), ())
    build_index(result, HashingEmbeddings(), folder / "idx", ChunkSettings())
    port = free_port()
    env = {
        **os.environ,
        "KEA_EMBEDDING_BACKEND": "hashing",
        "KEA_MAX_BODY_BYTES": "4096",
        "KEA_LOG_LEVEL": "INFO",
        "KEA_FEEDBACK_FILE": str(folder / "feedback.jsonl"),
    }
    command = [sys.executable, "-m", "service.cli", "serve", "--index", str(folder / "idx")]
    command += ["--pdf-dir", str(folder), "--port", str(port)]
    log = (folder / "server.log").open("w")
    process = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(base, process, 60)
        yield base, folder / "server.log"
    finally:
        process.terminate()
        process.wait(timeout=20)
        log.close()


def test_health_and_search_over_real_http(server: tuple[str, Path]) -> None:
    base, _ = server
    health = httpx.get(f"{base}/api/health").json()
    assert health["index"]["documents"] == 1 and health["index"]["pages"] == 3
    response = httpx.post(f"{base}/api/search", json={"query": "Pflegestützpunkte", "k": 1})
    assert response.status_code == 200
    hit = response.json()["hits"][0]
    assert hit["link"] == f"{base}/documents/konzept.pdf#page={hit['page']}"
    assert "server" not in response.headers  # no product banner for scanners


def test_streamed_answer_arrives_as_events(server: tuple[str, Path]) -> None:
    base, _ = server
    body = {"question": "Wer ist für das Radverkehrskonzept zuständig?"}
    with httpx.stream("POST", f"{base}/api/ask", json=body, headers={"Accept": "text/event-stream"}) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        text = "".join(response.iter_text())
    events = sse_events(text)
    assert events[-1][0] == "done"
    assert "".join(data["text"] for name, data in events if name == "delta") == events[-1][1]["answer"]


def test_chunked_upload_over_the_limit_is_cut_off_with_413(server: tuple[str, Path]) -> None:
    base, _ = server

    def chunks() -> Iterator[bytes]:
        yield b'{"question": "'
        for _ in range(100):
            yield b"x" * 100
        yield b'"}'

    response = httpx.post(f"{base}/api/ask", content=chunks(), headers={"Content-Type": "application/json"})
    assert response.status_code == 413
    assert response.json()["error"] == "payload_too_large"


def test_server_log_has_requests_but_no_addresses_or_questions(server: tuple[str, Path]) -> None:
    base, log = server
    httpx.post(f"{base}/api/ask", json={"question": "Wo finden pflegende Angehörige Rat?"})
    time.sleep(0.3)  # the server writes its log line after the response
    text = log.read_text(encoding="utf-8")
    assert "route=/api/ask status=200" in text
    assert "127.0.0.1:" not in text.replace(base, "")  # the start line names the address it listens on
    assert "pflegende Angehörige" not in text


def test_serve_without_an_index_says_how_to_build_one(tmp_path: Path) -> None:
    env = {**os.environ, "KEA_EMBEDDING_BACKEND": "hashing"}
    command = [sys.executable, "-m", "service.cli", "serve", "--index", str(tmp_path / "fehlt"), "--port", "0"]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert "Kein Index unter" in done.stderr and "kea ingest" in done.stderr
    assert "Traceback" not in done.stderr + done.stdout
