"""Answer-type rules of the extractive backend: a "Wann …?" question needs evidence that says when, and a measure
sheet's field may come from a lower hit of the same page."""

from __future__ import annotations

import pytest

from assistant.assistant import Assistant
from assistant.extractive import select_sentences
from assistant.intent import Intent, asks_time, question_intent, tells_time
from assistant.sheets import sheet_rest
from index.analysis import Analyzer
from index.search import Hit
from ingest.chunk import Chunk, ChunkKind
from tests.api_app import LENIENT
from tests.pdfs import hashing_searcher


@pytest.mark.parametrize(
    "question",
    [
        "Wann hat die Kreisverwaltung samstags geöffnet?",
        "Bis wann soll das Familienbüro eingerichtet sein?",
        "Und ab wann gilt das?",
        "Ich möchte wissen, wann der Kreistag beschlossen hat.",
        "When did the district council adopt the plan?",
        "By when will the cycling concept be finished?",
    ],
)
def test_questions_that_ask_when(question: str) -> None:
    assert asks_time(question)


@pytest.mark.parametrize(
    "question",
    [
        "How can young people be involved when a county plans its future?",
        "Wie viele Einwohner hat der Landkreis?",
        "Wenn ich umziehe, wer ist zuständig?",
        "Was ist ein Zeitplan?",
    ],
)
def test_questions_that_do_not_ask_when(question: str) -> None:
    assert not asks_time(question)


@pytest.mark.parametrize(
    "sentence",
    [
        "Der Kreistag hat das Konzept am 14. März 2022 beschlossen.",
        "Zeitraum: kurzfristig (bis 2024)",
        "Die Sprechstunde ist dienstags von 9 bis 12 Uhr.",
        "Die Lenkungsgruppe tagt monatlich.",
        "Im Frühjahr beginnt die Umsetzung.",
        "Frist: 01.10. des Vorjahres",
    ],
)
def test_sentences_that_say_when(sentence: str) -> None:
    assert tells_time(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Das Jugendamt der Kreisverwaltung ist für die Kinder- und Jugendhilfe zuständig.",
        "Die Kosten liegen bei ca. 120.000 Euro.",
        "Es gibt 68 Hausärztinnen und Hausärzte.",
    ],
)
def test_sentences_that_do_not_say_when(sentence: str) -> None:
    assert not tells_time(sentence)


@pytest.mark.parametrize(
    ("fitting", "unfitting"),
    [
        ("Der Kreistag hat das Konzept am 14. März 2022 beschlossen.", "Der Kreistag hat das Konzept beschlossen."),
        ("Die Brücke wurde im November 2019 eröffnet.", "Die Brücke ist 1.702 m lang."),
        ("Die Umsetzung beginnt ab dem Jahr 2023.", "Die Umsetzung kostet 40.000 Euro."),
    ],
)
def test_a_date_in_words_fits_a_when_question(fitting: str, unfitting: str) -> None:
    intent = question_intent("Wann wurde das beschlossen?")
    assert intent.fits(fitting) and not intent.fits(unfitting)


PAGES = [
    [
        "# 1 Verwaltung",
        "Die Kreisverwaltung in Wittlich ist für die Jugendhilfe im gesamten Kreisgebiet zuständig.",
        "Das Jugendamt der Kreisverwaltung berät Familien in allen Fragen der Erziehung.",
    ],
    [
        "# 2 Radverkehr",
        "Das Radverkehrskonzept wird bis 2024 erstellt und bis 2030 schrittweise umgesetzt.",
        "Federführend ist das Klimaschutzmanagement der Kreisverwaltung.",
    ],
]


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    searcher = hashing_searcher(tmp_path_factory.mktemp("answer-rules"), PAGES, title="Konzept 2030")
    return Assistant(searcher, LENIENT)  # the hashing embedder's similarities mean nothing


def test_a_when_question_whose_evidence_names_no_time_is_refused(assistant: Assistant) -> None:
    question = "Wann hat die Kreisverwaltung in Wittlich geöffnet?"
    assert "Kreisverwaltung" in assistant.ask("Wer ist in der Kreisverwaltung in Wittlich zuständig?").text
    answer = assistant.ask(question)
    assert answer.refused and answer.reason == "out_of_scope" and not answer.citations


