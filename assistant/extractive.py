"""The offline answer: the passages' own sentences that best answer the question, with citations.

No generation, no network, deterministic. Sentences are scored by the share of the question's terms
(German analysis, everyday words expanded) they contain, with a small prior for the hit's rank, and, when the index
holds sentence vectors, mostly by the embedding's similarity of sentence and question (paraphrases, English).
A quoted sentence brings the neighbour it needs (`assistant.window`); lower hits from an already quoted page or
measure sheet may lend the field or figure asked for.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from assistant.intent import Intent
from assistant.rows import YEAR, row_context, row_preference
from assistant.window import antecedent, leads_in
from index.analysis import Analyzer
from index.search import Hit
from ingest.chunk import Chunk
from ingest.sentences import split_sentences

MAX_SENTENCES = 3
MAX_CHARS = 700
_RELATIVE = 0.5  # further sentences must score at least this share of the best one
_RANK_PRIOR = 0.1
_MIN_CHARS = 25
_EXPANSION_WEIGHT = 0.5
_NUMBER_WEIGHT = 2.0  # years and figures in a question are what the answer must contain
_CARRIED = 0.3  # weight of a follow-up's carried-over topic words
_FIT = 0.3  # bonus for a sentence of the kind asked for (a date for "Bis wann", a figure for "Wie viele")
# Mixing in the sentence's embedding similarity: e5 cosines of related texts lie around 0.75–0.9, so
# (cosine − centre) × scale is on the scale of the lexical coverage (0–1); measured on both gold sets.
_DENSE_SHARE = 0.7
_DENSE_CENTRE = 0.75
_DENSE_SCALE = 4.0
_OTHER_PAGE = 1.0  # only a sentence that beats the best may come from another page (or measure sheet)
_SOURCE_LINE = re.compile(r"^(?:Quelle|Quellen|Anmerkung|Hinweis)\s*:", re.IGNORECASE)
_FIELD_LABEL = re.compile(r"^[^\W\d_][^:]{0,40}:\s")  # "Zeitraum: " in a label/value row


Similarities = Callable[[Hit], Sequence[float] | None]  # per sentence of the hit's chunk, in split order
Continuation = Callable[[Chunk], str]  # how a chunk's last sentence goes on over the page break ("" if it does not)
_FINISHED = re.compile(r"[.!?:;)\]“”\"'…]$")
_ITEM = re.compile(r"^(?:[•▪●◦–-]|\d{1,2}\.\s)")


@dataclass(frozen=True)
class Selected:
    hit_index: int  # into the hits given
    position: int  # sentence number within the chunk
    text: str  # as it will be shown, with a table's caption or a measure's title in front of a row
    score: float  # share of the question's weighted terms found, plus the rank prior
    context: str = ""  # the caption or title put in front of a row, if any
    antecedent: str = ""  # the sentence before, which a sentence opening with "Er …"/"Dies …" refers to
    # In the form asked for, which ranks first: 2 the field the question names ("Abstimmungsergebnis: …"), 1 a figure
    # in the asked unit ("50 Mbit/s" for "Wie schnell …?"), 0 neither.
    form: int = 0

    @property
    def row(self) -> str:
        """The text without its context, for showing several rows of one table under one caption."""
        return self.text[len(self.context) + 3 :] if self.context else self.text


def select_sentences(
    question: str,
    hits: Sequence[Hit],
    analyzer: Analyzer,
    expansion: Sequence[str] = (),
    max_hits: int = 3,
    focus: str = "",
    intent: Intent | None = None,
    similarities: Similarities | None = None,
    continuation: Continuation | None = None,
) -> list[Selected]:
    """The best supporting sentences, de-duplicated, in reading order (by hit rank, then position).

    `focus` is the latest question of a follow-up ("Und wer ist dafür zuständig?"): its words count
    fully, the carried-over topic's words less.
    """
    query = _query(question, analyzer, expansion, focus)
    if not query.words:
        return []
    candidates = [
        candidate
        for index in _pool(hits, max_hits)
        for candidate in _candidates(index, hits[index], query, analyzer, intent, similarities, continuation)
        # A lower hit only lends the field or figure asked for, not more of the same topic.
        if index < max_hits or (intent is not None and intent.fits(candidate.row))
    ]
    # A unit decides only among sentences that are otherwise relevant (not any figure in per cent); a field
    # labelled with the asked noun is specific enough on its own, however short.
    floor = _RELATIVE * max((c.score for c in candidates), default=0.0)
    candidates = [c if c.form != 1 or c.score >= floor else replace(c, form=0) for c in candidates]
    candidates.sort(key=lambda c: (-c.form, -c.score, c.hit_index, c.position))
    return sorted(_choose(candidates, hits, analyzer), key=lambda c: (c.hit_index, c.position))


def _choose(candidates: list[Selected], hits: Sequence[Hit], analyzer: Analyzer) -> list[Selected]:
    """The best candidates (sorted best first) that add something, within the length and from the best source."""
    chosen: list[Selected] = []
    seen: list[set[str]] = []
    quoted: set[tuple[int, int]] = set()  # (hit, sentence) in the answer, also as a lead-in's completion
    for candidate in candidates:
        if len(chosen) == MAX_SENTENCES:
            break
        if chosen and candidate.score < _RELATIVE * chosen[0].score:
            continue
        best = chosen[0] if chosen else candidate
        other_page = chosen and not _same_source(hits[candidate.hit_index], hits[best.hit_index])
        if other_page and (candidate.score < _OTHER_PAGE * best.score or candidate.form != best.form):
            continue  # another source must be as good, and as fitting, to be cited: every citation has to hold up
        if (candidate.hit_index, candidate.position) in quoted:
            continue
        expanded, covers = _expanded(candidate, hits, quoted)
        if expanded.row.rstrip().endswith(":"):
            continue  # a lead-in ("Die wichtigsten Datenquellen sind:") whose announced part the passage lacks
        terms = set(analyzer.terms(expanded.text))
        if any(_jaccard(terms, other) > 0.7 for other in seen):
            continue
        if sum(len(c.text) for c in chosen) + len(expanded.text) > MAX_CHARS and chosen:
            continue
        chosen.append(expanded)
        seen.append(terms)
        quoted |= covers
    return chosen


def _expanded(
    candidate: Selected, hits: Sequence[Hit], quoted: set[tuple[int, int]]
) -> tuple[Selected, set[tuple[int, int]]]:
    """The sentence with what it needs to be understood, unless that is quoted already: the sentence it refers back
    to ("Er grenzt an …"), and after a lead-in ("Die Maßnahme umfasst vier Bausteine.", "… sind:") the sentence it
    announces. Returns it with the (hit, sentence) pairs it quotes."""
    hit, position = candidate.hit_index, candidate.position
    covers = {(hit, position)}
    row = candidate.row
    if candidate.antecedent and (hit, position - 1) not in quoted:
        row = f"{candidate.antecedent} {row}"
        covers.add((hit, position - 1))
    sentences = split_sentences(hits[hit].chunk.text)
    following = position + 1
    announced = following < len(sentences) and leads_in(sentences[position], sentences[following])
    if announced and (hit, following) not in quoted:
        row = f"{row} {sentences[following]}"
        covers.add((hit, following))
    head = candidate.text[: len(candidate.text) - len(candidate.row)]
    return replace(candidate, text=f"{head}{row}"), covers


def _pool(hits: Sequence[Hit], max_hits: int) -> list[int]:
    """The hits whose sentences compete: the best `max_hits`, and any lower hit from one of their sources (page or
    measure sheet). A sheet's fields ("Zeitraum:", "Federführung:") often sit in another chunk than the description
    that matched."""
    top = hits[:max_hits]
    return list(range(len(top))) + [
        index
        for index, hit in enumerate(hits[max_hits:], start=max_hits)
        if any(_same_source(hit, other) for other in top)
    ]


def _same_source(first: Hit, second: Hit) -> bool:
    """One page, or one measure sheet (which may run over two pages)."""
    if first.chunk.document_id != second.chunk.document_id:
        return False
    sheet = first.chunk.kind == second.chunk.kind == "measure" and first.chunk.section == second.chunk.section
    return sheet or first.chunk.page == second.chunk.page


def lead_sentences(hits: Sequence[Hit], count: int = 2) -> list[Selected]:
    """The best passage's first sentences: for a question in another language, where no words are
    shared with the text and only the multilingual retrieval knows which passage fits."""
    if not hits:
        return []
    sentences = split_sentences(hits[0].chunk.text)
    titles = set(hits[0].chunk.section)
    usable = [(i, s) for i, s in enumerate(sentences) if len(s) >= _MIN_CHARS and s not in titles]
    return [Selected(0, position, sentence, 0.0) for position, sentence in usable[:count]]


def best_score(question: str, hits: Sequence[Hit], analyzer: Analyzer, expansion: Sequence[str] = ()) -> float:
    """How well the best sentence covers the question, without the rank prior (evidence for refusals)."""
    selected = select_sentences(question, hits, analyzer, expansion)
    return max((s.score - _RANK_PRIOR / (1 + s.hit_index) for s in selected), default=0.0)


@dataclass(frozen=True)
class _Query:
    words: tuple[tuple[str, ...], ...]  # per question word: own term, then compound parts
    weights: tuple[float, ...]
    expansion: frozenset[str]
    years: bool  # the question names a year, so no preference for the latest one

    @property
    def terms(self) -> set[str]:
        return {term for word in self.words for term in word}

    @property
    def total(self) -> float:
        return sum(self.weights) + (_EXPANSION_WEIGHT if self.expansion else 0.0)

    def coverage(self, terms: set[str]) -> float:
        """A word counts when its own term occurs, or in part when some of its compound parts do."""
        found = 0.0
        for word, weight in zip(self.words, self.weights, strict=True):
            if word[0] in terms:
                found += weight
            elif len(word) > 1:
                found += weight * 0.9 * sum(part in terms for part in word[1:]) / (len(word) - 1)
        if self.expansion & terms:
            found += _EXPANSION_WEIGHT
        return found / self.total if self.total else 0.0


def _query(question: str, analyzer: Analyzer, expansion: Sequence[str], focus: str = "") -> _Query:
    words = tuple(analyzer.word_terms(question))
    focused = {word[0] for word in analyzer.word_terms(focus)}
    weights = tuple(
        (_NUMBER_WEIGHT if word[0][:1].isdigit() else 1.0) * (_CARRIED if focused and word[0] not in focused else 1.0)
        for word in words
    )
    return _Query(words, weights, frozenset(expansion), bool(YEAR.search(question)))


def _candidates(
    index: int,
    hit: Hit,
    query: _Query,
    analyzer: Analyzer,
    intent: Intent | None,
    similarities: Similarities | None,
    continuation: Continuation | None = None,
) -> list[Selected]:
    sentences = split_sentences(hit.chunk.text)
    dense = similarities(hit) if similarities is not None else None
    if dense is not None and len(dense) != len(sentences):
        dense = None  # another split than the index's: words alone
    context = row_context(hit, sentences)
    titles = set(hit.chunk.section)
    result = []
    for position, sentence in enumerate(sentences):
        if (len(sentence) < _MIN_CHARS and ":" not in sentence) or sentence in titles or sentence.endswith("?"):
            continue  # headings and fragments are no answer
        if sentence == context or _SOURCE_LINE.match(sentence):
            continue
        if hit.chunk.kind == "text" and _unfinished(sentence):
            if position < len(sentences) - 1:
                continue  # a heading inside the passage ("Digitale Teilhabe für alle Generationen")
            # The passage ends mid-sentence at a page break: quoted only with how it goes on.
            rest = continuation(hit.chunk) if continuation is not None else ""
            if not rest:
                continue
            sentence = f"{sentence} {rest}"
        shown = f"{context} — {sentence}" if context else sentence
        # The context names the table, not the row: its figures (a caption's "2015 bis 2019") must not
        # make every row look like the answer to a question about 2019.
        context_terms = {term for term in analyzer.terms(context) if not term[:1].isdigit()}
        before = antecedent(sentences, position, titles)
        own = set(analyzer.terms(f"{before} {sentence}"))
        if not set(analyzer.terms(_FIELD_LABEL.sub("", sentence))) - context_terms - query.terms:
            continue  # "Nr.: D2", "Titel: …": repeats the title or the question and tells nothing new
        covered = query.coverage(context_terms | own)
        # With a sentence vector, meaning alone can qualify a sentence (a paraphrase, an English question).
        if covered > 0 or (dense is not None and not math.isnan(dense[position])):
            score = covered + _RANK_PRIOR / (1 + index) + row_preference(sentence, context, query.years)
            score += _FIT if intent is not None and intent.fits(sentence) else 0.0
            form = _form(intent, shown, sentence, analyzer) if intent is not None else 0
            if dense is not None:
                score = _mixed(score, dense[position], hit.similarity)
            result.append(Selected(index, position, shown, score, context, before, form))
    return result


def _form(intent: Intent, shown: str, sentence: str, analyzer: Analyzer) -> int:
    """How far the sentence has the form asked for (see `Selected.form`); `shown` carries a table's caption."""
    if _names_field(intent.noun, sentence, analyzer):
        return 2
    return 1 if intent.measured(shown) else 0


def _names_field(noun: str, sentence: str, analyzer: Analyzer) -> bool:
    """Whether the sentence is a "label: value" field whose label is the noun the question asks for."""
    label = _FIELD_LABEL.match(sentence)
    if not noun or not label:
        return False
    asked = {word[0] for word in analyzer.word_terms(noun)}
    return bool(asked & {word[0] for word in analyzer.word_terms(label.group(0))})


def _unfinished(line: str) -> bool:
    """A line of running text without a closing mark that is no list item and no "label: value" line: a heading,
    or a sentence cut off at a page break."""
    return not _FINISHED.search(line) and not _ITEM.match(line) and ":" not in line


def _mixed(lexical: float, similarity: float, chunk_similarity: float) -> float:
    """The lexical score mixed with the sentence's similarity; a sentence without a vector (a table row) takes its
    chunk's similarity, so that only its words set it apart from the other rows."""
    for value in (similarity, chunk_similarity):
        if not math.isnan(value):
            return (1 - _DENSE_SHARE) * lexical + _DENSE_SHARE * (value - _DENSE_CENTRE) * _DENSE_SCALE
    return lexical


def _jaccard(first: set[str], second: set[str]) -> float:
    return len(first & second) / len(first | second) if first | second else 0.0
