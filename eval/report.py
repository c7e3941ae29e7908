"""Printing evaluation reports as tables and writing them as JSON."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from eval.metrics import METRICS
from eval.retrieval import RetrievalReport


def retrieval_table(reports: Sequence[RetrievalReport]) -> str:
    """One row per system, overall; then recall@5 per category for every system."""
    names = list(METRICS)
    width = max(len(r.system) for r in reports)
    lines = [
        f"| {'system'.ljust(width)} | " + " | ".join(names) + " |",
        "|" + "-" * (width + 2) + "|---" * len(names) + "|",
    ]
    for report in reports:
        cells = [f"{report.mean(name):.3f}".ljust(len(name)) for name in names]
        lines.append(f"| {report.system.ljust(width)} | " + " | ".join(cells) + " |")
    categories = reports[0].categories()
    lines += ["", "recall@5 per category (cases):", ""]
    counts = {c: sum(case.category == c for case in reports[0].cases) for c in categories}
    header = [f"{c} ({counts[c]})" for c in categories]
    lines.append(f"| {'system'.ljust(width)} | " + " | ".join(header) + " |")
    lines.append("|" + "-" * (width + 2) + "|---" * len(header) + "|")
    for report in reports:
        cells = [f"{report.mean('recall@5', c):.3f}".ljust(len(h)) for c, h in zip(categories, header, strict=True)]
        lines.append(f"| {report.system.ljust(width)} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def write_json(path: Path, reports: Sequence[RetrievalReport]) -> None:
    data = {
        report.system: {
            "overall": {name: report.mean(name) for name in METRICS},
            "per_category": {c: {name: report.mean(name, c) for name in METRICS} for c in report.categories()},
            "cases": [
                {"id": case.id, **{m.name: m.values[i] for m in report.metrics}} for i, case in enumerate(report.cases)
            ],
        }
        for report in reports
    }
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