def test_a_when_question_with_a_date_in_the_evidence_is_answered(assistant: Assistant) -> None:
    answer = assistant.ask("Bis wann wird das Radverkehrskonzept erstellt?")
    assert not answer.refused and "2024" in answer.text


SHEET = ("9 Maßnahmenkatalog", "Maßnahme F3: Familienbüro")
OTHER_SHEET = ("9 Maßnahmenkatalog", "Maßnahme F1: Kindertagesbetreuung")


def _hit(number: int, text: str, section: tuple[str, ...], page: int, kind: ChunkKind = "measure") -> Hit:
    return Hit(Chunk(f"c{number}", "hk", page, str(page), section, kind, text), 1.0 - number / 10, ("dense",))


def _hits(field_section: tuple[str, ...], field_page: int) -> list[Hit]:
    return [
        _hit(0, "Beschreibung: Das Familienbüro wird im Kreishaus eingerichtet und berät Familien.", SHEET, 56),
        _hit(1, "Ein Familienbüro in der Kreisverwaltung soll Anlaufstelle für Eltern sein.", ("7",), 25, "text"),
        _hit(2, "Das Familienbüro arbeitet mit den Beratungsstellen der Gemeinden zusammen.", ("7",), 25, "text"),
        _hit(3, "Federführung: Kreisverwaltung\nZeitraum: kurzfristig (bis 2024)", field_section, field_page),
    ]


def test_a_sheet_field_from_a_lower_hit_of_the_same_page_answers() -> None:
    question = "Bis wann soll das Familienbüro eingerichtet sein?"
    hits = _hits(SHEET, 56)
    analyzer = Analyzer().fit([hit.chunk.text for hit in hits])
    chosen = select_sentences(question, hits, analyzer, intent=question_intent(question))
    assert "Zeitraum: kurzfristig (bis 2024)" in [s.row for s in chosen]
    assert "Federführung: Kreisverwaltung" not in [s.row for s in chosen]  # not what was asked


def test_a_lower_hit_of_another_page_lends_nothing() -> None:
    question = "Bis wann soll das Familienbüro eingerichtet sein?"
    hits = _hits(OTHER_SHEET, 54)
    analyzer = Analyzer().fit([hit.chunk.text for hit in hits])
    chosen = select_sentences(question, hits, analyzer, intent=question_intent(question))
    assert chosen and all(s.hit_index < 3 for s in chosen)


TABLE = (
    "Tabelle 1: Flächennutzung im Landkreis 2019 (Fläche in km²)\n"
    "Nutzungsart: Landwirtschaftsfläche; Fläche in km²: 438,0\n"
    "Nutzungsart: Waldfläche; Fläche in km²: 572,3\n"
    "Nutzungsart: Wasserfläche; Fläche in km²: 15,2\n"
    "Nutzungsart: Insgesamt; Fläche in km²: 1.167,9"
)


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("Wie groß ist die Fläche des Landkreises?", "Nutzungsart: Insgesamt; Fläche in km²: 1.167,9"),
        ("Wie groß ist die Waldfläche des Landkreises?", "Nutzungsart: Waldfläche; Fläche in km²: 572,3"),
    ],
)
def test_a_table_question_that_names_no_row_is_answered_by_the_total_row(question: str, first: str) -> None:
    hit = Hit(Chunk("t", "sa", 7, "7", ("2 Fläche",), "table", TABLE), 1.0, ("dense",))
    chosen = select_sentences(question, [hit], Analyzer().fit([TABLE]), intent=question_intent(question))
    assert max(chosen, key=lambda s: s.score).row == first


