"""OCR of pages without a text layer: the real tesseract on real PDFs, and the pipeline wiring with a fake."""

from __future__ import annotations

import difflib
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import reportlab
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from corpus.builder.handlungskonzept import DOCUMENT as HANDLUNGSKONZEPT
from corpus.builder.model import Scan
from ingest.document import ManifestEntry
from ingest.errors import EmptyPdfError
from ingest.ocr import OcrUnavailableError, TesseractOcr, prepared
from ingest.pipeline import OCR_EMPTY, OCR_UNAVAILABLE, UnreadPage, ingest_file
from tests.sample import ingested, truth

FONT = Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"
HEADER = "Testbericht · Landkreis Musterstadt"
SCAN_LINES = [
    "Niederschrift der Sitzung des Kreistages",
    "Der Kreistag beschließt die Förderung der",
    "Fachkräftesicherung im ländlichen Raum.",
    "Abstimmungsergebnis: einstimmig.",
]
MISSING = TesseractOcr(executable="/nicht/vorhanden/tesseract")


def _scan_image(lines: list[str], dpi: int = 200) -> Image.Image:
    """An A4 page of printed text as a scanner would deliver it (11 pt text at `dpi`)."""
    width, height = round(8.27 * dpi), round(11.69 * dpi)
    image = Image.new("L", (width, height), 245)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(FONT), round(11 * dpi / 72))
    y = dpi
    for line in lines:
        draw.text((dpi, y), line, font=font, fill=20)
        y += round(16 * dpi / 72)
    return image


def _pdf(path: Path, pages: list[list[str] | Image.Image]) -> Path:
    """Text pages with a running header and page number like tests/pdfs.text_pdf; images fill their page."""
    sheet = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    width, height = A4
    for number, page in enumerate(pages, start=1):
        if isinstance(page, Image.Image):
            buffer = io.BytesIO()
            page.save(buffer, format="PNG")
            sheet.drawImage(ImageReader(buffer), 0, 0, width, height)
        else:
            sheet.setFont("Helvetica", 8)
            sheet.drawString(60, height - 40, HEADER)
            sheet.drawString(60, 30, f"{number} Beispieldokument")
            sheet.setFont("Helvetica", 10)
            for row, line in enumerate(page):
                sheet.drawString(60, height - 90 - 16 * row, line)
        sheet.showPage()
    sheet.save()
    return path


def _entry(path: Path) -> ManifestEntry:
    return ManifestEntry("bericht", "Bericht", path.name)


@dataclass
class FakeOcr:
    """Returns fixed text and records the images it was given."""

    text: str
    seen: list[tuple[str, tuple[int, int]]] = field(default_factory=list)

    def read(self, image: Image.Image) -> str:
        self.seen.append((image.mode, image.size))
        return self.text


TEXT_PAGES: list[list[str] | Image.Image] = [
    ["Die Bevölkerung des Landkreises altert.", "Viele Fachkräfte pendeln nach Trier."],
    ["Der Busverkehr wird neu geordnet.", "Radwege fehlen an vielen Straßen."],
    ["Windkraft deckt den Strombedarf.", "Die Wärmewende beginnt in den Dörfern."],
    ["Schulen werden digital ausgestattet.", "Breitband erreicht jedes Gewerbegebiet."],
]


# --- the real tesseract -------------------------------------------------------------------------


def test_tesseract_reads_german_text_from_an_image_only_pdf(tmp_path: Path) -> None:
    pdf = _pdf(tmp_path / "scan.pdf", [_scan_image(SCAN_LINES)])
    doc = ingest_file(pdf, _entry(pdf), ocr=TesseractOcr())
    page = doc.pages[0]
    assert page.image_only and page.ocr and doc.ocr_pages == (1,) and doc.unread == ()
    for word in ("Kreistag", "beschließt", "Förderung", "Fachkräftesicherung", "ländlichen", "einstimmig"):
        assert word in page.text, page.text
    assert doc.chunks and all(chunk.ocr for chunk in doc.chunks)


def test_small_low_resolution_scan_is_upscaled_and_read(tmp_path: Path) -> None:
    pdf = _pdf(tmp_path / "fax.pdf", [_scan_image(SCAN_LINES, dpi=100)])
    doc = ingest_file(pdf, _entry(pdf), ocr=TesseractOcr())
    assert "Fachkräftesicherung" in doc.pages[0].text and "einstimmig" in doc.pages[0].text


def test_sample_scan_is_read_by_ocr_without_running_header_and_footer() -> None:
    doc = next(d for d in ingested().documents if d.document.id == "handlungskonzept-2030")
    (number,) = truth(doc.document.id)["scan_pages"]
    page = doc.pages[number - 1]
    assert page.image_only and page.ocr
    assert "Abstimmungsergebnis: einstimmig bei 2 Enthaltungen." in page.text
    assert "Beispieldokument" not in page.text and "Handlungskonzept 2030 · Landkreis" not in page.text
    assert page.text.startswith("Auszug aus der Niederschrift")
    assert not re.search(rf"\b{page.label}\s*$", page.text)  # the page number drawn into the image
    chunks = [c for c in doc.chunks if c.page == number]
    assert chunks and all(c.ocr for c in chunks)
    assert not any(c.ocr for c in doc.chunks if c.page != number)
    # The section path of the text-layer headings before the scan carries over to it.
    assert chunks[0].section == ("11 Anlagen", "11.1 Beschluss des Kreistages")


