"""The index on disk: one build folder per ingest, published by atomically replacing a pointer file.

Layout of an index directory:
    CURRENT                 name of the published build (replaced with os.replace, never half-written)
    builds/<name>/          manifest.json, vectors.faiss, chunks.jsonl, pages.jsonl, documents.json,
                            measures.jsonl and funding.jsonl (the measure catalogue and the chunks' funding tags)
A crash or a failed ingest leaves at most an unpublished `.tmp-*` folder; readers keep the old build.
This is the only module that imports faiss. No pickle anywhere.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import faiss
import numpy as np

from index.catalogue_records import (
    FUNDING_FILE,
    MEASURES_FILE,
    funding_from_record,
    funding_to_record,
    measure_from_record,
    measure_to_record,
)
from index.errors import IndexCorruptError, IndexMismatchError, IndexNotFoundError
from index.manifest import FORMAT_VERSION, IndexManifest
from index.records import (
    chunk_from_record,
    chunk_to_record,
    document_from_record,
    document_to_record,
    page_from_record,
    page_to_record,
)
from index.sentence_vectors import SentenceVectors, read_sentence_vectors, write_sentence_vectors
from index.sparse_vectors import SparseVectors, read_sparse_vectors, write_sparse_vectors
from ingest.annotate import ChunkFunding
from ingest.chunk import Chunk
from ingest.document import Document
from ingest.measures import Measure
from ingest.page import Page

log = logging.getLogger(__name__)

_POINTER = "CURRENT"
_BUILDS = "builds"
_KEEP_BUILDS = 2  # the published build and the one before, for a manual rollback


@dataclass(frozen=True)
class StoredIndex:
    """Everything one build holds, loaded into memory."""

    path: Path
    manifest: IndexManifest
    documents: tuple[Document, ...]
    pages: tuple[Page, ...]
    chunks: tuple[Chunk, ...]
    vectors: faiss.Index
    measures: tuple[Measure, ...] = ()
    funding: tuple[ChunkFunding, ...] = ()
    has_catalogue: bool = False  # False for a build written before the catalogue existed: re-ingest
    sentences: SentenceVectors | None = None  # None for a build without them: answers then use words alone
    sparse: SparseVectors | None = None  # None for a build without them: search uses dense and BM25 alone


@dataclass(frozen=True)
class IndexContent:
    """What one index version holds, before it is stored (vectors as a matrix, row i for chunk i)."""

    manifest: IndexManifest
    documents: tuple[Document, ...]
    pages: tuple[Page, ...]
    chunks: tuple[Chunk, ...]
    vectors: np.ndarray
    measures: tuple[Measure, ...] = ()
    funding: tuple[ChunkFunding, ...] = ()
    sentences: SentenceVectors | None = None
    sparse: SparseVectors | None = None


def content_of(stored: StoredIndex) -> IndexContent:
    """A loaded index as content to store elsewhere (e.g. copied from the files into PostgreSQL)."""
    return IndexContent(
        stored.manifest,
        stored.documents,
        stored.pages,
        stored.chunks,
        vector_matrix(stored.vectors),
        stored.measures,
        stored.funding,
        stored.sentences,
        stored.sparse,
    )


def write_index(root: Path, content: IndexContent) -> Path:
    """Write a new build under `root` and publish it; returns the build folder."""
    builds = root / _BUILDS
    builds.mkdir(parents=True, exist_ok=True)
    name = new_build_name()
    tmp = builds / f".tmp-{name}"
    tmp.mkdir()
    try:
        _write_files(tmp, content)
        _write_jsonl(tmp / MEASURES_FILE, [measure_to_record(m) for m in content.measures])
        _write_jsonl(tmp / FUNDING_FILE, [funding_to_record(f) for f in content.funding])
        if content.sentences is not None:
            write_sentence_vectors(tmp, content.sentences)
        if content.sparse is not None:
            write_sparse_vectors(tmp, content.sparse)
        _fsync_all(tmp)
        final = builds / name
        tmp.rename(final)
        _publish(root, name)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    _prune(builds, keep=name)
    log.info("index_written path=%s chunks=%d", final, len(content.chunks))
    return final


def load_index(root: Path, expected_model: str | None = None) -> StoredIndex:
    """Load the published build (or `root` itself if it is a build folder)."""
    build = resolve_build(root)
    try:
        manifest = IndexManifest.from_json((build / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise IndexCorruptError(f"Index {build}: manifest.json fehlt oder ist beschädigt ({exc})") from exc
    check_manifest(manifest, f"Index {root}", expected_model)
    try:
        vectors = faiss.read_index(str(build / "vectors.faiss"))
        chunks = tuple(chunk_from_record(r) for r in _read_jsonl(build / "chunks.jsonl"))
        pages = tuple(page_from_record(r) for r in _read_jsonl(build / "pages.jsonl"))
        docs = tuple(document_from_record(r) for r in json.loads((build / "documents.json").read_text("utf-8")))
        has_catalogue = (build / MEASURES_FILE).is_file()
        measures = tuple(measure_from_record(r) for r in _read_jsonl(build / MEASURES_FILE)) if has_catalogue else ()
        funding = tuple(funding_from_record(r) for r in _read_jsonl(build / FUNDING_FILE)) if has_catalogue else ()
        sentences = read_sentence_vectors(build, len(chunks))
        sparse = read_sparse_vectors(build, len(chunks))
    except (OSError, RuntimeError, ValueError, KeyError, TypeError) as exc:
        raise IndexCorruptError(f"Index {build} ist unvollständig oder beschädigt ({exc})") from exc
    if vectors.ntotal != len(chunks) or vectors.d != manifest.dimension:
        raise IndexCorruptError(f"Index {build}: {vectors.ntotal} Vektoren, aber {len(chunks)} Abschnitte")
    return StoredIndex(
        build, manifest, docs, pages, chunks, vectors, measures, funding, has_catalogue, sentences, sparse
    )


def check_manifest(manifest: IndexManifest, where: str, expected_model: str | None) -> None:
    """Refuse an index of another format or embedding model (`where` names it in the message)."""
    if manifest.format_version != FORMAT_VERSION:
        raise IndexMismatchError(
            f"{where} hat Format {manifest.format_version}, erwartet wird {FORMAT_VERSION}. "
            "Bitte neu aufbauen: kea ingest"
        )
    if expected_model is not None and manifest.embedding_model != expected_model:
        raise IndexMismatchError(
            f"{where} wurde mit dem Embedding-Modell {manifest.embedding_model!r} gebaut, "
            f"konfiguriert ist {expected_model!r}. Bitte mit diesem Modell neu aufbauen (kea ingest) "
            "oder das ursprüngliche Modell einstellen."
        )


def in_memory_index(path: Path, content: IndexContent) -> StoredIndex:
    """A loaded index from parts read elsewhere (the PostgreSQL store): the FAISS index is built here."""
    c = content
    if c.vectors.shape != (len(c.chunks), c.manifest.dimension):
        raise IndexCorruptError(f"{path}: {c.vectors.shape[0]} Vektoren, aber {len(c.chunks)} Abschnitte")
    flat = faiss.IndexFlatIP(c.manifest.dimension)
    flat.add(np.ascontiguousarray(c.vectors, dtype=np.float32))
    return StoredIndex(
        path, c.manifest, c.documents, c.pages, c.chunks, flat, c.measures, c.funding, True, c.sentences, c.sparse
    )


def vector_matrix(vectors: faiss.Index) -> np.ndarray:
    """Every stored vector, row by row (to reuse them in the next build)."""
    if vectors.ntotal == 0:
        return np.zeros((0, vectors.d), dtype=np.float32)
    return np.asarray(vectors.reconstruct_n(0, vectors.ntotal), dtype=np.float32)


def new_build_name() -> str:
    """A build's name: its creation time (so names sort by age) and a random suffix."""
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f") + "-" + uuid.uuid4().hex[:4]


