"""Splitting passages into sentences (or table rows), the units of extractive answers and quotes."""

from __future__ import annotations

import re

# Abbreviations after which a full stop does not end a sentence in German administrative prose.
_ABBREVIATIONS = re.compile(
    r"(?<![\wÄÖÜäöüß])(?:z\. ?B|u\. ?a|d\. ?h|bzw|ca|Nr|vgl|Abs|S|Mio|Mrd|inkl|ggf|evtl|usw|etc|Dr|Prof|gem|"
    r"v\. ?a|o\. ?ä|Tab|Abb|p\. ?a|Std|rd|insb|sog|i\. ?d\. ?R|max|min|bspw|Jh|Str)\.(?= )",
    re.IGNORECASE,
)
_BOUNDARY = re.compile(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ0-9„\"(•])|\n+")


def split_sentences(text: str) -> list[str]:
    """Sentences of running text; every line of a table or list stays a unit of its own."""
    protected = _ABBREVIATIONS.sub(lambda match: match.group(0).replace(".", "\x00"), text)
    parts = _BOUNDARY.split(protected)
    sentences = [" ".join(part.replace("\x00", ".").split()) for part in parts]
    return [sentence for sentence in sentences if len(sentence) > 1]
