"""Running the retrieval evaluation: our hybrid search, its parts and ablations, and the baselines,
side by side in one process on one index."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from eval.baseline import textbook_retriever
from eval.cases import Case, PageRef
from eval.retrieval import RetrievalReport, evaluate_retrieval
from index.analysis import AnalyzerSettings
from index.embedders import ModelEmbeddings
from index.search import RetrievalSettings, Searcher
from index.store import StoredIndex

DEPTH = 10


def searcher_retriever(searcher: Searcher) -> Callable[[str], list[PageRef]]:
    def retrieve(question: str) -> list[PageRef]:
        return [(hit.chunk.document_id, hit.chunk.page) for hit in searcher.search(question, k=3 * DEPTH)]

    return retrieve


def systems(settings: RetrievalSettings, ablation: bool) -> list[tuple[str, RetrievalSettings]]:
    """The configured search, its parts and, on request, one change at a time."""
    chosen = [
        ("hybrid (configured)", settings),
        ("hybrid − sparse channel (dense + BM25)", replace(settings, sparse_weight=0.0)),
        ("hybrid, sparse channel for every question", replace(settings, sparse_always=True)),
        ("dense only", replace(settings, mode="dense")),
        ("BM25 alone, German analysis", replace(settings, mode="lexical")),
    ]
    if not ablation:
        return chosen
    plain = AnalyzerSettings(fold=False, stem=False, split=False, stopwords=False, separable=False)
    lexical = replace(settings, mode="lexical")
    chosen += [
        ("BM25 plain (lowercase only)", replace(lexical, analyzer=replace(plain, fold=True))),
        ("BM25 − umlaut/case folding", replace(lexical, analyzer=replace(settings.analyzer, fold=False))),
        ("BM25 − stemming", replace(lexical, analyzer=replace(settings.analyzer, stem=False))),
        ("BM25 − compound splitting", replace(lexical, analyzer=replace(settings.analyzer, split=False))),
        ("BM25 − stopwords", replace(lexical, analyzer=replace(settings.analyzer, stopwords=False))),
        ("BM25 − separable verbs", replace(lexical, analyzer=replace(settings.analyzer, separable=False))),
        ("hybrid − compound splitting", replace(settings, analyzer=replace(settings.analyzer, split=False))),
        ("hybrid − separable verbs", replace(settings, analyzer=replace(settings.analyzer, separable=False))),
        ("hybrid − coverage weighting", replace(settings, coverage_weighting=False)),
        ("hybrid − everyday-word expansion", replace(settings, expand_lexical=False)),
        ("hybrid + expansion of the embedded query", replace(settings, expand_dense=True)),
    ]
    for weight in (0.9, 0.7, 0.6):
        chosen.append(
            (f"hybrid convex w_dense={weight}", replace(settings, dense_weight=weight, lexical_weight=1 - weight))
        )
    for weight in (0.05, 0.2, 0.3):
        chosen.append((f"hybrid sparse weight {weight}", replace(settings, sparse_weight=weight)))
    for rrf_k in (10, 60):
        name = f"hybrid RRF k={rrf_k} (equal weights)"
        chosen.append((name, replace(settings, fusion="rrf", rrf_k=rrf_k, dense_weight=1.0, lexical_weight=1.0)))
    return chosen


def evaluate_index(
    stored: StoredIndex,
    embedder: ModelEmbeddings,
    cases: Sequence[Case],
    settings: RetrievalSettings,
    pdfs: Sequence[Path] = (),
    ablation: bool = False,
) -> list[RetrievalReport]:
    """All systems on the same cases; the textbook baseline only when the PDFs are given."""
    reports = [
        evaluate_retrieval(name, searcher_retriever(Searcher(stored, embedder, chosen)), cases)
        for name, chosen in systems(settings, ablation)
    ]
    if pdfs:
        ids = {doc.file: doc.id for doc in stored.documents}
        baseline = textbook_retriever([p for p in pdfs if p.name in ids], ids, embedder, k=DEPTH)
        reports.append(evaluate_retrieval("textbook LangChain (pypdf, 1000/200, FAISS)", baseline, cases))
    return reports
