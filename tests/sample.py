"""Access to the shipped sample corpus, its ground truth and gold questions, for tests."""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path
from typing import Any

from ingest.document import load_manifest
from ingest.ocr import TesseractOcr
from ingest.pipeline import IngestResult, find_pdfs, ingest_files

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "corpus" / "sample"
MANIFEST = ROOT / "corpus" / "manifest.toml"
CASES = ROOT / "eval" / "cases" / "sample.jsonl"
WORD = re.compile(r"[A-Za-zÄÖÜäöüß]+(?:-[A-Za-zÄÖÜäöüß]+)*")


@functools.cache
def ingested() -> IngestResult:
    # With OCR, as `kea ingest` reads it: the scanned Kreistag resolution is part of the gold set.
    return ingest_files(find_pdfs(SAMPLE), load_manifest(MANIFEST), ocr=TesseractOcr())


@functools.cache
def truth(document_id: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((SAMPLE / "truth" / f"{document_id}.json").read_text(encoding="utf-8"))
    return data


@functools.cache
def cases() -> tuple[dict[str, Any], ...]:
    return load_cases_raw(CASES)


def load_cases_raw(path: Path) -> tuple[dict[str, Any], ...]:
    with path.open(encoding="utf-8") as handle:
        return tuple(json.loads(line) for line in handle if line.strip())
