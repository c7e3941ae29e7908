"""Health, the document list, the PDFs behind the citation links, and the OpenAPI docs."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from service.settings import Settings
from tests.api_app import Api, make_api
from tests.pdfs import text_pdf


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory) -> Api:
    return make_api(tmp_path_factory.mktemp("api-system"))


def test_health_reports_what_the_index_holds(api: Api) -> None:
    body = api.client.get("/api/health").json()
    stored = api.assistant.searcher.stored
    assert body["status"] == "ok"
    assert body["index"] == {
        "loaded": True,
        "build": stored.path.name,
        "documents": 1,
        "pages": 3,
        "chunks": len(stored.chunks),
        "measures": 0,  # a catalogue, empty: the small test PDF has no measure sheets
    }
    assert body["embedding_model"] == "hashing-256"
    assert body["llm"] == {"backend": "extractive", "model": ""}
    assert body["reindex"] == "idle"


def test_documents_list_links_to_the_pdf(api: Api) -> None:
    documents = api.client.get("/api/documents").json()["documents"]
    assert documents == [
        {
            "id": "konzept",
            "title": "Konzept 2030",
            "year": None,
            "kind": "",
            "pages": 3,
            "link": "http://testserver/documents/konzept.pdf",
            "source_url": "",
        }
    ]


def test_pdf_is_served_inline_byte_for_byte(api: Api) -> None:
    response = api.client.get("/documents/konzept.pdf")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/pdf"
    assert response.headers["content-disposition"].startswith("inline")
    assert response.content == (api.folder / "konzept.pdf").read_bytes()
    # PDF viewers fetch pages by range.
    part = api.client.get("/documents/konzept.pdf", headers={"Range": "bytes=0-7"})
    assert part.status_code == 206 and part.content == response.content[:8]


def test_unknown_document_is_a_404_in_german(api: Api) -> None:
    response = api.client.get("/documents/gibt-es-nicht.pdf")
    assert response.status_code == 404
    assert "Kein Dokument" in response.json()["message"]
    assert api.client.get("/documents/..%2F..%2Fetc%2Fpasswd.pdf").status_code == 404


def test_a_pdf_changed_after_ingest_is_not_served(tmp_path: Path) -> None:
    api = make_api(tmp_path)
    changed = tmp_path / "other"
    changed.mkdir()
    text_pdf(changed / "konzept.pdf", [["# Ganz anderer Inhalt", "Die Seiten stimmen nicht mehr."]])
    shutil.copy(changed / "konzept.pdf", tmp_path / "konzept.pdf")
    response = api.client.get("/documents/konzept.pdf")
    assert response.status_code == 404
    assert "nicht im eingelesenen Stand" in response.json()["message"]


def test_openapi_docs_describe_every_endpoint_in_german(api: Api) -> None:
    assert api.client.get("/docs").status_code == 200
    schema = api.client.get("/openapi.json").json()
    paths = schema["paths"]
    for path, method in [
        ("/api/health", "get"),
        ("/api/documents", "get"),
        ("/documents/{document_id}.pdf", "get"),
        ("/api/search", "post"),
        ("/api/ask", "post"),
        ("/api/feedback", "post"),
        ("/api/admin/reindex", "post"),
        ("/api/admin/reindex", "get"),
    ]:
        operation = paths[path][method]
        assert operation["description"], (path, method)
        assert "$ref" in str(operation["responses"]["422" if method == "post" else "500"])
    assert "text/event-stream" in paths["/api/ask"]["post"]["responses"]["200"]["content"]
    assert "HTTPValidationError" not in str(paths)  # FastAPI's default 422 shape is not what we send


def test_every_setting_is_documented() -> None:
    """An operator learns the service's settings from .env.example and the README; none may be secret knowledge."""
    root = Path(__file__).resolve().parent.parent
    documented = (root / ".env.example").read_text(encoding="utf-8") + (root / "README.md").read_text(encoding="utf-8")
    assert [name for name in Settings.model_fields if f"KEA_{name.upper()}" not in documented] == []