def test_the_rest_of_a_measure_sheet_joins_the_hits_once() -> None:
    sheet = [
        Chunk("k1", "hk", 32, "32", SHEET, "measure", "Beschreibung: Das Familienbüro berät Familien."),
        Chunk("k2", "hk", 33, "33", SHEET, "measure", "Fördermöglichkeiten: Landesprogramm Familie"),
        Chunk("o1", "hk", 54, "54", OTHER_SHEET, "measure", "Fördermöglichkeiten: LEADER"),
        Chunk("t1", "hk", 25, "25", ("7",), "text", "Das Familienbüro ist eine Anlaufstelle."),
    ]
    hits = [Hit(sheet[0], 1.0, ("dense",)), Hit(sheet[3], 0.9, ("dense",))]
    assert [hit.chunk.id for hit in sheet_rest(sheet, hits, top=3)] == ["k2"]
    assert sheet_rest(sheet, [Hit(sheet[3], 1.0, ("dense",))], top=3) == []


def test_a_field_on_the_second_page_of_the_sheet_answers_the_field_question() -> None:
    question = "Welche Förderprogramme gibt es für das Familienbüro?"
    hits = [
        _hit(0, "Beschreibung: Das Familienbüro wird im Kreishaus eingerichtet.", SHEET, 56),
        _hit(1, "Ein Familienbüro in der Kreisverwaltung soll Anlaufstelle für Eltern sein.", ("7",), 25, "text"),
        _hit(2, "Das Familienbüro arbeitet mit den Beratungsstellen der Gemeinden zusammen.", ("7",), 25, "text"),
        _hit(3, "Fördermöglichkeiten: Landesprogramm Familie", SHEET, 57),
    ]
    analyzer = Analyzer().fit([hit.chunk.text for hit in hits])
    chosen = select_sentences(question, hits, analyzer, intent=question_intent(question))
    assert "Fördermöglichkeiten: Landesprogramm Familie" in [s.row for s in chosen]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Maßnahme umfasst vier Bausteine für die Kreisschulen. Erstens wird der Medienentwicklungsplan "
            "fortgeschrieben. Für Endgeräte gilt ein Zyklus von fünf Jahren.",
            "Die Maßnahme umfasst vier Bausteine für die Kreisschulen. Erstens wird der Medienentwicklungsplan "
            "fortgeschrieben.",
        ),
        (
            "Die Bausteine der Maßnahme für die Kreisschulen sind: Medienentwicklungsplan und IT-Support. "
            "Für Endgeräte gilt ein Zyklus von fünf Jahren.",
            "Die Bausteine der Maßnahme für die Kreisschulen sind: Medienentwicklungsplan und IT-Support.",
        ),
        (
            "• Die Maßnahme umfasst vier Bausteine für die Kreisschulen. • Der Zyklus der Endgeräte beträgt fünf "
            "Jahre.",
            "• Die Maßnahme umfasst vier Bausteine für die Kreisschulen.",
        ),
    ],
)
def test_a_lead_in_is_quoted_with_the_sentence_it_announces(text: str, expected: str) -> None:
    question = "Welche Bausteine umfasst die Maßnahme für die Kreisschulen?"
    hit = Hit(Chunk("c", "hk", 48, "48", ("9",), "text", text), 1.0, ("dense",))
    chosen = select_sentences(question, [hit], Analyzer().fit([text]))
    assert chosen[0].text == expected


def test_a_lead_in_without_what_it_announces_is_not_quoted() -> None:
    # The list the lead-in announces went into the next chunk: the lead-in alone says nothing.
    text = "Der Strukturatlas nutzt amtliche Statistiken. Die wichtigsten Datenquellen des Strukturatlas sind:"
    question = "Welche Datenquellen nutzt der Strukturatlas?"
    hit = Hit(Chunk("c", "sa", 3, "3", ("Hinweise",), "text", text), 1.0, ("dense",))
    chosen = select_sentences(question, [hit], Analyzer().fit([text]))
    assert [s.text for s in chosen] == ["Der Strukturatlas nutzt amtliche Statistiken."]


def test_the_sentence_a_lead_in_announces_is_not_quoted_twice() -> None:
    text = (
        "Die Maßnahme für die Kreisschulen umfasst vier Bausteine. "
        "Erstens wird der Medienentwicklungsplan der Kreisschulen mit den Bausteinen fortgeschrieben. "
        "Der IT-Support der Kreisschulen wird als weiterer Baustein ausgebaut."
    )
    question = "Welche Bausteine umfasst die Maßnahme für die Kreisschulen?"
    hit = Hit(Chunk("c", "hk", 48, "48", ("9",), "text", text), 1.0, ("dense",))
    chosen = select_sentences(question, [hit], Analyzer().fit([text]))
    answer = " ".join(s.text for s in chosen)
    assert answer.count("Erstens wird der Medienentwicklungsplan") == 1
    assert "IT-Support" in answer


