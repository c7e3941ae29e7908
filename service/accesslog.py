"""One log line per request, without personal data: method, route template, status and duration.

The route template ("/documents/{document_id}.pdf"), not the raw path, and never the query string. The client
address only when the operator switched `KEA_LOG_CLIENT_DETAILS` on. Replaces uvicorn's access log, which
logs addresses and full URLs.
"""

from __future__ import annotations

import logging
import time

from starlette.types import ASGIApp, Message, Receive, Scope, Send

log = logging.getLogger("service.access")


class AccessLog:
    def __init__(self, app: ASGIApp, client_details: bool = False) -> None:
        self.app = app
        self._client_details = client_details

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start = time.perf_counter()
        status = 500  # what the client gets when the app fails before starting a response

        async def record(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
            await send(message)

        try:
            await self.app(scope, receive, record)
        finally:
            route = scope.get("route")
            # Unrouted (404, or stopped before routing: 413, 429): the path alone, cut short, never the query.
            template = getattr(route, "path", None) or str(scope.get("path", ""))[:80]
            elapsed = (time.perf_counter() - start) * 1000
            if self._client_details:
                client = scope.get("client")
                address = client[0] if client else "-"
                log.info(
                    "request method=%s route=%s status=%d ms=%.1f client=%s",
                    scope["method"],
                    template,
                    status,
                    elapsed,
                    address,
                )
            else:
                log.info("request method=%s route=%s status=%d ms=%.1f", scope["method"], template, status, elapsed)
