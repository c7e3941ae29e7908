"""Filters and facet counts over catalogue entries: plain functions, no index needed."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ingest.measures import Measure

_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


@dataclass(frozen=True)
class Facets:
    """(value, number of measures) pairs, most frequent first."""

    schwerpunkt: tuple[tuple[str, int], ...]
    lead: tuple[tuple[str, int], ...]
    time_frame: tuple[tuple[str, int], ...]
    priority: tuple[tuple[str, int], ...]
    programme: tuple[tuple[str, int], ...]


def facet_counts(measures: Sequence[Measure]) -> Facets:
    def count(values: list[str]) -> tuple[tuple[str, int], ...]:
        counts = Counter(value for value in values if value)
        return tuple(sorted(counts.items(), key=lambda item: (-item[1], item[0])))

    return Facets(
        schwerpunkt=count([m.schwerpunkt for m in measures]),
        lead=count([m.lead for m in measures]),
        time_frame=count([m.time_frame for m in measures]),
        priority=count([m.priority for m in measures]),
        programme=count([p for m in measures for p in m.programmes]),
    )


def contains(wanted: str, field: Callable[[Measure], str]) -> Callable[[Measure], bool]:
    needle = " ".join(wanted.split()).casefold()
    return lambda measure: not needle or needle in " ".join(field(measure).split()).casefold()


def in_time_frame(wanted: str) -> Callable[[Measure], bool]:
    """Years overlap ("2024" is inside "2022–2025" and "ab 2023"); other words match as text."""
    span = _span(wanted)
    if not wanted.strip():
        return lambda measure: True
    if span is None:
        return contains(wanted, lambda m: m.time_frame)

    def overlaps(measure: Measure) -> bool:
        other = _span(measure.time_frame)
        if other is None:
            return False
        (start, end), (other_start, other_end) = span, other
        return (other_start is None or end is None or other_start <= end) and (
            other_end is None or start is None or start <= other_end
        )

    return overlaps


def _span(text: str) -> tuple[int | None, int | None] | None:
    """First and last year of a time frame; None for an open end ("ab 2023"), None overall without years."""
    years = [int(year) for year in _YEAR.findall(text)]
    if not years:
        return None
    lowered = text.casefold()
    if len(years) == 1 and re.search(r"\b(?:ab|seit)\b", lowered):
        return years[0], None
    if len(years) == 1 and re.search(r"\bbis\b", lowered):
        return None, years[0]
    return min(years), max(years)
