"""The rest of a measure sheet: a field question ("Welche Förderprogramme …?", "Wer ist federführend?") is answered
by the sheet's field, which may sit in a chunk the retrieval did not return (the description matched the question
better than the bare "Fördermöglichkeiten: …" line) or on the sheet's second page."""

from __future__ import annotations

from collections.abc import Sequence

from index.search import Hit
from ingest.chunk import Chunk

SHEET_RETRIEVER = "sheet"  # marks a hit added as part of a sheet, not found by a retriever


def sheet_rest(chunks: Sequence[Chunk], hits: Sequence[Hit], top: int) -> list[Hit]:
    """The chunks of the measure sheets among the best `top` hits that the hits do not already hold, in
    document order, as hits ranked after all retrieved ones."""
    sheets = {(hit.chunk.document_id, hit.chunk.section) for hit in hits[:top] if hit.chunk.kind == "measure"}
    if not sheets:
        return []
    held = {hit.chunk.id for hit in hits}
    return [
        Hit(chunk, 0.0, (SHEET_RETRIEVER,))
        for chunk in chunks
        if chunk.kind == "measure" and (chunk.document_id, chunk.section) in sheets and chunk.id not in held
    ]
