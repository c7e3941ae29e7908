"""Reading text from page images with OCR, behind a small seam so that tests and other engines fit in.

`TesseractOcr` calls the `tesseract` binary (Debian: tesseract-ocr, tesseract-ocr-deu) in a subprocess,
which keeps a Python binding out of the dependencies and lets a hung page be killed by a timeout.
"""

from __future__ import annotations

import io
import logging
import os
import re
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from PIL import Image

from ingest.boilerplate import Keys, body_span, boilerplate_keys
from ingest.hyphenation import join_hyphenated
from ingest.page import Block
from ingest.text import normalize_line

log = logging.getLogger(__name__)

# Measured on the sample scan (A4 at 200 dpi): 99/99 words at 200 dpi, no gain from upscaling to 300 dpi
# (only 20 % more time). Small text at ~70-110 dpi loses word gaps and punctuation; 2-4x upscaling fixes it.
MIN_DPI = 200.0
TARGET_DPI = 300.0
_MAX_SCALE = 4.0
_MAX_SIDE = 8000  # pixels; bounds memory and tesseract time for huge images
_PREFIX = 18  # as in boilerplate.py: a header with a changing chapter title still shares its start
_NOT_WORD = re.compile(r"[^\w#]+")
_DIGITS = re.compile(r"\d+")
_ROMAN = re.compile(r"\b[ivxlcdm]{1,7}\b")


class OcrError(Exception):
    """OCR of one image failed; the message is a one-line reason."""


class OcrUnavailableError(OcrError):
    """The OCR engine is not installed or lacks the language data: no page can be read."""


class OcrEngine(Protocol):
    def read(self, image: Image.Image) -> str:
        """The text of the image, lines separated by newlines and paragraphs by blank lines."""
        ...


@dataclass(frozen=True)
class TesseractOcr:
    language: str = "deu+eng"
    timeout_s: float = 120.0
    executable: str = "tesseract"

    def read(self, image: Image.Image) -> str:
        command = [self.executable, "stdin", "stdout", "-l", self.language]
        # tesseract's OpenMP threads spin against each other: one thread read the sample scan in 0.7 s,
        # the default (all cores) in 5.3 s, with identical text. An explicit setting of the caller wins.
        env = {"OMP_THREAD_LIMIT": "1", **os.environ}
        try:
            done = subprocess.run(
                command, input=_png(image), capture_output=True, timeout=self.timeout_s, check=False, env=env
            )
        except FileNotFoundError as exc:
            raise OcrUnavailableError(f"Programm {self.executable!r} nicht gefunden (Paket tesseract-ocr)") from exc
        except PermissionError as exc:
            raise OcrUnavailableError(f"Programm {self.executable!r} nicht ausführbar") from exc
        except subprocess.TimeoutExpired as exc:
            raise OcrError(f"Texterkennung nach {self.timeout_s:g} s abgebrochen") from exc
        stderr = done.stderr.decode("utf-8", "replace")
        if done.returncode != 0:
            if "Failed loading language" in stderr or "Could not initialize tesseract" in stderr:
                raise OcrUnavailableError(f"Sprachdaten {self.language!r} fehlen (Paket tesseract-ocr-deu)")
            raise OcrError(f"tesseract endete mit Code {done.returncode}: {_last_line(stderr)}")
        return done.stdout.decode("utf-8", "replace")


def prepared(image: Image.Image, dpi: float) -> Image.Image:
    """Greyscale, and upscaled when the scan resolution is too low for tesseract's text-size assumptions."""
    grey = image.convert("L")
    if not dpi or dpi >= MIN_DPI:
        return grey
    scale = min(TARGET_DPI / dpi, _MAX_SCALE, _MAX_SIDE / max(grey.width, grey.height))
    if scale <= 1.0:
        return grey
    size = (round(grey.width * scale), round(grey.height * scale))
    log.debug("ocr_upscale dpi=%.0f scale=%.2f", dpi, scale)
    return grey.resize(size, Image.Resampling.LANCZOS)


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def _last_line(text: str) -> str:
    # tesseract prints warnings first and the actual error last.
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[-1][:160] if lines else "keine Meldung"


# --- from OCR text to blocks ----------------------------------------------------------------------


def ocr_paragraphs(text: str) -> list[list[str]]:
    """Normalised lines, grouped into the paragraphs that tesseract separates by blank lines."""
    paragraphs: list[list[str]] = [[]]
    for raw in text.splitlines():
        line = normalize_line(raw)
        if line:
            paragraphs[-1].append(line)
        elif paragraphs[-1]:
            paragraphs.append([])
    return [paragraph for paragraph in paragraphs if paragraph]


def edge_key(line: str) -> str:
    """A header/footer key that survives OCR: punctuation and dashes dropped, since OCR reads "–" and "·"
    as "-" and the text layer does not; numbers and roman numerals become "#" as in boilerplate.py."""
    lowered = _NOT_WORD.sub(" ", line.lower()).replace("_", " ")
    lowered = _ROMAN.sub("#", _DIGITS.sub("#", lowered))
    return " ".join(lowered.split())


def edge_keys(pages_lines: Sequence[Sequence[str]]) -> Keys:
    """Running header and footer keys of a document, from text-layer and OCR lines alike."""
    return boilerplate_keys([[key for key in map(edge_key, lines) if key] for lines in pages_lines])


def ocr_blocks(paragraphs: list[list[str]], keys: Keys, vocab: frozenset[str]) -> tuple[Block, ...]:
    """Text blocks of an OCR page: running header, footer and page number peeled off, hyphenation joined.

    All blocks are text: a heading level guessed from OCR would cut the section path that the
    text-layer headings before the scan carry over to it.
    """
    lines = [(index, line) for index, paragraph in enumerate(paragraphs) for line in paragraph]
    texts = [line for _, line in lines]
    start, end = body_span(texts, (frozenset(), frozenset()), lambda i: _is_edge_line(texts[i], keys))
    kept: dict[int, list[str]] = {}
    for index, line in lines[start:end]:
        kept.setdefault(index, []).append(line)
    return tuple(Block("text", " ".join(join_hyphenated(part, vocab))) for part in kept.values())


def _is_edge_line(line: str, keys: Keys) -> bool:
    full, prefix = keys
    key = edge_key(line)
    if not any(ch.isalnum() for ch in key):
        return True  # specks and rules read as "|", "-" or "." at a page edge
    # OCR reads a footer and the page number beside it as one line: "Beispieldokument ... 64".
    candidates = {key, key.removesuffix(" #"), key.removeprefix("# ")}
    return any(
        candidate in full or (len(candidate) >= _PREFIX and len(line) < 160 and candidate[:_PREFIX] in prefix)
        for candidate in candidates
    )
