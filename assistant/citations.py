"""Turning the hits an answer relies on into numbered citations with a supporting quote."""

from __future__ import annotations

from collections.abc import Sequence

from assistant.answer import Citation
from index.search import Hit, Searcher
from ingest.sentences import split_sentences

_QUOTE_CHARS = 300


def make_citation(number: int, hit: Hit, searcher: Searcher, supported: Sequence[str] = ()) -> Citation:
    """Citation `number` for `hit`; the quote is the passage sentence closest to what it supports."""
    document = searcher.document(hit.chunk.document_id)
    return Citation(
        number=number,
        document_id=hit.chunk.document_id,
        title=document.title if document else hit.chunk.document_id,
        file=document.file if document else "",
        page=hit.chunk.page,
        page_label=hit.chunk.page_label,
        chunk_id=hit.chunk.id,
        quote=best_quote(hit.chunk.text, supported),
    )


def best_quote(passage: str, supported: Sequence[str]) -> str:
    """The sentence of `passage` sharing most words with the supported sentences (or the first one)."""
    sentences = split_sentences(passage) or [passage]
    wanted = {word.lower() for text in supported for word in text.split() if len(word) > 3}
    best = max(sentences, key=lambda s: len(wanted & {w.lower() for w in s.split()})) if wanted else sentences[0]
    return best if len(best) <= _QUOTE_CHARS else best[: _QUOTE_CHARS - 1].rsplit(" ", 1)[0] + " …"
