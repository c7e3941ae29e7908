"""The assistant as the service builds it (with the measure catalogue) over a real index of the sample corpus,
embedded with the small deterministic test embedder."""

from __future__ import annotations

from pathlib import Path

from assistant.assistant import Assistant
from index.build import build_index
from index.catalogue import Catalogue
from index.embedders import HashingEmbeddings
from index.search import Searcher
from index.store import load_index
from ingest.chunk import ChunkSettings
from ingest.funding import load_tagger
from tests.api_app import LENIENT
from tests.sample import ingested


def sample_assistant(index: Path) -> Assistant:
    """Builds the index at `index` unless it exists; with the catalogue when the index has one (as
    service.compose.build_assistant does)."""
    if not index.exists():
        build_index(ingested(), HashingEmbeddings(), index, ChunkSettings())
    searcher = Searcher(load_index(index), HashingEmbeddings())
    catalogue = Catalogue(searcher.stored, load_tagger(), searcher) if searcher.stored.has_catalogue else None
    return Assistant(searcher, LENIENT, catalogue=catalogue)
