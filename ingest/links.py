"""PDF links on a web page, and which link is which manifest document.

Municipal CMSs link documents in many shapes: `…/Strukturatlas_2020.pdf`, `…/download.php?id=12` with the
text "Handlungskonzept 2030 (PDF, 5 MB)", or `type="application/pdf"`. A link counts as a PDF when its path
ends in .pdf, its type says so, or its text names PDF. A document is matched by words (the manifest's
`link_words`, else its title's longer words) in the link text and file name, umlauts folded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser
from urllib.parse import unquote, urljoin, urlsplit

from ingest.document import ManifestEntry

_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
_NON_WORD = re.compile(r"[^a-z0-9]+")
_PDF_WORD = re.compile(r"\bpdf\b", re.IGNORECASE)
# Title words that name no document in particular.
_COMMON = frozenset("als und oder der die das des den dem fuer zur zum von mit eine einer landkreis kreis".split())
_TITLE_SHARE = 0.5  # without link_words, at least this share of the title's words must appear


@dataclass(frozen=True)
class PdfLink:
    url: str  # absolute, without fragment
    text: str  # the link text (or its title attribute), whitespace-normalised


class _Anchors(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.anchors: list[tuple[dict[str, str], str]] = []
        self._open: dict[str, str] | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            self._close()
            self._open = {name: value or "" for name, value in attrs}
            self._text = []
        elif tag == "img" and self._open is not None:
            self._text.append(dict(attrs).get("alt") or "")

    def handle_data(self, data: str) -> None:
        if self._open is not None:
            self._text.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "a":
            self._close()

    def _close(self) -> None:
        if self._open is not None:
            self.anchors.append((self._open, " ".join(" ".join(self._text).split())))
        self._open = None

    def close(self) -> None:
        super().close()
        self._close()


def pdf_links(html: str, base_url: str) -> tuple[PdfLink, ...]:
    """Every distinct http(s) link to a PDF on the page, in page order."""
    parser = _Anchors()
    parser.feed(html)
    parser.close()
    links: dict[str, PdfLink] = {}
    for attrs, text in parser.anchors:
        href = attrs.get("href", "").strip()
        if not href:
            continue
        url = urljoin(base_url, href).split("#", 1)[0]
        if urlsplit(url).scheme not in ("http", "https"):
            continue
        label = text or attrs.get("title", "")
        is_pdf = urlsplit(url).path.lower().endswith(".pdf") or "pdf" in attrs.get("type", "").lower()
        if (is_pdf or _PDF_WORD.search(label) or _PDF_WORD.search(attrs.get("title", ""))) and url not in links:
            links[url] = PdfLink(url, label)
    return tuple(links.values())


def match_links(entries: tuple[ManifestEntry, ...], links: tuple[PdfLink, ...]) -> dict[str, PdfLink]:
    """Each entry's link: best-scoring pairs first, no link given to two documents."""
    scored = []
    for entry in entries:
        words = _entry_words(entry)
        for position, link in enumerate(links):
            score = _score(entry, words, link)
            if score is not None:
                scored.append((score, -position, entry.id, link))
    scored.sort(key=lambda item: (item[0], item[1]), reverse=True)
    chosen: dict[str, PdfLink] = {}
    taken: set[str] = set()
    for _score_value, _position, entry_id, link in scored:
        if entry_id not in chosen and link.url not in taken:
            chosen[entry_id] = link
            taken.add(link.url)
    return chosen


def _score(entry: ManifestEntry, words: tuple[str, ...], link: PdfLink) -> float | None:
    """Share of the entry's words in the link, with a small bonus for its year; None when it does not match."""
    haystack = fold(f"{link.text} {unquote(urlsplit(link.url).path.rsplit('/', 1)[-1])}")
    share = sum(word in haystack for word in words) / len(words) if words else 0.0
    required = 1.0 if entry.link_words else _TITLE_SHARE
    if not words or share < required:
        return None
    year = entry.year is not None and str(entry.year) in haystack.split()
    return share + (0.1 if year else 0.0)


def _entry_words(entry: ManifestEntry) -> tuple[str, ...]:
    if entry.link_words:
        return tuple(word for word in (fold(w) for w in entry.link_words) if word)
    return tuple(word for word in fold(entry.title).split() if len(word) >= 4 and word not in _COMMON)


def fold(text: str) -> str:
    """Lower case, umlauts spelled out, everything but letters and digits a single space."""
    return " ".join(_NON_WORD.sub(" ", text.lower().translate(_FOLD)).split())
