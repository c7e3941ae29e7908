"""Finding running headers, footers and page numbers by their repetition across a document."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

ZONE = 3  # lines at the top and bottom of a page where headers and footers live
_PREFIX = 18  # a header that carries the changing chapter title still shares its start
_ROMAN = re.compile(r"\b[ivxlcdm]{1,7}\b")
_DIGITS = re.compile(r"\d+")
_PAGE_NUMBER = re.compile(r"^(?:seite\s*)?[-–—]?\s*(?:\d{1,4}|[ivxlcdm]{1,7})\s*[-–—]?(?:\s*(?:von|/)\s*\d{1,4})?$")


def boilerplate_keys(pages: Sequence[Sequence[str]]) -> tuple[frozenset[str], frozenset[str]]:
    """Whole-line keys and prefix keys that repeat in the header/footer zone of many pages."""
    if len(pages) < 4:
        return frozenset(), frozenset()
    full: Counter[str] = Counter()
    prefix: Counter[str] = Counter()
    for lines in pages:
        zone = _zone(lines)
        full.update({_key(line) for line in zone})
        prefix.update({_key(line)[:_PREFIX] for line in zone if len(_key(line)) >= _PREFIX})
    threshold = max(3, int(0.3 * len(pages)))
    return (
        frozenset(key for key, count in full.items() if count >= threshold),
        frozenset(key for key, count in prefix.items() if count >= threshold),
    )


def strip_boilerplate(lines: Sequence[str], keys: tuple[frozenset[str], frozenset[str]]) -> list[str]:
    """The page's lines without running headers, footers and bare page numbers in its zones."""
    full, prefix = keys
    count = len(lines)
    kept = []
    for index, line in enumerate(lines):
        in_zone = index < ZONE or index >= count - ZONE
        if in_zone and _is_boilerplate(line, full, prefix):
            continue
        kept.append(line)
    return kept


def _is_boilerplate(line: str, full: frozenset[str], prefix: frozenset[str]) -> bool:
    key = _key(line)
    if _PAGE_NUMBER.match(line.strip().lower()):
        return True
    return key in full or (len(key) >= _PREFIX and len(line) < 160 and key[:_PREFIX] in prefix)


def _zone(lines: Sequence[str]) -> list[str]:
    if len(lines) <= 2 * ZONE:
        return list(lines)
    return [*lines[:ZONE], *lines[-ZONE:]]


def _key(line: str) -> str:
    lowered = line.lower()
    lowered = _DIGITS.sub("#", lowered)
    lowered = _ROMAN.sub("#", lowered)
    return " ".join(lowered.split())
