"""Real-looking KEK passages as numbered LLM sources, shared by the LLM and verification tests."""

from __future__ import annotations

from assistant.verify import Source
from index.search import Hit
from ingest.chunk import Chunk

ARBEITSMARKT = (
    "Tabelle 9: Arbeitslose und Arbeitslosenquote im Jahresdurchschnitt 2015 bis 2020. "
    "Im Jahr 2019 lag die Arbeitslosenquote im Landkreis Bernkastel-Wittlich bei 3,4 %. "
    "Die Zahl der Arbeitslosen betrug im Jahresdurchschnitt 2.480 Personen."
)
BEVOELKERUNG = (
    "Am 31.12.2019 lebten im Landkreis Bernkastel-Wittlich 112.665 Einwohnerinnen und Einwohner. "
    "Die Bevölkerung ist seit 2010 leicht gewachsen; Kreisstadt ist Wittlich."
)
KLIMASCHUTZ = (
    "Maßnahme 2.3: Über das Programm KIPKI (Kommunales Investitionsprogramm Klimaschutz und Innovation) "
    "erhält der Landkreis rund 1,2 Mio. Euro für Klimaschutzmaßnahmen in den Verbandsgemeinden."
)


def source(number: int, text: str, title: str = "Strukturatlas 2020", page: int = 11) -> Source:
    chunk = Chunk(
        id=f"chunk-{number}-{page}",
        document_id="strukturatlas-2020",
        page=page + 6,
        page_label=str(page),
        section=("3 Wirtschaft und Arbeitsmarkt",),
        kind="text",
        text=text,
    )
    return Source(number=number, hit=Hit(chunk=chunk, score=0.9, retrievers=("dense", "bm25")), title=title)


def sample_sources() -> list[Source]:
    return [
        source(1, ARBEITSMARKT),
        source(2, BEVOELKERUNG, page=5),
        source(3, KLIMASCHUTZ, title="Handlungskonzept 2030", page=42),
    ]
