"""From raw pypdf text to clean pages: headers, hyphenation, ligatures, headings, reflow."""

from __future__ import annotations

import bisect
import itertools
import re
import statistics
from collections.abc import Sequence

from ingest.boilerplate import body_span, boilerplate_keys
from ingest.headings import HeadingScale, heading_scale
from ingest.hyphenation import join_hyphenated, vocabulary
from ingest.page import Block, Page
from ingest.pdf import RawLine, RawPage
from ingest.tables import Table, find_tables
from ingest.text import normalize_line

_LEADER = re.compile(r"(?:\.\s?){4,}\s*[\dIVXLCivxlc]+\s*$")  # ". . . . 12" ends a contents line
_MIN_TEXT_CHARS = 10  # below this a page with images counts as a scan without text layer
_FULL_LINE = 0.6  # a line at least this share of the page's typical width continues its paragraph

Line = tuple[str, int]  # normalised text, heading level (0 = body, TABLE = a table's placeholder)
TABLE = -1
_TABLE_MARK = "\x00\x01#"  # no letters (boilerplate keys skip it), and normalize_line drops controls: no text collides


def clean_document(document_id: str, raw_pages: Sequence[RawPage]) -> tuple[Page, ...]:
    """Cleaned pages of one document, in physical order."""
    scale = heading_scale([raw.lines for raw in raw_pages])
    tables = [find_tables(raw.runs) for raw in raw_pages]
    pages_lines = [_normalised(raw.lines, scale, found) for raw, found in zip(raw_pages, tables, strict=True)]
    titles = _titles([[line for line, _ in lines] for lines in pages_lines])
    keys = boilerplate_keys([[text for (text, _), _ in lines] for lines in pages_lines])
    kept_pages: list[list[Line]] = []
    for flagged in pages_lines:
        lines = [line for line, _ in flagged]

        def running_title(index: int, flagged: list[tuple[Line, bool]] = flagged) -> bool:
            return flagged[index][0][0] in titles and flagged[index][1]

        def heading(index: int, lines: list[Line] = lines) -> bool:
            return lines[index][1] > 0

        start, end = body_span([text for text, _ in lines], keys, running_title, heading)
        kept_pages.append(lines[start:end])
    cells = (cell for found in tables for table in found for row in table.rows for cell in row)
    vocab = vocabulary([*(text for lines in kept_pages for text, _ in lines), *(" ".join(c) for c in cells)])
    _carry_words_over_page_breaks(kept_pages, vocab)
    pages = []
    for raw, lines, found in zip(raw_pages, kept_pages, tables, strict=True):
        image_only = raw.has_images and len("".join(text for text, _ in lines)) < _MIN_TEXT_CHARS
        # A table of contents only repeats headings with page numbers: it would answer no question and
        # outrank the real chapters for a title's words.
        blocks = () if image_only or _is_contents(lines) else _blocks(lines, vocab, found)
        pages.append(Page(document_id, raw.number, raw.label, blocks, image_only=image_only))
    return tuple(pages)


def _is_contents(lines: list[Line]) -> bool:
    leaders = sum(bool(_LEADER.search(text)) for text, _ in lines)
    return leaders >= 5 and leaders >= 0.3 * len(lines)


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
            if level > 0 and (not run or level == previous):
                run.append(text)
            else:
                if run:
                    titles.update({*run, " ".join(run), " ".join(join_hyphenated(run, frozenset()))})
                run = [text] if level > 0 else []
            previous = level
    return frozenset(titles)


def _normalised(lines: Sequence[RawLine], scale: HeadingScale, tables: Sequence[Table]) -> list[tuple[Line, bool]]:
    """Normalised lines with their heading level and whether they are small print; the lines a table
    drew become one placeholder line (level TABLE) where the table starts, so the flow keeps its order."""
    if tables and not all(line.runs for line in lines):
        tables = ()  # lines and runs could not be paired: better loose table text than lost text
    result: list[tuple[Line, bool]] = []
    placed: set[int] = set()
    for line in lines:
        text = normalize_line(line.text)
        level = scale.level(line, text) if text else 0
        owner = _owner(line, tables)
        if owner is not None and not level:
            if owner not in placed:
                placed.add(owner)
                result.append(((f"{_TABLE_MARK}{owner}", TABLE), False))
        elif text:
            result.append(((text, level), scale.is_small(line)))
    return result


def _owner(line: RawLine, tables: Sequence[Table]) -> int | None:
    """The table that drew most of the line, if any; a heading used as caption stays a heading."""
    for index, table in enumerate(tables):
        if 2 * sum(run in table.runs for run in line.runs) > len(line.runs):
            return index
    return None


def _table_block(marker: str, vocab: frozenset[str], tables: Sequence[Table]) -> Block:
    words = sorted(vocab)

    def join(lines: Sequence[str]) -> str:
        return _rejoin(join_hyphenated([normalize_line(line) for line in lines], vocab), words)

    text = tables[int(marker.removeprefix(_TABLE_MARK))].render(join)
    return Block("table", "\n".join(normalize_line(line) for line in text.splitlines()))


def _rejoin(lines: list[str], words: list[str]) -> str:
    """Lines of a narrow cell joined by spaces, except where a word was broken without a hyphen
    ("Ein" / "wohner"): then the pieces run together when they start a word the document uses."""
    text = lines[0] if lines else ""
    for line in lines[1:]:
        # The last word part of the line: "Kita-Bundesprogram" / "me", "Smarte.Land.Region" / "en".
        tail = re.split(r"[^\wÄÖÜäöüß]|\d|_", text.rsplit(" ", 1)[-1])[-1]
        head = line.split(" ", 1)[0]
        prefix = (tail + head).lower()
        position = bisect.bisect_left(words, prefix)
        broken = tail.isalpha() and head[:1].islower() and position < len(words)
        text += line if broken and words[position].startswith(prefix) else f" {line}"
    return text


def _blocks(lines: list[Line], vocab: frozenset[str], tables: Sequence[Table] = ()) -> tuple[Block, ...]:
    blocks: list[Block] = []
    body: list[str] = []
    width = _typical_width([text for text, level in lines if not level])
    for text, level in lines:
        if level == TABLE:
            if body:
                blocks.append(Block("text", _reflow(join_hyphenated(body, vocab), width)))
                body = []
            blocks.append(_table_block(text, vocab, tables))
            continue
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
