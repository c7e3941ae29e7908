"""POST /api/feedback: was an answer helpful? Stored without personal data (see service/feedback.py)."""

from __future__ import annotations

from fastapi import APIRouter

from service.deps import ServicesDep
from service.errors import ERROR_RESPONSES
from service.feedback import feedback
from service.schemas import FeedbackRequest, FeedbackResponse

router = APIRouter(prefix="/api", tags=["Rückmeldung"], responses=ERROR_RESPONSES)


@router.post("/feedback", status_code=201)
def give_feedback(request: FeedbackRequest, services: ServicesDep) -> FeedbackResponse:
    """Rückmeldung zu einer Antwort (hilfreich ja/nein, optional ein Kommentar ohne Kontaktdaten)."""
    services.feedback.add(feedback(request.answer_id, request.helpful, request.comment))
    return FeedbackResponse(stored=True)
