"""The public JSON shapes of the HTTP API (pydantic lives only here, at the edge), kept apart from core types."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

# Hard caps of the schema; the configurable, usually lower limits (question length, history turns) are checked by
# the routes with the same 422 answer.
MAX_TEXT = 4000
MAX_LIST = 50


class _Strict(BaseModel):
    """Unknown fields are an error (a typo in a filter must not silently widen a search), and values are taken
    as the schema types them: `"helpful": 0.0` is no boolean, `"k": "5"` no number."""

    model_config = ConfigDict(extra="forbid", strict=True)


class Filters(_Strict):
    documents: list[str] = Field(default=[], max_length=MAX_LIST, description="Dokument-IDs (leer = alle)")
    kinds: list[Literal["text", "table", "measure"]] = Field(default=[], max_length=3, description="Abschnittsarten")
    schwerpunkte: list[str] = Field(default=[], max_length=MAX_LIST, description="Handlungsschwerpunkte")
    page_from: int | None = Field(default=None, ge=1, le=100_000, description="erste PDF-Seite")
    page_to: int | None = Field(default=None, ge=1, le=100_000, description="letzte PDF-Seite")


class SearchRequest(_Strict):
    query: str = Field(min_length=1, max_length=MAX_TEXT, description="Suchanfrage")
    k: int = Field(default=5, ge=1, le=50, description="Anzahl der Treffer")
    filters: Filters = Field(default_factory=Filters)


class SearchHit(BaseModel):
    rank: int
    document_id: str
    title: str
    page: int = Field(description="physische PDF-Seite, 1-basiert")
    page_label: str = Field(description="gedruckte Seitenzahl")
    section: str
    kind: str
    score: float
    snippet: str
    link: str = Field(description="Link auf die PDF-Seite (…pdf#page=N)")
    chunk_id: str


class SearchResponse(BaseModel):
    query: str
    hits: list[SearchHit]


class TurnIn(_Strict):
    question: str = Field(max_length=MAX_TEXT)
    answer: str = Field(default="", max_length=4 * MAX_TEXT)


class AskRequest(_Strict):
    question: str = Field(max_length=MAX_TEXT, description="Frage")
    history: list[TurnIn] = Field(default=[], max_length=MAX_LIST, description="bisheriger Gesprächsverlauf")
    mode: Literal["standard", "einfach"] = Field(default="standard", description="'einfach': Einfache Sprache")


class CitationOut(BaseModel):
    number: int
    document_id: str
    title: str
    page: int
    page_label: str
    chunk_id: str
    quote: str
    link: str


class AskResponse(BaseModel):
    answer_id: str = Field(description="für Rückmeldungen an /api/feedback")
    answer: str
    refused: bool
    reason: str
    backend: str
    notice: str
    citations: list[CitationOut]


class IndexInfo(BaseModel):
    loaded: bool
    build: str
    documents: int
    pages: int
    chunks: int
    measures: int | None = Field(description="Maßnahmen im Katalog; null bei einem Index ohne Katalog (neu einlesen)")


class LlmInfo(BaseModel):
    backend: str
    model: str


class ReindexStatusOut(BaseModel):
    state: Literal["idle", "running", "succeeded", "failed"]
    started_at: str
    finished_at: str
    message: str
    build: str


class HealthResponse(BaseModel):
    status: Literal["ok"]
    index: IndexInfo
    embedding_model: str
    llm: LlmInfo
    reindex: Literal["idle", "running", "succeeded", "failed"]


class DocumentOut(BaseModel):
    id: str
    title: str
    year: int | None
    kind: str
    pages: int
    link: str
    source_url: str


class DocumentsResponse(BaseModel):
    documents: list[DocumentOut]


class FeedbackRequest(_Strict):
    answer_id: str = Field(pattern=r"^[0-9a-f]{32}$", description="answer_id aus /api/ask")
    helpful: bool
    comment: str | None = Field(default=None, max_length=2000)


class FeedbackResponse(BaseModel):
    stored: bool


class ErrorDetail(BaseModel):
    field: str
    message: str
    message_en: str


class ErrorResponse(BaseModel):
    """Every error: a German message for people, an English one for developers, never a stack trace."""

    error: str = Field(description="Fehlerart, maschinenlesbar")
    message: str
    message_en: str
    details: list[ErrorDetail] = []
