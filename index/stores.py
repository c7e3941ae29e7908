"""Where published index versions live: a folder of builds (`FileStore`) or PostgreSQL (`index.pg_store.PgStore`).

Both publish a complete version atomically, load the published one into memory and name it, so the ingest, the
service and its replicas do not care which one the settings chose (KEA_STORE=file|postgres).
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from index.errors import IndexNotFoundError
from index.store import IndexContent, StoredIndex, load_index, resolve_build, write_index


class IndexStore(Protocol):
    def write(self, content: IndexContent) -> str:
        """Store and publish a new version; returns its name."""
        ...

    def load(self, expected_model: str | None = None) -> StoredIndex:
        """The published version in memory (StoreError when there is none or it does not fit)."""
        ...

    def current(self) -> str | None:
        """Name of the published version, None when there is none yet."""
        ...


class FileStore:
    """The index folder of index/store.py: builds/<name>/ and the CURRENT pointer."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def write(self, content: IndexContent) -> str:
        return write_index(self.root, content).name

    def load(self, expected_model: str | None = None) -> StoredIndex:
        return load_index(self.root, expected_model)

    def current(self) -> str | None:
        try:
            return resolve_build(self.root).name
        except IndexNotFoundError:
            return None
