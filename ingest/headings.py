"""Telling headings from body text by font size, the one signal every PDF export keeps."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from ingest.pdf import RawLine

_MIN_STEP = 1.15  # a heading is set at least this much larger than the body text
_MAX_HEADING_CHARS = 140
_MAX_HEADING_SHARE = 0.15  # headings are rare; a large size carrying more text is body text set large
_MAX_LEVELS = 4


@dataclass(frozen=True)
class HeadingScale:
    """The document's body size and its heading sizes ranked into levels (1 = largest)."""

    body: float
    levels: dict[float, int]

    def level(self, line: RawLine, text: str) -> int:
        if not (2 < len(text) <= _MAX_HEADING_CHARS and any(ch.isalpha() for ch in text)):
            return 0
        return self.levels.get(line.size, 0)

    def is_small(self, line: RawLine) -> bool:
        """Set no larger than the body: where running headers repeat chapter titles."""
        return 0 < line.size <= self.body


def heading_scale(pages: Sequence[Sequence[RawLine]]) -> HeadingScale:
    chars: Counter[float] = Counter()
    for lines in pages:
        for line in lines:
            if line.size:
                chars[line.size] += len(line.text.strip())
    # Display type used only on the cover (title, subtitle) is no heading level: the document title
    # is known anyway, and ranking it first would push every chapter down a level.
    cover_only = (
        {line.size for line in pages[0]} - {line.size for lines in pages[1:] for line in lines} if pages else set()
    )
    if not chars:
        return HeadingScale(0.0, {})
    total = sum(chars.values())
    body = chars.most_common(1)[0][0]
    # Small print (tables, footnotes) can outweigh the body; the largest common size is the body then.
    body = max([body, *(size for size, count in chars.items() if count > _MAX_HEADING_SHARE * total)])
    sizes = sorted((size for size in chars if size >= body * _MIN_STEP), reverse=True)
    if any(size not in cover_only for size in sizes):
        sizes = [size for size in sizes if size not in cover_only]
    return HeadingScale(body, {size: min(rank, _MAX_LEVELS) for rank, size in enumerate(sizes, start=1)})
