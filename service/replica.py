"""Replicas follow the published index version: each one polls the store and swaps in a newer version.

Every `kea serve` with KEA_STORE=postgres runs one `VersionWatcher`. Every `interval_s` seconds it asks the
store for the published version's name (one small query); when that differs from the version in service, it
loads the new version, builds its searcher (FAISS, BM25) and assistant beside the old one, warms it up and
swaps it in through `Live`, so requests in flight finish on the old one and serving never stops. A failure
(database away, version pruned meanwhile) is logged and tried again at the next poll; the old version serves on.
While this replica runs its own reindex, the watcher waits: that reindex swaps in what it publishes.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from assistant.assistant import Assistant
from index.errors import EmbedderError, StoreError
from index.search import Searcher
from service.compose import build_assistant, build_reranker, open_database, retrieval_settings
from service.reindex import Live
from service.settings import Settings

log = logging.getLogger(__name__)


class VersionWatcher:
    def __init__(
        self,
        live: Live,
        current: Callable[[], str | None],
        load: Callable[[], Assistant],
        interval_s: float,
    ) -> None:
        self._live = live
        self._current = current
        self._load = load
        self._interval = interval_s
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="kea-version-watcher", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=self._interval + 5)

    def check(self) -> bool:
        """One poll; True when a new version was swapped in."""
        if self._live.status().state == "running":
            return False
        serving = self._live.current.searcher.stored.path.name
        published = self._current()
        if published is None or published == serving:
            return False
        fresh = self._load()
        fresh.searcher.search("Aufwärmen", k=1)  # the first real question must not pay for the warm-up
        loaded = fresh.searcher.stored.path.name
        self._live.adopt(fresh)
        log.info("version_adopted previous=%s build=%s", serving, loaded)
        return True

    def _run(self) -> None:
        while not self._stop.wait(self._interval):
            try:
                self.check()
            except (StoreError, EmbedderError, OSError) as exc:
                log.warning("version_check_failed error=%s", type(exc).__name__)
            except Exception:  # the thread must outlive any one bad poll
                log.exception("version_check_failed")


def follow_published_versions(live: Live, settings: Settings) -> VersionWatcher:
    """Start the watcher of a replica on PostgreSQL; new versions are served with the model already loaded."""
    store = open_database(settings)
    embedder = live.current.searcher.embedder  # the query cache stays valid: it depends on the model only

    def load() -> Assistant:
        searcher = Searcher(
            store.load(expected_model=embedder.model_id),
            embedder,
            retrieval_settings(settings),
            reranker=build_reranker(settings),
        )
        return build_assistant(settings, searcher)

    watcher = VersionWatcher(live, store.current, load, settings.replica_poll_s)
    watcher.start()
    return watcher
