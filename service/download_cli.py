"""`kea download`: fetch the official PDFs and record them in the corpus manifest."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from pathlib import Path

from ingest.document import load_manifest
from ingest.download import Limits, Outcome, download_corpus
from ingest.manifest_write import update_manifest
from service.compose import corpus_manifest
from service.settings import Settings


def add_command(sub: argparse._SubParsersAction[argparse.ArgumentParser], settings: Settings) -> None:
    download = sub.add_parser(
        "download", help="Offizielle PDFs von der Quellseite laden (Links aus dem Korpus-Manifest)"
    )
    download.add_argument("--dest", type=Path, default=settings.download_dir, help="Zielordner der PDFs")
    download.add_argument("--manifest", type=Path, default=None, help="Korpus-Manifest (TOML), wird fortgeschrieben")
    download.set_defaults(handler=_download)


def _download(args: argparse.Namespace, settings: Settings) -> int:
    dest: Path = args.dest
    manifest: Path = args.manifest or corpus_manifest(settings, dest)
    entries = load_manifest(manifest)
    try:
        outcomes = download_corpus(entries, dest, Limits(timeout_s=settings.download_timeout_s))
        record(manifest, outcomes, datetime.now(UTC).isoformat(timespec="seconds"))
    except OSError as exc:  # the folder or the manifest is not writable, the disk is full
        print(f"Fehler: {exc}", file=sys.stderr)
        return 2
    for outcome in outcomes:
        print(f"  {outcome.document_id}: {_describe(outcome, dest)}")
    fetched = [o for o in outcomes if o.ok]
    if fetched:
        print(f"Manifest fortgeschrieben: {manifest}")
    if any(o.status in ("neu", "aktualisiert") for o in outcomes):
        print(f"Neue Fassungen einlesen (nur Geändertes wird neu verarbeitet): kea ingest {dest}")
    failed = len(outcomes) - len(fetched)
    print(f"{len(fetched)} von {len(outcomes)} Dokumenten geladen" + (f", {failed} fehlgeschlagen" if failed else ""))
    return 1 if failed else 0


def record(manifest: Path, outcomes: tuple[Outcome, ...], now: str) -> None:
    """sha256, address and time of every fetched file; `downloaded` changes only with the file."""
    values: dict[str, dict[str, str]] = {}
    defaults: dict[str, dict[str, str]] = {}
    for outcome in outcomes:
        if not outcome.ok:
            continue
        values[outcome.document_id] = {"sha256": outcome.sha256, "pdf_url": outcome.url, "checked": now}
        if outcome.status == "unverändert":
            defaults[outcome.document_id] = {"downloaded": now}
        else:
            values[outcome.document_id]["downloaded"] = now
    if values:
        update_manifest(manifest, values, defaults)


def _describe(outcome: Outcome, dest: Path) -> str:
    if not outcome.ok:
        return f"Fehler: {outcome.message}"
    where = f"{dest / outcome.file} ({outcome.size / 1_048_576:.1f} MiB, sha256 {outcome.sha256[:12]}…)"
    return {"neu": f"neu → {where}", "aktualisiert": f"neue Fassung → {where}"}.get(outcome.status, "unverändert")
