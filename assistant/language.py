"""Telling an English question from a German one, to answer in the asker's language."""

from __future__ import annotations

import re

_ENGLISH = frozenset(
    "the a an is are was were what which who whom how when where why does do did can could should will would "
    "of in on for to and or with about from by many much there this that these those it its their our my your "
    "have has had been being any all some most than into not measures priority funded funding county district plan "
    "plans".split()
)
_GERMAN = frozenset(
    "der die das ist sind war wie was wer wann wo warum welche welcher welches und oder mit für von zu im in "
    "den dem des ein eine einen gibt es bei uns kreis landkreis".split()
)
_WORD = re.compile(r"[a-zäöüß]+")


def is_english(text: str) -> bool:
    words = _WORD.findall(text.lower())
    english = sum(word in _ENGLISH for word in words)
    german = sum(word in _GERMAN for word in words)
    return english > german and english >= 2
