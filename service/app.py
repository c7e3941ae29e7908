"""`create_app`: the FastAPI application as a pure factory of an assistant and settings (no globals, no env).

Middleware, outermost first: access log (no personal data) → security headers → CORS → rate limit → body
limit → routes. So a 413 or 429 still carries CORS and security headers, and preflights are never limited.
A new group of endpoints is one more router module, appended to ROUTERS.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from assistant.assistant import Assistant
from service import (
    routes_admin,
    routes_ask,
    routes_documents,
    routes_feedback,
    routes_measures,
    routes_search,
    routes_system,
    routes_web,
    routes_web_staff,
)
from service.accesslog import AccessLog
from service.deps import Services
from service.errors import install_handlers
from service.feedback import FeedbackStore, JsonlFeedbackStore
from service.pdffiles import PdfFiles
from service.ratelimit import RateLimit, TokenBuckets
from service.reindex import Live
from service.security import BodyLimit, SecurityHeaders
from service.settings import Settings
from service.snippets import Snippets

ROUTERS = (
    routes_system.router,
    routes_search.router,
    routes_ask.router,
    routes_documents.router,
    routes_feedback.router,
    routes_admin.router,
    routes_measures.router,
    routes_web.router,
    routes_web_staff.router,
)

DESCRIPTION = """Suche und Antworten mit Quellenangaben über das Kreisentwicklungskonzept des Landkreises
Bernkastel-Wittlich. Fehler kommen als JSON mit deutscher (`message`) und englischer (`message_en`) Meldung."""


def create_app(
    assistant: Assistant,
    settings: Settings,
    *,
    rebuild: Callable[[], Assistant] | None = None,
    feedback: FeedbackStore | None = None,
    pdf_dir: Path | None = None,
) -> FastAPI:
    """The app serving `assistant`; `rebuild` (for the admin reindex) returns an assistant on a fresh index."""
    app = FastAPI(title="Kreisentwicklungs-Assistent", version=_version(), description=DESCRIPTION, redoc_url=None)
    app.state.services = Services(
        settings=settings,
        live=Live(assistant, rebuild),
        feedback=feedback or JsonlFeedbackStore(settings.feedback_file),
        pdfs=PdfFiles(pdf_dir or settings.corpus_dir),
        snippets=Snippets(),
    )
    install_handlers(app)
    for router in ROUTERS:
        app.include_router(router)
    # Added innermost first: Starlette wraps each new middleware around the ones before.
    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes)
    if settings.rate_limit_per_minute > 0:
        app.add_middleware(
            RateLimit,
            buckets=TokenBuckets(settings.rate_limit_per_minute, settings.rate_limit_burst),
            prefixes=("/api/", "/documents/", *routes_web.RATE_LIMITED),
        )
    app.add_middleware(
        CORSMiddleware,
        allow_origins=list(settings.cors_origins),
        allow_methods=["GET", "POST"],
        allow_headers=["Content-Type", "Accept"],
        expose_headers=["Retry-After"],
        max_age=600,
    )
    app.add_middleware(SecurityHeaders, frame_origins=settings.cors_origins)
    app.add_middleware(AccessLog, client_details=settings.log_client_details)
    return app


def _version() -> str:
    try:
        return version("kreisentwicklungs-assistent")
    except PackageNotFoundError:  # pragma: no cover - running from a bare checkout
        return "0"
