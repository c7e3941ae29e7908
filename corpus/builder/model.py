"""Content model of the sample corpus.

Each sample document is written as a plain Python value built from these blocks; the renderer
(`render.py`) turns it into a PDF that looks like a real InDesign export, and the builder writes
ground truth (measures, funding tags, where each keyed block landed) next to the PDFs.

Content modules only build values; they never import reportlab.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Heading:
    """A heading; level 1 = chapter (starts a new page), 2 = section, 3 = subsection."""

    text: str
    level: int = 1
    key: str = ""


@dataclass(frozen=True)
class Para:
    """A paragraph of running text (justified, hyphenated at line ends by the renderer)."""

    text: str
    key: str = ""


@dataclass(frozen=True)
class Bullets:
    items: tuple[str, ...]
    key: str = ""


@dataclass(frozen=True)
class Table:
    """A statistics table. `unit` is printed under the caption (e.g. "Anzahl", "in %")."""

    caption: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    unit: str = ""
    source: str = ""
    key: str = ""


@dataclass(frozen=True)
class Measure:
    """A measure 'Steckbrief' of the Handlungskonzept (rendered as a label/value table).

    `programmes` are the ids of funding programmes the Steckbrief names (ground truth for the
    funding tagger), e.g. ("LEADER", "KIPKI"); `foerdermoeglichkeiten` is the printed text.
    """

    nr: str
    titel: str
    handlungsschwerpunkt: str
    ziel: str
    beschreibung: str
    federfuehrung: str
    partner: str
    zeitraum: str
    prioritaet: str
    kosten: str
    foerdermoeglichkeiten: str
    programmes: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        return f"M-{self.nr}"


@dataclass(frozen=True)
class Columns:
    """Switch the layout to `n` columns (1 or 2); takes effect on a new page."""

    n: int


@dataclass(frozen=True)
class PageBreak:
    pass


@dataclass(frozen=True)
class Scan:
    """A page that is only a picture of printed text (a scanned letter or resolution).

    Rendered as one raster image filling the page, with no text layer at all.
    """

    title: str
    paragraphs: tuple[str, ...]
    key: str = ""


Block = Heading | Para | Bullets | Table | Measure | Columns | PageBreak | Scan


@dataclass(frozen=True)
class Question:
    """A hand-written gold question about the corpus.

    `keys` name the blocks that answer it (their pages become the gold pages); empty for
    out-of-scope and prompt-injection questions. A key "other-document-id/KEY" names a block of another
    sample document that states the same answer, so that the gold set is complete. `keywords` must all
    appear (case-insensitive)
    on at least one gold page. Categories: fact, table, measure, funding, guide, paraphrase,
    english, out_of_scope, injection.
    """

    id: str
    category: str
    question: str
    keys: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()


@dataclass(frozen=True)
class SampleDocument:
    id: str
    title: str
    subtitle: str
    year: int
    publisher: str
    running_header: str
    file_name: str
    front_matter: tuple[Block, ...]
    body: tuple[Block, ...]
    questions: tuple[Question, ...] = field(default=())
