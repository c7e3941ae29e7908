"""A replica's version watcher: swaps in what another replica published, keeps serving through failures.

Real indexes on disk and real assistants; the published version's name and the loading are the watcher's seams
(tests/test_postgres.py runs it against PostgreSQL with two real processes)."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from assistant.assistant import Assistant
from index.errors import DatabaseError
from service.reindex import Live
from service.replica import VersionWatcher
from tests.pdfs import hashing_searcher

OLD = [["# 1 Mobilität", "Der Busverkehr wird im Verkehrsverbund Region Trier organisiert."]]
NEW = [["# 1 Mobilität", "Ein Bürgerbus verbindet die Dörfer im Hunsrück mit dem Mittelzentrum."]]


@pytest.fixture
def assistants(tmp_path: Path) -> tuple[Assistant, Assistant]:
    (tmp_path / "alt").mkdir()
    (tmp_path / "neu").mkdir()
    return Assistant(hashing_searcher(tmp_path / "alt", OLD)), Assistant(hashing_searcher(tmp_path / "neu", NEW))


def _name(assistant: Assistant) -> str:
    return assistant.searcher.stored.path.name


def test_a_newly_published_version_is_swapped_in_once(assistants: tuple[Assistant, Assistant]) -> None:
    old, new = assistants
    live = Live(old)
    loads: list[str] = []

    def load() -> Assistant:
        loads.append("load")
        return new

    watcher = VersionWatcher(live, lambda: _name(new), load, interval_s=60)
    assert watcher.check() is True
    assert live.current is new and live.status().build == _name(new)
    assert watcher.check() is False and loads == ["load"]  # the version in service is not loaded again
    assert "Bürgerbus" in live.current.searcher.search("Bürgerbus Hunsrück", k=1)[0].chunk.text


def test_nothing_published_yet_changes_nothing(assistants: tuple[Assistant, Assistant]) -> None:
    old, _ = assistants
    live = Live(old)
    watcher = VersionWatcher(live, lambda: None, lambda: pytest.fail("nothing to load"), interval_s=60)
    assert watcher.check() is False and live.current is old


def test_a_database_outage_leaves_the_old_version_serving(assistants: tuple[Assistant, Assistant]) -> None:
    old, new = assistants
    live = Live(old)
    outages = iter(["Datenbank nicht erreichbar", "noch immer nicht"])

    def current() -> str | None:
        failure = next(outages, None)
        if failure is not None:
            raise DatabaseError(failure)
        return _name(new)

    watcher = VersionWatcher(live, current, lambda: new, interval_s=0.02)
    watcher.start()
    try:
        deadline = time.monotonic() + 10
        while live.current is not new:
            assert time.monotonic() < deadline, "the watcher gave up after the outage"
            time.sleep(0.02)
    finally:
        watcher.stop()


def test_no_swap_while_this_replica_reindexes(assistants: tuple[Assistant, Assistant]) -> None:
    old, new = assistants
    release = threading.Event()

    def slow_rebuild() -> Assistant:
        release.wait(10)
        return old

    live = Live(old, slow_rebuild)
    assert live.start()
    watcher = VersionWatcher(live, lambda: _name(new), lambda: new, interval_s=60)
    try:
        assert watcher.check() is False and live.current is old  # the running reindex swaps in its own result
    finally:
        release.set()
        live.wait(10)
    assert watcher.check() is True and live.current is new
