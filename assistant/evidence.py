"""Deciding whether the retrieved passages can answer a question at all.

Two signals: how similar the best passage is to the question (the multilingual embedding), and how
much of the question the best sentence covers (German analysis). A third catches topics the corpus
never mentions: a capitalised word that no document uses ("Bundesliga", "Wetter") while the
evidence is middling. Thresholds are settings, tuned on the gold set's out-of-scope questions.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from assistant.extractive import best_score
from assistant.language import is_english
from index.expansion import load_thesaurus
from index.search import Hit, Searcher
from ingest.sentences import split_sentences

_WORD = re.compile(r"[A-Za-zÄÖÜäöüß][\wÄÖÜäöüß-]+")


@dataclass(frozen=True)
class EvidenceSettings:
    min_similarity: float = 0.81  # German questions below this are out of scope
    min_similarity_english: float = 0.76  # cross-language similarities run lower
    # With a capitalised word the corpus never uses, more is required:
    unknown_similarity: float = 0.86
    unknown_coverage: float = 0.4


@dataclass(frozen=True)
class Evidence:
    similarity: float
    coverage: float
    unknown: tuple[str, ...]
    english: bool


class EvidenceJudge:
    def __init__(self, searcher: Searcher, settings: EvidenceSettings = EvidenceSettings()) -> None:
        self._searcher = searcher
        self._settings = settings
        self._everyday = frozenset(load_thesaurus())

    def assess(self, question: str, hits: Sequence[Hit]) -> Evidence:
        similarity = max((h.similarity for h in hits if not math.isnan(h.similarity)), default=0.0)
        expansion = self._searcher.expansion_terms(question)
        coverage = best_score(question, hits, self._searcher.analyzer, expansion)
        english = is_english(question)
        return Evidence(similarity, coverage, () if english else self._unknown_words(question), english)

    def sufficient(self, evidence: Evidence) -> bool:
        floor = self._settings.min_similarity_english if evidence.english else self._settings.min_similarity
        if evidence.similarity < floor:
            return False
        if evidence.unknown:
            return (
                evidence.similarity >= self._settings.unknown_similarity
                or evidence.coverage >= self._settings.unknown_coverage
            )
        return True

    def _unknown_words(self, question: str) -> tuple[str, ...]:
        # A sentence's first word is capitalised anyway; only later capitals mark nouns and names.
        words = [word for sentence in split_sentences(question) for word in _WORD.findall(sentence)[1:]]
        return tuple(
            word
            for word in words
            if word[0].isupper()
            and len(word) >= 4
            and word.casefold() not in self._everyday
            and not self._searcher.knows(word)
        )
