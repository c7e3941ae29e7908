"""POST/GET /api/admin/reindex: the admin key, a real re-ingest in the background and the atomic swap."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from assistant.assistant import Assistant
from service.reindex import rebuild_from_corpus
from tests.api_app import LENIENT, PAGES, Api, make_api, settings_for
from tests.pdfs import text_pdf

KEY = "ein-langer-geheimer-schluessel"
ADMIN = {"X-API-Key": KEY}
NEW_PAGE = ["# 4 Energie", "Die Windkraft im Hunsrück deckt mehr als den Strombedarf des Kreises."]


def _real_rebuild(folder: Path) -> Assistant:
    """The production rebuild (ingest, embed, publish, load), with the lenient evidence of the small test index."""
    fresh = rebuild_from_corpus(settings_for(folder), folder, folder / "idx")
    return Assistant(fresh.searcher, LENIENT)


@pytest.mark.parametrize(
    ("key", "headers", "status", "code"),
    [
        ("", ADMIN, 403, "admin_disabled"),
        (KEY, {}, 401, "unauthorized"),
        (KEY, {"X-API-Key": "falsch"}, 401, "unauthorized"),
        (KEY, {"X-API-Key": KEY[:-1]}, 401, "unauthorized"),
    ],
)
def test_admin_needs_the_configured_key(
    tmp_path: Path, key: str, headers: dict[str, str], status: int, code: str
) -> None:
    api = make_api(tmp_path, rebuild=lambda: _real_rebuild(tmp_path), admin_api_key=key)
    for response in (
        api.client.post("/api/admin/reindex", headers=headers),
        api.client.get("/api/admin/reindex", headers=headers),
    ):
        assert response.status_code == status
        error = response.json()
        assert error["error"] == code
        assert ("X-API-Key" if key else "KEA_ADMIN_API_KEY") in error["message"]
    assert api.live.status().state == "idle"  # nothing was started
    assert api.client.get("/api/admin/reindex", headers=ADMIN).status_code == (200 if key else 403)


def test_reindex_swaps_the_index_while_the_old_one_keeps_serving(tmp_path: Path) -> None:
    started, proceed = threading.Event(), threading.Event()

    def rebuild() -> Assistant:
        started.set()
        proceed.wait(10)
        return _real_rebuild(tmp_path)

    api = make_api(tmp_path, rebuild=rebuild, admin_api_key=KEY)
    old_build = api.client.get("/api/health").json()["index"]["build"]
    text_pdf(tmp_path / "konzept.pdf", [*PAGES, NEW_PAGE])  # the operator drops in a new version

    response = api.client.post("/api/admin/reindex", headers=ADMIN)
    assert response.status_code == 202 and response.json()["state"] == "running"
    assert started.wait(10)
    # Meanwhile the old index answers, in full.
    during = api.client.post("/api/ask", json={"question": "Wer ist für das Radverkehrskonzept zuständig?"})
    assert during.status_code == 200 and "Klimaschutzmanagement" in during.json()["answer"]
    assert api.client.get("/api/health").json()["reindex"] == "running"
    assert api.client.post("/api/admin/reindex", headers=ADMIN).status_code == 409

    proceed.set()
    status = api.live.wait(30)
    assert status.state == "succeeded", status.message
    body = api.client.get("/api/admin/reindex", headers=ADMIN).json()
    assert body["state"] == "succeeded" and body["finished_at"] and body["build"] != old_build
    health = api.client.get("/api/health").json()
    assert health["index"]["build"] == body["build"] and health["index"]["pages"] == 4
    hit = api.client.post("/api/search", json={"query": "Windkraft im Hunsrück", "k": 1}).json()["hits"][0]
    assert hit["page"] == 4 and "Windkraft" in hit["snippet"]
    # The links now lead to the new PDF, which matches the new index.
    assert api.client.get("/documents/konzept.pdf").content == (tmp_path / "konzept.pdf").read_bytes()


def test_a_failed_reindex_leaves_the_old_index_in_service(tmp_path: Path) -> None:
    empty = tmp_path / "leer"
    empty.mkdir()
    settings = settings_for(tmp_path)
    api = make_api(tmp_path, rebuild=lambda: rebuild_from_corpus(settings, empty, tmp_path / "idx"), admin_api_key=KEY)
    old = api.client.get("/api/health").json()["index"]
    assert api.client.post("/api/admin/reindex", headers=ADMIN).status_code == 202
    status = api.live.wait(30)
    assert status.state == "failed"
    body = api.client.get("/api/admin/reindex", headers=ADMIN).json()
    assert body["state"] == "failed" and "bisherige Index bleibt" in body["message"]
    assert api.client.get("/api/health").json()["index"] == old
    assert api.client.post("/api/search", json={"query": "Pflegestützpunkte"}).json()["hits"]


def test_reindex_without_a_rebuild_is_refused(tmp_path: Path) -> None:
    api: Api = make_api(tmp_path, admin_api_key=KEY)
    response = api.client.post("/api/admin/reindex", headers=ADMIN)
    assert response.status_code == 403 and "nicht eingerichtet" in response.json()["message"]
