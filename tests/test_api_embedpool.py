"""The pool of query embedders behind `kea serve`: parallel questions, identical vectors."""

from __future__ import annotations

import threading
import time

import pytest

from index.embedders import HashingEmbeddings
from service.embedpool import EmbedderPool


class SlowEmbeddings(HashingEmbeddings):
    """The test embedder, with the latency of a real model and the single-caller limit of its engine."""

    def __init__(self) -> None:
        super().__init__()
        self._busy = threading.Lock()

    def embed_query(self, text: str) -> list[float]:
        if not self._busy.acquire(blocking=False):
            raise AssertionError("one member was used by two callers at once")
        try:
            time.sleep(0.2)
            return super().embed_query(text)
        finally:
            self._busy.release()


def test_concurrent_questions_are_embedded_side_by_side() -> None:
    pool = EmbedderPool([SlowEmbeddings(), SlowEmbeddings()])
    results: dict[str, list[float]] = {}

    def ask(text: str) -> None:
        results[text] = pool.embed_query(text)

    threads = [threading.Thread(target=ask, args=(text,)) for text in ("Radverkehr", "Pflege", "Windkraft")]
    start = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - start
    assert 0.35 < elapsed < 0.6  # two at once, the third waits for a free member: two rounds, not three
    plain = HashingEmbeddings()
    assert results == {text: plain.embed_query(text) for text in results}
    assert pool.model_id == plain.model_id and pool.dimension == plain.dimension and pool.size == 2


def test_a_pool_holds_one_model_only() -> None:
    with pytest.raises(ValueError):
        EmbedderPool([HashingEmbeddings(256), HashingEmbeddings(128)])
    with pytest.raises(ValueError):
        EmbedderPool([])
