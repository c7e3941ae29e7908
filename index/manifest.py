"""`manifest.json`: what an index was built from and with, checked on every load."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import Any

from ingest.chunk import ChunkSettings

FORMAT_VERSION = 1


@dataclass(frozen=True)
class SourceRecord:
    document_id: str
    file: str
    sha256: str
    pages: int
    chunks: int


@dataclass(frozen=True)
class IndexManifest:
    format_version: int
    embedding_model: str
    dimension: int
    chunking: ChunkSettings
    sources: tuple[SourceRecord, ...]
    created: str  # ISO 8601, UTC
    chunk_count: int
    # Fingerprint of the code and settings that turned the PDFs into chunks and vectors (index/reuse.py): an
    # incremental ingest takes over documents only from an index with the same one. Empty: built before it existed.
    pipeline: str = ""
    # Fingerprint of the code that makes the embedded texts from chunks: vectors are reused across a pipeline change
    # as long as this one holds. Empty: built before it existed.
    embedding_text: str = ""

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, indent=1)

    @staticmethod
    def from_json(text: str) -> IndexManifest:
        data: dict[str, Any] = json.loads(text)
        return IndexManifest(
            format_version=int(data["format_version"]),
            embedding_model=str(data["embedding_model"]),
            dimension=int(data["dimension"]),
            chunking=ChunkSettings(**data["chunking"]),
            sources=tuple(SourceRecord(**source) for source in data["sources"]),
            created=str(data["created"]),
            chunk_count=int(data["chunk_count"]),
            pipeline=str(data.get("pipeline", "")),
            embedding_text=str(data.get("embedding_text", "")),
        )
