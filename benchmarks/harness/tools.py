"""One adapter per tool: set up once (untimed), then one extraction call per page (timed).

Each adapter's ``setup`` imports the tool and returns ``extract(inputs) -> Raw``. Raw values
are normalised (dates to days, author strings to lists) after the timer stops, so only the
tool's own work is timed. Getting plain text out is part of the tool's work (readability
returns HTML, which is turned into text inside the timed call). Peers are imported by name
(``import_module``) because they ship no type information and are not CI dependencies.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import import_module
from typing import Any

from .corpus import Inputs
from .normalise import html_text


@dataclass(frozen=True, slots=True)
class Raw:
    """What a tool returned for one page, before normalisation; missing means empty."""

    body: str = ""
    title: str | None = None
    published: Any = None
    authors: Any = None
    internal_error: str | None = None  # a crash the tool salvaged (newsparse's load.guarded)


Extract = Callable[[Inputs], Raw]


@dataclass(frozen=True, slots=True)
class Tool:
    """A tool's name, the module that shows it is installed, what it reports, and its setup."""

    name: str
    module: str
    dist: str
    fields: frozenset[str]
    setup: Callable[[], Extract] = field(repr=False)

    def installed(self) -> bool:
        return importlib.util.find_spec(self.module) is not None

    def version(self) -> str:
        try:
            return importlib.metadata.version(self.dist)
        except importlib.metadata.PackageNotFoundError:
            return "?"


# newsparse turns a crash deeper in its pipeline into a salvaged Article whose warnings say
# so (load.salvage); the benchmark counts those pages instead of scoring them quietly worse.
INTERNAL_ERROR = "internal error"


def _newsparse() -> Extract:
    import newsparse

    def extract(page: Inputs) -> Raw:
        parse = newsparse.parse_html if page.kind == "html" else newsparse.parse_text
        art = parse(page.raw, url=page.url)
        crash = next((w for w in art.warnings if INTERNAL_ERROR in w), None)
        return Raw(art.body, art.title or art.headline, art.published, art.authors, crash)

    return extract


def _trafilatura() -> Extract:
    trafilatura = import_module("trafilatura")

    def extract(page: Inputs) -> Raw:
        doc = trafilatura.bare_extraction(
            page.html_bytes, url=page.url, with_metadata=True, include_comments=False
        )
        if doc is None:
            return Raw()
        return Raw(doc.text or "", doc.title, doc.date, doc.author)

    return extract


def _readability() -> Extract:
    readability = import_module("readability")

    def extract(page: Inputs) -> Raw:
        doc = readability.Document(page.html_str, url=page.url)
        return Raw(html_text(doc.summary(html_partial=True)), doc.short_title())

    return extract


def _newspaper() -> Extract:
    newspaper = import_module("newspaper")

    # No image fetching and no memo cache: one parse per page, no network, no state between pages.
    config = newspaper.Config()
    config.fetch_images = False
    config.memorize_articles = False

    def extract(page: Inputs) -> Raw:
        art = newspaper.Article(page.url or "http://example.invalid/", config=config)
        art.download(input_html=page.html_str)
        art.parse()
        return Raw(art.text, art.title, art.publish_date, art.authors)

    return extract


def _goose() -> Extract:
    goose = import_module("goose3").Goose({"enable_image_fetching": False})

    def extract(page: Inputs) -> Raw:
        art = goose.extract(url=page.url, raw_html=page.html_str)
        return Raw(art.cleaned_text or "", art.title, art.publish_date, art.authors)

    return extract


def _htmldate() -> Extract:
    find_date = import_module("htmldate").find_date

    def extract(page: Inputs) -> Raw:
        # original_date: the benchmark asks for the publication date, not the last update.
        return Raw(published=find_date(page.html_bytes, url=page.url, original_date=True))

    return extract


ALL = frozenset({"body", "title", "published", "authors"})

TOOLS: dict[str, Tool] = {
    t.name: t
    for t in (
        Tool("newsparse", "newsparse", "newsparse", ALL, _newsparse),
        Tool("trafilatura", "trafilatura", "trafilatura", ALL, _trafilatura),
        Tool("readability", "readability", "readability-lxml", frozenset({"body", "title"}), _readability),
        Tool("newspaper4k", "newspaper", "newspaper4k", ALL, _newspaper),
        Tool("goose3", "goose3", "goose3", ALL, _goose),
        Tool("htmldate", "htmldate", "htmldate", frozenset({"published"}), _htmldate),
    )
}
PEERS = tuple(name for name in TOOLS if name != "newsparse")
