"""A small HTTP load generator: N client threads with keep-alive connections, bounded in requests and time.

http.client rather than httpx: at a few hundred requests per second the client's own overhead would otherwise
be part of what is measured.
"""

from __future__ import annotations

import http.client
import itertools
import json
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from urllib.parse import urlsplit


@dataclass
class LoadResult:
    latencies_ms: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def requests(self) -> int:
        return len(self.latencies_ms) + len(self.errors)

    @property
    def throughput(self) -> float:
        return len(self.latencies_ms) / self.seconds if self.seconds else 0.0


def post_json(base: str, path: str, body: object, headers: dict[str, str] | None = None) -> tuple[int, bytes]:
    connection = _connect(base)
    try:
        return _post(connection, path, body, headers or {})
    finally:
        connection.close()


def get_json(base: str, path: str, headers: dict[str, str] | None = None) -> tuple[int, object]:
    connection = _connect(base)
    try:
        connection.request("GET", path, headers=headers or {})
        response = connection.getresponse()
        return response.status, json.loads(response.read() or b"null")
    finally:
        connection.close()


def run_load(
    base: str,
    requests: Sequence[tuple[str, object]],
    clients: int,
    max_seconds: float,
    stop: threading.Event | None = None,
    cycle: bool = False,
) -> LoadResult:
    """Send `requests` (path, JSON body) from `clients` threads until all are sent, time is up or `stop` is set.

    With `cycle`, the list repeats until time is up or `stop` is set.
    """
    result = LoadResult()
    counter = itertools.count()
    lock = threading.Lock()
    deadline = time.perf_counter() + max_seconds
    stop = stop or threading.Event()

    def next_request() -> tuple[str, object] | None:
        index = next(counter)
        if stop.is_set() or time.perf_counter() > deadline or (index >= len(requests) and not cycle):
            return None
        return requests[index % len(requests)]

    def client() -> None:
        connection = _connect(base)
        while (item := next_request()) is not None:
            path, body = item
            start = time.perf_counter()
            try:
                status, _ = _post(connection, path, body, {})
                outcome = "" if status == 200 else f"HTTP {status}"
            except (OSError, http.client.HTTPException) as exc:
                outcome = type(exc).__name__
                connection.close()
                connection = _connect(base)
            elapsed = (time.perf_counter() - start) * 1000
            with lock:
                if outcome:
                    result.errors.append(outcome)
                else:
                    result.latencies_ms.append(elapsed)
        connection.close()

    started = time.perf_counter()
    _run_threads(client, clients)
    result.seconds = time.perf_counter() - started
    return result


def _run_threads(target: Callable[[], None], count: int) -> None:
    threads = [threading.Thread(target=target, daemon=True) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def _connect(base: str) -> http.client.HTTPConnection:
    parts = urlsplit(base)
    return http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port or 80, timeout=60)


def _post(
    connection: http.client.HTTPConnection, path: str, body: object, headers: dict[str, str]
) -> tuple[int, bytes]:
    payload = json.dumps(body, ensure_ascii=False).encode("utf-8")
    connection.request("POST", path, body=payload, headers={"Content-Type": "application/json", **headers})
    response = connection.getresponse()
    return response.status, response.read()