def test_sample_scan_word_accuracy() -> None:
    """Measured: 99 of 99 source words in order (tesseract 5.3, deu+eng, 200 dpi scan)."""
    scan = next(block for block in HANDLUNGSKONZEPT.body if isinstance(block, Scan))
    doc = next(d for d in ingested().documents if d.document.id == "handlungskonzept-2030")
    page = doc.pages[truth(doc.document.id)["scan_pages"][0] - 1]
    source = re.findall(r"\w+", " ".join([scan.title, *scan.paragraphs]))
    read = re.findall(r"\w+", page.text)
    matcher = difflib.SequenceMatcher(a=source, b=read, autojunk=False)
    matched = sum(block.size for block in matcher.get_matching_blocks())
    assert matched / len(source) >= 0.97, (matched, len(source))


def test_missing_language_data_is_unavailable() -> None:
    with pytest.raises(OcrUnavailableError, match="Sprachdaten"):
        TesseractOcr(language="xyz").read(_scan_image(SCAN_LINES[:1], dpi=72))


def test_missing_tesseract_reports_the_page_and_ingests_the_rest(tmp_path: Path) -> None:
    pdf = _pdf(tmp_path / "bericht.pdf", [*TEXT_PAGES, _scan_image(SCAN_LINES), _scan_image(SCAN_LINES)])
    with pytest.raises(OcrUnavailableError, match="nicht gefunden"):
        MISSING.read(_scan_image(SCAN_LINES[:1], dpi=72))
    doc = ingest_file(pdf, _entry(pdf), ocr=MISSING)
    assert doc.unread == (UnreadPage(5, OCR_UNAVAILABLE), UnreadPage(6, OCR_UNAVAILABLE))
    assert OCR_UNAVAILABLE == "Seite ohne Textebene, OCR nicht verfügbar"
    assert doc.pages[4].blocks == () and not doc.pages[4].ocr and doc.ocr_pages == ()
    assert {c.page for c in doc.chunks} == {1, 2, 3, 4}


def test_all_scan_pdf_without_tesseract_is_skipped_with_the_reason(tmp_path: Path) -> None:
    pdf = _pdf(tmp_path / "scan.pdf", [_scan_image(SCAN_LINES)])
    with pytest.raises(EmptyPdfError, match=r"Scan\).*OCR nicht verfügbar"):
        ingest_file(pdf, _entry(pdf), ocr=MISSING)


# --- pipeline wiring with a fake engine ----------------------------------------------------------


def test_ocr_text_is_cleaned_like_other_pages(tmp_path: Path) -> None:
    pdf = _pdf(tmp_path / "bericht.pdf", [*TEXT_PAGES, _scan_image(["egal"], dpi=100)])
    # What tesseract makes of a scan: header and footer with changed punctuation, a speck, a hyphen break.
    fake = FakeOcr(
        "Testbericht - Landkreis Musterstadt\n\n"
        "Der Kreistag hat die Fach-\nkräftesicherung beschlossen.\n\n"
        "Die Verwaltung berichtet jährlich.\n\n"
        "|\n5 Beispieldokument\n"
    )
    doc = ingest_file(pdf, _entry(pdf), ocr=fake)
    page = doc.pages[4]
    assert page.text == "Der Kreistag hat die Fachkräftesicherung beschlossen.\nDie Verwaltung berichtet jährlich."
    assert all(block.kind == "text" for block in page.blocks)
    assert page.ocr and page.image_only and doc.ocr_pages == (5,) and doc.unread == ()
    assert [c.ocr for c in doc.chunks] == [False, False, False, False, True]
    # Greyscale and, at 100 dpi, upscaled to the 300 dpi that tesseract is trained for.
    assert fake.seen == [("L", (2481, 3507))]


def test_text_pages_are_not_sent_to_ocr(tmp_path: Path) -> None:
    pdf = _pdf(tmp_path / "bericht.pdf", TEXT_PAGES)
    fake = FakeOcr("nie gelesen")
    doc = ingest_file(pdf, _entry(pdf), ocr=fake)
    assert fake.seen == [] and doc.ocr_pages == () and doc.unread == ()


def test_pdf_of_only_scans_is_ingested_by_ocr(tmp_path: Path) -> None:
    pdf = _pdf(tmp_path / "scan.pdf", [_scan_image(["egal"]), _scan_image(["egal"])])
    doc = ingest_file(pdf, _entry(pdf), ocr=FakeOcr("Beschluss des Kreistages über den Haushalt."))
    assert doc.ocr_pages == (1, 2) and len(doc.chunks) == 2 and all(c.ocr for c in doc.chunks)


def test_scan_where_ocr_finds_no_text_is_skipped(tmp_path: Path) -> None:
    pdf = _pdf(tmp_path / "scan.pdf", [_scan_image(["egal"])])
    with pytest.raises(EmptyPdfError, match="OCR fand keinen Text"):
        ingest_file(pdf, _entry(pdf), ocr=FakeOcr(" | .\n\n-\n"))
    mixed = _pdf(tmp_path / "bericht.pdf", [*TEXT_PAGES, _scan_image(["egal"])])
    assert ingest_file(mixed, _entry(mixed), ocr=FakeOcr("")).unread == (UnreadPage(5, OCR_EMPTY),)


def test_without_engine_a_scan_is_skipped_as_before(tmp_path: Path) -> None:
    pdf = _pdf(tmp_path / "scan.pdf", [_scan_image(["egal"])])
    with pytest.raises(EmptyPdfError, match=r"Scan\).*OCR ausgeschaltet"):
        ingest_file(pdf, _entry(pdf))


def test_prepared_upscales_only_low_resolution_images() -> None:
    small = Image.new("RGB", (400, 200), "white")
    assert prepared(small, 50.0).size == (1600, 800)  # capped at 4x
    assert prepared(small, 150.0).size == (800, 400)
    assert prepared(small, 200.0).size == (400, 200)
    assert prepared(small, 0.0).mode == "L"
