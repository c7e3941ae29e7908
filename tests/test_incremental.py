"""Incremental ingest on real PDFs and a real index on disk: only new, changed or removed documents are processed.

The check that matters: an incremental ingest publishes exactly what a full ingest of the same folder publishes
(chunks, pages, measures, tags, every vector), while reading and embedding only what changed."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest

from index.build import passage_text
from index.embedders import HashingEmbeddings
from index.store import StoredIndex, load_index
from ingest.pdf import read_pdf
from service.cli import main
from tests.indexes import assert_same_index
from tests.pdfs import text_pdf

DOCUMENTS = {
    "atlas": [
        ["# 1 Bevölkerung", "Der Landkreis hat 112.665 Einwohnerinnen und Einwohner."],
        ["# 2 Arbeit", "Die Arbeitslosenquote lag 2019 bei 3,4 Prozent."],
    ],
    "konzept": [
        [
            "# Maßnahme K3: Radverkehrskonzept",
            "Ziel: Ein kreisweites Radverkehrskonzept.",
            "Federführung: Kreisverwaltung",
        ]
    ],
    "leitfaden": [["# Einleitung", "Kreisentwicklungskonzepte gestalten den demografischen Wandel."]],
}
ALL_PDFS = sorted(f"{name}.pdf" for name in DOCUMENTS)
MANIFEST = """
[[documents]]
id = "atlas"
title = "Strukturatlas"
file = "atlas.pdf"

[[documents]]
id = "konzept"
title = "Handlungskonzept"
file = "konzept.pdf"
"""


@pytest.fixture(autouse=True)
def hashing_backend(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KEA_EMBEDDING_BACKEND", "hashing")
    monkeypatch.setenv("KEA_OCR_ENABLED", "false")


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "pdfs"
    folder.mkdir()
    for name, pages in DOCUMENTS.items():
        text_pdf(folder / f"{name}.pdf", pages)
    (tmp_path / "manifest.toml").write_text(MANIFEST, encoding="utf-8")  # beside the folder: found by kea ingest
    return folder


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The PDFs actually read (a spy on the real reader, which keeps working)."""
    seen: list[str] = []

    def spy(path: Path) -> object:
        seen.append(path.name)
        return read_pdf(path)

    monkeypatch.setattr("ingest.pipeline.read_pdf", spy)
    return seen


