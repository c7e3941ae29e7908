"""Cleaning of raw PDF text: ligatures, hyphenation, running headers and footers."""

from __future__ import annotations

from ingest.boilerplate import boilerplate_keys, strip_boilerplate
from ingest.hyphenation import join_hyphenated, vocabulary
from ingest.text import normalize_line


def test_ligatures_are_resolved_and_text_is_nfc() -> None:
    assert normalize_line("Die \ufb01nanzielle Ein\ufb02ussnahme") == "Die finanzielle Einflussnahme"
    assert normalize_line("Bevo\u0308lkerung") == "Bevölkerung"
    assert normalize_line("  viel\u00a0  Raum\u200b ") == "viel Raum"


def test_layout_hyphen_is_joined() -> None:
    lines = ["Die Sicherung der Fach-", "kräfte ist ein Ziel."]
    assert join_hyphenated(lines, frozenset()) == ["Die Sicherung der Fachkräfte ist ein Ziel."]


def test_real_hyphen_before_capital_is_kept() -> None:
    lines = ["Der Landkreis Bernkastel-", "Wittlich liegt an der Mosel und fördert E-", "Mobilität."]
    assert join_hyphenated(lines, frozenset()) == [
        "Der Landkreis Bernkastel-Wittlich liegt an der Mosel und fördert E-Mobilität."
    ]


def test_elided_compound_before_conjunction_keeps_hyphen_and_space() -> None:
    lines = ["Handlungsschwerpunkt Arbeits-", "und Fachkräftesicherung"]
    assert join_hyphenated(lines, frozenset()) == ["Handlungsschwerpunkt Arbeits- und Fachkräftesicherung"]


def test_vocabulary_decides_lowercase_compounds() -> None:
    vocab = vocabulary(["Die Kita-plätze werden gezählt.", "Weitere Angaben folgen."])
    assert join_hyphenated(["Neue Kita-", "plätze entstehen."], vocab) == ["Neue Kita-plätze entstehen."]
    vocab = vocabulary(["Die Fachkräftesicherung bleibt."])
    assert join_hyphenated(["Zur Fachkräfte-", "sicherung"], vocab) == ["Zur Fachkräftesicherung"]


def test_soft_hyphen_always_joins() -> None:
    assert join_hyphenated(["Bevölkerungs\u00ad", "Entwicklung"], frozenset()) == ["BevölkerungsEntwicklung"]


def test_hyphen_chain_over_three_lines() -> None:
    lines = ["Die Digitali-", "sierungsstrate-", "gie des Kreises"]
    assert join_hyphenated(lines, frozenset()) == ["Die Digitalisierungsstrategie des Kreises"]


TOPICS = ["Wald", "Wein", "Wasser", "Wind", "Wege", "Wohnen", "Wärme", "Wirtschaft"]


def _pages() -> list[list[str]]:
    chapters = ["1 Lage", "1 Lage", "2 Bevölkerung", "2 Bevölkerung", "3 Wirtschaft", "3 Wirtschaft"]
    pages = []
    for number, chapter in enumerate(chapters, start=1):
        pages.append(
            [
                f"Strukturatlas 2020 · Landkreis Bernkastel-Wittlich {chapter}",
                f"Ein Absatz über {TOPICS[number]}.",
                f"Noch ein Satz über {TOPICS[-number]}, der anders endet.",
                f"{number} Beispieldokument – Inhalte teilweise fiktiv",
            ]
        )
    return pages


def test_running_headers_and_footers_are_removed() -> None:
    pages = _pages()
    keys = boilerplate_keys(pages)
    cleaned = [strip_boilerplate(lines, keys) for lines in pages]
    for number, lines in enumerate(cleaned, start=1):
        assert lines[0] == f"Ein Absatz über {TOPICS[number]}."
        assert not any("Beispieldokument" in line or "Strukturatlas 2020 ·" in line for line in lines)


def test_bare_page_numbers_are_removed_but_body_numbers_stay() -> None:
    pages = [[f"Text über {TOPICS[n]}", f"Tabelle zu {TOPICS[-n]}", "1.250", str(n)] for n in range(1, 7)]
    keys = boilerplate_keys(pages)
    cleaned = strip_boilerplate(pages[2], keys)
    assert cleaned == ["Text über Wind", "Tabelle zu Wohnen", "1.250"]


def test_short_documents_keep_their_lines() -> None:
    pages = [["Kopf", "Text"], ["Kopf", "Mehr Text"]]
    assert strip_boilerplate(pages[0], boilerplate_keys(pages)) == ["Kopf", "Text"]


def test_a_word_broken_without_hyphen_in_a_narrow_cell_runs_together_also_after_a_hyphen_or_dot() -> None:
    from ingest.clean import _rejoin

    words = sorted({"bundesprogramme", "regionen", "einwohner", "und"})
    assert _rejoin(["Kita-Bundesprogram", "me"], words) == "Kita-Bundesprogramme"
    assert _rejoin(["Smarte.Land.Region", "en"], words) == "Smarte.Land.Regionen"
    assert _rejoin(["Ein", "wohner"], words) == "Einwohner"
    assert _rejoin(["Bund/Land", "und Kreis"], words) == "Bund/Land und Kreis"
