"""Gold questions: what a good answer must cite and say."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

PageRef = tuple[str, int]  # (document id, physical page)


@dataclass(frozen=True)
class Case:
    id: str
    category: str
    question: str
    gold: tuple[PageRef, ...]
    keywords: tuple[str, ...]

    @property
    def answerable(self) -> bool:
        return bool(self.gold)


def load_cases(path: Path) -> tuple[Case, ...]:
    cases = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                raw = json.loads(line)
                cases.append(
                    Case(
                        id=str(raw["id"]),
                        category=str(raw["category"]),
                        question=str(raw["question"]),
                        gold=tuple((str(g["document_id"]), int(g["page"])) for g in raw.get("gold", [])),
                        keywords=tuple(str(k) for k in raw.get("keywords", [])),
                    )
                )
            except (KeyError, TypeError, ValueError) as exc:
                raise ValueError(f"{path}:{number}: ungültiger Fall ({exc})") from exc
    return tuple(cases)
