"""The sentence window: which neighbour a quoted sentence needs to be understood.

A sentence that refers back ("Er grenzt an …", "… hat diese Bindungswirkung nicht") needs the sentence before it; a
lead-in ("Die Maßnahme umfasst vier Bausteine.", "Die wichtigsten Datenquellen sind:") needs the one after it.
"""

from __future__ import annotations

import re

_ENUMERATION = re.compile(r"^(?:[•▪●◦]|\d{1,2}\.\s|(?:erstens|zum einen|zunächst|einerseits)\b)", re.IGNORECASE)
# "Damit" is left out: at a sentence start it is as often "so that" as "with this".
_REFERS_BACK = re.compile(
    r"^(?:(?:er|sie|es|ihr|ihm|ihn|ihnen|dies|dabei|dazu|dafür|dadurch|daher|deshalb|hierzu|hierfür)\b"
    r"|(?:\S+\s+){0,5}(?:diese|dieser|dieses|diesem|diesen)\b)",
    re.IGNORECASE,
)


def antecedent(sentences: list[str], position: int, titles: set[str]) -> str:
    """The previous sentence, when this one refers back to it: what "Er" stands for is part of what it says."""
    if position == 0 or not _REFERS_BACK.match(sentences[position]):
        return ""
    previous = sentences[position - 1]
    # A heading ("Digitale Teilhabe") has no full stop: it is not what the sentence refers to.
    return previous if previous.endswith((".", "!")) and previous not in titles else ""


def leads_in(sentence: str, following: str) -> bool:
    """Ends in a colon, or is followed by the first item of an enumeration without being an item itself."""
    if sentence.rstrip().endswith(":"):
        return True
    return bool(_ENUMERATION.match(following)) and not _ENUMERATION.match(sentence)
