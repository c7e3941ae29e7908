"""Questions that ask for a list of measures ("Welche Maßnahmen haben eine niedrige Priorität?", "Welche Maßnahmen
werden über KIPKI gefördert?") are answered from the measure catalogue, one line per measure with its sheet cited.

Retrieval returns a few passages and an extractive answer quotes one or two of them; a list question needs every
sheet that matches, and the catalogue knows them (index/catalogue.py). Only a plain list question is taken: a
priority, a funding programme of the programme file or a Handlungsschwerpunkt, and nothing else to narrow it down
("… für Schulen?" is left to the search, which reads the text).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from index.catalogue import Catalogue, MeasureQuery
from ingest.chunk import Chunk
from ingest.measures import Measure
from ingest.text import comparable

MAX_LISTED = 8
_LIST_QUESTION = re.compile(
    r"\b(?:welche|which)\b(?:\s+\S+){0,3}?\s+(?:maßnahmen|massnahmen|measures)\b", re.IGNORECASE
)
_PRIORITY = (
    ("hoch", re.compile(r"\b(?:hohe[nrm]?|höchste[nrm]?|hoher|high|highest|top)\s+priorit", re.IGNORECASE)),
    ("mittel", re.compile(r"\b(?:mittlere[nrm]?|medium)\s+priorit", re.IGNORECASE)),
    ("niedrig", re.compile(r"\b(?:niedrige[nrm]?|niedrigste[nrm]?|geringe[nrm]?|low|lowest)\s+priorit", re.IGNORECASE)),
    ("hoch", re.compile(r"\bpriorität\s*:?\s*hoch\b", re.IGNORECASE)),
    ("mittel", re.compile(r"\bpriorität\s*:?\s*mittel\b", re.IGNORECASE)),
    ("niedrig", re.compile(r"\bpriorität\s*:?\s*niedrig\b", re.IGNORECASE)),
)
_LABEL = re.compile(r"^[^\W\d_][^:]{0,40}:\s*")  # "Fördermöglichkeiten: " before a field's value
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# Words that say "which measures, funded or ranked how" without narrowing the list down.
_GENERIC = frozenset(
    """
    welche welcher welches which what maßnahme maßnahmen massnahmen measure measures der die das den dem des ein eine
    einer einen nur noch alle auch bereits im in aus über mit von für zum zur bei am an the a an of in from by with for
    are is be been can could will werden wird wurden würden können kann könnten sollen soll haben hat hatte gibt es sind
    ist stehen steht gelten gilt have has get gets getting kreis landkreis kreises landkreises county district
    handlungskonzept handlungskonzepts handlungskonzeptes konzept konzepts kreisentwicklungskonzept
    kreisentwicklungskonzepts plan concept katalog katalogs maßnahmenkatalog catalogue priorität prioritäten
    priority priorities eingestuft eingeordnet bewertet rated ranked ranking stufe gefördert gefoerdert fördern
    gefördert förderfähig förderung förderprogramm finanziert finanzieren finanzierung bezuschusst unterstützt
    unterstützen unterstützung mitteln mittel funded financed supported support funding programme program
    handlungsschwerpunkt handlungsschwerpunkts bereich bereichs area field schwerpunkt themenfeld
    """.split()
)


@dataclass(frozen=True)
class Listed:
    measure: Measure
    chunk: Chunk  # the part of the sheet that states what the question asked for
    line: str  # that statement, as printed ("Priorität: niedrig", "Fördermöglichkeiten: … KIPKI …")


@dataclass(frozen=True)
class Listing:
    query: MeasureQuery
    criterion: str  # what the measures share, for the answer's first line ("Priorität „niedrig“")
    listed: tuple[Listed, ...]
    total: int  # matching measures, also those not listed


def list_query(question: str, catalogue: Catalogue) -> tuple[MeasureQuery, str] | None:
    """The catalogue query a plain list question stands for, with the criterion in words; else None."""
    if not _LIST_QUESTION.search(question):
        return None
    rest = question
    priority = ""
    for value, pattern in _PRIORITY:
        if pattern.search(rest):
            priority = value
            rest = pattern.sub(" ", rest)
            break
    programme, programme_name = _programme(rest, catalogue)
    if programme:
        rest = catalogue.tagger.without(rest, programme)
    schwerpunkt = _schwerpunkt(rest, catalogue.measures)
    if schwerpunkt:
        rest = re.sub(re.escape(schwerpunkt), " ", rest, flags=re.IGNORECASE)
    if not (priority or programme or schwerpunkt):
        return None
    if any(word.casefold() not in _GENERIC for word in _WORD.findall(rest) if len(word) > 2):
        return None  # something else narrows the question down: the search reads the text
    criteria = [
        f"Priorität „{priority}“" if priority else "",
        f"Förderprogramm {programme_name}" if programme else "",
        f"Handlungsschwerpunkt {schwerpunkt}" if schwerpunkt else "",
    ]
    query = MeasureQuery(schwerpunkt=schwerpunkt, priority=priority, programme=programme)
    return query, ", ".join(c for c in criteria if c)


def list_measures(question: str, catalogue: Catalogue) -> Listing | None:
    """The measures a list question asks for, each with the line of its sheet that shows it; None when the question
    is no plain list question or no sheet shows what it asks for."""
    found = list_query(question, catalogue)
    if found is None:
        return None
    query, criterion = found
    listed = []
    for measure in catalogue.find(query).measures:
        evidence = _evidence(measure, query, catalogue, catalogue.sheet_chunks(measure))
        if evidence is not None:
            listed.append(Listed(measure, *evidence))
    if not listed:
        return None
    return Listing(query, criterion, tuple(listed[:MAX_LISTED]), len(listed))


def _programme(question: str, catalogue: Catalogue) -> tuple[str, str]:
    found = catalogue.tagger.tag(question).programmes
    if len(found) != 1:
        return "", ""  # none, or several: which one the list is about is not clear
    programme = catalogue.tagger.programme(found[0])
    return found[0], (programme.short or programme.name) if programme else found[0]


def _schwerpunkt(question: str, measures: Sequence[Measure]) -> str:
    folded = question.casefold()
    names = sorted({m.schwerpunkt for m in measures if m.schwerpunkt}, key=len, reverse=True)
    return next((name for name in names if name.casefold() in folded), "")


def _evidence(
    measure: Measure, query: MeasureQuery, catalogue: Catalogue, chunks: Sequence[Chunk]
) -> tuple[Chunk, str] | None:
    """The sheet's chunk and line that state the priority or name the programme asked for (the sheet's title for a
    Handlungsschwerpunkt). A chunk may also hold the end of the sheet before: only lines after this sheet's title
    count there, and a funding line must be part of this sheet's own funding field."""
    own_funding = comparable(measure.funding)
    for chunk in chunks:
        lines = [line.strip() for line in chunk.text.splitlines() if line.strip()]
        start = next((i for i, line in enumerate(lines) if measure.title and measure.title in line), 0)
        for position in range(start, len(lines)):
            line = lines[position]
            if query.programme:
                value = _LABEL.sub("", line)
                if query.programme in catalogue.tagger.tag(line).programmes and comparable(value) in own_funding:
                    return chunk, _with_label(lines, position)
            elif query.priority and re.match(r"(?i)priorit\w*\s*:", line):
                return chunk, line
    if not query.programme and not query.priority and chunks:
        return chunks[0], ""
    return None


def _with_label(lines: Sequence[str], position: int) -> str:
    """A field value with its label: "Fördermöglichkeiten" may stand on the line before, without its colon."""
    line = lines[position]
    label = lines[position - 1] if position else ""
    if ":" in line or not label or len(label) > 40 or label.endswith((".", ";", ":")):
        return line
    return f"{label}: {line}"
