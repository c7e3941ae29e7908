"""The staff pages: search with facets, the measure catalogue as a sortable table with CSV download, funding finder.

All of them are GET forms rendered on the server from the same query functions the CLI uses.
"""

from __future__ import annotations

import logging
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response

from index.catalogue import Catalogue, CatalogueMissingError, MeasureQuery, UnknownProgrammeError, facet_counts
from index.catalogue_export import measures_csv
from index.errors import EmbedderError, StoreError
from index.facets import SearchFilters
from index.search import Searcher
from ingest.measures import Measure
from service.deps import BaseUrlDep, SearcherDep, SettingsDep, live_catalogue
from service.settings import Settings
from service.web_catalogue import (
    COLUMNS,
    KIND_LABELS,
    MEASURE_FILTERS,
    aria_sort,
    programme_names,
    programme_rows,
    search_facets,
    shown_hit,
    sort_link,
    sort_measures,
)
from service.web_render import page
from service.web_snippets import query_terms

log = logging.getLogger(__name__)

router = APIRouter(include_in_schema=False)

SEARCH_HITS = 20
FUNDING_HITS = 10
Values = Annotated[list[str] | None, Query()]


@router.get("/suche", response_class=HTMLResponse)
def search_page(
    request: Request,
    searcher: SearcherDep,
    settings: SettingsDep,
    base: BaseUrlDep,
    q: str = "",
    dokument: Values = None,
    schwerpunkt: Values = None,
    art: Values = None,
) -> HTMLResponse:
    documents, topics = tuple(dokument or ()), tuple(schwerpunkt or ())
    kinds = tuple(kind for kind in art or () if kind in KIND_LABELS)
    context: dict[str, Any] = {"title": "Suche", "q": q, "hits": [], "error": "", "searched": False}
    context["facets"] = search_facets(searcher, documents, topics, kinds)
    if len(q) > settings.max_question_chars:
        context["error"] = f"Die Suchanfrage ist zu lang (höchstens {settings.max_question_chars} Zeichen)."
        return page(request, "suche.html", context, 422)
    if q.strip():
        filters = SearchFilters(documents=documents, kinds=kinds, schwerpunkte=topics)
        try:
            found = searcher.search(q, k=SEARCH_HITS, filters=filters)
        except (StoreError, EmbedderError) as exc:
            return _unavailable(request, exc)
        terms = query_terms(searcher.analyzer, q)
        hits = [shown_hit(searcher, hit.chunk, base, terms) for hit in found]
        context.update(hits=hits, searched=True)
    return page(request, "suche.html", context)


@router.get("/massnahmen", response_class=HTMLResponse)
def measures_page(
    request: Request, searcher: SearcherDep, settings: SettingsDep, sortierung: str = "", richtung: str = "auf"
) -> HTMLResponse:
    selection = _select(request, searcher, settings)
    if isinstance(selection, HTMLResponse):
        return selection
    catalogue, params, measures, error = selection
    descending = richtung == "ab"
    context = _measure_context(catalogue, params, sort_measures(measures, sortierung, descending), error)
    if error:
        return page(request, "massnahmen.html", context, 400)
    links = {c.key: sort_link("/massnahmen", params, c.key, sortierung, descending) for c in COLUMNS if c.sortable}
    sorts = {c.key: aria_sort(c.key, sortierung, descending) for c in COLUMNS}
    sorting = {k: v for k, v in {"sortierung": sortierung, "richtung": richtung}.items() if sortierung}
    csv_query = urlencode({**{k: v for k, v in params.items() if v}, **sorting})
    context.update(sort_links=links, aria_sorts=sorts, csv_link=f"/massnahmen.csv?{csv_query}".rstrip("?"))
    return page(request, "massnahmen.html", context)


@router.get("/massnahmen.csv")
def measures_csv_download(
    request: Request, searcher: SearcherDep, settings: SettingsDep, sortierung: str = "", richtung: str = "auf"
) -> Response:
    selection = _select(request, searcher, settings)
    if isinstance(selection, HTMLResponse):
        return selection
    catalogue, params, measures, error = selection
    if error:
        return page(request, "massnahmen.html", _measure_context(catalogue, params, [], error), 400)
    return Response(
        measures_csv(sort_measures(measures, sortierung, richtung == "ab"), catalogue.document).encode("utf-8"),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": 'attachment; filename="massnahmen.csv"', "Cache-Control": "no-store"},
    )


