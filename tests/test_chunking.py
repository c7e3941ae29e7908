"""Chunking: page-bound, heading-aware, sentence-aligned, stable."""

from __future__ import annotations

import itertools

from ingest.chunk import ChunkSettings, chunk_pages
from ingest.page import Block, Page

SENTENCE = "Der Landkreis fördert z. B. den Radverkehr mit ca. 120.000 Euro pro Jahr und baut Wege aus. "


def _page(number: int, *blocks: Block) -> Page:
    return Page("doc", number, str(number), blocks)


def test_chunks_stay_within_size_and_page() -> None:
    settings = ChunkSettings(size=400, max_size=500, overlap=100, min_size=100)
    pages = [_page(1, Block("text", SENTENCE * 20)), _page(2, Block("text", SENTENCE * 3))]
    chunks = chunk_pages(pages, settings)
    assert {c.page for c in chunks} == {1, 2}
    assert all(len(c.text) <= settings.max_size for c in chunks)
    page_one = [c for c in chunks if c.page == 1]
    assert len(page_one) >= 4
    assert all(c.text in pages[0].text for c in page_one)


def test_windows_overlap_by_whole_sentences() -> None:
    settings = ChunkSettings(size=300, max_size=400, overlap=120, min_size=50)
    text = " ".join(f"Satz Nummer {n} beschreibt eine Maßnahme des Kreises." for n in range(12))
    chunks = chunk_pages([_page(1, Block("text", text))], settings)
    assert len(chunks) >= 3
    for first, second in itertools.pairwise(chunks):
        last_sentence = first.text.rsplit(". ", 1)[-1]
        assert last_sentence.rstrip(".") in second.text
        assert second.text.startswith("Satz Nummer")


def test_abbreviations_do_not_end_sentences() -> None:
    settings = ChunkSettings(size=60, max_size=200, overlap=0, min_size=10)
    chunks = chunk_pages([_page(1, Block("text", SENTENCE * 2))], settings)
    assert all(c.text.startswith("Der Landkreis") for c in chunks)
    assert all("z. B. den Radverkehr" in c.text for c in chunks)


def test_section_path_follows_headings_across_pages() -> None:
    pages = [
        _page(
            1,
            Block("heading", "2 Bevölkerung", 1),
            Block("heading", "2.1 Altersstruktur", 2),
            Block("text", "A. " * 200),
        ),
        _page(
            2,
            Block("text", "Weiter im Abschnitt. " * 30),
            Block("heading", "2.2 Wanderung", 2),
            Block("text", "B. " * 200),
        ),
        _page(3, Block("heading", "3 Wirtschaft", 1), Block("text", "C. " * 200)),
    ]
    chunks = chunk_pages(pages, ChunkSettings(min_size=100))
    sections = {(c.page, c.section) for c in chunks}
    assert (1, ("2 Bevölkerung", "2.1 Altersstruktur")) in sections
    assert (2, ("2 Bevölkerung", "2.1 Altersstruktur")) in sections
    assert (2, ("2 Bevölkerung", "2.2 Wanderung")) in sections
    assert (3, ("3 Wirtschaft",)) in sections


def test_tiny_sections_join_the_next_one() -> None:
    page = _page(
        1,
        Block("heading", "Vorwort", 1),
        Block("text", "Kurz."),
        Block("heading", "Einleitung", 1),
        Block("text", "Lang. " * 100),
    )
    chunks = chunk_pages([page], ChunkSettings(min_size=200))
    assert "Kurz." in chunks[0].text and "Lang." in chunks[0].text
    assert chunks[0].section == ("Einleitung",)


def test_ids_are_stable_and_content_addressed() -> None:
    pages = [_page(1, Block("text", SENTENCE * 15))]
    first = chunk_pages(pages)
    again = chunk_pages(pages)
    assert [c.id for c in first] == [c.id for c in again]
    changed = chunk_pages([_page(1, Block("text", SENTENCE * 14 + "Neuer Schluss."))])
    assert first[-1].id != changed[-1].id
    assert len({c.id for c in first}) == len(first)


def test_a_carried_over_field_is_not_filed_under_the_next_sheet_when_only_a_table_follows() -> None:
    page = _page(
        1,
        Block("heading", "Maßnahme D2: Digitale Kreisschulen", 2),
        Block("text", "Fördermöglichkeiten\nDigitalPakt Schule (Bund und Land)"),
        Block("heading", "Maßnahme D3: Digitale Kreisverwaltung", 2),
        Block("table", "Maßnahme D3: Digitale Kreisverwaltung\nNr.: D3\nPriorität: hoch"),
    )
    chunks = chunk_pages([page])
    carried = next(c for c in chunks if "DigitalPakt" in c.text)
    assert carried.section == ("Maßnahme D2: Digitale Kreisschulen",)
    assert "D3" not in carried.text
    # The table carries its heading (as caption and section); the heading alone would be a chunk of one line.
    assert [(c.kind, c.section[-1]) for c in chunks if "D3" in c.text] == [
        ("table", "Maßnahme D3: Digitale Kreisverwaltung")
    ]
