"""Flowables that remember where they landed, plus the shared layout state they report to."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from reportlab.platypus import Flowable, PageBreak, Paragraph, Table


def roman(n: int) -> str:
    numerals = (
        (1000, "m"),
        (900, "cm"),
        (500, "d"),
        (400, "cd"),
        (100, "c"),
        (90, "xc"),
        (50, "l"),
        (40, "xl"),
        (10, "x"),
        (9, "ix"),
        (5, "v"),
        (4, "iv"),
        (1, "i"),
    )
    out = []
    for value, numeral in numerals:
        count, n = divmod(n, value)
        out.append(numeral * count)
    return "".join(out)


@dataclass
class LayoutState:
    """What one layout pass learnt; reset at the start of every multiBuild pass, so the values
    after the build are those of the final pass."""

    body_start: int | None = None
    chapter: str = ""
    keys: dict[str, list[int]] = field(default_factory=dict)
    scan_pages: set[int] = field(default_factory=set)
    measures_per_page: dict[int, int] = field(default_factory=dict)
    outline_level: int = -1
    last_page: int = 0

    def reset(self) -> None:
        self.last_page = 0
        self.body_start = None
        self.chapter = ""
        self.keys.clear()
        self.scan_pages.clear()
        self.measures_per_page.clear()
        self.outline_level = -1

    def mark(self, keys: tuple[str, ...], page: int) -> None:
        for key in keys:
            span = self.keys.setdefault(key, [page, page])
            span[0] = min(span[0], page)
            span[1] = max(span[1], page)

    def body_number(self, page: int) -> int:
        assert self.body_start is not None
        return page - self.body_start + 1

    def label(self, page: int) -> str:
        if self.body_start is None or page < self.body_start:
            return roman(page)
        return str(self.body_number(page))


class KeyedParagraph(Paragraph):  # type: ignore[misc]
    """A paragraph that reports the pages it is drawn on under its block keys."""

    keys: tuple[str, ...] = ()
    state: LayoutState | None = None
    # Attributes that every part of a split paragraph inherits; `first_only` ones go to the first
    # part alone, so a heading broken over two pages is bookmarked and counted once.
    carry: tuple[str, ...] = ("keys", "state")
    first_only: tuple[str, ...] = ()

    def tag(self, state: LayoutState, keys: tuple[str, ...]) -> KeyedParagraph:
        self.state, self.keys = state, keys
        return self

    def draw(self) -> None:
        super().draw()
        if self.state is not None:
            self.state.mark(self.keys, self.canv.getPageNumber())

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        parts: list[Any] = super().split(availWidth, availHeight)
        for n, part in enumerate(parts):
            for name in self.carry + (self.first_only if n == 0 else ()):
                setattr(part, name, getattr(self, name))
        return parts


class HeadingParagraph(KeyedParagraph):
    """A heading; level-1 headings become the running chapter title."""

    level: int = 1
    title: str = ""
    toc: bool = False
    measure: bool = False
    anchor: str = ""
    carry = ("keys", "state", "level", "title")
    first_only = ("toc", "measure", "anchor")

    def draw(self) -> None:
        super().draw()
        state = self.state
        if state is None:
            return
        page = self.canv.getPageNumber()
        if self.level == 1:
            state.chapter = self.title
        if self.measure:
            state.measures_per_page[page] = state.measures_per_page.get(page, 0) + 1
        if self.anchor:
            self.canv.bookmarkPage(self.anchor)
            # Outline levels must not skip a level, or reportlab refuses the entry.
            level = min(self.level - 1, state.outline_level + 1)
            self.canv.addOutlineEntry(self.title, self.anchor, level=level, closed=level > 0)
            state.outline_level = level


class KeyedTable(Table):  # type: ignore[misc]
    keys: tuple[str, ...] = ()
    state: LayoutState | None = None

    def tag(self, state: LayoutState, keys: tuple[str, ...]) -> KeyedTable:
        self.state, self.keys = state, keys
        return self

    def draw(self) -> None:
        super().draw()
        if self.state is not None:
            self.state.mark(self.keys, self.canv.getPageNumber())

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        parts: list[Any] = super().split(availWidth, availHeight)
        for part in parts:
            if isinstance(part, KeyedTable):
                part.state, part.keys = self.state, self.keys
        return parts


class BodyStart(Flowable):  # type: ignore[misc]
    """Zero-size marker: the page it lands on is arabic page 1."""

    def __init__(self, state: LayoutState) -> None:
        super().__init__()
        self.state = state
        self.width = self.height = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        page = self.canv.getPageNumber()
        self.state.body_start = page
        self.canv.addPageLabel(page - 1, "ARABIC", 1)


class MeasureGate(Flowable):  # type: ignore[misc]
    """Breaks the page before a Steckbrief if two already started on it or too little room is left."""

    def __init__(self, state: LayoutState, min_height: float) -> None:
        super().__init__()
        self.state = state
        self.min_height = min_height
        self.width = self.height = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        crowded = self.state.measures_per_page.get(self.canv.getPageNumber(), 0) >= 2
        if crowded or availHeight < self.min_height:
            frame = self._doctemplateAttr("frame")
            if frame is not None:
                frame.add_generated_content(PageBreak())
        return 0, 0

    def draw(self) -> None:
        pass
