"""POST /api/feedback: stored as JSON lines without personal data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from service.feedback import scrub
from tests.api_app import make_api


def test_feedback_on_an_answer_is_stored_without_personal_data(tmp_path: Path) -> None:
    api = make_api(tmp_path)
    answer = api.client.post("/api/ask", json={"question": "Wer ist für das Radverkehrskonzept zuständig?"}).json()
    comment = "Gute Antwort! Rückfragen gern an anna.muster@example.org oder 06571 14-2345."
    response = api.client.post(
        "/api/feedback",
        json={"answer_id": answer["answer_id"], "helpful": True, "comment": comment},
        headers={"User-Agent": "Mozilla/5.0 Testbrowser", "X-Forwarded-For": "203.0.113.7"},
    )
    assert response.status_code == 201 and response.json() == {"stored": True}
    lines = (tmp_path / "feedback.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1
    stored = json.loads(lines[0])
    assert set(stored) == {"answer_id", "helpful", "comment", "day"}
    assert stored["answer_id"] == answer["answer_id"] and stored["helpful"] is True
    assert stored["comment"] == "Gute Antwort! Rückfragen gern an [entfernt] oder [entfernt]."
    for personal in ("anna.muster", "14-2345", "Mozilla", "203.0.113.7", "testclient", "Radverkehrskonzept"):
        assert personal not in lines[0]
    api.client.post("/api/feedback", json={"answer_id": answer["answer_id"], "helpful": False})
    assert [f.helpful for f in api.feedback.read()] == [True, False]
    assert api.feedback.read()[1].comment == ""


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"answer_id": "abc", "helpful": True}, "answer_id"),
        ({"answer_id": "a" * 32}, "helpful"),
        ({"answer_id": "a" * 32, "helpful": "vielleicht"}, "helpful"),
        ({"answer_id": "a" * 32, "helpful": True, "comment": "x" * 2001}, "comment"),
        ({"answer_id": "a" * 32, "helpful": True, "email": "a@b.de"}, "email"),
    ],
)
def test_invalid_feedback_is_a_422(tmp_path: Path, body: dict[str, object], field: str) -> None:
    api = make_api(tmp_path)
    response = api.client.post("/api/feedback", json=body)
    assert response.status_code == 422
    assert field in response.json()["message"]
    assert not (tmp_path / "feedback.jsonl").exists()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mail: max.mustermann@kreis.example.de bitte", "Mail: [entfernt] bitte"),
        ("Tel. +49 6571 14-0 oder (06571) 1234567", "Tel. [entfernt] oder [entfernt]"),
        ("IBAN DE89 3704 0044 0532 0130 00 für die Spende", "IBAN [entfernt] für die Spende"),
        # Figures of the documents are no phone numbers.
        ("2019 lebten 112.665 Menschen hier, 3,4 % arbeitslos", "2019 lebten 112.665 Menschen hier, 3,4 % arbeitslos"),
        ("Maßnahme K3   von 2024\nbis 2030", "Maßnahme K3 von 2024 bis 2030"),
    ],
)
def test_scrub_removes_contact_data_and_keeps_figures(text: str, expected: str) -> None:
    assert scrub(text) == expected
