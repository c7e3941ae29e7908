"""Joining words that the layout hyphenated at line ends, while keeping real hyphens.

German makes this harder than English: "Fach-/kräfte" is a layout break, but "Bernkastel-/Wittlich",
"E-/Mobilität" and "Arbeits-/und Fachkräftesicherung" carry real hyphens. The rules below decide by
case and by evidence from the same document's vocabulary (a form seen in mid-line is authoritative).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_BREAK_MARKS = ("-", "\u00ad", "\u00ac", "\u2010", "\u2011")
# Words after which a trailing hyphen is an ellipsis of a compound ("Arbeits- und Fachkräfte").
_CONJUNCTIONS = frozenset({"und", "oder", "bzw", "sowie", "als", "wie", "bis", "noch", "statt", "beziehungsweise"})
_WORD = re.compile(r"[\wÄÖÜäöüß]+(?:-[\wÄÖÜäöüß]+)*")


def vocabulary(lines: Iterable[str]) -> frozenset[str]:
    """Lower-cased words that appear whole inside lines (not at a line-end break)."""
    words: set[str] = set()
    for line in lines:
        tokens = _WORD.findall(line)
        if line.endswith(_BREAK_MARKS) and tokens:
            tokens = tokens[:-1]
        words.update(token.lower() for token in tokens)
    return frozenset(words)


def join_hyphenated(lines: list[str], vocab: frozenset[str]) -> list[str]:
    """Merge each line that ends in a break hyphen with the line after it."""
    result: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        while index + 1 < len(lines) and _ends_in_break(line) and _starts_with_letter(lines[index + 1]):
            line = _join_pair(line, lines[index + 1], vocab)
            index += 1
        result.append(line)
        index += 1
    return result


def _ends_in_break(line: str) -> bool:
    return len(line) >= 2 and line.endswith(_BREAK_MARKS) and line[-2].isalpha()


def _starts_with_letter(line: str) -> bool:
    return bool(line) and line[0].isalpha()


def _join_pair(first: str, second: str, vocab: frozenset[str]) -> str:
    stem = first[:-1]
    head_match = re.search(r"[\wÄÖÜäöüß-]+$", stem)
    head = head_match.group(0) if head_match else ""
    tail_match = _WORD.match(second)
    tail = tail_match.group(0) if tail_match else ""
    if first.endswith("\u00ad"):  # a soft hyphen is a layout break by definition
        return stem + second
    if tail.lower() in _CONJUNCTIONS:
        return stem + "- " + second
    joined = (head + tail).lower()
    hyphenated = f"{head}-{tail}".lower()
    if hyphenated in vocab and joined not in vocab:
        return stem + "-" + second
    if joined in vocab:
        return stem + second
    if tail[:1].isupper() or head[-1:].isupper() or head[-1:].isdigit():
        # "Bernkastel-/Wittlich", "E-/Mobilität", "CO2-/Bilanz": German compounds with a capital after
        # the hyphen are written with the hyphen; a layout break would continue in lower case.
        return stem + "-" + second
    return stem + second
