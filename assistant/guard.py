"""Recognising requests that try to steer the assistant instead of asking about the documents."""

from __future__ import annotations

import re

# Instruction-like phrasings in German and English. They are refused before retrieval; the LLM
# prompt additionally treats every source as data, and verification drops anything ungrounded.
_PATTERNS = [
    r"\b(ignorier|missacht|übergeh)\w*\b.{0,60}\b(anweisung|regel|vorgabe|instruktion|prompt|dokument|quelle)",
    r"\bvergiss\b.{0,60}\b(anweisung|regel|vorgabe|dokument|quelle|alles|bisherig)",
    r"\bsystem[\s-]?(prompt|anweisung|nachricht|message)",
    r"\b(gib|zeig|verrat|nenn|wiederhol|druck|schreib)\w*\b.{0,40}\b(prompt|anweisungen|instruktionen|konfiguration)\b",
    r"\bdu bist (jetzt|nun|ab sofort|ab jetzt)\b",
    r"\b(tu|tue) so,? als (ob|wärst)\b",
    r"\bneue (rolle|anweisung|regeln)\b",
    r"\bignore (all|any|the|previous|prior|above|your)\b",
    r"\b(disregard|forget) (all|any|the|previous|prior|above|your)\b",
    r"\b(reveal|print|show|repeat) (me )?(your|the) (system )?(prompt|instructions)\b",
    r"\byou are now\b|\bact as\b|\bjailbreak\b|\bdeveloper mode\b|\bDAN\b",
]
_INJECTION = re.compile("|".join(_PATTERNS), re.IGNORECASE | re.DOTALL)


def looks_like_injection(text: str) -> bool:
    return bool(_INJECTION.search(text))
