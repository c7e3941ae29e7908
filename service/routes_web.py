"""The citizens' pages: the chat at / (and /widget for embedding), the accessibility statement and the privacy page.

The chat works without JavaScript: its form posts to /frage and the answer comes back as a page. With
JavaScript (static/chat.js) the same form streams the answer from /api/ask instead; the markup is the same.
"""

from __future__ import annotations

import logging
import uuid
from typing import Any

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles

from index.errors import EmbedderError, StoreError
from service.deps import AssistantDep, BaseUrlDep, ServicesDep
from service.feedback import feedback
from service.routes_ask import answer_response
from service.web_chat import (
    CARRIED_TURNS,
    ChatForm,
    ShownCitation,
    ShownTurn,
    history,
    parse_form,
    shown_turn,
    valid_answer_id,
)
from service.web_render import STATIC, page

log = logging.getLogger(__name__)

router = APIRouter(include_in_schema=False)
router.mount("/static", StaticFiles(directory=STATIC), name="static")

# Paths whose requests run a search or store something: the rate limit covers them like the API.
RATE_LIMITED = ("/frage", "/rueckmeldung", "/suche", "/massnahmen", "/foerderung")

UNAVAILABLE = "Der Suchindex ist gerade nicht verfügbar. Bitte versuchen Sie es später erneut."


@router.get("/", response_class=HTMLResponse)
def chat(request: Request, services: ServicesDep) -> HTMLResponse:
    return _chat_page(request, services, ChatForm())


@router.get("/widget", response_class=HTMLResponse)
def widget(request: Request, services: ServicesDep) -> HTMLResponse:
    return _chat_page(request, services, ChatForm(embedded=True))


@router.get("/frage")
@router.get("/rueckmeldung")
def back_to_chat(request: Request) -> RedirectResponse:
    """A reloaded or bookmarked answer page: the conversation lived in the form, so start anew."""
    return RedirectResponse(f"{request.scope.get('root_path', '')}/", status_code=303)


@router.post("/frage", response_class=HTMLResponse)
async def ask_form(request: Request, assistant: AssistantDep, services: ServicesDep, base: BaseUrlDep) -> HTMLResponse:
    form = parse_form(await request.body(), assistant.searcher, base)
    limit = services.settings.max_question_chars
    if not form.question:
        return _chat_page(request, services, form, error="Bitte geben Sie eine Frage ein.", status=422)
    if len(form.question) > limit:
        error = f"Die Frage ist zu lang (höchstens {limit} Zeichen)."
        return _chat_page(request, services, form, error=error, status=422)
    answer_id = uuid.uuid4().hex
    try:
        answer = await run_in_threadpool(assistant.ask, form.question, history(form.carried), form.simple)
    except (StoreError, EmbedderError) as exc:
        log.error("web_answer_failed error=%s", type(exc).__name__)
        return _chat_page(request, services, form, error=UNAVAILABLE, status=503)
    log.info("web_answer answer_id=%s refused=%s citations=%d", answer_id, answer.refused, len(answer.citations))
    turn = shown_turn(form.question, answer_response(answer, answer_id, base))
    return _chat_page(request, services, form, turns=(*form.carried, turn), answered=True)


@router.post("/rueckmeldung", response_class=HTMLResponse)
async def feedback_form(
    request: Request, assistant: AssistantDep, services: ServicesDep, base: BaseUrlDep
) -> HTMLResponse:
    form = parse_form(await request.body(), assistant.searcher, base)
    if not valid_answer_id(form.answer_id) or form.helpful is None:
        error = "Die Rückmeldung war unvollständig. Bitte wählen Sie „Ja“ oder „Nein“ bei einer Antwort."
        return _chat_page(request, services, form, turns=form.carried, error=error, status=422)
    services.feedback.add(feedback(form.answer_id, form.helpful, None))
    status = "Danke für Ihre Rückmeldung."
    return _chat_page(request, services, form, turns=form.carried, status_text=status, rated=form.answer_id)


def _chat_page(
    request: Request,
    services: ServicesDep,
    form: ChatForm,
    *,
    turns: tuple[ShownTurn, ...] = (),
    answered: bool = False,
    error: str = "",
    status: int = 200,
    status_text: str = "",
    rated: str = "",
) -> HTMLResponse:
    settings = services.settings
    context: dict[str, Any] = {
        "title": "Antwort auf Ihre Frage" if answered else "Fragen zum Kreisentwicklungskonzept",
        "embedded": form.embedded,
        "turns": turns,
        "carried": turns[-CARRIED_TURNS:],
        "answered": answered,
        "error": error,
        "draft": form.question if error else "",
        "simple": form.simple,
        "status_text": status_text,
        "rated": rated,
        "examples": settings.web_example_questions,
        "max_chars": settings.max_question_chars,
        "blank": ShownTurn("", ""),
        "blank_citation": ShownCitation(0, "", 0, "", "", ""),
    }
    return page(request, "chat.html", context, status)


@router.get("/barrierefreiheit", response_class=HTMLResponse)
def accessibility(request: Request) -> HTMLResponse:
    return page(request, "barrierefreiheit.html", {"title": "Erklärung zur Barrierefreiheit"})


@router.get("/datenschutz", response_class=HTMLResponse)
def privacy(request: Request, services: ServicesDep) -> HTMLResponse:
    settings = services.settings
    context = {
        "title": "Datenschutz",
        "llm_url": settings.llm_url,
        "logs_details": settings.log_client_details,
        "rate_limited": settings.rate_limit_per_minute > 0,
    }
    return page(request, "datenschutz.html", context)
