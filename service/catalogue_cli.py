"""`kea measures` and `kea funding`: the measure catalogue and the funding finder on the command line."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from index.catalogue import Catalogue, Facets, MeasureQuery, UnknownProgrammeError
from index.catalogue_export import funding_record, measures_csv, measures_json
from ingest.measures import Measure
from ingest.pipeline import IngestedDocument
from service.compose import open_catalogue, open_searcher
from service.settings import Settings
from service.snippets import shortened

_FACET_TITLES = (
    ("schwerpunkt", "Handlungsschwerpunkt"),
    ("lead", "Federführung"),
    ("time_frame", "Zeitraum"),
    ("priority", "Priorität"),
    ("programme", "Förderprogramm"),
)


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser], settings: Settings) -> None:
    measures = sub.add_parser("measures", help="Maßnahmenkatalog filtern und exportieren")
    measures.add_argument("--index", type=Path, default=settings.index_dir)
    measures.add_argument("--schwerpunkt", default="", help="Handlungsschwerpunkt (Teil des Namens genügt)")
    measures.add_argument("--federfuehrung", default="", help="federführende Stelle (Teil des Namens genügt)")
    measures.add_argument("--zeitraum", default="", help="Jahr (2024), Jahre (2023-2025) oder Text (kurzfristig)")
    measures.add_argument("--prioritaet", default="", help="hoch, mittel, niedrig")
    measures.add_argument("--programm", default="", help="Förderprogramm, z. B. KIPKI, LEADER, Kommunalrichtlinie")
    measures.add_argument("--q", default="", help="Freitext (Suche in den Steckbriefen)")
    measures.add_argument("--facetten", action="store_true", help="Anzahl je Schwerpunkt, Stelle, … anzeigen")
    output = measures.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="als JSON ausgeben")
    output.add_argument("--csv", type=Path, default=None, metavar="DATEI", help="als CSV (Excel) speichern")
    measures.set_defaults(handler=_measures)

    funding = sub.add_parser("funding", help="Förderrelevante Textstellen finden, mit Quellenangaben")
    funding.add_argument("--index", type=Path, default=settings.index_dir)
    funding.add_argument("--programm", default="", help="Förderprogramm, z. B. KIPKI, LEADER, EFRE")
    funding.add_argument("--q", default="", help="Thema, z. B. Radverkehr")
    funding.add_argument("-k", type=int, default=10, help="Anzahl der Textstellen")
    funding.add_argument("--json", action="store_true", help="als JSON ausgeben")
    funding.set_defaults(handler=_funding)


def measure_summary(doc: IngestedDocument) -> list[str]:
    """Lines for the ingest summary: how many measure sheets were read, and which lack what."""
    if not doc.measures:
        return []
    incomplete = [m for m in doc.measures if m.missing]
    if not incomplete:
        return [f"    Maßnahmen: {len(doc.measures)}, alle Angaben vollständig"]
    lines = [f"    Maßnahmen: {len(doc.measures)}, davon {len(incomplete)} mit fehlenden Angaben:"]
    for measure in incomplete:
        name = f"{measure.nr} {measure.title}".strip()
        lines.append(
            f"      {name} (S. {measure.page_label}, PDF-Seite {measure.page}): fehlt {', '.join(measure.missing)}"
        )
    return lines


def _measures(args: argparse.Namespace, settings: Settings) -> int:
    catalogue = _open(args, settings)
    query = MeasureQuery(
        schwerpunkt=args.schwerpunkt,
        lead=args.federfuehrung,
        time_frame=args.zeitraum,
        priority=args.prioritaet,
        programme=args.programm,
        text=args.q,
    )
    try:
        result = catalogue.find(query)
    except UnknownProgrammeError as exc:
        print(f"Fehler: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(measures_json(result.measures, catalogue.document), ensure_ascii=False, indent=1))
        return 0
    if args.csv:
        try:
            args.csv.write_text(measures_csv(result.measures, catalogue.document), encoding="utf-8", newline="")
        except OSError as exc:
            print(f"Fehler: CSV-Datei {args.csv} nicht schreibbar ({exc.strerror or exc})", file=sys.stderr)
            return 2
        print(f"{len(result.measures)} Maßnahmen nach {args.csv} geschrieben.")
        return 0
    print(f"{len(result.measures)} von {result.total} Maßnahmen{_filter_note(query)}")
    for measure in result.measures:
        print()
        _print_measure(catalogue, measure)
    if args.facetten:
        _print_facets(result.facets)
    return 0


def _funding(args: argparse.Namespace, settings: Settings) -> int:
    catalogue = _open(args, settings)
    try:
        hits = catalogue.funding(programme=args.programm, text=args.q, k=args.k)
    except UnknownProgrammeError as exc:
        print(f"Fehler: {exc}", file=sys.stderr)
        return 2
    if args.json:
        records = [funding_record(hit, catalogue.document(hit.chunk.document_id)) for hit in hits]
        print(json.dumps(records, ensure_ascii=False, indent=1))
        return 0
    if not hits:
        print("Keine förderrelevante Textstelle gefunden.")
    for rank, hit in enumerate(hits, start=1):
        record = funding_record(hit, catalogue.document(hit.chunk.document_id))
        where = f"{record['title']}, S. {hit.chunk.page_label} (PDF-Seite {hit.chunk.page})"
        measure = f" · Maßnahme {hit.measure}" if hit.measure else ""
        programmes = ", ".join(hit.tags.programmes) or "–"
        print(f"{rank}. {where}{measure} · Programme: {programmes} · {hit.score:.3f}")
        print(f"   Förderhinweise: {', '.join(hit.tags.cues) or '–'}")
        print(f"   {shortened(hit.chunk.text)}")
        print(f"   {record['file']}#page={hit.chunk.page}")
    return 0


def _open(args: argparse.Namespace, settings: Settings) -> Catalogue:
    # Free text needs the embedding model; plain filters only read the stored catalogue.
    searcher = open_searcher(settings, args.index) if args.q.strip() else None
    return open_catalogue(settings, args.index, searcher)


def _print_measure(catalogue: Catalogue, measure: Measure) -> None:
    document = catalogue.document(measure.document_id)
    names = [_programme_name(catalogue, pid) for pid in measure.programmes]
    print(f"{measure.nr}  {measure.title}")
    print(f"    Federführung: {measure.lead or '–'}")
    print(f"    Handlungsschwerpunkt: {measure.schwerpunkt or '–'} · Zeitraum: {measure.time_frame or '–'}", end="")
    print(f" · Priorität: {measure.priority or '–'}")
    print(f"    Förderprogramme: {', '.join(names) or '–'}")
    title = document.title if document else measure.document_id
    print(f"    {title}, S. {measure.page_label} (PDF-Seite {measure.page})")


def _programme_name(catalogue: Catalogue, programme_id: str) -> str:
    programme = catalogue.tagger.programme(programme_id)
    return programme.short if programme else programme_id


def _print_facets(facets: Facets) -> None:
    for attribute, title in _FACET_TITLES:
        counts = getattr(facets, attribute)
        print(f"\n{title}:")
        for value, count in counts:
            print(f"  {count:3d}  {value}")


def _filter_note(query: MeasureQuery) -> str:
    parts = [
        (query.schwerpunkt, "Handlungsschwerpunkt"),
        (query.lead, "Federführung"),
        (query.time_frame, "Zeitraum"),
        (query.priority, "Priorität"),
        (query.programme, "Förderprogramm"),
        (query.text, "Suche"),
    ]
    return "".join(f" · {label} „{value}“" for value, label in parts if value.strip())