def _ingest(folder: Path, index: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> str:
    assert main(["ingest", str(folder), "--index", str(index), *extra]) == 0
    return capsys.readouterr().out


def _full_ingest(folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> StoredIndex:
    """The same folder ingested into a new index: what an incremental ingest must equal."""
    _ingest(folder, tmp_path / "full", capsys, *extra)
    return load_index(tmp_path / "full")


def test_unchanged_corpus_reads_nothing_and_publishes_nothing(
    corpus: Path, tmp_path: Path, reads: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    index = tmp_path / "idx"
    first = _ingest(corpus, index, capsys)
    assert sorted(reads) == ALL_PDFS
    assert "Neu eingebettet:" in first
    published = (index / "CURRENT").read_text()
    reads.clear()
    out = _ingest(corpus, index, capsys)
    assert reads == []
    assert "Index: unverändert, " in out and "(unverändert übernommen)" in out
    assert (index / "CURRENT").read_text() == published


def test_changed_document_is_read_again_and_equals_a_full_ingest(
    corpus: Path, tmp_path: Path, reads: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    index = tmp_path / "idx"
    _ingest(corpus, index, capsys)
    before = load_index(index)
    pages = DOCUMENTS["konzept"] + [["# Maßnahme K4: Carsharing", "Ziel: Carsharing in jedem Mittelzentrum."]]
    text_pdf(corpus / "konzept.pdf", pages)
    reads.clear()
    out = _ingest(corpus, index, capsys)
    assert reads == ["konzept.pdf"]
    after = load_index(index)
    kept = {c.id for c in before.chunks} & {c.id for c in after.chunks}
    assert kept >= {c.id for c in before.chunks if c.document_id != "konzept"}
    assert f"übernommen: {len(kept)}" in out
    assert main(["search", "Carsharing Mittelzentrum", "--index", str(index), "-k", "1", "--json"]) == 0
    assert '"page": 2' in capsys.readouterr().out
    assert_same_index(after, _full_ingest(corpus, tmp_path, capsys, "--neu"))


def _long_page(number: int, topic: str) -> list[str]:
    lines = [f"Zum Thema {topic} beschreibt Absatz {i} die Lage im Landkreis mit Zahlen bis 2030." for i in range(8)]
    return [f"# {number} {topic}", *lines]


def test_moved_passages_keep_their_vectors(
    corpus: Path, tmp_path: Path, reads: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    # Pages of a real report's length, each its own chunk, with running header and footer to drop.
    pages = [_long_page(n, topic) for n, topic in enumerate(("Bevölkerung", "Arbeit", "Verkehr", "Energie"), 1)]
    text_pdf(corpus / "atlas.pdf", pages)
    index = tmp_path / "idx"
    _ingest(corpus, index, capsys)
    before = load_index(index)
    text_pdf(corpus / "atlas.pdf", [_long_page(0, "Vorwort"), *pages])  # every page moves one page back
    reads.clear()
    out = _ingest(corpus, index, capsys)
    assert reads == ["atlas.pdf"]
    after = load_index(index)
    titles = {d.id: d.title for d in after.documents}
    known = {(passage_text(c, titles[c.document_id]), c.kind) for c in before.chunks}
    new = [c for c in after.chunks if (passage_text(c, titles[c.document_id]), c.kind) not in known]
    moved = [c for c in after.chunks if c.document_id == "atlas" and c not in new]
    assert new and moved and all(c.page > 1 for c in moved)
    assert f"Neu eingebettet: {len(new)} Abschnitte, übernommen: {len(after.chunks) - len(new)}" in out
    assert_same_index(after, _full_ingest(corpus, tmp_path, capsys))


def test_removed_document_disappears(
    corpus: Path, tmp_path: Path, reads: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    index = tmp_path / "idx"
    _ingest(corpus, index, capsys)
    (corpus / "leitfaden.pdf").unlink()
    reads.clear()
    _ingest(corpus, index, capsys)
    assert reads == []
    stored = load_index(index)
    assert [d.id for d in stored.documents] == ["atlas", "konzept"]
    assert all(c.document_id != "leitfaden" for c in stored.chunks)
    assert all(p.document_id != "leitfaden" for p in stored.pages)
    assert_same_index(stored, _full_ingest(corpus, tmp_path, capsys))


def test_new_document_is_added_and_renamed_title_is_embedded_again(
    corpus: Path, tmp_path: Path, reads: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    index = tmp_path / "idx"
    _ingest(corpus, index, capsys)
    text_pdf(corpus / "bericht.pdf", [["# Sozialbericht", "Die Pflegestützpunkte beraten Angehörige."]])
    manifest = tmp_path / "manifest.toml"
    manifest.write_text(manifest.read_text().replace('"Strukturatlas"', '"Strukturatlas 2020"'), encoding="utf-8")
    reads.clear()
    _ingest(corpus, index, capsys)
    # The title is part of every embedded passage: the atlas is read and embedded again, the others are not.
    assert sorted(reads) == ["atlas.pdf", "bericht.pdf"]
    stored = load_index(index)
    assert {d.id: d.title for d in stored.documents}["atlas"] == "Strukturatlas 2020"
    assert_same_index(stored, _full_ingest(corpus, tmp_path, capsys))


def test_changed_settings_read_everything_again_and_keep_the_vectors_of_unchanged_passages(
    corpus: Path, tmp_path: Path, reads: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    index = tmp_path / "idx"
    _ingest(corpus, index, capsys)
    before = load_index(index)
    monkeypatch.setenv("KEA_CHUNK_SIZE", "400")
    reads.clear()
    out = _ingest(corpus, index, capsys)
    assert sorted(reads) == ALL_PDFS
    after = load_index(index)
    # These pages are shorter than either chunk size: their passages, hence their vectors, stay the same.
    assert f"Neu eingebettet: 0 Abschnitte, übernommen: {len(after.chunks)}" in out
    assert after.manifest.pipeline != before.manifest.pipeline
    assert_same_index(after, _full_ingest(corpus, tmp_path, capsys))


def test_code_update_reads_every_document_and_embeds_only_changed_passages(
    corpus: Path, tmp_path: Path, reads: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    index = tmp_path / "idx"
    _ingest(corpus, index, capsys)
    # A release whose chunking writes one passage differently: every document is read again, one passage embedded.
    from ingest.chunk import chunk_pages

    original = chunk_pages

    def chunked(*args: Any, **kwargs: Any) -> Any:
        return [
            dataclasses.replace(c, text=c.text.replace("3,4 Prozent", "dreieinhalb Prozent"))
            for c in original(*args, **kwargs)
        ]

    monkeypatch.setattr("service.indexing.pipeline", lambda settings: "a newer pipeline")
    monkeypatch.setattr("ingest.pipeline.chunk_pages", chunked)
    reads.clear()
    out = _ingest(corpus, index, capsys)
    assert sorted(reads) == ALL_PDFS
    after = load_index(index)
    changed = [c for c in after.chunks if "dreieinhalb" in c.text]
    assert len(changed) == 1
    assert f"Neu eingebettet: 1 Abschnitte, übernommen: {len(after.chunks) - 1}" in out
    monkeypatch.setattr("service.indexing.pipeline", lambda settings: "yet another pipeline")
    assert_same_index(after, _full_ingest(corpus, tmp_path, capsys))


def test_changed_embedding_text_embeds_everything_again(
    corpus: Path, tmp_path: Path, reads: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    index = tmp_path / "idx"
    _ingest(corpus, index, capsys)
    monkeypatch.setenv("KEA_PASSAGE_PREFIX", "passage: ")  # part of every embedded text
    reads.clear()
    out = _ingest(corpus, index, capsys)
    assert sorted(reads) == ALL_PDFS
    assert "übernommen: 0" in out


def test_index_of_another_model_is_not_reused(
    corpus: Path, tmp_path: Path, reads: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    from index.build import build_index
    from ingest.chunk import ChunkSettings
    from ingest.document import load_manifest
    from ingest.pipeline import find_pdfs, ingest_files

    index = tmp_path / "idx"
    result = ingest_files(find_pdfs(corpus), load_manifest(tmp_path / "manifest.toml"))
    build_index(result, HashingEmbeddings(64), index, ChunkSettings())
    reads.clear()
    _ingest(corpus, index, capsys)
    assert len(reads) == 3
    assert load_index(index).manifest.embedding_model == HashingEmbeddings().model_id


def test_unreadable_new_version_is_skipped_and_the_published_version_stays(
    corpus: Path, tmp_path: Path, reads: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    index = tmp_path / "idx"
    _ingest(corpus, index, capsys)
    before = load_index(index)
    good = (corpus / "atlas.pdf").read_bytes()
    (corpus / "atlas.pdf").write_text("keine PDF-Datei", encoding="utf-8")
    out = _ingest(corpus, index, capsys)
    assert "übersprungen: 1" in out and "die bisher veröffentlichte Fassung bleibt im Index" in out
    kept = load_index(index)
    assert [d.id for d in kept.documents] == ["atlas", "konzept", "leitfaden"]
    assert [c for c in kept.chunks if c.document_id == "atlas"] == [
        c for c in before.chunks if c.document_id == "atlas"
    ]
    (corpus / "atlas.pdf").write_bytes(good)  # repaired: it is the published version, so nothing to read
    reads.clear()
    _ingest(corpus, index, capsys)
    assert reads == []
    assert_same_index(load_index(index), before)


def test_a_custom_programme_file_retags_every_document(
    corpus: Path, tmp_path: Path, reads: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    index = tmp_path / "idx"
    _ingest(corpus, index, capsys)
    assert not any("RADPLAN" in tags.tags.programmes for tags in load_index(index).funding)
    programmes = tmp_path / "programme.toml"
    programmes.write_text(
        '[[programm]]\nid = "RADPLAN"\nname = "Radverkehrsförderung"\nebene = "Land"\nmuster = [\'Radverkehr\']\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("KEA_FUNDING_PROGRAMMES", str(programmes))
    reads.clear()
    _ingest(corpus, index, capsys)
    assert sorted(reads) == ALL_PDFS  # the tags of every chunk may change
    stored = load_index(index)
    documents = {chunk.id: chunk.document_id for chunk in stored.chunks}
    tagged = {documents[tags.chunk_id] for tags in stored.funding if "RADPLAN" in tags.tags.programmes}
    assert tagged == {"konzept"}  # the only document that speaks of Radverkehr
