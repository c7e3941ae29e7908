"""Render a `SampleDocument` to a PDF that resembles an InDesign export.

Layout: title page, front matter, table of contents (roman page labels), then the body (arabic
labels from 1). Every flowable that belongs to a keyed block reports the pages it is drawn on, so
the ground truth comes from the final layout pass rather than from estimates.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Spacer
from reportlab.platypus.tableofcontents import TableOfContents

from . import model
from .flowables import BodyStart, HeadingParagraph, KeyedParagraph, LayoutState
from .pagelayout import TEMPLATE_FOR_COLUMNS, TEXT_H, SampleDocTemplate, column_width
from .scan import ScanPage
from .tables import stats_table, steckbrief
from .typography import markup, printable, register_fonts, styles

HEADING_STYLES = {1: "h1", 2: "h2"}


@dataclass(frozen=True)
class RenderResult:
    pages: int
    labels: tuple[str, ...]
    keys: dict[str, tuple[int, int]]
    scan_pages: tuple[int, ...]
    tables: int
    measures: int


class _Story:
    """Turns blocks into flowables; page breaks are requested lazily so that a chapter start
    right after a `Columns` switch or a scan page does not produce an empty page."""

    def __init__(self, state: LayoutState, running_header: str) -> None:
        self.state = state
        self.running_header = running_header
        self.flowables: list[Flowable] = []
        self.template = "one"
        self.pending_break = False
        self.pending_body_start = False
        self.anchors = 0
        self.in_body = False
        self.tables = 0
        self.measures = 0

    def emit(self, *items: Flowable) -> None:
        if self.pending_break:
            self.flowables += [NextPageTemplate(self.template), PageBreak()]
            self.pending_break = False
        if self.pending_body_start:
            self.flowables.append(BodyStart(self.state))
            self.pending_body_start = False
        self.flowables.extend(items)

    def new_page(self, template: str | None = None) -> None:
        if template is not None:
            self.template = template
        self.pending_break = True

    def start_body(self) -> None:
        self.in_body = True
        self.template = "one"
        self.new_page()
        self.pending_body_start = True

    def heading(self, text: str, level: int, keys: tuple[str, ...], toc: bool) -> None:
        if level == 1:
            self.new_page()
        para = HeadingParagraph(markup(text), styles()[HEADING_STYLES.get(level, "h3")])
        para.tag(self.state, keys)
        para.level, para.title, para.toc = level, printable(text), toc and level <= 2
        if level <= 2:
            self.anchors += 1
            para.anchor = f"h{self.anchors}"
        self.emit(para)

    def block(self, block: model.Block) -> None:
        st = styles()
        key: str = getattr(block, "key", "")
        keys = (key,) if key else ()
        match block:
            case model.Heading(text=text, level=level):
                self.heading(text, level, keys, toc=self.in_body)
            case model.Para(text=text):
                self.emit(KeyedParagraph(markup(text), st["body"]).tag(self.state, keys))
            case model.Bullets(items=items):
                self.emit(
                    *(
                        KeyedParagraph(markup(item), st["bullet"], bulletText="•").tag(self.state, keys)
                        for item in items
                    )
                )
            case model.Table():
                self.tables += 1
                self.emit(*stats_table(block, self.state, column_width(self.template)))
            case model.Measure():
                self.measures += 1
                self.emit(*steckbrief(block, self.state, column_width(self.template), TEXT_H))
            case model.Columns(n=n):
                if n not in TEMPLATE_FOR_COLUMNS:
                    raise ValueError(f"Columns({n}): only 1 or 2 columns are supported")
                self.new_page(TEMPLATE_FOR_COLUMNS[n])
            case model.PageBreak():
                self.new_page()
            case model.Scan(title=title, paragraphs=paragraphs):
                resume = self.template
                self.new_page("scan")
                self.emit(ScanPage(self.state, title, paragraphs, self.running_header, keys))
                self.new_page(resume)
            case _:
                raise TypeError(f"unknown block {block!r}")


def _title_page(doc: model.SampleDocument) -> list[Flowable]:
    st = styles()
    return [
        Spacer(1, 52 * mm),
        KeyedParagraph(markup(doc.title), st["title"]),
        KeyedParagraph(markup(doc.subtitle), st["subtitle"]),
        Spacer(1, 95 * mm),
        KeyedParagraph(markup(doc.publisher), st["publisher"]),
        KeyedParagraph(str(doc.year), st["year"]),
    ]


def _toc() -> TableOfContents:
    st = styles()
    toc = TableOfContents(dotsMinLevel=0)
    toc.levelStyles = [st["toc1"], st["toc2"]]
    return toc


def build_story(doc: model.SampleDocument, state: LayoutState) -> _Story:
    story = _Story(state, doc.running_header)
    story.flowables += _title_page(doc)
    story.new_page("one")
    for block in doc.front_matter:
        story.block(block)
    story.heading("Inhalt", 1, (), toc=False)
    story.emit(_toc())
    story.start_body()
    for block in doc.body:
        story.block(block)
    return story


def render(doc: model.SampleDocument, path: Path) -> RenderResult:
    """Lay out `doc` into `path`; byte-identical output for identical input."""
    register_fonts()
    state = LayoutState()
    story = build_story(doc, state)
    path.parent.mkdir(parents=True, exist_ok=True)
    template = SampleDocTemplate(
        str(path),
        state,
        doc.running_header,
        title=doc.title,
        author=doc.publisher,
        subject=doc.subtitle,
        creator="Kreisentwicklungs-Assistent sample corpus builder",
        keywords=f"Beispieldokument, {doc.id}",
    )
    template.multiBuild(story.flowables)
    if state.body_start is None:
        raise RuntimeError(f"{doc.id}: body start marker was never drawn")
    pages = state.last_page
    return RenderResult(
        pages=pages,
        labels=tuple(state.label(p) for p in range(1, pages + 1)),
        keys={k: (v[0], v[1]) for k, v in state.keys.items()},
        scan_pages=tuple(sorted(state.scan_pages)),
        tables=story.tables,
        measures=story.measures,
    )
