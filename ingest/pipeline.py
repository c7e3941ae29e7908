"""Reading a folder of PDFs into documents, pages and chunks; bad files are reported and skipped."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ingest.annotate import ChunkFunding, annotate
from ingest.chunk import Chunk, ChunkSettings, chunk_pages
from ingest.clean import clean_document
from ingest.document import Document, ManifestEntry, entry_for_file, file_sha256
from ingest.errors import EmptyPdfError, IngestError
from ingest.funding import FundingTagger, load_tagger
from ingest.hyphenation import vocabulary
from ingest.measures import Measure
from ingest.ocr import OcrEngine, OcrError, OcrUnavailableError, edge_keys, ocr_blocks, ocr_paragraphs, prepared
from ingest.page import Page
from ingest.pdf import RawPage, page_images, read_pdf
from ingest.text import normalize_line

log = logging.getLogger(__name__)

_MIN_OCR_CHARS = 10  # less than this from OCR is specks and rules, not text (as clean.py's scan threshold)
NO_TEXT_LAYER = "Seite ohne Textebene"
OCR_OFF = f"{NO_TEXT_LAYER}, OCR ausgeschaltet"
OCR_UNAVAILABLE = f"{NO_TEXT_LAYER}, OCR nicht verfügbar"
OCR_FAILED = f"{NO_TEXT_LAYER}, OCR fehlgeschlagen"
OCR_EMPTY = f"{NO_TEXT_LAYER}, OCR fand keinen Text"


@dataclass(frozen=True)
class Skipped:
    file: str
    reason: str


@dataclass(frozen=True)
class UnreadPage:
    """A page without text layer that OCR could not read, with the reason for the ingest summary."""

    number: int
    reason: str


@dataclass(frozen=True)
class IngestedDocument:
    document: Document
    pages: tuple[Page, ...]
    chunks: tuple[Chunk, ...]
    unread: tuple[UnreadPage, ...] = ()
    measures: tuple[Measure, ...] = ()
    funding: tuple[ChunkFunding, ...] = ()  # funding tags of the chunks that carry any

    @property
    def image_only_pages(self) -> tuple[int, ...]:
        return tuple(page.number for page in self.pages if page.image_only)

    @property
    def ocr_pages(self) -> tuple[int, ...]:
        return tuple(page.number for page in self.pages if page.ocr)


@dataclass(frozen=True)
class IngestResult:
    documents: tuple[IngestedDocument, ...]
    skipped: tuple[Skipped, ...]
    reused: tuple[str, ...] = ()  # ids of documents taken over unchanged from the published index

    @property
    def chunks(self) -> tuple[Chunk, ...]:
        return tuple(chunk for doc in self.documents for chunk in doc.chunks)

    @property
    def measures(self) -> tuple[Measure, ...]:
        return tuple(measure for doc in self.documents for measure in doc.measures)

    @property
    def funding(self) -> tuple[ChunkFunding, ...]:
        return tuple(tags for doc in self.documents for tags in doc.funding)


def find_pdfs(folder: Path) -> tuple[Path, ...]:
    """Every file in the folder that claims to be a PDF by its name, sorted for stable ids and order."""
    return tuple(sorted(path for path in folder.iterdir() if path.is_file() and path.suffix.lower() == ".pdf"))


def ingest_files(
    files: tuple[Path, ...],
    entries: tuple[ManifestEntry, ...],
    settings: ChunkSettings = ChunkSettings(),
    on_file: Callable[[Path], None] | None = None,
    ocr: OcrEngine | None = None,
    tagger: FundingTagger | None = None,
    reuse: Callable[[Path, ManifestEntry], IngestedDocument | None] | None = None,
) -> IngestResult:
    """Every file as a document; `reuse` may supply one unchanged since the last ingest instead of reading it."""
    tagger = tagger or load_tagger()
    documents: list[IngestedDocument] = []
    skipped: list[Skipped] = []
    reused: list[str] = []
    seen_ids: set[str] = set()
    for path in files:
        if on_file:
            on_file(path)
        entry = entry_for_file(path, entries)
        if entry.id in seen_ids:
            skipped.append(Skipped(path.name, f"Dokument-ID {entry.id!r} ist doppelt vergeben"))
            continue
        previous = _taken_over(reuse, path, entry)
        try:
            documents.append(previous or ingest_file(path, entry, settings, ocr, tagger))
        except IngestError as exc:
            log.warning("pdf_skipped file=%s reason=%s", path.name, exc)
            skipped.append(Skipped(path.name, str(exc)))
            continue
        if previous is not None:
            reused.append(entry.id)
        seen_ids.add(entry.id)
    return IngestResult(tuple(documents), tuple(skipped), tuple(reused))


def _taken_over(
    reuse: Callable[[Path, ManifestEntry], IngestedDocument | None] | None, path: Path, entry: ManifestEntry
) -> IngestedDocument | None:
    try:
        return reuse(path, entry) if reuse else None
    except OSError:  # unreadable file: reading it anew reports why
        return None


def ingest_file(
    path: Path,
    entry: ManifestEntry,
    settings: ChunkSettings = ChunkSettings(),
    ocr: OcrEngine | None = None,
    tagger: FundingTagger | None = None,
) -> IngestedDocument:
    """One PDF as a document with its measure catalogue; pages without text layer are read by `ocr` when
    given; `tagger` marks funding programmes (the packaged programme file when None)."""
    raw_pages = read_pdf(path)
    pages, unread = _read_scans(path, raw_pages, clean_document(entry.id, raw_pages), ocr)
    if not any(page.blocks for page in pages):
        raise EmptyPdfError(f"{path.name}: PDF enthält keinen verwertbaren Text ({_empty_reason(pages, unread)})")
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
    annotated = annotate(pages, chunk_pages(pages, settings), tagger or load_tagger())
    return IngestedDocument(document, pages, annotated.chunks, unread, annotated.measures, annotated.funding)


def _empty_reason(pages: Sequence[Page], unread: Sequence[UnreadPage]) -> str:
    if not any(page.image_only for page in pages):
        return "kein Text"
    reasons = sorted({page.reason.removeprefix(NO_TEXT_LAYER).lstrip(", ") for page in unread})
    return "; ".join(["nur Bilder, keine Textebene (Scan)", *reasons])


def _read_scans(
    path: Path, raw_pages: Sequence[RawPage], pages: tuple[Page, ...], engine: OcrEngine | None
) -> tuple[tuple[Page, ...], tuple[UnreadPage, ...]]:
    """Pages without text layer filled by OCR; those it cannot read stay empty and are reported."""
    scans = [page.number for page in pages if page.image_only]
    if not scans:
        return pages, ()
    if engine is None:
        return pages, tuple(UnreadPage(number, OCR_OFF) for number in scans)
    texts, unread = _ocr_texts(path, scans, engine)
    paragraphs = {number: ocr_paragraphs(text) for number, text in texts.items()}
    # Header and footer keys come from text-layer and OCR lines together, so a document that is all
    # scans still has its running lines found; the vocabulary guides hyphen joining as on other pages.
    keys = edge_keys([_page_lines(raw, paragraphs.get(raw.number)) for raw in raw_pages])
    vocab = vocabulary([*(line for page in pages for line in page.text.splitlines()), *_all_lines(paragraphs)])
    result = list(pages)
    for index, page in enumerate(pages):
        if page.number not in paragraphs:
            continue
        blocks = ocr_blocks(paragraphs[page.number], keys, vocab)
        if len("".join("".join(block.text.split()) for block in blocks)) < _MIN_OCR_CHARS:
            unread.append(UnreadPage(page.number, OCR_EMPTY))
            continue
        result[index] = dataclasses.replace(page, blocks=blocks, ocr=True)
    return tuple(result), tuple(sorted(unread, key=lambda item: item.number))


def _ocr_texts(path: Path, numbers: list[int], engine: OcrEngine) -> tuple[dict[int, str], list[UnreadPage]]:
    texts: dict[int, str] = {}
    unread: list[UnreadPage] = []
    available = True
    for number in numbers:
        if not available:
            unread.append(UnreadPage(number, OCR_UNAVAILABLE))
            continue
        try:
            texts[number] = _ocr_page(path, number, engine)
        except OcrUnavailableError as exc:
            # Every further page would fail the same way: report them all, try none.
            log.warning("ocr_unavailable file=%s page=%d reason=%s", path.name, number, exc)
            available = False
            unread.append(UnreadPage(number, OCR_UNAVAILABLE))
        except OcrError as exc:
            log.warning("ocr_failed file=%s page=%d reason=%s", path.name, number, exc)
            unread.append(UnreadPage(number, OCR_FAILED))
    return texts, unread


def _ocr_page(path: Path, number: int, engine: OcrEngine) -> str:
    images = page_images(path, number)
    if not images:
        return ""
    largest = images[0]  # a scan is one page-sized image; smaller ones are logos or stamps
    return engine.read(prepared(largest.image, largest.dpi))


def _page_lines(raw: RawPage, paragraphs: list[list[str]] | None) -> list[str]:
    if paragraphs is not None:
        return [line for paragraph in paragraphs for line in paragraph]
    return [text for text in (normalize_line(line.text) for line in raw.lines) if text]


def _all_lines(paragraphs: dict[int, list[list[str]]]) -> list[str]:
    return [line for page in paragraphs.values() for paragraph in page for line in paragraph]
