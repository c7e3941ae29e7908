"""The checkable facts of a sentence: numbers (with dates and amounts) and proper names, compared leniently.

Numbers: every numeric token gets all readings its notation allows, so German "112.665" and "112665", "3,4 %" and
"3.4", "1,2 Mio." and "1.200.000" meet; a date "31.12.2019" counts as its day, month and year.

Names: German capitalises every noun, so capitalisation alone says little. Two pragmatic rules:
- *name-shaped* tokens are names anywhere in a sentence: acronyms ("KIPKI", "ÖPNV"), words with an inner capital
  ("KfW") and hyphenated words whose parts are capitalised ("Bernkastel-Wittlich", "LEADER-Region");
- a plain capitalised word is a name when no given source knows it and it stands after a place preposition
  ("in Morbach") or next to another such unknown word ("Landrat Gregor Eibes"). An ordinary noun the sources never
  use ("Zukunft") stays unchecked unless it stands in such a position.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

_DATE = re.compile(r"(?<![\d.,])(\d{1,2})\.\s?(\d{1,2})\.(?:\s?(\d{4}|\d{2}))?(?![\d,])")
_NUMBER = re.compile(
    r"(?<![\d.,])(\d+(?:[.,]\d+)*)(?:\s*(Mio\.?|Millionen|Million|Mrd\.?|Milliarden|Milliarde|Tsd\.?|Tausend))?"
)
_FACTORS = {"mio": 10**6, "million": 10**6, "mrd": 10**9, "milliard": 10**9, "tsd": 10**3, "tausend": 10**3}
_WORD = re.compile(r"[^\W\d_](?:[^\W_]|-(?=[^\W_]))*")
_PLACE_PREPOSITIONS = frozenset({"in", "aus", "nach", "bei", "von", "zwischen"})
_ENDINGS = ("ern", "en", "er", "es", "ns", "n", "s", "e")


def number_readings(text: str) -> list[frozenset[str]]:
    """One set of canonical readings per number in `text` (a date contributes day, month and year)."""
    readings: list[frozenset[str]] = []
    for match in _DATE.finditer(text):
        readings.extend(frozenset({_canon(Decimal(part))}) for part in match.groups() if part)
    for match in _NUMBER.finditer(_DATE.sub(" ", text)):
        values = _interpretations(match.group(1))
        if match.group(2):
            factor = next(f for key, f in _FACTORS.items() if match.group(2).lower().startswith(key))
            values |= {value * factor for value in values}
        readings.append(frozenset(_canon(value) for value in values))
    return readings


def all_numbers(text: str) -> frozenset[str]:
    return frozenset().union(*number_readings(text))


def _interpretations(token: str) -> set[Decimal]:
    groups = re.split(r"[.,]", token)
    separators = re.findall(r"[.,]", token)
    if not separators:
        return {Decimal(token)}
    if len(set(separators)) == 2:  # "1.234,5" or "1,234.5": the last separator is the decimal mark
        whole = "".join(groups[:-1])
        return {_decimal(f"{whole}.{groups[-1]}")}
    readings = {_decimal(".".join(["".join(groups[:-1]), groups[-1]]))} if len(groups) == 2 else set()
    if all(len(group) == 3 for group in groups[1:]):  # thousands separators, in either notation
        readings.add(_decimal("".join(groups)))
    return readings or {_decimal("".join(groups))}


def _decimal(text: str) -> Decimal:
    try:
        return Decimal(text)
    except InvalidOperation:  # pragma: no cover - the regex admits digits only
        return Decimal(0)


def _canon(value: Decimal) -> str:
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def is_name_shaped(word: str) -> bool:
    letters = word.replace("-", "")
    if len(letters) >= 2 and letters.isupper():
        return True
    if word[0].isupper() and any(char.isupper() for char in word[1:]) and not letters.isupper():
        return True  # "KfW", "LEADER-Region", "Bernkastel-Wittlich"
    return word[0].islower() and any(char.isupper() for char in word[1:])  # "eGovernment"


def names(sentence: str, known: str) -> list[str]:
    """Names in `sentence`; `known` is the normalised text of all given sources (see `normalise`)."""
    words = _WORD.findall(sentence)
    found: list[str] = []
    unknown = [
        index > 0 and word[0].isupper() and not is_name_shaped(word) and not knows(known, word, boundary=False)
        for index, word in enumerate(words)
    ]
    for index, word in enumerate(words):
        if is_name_shaped(word):
            acronyms = [part for part in word.split("-") if len(part) >= 2 and part.isupper()]
            # "KIPKI-Projekt" names KIPKI; the passage may well say "Projekt KIPKI".
            found.extend(acronyms if "-" in word and acronyms else [word])
        elif unknown[index]:
            after_preposition = words[index - 1].lower() in _PLACE_PREPOSITIONS
            beside_unknown = unknown[index - 1] or (index + 1 < len(words) and unknown[index + 1])
            if after_preposition or beside_unknown:
                found.append(word)
    return found


def normalise(text: str) -> str:
    """Lower case, one kind of hyphen, no line-break hyphenation gaps, single spaces."""
    text = re.sub(r"[\u2010\u2011\u2012\u2013\u00ad]", "-", text.lower())
    return " ".join(re.sub(r"-\s+", "-", text).split())


def stem(word: str) -> str:
    """Strip one German inflection ending, keeping at least four letters."""
    lowered = word.lower()
    for ending in _ENDINGS:
        if lowered.endswith(ending) and len(lowered) - len(ending) >= 4:
            return lowered[: -len(ending)]
    return lowered


def knows(normalised: str, word: str, boundary: bool = True) -> bool:
    """Whether `word` (or its stem) occurs in the normalised text; `boundary` demands a word start."""
    needle = re.escape(stem(word))
    pattern = rf"(?<![^\W_]){needle}" if boundary else needle
    return re.search(pattern, normalised) is not None
