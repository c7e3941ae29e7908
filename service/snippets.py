"""Search-result snippets: the stretch of a passage where the query's terms lie closest together.

A table chunk starts with its caption and first rows; the row that answers may come much later, so the first
300 characters are often the wrong ones. Analysing a passage's segments costs more than the search itself, so
each chunk's analysed segments are remembered (chunk ids are content hashes: valid across reindexes too).
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Sequence

from index.analysis import Analyzer

WIDTH = 300
_SEGMENT = re.compile(r"(?<=[.;!?])\s+")  # after a sentence or a table cell ("Spalte: Wert; …")

Segments = tuple[tuple[str, frozenset[str]], ...]


class Snippets:
    """Snippets with a bounded cache of analysed passages (least recently used out; thread-safe)."""

    def __init__(self, size: int = 4096, width: int = WIDTH) -> None:
        self._size = size
        self._width = width
        self._cache: OrderedDict[str, Segments] = OrderedDict()
        self._lock = threading.Lock()

    def snippet(self, chunk_id: str, text: str, query_terms: frozenset[str], analyzer: Analyzer) -> str:
        flat = " ".join(text.split())
        if len(flat) <= self._width:
            return flat
        with self._lock:
            segments = self._cache.get(chunk_id)
            if segments is not None:
                self._cache.move_to_end(chunk_id)
        if segments is None:
            segments = tuple((s, frozenset(analyzer.terms(s))) for s in _SEGMENT.split(flat))
            with self._lock:
                self._cache[chunk_id] = segments
                while len(self._cache) > self._size:
                    self._cache.popitem(last=False)
        return best_window(segments, query_terms, self._width)


def shortened(text: str, width: int = 220) -> str:
    """The start of a passage on one line, cut at a word (the command line's result lists)."""
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1].rsplit(" ", 1)[0] + " …"


def best_window(segments: Sequence[tuple[str, frozenset[str]]], query_terms: frozenset[str], width: int) -> str:
    """From the segment where the most query terms lie closest together, as much as fits into `width`."""
    found = [query_terms & terms for _, terms in segments]
    best, best_key = 0, (-1, 0)
    for start in range(len(segments)):
        covered: set[str] = set()
        length = span = 0
        end = start
        while end < len(segments) and (end == start or length + len(segments[end][0]) < width):
            if not found[end] <= covered:
                covered |= found[end]
                span = length + len(segments[end][0])
            length += len(segments[end][0]) + 1
            end += 1
        key = (len(covered), -span)  # most terms, then the tightest cluster of them
        if key > best_key:
            best, best_key = start, key
    window = " ".join(text for text, _ in segments[best:])
    cut = window if len(window) <= width else window[: width - 1].rsplit(" ", 1)[0] + " …"
    return f"… {cut}" if best else cut
