"""The citizens' chat without JavaScript: the form posts, the answer comes back as a page, the conversation and
feedback travel in the form. Over a real index of the sample corpus (small deterministic embedder)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import urlencode

import pytest
from fastapi.testclient import TestClient

from assistant import messages
from assistant.answer import Answer, Turn
from assistant.assistant import Assistant
from service.feedback import JsonlFeedbackStore
from tests.sample import ingested
from tests.web_pages import Element, form_fields, parse, sample_client

QUESTION = "Wer ist für das Radverkehrskonzept zuständig?"
_FORM = {"Content-Type": "application/x-www-form-urlencoded"}


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("web-chat")


@pytest.fixture
def client(folder: Path) -> tuple[TestClient, JsonlFeedbackStore]:
    (folder / "feedback.jsonl").unlink(missing_ok=True)
    return sample_client(folder)


def _ask(client: TestClient, page: Element | None = None, **fields: str) -> tuple[int, Element]:
    """Submit the chat form of `page` (or of a fresh chat page) with `fields` filled in, as a browser would."""
    form = (page or parse(client.get("/").text)).by_id("chat-form")
    data = [(name, value) for name, value in form_fields(form) if name not in fields] + list(fields.items())
    response = client.post(form.attrs["action"].split("#")[0], content=urlencode(data), headers=_FORM)
    return response.status_code, parse(response.text)


def _turns(page: Element) -> list[Element]:
    return [turn for turn in page.by_id("verlauf").all("li") if turn.has_class("turn")]


def test_chat_page_tells_users_they_talk_to_an_ai_and_labels_every_control(
    client: tuple[TestClient, JsonlFeedbackStore],
) -> None:
    response = client[0].get("/")
    assert response.status_code == 200
    page = parse(response.text)
    assert page.one("html").attrs["lang"] == "de"
    form = page.by_id("chat-form")
    assert "Sie chatten mit einem KI-Assistenten" in form.text
    assert "Antworten können Fehler enthalten, bitte prüfen Sie die Quellen" in form.text
    assert "Bitte keine personenbezogenen Daten eingeben" in form.text
    question = page.by_id("frage")
    described = question.attrs["aria-describedby"].split()
    assert {"ki-hinweis", "frage-hinweis"} <= set(described)  # read out when the field gets focus
    labels = {label.attrs.get("for") for label in page.all("label")}
    controls = [e for e in page.iter() if e.tag in ("input", "textarea", "select") and e.visible()]
    assert controls and all(c.attrs.get("type") == "hidden" or c.attrs.get("id") in labels for c in controls)
    assert page.all("a", class_="skip-link")[0].attrs["href"] == "#inhalt"
    assert page.by_id("inhalt").tag == "main"
    live = page.by_id("ansage")
    assert live.attrs["aria-live"] == "polite" and live.text == ""


def test_pages_load_nothing_from_other_hosts_and_forbid_inline_scripts(
    client: tuple[TestClient, JsonlFeedbackStore],
) -> None:
    for path in ("/", "/widget", "/suche", "/massnahmen", "/foerderung", "/barrierefreiheit", "/datenschutz"):
        response = client[0].get(path)
        assert response.status_code == 200, path
        policy = response.headers["content-security-policy"]
        assert "script-src 'self'" in policy and "unsafe-inline" not in policy, path
        page = parse(response.text)
        sources = [e.attrs.get("src", "") for e in page.all("script")] + [e.attrs["href"] for e in page.all("link")]
        assert sources and all(s.startswith("/static/") for s in sources), (path, sources)
        assert all(e.attrs.get("src") for e in page.all("script")), path  # no inline script
        assert "style=" not in response.text, path  # inline styles would need 'unsafe-inline'
    for asset in ("kea.css", "chat.js", "widget.js", "favicon.svg"):
        body = client[0].get(f"/static/{asset}").text
        assert not re.search(r"url\(\s*['\"]?(?:https?:)?//", body), asset


def test_no_js_form_answers_with_citations_linking_to_the_quoted_pdf_page(
    client: tuple[TestClient, JsonlFeedbackStore],
) -> None:
    status, page = _ask(client[0], frage=QUESTION)
    assert status == 200
    [turn] = _turns(page)
    assert turn.attrs["id"] == "neueste"  # the form's action jumps here
    assert turn.classed("question")[0].text == f"Frage: {QUESTION}"
    answer = turn.classed("answer-text")[0].text
    assert answer.startswith("Antwort: ") and "Radverkehr" in answer
    sources = turn.classed("source")
    assert sources
    pages = {(p.document_id, p.number): p.text for doc in ingested().documents for p in doc.pages}
    for source in sources:
        link = source.one("a").attrs["href"]
        match = re.fullmatch(r"http://testserver/documents/([\w-]+)\.pdf#page=(\d+)", link)
        assert match, link
        quote = source.one("blockquote").text.strip("„“")
        words = re.findall(r"\w{5,}", quote)
        page_text = pages[(match.group(1), int(match.group(2)))]
        assert words and all(word in page_text for word in words), (link, quote)
        assert client[0].get(link.split("#")[0].replace("http://testserver", "")).status_code == 200
    markers = {a.attrs["href"] for a in turn.all("a", class_="cite")}
    assert markers and markers <= {f"#{s.attrs['id']}" for s in sources}  # [n] in the text jumps to its source


def test_follow_up_keeps_the_conversation_in_hidden_fields(
    client: tuple[TestClient, JsonlFeedbackStore], monkeypatch: pytest.MonkeyPatch
) -> None:
    assistant: Assistant = client[0].app.state.services.live.current  # type: ignore[attr-defined]
    asked: list[tuple[str, list[Turn]]] = []
    ask = assistant.ask

    def recording(question: str, history: Sequence[Turn] = (), simple: bool = False) -> Answer:
        asked.append((question, list(history)))
        return ask(question, history, simple)

    monkeypatch.setattr(assistant, "ask", recording)
    _, first = _ask(client[0], frage=QUESTION)
    status, second = _ask(client[0], first, frage="Und wann soll es fertig sein?")
    assert status == 200
    first_answer = dict(form_fields(first.by_id("chat-form")))["v_antwort"]
    assert "Radverkehr" in first_answer
    assert asked[1][0] == "Und wann soll es fertig sein?"
    assert [(t.question, t.answer) for t in asked[1][1]] == [(QUESTION, first_answer)]
    turns = _turns(second)
    assert [t.classed("js-question")[0].text for t in turns] == [QUESTION, "Und wann soll es fertig sein?"]
    assert turns[0].classed("source"), "earlier answers keep their sources"
    carried = [value for name, value in form_fields(second.by_id("chat-form")) if name == "v_frage"]
    assert carried == [QUESTION, "Und wann soll es fertig sein?"]


def test_carried_turns_are_capped_and_forged_sources_dropped(client: tuple[TestClient, JsonlFeedbackStore]) -> None:
    fields = []
    for n in range(6):
        fields += [("v_frage", f"Frage {n}"), ("v_antwort", f"Antwort {n} [1]"), ("v_id", "x" * 32)]
        fields += [("v_quellen", "1:0000000000000000 2:<script>")]
    fields.append(("frage", QUESTION))
    response = client[0].post("/frage", content=urlencode(fields), headers=_FORM)
    turns = _turns(parse(response.text))
    assert [t.classed("js-question")[0].text for t in turns][:3] == ["Frage 3", "Frage 4", "Frage 5"]
    assert len(turns) == 4
    assert not turns[0].classed("source") and not turns[0].all("form")  # unknown chunks, invalid answer id
    assert "<script>" not in response.text


def test_answer_urls_opened_directly_lead_back_to_the_chat(client: tuple[TestClient, JsonlFeedbackStore]) -> None:
    for path in ("/frage", "/rueckmeldung"):
        response = client[0].get(path, follow_redirects=False)
        assert response.status_code == 303 and response.headers["location"] == "/"


def test_example_question_button_asks_it(client: tuple[TestClient, JsonlFeedbackStore]) -> None:
    page = parse(client[0].get("/").text)
    button = page.all("button", class_="example")[0]
    assert button.attrs["form"] == "chat-form" and button.attrs["name"] == "beispiel"
    status, answered = _ask(client[0], page, beispiel=button.attrs["value"])
    assert status == 200
    assert _turns(answered)[0].classed("js-question")[0].text == button.attrs["value"]


def test_einfache_sprache_switch_is_passed_on_and_kept(client: tuple[TestClient, JsonlFeedbackStore]) -> None:
    _, page = _ask(client[0], frage=QUESTION, einfach="1")
    notice = _turns(page)[0].classed("js-notice")[0]
    assert notice.visible() and notice.text == messages.SIMPLE_NEEDS_LLM  # no LLM here: the assistant says so
    assert "checked" in page.by_id("einfach").attrs
    _, plain = _ask(client[0], frage=QUESTION)
    assert not _turns(plain)[0].classed("js-notice")[0].visible()


@pytest.mark.parametrize(
    ("question", "message"), [("   ", "Bitte geben Sie eine Frage ein."), ("x" * 1001, "höchstens 1000 Zeichen")]
)
def test_bad_question_gets_a_german_error_at_the_field(
    client: tuple[TestClient, JsonlFeedbackStore], question: str, message: str
) -> None:
    status, page = _ask(client[0], frage=question)
    assert status == 422
    assert message in page.by_id("frage-fehler").text and page.by_id("frage-fehler").visible()
    field = page.by_id("frage")
    assert field.attrs["aria-invalid"] == "true" and "frage-fehler" in field.attrs["aria-describedby"]
    assert page.by_id("neueste").attrs["role"] == "alert"
    assert "Traceback" not in page.text


def test_feedback_without_javascript_is_stored_and_the_conversation_stays(
    client: tuple[TestClient, JsonlFeedbackStore],
) -> None:
    _, page = _ask(client[0], frage=QUESTION)
    feedback = _turns(page)[0].classed("js-feedback")[0]
    answer_id = feedback.one("input", name="answer_id").attrs["value"]
    data = [*form_fields(feedback), ("hilfreich", "nein")]
    response = client[0].post(feedback.attrs["action"].split("#")[0], content=urlencode(data), headers=_FORM)
    assert response.status_code == 200
    after = parse(response.text)
    assert "Danke für Ihre Rückmeldung" in after.text
    assert _turns(after)[0].classed("js-question")[0].text == QUESTION
    assert [(f.answer_id, f.helpful) for f in client[1].read()] == [(answer_id, False)]
    bad = client[0].post("/rueckmeldung", content=urlencode([("answer_id", "123"), ("hilfreich", "ja")]), headers=_FORM)
    assert bad.status_code == 422 and len(client[1].read()) == 1


def test_widget_is_the_chat_without_site_navigation(client: tuple[TestClient, JsonlFeedbackStore]) -> None:
    page = parse(client[0].get("/widget").text)
    assert not page.all("nav", aria_label="Hauptnavigation")
    assert ("ansicht", "widget") in form_fields(page.by_id("chat-form"))
    legal = page.one("nav", aria_label="Rechtliches").all("a")
    assert all(a.attrs["target"] == "_blank" for a in legal)  # leaves the frame for whole pages
    status, answered = _ask(client[0], page, frage=QUESTION)
    assert status == 200 and not answered.all("nav", aria_label="Hauptnavigation")
    assert ("ansicht", "widget") in form_fields(answered.by_id("chat-form"))


def test_statement_and_privacy_pages_follow_the_settings(tmp_path: Path, folder: Path) -> None:
    (tmp_path / "idx").symlink_to(folder / "idx")
    client, _ = sample_client(tmp_path, web_contact_email="barrierefrei@kreis.example", llm_url="http://llm:8080/v1")
    statement = parse(client.get("/barrierefreiheit").text)
    assert statement.one("h1").text == "Erklärung zur Barrierefreiheit"
    assert statement.one("a", href="mailto:barrierefrei@kreis.example")
    assert "KI-Textgenerator übermittelt" in client.get("/datenschutz").text
    local, _ = sample_client(folder)
    assert "KI-Textgenerator übermittelt" not in local.get("/datenschutz").text


def test_the_form_pages_are_rate_limited_like_the_api(tmp_path: Path, folder: Path) -> None:
    (tmp_path / "idx").symlink_to(folder / "idx")
    client, _ = sample_client(tmp_path, rate_limit_per_minute=1, rate_limit_burst=1)
    assert client.post("/frage", content="frage=Radverkehr", headers=_FORM).status_code == 200
    assert client.post("/frage", content="frage=Radverkehr", headers=_FORM).status_code == 429
    assert client.get("/").status_code == 200  # reading the page costs nothing
