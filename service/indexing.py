"""Ingest into the configured store, incrementally: the one path of `kea ingest` and of the admin reindex.

Documents unchanged since the published version are taken over, changed ones read and embedded anew (only
their changed chunks are embedded), removed ones left out (index/reuse.py); an ingest that changes nothing
publishes nothing. `full=True` reads and embeds everything.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from index.embedders import ModelEmbeddings
from index.manifest import FORMAT_VERSION
from index.reuse import Previous, embedding_text_fingerprint, pipeline_fingerprint
from index.stores import IndexStore
from index.update import Progress, Update, previous_version, update_index
from ingest.document import ManifestEntry, entry_for_file
from ingest.funding import load_tagger, programme_file_digest
from ingest.ocr import OcrEngine
from ingest.pipeline import IngestedDocument, IngestResult, Skipped, ingest_files
from service.compose import chunk_settings
from service.settings import Settings

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class IngestRun:
    result: IngestResult
    update: Update | None  # None when no document could be ingested (the published version stays)


def pipeline(settings: Settings) -> str:
    """Fingerprint of everything besides a PDF that shapes its chunks and vectors."""
    try:
        package = version("kreisentwicklungs-assistent")
    except PackageNotFoundError:  # pragma: no cover - a bare checkout
        package = "0"
    return pipeline_fingerprint(
        {
            "package": package,
            "format": FORMAT_VERSION,
            "chunking": asdict(chunk_settings(settings)),
            "ocr": settings.ocr_enabled,
            "ocr_language": settings.ocr_language,
            "passage_prefix": settings.passage_prefix,  # part of every embedded passage, not of the model's name
            "funding_programmes": programme_file_digest(settings.funding_programmes),
        }
    )


def embedding_text(settings: Settings) -> str:
    """Fingerprint of what turns a chunk into the texts its vectors embed: while it holds, a vector is reused for
    the same text even after an update of the PDF reading or chunking."""
    return embedding_text_fingerprint({"format": FORMAT_VERSION, "passage_prefix": settings.passage_prefix})


def ingest_corpus(
    settings: Settings,
    store: IndexStore,
    files: tuple[Path, ...],
    entries: tuple[ManifestEntry, ...],
    embedder: ModelEmbeddings,
    ocr: OcrEngine | None,
    *,
    full: bool = False,
    on_file: Callable[[Path], None] | None = None,
    progress: Progress | None = None,
) -> IngestRun:
    fingerprint, texts = pipeline(settings), embedding_text(settings)
    published = previous_version(store, embedder.model_id, fingerprint, texts)
    previous = None if full else published
    result = ingest_files(
        files,
        entries,
        chunk_settings(settings),
        on_file=on_file,
        ocr=ocr,
        tagger=load_tagger(settings.funding_programmes),
        reuse=previous.document if previous is not None else None,
    )
    if published is not None:
        result = keep_previous_versions(result, published, files, entries)
    if not result.documents:
        return IngestRun(result, None)
    chunking = chunk_settings(settings)
    update = update_index(
        result,
        embedder,
        store,
        chunking,
        previous,
        fingerprint,
        settings.sentence_vectors,
        progress,
        sparse=settings.sparse_vectors,
        embedding_text=texts,
    )
    return IngestRun(result, update)


def keep_previous_versions(
    result: IngestResult, previous: Previous, files: tuple[Path, ...], entries: tuple[ManifestEntry, ...]
) -> IngestResult:
    """A file that can no longer be read keeps its document's published version in the index (and says so):
    a broken download or a damaged copy must not make a document disappear."""
    by_name = {path.name: path for path in files}
    present = {doc.document.id for doc in result.documents}
    kept: list[IngestedDocument] = []
    skipped: list[Skipped] = []
    for skip in result.skipped:
        path = by_name.get(skip.file) or by_name.get(Path(skip.file).name)
        old = previous.published(entry_for_file(path, entries).id) if path is not None else None
        if old is None or old.document.id in present:
            skipped.append(skip)
            continue
        log.warning("ingest_kept_previous document=%s", old.document.id)
        kept.append(old)
        present.add(old.document.id)
        skipped.append(replace(skip, reason=f"{skip.reason}; die bisher veröffentlichte Fassung bleibt im Index"))
    if not kept:
        return result
    order = {path.name: number for number, path in enumerate(files)}  # the documents keep the folder's order
    documents = sorted((*result.documents, *kept), key=lambda doc: order.get(doc.document.file, len(order)))
    return replace(result, documents=tuple(documents), skipped=tuple(skipped))
