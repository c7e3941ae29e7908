"""Fonts, paragraph styles, ligatures and German hyphenation for the sample PDFs.

Only the Vera TTFs bundled with reportlab are used so that a build never depends on system fonts.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from xml.sax.saxutils import escape

import pyphen
import reportlab
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import paragraph as rl_paragraph

FONT = "Vera"
FONT_BOLD = "Vera-Bold"
FONT_ITALIC = "Vera-Italic"
FONT_BOLD_ITALIC = "Vera-BoldItalic"
NOTICE = "Beispieldokument – Inhalte teilweise fiktiv"
FONT_DIR = Path(reportlab.__file__).parent / "fonts"
FONT_FILES = {
    FONT: "Vera.ttf",
    FONT_BOLD: "VeraBd.ttf",
    FONT_ITALIC: "VeraIt.ttf",
    FONT_BOLD_ITALIC: "VeraBI.ttf",
}

ACCENT = colors.HexColor("#1F4E79")
ACCENT_LIGHT = colors.HexColor("#DCE6F0")
GREY = colors.HexColor("#555555")

LIGATURES = {"fi": "\ufb01", "fl": "\ufb02"}
_UNLIGATE = {v: k for k, v in LIGATURES.items()}
LIGATURE_CHARS = "".join(LIGATURES.values())


@functools.cache
def register_fonts() -> None:
    for name, file_name in FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file_name)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC)
    _allow_ligatures_in_hyphenation()


def _allow_ligatures_in_hyphenation() -> None:
    # reportlab only offers words to the hyphenator when they consist of the letters in its
    # `_hy_letters` class, which lacks U+FB01/U+FB02; without this, every word with a
    # ligature would silently become unbreakable.
    letters = rl_paragraph._hy_letters + LIGATURE_CHARS
    rl_paragraph._hy_letters_pat = re.compile(f"^[{letters}]+$")
    rl_paragraph._hy_shy_letters_pat = re.compile(f"^[{rl_paragraph._hy_shy}{letters}]+$")


@functools.cache
def _vera_cmap() -> frozenset[int]:
    register_fonts()
    font = pdfmetrics.getFont(FONT)
    return frozenset(font.face.charToGlyph)


def printable(text: str) -> str:
    """Replace characters Vera has no glyph for by their compatibility form (CO₂ → CO2)."""
    cmap = _vera_cmap()
    if all(ord(c) in cmap or c.isspace() for c in text):
        return text
    return "".join(c if ord(c) in cmap or c.isspace() else unicodedata.normalize("NFKC", c) for c in text)


def ligate(text: str) -> str:
    for plain, lig in LIGATURES.items():
        text = text.replace(plain, lig)
    return text


def unligate(text: str) -> str:
    for lig, plain in _UNLIGATE.items():
        text = text.replace(lig, plain)
    return text


def markup(text: str, *, ligatures: bool = True) -> str:
    """Plain content text → paragraph markup (escaped, glyph-safe, optionally ligated)."""
    text = printable(text)
    return escape(ligate(text) if ligatures else text)


@functools.cache
def _pyphen() -> pyphen.Pyphen:
    return pyphen.Pyphen(lang="de_DE", left=2, right=3)


def hyphenate(word: str) -> Iterator[tuple[str, str]]:
    """Hyphenation callable for reportlab: (head, tail) pairs, longest head first.

    Breaks are computed on the word without ligatures; a break between f and i/l simply dissolves
    the ligature, as InDesign does. Compounds with a real hyphen may break after it (reportlab adds
    no second hyphen because the head already ends in one).
    """
    plain = unligate(word)
    breaks: set[int] = set()
    offset = 0
    for part in plain.split("-"):
        breaks.update(offset + p for p in _pyphen().positions(part))
        offset += len(part) + 1
        if offset < len(plain):
            breaks.add(offset)
    for pos in sorted(breaks, reverse=True):
        if 0 < pos < len(plain):
            yield ligate(plain[:pos]), ligate(plain[pos:])


def _style(name: str, **kw: object) -> ParagraphStyle:
    base: dict[str, object] = {"fontName": FONT, "fontSize": 9.5, "leading": 13.5}
    base.update(kw)
    return ParagraphStyle(name, **base)


@functools.cache
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    hyph: dict[str, object] = {
        "hyphenationLang": hyphenate,
        "embeddedHyphenation": 1,
        "uriWasteReduce": 0.3,
        "hyphenationMinWordLength": 5,
    }
    return {
        "body": _style("body", alignment=TA_JUSTIFY, spaceAfter=6, **hyph),
        "bullet": _style("bullet", alignment=TA_JUSTIFY, leftIndent=12, bulletIndent=2, spaceAfter=3, **hyph),
        "h1": _style(
            "h1",
            fontName=FONT_BOLD,
            fontSize=18,
            leading=22,
            textColor=ACCENT,
            spaceAfter=14,
            keepWithNext=1,
            **hyph,
        ),
        "h2": _style(
            "h2",
            fontName=FONT_BOLD,
            fontSize=12.5,
            leading=16,
            textColor=ACCENT,
            spaceBefore=10,
            spaceAfter=6,
            keepWithNext=1,
            **hyph,
        ),
        "h3": _style(
            "h3",
            fontName=FONT_BOLD,
            fontSize=10.5,
            leading=14,
            spaceBefore=8,
            spaceAfter=4,
            keepWithNext=1,
        ),
        "measure": _style(
            "measure",
            fontName=FONT_BOLD,
            fontSize=11,
            leading=15,
            textColor=ACCENT,
            spaceBefore=12,
            spaceAfter=5,
            keepWithNext=1,
        ),
        "caption": _style("caption", fontName=FONT_BOLD, fontSize=9, leading=12, spaceBefore=8, keepWithNext=1),
        "unit": _style(
            "unit",
            fontName=FONT_ITALIC,
            fontSize=8,
            leading=11,
            spaceAfter=3,
            textColor=GREY,
            keepWithNext=1,
        ),
        "source": _style("source", fontSize=7, leading=9.5, spaceBefore=3, spaceAfter=10, textColor=GREY),
        "cell": _style("cell", fontSize=8, leading=10.5),
        "cell_num": _style("cell_num", fontSize=8, leading=10.5, alignment=TA_RIGHT),
        "cell_head": _style("cell_head", fontName=FONT_BOLD, fontSize=8, leading=10.5, **hyph),
        "cell_head_num": _style(
            "cell_head_num",
            fontName=FONT_BOLD,
            fontSize=8,
            leading=10.5,
            alignment=TA_RIGHT,
            **hyph,
        ),
        "sb_label": _style("sb_label", fontName=FONT_BOLD, fontSize=8.5, leading=11.5),
        "sb_value": _style("sb_value", fontSize=8.5, leading=11.5, alignment=TA_LEFT),
        "title": _style("title", fontName=FONT_BOLD, fontSize=30, leading=36, textColor=ACCENT, spaceAfter=16),
        "subtitle": _style("subtitle", fontSize=15, leading=20, textColor=GREY, spaceAfter=40),
        "publisher": _style("publisher", fontName=FONT_BOLD, fontSize=11, leading=15),
        "year": _style("year", fontSize=11, leading=15),
        "toc_title": _style(
            "toc_title",
            fontName=FONT_BOLD,
            fontSize=18,
            leading=22,
            textColor=ACCENT,
            spaceAfter=18,
        ),
        "toc1": _style("toc1", fontName=FONT_BOLD, fontSize=10, leading=14, spaceBefore=6),
        "toc2": _style("toc2", fontSize=9.5, leading=13, leftIndent=16),
        "center": _style("center", alignment=TA_CENTER),
    }
