"""Ground truth next to the sample PDFs: where keyed blocks landed, measures, gold questions."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import fields
from pathlib import Path
from typing import Any

from pypdf import PdfReader

from .model import Block, Measure, Question, SampleDocument
from .render import RenderResult


class BuildError(Exception):
    """The content cannot be turned into consistent ground truth."""


def measures(doc: SampleDocument) -> list[Measure]:
    blocks: tuple[Block, ...] = doc.front_matter + doc.body
    return [b for b in blocks if isinstance(b, Measure)]


def document_truth(doc: SampleDocument, result: RenderResult) -> dict[str, Any]:
    measure_rows = []
    for m in measures(doc):
        row: dict[str, Any] = {f.name: getattr(m, f.name) for f in fields(m)}
        row["programmes"] = list(m.programmes)
        row["page"], row["last_page"] = result.keys[m.key]
        measure_rows.append(row)
    return {
        "document_id": doc.id,
        "file": doc.file_name,
        "pages": [{"page": i, "label": label} for i, label in enumerate(result.labels, 1)],
        "keys": {k: list(v) for k, v in sorted(result.keys.items())},
        "scan_pages": list(result.scan_pages),
        "measures": measure_rows,
    }


def gold_pages(question: Question, keys: dict[str, list[int]]) -> list[int]:
    """Pages of the question's own document (qualified keys into other documents are skipped)."""
    pages: list[int] = []
    for key in question.keys:
        if "/" in key:
            continue
        if key not in keys:
            raise BuildError(f"question {question.id!r} names key {key!r}, which matches no block")
        first, last = keys[key]
        pages += [p for p in range(first, last + 1) if p not in pages]
    return pages


def gold_refs(question: Question, doc_id: str, keys_by_doc: dict[str, dict[str, list[int]]]) -> list[tuple[str, int]]:
    """All gold pages; a key "other-document-id/KEY" points into another document that states the same
    answer (the Handlungskonzept repeats figures of the Strukturatlas, for instance)."""
    refs: list[tuple[str, int]] = [(doc_id, p) for p in gold_pages(question, keys_by_doc[doc_id])]
    for key in question.keys:
        if "/" not in key:
            continue
        other, _, local = key.partition("/")
        if local not in keys_by_doc.get(other, {}):
            raise BuildError(f"question {question.id!r} names key {key!r}, which matches no block")
        first, last = keys_by_doc[other][local]
        refs += [(other, p) for p in range(first, last + 1) if (other, p) not in refs]
    return refs


def question_cases(
    doc_id: str, questions: tuple[Question, ...], keys_by_doc: dict[str, dict[str, list[int]]]
) -> list[dict[str, Any]]:
    return [
        {
            "id": q.id,
            "category": q.category,
            "question": q.question,
            "gold": [{"document_id": d, "page": p} for d, p in gold_refs(q, doc_id, keys_by_doc)],
            "keywords": list(q.keywords),
        }
        for q in questions
    ]


def _searchable(text: str) -> tuple[str, str]:
    # Extracted text has ligature glyphs and words split at line ends; a reader's search would
    # see through both, so the keyword check does too (with and without the break hyphen).
    text = unicodedata.normalize("NFKC", text).casefold()
    joined = re.sub(r"(\w)-\n(\w)", r"\1\2", text)
    kept = re.sub(r"(\w)-\n(\w)", r"\1-\2", text)
    return re.sub(r"\s+", " ", joined), re.sub(r"\s+", " ", kept)


def keyword_warnings(pdf: Path, doc_id: str, questions: tuple[Question, ...], truth: dict[str, Any]) -> list[str]:
    """Questions whose keywords are not all on one extractable gold page (scans excepted)."""
    reader = PdfReader(pdf)
    texts: dict[int, tuple[str, str]] = {}
    scans = set(truth["scan_pages"])
    warnings = []
    for q in questions:
        pages = gold_pages(q, truth["keys"])
        if not q.keywords or not pages or scans.intersection(pages):
            continue
        for p in pages:
            if p not in texts:
                texts[p] = _searchable(reader.pages[p - 1].extract_text() or "")
        wanted = [unicodedata.normalize("NFKC", k).casefold() for k in q.keywords]
        if not any(all(k in t[0] or k in t[1] for k in wanted) for t in map(texts.get, pages) if t):
            warnings.append(f"{doc_id}: question {q.id!r}: keywords {list(q.keywords)} not all on one of pages {pages}")
    return warnings
