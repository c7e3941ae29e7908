"""What kind of answer a question asks for, and whether a sentence has that kind of content.

"Bis wann …?" wants a date, "Wer ist zuständig?" a body, "Wie viele …?" a figure, "Welche Förderung …?" a
programme. German administrative documents answer such questions in label/value fields ("Zeitraum: 2022–2025",
"Federführung: Kreisverwaltung") or in sentences that carry a figure; a sentence of the asked kind is worth more
than one that merely repeats the question's words.

A question "Mit welchem Abstimmungsergebnis …?", "Welche Priorität …?" names the field that answers it: a
"Abstimmungsergebnis: einstimmig" line is the answer, whatever else the passage says about the decision.

Some questions also name the dimension of the figure: "Wie schnell …?" is answered in Mbit/s, "Wie viel Strom …?"
in GWh, "Welcher Anteil …?" in per cent. A figure in that unit is the answer's surest sign — a neighbouring passage
on the same topic has figures too, but of another kind (a number of villages, a year).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_KINDS: dict[str, tuple[str, str]] = {
    # kind: (question pattern, field labels that answer it)
    "when": (
        r"\b(?:bis wann|ab wann|seit wann|wann|zeitraum|zeitplan|zeitrahmen|frist|laufzeit|(?:by )?when|deadline)\b",
        "zeitraum zeitplan zeitrahmen laufzeit umsetzungszeitraum frist termin beginn start dauer",
    ),
    "who": (
        r"\b(?:wer|wem|zustandig\w*|federfuhr\w*|verantwortlich\w*|ansprechpartner\w*|trager\w*|who|responsible)\b",
        "federfuhrung zustandigkeit zustandig verantwortlich verantwortung trager ansprechpartner partner akteure "
        "beteiligte koordination",
    ),
    "funding": (
        r"\b(?:forder\w*|finanzier\w*|zuschuss\w*|zuschusse|zuwendung\w*|geld\w*|funding|funded|grants?|subsid\w*)\b",
        "fordermoglichkeiten forderung forderprogramm forderprogramme finanzierung fordermittel forderzugang",
    ),
    "cost": (
        r"\b(?:kost\w*|teuer\w*|preis\w*|budget\w*|ausgaben|cost\w*|expensive|price)\b",
        "kosten gesamtkosten kostenschatzung budget finanzbedarf haushaltsmittel",
    ),
    "figure": (
        r"\b(?:wie (?:viele?|hoch|gross|stark|lang|lange|weit|oft|schnell|alt|breit)|wieviele?|anteil\w*|quote\w*|"
        r"anzahl|prozent\w*|saldo|how (?:many|much|high|large|big|long|fast|old|often)|share|percentage|rate)\b",
        "",
    ),
}
# dimension: (question pattern on the case-folded question, units that measure it). Umlauts are kept: "länge"
# (length) and "lange" (duration) differ only there.
_DIMENSIONS: dict[str, tuple[str, str]] = {
    "speed": (r"\bwie schnell\b|geschwindigkeit|bandbreite|übertragungsrate|\bhow fast\b|\bspeed\b", r"[kmg]bit\b"),
    "energy": (
        r"\bwie viel (?:strom|energie|wärme)\b|(?:strom|energie|wärme)(?:erzeugung|verbrauch|bedarf)"
        r"|\bhow much (?:electricity|energy|power|heat)\b",
        r"[kmgt]wh\b",
    ),
    "power": (r"\bleistung\b|\bcapacity\b", r"[kmg]wp?\b|megawatt|kilowatt"),
    "area": (r"\bfläche\b|\barea\b", r"km²|km2\b|ha\b|hektar|m²|quadrat(?:kilo)?meter"),
    "length": (
        r"\bwie lang ist\b|\bwie weit\b|\blänge\b|\bentfernung\b|\bhow long is\b|\bhow far\b|\bdistance\b",
        r"km\b|m\b|kilometer|meter\b",
    ),
    "duration": (
        r"\bwie lange\b|\bdauer\b|\bhow long (?:does|do|did|will|would|takes?)\b",
        r"(?:bis\s+\S+\s+)?(?:monate?n?|jahre?n?|wochen?|tage?n?|stunden?|minuten?)\b",
    ),
    "share": (r"\banteil\w*|\bquote\b|\bprozent\w*|\bshare\b|\bpercentage\b|\brate\b", r"%|prozent\b"),
    "age": (r"\bwie alt\b|\bdurchschnittsalter\b|\bhow old\b|\baverage age\b", r"jahren?\b|lebensjahr"),
}
_CARDINALS = r"zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|fünfzehn|zwanzig|dreißig"
_COUNT = rf"(?:\d[\d.,–-]*|{_CARDINALS})"
# A figure in the unit ("520 GWh", "18 bis 24 Monate"), or a table's or field's declared unit ("Anteil in %:",
# "(Stromerzeugung in GWh)"), which makes every value of that row one in the unit.
_MEASURED = {
    name: (re.compile(question), re.compile(rf"{_COUNT}\s*(?:{units})|\bin\s+(?:{units})", re.IGNORECASE))
    for name, (question, units) in _DIMENSIONS.items()
}
# "Welche Priorität", "mit welchem Abstimmungsergebnis": the noun after the interrogative (capitalised in German).
_ASKED_NOUN = re.compile(r"\bwelche[mnrs]?\s+([A-ZÄÖÜ][\w-]+)")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_MONTHS = (
    r"januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|"
    r"frühjahr|frühling|sommer|herbst|winter|jahresbeginn|jahresmitte|jahresende|quartal"
)
# A point or span in time: "14.03.2022", "2022–2025", "im März 2022", "bis Ende 2024", "ab dem Jahr 2023".
_DATE = re.compile(
    rf"\b\d{{1,2}}\.\d{{1,2}}\.(?:\d{{2,4}})?|\b(?:19|20)\d\d\s*[–-]\s*(?:19|20)?\d\d\b"
    rf"|\b(?:{_MONTHS})\s+(?:des jahres\s+)?(?:19|20)\d\d\b"
    rf"|\b(?:bis|ab|seit|von|im|in|ende|anfang|mitte)\s+(?:zum\s+|dem\s+)?(?:ende\s+|jahr\s+)?(?:19|20)\d\d\b",
    re.IGNORECASE,
)
# Weaker: anything that says when at all; a "Wann …?" answer without even this does not answer the question.
_TIME = re.compile(
    rf"\b(?:19|20)\d\d\b|\b\d{{1,2}}\.\d{{1,2}}\.|\b\d{{1,2}}(?:[.:]\d\d)?\s*uhr\b|\b(?:{_MONTHS})\b"
    r"|\b(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|werktag|wochenende|feiertag)\w*"
    r"|\b(?:täglich|wöchentlich|monatlich|jährlich|halbjährlich|vierteljährlich|laufend|dauerhaft|sofort)\b",
    re.IGNORECASE,
)
# German "wann" is always a question word (the conjunction is "wenn"); English "when" only at the start.
_ASKS_TIME = re.compile(r"\bwann\b|^\W*(?:(?:and|by|since|until) )?when\b|\bby when\b")
_AMOUNT = re.compile(r"\d[\d.,]*\s*(?:€|euro|eur\b|mio|mrd|tsd)", re.IGNORECASE)
_NUMBER_WORDS = rf"{_CARDINALS}|hundert|tausend|hälfte|drittel|viertel|fünftel|doppelt|verdoppel\w*"
_FIGURE = re.compile(rf"\d|\b(?:{_NUMBER_WORDS})\b", re.IGNORECASE)
_UMLAUTS = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss"})
_LABEL = re.compile(r"^\s*([^\W\d_][^:]{1,40}):\s")


@dataclass(frozen=True)
class Intent:
    kinds: frozenset[str]
    dimensions: frozenset[str] = frozenset()  # what the asked figure measures ("speed", "energy", "share", …)
    noun: str = ""  # what "welche …" asks for ("Abstimmungsergebnis"), as written

    @property
    def labels(self) -> frozenset[str]:
        return frozenset(word for kind in self.kinds for word in _KINDS[kind][1].split())

    def fits(self, sentence: str) -> bool:
        """Whether the sentence has the kind of content asked for (a field of that kind, a date, a figure)."""
        label = _LABEL.match(sentence)
        if label and self.labels & set(_fold(label.group(1)).replace("-", " ").split()):
            return True
        body = sentence[label.end() :] if label else sentence
        if "when" in self.kinds and _DATE.search(body):
            return True
        if "cost" in self.kinds and _AMOUNT.search(body):
            return True
        return "figure" in self.kinds and _has_figure(body)

    def measured(self, text: str) -> bool:
        """Whether the text gives a figure in the dimension asked for ("Wie schnell …?": "50 Mbit/s")."""
        return any(_MEASURED[name][1].search(text) for name in self.dimensions)


def asks_time(question: str) -> bool:
    """Whether the question is a "Wann …?" question proper (not "when" as a conjunction in an English question)."""
    return bool(_ASKS_TIME.search(_fold(question).strip()))


def tells_time(sentence: str) -> bool:
    """Whether the sentence says when at all: a year, a date, a month, a weekday, a time of day, a rhythm."""
    return bool(_TIME.search(sentence))


def question_intent(question: str) -> Intent:
    folded = _fold(question)
    kinds = frozenset(kind for kind, (pattern, _) in _KINDS.items() if re.search(pattern, folded))
    lowered = question.casefold()
    dimensions = frozenset(name for name, (asked, _) in _MEASURED.items() if asked.search(lowered))
    noun = _ASKED_NOUN.search(question)
    return Intent(kinds, dimensions, noun.group(1) if noun else "")


def _has_figure(text: str) -> bool:
    """A figure other than a bare year: "a year" alone answers "Wie viele …?" no better than a word."""
    return bool(_FIGURE.search(_YEAR.sub(" ", text)))


def _fold(text: str) -> str:
    return text.casefold().translate(_UMLAUTS)
