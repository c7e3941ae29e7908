"""Scanned pages: printed text rasterised with PIL, embedded as one JPEG with no text layer."""

from __future__ import annotations

import functools
import io
import random
import zlib

from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable

from .flowables import LayoutState
from .typography import FONT_DIR, NOTICE, printable

DPI = 200
PAPER = 238
INK = 22


def _px(points: float) -> int:
    return round(points * DPI / 72)


@functools.cache
def _font(bold: bool, points: float) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONT_DIR / ("VeraBd.ttf" if bold else "Vera.ttf")), _px(points))


def _wrap(text: str, font: ImageFont.FreeTypeFont, width: int) -> list[str]:
    lines: list[str] = []
    line = ""
    for word in text.split():
        candidate = f"{line} {word}".strip()
        if line and font.getlength(candidate) > width:
            lines.append(line)
            line = word
        else:
            line = candidate
    if line:
        lines.append(line)
    return lines


def _noise_tile(rng: random.Random, size: int = 128) -> Image.Image:
    # A small seeded tile repeated over the page is cheap and still looks like paper grain.
    data = bytes(max(0, min(255, round(rng.gauss(128, 9)))) for _ in range(size * size))
    return Image.frombytes("L", (size, size), data)


def render_scan(title: str, paragraphs: tuple[str, ...], header: str, label: str, seed: int) -> bytes:
    """The page as a deterministic greyscale JPEG (A4 at 200 dpi)."""
    rng = random.Random(seed)
    width, height = _px(A4[0]), _px(A4[1])
    page = Image.new("L", (width, height), PAPER)
    draw = ImageDraw.Draw(page)
    left, right, top = _px(70), width - _px(70), _px(60)
    small, body, bold = _font(False, 8.5), _font(False, 11), _font(True, 14)

    draw.text((left, top), printable(header), font=small, fill=INK + 40)
    draw.line((left, top + _px(14), right, top + _px(14)), fill=INK + 40, width=2)
    y = top + _px(50)
    for line in _wrap(printable(title), bold, right - left):
        draw.text((left, y), line, font=bold, fill=INK)
        y += _px(19)
    y += _px(12)
    for para in paragraphs:
        for line in _wrap(printable(para), body, right - left):
            draw.text((left, y), line, font=body, fill=INK)
            y += _px(15.5)
        y += _px(9)
    footer_y = height - _px(50)
    draw.text((left, footer_y), NOTICE, font=small, fill=INK + 40)
    draw.text((right - small.getlength(label), footer_y), label, font=small, fill=INK + 40)

    page = page.rotate(0.4, resample=Image.Resampling.BICUBIC, fillcolor=PAPER)
    page = page.filter(ImageFilter.GaussianBlur(0.6))
    tile = _noise_tile(rng)
    grain = Image.new("L", (width, height))
    for ty in range(0, height, tile.height):
        for tx in range(0, width, tile.width):
            grain.paste(tile, (tx, ty))
    page = Image.blend(page, grain, 0.06)
    # A few dust specks, as on any flatbed scan.
    draw = ImageDraw.Draw(page)
    for _ in range(rng.randint(25, 45)):
        x, y0 = rng.randrange(width), rng.randrange(height)
        r = rng.choice((1, 1, 2, 3))
        draw.ellipse((x, y0, x + r, y0 + r), fill=rng.randint(80, 160))
    out = io.BytesIO()
    page.save(out, format="JPEG", quality=80, dpi=(DPI, DPI), optimize=False)
    return out.getvalue()


class ScanPage(Flowable):  # type: ignore[misc]
    """Fills the whole page with the scan image; placed on a frameless, undecorated template."""

    def __init__(
        self,
        state: LayoutState,
        title: str,
        paragraphs: tuple[str, ...],
        header: str,
        keys: tuple[str, ...],
    ) -> None:
        super().__init__()
        self.state = state
        self.title = title
        self.paragraphs = paragraphs
        self.header = header
        self.keys = keys

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width, self.height = availWidth, availHeight
        return availWidth, availHeight

    def draw(self) -> None:
        page = self.canv.getPageNumber()
        label = self.state.label(page)
        seed = zlib.crc32(f"{self.title}|{label}".encode())
        jpeg = _cached_scan(self.title, self.paragraphs, self.header, label, seed)
        self.canv.drawImage(ImageReader(io.BytesIO(jpeg)), 0, 0, self.width, self.height)
        self.state.scan_pages.add(page)
        self.state.mark(self.keys, page)


@functools.lru_cache(maxsize=32)
def _cached_scan(title: str, paragraphs: tuple[str, ...], header: str, label: str, seed: int) -> bytes:
    return render_scan(title, paragraphs, header, label, seed)
