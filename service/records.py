"""Plain JSON records of answers, shared by the CLI (and later the HTTP edge)."""

from __future__ import annotations

from typing import Any

from assistant.answer import Answer


def answer_record(answer: Answer) -> dict[str, Any]:
    return {
        "answer": answer.text,
        "refused": answer.refused,
        "reason": answer.reason,
        "backend": answer.backend,
        "notice": answer.notice,
        "standalone_question": answer.standalone_question,
        "mean_sentence_words": round(answer.mean_sentence_words, 1),
        "citations": [
            {
                "number": c.number,
                "document_id": c.document_id,
                "title": c.title,
                "file": c.file,
                "page": c.page,
                "page_label": c.page_label,
                "chunk_id": c.chunk_id,
                "quote": c.quote,
            }
            for c in answer.citations
        ],
    }
