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
    linked = tuple(dataclasses.replace(chunk, kind="measure") if chunk.id in owners else chunk for chunk in chunks)
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
                chunk_ids=tuple(c.id for c in linked if owners.get(c.id) is measure),
            )
        )
    funding = tuple(ChunkFunding(chunk.id, tags) for chunk in linked if (tags := tagger.tag(chunk.text)).score > 0)
    return Annotated(linked, tuple(tagged), funding)


def _owners(chunks: Sequence[Chunk], measures: Sequence[Measure]) -> dict[str, Measure]:
    """Chunk id → the measure whose sheet it belongs to: by the sheet's heading in the chunk's section
    path, or, for a sheet without heading, by one of its field values on the sheet's pages."""
    owners: dict[str, Measure] = {}
    by_heading = {m.heading: m for m in measures if m.heading}
    for chunk in chunks:
        if chunk.section and chunk.section[-1] in by_heading:
            owners[chunk.id] = by_heading[chunk.section[-1]]
            continue
        for measure in measures:
            if not measure.heading and measure.page <= chunk.page <= measure.last_page and _shows(chunk, measure):
                owners[chunk.id] = measure
                break
    return owners


def _shows(chunk: Chunk, measure: Measure) -> bool:
    values = (measure.goal, measure.description, measure.lead, measure.partners, measure.funding, measure.cost)
    return any(len(value) >= 8 and value[:_PROBE_CHARS] in " ".join(chunk.text.split()) for value in values)
