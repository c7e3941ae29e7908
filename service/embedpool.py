"""A pool of query embedders, so concurrent questions are embedded in parallel, one per core.

One model instance serialises its callers (its engine is not thread-safe). A question is short: one thread embeds
it as fast as two, so one single-threaded instance per core embeds concurrent questions side by side
(measured with bench/load_bench.py). The instances are the same model: the vectors are identical.
"""

from __future__ import annotations

import queue
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from index.embedders import ModelEmbeddings, SparseVector


class EmbedderPool(ModelEmbeddings):
    def __init__(self, members: Sequence[ModelEmbeddings]) -> None:
        if not members or len({m.model_id for m in members}) != 1:
            raise ValueError("a pool needs at least one embedder, all of the same model")
        self.model_id = members[0].model_id
        self._members = tuple(members)
        self._free: queue.SimpleQueue[ModelEmbeddings] = queue.SimpleQueue()
        for member in members:
            self._free.put(member)

    @property
    def size(self) -> int:
        return len(self._members)

    @contextmanager
    def _member(self) -> Iterator[ModelEmbeddings]:
        member = self._free.get()  # waits while every member is busy
        try:
            yield member
        finally:
            self._free.put(member)

    def embed_query(self, text: str) -> list[float]:
        with self._member() as member:
            return member.embed_query(text)

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        with self._member() as member:
            return member.embed_documents(texts)

    def sparse_query(self, text: str) -> SparseVector:
        with self._member() as member:
            return member.sparse_query(text)

    def sparse_documents(self, texts: list[str]) -> list[SparseVector]:
        with self._member() as member:
            return member.sparse_documents(texts)

    @property
    def sparse_dimension(self) -> int:
        return self._members[0].sparse_dimension

    @property
    def dimension(self) -> int:
        return self._members[0].dimension
