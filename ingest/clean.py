"""From raw pypdf text to clean pages: headers, hyphenation, ligatures, headings, reflow."""

from __future__ import annotations

import itertools
import statistics
from collections.abc import Sequence

from ingest.boilerplate import body_span, boilerplate_keys
from ingest.headings import HeadingScale, heading_scale
from ingest.hyphenation import join_hyphenated, vocabulary
from ingest.page import Block, Page
from ingest.pdf import RawLine, RawPage
from ingest.text import normalize_line

_MIN_TEXT_CHARS = 10  # below this a page with images counts as a scan without text layer
_FULL_LINE = 0.6  # a line at least this share of the page's typical width continues its paragraph

Line = tuple[str, int]  # normalised text, heading level (0 = body)


def clean_document(document_id: str, raw_pages: Sequence[RawPage]) -> tuple[Page, ...]:
    """Cleaned pages of one document, in physical order."""
    scale = heading_scale([raw.lines for raw in raw_pages])
    pages_lines = [_normalised(raw.lines, scale) for raw in raw_pages]
    titles = _titles(pages_lines)
    keys = boilerplate_keys([[text for text, _ in lines] for lines in pages_lines])
    kept_pages: list[list[Line]] = []
    for raw, lines in zip(raw_pages, pages_lines, strict=True):
        small = [scale.is_small(line) for line in raw.lines if normalize_line(line.text)]

        def running_title(index: int, lines: list[Line] = lines, small: list[bool] = small) -> bool:
            return lines[index][0] in titles and small[index]

        start, end = body_span([text for text, _ in lines], keys, running_title)
        kept_pages.append(lines[start:end])
    vocab = vocabulary(text for lines in kept_pages for text, _ in lines)
    _carry_words_over_page_breaks(kept_pages, vocab)
    pages = []
    for raw, lines in zip(raw_pages, kept_pages, strict=True):
        image_only = raw.has_images and len("".join(text for text, _ in lines)) < _MIN_TEXT_CHARS
        blocks = () if image_only else _blocks(lines, vocab)
        pages.append(Page(document_id, raw.number, raw.label, blocks, image_only=image_only))
    return tuple(pages)


def _carry_words_over_page_breaks(pages: list[list[Line]], vocab: frozenset[str]) -> None:
    """A word hyphenated at the foot of a page is completed there and removed from the next page,
    since chunks never cross pages and a half word helps no search."""
    for current, following in itertools.pairwise(pages):
        if not current or not following or current[-1][1] or following[0][1]:
            continue
        last, first = current[-1][0], following[0][0]
        head, _, rest = first.partition(" ")
        joined = join_hyphenated([last, head], vocab)
        if len(joined) == 1 and head[:1].islower():
            current[-1] = (joined[0], 0)
            if rest:
                following[0] = (rest, 0)
            else:
                del following[0]


def _titles(pages_lines: list[list[Line]]) -> frozenset[str]:
    """Heading texts as running headers would repeat them, including headings wrapped over lines."""
    titles: set[str] = set()
    for lines in pages_lines:
        run: list[str] = []
        previous = 0
        for text, level in [*lines, ("", 0)]:
            if level and (not run or level == previous):
                run.append(text)
            else:
                if run:
                    titles.update({*run, " ".join(run), " ".join(join_hyphenated(run, frozenset()))})
                run = [text] if level else []
            previous = level
    return frozenset(titles)


def _normalised(lines: Sequence[RawLine], scale: HeadingScale) -> list[Line]:
    result = []
    for line in lines:
        text = normalize_line(line.text)
        if text:
            result.append((text, scale.level(line, text)))
    return result


def _blocks(lines: list[Line], vocab: frozenset[str]) -> tuple[Block, ...]:
    blocks: list[Block] = []
    body: list[str] = []
    width = _typical_width([text for text, level in lines if not level])
    for text, level in lines:
        if not level:
            body.append(text)
            continue
        if body:
            blocks.append(Block("text", _reflow(join_hyphenated(body, vocab), width)))
            body = []
        previous = blocks[-1] if blocks else None
        if previous and previous.kind == "heading" and previous.level == level:
            # A heading wrapped over two lines arrives as two lines of the same size.
            blocks[-1] = Block("heading", _join_heading(previous.text, text, vocab), level)
        else:
            blocks.append(Block("heading", text, level))
    if body:
        blocks.append(Block("text", _reflow(join_hyphenated(body, vocab), width)))
    return tuple(blocks)


def _join_heading(first: str, second: str, vocab: frozenset[str]) -> str:
    joined = join_hyphenated([first, second], vocab)
    return joined[0] if len(joined) == 1 else f"{first} {second}"


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
