"""Cleaned pages: the unit that citations point to."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

BlockKind = Literal["heading", "text", "table"]


@dataclass(frozen=True)
class Block:
    """A heading, a paragraph run, or a table: its context line ("Tabelle 3: ... (Anzahl)"), then one
    "Spalte: Wert; ..." line per row, then the source line if printed."""

    kind: BlockKind
    text: str
    level: int = 0  # heading level, 1 = chapter; 0 for text


@dataclass(frozen=True)
class Page:
    document_id: str
    number: int  # physical, 1-based
    label: str  # as printed, e.g. "iv" or "12"
    blocks: tuple[Block, ...]
    image_only: bool = False  # the page has images but no text layer (a scan)
    ocr: bool = False  # the text came from OCR, not from the PDF's text layer

    @property
    def text(self) -> str:
        return "\n".join(block.text for block in self.blocks)
