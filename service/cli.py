"""`kea`: one command-line entry point with subcommands."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from assistant.assistant import Assistant, AssistantSettings
from index.errors import EmbedderError, StoreError
from index.facets import SearchFilters
from index.search import Hit, Searcher
from ingest.document import load_manifest
from ingest.errors import ManifestError
from ingest.pipeline import IngestedDocument, IngestResult, find_pdfs
from service.catalogue_cli import add_commands as add_catalogue_commands
from service.catalogue_cli import measure_summary
from service.compose import build_assistant, build_embedder, build_ocr, corpus_manifest, open_searcher, open_store
from service.download_cli import add_command as add_download_command
from service.indexing import ingest_corpus
from service.progress import IngestBars
from service.records import answer_record
from service.settings import Settings
from service.snippets import shortened

log = logging.getLogger(__name__)


def main(argv: Sequence[str] | None = None) -> int:
    settings = Settings()
    parser = _parser(settings)
    args = parser.parse_args(argv)
    _configure_logging(settings.log_level)
    try:
        code: int = args.handler(args, settings)
    except (StoreError, EmbedderError, ManifestError, argparse.ArgumentTypeError) as exc:
        print(f"Fehler: {exc}", file=sys.stderr)
        return 2
    return code


def _parser(settings: Settings) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kea", description="Kreisentwicklungs-Assistent (KEK Bernkastel-Wittlich)")
    sub = parser.add_subparsers(dest="command", required=True)

    ingest = sub.add_parser("ingest", help="PDFs einlesen und den Suchindex aufbauen")
    ingest.add_argument("pdf_dir", nargs="?", type=Path, default=settings.corpus_dir, help="Ordner mit PDF-Dateien")
    ingest.add_argument("--index", type=Path, default=settings.index_dir, help="Zielordner des Index")
    ingest.add_argument("--manifest", type=Path, default=None, help="Korpus-Manifest (TOML)")
    ingest.add_argument("--neu", action="store_true", help="alles neu einlesen und einbetten (sonst nur Geändertes)")
    ingest.set_defaults(handler=_ingest)

    search = sub.add_parser("search", help="Im Index suchen")
    search.add_argument("query", help="Suchanfrage")
    search.add_argument("--index", type=Path, default=settings.index_dir)
    search.add_argument("-k", type=int, default=5, help="Anzahl der Treffer")
    search.add_argument("--json", action="store_true", help="Treffer als JSON ausgeben")
    search.add_argument("--dokument", action="append", default=[], help="nur dieses Dokument (ID, mehrfach möglich)")
    search.add_argument("--schwerpunkt", action="append", default=[], help="nur dieser Handlungsschwerpunkt")
    search.add_argument(
        "--art", action="append", default=[], choices=["text", "table", "measure"], help="Abschnittsart"
    )
    search.add_argument("--seiten", default=None, help="Seitenbereich (PDF-Seiten), z. B. 10-20")
    search.set_defaults(handler=_search)

    ask = sub.add_parser("ask", help="Frage beantworten, mit Quellenangaben")
    ask.add_argument("question", help="Frage")
    ask.add_argument("--index", type=Path, default=settings.index_dir)
    ask.add_argument("--llm-url", default=None, help="OpenAI-kompatibler Server, z. B. http://127.0.0.1:8080/v1")
    ask.add_argument("--llm-model", default=None, help="Modellname auf dem Server")
    ask.add_argument("--einfach", action="store_true", help="in Einfacher Sprache (nur mit LLM)")
    ask.add_argument("--json", action="store_true", help="Antwort als JSON ausgeben")
    ask.set_defaults(handler=_ask)

    evaluate = sub.add_parser("eval", help="Suche gegen Goldfragen bewerten (mit Vergleichsverfahren)")
    evaluate.add_argument("--cases", type=Path, default=settings.eval_cases, help="Goldfragen (JSONL)")
    evaluate.add_argument("--index", type=Path, default=settings.index_dir)
    evaluate.add_argument("--pdf-dir", type=Path, default=settings.corpus_dir, help="PDFs für das Lehrbuch-Verfahren")
    evaluate.add_argument("--no-baseline", action="store_true", help="ohne das Lehrbuch-Verfahren (spart Einbetten)")
    evaluate.add_argument("--ablation", action="store_true", help="jeden Analyse- und Fusionsschritt einzeln messen")
    evaluate.add_argument("--json", type=Path, default=None, help="Ergebnisse zusätzlich als JSON schreiben")
    evaluate.add_argument("--answers", action="store_true", help="auch die Antworten bewerten")
    evaluate.set_defaults(handler=_evaluate)

    serve = sub.add_parser("serve", help="HTTP-Dienst starten (API unter /api, Dokumentation unter /docs)")
    serve.add_argument("--index", type=Path, default=settings.index_dir)
    serve.add_argument("--pdf-dir", type=Path, default=settings.corpus_dir, help="PDFs für Links und Neuaufbau")
    serve.add_argument("--host", default=settings.http_host)
    serve.add_argument("--port", type=int, default=settings.http_port)
    serve.set_defaults(handler=_serve)
    add_catalogue_commands(sub, settings)
    add_download_command(sub, settings)
    return parser


def _configure_logging(level: str) -> None:
    logging.basicConfig(level=level.upper(), format="%(levelname)s %(name)s %(message)s", stream=sys.stderr)
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    logging.getLogger("bm25s").setLevel(logging.WARNING)  # it announces every index build at DEBUG


def _ingest(args: argparse.Namespace, settings: Settings) -> int:
    folder: Path = args.pdf_dir
    if not folder.is_dir():
        print(f"Fehler: PDF-Ordner {folder} nicht gefunden", file=sys.stderr)
        return 1
    manifest_path: Path = args.manifest or corpus_manifest(settings, folder)
    entries = load_manifest(manifest_path) if manifest_path.is_file() else ()
    files = find_pdfs(folder)
    store = open_store(settings, args.index)
    embedder = build_embedder(settings)
    with IngestBars(len(files)) as bars:
        run = ingest_corpus(
            settings,
            store,
            files,
            entries,
            embedder,
            build_ocr(settings),
            full=args.neu,
            on_file=bars.file,
            progress=bars.progress(),
        )
    if run.update is None:
        _print_summary(run.result, None)
        print("Fehler: kein Dokument eingelesen; der bisherige Index bleibt unverändert.", file=sys.stderr)
        return 1
    update = run.update
    where = "PostgreSQL (KEA_DATABASE_URL)" if settings.store == "postgres" else str(args.index)
    state = f"{where} (Stand {update.version}, Modell {embedder.model_id})"
    _print_summary(run.result, state if update.published else f"unverändert, {state}")
    if update.published:
        print(f"Neu eingebettet: {update.embedded} Abschnitte, übernommen: {update.kept}")
    return 0


def _print_summary(result: IngestResult, index_text: str | None) -> None:
    pages = sum(len(d.pages) for d in result.documents)
    print(
        f"Dokumente: {len(result.documents)} | Seiten: {pages} | Abschnitte: {len(result.chunks)} "
        f"| übersprungen: {len(result.skipped)}"
    )
    for doc in result.documents:
        kept = " (unverändert übernommen)" if doc.document.id in result.reused else ""
        print(f"  {doc.document.id}: {len(doc.pages)} Seiten, {len(doc.chunks)} Abschnitte{_scan_note(doc)}{kept}")
        for line in measure_summary(doc):
            print(line)
    for skipped in result.skipped:
        print(f"  übersprungen: {skipped.reason}")
    if index_text:
        print(f"Index: {index_text}")


def _scan_note(doc: IngestedDocument) -> str:
    """Which scanned pages OCR read and which stayed unread, grouped by reason."""
    notes = [f"per OCR gelesen: {_numbers(doc.ocr_pages)}"] if doc.ocr_pages else []
    reasons: dict[str, list[int]] = {}
    for page in doc.unread:
        reasons.setdefault(page.reason, []).append(page.number)
    notes.extend(f"nicht gelesen: {_numbers(numbers)} ({reason})" for reason, numbers in reasons.items())
    return "".join(f" | {note}" for note in notes)


def _numbers(numbers: Sequence[int]) -> str:
    return ", ".join(str(number) for number in numbers)


def _search(args: argparse.Namespace, settings: Settings) -> int:
    searcher = open_searcher(settings, args.index)
    hits = searcher.search(args.query, k=max(1, args.k), filters=_filters(args))
    if args.json:
        print(json.dumps([_hit_record(searcher, hit) for hit in hits], ensure_ascii=False, indent=1))
        return 0
    if not hits:
        print("Keine Treffer.")
    for rank, hit in enumerate(hits, start=1):
        doc = searcher.document(hit.chunk.document_id)
        title = doc.title if doc else hit.chunk.document_id
        section = " › ".join(hit.chunk.section) or "–"
        print(f"{rank}. {title}, S. {hit.chunk.page_label} (PDF-Seite {hit.chunk.page}) · {section} · {hit.score:.3f}")
        print(f"   {shortened(hit.chunk.text)}")
    return 0


def _evaluate(args: argparse.Namespace, settings: Settings) -> int:
    # Imported here: the evaluation pulls in LangChain's document loaders (about a second), which no other
    # command needs; `kea ingest` of an unchanged corpus would otherwise spend most of its time importing them.
    from eval.answers import answer_table, evaluate_answers
    from eval.cases import load_cases
    from eval.report import retrieval_table, write_json
    from eval.run import evaluate_index

    searcher = open_searcher(settings, args.index)
    cases = load_cases(args.cases)
    pdfs = () if args.no_baseline else find_pdfs(args.pdf_dir)
    reports = evaluate_index(
        searcher.stored, searcher.embedder, cases, searcher.settings, pdfs=pdfs, ablation=args.ablation
    )
    print(f"{sum(c.answerable for c in cases)} beantwortbare von {len(cases)} Fragen, Seiten-Treffer:")
    print(retrieval_table(reports))
    if args.json:
        write_json(args.json, reports)
    if args.answers:
        assistant = build_assistant(settings, searcher)
        answers = [evaluate_answers(assistant.backend_name, assistant.ask, cases)]
        if assistant.catalogue is not None:
            without = Assistant(searcher, assistant.settings)
            name = "extractive, without the catalogue (lists, sheet fields)"
            answers.append(evaluate_answers(name, without.ask, cases))
        if searcher.stored.sentences is not None:
            words_only = Assistant(
                searcher, AssistantSettings(sentence_similarity=False), catalogue=assistant.catalogue
            )
            answers.append(evaluate_answers("extractive, words only", words_only.ask, cases))
        print("\nAntworten:\n")
        print(answer_table(answers))
    return 0


def _ask(args: argparse.Namespace, settings: Settings) -> int:
    if args.llm_url:
        settings = settings.model_copy(update={"llm_url": args.llm_url, "llm_model": args.llm_model or ""})
    assistant = build_assistant(settings, open_searcher(settings, args.index))
    answer = assistant.ask(args.question, simple=args.einfach)
    if args.json:
        print(json.dumps(answer_record(answer), ensure_ascii=False, indent=1))
        return 0
    print(answer.text)
    if answer.notice:
        print(f"Hinweis: {answer.notice}")
    if answer.citations:
        print("\nQuellen:")
    for citation in answer.citations:
        where = f"S. {citation.page_label} (PDF-Seite {citation.page})"
        print(f"[{citation.number}] {citation.title}, {where}: {citation.file}#page={citation.page}")
        print(f"    „{citation.quote}“")
    return 0


def _serve(args: argparse.Namespace, settings: Settings) -> int:
    from service.server import build_app, serve  # fastapi and uvicorn only load for this command

    app = build_app(settings, args.index, args.pdf_dir)
    print(f"Dienst startet auf http://{args.host}:{args.port} (API-Dokumentation: /docs)", file=sys.stderr)
    serve(app, settings, args.host, args.port)
    return 0


def _filters(args: argparse.Namespace) -> SearchFilters:
    first, last = None, None
    if args.seiten:
        start, _, end = str(args.seiten).partition("-")
        try:
            first, last = int(start), int(end or start)
        except ValueError as exc:
            raise argparse.ArgumentTypeError(f"Seitenbereich {args.seiten!r}: erwartet z. B. 10-20") from exc
    return SearchFilters(
        documents=tuple(args.dokument),
        kinds=tuple(args.art),
        schwerpunkte=tuple(args.schwerpunkt),
        page_from=first,
        page_to=last,
    )


def _hit_record(searcher: Searcher, hit: Hit) -> dict[str, object]:
    doc = searcher.document(hit.chunk.document_id)
    return {
        "document_id": hit.chunk.document_id,
        "title": doc.title if doc else "",
        "file": doc.file if doc else "",
        "page": hit.chunk.page,
        "page_label": hit.chunk.page_label,
        "section": " › ".join(hit.chunk.section),
        "score": round(hit.score, 4),
        "chunk_id": hit.chunk.id,
        "kind": hit.chunk.kind,
        "text": hit.chunk.text,
    }


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
