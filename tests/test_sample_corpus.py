"""The shipped sample PDFs through the real ingest: pages, labels, cleaning quality, gold agreement."""

from __future__ import annotations

import importlib

import pytest

from corpus.builder.model import Bullets, Heading, Measure, Para, SampleDocument, Scan, Table
from tests.sample import CASES, WORD, cases, ingested, load_cases_raw, truth

MODULES = {
    "strukturatlas-2020": "corpus.builder.strukturatlas",
    "handlungskonzept-2030": "corpus.builder.handlungskonzept",
    "dlt-leitfaden": "corpus.builder.leitfaden",
}


def _content(document_id: str) -> SampleDocument:
    document: SampleDocument = importlib.import_module(MODULES[document_id]).DOCUMENT
    return document


def _source_words(doc: SampleDocument) -> set[str]:
    """Every word the content module wrote, plus what the renderer adds (title page, TOC, captions)."""
    texts = [doc.title, doc.subtitle, doc.publisher, str(doc.year), "Inhalt", "Maßnahme", "Tabelle", "Quelle"]
    for block in doc.front_matter + doc.body:
        if isinstance(block, Heading | Para):
            texts.append(block.text)
        elif isinstance(block, Bullets):
            texts.extend(block.items)
        elif isinstance(block, Table):
            texts.extend([block.caption, block.unit, block.source, *block.header, *(c for r in block.rows for c in r)])
        elif isinstance(block, Measure):
            texts.extend(str(v) for v in vars(block).values() if isinstance(v, str))
            texts.extend(["Nr.", "Titel", "Handlungsschwerpunkt", "Ziel", "Beschreibung", "Federführung"])
            texts.extend(["Partner", "Zeitraum", "Priorität", "Kosten", "Fördermöglichkeiten"])
        elif isinstance(block, Scan):
            texts.extend([block.title, *block.paragraphs])
    return {word.lower() for text in texts for word in WORD.findall(text)}


def test_all_three_documents_are_ingested() -> None:
    result = ingested()
    assert result.skipped == ()
    assert sorted(d.document.id for d in result.documents) == sorted(MODULES)


@pytest.mark.parametrize("document_id", sorted(MODULES))
def test_pages_and_printed_labels_match_the_builder(document_id: str) -> None:
    doc = next(d for d in ingested().documents if d.document.id == document_id)
    expected = [(p["page"], p["label"]) for p in truth(document_id)["pages"]]
    assert [(p.number, p.label) for p in doc.pages] == expected
    assert expected[0][1] == "i" and "1" in [label for _, label in expected]


@pytest.mark.parametrize("document_id", sorted(MODULES))
def test_no_running_headers_footers_or_ligature_glyphs_remain(document_id: str) -> None:
    doc = next(d for d in ingested().documents if d.document.id == document_id)
    header = _content(document_id).running_header
    for page in doc.pages:
        assert "Beispieldokument – Inhalte teilweise fiktiv" not in page.text, page.number
        assert header not in page.text, page.number
        assert not set(page.text) & {"\ufb01", "\ufb02"}, page.number


@pytest.mark.parametrize("document_id", sorted(MODULES))
def test_hyphenation_and_ligatures_restore_the_written_words(document_id: str) -> None:
    """Words in the cleaned text that the author never wrote are wrong joins or wrong splits."""
    doc = next(d for d in ingested().documents if d.document.id == document_id)
    known = _source_words(_content(document_id))
    words = [w.lower() for page in doc.pages for w in WORD.findall(page.text)]
    unknown = sorted({w for w in words if w not in known})
    rate = sum(w not in known for w in words) / len(words)
    assert rate < 0.001, f"{rate:.4f} unknown, e.g. {unknown[:25]}"


def test_real_hyphens_are_kept() -> None:
    text = "\n".join(p.text for d in ingested().documents for p in d.pages)
    assert text.count("Bernkastel-Wittlich") > 20
    assert "Arbeits- und Fachkräftesicherung" in text
    assert "BernkastelWittlich" not in text and "Arbeitsund" not in text


def test_scanned_page_is_detected_and_read_by_ocr() -> None:
    for doc in ingested().documents:
        expected = truth(doc.document.id)["scan_pages"]
        assert list(doc.image_only_pages) == expected
        assert list(doc.ocr_pages) == expected and doc.unread == ()
        scanned = {c.page for c in doc.chunks if c.ocr}
        assert scanned == set(expected)
    assert sum(len(truth(d.document.id)["scan_pages"]) for d in ingested().documents) == 1


def test_chunks_know_their_chapter() -> None:
    for doc in ingested().documents:
        content = _content(doc.document.id)
        chapters = {b.text for b in content.front_matter + content.body if isinstance(b, Heading) and b.level == 1}
        body = [c for c in doc.chunks if c.page_label.isdigit()]
        inside = [c for c in body if c.section and c.section[0] in chapters]
        assert len(inside) / len(body) > 0.95, doc.document.id
        # Every chapter is found, including those whose title the running header repeats on later pages.
        assert chapters <= {c.section[0] for c in doc.chunks if c.section}, doc.document.id


@pytest.mark.parametrize("case_file", ["sample.jsonl", "heldout.jsonl"])
def test_every_gold_page_holds_its_keywords(case_file: str) -> None:
    """Including the scanned page, which only OCR makes readable."""
    pages = {(p.document_id, p.number): p for d in ingested().documents for p in d.pages}
    missing = []
    for case in load_cases_raw(CASES.parent / case_file):
        gold = [(g["document_id"], g["page"]) for g in case["gold"]]
        if not gold:
            continue
        texts = [" ".join(pages[g].text.lower().split()) for g in gold if g in pages]
        if not any(all(k.lower() in text for k in case["keywords"]) for text in texts):
            missing.append(case["id"])
    assert missing == []


def test_gold_set_shape() -> None:
    all_cases = cases()
    categories = {c["category"] for c in all_cases}
    assert len(all_cases) >= 100
    assert {"fact", "table", "measure", "funding", "guide", "paraphrase", "english", "out_of_scope"} <= categories
    assert all(c["gold"] for c in all_cases if c["category"] not in {"out_of_scope", "injection"})


def test_chunk_sizes_on_real_pages() -> None:
    sizes = sorted(len(c.text) for c in ingested().chunks)
    assert sizes[-1] <= 1200
    assert 800 <= sizes[len(sizes) // 2] <= 1200
    assert len({c.id for c in ingested().chunks}) == len(sizes)


def test_tables_of_contents_are_not_indexed() -> None:
    leader = __import__("re").compile(r"(?:\.\s?){4,}\s*\d+\s*$", __import__("re").MULTILINE)
    for doc in ingested().documents:
        contents = [p for p in doc.pages if p.label in {"iv", "v"} and not p.blocks]
        assert contents, doc.document.id
        assert not any(leader.search(chunk.text) for chunk in doc.chunks), doc.document.id
