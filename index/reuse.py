"""Incremental ingest: what the published index already holds is taken over, not read and embedded again.

Two levels:
- A document whose PDF (sha256), manifest entry and pipeline fingerprint are unchanged is taken over whole:
  its pages, chunks, measures and funding tags come from the published index; no PDF reading, no OCR.
- A chunk whose embedded text (title, section path, text) and kind were published before keeps its vectors
  (chunk and sentences), wherever it now stands, so a new edition embeds only the passages that changed.
A document that is no longer in the folder is not taken over, so it disappears from the new version.

The pipeline fingerprint covers the code that turns PDFs into chunks (the `ingest` package with its data
files), the code that decides what is embedded, and the settings that shape both; a change to any of them
makes the next ingest read every document again. Vectors are keyed by the text they embed, so they survive such a
change as long as the code that makes that text from a chunk (passage text, sentence split, sentence texts) and the
passage prefix stay the same: the embedding-text fingerprint. An update of the PDF reading or chunking then re-embeds
only the passages whose text it changed, not the whole corpus.
"""

from __future__ import annotations

import hashlib
import inspect
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

import numpy as np

import ingest
from index.build import embed_chunks, passage_text
from index.embedders import ModelEmbeddings
from index.sentence_vectors import SentenceVectors, embed_sentences, sentence_texts, unique_texts
from index.sparse_vectors import SparseVectors, embed_sparse, sparse_from_rows
from index.store import StoredIndex, vector_matrix
from ingest.chunk import Chunk
from ingest.document import Document, ManifestEntry, file_sha256
from ingest.pipeline import IngestedDocument
from ingest.sentences import split_sentences


def pipeline_fingerprint(settings: Mapping[str, object]) -> str:
    """sha256 over the ingest code and data, the embedding-text code and `settings` (JSON-serialisable)."""
    package = Path(inspect.getfile(ingest)).parent
    files = sorted(p for p in package.rglob("*") if p.is_file() and p.suffix in (".py", ".toml", ".tsv", ".txt"))
    return _digest(settings, [*files, *_embedding_text_files()])


def embedding_text_fingerprint(settings: Mapping[str, object]) -> str:
    """sha256 over the code that turns a chunk into the texts its vectors embed, and `settings` (the prefix)."""
    return _digest(settings, _embedding_text_files())


def _embedding_text_files() -> list[Path]:
    return [Path(inspect.getfile(f)) for f in (passage_text, sentence_texts, split_sentences)]


def _digest(settings: Mapping[str, object], files: list[Path]) -> str:
    digest = hashlib.sha256(json.dumps(settings, sort_keys=True, default=str).encode())
    for path in files:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


class Previous:
    """The published index as a source of documents and vectors for the next ingest."""

    def __init__(self, stored: StoredIndex, fingerprint: str, embedding_text: str = "") -> None:
        self.stored = stored
        self._same_pipeline = bool(fingerprint) and stored.manifest.pipeline == fingerprint
        # The published vectors embed what today's code would embed for the same chunk.
        self._same_text = self._same_pipeline or (
            bool(embedding_text) and stored.manifest.embedding_text == embedding_text
        )
        self._documents = {doc.id: doc for doc in stored.documents}
        titles = {doc.id: doc.title for doc in stored.documents}
        # A vector depends only on the text embedded, so a chunk that moved (pages shifted in a new edition)
        # keeps its vectors; the kind decides which sentences are embedded.
        self._row_of: dict[tuple[str, str], int] = {}
        for row, chunk in enumerate(stored.chunks):
            self._row_of.setdefault((passage_text(chunk, titles.get(chunk.document_id, "")), chunk.kind), row)
        self._matrix: np.ndarray | None = None

    def document(self, path: Path, entry: ManifestEntry) -> IngestedDocument | None:
        """The published document when nothing that shapes it changed, else None (read it anew)."""
        old = self._documents.get(entry.id)
        if old is None or not self._same_pipeline:
            return None
        sha256 = file_sha256(path)
        expected = Document(
            entry.id, entry.title, path.name, sha256, entry.year, entry.kind, entry.source_url, old.page_count
        )
        if expected != old:
            return None
        return self.published(old.id)

    def published(self, document_id: str) -> IngestedDocument | None:
        """The published version of a document as it stands, whatever its file now holds (for a file that can no
        longer be read: the county keeps the last good version rather than losing the document)."""
        old = self._documents.get(document_id)
        if old is None:
            return None
        chunks = tuple(c for c in self.stored.chunks if c.document_id == old.id)
        ids = {c.id for c in chunks}
        return IngestedDocument(
            document=old,
            pages=tuple(p for p in self.stored.pages if p.document_id == old.id),
            chunks=chunks,
            measures=tuple(m for m in self.stored.measures if m.document_id == old.id),
            funding=tuple(f for f in self.stored.funding if f.chunk_id in ids),
        )

    def row(self, chunk: Chunk, title: str) -> int | None:
        """A published row whose vectors (chunk and sentences) are those of `chunk` under `title`."""
        if not self._same_text:  # the code that builds the embedded text changed: the old vectors mean other texts
            return None
        return self._row_of.get((passage_text(chunk, title), chunk.kind))

    def vector(self, row: int) -> np.ndarray:
        if self._matrix is None:
            self._matrix = vector_matrix(self.stored.vectors)
        return np.asarray(self._matrix[row], dtype=np.float32)


