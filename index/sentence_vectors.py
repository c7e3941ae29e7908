"""Vectors of single sentences, so that an extractive answer can pick the sentence that means the question.

Lexical overlap finds the sentence that repeats the question's words; a paraphrase ("Wie schnell ist das Internet
bei uns?") or an English question shares few of them. The same multilingual model that ranks the chunks also ranks
their sentences. The sentences are those of `ingest.sentences.split_sentences` on the chunk text, in order, so the
assistant's own split lines up with them. Table rows are left out (the lexical score reads them well and they are
many); a measure's field is embedded with the measure's title, since "Zeitraum: 2022–2025" alone means nothing.
Stored as `sentences.npy` (float32, no pickle) and `sentences.json` (first row per chunk) beside the chunk vectors.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from index.embedders import ModelEmbeddings
from ingest.chunk import Chunk
from ingest.sentences import split_sentences

MATRIX_FILE = "sentences.npy"
OFFSETS_FILE = "sentences.json"
_MIN_CHARS = 20  # shorter units are headings and fragments, never chosen as an answer
_BATCH = 32


@dataclass(frozen=True)
class SentenceVectors:
    """Row `offsets[i] + j` holds sentence j of chunk i (a zero row: not embedded)."""

    offsets: tuple[int, ...]  # len(chunks) + 1 entries
    matrix: np.ndarray

    def of_chunk(self, row: int) -> np.ndarray:
        return self.matrix[self.offsets[row] : self.offsets[row + 1]]


def sentence_texts(chunk: Chunk) -> list[str]:
    """What is embedded for each sentence of the chunk; "" for a sentence that is not embedded."""
    if chunk.kind == "table":
        return ["" for _ in split_sentences(chunk.text)]
    title = chunk.section[-1] if chunk.kind == "measure" and chunk.section else ""
    return [
        (f"{title} — {sentence}" if title else sentence) if len(sentence) >= _MIN_CHARS or ":" in sentence else ""
        for sentence in split_sentences(chunk.text)
    ]


def unique_texts(chunks: Sequence[Chunk]) -> list[str]:
    """The distinct texts to embed (overlapping chunks repeat sentences)."""
    return list(dict.fromkeys(text for chunk in chunks for text in sentence_texts(chunk) if text))


def embed_sentences(
    chunks: Sequence[Chunk], embedder: ModelEmbeddings, on_progress: Callable[[int], None] | None = None
) -> SentenceVectors:
    texts = unique_texts(chunks)
    vectors: dict[str, np.ndarray] = {}
    for start in range(0, len(texts), _BATCH):
        batch = texts[start : start + _BATCH]
        for text, vector in zip(batch, embedder.embed_documents(batch), strict=True):
            array = np.asarray(vector, dtype=np.float32)
            vectors[text] = array / max(float(np.linalg.norm(array)), 1e-12)
        if on_progress:
            on_progress(len(batch))
    zero = np.zeros(embedder.dimension, dtype=np.float32)
    rows: list[np.ndarray] = []
    offsets = [0]
    for chunk in chunks:
        rows.extend(vectors.get(text, zero) if text else zero for text in sentence_texts(chunk))
        offsets.append(len(rows))
    matrix = np.vstack(rows) if rows else np.zeros((0, embedder.dimension), dtype=np.float32)
    return SentenceVectors(tuple(offsets), matrix.astype(np.float32))


def write_sentence_vectors(folder: Path, vectors: SentenceVectors) -> None:
    np.save(folder / MATRIX_FILE, vectors.matrix, allow_pickle=False)
    (folder / OFFSETS_FILE).write_text(json.dumps(list(vectors.offsets)), encoding="utf-8")


def read_sentence_vectors(folder: Path, chunk_count: int) -> SentenceVectors | None:
    """The build's sentence vectors, or None for a build without them (then answers use words alone)."""
    if not (folder / MATRIX_FILE).is_file():
        return None
    matrix = np.load(folder / MATRIX_FILE, allow_pickle=False)
    offsets = tuple(int(o) for o in json.loads((folder / OFFSETS_FILE).read_text(encoding="utf-8")))
    if len(offsets) != chunk_count + 1 or offsets[-1] != matrix.shape[0]:
        raise ValueError(f"Satzvektoren passen nicht zu den {chunk_count} Abschnitten")
    return SentenceVectors(offsets, matrix)
