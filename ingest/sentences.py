"""Sentence boundaries in German administrative prose, shared by chunking and by extractive answers.

A full stop ends a sentence unless it belongs to an abbreviation ("z. B.", "Nr.", "ca.") or to an ordinal in a date
("am 14. März 2022"): splitting there would cut a date off its sentence and cite half a fact.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_ABBREVIATIONS = re.compile(
    r"(?<![\wÄÖÜäöüß])(?:z\. ?B|u\. ?a|d\. ?h|bzw|ca|Nr|vgl|Abs|S|Mio|Mrd|inkl|ggf|evtl|usw|etc|Dr|Prof|gem|"
    r"v\. ?a|o\. ?ä|Tab|Abb|p\. ?a|Std|rd|insb|sog|i\. ?d\. ?R|max|min|bspw|Jh|St|Str|Tsd|"
    r"zzgl|bzgl|Hrsg|z\. ?T|u\. ?U|i\. ?V|Tel|Einw|"
    # The first stop of "m ü. NN" and "e. V.": a lone "ü" or "e" is never a sentence's last word.
    r"ü|e)\.(?= )",
    re.IGNORECASE,
)
# Only before a number: "Art. 28 Abs. 2 GG", "Kap. 5"; elsewhere "Art" and "Kap" end sentences like other words.
_BEFORE_NUMBER = re.compile(r"(?<![\wÄÖÜäöüß])(?:Art|Kap|Ziff|Anl|Rn|Bd)\.(?= \d)")
_MONTHS = (
    r"Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|"
    r"Jan|Feb|Mär|Apr|Jun|Jul|Aug|Sep|Sept|Okt|Nov|Dez"
)
_DATE_ORDINAL = re.compile(rf"(?<![\d.])\d{{1,2}}\.(?= (?:{_MONTHS})\b)")
_BOUNDARY = re.compile(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ0-9„\"(•])|\n+")


def protect(text: str) -> str:
    """The text with every full stop that ends no sentence replaced by NUL; same length, so offsets stay valid."""
    text = _ABBREVIATIONS.sub(lambda match: match.group(0).replace(".", "\x00"), text)
    text = _BEFORE_NUMBER.sub(lambda match: match.group(0).replace(".", "\x00"), text)
    return _DATE_ORDINAL.sub(lambda match: match.group(0).replace(".", "\x00"), text)


def sentence_ends(text: str) -> Iterator[int]:
    """Offsets just after each sentence boundary (the whitespace that follows a sentence included)."""
    for match in _BOUNDARY.finditer(protect(text)):
        yield match.end()


def split_sentences(text: str) -> list[str]:
    """Sentences of running text; every line of a table or list stays a unit of its own."""
    parts = _BOUNDARY.split(protect(text))
    sentences = [" ".join(part.replace("\x00", ".").split()) for part in parts]
    return [sentence for sentence in sentences if len(sentence) > 1]
