"""Folding a follow-up question into a standalone one without an LLM: carry the previous topic over."""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.answer import Turn

# Words that point back to something said before ("dafür", "diese Maßnahme", "and who ...").
_ANAPHORA = re.compile(
    r"^(und|aber|also|and|what about)\b|\b(dafür|dazu|davon|darüber|damit|daran|dort|diese[rsmn]?|dieses|"
    r"jene[rsmn]?|sie|es|er|ihm|ihr|this|that|it|they|them|those)\b",
    re.IGNORECASE,
)
_SHORT = 9  # words; longer questions usually carry their own topic


def standalone_question(question: str, history: Sequence[Turn]) -> str:
    """The question itself, or the previous question plus this one when it reads like a follow-up."""
    previous = next((turn.question for turn in reversed(history) if turn.question.strip()), "")
    if not previous or not is_follow_up(question):
        return question
    return f"{previous.strip()} {question.strip()}"


def is_follow_up(question: str) -> bool:
    words = question.split()
    return len(words) <= _SHORT and bool(_ANAPHORA.search(question))
