"""From raw pypdf text to clean pages: headers, hyphenation, ligatures, headings, reflow."""

from __future__ import annotations

import statistics
from collections.abc import Sequence

from ingest.boilerplate import boilerplate_keys, strip_boilerplate
from ingest.headings import heading_levels
from ingest.hyphenation import join_hyphenated, vocabulary
from ingest.page import Block, Page
from ingest.pdf import RawPage
from ingest.text import normalize_line

_MIN_TEXT_CHARS = 10  # below this a page with images counts as a scan without text layer
_FULL_LINE = 0.6  # a line at least this share of the page's typical width continues its paragraph


def clean_document(document_id: str, raw_pages: Sequence[RawPage]) -> tuple[Page, ...]:
    """Cleaned pages of one document, in physical order."""
    page_lines = [[normalize_line(line) for line in raw.text.splitlines()] for raw in raw_pages]
    page_lines = [[line for line in lines if line] for lines in page_lines]
    keys = boilerplate_keys(page_lines)
    stripped = [strip_boilerplate(lines, keys) for lines in page_lines]
    vocab = vocabulary(line for lines in stripped for line in lines)
    levels = heading_levels([raw.runs for raw in raw_pages])
    pages = []
    for raw, lines in zip(raw_pages, stripped, strict=True):
        image_only = raw.has_images and len("".join(lines)) < _MIN_TEXT_CHARS
        blocks = () if image_only else _blocks(join_hyphenated(lines, vocab), levels)
        pages.append(Page(document_id, raw.number, raw.label, blocks, image_only=image_only))
    return tuple(pages)


def _blocks(lines: list[str], levels: dict[str, int]) -> tuple[Block, ...]:
    blocks: list[Block] = []
    body: list[str] = []
    width = _typical_width(lines)
    for line in lines:
        level = levels.get(line, 0)
        if not level:
            body.append(line)
            continue
        if body:
            blocks.append(Block("text", _reflow(body, width)))
            body = []
        previous = blocks[-1] if blocks else None
        if previous and previous.kind == "heading" and previous.level == level:
            # A heading wrapped over two lines arrives as two runs of the same size.
            blocks[-1] = Block("heading", f"{previous.text} {line}", level)
        else:
            blocks.append(Block("heading", line, level))
    if body:
        blocks.append(Block("text", _reflow(body, width)))
    return tuple(blocks)


def _typical_width(lines: list[str]) -> float:
    lengths = [len(line) for line in lines if len(line) > 20]
    return float(statistics.median(lengths)) if lengths else 60.0


def _reflow(lines: list[str], width: float) -> str:
    """Lines of a paragraph joined by spaces; short lines (paragraph ends, table rows) keep their break."""
    parts: list[str] = []
    for index, line in enumerate(lines):
        parts.append(line)
        if index < len(lines) - 1:
            parts.append(" " if len(line) >= _FULL_LINE * width else "\n")
    return "".join(parts)
