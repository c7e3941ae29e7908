"""Catalogue queries, exports and the funding finder over a real index of the sample corpus (small
deterministic embedder), checked against the corpus builder's ground truth; and the CLI commands."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from index.build import build_index
from index.catalogue import Catalogue, CatalogueMissingError, MeasureQuery, UnknownProgrammeError
from index.catalogue_export import BOM, measures_csv, measures_json
from index.catalogue_records import MEASURES_FILE
from index.embedders import HashingEmbeddings
from index.facets import SearchFilters
from index.search import Searcher
from index.store import load_index, resolve_build
from ingest.chunk import ChunkSettings
from ingest.funding import load_tagger
from service.cli import main
from tests.sample import ingested, truth
from tests.sheet_pdfs import filler, heading, row, sheet_pdf


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("catalogue") / "idx"
    build_index(ingested(), HashingEmbeddings(), folder, ChunkSettings())
    return folder


@pytest.fixture(scope="module")
def catalogue(index_dir: Path) -> Catalogue:
    stored = load_index(index_dir)
    return Catalogue(stored, load_tagger(), Searcher(stored, HashingEmbeddings()))


def _truth() -> list[dict[str, Any]]:
    measures: list[dict[str, Any]] = truth("handlungskonzept-2030")["measures"]
    return measures


def _nrs(measures: Any) -> list[str]:
    return sorted(m.nr for m in measures)


def test_catalogue_and_funding_tags_are_stored_with_the_index(catalogue: Catalogue, index_dir: Path) -> None:
    stored = load_index(index_dir)
    assert stored.has_catalogue
    assert stored.measures == ingested().measures
    assert stored.funding == ingested().funding
    assert {c.kind for c in stored.chunks} == {"text", "table", "measure"}


@pytest.mark.parametrize("schwerpunkt", sorted({t["handlungsschwerpunkt"] for t in _truth()}))
def test_filter_by_schwerpunkt_matches_the_truth(catalogue: Catalogue, schwerpunkt: str) -> None:
    result = catalogue.find(MeasureQuery(schwerpunkt=schwerpunkt))
    assert _nrs(result.measures) == sorted(t["nr"] for t in _truth() if t["handlungsschwerpunkt"] == schwerpunkt)
    assert result.total == len(_truth())
    assert result.facets.schwerpunkt == ((schwerpunkt, len(result.measures)),)


@pytest.mark.parametrize("programme", sorted({p for t in _truth() for p in t["programmes"]}))
def test_filter_by_programme_matches_the_truth(catalogue: Catalogue, programme: str) -> None:
    result = catalogue.find(MeasureQuery(programme=programme.lower()))
    assert _nrs(result.measures) == sorted(t["nr"] for t in _truth() if programme in t["programmes"])


def test_the_done_when_question_klimaschutz_and_kipki_with_leads(catalogue: Catalogue) -> None:
    result = catalogue.find(MeasureQuery(schwerpunkt="Klimaschutz", programme="KIPKI"))
    expected = {
        t["nr"]: t["federfuehrung"]
        for t in _truth()
        if t["handlungsschwerpunkt"] == "Klimaschutz" and "KIPKI" in t["programmes"]
    }
    assert {m.nr: m.lead for m in result.measures} == expected and expected


def test_filter_by_lead_priority_and_programme_names(catalogue: Catalogue) -> None:
    jugendamt = catalogue.find(MeasureQuery(lead="jugendamt", priority="hoch"))
    assert _nrs(jugendamt.measures) == sorted(
        t["nr"] for t in _truth() if "Jugendamt" in t["federfuehrung"] and t["prioritaet"] == "hoch"
    )
    by_name = catalogue.find(MeasureQuery(programme="Nationale Klimaschutzinitiative"))
    assert _nrs(by_name.measures) == sorted(t["nr"] for t in _truth() if "KOMMUNALRICHTLINIE" in t["programmes"])
    with pytest.raises(UnknownProgrammeError, match="KIPKI"):
        catalogue.find(MeasureQuery(programme="Bundesliga-Förderung"))


def _covers(time_frame: str, year: int) -> bool:
    """The ground truth's time frames read by hand: "2022–2025", "ab 2023", "kurzfristig (bis 2024)"."""
    years = [int(y) for y in re.findall(r"\d{4}", time_frame)]
    if time_frame.startswith("ab "):
        return year >= years[0]
    if "bis" in time_frame:
        return year <= years[0]
    return years[0] <= year <= years[-1]


@pytest.mark.parametrize("year", [2022, 2024, 2028])
def test_filter_by_year_overlaps_the_time_frame(catalogue: Catalogue, year: int) -> None:
    result = catalogue.find(MeasureQuery(time_frame=str(year)))
    assert _nrs(result.measures) == sorted(t["nr"] for t in _truth() if _covers(t["zeitraum"], year))
    words = catalogue.find(MeasureQuery(time_frame="kurzfristig"))
    assert _nrs(words.measures) == sorted(t["nr"] for t in _truth() if "kurzfristig" in t["zeitraum"])


