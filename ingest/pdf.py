"""Reading PDF files with pypdf: the only module that imports it.

Yields each page's raw text with the font size of every text run, so that later stages can tell
headings from body text without a second pass over the file.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PIL import Image
from pypdf import PdfReader
from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError, PyPdfError

from ingest.errors import EmptyPdfError, EncryptedPdfError, UnreadablePdfError
from ingest.layout import run_geometry

log = logging.getLogger(__name__)

_PDF_MAGIC = b"%PDF-"


@dataclass(frozen=True)
class TextRun:
    """One run of text as the content stream draws it, with its effective font size."""

    text: str
    size: float
    bold: bool
    # Where the run starts on the page (PDF points, y up) and its estimated width; table detection
    # works on this geometry. A width of 0 means no usable position (rotated or skewed text).
    x: float = 0.0
    y: float = 0.0
    width: float = 0.0


@dataclass(frozen=True)
class RawLine:
    text: str
    size: float  # largest effective font size on the line; 0 when unknown
    runs: tuple[int, ...] = ()  # indices into RawPage.runs that drew this line; empty when unknown


@dataclass(frozen=True)
class RawPage:
    number: int  # physical, 1-based
    label: str  # printed page label from the PDF's /PageLabels, else the number
    lines: tuple[RawLine, ...]
    has_images: bool
    runs: tuple[TextRun, ...] = ()

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)


def read_pdf(path: Path) -> tuple[RawPage, ...]:
    """All pages of a PDF, or an IngestError with a one-line reason."""
    _check_magic(path)
    try:
        reader = PdfReader(path, strict=False)
        _unlock(reader, path)
        count = len(reader.pages)
    except (PdfReadError, PyPdfError, ValueError, KeyError, TypeError, OSError) as exc:
        raise UnreadablePdfError(f"{path.name}: PDF ist beschädigt oder nicht lesbar ({_short(exc)})") from exc
    if count == 0:
        raise EmptyPdfError(f"{path.name}: PDF enthält keine Seiten")
    labels = _page_labels(reader, count)
    pages = []
    for index in range(count):
        try:
            pages.append(_read_page(reader, index, labels[index]))
        except (PdfReadError, PyPdfError, ValueError, KeyError, TypeError, AttributeError) as exc:
            # One damaged page must not cost the whole document.
            log.warning("page_unreadable file=%s page=%d reason=%s", path.name, index + 1, _short(exc))
            pages.append(RawPage(index + 1, labels[index], (), False))
    return tuple(pages)


def _check_magic(path: Path) -> None:
    try:
        with path.open("rb") as handle:
            head = handle.read(1024)
    except OSError as exc:
        raise UnreadablePdfError(f"{path.name}: Datei nicht lesbar ({_short(exc)})") from exc
    if not head:
        raise EmptyPdfError(f"{path.name}: Datei ist leer (0 Bytes)")
    if _PDF_MAGIC not in head:
        raise UnreadablePdfError(f"{path.name}: keine PDF-Datei (PDF-Kennung fehlt)")


def _unlock(reader: PdfReader, path: Path) -> None:
    if not reader.is_encrypted:
        return
    try:
        # Many "protected" PDFs only restrict printing and open with an empty user password.
        if reader.decrypt(""):
            return
    except (FileNotDecryptedError, NotImplementedError, PdfReadError, DependencyError) as exc:
        # DependencyError: AES needs an optional crypto package; for the user it is still "protected".
        raise EncryptedPdfError(f"{path.name}: PDF ist passwortgeschützt ({_short(exc)})") from exc
    raise EncryptedPdfError(f"{path.name}: PDF ist passwortgeschützt")


def _page_labels(reader: PdfReader, count: int) -> list[str]:
    try:
        labels = list(reader.page_labels)
    except (PdfReadError, PyPdfError, ValueError, KeyError, TypeError, IndexError):
        labels = []
    if len(labels) != count:
        return [str(number) for number in range(1, count + 1)]
    return [label or str(number) for number, label in enumerate(labels, start=1)]


def _read_page(reader: PdfReader, index: int, label: str) -> RawPage:
    page = reader.pages[index]
    runs: list[TextRun] = []
    ems: dict[int, float] = {}  # average glyph width per font object of this page

    def visit(text: str, cm: Any, tm: Any, font: Any, size: Any) -> None:
        if text and text.strip():
            effective = _effective_size(size, cm, tm)
            x, y, width = run_geometry(text, effective, cm, tm, font, ems)
            runs.append(TextRun(text, effective, _is_bold(font), x, y, width))

    text = page.extract_text(visitor_text=visit) or ""
    return RawPage(index + 1, label, _lines(text, runs), _has_images(page), tuple(runs))


def _lines(text: str, runs: list[TextRun]) -> tuple[RawLine, ...]:
    """extract_text's lines (it spaces runs well) paired with the font size and the runs behind them."""
    lines = [line for line in text.splitlines() if line.strip()]
    sized: list[tuple[float, tuple[int, ...]]] = []
    current = 0.0
    members: tuple[int, ...] = ()
    for number, run in enumerate(runs):
        for position, part in enumerate(run.text.split("\n")):
            if position:
                sized.append((current, members))
                current, members = 0.0, ()
            if part.strip():
                current, members = max(current, run.size), (*members, number)
    if current:
        sized.append((current, members))
    sized = [entry for entry in sized if entry[0]]
    if len(sized) != len(lines):
        # Alignment failed (unusual content streams): keep the text, lose the size and run signal.
        sized = [(0.0, ())] * len(lines)
    return tuple(RawLine(line, size, members) for line, (size, members) in zip(lines, sized, strict=True))


