"""Reading real PDFs: text, page labels, bad files with one-line reasons."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.document import ManifestEntry
from ingest.errors import EmptyPdfError, EncryptedPdfError, IngestError, UnreadablePdfError
from ingest.pdf import read_pdf
from ingest.pipeline import ingest_file
from tests.pdfs import corrupt_pdf, encrypted_pdf, image_only_pdf, text_pdf, zero_page_pdf

LINES = ["# 1 Einleitung", "Der Landkreis Bernkastel-Wittlich liegt an der Mosel.", "Er hat viele Gemeinden."]


@pytest.fixture
def good(tmp_path: Path) -> Path:
    topics = ["Mobilität", "Bildung", "Pflege", "Tourismus", "Energie"]
    return text_pdf(tmp_path / "gut.pdf", [LINES] + [[f"Eine Seite mit Text zu {t}.", f"Mehr zu {t}."] for t in topics])


def test_pages_text_and_labels(good: Path) -> None:
    pages = read_pdf(good)
    assert len(pages) == 6
    assert [p.number for p in pages] == [1, 2, 3, 4, 5, 6]
    assert [p.label for p in pages] == ["1", "2", "3", "4", "5", "6"]
    assert "Bernkastel-Wittlich" in pages[0].text
    assert any(line.size >= 16 for line in pages[0].lines)


def test_clean_document_removes_header_and_finds_heading(good: Path) -> None:
    doc = ingest_file(good, ManifestEntry("gut", "Gut", "gut.pdf"))
    first = doc.pages[0]
    assert first.blocks[0].kind == "heading" and first.blocks[0].text == "1 Einleitung"
    assert "Testbericht" not in first.text and "Beispieldokument" not in first.text
    assert doc.chunks and doc.chunks[0].section == ("1 Einleitung",)


@pytest.mark.parametrize(
    ("make", "error", "phrase"),
    [
        (lambda d, g: (d / "text.pdf").write_text("kein pdf") and d / "text.pdf", UnreadablePdfError, "keine PDF"),
        (lambda d, g: corrupt_pdf(g, d / "kaputt.pdf"), IngestError, "kaputt.pdf"),
        (lambda d, g: encrypted_pdf(g, d / "geheim.pdf"), EncryptedPdfError, "passwortgeschützt"),
        (lambda d, g: (d / "leer.pdf").write_bytes(b"") or d / "leer.pdf", EmptyPdfError, "leer"),
        (lambda d, g: zero_page_pdf(d / "null.pdf"), EmptyPdfError, "keine Seiten"),
        (lambda d, g: image_only_pdf(d / "scan.pdf"), EmptyPdfError, "Scan"),
    ],
)
def test_bad_files_give_one_line_reasons(tmp_path: Path, good: Path, make, error, phrase) -> None:  # type: ignore[no-untyped-def]
    path = make(tmp_path, good)
    with pytest.raises(error) as caught:
        ingest_file(path, ManifestEntry("x", "X", path.name))
    message = str(caught.value)
    assert phrase in message
    assert "\n" not in message
