"""Statistics tables and measure Steckbriefe."""

from __future__ import annotations

import re

from reportlab.lib import colors
from reportlab.platypus import Flowable, Paragraph, TableStyle

from .flowables import HeadingParagraph, KeyedParagraph, KeyedTable, LayoutState, MeasureGate
from .model import Measure, Table
from .typography import ACCENT, ACCENT_LIGHT, markup, styles

NUMERIC = re.compile(r"^[\s+\-–−]*[\d.,\s]+\s*(%|‰|€|Mio\.|Tsd\.)?$|^[–—-]$")

STECKBRIEF_LABELS = (
    ("Nr.", "nr"),
    ("Titel", "titel"),
    ("Handlungsschwerpunkt", "handlungsschwerpunkt"),
    ("Ziel", "ziel"),
    ("Beschreibung", "beschreibung"),
    ("Federführung", "federfuehrung"),
    ("Partner", "partner"),
    ("Zeitraum", "zeitraum"),
    ("Priorität", "prioritaet"),
    ("Kosten", "kosten"),
    ("Fördermöglichkeiten", "foerdermoeglichkeiten"),
)

GRID = colors.HexColor("#9AA7B4")


def is_numeric(cell: str) -> bool:
    return bool(NUMERIC.match(cell.strip())) and any(c.isdigit() or c in "–—-" for c in cell)


def _column_widths(table: Table, width: float) -> list[float]:
    # The first column carries the row labels and gets what the numbers leave over.
    n = len(table.header)
    if n == 1:
        return [width]
    longest = max(len(r[0]) for r in (table.header, *table.rows))
    first = min(max(0.28, longest / 90), 0.5) * width
    rest = (width - first) / (n - 1)
    return [first] + [rest] * (n - 1)


def stats_table(table: Table, state: LayoutState, width: float) -> list[Flowable]:
    st = styles()
    keys = (table.key,) if table.key else ()

    def para(text: str, name: str) -> KeyedParagraph:
        return KeyedParagraph(markup(text), st[name]).tag(state, keys)

    flow: list[Flowable] = [para(table.caption, "caption")]
    if table.unit:
        flow.append(para(table.unit, "unit"))
    numeric_cols = [
        i > 0 and all(is_numeric(row[i]) for row in table.rows if i < len(row) and row[i].strip())
        for i in range(len(table.header))
    ]
    # Table cells keep plain "fi": InDesign's table styles here had ligatures switched off.
    header = [
        Paragraph(markup(h, ligatures=False), st["cell_head_num" if numeric_cols[i] else "cell_head"])
        for i, h in enumerate(table.header)
    ]
    body = [
        [
            Paragraph(
                markup(c, ligatures=False),
                st["cell_num" if i < len(numeric_cols) and numeric_cols[i] else "cell"],
            )
            for i, c in enumerate(row)
        ]
        for row in table.rows
    ]
    grid = KeyedTable(
        [header, *body], colWidths=_column_widths(table, width), repeatRows=1, splitByRow=1,
        hAlign="LEFT",
    ).tag(state, keys)
    grid.setStyle(
        TableStyle([
            ("BACKGROUND", (0, 0), (-1, 0), ACCENT_LIGHT),
            ("LINEABOVE", (0, 0), (-1, 0), 0.8, ACCENT),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, ACCENT),
            ("INNERGRID", (0, 1), (-1, -1), 0.25, GRID),
            ("LINEBEFORE", (1, 0), (-1, 0), 0.25, GRID),
            ("LINEBELOW", (0, -1), (-1, -1), 0.8, ACCENT),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ])
    )
    flow.append(grid)
    if table.source:
        flow.append(para(table.source, "source"))
    else:
        flow[-1].spaceAfter = 10
    return flow


def steckbrief(measure: Measure, state: LayoutState, width: float, frame_height: float) -> list[Flowable]:
    st = styles()
    keys = (measure.key,)
    heading = HeadingParagraph(markup(f"Maßnahme {measure.nr}: {measure.titel}"), st["measure"])
    heading.tag(state, keys)
    heading.level, heading.title, heading.measure = 3, f"Maßnahme {measure.nr}", True
    rows = [
        [Paragraph(markup(label, ligatures=False), st["sb_label"]),
         Paragraph(markup(getattr(measure, attr), ligatures=False), st["sb_value"])]
        for label, attr in STECKBRIEF_LABELS
    ]
    label_width = min(4.0 * 28.35, width * 0.3)
    grid = KeyedTable(
        rows, colWidths=[label_width, width - label_width], splitByRow=1, hAlign="LEFT",
        spaceAfter=14,
    ).tag(state, keys)
    grid.setStyle(
        TableStyle([
            ("BACKGROUND", (0, 0), (0, -1), ACCENT_LIGHT),
            ("BOX", (0, 0), (-1, -1), 0.8, ACCENT),
            ("INNERGRID", (0, 0), (-1, -1), 0.25, GRID),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ])
    )
    return [MeasureGate(state, 0.4 * frame_height), heading, grid]
