"""BM25 over the chunks with the German analyzer; rebuilt in memory from the chunk store on load.

Building takes milliseconds for a county corpus, so it is derived state rather than a file format
that could drift out of step with the analyzer.
"""

from __future__ import annotations

from collections.abc import Sequence

import bm25s
import numpy as np

from index.analysis import Analyzer, AnalyzerSettings
from index.expansion import QueryExpander


class LexicalIndex:
    def __init__(
        self,
        texts: Sequence[str],
        settings: AnalyzerSettings | None = None,
        thesaurus: dict[str, tuple[str, ...]] | None = None,
    ) -> None:
        self._analyzer = Analyzer(settings or AnalyzerSettings()).fit(texts)
        self._expander = QueryExpander(self._analyzer, thesaurus) if thesaurus else None
        self._size = len(texts)
        self._bm25 = bm25s.BM25(k1=1.2, b=0.75)
        if texts:
            # An empty token keeps bm25s from failing on chunks whose every word is a stopword.
            self._bm25.index([self._analyzer.terms(text) or [""] for text in texts], show_progress=False)

    @property
    def analyzer(self) -> Analyzer:
        return self._analyzer

    def coverage(self, query: str) -> float:
        """Share of the query's content terms that occur in the corpus at all.

        Low for a question in another language or in words the documents never use: then BM25's
        ranking is noise and the fusion should lean on the embeddings.
        """
        terms = self._analyzer.terms(query)
        if not terms:
            return 0.0
        return sum(term in self._bm25.vocab_dict for term in terms) / len(terms)

    def knows(self, word: str) -> bool:
        """Whether any index term of the word occurs in the corpus; a stop word ("Frage", "bitte") counts as known:
        it is no topic the documents could lack."""
        terms = self._analyzer.terms(word)
        return not terms or any(term in self._bm25.vocab_dict for term in terms)

    @property
    def expander(self) -> QueryExpander | None:
        return self._expander

    def scores(self, query: str) -> np.ndarray:
        """BM25 score of every chunk for the query (zeros when no term matches)."""
        terms = self._analyzer.terms(query)
        if self._expander is not None:
            terms += self._expander.terms(query)
        terms = [term for term in terms if term in self._bm25.vocab_dict]
        if not terms or not self._size:
            return np.zeros(self._size, dtype=np.float32)
        return np.asarray(self._bm25.get_scores(terms), dtype=np.float32)