def _chosen_texts(question: str, text: str) -> list[str]:
    hit = Hit(Chunk("c", "sa", 7, "7", ("1 Lage",), "text", text), 1.0, ("dense",))
    return [s.text for s in select_sentences(question, [hit], Analyzer().fit([text]))]


def test_a_sentence_that_refers_back_is_scored_and_quoted_with_its_antecedent() -> None:
    text = (
        "Die Region hat viele Weinberge und Wälder an den Hängen. "
        "Der Landkreis Musterstadt liegt im Westen des Landes Rheinland-Pfalz. "
        "Er grenzt im Norden an den Landkreis Vulkaneifel und im Osten an den Landkreis Cochem-Zell."
    )
    texts = _chosen_texts("An welche Kreise grenzt der Landkreis Musterstadt?", text)
    expected = (
        "Der Landkreis Musterstadt liegt im Westen des Landes Rheinland-Pfalz. "
        "Er grenzt im Norden an den Landkreis Vulkaneifel und im Osten an den Landkreis Cochem-Zell."
    )
    assert expected in texts
    assert " ".join(texts).count("liegt im Westen") == 1  # the antecedent is not quoted a second time


def test_a_heading_is_no_antecedent() -> None:
    text = "Digitale Teilhabe\nDies gilt für alle Generationen im Landkreis, die digitale Angebote nutzen wollen."
    assert _chosen_texts("Für wen gilt die digitale Teilhabe im Landkreis?", text) == [
        "Dies gilt für alle Generationen im Landkreis, die digitale Angebote nutzen wollen."
    ]


@pytest.mark.parametrize(
    ("question", "measured", "unmeasured"),
    [
        (
            "Wie schnell ist das Internet in den Dörfern?",
            "Rund 78 % erreichen 50 Mbit/s.",
            "In 20 Dörfern gibt es 2026 eine App.",
        ),
        ("How fast is the internet in the villages?", "≥ 100 Mbit/s: 58", "Die Dorfplattform startet 2024."),
        (
            "Wie viel Strom erzeugen die Windräder?",
            "Energieträger: Wind; Erzeugung in GWh: 520",
            "Es gibt 120 Windräder.",
        ),
        (
            "Welcher Anteil der Haushalte hat Glasfaser?",
            "Das sind 23 Prozent der Haushalte.",
            "Es sind 4.200 Haushalte.",
        ),
        ("Wie lange dauert die Erarbeitung?", "Sie dauert 18 bis 24 Monate.", "Sie hat sechs Phasen und 2 Foren."),
        ("Wie lang ist der Radweg?", "Der Radweg ist 58 km lang.", "Er wurde 2015 eröffnet."),
        ("Wie groß ist die Fläche des Kreises?", "Die Fläche beträgt 1.167,9 km².", "Der Kreis hat 108 Gemeinden."),
    ],
)
def test_a_figure_in_the_asked_dimension_is_recognised(question: str, measured: str, unmeasured: str) -> None:
    intent = question_intent(question)
    assert intent.measured(measured)
    assert not intent.measured(unmeasured)


def test_length_and_duration_are_told_apart_by_the_umlaut() -> None:
    assert question_intent("Wie lange dauert das?").dimensions == {"duration"}
    assert question_intent("Welche Länge hat der Radweg?").dimensions == {"length"}
    assert not question_intent("Was ist ein Kreisentwicklungskonzept?").dimensions


