"""Per-client rate limit: a token bucket per client address, answered with 429 and Retry-After when empty.

Addresses are personal data, so the buckets are keyed by a salted hash that is new in every process: the limiter
can tell clients apart without holding their addresses. Memory is bounded: the least recently seen clients go.
"""

from __future__ import annotations

import hashlib
import math
import secrets
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Sequence

from starlette.types import ASGIApp, Receive, Scope, Send

from service.errors import error_body
from service.security import send_json


class TokenBuckets:
    """`burst` requests at once, refilled at `per_minute`; `take` says how long to wait when none is left."""

    def __init__(
        self,
        per_minute: int,
        burst: int,
        max_clients: int = 50_000,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._rate = per_minute / 60.0
        self._burst = float(max(1, burst))
        self._max_clients = max_clients
        self._clock = clock
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()  # key -> (tokens, last refill)
        self._lock = threading.Lock()

    def take(self, key: str) -> float:
        """0 when the request may pass (and uses a token), else the seconds until a token is back."""
        now = self._clock()
        with self._lock:
            tokens, last = self._buckets.pop(key, (self._burst, now))
            tokens = min(self._burst, tokens + (now - last) * self._rate)
            wait = 0.0
            if tokens >= 1.0:
                tokens -= 1.0
            else:
                wait = (1.0 - tokens) / self._rate
            self._buckets[key] = (tokens, now)
            while len(self._buckets) > self._max_clients:
                self._buckets.popitem(last=False)
        return wait


class RateLimit:
    """ASGI middleware applying the buckets to the paths under `prefixes`, except `exempt` (health checks)."""

    def __init__(
        self,
        app: ASGIApp,
        buckets: TokenBuckets,
        prefixes: Sequence[str] = ("/api/", "/documents/"),
        exempt: Sequence[str] = ("/api/health",),
    ) -> None:
        self.app = app
        self._buckets = buckets
        self._prefixes = tuple(prefixes)
        self._exempt = frozenset(exempt)
        self._salt = secrets.token_bytes(16)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = str(scope.get("path", ""))
        if scope["type"] != "http" or not path.startswith(self._prefixes) or path in self._exempt:
            await self.app(scope, receive, send)
            return
        wait = self._buckets.take(self._client_key(scope))
        if wait <= 0:
            await self.app(scope, receive, send)
            return
        seconds = max(1, math.ceil(wait))
        body = error_body(
            "rate_limited",
            f"Zu viele Anfragen. Bitte in {seconds} Sekunden erneut versuchen.",
            f"Too many requests. Please retry in {seconds} seconds.",
        )
        await send_json(send, 429, body, [(b"retry-after", str(seconds).encode())])

    def _client_key(self, scope: Scope) -> str:
        client = scope.get("client")
        address = client[0] if client else "unknown"
        return hashlib.blake2b(address.encode(), key=self._salt, digest_size=12).hexdigest()
