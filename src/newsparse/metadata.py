"""Candidates a front door found outside the text blocks (JSON-LD, meta tags, bylines).

``assemble`` weighs them against what the field extractors read from the blocks.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType


@dataclass(frozen=True, slots=True)
class Metadata:
    """Field candidates with where each came from (``sources[name]``, e.g. ``"json-ld"``).

    ``headline`` is the page's own statement of the story headline (JSON-LD ``headline``,
    ``og:title``, ``<h1>``), ``title`` the document title with any site suffix removed.
    ``dateline`` is a raw dateline the page declares (schema.org ``dateline``).
    """

    headline: str | None = None
    title: str | None = None
    authors: tuple[str, ...] = ()
    published: _dt.date | None = None
    modified: _dt.date | None = None
    language: str | None = None
    site_name: str | None = None
    url: str | None = None
    description: str | None = None
    dateline: str | None = None
    sources: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))


EMPTY = Metadata()
