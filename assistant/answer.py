"""What the assistant returns: an answer text with numbered citations, or an honest refusal."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from index.search import Hit

RefusalReason = Literal["", "out_of_scope", "injection", "empty"]
Backend = Literal["extractive", "llm"]


@dataclass(frozen=True)
class Citation:
    """[number] in the answer text → a passage of one page."""

    number: int
    document_id: str
    title: str
    file: str
    page: int  # physical, 1-based: for links `file#page=N`
    page_label: str  # as printed
    chunk_id: str
    quote: str  # the span that supports the sentence(s) citing it


@dataclass(frozen=True)
class Turn:
    """One earlier exchange of a conversation."""

    question: str
    answer: str = ""


@dataclass(frozen=True)
class Answer:
    text: str
    citations: tuple[Citation, ...]
    hits: tuple[Hit, ...]
    refused: bool = False
    reason: RefusalReason = ""
    backend: Backend = "extractive"
    standalone_question: str = ""  # the question after folding in the conversation history
    notice: str = ""  # e.g. that the LLM was unreachable and the extractive answer stands in
    mean_sentence_words: float = 0.0  # reported for "Einfache Sprache"
    sentences: tuple[str, ...] = field(default=())
