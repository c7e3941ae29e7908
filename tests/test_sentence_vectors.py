"""Sentence vectors: written and read with the index, aligned with the assistant's split, and used to pick the
sentence that means the question when it shares few words with it."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from assistant.extractive import select_sentences
from index.build import build_index
from index.embedders import HashingEmbeddings
from index.search import Searcher
from index.sentence_vectors import MATRIX_FILE, OFFSETS_FILE
from index.store import load_index
from ingest.chunk import ChunkSettings
from ingest.document import ManifestEntry
from ingest.pipeline import IngestResult, ingest_file
from ingest.sentences import split_sentences
from tests.pdfs import text_pdf

QUESTION = "Ab wann kann ich mit dem Rad sicher zur Arbeit fahren?"
MEANT = "Das kreisweite Radwegenetz wird bis 2030 durchgängig ausgebaut."
PAGES = [
    [
        "# 2 Radverkehr",
        "Viele fahren heute mit dem Auto zur Arbeit, weil sie dem Rad auf der Landstraße nicht trauen.",
        MEANT,
        "Die Kreisverwaltung beobachtet die Entwicklung der Unfallzahlen sehr genau.",
    ]
]


class MeaningEmbeddings(HashingEmbeddings):
    """A deterministic stand-in for a model that knows what a question means: the question is embedded as the
    sentence that answers it (as a multilingual model would place them close)."""

    def embed_query(self, text: str) -> list[float]:
        return super().embed_query(MEANT if text == QUESTION else text)


def _searcher(folder: Path, sentences: bool) -> Searcher:
    pdf = text_pdf(folder / "konzept.pdf", PAGES)
    result = IngestResult((ingest_file(pdf, ManifestEntry("konzept", "Konzept", "konzept.pdf")),), ())
    build_index(result, MeaningEmbeddings(), folder / "idx", ChunkSettings(), sentences=sentences)
    return Searcher(load_index(folder / "idx"), MeaningEmbeddings())


def test_sentence_vectors_are_stored_and_aligned_with_the_split(tmp_path: Path) -> None:
    searcher = _searcher(tmp_path, sentences=True)
    build = searcher.stored.path
    assert (build / MATRIX_FILE).is_file() and (build / OFFSETS_FILE).is_file()
    hit = searcher.search(QUESTION, k=1)[0]
    similarities = searcher.sentence_similarities(QUESTION, hit)
    sentences = split_sentences(hit.chunk.text)
    assert similarities is not None and len(similarities) == len(sentences)
    best = max((s for s in zip(similarities, sentences, strict=True) if not math.isnan(s[0])), key=lambda s: s[0])
    assert best[1] == MEANT and best[0] == pytest.approx(1.0, abs=1e-5)


def test_an_index_without_sentence_vectors_answers_by_words(tmp_path: Path) -> None:
    searcher = _searcher(tmp_path, sentences=False)
    hit = searcher.search(QUESTION, k=1)[0]
    assert searcher.sentence_similarities(QUESTION, hit) is None
    chosen = select_sentences(QUESTION, [hit], searcher.analyzer)
    assert chosen[0].text != MEANT  # the sentence sharing "Rad" and "Arbeit" wins on words alone


def test_the_sentence_that_means_the_question_is_chosen(tmp_path: Path) -> None:
    searcher = _searcher(tmp_path, sentences=True)
    hit = searcher.search(QUESTION, k=1)[0]
    chosen = select_sentences(
        QUESTION, [hit], searcher.analyzer, similarities=lambda h: searcher.sentence_similarities(QUESTION, h)
    )
    assert chosen[0].text == MEANT
