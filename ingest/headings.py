"""Telling headings from body text by font size, the one signal every PDF export keeps."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from ingest.pdf import TextRun
from ingest.text import normalize_line

_MIN_STEP = 1.15  # a heading is set at least this much larger than the body text
_MAX_HEADING_CHARS = 140
_MAX_HEADING_SHARE = 0.15  # headings are rare; a large size carrying more text is body text set large


def body_size(runs: Sequence[TextRun]) -> float:
    """The font size that carries most characters: the body text."""
    weights: Counter[float] = Counter()
    for run in runs:
        weights[run.size] += len(run.text.strip())
    return weights.most_common(1)[0][0] if weights else 0.0


def heading_levels(pages_runs: Sequence[Sequence[TextRun]]) -> dict[str, int]:
    """Normalised heading text → level (1 = largest size), learnt over the whole document."""
    all_runs = [run for runs in pages_runs for run in runs]
    body = body_size(all_runs)
    if body <= 0:
        return {}
    chars: Counter[float] = Counter()
    for run in all_runs:
        chars[run.size] += len(run.text.strip())
    total = sum(chars.values())
    # Small print (tables, footnotes) can outweigh the body; the largest common size is the body then.
    common = [size for size, count in chars.items() if count > _MAX_HEADING_SHARE * total]
    body = max([body, *common])
    texts_by_size: dict[float, set[str]] = {}
    for runs in pages_runs:
        for size, text in _merged_large_runs(runs, body * _MIN_STEP):
            for part in text.split("\n"):
                line = normalize_line(part)
                if 2 < len(line) <= _MAX_HEADING_CHARS and any(ch.isalpha() for ch in line):
                    texts_by_size.setdefault(size, set()).add(line)
    sizes = sorted(texts_by_size, reverse=True)
    levels: dict[str, int] = {}
    for level, size in enumerate(sizes[:4], start=1):
        for text in texts_by_size[size]:
            levels.setdefault(text, level)
    return levels


def _merged_large_runs(runs: Sequence[TextRun], threshold: float) -> list[tuple[float, str]]:
    merged: list[tuple[float, str]] = []
    for run in runs:
        if run.size < threshold:
            continue
        if merged and merged[-1][0] == run.size and not merged[-1][1].endswith("\n"):
            merged[-1] = (run.size, merged[-1][1] + run.text)
        else:
            merged.append((run.size, run.text))
    return merged
