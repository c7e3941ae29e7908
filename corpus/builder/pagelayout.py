"""Page geometry, page templates, running header/footer and page labels."""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from .flowables import HeadingParagraph, LayoutState
from .typography import ACCENT, FONT, FONT_BOLD, GREY, NOTICE, ligate, printable

PAGE_W: float = A4[0]
PAGE_H: float = A4[1]
MM: float = mm
MARGIN_IN, MARGIN_OUT = 22 * MM, 20 * MM
MARGIN_TOP, MARGIN_BOTTOM = 24 * MM, 22 * MM
GUTTER = 7 * MM
TEXT_W = PAGE_W - MARGIN_IN - MARGIN_OUT
TEXT_H = PAGE_H - MARGIN_TOP - MARGIN_BOTTOM

TEMPLATE_FOR_COLUMNS = {1: "one", 2: "two"}


def column_width(template: str) -> float:
    return (TEXT_W - GUTTER) / 2 if template == "two" else TEXT_W


def _frame(x: float, y: float, w: float, h: float, fid: str) -> Frame:
    return Frame(x, y, w, h, id=fid, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)


def _fit(text: str, font: str, size: float, width: float) -> str:
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + " …", font, size) > width:
        text = text[:-1]
    return text.rstrip() + " …"


class SampleDocTemplate(BaseDocTemplate):  # type: ignore[misc]
    def __init__(self, filename: str, state: LayoutState, running_header: str, **kw: Any) -> None:
        self.state = state
        self.running_header = running_header
        # A TTF as initial font keeps reportlab from opening every page with an empty
        # BT...ET block, which would put text operators on the scanned pages.
        super().__init__(filename, pagesize=A4, invariant=1, initialFontName=FONT, **kw)
        self.addPageTemplates(self._templates())

    def _templates(self) -> list[PageTemplate]:
        left, bottom = MARGIN_IN, MARGIN_BOTTOM
        half = (TEXT_W - GUTTER) / 2
        return [
            PageTemplate(
                "title",
                [_frame(left, bottom, TEXT_W, TEXT_H, "title")],
                onPage=self._title_artwork,
                onPageEnd=self._decorate_title,
            ),
            PageTemplate("one", [_frame(left, bottom, TEXT_W, TEXT_H, "one")], onPageEnd=self._decorate),
            PageTemplate(
                "two",
                [
                    _frame(left, bottom, half, TEXT_H, "left"),
                    _frame(left + half + GUTTER, bottom, half, TEXT_H, "right"),
                ],
                onPageEnd=self._decorate,
            ),
            # No decoration at all: a scanned page must not carry a single text operator.
            PageTemplate(
                "scan",
                [_frame(0, 0, PAGE_W, PAGE_H, "scan")],
            ),
        ]

    def beforeDocument(self) -> None:
        self.state.reset()

    def afterPage(self) -> None:
        self.state.last_page = self.canv.getPageNumber()

    def afterFlowable(self, flowable: Any) -> None:
        if isinstance(flowable, HeadingParagraph) and flowable.toc:
            page = self.state.body_number(self.canv.getPageNumber())
            entry = (flowable.level - 1, escape(flowable.getPlainText()), page, flowable.anchor)
            self.notify("TOCEntry", entry)

    def _title_artwork(self, canv: Canvas, doc: Any) -> None:
        canv.saveState()
        canv.setFillColor(ACCENT)
        canv.rect(0, PAGE_H - 62 * mm, PAGE_W, 62 * mm, stroke=0, fill=1)
        canv.setFillColorRGB(0.55, 0.71, 0.36)
        canv.rect(0, PAGE_H - 66 * mm, PAGE_W, 4 * mm, stroke=0, fill=1)
        canv.restoreState()

    def _decorate_title(self, canv: Canvas, doc: Any) -> None:
        canv.addPageLabel(0, "ROMAN_LOWER", 1)
        canv.saveState()
        canv.setFont(FONT, 7.5)
        canv.setFillColor(GREY)
        canv.drawString(MARGIN_IN, 12 * mm, NOTICE)
        canv.restoreState()

    def _decorate(self, canv: Canvas, doc: Any) -> None:
        page = canv.getPageNumber()
        label = self.state.label(page)
        left, right = MARGIN_IN, PAGE_W - MARGIN_OUT
        head_y = PAGE_H - MARGIN_TOP + 7 * mm
        canv.saveState()
        canv.setFillColor(GREY)
        canv.setFont(FONT, 7.5)
        header = printable(ligate(self.running_header))
        canv.drawString(left, head_y, header)
        chapter = printable(ligate(self.state.chapter))
        room = TEXT_W - stringWidth(header, FONT, 7.5) - 10 * mm
        canv.drawRightString(right, head_y, _fit(chapter, FONT, 7.5, room))
        canv.setStrokeColor(ACCENT)
        canv.setLineWidth(0.4)
        canv.line(left, head_y - 2.2 * mm, right, head_y - 2.2 * mm)
        foot_y = MARGIN_BOTTOM - 10 * mm
        canv.line(left, foot_y + 4 * mm, right, foot_y + 4 * mm)
        canv.drawString(left if page % 2 else right - stringWidth(NOTICE, FONT, 7.5), foot_y, NOTICE)
        canv.setFont(FONT_BOLD, 8.5)
        canv.setFillColor(ACCENT)
        if page % 2:
            canv.drawRightString(right, foot_y, label)
        else:
            canv.drawString(left, foot_y, label)
        canv.restoreState()