def nearest(
    vectors: faiss.Index, query: np.ndarray, k: int, allowed: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """The k most similar vectors as parallel arrays (rows, scores), searching only `allowed` rows when given."""
    count = min(k, vectors.ntotal if allowed is None else len(allowed))
    if count <= 0:
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.float32)
    # The selector restricts the search itself, so a filter never leaves fewer than k results.
    params = None
    if allowed is not None:
        params = faiss.SearchParameters()
        params.sel = faiss.IDSelectorBatch(allowed.astype(np.int64))
    scores, ids = vectors.search(np.asarray(query, dtype=np.float32).reshape(1, -1), count, params=params)
    found = ids[0] >= 0
    return ids[0][found], scores[0][found]


def resolve_build(root: Path) -> Path:
    if (root / "manifest.json").is_file():
        return root
    pointer = root / _POINTER
    if not pointer.is_file():
        raise IndexNotFoundError(
            f"Kein Index unter {root}. Bitte zuerst einen Index aufbauen: kea ingest [PDF-ORDNER] --index {root}"
        )
    build = root / _BUILDS / pointer.read_text(encoding="utf-8").strip()
    if not build.is_dir():
        raise IndexCorruptError(f"Index {root}: veröffentlichter Stand {build.name} fehlt")
    return build


def _write_files(folder: Path, content: IndexContent) -> None:
    dimension = content.manifest.dimension
    matrix = np.ascontiguousarray(content.vectors, dtype=np.float32).reshape(len(content.chunks), dimension)
    flat = faiss.IndexFlatIP(dimension)  # exact search: a county corpus is thousands of chunks
    flat.add(matrix)
    faiss.write_index(flat, str(folder / "vectors.faiss"))
    _write_jsonl(folder / "chunks.jsonl", [chunk_to_record(c) for c in content.chunks])
    _write_jsonl(folder / "pages.jsonl", [page_to_record(p) for p in content.pages])
    (folder / "documents.json").write_text(
        json.dumps([document_to_record(d) for d in content.documents], ensure_ascii=False, indent=1), encoding="utf-8"
    )
    (folder / "manifest.json").write_text(content.manifest.to_json(), encoding="utf-8")


def _fsync_all(folder: Path) -> None:
    for path in folder.iterdir():
        with path.open("rb") as handle:
            os.fsync(handle.fileno())


def _publish(root: Path, name: str) -> None:
    pointer_tmp = root / f".{_POINTER}.{uuid.uuid4().hex[:6]}"
    pointer_tmp.write_text(name + "\n", encoding="utf-8")
    os.replace(pointer_tmp, root / _POINTER)


def _prune(builds: Path, keep: str) -> None:
    finished = sorted((p for p in builds.iterdir() if p.is_dir() and not p.name.startswith(".")), reverse=True)
    for old in [p for p in finished if p.name != keep][_KEEP_BUILDS - 1 :]:
        shutil.rmtree(old, ignore_errors=True)


def _write_jsonl(path: Path, records: list[dict[str, object]]) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")


def _read_jsonl(path: Path) -> list[dict[str, object]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]
