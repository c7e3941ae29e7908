"""The assistant: question in, grounded answer with citations (or an honest refusal) out.

Order of work: refuse instructions and empty input, fold the conversation into a standalone
question, retrieve, refuse when the evidence is weak, then answer — by the LLM when one is
configured and its answer survives verification, otherwise extractively.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from assistant import messages
from assistant.answer import Answer, Citation, RefusalReason, Turn
from assistant.citations import make_citation
from assistant.evidence import Evidence, EvidenceJudge, EvidenceSettings
from assistant.extractive import Selected, lead_sentences, select_sentences
from assistant.followup import standalone_question
from assistant.guard import looks_like_injection
from assistant.intent import asks_time, question_intent, tells_time
from assistant.language import is_english
from assistant.listing import Listing, list_measures
from assistant.sheet_fields import sheet_fields, sheet_names, with_fields
from assistant.sheets import sheet_rest
from assistant.verify import Source, settled, verify
from index.catalogue import Catalogue
from index.search import Hit, Searcher

if TYPE_CHECKING:  # the LLM client's imports are heavy; only the composition root loads them
    from assistant.llm import LlmAnswerer

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class AssistantSettings:
    hits: int = 8  # passages retrieved per question
    llm_sources: int = 5  # passages given to the LLM
    max_question_chars: int = 1000
    evidence: EvidenceSettings = field(default_factory=EvidenceSettings)
    sentence_similarity: bool = True  # use the index's sentence vectors when it has them (off: words alone)


class Assistant:
    def __init__(
        self,
        searcher: Searcher,
        settings: AssistantSettings | None = None,
        llm: LlmAnswerer | None = None,
        catalogue: Catalogue | None = None,
    ) -> None:
        self._searcher = searcher
        self._settings = settings or AssistantSettings()
        self._judge = EvidenceJudge(searcher, self._settings.evidence)
        self._llm = llm
        self._catalogue = catalogue  # answers "Welche Maßnahmen …" list questions (assistant/listing.py)
        self._sheet_names = sheet_names(catalogue, searcher.analyzer) if catalogue is not None else None

    @property
    def backend_name(self) -> str:
        return "llm" if self._llm is not None else "extractive"

    @property
    def searcher(self) -> Searcher:
        return self._searcher

    @property
    def settings(self) -> AssistantSettings:
        return self._settings

    @property
    def catalogue(self) -> Catalogue | None:
        return self._catalogue

    def ask(self, question: str, history: Sequence[Turn] = (), simple: bool = False) -> Answer:
        """The complete answer (the last item of `stream`)."""
        *_, answer = self.stream(question, history, simple)
        assert isinstance(answer, Answer)
        return answer

    def stream(self, question: str, history: Sequence[Turn] = (), simple: bool = False) -> Iterator[str | Answer]:
        """Text deltas as the answer grows, then exactly one `Answer`, which is authoritative: a client shows its
        text in place of the deltas (they differ when the LLM's answer fails verification or the server breaks off).
        LLM text is released only sentence by sentence after verification, never raw."""
        text = " ".join(question.split())[: self._settings.max_question_chars]
        language = "en" if is_english(text) else "de"
        if not text:
            yield from _whole(self._refusal("empty", language, (), text))
            return
        if looks_like_injection(text):
            log.info("question_refused reason=injection")
            yield from _whole(self._refusal("injection", language, (), text))
            return
        standalone = self._standalone(text, history)
        listing = list_measures(standalone, self._catalogue) if self._catalogue else None
        if listing is not None:
            yield from _whole(self._listed(listing, standalone, language))
            return
        hits = self._searcher.search(standalone, k=self._settings.hits)
        if not hits or not self._judge.sufficient(self._judge.assess(standalone, hits)):
            yield from _whole(self._refusal("out_of_scope", language, hits, standalone))
            return
        intent = question_intent(text)
        expansion = self._searcher.expansion_terms(standalone)
        # Without sentence vectors only the retrieval's ranking is meaningful across languages, so an English
        # question is then answered from the best passage alone.
        vectors = self._settings.sentence_similarity and self._searcher.stored.sentences is not None
        max_hits = 1 if language == "en" and not vectors else 3
        focus = text if standalone != text else ""
        similarities = functools.partial(self._searcher.sentence_similarities, standalone) if vectors else None
        if intent.labels:  # a field of a measure sheet is asked for: the whole sheet may lend it
            hits = (*hits, *sheet_rest(self._searcher.stored.chunks, hits, max_hits))
        selected = select_sentences(
            standalone,
            hits,
            self._searcher.analyzer,
            expansion,
            max_hits,
            focus,
            intent,
            similarities,
            self._searcher.continuation,
        )
        selected = selected or lead_sentences(hits)
        if self._catalogue is not None and self._sheet_names is not None:
            names, analyzer = self._sheet_names, self._searcher.analyzer
            fields = sheet_fields(standalone, intent.kinds, hits, self._catalogue, names, analyzer)
            hits, selected = with_fields(fields, hits, selected)
        if asks_time(text) and not self._tells_time(selected, hits):
            log.info("question_refused reason=no_time_in_evidence")
            yield from _whole(self._refusal("out_of_scope", language, hits, standalone))
            return
        if self._llm is None:
            answer = self._extractive(selected, hits, standalone, language)
            yield from _whole(
                replace(answer, notice=messages.SIMPLE_NEEDS_LLM) if simple and not answer.refused else answer
            )
            return
        yield from self._generated(standalone, hits, selected, language, simple)

    def _tells_time(self, selected: Sequence[Selected], hits: Sequence[Hit]) -> bool:
        """A "Wann …?" question is answered only by evidence that says when: what the answer would quote, or for the
        LLM the passages it is given (the date may stand in a sentence the extractive choice left out)."""
        if any(tells_time(sentence.row) for sentence in selected):
            return True
        return self._llm is not None and any(tells_time(hit.chunk.text) for hit in hits[: self._settings.llm_sources])

    def _standalone(self, question: str, history: Sequence[Turn]) -> str:
        if self._llm is None or not history:
            return standalone_question(question, history)
        from assistant.llm import LlmError

        try:
            return self._llm.condense(history, question) or standalone_question(question, history)
        except LlmError as exc:
            log.warning("condense_failed reason=%s", exc)
            return standalone_question(question, history)

    def _generated(
        self, question: str, hits: Sequence[Hit], selected: list[Selected], language: str, simple: bool
    ) -> Iterator[str | Answer]:
        """The LLM's answer as far as it survives verification; otherwise the extractive one, saying why."""
        from assistant.llm import LlmError

        assert self._llm is not None
        sources = [Source(i + 1, hit, self._title(hit)) for i, hit in enumerate(hits[: self._settings.llm_sources])]
        raw = shown = checked = ""
        try:
            for delta in self._llm.stream(question, sources, simple=simple):
                raw += delta
                complete = settled(raw)
                if complete == checked:
                    continue
                checked, grown = complete, verify(complete, sources)
                if grown is not None and grown.text.startswith(shown) and len(grown.text) > len(shown):
                    yield grown.text[len(shown) :]
                    shown = grown.text
        except LlmError as exc:
            log.warning("llm_failed reason=%s", exc)
            yield replace(self._extractive(selected, hits, question, language), notice=messages.LLM_FALLBACK)
            return
        verified = verify(raw, sources)
        log.info("llm_answer chars=%d kept=%s", len(raw), len(verified.sentences) if verified else 0)
        if verified is None:
            yield replace(self._extractive(selected, hits, question, language), notice=messages.LLM_UNVERIFIED)
            return
        if verified.text.startswith(shown) and len(verified.text) > len(shown):
            yield verified.text[len(shown) :]
        citations = tuple(
            make_citation(
                number,
                sources[original - 1].hit,
                self._searcher,
                [s for s in verified.sentences if f"[{number}]" in s],
            )
            for number, original in enumerate(verified.cited, start=1)
        )
        yield Answer(
            text=verified.text,
            citations=citations,
            hits=tuple(hits),
            backend="llm",
            standalone_question=question,
            sentences=verified.sentences,
            mean_sentence_words=_mean_words(verified.sentences),
        )

    def _title(self, hit: Hit) -> str:
        document = self._searcher.document(hit.chunk.document_id)
        return document.title if document else hit.chunk.document_id

    def evidence(self, question: str, hits: Sequence[Hit]) -> Evidence:
        """The signals the refusal rests on (for tuning and the evaluation report)."""
        return self._judge.assess(question, hits)

    def _extractive(self, selected: list[Selected], hits: Sequence[Hit], standalone: str, language: str) -> Answer:
        if not selected:
            return self._refusal("out_of_scope", language, hits, standalone)
        numbers: dict[int, int] = {}
        parts: list[str] = []
        previous: Selected | None = None
        for sentence in selected:
            number = numbers.setdefault(sentence.hit_index, len(numbers) + 1)
            same_table = previous is not None and sentence.context and sentence.context == previous.context
            parts.append(f"{sentence.row if same_table else sentence.text} [{number}]")
            previous = sentence
        citations = tuple(
            make_citation(number, hits[index], self._searcher, [s.text for s in selected if s.hit_index == index])
            for index, number in numbers.items()
        )
        body = " ".join(parts)
        text = f"{messages.ENGLISH_INTRO} {body}" if language == "en" else body
        return Answer(
            text=text,
            citations=citations,
            hits=tuple(hits),
            backend="extractive",
            standalone_question=standalone,
            sentences=tuple(s.text for s in selected),
            mean_sentence_words=_mean_words([s.text for s in selected]),
        )

    def _listed(self, listing: Listing, standalone: str, language: str) -> Answer:
        """One line per measure, each citing the part of its sheet that shows what was asked for."""
        document = self._searcher.document(listing.listed[0].measure.document_id)
        title = document.title if document else listing.listed[0].measure.document_id
        parts = [messages.listing_lead(language, title, listing.total, listing.criterion)]
        hits, citations = [], []
        for number, item in enumerate(listing.listed, start=1):
            hit = Hit(item.chunk, 1.0, ("catalogue",))
            shown = f"Maßnahme {item.measure.nr}: {item.measure.title}" + (f" — {item.line}" if item.line else "")
            parts.append(f"{shown} [{number}]")
            hits.append(hit)
            citations.append(make_citation(number, hit, self._searcher, [item.line or item.measure.title]))
        if listing.total > len(listing.listed):
            parts.append(messages.LISTING_MORE[language].format(more=listing.total - len(listing.listed)))
        return Answer(
            text=" ".join(parts),
            citations=tuple(citations),
            hits=tuple(hits),
            backend="extractive",
            standalone_question=standalone,
            sentences=tuple(parts[1:]),
            mean_sentence_words=_mean_words(parts),
        )

    def _refusal(self, reason: RefusalReason, language: str, hits: Sequence[Hit], standalone: str) -> Answer:
        if reason == "injection":
            text = messages.INJECTION[language]
        elif reason == "empty":
            text = messages.EMPTY[language]
        else:
            text = messages.not_covered(language, self._document_titles(), self._topics())
        citations: tuple[Citation, ...] = ()
        return Answer(text, citations, tuple(hits), refused=True, reason=reason, standalone_question=standalone)

    def _document_titles(self) -> list[str]:
        return [document.title for document in self._searcher.stored.documents]

    def _topics(self) -> list[str]:
        return self._searcher.topics()


def _whole(answer: Answer) -> Iterator[str | Answer]:
    """An answer that exists at once, streamed as one delta (when it has text) and itself."""
    if answer.text:
        yield answer.text
    yield answer


def _mean_words(sentences: Sequence[str]) -> float:
    return sum(len(s.split()) for s in sentences) / len(sentences) if sentences else 0.0
