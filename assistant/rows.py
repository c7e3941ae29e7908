"""Table rows as answers: the context a row needs in front, and which of several equal rows to prefer."""

from __future__ import annotations

import re

from index.search import Hit

YEAR = re.compile(r"\b(?:19[5-9]\d|20[0-4]\d)\b")
_CAPTION = re.compile(r"^(?:Tabelle|Tab\.|Abbildung|Abb\.|Übersicht)\s*\d*", re.IGNORECASE)
# A table's total row ("Nutzungsart: Insgesamt; Fläche in km²: 1.167,9"): its first value is a total.
_TOTAL_ROW = re.compile(
    r"^[^:;]{1,60}:\s*(?:[^;:]{0,40}\s)?(?:insgesamt|gesamt|summe|zusammen)\s*(?:;|$)", re.IGNORECASE
)
_TOTAL = 0.05  # among rows that cover the question equally, the total answers a question that names no row


def row_context(hit: Hit, sentences: list[str]) -> str:
    """What a row of a table needs in front to make sense: the caption, or the measure's title."""
    if hit.chunk.kind == "text" or not sentences:
        return ""
    if _CAPTION.match(sentences[0]):
        return sentences[0]
    return hit.chunk.section[-1] if hit.chunk.section else ""


def row_preference(sentence: str, context: str, years_asked: bool) -> float:
    """A small bonus that only decides between rows covering the question equally: the total row, and — for a
    question without a year, which asks for the current state — the latest year."""
    total = _TOTAL if context and _TOTAL_ROW.match(sentence) else 0.0
    years = [int(year) for year in YEAR.findall(sentence)]
    recency = 0.001 * (max(years) - 1990) if years and not years_asked else 0.0
    return total + recency
