"""The catalogue endpoints over a real index of the sample corpus, checked against the corpus builder's ground truth:
filters and facet counts, one measure, the CSV for Excel, the funding finder, and clear errors."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.sample import truth
from tests.web_pages import sample_client


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    return sample_client(tmp_path_factory.mktemp("api-measures"))[0]


def _truth() -> list[dict[str, Any]]:
    measures: list[dict[str, Any]] = truth("handlungskonzept-2030")["measures"]
    return measures


def test_all_measures_with_facet_counts(client: TestClient) -> None:
    body = client.get("/api/measures").json()
    assert body["total"] == body["count"] == len(_truth())
    facets = {f["value"]: f["count"] for f in body["facets"]["handlungsschwerpunkt"]}
    assert facets == dict(Counter(m["handlungsschwerpunkt"] for m in _truth()))
    priorities = {f["value"]: f["count"] for f in body["facets"]["prioritaet"]}
    assert priorities == dict(Counter(m["prioritaet"] for m in _truth()))


def test_klimaschutz_measures_fundable_by_kipki_and_their_lead(client: TestClient) -> None:
    body = client.get("/api/measures", params={"schwerpunkt": "Klimaschutz", "programm": "KIPKI"}).json()
    expected = {
        m["nr"]: m["federfuehrung"]
        for m in _truth()
        if m["handlungsschwerpunkt"] == "Klimaschutz" and "KIPKI" in m["programmes"]
    }
    assert expected and {m["nr"]: m["federfuehrung"] for m in body["measures"]} == expected
    assert body["count"] == len(expected)
    assert sum(f["count"] for f in body["facets"]["handlungsschwerpunkt"]) == len(expected)


def test_one_measure_as_printed_with_a_link_to_its_page(client: TestClient) -> None:
    true = next(m for m in _truth() if m["nr"] == "K3")
    body = client.get("/api/measures/K3").json()
    for field in ("handlungsschwerpunkt", "federfuehrung", "partner", "zeitraum", "prioritaet", "kosten", "ziel"):
        assert body[field] == true[field], field
    assert body["title"] == true["titel"] and body["page"] == true["page"]
    assert body["link"] == f"http://testserver/documents/handlungskonzept-2030.pdf#page={true['page']}"


def test_unknown_measure_and_programme_are_clear_errors(client: TestClient) -> None:
    missing = client.get("/api/measures/X99")
    assert missing.status_code == 404 and "X99" in missing.json()["message"]
    unknown = client.get("/api/measures", params={"programm": "Goldesel"})
    assert unknown.status_code == 422 and "Goldesel" in unknown.json()["message"]
    assert client.get("/api/funding", params={"programm": "Goldesel"}).status_code == 422


def test_csv_opens_with_umlauts_and_keeps_the_filter(client: TestClient, tmp_path: Path) -> None:
    response = client.get("/api/measures.csv", params={"schwerpunkt": "Familienfreundlicher Landkreis"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    assert response.content.startswith("\ufeff".encode())
    path = tmp_path / "massnahmen.csv"
    path.write_bytes(response.content)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    expected = [m for m in _truth() if m["handlungsschwerpunkt"] == "Familienfreundlicher Landkreis"]
    assert len(rows) == len(expected) + 1
    assert any("ü" in cell or "ä" in cell or "ö" in cell for row in rows[1:] for cell in row)
    assert {row[0] for row in rows[1:]} == {m["nr"] for m in expected}
    assert "Federführung" in rows[0] or any("Federf" in header for header in rows[0])


def test_funding_passages_name_the_programme_and_link_to_their_page(client: TestClient) -> None:
    body = client.get("/api/funding", params={"programm": "LEADER", "k": 5}).json()
    assert body["passages"]
    for passage in body["passages"]:
        assert "LEADER" in passage["programmes"]
        assert passage["link"].endswith(f".pdf#page={passage['page']}")


def test_funding_by_topic_ranks_passages_about_it(client: TestClient) -> None:
    body = client.get("/api/funding", params={"q": "Radverkehr", "k": 3}).json()
    assert body["passages"] and any("Rad" in p["text"] for p in body["passages"][:3])
