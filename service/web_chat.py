"""The chat's conversation as the pages show it, and as the no-JavaScript form carries it between requests.

Nothing of a conversation is kept on the server: without JavaScript each form carries the last turns in hidden
fields (question, answer, answer id, "n:chunk-id" per citation), and the page is rendered from them again. Earlier
answers are shown with their citations re-derived from the index (title, page, link); only the newest answer
also quotes its passages. The fields are capped so a long conversation still fits the request body limit.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from urllib.parse import parse_qsl

from assistant.answer import Turn
from index.search import Searcher
from ingest.chunk import Chunk
from service.deps import pdf_link
from service.schemas import AskResponse
from service.web_snippets import cited

CARRIED_TURNS = 3  # earlier turns a form carries; the follow-up logic only looks at the latest ones
CARRIED_ANSWER_CHARS = 1500
_ANSWER_ID = re.compile(r"^[0-9a-f]{32}$")
_SOURCE = re.compile(r"^(\d{1,3}):([0-9A-Za-z_-]{1,64})$")


@dataclass(frozen=True)
class ShownCitation:
    number: int
    title: str
    page: int
    page_label: str
    link: str
    chunk_id: str
    quote: str = ""


@dataclass(frozen=True)
class ShownTurn:
    question: str
    answer: str
    answer_id: str = ""
    notice: str = ""
    citations: tuple[ShownCitation, ...] = ()

    @property
    def pieces(self) -> list[tuple[str, int | None]]:
        return cited(self.answer)

    @property
    def sources(self) -> str:
        """The citations as the hidden field carries them."""
        return " ".join(f"{c.number}:{c.chunk_id}" for c in self.citations)


@dataclass(frozen=True)
class ChatForm:
    """A posted chat or feedback form."""

    question: str = ""
    simple: bool = False
    embedded: bool = False
    answer_id: str = ""
    helpful: bool | None = None
    carried: tuple[ShownTurn, ...] = field(default=())


def parse_form(body: bytes, searcher: Searcher, base: str) -> ChatForm:
    """The form's fields; malformed carried turns are dropped rather than refused (they come back from the page)."""
    pairs = parse_qsl(body.decode("utf-8", errors="replace"), keep_blank_values=True)
    values: dict[str, list[str]] = {}
    for name, value in pairs:
        values.setdefault(name, []).append(value)

    def first(name: str) -> str:
        return values.get(name, [""])[0]

    question = (first("beispiel") or first("frage")).strip()
    helpful = {"ja": True, "nein": False}.get(first("hilfreich"))
    turns = zip(values.get("v_frage", []), values.get("v_antwort", []), values.get("v_id", []), strict=False)
    sources = values.get("v_quellen", [])
    chunks = {chunk.id: chunk for chunk in searcher.stored.chunks} if any(sources) else {}
    carried = tuple(
        _carried(q, a, i, sources[n] if n < len(sources) else "", chunks, searcher, base)
        for n, (q, a, i) in enumerate(turns)
    )
    return ChatForm(
        question=question,
        simple=first("einfach") == "1",
        embedded=first("ansicht") == "widget",
        answer_id=first("answer_id"),
        helpful=helpful,
        carried=carried[-CARRIED_TURNS:],
    )


def _carried(
    question: str, answer: str, answer_id: str, sources: str, chunks: Mapping[str, Chunk], searcher: Searcher, base: str
) -> ShownTurn:
    citations = []
    for token in sources.split():
        match = _SOURCE.match(token)
        chunk = chunks.get(match.group(2)) if match else None
        if match is None or chunk is None:
            continue  # a build swapped in since, or an edited field
        document = searcher.document(chunk.document_id)
        title = document.title if document else chunk.document_id
        link = pdf_link(base, chunk.document_id, chunk.page)
        citations.append(ShownCitation(int(match.group(1)), title, chunk.page, chunk.page_label, link, chunk.id))
    return ShownTurn(
        question=question[:1000],
        answer=answer[:CARRIED_ANSWER_CHARS],
        answer_id=answer_id if _ANSWER_ID.match(answer_id) else "",
        citations=tuple(citations),
    )


def shown_turn(question: str, response: AskResponse) -> ShownTurn:
    citations = tuple(
        ShownCitation(c.number, c.title, c.page, c.page_label, c.link, c.chunk_id, c.quote) for c in response.citations
    )
    return ShownTurn(question, response.answer, response.answer_id, response.notice, citations)


def history(turns: Sequence[ShownTurn]) -> list[Turn]:
    return [Turn(turn.question, turn.answer) for turn in turns]


def valid_answer_id(answer_id: str) -> bool:
    return bool(_ANSWER_ID.match(answer_id))
