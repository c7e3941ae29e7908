"""Publishing an ingest as a new index version, embedding only what the published version does not hold."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from index.build import index_content, index_manifest
from index.embedders import ModelEmbeddings
from index.errors import StoreError
from index.reuse import Previous, embed_reusing
from index.stores import IndexStore
from ingest.chunk import ChunkSettings
from ingest.pipeline import IngestResult

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Update:
    version: str  # the version in service afterwards
    published: bool  # False: nothing changed, so nothing was published
    embedded: int  # chunks embedded anew
    kept: int  # chunks whose vectors were taken over


@dataclass(frozen=True)
class Progress:
    """Callbacks for progress bars: what will be embedded (chunks, sentences), then steps of each."""

    plan: Callable[[int, int], None] | None = None
    chunks: Callable[[int], None] | None = None
    sentences: Callable[[int], None] | None = None


def previous_version(store: IndexStore, model_id: str, pipeline: str, embedding_text: str = "") -> Previous | None:
    """The published version as a source for reuse; None when there is none or it cannot serve (another model)."""
    try:
        return Previous(store.load(expected_model=model_id), pipeline, embedding_text)
    except StoreError as exc:
        log.info("ingest_full reason=%s", type(exc).__name__)
        return None


def update_index(
    result: IngestResult,
    embedder: ModelEmbeddings,
    store: IndexStore,
    settings: ChunkSettings,
    previous: Previous | None = None,
    pipeline: str = "",
    sentences: bool = True,
    progress: Progress | None = None,
    sparse: bool = True,
    embedding_text: str = "",
) -> Update:
    """Publish `result` in `store`, reusing `previous`; an ingest that changed nothing publishes nothing."""
    progress = progress or Progress()
    sparse_dimension = embedder.sparse_dimension if sparse else 0
    if previous is not None and _unchanged(result, previous, sentences, sparse_dimension):
        if progress.plan:
            progress.plan(0, 0)
        return Update(previous.stored.path.name, False, 0, len(result.chunks))
    titles = {doc.document.id: doc.document.title for doc in result.documents}
    embedded = embed_reusing(
        result.chunks,
        titles,
        embedder,
        previous,
        sentences,
        progress.plan,
        progress.chunks,
        progress.sentences,
        sparse=sparse,
    )
    dimension = embedded.vectors.shape[1]
    manifest = index_manifest(result, embedder.model_id, dimension, settings, pipeline, embedding_text)
    name = store.write(index_content(result, manifest, embedded.vectors, embedded.sentences, embedded.sparse))
    return Update(name, True, len(result.chunks) - embedded.kept, embedded.kept)


def _unchanged(result: IngestResult, previous: Previous, sentences: bool, sparse_dimension: int) -> bool:
    """Every document taken over, in the same order, and nothing removed: the published version is this one."""
    ids = tuple(doc.document.id for doc in result.documents)
    return (
        ids == tuple(result.reused)
        and ids == tuple(doc.id for doc in previous.stored.documents)
        and (previous.stored.sentences is not None) == sentences
        # A build from before the sparse channel (or of a model without one) is rebuilt once when it can have one.
        and (previous.stored.sparse.dimension if previous.stored.sparse is not None else 0) == sparse_dimension
    )
