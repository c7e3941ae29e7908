"""Hybrid search over a loaded index: dense (FAISS), German BM25 and, when the model and the build have them, the
model's sparse "latent terms" (index/sparse_vectors.py), fused by score or by reciprocal rank.

Filters restrict every retriever before ranking; an optional reranker reorders the fused candidates.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Literal, Protocol

import numpy as np

from index.analysis import Analyzer, AnalyzerSettings
from index.build import passage_text
from index.embedders import ModelEmbeddings
from index.expansion import QueryExpander, load_thesaurus
from index.facets import SearchFilters, schwerpunkt_of
from index.lexical import LexicalIndex
from index.store import StoredIndex, nearest
from ingest.chunk import Chunk
from ingest.document import Document
from ingest.sentences import split_sentences

Mode = Literal["hybrid", "dense", "lexical"]
Fusion = Literal["convex", "rrf"]


@dataclass(frozen=True)
class Hit:
    chunk: Chunk
    score: float
    retrievers: tuple[str, ...]  # which retrievers found it among their candidates: "dense", "bm25", "sparse"
    similarity: float = float("nan")  # raw cosine similarity to the query; NaN when dense search was off


class Reranker(Protocol):
    def score(self, query: str, passages: Sequence[str]) -> list[float]: ...


@dataclass(frozen=True)
class RetrievalSettings:
    mode: Mode = "hybrid"
    # "convex": weighted sum of normalised scores over every admitted chunk; "rrf": reciprocal rank fusion.
    fusion: Fusion = "convex"
    candidates: int = 30  # per retriever: the rrf lists, the reranker's input, the "found by" attribution
    rrf_k: int = 60
    dense_weight: float = 0.8
    lexical_weight: float = 0.2
    # Scale the lexical weight by the share of query terms the corpus knows (see LexicalIndex.coverage).
    coverage_weighting: bool = True
    # The sparse channel's share; measured on both gold sets (0.1: held-out recall@1 0.750 → 0.825, sample equal;
    # 0.2 and more cost the sample set's recall@1).
    sparse_weight: float = 0.1
    # The sparse channel only for a query with a term the corpus never uses (an English or everyday word): where
    # BM25 knows every term, the second model pass changed no ranking on either gold set (see `wants_sparse`).
    sparse_always: bool = False
    rerank_candidates: int = 20
    # Everyday → administrative terms (index/data/alltagssprache.tsv) added to the lexical query,
    # and optionally appended to the embedded query text.
    expand_lexical: bool = True
    expand_dense: bool = False
    analyzer: AnalyzerSettings = field(default_factory=AnalyzerSettings)


class Searcher:
    """Answers queries against one loaded index with one embedder."""

    def __init__(
        self,
        stored: StoredIndex,
        embedder: ModelEmbeddings,
        settings: RetrievalSettings = RetrievalSettings(),
        reranker: Reranker | None = None,
    ) -> None:
        self._stored = stored
        self._embedder = embedder
        self._settings = settings
        self._reranker = reranker
        self._documents = {doc.id: doc for doc in stored.documents}
        titles = {doc.id: doc.title for doc in stored.documents}
        self._passages = [passage_text(chunk, titles.get(chunk.document_id, "")) for chunk in stored.chunks]
        self._schwerpunkte = [schwerpunkt_of(chunk) for chunk in stored.chunks]
        self._row_of = {chunk.id: row for row, chunk in enumerate(stored.chunks)}
        self._sparse_usable: bool | None = None  # decided on the first search: asking the model loads it
        thesaurus = load_thesaurus() if settings.expand_lexical or settings.expand_dense else None
        self._lexical = (
            LexicalIndex(self._passages, settings.analyzer, thesaurus if settings.expand_lexical else None)
            if settings.mode != "dense" or settings.expand_dense
            else None
        )
        self._expander = (
            QueryExpander(Analyzer(settings.analyzer).fit(self._passages), thesaurus)
            if thesaurus and settings.expand_dense
            else None
        )

    @property
    def stored(self) -> StoredIndex:
        return self._stored

    @property
    def embedder(self) -> ModelEmbeddings:
        return self._embedder

    @property
    def settings(self) -> RetrievalSettings:
        return self._settings

    def document(self, document_id: str) -> Document | None:
        return self._documents.get(document_id)

    @property
    def analyzer(self) -> Analyzer:
        """The German analyzer fitted to this corpus (for scoring sentences against a question)."""
        return self._lexical.analyzer if self._lexical is not None else Analyzer(self._settings.analyzer)

    def coverage(self, query: str) -> float:
        """Share of the query's words that occur in the corpus (0 without a lexical index)."""
        return self._lexical.coverage(query) if self._lexical is not None else 0.0

    def knows(self, word: str) -> bool:
        """Whether the corpus uses the word (or a form of it); True without a lexical index."""
        return self._lexical.knows(word) if self._lexical is not None else True

    def expansion_terms(self, query: str) -> list[str]:
        expander = self._lexical.expander if self._lexical is not None else None
        return expander.terms(query) if expander is not None else []

    def topics(self) -> list[str]:
        """The Handlungsschwerpunkte found in the corpus, most frequent first."""
        counts: dict[str, int] = {}
        for name in self._schwerpunkte:
            if name:
                counts[name] = counts.get(name, 0) + 1
        # A name seen on only a chunk or two is more likely a heading torn by the layout than a topic.
        return sorted((name for name in counts if counts[name] >= 3), key=lambda name: (-counts[name], name))

    def schwerpunkt(self, chunk_row: int) -> str:
        return self._schwerpunkte[chunk_row]

    def sentence_similarities(self, query: str, hit: Hit) -> tuple[float, ...] | None:
        """Cosine of the query with each sentence of the hit's chunk (in `split_sentences` order; NaN where a
        sentence has no vector), or None when the index holds no sentence vectors or does not know the chunk."""
        row = self._row_of.get(hit.chunk.id)
        if self._stored.sentences is None or row is None:
            return None
        matrix = self._stored.sentences.of_chunk(row)
        vector = np.asarray(self._embedder.embed_query(query), dtype=np.float32)  # cached: the search embedded it
        scores = matrix @ vector
        present = np.any(matrix != 0, axis=1)
        return tuple(float(score) if ok else float("nan") for score, ok in zip(scores, present, strict=True))

    def continuation(self, chunk: Chunk) -> str:
        """How a chunk that ends mid-sentence at a page break goes on: the start of the document's next chunk, when
        that stands on a later page and opens in lower case, up to its first sentence end ("" otherwise)."""
        row = self._row_of.get(chunk.id)
        if row is None or row + 1 >= len(self._stored.chunks):
            return ""
        following = self._stored.chunks[row + 1]
        if following.document_id != chunk.document_id or following.page <= chunk.page:
            return ""
        if not following.text[:1].islower():
            return ""
        sentences = split_sentences(following.text)
        return sentences[0] if sentences else ""

    def search(self, query: str, k: int = 5, filters: SearchFilters | None = None) -> tuple[Hit, ...]:
        if not query.strip() or not self._stored.chunks:
            return ()
        allowed = self._allowed(filters)
        if allowed is not None and not len(allowed):
            return ()
        dense = self._dense_scores(query, allowed) if self._settings.mode != "lexical" else None
        lexical = self._lexical_scores(query, allowed) if self._lexical is not None else None
        sparse = self._sparse_scores(query, allowed) if self.wants_sparse(query) else None
        if self._settings.fusion == "rrf" or dense is None or lexical is None:
            hits = self._fuse_ranks(dense, lexical, sparse, max(self._settings.candidates, k))
        else:
            assert self._lexical is not None
            weight = self._settings.lexical_weight
            if self._settings.coverage_weighting:
                weight *= self._lexical.coverage(query)
            pool = max(self._settings.candidates, k)
            hits = self._fuse_scores(dense, lexical, sparse, weight, pool, self._wanted(k))
        if self._reranker is not None:
            hits = self._rerank(query, hits)
        return tuple(hits[:k])

    def _allowed(self, filters: SearchFilters | None) -> np.ndarray | None:
        if filters is None or filters.empty:
            return None
        rows = [i for i, chunk in enumerate(self._stored.chunks) if filters.admits(chunk, self._schwerpunkte[i])]
        return np.asarray(rows, dtype=np.int64)

    def _dense_scores(self, query: str, allowed: np.ndarray | None) -> np.ndarray:
        """Cosine similarity of every admitted chunk (exact: the index is a flat inner-product index)."""
        if self._expander is not None:
            phrases = self._expander.phrases(query)
            query = f"{query} ({', '.join(phrases)})" if phrases else query
        vector = np.asarray(self._embedder.embed_query(query), dtype=np.float32)
        scores = np.full(len(self._stored.chunks), -np.inf, dtype=np.float32)
        rows, found = nearest(self._stored.vectors, vector, len(self._stored.chunks), allowed)
        scores[rows] = found
        return scores

    @property
    def has_sparse(self) -> bool:
        """Whether the sparse channel takes part: weighted, in hybrid mode, and the build and the model both have it
        with the same features."""
        if self._sparse_usable is None:
            stored = self._stored.sparse
            self._sparse_usable = (
                self._settings.sparse_weight > 0
                and self._settings.mode == "hybrid"
                and stored is not None
                and self._embedder.sparse_dimension == stored.dimension
            )
        return self._sparse_usable

    def wants_sparse(self, query: str) -> bool:
        """Whether this query takes the sparse channel. Its latent terms bridge words the corpus does not use; for a
        query whose every term occurs, gating it off kept recall@1, MRR and the answers' metrics on both gold sets
        and saves the second model pass for about half of the questions."""
        if not self.has_sparse:
            return False
        return self._settings.sparse_always or self._lexical is None or self._lexical.coverage(query) < 1.0

    def _sparse_scores(self, query: str, allowed: np.ndarray | None) -> np.ndarray:
        assert self._stored.sparse is not None
        return _admitted(self._stored.sparse.scores(self._embedder.sparse_query(query)), allowed)

    def _lexical_scores(self, query: str, allowed: np.ndarray | None) -> np.ndarray:
        assert self._lexical is not None
        return _admitted(self._lexical.scores(query), allowed)

    def _wanted(self, k: int) -> int:
        """How many fused hits are worth building: the k returned, or the reranker's whole input."""
        return max(k, self._settings.rerank_candidates) if self._reranker is not None else k

    def _fuse_scores(
        self,
        dense: np.ndarray,
        lexical: np.ndarray,
        sparse: np.ndarray | None,
        lexical_weight: float,
        pool: int,
        wanted: int,
    ) -> list[Hit]:
        """Convex combination: min-max normalised cosine plus BM25 (and sparse) relative to the best match.

        Scores rather than ranks keep a weak lexical list (an English question against German text)
        from pushing its arbitrary first places up.
        """
        admitted = np.isfinite(dense)
        low, high = float(dense[admitted].min()), float(dense[admitted].max())
        dense_norm = np.where(admitted, (dense - low) / (high - low or 1.0), 0.0)
        fused = self._settings.dense_weight * dense_norm + lexical_weight * _relative(lexical, admitted)
        if sparse is not None:
            fused += self._settings.sparse_weight * _relative(sparse, admitted)
        # Only the hits a caller can see become objects: building one per chunk cost more than the search.
        fused = np.where(admitted, fused, -np.inf)
        order = [int(row) for row in np.argsort(-fused, kind="stable")[:wanted] if admitted[row]]
        tops = {"dense": set(self._top(dense, pool)), "bm25": set(self._top(lexical, pool, positive=True))}
        if sparse is not None:
            tops["sparse"] = set(self._top(sparse, pool, positive=True))
        return [
            Hit(self._stored.chunks[row], float(fused[row]), self._found_by(row, tops), float(dense[row]))
            for row in order
        ]

    def _fuse_ranks(
        self, dense: np.ndarray | None, lexical: np.ndarray | None, sparse: np.ndarray | None, pool: int
    ) -> list[Hit]:
        rankings = {
            name: self._top(scores, pool, positive=name != "dense")
            for name, scores in (("dense", dense), ("bm25", lexical), ("sparse", sparse))
            if scores is not None
        }
        weights = {
            "dense": self._settings.dense_weight,
            "bm25": self._settings.lexical_weight,
            "sparse": self._settings.sparse_weight,
        }
        fused: dict[int, float] = {}
        for name, rows in rankings.items():
            for rank, row in enumerate(rows, start=1):
                fused[row] = fused.get(row, 0.0) + weights[name] / (self._settings.rrf_k + rank)
        order = sorted(fused, key=lambda row: (-fused[row], row))
        tops = {name: set(rows) for name, rows in rankings.items()}
        return [
            Hit(
                self._stored.chunks[row],
                fused[row],
                self._found_by(row, tops),
                float(dense[row]) if dense is not None else float("nan"),
            )
            for row in order
        ]

    @staticmethod
    def _top(scores: np.ndarray, pool: int, positive: bool = False) -> list[int]:
        """The best `pool` admitted rows; for BM25 and sparse only real matches (zero: nothing in common)."""
        order = np.argsort(-scores, kind="stable")[:pool]
        return [int(row) for row in order if np.isfinite(scores[row]) and (not positive or scores[row] > 0)]

    @staticmethod
    def _found_by(row: int, tops: dict[str, set[int]]) -> tuple[str, ...]:
        return tuple(name for name, top in tops.items() if row in top)

    def _rerank(self, query: str, hits: list[Hit]) -> list[Hit]:
        assert self._reranker is not None
        head, tail = hits[: self._settings.rerank_candidates], hits[self._settings.rerank_candidates :]
        scores = self._reranker.score(query, [self._passages[self._row_of[hit.chunk.id]] for hit in head])
        reranked = sorted(zip(scores, head, strict=True), key=lambda pair: -pair[0])
        return [
            replace(hit, score=float(score), retrievers=(*hit.retrievers, "rerank")) for score, hit in reranked
        ] + tail


def _relative(scores: np.ndarray, admitted: np.ndarray) -> np.ndarray:
    """Scores relative to the best admitted one (0 for the others and for negative scores)."""
    best = float(scores[admitted].max()) if admitted.any() else 0.0
    return np.where(admitted, np.maximum(scores, 0.0) / (best or 1.0), 0.0)


def _admitted(scores: np.ndarray, allowed: np.ndarray | None) -> np.ndarray:
    """The scores of the rows a filter admits; the others −inf, so that no ranking can pick them."""
    if allowed is None:
        return scores
    masked = np.full(scores.shape, -np.inf, dtype=np.float32)
    masked[allowed] = scores[allowed]
    return masked