def _effective_size(size: Any, cm: Any, tm: Any) -> float:
    try:
        scale = math.hypot(float(tm[2]), float(tm[3])) * math.hypot(float(cm[2]), float(cm[3]))
        value = float(size) * (scale or 1.0)
    except (TypeError, ValueError, IndexError):
        return 0.0
    return round(value, 1)


def _is_bold(font: Any) -> bool:
    try:
        name = str(font.get("/BaseFont", "")) if font else ""
    except AttributeError:
        return False
    return any(mark in name.lower() for mark in ("bold", "bd", "black", "heavy", "semibold"))


def _has_images(page: Any) -> bool:
    try:
        xobjects = page["/Resources"].get("/XObject") or {}
        return any(xobjects[name].get_object().get("/Subtype") == "/Image" for name in xobjects)
    except (KeyError, AttributeError, TypeError, PdfReadError):
        return False


def _short(exc: BaseException) -> str:
    message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return message[:160]


# --- page images, for OCR of pages without a text layer -------------------------------------------


@dataclass(frozen=True)
class PageImage:
    """One image drawn on a page, with its resolution if it filled the page (how scans are embedded)."""

    image: Image.Image
    dpi: float


def page_images(path: Path, page_number: int) -> tuple[PageImage, ...]:
    """The images of one page (physical, 1-based), largest first; images pypdf cannot decode are left out."""
    try:
        reader = PdfReader(path, strict=False)
        _unlock(reader, path)
        page = reader.pages[page_number - 1]
        files = list(page.images)
        width_in, height_in = float(page.mediabox.width) / 72, float(page.mediabox.height) / 72
    except (PdfReadError, PyPdfError, ValueError, KeyError, TypeError, IndexError, OSError, AttributeError) as exc:
        log.warning("page_images_unreadable file=%s page=%d reason=%s", path.name, page_number, _short(exc))
        return ()
    images: list[PageImage] = []
    for file in files:
        try:
            image = file.image
        except (PdfReadError, PyPdfError, ValueError, KeyError, TypeError, OSError, NotImplementedError) as exc:
            # Filters such as JBIG2 need extra decoders; one undecodable image must not stop the others.
            log.warning("page_image_undecodable file=%s page=%d reason=%s", path.name, page_number, _short(exc))
            continue
        if image is None:
            continue
        # The placement matrix is not needed for scans: they fill the page, so page size gives the dpi.
        dpi = max(image.width / width_in, image.height / height_in) if width_in and height_in else 0.0
        images.append(PageImage(image, round(dpi, 1)))
    return tuple(sorted(images, key=lambda item: item.image.width * item.image.height, reverse=True))
