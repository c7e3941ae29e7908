"""POST /api/search: ranked passages with page-accurate links."""

from __future__ import annotations

import math

from fastapi import APIRouter

from index.facets import SearchFilters
from index.search import Hit, Searcher
from service.deps import BaseUrlDep, SearcherDep, ServicesDep, pdf_link
from service.errors import ERROR_RESPONSES, check_length
from service.schemas import Filters, SearchHit, SearchRequest, SearchResponse
from service.snippets import Snippets

router = APIRouter(prefix="/api", tags=["Suche"], responses=ERROR_RESPONSES)


@router.post("/search")
def search(request: SearchRequest, searcher: SearcherDep, services: ServicesDep, base: BaseUrlDep) -> SearchResponse:
    """Passagen der Dokumente zu einer Suchanfrage, mit Dokument, Seite, Abschnitt, Auszug und Link."""
    check_length("query", request.query, services.settings.max_question_chars)
    hits = searcher.search(request.query, k=request.k, filters=_filters(request.filters))
    terms = frozenset(searcher.analyzer.terms(request.query))
    return SearchResponse(
        query=request.query,
        hits=[_hit(searcher, services.snippets, rank, hit, base, terms) for rank, hit in enumerate(hits, start=1)],
    )


def _filters(filters: Filters) -> SearchFilters:
    return SearchFilters(
        documents=tuple(filters.documents),
        kinds=tuple(filters.kinds),
        schwerpunkte=tuple(filters.schwerpunkte),
        page_from=filters.page_from,
        page_to=filters.page_to,
    )


def _hit(searcher: Searcher, snippets: Snippets, rank: int, hit: Hit, base: str, terms: frozenset[str]) -> SearchHit:
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
        snippet=snippets.snippet(chunk.id, chunk.text, terms, searcher.analyzer),
        link=pdf_link(base, chunk.document_id, chunk.page),
        chunk_id=chunk.id,
    )
