"""Statistics tables and measure Steckbriefe."""

from __future__ import annotations

import re

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, TableStyle

from .flowables import HeadingParagraph, KeyedParagraph, KeyedTable, LayoutState, MeasureGate
from .model import Measure, Table
from .typography import ACCENT, ACCENT_LIGHT, FONT, FONT_BOLD, markup, printable, styles

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


PAD = 4.0
SIZES = (8.0, 7.5, 7.0, 6.5, 6.0)


def _width(text: str, font: str, size: float, *, longest_word: bool = False) -> float:
    parts = text.split() if longest_word else [text]
    return max((stringWidth(printable(p), font, size) for p in parts), default=0.0) + 2 * PAD


def _grow(widths: dict[int, float], wants: dict[int, float], spare: float) -> float:
    """Give `spare` to the columns in proportion to what they still want; return what is left."""
    total = sum(max(w, 0.0) for w in wants.values())
    if total <= 0 or spare <= 0:
        return spare
    share = min(spare, total)
    for i, want in wants.items():
        widths[i] += share * max(want, 0.0) / total
    return spare - share


def _column_widths(table: Table, numeric: list[bool], width: float) -> tuple[float, list[float]]:
    """Font size and column widths from the content, as a typesetter would set them: numbers
    never wrap, header words of number columns hyphenate only when space is short, text columns
    get at least their longest word."""
    columns = [[row[i] if i < len(row) else "" for row in table.rows] for i in range(len(numeric))]
    attempts = [(size, cap) for size in SIZES for cap in (52.0, 40.0, 30.0)]
    for size, cap in attempts:
        widths: dict[int, float] = {}
        full: dict[int, float] = {}  # number columns with unbroken header words
        preferred: dict[int, float] = {}  # text columns without any line break
        for i, (head, cells) in enumerate(zip(table.header, columns, strict=True)):
            head_word = _width(head, FONT_BOLD, size, longest_word=True)
            if numeric[i]:
                cell_max = max((_width(c, FONT, size) for c in cells), default=0.0)
                # Only words can hyphenate; a date like "31.12.2019" in the header cannot.
                unbreakable = max(
                    (_width(w, FONT_BOLD, size) for w in head.split() if not any(c.isalpha() for c in w)),
                    default=0.0,
                )
                widths[i] = max(cell_max, unbreakable, min(head_word, cap))
                full[i] = max(cell_max, head_word)
            else:
                widths[i] = max(head_word, *(_width(c, FONT, size, longest_word=True) for c in cells))
                preferred[i] = max(_width(head, FONT_BOLD, size), *(_width(c, FONT, size) for c in cells))
        if sum(widths.values()) <= width:
            break
    else:
        # Nothing fits even in the smallest type: squeeze the text columns and let words split.
        room = width - sum(w for i, w in widths.items() if numeric[i])
        text_total = sum(w for i, w in widths.items() if not numeric[i])
        for i in preferred:
            widths[i] *= max(room, 0.0) / text_total
    spare = width - sum(widths.values())
    spare = _grow(widths, {i: full[i] - widths[i] for i in full}, spare)
    # The label column should not swallow the table when numbers could use the room.
    limit = 0.45 * width if full else width
    spare = _grow(widths, {i: min(preferred[i], limit) - widths[i] for i in preferred}, spare)
    receivers = list(full) or list(preferred)
    even = (sum(widths[i] for i in receivers) + spare) / len(receivers)
    if all(widths[i] <= even for i in receivers):
        # Equal number columns look set by hand; only possible when none is already wider.
        for i in receivers:
            widths[i] = even
    else:
        for i in receivers:
            widths[i] += spare / len(receivers)
    return size, [widths[i] for i in range(len(numeric))]


def _cell_style(name: str, size: float) -> ParagraphStyle:
    base = styles()[name]
    return ParagraphStyle(f"{name}-{size}", parent=base, fontSize=size, leading=size * 1.3)


def stats_table(table: Table, state: LayoutState, width: float) -> list[Flowable]:
    st = styles()
    keys = (table.key,) if table.key else ()

    def para(text: str, name: str) -> KeyedParagraph:
        return KeyedParagraph(markup(text), st[name]).tag(state, keys)

    flow: list[Flowable] = [para(table.caption, "caption")]
    if table.unit:
        flow.append(para(table.unit, "unit"))
    numeric = [
        i > 0 and all(is_numeric(row[i]) for row in table.rows if i < len(row) and row[i].strip())
        for i in range(len(table.header))
    ]
    size, col_widths = _column_widths(table, numeric, width)
    cell = {name: _cell_style(name, size) for name in ("cell", "cell_num", "cell_head", "cell_head_num")}
    # Table cells keep plain "fi": InDesign's table styles here had ligatures switched off.
    header = [
        Paragraph(markup(h, ligatures=False), cell["cell_head_num" if numeric[i] else "cell_head"])
        for i, h in enumerate(table.header)
    ]
    body = [
        [
            Paragraph(markup(c, ligatures=False), cell["cell_num" if i < len(numeric) and numeric[i] else "cell"])
            for i, c in enumerate(row)
        ]
        for row in table.rows
    ]
    grid = KeyedTable([header, *body], colWidths=col_widths, repeatRows=1, splitByRow=1, hAlign="LEFT").tag(state, keys)
    grid.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), ACCENT_LIGHT),
                ("LINEABOVE", (0, 0), (-1, 0), 0.8, ACCENT),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, ACCENT),
                ("INNERGRID", (0, 1), (-1, -1), 0.25, GRID),
                ("LINEBEFORE", (1, 0), (-1, 0), 0.25, GRID),
                ("LINEBELOW", (0, -1), (-1, -1), 0.8, ACCENT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), PAD),
                ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ]
        )
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
        [
            Paragraph(markup(label, ligatures=False), st["sb_label"]),
            Paragraph(markup(getattr(measure, attr), ligatures=False), st["sb_value"]),
        ]
        for label, attr in STECKBRIEF_LABELS
    ]
    # Labels must stay on one line so that extracted text shows them verbatim.
    label_style = st["sb_label"]
    label_width = 12 + max(
        stringWidth(label, label_style.fontName, label_style.fontSize) for label, _ in STECKBRIEF_LABELS
    )
    grid = KeyedTable(
        rows,
        colWidths=[label_width, width - label_width],
        splitByRow=1,
        hAlign="LEFT",
        spaceAfter=14,
    ).tag(state, keys)
    grid.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (0, -1), ACCENT_LIGHT),
                ("BOX", (0, 0), (-1, -1), 0.8, ACCENT),
                ("INNERGRID", (0, 0), (-1, -1), 0.25, GRID),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
            ]
        )
    )
    return [MeasureGate(state, 0.4 * frame_height), heading, grid]
