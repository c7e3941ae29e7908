"""Small real PDFs for tests, drawn with reportlab and post-processed with pypdf."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from index.search import Searcher


def text_pdf(path: Path, pages: list[list[str]], header: str = "Testbericht · Landkreis Musterstadt") -> Path:
    """One page per list of lines, with a running header and a numbered footer like a real report."""
    sheet = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    _width, height = A4
    for number, lines in enumerate(pages, start=1):
        sheet.setFont("Helvetica", 8)
        sheet.drawString(60, height - 40, header)
        sheet.drawString(60, 30, f"{number} Beispieldokument")
        y = height - 90
        for line in lines:
            if line.startswith("# "):
                sheet.setFont("Helvetica-Bold", 16)
                line = line[2:]
            else:
                sheet.setFont("Helvetica", 10)
            sheet.drawString(60, y, line)
            y -= 16
        sheet.showPage()
    sheet.save()
    return path


def image_only_pdf(path: Path) -> Path:
    from PIL import Image, ImageDraw

    image = Image.new("L", (400, 200), 255)
    ImageDraw.Draw(image).text((20, 80), "Nur ein Bild von Text", fill=0)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    sheet = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    from reportlab.lib.utils import ImageReader

    sheet.drawImage(ImageReader(io.BytesIO(buffer.getvalue())), 50, 400, width=400, height=200)
    sheet.showPage()
    sheet.save()
    return path


def encrypted_pdf(source: Path, path: Path, password: str = "geheim") -> Path:
    writer = PdfWriter(clone_from=PdfReader(source))
    writer.encrypt(user_password=password, owner_password=password, algorithm="RC4-128")
    with path.open("wb") as handle:
        writer.write(handle)
    return path


def zero_page_pdf(path: Path) -> Path:
    with path.open("wb") as handle:
        PdfWriter().write(handle)
    return path


def corrupt_pdf(source: Path, path: Path) -> Path:
    data = source.read_bytes()
    path.write_bytes(data[: len(data) // 3])  # a download cut short
    return path


def hashing_searcher(folder: Path, pages: list[list[str]], title: str = "Konzept", sentences: bool = False) -> Searcher:
    """A real index of one real PDF, embedded with the small deterministic test embedder (whose similarities mean
    little, so sentence vectors are left out unless asked for)."""
    from index.build import build_index
    from index.embedders import HashingEmbeddings
    from index.store import load_index
    from ingest.chunk import ChunkSettings
    from ingest.document import ManifestEntry
    from ingest.pipeline import IngestResult, ingest_file

    pdf = text_pdf(folder / "konzept.pdf", pages)
    result = IngestResult((ingest_file(pdf, ManifestEntry("konzept", title, "konzept.pdf")),), ())
    build_index(result, HashingEmbeddings(), folder / "idx", ChunkSettings(), sentences=sentences)
    return Searcher(load_index(folder / "idx"), HashingEmbeddings())
