"""Measure sheets ("Steckbriefe") become catalogue entries: on the sample corpus against the builder's
ground truth, on small real PDFs for page breaks, missing fields and two columns, and on sheet text."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.document import ManifestEntry
from ingest.measures import Measure, extract_measures
from ingest.page import Block, Page
from ingest.pipeline import IngestedDocument, ingest_file
from ingest.steckbrief import SheetLine, read_fields
from tests.sample import ingested, truth
from tests.sheet_pdfs import filler, heading, para, row, sheet_pdf, two_column_pdf

# Ground-truth key → Measure attribute.
FIELDS = {
    "nr": "nr",
    "titel": "title",
    "handlungsschwerpunkt": "schwerpunkt",
    "ziel": "goal",
    "beschreibung": "description",
    "federfuehrung": "lead",
    "partner": "partners",
    "zeitraum": "time_frame",
    "prioritaet": "priority",
    "kosten": "cost",
    "foerdermoeglichkeiten": "funding",
    "page": "page",
    "last_page": "last_page",
}


def _handlungskonzept() -> IngestedDocument:
    return next(d for d in ingested().documents if d.document.id == "handlungskonzept-2030")


def _ingest(path: Path) -> IngestedDocument:
    return ingest_file(path, ManifestEntry("programm", "Handlungsprogramm", path.name))


def test_sample_measures_are_extracted_with_every_field_exact() -> None:
    expected = truth("handlungskonzept-2030")["measures"]
    found = {m.nr: m for m in _handlungskonzept().measures}
    exact = [t["nr"] for t in expected if t["nr"] in found and _differences(t, found[t["nr"]]) == []]
    assert len(found) == len(expected), sorted(set(found) ^ {t["nr"] for t in expected})
    assert len(exact) / len(expected) >= 0.95, {t["nr"]: _differences(t, found[t["nr"]]) for t in expected}


def _differences(expected: dict[str, object], measure: Measure) -> list[str]:
    return [key for key, attribute in FIELDS.items() if expected[key] != getattr(measure, attribute)]


def test_sample_measures_carry_the_true_programmes_and_no_missing_fields() -> None:
    expected = {t["nr"]: set(t["programmes"]) for t in truth("handlungskonzept-2030")["measures"]}
    measures = _handlungskonzept().measures
    assert {m.nr: set(m.programmes) for m in measures} == expected
    assert [m.nr for m in measures if m.missing] == []
    assert all(m.document_id == "handlungskonzept-2030" and m.page_label for m in measures)


def test_only_the_handlungskonzept_has_measure_sheets() -> None:
    # The guide describes what a Steckbrief holds, and the atlas has label/value tables: neither is a sheet.
    others = [d for d in ingested().documents if d.document.id != "handlungskonzept-2030"]
    assert [m.nr for d in others for m in d.measures] == []


def test_sheet_chunks_become_measure_chunks_and_each_measure_knows_its_chunks() -> None:
    doc = _handlungskonzept()
    kinds = {c.id: c.kind for c in doc.chunks}
    for measure in doc.measures:
        assert measure.chunk_ids, measure.nr
        assert {kinds[chunk_id] for chunk_id in measure.chunk_ids} == {"measure"}
        texts = " ".join(" ".join(c.text.split()) for c in doc.chunks if c.id in measure.chunk_ids)
        # Including a last field carried over the page into the next sheet's first chunk (K3, D2).
        assert measure.lead in texts and measure.funding in texts and measure.title in texts, measure.nr
    sheets = {chunk_id for m in doc.measures for chunk_id in m.chunk_ids}
    assert {c.id for c in doc.chunks if c.kind == "measure"} == sheets
    # Chapter 10 talks about the measures, but is no sheet.
    assert all(c.kind != "measure" for c in doc.chunks if c.section and c.section[0].startswith("10 "))


def test_sheet_over_a_page_break_with_hyphenation_and_a_missing_field(tmp_path: Path) -> None:
    sheet_one = [
        para("Der Landkreis setzt seine Ziele mit den folgenden Maßnahmen um."),
        None,
        heading("Maßnahme 2.1: Klimaschutz-Netzwerk der Gemeinden"),
        *row("Handlungsfeld", "Klima und Energie"),
        *row("Ziel", "Alle Gemeinden tauschen sich regelmäßig über Klimaschutz aus."),
        *row(
            "Beschreibung",
            "Die Gemeinden treffen sich viermal im Jahr und vereinbaren",
            "gemeinsame Einsparziele. Ein externes Büro erstellt einen Bericht",
            "über die erreichten Einsparungen. Die Ergeb-",
        ),
    ]
    sheet_rest = [
        (170.0, "nisse werden im Umweltausschuss vorgestellt.", 9.0, False, False),
        *row("Federführung", "Kreisverwaltung, Klimaschutz-", "management"),
        *row("Partner", "Verbandsgemeinden, Energieagentur"),
        *row("Zeitraum", "2024–2027"),
        *row("Priorität", "hoch"),
        *row("Kosten", "ca. 40.000 € p. a."),
        *row("Fördermöglichkeiten", "Kommunalrichtlinie der Nationalen Klimaschutzinitiative"),
        None,
        heading("Maßnahme 2.2: Energieberatung für Vereine"),
        *row("Handlungsfeld", "Klima und Energie"),
        *row("Ziel", "Vereine senken den Energieverbrauch ihrer Vereinsheime."),
        *row("Beschreibung", "Eine Beraterin besucht die Vereinsheime und schlägt Maßnahmen vor."),
        *row("Federführung", "Kreisverwaltung, Klimaschutzmanagement"),
        *row("Partner", "Sportbund, Verbraucherzentrale"),
        *row("Zeitraum", "ab 2025"),
        *row("Priorität", "mittel"),
        *row("Fördermöglichkeiten", "LEADER-Förderung der LAG Musterland"),
        None,
        heading("3 Umsetzung"),
        para("Die Kreisverwaltung berichtet jährlich über den Stand."),
    ]
    pages = [filler("1 Einleitung"), filler("2 Ziele"), sheet_one, sheet_rest, filler("4 Anhang")]
    doc = _ingest(sheet_pdf(tmp_path / "programm.pdf", pages))
    first, second = doc.measures
    assert (first.nr, first.title, first.page, first.last_page) == ("2.1", "Klimaschutz-Netzwerk der Gemeinden", 3, 4)
    assert first.description == (
        "Die Gemeinden treffen sich viermal im Jahr und vereinbaren gemeinsame Einsparziele. Ein externes Büro "
        "erstellt einen Bericht über die erreichten Einsparungen. Die Ergebnisse werden im Umweltausschuss vorgestellt."
    )
    assert first.lead == "Kreisverwaltung, Klimaschutzmanagement"
    assert (first.schwerpunkt, first.time_frame, first.priority) == ("Klima und Energie", "2024–2027", "hoch")
    assert first.programmes == ("KOMMUNALRICHTLINIE",) and first.missing == ()
    # A sheet without costs is kept and says what it lacks; the next chapter is not part of it.
    assert (second.nr, second.cost, second.missing, second.programmes) == ("2.2", "", ("Kosten",), ("LEADER",))
    assert "Umsetzung" not in second.funding and second.last_page == 4


def test_sheet_in_the_right_column_of_a_two_column_page(tmp_path: Path) -> None:
    left = [
        "5 Handlungsfeld Mobilität",
        "Der Busverkehr im Kreis wird bis 2030",
        "schrittweise ausgebaut. Die Gemeinden",
        "wünschen sich mehr Verbindungen am",
        "Abend und am Wochenende. Dazu werden",
        "Rufbusse in zwei Pilotregionen erprobt.",
        "Die Erfahrungen fließen in den neuen",
        "Nahverkehrsplan ein, der 2026 vom",
        "Kreistag beschlossen werden soll.",
    ]
    right = [
        "Maßnahme M4: Rufbus im Hunsrück",
        "Ziel: Ein Rufbus verbindet die Orte",
        "des Hunsrücks mit Morbach.",
        "Beschreibung: Der Rufbus fährt nach",
        "Bedarf und wird per App oder Tele-",
        "fon gebucht. Die Fahrten werden mit",
        "dem Fahrplan der Buslinien abge-",
        "stimmt.",
        "Federführung: Kreisverwaltung, ÖPNV",
        "Partner: Verkehrsverbund, Gemeinden",
        "Zeitraum: 2025–2027",
        "Priorität: hoch",
        "Kosten: ca. 250.000 € p. a.",
        "Förderung: LEADER-Förderung der LAG",
        "Hunsrück; KIPKI-Mittel des Landes",
    ]
    doc = _ingest(two_column_pdf(tmp_path / "zweispaltig.pdf", left, right, [filler("1 Einleitung")] * 2))
    (measure,) = doc.measures
    assert (measure.nr, measure.title, measure.schwerpunkt) == ("M4", "Rufbus im Hunsrück", "Mobilität")
    assert measure.description == (
        "Der Rufbus fährt nach Bedarf und wird per App oder Telefon gebucht. "
        "Die Fahrten werden mit dem Fahrplan der Buslinien abgestimmt."
    )
    assert (measure.lead, measure.partners) == ("Kreisverwaltung, ÖPNV", "Verkehrsverbund, Gemeinden")
    assert measure.funding == "LEADER-Förderung der LAG Hunsrück; KIPKI-Mittel des Landes"
    assert set(measure.programmes) == {"LEADER", "KIPKI"} and measure.missing == ()
    assert "Busverkehr" not in measure.goal + measure.description  # the left column stays out


def _lines(*texts: str) -> list[SheetLine]:
    return [SheetLine(text, 1, index) for index, text in enumerate(texts)]


def test_labels_alone_at_line_end_or_without_colon() -> None:
    fields = read_fields(
        _lines(
            "Ziel Ein Netz von Ladepunkten entsteht.",  # "Label Wert" as a layout without table leaves it
            "Beschreibung",
            "Ladepunkte werden an Schulen gebaut. Beraten wird zu Standort und Finanzierung",
            "der Anlagen. Das Ziel ist ein dichtes Netz.",
            "Federführung Kreisverwaltung, Bauamt Partner",  # the next label left at the line's end
            "Stadtwerke, Gemeinden",
            "Zeitraum kurzfristig (bis 2025)",
            "Priorität hoch",
        )
    )
    values = {name: field.value for name, field in fields.items()}
    assert values == {
        "goal": "Ein Netz von Ladepunkten entsteht.",
        "description": (
            "Ladepunkte werden an Schulen gebaut. Beraten wird zu Standort und Finanzierung der Anlagen. "
            "Das Ziel ist ein dichtes Netz."
        ),
        "lead": "Kreisverwaltung, Bauamt",
        "partners": "Stadtwerke, Gemeinden",
        "time_frame": "kurzfristig (bis 2025)",
        "priority": "hoch",
    }


def test_words_that_are_labels_inside_sentences_stay_text() -> None:
    fields = read_fields(
        _lines(
            "Beschreibung: Gründungswillige werden bei Standort, Rechtsform und Finanzierung",
            "beraten. Kosten entstehen vor allem für Beratung.",
            "Kosten: ca. 80.000 €",
            "Fördermöglichkeiten: Gemeinschaftsaufgabe „Verbesserung der Agrarstruktur und des",
            "Küstenschutzes“ (GAK)",
            "Im nächsten Kapitel folgt die Umsetzung.",  # after the sheet: not part of the last field
        )
    )
    assert fields["description"].value == (
        "Gründungswillige werden bei Standort, Rechtsform und Finanzierung beraten. "
        "Kosten entstehen vor allem für Beratung."
    )
    assert fields["cost"].value == "ca. 80.000 €"
    funding = "Gemeinschaftsaufgabe „Verbesserung der Agrarstruktur und des Küstenschutzes“ (GAK)"
    assert fields["funding"].value == funding


def _page(number: int, *blocks: Block) -> Page:
    return Page("programm", number, str(number), blocks)


def test_sheet_found_by_its_number_field_and_unreadable_values_reported() -> None:
    pages = [
        _page(1, Block("heading", "4 Handlungsfeld Bildung", 1), Block("text", "Einleitung zum Handlungsfeld.")),
        _page(
            2,
            Block(
                "table",
                "Nr.: B7\nTitel: Lernwerkstatt\nZiel: Schulen teilen Werkstätten.\nBeschreibung: Eine mobile "
                "Werkstatt fährt von Schule zu Schule.\nFederführung: Schulamt\nPartner: Handwerkskammer\n"
                "Zeitraum: 2025\nPriorität: ~~~ ~~\nKosten: 20.000 €\nFördermöglichkeiten: keine",
            ),
        ),
        _page(3, Block("heading", "5 Handlungsfeld Gesundheit", 1), Block("text", "Ein anderes Kapitel.")),
    ]
    (measure,) = extract_measures(pages)
    assert (measure.nr, measure.title, measure.schwerpunkt, measure.page) == ("B7", "Lernwerkstatt", "Bildung", 2)
    assert measure.missing == ("Priorität",)
    assert measure.lead == "Schulamt" and measure.funding == "keine"


@pytest.mark.parametrize("text", ["Maßnahme K3 wird 2024 begonnen.", "Nr. 5 der Richtlinie gilt weiter."])
def test_sentences_about_measures_open_no_sheet(text: str) -> None:
    assert extract_measures([_page(1, Block("text", text))]) == ()
