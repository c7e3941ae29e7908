"""The PDFs behind the index, served only in the version that was indexed."""

from __future__ import annotations

import threading
from pathlib import Path

from ingest.document import Document, file_sha256


class PdfFiles:
    """The PDFs in one folder, served only when their content is the one that was indexed.

    A file replaced after ingest would make every `#page=N` link point to the wrong page. Hashes are
    remembered per (size, modification time), so a file is read once, not on every request.
    """

    def __init__(self, folder: Path) -> None:
        self._folder = folder
        self._hashes: dict[tuple[Path, int, int], str] = {}
        self._lock = threading.Lock()

    def verified(self, document: Document) -> Path | None:
        path = self._folder / Path(document.file).name  # the name only: an index never steers outside the folder
        try:
            stat = path.stat()
        except OSError:
            return None
        key = (path, stat.st_size, stat.st_mtime_ns)
        with self._lock:
            known = self._hashes.get(key)
        if known is None:
            known = file_sha256(path)
            with self._lock:
                self._hashes[key] = known
        return path if known == document.sha256 else None
