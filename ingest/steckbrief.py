"""Reading the label/value fields of one measure sheet ("Steckbrief") from its cleaned lines.

The same sheet comes out of PDF extraction in several shapes: "Label: Wert" rows of a detected table,
a label alone on a line with its value below (a table the layout analysis missed), a label left at the
end of the previous value's line, "Label Wert" without colon, and values that wrap over lines, blocks
and pages. Each label is taken once per sheet (its first occurrence), so the word "Ziel" inside a
description cannot start a second goal.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ingest.hyphenation import join_hyphenated, vocabulary

# Field → label spellings seen in German measure sheets; longest first so "Kosten (geschätzt)" beats "Kosten".
LABELS: dict[str, tuple[str, ...]] = {
    "nr": ("Maßnahmennummer", "Maßnahmen-Nr.", "Nummer", "Nr."),
    "title": ("Maßnahmentitel", "Bezeichnung", "Titel"),
    "schwerpunkt": ("Handlungsschwerpunkt", "Handlungsfeld", "Themenfeld"),
    "goal": ("Zielsetzung", "Ziele", "Ziel"),
    "description": ("Maßnahmenbeschreibung", "Kurzbeschreibung", "Beschreibung", "Inhalt"),
    "lead": ("Federführung", "Federführend", "Verantwortlich", "Zuständigkeit", "Zuständig", "Projektträger"),
    "partners": ("Kooperationspartner", "Beteiligte", "Partner", "Akteure"),
    "time_frame": ("Umsetzungszeitraum", "Zeithorizont", "Zeitrahmen", "Zeitraum", "Laufzeit"),
    "priority": ("Priorität", "Priorisierung", "Dringlichkeit"),
    "cost": ("Geschätzte Kosten", "Kostenschätzung", "Kosten (geschätzt)", "Finanzbedarf", "Kosten"),
    "funding": (
        "Fördermöglichkeiten",
        "Finanzierungsmöglichkeiten",
        "Förderprogramme",
        "Fördermittel",
        "Finanzierung",
        "Förderung",
    ),
}
# Values of short fields that start lower case, so "Priorität hoch" reads as label and value.
_LOWER_VALUES = {
    "priority": re.compile(r"(?:sehr\s+)?(?:hoch|mittel|niedrig|gering)\b", re.IGNORECASE),
    "time_frame": re.compile(r"(?:kurz|mittel|lang)fristig|ab\b|bis\b|seit\b|laufend|fortlaufend|dauerhaft|ständig"),
}
_SPELLINGS = sorted(((label, field) for field, labels in LABELS.items() for label in labels), key=lambda p: -len(p[0]))
_LABEL = "|".join(re.escape(label) for label, _ in _SPELLINGS)
_FIELD_OF = {label.casefold(): field for label, field in _SPELLINGS}
# A label starts the line, or stands inside it with its colon (reflowed rows), or is left at the line's end.
_AT_START = re.compile(rf"^(?P<label>{_LABEL})(?:\s*:\s*|\s+|$)")
_INLINE = re.compile(rf"\s(?P<label>{_LABEL})\s*:\s*")
_SENTENCE_END = re.compile(r"[.!?;)“\"]$")
_AT_END = re.compile(rf"\s(?P<label>{_LABEL})\s*:?$")
_CONTINUES = re.compile(r"(?:[,;:(„\"/–-]|\b(?:und|oder|sowie|der|die|das|des|dem|den|für|von|mit|im|in|zur|zum))$")
_TERMINAL = re.compile(r"[.!?]$")


@dataclass(frozen=True)
class SheetLine:
    text: str
    page: int
    block: int  # running number of the block the line came from
    table: bool = False  # the block is a detected table: its lines are rows and wrapped cells


@dataclass(frozen=True)
class Field:
    name: str
    value: str
    last_page: int


def read_fields(lines: Sequence[SheetLine]) -> dict[str, Field]:
    """The sheet's fields by name; text before the first label (a repeated heading) is ignored."""
    segments: list[tuple[str, list[SheetLine]]] = []
    strong = _strong_fields(lines)
    for line in lines:
        for name, text in _split(line.text, {name for name, _ in segments}, strong):
            if name is None and segments:
                segments[-1][1].append(SheetLine(text, line.page, line.block, line.table))
            elif name is not None:
                segments.append((name, [SheetLine(text, line.page, line.block, line.table)] if text else []))
    if segments:
        name, last = segments[-1]
        segments[-1] = (name, _trim_tail(last))
    vocab = vocabulary(line.text for line in lines)
    return {
        name: Field(name, _join([line.text for line in parts], vocab), max((p.page for p in parts), default=0))
        for name, parts in segments
    }


