"""Progress bars of `kea ingest` (tqdm, on stderr): files read, then chunks and sentences embedded.

How much will be embedded is known only after reading, when the incremental ingest has seen what it can
take over, so the embedding bars start then; a bar with nothing to do is not shown.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Never

from tqdm import tqdm

from index.update import Progress


class IngestBars:
    def __init__(self, files: int) -> None:
        self._bars: list[tqdm[Never]] = [tqdm(total=files, desc="PDFs lesen", unit="Datei", file=sys.stderr)]

    def __enter__(self) -> IngestBars:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        for bar in self._bars:
            bar.close()

    def file(self, _path: Path) -> None:
        self._bars[0].update(1)

    def progress(self) -> Progress:
        return Progress(plan=self._plan, chunks=self._step(1), sentences=self._step(2))

    def _plan(self, chunks: int, sentences: int) -> None:
        self._bars[0].close()
        for total, desc, unit in ((chunks, "Einbetten", "Abschnitt"), (sentences, "Sätze einbetten", "Satz")):
            self._bars.append(tqdm(total=total, desc=desc, unit=unit, file=sys.stderr, disable=not total))

    def _step(self, index: int) -> Callable[[int], None]:
        def advance(steps: int) -> None:
            if len(self._bars) > index:
                self._bars[index].update(steps)

        return advance
