"""What routes depend on, as `Annotated[..., Depends(...)]` aliases: all of it lives on `app.state`, no globals.

The providers are `async` although they do no I/O: FastAPI runs sync dependencies in the thread pool, which
costs more than they do.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request

from assistant.assistant import Assistant
from index.catalogue import Catalogue
from index.search import Searcher
from service.compose import open_catalogue
from service.feedback import FeedbackStore
from service.pdffiles import PdfFiles
from service.reindex import Live
from service.settings import Settings
from service.snippets import Snippets


@dataclass(frozen=True)
class Services:
    settings: Settings
    live: Live
    feedback: FeedbackStore
    pdfs: PdfFiles
    snippets: Snippets


async def _services(request: Request) -> Services:
    services: Services = request.app.state.services
    return services


async def _assistant(services: Annotated[Services, Depends(_services)]) -> Assistant:
    return services.live.current  # taken once per request: a reindex swap never changes it mid-request


async def _searcher(assistant: Annotated[Assistant, Depends(_assistant)]) -> Searcher:
    return assistant.searcher


def live_catalogue(request: Request, searcher: Searcher, settings: Settings) -> Catalogue:
    """The measure catalogue of the index `searcher` serves: built once per loaded index (it parses the programme
    file and maps every chunk), rebuilt when a reindex swaps a new searcher in."""
    cached: tuple[Searcher, Catalogue] | None = getattr(request.app.state, "measure_catalogue", None)
    if cached is not None and cached[0] is searcher:
        return cached[1]
    catalogue = open_catalogue(settings, searcher=searcher)
    request.app.state.measure_catalogue = (searcher, catalogue)
    return catalogue


async def _settings(services: Annotated[Services, Depends(_services)]) -> Settings:
    return services.settings


async def base_url(request: Request) -> str:
    """Where links to the PDFs point: the configured public URL, else this request's own base."""
    configured: str = request.app.state.services.settings.public_url
    return (configured or str(request.base_url)).rstrip("/")


def pdf_link(base: str, document_id: str, page: int | None = None) -> str:
    link = f"{base}/documents/{document_id}.pdf"
    return f"{link}#page={page}" if page else link


ServicesDep = Annotated[Services, Depends(_services)]
AssistantDep = Annotated[Assistant, Depends(_assistant)]
SearcherDep = Annotated[Searcher, Depends(_searcher)]
SettingsDep = Annotated[Settings, Depends(_settings)]
BaseUrlDep = Annotated[str, Depends(base_url)]
