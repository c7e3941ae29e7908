"""Server-Sent Events for streamed answers.

Events, each with one line of JSON as data:
    delta      {"text": "..."}                the answer growing; may be replaced by the final text
    citations  {"citations": [...]}           the sources, once the answer is complete
    done       the complete answer, as /api/ask returns it in JSON (authoritative: show its text)
    error      an ErrorResponse; the stream ends after it
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterator
from typing import Any

from assistant.answer import Answer
from index.errors import EmbedderError, StoreError
from service.errors import error_body

log = logging.getLogger(__name__)

MEDIA_TYPE = "text/event-stream"
# Proxies (nginx) buffer responses unless told otherwise, which would hold every delta back to the end.
HEADERS = {"Cache-Control": "no-store", "X-Accel-Buffering": "no"}


def event(name: str, data: object) -> str:
    return f"event: {name}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n"


def answer_events(items: Iterator[str | Answer], record: Callable[[Answer], dict[str, Any]]) -> Iterator[str]:
    """The assistant's stream as events; an error after the response has started becomes an `error` event."""
    try:
        for item in items:
            if isinstance(item, str):
                if item:
                    yield event("delta", {"text": item})
                continue
            complete = record(item)
            yield event("citations", {"citations": complete["citations"]})
            yield event("done", complete)
            return
    except (StoreError, EmbedderError) as exc:
        log.error("stream_failed error=%s", type(exc).__name__)
        yield event(
            "error",
            error_body(
                "unavailable",
                "Der Suchindex ist gerade nicht verfügbar. Bitte später erneut versuchen.",
                "The search index is not available right now.",
            ),
        )
        return
    except Exception as exc:  # the status line is long sent: the client learns of it through the stream
        log.error("stream_failed error=%s", type(exc).__name__)
        yield event("error", error_body("internal_error", "Interner Fehler.", "Internal error."))
        return
    yield event("error", error_body("internal_error", "Die Antwort brach ab.", "The answer ended prematurely."))
