"""Finding tables by their geometry: visual rows whose cells fall into shared column bands.

A table region is a run of consecutive visual rows, most of them with two or more cells, whose
cells line up in columns; the columns are the x bands that the cells of the data rows cover
(left-aligned text and right-aligned numbers both stay inside their band). The caption above,
the unit line under it and the source line below are taken along, so that every row can be
written as "Spalte: Wert" with the table's context in front.
"""

from __future__ import annotations

import itertools
import re
import statistics
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ingest.layout import Cell, Row, Run, page_columns, row_gap, visual_rows
from ingest.table_rows import Grid, split_rows

_ROW_GAP = 2.6  # baselines further apart than this many em end a table
_CAPTION = re.compile(r"^(?:Tabelle|Tab\.|Abbildung|Abb\.|Übersicht|Grafik|Karte|Tafel|Table)\s*[\dIVX]", re.IGNORECASE)
_SOURCE = re.compile(r"^(?:Quellen?|Datenquellen?|Datengrundlage|Anmerkungen?|Hinweis|Stand)\b", re.IGNORECASE)
_DOT_LEADER = re.compile(r"(?:\.\s?){4,}|…{2,}|(?:·\s?){3,}")
_NUMERIC = re.compile(r"^[+\-–−]?\s?[\d.,]*\d[\d.,]*\s?(?:%|‰|€|Mio\.|Mrd\.|Tsd\.)?$|^[–—\-x/.]$|^k\. ?A\.$")
_MAX_LABEL = 30  # characters: the first column of a label/value table holds short labels
_CONTEXT_ROWS = 5  # a caption and a unit line, each wrapped once, and one more


@dataclass(frozen=True)
class Table:
    caption: str
    unit: str
    header: tuple[tuple[str, ...], ...]  # per column, the header's visual lines; empty for label/value tables
    rows: tuple[tuple[tuple[str, ...], ...], ...]  # per row and column, the cell's visual lines
    source: str
    runs: frozenset[int]  # every run drawn by the table, its caption, unit and source

    def render(self, join: Callable[[Sequence[str]], str]) -> str:
        """Context line, then one "Spalte: Wert; ..." line per row (or "Label: Wert"), then the source."""
        context = self.caption or "Tabelle"
        if self.unit:
            context = f"{context} ({self.unit})"
        names = [join(lines) for lines in self.header]
        lines = [context]
        for row in self.rows:
            values = [join(cell) for cell in row]
            if not names:
                label, rest = values[0], "; ".join(v for v in values[1:] if v)
                lines.append(f"{label}: {rest}" if label and rest else label or rest)
                continue
            pairs = [f"{name}: {value}" if name else value for name, value in zip(names, values, strict=False) if value]
            lines.append("; ".join(pairs))
        if self.source:
            lines.append(self.source)
        return "\n".join(line for line in lines if line)


def is_numeric(text: str) -> bool:
    return bool(_NUMERIC.match(text.strip()))


def find_tables(runs: Sequence[Run]) -> tuple[Table, ...]:
    return tuple(table for column in page_columns(runs) for table in _column_tables(visual_rows(runs, column)))


def _column_tables(rows: list[Row]) -> list[Table]:
    tables: list[Table] = []
    start = 0
    while start < len(rows):
        end = _region_end(rows, start) if _is_multi(rows[start]) else start
        grid = _grid(rows[start:end]) if end - start >= 2 else None
        if grid is None:
            start += 1
            continue
        end = start + grid.count
        tables.append(_table(rows, start, end, grid))
        start = end
    return tables


def _is_multi(row: Row) -> bool:
    return len(row) >= 2 and not any(_DOT_LEADER.search(cell.text) for cell in row)


def _region_end(rows: list[Row], start: int) -> int:
    """End of the rows packed under rows[start]; a single line across its column gaps is prose."""
    gaps = [(left.x1, right.x0) for left, right in itertools.pairwise(rows[start])]
    end = start + 1
    while end < len(rows) and row_gap(rows[end - 1], rows[end]) <= _ROW_GAP:
        row = rows[end]
        if any(_DOT_LEADER.search(cell.text) for cell in row):
            break
        if len(row) == 1 and any(row[0].x0 < low and row[0].x1 > high for low, high in gaps):
            break
        end += 1
    return end