_Selection = tuple[Catalogue, dict[str, str], tuple[Measure, ...], str]


def _select(request: Request, searcher: Searcher, settings: Settings) -> _Selection | HTMLResponse:
    """The catalogue, the filter parameters of the request, the measures they select and a German error message
    (empty when the filters apply), or the page saying the index is unavailable."""
    params = {name: request.query_params.get(name, "").strip() for name in MEASURE_FILTERS}
    try:
        catalogue = live_catalogue(request, searcher, settings)
        measures, error = _filtered(catalogue, params, settings.max_question_chars)
    except (StoreError, EmbedderError) as exc:
        return _unavailable(request, exc)
    return catalogue, params, measures, error


def _filtered(catalogue: Catalogue, params: dict[str, str], max_chars: int) -> tuple[tuple[Measure, ...], str]:
    """The measures the filters select, or none and the German message why the filters cannot be applied."""
    if len(params["q"]) > max_chars:
        return (), f"Das Stichwort ist zu lang (höchstens {max_chars} Zeichen)."
    query = MeasureQuery(
        schwerpunkt=params["schwerpunkt"],
        lead=params["federfuehrung"],
        time_frame=params["zeitraum"],
        priority=params["prioritaet"],
        programme=params["programm"],
        text=params["q"],
    )
    try:
        return catalogue.find(query).measures, ""
    except UnknownProgrammeError as exc:
        return (), str(exc)


def _measure_context(catalogue: Catalogue, params: dict[str, str], rows: list[Measure], error: str) -> dict[str, Any]:
    every = facet_counts(catalogue.measures)  # the filter options: what the whole catalogue holds
    names = programme_names(catalogue)
    return {
        "title": "Maßnahmenkatalog",
        "wide": True,
        "params": params,
        "rows": rows,
        "total": len(catalogue.measures),
        "error": error,
        "columns": COLUMNS,
        "programme_names": names,
        "schwerpunkte": [value for value, _ in every.schwerpunkt],
        "leads": [value for value, _ in every.lead],
        "priorities": [value for value, _ in every.priority],
        "programmes": [(pid, names.get(pid, pid)) for pid, _ in every.programme],
        "sort_links": {},
        "aria_sorts": {},
        "csv_link": "",
    }


@router.get("/foerderung", response_class=HTMLResponse)
def funding_page(
    request: Request,
    searcher: SearcherDep,
    settings: SettingsDep,
    base: BaseUrlDep,
    programm: str = "",
    thema: str = "",
) -> HTMLResponse:
    context: dict[str, Any] = {
        "title": "Förderung",
        "wide": True,
        "programm": programm,
        "thema": thema,
        "hits": [],
        "error": "",
    }
    try:
        catalogue = live_catalogue(request, searcher, settings)
        context["programmes"] = programme_rows(catalogue)
        if len(thema) > settings.max_question_chars:
            context["error"] = f"Das Thema ist zu lang (höchstens {settings.max_question_chars} Zeichen)."
            return page(request, "foerderung.html", context, 422)
        found = catalogue.funding(programme=programm, text=thema, k=FUNDING_HITS)
    except UnknownProgrammeError as exc:
        context["error"] = str(exc)
        return page(request, "foerderung.html", context, 400)
    except (StoreError, EmbedderError) as exc:
        return _unavailable(request, exc)
    names = programme_names(catalogue)
    terms = query_terms(searcher.analyzer, thema)
    hits = [
        shown_hit(
            searcher,
            hit.chunk,
            base,
            terms,
            measure=hit.measure,
            programmes=tuple(names.get(p, p) for p in hit.tags.programmes),
            cues=hit.tags.cues,
        )
        for hit in found
    ]
    context["hits"] = hits
    return page(request, "foerderung.html", context)


def _unavailable(request: Request, exc: Exception) -> HTMLResponse:
    log.error("web_page_failed error=%s", type(exc).__name__)
    message = "Der Suchindex ist gerade nicht verfügbar. Bitte versuchen Sie es später erneut."
    if isinstance(exc, CatalogueMissingError):
        message = "Der Index enthält noch keinen Maßnahmenkatalog. Bitte den Index neu aufbauen (kea ingest)."
    return page(request, "fehler.html", {"title": "Nicht verfügbar", "message": message}, 503)
