"""The measure catalogue: every measure sheet ("Steckbrief") of a document as a `Measure`.

A sheet starts at a heading "Maßnahme K3: Titel" (or a line of that shape, or a "Nr.:" field) and runs to
the next sheet or the next heading of the same or a higher level, across page breaks. Fields a sheet
lacks, or whose value is unreadable, are named in `Measure.missing` so the ingest summary can list them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from ingest.page import Page
from ingest.steckbrief import SheetLine, is_label, read_fields

# Field names of a sheet with the German label the summary and exports use.
FIELD_LABELS: dict[str, str] = {
    "nr": "Nr.",
    "title": "Titel",
    "schwerpunkt": "Handlungsschwerpunkt",
    "goal": "Ziel",
    "description": "Beschreibung",
    "lead": "Federführung",
    "partners": "Partner",
    "time_frame": "Zeitraum",
    "priority": "Priorität",
    "cost": "Kosten",
    "funding": "Fördermöglichkeiten",
}
_NR = r"[A-ZÄÖÜ]{1,4}[ -]?\d{1,3}(?:\.\d{1,3})*[a-z]?|\d{1,3}(?:\.\d{1,3})+|\d{1,3}"
# "Maßnahme K3: Titel", "Maßnahmensteckbrief 2.1 – Titel"; headings may also be "Projekt 4".
_HEADING_ANCHOR = re.compile(
    rf"^(?:Maßnahme|Maßnahmensteckbrief|Steckbrief|Projekt)\s+(?P<nr>{_NR})\s*(?:[:.–—-]\s*(?P<title>.+))?$"
)
_LINE_ANCHOR = re.compile(rf"^Maßnahme\s+(?P<nr>{_NR})\s*[:–—]\s*(?P<title>[^\n]{{3,160}}?)$")
_NR_ANCHOR = re.compile(rf"^(?:Maßnahmennummer|Maßnahmen-Nr\.|Nummer|Nr\.)\s*:?\s*(?P<nr>{_NR})$")
_SCHWERPUNKT_HEADING = re.compile(r"\bHandlungs(?:schwerpunkt|feld)(?:es|s)?\s+[„\"]?(?P<name>[^„\"“”:]+?)[“”\"]?\s*$")
_CROSS_CUTTING = re.compile(r"\bQuerschnitts(?:themen|thema|aufgaben)\b")


@dataclass(frozen=True)
class Measure:
    """One catalogue entry; texts as printed, `programmes` are ids from the funding programme file."""

    nr: str
    title: str
    schwerpunkt: str
    goal: str
    description: str
    lead: str
    partners: str
    time_frame: str
    priority: str
    cost: str
    funding: str  # the sheet's "Fördermöglichkeiten" as printed
    document_id: str
    page: int  # physical, 1-based: where the sheet starts
    page_label: str
    last_page: int
    missing: tuple[str, ...] = ()  # German labels of fields that are absent, empty or unreadable
    programmes: tuple[str, ...] = ()
    funding_score: float = 0.0
    chunk_ids: tuple[str, ...] = ()  # the chunks of the sheet, for searching and citing it
    heading: str = ""  # the heading that opened the sheet, if any


@dataclass(frozen=True)
class _Line:
    text: str
    page: Page
    block: int
    heading_level: int  # 0 for body text and tables
    table: bool


@dataclass(frozen=True)
class _Anchor:
    index: int
    nr: str
    title: str
    heading_level: int  # of the heading that opened the sheet; 0 when a text line or a number field did


def extract_measures(pages: Sequence[Page]) -> tuple[Measure, ...]:
    """Every measure sheet of one document, in reading order."""
    lines = list(_lines(pages))
    anchors = _anchors(lines)
    measures = []
    for position, anchor in enumerate(anchors):
        end = anchors[position + 1].index if position + 1 < len(anchors) else len(lines)
        end = _sheet_end(lines, anchor, end)
        measures.append(_measure(lines, anchor, end))
    return tuple(measures)


def _lines(pages: Sequence[Page]) -> Iterator[_Line]:
    block = 0
    for page in pages:
        for item in page.blocks:
            block += 1
            level = item.level if item.kind == "heading" else 0
            for text in item.text.splitlines():
                if text.strip():
                    yield _Line(text.strip(), page, block, level, item.kind == "table")


def _anchors(lines: Sequence[_Line]) -> list[_Anchor]:
    found: list[_Anchor] = []
    for index, line in enumerate(lines):
        anchor = _anchor(index, line)
        if anchor is None:
            continue
        previous = found[-1] if found else None
        # A heading repeated as the sheet's first table row, or followed by its "Nr." field, is one sheet.
        if previous and (_same_nr(previous.nr, anchor.nr) or (index - previous.index <= 3 and not anchor.title)):
            continue
        found.append(anchor)
    return found


def _anchor(index: int, line: _Line) -> _Anchor | None:
    if line.heading_level:
        match = _HEADING_ANCHOR.match(line.text)
        if match:
            return _Anchor(
                index, _normal_nr(match.group("nr")), (match.group("title") or "").strip(), line.heading_level
            )
        return None
    match = _LINE_ANCHOR.match(line.text)
    if match and not match.group("title").endswith("."):
        return _Anchor(index, _normal_nr(match.group("nr")), match.group("title").strip(), 0)
    match = _NR_ANCHOR.match(line.text)
    return _Anchor(index, _normal_nr(match.group("nr")), "", 0) if match else None


def _sheet_end(lines: Sequence[_Line], anchor: _Anchor, end: int) -> int:
    """A heading that is not a field label closes the sheet, if its level is the sheet's or higher."""
    for index in range(anchor.index + 1, end):
        level = lines[index].heading_level
        if level and not is_label(lines[index].text) and (not anchor.heading_level or level <= anchor.heading_level):
            return index
    return end


