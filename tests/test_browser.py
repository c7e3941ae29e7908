"""The web pages in a real browser (Debian's chromium through Playwright) against a real `kea serve` on 127.0.0.1
over the sample corpus index built with the real embedding model.

With KEA_SCREENSHOTS=docs the tests also write the README's screenshots (docs/chat.png, docs/massnahmen.png).
"""

from __future__ import annotations

import csv
import io
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from assistant import messages
from tests.browser_env import CountySite, kea_server, sample_index, watch_errors
from tests.sample import ingested, truth

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

pytestmark = [pytest.mark.slow, pytest.mark.browser]

QUESTION = "Wer ist für das Radverkehrskonzept zuständig?"
FOLLOW_UP = "Und wann soll es fertig sein?"
_LINK = re.compile(r"http://127\.0\.0\.1:\d+/documents/([\w-]+)\.pdf#page=(\d+)")


@pytest.fixture(scope="module")
def county(browser: Browser) -> Iterator[CountySite]:
    with CountySite() as site:
        yield site


@pytest.fixture(scope="module")
def server(
    county: CountySite, request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    with kea_server(sample_index(request), tmp_path_factory.mktemp("browser"), county.origin) as base:
        county.service = base
        yield base


@pytest.fixture
def page(browser: Browser, server: str) -> Iterator[Page]:
    context = browser.new_context(base_url=server, viewport={"width": 1100, "height": 900}, locale="de-DE")
    page = context.new_page()
    errors = watch_errors(page)
    yield page
    context.close()
    assert errors == []  # no script error, no resource or script blocked by the Content-Security-Policy


def _ask(page: Page, question: str) -> Any:
    """Type `question`, send it, wait for the complete answer; returns the /api/ask response."""
    from playwright.sync_api import expect

    turns = page.locator("#verlauf > li.turn")
    before = turns.count()
    page.fill("#frage", question)
    with page.expect_response(lambda r: r.url.endswith("/api/ask")) as response:
        page.click("#chat-form button[type=submit]")
    expect(turns).to_have_count(before + 1)
    expect(turns.last.locator(".js-feedback")).to_be_visible()  # shown once the final answer is in
    return response.value


# Records what the live region says and how the newest answer changes (busy, text length, citation links).
_RECORDER = """() => {
    window.said = []; window.seen = [];
    const live = document.getElementById('ansage');
    new MutationObserver(() => { if (live.textContent) window.said.push(live.textContent); })
        .observe(live, {childList: true, characterData: true, subtree: true});
    new MutationObserver(() => {
        const answer = [...document.querySelectorAll('#verlauf .js-answer')].pop();
        if (answer) window.seen.push([answer.getAttribute('aria-busy') === 'true', answer.textContent.length,
                                      answer.querySelectorAll('a.cite').length]);
    }).observe(document.getElementById('verlauf'), {childList: true, characterData: true, subtree: true,
                                                    attributes: true});
}"""


def _screenshot(page: Page, name: str, full_page: bool = True) -> None:
    target = os.environ.get("KEA_SCREENSHOTS")
    if target:
        page.screenshot(path=str(Path(target) / name), full_page=full_page)


def test_streamed_answer_with_working_citation_links(page: Page) -> None:
    from playwright.sync_api import expect

    page.goto("/")
    page.evaluate(_RECORDER)
    # A slow line, so the events of the (quick, extractive) answer arrive in pieces as they would from an LLM.
    network = page.context.new_cdp_session(page)
    network.send("Network.enable")
    network.send(
        "Network.emulateNetworkConditions",
        {"offline": False, "latency": 50, "downloadThroughput": 1500, "uploadThroughput": -1},
    )
    response = _ask(page, QUESTION)
    network.send(
        "Network.emulateNetworkConditions",
        {"offline": False, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1},
    )
    assert response.request.headers["accept"] == "text/event-stream"
    assert response.headers["content-type"].startswith("text/event-stream")
    # While streaming, the text grew in the answer marked busy; then the final answer replaced it, with links.
    seen = page.evaluate("() => window.seen")
    assert any(busy and length > 0 and cites == 0 for busy, length, cites in seen), seen
    assert not seen[-1][0] and seen[-1][2] > 0, seen
    turn = page.locator("#verlauf > li.turn").last
    expect(turn.locator(".question")).to_have_text(f"Frage: {QUESTION}")
    answer = turn.locator(".answer-text").inner_text()
    assert answer.startswith("Antwort: ") and "Radverkehr" in answer
    expect(turn.locator(".js-answer")).not_to_have_attribute("aria-busy", "true")
    # The live region speaks the finished answer once; the growing text itself is in no live region.
    expect(page.locator("#ansage")).to_have_text(re.compile(r"^Antwort: .*Radverkehr"))
    said = page.evaluate("() => window.said")  # every text the live region held
    assert len(said) == 1 and "[1]" not in said[0]
    assert turn.locator(".js-answer").evaluate("e => e.closest('[aria-live]')") is None
    pages = {(p.document_id, p.number): p.text for doc in ingested().documents for p in doc.pages}
    sources = turn.locator("li.source")
    assert sources.count() >= 1
    for n in range(sources.count()):
        link = sources.nth(n).locator("a").get_attribute("href") or ""
        match = _LINK.fullmatch(link)
        assert match, link
        pdf = page.request.get(link.split("#")[0])
        assert pdf.status == 200 and pdf.body().startswith(b"%PDF")
        quote = sources.nth(n).locator("blockquote").inner_text().strip("„“")
        assert all(w in pages[(match.group(1), int(match.group(2)))] for w in re.findall(r"\w{5,}", quote))
    _screenshot(page, "chat.png")
    turn.locator("a.cite").first.click()  # [1] in the text jumps to its source
    assert re.search(r"#runde-1-quelle-\d+$", page.url)
    with page.expect_popup() as popup:
        sources.first.locator("a").click()
    assert popup.value.url.split("#")[0].endswith(".pdf") or popup.value.url == "about:blank"


def test_follow_up_keeps_the_conversation(page: Page) -> None:
    page.goto("/")
    _ask(page, QUESTION)
    response = _ask(page, FOLLOW_UP)
    sent = response.request.post_data_json
    assert sent["question"] == FOLLOW_UP
    assert [turn["question"] for turn in sent["history"]] == [QUESTION]
    second = page.locator("#verlauf > li.turn").nth(1)
    assert "Radverkehr" in second.locator(".answer-text").inner_text()
    assert second.locator("li.source").count() >= 1
    page.get_by_role("link", name="Neues Gespräch beginnen").click()
    assert page.locator("#verlauf > li.turn").count() == 0


def test_einfache_sprache_switch(page: Page) -> None:
    from playwright.sync_api import expect

    page.goto("/")
    page.check("#einfach")
    response = _ask(page, QUESTION)
    assert response.request.post_data_json["mode"] == "einfach"
    notice = page.locator("#verlauf > li.turn").last.locator(".js-notice")
    expect(notice).to_be_visible()
    expect(notice).to_have_text(messages.SIMPLE_NEEDS_LLM)  # no LLM behind this server: it says so


def test_feedback_thumbs_reach_the_server(page: Page, server: str) -> None:
    from playwright.sync_api import expect

    page.goto("/")
    _ask(page, QUESTION)
    turn = page.locator("#verlauf > li.turn").last
    with page.expect_response(lambda r: r.url.endswith("/api/feedback")) as response:
        turn.get_by_role("button", name="Nein").click()
    sent: dict[str, Any] = response.value.request.post_data_json or {}
    assert response.value.status == 201 and sent["helpful"] is False
    expect(turn.locator(".js-feedback-status")).to_have_text("Danke für Ihre Rückmeldung.")
    expect(turn.get_by_role("button", name="Nein")).to_have_attribute("aria-pressed", "true")


def test_chat_works_without_javascript(browser: Browser, server: str) -> None:
    from playwright.sync_api import expect

    context = browser.new_context(base_url=server, java_script_enabled=False, locale="de-DE")
    page = context.new_page()
    page.goto("/")
    page.fill("#frage", QUESTION)
    page.click("#chat-form button[type=submit]")
    expect(page).to_have_url(re.compile(r"/frage#neueste$"))
    turn = page.locator("#verlauf > li.turn").last
    expect(turn.locator(".answer-text")).to_contain_text("Radverkehr")
    assert _LINK.fullmatch(turn.locator("li.source a").first.get_attribute("href") or "")
    page.fill("#frage", FOLLOW_UP)
    page.click("#chat-form button[type=submit]")
    expect(page.locator("#verlauf > li.turn")).to_have_count(2)
    expect(page.locator("#verlauf > li.turn").last.locator(".answer-text")).to_contain_text("Radverkehr")
    page.locator("#verlauf > li.turn").last.get_by_role("button", name="Ja").click()
    expect(page.locator(".status-message")).to_have_text("Danke für Ihre Rückmeldung.")
    expect(page.locator("#verlauf > li.turn")).to_have_count(2)
    context.close()


def _table_numbers(page: Page) -> list[str]:
    return [cell.strip() for cell in page.locator("table.measures tbody tr td:first-child").all_inner_texts()]


def test_measure_table_filter_sort_and_csv_download(page: Page) -> None:
    from playwright.sync_api import expect

    measures: list[dict[str, Any]] = truth("handlungskonzept-2030")["measures"]
    page.goto("/massnahmen")
    assert len(_table_numbers(page)) == len(measures)
    _screenshot(page, "massnahmen.png", full_page=False)
    page.select_option("#f-schwerpunkt", "Digitalisierung")
    page.get_by_role("button", name="Filtern").click()
    expected = sorted(m["nr"] for m in measures if m["handlungsschwerpunkt"] == "Digitalisierung")
    expect(page.locator("#anzahl")).to_have_text(f"{len(expected)} von {len(measures)} Maßnahmen")
    assert sorted(_table_numbers(page)) == expected
    page.get_by_role("link", name="Nr. sortieren").click()
    page.get_by_role("link", name="Nr. sortieren").click()  # again: descending
    expect(page.locator("th[aria-sort]")).to_have_attribute("aria-sort", "descending")
    shown = _table_numbers(page)
    assert shown == sorted(expected, key=lambda nr: int(re.sub(r"\D", "", nr)), reverse=True)
    with page.expect_download() as download:
        page.get_by_role("link", name=re.compile("CSV herunterladen")).click()
    text = Path(download.value.path()).read_bytes().decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff")), delimiter=";"))
    assert [row["Nr."] for row in rows] == shown


def test_widget_embedded_with_one_script_tag(page: Page, county: CountySite) -> None:
    from playwright.sync_api import expect

    page.goto(county.origin)  # another origin than the service's: the frame is allowed by KEA_CORS_ORIGINS
    frame_element = page.locator("iframe.kea-widget")
    expect(frame_element).to_have_attribute("title", re.compile("KI-Assistent"))
    frame = page.frame_locator("iframe.kea-widget")
    frame.locator("#frage").fill(QUESTION)
    frame.locator("#chat-form button[type=submit]").click()
    expect(frame.locator("#verlauf .answer-text")).to_contain_text("Radverkehr")
    expect(frame.locator("#verlauf li.source a").first).to_have_attribute("target", "_blank")


def test_everything_by_keyboard_only(page: Page) -> None:
    from playwright.sync_api import expect

    measures: list[dict[str, Any]] = truth("handlungskonzept-2030")["measures"]
    page.goto("/")
    page.keyboard.press("Tab")
    assert _focused(page)["cls"] == "skip-link" and _focused(page)["top"] >= 0  # shown when focused
    page.keyboard.press("Enter")
    assert _focused(page)["id"] == "inhalt"
    _tab_to(page, lambda f: f["id"] == "frage")
    page.keyboard.type(QUESTION)
    _tab_to(page, lambda f: f["id"] == "einfach")
    _tab_to(page, lambda f: f["text"] == "Frage senden")
    page.keyboard.press("Enter")
    turn = page.locator("#verlauf > li.turn").last
    expect(turn.locator(".js-feedback")).to_be_visible()
    _tab_to(page, lambda f: f["text"] == "Ja", backwards=True)
    page.keyboard.press("Enter")
    expect(turn.locator(".js-feedback-status")).to_have_text("Danke für Ihre Rückmeldung.")
    _tab_to(page, lambda f: f["tag"] == "A" and f["text"] == "Maßnahmen", backwards=True)
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/massnahmen$"))
    _tab_to(page, lambda f: f["id"] == "f-schwerpunkt")
    page.keyboard.type("Klima")  # a focused select jumps to the option typed
    _tab_to(page, lambda f: f["text"] == "Filtern")
    page.keyboard.press("Enter")
    expected = sorted(m["nr"] for m in measures if m["handlungsschwerpunkt"] == "Klimaschutz")
    expect(page.locator("#anzahl")).to_have_text(f"{len(expected)} von {len(measures)} Maßnahmen")
    assert sorted(_table_numbers(page)) == expected
    _tab_to(page, lambda f: "CSV herunterladen" in f["text"])
    with page.expect_download() as download:
        page.keyboard.press("Enter")
    assert download.value.suggested_filename == "massnahmen.csv"


_FOCUSED = """() => {
    const e = document.activeElement; const s = getComputedStyle(e); const r = e.getBoundingClientRect();
    return {tag: e.tagName, id: e.id, cls: e.className, text: (e.innerText || '').trim(),
            outline: s.outlineStyle, width: parseFloat(s.outlineWidth), top: r.top}; }"""


def _focused(page: Page) -> dict[str, Any]:
    focused: dict[str, Any] = page.evaluate(_FOCUSED)
    return focused


def _tab_to(page: Page, wanted: Any, backwards: bool = False, limit: int = 80) -> None:
    """Tab until `wanted(focused)`; every element on the way must show its focus."""
    for _ in range(limit):
        page.keyboard.press("Shift+Tab" if backwards else "Tab")
        focused = _focused(page)
        assert focused["outline"] != "none" and focused["width"] >= 2, focused
        if wanted(focused):
            return
    raise AssertionError("not reached by keyboard")
