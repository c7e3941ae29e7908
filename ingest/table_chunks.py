"""Cutting a table block into chunks of whole rows, each led by the table's context line.

A row chunk must explain itself: "Tabelle 9: Arbeitslose ... (in %)" followed by
"Jahr: 2019; Arbeitslosenquote Landkreis in %: 3,4" answers a question without its neighbours.
"""

from __future__ import annotations

from collections.abc import Iterator


def table_windows(text: str, size: int, max_size: int, min_size: int) -> Iterator[tuple[int, str]]:
    """(offset of the first row, chunk text) pairs; rows are never split unless one alone is too long."""
    context, _, body = text.partition("\n")
    if not body:
        yield 0, context[:max_size]
        return
    room = max(max_size - len(context) - 1, max_size // 2)
    rows = list(_rows(body, len(context) + 1, room))
    index = 0
    while index < len(rows):
        end, length = index, len(context)
        while end < len(rows) and (end == index or length + 1 + len(rows[end][1]) <= size):
            length += 1 + len(rows[end][1])
            end += 1
        rest = sum(1 + len(row) for _, row in rows[end:])
        if rest and rest < min_size and length + rest <= max_size:
            end = len(rows)  # a short tail of rows joins this chunk instead of standing alone
        context_room = context[: max(max_size - 1 - sum(1 + len(r) for _, r in rows[index:end]), 0)]
        yield rows[index][0], "\n".join([context_room, *(row for _, row in rows[index:end])]).strip()
        index = end


def _rows(body: str, offset: int, room: int) -> Iterator[tuple[int, str]]:
    for line in body.split("\n"):
        start = 0
        while len(line) - start > room:
            cut = line.rfind("; ", start, start + room)
            cut = cut + 1 if cut > start + room // 2 else start + room
            yield offset + start, line[start:cut].strip()
            start = cut
        if line[start:].strip():
            yield offset + start, line[start:].strip()
        offset += len(line) + 1