def embed_reusing(
    chunks: tuple[Chunk, ...],
    titles: dict[str, str],
    embedder: ModelEmbeddings,
    previous: Previous | None,
    sentences: bool,
    on_plan: Callable[[int, int], None] | None = None,
    on_progress: Callable[[int], None] | None = None,
    on_sentence_progress: Callable[[int], None] | None = None,
    sparse: bool = True,
) -> Embedded:
    """Chunk vectors (and sentence and sparse vectors when asked) for `chunks`, embedding only what `previous` lacks.

    `on_plan` learns first how many chunks (dense and sparse passes together) and sentences will be embedded."""
    rows = [previous.row(c, titles.get(c.document_id, "")) if previous else None for c in chunks]
    fresh = tuple(chunk for chunk, row in zip(chunks, rows, strict=True) if row is None)
    old_sentences = previous.stored.sentences if previous is not None else None
    needs = tuple(c for c, row in zip(chunks, rows, strict=True) if row is None or old_sentences is None)
    old_sparse = previous.stored.sparse if previous is not None else None
    sparse_dimension = embedder.sparse_dimension if sparse else 0
    if old_sparse is not None and old_sparse.dimension != sparse_dimension:
        old_sparse = None
    sparse_needs = [i for i, row in enumerate(rows) if old_sparse is None or row is None] if sparse_dimension else []
    if on_plan:
        on_plan(len(fresh) + len(sparse_needs), len(unique_texts(needs)) if sentences else 0)
    embedded = iter(embed_chunks(fresh, titles, embedder, on_progress)) if fresh else iter(())
    dimension = embedder.dimension
    matrix = np.zeros((len(chunks), dimension), dtype=np.float32)
    for index, row in enumerate(rows):
        matrix[index] = previous.vector(row) if previous is not None and row is not None else next(embedded)
    sparse_vectors = None
    if sparse_dimension:
        texts = [passage_text(chunks[i], titles.get(chunks[i].document_id, "")) for i in sparse_needs]
        new_sparse = iter(embed_sparse(texts, embedder, on_progress))
        sparse_rows = [
            old_sparse.row(row) if old_sparse is not None and row is not None else next(new_sparse) for row in rows
        ]
        sparse_vectors = sparse_from_rows(sparse_rows, sparse_dimension)
    kept = len(chunks) - len(fresh)
    if not sentences:
        return Embedded(matrix, None, sparse_vectors, kept)
    new = embed_sentences(needs, embedder, on_sentence_progress)
    new_rows = {chunk.id: index for index, chunk in enumerate(needs)}
    parts = []
    for chunk, row in zip(chunks, rows, strict=True):
        if old_sentences is None or row is None:
            parts.append(new.of_chunk(new_rows[chunk.id]))
        else:
            parts.append(old_sentences.of_chunk(row))
    offsets = [0]
    for part in parts:
        offsets.append(offsets[-1] + len(part))
    stacked = np.vstack(parts) if parts else np.zeros((0, dimension), dtype=np.float32)
    return Embedded(matrix, SentenceVectors(tuple(offsets), stacked.astype(np.float32)), sparse_vectors, kept)


@dataclass(frozen=True)
class Embedded:
    vectors: np.ndarray
    sentences: SentenceVectors | None
    sparse: SparseVectors | None
    kept: int  # chunks that kept their published vectors
