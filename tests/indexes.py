"""Comparing two loaded indexes: the same documents, chunks, catalogue and every kind of vector."""

from __future__ import annotations

import numpy as np

from index.store import StoredIndex, vector_matrix


def assert_same_index(left: StoredIndex, right: StoredIndex) -> None:
    assert left.documents == right.documents and left.pages == right.pages and left.chunks == right.chunks
    assert left.measures == right.measures and left.funding == right.funding
    assert left.manifest.sources == right.manifest.sources
    np.testing.assert_array_equal(vector_matrix(left.vectors), vector_matrix(right.vectors))
    assert left.sentences is not None and right.sentences is not None
    assert left.sentences.offsets == right.sentences.offsets
    np.testing.assert_array_equal(left.sentences.matrix, right.sentences.matrix)
    assert left.sparse is not None and right.sparse is not None
    assert left.sparse.dimension == right.sparse.dimension
    for name in ("indptr", "indices", "values"):
        np.testing.assert_array_equal(getattr(left.sparse, name), getattr(right.sparse, name))
