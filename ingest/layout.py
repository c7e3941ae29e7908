"""Page geometry of text runs: where a run sits, how wide it is, and which runs form visual rows.

pypdf reports where a run starts but not where it ends, so widths are estimated from the font's
average glyph width. Table detection (`tables.py`) only needs widths good enough to tell column
gaps from word gaps, and errs on the narrow side so that columns are not merged.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

_DEFAULT_EM = 0.5  # average glyph width in em when the font carries no metrics
_NARROWING = 0.9  # estimated widths err short: a merged column costs more than a split one
_ROW_TOLERANCE = 0.35  # baselines closer than this share of the font size are one visual row
_CELL_GAP = 0.6  # runs closer than this many em on one row belong to the same cell
_LONG_LINE = 30  # characters: a run this long is a line of prose, which column gutters never cross
_MAX_CROSSING = 0.1  # share of long lines (headings, full-width captions) allowed to cross a gutter


class Run(Protocol):
    @property
    def text(self) -> str: ...
    @property
    def size(self) -> float: ...
    @property
    def bold(self) -> bool: ...
    @property
    def x(self) -> float: ...
    @property
    def y(self) -> float: ...
    @property
    def width(self) -> float: ...


@dataclass(frozen=True)
class Cell:
    """Neighbouring runs on one visual row, as a reader would see one table cell."""

    text: str
    x0: float
    x1: float
    y: float
    size: float
    bold: bool
    runs: tuple[int, ...]


Row = tuple[Cell, ...]  # cells of one visual row, left to right


def run_geometry(
    text: str, size: float, cm: Any, tm: Any, font: Any, ems: dict[int, float]
) -> tuple[float, float, float]:
    """Start x, baseline y and estimated width of a run; width 0 when the text is not upright."""
    try:
        a, b, c, d, e, f = (float(value) for value in cm)
        ta, tb, _tc, _td, te, tf = (float(value) for value in tm)
    except (TypeError, ValueError):
        return 0.0, 0.0, 0.0
    x, y = te * a + tf * c + e, te * b + tf * d + f
    scale_x, skew = ta * a + tb * c, ta * b + tb * d
    if scale_x <= 0 or abs(skew) > 0.01 * scale_x:
        return x, y, 0.0
    if id(font) not in ems:
        ems[id(font)] = _average_em(font)
    stripped = text.strip()
    # Spaces are about half as wide as the average glyph; counting them fully overshoots on prose.
    return x, y, (len(stripped) - stripped.count(" ") / 2) * size * ems[id(font)] * _NARROWING


def _average_em(font: Any) -> float:
    try:
        widths = [float(w) for w in font.get("/Widths", [])]
    except (AttributeError, TypeError, ValueError):
        return _DEFAULT_EM
    used = [w for w in widths if w > 0]
    if len(used) < 10:
        return _DEFAULT_EM
    return min(max(statistics.median(used) / 1000, 0.35), 0.7)


def page_columns(runs: Sequence[Run]) -> list[list[int]]:
    """Run indices per text column: two when long lines sit left and right of a gutter none crosses.

    On a two-column page a visual row would otherwise pair a prose line of one column with a
    table cell of the other.
    """
    placed = [i for i, run in enumerate(runs) if run.width > 0]
    long = [runs[i] for i in placed if len(runs[i].text.strip()) >= _LONG_LINE]
    for gutter in sorted({run.x for run in long}):
        left = sum(run.x + run.width < gutter for run in long)
        right = sum(run.x >= gutter - 1 for run in long)
        if min(left, right) >= 3 and len(long) - left - right <= _MAX_CROSSING * len(long):
            return [[i for i in placed if runs[i].x < gutter - 1], [i for i in placed if runs[i].x >= gutter - 1]]
    return [placed]


def row_gap(upper: Row, lower: Row) -> float:
    """The distance between two visual rows' baselines, in ems of the larger font."""
    return (upper[0].y - lower[0].y) / max(upper[0].size, lower[0].size, 1.0)


def visual_rows(runs: Sequence[Run], indices: Sequence[int]) -> list[Row]:
    """The given runs grouped into rows by baseline, top of the page first."""
    placed = sorted(indices, key=lambda i: (-runs[i].y, runs[i].x))
    rows: list[list[int]] = []
    for index in placed:
        run = runs[index]
        if rows and abs(runs[rows[-1][0]].y - run.y) <= _ROW_TOLERANCE * max(run.size, 1.0):
            rows[-1].append(index)
        else:
            rows.append([index])
    return [_cells(sorted(row, key=lambda i: runs[i].x), runs) for row in rows]


def _cells(indices: list[int], runs: Sequence[Run]) -> Row:
    groups: list[list[int]] = []
    for index in indices:
        run = runs[index]
        if groups:
            last = runs[groups[-1][-1]]
            if run.x - (last.x + last.width) < _CELL_GAP * max(run.size, last.size):
                groups[-1].append(index)
                continue
        groups.append([index])
    return tuple(_cell(group, runs) for group in groups)


def _cell(group: list[int], runs: Sequence[Run]) -> Cell:
    members = [runs[i] for i in group]
    return Cell(
        text=" ".join(run.text.strip() for run in members),
        x0=members[0].x,
        x1=max(run.x + run.width for run in members),
        y=members[0].y,
        size=max(run.size for run in members),
        bold=all(run.bold for run in members),
        runs=tuple(group),
    )
