"""Public response schemas of the measure catalogue and the funding finder (kept apart from the core types)."""

from __future__ import annotations

from pydantic import BaseModel, Field


class MeasureOut(BaseModel):
    nr: str = Field(examples=["K3"])
    title: str
    handlungsschwerpunkt: str
    ziel: str
    beschreibung: str
    federfuehrung: str
    partner: str
    zeitraum: str
    prioritaet: str
    kosten: str
    foerdermoeglichkeiten: str = Field(description="Die Fördermöglichkeiten, wie im Steckbrief gedruckt")
    foerderprogramme: list[str] = Field(description="Kennungen der erkannten Förderprogramme")
    foerderrelevanz: float
    document_id: str
    document_title: str
    file: str
    page: int = Field(description="Physische PDF-Seite (1-basiert), auf der der Steckbrief beginnt")
    page_label: str
    last_page: int
    fehlende_angaben: list[str]
    link: str = Field(description="Link auf das PDF an der Seite des Steckbriefs")


class FacetCount(BaseModel):
    value: str
    count: int


class MeasureFacets(BaseModel):
    handlungsschwerpunkt: list[FacetCount]
    federfuehrung: list[FacetCount]
    zeitraum: list[FacetCount]
    prioritaet: list[FacetCount]
    foerderprogramm: list[FacetCount]


class MeasuresResponse(BaseModel):
    total: int = Field(description="Maßnahmen im Katalog")
    count: int = Field(description="Maßnahmen nach den Filtern")
    measures: list[MeasureOut]
    facets: MeasureFacets = Field(description="Anzahl der gefilterten Maßnahmen je Wert")


class FundingPassage(BaseModel):
    document_id: str
    title: str
    file: str
    page: int
    page_label: str
    section: str
    chunk_id: str
    kind: str
    measure: str = Field(description="Nummer der Maßnahme, zu deren Steckbrief die Passage gehört (sonst leer)")
    programmes: list[str]
    cues: list[str] = Field(description="Gefundene Förderhinweise (Förderquote, Eigenanteil, Antragsfrist, …)")
    funding_score: float
    relevance: float
    score: float
    text: str
    link: str


class FundingResponse(BaseModel):
    programm: str
    q: str
    passages: list[FundingPassage]
