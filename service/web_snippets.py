"""Text shaping for the web pages: snippets around the query's words, highlighting, citation markers.

Words are matched by the index's own German analysis (folding, stemming, compound parts), so "Radverkehr" in a
query marks "Radverkehrskonzept" and "Konzepts" in the text. The results are (text, flag) segments; the
templates escape the text and wrap it, so no HTML is built here.
"""

from __future__ import annotations

import re

from index.analysis import Analyzer

_WORD = re.compile(r"[^\W_]+(?:[-.,][^\W_]+)*")
_MARKER = re.compile(r"\[(\d{1,3})\]")

Segment = tuple[str, bool]  # text, highlighted


def query_terms(analyzer: Analyzer, *queries: str) -> frozenset[str]:
    return frozenset(term for query in queries for term in analyzer.terms(query))


def matched_spans(text: str, analyzer: Analyzer, terms: frozenset[str]) -> list[tuple[int, int]]:
    if not terms:
        return []
    return [m.span() for m in _WORD.finditer(text) if terms.intersection(analyzer.terms(m.group()))]


def snippet(text: str, analyzer: Analyzer, terms: frozenset[str], width: int = 320) -> str:
    """About `width` characters of `text` around the densest run of matching words, cut at word boundaries."""
    flat = " ".join(text.split())
    if len(flat) <= width:
        return flat
    spans = matched_spans(flat, analyzer, terms)
    start = _densest_start(spans, width)
    if start > 0:
        start = max(0, start - width // 6)  # some context before the first match
        start = flat.find(" ", start) + 1 or start
    end = min(len(flat), start + width)
    if end < len(flat) and flat.rfind(" ", start, end) > start:
        end = flat.rfind(" ", start, end)
    return ("… " if start > 0 else "") + flat[start:end].strip() + (" …" if end < len(flat) else "")


def _densest_start(spans: list[tuple[int, int]], width: int) -> int:
    best_start, best_count = 0, 0
    for index, (start, _) in enumerate(spans):
        count = sum(1 for other, _ in spans[index:] if other < start + width)
        if count > best_count:
            best_start, best_count = start, count
    return best_start


def highlight(text: str, analyzer: Analyzer, terms: frozenset[str]) -> list[Segment]:
    segments: list[Segment] = []
    position = 0
    for start, end in matched_spans(text, analyzer, terms):
        if start > position:
            segments.append((text[position:start], False))
        segments.append((text[start:end], True))
        position = end
    if position < len(text):
        segments.append((text[position:], False))
    return segments


def cited(text: str) -> list[tuple[str, int | None]]:
    """The answer text split at its citation markers "[n]": (text, None) and ("[n]", n) pieces."""
    pieces: list[tuple[str, int | None]] = []
    position = 0
    for match in _MARKER.finditer(text):
        if match.start() > position:
            pieces.append((text[position : match.start()], None))
        pieces.append((match.group(), int(match.group(1))))
        position = match.end()
    if position < len(text):
        pieces.append((text[position:], None))
    return pieces


def without_markers(text: str) -> str:
    return " ".join(_MARKER.sub("", text).split())
