"""Finding running headers, footers and page numbers by their repetition across a document."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence

EDGE = 6  # lines at either end of a page where headers and footers may sit in extraction order
_PREFIX = 18  # a header that carries the changing chapter title still shares its start
_ROMAN = re.compile(r"\b[ivxlcdm]{1,7}\b")
_DIGITS = re.compile(r"\d+")
_PAGE_NUMBER = re.compile(r"^(?:seite\s*)?[-–—]?\s*(?:\d{1,4}|[ivxlcdm]{1,7})\s*[-–—]?(?:\s*(?:von|/)\s*\d{1,4})?$")

Keys = tuple[frozenset[str], frozenset[str]]


def boilerplate_keys(pages: Sequence[Sequence[str]]) -> Keys:
    """Whole-line keys and prefix keys that repeat near the edges of many pages."""
    if len(pages) < 4:
        return frozenset(), frozenset()
    full: Counter[str] = Counter()
    prefix: Counter[str] = Counter()
    for lines in pages:
        # Page templates differ in whether the header is drawn before or after the body, so both ends
        # count together: a header at the top of one page and at the bottom of the next is one header.
        keys = {_key(line) for line in [*lines[:EDGE], *lines[-EDGE:]]}
        full.update(keys)
        prefix.update({key[:_PREFIX] for key in keys if len(key) >= _PREFIX})
    threshold = max(3, int(0.3 * len(pages)))
    return (
        frozenset(key for key, count in full.items() if count >= threshold),
        frozenset(key for key, count in prefix.items() if count >= threshold),
    )


def strip_boilerplate(
    lines: Sequence[str], keys: Keys, is_running_title: Callable[[int], bool] | None = None
) -> list[str]:
    """The page's lines with headers, footers and page numbers peeled off both ends."""
    start, end = body_span(lines, keys, is_running_title)
    return list(lines[start:end])


def body_span(
    lines: Sequence[str],
    keys: Keys,
    is_running_title: Callable[[int], bool] | None = None,
    is_heading: Callable[[int], bool] | None = None,
) -> tuple[int, int]:
    """Start and end index of what remains after peeling boilerplate off both ends of a page.

    Peeling stops at the first line that is not boilerplate, so a repeated line inside the body stays.
    `is_running_title(index)` tells whether a line repeats a chapter title in small print;
    `is_heading(index)` protects a line set as a heading on this page, whose words the running
    header of every following page repeats.
    """

    def removable(index: int) -> bool:
        if is_heading and is_heading(index):
            return False
        return bool(is_running_title and is_running_title(index)) or _is_boilerplate(lines[index], keys)

    start, end = 0, len(lines)
    while start < end and start < EDGE and removable(start):
        start += 1
    while end > start and len(lines) - end < EDGE and removable(end - 1):
        end -= 1
    return start, end


def _is_boilerplate(line: str, keys: Keys) -> bool:
    full, prefix = keys
    if _PAGE_NUMBER.match(line.strip().lower()):
        return True
    if sum(ch.isalpha() for ch in line) < 3:
        # Numbers alone are table cells unless they look like a page number (handled above).
        return False
    key = _key(line)
    return key in full or (len(key) >= _PREFIX and len(line) < 160 and key[:_PREFIX] in prefix)


def _key(line: str) -> str:
    lowered = line.lower()
    lowered = _DIGITS.sub("#", lowered)
    lowered = _ROMAN.sub("#", lowered)
    return " ".join(lowered.split())
