"""Small real PDFs with measure sheets ("Steckbriefe"), drawn line by line with reportlab.

A sheet is drawn as a label column and a value column, the way layout programs set them, so the ingest
has to find the table (or not) by geometry; values wrap, hyphenate and run over page breaks.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

WIDTH, HEIGHT = A4
LABEL_X, VALUE_X = 60, 170
# (x, text, font size, bold, on the previous line's baseline); None leaves an empty line.
Line = tuple[float, str, float, bool, bool] | None
HEADER = "Handlungsprogramm · Landkreis Musterstadt"


def heading(text: str, size: float = 16) -> Line:
    return (LABEL_X, text, size, True, False)


def para(text: str, x: float = LABEL_X) -> Line:
    return (x, text, 10, False, False)


def row(label: str, *values: str) -> list[Line]:
    """A label/value row; further values are the value's wrapped lines."""
    lines: list[Line] = [(LABEL_X, label, 9, True, False), (VALUE_X, values[0], 9, False, True)]
    return lines + [(VALUE_X, value, 9, False, False) for value in values[1:]]


def filler(title: str) -> list[Line]:
    """A page of prose, so running headers and footers repeat often enough to be recognised."""
    return [heading(title)] + [
        para(f"Absatz {i}: Der Kreis entwickelt seine Ortsgemeinden gemeinsam mit den Verbänden weiter.")
        for i in range(6)
    ]


def sheet_pdf(path: Path, pages: list[list[Line]]) -> Path:
    sheet = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for number, lines in enumerate(pages, start=1):
        _draw_page(sheet, number, lines)
    sheet.save()
    return path


def two_column_pdf(path: Path, left: list[str], right: list[str], before: list[list[Line]]) -> Path:
    """Prose pages, then a page set in two columns: prose on the left (its first line a heading), a sheet
    on the right (its first line the sheet's heading, the others "Label: Wert" lines wrapped narrow)."""
    sheet = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for number, lines in enumerate(before, start=1):
        _draw_page(sheet, number, lines)
    _chrome(sheet, len(before) + 1)
    for x, texts, heading_size in ((60, left, 16), (310, right, 12)):
        y = HEIGHT - 90
        for index, text in enumerate(texts):
            sheet.setFont("Helvetica-Bold" if index == 0 else "Helvetica", heading_size if index == 0 else 9.5)
            sheet.drawString(x, y, text)
            y -= 20 if index == 0 else 14
    sheet.showPage()
    sheet.save()
    return path


def _draw_page(sheet: canvas.Canvas, number: int, lines: list[Line]) -> None:
    _chrome(sheet, number)
    y = HEIGHT - 90
    for line in lines:
        if line is None:
            y -= 14
            continue
        x, text, size, bold, same_row = line
        step = 14 if size < 12 else 22
        if same_row:
            y += step
        sheet.setFont("Helvetica-Bold" if bold else "Helvetica", size)
        sheet.drawString(x, y, text)
        y -= step
    sheet.showPage()


def _chrome(sheet: canvas.Canvas, number: int) -> None:
    sheet.setFont("Helvetica", 8)
    sheet.drawString(60, HEIGHT - 40, HEADER)
    sheet.drawString(60, 30, f"{number} Beispielprogramm")
