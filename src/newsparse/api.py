"""The public entry points: one pipeline, two front doors (HTML and text)."""

from __future__ import annotations

import datetime as _dt
from typing import Any

from . import html as _html_door
from . import text as _text_door
from .assemble import assemble
from .deadline import Deadline
from .load import Loaded, guarded, load
from .model import Article
from .page import Page
from .settings import DEFAULT, Settings


def parse(
    page: Any,
    *,
    url: str | None = None,
    reference_date: _dt.date | None = None,
    encoding: str | None = None,
    settings: Settings | None = None,
) -> Article:
    """Parse one page (``str``, ``bytes``, a path, a file, an lxml tree or a BeautifulSoup
    object), telling HTML from text by its content.

    ``reference_date`` (a crawl or archive date) gives year-less datelines their year.
    A ``str`` is always page content, never a file name: pass a ``pathlib.Path`` for files.
    """
    chosen = _settings(settings, url, reference_date, encoding)
    return _run(page, chosen)


def parse_text(
    page: Any,
    *,
    url: str | None = None,
    reference_date: _dt.date | None = None,
    encoding: str | None = None,
    settings: Settings | None = None,
) -> Article:
    """Parse a plain-text page (a "save as text" copy, a wire story) without sniffing."""
    chosen = _settings(settings, url, reference_date, encoding)
    return _run(page, chosen, "text")


def parse_html(
    page: Any,
    *,
    url: str | None = None,
    reference_date: _dt.date | None = None,
    encoding: str | None = None,
    settings: Settings | None = None,
) -> Article:
    """Parse an HTML page without sniffing; ``encoding`` is the HTTP header's charset, if any."""
    chosen = _settings(settings, url, reference_date, encoding)
    return _run(page, chosen, "html")


def _settings(
    settings: Settings | None,
    url: str | None,
    reference_date: _dt.date | None,
    encoding: str | None,
) -> Settings:
    base = settings or DEFAULT
    if isinstance(reference_date, _dt.datetime):
        reference_date = reference_date.date()
    return base.with_(url=url, reference_date=reference_date, encoding=encoding)


def _run(page: Any, settings: Settings, kind: str | None = None) -> Article:
    deadline = Deadline.start(settings.time_budget)  # loading counts against the budget too
    loaded = load(page, settings, kind=kind)
    deadline.check("loading the page")
    return guarded(loaded, settings, lambda: _pipeline(loaded, settings, deadline))


def _pipeline(loaded: Loaded, settings: Settings, deadline: Deadline) -> Article:
    page = _front_door(loaded, settings, deadline)
    deadline.check("the story walk")
    article = assemble(page, settings)
    deadline.check("the field extractors")
    return article


def _front_door(loaded: Loaded, settings: Settings, deadline: Deadline) -> Page:
    # Both doors are imported with the package so the first page does not pay for loading
    # them (~80 ms); only dateparser stays lazy. Read through the module so a patched door
    # (tests, instrumentation) is the one called.
    if loaded.kind == "html":
        return _html_door.read_html(loaded, settings, deadline)
    return _text_door.read_text(loaded.text, settings, deadline)
