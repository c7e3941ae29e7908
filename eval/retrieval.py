"""Scoring retrieval systems on gold cases, overall and per category."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from eval.cases import Case, PageRef
from eval.metrics import METRICS, Metric

Retrieve = Callable[[str], Sequence[PageRef]]  # question → ranked pages (at least 10 when available)


@dataclass(frozen=True)
class RetrievalReport:
    system: str
    cases: tuple[Case, ...]
    metrics: tuple[Metric, ...]

    def mean(self, metric: str, category: str | None = None) -> float:
        found = next(m for m in self.metrics if m.name == metric)
        values = [v for case, v in zip(self.cases, found.values, strict=True) if category in (None, case.category)]
        return sum(values) / len(values) if values else 0.0

    def categories(self) -> list[str]:
        return sorted({case.category for case in self.cases})


def evaluate_retrieval(system: str, retrieve: Retrieve, cases: Sequence[Case]) -> RetrievalReport:
    """Only answerable cases count: out-of-scope and injection questions have no gold pages."""
    scored = tuple(case for case in cases if case.answerable)
    values: dict[str, list[float]] = {name: [] for name in METRICS}
    for case in scored:
        ranked = list(retrieve(case.question))
        gold = set(case.gold)
        for name, metric in METRICS.items():
            values[name].append(metric(ranked, gold))
    return RetrievalReport(system, scored, tuple(Metric(name, tuple(v)) for name, v in values.items()))
