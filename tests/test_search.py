"""Hybrid search logic on a small real index: fusion, filters before ranking, reranker hook."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import pytest

from index.analysis import Analyzer, AnalyzerSettings
from index.facets import SearchFilters, schwerpunkt_of
from index.search import RetrievalSettings, Searcher
from ingest.chunk import Chunk
from tests.pdfs import hashing_searcher

FILLER = [
    "Die Kreisverwaltung stimmt die Umsetzung mit den Verbandsgemeinden und weiteren Partnern ab.",
    "Über den Stand berichtet sie dem Kreistag einmal im Jahr in einem kurzen Bericht.",
]
PAGES = [
    ["# 4 Handlungsschwerpunkt Klimaschutz", "Das Radverkehrskonzept verbindet die Orte mit sicheren Wegen.", *FILLER],
    [
        "# 5 Handlungsschwerpunkt Digitalisierung",
        "Der Glasfaserausbau bringt schnelles Internet in die Dörfer.",
        *FILLER,
    ],
    ["# 6 Handlungsschwerpunkt Klimaschutz", "Ein Konzept für den Radverkehr an der Mosel fehlt noch.", *FILLER],
    ["# 7 Handlungsschwerpunkt Familie", "Die Kindertagesstätten erhalten mehr Plätze für Familien.", *FILLER],
    ["# 8 Querschnittsthemen", "Das Ehrenamt in Vereinen wird gestärkt.", *FILLER],
]


@pytest.fixture(scope="module")
def searcher(tmp_path_factory: pytest.TempPathFactory) -> Searcher:
    return hashing_searcher(tmp_path_factory.mktemp("search"), PAGES)


def test_compound_query_meets_its_parts_through_bm25(searcher: Searcher) -> None:
    lexical = Searcher(searcher.stored, searcher.embedder, RetrievalSettings(mode="lexical"))
    pages = [hit.chunk.page for hit in lexical.search("Radverkehrskonzept", k=2)]
    assert sorted(pages) == [1, 3]


def test_compound_splitting_uses_the_corpus_vocabulary() -> None:
    analyzer = Analyzer().fit(["Konzept Radverkehr Verkehr Energie Management Familie Familien"])
    assert analyzer.split("radverkehrskonzept") == ("radverkehr", "konzept")
    assert analyzer.split("energiemanagement") == ("energie", "management")
    assert analyzer.split("konzept") == ("konzept",)
    plain = Analyzer(AnalyzerSettings(split=False)).fit(["Konzept Radverkehr"])
    assert plain.terms("Radverkehrskonzept") == ["radverkehrskonzept"]


def test_folding_and_stemming() -> None:
    analyzer = Analyzer().fit([])
    assert analyzer.terms("Größe der Gemeinden") == ["gross", "gemeind"]
    assert Analyzer(AnalyzerSettings(fold=False, stem=False)).fit([]).terms("Größe") == ["Größe"]


@pytest.mark.parametrize(
    ("question", "text"),
    [
        (
            "Wie stellt der Kreis die Kofinanzierung sicher?",
            "Um die Kofinanzierung sicherzustellen, gibt es einen Fonds.",
        ),
        (
            "Wie stellt der Kreis die Kofinanzierung sicher?",
            "Die Sicherstellung der Kofinanzierung ist Aufgabe der Kämmerei.",
        ),
        ("Ist der Kreis verpflichtet, ein Konzept aufzustellen?", "Die Aufstellung eines Konzepts ist freiwillig."),
        ("Wann fängt die Umsetzung an?", "Mit der Umsetzung wird 2023 angefangen; anfangen kann jede Gemeinde."),
    ],
)
def test_a_separable_verb_meets_its_infinitive_and_noun(question: str, text: str) -> None:
    analyzer = Analyzer().fit([text])
    shared = set(analyzer.terms(question)) & set(analyzer.terms(text))
    plain = Analyzer(AnalyzerSettings(separable=False)).fit([text])
    assert shared - (set(plain.terms(question)) & set(plain.terms(text)))  # only the verb analysis shares it


def test_a_clause_final_particle_joins_only_verbs_the_corpus_knows() -> None:
    analyzer = Analyzer().fit(["Die Kreisverwaltung wird die Versorgung sicherstellen."])
    assert "sicherstell" in analyzer.terms("Wer stellt die Versorgung sicher?")
    # "Kreis" + "sicher" makes no verb the corpus uses: nothing is added for it.
    assert analyzer.terms("Ist der Kreis sicher?") == ["kreis", "sich"]


def test_how_a_chat_question_is_framed_is_no_search_term() -> None:
    terms = Analyzer().fit([]).terms("Hallo, können Sie mir bitte sagen, ich hätte gern gewusst: Radwege?")
    assert terms == ["radweg"]


def test_a_stop_word_is_no_word_the_corpus_lacks(searcher: Searcher) -> None:
    # An unknown capitalised word makes the assistant demand stronger evidence; "Frage" must not be one.
    assert searcher.knows("Frage") and searcher.knows("Radverkehr")
    assert not searcher.knows("Bundesliga")


def test_hits_say_which_retrievers_found_them(searcher: Searcher) -> None:
    # "Anschluss" occurs nowhere in the corpus: the sparse channel takes part only for such a query.
    hit = searcher.search("Glasfaserausbau Internet Anschluss", k=1)[0]
    assert hit.chunk.page == 2
    assert set(hit.retrievers) == {"dense", "bm25", "sparse"}  # the test embedder has a (token bucket) sparse head


def test_filters_apply_before_ranking(searcher: Searcher) -> None:
    # The best match for this query is on page 1; the filter must still yield k hits from the rest.
    hits = searcher.search("Radverkehrskonzept Wege", k=3, filters=SearchFilters(page_from=2))
    assert len(hits) == 3
    assert all(hit.chunk.page >= 2 for hit in hits)
    klima = searcher.search("Internet", k=5, filters=SearchFilters(schwerpunkte=("klimaschutz",)))
    assert {hit.chunk.page for hit in klima} == {1, 3}
    assert searcher.search("Internet", k=5, filters=SearchFilters(documents=("fehlt",))) == ()
    only_text = searcher.search("Internet", k=5, filters=SearchFilters(kinds=("text",)))
    assert only_text and all(hit.chunk.kind == "text" for hit in only_text)


def test_schwerpunkt_from_headings_and_fields() -> None:
    chunk = Chunk(
        "x", "d", 1, "1", ("9 Maßnahmenkatalog", "9.1 Maßnahmen im Handlungsschwerpunkt Klimaschutz"), "text", ""
    )
    assert schwerpunkt_of(chunk) == "Klimaschutz"
    field = replace(chunk, section=("9 Katalog",), text="Nr.: D1\nHandlungsschwerpunkt: Digitalisierung\nZiel: x")
    assert schwerpunkt_of(field) == "Digitalisierung"
    assert schwerpunkt_of(replace(chunk, section=("8 Querschnittsthemen",))) == "Querschnittsthemen"
    assert schwerpunkt_of(replace(chunk, section=("1 Einleitung",))) == ""


def test_rrf_and_convex_fusion_both_rank_the_obvious_page_first(searcher: Searcher) -> None:
    for fusion in ("rrf", "convex"):
        chosen = Searcher(searcher.stored, searcher.embedder, RetrievalSettings(fusion=fusion))
        assert chosen.search("Kindertagesstätten Plätze Familien", k=1)[0].chunk.page == 4


def test_unknown_words_lower_the_lexical_weight(searcher: Searcher) -> None:
    lexical = Searcher(searcher.stored, searcher.embedder, RetrievalSettings(mode="lexical"))
    assert lexical.search("xylophon quasar", k=3) == ()


class KeywordReranker:
    """A fake cross-encoder: prefers passages that contain a chosen word."""

    def __init__(self, word: str) -> None:
        self.word = word
        self.calls = 0

    def score(self, query: str, passages: Sequence[str]) -> list[float]:
        self.calls += 1
        return [1.0 if self.word in passage else 0.0 for passage in passages]


def test_reranker_reorders_the_candidates(searcher: Searcher) -> None:
    reranker = KeywordReranker("Ehrenamt")
    reranked = Searcher(searcher.stored, searcher.embedder, RetrievalSettings(), reranker=reranker)
    hits = reranked.search("Radverkehrskonzept", k=3)
    assert reranker.calls == 1
    assert hits[0].chunk.page == 5
    assert "rerank" in hits[0].retrievers


def test_missing_reranker_model_is_a_clear_error(tmp_path: Path) -> None:
    from index.errors import EmbedderError
    from index.rerank import CrossEncoderReranker

    with pytest.raises(EmbedderError, match="nicht ladbar"):
        CrossEncoderReranker(str(tmp_path / "kein-modell")).score("frage", ["text"])
