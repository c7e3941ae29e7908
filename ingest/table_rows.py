"""From the visual rows of a table region to header and logical rows, cell by column.

A logical row can span several visual rows when a cell wraps; the header likewise ("Sozialver-
sicherungspflichtig" / "Beschäftigte"). Cells keep their visual lines so that the caller can join
words hyphenated at the wrap with the document's vocabulary.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ingest.layout import Cell, Row, row_gap

Band = tuple[float, float]
Lines = tuple[str, ...]
_MAX_HEADER_ROWS = 4
_SPAN_SHARE = 0.6  # share of a column's width a header cell must cover to stand over it
_PADDING = 1.3  # a gap this many times the line spacing separates rows (measured: 1.30 em lines, 1.92 em rows)
# A figure with its unit or its year opens a row just as a bare number does: "0,6 MWp", "145 km (2021)", "68 (2020)".
_QUANTITY = re.compile(
    r"^[+\-–−]?\s?[\d.,]*\d[\d.,]*\s?(?:[%‰€]|Mio\.|Mrd\.|Tsd\.|[A-Za-zµ²³/]{1,6})?(?:\s*\(\d{4}\))?$"
)


@dataclass(frozen=True)
class Grid:
    header: tuple[Lines, ...]  # per column; empty for a label/value table
    body: tuple[tuple[Lines, ...], ...]
    count: int  # visual rows the table covers


def split_rows(rows: Sequence[Row], bands: list[Band], is_numeric: Callable[[str], bool]) -> Grid:
    width = len(bands)
    numeric_table = any(is_numeric(cell.text) for row in rows for cell in row[1:])
    bold_header = len(rows) > 2 and all(cell.bold for cell in rows[0]) and not all(cell.bold for cell in rows[1])
    values = [c for row in rows for c in row if _column(c, bands) == 1]
    if width == 2 and not bold_header and not _mostly_numeric(values, is_numeric):
        # Label/value table: no header (a bold first row over a regular body is one), each row starts with a label
        # in the first column.
        padded = _padded_starts(rows)
        return Grid((), _logical(rows, bands, lambda row: _has_column(row, bands, 0), padded), len(rows))
    count = _header_count(rows, is_numeric)
    header: list[list[str]] = [[] for _ in range(width)]
    for row in rows[:count]:
        for cell in row:
            for column in _spanned(cell, bands):
                header[column].append(cell.text)

    def starts_row(row: Row) -> bool:
        if numeric_table:
            return any(
                is_numeric(cell.text) or _QUANTITY.match(cell.text.strip()) for cell in row if _column(cell, bands) >= 1
            )
        return _has_column(row, bands, 0)

    body = _logical(rows[count:], bands, starts_row, _padded_starts(rows[count:]))
    return Grid(tuple(tuple(lines) for lines in header), body, len(rows))


def _padded_starts(rows: Sequence[Row]) -> set[int] | None:
    """The rows that open a logical row by the space above them, when the table pads its rows: the lines of one
    cell stand at line spacing, rows further apart ("Einwohnerzahl und" / "Wanderungssaldo", then the next
    indicator). None when the table shows no such two spacings (then its cells are read as starting rows)."""
    gaps = [row_gap(upper, lower) for upper, lower in itertools.pairwise(rows)]
    if len(gaps) < 2:
        return None
    line = min(gaps)
    if line <= 0 or max(gaps) < _PADDING * line:
        return None
    return {index for index, gap in enumerate(gaps, start=1) if gap >= _PADDING * line}


def _mostly_numeric(cells: list[Cell], is_numeric: Callable[[str], bool]) -> bool:
    return bool(cells) and sum(is_numeric(cell.text) for cell in cells) >= 0.5 * len(cells)


def _header_count(rows: Sequence[Row], is_numeric: Callable[[str], bool]) -> int:
    """Leading bold rows when the body is not bold; else the rows before the first row of numbers."""
    bold = [all(cell.bold for cell in row) for row in rows]
    limit = min(_MAX_HEADER_ROWS, len(rows) - 1)
    if not all(bold):
        count = 0
        while count < limit and bold[count]:
            count += 1
        if count:
            return count
    count = 1
    while count < limit and not any(is_numeric(cell.text) for cell in rows[count][1:]) and len(rows[count]) > 0:
        count += 1
    return 1 if count >= limit else count


def _logical(
    rows: Sequence[Row], bands: list[Band], starts_row: Callable[[Row], bool], padded: set[int] | None = None
) -> tuple[tuple[Lines, ...], ...]:
    result: list[list[list[str]]] = []
    for index, row in enumerate(rows):
        if not result or (index in padded if padded is not None else starts_row(row)):
            result.append([[] for _ in bands])
        for cell in row:
            result[-1][_column(cell, bands)].append(cell.text)
    return tuple(tuple(tuple(lines) for lines in row) for row in result)


def _has_column(row: Row, bands: list[Band], column: int) -> bool:
    return any(_column(cell, bands) == column for cell in row)


def _overlap(cell: Cell, band: Band) -> float:
    return min(cell.x1, band[1]) - max(cell.x0, band[0])


def _column(cell: Cell, bands: list[Band]) -> int:
    """The band the cell overlaps most; the nearest band when the width estimate missed all."""
    best = max(range(len(bands)), key=lambda i: _overlap(cell, bands[i]))
    if _overlap(cell, bands[best]) > 0:
        return best
    middle = (cell.x0 + cell.x1) / 2
    return min(range(len(bands)), key=lambda i: abs(middle - (bands[i][0] + bands[i][1]) / 2))


def _spanned(cell: Cell, bands: list[Band]) -> list[int]:
    """Columns a header cell stands over; a group header ("Einwohner" over two years) spans several.

    Header text is often wider than the numbers below it, so each column reaches to the middle of
    the gaps beside it here, and only a cell covering most of a column counts as standing over it.
    """
    edges = [bands[0][0], *((left[1] + right[0]) / 2 for left, right in itertools.pairwise(bands)), bands[-1][1]]
    columns = [
        i
        for i in range(len(bands))
        if _overlap(cell, (edges[i], edges[i + 1])) >= _SPAN_SHARE * (edges[i + 1] - edges[i])
    ]
    return columns if len(columns) > 1 else [_column(cell, bands)]
