"""`kea download` against a real HTTP server on 127.0.0.1 serving a page shaped like the county's."""

from __future__ import annotations

import hashlib
import threading
import tomllib
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from ingest.document import ManifestEntry, load_manifest
from ingest.links import PdfLink, match_links, pdf_links
from ingest.manifest_write import update_text
from service.cli import main
from tests.pdfs import text_pdf

PAGE_PATH = "/kreisverwaltung/fachbereiche/fachbereich-kreisentwicklung/kreisentwicklungskonzept/"
ATLAS = "/fileadmin/user_upload/Kreisentwicklung/Strukturatlas_2020_final.pdf"
KONZEPT = "/index.php?eID=dumpFile&t=f&f=4711&token=ab12"  # a CMS download link: only its text says PDF
LEITFADEN = "/fileadmin/user_upload/Kreisentwicklung/DLT_Leitfaden_KEK.pdf"  # broken: 404
PAGE = f"""<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Kreisentwicklungskonzept</title></head>
<body><nav><a href="/">Startseite</a> <a href="/buergerservice/">Bürgerservice</a>
<a href="mailto:kreisentwicklung@example.org">E-Mail</a> <a href="#inhalt">zum Inhalt</a></nav>
<main id="inhalt"><h1>Kreisentwicklungskonzept</h1>
<p>Der Kreistag hat das Kreisentwicklungskonzept beschlossen. Hier finden Sie die Dokumente:</p>
<ul>
 <li><a href="{ATLAS}" title="Strukturatlas">Strukturatlas 2020 <span>(PDF, 2,1 MB)</span></a></li>
 <li><a href="{KONZEPT.replace("&", "&amp;")}">Handlungskonzept 2030 &ndash; Maßnahmenkatalog (PDF, 5 MB)</a></li>
 <li><a href="{LEITFADEN}">Leitfaden des Deutschen Landkreistages (PDF)</a></li>
 <li><a href="/fileadmin/jobcenter/Jahresbericht_2021.pdf">Jahresbericht Jobcenter 2021 (PDF)</a></li>
 <li><a href="ftp://example.org/alt.pdf">Archiv (PDF)</a></li>
</ul></main></body></html>"""

MANIFEST = """# Korpus-Manifest (Test)
# Kommentare bleiben beim Fortschreiben erhalten.

[[documents]]
id = "strukturatlas-2020"
title = "Strukturatlas 2020"
year = 2020
file = "strukturatlas-2020.pdf"
source_url = "{page}"

# Der Maßnahmenkatalog steht im Handlungskonzept.
[[documents]]
id = "handlungskonzept-2030"
title = "Handlungskonzept 2030"
year = 2022
file = "handlungskonzept-2030.pdf"
source_url = "{page}"

[[documents]]
id = "dlt-leitfaden"
title = "Kreisentwicklungskonzepte als politisches Instrument"
file = "dlt-leitfaden.pdf"
source_url = "{page}"
link_words = ["Leitfaden", "Landkreistag"]
"""


class Site:
    """Routes of the fake county website: path -> (status, content type, body); changeable between runs."""

    def __init__(self) -> None:
        self.routes: dict[str, tuple[int, str, bytes]] = {}
        self.base = ""


@pytest.fixture
def site(tmp_path: Path) -> Iterator[Site]:
    state = Site()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            status, content_type, body = state.routes.get(self.path, (404, "text/html", b"<h1>Nicht gefunden</h1>"))
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    atlas = text_pdf(tmp_path / "atlas.pdf", [["# 1 Bevölkerung", "Der Landkreis hat 112.665 Einwohner."]])
    konzept = text_pdf(tmp_path / "konzept.pdf", [["# Maßnahme K3: Radverkehrskonzept", "Federführung: Kreis"]])
    state.routes = {
        PAGE_PATH: (200, "text/html; charset=utf-8", PAGE.encode("utf-8")),
        ATLAS: (200, "application/pdf", atlas.read_bytes()),
        KONZEPT: (200, "application/octet-stream", konzept.read_bytes()),
    }
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def manifest(tmp_path: Path, site: Site) -> Path:
    path = tmp_path / "manifest.toml"
    path.write_text(MANIFEST.format(page=site.base + PAGE_PATH), encoding="utf-8")
    return path


def _run(dest: Path, manifest: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["download", "--dest", str(dest), "--manifest", str(manifest)])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def _documents(manifest: Path) -> dict[str, dict[str, object]]:
    return {str(d["id"]): d for d in tomllib.loads(manifest.read_text(encoding="utf-8"))["documents"]}


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def test_page_links_to_pdfs_are_found_in_every_shape() -> None:
    links = pdf_links(PAGE, "https://www.example.de" + PAGE_PATH)
    urls = [link.url for link in links]
    assert urls == [
        "https://www.example.de" + ATLAS,
        "https://www.example.de" + KONZEPT,
        "https://www.example.de" + LEITFADEN,
        "https://www.example.de/fileadmin/jobcenter/Jahresbericht_2021.pdf",
    ]
    assert links[1].text == "Handlungskonzept 2030 – Maßnahmenkatalog (PDF, 5 MB)"


def test_documents_are_matched_by_words_and_year_and_no_link_serves_two() -> None:
    links = (
        PdfLink("https://x/entwurf.pdf", "Handlungskonzept (Entwurf 2021)"),
        PdfLink("https://x/final.pdf", "Handlungskonzept 2022 (PDF)"),
        PdfLink("https://x/atlas.pdf", "Strukturatlas"),
    )
    entries = (
        ManifestEntry("hk", "Handlungskonzept 2030", "hk.pdf", year=2022),
        ManifestEntry("hk-alt", "Handlungskonzept", "hk-alt.pdf", year=2021),
        ManifestEntry("atlas", "Atlas", "atlas.pdf", link_words=("Strukturatlas",)),
        ManifestEntry("bericht", "Sozialbericht Pflege", "bericht.pdf"),
    )
    found = match_links(entries, links)
    assert {key: link.url for key, link in found.items()} == {
        "hk": "https://x/final.pdf",
        "hk-alt": "https://x/entwurf.pdf",
        "atlas": "https://x/atlas.pdf",
    }