def _measure(lines: Sequence[_Line], anchor: _Anchor, end: int) -> Measure:
    sheet = lines[anchor.index : end]
    fields = read_fields([SheetLine(line.text, line.page.number, line.block, line.table) for line in sheet[1:]])
    first = sheet[0].page

    def value(name: str) -> str:
        field = fields.get(name)
        return field.value if field else ""

    nr = _normal_nr(value("nr")) if _readable(value("nr")) else anchor.nr
    known = {
        "nr": nr,
        "title": value("title") or anchor.title,
        "schwerpunkt": value("schwerpunkt") or _schwerpunkt_above(lines, anchor.index),
    }
    texts = {name: known.get(name) or value(name) for name in FIELD_LABELS}
    missing = tuple(label for name, label in FIELD_LABELS.items() if not _readable(texts[name]))
    return Measure(
        nr=texts["nr"],
        title=texts["title"],
        schwerpunkt=texts["schwerpunkt"],
        goal=texts["goal"],
        description=texts["description"],
        lead=texts["lead"],
        partners=texts["partners"],
        time_frame=texts["time_frame"],
        priority=texts["priority"],
        cost=texts["cost"],
        funding=texts["funding"],
        document_id=first.document_id,
        page=first.number,
        page_label=first.label,
        last_page=max([first.number, *(field.last_page for field in fields.values())]),
        missing=missing,
        heading=sheet[0].text if anchor.heading_level else "",
    )


def _schwerpunkt_above(lines: Sequence[_Line], index: int) -> str:
    """The Handlungsschwerpunkt named by the nearest heading above the sheet ("9.1 Maßnahmen im …")."""
    for line in reversed(lines[:index]):
        if not line.heading_level:
            continue
        match = _SCHWERPUNKT_HEADING.search(line.text)
        if match:
            return " ".join(match.group("name").split()).strip(" .,")
        if _CROSS_CUTTING.search(line.text):
            return "Querschnittsthemen"
    return ""


def _readable(text: str) -> bool:
    """Some words or figures, not an empty cell or a run of OCR specks."""
    meaningful = sum(ch.isalnum() for ch in text)
    return meaningful >= 1 and meaningful >= 0.5 * len(text.replace(" ", ""))


def _normal_nr(text: str) -> str:
    return re.sub(r"\s+", "", text.strip()).rstrip(".:")


def _same_nr(first: str, second: str) -> bool:
    return first.replace("-", "").casefold() == second.replace("-", "").casefold()
