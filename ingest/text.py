"""Character-level normalisation shared by cleaning and analysis."""

from __future__ import annotations

import re
import unicodedata

# Ligature glyphs that PDF exports leave in the text layer; NFKC would also fold them, but it would
# fold superscripts, fractions and the like too, which carry meaning in statistics tables.
_LIGATURES = {
    "\ufb00": "ff",
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb03": "ffi",
    "\ufb04": "ffl",
    "\ufb05": "st",
    "\ufb06": "st",
}
_LIGATURE_TABLE = str.maketrans(_LIGATURES)
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")
# Bullet glyphs of symbol fonts often come out as control characters (U+007F, U+0095, ...).
_LEADING_CONTROL = re.compile(r"^[\x00-\x08\x0e-\x1f\x7f-\x9f\uf0b7\uf0a7]+\s*")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def normalize_line(line: str) -> str:
    """Ligatures resolved, invisible characters dropped, spaces collapsed, NFC."""
    line = line.translate(_LIGATURE_TABLE)
    line = _INVISIBLE.sub("", line)
    line = _LEADING_CONTROL.sub("• ", line.lstrip())
    line = _CONTROL.sub("", line)
    line = _SPACES.sub(" ", line)
    return unicodedata.normalize("NFC", line.strip())


def comparable(text: str) -> str:
    """Whitespace collapsed and case folded: for finding a value read from one text (a catalogue field) in
    another (a chunk), whose line breaks fall elsewhere."""
    return " ".join(text.split()).casefold()
