"""What some tests need from the machine (a browser, PostgreSQL, a model server): missing, it skips a local run but
fails under CI, whose `.ci/run` installs and starts all of it, so a broken setup can never pass as skipped tests."""

from __future__ import annotations

import os
from typing import NoReturn

import pytest


def missing(reason: str) -> NoReturn:
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (CI must provide it: .ci/run)")
    pytest.skip(reason)