def field_of(label: str) -> str | None:
    return _FIELD_OF.get(label.casefold())


def is_label(text: str) -> bool:
    """Whether a whole line is a field label (a heading such as "Beschreibung" is part of the sheet)."""
    return text.strip().rstrip(":").strip().casefold() in _FIELD_OF


def _strong_fields(lines: Sequence[SheetLine]) -> set[str]:
    """Fields whose label opens a line with a colon or stands alone: weaker cues for them are text."""
    strong: set[str] = set()
    for line in lines:
        match = _AT_START.match(line.text)
        if match and (":" in match.group(0) or match.end() == len(line.text)):
            strong.add(field_of(match.group("label")) or "")
    return strong


def _split(text: str, taken: set[str], strong: set[str]) -> list[tuple[str | None, str]]:
    """The line cut at the labels it carries: (field or None for continuation text, text)."""
    parts: list[tuple[str | None, str]] = []
    name: str | None = None
    rest = text.strip()
    while rest:
        start = _AT_START.match(rest)
        if start and _accepted(start, rest, taken, strong):
            name = field_of(start.group("label"))
            assert name is not None
            taken = taken | {name}
            rest = rest[start.end() :].strip()
            parts.append((name, ""))
            continue
        cut = _inner_label(rest, taken, strong)
        if cut is None:
            parts.append((None, rest))
            break
        before, label, after = cut
        parts.append((None, before))
        name = field_of(label)
        assert name is not None
        taken = taken | {name}
        parts.append((name, ""))
        rest = after
    return _merge(parts)


def _accepted(match: re.Match[str], line: str, taken: set[str], strong: set[str]) -> bool:
    name = field_of(match.group("label"))
    if name is None or name in taken:
        return False
    separator = match.group(0)[len(match.group("label")) :]
    if ":" in separator or match.end() == len(line):
        return True
    if name in strong:
        return False
    # "Label Wert" without colon: the value must look like one, not like a sentence going on ("Ziel ist").
    value = line[match.end() :]
    pattern = _LOWER_VALUES.get(name)
    return value[:1].isupper() or value[:1].isdigit() or value[:1] in '„"' or bool(pattern and pattern.match(value))


def _inner_label(text: str, taken: set[str], strong: set[str]) -> tuple[str, str, str] | None:
    for match in _INLINE.finditer(text):
        name = field_of(match.group("label"))
        before = text[: match.start()].strip()
        # Inside a line only where the sheet has no line-start label for the field, or after a sentence.
        if name not in taken and (name not in strong or _SENTENCE_END.search(before)):
            return before, match.group("label"), text[match.end() :].strip()
    end = _AT_END.search(text)
    if end is None:
        return None
    name = field_of(end.group("label"))
    before = text[: end.start()].strip()
    # "… Rechtsform und Finanzierung" is a phrase going on, not a label the layout left at the line's end.
    if name in taken or name in strong or _CONTINUES.search(before):
        return None
    return before, end.group("label"), ""


def _merge(parts: list[tuple[str | None, str]]) -> list[tuple[str | None, str]]:
    """A label followed by its inline text becomes one (field, value) pair."""
    merged: list[tuple[str | None, str]] = []
    for name, text in parts:
        if name is None and merged and merged[-1][0] is not None and not merged[-1][1]:
            merged[-1] = (merged[-1][0], text)
        elif name is not None or text:
            merged.append((name, text))
    return merged


def _trim_tail(parts: list[SheetLine]) -> list[SheetLine]:
    """The last field ends where the sheet does: a later block continues it only mid-phrase."""
    kept = parts[:1]
    for line in parts[1:]:
        previous = kept[-1]
        same_row = line.table and line.block == previous.block
        mid_phrase = not _TERMINAL.search(previous.text) and (
            bool(_CONTINUES.search(previous.text)) or line.text[:1].islower()
        )
        if not (same_row or mid_phrase):
            break
        kept.append(line)
    return kept


def _join(lines: list[str], vocab: frozenset[str]) -> str:
    joined = join_hyphenated([line.strip() for line in lines if line.strip()], vocab)
    return " ".join(" ".join(joined).split()).strip(" ;")
