"""User-facing texts of the assistant, in German and English."""

from __future__ import annotations

from collections.abc import Sequence

NOT_COVERED = {
    "de": "Dazu enthalten die Unterlagen zum Kreisentwicklungskonzept keine Angaben.",
    "en": "The county development concept documents do not cover this.",
}
COVERS = {
    "de": "Sie behandeln: {documents}{topics}.",
    "en": "They cover: {documents}{topics}.",
}
TOPICS = {"de": ", mit den Themen {topics}", "en": ", with the topics {topics}"}
INJECTION = {
    "de": "Ich beantworte Fragen zu den Inhalten des Kreisentwicklungskonzepts. Anweisungen an den Assistenten "
    "führe ich nicht aus.",
    "en": "I answer questions about the contents of the county development concept. I do not follow instructions "
    "addressed to the assistant.",
}
EMPTY = {"de": "Bitte stellen Sie eine Frage.", "en": "Please ask a question."}
ENGLISH_INTRO = "According to the documents (quoted in German):"
LLM_FALLBACK = "Der KI-Textgenerator war nicht erreichbar; die Antwort besteht aus Textstellen der Dokumente."
LLM_UNVERIFIED = "Die KI-Antwort ließ sich nicht ausreichend mit den Quellen belegen; stattdessen: Textstellen."


def not_covered(language: str, documents: Sequence[str], topics: Sequence[str]) -> str:
    topic_text = TOPICS[language].format(topics=", ".join(topics)) if topics else ""
    covers = COVERS[language].format(documents="; ".join(documents), topics=topic_text)
    return f"{NOT_COVERED[language]} {covers}"


SIMPLE_NEEDS_LLM = (
    "Einfache Sprache gibt es nur mit einem angebundenen KI-Textgenerator; hier stehen die Textstellen der Dokumente."
)


LISTING = {
    "de": "Der Maßnahmenkatalog ({title}) nennt {count} mit {criterion}:",
    "en": "The measure catalogue ({title}) lists {count} with {criterion} (quoted in German):",
}
LISTING_COUNT = {"de": ("eine Maßnahme", "{n} Maßnahmen"), "en": ("one measure", "{n} measures")}
LISTING_MORE = {
    "de": "Dazu {more} weitere; alle zeigt die Maßnahmenübersicht.",
    "en": "{more} more are listed in the measure overview.",
}


def listing_lead(language: str, title: str, count: int, criterion: str) -> str:
    one, many = LISTING_COUNT[language]
    return LISTING[language].format(title=title, count=one if count == 1 else many.format(n=count), criterion=criterion)
