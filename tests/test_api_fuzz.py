"""Property-based fuzzing of the API against its own OpenAPI schema (schemathesis, bounded in examples and time).

Every operation gets schema-valid and schema-violating requests; no response may be a 5xx, and every response
must match what the schema declares for its status code (body schema, content type, documented status).
"""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode, checks
from schemathesis.core.result import Ok
from schemathesis.generation.case import Case

from tests.api_app import Api, make_api, sse_events

KEY = "fuzz-schluessel"


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory) -> Api:
    # A long question limit, so that schema-valid questions are valid; the lower default is tested elsewhere.
    return make_api(
        tmp_path_factory.mktemp("api-fuzz"), admin_api_key=KEY, max_question_chars=4000, max_body_bytes=1_000_000
    )


@pytest.fixture(scope="module")
def api_schema(api: Api) -> schemathesis.BaseSchema:
    return schemathesis.openapi.from_asgi("/openapi.json", api.client.app)


CHECKS = [
    checks.not_a_server_error,
    checks.status_code_conformance,
    checks.content_type_conformance,
    checks.response_schema_conformance,
    checks.negative_data_rejection,
]
OPERATIONS = [
    ("GET", "/api/health"),
    ("GET", "/api/documents"),
    ("GET", "/documents/{document_id}.pdf"),
    ("POST", "/api/search"),
    ("POST", "/api/ask"),
    ("POST", "/api/feedback"),
    ("GET", "/api/admin/reindex"),
    ("POST", "/api/admin/reindex"),
    ("GET", "/api/measures"),
    ("GET", "/api/measures.csv"),
    ("GET", "/api/measures/{nr}"),
    ("GET", "/api/funding"),
]


STREAM = {"Accept": "text/event-stream"}
CASES = [
    *[(method, path, GenerationMode.POSITIVE, None) for method, path in OPERATIONS],
    # Invalid data exists only where there is a body to get wrong.
    *[(m, p, GenerationMode.NEGATIVE, None) for m, p in OPERATIONS if m == "POST" and "admin" not in p],
    ("POST", "/api/ask", GenerationMode.POSITIVE, STREAM),
    ("POST", "/api/ask", GenerationMode.NEGATIVE, STREAM),
]


@pytest.mark.parametrize(("method", "path", "mode", "headers"), CASES)
def test_api_never_fails_and_matches_its_schema(
    api: Api,
    api_schema: schemathesis.BaseSchema,
    method: str,
    path: str,
    mode: GenerationMode,
    headers: dict[str, str] | None,
) -> None:
    operation = api_schema[path][method]

    @given(case=operation.as_strategy(generation_mode=mode, headers=headers))
    @settings(
        max_examples=50,
        deadline=None,
        derandomize=True,  # the same examples in every run: a CI failure can be reproduced
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    def fuzz(case: Case[Any]) -> None:
        response = case.call_and_validate(checks=CHECKS)
        if response.status_code == 200 and headers == STREAM:
            # A streamed answer has sent its 200 before it is done: it must end with `done`, not `error`.
            streamed = api.client.post(path, json=case.body, headers=STREAM)
            assert [name for name, _ in sse_events(streamed.text)][-1] == "done"

    fuzz()


def test_fuzzing_reaches_every_operation(api_schema: schemathesis.BaseSchema) -> None:
    """A guard against silently fuzzing nothing: the schema the fuzzer reads has exactly our operations."""
    operations = set()
    for result in api_schema.get_all_operations():
        assert isinstance(result, Ok), result  # an operation the fuzzer cannot read is not fuzzed
        operations.add((result.ok().method.upper(), result.ok().path))
    assert operations == set(OPERATIONS)
