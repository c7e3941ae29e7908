"""Funding tagger: which funding programmes a text names, and how much it matters for a funding application.

The programmes and the generic funding cues ("Förderquote von 65 %", "Eigenanteil", "Antragsfrist") come
from an editable TOML file (`ingest/data/foerderprogramme.toml` by default); nothing about a programme is
written in code. The relevance score combines the distinct signals found as a noisy-or, so it stays in
[0, 1], grows with every further cue and is never dominated by one word repeated.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ingest.errors import ManifestError

DEFAULT_FILE = Path(__file__).resolve().parent / "data" / "foerderprogramme.toml"
_PROGRAMME_WEIGHT = 0.6  # naming a programme says more than any single generic cue
_LETTER = r"[\wÄÖÜäöüß]"


class FundingFileError(ManifestError):
    """The programme file is missing or malformed; the message names the file and the problem.

    A ManifestError because, like the corpus manifest, it is configuration the operator edits: whoever
    reports a bad manifest reports this the same way."""


@dataclass(frozen=True)
class Programme:
    id: str
    name: str
    short: str
    funder: str
    level: str  # "EU", "Bund" or "Land"
    funds: str
    aliases: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()


@dataclass(frozen=True)
class Cue:
    name: str
    weight: float
    patterns: tuple[str, ...]


@dataclass(frozen=True)
class FundingTags:
    programmes: tuple[str, ...] = ()  # ids, in the order of the programme file
    cues: tuple[str, ...] = ()
    score: float = 0.0  # funding relevance in [0, 1]


class FundingTagger:
    """Tags texts with the programmes and cues of one programme file."""

    def __init__(self, programmes: Sequence[Programme], cues: Sequence[Cue] = ()) -> None:
        self._programmes = tuple(programmes)
        self._cues = tuple(cues)
        self._programme_res = [(p.id, _programme_regex(p)) for p in self._programmes]
        self._programme_re = dict(self._programme_res)
        self._cue_res = [(c, re.compile("|".join(f"(?:{x})" for x in c.patterns), re.IGNORECASE)) for c in self._cues]

    @property
    def programmes(self) -> tuple[Programme, ...]:
        return self._programmes

    def programme(self, programme_id: str) -> Programme | None:
        return next((p for p in self._programmes if p.id == programme_id), None)

    def tag(self, text: str) -> FundingTags:
        flat = " ".join(text.split())
        found = tuple(pid for pid, regex in self._programme_res if regex.search(flat))
        cues = tuple(cue.name for cue, regex in self._cue_res if regex.search(flat))
        weights = [_PROGRAMME_WEIGHT] * len(found) + [c.weight for c in self._cues if c.name in cues]
        remaining = 1.0
        for weight in weights:
            remaining *= 1.0 - min(max(weight, 0.0), 1.0)
        return FundingTags(found, cues, round(1.0 - remaining, 4))

    def without(self, text: str, programme_id: str) -> str:
        """`text` with every mention of the programme blanked out: its name, short name, aliases and patterns."""
        programme = self.programme(programme_id)
        if programme is None:
            return text
        for name in sorted({programme.name, programme.short} - {""}, key=len, reverse=True):
            text = re.sub(r"\s+".join(re.escape(word) for word in name.split()), " ", text, flags=re.IGNORECASE)
        return self._programme_re[programme_id].sub(" ", text)

    def resolve(self, name: str) -> tuple[str, ...]:
        """Programme ids a user's spelling stands for: an id, short name, alias, or text the patterns match."""
        wanted = " ".join(name.split()).casefold()
        if not wanted:
            return ()
        exact = tuple(
            p.id
            for p in self._programmes
            if wanted in {p.id.casefold(), p.short.casefold(), *(a.casefold() for a in p.aliases)}
        )
        return exact or self.tag(name).programmes


def programme_file_digest(path: Path | None = None) -> str:
    """sha256 of a programme file (the packaged one by default): the tags of an index depend on it."""
    source = path or DEFAULT_FILE
    try:
        return hashlib.sha256(source.read_bytes()).hexdigest()
    except OSError as exc:
        raise FundingFileError(f"Förderprogramm-Datei {source} nicht lesbar: {exc.strerror or exc}") from exc


def load_tagger(path: Path | None = None) -> FundingTagger:
    """The tagger of a programme file (the packaged one by default)."""
    source = path or DEFAULT_FILE
    try:
        data = tomllib.loads(source.read_text(encoding="utf-8"))
        programmes = tuple(_programme(entry) for entry in data.get("programm", []))
        cues = tuple(_cue(entry) for entry in data.get("hinweis", []))
        return FundingTagger(programmes, cues)
    except OSError as exc:
        raise FundingFileError(f"Förderprogramm-Datei {source} nicht lesbar: {exc.strerror or exc}") from exc
    except (tomllib.TOMLDecodeError, KeyError, TypeError, ValueError, re.error) as exc:
        raise FundingFileError(f"Förderprogramm-Datei {source} fehlerhaft: {exc}") from exc


def _programme(entry: dict[str, Any]) -> Programme:
    return Programme(
        id=str(entry["id"]),
        name=str(entry["name"]),
        short=str(entry.get("kurz", entry["id"])),
        funder=str(entry.get("foerdergeber", "")),
        level=str(entry.get("ebene", "")),
        funds=str(entry.get("foerdert", "")),
        aliases=tuple(str(alias) for alias in entry.get("aliase", [])),
        patterns=tuple(str(pattern) for pattern in entry.get("muster", [])),
    )


def _cue(entry: dict[str, Any]) -> Cue:
    return Cue(str(entry["name"]), float(entry["gewicht"]), tuple(str(p) for p in entry["muster"]))


def _programme_regex(programme: Programme) -> re.Pattern[str]:
    """One pattern per programme. An acronym ("GAK") counts only in capitals and as a whole word; a name
    counts in any case and as the start of a compound ("Dorferneuerung" in "Dorferneuerungsprogramm")."""
    parts = [f"(?:{pattern})" for pattern in programme.patterns]
    for alias in programme.aliases:
        words = r"\s+".join(re.escape(word) for word in alias.split())
        if alias == alias.upper():
            parts.append(f"(?<!{_LETTER}){words}(?!{_LETTER})")
        else:
            parts.append(f"(?i:(?<!{_LETTER}){words})")
    if not parts:
        raise ValueError(f"Programm {programme.id}: weder aliase noch muster angegeben")
    return re.compile("|".join(parts))
