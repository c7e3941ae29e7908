"""POST /api/ask: an answer with citations, as JSON or streamed as Server-Sent Events."""

from __future__ import annotations

import logging
import uuid
from typing import Any

from fastapi import APIRouter, Request, Response
from fastapi.responses import StreamingResponse

from assistant.answer import Answer, Turn
from service import sse
from service.deps import AssistantDep, BaseUrlDep, SettingsDep, pdf_link
from service.errors import ERROR_RESPONSES, check_length
from service.schemas import AskRequest, AskResponse, CitationOut

log = logging.getLogger(__name__)

router = APIRouter(prefix="/api", tags=["Antworten"], responses=ERROR_RESPONSES)

_STREAM_DOC: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "Antwort mit Quellen; mit `Accept: text/event-stream` als Server-Sent Events "
        "(delta, citations, done, error).",
        "content": {sse.MEDIA_TYPE: {"schema": {"type": "string"}}},
    }
}


@router.post("/ask", response_model=AskResponse, responses=_STREAM_DOC)
def ask(
    request: AskRequest, http: Request, assistant: AssistantDep, settings: SettingsDep, base: BaseUrlDep
) -> Response | AskResponse:
    """Beantwortet eine Frage aus den Dokumenten, mit Quellenangaben (JSON oder gestreamt als SSE)."""
    check_length("question", request.question, settings.max_question_chars)
    history = [Turn(t.question, t.answer) for t in request.history[-settings.max_history_turns :]]
    simple = request.mode == "einfach"
    answer_id = uuid.uuid4().hex
    if settings.log_client_details:
        log.info("ask answer_id=%s question=%r", answer_id, request.question)

    def record(answer: Answer) -> AskResponse:
        log.info(
            "answer answer_id=%s backend=%s refused=%s reason=%s citations=%d",
            answer_id,
            answer.backend,
            answer.refused,
            answer.reason or "-",
            len(answer.citations),
        )
        return answer_response(answer, answer_id, base)

    if sse.MEDIA_TYPE in http.headers.get("accept", ""):
        stream = assistant.stream(request.question, history, simple)
        events = sse.answer_events(stream, lambda answer: record(answer).model_dump())
        return StreamingResponse(events, media_type=sse.MEDIA_TYPE, headers=sse.HEADERS)
    return record(assistant.ask(request.question, history, simple))


def answer_response(answer: Answer, answer_id: str, base: str) -> AskResponse:
    return AskResponse(
        answer_id=answer_id,
        answer=answer.text,
        refused=answer.refused,
        reason=answer.reason,
        backend=answer.backend,
        notice=answer.notice,
        citations=[
            CitationOut(
                number=c.number,
                document_id=c.document_id,
                title=c.title,
                page=c.page,
                page_label=c.page_label,
                chunk_id=c.chunk_id,
                quote=c.quote,
                link=pdf_link(base, c.document_id, c.page),
            )
            for c in answer.citations
        ],
    )
