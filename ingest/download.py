"""`kea download`: the official PDFs, found as links on the source page each manifest entry names.

A download goes to a temporary file beside its target and replaces the target only after it has been read as
a PDF, so a broken link, an error page served as 200 or a truncated transfer never overwrites a good file.
Only http(s) is followed. The caller records what was fetched in the manifest (`ingest/manifest_write.py`).
"""

from __future__ import annotations

import hashlib
import http.client
import logging
import os
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from ingest.document import ManifestEntry, file_sha256
from ingest.errors import IngestError
from ingest.links import PdfLink, match_links, pdf_links
from ingest.pdf import read_pdf

log = logging.getLogger(__name__)

Status = Literal["neu", "aktualisiert", "unverändert", "fehler"]
USER_AGENT = "Kreisentwicklungs-Assistent (kea download)"
_BLOCK = 1 << 16


class DownloadError(Exception):
    """A page or file could not be fetched; the message is a one-line German reason."""


@dataclass(frozen=True)
class Outcome:
    document_id: str
    file: str
    status: Status
    message: str = ""
    url: str = ""  # the PDF's address, when a link was found
    sha256: str = ""  # of the file now on disk (empty when there is none)
    size: int = 0

    @property
    def ok(self) -> bool:
        return self.status != "fehler"


@dataclass(frozen=True)
class Limits:
    timeout_s: float = 60.0
    max_bytes: int = 300 * 1024 * 1024  # the KEK documents are tens of MiB; this stops a runaway response


def download_corpus(
    entries: tuple[ManifestEntry, ...],
    dest: Path,
    limits: Limits = Limits(),
    check: Callable[[Path], object] = read_pdf,
) -> tuple[Outcome, ...]:
    """Fetch every entry's PDF from its source page into `dest` under the entry's file name."""
    dest.mkdir(parents=True, exist_ok=True)
    outcomes: dict[str, Outcome] = {}
    for page_url in dict.fromkeys(entry.source_url for entry in entries if entry.source_url):
        group = tuple(entry for entry in entries if entry.source_url == page_url)
        try:
            links = pdf_links(fetch_text(page_url, limits), page_url)
        except DownloadError as exc:
            outcomes.update({e.id: Outcome(e.id, e.file, "fehler", f"Quellseite {page_url}: {exc}") for e in group})
            continue
        found = match_links(group, links)
        for entry in group:
            link = found.get(entry.id)
            if link is None:
                message = f"kein passender PDF-Link auf {page_url} ({len(links)} PDF-Links gefunden)"
                outcomes[entry.id] = Outcome(entry.id, entry.file, "fehler", message)
                continue
            outcomes[entry.id] = download_file(entry, link, dest, limits, check)
    for entry in entries:
        if entry.id not in outcomes:
            outcomes[entry.id] = Outcome(entry.id, entry.file, "fehler", "keine Quellseite (source_url) angegeben")
    return tuple(outcomes[entry.id] for entry in entries)


def download_file(
    entry: ManifestEntry, link: PdfLink, dest: Path, limits: Limits, check: Callable[[Path], object] = read_pdf
) -> Outcome:
    """One PDF into `dest / entry.file`, replacing the old file only by a readable PDF."""
    target = dest / entry.file
    tmp = target.with_name(f".{target.name}.download")
    try:
        digest, size, content_type = fetch_to_file(link.url, tmp, limits)
        try:
            check(tmp)
        except IngestError as exc:
            reason = str(exc).removeprefix(f"{tmp.name}: ")
            raise DownloadError(f"kein lesbares PDF ({reason}; geliefert als {content_type or 'unbekannt'})") from exc
        before = file_sha256(target) if target.is_file() else ""
        if before == digest:
            tmp.unlink()
            return Outcome(entry.id, entry.file, "unverändert", "", link.url, digest, size)
        os.replace(tmp, target)
    except DownloadError as exc:
        log.warning("download_failed document=%s url=%s reason=%s", entry.id, link.url, exc)
        kept = file_sha256(target) if target.is_file() else ""
        note = "; die vorhandene Datei bleibt" if kept else ""
        return Outcome(entry.id, entry.file, "fehler", f"{link.url}: {exc}{note}", link.url, kept)
    finally:
        tmp.unlink(missing_ok=True)
    return Outcome(entry.id, entry.file, "aktualisiert" if before else "neu", "", link.url, digest, size)


def fetch_text(url: str, limits: Limits) -> str:
    """An HTML page as text, decoded with the charset the server names (UTF-8 when it names none)."""
    with _open(url, limits) as response:
        body = response.read(limits.max_bytes + 1)
        charset = response.headers.get_content_charset() or "utf-8"
    if len(body) > limits.max_bytes:
        raise DownloadError("Seite ist zu groß")
    return body.decode(charset, errors="replace")


def fetch_to_file(url: str, path: Path, limits: Limits) -> tuple[str, int, str]:
    """Stream a response into `path`; returns its sha256, size and content type. DownloadError on failure."""
    digest = hashlib.sha256()
    size = 0
    try:
        with _open(url, limits) as response, path.open("wb") as handle:
            content_type = response.headers.get_content_type() if "Content-Type" in response.headers else ""
            while block := response.read(_BLOCK):
                size += len(block)
                if size > limits.max_bytes:
                    raise DownloadError(f"Datei ist größer als {limits.max_bytes // (1024 * 1024)} MiB")
                digest.update(block)
                handle.write(block)
            handle.flush()
            os.fsync(handle.fileno())
    except (OSError, urllib.error.URLError) as exc:  # a connection lost mid-transfer
        raise DownloadError(f"Übertragung abgebrochen ({exc})") from exc
    return digest.hexdigest(), size, content_type


def _open(url: str, limits: Limits) -> http.client.HTTPResponse:
    if not url.lower().startswith(("http://", "https://")):
        raise DownloadError(f"nur http(s)-Adressen werden abgerufen, nicht {url!r}")
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        response: http.client.HTTPResponse = urllib.request.urlopen(request, timeout=limits.timeout_s)
    except urllib.error.HTTPError as exc:
        raise DownloadError(f"HTTP {exc.code} {exc.reason}") from exc
    except urllib.error.URLError as exc:
        raise DownloadError(f"nicht erreichbar ({exc.reason})") from exc
    except (TimeoutError, OSError, ValueError) as exc:
        raise DownloadError(f"nicht erreichbar ({exc})") from exc
    return response
