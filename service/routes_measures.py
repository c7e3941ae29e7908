"""The measure catalogue and the funding finder: GET /api/measures, /api/measures/{nr}, /api/measures.csv,
/api/funding. Plain reads of the catalogue stored with the published index."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import Response

from index.catalogue import Catalogue, MeasureQuery, MeasureResult, UnknownProgrammeError
from index.catalogue_export import funding_record, measure_record, measures_csv
from ingest.measures import Measure
from service.deps import BaseUrlDep, SearcherDep, SettingsDep, live_catalogue, pdf_link
from service.errors import ERROR_RESPONSES, ApiError, NotFound, check_length
from service.schemas import ErrorResponse
from service.schemas_measures import FacetCount, FundingResponse, MeasureFacets, MeasureOut, MeasuresResponse

router = APIRouter(prefix="/api", tags=["Maßnahmen und Förderung"], responses=ERROR_RESPONSES)

Text = Annotated[str, Query(max_length=200)]


class UnknownProgramme(ApiError):
    status = 422
    code = "validation_error"


async def _catalogue(request: Request, searcher: SearcherDep, settings: SettingsDep) -> Catalogue:
    return live_catalogue(request, searcher, settings)


CatalogueDep = Annotated[Catalogue, Depends(_catalogue)]


async def _filters(
    settings: SettingsDep,
    schwerpunkt: Text = "",
    federfuehrung: Text = "",
    zeitraum: Text = "",
    prioritaet: Text = "",
    programm: Text = "",
    q: Text = "",
) -> MeasureQuery:
    check_length("q", q, settings.max_question_chars)
    return MeasureQuery(schwerpunkt, federfuehrung, zeitraum, prioritaet, programm, q)


FiltersDep = Annotated[MeasureQuery, Depends(_filters)]


@router.get("/measures")
def measures(catalogue: CatalogueDep, query: FiltersDep, base: BaseUrlDep) -> MeasuresResponse:
    """Maßnahmen des Handlungskonzepts, gefiltert nach Schwerpunkt, Federführung, Zeitraum, Priorität, Förderprogramm
    und Freitext, mit Facetten-Zählungen."""
    result = _find(catalogue, query)
    facets = result.facets
    return MeasuresResponse(
        total=result.total,
        count=len(result.measures),
        measures=[_measure(catalogue, m, base) for m in result.measures],
        facets=MeasureFacets(
            handlungsschwerpunkt=_counts(facets.schwerpunkt),
            federfuehrung=_counts(facets.lead),
            zeitraum=_counts(facets.time_frame),
            prioritaet=_counts(facets.priority),
            foerderprogramm=_counts(facets.programme),
        ),
    )


@router.get("/measures.csv", response_class=Response, responses={200: {"content": {"text/csv": {}}}})
def measures_as_csv(catalogue: CatalogueDep, query: FiltersDep) -> Response:
    """Die (gefilterten) Maßnahmen als CSV für Excel: Semikolon, UTF-8 mit BOM."""
    return Response(
        measures_csv(_find(catalogue, query).measures, catalogue.document).encode("utf-8"),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": 'attachment; filename="massnahmen.csv"'},
    )


def _find(catalogue: Catalogue, query: MeasureQuery) -> MeasureResult:
    try:
        return catalogue.find(query)
    except UnknownProgrammeError as exc:
        raise _unknown(query.programme, exc) from exc


@router.get("/measures/{nr}", responses={404: {"model": ErrorResponse, "description": "Keine solche Maßnahme"}})
def measure(nr: Annotated[str, Path(max_length=20)], catalogue: CatalogueDep, base: BaseUrlDep) -> MeasureOut:
    """Eine Maßnahme nach ihrer Nummer (z. B. K3)."""
    found = catalogue.measure(nr)
    if found is None:
        raise NotFound(f"Maßnahme {nr!r} gibt es nicht.", f"No measure {nr!r}.")
    return _measure(catalogue, found, base)


@router.get("/funding")
def funding(
    catalogue: CatalogueDep,
    settings: SettingsDep,
    base: BaseUrlDep,
    programm: Text = "",
    q: Text = "",
    k: Annotated[int, Query(ge=1, le=50)] = 10,
) -> FundingResponse:
    """Förderrelevante Passagen zu einem Förderprogramm und/oder Thema, mit Quellenangabe und Link."""
    check_length("q", q, settings.max_question_chars)
    try:
        hits = catalogue.funding(programme=programm, text=q, k=k)
    except UnknownProgrammeError as exc:
        raise _unknown(programm, exc) from exc
    passages = []
    for hit in hits:
        record = funding_record(hit, catalogue.document(hit.chunk.document_id))
        passages.append({**record, "link": pdf_link(base, hit.chunk.document_id, hit.chunk.page)})
    return FundingResponse.model_validate({"programm": programm, "q": q, "passages": passages})


def _measure(catalogue: Catalogue, measure: Measure, base: str) -> MeasureOut:
    record: dict[str, Any] = measure_record(measure, catalogue.document(measure.document_id))
    return MeasureOut.model_validate({**record, "link": pdf_link(base, measure.document_id, measure.page)})


def _counts(pairs: tuple[tuple[str, int], ...]) -> list[FacetCount]:
    return [FacetCount(value=value, count=count) for value, count in pairs]


def _unknown(programme: str, exc: UnknownProgrammeError) -> UnknownProgramme:
    return UnknownProgramme(
        f"Ungültige Eingabe: programm. {exc}", f"Invalid input: programm. Unknown funding programme {programme!r}."
    )
