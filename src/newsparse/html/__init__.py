"""The HTML front door: an lxml tree becomes metadata candidates and story blocks."""

from __future__ import annotations

from ..errors import NewsparseError
from ..load import Loaded
from ..page import Page
from ..settings import Settings


def read_html(loaded: Loaded, settings: Settings) -> Page:
    raise NewsparseError("HTML pages are not supported yet: the HTML front door has not landed")
