"""The staff pages over a real index of the sample corpus (small deterministic embedder), checked against the
corpus builder's ground truth: search facets and highlighting, the measure table's filters, order and CSV, the
funding finder; and the snippet and highlighting logic on its own."""

from __future__ import annotations

import csv
import io
import re
import shutil
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from index.analysis import Analyzer
from index.catalogue_records import MEASURES_FILE
from index.store import load_index, resolve_build
from service.web_snippets import cited, highlight, query_terms, snippet
from tests.sample import truth
from tests.web_pages import Element, parse, sample_client


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("web-staff")


@pytest.fixture(scope="module")
def client(folder: Path) -> TestClient:
    return sample_client(folder)[0]


def _measures() -> list[dict[str, Any]]:
    measures: list[dict[str, Any]] = truth("handlungskonzept-2030")["measures"]
    return measures


def _rows(page: Element) -> list[list[str]]:
    return [
        [cell.text for cell in row.all("td")] for row in page.one("table", class_="measures").one("tbody").all("tr")
    ]


def _hits(page: Element) -> list[Element]:
    return [hit for hit in page.all("li") if hit.has_class("hit")]


def test_search_finds_passages_with_highlighted_words_and_page_links(client: TestClient) -> None:
    page = parse(client.get("/suche", params={"q": "Radverkehrskonzept"}).text)
    hits = _hits(page)
    assert hits and page.by_id("treffer-titel").text.startswith(f"{len(hits)} Treffer")
    for hit in hits:
        assert re.fullmatch(r"http://testserver/documents/[\w-]+\.pdf#page=\d+", hit.one("a").attrs["href"])
    marked = [mark.text for hit in hits for mark in hit.all("mark")]
    assert marked and all("radverkehr" in word.casefold() or "konzept" in word.casefold() for word in marked)


def test_search_facets_restrict_before_ranking(client: TestClient) -> None:
    page = parse(client.get("/suche", params={"q": "Arbeitslosenquote", "art": "table"}).text)
    hits = _hits(page)
    assert hits and all("Tabelle" in hit.one("p", class_="hit-meta").text for hit in hits)
    assert "checked" in page.one("input", name="art", value="table").attrs
    only = parse(client.get("/suche", params={"q": "Pflege", "dokument": "dlt-leitfaden"}).text)
    titles = {hit.one("a").text.split(",")[0] for hit in _hits(only)}
    assert titles == {"Kreisentwicklungskonzepte als politisches Instrument zur Gestaltung des demografischen Wandels"}
    topic = parse(client.get("/suche", params={"q": "Maßnahme", "schwerpunkt": "Klimaschutz"}).text)
    assert _hits(topic) and all("Handlungsschwerpunkt Klimaschutz" in h.text for h in _hits(topic))


def test_search_facets_count_the_passages_of_each_document(client: TestClient, folder: Path) -> None:
    page = parse(client.get("/suche").text)
    counts = {}
    for box in page.all("input", name="dokument"):
        label = page.one("label", for_=box.attrs["id"])
        counts[box.attrs["value"]] = int(label.one("span", class_="count").text.strip("()").split()[0])
    expected = Counter(chunk.document_id for chunk in load_index(folder / "idx").chunks)
    assert counts == dict(expected) and len(counts) == 3


def test_measure_table_lists_the_catalogue_and_filters_it(client: TestClient) -> None:
    every = _rows(parse(client.get("/massnahmen").text))
    assert sorted(row[0] for row in every) == sorted(m["nr"] for m in _measures())
    page = parse(client.get("/massnahmen", params={"schwerpunkt": "Klimaschutz", "prioritaet": "hoch"}).text)
    expected = {
        m["nr"] for m in _measures() if m["handlungsschwerpunkt"] == "Klimaschutz" and m["prioritaet"] == "hoch"
    }
    assert expected and {row[0] for row in _rows(page)} == expected
    assert page.by_id("anzahl").text == f"{len(expected)} von {len(_measures())} Maßnahmen"
    assert "selected" in page.one("select", name="schwerpunkt").one("option", value="Klimaschutz").attrs


def test_measure_table_sorts_by_column_both_ways(client: TestClient) -> None:
    page = parse(client.get("/massnahmen", params={"sortierung": "nr"}).text)
    numbers = [row[0] for row in _rows(page)]
    natural = sorted(numbers, key=lambda nr: (re.sub(r"\d", "", nr), int(re.sub(r"\D", "", nr) or 0)))
    assert numbers == natural and len(numbers) == len(_measures())
    header = [th for th in page.all("th") if th.attrs.get("aria-sort")]
    assert [(th.text.split()[0], th.attrs["aria-sort"]) for th in header] == [("Nr.", "ascending")]
    reverse_link = header[0].one("a").attrs["href"]
    reverse = parse(client.get(reverse_link).text)
    assert [row[0] for row in _rows(reverse)] == natural[::-1]
    by_priority = [row[5] for row in _rows(parse(client.get("/massnahmen?sortierung=prioritaet").text))]
    rank = {"hoch": 0, "mittel": 1, "niedrig": 2}
    assert [rank[p] for p in by_priority] == sorted(rank[p] for p in by_priority)


