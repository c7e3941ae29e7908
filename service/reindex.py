"""Re-ingest in the background and swap the assistant atomically; requests keep being served meanwhile.

A request takes `Live.current` once and works with that assistant to its end, so a swap in the middle of a
request never mixes two indexes. The old index stays in service until the new one is built, loaded and warmed
up; a failed rebuild leaves it in service and reports why.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from assistant.assistant import Assistant
from index.embedders import ModelEmbeddings
from index.errors import EmbedderError, StoreError
from ingest.document import load_manifest
from ingest.errors import ManifestError
from ingest.pipeline import find_pdfs
from service.compose import build_assistant, build_embedder, build_ocr, corpus_manifest, open_searcher, open_store
from service.indexing import ingest_corpus
from service.settings import Settings

log = logging.getLogger(__name__)

State = Literal["idle", "running", "succeeded", "failed"]


class ReindexError(Exception):
    """The rebuild could not produce an index; the message is for the operator (German)."""


@dataclass(frozen=True)
class ReindexStatus:
    state: State = "idle"
    started_at: str = ""
    finished_at: str = ""
    message: str = ""
    build: str = ""  # the published build now in service


class Live:
    """The assistant in service, and the one background rebuild that may replace it."""

    def __init__(self, assistant: Assistant, rebuild: Callable[[], Assistant] | None = None) -> None:
        self._current = assistant
        self._rebuild = rebuild
        self._lock = threading.Lock()
        self._status = ReindexStatus(build=assistant.searcher.stored.path.name)
        self._thread: threading.Thread | None = None

    @property
    def current(self) -> Assistant:
        return self._current

    @property
    def can_rebuild(self) -> bool:
        return self._rebuild is not None

    def status(self) -> ReindexStatus:
        return self._status

    def adopt(self, assistant: Assistant) -> None:
        """Serve `assistant` from now on: a version another replica published (service/replica.py)."""
        self._current = assistant
        with self._lock:
            self._status = replace(self._status, build=assistant.searcher.stored.path.name)

    def start(self) -> bool:
        """Start a rebuild; False when one is already running."""
        with self._lock:
            if self._rebuild is None or self._status.state == "running":
                return False
            self._status = ReindexStatus("running", started_at=_now(), build=self._status.build)
            self._thread = threading.Thread(target=self._run, args=(self._rebuild,), name="kea-reindex", daemon=True)
            self._thread.start()
        return True

    def wait(self, timeout: float | None = None) -> ReindexStatus:
        thread = self._thread
        if thread is not None:
            thread.join(timeout)
        return self._status

    def _run(self, rebuild: Callable[[], Assistant]) -> None:
        try:
            fresh = rebuild()
        except (ReindexError, StoreError, EmbedderError, ManifestError, OSError) as exc:
            log.warning("reindex_failed error=%s", type(exc).__name__)
            self._finish("failed", str(exc) or type(exc).__name__)
            return
        except Exception as exc:  # a thread's exception would otherwise vanish and leave "running" forever
            log.exception("reindex_failed error=%s", type(exc).__name__)
            self._finish("failed", f"Unerwarteter Fehler ({type(exc).__name__}); der bisherige Index bleibt.")
            return
        previous = self._current.searcher.stored.path.name
        self._current = fresh  # one reference assignment: atomic for the readers
        build = fresh.searcher.stored.path.name
        chunks = len(fresh.searcher.stored.chunks)
        log.info("reindex_done build=%s chunks=%d", build, chunks)
        if build == previous:
            self._finish("succeeded", f"Keine Änderung an den Dokumenten: der Index ist aktuell ({chunks} Abschnitte).")
        else:
            self._finish("succeeded", f"Neuer Index in Betrieb: {chunks} Abschnitte.", build)

    def _finish(self, state: State, message: str, build: str | None = None) -> None:
        with self._lock:
            current = self._status
            self._status = replace(
                current, state=state, finished_at=_now(), message=message, build=build or current.build
            )


def rebuild_from_corpus(
    settings: Settings, pdf_dir: Path, index_dir: Path, query_embedder: ModelEmbeddings | None = None
) -> Assistant:
    """Ingest the PDFs of `pdf_dir` (incrementally), publish a new version and return an assistant on it.

    A fresh embedder embeds the passages, so the serving one stays free for questions; the new index is then
    searched with `query_embedder` (the service's pool) or else the fresh one, warmed up before the swap.
    """
    files = find_pdfs(pdf_dir)
    manifest = corpus_manifest(settings, pdf_dir)
    entries = load_manifest(manifest) if manifest.is_file() else ()
    embedder = build_embedder(settings)
    run = ingest_corpus(settings, open_store(settings, index_dir), files, entries, embedder, build_ocr(settings))
    if run.update is None:
        raise ReindexError(f"Kein Dokument aus {pdf_dir} eingelesen; der bisherige Index bleibt in Betrieb.")
    assistant = build_assistant(settings, open_searcher(settings, index_dir, embedder=query_embedder or embedder))
    assistant.searcher.search("Aufwärmen", k=1)
    return assistant


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
