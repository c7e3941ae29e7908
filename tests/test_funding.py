"""The funding tagger: against chunks labelled by hand, and its rules on small texts and programme files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from ingest.funding import FundingFileError, load_tagger
from tests.sample import ROOT, ingested

LABELS = ROOT / "eval" / "cases" / "funding_labels.jsonl"


def _labels() -> list[dict[str, Any]]:
    with LABELS.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _page_text(document_id: str, page: int) -> str:
    doc = next(d for d in ingested().documents if d.document.id == document_id)
    return " ".join(doc.pages[page - 1].text.split())


def test_labelled_passages_cover_all_documents_negatives_and_known_programmes() -> None:
    # Each row is a chunk as it was labelled ("text", kept so the labels do not drift when the chunker
    # changes), found by "quote" on its page; "programmes" are the programmes a reader sees named in it.
    labels = _labels()
    known = {programme.id for programme in load_tagger().programmes}
    for label in labels:
        assert label["quote"] in label["text"]
        assert label["quote"] in _page_text(label["document_id"], label["page"]), label["quote"]
    sheets = {(c.document_id, c.page) for c in ingested().chunks if c.kind == "measure"}
    on_sheets = [label for label in labels if (label["document_id"], label["page"]) in sheets]
    assert len(labels) >= 40
    assert {label["document_id"] for label in labels} == {d.document.id for d in ingested().documents}
    assert sum(not label["programmes"] for label in labels) >= 15
    assert 10 <= len(on_sheets) <= len(labels) - 30  # sheets and, mostly, everything else
    assert {p for label in labels for p in label["programmes"]} <= known


def test_tags_match_the_hand_labels_with_precision_and_recall_of_at_least_0_9() -> None:
    tagger = load_tagger()
    true_positive = false_positive = false_negative = 0
    for label in _labels():
        found = set(tagger.tag(label["text"]).programmes)
        wanted = set(label["programmes"])
        true_positive += len(found & wanted)
        false_positive += len(found - wanted)
        false_negative += len(wanted - found)
    precision = true_positive / (true_positive + false_positive)
    recall = true_positive / (true_positive + false_negative)
    assert precision >= 0.9 and recall >= 0.9, (precision, recall)


def test_the_stored_chunk_tags_are_the_taggers() -> None:
    tagger = load_tagger()
    stored = {item.chunk_id: item.tags for item in ingested().funding}
    for chunk in ingested().chunks:
        tags = tagger.tag(chunk.text)
        assert stored.get(chunk.id) == (tags if tags.score > 0 else None)


def test_acronyms_count_in_capitals_and_names_as_compound_starts() -> None:
    tagger = load_tagger()
    assert tagger.tag("Die Gemeinschaftsaufgabe GAK fördert Dorfläden.").programmes == ("GAK",)
    assert tagger.tag("Ein Gak ist kein Förderprogramm.").programmes == ()
    assert tagger.tag("Mittel aus dem Dorferneuerungsprogramm").programmes == ("DORFERNEUERUNG",)
    assert tagger.tag("Das Vorhaben stärkt den sozialen Zusammenhalt im Dorf.").programmes == ()
    assert tagger.tag("Programm „Sozialer Zusammenhalt“ der Städtebauförderung").programmes == ("STAEDTEBAU",)
    assert tagger.tag("Die LAG Mosel wählt Projekte aus.").programmes == ("LEADER",)


def test_relevance_grows_with_each_distinct_cue_and_stays_below_one() -> None:
    tagger = load_tagger()
    none = tagger.tag("Der Kreis hat 112.665 Einwohnerinnen und Einwohner.")
    one = tagger.tag("Der Kreis trägt einen Eigenanteil.")
    two = tagger.tag("Der Kreis trägt einen Eigenanteil; die Förderquote beträgt 65 % der förderfähigen Kosten.")
    repeated = tagger.tag("Eigenanteil, Eigenanteil, Eigenanteil und nochmals Eigenanteil.")
    assert none.score == 0 and none.cues == ()
    assert 0 < one.score < two.score < 1
    assert repeated.score == one.score
    assert {"Eigenanteil", "Förderquote", "förderfähig"} <= set(two.cues)


def test_user_spellings_resolve_to_programme_ids() -> None:
    tagger = load_tagger()
    assert tagger.resolve("kipki") == ("KIPKI",)
    assert tagger.resolve("Kommunalrichtlinie") == ("KOMMUNALRICHTLINIE",)
    assert tagger.resolve("Nationale Klimaschutzinitiative") == ("KOMMUNALRICHTLINIE",)
    assert tagger.resolve("ESF Plus") == ("ESF_PLUS",)
    assert tagger.resolve("Bundesliga") == ()


def test_an_edited_programme_file_tags_a_new_programme(tmp_path: Path) -> None:
    path = tmp_path / "programme.toml"
    path.write_text(
        r"""
[[programm]]
id = "WOHNRAUM"
name = "Soziale Wohnraumförderung"
ebene = "Land"
aliase = ["Wohnraumförderung"]

[[hinweis]]
name = "Darlehen"
gewicht = 0.3
muster = ['\bDarlehen']
""",
        encoding="utf-8",
    )
    tags = load_tagger(path).tag("Die Soziale Wohnraumförderung des Landes bietet zinsgünstige Darlehen.")
    assert tags.programmes == ("WOHNRAUM",) and tags.cues == ("Darlehen",)


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ('[[programm]]\nid = "X"\n', "fehlerhaft"),  # no name
        ('[[programm]]\nid = "X"\nname = "X"\nmuster = ["("]\n', "fehlerhaft"),  # broken pattern
        ("das ist kein TOML = = =", "fehlerhaft"),
    ],
)
def test_a_broken_programme_file_is_reported_with_its_path(tmp_path: Path, content: str, reason: str) -> None:
    path = tmp_path / "programme.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(FundingFileError, match=reason) as caught:
        load_tagger(path)
    assert str(path) in str(caught.value)


def test_a_missing_programme_file_is_reported(tmp_path: Path) -> None:
    with pytest.raises(FundingFileError, match="nicht lesbar"):
        load_tagger(tmp_path / "fehlt.toml")
