"""Optional cross-encoder reranking of the fused candidates (sentence-transformers `CrossEncoder`).

Off by default: no multilingual reranker ships in a package that installs offline, and a model that
must be downloaded would break offline installs. Operators who have one set its name or path.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Any

from index.errors import EmbedderError


class CrossEncoderReranker:
    """Scores (query, passage) pairs with a cross-encoder; loaded on first use."""

    def __init__(self, model: str, max_length: int = 512, device: str = "cpu") -> None:
        self._name = model
        self._max_length = max_length
        self._device = device
        self._model: Any = None
        self._lock = threading.Lock()

    def _load(self) -> Any:
        if self._model is None:
            try:
                from sentence_transformers import CrossEncoder

                self._model = CrossEncoder(self._name, max_length=self._max_length, device=self._device)
            except Exception as exc:  # OSError, ValueError, hub errors: all mean "not usable"
                raise EmbedderError(f"Reranker-Modell {self._name!r} ist nicht ladbar: {exc}") from exc
        return self._model

    def score(self, query: str, passages: Sequence[str]) -> list[float]:
        if not passages:
            return []
        with self._lock:
            scores = self._load().predict([(query, passage) for passage in passages], show_progress_bar=False)
        return [float(score) for score in scores]
