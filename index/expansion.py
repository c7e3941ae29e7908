"""Query expansion from everyday German to the administrative terms the documents use.

Citizens ask about "Doktoren" and "schnelles Internet"; the county writes "hausärztliche Versorgung" and
"Gigabit". The word list (`data/alltagssprache.tsv`) is editable data, shipped with the package.
"""

from __future__ import annotations

from importlib import resources

from index.analysis import Analyzer


def load_thesaurus(text: str | None = None) -> dict[str, tuple[str, ...]]:
    """Everyday word (lower case) → official terms, from the shipped list unless `text` is given."""
    if text is None:
        text = resources.files("index").joinpath("data/alltagssprache.tsv").read_text(encoding="utf-8")
    entries: dict[str, tuple[str, ...]] = {}
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        word, _, terms = line.partition("\t")
        entries[word.strip().casefold()] = tuple(t.strip() for t in terms.split(",") if t.strip())
    return entries


class QueryExpander:
    """Maps a query's analysed terms to the analysed official terms of matching everyday words."""

    def __init__(self, analyzer: Analyzer, thesaurus: dict[str, tuple[str, ...]]) -> None:
        self._expansions: dict[str, list[str]] = {}
        self._phrases: dict[str, tuple[str, ...]] = {}
        for word, terms in thesaurus.items():
            for key in analyzer.terms(word):
                self._expansions.setdefault(key, []).extend(t for term in terms for t in analyzer.terms(term))
                self._phrases[key] = terms
        self._analyzer = analyzer

    def terms(self, query: str) -> list[str]:
        """Additional lexical terms for the query (none when no everyday word matches)."""
        extra: list[str] = []
        for term in self._analyzer.terms(query):
            extra.extend(t for t in self._expansions.get(term, ()) if t not in extra)
        return extra

    def phrases(self, query: str) -> list[str]:
        """The official terms as written, for expanding the text that is embedded."""
        found: list[str] = []
        for term in self._analyzer.terms(query):
            found.extend(p for p in self._phrases.get(term, ()) if p not in found)
        return found
