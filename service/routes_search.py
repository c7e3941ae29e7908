"""POST /api/search: ranked passages with page-accurate links."""

from __future__ import annotations

import math
import re

from fastapi import APIRouter

from index.analysis import Analyzer
from index.facets import SearchFilters
from index.search import Hit, Searcher
from service.deps import BaseUrlDep, SearcherDep, SettingsDep, pdf_link
from service.errors import ERROR_RESPONSES, check_length
from service.schemas import Filters, SearchHit, SearchRequest, SearchResponse

router = APIRouter(prefix="/api", tags=["Suche"], responses=ERROR_RESPONSES)

SNIPPET_CHARS = 300
_SEGMENT = re.compile(r"(?<=[.;!?])\s+")  # after a sentence or a table cell ("Spalte: Wert; …")


@router.post("/search")
def search(request: SearchRequest, searcher: SearcherDep, settings: SettingsDep, base: BaseUrlDep) -> SearchResponse:
    """Passagen der Dokumente zu einer Suchanfrage, mit Dokument, Seite, Abschnitt, Auszug und Link."""
    check_length("query", request.query, settings.max_question_chars)
    hits = searcher.search(request.query, k=request.k, filters=_filters(request.filters))
    terms = frozenset(searcher.analyzer.terms(request.query))
    return SearchResponse(
        query=request.query,
        hits=[_hit(searcher, rank, hit, base, terms) for rank, hit in enumerate(hits, start=1)],
    )


def _filters(filters: Filters) -> SearchFilters:
    return SearchFilters(
        documents=tuple(filters.documents),
        kinds=tuple(filters.kinds),
        schwerpunkte=tuple(filters.schwerpunkte),
        page_from=filters.page_from,
        page_to=filters.page_to,
    )


def _hit(searcher: Searcher, rank: int, hit: Hit, base: str, terms: frozenset[str]) -> SearchHit:
    chunk = hit.chunk
    document = searcher.document(chunk.document_id)
    return SearchHit(
        rank=rank,
        document_id=chunk.document_id,
        title=document.title if document else chunk.document_id,
        page=chunk.page,
        page_label=chunk.page_label,
        section=" › ".join(chunk.section),
        kind=chunk.kind,
        score=round(hit.score, 4) if math.isfinite(hit.score) else 0.0,
        snippet=snippet(chunk.text, terms, searcher.analyzer),
        link=pdf_link(base, chunk.document_id, chunk.page),
        chunk_id=chunk.id,
    )


def snippet(text: str, query_terms: frozenset[str], analyzer: Analyzer, width: int = SNIPPET_CHARS) -> str:
    """The stretch of the passage (whole sentences or table cells) where the query's terms lie closest together.

    A table chunk starts with its caption and first rows; the row that answers may come much later.
    """
    flat = " ".join(text.split())
    if len(flat) <= width:
        return flat
    segments = _SEGMENT.split(flat)
    found = [query_terms.intersection(analyzer.terms(segment)) for segment in segments]
    best, best_key = 0, (-1, 0)
    for start in range(len(segments)):
        covered: set[str] = set()
        length = span = 0
        end = start
        while end < len(segments) and (end == start or length + len(segments[end]) < width):
            if not found[end] <= covered:
                covered |= found[end]
                span = length + len(segments[end])
            length += len(segments[end]) + 1
            end += 1
        key = (len(covered), -span)  # most terms, then the tightest cluster of them
        if key > best_key:
            best, best_key = start, key
    window = " ".join(segments[best:])
    cut = window if len(window) <= width else window[: width - 1].rsplit(" ", 1)[0] + " …"
    return f"… {cut}" if best else cut
