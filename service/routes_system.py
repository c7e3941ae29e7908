"""GET /api/health: is the index loaded, what does it hold, which backends serve."""

from __future__ import annotations

from fastapi import APIRouter

from service.deps import AssistantDep, ServicesDep
from service.errors import ERROR_RESPONSES
from service.schemas import HealthResponse, IndexInfo, LlmInfo

router = APIRouter(prefix="/api", tags=["Betrieb"], responses=ERROR_RESPONSES)


@router.get("/health")
async def health(assistant: AssistantDep, services: ServicesDep) -> HealthResponse:
    """Zustand des Dienstes: Index, Anzahl der Dokumente, Seiten, Abschnitte und Maßnahmen, Modelle."""
    stored = assistant.searcher.stored
    settings = services.settings
    return HealthResponse(
        status="ok",
        index=IndexInfo(
            loaded=True,
            build=stored.path.name,
            documents=len(stored.documents),
            pages=len(stored.pages),
            chunks=len(stored.chunks),
            measures=len(stored.measures) if stored.has_catalogue else None,
        ),
        embedding_model=stored.manifest.embedding_model,
        llm=LlmInfo(backend=assistant.backend_name, model=settings.llm_model if settings.llm_url else ""),
        reindex=services.live.status().state,
    )
