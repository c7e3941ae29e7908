"""JSON records of the measure catalogue and the chunks' funding tags, as stored with an index build."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from ingest.annotate import ChunkFunding
from ingest.funding import FundingTags
from ingest.measures import Measure

MEASURES_FILE = "measures.jsonl"
FUNDING_FILE = "funding.jsonl"


def measure_to_record(measure: Measure) -> dict[str, Any]:
    return asdict(measure)


def measure_from_record(data: dict[str, Any]) -> Measure:
    texts = {name: str(data[name]) for name in _TEXT_FIELDS}
    return Measure(
        **texts,
        page=int(data["page"]),
        last_page=int(data["last_page"]),
        missing=tuple(data.get("missing", ())),
        programmes=tuple(data.get("programmes", ())),
        funding_score=float(data.get("funding_score", 0.0)),
        chunk_ids=tuple(data.get("chunk_ids", ())),
        heading=str(data.get("heading", "")),
    )


_TEXT_FIELDS = (
    "nr",
    "title",
    "schwerpunkt",
    "goal",
    "description",
    "lead",
    "partners",
    "time_frame",
    "priority",
    "cost",
    "funding",
    "document_id",
    "page_label",
)


def funding_to_record(item: ChunkFunding) -> dict[str, Any]:
    return {
        "chunk_id": item.chunk_id,
        "programmes": list(item.tags.programmes),
        "cues": list(item.tags.cues),
        "score": item.tags.score,
    }


def funding_from_record(data: dict[str, Any]) -> ChunkFunding:
    tags = FundingTags(tuple(data["programmes"]), tuple(data["cues"]), float(data["score"]))
    return ChunkFunding(str(data["chunk_id"]), tags)
