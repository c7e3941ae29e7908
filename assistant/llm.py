"""The LLM answer backend: any OpenAI-compatible chat server (vLLM, llama.cpp, Ollama, a hosted EU provider).

The only module that imports langchain_openai. Callers hand in a `BaseChatModel` (from `chat_model`, or a fake in
tests) and get verified text back; every transport problem surfaces as one `LlmError` with a German one-line
message, so the orchestrator can fall back to the extractive answer and say why.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator, Sequence

import openai
from langchain_core.exceptions import ModelConnectionError, ModelError, ModelTimeoutError
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import BaseMessage, HumanMessage, SystemMessage
from langchain_openai import ChatOpenAI
from pydantic import SecretStr

from assistant import prompts
from assistant.answer import Turn
from assistant.verify import Source, VerifiedText, verify

__all__ = ["LlmAnswerer", "LlmError", "Source", "VerifiedText", "chat_model"]

log = logging.getLogger(__name__)

_MAX_TOKENS = 600  # five short sentences with citations fit easily; stops a small model from rambling on
_CONDENSE_CHARS = 500


class LlmError(Exception):
    """The language model could not deliver: unreachable, timed out, HTTP error or empty output."""


def chat_model(base_url: str, model: str, api_key: str, timeout_s: float) -> BaseChatModel:
    """A streaming chat client for an OpenAI-compatible server; retries are the orchestrator's fallback."""
    return ChatOpenAI(
        base_url=base_url,
        model=model,
        api_key=SecretStr(api_key),
        timeout=timeout_s,
        max_retries=0,
        streaming=True,
        temperature=0,
        # As "max_tokens" in the body: llama.cpp, vLLM, Ollama and hosted servers all know it, while LangChain's own
        # parameter is sent as "max_completion_tokens", which llama-cpp-python ignores (it then runs to n_ctx).
        extra_body={"max_tokens": _MAX_TOKENS},
    )


class LlmAnswerer:
    def __init__(self, model: BaseChatModel) -> None:
        self._model = model

    def answer(self, question: str, sources: Sequence[Source], simple: bool = False) -> VerifiedText | None:
        """The verified answer, or None when too little of the model's text is grounded in the sources."""
        text = "".join(self.stream(question, sources, simple))
        verified = verify(text, sources)
        log.info("llm_answer chars=%d kept=%s", len(text), len(verified.sentences) if verified else 0)
        return verified

    def stream(self, question: str, sources: Sequence[Source], simple: bool = False) -> Iterator[str]:
        """The model's raw text deltas as they arrive (unverified: join them and call `verify`)."""
        messages = [
            SystemMessage(prompts.system_prompt(simple)),
            HumanMessage(prompts.answer_request(question, sources)),
        ]
        yield from self._deltas(messages)

    def condense(self, history: Sequence[Turn], question: str) -> str:
        """A standalone question that folds in what the conversation so far refers to."""
        if not history:
            return question
        messages = [SystemMessage(prompts.CONDENSE), HumanMessage(prompts.condense_request(history, question))]
        standalone = _first_line("".join(self._deltas(messages)))
        if not standalone:
            raise LlmError("Das Sprachmodell hat keine umformulierte Frage geliefert.")
        return standalone[:_CONDENSE_CHARS]

    def _deltas(self, messages: list[BaseMessage]) -> Iterator[str]:
        received = False
        try:
            for chunk in self._model.stream(messages):
                delta = str(chunk.text)
                if delta:
                    received = True
                    yield delta
        except (openai.APITimeoutError, ModelTimeoutError, TimeoutError) as exc:
            raise LlmError("Das Sprachmodell hat nicht rechtzeitig geantwortet (Zeitüberschreitung).") from exc
        except (openai.APIConnectionError, ModelConnectionError, ConnectionError) as exc:
            raise LlmError(f"Das Sprachmodell ist nicht erreichbar{self._where()}.") from exc
        except openai.APIStatusError as exc:
            raise LlmError(f"Das Sprachmodell meldet HTTP-Fehler {exc.status_code}: {_one_line(exc.message)}") from exc
        except (openai.APIError, ModelError) as exc:
            raise LlmError(f"Fehler beim Sprachmodell: {_one_line(str(exc))}") from exc
        except ValueError as exc:
            if received:
                raise
            # LangChain's stream() refuses a reply without a single chunk: that is an empty answer.
            raise LlmError("Das Sprachmodell hat eine leere Antwort geliefert.") from exc
        if not received:
            raise LlmError("Das Sprachmodell hat eine leere Antwort geliefert.")

    def _where(self) -> str:
        # ChatOpenAI knows its server; naming it tells an operator which setting to check.
        url = getattr(self._model, "openai_api_base", None)
        return f" ({url})" if isinstance(url, str) and url else ""


def _first_line(text: str) -> str:
    """The first line that is more than markup: small models like to echo the prompt's tags."""
    for line in text.splitlines():
        line = re.sub(r"<[^>]*>|\*\*", " ", line)
        line = re.sub(r"^\s*(?:Frage|Question|Umformulierte Frage)\s*:\s*", "", line).strip(" \"'„“")
        if re.search(r"[^\W\d_]", line):
            return " ".join(line.split())
    return ""


def _one_line(message: str) -> str:
    return " ".join(message.split())[:200]
