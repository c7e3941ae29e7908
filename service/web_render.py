"""Rendering the web pages: the one Jinja2 environment, the pages' security headers and shared context.

Pages get a Content-Security-Policy of their own on top of the middleware's `frame-ancestors`: browsers enforce
every CSP header they receive, so the page may load scripts, styles and data only from this service, and no
inline script or style runs (all assets are local files; the county's privacy rules forbid CDNs).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from service.settings import Settings

TEMPLATES = Path(__file__).resolve().parent / "templates"
STATIC = Path(__file__).resolve().parent / "static"

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
    "form-action 'self'; base-uri 'none'"
)
HEADERS = {"Content-Security-Policy": CSP, "Cache-Control": "no-store"}

# The header's navigation: (path, label); staff pages after the citizens' chat.
NAVIGATION = (
    ("/", "Chat"),
    ("/suche", "Suche"),
    ("/massnahmen", "Maßnahmen"),
    ("/foerderung", "Förderung"),
)

_ENVIRONMENT = Environment(
    loader=FileSystemLoader(TEMPLATES),
    autoescape=select_autoescape(("html",)),
    undefined=StrictUndefined,  # a misspelt variable fails the tests instead of rendering as nothing
    trim_blocks=True,
    lstrip_blocks=True,
)


def page(request: Request, template: str, context: dict[str, Any], status: int = 200) -> HTMLResponse:
    """The rendered page with the context every template may use (root path, navigation, operator)."""
    settings: Settings = request.app.state.services.settings
    root = str(request.scope.get("root_path", "")).rstrip("/")
    values = {
        "root": root,
        "path": request.url.path.removeprefix(root) or "/",
        "navigation": NAVIGATION,
        "operator": settings.web_operator,
        "contact_email": settings.web_contact_email,
        "embedded": False,
        "wide": False,  # tables get the whole window
        **context,
    }
    html = _ENVIRONMENT.get_template(template).render(values)
    return HTMLResponse(html, status_code=status, headers=HEADERS)
