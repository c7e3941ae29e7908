"""Queries over the measure catalogue and the funding tags stored with an index.

Plain classes and functions, so the CLI and an HTTP layer call the same thing:
    Catalogue(stored, tagger, searcher=None)
    .measures / .measure(nr) / .document(id)
    .find(MeasureQuery(...)) -> MeasureResult (measures, facet counts over them, catalogue size)
    .funding(programme="", text="", k=10) -> tuple[FundingHit, ...]
A free-text query needs the searcher: it is the hybrid search restricted to measure chunks.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from index.errors import StoreError
from index.facets import SearchFilters

# Facets and facet_counts belong to the catalogue's interface; they live beside the other filters.
from index.measure_filters import Facets as Facets
from index.measure_filters import contains, in_time_frame
from index.measure_filters import facet_counts as facet_counts
from index.search import Hit, Searcher
from index.store import StoredIndex
from ingest.chunk import Chunk
from ingest.document import Document
from ingest.funding import FundingTagger, FundingTags
from ingest.measures import Measure

_MIN_TEXT_RELEVANCE = 0.6  # a measure found by free text scores at least this share of the best one
_TOPIC_WEIGHT = 0.7  # funding search with a topic: relevance to it first, funding cues second


class CatalogueMissingError(StoreError):
    """The index was built before measures were extracted; it has to be rebuilt."""


class UnknownProgrammeError(ValueError):
    """A programme name that matches no entry of the programme file; the message lists the known ones."""


@dataclass(frozen=True)
class MeasureQuery:
    """Filters over the catalogue; empty fields do not filter. Text filters match case-insensitively
    as substrings; `time_frame` takes a year ("2024"), a range ("2023-2025") or words ("kurzfristig")."""

    schwerpunkt: str = ""
    lead: str = ""
    time_frame: str = ""
    priority: str = ""
    programme: str = ""  # id, short name, alias or any spelling the programme file's patterns match
    text: str = ""


@dataclass(frozen=True)
class MeasureResult:
    measures: tuple[Measure, ...]
    facets: Facets
    total: int  # measures in the catalogue


@dataclass(frozen=True)
class FundingHit:
    chunk: Chunk
    score: float  # what the ranking used
    relevance: float  # to the topic, normalised to the best hit (0 without a topic)
    tags: FundingTags
    measure: str = ""  # number of the measure whose sheet the passage belongs to


class Catalogue:
    def __init__(self, stored: StoredIndex, tagger: FundingTagger, searcher: Searcher | None = None) -> None:
        if not stored.has_catalogue:
            raise CatalogueMissingError(
                f"Der Index unter {stored.path} enthält noch keinen Maßnahmenkatalog (vor dieser Version "
                "aufgebaut). Bitte neu einlesen: kea ingest"
            )
        self._stored = stored
        self._tagger = tagger
        self._searcher = searcher
        self._documents = {doc.id: doc for doc in stored.documents}
        self._tags = {item.chunk_id: item.tags for item in stored.funding}
        self._owners: dict[str, list[Measure]] = {}
        for measure in stored.measures:
            for chunk_id in measure.chunk_ids:
                self._owners.setdefault(chunk_id, []).append(measure)
        self._chunks = {chunk.id: chunk for chunk in stored.chunks}

    @property
    def measures(self) -> tuple[Measure, ...]:
        return self._stored.measures

    @property
    def tagger(self) -> FundingTagger:
        return self._tagger

    def measure(self, nr: str) -> Measure | None:
        wanted = nr.replace(" ", "").casefold()
        return next((m for m in self.measures if m.nr.casefold() == wanted), None)

    def sheets_of(self, chunk_id: str) -> tuple[Measure, ...]:
        """The measures whose sheet holds the chunk, in sheet order (two where one sheet ends and the next begins)."""
        return tuple(self._owners.get(chunk_id, ()))

    def sheet_chunks(self, measure: Measure) -> tuple[Chunk, ...]:
        """The chunks of the measure's sheet, in document order."""
        return tuple(self._chunks[i] for i in measure.chunk_ids if i in self._chunks)

    def document(self, document_id: str) -> Document | None:
        return self._documents.get(document_id)

    def programme_ids(self, name: str) -> tuple[str, ...]:
        ids = self._tagger.resolve(name)
        if not ids:
            known = ", ".join(p.id for p in self._tagger.programmes)
            raise UnknownProgrammeError(f"Förderprogramm {name!r} ist nicht bekannt. Bekannt sind: {known}")
        return ids

    def find(self, query: MeasureQuery) -> MeasureResult:
        tests: list[Callable[[Measure], bool]] = [
            contains(query.schwerpunkt, lambda m: m.schwerpunkt),
            contains(query.lead, lambda m: m.lead),
            contains(query.priority, lambda m: m.priority),
            in_time_frame(query.time_frame),
        ]
        if query.programme.strip():
            wanted = set(self.programme_ids(query.programme))
            tests.append(lambda m: bool(wanted & set(m.programmes)))
        chosen = tuple(m for m in self.measures if all(test(m) for test in tests))
        if query.text.strip():
            chosen = self._by_text(query.text, chosen)
        return MeasureResult(chosen, facet_counts(chosen), len(self.measures))

    def funding(self, programme: str = "", text: str = "", k: int = 10) -> tuple[FundingHit, ...]:
        """Passages that matter for a funding application: tagged with the programme (if given), ranked by
        relevance to the topic (if given) and by their funding cues."""
        wanted = set(self.programme_ids(programme)) if programme.strip() else set()

        def admitted(chunk: Chunk) -> bool:
            tags = self._tags.get(chunk.id)
            return tags is not None and (not wanted or bool(wanted & set(tags.programmes)))

        if not text.strip():
            chunks = [c for c in self._stored.chunks if admitted(c)]
            hits = [self._hit(c, self._tags[c.id].score, 0.0) for c in chunks]
            return tuple(sorted(hits, key=lambda h: (-h.score, -len(h.tags.programmes)))[: max(k, 0)])
        found = [hit for hit in self._search(text, len(self._stored.chunks), None) if admitted(hit.chunk)]
        best = max((hit.score for hit in found), default=0.0) or 1.0
        ranked = []
        for hit in found:
            relevance = max(hit.score, 0.0) / best
            score = _TOPIC_WEIGHT * relevance + (1 - _TOPIC_WEIGHT) * self._tags[hit.chunk.id].score
            ranked.append(self._hit(hit.chunk, score, relevance))
        return tuple(sorted(ranked, key=lambda h: -h.score)[: max(k, 0)])

    def _hit(self, chunk: Chunk, score: float, relevance: float) -> FundingHit:
        return FundingHit(chunk, round(score, 4), round(relevance, 4), self._tags[chunk.id], self._funded(chunk))

    def _funded(self, chunk: Chunk) -> str:
        """The measure a funding passage speaks for: the one whose funding field it quotes, else its sheet's."""
        owners = self._owners.get(chunk.id, [])
        flat = " ".join(chunk.text.split())
        quoting = [m for m in owners if m.funding and m.funding[:40] in flat]
        by_heading = [m for m in owners if chunk.section and m.heading == chunk.section[-1]]
        chosen = quoting or by_heading or owners
        return chosen[0].nr if chosen else ""

    def _by_text(self, text: str, measures: Sequence[Measure]) -> tuple[Measure, ...]:
        """The measures among `measures` the hybrid search over measure chunks finds, best first."""
        allowed = {m.nr for m in measures}
        best: dict[str, float] = {}
        chunks = len({chunk_id for m in self.measures for chunk_id in m.chunk_ids})
        for hit in self._search(text, chunks, SearchFilters(kinds=("measure",))):
            for owner in self._owners.get(hit.chunk.id, []):
                if owner.nr in allowed and owner.nr not in best:
                    best[owner.nr] = hit.score
        top = max(best.values(), default=0.0)
        order = sorted((nr for nr in best if best[nr] >= _MIN_TEXT_RELEVANCE * top), key=lambda nr: -best[nr])
        by_nr = {m.nr: m for m in measures}
        return tuple(by_nr[nr] for nr in order)

    def _search(self, text: str, k: int, filters: SearchFilters | None) -> Sequence[Hit]:
        if self._searcher is None:
            raise RuntimeError("Freitextsuche braucht einen Searcher über demselben Index")
        return self._searcher.search(text, k=max(k, 1), filters=filters)
