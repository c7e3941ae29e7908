"""Protective ASGI middleware: a request body limit (413) and security headers on every response.

Pure ASGI rather than Starlette's BaseHTTPMiddleware: they sit in front of every request, and streamed
answers must pass through unbuffered.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from service.errors import error_body


class BodyLimit:
    """Reads the body up to `max_bytes` before the app sees it; more (declared or streamed) is answered with 413.

    Buffering is what makes the limit hold for chunked uploads without a Content-Length: the app only ever
    receives a body that is known to fit.
    """

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = _content_length(scope)
        if declared is not None and declared > self.max_bytes:
            await self._too_large(send)
            return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":  # the client went away while sending
                return
            chunk: bytes = message.get("body", b"")
            size += len(chunk)
            if size > self.max_bytes:
                await self._too_large(send)
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        await self.app(scope, _replay(b"".join(chunks), receive), send)

    async def _too_large(self, send: Send) -> None:
        body = error_body(
            "payload_too_large",
            f"Die Anfrage ist zu groß (höchstens {self.max_bytes} Bytes).",
            f"Request body too large (at most {self.max_bytes} bytes).",
        )
        await send_json(send, 413, body, [(b"connection", b"close")])


def _replay(body: bytes, receive: Receive) -> Receive:
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()  # afterwards only the disconnect is left to wait for

    return replay


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


async def send_json(send: Send, status: int, body: object, headers: Sequence[tuple[bytes, bytes]] = ()) -> None:
    payload = json.dumps(body, ensure_ascii=False).encode("utf-8")
    start: Message = {
        "type": "http.response.start",
        "status": status,
        "headers": [
            (b"content-type", b"application/json"),
            (b"content-length", str(len(payload)).encode()),
            *headers,
        ],
    }
    await send(start)
    await send({"type": "http.response.body", "body": payload})


class SecurityHeaders:
    """Headers against sniffing, framing by strangers, referrer leaks and caching of answers.

    The API's JSON gets a CSP that allows nothing; the PDFs and the interactive docs only limit who may frame
    them (a strict CSP would break browsers' PDF viewers and the docs page's scripts). Framing is allowed to the
    CORS origins, so the county website can embed pages of the service.
    """

    def __init__(self, app: ASGIApp, frame_origins: Sequence[str]) -> None:
        self.app = app
        ancestors = " ".join(frame_origins) or "'none'"
        self._frame = f"frame-ancestors {ancestors}".encode()
        self._strict = f"default-src 'none'; frame-ancestors {ancestors}".encode()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        api = str(scope.get("path", "")).startswith("/api/")

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers += [
                    (b"x-content-type-options", b"nosniff"),
                    (b"referrer-policy", b"no-referrer"),
                    (b"strict-transport-security", b"max-age=31536000"),
                    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
                    (b"content-security-policy", self._strict if api else self._frame),
                ]
                if api:
                    headers.append((b"cache-control", b"no-store"))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, with_headers)