def test_download_saves_readable_pdfs_and_records_them(
    tmp_path: Path, site: Site, manifest: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dest = tmp_path / "official"
    code, out = _run(dest, manifest, capsys)
    assert code == 1  # the Leitfaden's link is broken
    assert (dest / "strukturatlas-2020.pdf").read_bytes() == site.routes[ATLAS][2]
    assert (dest / "handlungskonzept-2030.pdf").read_bytes() == site.routes[KONZEPT][2]
    assert not (dest / "dlt-leitfaden.pdf").exists()
    assert sorted(path.name for path in dest.iterdir()) == ["handlungskonzept-2030.pdf", "strukturatlas-2020.pdf"]
    assert "dlt-leitfaden: Fehler:" in out and "HTTP 404" in out and "2 von 3 Dokumenten geladen" in out
    documents = _documents(manifest)
    atlas = documents["strukturatlas-2020"]
    assert atlas["sha256"] == _sha(site.routes[ATLAS][2])
    assert atlas["pdf_url"] == site.base + ATLAS
    assert str(atlas["downloaded"]).startswith("20") and atlas["downloaded"] == atlas["checked"]
    assert documents["handlungskonzept-2030"]["pdf_url"] == site.base + KONZEPT
    assert "sha256" not in documents["dlt-leitfaden"]
    text = manifest.read_text(encoding="utf-8")
    assert "# Kommentare bleiben beim Fortschreiben erhalten." in text
    assert "# Der Maßnahmenkatalog steht im Handlungskonzept." in text
    assert [entry.id for entry in load_manifest(manifest)] == list(documents)  # still a valid manifest for ingest


def test_bad_responses_never_replace_a_good_file(
    tmp_path: Path, site: Site, manifest: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dest = tmp_path / "official"
    _run(dest, manifest, capsys)
    before = _documents(manifest)
    good_atlas, good_konzept = site.routes[ATLAS][2], site.routes[KONZEPT][2]
    site.routes[ATLAS] = (200, "application/pdf", good_atlas[: len(good_atlas) // 3])  # cut off mid-transfer
    site.routes[KONZEPT] = (200, "text/html", b"<html><body>Wartungsarbeiten</body></html>")  # error page as 200
    code, out = _run(dest, manifest, capsys)
    assert code == 1
    assert (dest / "strukturatlas-2020.pdf").read_bytes() == good_atlas
    assert (dest / "handlungskonzept-2030.pdf").read_bytes() == good_konzept
    assert "handlungskonzept-2030: Fehler:" in out and "kein lesbares PDF" in out and "text/html" in out
    assert "die vorhandene Datei bleibt" in out
    assert _documents(manifest)["strukturatlas-2020"]["sha256"] == before["strukturatlas-2020"]["sha256"]
    assert not [path for path in dest.iterdir() if path.name.startswith(".")]  # no temporary file left


def test_unchanged_files_keep_their_date_and_new_versions_replace_them(
    tmp_path: Path, site: Site, manifest: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dest = tmp_path / "official"
    _run(dest, manifest, capsys)
    first = _documents(manifest)["handlungskonzept-2030"]
    _code, out = _run(dest, manifest, capsys)
    assert "handlungskonzept-2030: unverändert" in out
    assert _documents(manifest)["handlungskonzept-2030"]["downloaded"] == first["downloaded"]
    newer = text_pdf(tmp_path / "neu.pdf", [["# Maßnahme K4: Carsharing", "Federführung: Kreis"]]).read_bytes()
    site.routes[KONZEPT] = (200, "application/pdf", newer)
    _code, out = _run(dest, manifest, capsys)
    assert "handlungskonzept-2030: neue Fassung" in out and "kea ingest" in out
    assert (dest / "handlungskonzept-2030.pdf").read_bytes() == newer
    assert _documents(manifest)["handlungskonzept-2030"]["sha256"] == _sha(newer)


def test_unreachable_page_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    manifest = tmp_path / "manifest.toml"
    manifest.write_text(MANIFEST.format(page="http://127.0.0.1:9/kek/"), encoding="utf-8")  # discard port: closed
    code, out = _run(tmp_path / "official", manifest, capsys)
    assert code == 1
    assert "Quellseite http://127.0.0.1:9/kek/: nicht erreichbar" in out and "Traceback" not in out
    assert "sha256" not in manifest.read_text(encoding="utf-8")


def test_manifest_update_replaces_keys_and_keeps_everything_else() -> None:
    text = (
        '# Kopf\n\n[[documents]]\nid = "a"\nsha256 = "alt"\nlink_words = [\n  "x",\n]\n\n'
        '# zu b\n[[documents]]\nid = "b"\n'
    )
    values = {"a": {"sha256": "neu", "pdf_url": 'https://x/"Ä".pdf'}, "b": {"sha256": "b1"}}
    updated = update_text(text, values, {"a": {"downloaded": "heute"}, "b": {"id": "nie"}})
    documents = tomllib.loads(updated)["documents"]
    assert documents[0] == {
        "id": "a",
        "sha256": "neu",
        "link_words": ["x"],
        "pdf_url": 'https://x/"Ä".pdf',
        "downloaded": "heute",
    }
    assert documents[1] == {"id": "b", "sha256": "b1"}
    assert updated.startswith("# Kopf\n\n") and "# zu b\n[[documents]]" in updated
