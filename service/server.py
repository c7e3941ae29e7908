"""`kea serve`: the real objects, the app, and uvicorn in front of it."""

from __future__ import annotations

import logging
from functools import partial
from pathlib import Path

import uvicorn
from fastapi import FastAPI

from service.app import create_app
from service.compose import build_assistant, build_feedback, open_searcher
from service.reindex import rebuild_from_corpus
from service.replica import follow_published_versions
from service.settings import Settings

log = logging.getLogger(__name__)


def build_app(settings: Settings, index_dir: Path, pdf_dir: Path) -> FastAPI:
    """The app over the published index in `index_dir`, warmed up, with a reindex that re-reads `pdf_dir`."""
    assistant = build_assistant(settings, open_searcher(settings, index_dir))
    assistant.searcher.search("Aufwärmen", k=1)  # loads the embedding model now, not on the first citizen's question
    rebuild = partial(rebuild_from_corpus, settings, pdf_dir, index_dir)
    app = create_app(assistant, settings, rebuild=rebuild, pdf_dir=pdf_dir, feedback=build_feedback(settings))
    if settings.store == "postgres":  # replicas share the database: follow what any of them publishes
        follow_published_versions(app.state.services.live, settings)
    return app


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