def test_csv_download_has_exactly_the_filtered_rows(client: TestClient) -> None:
    page = parse(client.get("/massnahmen", params={"programm": "LEADER", "sortierung": "nr", "richtung": "ab"}).text)
    link = page.one("a", class_="download")
    assert "download" in link.attrs
    response = client.get(link.attrs["href"])
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")  # Excel needs the byte order mark for umlauts
    records = list(csv.DictReader(io.StringIO(text[1:]), delimiter=";"))
    assert [r["Nr."] for r in records] == [row[0] for row in _rows(page)]
    assert {r["Nr."] for r in records} == {m["nr"] for m in _measures() if "LEADER" in m["programmes"]}


def test_unknown_programme_is_a_clear_german_error(client: TestClient) -> None:
    for path in ("/massnahmen", "/massnahmen.csv", "/foerderung"):
        response = client.get(path, params={"programm": "Gibtsnicht"})
        assert response.status_code == 400, path
        assert "nicht bekannt" in response.text and "LEADER" in response.text and "Traceback" not in response.text
    page = parse(client.get("/massnahmen", params={"programm": "Gibtsnicht"}).text)
    assert page.one("select", name="programm").all("option")[1:]  # the filters stay usable after the error


def test_funding_finder_by_programme_and_topic(client: TestClient) -> None:
    page = parse(client.get("/foerderung", params={"programm": "LEADER", "thema": "Förderung"}).text)
    hits = _hits(page)
    assert hits and all("LEADER" in hit.one("p", class_="hit-meta").text for hit in hits)
    marked = [mark.text.casefold() for hit in hits for mark in hit.all("mark")]
    assert marked and all("förder" in word for word in marked)  # "Wirtschaftsförderung" too
    counts = Counter(p for m in _measures() for p in m["programmes"])
    table = {row.one("th").text: row.all("td")[-1].text for row in page.all("table")[-1].one("tbody").all("tr")}
    assert table["LEADER"].startswith(str(counts["LEADER"]))
    assert table["KIPKI"].startswith(str(counts["KIPKI"]))


def test_index_without_catalogue_is_explained(tmp_path: Path, folder: Path, client: TestClient) -> None:
    shutil.copytree(folder / "idx", tmp_path / "idx", symlinks=True)  # an index built before the catalogue existed
    (resolve_build(tmp_path / "idx") / MEASURES_FILE).unlink()
    client, _ = sample_client(tmp_path)
    response = client.get("/massnahmen")
    assert response.status_code == 503
    assert "kea ingest" in response.text and response.headers["content-type"].startswith("text/html")


def _analyzer() -> Analyzer:
    return Analyzer().fit(["Radverkehrskonzept Konzept Radverkehr Landkreis Förderung Fördermittel Pflege"])


def test_highlight_marks_inflected_and_compound_forms() -> None:
    analyzer = _analyzer()
    terms = query_terms(analyzer, "Konzept für den Radverkehr")
    segments = highlight("Das Radverkehrskonzept des Landkreises und die Konzepte.", analyzer, terms)
    assert [text for text, marked in segments if marked] == ["Radverkehrskonzept", "Konzepte"]
    assert "".join(text for text, _ in segments) == "Das Radverkehrskonzept des Landkreises und die Konzepte."
    assert highlight("Der Landkreis.", analyzer, query_terms(analyzer, "für den")) == [("Der Landkreis.", False)]


def test_snippet_is_cut_around_the_matches() -> None:
    analyzer = _analyzer()
    text = " ".join(["Füllwort"] * 120) + " Die Pflege im Landkreis wird gestärkt. " + " ".join(["Ende"] * 80)
    cut = snippet(text, analyzer, query_terms(analyzer, "Pflege"), width=120)
    assert "Pflege" in cut and cut.startswith("… ") and cut.endswith(" …") and len(cut) <= 126
    assert snippet("Kurz.", analyzer, frozenset()) == "Kurz."


def test_citation_markers_become_separate_pieces() -> None:
    assert cited("Erstens [1] und zweitens [12].") == [
        ("Erstens ", None),
        ("[1]", 1),
        (" und zweitens ", None),
        ("[12]", 12),
        (".", None),
    ]
