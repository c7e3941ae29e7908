"""Splitting clean pages into retrievable chunks that never cross a page and know their section."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Literal

from ingest.page import Page
from ingest.sentences import sentence_ends
from ingest.table_chunks import table_windows

ChunkKind = Literal["text", "table", "measure"]


@dataclass(frozen=True)
class ChunkSettings:
    size: int = 1000  # target characters
    max_size: int = 1200
    overlap: int = 150  # characters of trailing sentences repeated at the start of the next chunk
    min_size: int = 300  # a smaller chunk absorbs the next section instead of standing alone


@dataclass(frozen=True)
class Chunk:
    id: str
    document_id: str
    page: int  # physical, 1-based
    page_label: str
    section: tuple[str, ...]  # heading path, chapter first
    kind: ChunkKind
    text: str
    ocr: bool = False


def chunk_pages(pages: Sequence[Page], settings: ChunkSettings = ChunkSettings()) -> tuple[Chunk, ...]:
    """Chunks of one document's pages; the heading path carries over page breaks."""
    chunks: list[Chunk] = []
    path: list[tuple[int, str]] = []
    for page in pages:
        segments: list[tuple[tuple[str, ...], str, bool]] = []
        for block in page.blocks:
            if block.kind == "heading":
                path = [(level, text) for level, text in path if level < block.level]
                path.append((block.level, block.text))
            segments.append((_titles(path), block.text, block.kind == "table"))
        chunks.extend(_page_chunks(page, segments, settings))
    return tuple(chunks)


def chunk_id(document_id: str, page: int, offset: int, text: str) -> str:
    digest = hashlib.sha256(f"{document_id}\x1f{page}\x1f{offset}\x1f{text}".encode()).hexdigest()
    return digest[:16]


def _titles(path: list[tuple[int, str]]) -> tuple[str, ...]:
    return tuple(text for _, text in path)


def _page_chunks(
    page: Page, segments: list[tuple[tuple[str, ...], str, bool]], settings: ChunkSettings
) -> Iterator[Chunk]:
    offset = 0
    pieces: list[tuple[tuple[str, ...], str]] = []
    tabled: set[tuple[str, ...]] = set()  # sections with a table on this page
    for section, text, table in segments:
        if table:
            tabled.add(section)
            # Tables get chunks of their own; short text before one (a heading) joins the text after it. When that
            # text is the table's own heading after the end of an earlier section (a measure sheet's last field
            # carried over the page), the earlier text goes first: if no text follows the table, the two would be
            # one chunk filed under the section whose text is longer.
            waiting = _trailing(pieces, section) if sum(len(t) for _, t in pieces) < settings.min_size else 0
            done = pieces[: len(pieces) - waiting] if waiting else pieces
            if done and (waiting or sum(len(t) for _, t in pieces) >= settings.min_size):
                yield from _emit(page, done, offset, settings)
                offset += sum(len(t) + 1 for _, t in done)
                pieces = pieces[len(done) :]
            for start, window in table_windows(text, settings.size, settings.max_size, settings.min_size):
                yield _chunk(page, section, "table", window, offset + start)
            offset += len(text) + 1
            continue
        if pieces and sum(len(t) for _, t in pieces) >= settings.min_size and section != pieces[-1][0]:
            yield from _emit(page, pieces, offset, settings)
            offset += sum(len(t) + 1 for _, t in pieces)
            pieces = []
        pieces.append((section, text))
    # A heading that waited for text after its table, and none came, says nothing the table's chunks (which carry
    # the heading as their section) do not: alone it would be a chunk of one title line.
    pieces = [(section, text) for section, text in pieces if not (section in tabled and text == section[-1])]
    if pieces:
        yield from _emit(page, pieces, offset, settings)


def _trailing(pieces: list[tuple[tuple[str, ...], str]], section: tuple[str, ...]) -> int:
    """How many of the last pieces belong to `section`."""
    count = 0
    while count < len(pieces) and pieces[len(pieces) - 1 - count][0] == section:
        count += 1
    return count


def _emit(
    page: Page, pieces: list[tuple[tuple[str, ...], str]], offset: int, settings: ChunkSettings
) -> Iterator[Chunk]:
    section = max(pieces, key=lambda piece: len(piece[1]))[0]
    text = "\n".join(t for _, t in pieces)
    for start, window in _windows(text, settings):
        yield _chunk(page, section, "text", window, offset + start)


def _chunk(page: Page, section: tuple[str, ...], kind: ChunkKind, text: str, offset: int) -> Chunk:
    return Chunk(
        id=chunk_id(page.document_id, page.number, offset, text),
        document_id=page.document_id,
        page=page.number,
        page_label=page.label,
        section=section,
        kind=kind,
        text=text,
        ocr=page.ocr,
    )


def _windows(text: str, settings: ChunkSettings) -> Iterator[tuple[int, str]]:
    """Sentence-aligned windows of about `size` characters, each starting with the previous one's tail."""
    units = list(_units(text, settings.max_size))
    index = 0
    while index < len(units):
        end = index
        length = 0
        while end < len(units) and (length == 0 or length + len(units[end][1]) <= settings.size):
            length += len(units[end][1])
            end += 1
        rest = sum(len(unit) for _, unit in units[end:])
        if rest < settings.min_size and length + rest <= settings.max_size:
            end = len(units)  # a short tail joins this window instead of standing alone
        start_offset = units[index][0]
        yield start_offset, text[start_offset : units[end - 1][0] + len(units[end - 1][1])].strip()
        if end >= len(units):
            break
        back = end
        carried = 0
        while back - 1 > index and carried + len(units[back - 1][1]) <= settings.overlap:
            back -= 1
            carried += len(units[back][1])
        index = back


def _units(text: str, max_size: int) -> Iterator[tuple[int, str]]:
    """(offset, sentence) pairs; a sentence longer than max_size is cut at word boundaries."""
    start = 0
    for end in sentence_ends(text):
        yield from _cut(start, text[start:end], max_size)
        start = end
    if start < len(text):
        yield from _cut(start, text[start:], max_size)


def _cut(offset: int, sentence: str, max_size: int) -> Iterator[tuple[int, str]]:
    while len(sentence) > max_size:
        cut = sentence.rfind(" ", 0, max_size)
        cut = cut if cut > max_size // 2 else max_size
        yield offset, sentence[:cut]
        offset += cut
        sentence = sentence[cut:]
    if sentence.strip():
        yield offset, sentence