def test_facet_counts_match_the_truth(catalogue: Catalogue) -> None:
    facets = catalogue.find(MeasureQuery()).facets
    truths = _truth()
    assert dict(facets.schwerpunkt) == Counter(t["handlungsschwerpunkt"] for t in truths)
    assert dict(facets.lead) == Counter(t["federfuehrung"] for t in truths)
    assert dict(facets.time_frame) == Counter(t["zeitraum"] for t in truths)
    assert dict(facets.priority) == Counter(t["prioritaet"] for t in truths)
    assert dict(facets.programme) == Counter(p for t in truths for p in t["programmes"])
    assert [count for _, count in facets.lead] == sorted((count for _, count in facets.lead), reverse=True)


def test_free_text_is_the_hybrid_search_over_measure_sheets(catalogue: Catalogue) -> None:
    found = catalogue.find(MeasureQuery(text="Radverkehrskonzept"))
    assert found.measures[0].nr == "K3"
    narrowed = catalogue.find(MeasureQuery(text="Radverkehrskonzept", schwerpunkt="Digitalisierung"))
    assert "K3" not in _nrs(narrowed.measures)
    assert all(m.schwerpunkt == "Digitalisierung" for m in narrowed.measures)


def test_measure_chunks_are_a_search_filter(catalogue: Catalogue, index_dir: Path) -> None:
    sheets = {chunk_id for m in catalogue.measures for chunk_id in m.chunk_ids}
    searcher = Searcher(load_index(index_dir), HashingEmbeddings())
    hits = searcher.search("Förderung", k=50, filters=SearchFilters(kinds=("measure",)))
    assert hits and {hit.chunk.id for hit in hits} <= sheets


def test_csv_opens_with_the_right_umlauts_and_one_row_per_measure(catalogue: Catalogue, tmp_path: Path) -> None:
    path = tmp_path / "massnahmen.csv"
    path.write_text(measures_csv(catalogue.measures, catalogue.document), encoding="utf-8", newline="")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    expected = {t["nr"]: t for t in _truth()}
    assert [r["Nr."] for r in rows] == [t["nr"] for t in _truth()]
    for values in rows:
        t = expected[values["Nr."]]
        assert values["Titel"] == t["titel"] and values["Federführung"] == t["federfuehrung"]
        assert values["Beschreibung"] == t["beschreibung"] and values["Priorität"] == t["prioritaet"]
        assert set(filter(None, values["Förderprogramme"].split(", "))) == set(t["programmes"])
        assert values["Dokument"] == "Handlungskonzept 2030"
    assert any("ä" in r["Titel"] or "ü" in r["Titel"] for r in rows)


def test_csv_cells_cannot_run_as_formulas(catalogue: Catalogue) -> None:
    hostile = dataclasses.replace(catalogue.measures[0], title='=HYPERLINK("http://x")')
    rows = list(csv.reader(io.StringIO(measures_csv([hostile]).removeprefix(BOM)), delimiter=";"))
    assert rows[1][1] == '\'=HYPERLINK("http://x")'


def test_json_records_carry_the_fields_and_the_citation(catalogue: Catalogue) -> None:
    (record,) = measures_json([catalogue.measures[0]], catalogue.document)
    t = _truth()[0]
    assert record["nr"] == t["nr"] and record["title"] == t["titel"]
    assert record["federfuehrung"] == t["federfuehrung"] and record["zeitraum"] == t["zeitraum"]
    assert record["prioritaet"] == t["prioritaet"] and set(record["foerderprogramme"]) == set(t["programmes"])
    assert (record["document_id"], record["page"]) == ("handlungskonzept-2030", t["page"])
    assert record["file"] == "handlungskonzept-2030.pdf" and record["page_label"]


def test_funding_search_by_programme_returns_tagged_passages_best_first(catalogue: Catalogue) -> None:
    hits = catalogue.funding(programme="leader", k=8)
    assert len(hits) == 8
    assert all("LEADER" in hit.tags.programmes for hit in hits)
    assert [hit.score for hit in hits] == sorted((hit.score for hit in hits), reverse=True)
    documents = {hit.chunk.document_id for hit in catalogue.funding(programme="LEADER", k=100)}
    assert documents == {"dlt-leitfaden", "handlungskonzept-2030"}
    with pytest.raises(UnknownProgrammeError):
        catalogue.funding(programme="Lotto")


def test_funding_search_by_topic_ranks_the_topic_first_and_names_the_measure(catalogue: Catalogue) -> None:
    hits = catalogue.funding(programme="LEADER", text="Mobilitätsstationen", k=5)
    assert "Mobilitätsstation" in hits[0].chunk.text or hits[0].measure == "K8"
    assert all("LEADER" in hit.tags.programmes and hit.relevance <= 1 for hit in hits)
    sheet = [hit for hit in hits if hit.measure]
    assert sheet and all(hit.chunk.kind == "measure" for hit in sheet)
    any_programme = catalogue.funding(text="Förderquote Eigenanteil Kofinanzierung", k=3)
    assert all(hit.tags.score > 0 for hit in any_programme)
    assert "Förderquote" in " ".join(c for hit in any_programme for c in hit.tags.cues)


