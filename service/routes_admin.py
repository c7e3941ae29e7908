"""POST/GET /api/admin/reindex: re-ingest in the background, protected by the admin key (header X-API-Key)."""

from __future__ import annotations

import hmac
import logging
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Security
from fastapi.security import APIKeyHeader

from service.deps import ServicesDep
from service.errors import ERROR_RESPONSES, AdminDenied, AdminDisabled, ReindexBusy
from service.reindex import ReindexStatus
from service.schemas import ErrorResponse, ReindexStatusOut

log = logging.getLogger(__name__)

_KEY = APIKeyHeader(name="X-API-Key", auto_error=False, description="Admin-Schlüssel (KEA_ADMIN_API_KEY)")


async def _admin(services: ServicesDep, key: Annotated[str | None, Security(_KEY)]) -> None:
    expected = services.settings.admin_api_key
    if not expected:
        raise AdminDisabled(
            "Die Verwaltungsfunktionen sind ausgeschaltet (kein KEA_ADMIN_API_KEY gesetzt).",
            "Admin endpoints are disabled (no KEA_ADMIN_API_KEY configured).",
        )
    # Constant time: the comparison must not reveal how much of a guessed key was right.
    if not key or not hmac.compare_digest(key.encode(), expected.encode()):
        log.warning("admin_denied")
        raise AdminDenied(
            "Admin-Schlüssel fehlt oder ist falsch (Header X-API-Key).",
            "Admin key missing or wrong (header X-API-Key).",
            headers={"WWW-Authenticate": "APIKey"},
        )


_DENIED: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorResponse, "description": "Schlüssel fehlt oder ist falsch"},
    403: {"model": ErrorResponse, "description": "Verwaltung ausgeschaltet"},
}
router = APIRouter(
    prefix="/api/admin",
    tags=["Verwaltung"],
    dependencies=[Depends(_admin)],
    responses={**ERROR_RESPONSES, **_DENIED},
)


@router.post(
    "/reindex",
    status_code=202,
    responses={409: {"model": ErrorResponse, "description": "Neuaufbau läuft bereits"}},
)
async def start_reindex(services: ServicesDep) -> ReindexStatusOut:
    """Liest die PDFs neu ein und tauscht den Index danach aus; bis dahin antwortet der bisherige Index."""
    if not services.live.can_rebuild:
        raise AdminDisabled("Neuaufbau ist in diesem Dienst nicht eingerichtet.", "Reindex is not set up here.")
    if not services.live.start():
        raise ReindexBusy("Ein Neuaufbau läuft bereits.", "A reindex is already running.")
    log.info("reindex_started")
    return _status(services.live.status())


@router.get("/reindex")
async def reindex_status(services: ServicesDep) -> ReindexStatusOut:
    """Stand des letzten Neuaufbaus (idle, running, succeeded, failed)."""
    return _status(services.live.status())


def _status(status: ReindexStatus) -> ReindexStatusOut:
    return ReindexStatusOut(
        state=status.state,
        started_at=status.started_at,
        finished_at=status.finished_at,
        message=status.message,
        build=status.build,
    )
