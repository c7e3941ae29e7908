"""POST /api/search over a small real index: hits with page-accurate links, filters, limits."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.analysis import Analyzer, AnalyzerSettings
from service.snippets import Snippets
from tests.api_app import Api, make_api


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory) -> Api:
    return make_api(tmp_path_factory.mktemp("api-search"), max_question_chars=200)


def test_search_returns_the_page_with_link_and_fields(api: Api) -> None:
    response = api.client.post("/api/search", json={"query": "Wer ist für das Radverkehrskonzept zuständig?", "k": 3})
    assert response.status_code == 200
    body = response.json()
    assert body["query"] == "Wer ist für das Radverkehrskonzept zuständig?"
    first = body["hits"][0]
    assert first["rank"] == 1
    assert first["document_id"] == "konzept"
    assert first["title"] == "Konzept 2030"
    assert first["page"] == 2 and first["page_label"] == "2"
    assert "Radverkehr" in first["section"]
    assert "Klimaschutzmanagement" in first["snippet"]
    assert first["link"] == "http://testserver/documents/konzept.pdf#page=2"
    assert [hit["rank"] for hit in body["hits"]] == list(range(1, len(body["hits"]) + 1))
    assert len(body["hits"]) <= 3


def test_public_url_setting_makes_absolute_links(tmp_path: Path) -> None:
    api = make_api(tmp_path, public_url="https://kek.example.de/")
    hit = api.client.post("/api/search", json={"query": "Pflegestützpunkte", "k": 1}).json()["hits"][0]
    assert hit["link"] == f"https://kek.example.de/documents/konzept.pdf#page={hit['page']}"


def test_filters_restrict_before_ranking(api: Api) -> None:
    pages = {"page_from": 3, "page_to": 3}
    hits = api.client.post("/api/search", json={"query": "Radverkehrskonzept", "filters": pages}).json()["hits"]
    assert hits and {hit["page"] for hit in hits} == {3}
    other = api.client.post("/api/search", json={"query": "Radverkehrskonzept", "filters": {"documents": ["x"]}})
    assert other.status_code == 200 and other.json()["hits"] == []
    tables = api.client.post("/api/search", json={"query": "Radverkehrskonzept", "filters": {"kinds": ["table"]}})
    assert tables.json()["hits"] == []


@pytest.mark.parametrize(
    ("body", "field", "german"),
    [
        ({"query": "Pflege", "k": 0}, "k", "Wert zu klein (mindestens 1)"),
        ({"query": "Pflege", "k": 500}, "k", "Wert zu groß (höchstens 50)"),
        ({"query": ""}, "query", "Text zu kurz"),
        ({}, "query", "Pflichtfeld fehlt"),
        ({"query": "Pflege", "filter": {}}, "filter", "Unbekanntes Feld"),
        ({"query": "Pflege", "filters": {"kinds": ["bild"]}}, "filters.kinds.0", "Unzulässiger Wert"),
        ({"query": "x" * 201}, "query", "Text zu lang (höchstens 200 Zeichen)"),
    ],
)
def test_invalid_search_is_a_clear_422_in_german_and_english(
    api: Api, body: dict[str, object], field: str, german: str
) -> None:
    response = api.client.post("/api/search", json=body)
    assert response.status_code == 422
    error = response.json()
    assert error["error"] == "validation_error"
    assert field in error["message"] and german in error["message"]
    assert error["message_en"].startswith("Invalid input:")
    assert any(d["field"] == field and german in d["message"] and d["message_en"] for d in error["details"])


def test_body_that_is_not_json_is_a_422(api: Api) -> None:
    response = api.client.post("/api/search", content=b"{query: Pflege", headers={"Content-Type": "application/json"})
    assert response.status_code == 422
    assert "Kein gültiges JSON" in response.json()["message"]


def test_snippet_shows_where_the_query_terms_lie_together() -> None:
    analyzer = Analyzer(AnalyzerSettings())
    filler = [f"Im Abschnitt {n} geht es um allgemeine Entwicklungen der Region." for n in range(12)]
    text = " ".join([*filler, "Die Windkraft im Hunsrück deckt den Strombedarf.", *filler[:3]])
    query = frozenset(analyzer.terms("Windkraft im Hunsrück"))
    snippets = Snippets(size=1, width=200)
    shown = snippets.snippet("a", text, query, analyzer)
    assert shown.startswith("… Die Windkraft im Hunsrück") and len(shown) <= 202
    assert snippets.snippet("a", text, query, analyzer) == shown  # from the cache
    assert snippets.snippet("b", "Kurzer Text.", query, analyzer) == "Kurzer Text."
    first = snippets.snippet("a", text, frozenset(analyzer.terms("Abschnitt")), analyzer)
    assert first.startswith("Im Abschnitt 0") and first.endswith(" …")
