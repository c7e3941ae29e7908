"""Feedback on answers, stored without personal data: the answer's id, helpful or not, a scrubbed comment, the day.

No address, no user agent, no time of day, no question text. E-mail addresses, phone numbers and IBANs that
people type into a comment are replaced before anything is written. The store is a Protocol, so a database
store can replace the JSON-lines file without touching the routes.
"""

from __future__ import annotations

import json
import re
import threading
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

_REMOVED = "[entfernt]"
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){3,7}(?:\s?[A-Z0-9]{1,3})?\b")
# Phone numbers as Germans write them: +49 6571 14-0, 0049 …, 06571/14-0, (06571) 140; not "2019" or "112.665".
_PHONE = re.compile(r"(?<![\w.,])(?:\+|00|\(?0)\d{1,5}\)?(?:[\s/-]*\d){5,}(?![\w,])")


@dataclass(frozen=True)
class Feedback:
    answer_id: str
    helpful: bool
    comment: str
    day: str  # ISO date, no time: enough to see trends, too coarse to link to a visit


class FeedbackStore(Protocol):
    def add(self, feedback: Feedback) -> None: ...


def scrub(comment: str, max_chars: int = 2000) -> str:
    """The comment without contact data, whitespace-normalised and cut to `max_chars`."""
    text = " ".join(comment.split())[:max_chars]
    for pattern in (_EMAIL, _IBAN, _PHONE):
        text = pattern.sub(_REMOVED, text)
    return text


def feedback(answer_id: str, helpful: bool, comment: str | None) -> Feedback:
    return Feedback(answer_id, helpful, scrub(comment or ""), datetime.now(UTC).date().isoformat())


class JsonlFeedbackStore:
    """One JSON object per line, appended under a lock (requests run in a thread pool)."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._lock = threading.Lock()

    def add(self, feedback: Feedback) -> None:
        line = json.dumps(asdict(feedback), ensure_ascii=False) + "\n"
        with self._lock:
            self._path.parent.mkdir(parents=True, exist_ok=True)
            with self._path.open("a", encoding="utf-8") as handle:
                handle.write(line)

    def read(self) -> list[Feedback]:
        if not self._path.is_file():
            return []
        with self._path.open(encoding="utf-8") as handle:
            return [Feedback(**json.loads(line)) for line in handle if line.strip()]
