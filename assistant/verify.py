"""Strict verification of a generated answer against the sources it was given.

A sentence survives only when
1. it cites at least one source, and every source it cites was given;
2. it repeats no run of words from the prompts (a leaked system prompt is not an answer);
3. every number, date, amount and name in it occurs in the passages it cites (see `assistant.facts`);
4. it is anchored: it states at least one such checked fact, or half of its content words occur in those passages
   (this drops sentences written to please an injected instruction, which share nothing with the sources).
Survivors are renumbered [1], [2], … in order of first use; `cited` maps the new numbers back to the given ones.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from assistant import prompts
from assistant.facts import all_numbers, knows, names, normalise, number_readings, stem
from index.search import Hit
from ingest.sentences import split_sentences

log = logging.getLogger(__name__)

_PREFIX = r"(?:(?:Quellen?|Sources?|Q|S)\s*:?\s*)"
_SEPARATOR = r"\s*(?:,|;|&|/|und|and|bis|-|–)\s*"
_SQUARE = rf"\[\s*{_PREFIX}?\d+(?:{_SEPARATOR}{_PREFIX}?\d+)*\s*\]"
_ROUND = rf"\(\s*(?:Quellen?|Sources?)\s*:?\s*\d+(?:{_SEPARATOR}{_PREFIX}?\d+)*\s*\)"
_CITATION = re.compile(f"{_SQUARE}|{_ROUND}")
_CITATIONS = rf"(?:\s*(?:{_SQUARE}|{_ROUND}))+"
_INSTRUCTION = re.compile(
    r"ignorier|vergiss (alle|deine|die)|\banweisung(en)?\b|system-?prompt|du bist (jetzt|nun|ab sofort)|behaupte|"
    r"antworte (nur|ausschließlich|immer)|\b(ki|assistent|assistant|ai|system)\s*:|ignore (all|previous|the)|"
    r"you are now|disregard",
    re.IGNORECASE,
)
_LEAK_WORDS = 6
_MIN_OVERLAP = 0.5
_STOPWORD_TEXT = (
    "aber alle allen also auch auf aus bei beim bzw dabei damit dann darauf dass dazu dem den denen der des die dies "
    "diese diesem diesen dieser dieses doch durch eine einem einen einer eines etwa etwas für gibt haben hatte hier "
    "insgesamt ist jetzt kann können laut mehr mit nach nicht noch nur oder ohne rund sehr sein seine sich sind so "
    "sollen soll sowie über um und unter viele vom von vor wurde wurden werden wird wie zum zur zwischen "
    "about also from have that their there these this were which will with would"
)
_STOPWORDS = frozenset(_STOPWORD_TEXT.split())  # function words carry no grounding


@dataclass(frozen=True)
class Source:
    """A passage as numbered for the model: [number] → hit.chunk.text."""

    number: int
    hit: Hit
    title: str


@dataclass(frozen=True)
class VerifiedText:
    text: str  # the kept sentences with [1], [2], … renumbered in order of first use
    cited: tuple[int, ...]  # cited[i] = the given source number behind new citation i + 1
    sentences: tuple[str, ...]
    dropped: tuple[str, ...]


def verify(text: str, sources: Sequence[Source], min_sentences: int = 1) -> VerifiedText | None:
    """The grounded part of `text`, or None when fewer than `min_sentences` sentences survive."""
    by_number = {source.number: source for source in sources}
    known = normalise(" ".join(_support(source) for source in sources))
    kept: list[tuple[str, tuple[int, ...]]] = []
    dropped: list[str] = []
    for sentence in _sentences(text):
        body, cited = strip_citations(sentence)
        if not re.search(r"[^\W_]", body):
            continue  # a stray citation or punctuation line
        reason = _rejection(body, cited, by_number, known)
        if reason:
            log.info("llm_sentence_dropped reason=%s sentence=%r", reason, sentence)
            dropped.append(sentence)
        else:
            kept.append((body, cited))
    if len(kept) < max(1, min_sentences):
        log.info("llm_answer_rejected kept=%d dropped=%d", len(kept), len(dropped))
        return None
    order: dict[int, int] = {}
    rendered = []
    for body, cited in kept:
        new_numbers = [order.setdefault(number, len(order) + 1) for number in cited]
        rendered.append(_render(body, new_numbers))
    return VerifiedText(" ".join(rendered), tuple(order), tuple(rendered), tuple(dropped))


def settled(text: str) -> str:
    """The part of a growing model answer whose sentences are complete: all but the last one, which may still
    receive words or its citation."""
    sentences = _sentences(text)
    return " ".join(sentences[:-1])


def strip_citations(sentence: str) -> tuple[str, tuple[int, ...]]:
    """The sentence without its citation marks, and the cited numbers in order of appearance."""
    numbers: list[int] = []
    for match in _CITATION.finditer(sentence):
        numbers.extend(_marker_numbers(match.group(0)))
    body = _CITATION.sub(" ", sentence)
    body = re.sub(r"\s+([.,;:!?])", r"\1", " ".join(body.split()))
    return body, tuple(dict.fromkeys(numbers))


def _marker_numbers(marker: str) -> list[int]:
    tokens = re.findall(r"\d+|bis|-|–", marker)
    numbers: list[int] = []
    for index, token in enumerate(tokens):
        if token.isdigit():
            if index >= 2 and not tokens[index - 1].isdigit() and numbers:  # a range "1-3", "1 bis 3"
                numbers.extend(range(numbers[-1] + 1, min(int(token), numbers[-1] + 10)))
            numbers.append(int(token))
    return numbers


def _rejection(body: str, cited: tuple[int, ...], by_number: Mapping[int, Source], known: str) -> str:
    if not cited:
        return "keine_quelle"
    if any(number not in by_number for number in cited):
        return "unbekannte_quelle"
    if _leaks_prompt(body):
        return "prompt"
    raw = " ".join(_support(by_number[number]) for number in cited)
    passage, passage_numbers = normalise(raw), all_numbers(raw)
    readings = number_readings(body)
    if any(not reading & passage_numbers for reading in readings):
        return "zahl"
    found_names = names(body, known)
    if any(not knows(passage, name) for name in found_names):
        return "name"
    if not readings and not found_names and _overlap(body, passage) < _MIN_OVERLAP:
        return "ohne_beleg"
    return ""


def _support(source: Source) -> str:
    """What a citation of `source` can back: title and page label (the model sees them) and the passage, less any
    sentence that reads like an order to an AI — repeating a planted instruction must not count as grounded."""
    sentences = [s for s in split_sentences(source.hit.chunk.text) if not _INSTRUCTION.search(s)]
    return " ".join([source.title, source.hit.chunk.page_label, *sentences])


def _overlap(body: str, passage: str) -> float:
    words = [word for word in re.findall(r"[^\W\d_]{4,}", body.lower()) if word not in _STOPWORDS]
    if not words:
        return 0.0
    return sum(stem(word) in passage for word in words) / len(words)


def _leaks_prompt(body: str) -> bool:
    words = re.findall(r"[^\W_]+", body.lower())
    grams = {tuple(words[i : i + _LEAK_WORDS]) for i in range(len(words) - _LEAK_WORDS + 1)}
    return not grams.isdisjoint(_prompt_grams())


@functools.cache
def _prompt_grams() -> frozenset[tuple[str, ...]]:
    text = " ".join((prompts.SYSTEM, prompts.SIMPLE_RULES, prompts.CONDENSE))
    words = re.findall(r"[^\W_]+", text.lower())
    return frozenset(tuple(words[i : i + _LEAK_WORDS]) for i in range(len(words) - _LEAK_WORDS + 1))


def _sentences(text: str) -> list[str]:
    """Sentences of a model answer, with markdown removed and trailing citations moved inside the sentence."""
    lines: list[str] = []
    for line in text.replace("**", "").replace("__", "").splitlines():
        line = re.sub(r"^\s*(?:#+|[-*•–]|\d+[.)])\s+", "", line)
        if lines and re.fullmatch(_CITATIONS + r"\s*[.!?]?\s*", line):
            lines[-1] += " " + line.strip()  # a citation line belongs to the sentence above it
        else:
            lines.append(line)
    joined = re.sub(rf"([.!?])({_CITATIONS})", r"\2\1", "\n".join(lines))
    return split_sentences(joined)


def _render(body: str, numbers: Sequence[int]) -> str:
    marks = "".join(f"[{number}]" for number in numbers)
    if body[-1] in ".!?":
        return f"{body[:-1].rstrip()} {marks}{body[-1]}"
    return f"{body} {marks}"
