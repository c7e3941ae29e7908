"""German text analysis for lexical retrieval: tokens, folding, stemming, compound splitting, separable verbs.

Each step can be switched off, so the evaluation harness can show what it contributes.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

import Stemmer

# Codes such as measure numbers "D3", "K12" or roads "B50" stay one token; then figures; then words.
_TOKEN = re.compile(r"\b[^\W\d_]{1,3}\d{1,3}\b|\d+(?:[.,]\d+)*|[^\W\d_]+(?:-[^\W\d_]+)*")
_DATE = re.compile(r"\d{1,2}\.\d{1,2}\.(\d{4})")
_FOLD = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss", "é": "e", "è": "e", "à": "a"})
# Linking elements (Fugenelemente) between compound parts: Arbeit·s·markt, Familie·n·zentrum.
_LINKS = ("es", "en", "er", "s", "n", "e", "")  # stripped variants first: they win ties
_MIN_PART = 4
_MEMO_TEXTS = 8192  # analysed texts remembered per analyzer (a county corpus has a few thousand sentences)
_MIN_COMPOUND = 9

_STOPWORD_TEXT = """
aber alle allem allen aller alles als also am an ander andere anderem anderen anderer anderes auch auf aus bei bin bis
bist da damit dann das dass dasselbe dazu dein deine dem den denn der des dessen dich die dies diese diesem diesen
dieser dieses dir doch dort du durch ein eine einem einen einer eines er es etwas euch euer eure für gegen gewesen hab
habe haben hat hatte hier hin hinter ich ihm ihn ihnen ihr ihre im in indem ins ist jede jedem jeden jeder jedes jene
jetzt kann kein keine können könnte machen man manche mein mich mir mit muss musste nach nicht nichts noch nun nur ob
oder ohne sehr sein seine selbst sich sie sind so solche soll sollte sondern sonst über um und uns unser unter viel
vom von vor war waren warum was weg weil weiter welche welchem welchen welcher welches wenn wer werde werden wie wieder
will wir wird wo wollen wurde würde zu zum zur zwar zwischen the of and to in is for on what how which who are was
with by
"""
# How citizens frame a question in a chat ("Hallo, können Sie mir bitte sagen, …"): no document is about these
# words, and counting them as unknown would make every polite question look like one in another language.
_CONVERSATION_TEXT = """
hallo moin servus bitte danke gern gerne sagen sag sagt erklären erkläre erklärt wissen weiß gewusst möchte möchten
hätte hätten wäre interessiert interessiere frage fragen kurze eigentlich überhaupt mal halt eben ja
"""
STOPWORDS = frozenset(_STOPWORD_TEXT.split()) | frozenset(_CONVERSATION_TEXT.split())

# Separable verbs (Partikelverben): a question asks "Wie stellt der Kreis die Kofinanzierung sicher?", the text says
# "um die Kofinanzierung sicherzustellen" or "Sicherstellung". The particle stands at the end of the clause, the "zu"
# of the infinitive inside the word; both are brought back to the infinitive ("sicherstellen"), whose stem the noun
# shares.
_PARTICLES = tuple(
    sorted(
        """
        ab an auf aus bei bereit dar durch ein fest fort frei her heraus herbei hin hinaus los mit nach statt teil um
        vor voran vorbei weg weiter wieder zu zurück zusammen sicher
        """.split(),
        key=len,
        reverse=True,
    )
)
_PARTICLE_SET = frozenset(_PARTICLES)
# particle, the "zu", a verb of four letters or more in the infinitive; longer particles first ("zurück" before "zu")
_ZU_INFINITIVE = re.compile(rf"({'|'.join(_PARTICLES)})zu([^\W\d_]{{2,}}(?:en|ern|eln))")
_FINITE_ENDING = re.compile(r"(?:en|et|est|st|t|e|n)$")  # "stellt", "stellen" → "stell"
_CLAUSE = re.compile(r"[^.,;:?!()–]+")
_LAST_WORD = re.compile(r"([^\W\d_]+)\W*$")
_MIN_VERB = 3


@dataclass(frozen=True)
class AnalyzerSettings:
    fold: bool = True  # case and umlaut/ß folding
    stem: bool = True  # Snowball German
    split: bool = True  # compound splitting against the corpus vocabulary
    separable: bool = True  # "sicherzustellen", "stellt … sicher" → "sicherstellen"
    stopwords: bool = True


@dataclass
class Analyzer:
    """Turns text into index terms. `fit` learns the compound vocabulary from the corpus itself,
    so it adapts to any county's documents rather than to a fixed word list."""

    settings: AnalyzerSettings = field(default_factory=AnalyzerSettings)
    _vocabulary: Counter[str] = field(default_factory=Counter)
    _stems: Counter[str] = field(default_factory=Counter)
    _splits: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._stemmer = Stemmer.Stemmer("german")
        self._memo_word_terms()

    def _memo_word_terms(self) -> None:
        # Answers analyse the sentences of the same retrieved passages again and again: remembering them took
        # most of an extractive answer's CPU time off. Bounded, thread-safe, and emptied when the vocabulary
        # (hence the compound splits) changes.
        self._word_terms = lru_cache(maxsize=_MEMO_TEXTS)(self._analyse_words)

    def fit(self, texts: Iterable[str]) -> Analyzer:
        self._vocabulary = Counter(word for text in texts for word in self._words(text))
        # Parts are also looked up by stem, so "zentren" is found through "zentrum".
        self._stems = Counter()
        for word, count in self._vocabulary.items():
            self._stems[self._stemmer.stemWord(word)] += count
        self._splits = {}
        self._memo_word_terms()
        return self

    def terms(self, text: str) -> list[str]:
        return [term for group in self.word_terms(text) for term in group]

    def word_terms(self, text: str) -> list[tuple[str, ...]]:
        """Per content word: its own term first, then the terms of its compound parts."""
        return list(self._word_terms(text))

    def _analyse_words(self, text: str) -> tuple[tuple[str, ...], ...]:
        result: list[tuple[str, ...]] = []
        for word in self._words(text):
            if self.settings.stopwords and word in STOPWORDS:
                continue
            parts = [part for part in self.split(word) if part != word] if self.settings.split else []
            result.append((self._stem(word), *(self._stem(part) for part in parts)))
        if self.settings.separable:
            result.extend((term,) for term in self._particle_verbs(text))
        return tuple(result)

    def _particle_verbs(self, text: str) -> list[str]:
        """The infinitives of clauses that end in a verb particle ("… stellt … sicher"), as far as the corpus uses
        them: the finite verb cannot be told from the other words without a parser, but only a real verb makes a
        word the corpus knows."""
        found: list[str] = []
        for clause in _CLAUSE.findall(text):
            last = _LAST_WORD.search(clause)  # most clauses end in no particle: no second tokenisation for them
            if last is None or last.group(1).casefold() not in _PARTICLE_SET:
                continue
            words = self._words(clause)
            if len(words) < 2 or words[-1] not in _PARTICLE_SET:
                continue
            for word in words[:-1]:
                root = _FINITE_ENDING.sub("", word)
                if len(root) < _MIN_VERB or word in STOPWORDS or not root.isalpha():
                    continue
                verb = f"{words[-1]}{root}en"
                term = self._stem(verb)
                if self._frequency(verb) and term not in found:
                    found.append(term)
        return found

    def split(self, word: str) -> tuple[str, ...]:
        """Parts of a compound ("radverkehrskonzept" → radverkehr, konzept), or the word itself."""
        if word in self._splits:
            return self._splits[word]
        parts = self._best_split(word, depth=2) or (word,)
        self._splits[word] = parts
        return parts

    def _words(self, text: str) -> list[str]:
        words: list[str] = []
        for token in _TOKEN.findall(text):
            word = token.casefold() if self.settings.fold else token
            # Hyphenated compounds ("E-Mobilität") count as their parts and as a whole.
            pieces = [word] if "-" not in word else [word.replace("-", ""), *word.split("-")]
            date = _DATE.fullmatch(word)
            if date:  # "31.12.2019" answers questions about 2019
                pieces.append(date.group(1))
            pieces = [_without_zu(piece) for piece in pieces] if self.settings.separable else pieces
            words.extend(piece for piece in pieces if len(piece) > 1 or piece.isdigit())
        return words

    def _stem(self, word: str) -> str:
        stemmed: str = self._stemmer.stemWord(word) if self.settings.stem and not word[0].isdigit() else word
        return stemmed.translate(_FOLD) if self.settings.fold else stemmed

    def _best_split(self, word: str, depth: int) -> tuple[str, ...] | None:
        """Koehn & Knight (2003): the split whose parts' corpus frequencies have the best geometric mean."""
        if len(word) < _MIN_COMPOUND or depth == 0 or word[0].isdigit():
            return None
        best: tuple[float, int, tuple[str, ...]] | None = None
        whole = self._frequency(word)
        for cut in range(_MIN_PART, len(word) - _MIN_PART + 1):
            head, tail = word[:cut], word[cut:]
            for link in _LINKS:
                if link and not head.endswith(link):
                    continue
                stem = head[: len(head) - len(link)] if link else head
                if len(stem) < _MIN_PART or not self._frequency(stem):
                    continue
                tail_parts = self._best_split(tail, depth - 1) if not self._frequency(tail) else None
                parts = (stem, *(tail_parts or ((tail,) if self._frequency(tail) else ())))
                if len(parts) < 2:
                    continue
                score = math.exp(sum(math.log(self._frequency(p)) for p in parts) / len(parts))
                # On equal frequency, parts that are real words beat stems ("energie" over "energi").
                exact = sum(part in self._vocabulary for part in parts)
                if score >= whole and (best is None or (score, exact) > best[:2]):
                    best = (score, exact, parts)
        return best[2] if best else None

    def _frequency(self, part: str) -> int:
        return self._vocabulary.get(part, 0) or self._stems.get(self._stemmer.stemWord(part), 0)


def _without_zu(word: str) -> str:
    """ "sicherzustellen" → "sicherstellen": the infinitive with "zu" of a separable verb, as the verb."""
    found = _ZU_INFINITIVE.fullmatch(word)
    return found.group(1) + found.group(2) if found else word
