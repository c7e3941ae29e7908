"""Field questions about one measure ("Wer ist federführend bei …?", "Welche Förderprogramme kommen für das
Radverkehrskonzept in Frage?", "Was kostet … und bis wann …?") get the asked fields of its sheet from the measure
catalogue first, each citing the part of the sheet that prints it; the extractive answer's own sentences follow.

The extractive choice quotes the sentences of retrieved passages that fit best; a sheet's field can stand where no
passage attributes it to its measure (the funding field continued on the next page under the next sheet's heading,
without its label), and of a question with three parts (who, by when, at what cost) it tends to quote the strongest
one. The catalogue read each sheet as a whole (ingest/measures.py). The measure is the one whose sheet the search
ranks first among its best passages, and only when the question names it (by its number or a distinctive word of
its title); otherwise the extractive answer stands alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from assistant.extractive import MAX_SENTENCES, Selected
from index.analysis import Analyzer
from index.catalogue import Catalogue
from index.search import Hit
from ingest.chunk import Chunk
from ingest.measures import FIELD_LABELS, Measure
from ingest.text import comparable

# What a question asks for (kinds of assistant/intent.py) → the sheet's fields that answer it, in sheet order.
_FIELDS_OF_KIND = {"who": ("lead",), "when": ("time_frame",), "cost": ("cost",), "funding": ("funding",)}
_PRIORITY = re.compile(r"\bpriorit", re.IGNORECASE)
_PARTNERS = re.compile(r"\b(?:partner\w*|beteiligt\w*|zusammen)\b", re.IGNORECASE)
_TOP = 3  # the sheet must be among the best passages
_COMMON_IN_TITLES = 3  # a title word this many titles share names none of them


@dataclass(frozen=True)
class SheetNames:
    """The words by which a question names a measure: its number, or a whole word of its title that few titles share
    ("Schule" does not name "Digitale Kreisschulen"). Derived once per catalogue, not per question."""

    words: dict[str, frozenset[str]]  # measure number → distinctive title words (analysed)


def sheet_names(catalogue: Catalogue, analyzer: Analyzer) -> SheetNames:
    titles = {m.nr: {word[0] for word in analyzer.word_terms(m.title)} for m in catalogue.measures}
    common = {w for w in set().union(*titles.values()) if sum(w in t for t in titles.values()) >= _COMMON_IN_TITLES}
    return SheetNames({nr: frozenset(words - common) for nr, words in titles.items()})


@dataclass(frozen=True)
class SheetField:
    measure: Measure
    label: str  # as the catalogue names it ("Fördermöglichkeiten")
    value: str
    chunk: Chunk  # where the sheet prints it


def asked_fields(question: str, kinds: frozenset[str]) -> tuple[str, ...]:
    """The catalogue fields a question asks for, in sheet order."""
    wanted = {field for kind in kinds for field in _FIELDS_OF_KIND.get(kind, ())}
    if _PRIORITY.search(question):
        wanted.add("priority")
    if _PARTNERS.search(question):
        wanted.add("partners")
        wanted.discard("lead")  # "Mit welchen Partnern …" asks for partners, not for who leads
    return tuple(name for name in FIELD_LABELS if name in wanted)


def sheet_fields(
    question: str,
    kinds: frozenset[str],
    hits: Sequence[Hit],
    catalogue: Catalogue,
    names: SheetNames,
    analyzer: Analyzer,
) -> list[SheetField]:
    """The asked fields of the measure the question is about, or [] when that is not clear or the sheet lacks one."""
    fields = asked_fields(question, kinds)
    measure = _measure(question, hits, catalogue, names, analyzer) if fields else None
    if measure is None:
        return []
    sheet = catalogue.sheet_chunks(measure)
    found = []
    for name in fields:
        value = " ".join(str(getattr(measure, name)).split())
        chunk = next((c for c in sheet if value and comparable(value[:40]) in comparable(c.text)), None)
        if chunk is None or FIELD_LABELS[name] in measure.missing:
            return []  # an answer with a field left out would read as complete
        found.append(SheetField(measure, FIELD_LABELS[name], value, chunk))
    return found


def _measure(
    question: str, hits: Sequence[Hit], catalogue: Catalogue, names: SheetNames, analyzer: Analyzer
) -> Measure | None:
    """The first measure sheet among the best hits, if the question names it (see `SheetNames`)."""
    for programme in catalogue.tagger.tag(question).programmes:  # "DigitalPakt Schule" names a programme, no sheet
        question = catalogue.tagger.without(question, programme)
    asked = {word[0] for word in analyzer.word_terms(question)}
    folded = question.casefold()
    for hit in hits[:_TOP]:
        sheets = catalogue.sheets_of(hit.chunk.id)
        if not sheets:
            continue
        measure = sheets[-1]  # a chunk where one sheet ends and the next begins stands under the next one's heading
        named = re.search(rf"(?<![\w]){re.escape(measure.nr.casefold())}(?![\w])", folded) is not None
        titled = bool(asked & names.words[measure.nr])
        return measure if named or titled else None
    return None


def with_fields(
    fields: Sequence[SheetField], hits: Sequence[Hit], selected: Sequence[Selected]
) -> tuple[tuple[Hit, ...], list[Selected]]:
    """The hits (with the fields' chunks added where missing) and the answer's sentences: the fields first, then the
    extractive sentences that do not repeat one, up to the usual length."""
    if not fields:
        return tuple(hits), list(selected)
    extended = list(hits)
    lines = []
    title = f"Maßnahme {fields[0].measure.nr}: {fields[0].measure.title}"
    for item in fields:
        index = next((i for i, hit in enumerate(extended) if hit.chunk.id == item.chunk.id), None)
        if index is None:
            extended.append(Hit(item.chunk, 0.0, ("catalogue",)))
            index = len(extended) - 1
        lines.append(Selected(index, -1, f"{title} — {item.label}: {item.value}", 1.0, context=title))
    values = [comparable(item.value) for item in fields]
    rest = [s for s in selected if not any(value in comparable(s.text) for value in values)]
    return tuple(extended), [*lines, *rest[: max(0, MAX_SENTENCES - len(lines))]]
