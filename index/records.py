"""JSON records of the index's stored nouns; kept apart so the store stays about files."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from ingest.chunk import Chunk
from ingest.document import Document
from ingest.page import Block, Page


def chunk_to_record(chunk: Chunk) -> dict[str, Any]:
    return asdict(chunk)


def chunk_from_record(data: dict[str, Any]) -> Chunk:
    return Chunk(
        id=data["id"],
        document_id=data["document_id"],
        page=int(data["page"]),
        page_label=data["page_label"],
        section=tuple(data["section"]),
        kind=data["kind"],
        text=data["text"],
        ocr=bool(data.get("ocr", False)),
    )


def page_to_record(page: Page) -> dict[str, Any]:
    return asdict(page)


def page_from_record(data: dict[str, Any]) -> Page:
    return Page(
        document_id=data["document_id"],
        number=int(data["number"]),
        label=data["label"],
        blocks=tuple(Block(b["kind"], b["text"], int(b["level"])) for b in data["blocks"]),
        image_only=bool(data["image_only"]),
        ocr=bool(data["ocr"]),
    )


def document_to_record(document: Document) -> dict[str, Any]:
    return asdict(document)


def document_from_record(data: dict[str, Any]) -> Document:
    return Document(**data)
