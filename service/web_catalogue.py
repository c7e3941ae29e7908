"""What the staff pages show: facet options of the search, result passages, the sortable measure table, programmes.

Filtering and sorting happen on the server and are plain links and GET forms, so the pages work without
JavaScript, can be bookmarked and shared, and the CSV download gets exactly the filters the table shows.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from index.catalogue import Catalogue
from index.facets import schwerpunkt_of
from index.search import Searcher
from ingest.chunk import Chunk
from ingest.measures import Measure
from service.deps import pdf_link
from service.web_snippets import Segment, highlight, snippet

KIND_LABELS = {"text": "Fließtext", "table": "Tabelle", "measure": "Maßnahmen-Steckbrief"}
_PRIORITY_RANK = {"hoch": 0, "mittel": 1, "niedrig": 2}
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_NUMBER = re.compile(r"(\d+)")


@dataclass(frozen=True)
class Option:
    value: str
    label: str
    count: int
    checked: bool = False


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    sortable: bool = True


COLUMNS = (
    Column("nr", "Nr."),
    Column("titel", "Titel"),
    Column("schwerpunkt", "Handlungsschwerpunkt"),
    Column("federfuehrung", "Federführung"),
    Column("zeitraum", "Zeitraum"),
    Column("prioritaet", "Priorität"),
    Column("programme", "Förderprogramme", sortable=False),
)
MEASURE_FILTERS = ("schwerpunkt", "federfuehrung", "zeitraum", "prioritaet", "programm", "q")


def search_facets(
    searcher: Searcher, documents: Sequence[str], topics: Sequence[str], kinds: Sequence[str]
) -> dict[str, list[Option]]:
    """The filter options of the search with the number of passages each holds in the whole collection."""
    chunks = searcher.stored.chunks
    per_document = Counter(chunk.document_id for chunk in chunks)
    per_topic = Counter(searcher.schwerpunkt(row) for row in range(len(chunks)))
    per_kind = Counter[str](chunk.kind for chunk in chunks)
    return {
        "dokument": [
            Option(doc.id, doc.title, per_document[doc.id], doc.id in documents) for doc in searcher.stored.documents
        ],
        "schwerpunkt": [Option(name, name, per_topic[name], name in topics) for name in searcher.topics()],
        "art": [Option(kind, label, per_kind[kind], kind in kinds) for kind, label in KIND_LABELS.items()],
    }


def sort_measures(measures: Sequence[Measure], key: str, descending: bool) -> list[Measure]:
    field = _SORT_KEYS.get(key)
    if field is None:
        return list(measures)  # catalogue order, or relevance after a free-text query
    return sorted(measures, key=field, reverse=descending)


def _natural(text: str) -> tuple[tuple[int, int | str], ...]:
    """ "K2" before "K10": digit runs compare as numbers."""
    return tuple((0, int(part)) if part.isdigit() else (1, part.casefold()) for part in _NUMBER.split(text) if part)


def _first_year(text: str) -> tuple[int, str]:
    years = _YEAR.findall(text)
    return (int(years[0]) if years else 9999, text.casefold())


def _priority(text: str) -> tuple[int, str]:
    word = text.strip().casefold().split(" ")[0] if text.strip() else ""
    return (_PRIORITY_RANK.get(word, len(_PRIORITY_RANK)), text.casefold())


_SORT_KEYS: dict[str, Callable[[Measure], Any]] = {
    "nr": lambda m: _natural(m.nr),
    "titel": lambda m: m.title.casefold(),
    "schwerpunkt": lambda m: m.schwerpunkt.casefold(),
    "federfuehrung": lambda m: m.lead.casefold(),
    "zeitraum": lambda m: _first_year(m.time_frame),
    "prioritaet": lambda m: _priority(m.priority),
}


def sort_link(path: str, params: Mapping[str, str], column: str, current: str, descending: bool) -> str:
    """The header link: sort by `column`, or reverse the order when it is the current one."""
    reverse = column == current and not descending
    query = {**{k: v for k, v in params.items() if v}, "sortierung": column, "richtung": "ab" if reverse else "auf"}
    return f"{path}?{urlencode(query)}"


def aria_sort(column: str, current: str, descending: bool) -> str:
    if column != current:
        return ""
    return "descending" if descending else "ascending"


def programme_rows(catalogue: Catalogue) -> list[tuple[str, str, str, str, int]]:
    """(id, short name, full name, funder and level, number of measures naming it) for every programme."""
    counts = Counter(programme for measure in catalogue.measures for programme in measure.programmes)
    return [
        (p.id, p.short or p.id, p.name, f"{p.funder} ({p.level})" if p.funder else p.level, counts[p.id])
        for p in catalogue.tagger.programmes
    ]


def programme_names(catalogue: Catalogue) -> dict[str, str]:
    return {p.id: p.short or p.id for p in catalogue.tagger.programmes}


@dataclass(frozen=True)
class ShownHit:
    title: str
    link: str
    page: int
    page_label: str
    section: str
    kind: str
    schwerpunkt: str
    segments: list[Segment]
    measure: str = ""
    programmes: tuple[str, ...] = ()
    cues: tuple[str, ...] = ()


def shown_hit(searcher: Searcher, chunk: Chunk, base: str, terms: frozenset[str], **extra: Any) -> ShownHit:
    """A passage as the result lists show it: where it is, what it is, a snippet with the query's words marked."""
    document = searcher.document(chunk.document_id)
    return ShownHit(
        title=document.title if document else chunk.document_id,
        link=pdf_link(base, chunk.document_id, chunk.page),
        page=chunk.page,
        page_label=chunk.page_label,
        section=" › ".join(chunk.section),
        kind=KIND_LABELS.get(chunk.kind, chunk.kind),
        schwerpunkt=schwerpunkt_of(chunk),
        segments=highlight(snippet(chunk.text, searcher.analyzer, terms), searcher.analyzer, terms),
        **extra,
    )
