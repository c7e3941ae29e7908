"""The index in PostgreSQL, for several service replicas sharing one database (KEA_STORE=postgres).

The same content as a file build (index/store.py) in tables (index/pg_schema.py); each replica loads the
published version into memory (FAISS and BM25 are built there, as from files) and polls `current()` to notice
a new one. A version is written and published in one transaction, so readers see the old or the new version,
never half of one; publishing replicas take turns under an advisory lock. Vectors are stored as little-endian
float32 bytes. The only module of index/ that imports psycopg.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import psycopg
from psycopg.types.json import Jsonb

from index import pg_schema as sql
from index.catalogue_records import funding_from_record, funding_to_record, measure_from_record, measure_to_record
from index.embedders import SparseVector
from index.errors import DatabaseError, IndexNotFoundError
from index.manifest import IndexManifest
from index.records import (
    chunk_from_record,
    chunk_to_record,
    document_from_record,
    document_to_record,
    page_from_record,
    page_to_record,
)
from index.sentence_vectors import SentenceVectors
from index.sparse_vectors import SparseVectors, sparse_from_rows
from index.store import IndexContent, StoredIndex, check_manifest, in_memory_index, new_build_name

log = logging.getLogger(__name__)

KEEP_VERSIONS = 2  # the published version and the one before, as the file store keeps two builds
_FLOAT = np.dtype("<f4")
_INT = np.dtype("<i4")


@dataclass(frozen=True)
class _Revision:
    """One document's share of a version, as rows."""

    document: dict[str, Any]
    pages: list[dict[str, Any]]
    # chunk id, record, embedding, sentence vectors, sparse vector
    chunks: list[tuple[str, dict[str, Any], bytes, bytes | None, bytes | None]]
    measures: list[dict[str, Any]]
    funding: list[dict[str, Any]]

    def key(self, model: str) -> str:
        digest = hashlib.sha256(model.encode())
        for item in (self.document, self.pages, [c[1] for c in self.chunks], self.measures, self.funding):
            digest.update(json.dumps(item, sort_keys=True, ensure_ascii=False).encode())
        for _id, _record, embedding, sentences, sparse in self.chunks:
            digest.update(embedding)
            digest.update(b"-" if sentences is None else sentences)
            digest.update(b"-" if sparse is None else b"s" + sparse)
        return digest.hexdigest()


class PgStore:
    """An index store in the PostgreSQL database at `url` (a libpq connection string or URL)."""

    def __init__(self, url: str, connect_timeout_s: int = 10) -> None:
        self._url = url
        self._timeout = connect_timeout_s
        self._ready = False

    @contextmanager
    def connect(self, snapshot: bool = False) -> Iterator[psycopg.Connection[Any]]:
        """A connection in one transaction (committed on success), with the tables created on first use.

        `snapshot`: every read of the transaction sees the same state (repeatable read)."""
        try:
            with psycopg.connect(self._url, connect_timeout=self._timeout) as conn:
                if not self._ready:
                    conn.execute("SELECT pg_advisory_xact_lock(%s)", (sql.LOCK_KEY,))
                    conn.execute(sql.TABLES)
                    conn.commit()
                    self._ready = True
                if snapshot:
                    conn.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
                yield conn
        except psycopg.Error as exc:
            log.warning("database_error error=%s", type(exc).__name__)
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise DatabaseError(f"Datenbank (KEA_DATABASE_URL) nicht nutzbar: {first}") from exc

    def current(self) -> str | None:
        """Name of the published version, None before the first."""
        with self.connect() as conn:
            row = conn.execute(sql.CURRENT).fetchone()
        return str(row[1]) if row else None

    def write(self, content: IndexContent) -> str:
        """Store and publish a new version; documents already stored unchanged are reused. Returns its name."""
        manifest, sentences, sparse = content.manifest, content.sentences, content.sparse
        revisions = _revisions(content)
        name = new_build_name()
        with self.connect() as conn:
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (sql.LOCK_KEY,))
            ids = [_store_revision(conn, revision, manifest.embedding_model) for revision in revisions]
            row = conn.execute(
                "INSERT INTO kea_version (name, manifest, has_sentences, sparse_dimension)"
                " VALUES (%s, %s, %s, %s) RETURNING id",
                (name, Jsonb(json.loads(manifest.to_json())), sentences is not None, sparse.dimension if sparse else 0),
            ).fetchone()
            assert row is not None
            with conn.cursor() as cursor:
                cursor.executemany(
                    "INSERT INTO kea_version_document (version_id, position, revision_id) VALUES (%s, %s, %s)",
                    [(row[0], position, revision_id) for position, revision_id in enumerate(ids)],
                )
            conn.execute(sql.PUBLISH, (row[0],))
            conn.execute(sql.PRUNE_VERSIONS, (KEEP_VERSIONS,))
            conn.execute(sql.PRUNE_REVISIONS)
        log.info("index_published store=postgres version=%s chunks=%d", name, len(content.chunks))
        return name

    def load(self, expected_model: str | None = None) -> StoredIndex:
        """The published version in memory, checked like a file build (format, embedding model)."""
        with self.connect(snapshot=True) as conn:
            row = conn.execute(sql.CURRENT).fetchone()
            if row is None:
                raise IndexNotFoundError(
                    "Die Datenbank enthält noch keinen Index. "
                    "Bitte zuerst einlesen: kea ingest (mit KEA_STORE=postgres)"
                )
            version_id, name, manifest_data, has_sentences, sparse_dimension = row
            manifest = IndexManifest.from_json(json.dumps(manifest_data))
            check_manifest(manifest, f"Datenbank-Index {name}", expected_model)
            documents = tuple(document_from_record(r) for (r,) in conn.execute(sql.DOCUMENTS, (version_id,)))
            pages = tuple(page_from_record(r) for (r,) in _rows(conn, "kea_page", "t.record", version_id))
            chunk_rows = _rows(conn, "kea_chunk", "t.record, t.embedding, t.sentences, t.sparse", version_id)
            measures = tuple(measure_from_record(r) for (r,) in _rows(conn, "kea_measure", "t.record", version_id))
            funding = tuple(funding_from_record(r) for (r,) in _rows(conn, "kea_funding", "t.record", version_id))
        chunks = tuple(chunk_from_record(record) for record, _, _, _ in chunk_rows)
        matrix = _matrix([bytes(embedding) for _, embedding, _, _ in chunk_rows], manifest.dimension)
        sentence_vectors = _sentences([s for _, _, s, _ in chunk_rows], manifest.dimension) if has_sentences else None
        sparse = _sparse([row[3] for row in chunk_rows], sparse_dimension) if sparse_dimension else None
        path = Path("postgresql") / str(name)
        content = IndexContent(manifest, documents, pages, chunks, matrix, measures, funding, sentence_vectors, sparse)
        return in_memory_index(path, content)


