"""Accessibility audit in a real browser: axe-core (bundled by axe-playwright-python, nothing fetched) on every
page and on the chat after an answer, with zero violations of WCAG 2.1 levels A and AA; and the layout at 320 CSS
pixels width (what 400 % zoom of a 1280 pixel window leaves) without horizontal scrolling."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

from tests.browser_env import WCAG_21_AA, kea_server, sample_index, watch_errors

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

pytestmark = [pytest.mark.slow, pytest.mark.browser]

PAGES = (
    "/",
    "/widget",
    "/suche",
    "/suche?q=Radverkehr&art=measure",
    "/massnahmen",
    "/massnahmen?schwerpunkt=Klimaschutz&sortierung=prioritaet&richtung=ab",
    "/foerderung",
    "/foerderung?programm=LEADER&thema=Dorfentwicklung",
    "/barrierefreiheit",
    "/datenschutz",
)
QUESTION = "Wie hoch war die Arbeitslosenquote 2019?"


@pytest.fixture(scope="module")
def server(browser: Browser, request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with kea_server(sample_index(request), tmp_path_factory.mktemp("a11y"), frame_origin="") as base:
        yield base


def _page(browser: Browser, server: str, width: int = 1280, scale: float = 1) -> Page:
    context = browser.new_context(
        base_url=server,
        viewport={"width": width, "height": 800},
        device_scale_factor=scale,
        locale="de-DE",
    )
    return context.new_page()


def _violations(page: Page) -> list[str]:
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page, options=WCAG_21_AA)
    return [f"{v['id']}: {[node['target'] for node in v['nodes']]}" for v in results.response["violations"]]


@pytest.mark.parametrize("path", PAGES)
def test_every_page_passes_axe_at_wcag_21_aa(browser: Browser, server: str, path: str) -> None:
    page = _page(browser, server)
    errors = watch_errors(page)
    page.goto(path)
    assert page.locator("h1").count() == 1
    assert _violations(page) == []
    assert errors == []
    page.context.close()


def _ask(page: Page, question: str) -> None:
    from playwright.sync_api import expect

    page.fill("#frage", question)
    page.click("#chat-form button[type=submit]")
    expect(page.locator("#verlauf > li.turn .js-feedback").last).to_be_visible()


def test_chat_after_answers_passes_axe(browser: Browser, server: str) -> None:
    from playwright.sync_api import expect

    page = _page(browser, server)
    page.goto("/")
    _ask(page, QUESTION)
    _ask(page, "Und 2020?")
    page.locator("#verlauf > li.turn").first.get_by_role("button", name="Ja").click()
    expect(page.locator("#verlauf .js-feedback-status").first).to_have_text("Danke für Ihre Rückmeldung.")
    page.click("#chat-form button[type=submit]")  # empty: the error message at the field
    expect(page.locator("#frage-fehler")).to_be_visible()
    assert _violations(page) == []
    page.context.close()


def test_no_js_answer_page_and_error_page_pass_axe(browser: Browser, server: str) -> None:
    # axe itself needs JavaScript: the chat's script is blocked instead, so the form posts as without JavaScript.
    page = _page(browser, server)
    page.route("**/static/chat.js", lambda route: route.abort())
    page.goto("/")
    page.fill("#frage", QUESTION)
    page.click("#chat-form button[type=submit]")
    assert page.locator("#neueste .js-source-list li").count() >= 1
    assert _violations(page) == []
    page.click("#chat-form button[type=submit]")  # empty question
    assert page.locator(".error-summary").is_visible()
    assert _violations(page) == []
    page.context.close()


@pytest.mark.parametrize("path", [*PAGES, "chat-answered"])
def test_layout_holds_at_320_pixels_and_400_percent(browser: Browser, server: str, path: str) -> None:
    page = _page(browser, server, width=320, scale=4)  # a 1280 pixel wide window zoomed to 400 %
    if path == "chat-answered":
        page.goto("/")
        _ask(page, QUESTION)
    else:
        page.goto(path)
    scroll, client = page.evaluate("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    assert scroll <= client == 320, (path, scroll)
    assert page.locator("main").bounding_box()["width"] <= 320  # type: ignore[index]
    if path == "chat-answered":
        assert _violations(page) == []  # reflowed, nothing overlaps or loses contrast
        button = page.locator("#chat-form button[type=submit]").bounding_box()
        assert button is not None and button["x"] + button["width"] <= 320
    page.context.close()


def test_statement_names_a_contact_for_barriers(browser: Browser, server: str) -> None:
    page = _page(browser, server)
    page.goto("/barrierefreiheit")
    assert page.get_by_role("link", name="barrierefreiheit@example.org").get_attribute("href") == (
        "mailto:barrierefreiheit@example.org"
    )
    page.goto("/")
    footer = page.get_by_role("navigation", name="Rechtliches")
    assert footer.get_by_role("link", name="Erklärung zur Barrierefreiheit").is_visible()
    assert footer.get_by_role("link", name="Datenschutz").is_visible()
    page.context.close()
