"""Hardening of the API: body limit, rate limit, CORS, security headers, no stack traces, no personal data in logs."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from assistant.answer import Answer, Turn
from index.errors import IndexCorruptError
from service.ratelimit import TokenBuckets
from tests.api_app import Api, make_api

QUESTION = "Wer ist für das Radverkehrskonzept zuständig?"
ORIGIN = "https://www.bernkastel-wittlich.de"


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory) -> Api:
    return make_api(tmp_path_factory.mktemp("api-hard"), max_body_bytes=2000, cors_origins=ORIGIN)


def _assert_error(response_json: dict[str, object], code: str) -> None:
    assert response_json["error"] == code
    assert response_json["message"] and response_json["message_en"]


def test_body_over_the_limit_by_content_length_is_413(api: Api) -> None:
    response = api.client.post("/api/ask", json={"question": "x" * 3000})
    assert response.status_code == 413
    _assert_error(response.json(), "payload_too_large")
    assert "höchstens 2000 Bytes" in response.json()["message"]


def test_streamed_body_over_the_limit_is_413_without_content_length(api: Api) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"question": "'
        for _ in range(40):
            yield b"x" * 100
        yield b'"}'

    response = api.client.post("/api/ask", content=chunks(), headers={"Content-Type": "application/json"})
    assert response.status_code == 413


def test_body_under_the_limit_passes_in_chunks(api: Api) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"question": "Wer ist f\\u00fcr das '
        yield b'Radverkehrskonzept zust\\u00e4ndig?"}'

    response = api.client.post("/api/ask", content=chunks(), headers={"Content-Type": "application/json"})
    assert response.status_code == 200
    assert "Klimaschutzmanagement" in response.json()["answer"]


def test_rate_limit_answers_429_with_retry_after_and_spares_health(tmp_path: Path) -> None:
    api = make_api(tmp_path, rate_limit_per_minute=6, rate_limit_burst=3)
    statuses = [api.client.post("/api/search", json={"query": "Pflege"}).status_code for _ in range(5)]
    assert statuses == [200, 200, 200, 429, 429]
    limited = api.client.post("/api/search", json={"query": "Pflege"})
    assert limited.status_code == 429
    assert limited.headers["retry-after"] == "10"  # one token per 10 s at 6 per minute
    _assert_error(limited.json(), "rate_limited")
    assert "Zu viele Anfragen" in limited.json()["message"]
    assert api.client.get("/api/health").status_code == 200


def test_token_buckets_refill_over_time() -> None:
    now = [0.0]
    buckets = TokenBuckets(per_minute=60, burst=2, clock=lambda: now[0])
    assert [buckets.take("a"), buckets.take("a")] == [0.0, 0.0]
    assert buckets.take("a") == pytest.approx(1.0)
    assert buckets.take("b") == 0.0  # another client has its own bucket
    now[0] += 1.0
    assert buckets.take("a") == 0.0
    assert buckets.take("a") > 0


def test_token_buckets_forget_the_least_recent_clients() -> None:
    buckets = TokenBuckets(per_minute=60, burst=1, max_clients=2, clock=lambda: 0.0)
    buckets.take("a")
    buckets.take("b")
    buckets.take("c")  # pushes "a" out: memory stays bounded
    assert buckets.take("a") == 0.0
    assert buckets.take("c") > 0


def test_cors_allows_the_county_website_only(api: Api) -> None:
    allowed = api.client.post("/api/search", json={"query": "Pflege"}, headers={"Origin": ORIGIN})
    assert allowed.headers["access-control-allow-origin"] == ORIGIN
    other = api.client.post("/api/search", json={"query": "Pflege"}, headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in other.headers
    preflight = api.client.options(
        "/api/ask",
        headers={
            "Origin": ORIGIN,
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type",
        },
    )
    assert preflight.status_code == 200
    assert "POST" in preflight.headers["access-control-allow-methods"]


def test_security_headers_on_answers_errors_and_pdfs(api: Api) -> None:
    responses = [
        api.client.post("/api/search", json={"query": "Pflege"}),
        api.client.post("/api/search", json={"query": 1}),
        api.client.post("/api/ask", json={"question": "x" * 3000}),
        api.client.get("/api/gibt-es-nicht"),
        api.client.get("/documents/konzept.pdf"),
    ]
    for response in responses:
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["referrer-policy"] == "no-referrer"
        assert f"frame-ancestors {ORIGIN}" in response.headers["content-security-policy"]
    assert "default-src 'none'" in responses[0].headers["content-security-policy"]
    assert responses[0].headers["cache-control"] == "no-store"
    assert "default-src" not in responses[-1].headers["content-security-policy"]  # browsers' PDF viewers


def _broken_stream(self: object, question: str, history: tuple[Turn, ...] = (), simple: bool = False) -> Answer:
    raise RuntimeError(f"kaputt bei {question} in /srv/geheim/modul.py")


def test_an_unexpected_error_is_a_500_without_internals(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    api = make_api(tmp_path)
    monkeypatch.setattr(type(api.assistant), "ask", _broken_stream)
    client = TestClient(api.client.app, raise_server_exceptions=False)
    response = client.post("/api/ask", json={"question": QUESTION})
    assert response.status_code == 500
    _assert_error(response.json(), "internal_error")
    for secret in ("Traceback", "geheim", "RuntimeError", "Radverkehrskonzept"):
        assert secret not in response.text


def test_an_unusable_index_is_a_503(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    api = make_api(tmp_path)

    def corrupt(*args: object, **kwargs: object) -> None:
        raise IndexCorruptError("Index /srv/geheim beschädigt")

    monkeypatch.setattr(api.assistant.searcher, "search", corrupt)
    response = api.client.post("/api/search", json={"query": "Pflege"})
    assert response.status_code == 503
    assert response.headers["retry-after"]
    assert "geheim" not in response.text


def _logged(caplog: pytest.LogCaptureFixture) -> str:
    return "\n".join(record.getMessage() for record in caplog.records)


def test_logs_hold_no_addresses_or_questions_by_default(api: Api, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG):
        api.client.post("/api/ask", json={"question": QUESTION})
        api.client.post("/api/search", json={"query": "Pflegestützpunkte im Kreis"})
    text = _logged(caplog)
    assert "route=/api/ask status=200" in text and "route=/api/search status=200" in text
    for personal in ("testclient", "Radverkehrskonzept", "Pflegestützpunkte"):
        assert personal not in text


def test_client_details_are_logged_only_when_switched_on(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    api = make_api(tmp_path, log_client_details=True)
    with caplog.at_level(logging.INFO):
        api.client.post("/api/ask", json={"question": QUESTION})
    text = _logged(caplog)
    assert "client=testclient" in text and "Radverkehrskonzept" in text