def _rows(conn: psycopg.Connection[Any], table: str, columns: str, version_id: int) -> list[tuple[Any, ...]]:
    return conn.execute(sql.ROWS.format(columns=columns, table=table), (version_id,)).fetchall()


def _store_revision(conn: psycopg.Connection[Any], revision: _Revision, model: str) -> int:
    key = revision.key(model)
    found = conn.execute("SELECT id FROM kea_revision WHERE key = %s", (key,)).fetchone()
    if found is not None:
        return int(found[0])
    row = conn.execute(
        "INSERT INTO kea_revision (key, document_id, sha256, document) VALUES (%s, %s, %s, %s) RETURNING id",
        (key, revision.document["id"], revision.document["sha256"], Jsonb(revision.document)),
    ).fetchone()
    assert row is not None
    revision_id = int(row[0])
    with conn.cursor() as cursor:
        for table, records in (("kea_page", revision.pages), ("kea_measure", revision.measures)):
            cursor.executemany(
                f"INSERT INTO {table} (revision_id, position, record) VALUES (%s, %s, %s)",
                [(revision_id, i, Jsonb(record)) for i, record in enumerate(records)],
            )
        cursor.executemany(
            "INSERT INTO kea_funding (revision_id, position, record) VALUES (%s, %s, %s)",
            [(revision_id, i, Jsonb(record)) for i, record in enumerate(revision.funding)],
        )
        cursor.executemany(
            "INSERT INTO kea_chunk (revision_id, position, chunk_id, record, embedding, sentences, sparse)"
            " VALUES (%s, %s, %s, %s, %s, %s, %s)",
            [
                (revision_id, i, cid, Jsonb(rec), emb, sen, spa)
                for i, (cid, rec, emb, sen, spa) in enumerate(revision.chunks)
            ],
        )
    return revision_id


def _revisions(content: IndexContent) -> list[_Revision]:
    documents, pages, chunks, vectors = content.documents, content.pages, content.chunks, content.vectors
    measures, funding, sentences, sparse = content.measures, content.funding, content.sentences, content.sparse
    owner = {chunk.id: chunk.document_id for chunk in chunks}
    matrix = np.asarray(vectors, dtype=_FLOAT)
    return [
        _Revision(
            document=document_to_record(document),
            pages=[page_to_record(p) for p in pages if p.document_id == document.id],
            chunks=[
                (
                    chunk.id,
                    chunk_to_record(chunk),
                    matrix[row].tobytes(),
                    None if sentences is None else sentences.of_chunk(row).astype(_FLOAT).tobytes(),
                    None if sparse is None else _sparse_bytes(sparse.row(row)),
                )
                for row, chunk in enumerate(chunks)
                if chunk.document_id == document.id
            ],
            measures=[measure_to_record(m) for m in measures if m.document_id == document.id],
            funding=[funding_to_record(f) for f in funding if owner.get(f.chunk_id) == document.id],
        )
        for document in documents
    ]


def _matrix(rows: Sequence[bytes], dimension: int) -> np.ndarray:
    if not rows:
        return np.zeros((0, dimension), dtype=np.float32)
    return np.frombuffer(b"".join(rows), dtype=_FLOAT).reshape(len(rows), dimension).astype(np.float32)


def _sentences(rows: Sequence[Any], dimension: int) -> SentenceVectors:
    parts = [np.frombuffer(bytes(row or b""), dtype=_FLOAT).reshape(-1, dimension) for row in rows]
    offsets = [0]
    for part in parts:
        offsets.append(offsets[-1] + len(part))
    matrix = np.vstack(parts).astype(np.float32) if parts else np.zeros((0, dimension), dtype=np.float32)
    return SentenceVectors(tuple(offsets), matrix)


def _sparse_bytes(vector: SparseVector) -> bytes:
    indices, values = vector
    return np.asarray(indices, dtype=_INT).tobytes() + np.asarray(values, dtype=_FLOAT).tobytes()


def _sparse(rows: Sequence[Any], dimension: int) -> SparseVectors:
    vectors = []
    for row in rows:
        data = bytes(row or b"")
        half = len(data) // 2  # as many int32 indices as float32 values
        vectors.append((np.frombuffer(data[:half], dtype=_INT), np.frombuffer(data[half:], dtype=_FLOAT)))
    return sparse_from_rows(vectors, dimension)
