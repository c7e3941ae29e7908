"""Reading a folder of PDFs into documents, pages and chunks; bad files are reported and skipped."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ingest.chunk import Chunk, ChunkSettings, chunk_pages
from ingest.clean import clean_document
from ingest.document import Document, ManifestEntry, entry_for_file, file_sha256
from ingest.errors import EmptyPdfError, IngestError
from ingest.page import Page
from ingest.pdf import read_pdf

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Skipped:
    file: str
    reason: str


@dataclass(frozen=True)
class IngestedDocument:
    document: Document
    pages: tuple[Page, ...]
    chunks: tuple[Chunk, ...]

    @property
    def image_only_pages(self) -> tuple[int, ...]:
        return tuple(page.number for page in self.pages if page.image_only)


@dataclass(frozen=True)
class IngestResult:
    documents: tuple[IngestedDocument, ...]
    skipped: tuple[Skipped, ...]

    @property
    def chunks(self) -> tuple[Chunk, ...]:
        return tuple(chunk for doc in self.documents for chunk in doc.chunks)


def find_pdfs(folder: Path) -> tuple[Path, ...]:
    """Every file in the folder that claims to be a PDF by its name, sorted for stable ids and order."""
    return tuple(sorted(path for path in folder.iterdir() if path.is_file() and path.suffix.lower() == ".pdf"))


def ingest_files(
    files: tuple[Path, ...],
    entries: tuple[ManifestEntry, ...],
    settings: ChunkSettings = ChunkSettings(),
    on_file: Callable[[Path], None] | None = None,
) -> IngestResult:
    documents: list[IngestedDocument] = []
    skipped: list[Skipped] = []
    seen_ids: set[str] = set()
    for path in files:
        if on_file:
            on_file(path)
        entry = entry_for_file(path, entries)
        if entry.id in seen_ids:
            skipped.append(Skipped(path.name, f"Dokument-ID {entry.id!r} ist doppelt vergeben"))
            continue
        try:
            documents.append(ingest_file(path, entry, settings))
        except IngestError as exc:
            log.warning("pdf_skipped file=%s reason=%s", path.name, exc)
            skipped.append(Skipped(path.name, str(exc)))
            continue
        seen_ids.add(entry.id)
    return IngestResult(tuple(documents), tuple(skipped))


def ingest_file(path: Path, entry: ManifestEntry, settings: ChunkSettings = ChunkSettings()) -> IngestedDocument:
    raw_pages = read_pdf(path)
    pages = clean_document(entry.id, raw_pages)
    if not any(page.blocks for page in pages):
        reason = "nur Bilder, keine Textebene (Scan)" if any(p.image_only for p in pages) else "kein Text"
        raise EmptyPdfError(f"{path.name}: PDF enthält keinen verwertbaren Text ({reason})")
    document = Document(
        id=entry.id,
        title=entry.title,
        file=path.name,
        sha256=file_sha256(path),
        year=entry.year,
        kind=entry.kind,
        source_url=entry.source_url,
        page_count=len(pages),
    )
    return IngestedDocument(document, pages, chunk_pages(pages, settings))
