"""For the web page tests: the app over the sample corpus (small deterministic embedder), and a small HTML reader.

The reader builds a tree with the standard library's parser, so tests can ask what a browser would see (labels
of controls, links, hidden elements) instead of searching the markup as text.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from fastapi.testclient import TestClient

from service.app import create_app
from service.feedback import JsonlFeedbackStore
from tests.api_app import settings_for
from tests.sample import SAMPLE
from tests.sample_assistant import sample_assistant

_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


@dataclass
class Element:
    tag: str
    attrs: dict[str, str]
    children: list[Element | str] = field(default_factory=list)
    parent: Element | None = None

    @property
    def text(self) -> str:
        return " ".join(self._raw().split())

    def _raw(self) -> str:
        return "".join(child if isinstance(child, str) else child._raw() for child in self.children)

    def iter(self) -> Iterator[Element]:
        for child in self.children:
            if isinstance(child, Element):
                yield child
                yield from child.iter()

    def all(self, tag: str, **attrs: str) -> list[Element]:
        wanted = {name.rstrip("_").replace("_", "-"): value for name, value in attrs.items()}
        return [
            element
            for element in self.iter()
            if element.tag == tag and all(element.attrs.get(k) == v for k, v in wanted.items())
        ]

    def one(self, tag: str, **attrs: str) -> Element:
        found = self.all(tag, **attrs)
        assert len(found) == 1, (tag, attrs, len(found))
        return found[0]

    def by_id(self, element_id: str) -> Element:
        found = [element for element in self.iter() if element.attrs.get("id") == element_id]
        assert len(found) == 1, (element_id, len(found))
        return found[0]

    def has_class(self, name: str) -> bool:
        return name in self.attrs.get("class", "").split()

    def classed(self, name: str) -> list[Element]:
        return [element for element in self.iter() if element.has_class(name)]

    def visible(self) -> bool:
        """Not hidden by the `hidden` attribute itself or any ancestor's, nor inside a <template>."""
        element: Element | None = self
        while element is not None:
            if "hidden" in element.attrs or element.tag == "template":
                return False
            element = element.parent
        return True


class _Builder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("#document", {})
        self._open = self.root

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, {name: value or "" for name, value in attrs}, parent=self._open)
        self._open.children.append(element)
        if tag not in _VOID:
            self._open = element

    def handle_endtag(self, tag: str) -> None:
        element: Element | None = self._open
        while element is not None and element.tag != tag:
            element = element.parent
        if element is not None and element.parent is not None:
            self._open = element.parent

    def handle_data(self, data: str) -> None:
        self._open.children.append(data)


def parse(html: str) -> Element:
    builder = _Builder()
    builder.feed(html)
    builder.close()
    return builder.root


def sample_client(folder: Path, **overrides: object) -> tuple[TestClient, JsonlFeedbackStore]:
    """The app over a real index of the sample corpus, embedded with the hashing test embedder."""
    assistant = sample_assistant(folder / "idx")
    settings = settings_for(folder, **overrides)
    store = JsonlFeedbackStore(settings.feedback_file)
    app = create_app(assistant, settings, feedback=store, pdf_dir=SAMPLE)
    return TestClient(app), store


def form_fields(form: Element) -> list[tuple[str, str]]:
    """What the browser sends for `form` without a submit button: its named inputs, textareas and checked boxes."""
    fields = []
    for element in form.iter():
        name = element.attrs.get("name")
        if not name or element.tag == "button":
            continue
        if element.tag == "textarea":
            fields.append((name, element.text))
        elif element.attrs.get("type") in ("checkbox", "radio"):
            if "checked" in element.attrs:
                fields.append((name, element.attrs.get("value", "on")))
        elif element.tag == "input":
            fields.append((name, element.attrs.get("value", "")))
    return fields