def _bands(rows: Sequence[Row]) -> list[tuple[float, float]]:
    """Column bands: the x ranges that the cells of the data rows cover, merged where they overlap."""
    multi = [row for row in rows if _is_multi(row)]
    numeric = [row for row in multi if any(is_numeric(cell.text) for cell in row[1:])]
    spans = sorted((cell.x0, cell.x1) for row in (numeric if len(numeric) >= 2 else multi) for cell in row)
    bands: list[tuple[float, float]] = []
    for low, high in spans:
        if bands and low <= bands[-1][1] + 0.5:
            bands[-1] = (bands[-1][0], max(bands[-1][1], high))
        else:
            bands.append((low, high))
    return bands


def _crosses(cell: Cell, bands: list[tuple[float, float]]) -> bool:
    """Whether a one-cell line spans columns. A line that starts inside a later column continues that column's
    cell however far it reaches (the wrapped lines of a description are often longer than any one-line value);
    only one that starts in the first column and runs past the last is the next paragraph."""
    spans = sum(cell.x0 < high and cell.x1 > low for low, high in bands) > 1
    return spans or (cell.x0 < bands[1][0] and cell.x1 > bands[-1][1] + cell.size)


def _grid(rows: Sequence[Row]) -> Grid | None:
    bands = _bands(rows)
    if len(bands) < 2:
        return None
    kept = list(rows)
    for index, row in enumerate(rows):
        # A full-width line (the next paragraph) ends the table; only header cells may span columns.
        if len(row) == 1 and _crosses(row[0], bands):
            kept = kept[:index]
            break
    while kept and not _is_multi(kept[-1]) and len(kept) >= 2 and row_gap(kept[-2], kept[-1]) > 1.6:
        kept.pop()
    grid = split_rows(kept, bands, is_numeric)
    return grid if _plausible(grid, kept, bands) else None


def _plausible(grid: Grid, rows: list[Row], bands: list[tuple[float, float]]) -> bool:
    multi = [row for row in rows if _is_multi(row)]
    if len(multi) < 2:
        return False
    if len(bands) >= 3:
        return sum(len(row) >= 3 for row in multi) >= 2
    seconds = [cell.text for row in multi for cell in row[1:]]
    if sum(map(is_numeric, seconds)) >= 0.5 * len(seconds):
        return True
    # Two text columns: a label/value table has short labels; two-column prose has long lines.
    labels = [row[0].text for row in multi]
    return len(multi) >= 3 and statistics.median(len(label) for label in labels) <= _MAX_LABEL


def _table(rows: list[Row], start: int, end: int, grid: Grid) -> Table:
    above = _context_rows(rows, start, -1)
    caption_at = next((i for i, row in enumerate(above) if _CAPTION.match(row[0].text)), None)
    if caption_at is None:
        near = above[:1] if above and row_gap(above[0], rows[start]) <= 2.2 and len(above[0][0].text) <= 160 else []
        caption, unit = near, []
    else:
        style = (above[caption_at][0].size, above[caption_at][0].bold)
        between = list(reversed(above[:caption_at]))
        more = [row for row in between if (row[0].size, row[0].bold) == style]
        caption = [above[caption_at], *more]
        unit = [row for row in between if row not in more]
    below = _context_rows(rows, end - 1, 1)
    source = below[:1] if below and _SOURCE.match(below[0][0].text) else []
    for row in below[1:] if source else []:
        if row[0].size != source[-1][0].size or row_gap(source[-1], row) > 1.6:
            break
        source.append(row)  # a source note wrapped over lines
    taken = [cell for row in [*rows[start:end], *caption, *unit, *source] for cell in row]
    return Table(
        caption=" ".join(row[0].text for row in caption),
        unit=" ".join(row[0].text for row in unit),
        header=grid.header,
        rows=grid.body,
        source=" ".join(row[0].text for row in source),
        runs=frozenset(run for cell in taken for run in cell.runs),
    )


def _context_rows(rows: list[Row], edge: int, step: int) -> list[Row]:
    """Up to five single-cell rows next to the table, nearest first, without a paragraph gap."""
    found: list[Row] = []
    index = edge + step
    previous = rows[edge]
    while 0 <= index < len(rows) and len(found) < _CONTEXT_ROWS and len(rows[index]) == 1:
        upper, lower = (rows[index], previous) if step < 0 else (previous, rows[index])
        if row_gap(upper, lower) > _ROW_GAP:
            break
        found.append(rows[index])
        previous = rows[index]
        index += step
    return found
