"""The measure catalogue as plain records, JSON and CSV for spreadsheets.

The CSV is what German Excel opens by double-click: semicolon-separated, UTF-8 with a byte order mark
(without it Excel reads the file as Windows-1252 and garbles every umlaut), CRLF line ends.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from typing import Any

from index.catalogue import FundingHit
from ingest.document import Document
from ingest.measures import Measure

BOM = "\ufeff"
# Column header → value; the headers are German because the file is read by staff, not programs.
_COLUMNS: tuple[tuple[str, Callable[[Measure, Document | None], object]], ...] = (
    ("Nr.", lambda m, _: m.nr),
    ("Titel", lambda m, _: m.title),
    ("Handlungsschwerpunkt", lambda m, _: m.schwerpunkt),
    ("Ziel", lambda m, _: m.goal),
    ("Beschreibung", lambda m, _: m.description),
    ("Federführung", lambda m, _: m.lead),
    ("Partner", lambda m, _: m.partners),
    ("Zeitraum", lambda m, _: m.time_frame),
    ("Priorität", lambda m, _: m.priority),
    ("Kosten", lambda m, _: m.cost),
    ("Fördermöglichkeiten", lambda m, _: m.funding),
    ("Förderprogramme", lambda m, _: ", ".join(m.programmes)),
    ("Förderrelevanz", lambda m, _: f"{m.funding_score:.2f}".replace(".", ",")),
    ("Dokument", lambda m, doc: doc.title if doc else m.document_id),
    ("Seite", lambda m, _: m.page_label),
    ("PDF-Seite", lambda m, _: m.page),
    ("Fehlende Angaben", lambda m, _: ", ".join(m.missing)),
)
_FORMULA_START = ("=", "+", "@", "\t", "\r")  # a cell starting so would run as a formula in Excel


def measure_record(measure: Measure, document: Document | None = None) -> dict[str, Any]:
    """One measure as JSON: German field names as the catalogue uses them, citation data included."""
    return {
        "nr": measure.nr,
        "title": measure.title,
        "handlungsschwerpunkt": measure.schwerpunkt,
        "ziel": measure.goal,
        "beschreibung": measure.description,
        "federfuehrung": measure.lead,
        "partner": measure.partners,
        "zeitraum": measure.time_frame,
        "prioritaet": measure.priority,
        "kosten": measure.cost,
        "foerdermoeglichkeiten": measure.funding,
        "foerderprogramme": list(measure.programmes),
        "foerderrelevanz": measure.funding_score,
        "document_id": measure.document_id,
        "document_title": document.title if document else "",
        "file": document.file if document else "",
        "page": measure.page,
        "page_label": measure.page_label,
        "last_page": measure.last_page,
        "fehlende_angaben": list(measure.missing),
    }


def measures_json(
    measures: Sequence[Measure], documents: Callable[[str], Document | None] = lambda _: None
) -> list[dict[str, Any]]:
    return [measure_record(measure, documents(measure.document_id)) for measure in measures]


def measures_csv(measures: Sequence[Measure], documents: Callable[[str], Document | None] = lambda _: None) -> str:
    """The CSV text, starting with the byte order mark; write it with encoding "utf-8"."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow([header for header, _ in _COLUMNS])
    for measure in measures:
        document = documents(measure.document_id)
        writer.writerow([_cell(value(measure, document)) for _, value in _COLUMNS])
    return BOM + buffer.getvalue()


def funding_record(hit: FundingHit, document: Document | None = None) -> dict[str, Any]:
    """One funding passage as JSON, with what a citation needs (title, file, physical page, label)."""
    return {
        "document_id": hit.chunk.document_id,
        "title": document.title if document else hit.chunk.document_id,
        "file": document.file if document else "",
        "page": hit.chunk.page,
        "page_label": hit.chunk.page_label,
        "section": " › ".join(hit.chunk.section),
        "chunk_id": hit.chunk.id,
        "kind": hit.chunk.kind,
        "measure": hit.measure,
        "programmes": list(hit.tags.programmes),
        "cues": list(hit.tags.cues),
        "funding_score": hit.tags.score,
        "relevance": hit.relevance,
        "score": hit.score,
        "text": hit.chunk.text,
    }


def _cell(value: object) -> str:
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text
