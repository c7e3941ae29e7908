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
        # Keys are counted per zone, so a line repeating at the top does not condemn its twin at the bottom.
        for zone_name, zone in (("top", lines[:ZONE]), ("bottom", lines[-ZONE:])):
            keys = {zone_name + _key(line) for line in zone}
            full.update(keys)
            prefix.update({key[: len(zone_name) + _PREFIX] for key in keys if len(key) >= len(zone_name) + _PREFIX})
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
        zones = [name for name, inside in (("top", index < ZONE), ("bottom", index >= count - ZONE)) if inside]
        if any(_is_boilerplate(line, zone, full, prefix) for zone in zones):
            continue
        kept.append(line)
    return kept


def _is_boilerplate(line: str, zone: str, full: frozenset[str], prefix: frozenset[str]) -> bool:
    if _PAGE_NUMBER.match(line.strip().lower()):
        return True
    if sum(ch.isalpha() for ch in line) < 3:
        # Numbers alone are table cells unless they look like a page number (handled above).
        return False
    key = zone + _key(line)
    size = len(zone) + _PREFIX
    return key in full or (len(key) >= size and len(line) < 160 and key[:size] in prefix)


def _key(line: str) -> str:
    lowered = line.lower()
    lowered = _DIGITS.sub("#", lowered)
    lowered = _ROMAN.sub("#", lowered)
    return " ".join(lowered.split())