def test_a_funding_passage_names_the_measure_whose_funding_field_it_quotes(catalogue: Catalogue) -> None:
    checked = 0
    for hit in catalogue.funding(k=1000):
        flat = " ".join(hit.chunk.text.split())
        quoted = [m.nr for m in catalogue.measures if len(m.funding) >= 20 and m.funding in flat]
        if hit.chunk.kind != "measure":
            assert hit.measure == ""  # chapter 10 names programmes as the sheets do, but is no sheet
        elif len(quoted) == 1:
            assert hit.measure == quoted[0], (hit.measure, quoted)
            checked += 1
    assert checked >= 15  # sheets whose funding text is their own (not "Eigenmittel des Kreises")


def test_an_index_from_before_the_catalogue_asks_for_a_new_ingest(
    index_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = tmp_path / "alt"
    build_index(ingested(), HashingEmbeddings(), old, ChunkSettings())
    (resolve_build(old) / MEASURES_FILE).unlink()
    with pytest.raises(CatalogueMissingError, match="kea ingest"):
        Catalogue(load_index(old), load_tagger())
    assert main(["measures", "--index", str(old)]) == 2
    err = capsys.readouterr().err
    assert "kea ingest" in err and "Traceback" not in err


@pytest.fixture
def hashing_backend(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KEA_EMBEDDING_BACKEND", "hashing")


def test_cli_answers_the_done_when_question_in_one_command(
    index_dir: Path, hashing_backend: None, capsys: pytest.CaptureFixture[str]
) -> None:
    expected = {
        t["nr"]: t for t in _truth() if t["handlungsschwerpunkt"] == "Klimaschutz" and "KIPKI" in t["programmes"]
    }
    assert main(["measures", "--index", str(index_dir), "--schwerpunkt", "Klimaschutz", "--programm", "KIPKI"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"{len(expected)} von {len(_truth())} Maßnahmen")
    for nr, t in expected.items():
        assert f"{nr}  {t['titel']}" in out and f"Federführung: {t['federfuehrung']}" in out
    args = ["measures", "--index", str(index_dir), "--schwerpunkt", "Klimaschutz", "--programm", "KIPKI", "--json"]
    assert main(args) == 0
    records = json.loads(capsys.readouterr().out)
    assert {r["nr"] for r in records} == set(expected)
    keys = {"nr", "title", "handlungsschwerpunkt", "federfuehrung", "zeitraum", "prioritaet", "foerderprogramme"}
    assert all(keys | {"document_id", "page"} <= set(r) and isinstance(r["foerderprogramme"], list) for r in records)


def test_cli_exports_csv_and_finds_funding_passages(
    index_dir: Path, hashing_backend: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "katalog.csv"
    assert main(["measures", "--index", str(index_dir), "--csv", str(target)]) == 0
    assert f"{len(_truth())} Maßnahmen nach {target}" in capsys.readouterr().out
    with target.open(encoding="utf-8-sig", newline="") as handle:
        assert len(list(csv.reader(handle, delimiter=";"))) == len(_truth()) + 1
    assert main(["funding", "--index", str(index_dir), "--programm", "KIPKI", "--q", "Photovoltaik", "--json"]) == 0
    records = json.loads(capsys.readouterr().out)
    assert records and all("KIPKI" in r["programmes"] and r["file"].endswith(".pdf") and r["page"] for r in records)
    assert main(["funding", "--index", str(index_dir), "--programm", "Lotto"]) == 2
    assert "nicht bekannt" in capsys.readouterr().err


def test_ingest_summary_lists_sheets_with_missing_fields(
    tmp_path: Path, hashing_backend: None, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("KEA_OCR_ENABLED", "false")
    sheet = [
        heading("Maßnahme 7: Bürgerbus für das Hochland"),
        *row("Handlungsfeld", "Mobilität"),
        *row("Ziel", "Ein Bürgerbus fährt zweimal wöchentlich."),
        *row("Beschreibung", "Ehrenamtliche fahren ältere Menschen zum Einkaufen."),
        *row("Federführung", "Kreisverwaltung, ÖPNV"),
        *row("Zeitraum", "2025–2026"),
        *row("Priorität", "hoch"),
        *row("Fördermöglichkeiten", "LEADER"),
    ]
    folder = tmp_path / "pdfs"
    folder.mkdir()
    sheet_pdf(folder / "programm.pdf", [filler("1 Einleitung"), filler("2 Ziele"), sheet, filler("3 Anhang")])
    assert main(["ingest", str(folder), "--index", str(tmp_path / "idx")]) == 0
    out = capsys.readouterr().out
    assert "Maßnahmen: 1, davon 1 mit fehlenden Angaben:" in out
    assert "7 Bürgerbus für das Hochland (S. 3, PDF-Seite 3): fehlt Partner, Kosten" in out
