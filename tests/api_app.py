"""A real app over a small real index (one real PDF, FAISS on disk, the hashing embedder), for the API tests."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

from assistant.assistant import Assistant, AssistantSettings
from assistant.evidence import EvidenceSettings
from service.app import create_app
from service.feedback import JsonlFeedbackStore
from service.reindex import Live
from service.settings import Settings
from tests.pdfs import hashing_searcher

PAGES = [
    [
        "# 1 Bevölkerung",
        "Am 31.12.2019 lebten im Landkreis 112.665 Menschen in 107 Ortsgemeinden.",
        "Die Bevölkerung altert, das Durchschnittsalter liegt bei 45,9 Jahren.",
    ],
    [
        "# 2 Radverkehr",
        "Das Radverkehrskonzept wird bis 2024 erstellt und bis 2030 schrittweise umgesetzt.",
        "Federführend ist das Klimaschutzmanagement der Kreisverwaltung.",
    ],
    [
        "# 3 Pflege",
        "Pflegende Angehörige finden Rat bei den Pflegestützpunkten im Kreis.",
        "Die Zahl der Pflegebedürftigen ist zwischen 2015 und 2019 um 35 % gestiegen.",
    ],
]
# The hashing embedder's similarities mean nothing, so only the lexical evidence decides on refusals here.
LENIENT = AssistantSettings(
    evidence=EvidenceSettings(min_similarity=-1.0, min_similarity_english=-1.0, unknown_similarity=2.0)
)


@dataclass
class Api:
    client: TestClient
    assistant: Assistant
    settings: Settings
    folder: Path  # holds konzept.pdf and the index "idx"
    feedback: JsonlFeedbackStore
    live: Live  # the assistant in service and the reindex state


def small_assistant(folder: Path, pages: list[list[str]] | None = None) -> Assistant:
    return Assistant(hashing_searcher(folder, pages or PAGES, title="Konzept 2030"), LENIENT)


def settings_for(folder: Path, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "embedding_backend": "hashing",
        "corpus_dir": folder,
        "index_dir": folder / "idx",
        "feedback_file": folder / "feedback.jsonl",
        "corpus_manifest": folder / "manifest.toml",
        "rate_limit_per_minute": 0,
        **overrides,
    }
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


def make_api(
    folder: Path,
    assistant: Assistant | None = None,
    rebuild: Callable[[], Assistant] | None = None,
    **overrides: Any,
) -> Api:
    assistant = assistant or small_assistant(folder)
    settings = settings_for(folder, **overrides)
    store = JsonlFeedbackStore(settings.feedback_file)
    app = create_app(assistant, settings, rebuild=rebuild, feedback=store, pdf_dir=folder)
    return Api(TestClient(app), assistant, settings, folder, store, app.state.services.live)


def sse_events(text: str) -> list[tuple[str, Any]]:
    """Parse a Server-Sent Events body into (event, decoded JSON data), as a browser's EventSource would."""
    events = []
    for block in text.split("\n\n"):
        name, data = "message", []
        for line in block.splitlines():
            if line.startswith("event:"):
                name = line[len("event:") :].strip()
            elif line.startswith("data:"):
                data.append(line[len("data:") :].strip())
        if data:
            events.append((name, json.loads("\n".join(data))))
    return events
