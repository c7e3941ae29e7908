"""Source documents and the corpus manifest that describes them."""

from __future__ import annotations

import hashlib
import tomllib
from dataclasses import dataclass
from pathlib import Path

from ingest.errors import ManifestError


@dataclass(frozen=True)
class ManifestEntry:
    """What the operator declares about a document in `corpus/manifest.toml`."""

    id: str
    title: str
    file: str
    year: int | None = None
    kind: str = ""
    source_url: str = ""
    # Words the document's link on the source page contains (`kea download`); empty: the title's words.
    link_words: tuple[str, ...] = ()


@dataclass(frozen=True)
class Document:
    id: str
    title: str
    file: str
    sha256: str
    year: int | None
    kind: str
    source_url: str
    page_count: int


def load_manifest(path: Path) -> tuple[ManifestEntry, ...]:
    """Read the `[[documents]]` table of a corpus manifest."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ManifestError(f"Manifest nicht gefunden: {path}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ManifestError(f"Manifest {path} ist kein gültiges TOML: {exc}") from exc
    entries = []
    for raw in data.get("documents", []):
        try:
            entries.append(
                ManifestEntry(
                    id=str(raw["id"]),
                    title=str(raw["title"]),
                    file=str(raw["file"]),
                    year=int(raw["year"]) if "year" in raw else None,
                    kind=str(raw.get("kind", "")),
                    source_url=str(raw.get("source_url", "")),
                    link_words=tuple(str(word) for word in raw.get("link_words", ())),
                )
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ManifestError(f"Manifest {path}: Eintrag {raw!r} braucht id, title und file") from exc
    return tuple(entries)


def entry_for_file(pdf: Path, entries: tuple[ManifestEntry, ...]) -> ManifestEntry:
    """The manifest entry of a PDF, or one derived from its file name when the manifest does not list it."""
    for entry in entries:
        if entry.file == pdf.name:
            return entry
    return ManifestEntry(id=document_id_from_name(pdf.name), title=pdf.stem.replace("_", " "), file=pdf.name)


def document_id_from_name(name: str) -> str:
    stem = Path(name).stem.lower()
    cleaned = "".join(ch if ch.isalnum() else "-" for ch in stem)
    return "-".join(part for part in cleaned.split("-") if part) or "dokument"


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
