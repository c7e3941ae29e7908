"""Facets derived from a chunk's headings and fields, for filtering before ranking."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.chunk import Chunk

# "4 Handlungsschwerpunkt Klimaschutz", "9.1 Maßnahmen im Handlungsschwerpunkt Klimaschutz", "Handlungsfeld Mobilität"
_HEADING = re.compile(
    r"\bHandlungs(?:schwerpunkt|feld)(?:es|s)?\s+[„\"]?(?P<name>[^„\"“”:]+?)[“”\"]?\s*$", re.IGNORECASE
)
_CROSS_CUTTING = re.compile(r"\bQuerschnitts(?:themen|thema|aufgaben)\b", re.IGNORECASE)
# A measure sheet states it as a field: "Handlungsschwerpunkt: Digitalisierung".
_FIELD = re.compile(r"\bHandlungs(?:schwerpunkt|feld)\s*:\s*(?P<name>[^\n;]+)")


@dataclass(frozen=True)
class SearchFilters:
    """Restrictions applied before ranking; empty fields do not restrict."""

    documents: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    schwerpunkte: tuple[str, ...] = ()
    page_from: int | None = None
    page_to: int | None = None

    def admits(self, chunk: Chunk, schwerpunkt: str) -> bool:
        if self.documents and chunk.document_id not in self.documents:
            return False
        if self.kinds and chunk.kind not in self.kinds:
            return False
        if self.schwerpunkte and schwerpunkt.casefold() not in {s.casefold() for s in self.schwerpunkte}:
            return False
        if self.page_from is not None and chunk.page < self.page_from:
            return False
        return self.page_to is None or chunk.page <= self.page_to

    @property
    def empty(self) -> bool:
        return self == SearchFilters()


def schwerpunkt_of(chunk: Chunk) -> str:
    """The Handlungsschwerpunkt a chunk belongs to, by its deepest matching heading or its own field."""
    for title in reversed(chunk.section):
        match = _HEADING.search(title)
        if match:
            return _clean(match.group("name"))
        if _CROSS_CUTTING.search(title):
            return "Querschnittsthemen"
    match = _FIELD.search(chunk.text)
    return _clean(match.group("name")) if match else ""


def _clean(name: str) -> str:
    return " ".join(name.split()).strip(" .,")