def test_a_figure_in_the_asked_unit_beats_a_closer_paraphrase_from_another_page() -> None:
    # The neighbouring topic shares the question's words, means nearly the same to the embedding and has figures of
    # its own, but no speeds.
    question = "Wie schnell ist das Internet bei uns in den Dörfern?"
    platform = "In 20 Dörfern gibt es bis 2026 eine digitale Dorfplattform im Internet für Nachrichten und Termine."
    speed = "Mitte 2020 konnten rund 78 % der Haushalte Anschlüsse mit mindestens 50 Mbit/s nutzen."
    hits = [_hit(0, platform, ("6 Digitalisierung",), 50, "text"), _hit(1, speed, ("4 Breitband",), 29, "text")]
    similarity = {"c0": (0.88,), "c1": (0.85,)}
    analyzer = Analyzer().fit([platform, speed])

    def chosen(intent: Intent | None) -> list[str]:
        selected = select_sentences(
            question, hits, analyzer, intent=intent, similarities=lambda h: similarity[h.chunk.id]
        )
        return [s.row for s in selected]

    assert chosen(question_intent(question)) == [speed]
    assert chosen(Intent(question_intent(question).kinds)) == [platform]  # without the dimension: the test can fail


def test_a_table_that_declares_its_unit_measures_every_row() -> None:
    question = "Wie viel Strom hat die Windenergie im Jahr 2019 erzeugt?"
    text = "Die Windenergie hat im Jahr 2019 viel Strom erzeugt; 60 Anlagen stehen im Landkreis."
    table = (
        "Tabelle 22: Strom aus erneuerbaren Energien 2019 (Erzeugung in GWh)\n"
        "Energieträger: Windenergie; Leistung in MW: 235; erzeugt im Jahr: 520\n"
        "Energieträger: Photovoltaik; Leistung in MW: 105; erzeugt im Jahr: 95"
    )
    intent = question_intent(question)
    assert intent.dimensions == {"energy"}
    hits = [
        _hit(0, text, ("5 Energie",), 32, "text"),
        Hit(Chunk("t", "sa", 32, "32", ("5 Energie",), "table", table), 0.9, ("dense",)),
    ]
    analyzer = Analyzer().fit([text, table])
    rows = [s.row for s in select_sentences(question, hits, analyzer, intent=intent)]
    assert rows[0].startswith("Energieträger: Windenergie") and text not in rows
    plain = [s.row for s in select_sentences(question, hits, analyzer, intent=Intent(intent.kinds))]
    assert plain == [text]  # without the dimension the sentence that repeats the question wins


def test_a_figure_in_the_asked_unit_does_not_lift_an_unrelated_sentence() -> None:
    question = "Welcher Anteil der Haushalte kann Glasfaser nutzen?"
    answer = "Glasfaseranschlüsse können bisher nur wenige Haushalte im Kreis nutzen, vor allem in Gewerbegebieten."
    unrelated = "Die Übernachtungen in Ferienwohnungen stiegen um 5,7 %."
    hits = [_hit(0, answer, ("4 Breitband",), 29, "text"), _hit(1, unrelated, ("6 Tourismus",), 35, "text")]
    similarity = {"c0": (0.90,), "c1": (0.78,)}
    intent = question_intent(question)
    assert intent.measured(unrelated)
    analyzer = Analyzer().fit([answer, unrelated])
    selected = select_sentences(question, hits, analyzer, intent=intent, similarities=lambda h: similarity[h.chunk.id])
    assert [s.row for s in selected] == [answer]


def test_the_field_the_question_names_answers_it() -> None:
    question = "Mit welchem Abstimmungsergebnis hat der Kreistag das Handlungskonzept beschlossen?"
    decision = (
        "Der Kreistag hat das Handlungskonzept am 14. März 2022 beschlossen; die Niederschrift steht in Kapitel 11."
    )
    field = "Abstimmungsergebnis: einstimmig bei 2 Enthaltungen."
    hits = [_hit(0, decision, ("1 Einleitung",), 6, "text"), _hit(1, field, ("11 Beschluss",), 69, "text")]
    intent = question_intent(question)
    assert intent.noun == "Abstimmungsergebnis"
    analyzer = Analyzer().fit([decision, field])
    assert [s.row for s in select_sentences(question, hits, analyzer, intent=intent)] == [field]
    unnamed = select_sentences(question, hits, analyzer, intent=Intent(intent.kinds, intent.dimensions))
    assert [s.row for s in unnamed] == [decision]  # the sentence with more of the question's words, otherwise
