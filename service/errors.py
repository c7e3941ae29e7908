"""Errors of the HTTP edge and their mapping to responses: one handler per kind, never a stack trace to a client.

ApiError                  raised by routes, carries status, code and both messages
 ├── QuestionTooLong      422, the configured question length is exceeded
 ├── AdminDenied          401, missing or wrong admin key
 ├── AdminDisabled        403, no admin key is configured
 ├── ReindexBusy          409, a reindex is already running
 └── NotFound             404, unknown document or file missing on disk
RequestValidationError    422, the body or parameters do not match the schema (German and English per field)
StoreError/EmbedderError  503, the index or the embedding model is not usable
Exception                 500, logged with its type only; the client gets a fixed message
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from index.errors import EmbedderError, StoreError
from service.schemas import ErrorDetail, ErrorResponse

log = logging.getLogger(__name__)

# Declared on every router so the OpenAPI schema tells the truth about error bodies (FastAPI's default 422 shape
# is replaced, see `_validation`).
ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorResponse, "description": text}
    for code, text in {
        400: "Anfrage nicht lesbar",
        413: "Anfrage zu groß",
        422: "Ungültige Eingabe",
        429: "Zu viele Anfragen",
        500: "Interner Fehler",
        503: "Index nicht verfügbar",
    }.items()
}


class ApiError(Exception):
    status = 400
    code = "bad_request"

    def __init__(
        self,
        message: str,
        message_en: str,
        headers: dict[str, str] | None = None,
        details: Sequence[ErrorDetail] = (),
    ) -> None:
        super().__init__(message_en)
        self.message = message
        self.message_en = message_en
        self.headers = headers
        self.details = tuple(details)


class QuestionTooLong(ApiError):
    status = 422
    code = "validation_error"


def check_length(field: str, text: str, limit: int) -> None:
    """The configured length limit (`KEA_MAX_QUESTION_CHARS`), answered like any other validation error."""
    if len(text) > limit:
        german = f"Text zu lang (höchstens {limit} Zeichen)."
        english = f"Text too long (at most {limit} characters)."
        raise QuestionTooLong(
            f"Ungültige Eingabe: {field}. {german}",
            f"Invalid input: {field}. {english}",
            details=[ErrorDetail(field=field, message=german, message_en=english)],
        )


class AdminDenied(ApiError):
    status = 401
    code = "unauthorized"


class AdminDisabled(ApiError):
    status = 403
    code = "admin_disabled"


class ReindexBusy(ApiError):
    status = 409
    code = "reindex_running"


class NotFound(ApiError):
    status = 404
    code = "not_found"


def error_body(code: str, message: str, message_en: str, details: Sequence[ErrorDetail] = ()) -> dict[str, Any]:
    return ErrorResponse(error=code, message=message, message_en=message_en, details=list(details)).model_dump()


def install_handlers(app: FastAPI) -> None:
    app.add_exception_handler(ApiError, _api_error)  # type: ignore[arg-type]
    app.add_exception_handler(RequestValidationError, _validation)  # type: ignore[arg-type]
    app.add_exception_handler(HTTPException, _http)  # type: ignore[arg-type]
    app.add_exception_handler(StoreError, _unavailable)
    app.add_exception_handler(EmbedderError, _unavailable)
    app.add_exception_handler(Exception, _internal)


async def _api_error(_: Request, exc: ApiError) -> JSONResponse:
    return JSONResponse(error_body(exc.code, exc.message, exc.message_en, exc.details), exc.status, headers=exc.headers)


async def _validation(_: Request, exc: RequestValidationError) -> JSONResponse:
    details = [_detail(error) for error in exc.errors()]
    fields = ", ".join(dict.fromkeys(d.field for d in details)) or "Anfrage"
    body = error_body(
        "validation_error",
        f"Ungültige Eingabe: {fields}. {details[0].message if details else ''}".strip(),
        f"Invalid input: {fields}. {details[0].message_en if details else ''}".strip(),
        details,
    )
    return JSONResponse(body, 422)


_HTTP_TEXTS = {
    400: ("Die Anfrage ist nicht lesbar (JSON in UTF-8 erwartet).", "Unreadable request (expected JSON in UTF-8)."),
    404: ("Nicht gefunden.", "Not found."),
    405: ("Diese Methode ist hier nicht erlaubt.", "Method not allowed."),
    406: ("Dieses Antwortformat wird nicht angeboten.", "Not acceptable."),
    415: ("Bitte JSON senden (Content-Type: application/json).", "Please send JSON."),
}


async def _http(_: Request, exc: HTTPException) -> JSONResponse:
    german, english = _HTTP_TEXTS.get(exc.status_code, ("Anfrage nicht möglich.", "Request not possible."))
    return JSONResponse(error_body(f"http_{exc.status_code}", german, english), exc.status_code, headers=exc.headers)


async def _unavailable(_: Request, exc: Exception) -> JSONResponse:
    log.error("service_unavailable error=%s", type(exc).__name__)
    body = error_body(
        "unavailable",
        "Der Suchindex ist gerade nicht verfügbar. Bitte später erneut versuchen.",
        "The search index is not available right now. Please try again later.",
    )
    return JSONResponse(body, 503, headers={"Retry-After": "30"})


async def _internal(_: Request, exc: Exception) -> JSONResponse:
    # The type only: messages and tracebacks can carry question text (personal data) and internals.
    log.error("internal_error error=%s", type(exc).__name__)
    body = error_body("internal_error", "Interner Fehler. Bitte später erneut versuchen.", "Internal error.")
    return JSONResponse(body, 500)


def _detail(error: dict[str, Any]) -> ErrorDetail:
    location = [str(part) for part in error.get("loc", ())]
    if location and location[0] in ("body", "query", "path", "header", "cookie"):
        location = location[1:]  # where the value came from, not which value
    field = ".".join(location) or "Anfrage"
    return ErrorDetail(field=field, message=_german(error), message_en=str(error.get("msg", "invalid")))


def _german(error: dict[str, Any]) -> str:
    kind = str(error.get("type", ""))
    ctx = error.get("ctx") or {}
    texts = {
        "missing": "Pflichtfeld fehlt.",
        "extra_forbidden": "Unbekanntes Feld.",
        "string_too_short": "Text zu kurz (mindestens {min_length} Zeichen).",
        "string_too_long": "Text zu lang (höchstens {max_length} Zeichen).",
        "too_short": "Liste zu kurz (mindestens {min_length} Einträge).",
        "too_long": "Liste zu lang (höchstens {max_length} Einträge).",
        "greater_than_equal": "Wert zu klein (mindestens {ge}).",
        "less_than_equal": "Wert zu groß (höchstens {le}).",
        "greater_than": "Wert zu klein (größer als {gt} erforderlich).",
        "less_than": "Wert zu groß (kleiner als {lt} erforderlich).",
        "literal_error": "Unzulässiger Wert; erlaubt: {expected}.",
        "string_pattern_mismatch": "Ungültiges Format.",
        "json_invalid": "Kein gültiges JSON.",
        "model_attributes_type": "Ein JSON-Objekt wird erwartet.",
        "dict_type": "Ein JSON-Objekt wird erwartet.",
        "model_type": "Ein JSON-Objekt wird erwartet.",
        "list_type": "Eine Liste wird erwartet.",
        "string_type": "Ein Text wird erwartet.",
        "int_type": "Eine ganze Zahl wird erwartet.",
        "int_parsing": "Eine ganze Zahl wird erwartet.",
        "int_from_float": "Eine ganze Zahl wird erwartet.",
        "float_type": "Eine Zahl wird erwartet.",
        "bool_type": "true oder false wird erwartet.",
        "bool_parsing": "true oder false wird erwartet.",
        "string_unicode": "Der Text ist kein gültiges UTF-8.",
    }
    template = texts.get(kind, "Ungültiger Wert.")
    try:
        return template.format(**{key: str(value) for key, value in ctx.items()})
    except (KeyError, IndexError):
        return template
