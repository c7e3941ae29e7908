"""Field questions about one measure get the asked fields of its sheet from the catalogue first: checked against the
corpus builder's ground truth on a real index of the sample corpus (small deterministic embedder)."""

from __future__ import annotations

import pytest

from assistant.assistant import Assistant
from assistant.intent import question_intent
from assistant.sheet_fields import asked_fields
from tests.sample import truth
from tests.sample_assistant import sample_assistant


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return sample_assistant(tmp_path_factory.mktemp("fields") / "idx")


@pytest.mark.parametrize(
    ("question", "fields"),
    [
        ("Wer ist für das kommunale Energiemanagement zuständig?", ("lead",)),
        ("Bis wann soll das Familienbüro eingerichtet sein?", ("time_frame",)),
        ("Mit welchen Partnern arbeitet das Welcome Center zusammen?", ("partners",)),
        ("Welche Priorität hat Maßnahme D3?", ("priority",)),
        ("Wer erstellt das Radverkehrskonzept, bis wann und was kostet es?", ("lead", "time_frame", "cost")),
        ("Welche Förderprogramme kommen für das Radverkehrskonzept in Frage?", ("funding",)),
        ("Was ist ein Radverkehrskonzept?", ()),
    ],
)
def test_the_fields_a_question_asks_for(question: str, fields: tuple[str, ...]) -> None:
    assert asked_fields(question, question_intent(question).kinds) == fields


def _measure(nr: str) -> dict[str, str]:
    return next(m for m in truth("handlungskonzept-2030")["measures"] if m["nr"] == nr)


@pytest.mark.parametrize(
    ("question", "nr", "label", "key"),
    [
        ("Wer ist für das kommunale Energiemanagement zuständig?", "K1", "Federführung", "federfuehrung"),
        # K3's funding field continues on the next page, under the heading of K4 and without its label.
        (
            "Welche Förderprogramme kommen für das Radverkehrskonzept in Frage?",
            "K3",
            "Fördermöglichkeiten",
            "foerdermoeglichkeiten",
        ),
        (
            "Mit welchen Partnern arbeitet das Welcome Center für internationale Fachkräfte zusammen?",
            "A2",
            "Partner",
            "partner",
        ),
        ("Welche Priorität hat die Digitale Kreisverwaltung (Maßnahme D3)?", "D3", "Priorität", "prioritaet"),
    ],
)
def test_the_sheet_s_field_comes_first_with_its_page(
    assistant: Assistant, question: str, nr: str, label: str, key: str
) -> None:
    measure = _measure(nr)
    answer = assistant.ask(question)
    value = " ".join(str(measure[key]).split())
    assert answer.text.startswith(f"Maßnahme {nr}: {measure['titel']} — {label}: {value} [1]")
    first = answer.citations[0]
    assert first.number == 1 and int(measure["page"]) <= first.page <= int(measure["last_page"])
    chunks = {chunk.id: chunk for chunk in assistant.searcher.stored.chunks}
    assert value[:30] in " ".join(chunks[first.chunk_id].text.split())


def test_several_fields_of_one_sheet_answer_a_question_in_several_parts(assistant: Assistant) -> None:
    measure = _measure("K3")
    # Worded so that the test embedder's plain word matching ranks the sheet among the best three passages.
    question = "Wer erstellt das Radverkehrskonzept für den Landkreis, bis wann liegt es vor und was kostet es?"
    answer = assistant.ask(question)
    for label, key in (("Federführung", "federfuehrung"), ("Zeitraum", "zeitraum"), ("Kosten", "kosten")):
        assert f"{label}: {measure[key]}" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "What funding rate does the DigitalPakt Schule offer?",  # names a programme, not a sheet
        "Wer ist zuständig für die Schulen?",  # "Schulen" is no distinctive word of a sheet's title
    ],
)
def test_no_field_line_unless_the_question_names_the_measure(assistant: Assistant, question: str) -> None:
    assert " — Fördermöglichkeiten: " not in assistant.ask(question).text
    assert " — Federführung: " not in assistant.ask(question).text
