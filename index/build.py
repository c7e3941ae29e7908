"""Embedding the chunks of an ingest and writing them as a new published index build."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

from index.embedders import ModelEmbeddings
from index.manifest import FORMAT_VERSION, IndexManifest, SourceRecord
from index.sentence_vectors import SentenceVectors, embed_sentences
from index.sparse_vectors import SparseVectors, embed_sparse, sparse_from_rows
from index.store import IndexContent, write_index
from ingest.chunk import Chunk, ChunkSettings
from ingest.pipeline import IngestResult

BATCH = 16  # small enough for a smooth progress bar, large enough to amortise the call


def passage_text(chunk: Chunk, title: str) -> str:
    """What gets embedded: the chunk with its document title and heading path as context."""
    context = " › ".join((title, *chunk.section))
    return f"{context}\n{chunk.text}"


def embed_chunks(
    chunks: tuple[Chunk, ...],
    titles: dict[str, str],
    embedder: ModelEmbeddings,
    on_progress: Callable[[int], None] | None = None,
) -> np.ndarray:
    rows: list[list[float]] = []
    for start in range(0, len(chunks), BATCH):
        batch = chunks[start : start + BATCH]
        rows.extend(embedder.embed_documents([passage_text(c, titles.get(c.document_id, "")) for c in batch]))
        if on_progress:
            on_progress(len(batch))
    matrix = np.asarray(rows, dtype=np.float32).reshape(len(chunks), -1)
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return matrix / np.where(norms == 0, 1.0, norms)


def build_index(
    result: IngestResult,
    embedder: ModelEmbeddings,
    root: Path,
    settings: ChunkSettings,
    on_progress: Callable[[int], None] | None = None,
    sentences: bool = True,
    on_sentence_progress: Callable[[int], None] | None = None,
    sparse: bool = True,
) -> Path:
    """Embed everything the ingest produced and publish it under `root`; returns the build folder.

    `sentences` also embeds every sentence (see index/sentence_vectors.py): about as much work again as the chunks.
    `sparse` also computes the chunks' sparse vectors when the model has a sparse head (index/sparse_vectors.py).
    """
    titles = {doc.document.id: doc.document.title for doc in result.documents}
    vectors = embed_chunks(result.chunks, titles, embedder, on_progress)
    if not result.chunks:
        vectors = np.zeros((0, embedder.dimension), dtype=np.float32)
    sentence_vectors = embed_sentences(result.chunks, embedder, on_sentence_progress) if sentences else None
    sparse_vectors = chunk_sparse(result.chunks, titles, embedder, on_progress) if sparse else None
    return publish(result, embedder.model_id, vectors, root, settings, sentence_vectors, sparse_vectors)


def chunk_sparse(
    chunks: Sequence[Chunk],
    titles: dict[str, str],
    embedder: ModelEmbeddings,
    on_progress: Callable[[int], None] | None = None,
) -> SparseVectors | None:
    """The chunks' sparse vectors (of the same text their dense vectors embed), or None for a model without them."""
    if not embedder.sparse_dimension:
        return None
    texts = [passage_text(c, titles.get(c.document_id, "")) for c in chunks]
    return sparse_from_rows(embed_sparse(texts, embedder, on_progress), embedder.sparse_dimension)


def publish(
    result: IngestResult,
    model_id: str,
    vectors: np.ndarray,
    root: Path,
    settings: ChunkSettings,
    sentences: SentenceVectors | None = None,
    sparse: SparseVectors | None = None,
) -> Path:
    """Write already embedded chunks as a new published build."""
    manifest = index_manifest(result, model_id, int(vectors.shape[1]), settings)
    return write_index(root, index_content(result, manifest, vectors, sentences, sparse))


def index_content(
    result: IngestResult,
    manifest: IndexManifest,
    vectors: np.ndarray,
    sentences: SentenceVectors | None,
    sparse: SparseVectors | None = None,
) -> IndexContent:
    """What an ingest publishes: its documents, pages, chunks and catalogue with their vectors."""
    return IndexContent(
        manifest,
        tuple(d.document for d in result.documents),
        tuple(page for d in result.documents for page in d.pages),
        result.chunks,
        vectors,
        result.measures,
        result.funding,
        sentences,
        sparse,
    )


def index_manifest(
    result: IngestResult,
    model_id: str,
    dimension: int,
    settings: ChunkSettings,
    pipeline: str = "",
    embedding_text: str = "",
) -> IndexManifest:
    """What a new version is built from and with; the fingerprints let the next ingest reuse it (index/reuse.py)."""
    return IndexManifest(
        format_version=FORMAT_VERSION,
        embedding_model=model_id,
        dimension=dimension,
        chunking=settings,
        sources=tuple(
            SourceRecord(d.document.id, d.document.file, d.document.sha256, len(d.pages), len(d.chunks))
            for d in result.documents
        ),
        created=datetime.now(UTC).isoformat(timespec="seconds"),
        chunk_count=len(result.chunks),
        pipeline=pipeline,
        embedding_text=embedding_text,
    )
