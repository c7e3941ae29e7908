"""Ranking metrics over pages: a hit is a retrieved (document, page) among the gold pages."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from eval.cases import PageRef


@dataclass(frozen=True)
class Metric:
    name: str
    values: tuple[float, ...]  # one per case, in case order

    @property
    def mean(self) -> float:
        return sum(self.values) / len(self.values) if self.values else 0.0


def unique_pages(ranked: Sequence[PageRef]) -> list[PageRef]:
    """Retrieved pages in rank order, each counted once (several chunks of one page are one result)."""
    seen: set[PageRef] = set()
    pages = []
    for page in ranked:
        if page not in seen:
            seen.add(page)
            pages.append(page)
    return pages


def recall_at(ranked: Sequence[PageRef], gold: set[PageRef], k: int) -> float:
    """1 when any gold page is among the top k (a question is answered by one of its pages)."""
    return 1.0 if any(page in gold for page in unique_pages(ranked)[:k]) else 0.0


def reciprocal_rank(ranked: Sequence[PageRef], gold: set[PageRef], k: int = 10) -> float:
    for rank, page in enumerate(unique_pages(ranked)[:k], start=1):
        if page in gold:
            return 1.0 / rank
    return 0.0


def ndcg_at(ranked: Sequence[PageRef], gold: set[PageRef], k: int = 10) -> float:
    gains = [1.0 if page in gold else 0.0 for page in unique_pages(ranked)[:k]]
    dcg = sum(gain / math.log2(rank + 1) for rank, gain in enumerate(gains, start=1))
    ideal = sum(1.0 / math.log2(rank + 1) for rank in range(1, min(k, len(gold)) + 1))
    return dcg / ideal if ideal else 0.0


def _recall(k: int) -> Callable[[Sequence[PageRef], set[PageRef]], float]:
    return lambda ranked, gold: recall_at(ranked, gold, k)


METRICS: dict[str, Callable[[Sequence[PageRef], set[PageRef]], float]] = {
    "recall@1": _recall(1),
    "recall@5": _recall(5),
    "recall@10": _recall(10),
    "mrr@10": lambda ranked, gold: reciprocal_rank(ranked, gold, 10),
    "ndcg@10": lambda ranked, gold: ndcg_at(ranked, gold, 10),
}
