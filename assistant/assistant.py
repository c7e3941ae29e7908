"""The assistant: question in, grounded answer with citations (or an honest refusal) out.

Order of work: refuse instructions and empty input, fold the conversation into a standalone
question, retrieve, refuse when the evidence is weak, then answer — by the LLM when one is
configured and its answer survives verification, otherwise extractively.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from assistant import messages
from assistant.answer import Answer, Citation, RefusalReason, Turn
from assistant.citations import make_citation
from assistant.evidence import Evidence, EvidenceJudge, EvidenceSettings
from assistant.extractive import Selected, lead_sentences, select_sentences
from assistant.followup import standalone_question
from assistant.guard import looks_like_injection
from assistant.language import is_english
from assistant.verify import Source
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


class Assistant:
    def __init__(
        self, searcher: Searcher, settings: AssistantSettings | None = None, llm: LlmAnswerer | None = None
    ) -> None:
        self._searcher = searcher
        self._settings = settings or AssistantSettings()
        self._judge = EvidenceJudge(searcher, self._settings.evidence)
        self._llm = llm

    @property
    def backend_name(self) -> str:
        return "llm" if self._llm is not None else "extractive"

    @property
    def searcher(self) -> Searcher:
        return self._searcher

    @property
    def settings(self) -> AssistantSettings:
        return self._settings

    def ask(self, question: str, history: Sequence[Turn] = (), simple: bool = False) -> Answer:
        text = " ".join(question.split())[: self._settings.max_question_chars]
        language = "en" if is_english(text) else "de"
        if not text:
            return self._refusal("empty", language, (), text)
        if looks_like_injection(text):
            log.info("question_refused reason=injection")
            return self._refusal("injection", language, (), text)
        standalone = self._standalone(text, history)
        hits = self._searcher.search(standalone, k=self._settings.hits)
        expansion = self._searcher.expansion_terms(standalone)
        analyzer = self._searcher.analyzer
        if not hits or not self._judge.sufficient(self._judge.assess(standalone, hits)):
            return self._refusal("out_of_scope", language, hits, standalone)
        # Across languages only the retrieval's ranking is meaningful, so an English question is answered
        # from the best passage alone.
        max_hits = 1 if language == "en" else 3
        focus = text if standalone != text else ""
        selected = select_sentences(standalone, hits, analyzer, expansion, max_hits, focus) or lead_sentences(hits)
        if self._llm is None:
            answer = self._extractive(selected, hits, standalone, language)
            return replace(answer, notice=messages.SIMPLE_NEEDS_LLM) if simple and not answer.refused else answer
        return self._generated(standalone, hits, selected, language, simple)

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
    ) -> Answer:
        """The LLM's answer if it survives verification; otherwise the extractive one, saying why."""
        from assistant.llm import LlmError

        assert self._llm is not None
        sources = [Source(i + 1, hit, self._title(hit)) for i, hit in enumerate(hits[: self._settings.llm_sources])]
        try:
            verified = self._llm.answer(question, sources, simple=simple)
        except LlmError as exc:
            log.warning("llm_failed reason=%s", exc)
            return replace(self._extractive(selected, hits, question, language), notice=messages.LLM_FALLBACK)
        if verified is None:
            return replace(self._extractive(selected, hits, question, language), notice=messages.LLM_UNVERIFIED)
        citations = tuple(
            make_citation(
                number,
                sources[original - 1].hit,
                self._searcher,
                [s for s in verified.sentences if f"[{number}]" in s],
            )
            for number, original in enumerate(verified.cited, start=1)
        )
        return Answer(
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


def _mean_words(sentences: Sequence[str]) -> float:
    return sum(len(s.split()) for s in sentences) / len(sentences) if sentences else 0.0
