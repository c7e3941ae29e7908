"""Searching a loaded index: dense retrieval over exact inner product."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from index.embedders import ModelEmbeddings
from index.store import StoredIndex
from ingest.chunk import Chunk
from ingest.document import Document


@dataclass(frozen=True)
class Hit:
    chunk: Chunk
    score: float
    retrievers: tuple[str, ...]  # which retrievers found it, e.g. ("dense",)


class Searcher:
    """Answers queries against one loaded index with one embedder."""

    def __init__(self, stored: StoredIndex, embedder: ModelEmbeddings) -> None:
        self._stored = stored
        self._embedder = embedder
        self._documents = {doc.id: doc for doc in stored.documents}

    @property
    def stored(self) -> StoredIndex:
        return self._stored

    def document(self, document_id: str) -> Document | None:
        return self._documents.get(document_id)

    def search(self, query: str, k: int = 5) -> tuple[Hit, ...]:
        if not query.strip() or not self._stored.chunks:
            return ()
        vector = np.asarray([self._embedder.embed_query(query)], dtype=np.float32)
        count = min(k, len(self._stored.chunks))
        scores, ids = self._stored.vectors.search(vector, count)
        return tuple(
            Hit(self._stored.chunks[int(i)], float(s), ("dense",))
            for s, i in zip(scores[0], ids[0], strict=True)
            if i >= 0
        )
