"""A document's measure catalogue joined to its chunks, and everything tagged with funding programmes.

Chunks of a measure sheet become kind "measure" (their ids do not change: an id hashes document, page,
offset and text), so a search can be restricted to the catalogue; each measure lists its chunks.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass

from ingest.chunk import Chunk
from ingest.funding import FundingTagger, FundingTags
from ingest.measures import Measure, extract_measures
from ingest.page import Page

_PROBE_CHARS = 40  # enough of a field's value to recognise it in a chunk without a heading to go by


@dataclass(frozen=True)
class ChunkFunding:
    chunk_id: str
    tags: FundingTags


@dataclass(frozen=True)
class Annotated:
    chunks: tuple[Chunk, ...]
    measures: tuple[Measure, ...]
    funding: tuple[ChunkFunding, ...]  # only chunks with a funding signal


def annotate(pages: Sequence[Page], chunks: Sequence[Chunk], tagger: FundingTagger) -> Annotated:
    measures = extract_measures(pages)
    owners = _owners(chunks, measures)
    linked = tuple(dataclasses.replace(c, kind="measure") if owners.get(c.id) else c for c in chunks)
    tagged = []
    for measure in measures:
        sheet = " ".join(
            (measure.title, measure.goal, measure.description, measure.lead, measure.partners, measure.funding)
        )
        tagged.append(
            dataclasses.replace(
                measure,
                programmes=tagger.tag(measure.funding).programmes,
                funding_score=tagger.tag(sheet).score,
                chunk_ids=tuple(c.id for c in linked if measure in owners.get(c.id, ())),
            )
        )
    funding = tuple(ChunkFunding(chunk.id, tags) for chunk in linked if (tags := tagger.tag(chunk.text)).score > 0)
    return Annotated(linked, tuple(tagged), funding)


def _owners(chunks: Sequence[Chunk], measures: Sequence[Measure]) -> dict[str, list[Measure]]:
    """Chunk id → the measures whose sheet it holds: the one whose heading is in the chunk's section path,
    and any other whose own words are in it (a sheet's last field carried over the page into the next
    sheet's chunk; a sheet without heading)."""
    owners: dict[str, list[Measure]] = {}
    by_heading = {m.heading: m for m in measures if m.heading}
    for chunk in chunks:
        found = [by_heading[chunk.section[-1]]] if chunk.section and chunk.section[-1] in by_heading else []
        flat = " ".join(chunk.text.split())
        for measure in measures:
            if measure not in found and measure.page <= chunk.page <= measure.last_page and _shows(flat, measure):
                found.append(measure)
        if found:
            owners[chunk.id] = found
    return owners


def _shows(text: str, measure: Measure) -> bool:
    # Texts that belong to one sheet only; a lead or partner list is shared by many sheets.
    distinctive = [measure.goal, measure.description, measure.funding]
    if not measure.heading:
        distinctive += [measure.lead, measure.partners, measure.cost]
    return any(len(value) >= 8 and value[:_PROBE_CHARS] in text for value in distinctive)
